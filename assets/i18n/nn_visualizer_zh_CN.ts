<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivationInfo</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>if z &amp;gt; 0</source>
        <translation>当 z &amp;gt; 0</translation>
    </message>
    <message>
        <source>if z ≤ 0</source>
        <translation>当 z ≤ 0</translation>
    </message>
    <message>
        <source>Use it for the output layer of binary classification: ŷ lies in (0, 1). Avoid it in hidden layers: its slope is at most 0.25 and vanishes for large |z|.</source>
        <translation>用于二分类的输出层：ŷ 在 (0, 1) 之间。隐藏层别用它：斜率最大 0.25，|z| 大时趋于 0。</translation>
    </message>
    <message>
        <source>Better than sigmoid in hidden layers: its outputs are centred on 0 (mean near 0, not 0.5), which makes the next layer&apos;s learning easier. It still saturates.</source>
        <translation>在隐藏层中比 sigmoid 更好：输出以 0 为中心（均值接近 0 而不是 0.5），让下一层的学习更容易。但它仍然会饱和。</translation>
    </message>
    <message>
        <source>The default for hidden layers: the slope stays 1 for every z &gt; 0, so it learns fast. For z ≤ 0 the slope is 0: a unit stuck there is dead.</source>
        <translation>隐藏层的默认选择：z &gt; 0 时斜率恒为 1，所以学习很快。z ≤ 0 时斜率为 0：停在那里的单元就“死”了。</translation>
    </message>
    <message>
        <source>Fixes dead ReLUs: a small slope for z ≤ 0 keeps the gradient flowing. Often a little better than ReLU, though used less.</source>
        <translation>解决 ReLU 单元“死亡”的问题：z ≤ 0 时保留一个小斜率，梯度仍能传递。通常比 ReLU 略好，但用得较少。</translation>
    </message>
    <message>
        <source>Only for the output of regression (y a real number). In hidden layers it is useless: linear layers compose to one linear map (course §3.7).</source>
        <translation>只用于回归问题的输出层（y 是实数）。用在隐藏层毫无作用：多个线性层复合起来仍是一个线性映射（课程 §3.7）。</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>饱和</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死区</translation>
    </message>
    <message>
        <source>small slope,
not dead</source>
        <translation>斜率小，
但没有死</translation>
    </message>
</context>
<context>
    <name>ActivationPlots</name>
    <message>
        <source>Activation g(z)</source>
        <translation>激活函数 g(z)</translation>
    </message>
    <message>
        <source>Its slope g′(z)</source>
        <translation>它的斜率（导数）g′(z)</translation>
    </message>
    <message>
        <source>Drag the probe along z</source>
        <translation>沿 z 轴拖动探针</translation>
    </message>
</context>
<context>
    <name>ActivationStrip</name>
    <message>
        <source>A[l] values</source>
        <translation>A[l] 的取值</translation>
    </message>
    <message>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>layer l</source>
        <translation>第 l 层</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>没有隐藏层</translation>
    </message>
</context>
<context>
    <name>ActivationsLesson</name>
    <message>
        <source>Compare g(z) on top with its slope g′(z) below. Where a curve goes flat (the shaded zones of sigmoid and tanh for large |z|) g′(z) is near 0, so gradients vanish and learning slows; ReLU keeps g′ = 1 for z &gt; 0. Move the probe to read g and g′. Course: 004 §3.6-3.8 (activation functions and their derivatives).</source>
        <translation>对照上方的 g(z) 和下方它的斜率 g′(z)。曲线变平的地方（|z| 较大时 sigmoid 和 tanh 的阴影区）g′(z) 接近 0，梯度消失，学习变慢；ReLU 在 z &gt; 0 时保持 g′ = 1。移动探针读出 g 和 g′。课程：004 §3.6-3.8（激活函数及其导数）。</translation>
    </message>
    <message>
        <source>Probe z</source>
        <translation>探针位置 z</translation>
    </message>
    <message>
        <source>Move the probe (or drag the dashed line in the plots)</source>
        <translation>移动探针（也可以拖动图中的虚线）</translation>
    </message>
    <message>
        <source>z range: from −z to +z</source>
        <translation>z 的范围：从 −z 到 +z</translation>
    </message>
    <message>
        <source>Leaky ReLU slope for z ≤ 0</source>
        <translation>Leaky ReLU 在 z ≤ 0 时的斜率</translation>
    </message>
    <message>
        <source>The function whose formula, advice and saturated zones (shaded in both plots) are shown</source>
        <translation>显示其公式、建议和饱和区（两幅图中的阴影）的函数</translation>
    </message>
    <message>
        <source>The z axis runs from −z to +z; widen it to see sigmoid and tanh flatten out</source>
        <translation>z 轴从 −z 到 +z；加宽它可以看到 sigmoid 和 tanh 变平</translation>
    </message>
    <message>
        <source>Leaky ReLU: g(z) = max(a·z, z), so g′(z) = a for z ≤ 0 and 1 for z &gt; 0 (course: a = 0.01)</source>
        <translation>Leaky ReLU：g(z) = max(a·z, z)，所以 z ≤ 0 时 g′(z) = a，z &gt; 0 时为 1（课程中 a = 0.01）</translation>
    </message>
    <message>
        <source>Why nonlinear?  Open the shallow network</source>
        <translation>为什么需要非线性？打开浅层神经网络</translation>
    </message>
    <message>
        <source>Train the shallow network with g(z) = z in its hidden layer: the decision boundary stays a straight line (course §3.7)</source>
        <translation>用隐藏层 g(z) = z 训练浅层神经网络：决策边界始终是一条直线（课程 §3.7）</translation>
    </message>
    <message>
        <source>With g(z) = z: a&lt;sup&gt;[2]&lt;/sup&gt; = W&lt;sup&gt;[2]&lt;/sup&gt;(W&lt;sup&gt;[1]&lt;/sup&gt;x + b&lt;sup&gt;[1]&lt;/sup&gt;) + b&lt;sup&gt;[2]&lt;/sup&gt; = W′x + b′, one linear map.</source>
        <translation>当 g(z) = z 时：a&lt;sup&gt;[2]&lt;/sup&gt; = W&lt;sup&gt;[2]&lt;/sup&gt;(W&lt;sup&gt;[1]&lt;/sup&gt;x + b&lt;sup&gt;[1]&lt;/sup&gt;) + b&lt;sup&gt;[2]&lt;/sup&gt; = W′x + b′，仍只是一个线性映射。</translation>
    </message>
    <message>
        <source>At the probe</source>
        <translation>探针处的值</translation>
    </message>
    <message>
        <source>Selected function (shaded zones)</source>
        <translation>选中的函数（阴影区域）</translation>
    </message>
    <message>
        <source>Shaded: |g′(z)| below {p} of its peak, where gradients vanish.</source>
        <translation>阴影：|g′(z)| 低于峰值的 {p}，梯度消失。</translation>
    </message>
    <message>
        <source>No zone on this range: |g′(z)| stays above {p} of its peak.</source>
        <translation>无阴影：|g′(z)| 始终高于峰值的 {p}。</translation>
    </message>
</context>
<context>
    <name>BackpropLesson</name>
    <message>
        <source>Click an edge or a bias edge (from b1, b2) to type a new value. It is used from the next forward pass: right away when you stand at stage X, otherwise from the next iteration, in place of what this iteration&apos;s update gives.</source>
        <translation>点击一条边或偏置边（来自 b1、b2）输入新值。新值从下一次前向传播起生效：停在 X 阶段时立即生效，否则从下一次迭代起生效，取代本次迭代更新得到的值。</translation>
    </message>
    <message>
        <source>Step through one iteration equation by equation: forward from X to A2 and J, then backward from dZ2 = A2 − Y to dW1 and db1, then the update W := W − α dW. Check each shape, follow where every number comes from, and compare backprop&apos;s gradients with the numerical check below. Type 2, 4, 3, 1 in Layers for L layers: each forward block stores its cache, each backward block reads it. Course: 000 §2.6 (backpropagation), 002, 004 §4.2-4.6.</source>
        <translation>逐个公式走完一次迭代：前向传播从 X 到 A2 和 J，再反向传播从 dZ2 = A2 − Y 到 dW1 和 db1，最后更新 W := W − α dW。核对每个形状，追踪每个数字从哪里来，并把反向传播的梯度与下方的数值检验比较。在“层数”中输入 2, 4, 3, 1 可演示 L 层网络：每个前向模块存下它的缓存，每个反向模块读取它。课程：000 §2.6（反向传播），002，004 §4.2-4.6。</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Used by the update stages W := W − α dW</source>
        <translation>更新阶段 W := W − α dW 使用它</translation>
    </message>
    <message>
        <source>The 2-D data set the examples are drawn from</source>
        <translation>样本所取自的二维数据集</translation>
    </message>
    <message>
        <source>Examples m in the batch: X is (2, m), so every matrix shows m columns</source>
        <translation>批中的样本数 m：X 的形状是 (2, m)，所以每个矩阵显示 m 列</translation>
    </message>
    <message>
        <source>Hidden units n_h: W1 is (n_h, 2), b1 (n_h, 1), W2 (1, n_h)</source>
        <translation>隐藏单元数 n_h：W1 为 (n_h, 2)，b1 为 (n_h, 1)，W2 为 (1, n_h)</translation>
    </message>
    <message>
        <source>Hidden activation g: A1 = g(Z1); backward uses g′(Z1) in dZ1</source>
        <translation>隐藏层激活函数 g：A1 = g(Z1)；反向传播在 dZ1 中用到 g′(Z1)</translation>
    </message>
    <message>
        <source>How W1 and W2 start (b = 0): random randn · 0.01, Xavier or He scaling</source>
        <translation>W1 和 W2 的初值（b = 0）：随机 randn · 0.01、Xavier 或 He 缩放</translation>
    </message>
    <message>
        <source>Seed of the data and the initial weights: the same seed, the same numbers</source>
        <translation>数据和初始权重的随机种子：种子相同，数字就相同</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Examples m</source>
        <translation>样本数 m</translation>
    </message>
    <message>
        <source>Hidden n_h</source>
        <translation>隐藏单元数 n_h</translation>
    </message>
    <message>
        <source>Activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Network and batch</source>
        <translation>网络与批量</translation>
    </message>
    <message>
        <source>Changing these starts over at iteration 1.</source>
        <translation>修改这些设置会从第 1 次迭代重新开始。</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  后退</translation>
    </message>
    <message>
        <source>One stage back (Left)</source>
        <translation>后退一个阶段（左方向键）</translation>
    </message>
    <message>
        <source>Forward  ▶</source>
        <translation>前进  ▶</translation>
    </message>
    <message>
        <source>One stage forward (the toolbar&apos;s Step)</source>
        <translation>前进一个阶段（即工具栏的“单步”）</translation>
    </message>
    <message>
        <source>Next forward pass  ▶▶</source>
        <translation>下一次前向传播  ▶▶</translation>
    </message>
    <message>
        <source>To stage X of the next iteration (P)</source>
        <translation>到下一次迭代的 X 阶段（P）</translation>
    </message>
    <message>
        <source>Reset  ⟲</source>
        <translation>重置  ⟲</translation>
    </message>
    <message>
        <source>Back to iteration 1, stage X</source>
        <translation>回到第 1 次迭代的 X 阶段</translation>
    </message>
    <message>
        <source>J = {0} (previous iteration)</source>
        <translation>J = {0}（上一次迭代）</translation>
    </message>
    <message>
        <source>J = not computed yet</source>
        <translation>J = 尚未计算</translation>
    </message>
    <message>
        <source>Iteration {0} · stage: {1} ({2}) · {3}</source>
        <translation>迭代 {0} · 阶段：{1}（{2}） · {3}</translation>
    </message>
    <message>
        <source>Not changed: {0}.</source>
        <translation>未更改：{0}。</translation>
    </message>
    <message>
        <source>Started over at iteration 1 with the new settings.</source>
        <translation>已用新设置从第 1 次迭代重新开始。</translation>
    </message>
    <message>
        <source>α = {0:g}: this iteration&apos;s update uses it.</source>
        <translation>α = {0:g}：本次迭代的更新就使用它。</translation>
    </message>
    <message>
        <source>layer_dims is [2, n[1], ..., 1] with 2 to 4 layers and hidden sizes 2 to 6</source>
        <translation>layer_dims 应为 [2, n[1], ..., 1]，共 2 到 4 层，隐藏层大小为 2 到 6</translation>
    </message>
    <message>
        <source>Type a new value</source>
        <translation>输入新值</translation>
    </message>
    <message>
        <source>{0} is {1!r} now. New value:</source>
        <translation>{0} 现在是 {1!r}。新值：</translation>
    </message>
    <message>
        <source>Not changed: “{0}” is not a number, {1} keeps its value.</source>
        <translation>未更改：“{0}”不是数字，{1} 保持原值。</translation>
    </message>
    <message>
        <source>{0} = {1}: this forward pass uses it (from Z1 on).</source>
        <translation>{0} = {1}：本次前向传播就使用它（从 Z1 起）。</translation>
    </message>
    <message>
        <source>{0} = {1}: used from the next iteration.</source>
        <translation>{0} = {1}：从下一次迭代起使用。</translation>
    </message>
    <message>
        <source>This forward pass uses your edit: {0}</source>
        <translation>本次前向传播使用你修改的值：{0}</translation>
    </message>
    <message>
        <source>Waiting for the next forward pass: {0}</source>
        <translation>等待下一次前向传播：{0}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>train, y = 0</source>
        <translation>训练集，y = 0</translation>
    </message>
    <message>
        <source>train, y = 1</source>
        <translation>训练集，y = 1</translation>
    </message>
    <message>
        <source>test, y = 0</source>
        <translation>测试集，y = 0</translation>
    </message>
    <message>
        <source>test, y = 1</source>
        <translation>测试集，y = 1</translation>
    </message>
</context>
<context>
    <name>CompGraphLesson</name>
    <message>
        <source>Forward, the blue arrows carry values left to right: u = bc = 6, v = a + u = 11, J = 3v = 33. Backward, the red arrows carry derivatives right to left, each by the chain rule: dJ/da = dJ/dv · dv/da = 3 × 1. Nudge a by ε = 0.001 and J moves by 0.003: the ratio is the derivative. Course: 001 §2.5-2.7 (computation graph, derivatives, logistic regression).</source>
        <translation>前向：蓝色箭头从左到右传递数值：u = bc = 6，v = a + u = 11，J = 3v = 33。反向：红色箭头从右到左传递导数，每一步都用链式法则：dJ/da = dJ/dv · dv/da = 3 × 1。把 a 增加 ε = 0.001，J 就增加 0.003：两者之比就是导数。课程：001 §2.5-2.7（计算图、使用计算图求导数、逻辑回归中的梯度下降）。</translation>
    </message>
    <message>
        <source>Forward, the blue arrows carry values left to right: z = w1·x1 + w2·x2 + b, a = σ(z), then the loss L. Backward, the red arrows carry derivatives right to left by the chain rule: dL/da, then dL/dz = dL/da · da/dz = a − y, then dL/dw1 = x1 · dL/dz, dL/dw2 = x2 · dL/dz, dL/db = dL/dz, and the update w := w − α dw. Nudge w1 by ε and L moves by about ε · dL/dw1. Course: 001 §2.5-2.7 (computation graph, derivatives, logistic regression).</source>
        <translation>前向：蓝色箭头从左到右传递数值：z = w1·x1 + w2·x2 + b，a = σ(z)，然后是损失 L。反向：红色箭头按链式法则从右到左传递导数：先 dL/da，再 dL/dz = dL/da · da/dz = a − y，然后 dL/dw1 = x1 · dL/dz，dL/dw2 = x2 · dL/dz，dL/db = dL/dz，最后更新 w := w − α dw。把 w1 增加 ε，L 大约变化 ε · dL/dw1。课程：001 §2.5-2.7（计算图、导数、逻辑回归中的梯度下降）。</translation>
    </message>
    <message>
        <source>Your expression as a graph: values forward (blue) left to right, derivatives backward (red) right to left, each by the chain rule. Nudge a variable by ε: the output moves by about ε times its derivative. Course: 001 §2.5-2.7 (computation graph, derivatives).</source>
        <translation>你的表达式画成计算图：数值前向（蓝色）从左到右，导数反向（红色）从右到左，每一步都用链式法则。把一个变量增加 ε：输出大约变化 ε 乘以它的导数。课程：001 §2.5-2.7（计算图、导数）。</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  后退</translation>
    </message>
    <message>
        <source>One stage back (Left)</source>
        <translation>后退一个阶段（左方向键）</translation>
    </message>
    <message>
        <source>Forward  ▶</source>
        <translation>前进  ▶</translation>
    </message>
    <message>
        <source>One stage forward (the toolbar&apos;s Step)</source>
        <translation>前进一个阶段（即工具栏的单步）</translation>
    </message>
    <message>
        <source>Reset  ⟲</source>
        <translation>重置  ⟲</translation>
    </message>
    <message>
        <source>Back to the inputs</source>
        <translation>回到输入</translation>
    </message>
    <message>
        <source>{0} · iteration {1} · stage {2} of {3} ({4}) · {5} = {6}</source>
        <translation>{0} · 迭代 {1} · 第 {2} / {3} 阶段（{4}）· {5} = {6}</translation>
    </message>
    <message>
        <source>Drawn: J = {0}</source>
        <translation>已画出：J = {0}</translation>
    </message>
    <message>
        <source>The inputs, the leaves of the graph: type new values on the left. Nothing is computed yet.</source>
        <translation>输入，即计算图的叶子：可在左侧输入新值。此时还没有计算任何东西。</translation>
    </message>
    <message>
        <source>Forward (blue arrows, left to right): this node&apos;s value from the values of its inputs.</source>
        <translation>前向（蓝色箭头，从左到右）：由输入的值计算这个节点的值。</translation>
    </message>
    <message>
        <source>Backward (red arrows, right to left), the chain rule: d{0}/dx is the sum, over the nodes that use x, of d{0}/d(node) times the local derivative d(node)/dx.</source>
        <translation>反向（红色箭头，从右到左），链式法则：d{0}/dx 等于对所有用到 x 的节点求和：d{0}/d(节点) 乘以局部导数 d(节点)/dx。</translation>
    </message>
    <message>
        <source>Gradient descent: each parameter moves against its derivative, scaled by the learning rate α.</source>
        <translation>梯度下降：每个参数沿其导数的反方向移动，步长由学习率 α 决定。</translation>
    </message>
    <message>
        <source>The loss again, forward from the updated parameters: one step of gradient descent downhill.</source>
        <translation>用更新后的参数再做一次前向，重新计算损失：梯度下降向下走了一步。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>J = 3(a + bc), the course&apos;s example</source>
        <translation>J = 3(a + bc)，课程中的例子</translation>
    </message>
    <message>
        <source>Logistic regression, one example</source>
        <translation>逻辑回归，单个样本</translation>
    </message>
    <message>
        <source>Your formula in a, b, c</source>
        <translation>你输入的 a, b, c 的公式</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Cost J</source>
        <translation>成本函数 J</translation>
    </message>
    <message>
        <source>{0}: diverged at step {1}</source>
        <translation>{0}：在第 {1} 步发散</translation>
    </message>
    <message>
        <source>{0}: train {1}</source>
        <translation>{0}：训练集 {1}</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>J</source>
        <translation>成本 J</translation>
    </message>
    <message>
        <source>first J</source>
        <translation>初始 J</translation>
    </message>
    <message>
        <source>first ‖dW‖</source>
        <translation>初始 ‖dW‖</translation>
    </message>
    <message>
        <source>After {0:,} iterations (the course: {1:,})</source>
        <translation>迭代 {0:,} 次后（课程：{1:,} 次）</translation>
    </message>
    <message>
        <source>accuracy: train / test (the course), train / dev (this run)</source>
        <translation>准确率：训练集 / 测试集（课程），训练集 / 验证集（本次运行）</translation>
    </message>
    <message>
        <source>accuracy: train / dev (this run)</source>
        <translation>准确率：训练集 / 验证集（本次运行）</translation>
    </message>
</context>
<context>
    <name>CopyPanel</name>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>A1 = %1(W1 x + b1) over the plane: purple %2 · white %3 · green %4</source>
        <translation>平面上的 A1 = %1(W1 x + b1)：紫色 %2 · 白色 %3 · 绿色 %4</translation>
    </message>
    <message>
        <source> (beyond is clipped)</source>
        <translation>（超出部分截断）</translation>
    </message>
    <message>
        <source>. Outlined: units identical to another.</source>
        <translation>。彩色外框：与另一单元完全相同的单元。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>W1 row</source>
        <translation>W1 的行</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>cannot be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>expected 3 columns (x1, x2, y), found {0}</source>
        <translation>应有 3 列 (x1, x2, y)，实际有 {0} 列</translation>
    </message>
    <message>
        <source>{0} is not a number: {1}</source>
        <translation>{0} 不是数字：{1}</translation>
    </message>
    <message>
        <source>{0} must be finite, got {1}</source>
        <translation>{0} 必须是有限值，实际是 {1}</translation>
    </message>
    <message>
        <source>the label y must be 0 or 1, got {0}</source>
        <translation>标签 y 必须是 0 或 1，实际是 {0}</translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation>超过 {0} 行</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <source>every label is {0}; a classifier needs both classes 0 and 1</source>
        <translation>所有标签都是 {0}；分类器需要 0 和 1 两个类别</translation>
    </message>
    <message>
        <source>not a session file (not UTF-8 text)</source>
        <translation>不是会话文件（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>damaged or truncated (JSON error at line {0}: {1})</source>
        <translation>文件已损坏或不完整（第 {0} 行 JSON 错误：{1}）</translation>
    </message>
    <message>
        <source>not an nn-visualizer session</source>
        <translation>不是 nn-visualizer 会话文件</translation>
    </message>
    <message>
        <source>session version {0} is not supported (this program reads version {1})</source>
        <translation>不支持会话版本 {0}（本程序读取版本 {1}）</translation>
    </message>
    <message>
        <source>the session has no lesson or no state</source>
        <translation>会话中没有课程或状态</translation>
    </message>
    <message>
        <source>a session may not contain {0}</source>
        <translation>会话中不能包含 {0}</translation>
    </message>
    <message>
        <source>iteration {0} would overflow: lower α or the edited weights</source>
        <translation>第 {0} 次迭代会溢出：请调低 α 或修改过的权重</translation>
    </message>
    <message>
        <source>{0} must be a finite number between {1} and {2}, got {3}</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的有限数，实际是 {3}</translation>
    </message>
    <message>
        <source>the training set needs points of both classes</source>
        <translation>训练集需要两个类别的点</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>至少选择一个输入特征</translation>
    </message>
    <message>
        <source>field {0}: {1}</source>
        <translation>字段 {0}：{1}</translation>
    </message>
    <message>
        <source>{0}, line {1}: {2}</source>
        <translation>{0} 第 {1} 行：{2}</translation>
    </message>
    <message>
        <source>{0} must be one of {1}; got {2}</source>
        <translation>{0} 必须是以下之一：{1}；实际是 {2}</translation>
    </message>
    <message>
        <source>{0} must be a number, got {1}</source>
        <translation>{0} 必须是数字，实际是 {1}</translation>
    </message>
    <message>
        <source>{0} must be a whole number, got {1}</source>
        <translation>{0} 必须是整数，实际是 {1}</translation>
    </message>
    <message>
        <source>{0} must be between {1} and {2}, got {3}</source>
        <translation>{0} 必须在 {1} 到 {2} 之间，实际是 {3}</translation>
    </message>
    <message>
        <source>{0} must be of type {1}, got {2}</source>
        <translation>{0} 的类型必须是 {1}，实际是 {2}</translation>
    </message>
    <message>
        <source>{0} must be true or false, got {1}</source>
        <translation>{0} 必须是 true 或 false，实际是 {1}</translation>
    </message>
    <message>
        <source>{0} must be a list, got {1}</source>
        <translation>{0} 必须是列表，实际是 {1}</translation>
    </message>
    <message>
        <source>a configuration must be a JSON object</source>
        <translation>配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>不是有效的 JSON：{0}</translation>
    </message>
    <message>
        <source>configuration version {0} is not supported</source>
        <translation>不支持配置版本 {0}</translation>
    </message>
    <message>
        <source>unknown configuration keys: {0}</source>
        <translation>未知的配置键：{0}</translation>
    </message>
    <message>
        <source>there must be {0} to {1} hidden layers, got {2}</source>
        <translation>隐藏层必须有 {0} 到 {1} 层，实际有 {2} 层</translation>
    </message>
    <message>
        <source>name one activation per hidden layer ({0}), got {1}</source>
        <translation>每个隐藏层要指定一个激活函数（共 {0} 层），实际指定了 {1} 个</translation>
    </message>
    <message>
        <source>the sweep does not vary {0}</source>
        <translation>这组对比不改变 {0}</translation>
    </message>
    <message>
        <source>each optimizer may race once</source>
        <translation>每种优化器只能参赛一次</translation>
    </message>
    <message>
        <source>the start point must be two finite numbers</source>
        <translation>起点必须是两个有限数</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>not a regular file (a folder)</source>
        <translation>不是普通文件（是文件夹）</translation>
    </message>
    <message>
        <source>not a regular file (a pipe)</source>
        <translation>不是普通文件（是管道）</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>不是普通文件（是设备）</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>不是普通文件（是套接字）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>larger than {0} MB (the most this program reads)</source>
        <translation>大于 {0} MB（本程序最多读取这么多）</translation>
    </message>
    <message>
        <source>UTF-16 text; save it as UTF-8</source>
        <translation>这是 UTF-16 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>damaged (JSON error at line {0}: nested more than {1} deep)</source>
        <translation>已损坏（JSON 第 {0} 行出错：嵌套超过 {1} 层）</translation>
    </message>
    <message>
        <source>damaged (a number with more than 4,300 digits)</source>
        <translation>已损坏（有超过 4,300 位的数字）</translation>
    </message>
    <message>
        <source>damaged ({0})</source>
        <translation>已损坏（{0}）</translation>
    </message>
    <message>
        <source>damaged (nested too deep)</source>
        <translation>已损坏（嵌套太深）</translation>
    </message>
    <message>
        <source>the line is longer than {0} characters</source>
        <translation>该行超过 {0} 个字符</translation>
    </message>
    <message>
        <source>not a CSV row ({0})</source>
        <translation>不是 CSV 行（{0}）</translation>
    </message>
    <message>
        <source>separated by &apos;;&apos;: use commas (x1, x2, y)</source>
        <translation>用分号“;”分隔：请用逗号（x1, x2, y）</translation>
    </message>
    <message>
        <source>separated by tabs: use commas (x1, x2, y)</source>
        <translation>用制表符分隔：请用逗号（x1, x2, y）</translation>
    </message>
    <message>
        <source>{0} is too large to draw (at most ±{1}), got {2}</source>
        <translation>{0} 太大，无法绘制（最多 ±{1}），实际是 {2}</translation>
    </message>
    <message>
        <source>more than {0} points</source>
        <translation>超过 {0} 个点</translation>
    </message>
    <message>
        <source>the data contains NaN or infinite values</source>
        <translation>数据含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>coordinates beyond ±{0} cannot be drawn; rescale the data</source>
        <translation>超出 ±{0} 的坐标无法绘制；请缩放数据</translation>
    </message>
    <message>
        <source>labels must be 0 or 1, with both classes present</source>
        <translation>标签必须是 0 或 1，且两个类别都要有</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be a whole number, got {0}</source>
        <translation>必须是整数，实际是{0}</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>必须在 {0} 到 {1} 之间</translation>
    </message>
    <message>
        <source>must be a list of {0} rows</source>
        <translation>必须是 {0} 行的列表</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>必须是数字列表</translation>
    </message>
    <message>
        <source>must be rows of equal length</source>
        <translation>各行长度必须相同</translation>
    </message>
    <message>
        <source>holds more than {0} values</source>
        <translation>超过 {0} 个值</translation>
    </message>
    <message>
        <source>must hold numbers only</source>
        <translation>只能包含数字</translation>
    </message>
    <message>
        <source>holds a number too large</source>
        <translation>包含过大的数字</translation>
    </message>
    <message>
        <source>holds a number too large (or not finite)</source>
        <translation>包含过大（或非有限）的数字</translation>
    </message>
    <message>
        <source>must be between the setting&apos;s limits</source>
        <translation>必须在该设置的范围内</translation>
    </message>
    <message>
        <source>must be PCG64</source>
        <translation>必须是 PCG64</translation>
    </message>
    <message>
        <source>must be odd (numpy never makes an even one)</source>
        <translation>必须是奇数（numpy 从不生成偶数）</translation>
    </message>
    <message>
        <source>must be a list of at most {0} whole numbers</source>
        <translation>必须是最多 {0} 个整数的列表</translation>
    </message>
    <message>
        <source>must hold whole numbers between 0 and the number of points</source>
        <translation>必须是 0 到点数之间的整数</translation>
    </message>
    <message>
        <source>must not repeat a point (it is part of a permutation)</source>
        <translation>不能重复某个点（它是一个排列的一部分）</translation>
    </message>
    <message>
        <source>must be even</source>
        <translation>必须是偶数</translation>
    </message>
    <message>
        <source>must be a power of two</source>
        <translation>必须是 2 的幂</translation>
    </message>
    <message>
        <source>must be a list no longer than the capacity</source>
        <translation>必须是不超过容量的列表</translation>
    </message>
    <message>
        <source>must be whole numbers between 0 and the step</source>
        <translation>必须是 0 到当前迭代步数之间的整数</translation>
    </message>
    <message>
        <source>must increase</source>
        <translation>必须递增</translation>
    </message>
    <message>
        <source>must have one value per step</source>
        <translation>每个迭代步必须有一个值</translation>
    </message>
    <message>
        <source>must be a list of at most {0} histories</source>
        <translation>必须是最多 {0} 条历史记录的列表</translation>
    </message>
    <message>
        <source>must be a JSON object of at most one entry per parameter</source>
        <translation>必须是 JSON 对象，每个参数最多一项</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他类型</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be four arrays: X_train, Y_train, X_test, Y_test</source>
        <translation>必须是四个数组：X_train, Y_train, X_test, Y_test</translation>
    </message>
    <message>
        <source>missing or malformed entry: {0}</source>
        <translation>条目缺失或格式不对：{0}</translation>
    </message>
    <message>
        <source>{0} has shape {1}, expected {2}</source>
        <translation>{0} 的形状是 {1}，应为 {2}</translation>
    </message>
    <message>
        <source>{0} contains NaN or infinite values</source>
        <translation>{0} 含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>the mini-batch order does not fit the data</source>
        <translation>mini-batch 的顺序与数据不符</translation>
    </message>
    <message>
        <source>{0} must be a whole number &gt;= 0, got {1}</source>
        <translation>{0} 必须是 ≥ 0 的整数，实际是 {1}</translation>
    </message>
    <message>
        <source>trainer state version {0} is not supported</source>
        <translation>不支持训练状态版本 {0}</translation>
    </message>
    <message>
        <source>the gradient-norm histories do not match the layers</source>
        <translation>梯度范数的历史记录与网络的层数不符</translation>
    </message>
    <message>
        <source>the optimizer&apos;s averages do not match the parameters</source>
        <translation>优化器的（指数加权）平均值与参数不符</translation>
    </message>
    <message>
        <source>parameters must be {0}</source>
        <translation>参数必须是 {0}</translation>
    </message>
    <message>
        <source>a sweep needs one label per configuration</source>
        <translation>并排对比的每个配置都需要一个名称</translation>
    </message>
    <message>
        <source>capacity must be an even number &gt;= 4</source>
        <translation>容量必须是 ≥ 4 的偶数</translation>
    </message>
    <message>
        <source>cost history arrays do not match</source>
        <translation>成本历史记录的数组不一致</translation>
    </message>
    <message>
        <source>cost history values are out of range</source>
        <translation>成本历史记录的数值超出范围</translation>
    </message>
    <message>
        <source>number of points m must be in {0}..{1}, got {2}</source>
        <translation>样本数 m 必须在 {0} 到 {1} 之间，实际是 {2}</translation>
    </message>
    <message>
        <source>unknown data set {0}; expected one of: {1}</source>
        <translation>未知的数据集 {0}；可选：{1}</translation>
    </message>
    <message>
        <source>noise must be a finite number &gt;= 0, got {0}</source>
        <translation>噪声必须是 ≥ 0 的有限数，实际是 {0}</translation>
    </message>
    <message>
        <source>test ratio must be in [0, 1), got {0}</source>
        <translation>测试集比例必须在 [0, 1) 之内，实际是 {0}</translation>
    </message>
    <message>
        <source>data must be X (2, m) and Y (1, m) with m &gt;= 2; got {0}, {1}</source>
        <translation>数据必须是 X (2, m) 和 Y (1, m)，且 m ≥ 2；实际是 {0}、{1}</translation>
    </message>
    <message>
        <source>a label is 0 or 1, got {0}</source>
        <translation>标签是 0 或 1，实际是 {0}</translation>
    </message>
    <message>
        <source>input features must be distinct names from {0}</source>
        <translation>输入特征必须是以下名称，且互不重复：{0}</translation>
    </message>
    <message>
        <source>a point needs finite coordinates</source>
        <translation>点的坐标必须是有限数</translation>
    </message>
    <message>
        <source>the parameters are not finite (the run diverged)</source>
        <translation>参数不是有限数（训练发散了）</translation>
    </message>
    <message>
        <source>not a parameters file: unexpected entry</source>
        <translation>不是参数文件：含有意外的条目</translation>
    </message>
    <message>
        <source>not an nn-visualizer parameters file</source>
        <translation>不是 nn-visualizer 参数文件</translation>
    </message>
    <message>
        <source>{0} is not a finite number at these values</source>
        <translation>在这些值下 {0} 不是有限数</translation>
    </message>
    <message>
        <source>the derivative with respect to {0} is not finite at these values</source>
        <translation>在这些值下对 {0} 的导数不是有限数</translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <source>there is no variable {0} to nudge in this graph</source>
        <translation>这个计算图中没有可改变的变量 {0}</translation>
    </message>
    <message>
        <source>type a formula in a, b and c, e.g. 3*(a + b*c)</source>
        <translation>请输入 a, b, c 的公式，例如 3*(a + b*c)</translation>
    </message>
    <message>
        <source>the formula is {0} characters long; at most {1}</source>
        <translation>公式有 {0} 个字符；最多 {1} 个</translation>
    </message>
    <message>
        <source>not a formula: {0}</source>
        <translation>不是公式：{0}</translation>
    </message>
    <message>
        <source>unknown name “{0}”: the variables are a, b and c</source>
        <translation>未知的名称“{0}”：变量只有 a, b, c</translation>
    </message>
    <message>
        <source>“{0}” is not allowed: the functions are exp, log, sigmoid and tanh</source>
        <translation>不允许使用“{0}”：可用的函数是 exp、log、sigmoid 和 tanh</translation>
    </message>
    <message>
        <source>{0} takes exactly one argument, e.g. {0}(a)</source>
        <translation>{0} 只接受一个参数，例如 {0}(a)</translation>
    </message>
    <message>
        <source>attribute access (the dot in “{0}”) is not allowed</source>
        <translation>不允许访问属性（“{0}”中的点）</translation>
    </message>
    <message>
        <source>“{0}” is not allowed in a formula</source>
        <translation>公式中不允许使用“{0}”</translation>
    </message>
    <message>
        <source>^ is not a power here: write a**2</source>
        <translation>这里 ^ 不表示乘方：请写 a**2</translation>
    </message>
    <message>
        <source>the exponent must be a number, e.g. a**2</source>
        <translation>指数必须是数字，例如 a**2</translation>
    </message>
    <message>
        <source>the exponent {0} is too large: at most {1} in size</source>
        <translation>指数 {0} 太大：绝对值最多为 {1}</translation>
    </message>
    <message>
        <source>the number {0} is too large: at most {1} in size</source>
        <translation>数字 {0} 太大：绝对值最多为 {1}</translation>
    </message>
    <message>
        <source>the formula is nested too deeply (at most {0} levels)</source>
        <translation>公式嵌套太深（最多 {0} 层）</translation>
    </message>
    <message>
        <source>the formula has {0} operations; at most {1}</source>
        <translation>公式有 {0} 个运算；最多 {1} 个</translation>
    </message>
    <message>
        <source>the formula must use at least one of a, b and c</source>
        <translation>公式必须至少用到 a, b, c 中的一个</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>Cost J</source>
        <translation>成本函数 J</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>training cost</source>
        <translation>训练集成本</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>测试集成本</translation>
    </message>
</context>
<context>
    <name>DeepCostPlot</name>
    <message>
        <source>Cost J</source>
        <translation>成本函数 J</translation>
    </message>
    <message>
        <source>J per mini-batch</source>
        <translation>每个小批量的 J</translation>
    </message>
    <message>
        <source>dev cost</source>
        <translation>验证集成本</translation>
    </message>
</context>
<context>
    <name>DeepDiagram</name>
    <message>
        <source>next: {0}</source>
        <translation>下次：{0}</translation>
    </message>
    <message>
        <source>Click to type a new value</source>
        <translation>点击输入新值</translation>
    </message>
</context>
<context>
    <name>DeepNetworkLesson</name>
    <message>
        <source>Add layers with + and watch ‖dW[l]‖ per layer (log axis): with sigmoid and randn · 0.01 the first layers&apos; gradients vanish, with randn · 10 the cost starts huge. The strip shows where each layer&apos;s activations sit (all at 0: dead ReLUs; at the ends: saturated). Train and dev error give the course&apos;s diagnosis: high bias or high variance. Course: 001/004 week 4, 002, 003 parts 3-5.</source>
        <translation>用 + 添加层，观察每一层的 ‖dW[l]‖（对数坐标）：sigmoid 加 randn · 0.01 时，前几层的梯度消失；randn · 10 时，成本一开始就非常大。分布条显示每层激活值落在哪里（全在 0：ReLU 死亡；挤在两端：饱和）。训练集误差和验证集误差给出课程的诊断：高偏差还是高方差。课程：001/004 第四周，002，003 第三至五部分。</translation>
    </message>
    <message>
        <source>Iteration {0:,} · {1} runs in lockstep</source>
        <translation>迭代 {0:,} · {1} 个网络同步训练</translation>
    </message>
    <message>
        <source>Iteration {0:,} · epoch {1:,} · J {2:.4f} · α {3:.3g} · train {4} · dev {5}</source>
        <translation>迭代 {0:,} · 第 {1:,} 代 · J {2:.4f} · α {3:.3g} · 训练集 {4} · 验证集 {5}</translation>
    </message>
    <message>
        <source>{0}: press Run</source>
        <translation>{0}：请按“运行”</translation>
    </message>
    <message>
        <source>To draw points, choose a class under “Click adds”.</source>
        <translation>要画点，请先在“点击添加”中选择一个类别。</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>未更改：{0}</translation>
    </message>
    <message>
        <source>Training from step 0 on {0} imported points</source>
        <translation>在导入的 {0} 个点上从第 0 步开始训练</translation>
    </message>
    <message>
        <source>the session holds no deep-network run</source>
        <translation>该会话中没有深层神经网络的训练</translation>
    </message>
</context>
<context>
    <name>DeepSidebar</name>
    <message>
        <source>Course experiments</source>
        <translation>课程实验</translation>
    </message>
    <message>
        <source>Your network (free play)</source>
        <translation>你的网络（自由探索）</translation>
    </message>
    <message>
        <source>One click sets everything as the course did; Run to watch</source>
        <translation>一键按课程的设置准备好一切；按“运行”观看</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The 2-D data set; “(course)” are course 2&apos;s own circles and moons</source>
        <translation>二维数据集；带“（课程）”的是课程二自己的圆环和月牙数据</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>How far the points scatter around the shape (0: exact)</source>
        <translation>样本偏离形状的程度（0：完全在形状上）</translation>
    </message>
    <message>
        <source>Number of points m</source>
        <translation>样本数 m</translation>
    </message>
    <message>
        <source>Examples m before the split: X has shape (2, m)</source>
        <translation>划分前的样本数 m：X 的形状是 (2, m)</translation>
    </message>
    <message>
        <source>Dev (test) fraction</source>
        <translation>验证集（测试集）比例</translation>
    </message>
    <message>
        <source>Held out to measure the dev error (never trained on)</source>
        <translation>留出用于测量验证集误差（从不参与训练）</translation>
    </message>
    <message>
        <source>Regenerate (new seed)</source>
        <translation>重新生成（新的随机种子）</translation>
    </message>
    <message>
        <source>Draw a new data set of the same kind (data seed + 1); starts over</source>
        <translation>生成同类的新数据集（数据种子 + 1）；重新开始训练</translation>
    </message>
    <message>
        <source>Show dev points</source>
        <translation>显示验证集样本</translation>
    </message>
    <message>
        <source>Show the held-out dev points (open triangles) on the boundary</source>
        <translation>在决策边界图上显示留出的验证集样本（空心三角形）</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Feed {0} to the network as one row of A[0]; n_x follows</source>
        <translation>把 {0} 作为 A[0] 的一行输入网络；n_x 随之改变</translation>
    </message>
    <message>
        <source>The rows of A[0] = X: with x1² and x2² even no hidden layer separates the circles</source>
        <translation>A[0] = X 的各行：有了 x1² 和 x2²，即使没有隐藏层也能分开圆环</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>g of every hidden layer: A[l] = g(Z[l]); the output is σ</source>
        <translation>每个隐藏层的 g：A[l] = g(Z[l])；输出层是 σ</translation>
    </message>
    <message>
        <source>How every W[l] starts (b = 0); changing it starts over</source>
        <translation>每个 W[l] 的初始值（b = 0）；更改后重新开始</translation>
    </message>
    <message>
        <source>The seed of the random start: the same seed, the same W[l]</source>
        <translation>随机初始化的种子：同一个种子，同样的 W[l]</translation>
    </message>
    <message>
        <source>Hidden activation g</source>
        <translation>隐藏层激活函数 g</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>W[l] := W[l] − α dW[l]</source>
        <translation>W[l] := W[l] − α dW[l]</translation>
    </message>
    <message>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <source>J + λ/(2m) Σ‖W[l]‖²</source>
        <translation>J + λ/(2m) Σ‖W[l]‖²</translation>
    </message>
    <message>
        <source>Dropout keep_prob</source>
        <translation>Dropout 保留概率 keep_prob</translation>
    </message>
    <message>
        <source>Inverted dropout on every hidden layer</source>
        <translation>每个隐藏层都使用反向 dropout（再除以 keep_prob）</translation>
    </message>
    <message>
        <source>Learning-rate decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <source>α = α0 / (1 + decay · epoch)</source>
        <translation>α = α0 / (1 + 衰减率 · 代数)</translation>
    </message>
    <message>
        <source>full batch (m)</source>
        <translation>全批量（m）</translation>
    </message>
    <message>
        <source>Examples per update: complete mini-batches of a reshuffled epoch (the few left over wait for the next epoch)</source>
        <translation>每次更新用的样本数：每一轮重新打乱后切成完整的小批量（剩下不足一批的样本等下一轮）</translation>
    </message>
    <message>
        <source>How each step uses dW: plain, an average of past dW (momentum), scaled by their size (RMSprop), or both (Adam)</source>
        <translation>每一步如何使用 dW：直接使用，用过去 dW 的平均（动量），按其大小缩放（RMSprop），或两者兼用（Adam）</translation>
    </message>
    <message>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化算法</translation>
    </message>
    <message>
        <source>β1 (momentum, Adam)</source>
        <translation>β1（动量，Adam）</translation>
    </message>
    <message>
        <source>v = β1 v + (1 − β1) dW: the average of past gradients</source>
        <translation>v = β1 v + (1 − β1) dW：过去梯度的指数加权平均</translation>
    </message>
    <message>
        <source>β2 (RMSprop, Adam)</source>
        <translation>β2（RMSprop，Adam）</translation>
    </message>
    <message>
        <source>s = β2 s + (1 − β2) dW²: the average of squared gradients</source>
        <translation>s = β2 s + (1 − β2) dW²：梯度平方的指数加权平均</translation>
    </message>
    <message>
        <source>n_x = {0} inputs</source>
        <translation>n_x = {0} 个输入</translation>
    </message>
    <message>
        <source>Your data: {0} points. Pick a data set to go back.</source>
        <translation>你的数据：{0} 个点。选择一个数据集即可返回。</translation>
    </message>
</context>
<context>
    <name>DeepStages</name>
    <message>
        <source>Go to stage {0} of this iteration</source>
        <translation>转到本次迭代的阶段 {0}</translation>
    </message>
    <message>
        <source>layer_dims = [n_x, n[1], ..., n[L]]: 2 to 4 layers, e.g. 2, 4, 3, 1. [2, n_h, 1] is the 2-layer walk; more layers walk with caches and building blocks.</source>
        <translation>layer_dims = [n_x, n[1], ..., n[L]]：2 到 4 层，例如 2, 4, 3, 1。[2, n_h, 1] 是两层网络的演示；层数更多时演示缓存和前向、反向模块。</translation>
    </message>
    <message>
        <source>The batch X = A[0], one column per example, and every layer&apos;s W and b.</source>
        <translation>这批样本 X = A[0]，每列一个样本；以及每一层的 W 和 b。</translation>
    </message>
    <message>
        <source>Gradient descent on every layer: one step against the gradient, scaled by α.</source>
        <translation>对每一层做梯度下降：沿梯度反方向走一步，步长由 α 决定。</translation>
    </message>
    <message>
        <source>The cost: the cross-entropy loss averaged over the m examples.</source>
        <translation>成本函数：交叉熵损失在 m 个样本上的平均。</translation>
    </message>
    <message>
        <source>Forward block {0}, linear part: W[{0}] A[{1}] + b[{0}]. The cache of layer {0} keeps A[{1}], W[{0}], b[{0}] and Z[{0}] for backward.</source>
        <translation>第 {0} 层前向模块的线性部分：W[{0}] A[{1}] + b[{0}]。第 {0} 层的缓存保存 A[{1}]、W[{0}]、b[{0}] 和 Z[{0}]，供反向传播使用。</translation>
    </message>
    <message>
        <source>Forward block {0}: the activation applied to every entry of Z[{0}].</source>
        <translation>第 {0} 层前向模块：对 Z[{0}] 的每个元素应用激活函数。</translation>
    </message>
    <message>
        <source>Backward block {0}: dA[{0}] times the slope of the activation at Z[{0}], read from cache {0}.</source>
        <translation>第 {0} 层反向模块：dA[{0}] 乘以激活函数在 Z[{0}] 处的斜率，从缓存 {0} 中读取。</translation>
    </message>
    <message>
        <source>Each weight&apos;s gradient: dZ[{0}] times the A[{1}] read from cache {0}, averaged over the examples.</source>
        <translation>每个权重的梯度：dZ[{0}] 乘以从缓存 {0} 读取的 A[{1}]，再对样本求平均。</translation>
    </message>
    <message>
        <source>Each bias&apos;s gradient: dZ[{0}] averaged over the examples.</source>
        <translation>每个偏置的梯度：dZ[{0}] 对样本求平均。</translation>
    </message>
    <message>
        <source>The error handed back to layer {0}: W[{1}]ᵀ dZ[{1}], W[{1}] read from cache {1}.</source>
        <translation>传回第 {0} 层的误差：W[{1}]ᵀ dZ[{1}]，W[{1}] 从缓存 {1} 中读取。</translation>
    </message>
    <message>
        <source>Backward starts at the output: the derivative of the loss with respect to A[{0}], the course&apos;s initialization of backward.</source>
        <translation>反向传播从输出开始：损失对 A[{0}] 的导数，即课程中反向传播的初始化。</translation>
    </message>
</context>
<context>
    <name>DeepTexts</name>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>randn · 0.01</source>
        <translation>randn · 0.01</translation>
    </message>
    <message>
        <source>randn · 10 (large)</source>
        <translation>randn · 10（过大）</translation>
    </message>
    <message>
        <source>Xavier (√(1/n[l-1]))</source>
        <translation>Xavier（√(1/n[l-1])）</translation>
    </message>
    <message>
        <source>He (√(2/n[l-1]))</source>
        <translation>He（√(2/n[l-1])）</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Initialization: zeros vs large vs He (circles)</source>
        <translation>初始化：全零、过大与 He 对比（圆环）</translation>
    </message>
    <message>
        <source>Mini-batch GD vs momentum vs Adam (moons)</source>
        <translation>小批量梯度下降、动量与 Adam 对比（月牙）</translation>
    </message>
    <message>
        <source>L2 and dropout against overfitting</source>
        <translation>用 L2 正则化和 dropout 对抗过拟合</translation>
    </message>
    <message>
        <source>8 sigmoid layers, randn · 0.01: vanishing gradients</source>
        <translation>8 个 sigmoid 层，randn · 0.01：梯度消失</translation>
    </message>
    <message>
        <source>8 linear layers, Xavier vs He vs randn · 10: exploding gradients</source>
        <translation>8 个线性层，Xavier、He 与 randn · 10 对比：梯度爆炸</translation>
    </message>
    <message>
        <source>Depth 1 vs 3 vs 6 on the spiral</source>
        <translation>螺旋数据上 1、3、6 个隐藏层对比</translation>
    </message>
    <message>
        <source>Course 2 week 1: with zeros every unit stays the same, the cost stays ln 2 = 0.693 and accuracy 50%; randn · 10 starts with a huge cost and ends with a poor boundary (83% train); He reaches about 99% train, 96% test.</source>
        <translation>课程二第一周：全零初始化时每个单元始终相同，成本停在 ln 2 = 0.693，准确率 50%；randn · 10 一开始成本就非常大，最后的边界很差（训练集 83%）；He 初始化的训练集准确率约 99%，测试集 96%。</translation>
    </message>
    <message>
        <source>Course 2 week 2 (moons, mini-batches of 64, α = 0.0007): mini-batch gradient descent and momentum reach about 79.7% after 10,000 epochs; Adam reaches 94%.</source>
        <translation>课程二第二周（月牙数据，小批量大小 64，α = 0.0007）：10,000 代后，小批量梯度下降和动量都约为 79.7%；Adam 达到 94%。</translation>
    </message>
    <message>
        <source>Course 2 week 1: without regularization the network fits the training set&apos;s noise (94.8% train, 91.5% test); L2 with λ = 0.7 gives 93.8% / 93%, dropout with keep_prob = 0.86 92.9% / 95%: the gap between train and test closes. Here a small noisy xor set and a 32-32-32 network overfit the same way.</source>
        <translation>课程二第一周：不做正则化时网络拟合了训练集的噪声（训练集 94.8%，测试集 91.5%）；λ = 0.7 的 L2 正则化得到 93.8% / 93%，keep_prob = 0.86 的 dropout 得到 92.9% / 95%：训练集和测试集之间的差距缩小了。这里用一个小而嘈杂的异或数据集和 32-32-32 的网络，以同样的方式过拟合。</translation>
    </message>
    <message>
        <source>003 part 3: with randn · 0.01 in a deep network the cost stays at 0.693 (−log 0.5); each sigmoid layer multiplies the gradient by at most 0.25 · |W|, so the first layers&apos; ‖dW‖ falls to 1e-10 and below and they do not learn.</source>
        <translation>003 第三部分：深层网络用 randn · 0.01 初始化时，成本停在 0.693（−ln 0.5）；每个 sigmoid 层至多把梯度乘以 0.25 · |W|，所以前几层的 ‖dW‖ 降到 1e-10 以下，它们学不到东西（梯度消失）。</translation>
    </message>
    <message>
        <source>003 part 4 (6): in a very deep network the weights multiply again and again, so activations and gradients grow (or shrink) exponentially with depth. In linear layers Xavier&apos;s √(1/n[l-1]) keeps each layer&apos;s scale (the identity&apos;s), He&apos;s √(2/n[l-1]) is a little above (about ×1.4 a layer), randn · 10 far above: the first J and every ‖dW[l]‖ explode and the run diverges. The cure is the initialization&apos;s scale.</source>
        <translation>003 第四部分（六）：在极深的神经网络中，权重经过反复的乘法，激活值和梯度随深度指数级地增大（或减小）。在线性层中，Xavier 的 √(1/n[l-1]) 保持每层的尺度（与单位矩阵相当），He 的 √(2/n[l-1]) 略大一些（每层约 ×1.4），randn · 10 则大得多：第一个 J 和每个 ‖dW[l]‖ 都爆炸，训练发散。解决办法是权重初始化的尺度。</translation>
    </message>
    <message>
        <source>004 §4.5: the first layer draws lines, deeper layers combine them into corners and curls; with the same 5 units per layer, more layers fit the spiral better.</source>
        <translation>004 §4.5：第一层画直线，更深的层把直线组合成拐角和卷曲；每层同样 5 个单元，层数越多越能拟合螺旋。</translation>
    </message>
    <message>
        <source>randn · 10</source>
        <translation>randn · 10</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>mini-batch GD</source>
        <translation>小批量梯度下降</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>无正则化</translation>
    </message>
    <message>
        <source>L2, λ = 3</source>
        <translation>L2，λ = 3</translation>
    </message>
    <message>
        <source>dropout, keep_prob = 0.86</source>
        <translation>dropout，keep_prob = 0.86</translation>
    </message>
    <message>
        <source>8 sigmoid layers, randn · 0.01</source>
        <translation>8 个 sigmoid 层，randn · 0.01</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 个隐藏层</translation>
    </message>
    <message>
        <source>3 hidden layers</source>
        <translation>3 个隐藏层</translation>
    </message>
    <message>
        <source>6 hidden layers</source>
        <translation>6 个隐藏层</translation>
    </message>
    <message>
        <source>High bias (underfitting)</source>
        <translation>高偏差（欠拟合）</translation>
    </message>
    <message>
        <source>Recipe: a bigger network (more layers or units), train longer, a better optimizer.</source>
        <translation>对策：更大的网络（更多层或单元）、更长的训练、更好的优化算法。</translation>
    </message>
    <message>
        <source>High variance (overfitting)</source>
        <translation>高方差（过拟合）</translation>
    </message>
    <message>
        <source>Recipe: more data, or regularization (L2 λ, dropout).</source>
        <translation>对策：更多数据，或正则化（L2 λ、dropout）。</translation>
    </message>
    <message>
        <source>High bias and high variance</source>
        <translation>高偏差 + 高方差</translation>
    </message>
    <message>
        <source>Recipe: first fix the bias (bigger network, longer training), then the variance (more data, regularization).</source>
        <translation>对策：先解决偏差（更大的网络、更长的训练），再解决方差（更多数据、正则化）。</translation>
    </message>
    <message>
        <source>Neither: just right</source>
        <translation>适度拟合</translation>
    </message>
    <message>
        <source>Low train error and a small dev gap: done.</source>
        <translation>训练集误差低，验证集差距小：完成。</translation>
    </message>
    <message>
        <source>Variance unknown</source>
        <translation>方差未知</translation>
    </message>
    <message>
        <source>Set a dev fraction above 0 to measure the dev error.</source>
        <translation>把验证集比例设为大于 0，才能测量验证集误差。</translation>
    </message>
</context>
<context>
    <name>DescentControls</name>
    <message>
        <source>1 feature: J(w, b)</source>
        <translation>1 个特征：J(w, b)</translation>
    </message>
    <message>
        <source>2 features: J(w1, w2), b = 0</source>
        <translation>2 个特征：J(w1, w2)，b = 0</translation>
    </message>
    <message>
        <source>Cross-entropy (the course&apos;s loss)</source>
        <translation>交叉熵（课程中的损失函数）</translation>
    </message>
    <message>
        <source>Squared error (a − y)² / 2</source>
        <translation>平方误差 (a − y)² / 2</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量梯度下降</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>diverged at step {0}</source>
        <translation>在第 {0} 步发散</translation>
    </message>
    <message>
        <source>converged at step {0}</source>
        <translation>在第 {0} 步收敛</translation>
    </message>
    <message>
        <source>Cost surface</source>
        <translation>成本函数曲面</translation>
    </message>
    <message>
        <source>Logistic regression with one feature (w and b free), or two features with b held at 0 (w1 and w2 free)</source>
        <translation>一个特征的逻辑回归（w 和 b 可变），或两个特征、b 固定为 0（w1 和 w2 可变）</translation>
    </message>
    <message>
        <source>Cross-entropy gives a convex bowl; squared error through the sigmoid does not (course §2.5.1)</source>
        <translation>交叉熵给出一个凸的碗形；经过 sigmoid 的平方误差则不是凸函数（课程 §2.5.1）</translation>
    </message>
    <message>
        <source>Normalize inputs: (x − μ) / σ</source>
        <translation>归一化输入：(x − μ) / σ</translation>
    </message>
    <message>
        <source>Subtract each feature&apos;s mean and divide by its standard deviation: the long valley becomes a round bowl</source>
        <translation>每个特征减去均值、再除以标准差：狭长的山谷变成圆形的碗</translation>
    </message>
    <message>
        <source>Class separation</source>
        <translation>两类之间的距离</translation>
    </message>
    <message>
        <source>Distance between the two classes&apos; centres</source>
        <translation>两类样本中心之间的距离</translation>
    </message>
    <message>
        <source>Noise (spread of each class)</source>
        <translation>噪声（每一类的分散程度）</translation>
    </message>
    <message>
        <source>Standard deviation of the points around their centre</source>
        <translation>样本点围绕其中心的标准差</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Step size: w := w − α dw, b := b − α db (logarithmic, 0.001 to 100)</source>
        <translation>步长：w := w − α dw，b := b − α db（对数刻度，0.001 到 100）</translation>
    </message>
    <message>
        <source>Start every optimizer from this mode&apos;s default point again</source>
        <translation>让每个优化器重新从此模式的默认起点出发</translation>
    </message>
    <message>
        <source>Gradient descent: w := w − α dw</source>
        <translation>梯度下降：w := w − α dw</translation>
    </message>
    <message>
        <source>Momentum: v := β v + (1 − β) dw; w := w − α v</source>
        <translation>动量：v := β v + (1 − β) dw；w := w − α v</translation>
    </message>
    <message>
        <source>Adam: momentum&apos;s v and RMSprop&apos;s s, bias-corrected: w := w − α v̂ / (√ŝ + ε)</source>
        <translation>Adam：动量的 v 与 RMSprop 的 s，经偏差修正：w := w − α v̂ / (√ŝ + ε)</translation>
    </message>
    <message>
        <source>Optimizers racing from the same start:</source>
        <translation>从同一起点出发比赛的优化算法：</translation>
    </message>
    <message>
        <source>β  (momentum; Adam&apos;s β1)</source>
        <translation>β（动量；即 Adam 的 β1）</translation>
    </message>
    <message>
        <source>Adam&apos;s β2</source>
        <translation>Adam 的 β2</translation>
    </message>
    <message>
        <source>RMSprop&apos;s β2</source>
        <translation>RMSprop 的 β2</translation>
    </message>
    <message>
        <source>Momentum: v := β v + (1 − β) dw, an average of recent gradients (Adam&apos;s β1 for its v)</source>
        <translation>动量：v := β v + (1 − β) dw，最近梯度的平均（Adam 的 v 用 β1）</translation>
    </message>
    <message>
        <source>Adam: s := β2 s + (1 − β2) dw², an average of squared gradients</source>
        <translation>Adam：s := β2 s + (1 − β2) dw²，梯度平方的平均</translation>
    </message>
    <message>
        <source>RMSprop: s := β2 s + (1 − β2) dw²; w := w − α dw / (√s + ε)</source>
        <translation>RMSprop：s := β2 s + (1 − β2) dw²；w := w − α dw / (√s + ε)</translation>
    </message>
    <message>
        <source>Start point</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Click the contour map to start there.</source>
        <translation>点击等高线图，从那里出发。</translation>
    </message>
    <message>
        <source>Default start</source>
        <translation>默认起点</translation>
    </message>
</context>
<context>
    <name>DrawClass</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>class 0 (orange)</source>
        <translation>类别 0（橙色）</translation>
    </message>
    <message>
        <source>class 1 (blue)</source>
        <translation>类别 1（蓝色）</translation>
    </message>
    <message>
        <source>Click the boundary plot to add a training point of this class; right-click or Shift+click removes the nearest point.</source>
        <translation>点击决策边界图，添加一个该类别的训练样本；右键或 Shift+点击删除最近的点。</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>点击添加</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy main plot to clipboard</source>
        <translation>复制主图到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Main plot as &amp;PNG…</source>
        <translation>主图另存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Main plot as &amp;SVG…</source>
        <translation>主图另存为 &amp;SVG…</translation>
    </message>
    <message>
        <source>Trained &amp;parameters (JSON)…</source>
        <translation>训练后的参数（JSON）(&amp;P)…</translation>
    </message>
    <message>
        <source>Cost &amp;history (CSV)…</source>
        <translation>成本函数历史（CSV）(&amp;H)…</translation>
    </message>
    <message>
        <source>Python &amp;script…</source>
        <translation>Python 脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>Jupyter &amp;notebook…</source>
        <translation>Jupyter 笔记本(&amp;N)…</translation>
    </message>
    <message>
        <source>Tip: right-click any plot to export that plot</source>
        <translation>提示：右键单击任意图可导出该图</translation>
    </message>
    <message>
        <source>This lesson has no plot to export</source>
        <translation>本课没有可导出的图</translation>
    </message>
    <message>
        <source>Plot copied ({0} × {1} pixels)</source>
        <translation>图已复制（{0} × {1} 像素）</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>This lesson trains no parameters</source>
        <translation>本课不训练参数</translation>
    </message>
    <message>
        <source>This lesson has no cost history</source>
        <translation>本课没有成本函数历史</translation>
    </message>
    <message>
        <source>The settings changed while this run trained: start over to export it</source>
        <translation>这次运行训练途中改过设置：请重新开始后再导出</translation>
    </message>
    <message>
        <source>This lesson trains nothing to export</source>
        <translation>这一课没有训练，没有可导出的内容</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>将图另存为 PNG</translation>
    </message>
    <message>
        <source>Width in pixels (the height follows):</source>
        <translation>宽度（像素，高度随之按比例）：</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Save plot as SVG</source>
        <translation>将图另存为 SVG</translation>
    </message>
    <message>
        <source>Save trained parameters</source>
        <translation>保存训练后的参数</translation>
    </message>
    <message>
        <source>Save cost history</source>
        <translation>保存成本函数历史</translation>
    </message>
    <message>
        <source>Export as a Python script</source>
        <translation>导出为 Python 脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Export as a Jupyter notebook</source>
        <translation>导出为 Jupyter 笔记本</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>the data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>the number of points m</source>
        <translation>样本数 m</translation>
    </message>
    <message>
        <source>the noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>the test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>the data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the hidden-layer size n_h</source>
        <translation>隐藏层大小 n_h</translation>
    </message>
    <message>
        <source>the activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <source>the leaky ReLU slope</source>
        <translation>Leaky ReLU 的斜率</translation>
    </message>
    <message>
        <source>the initialization</source>
        <translation>初始化方式</translation>
    </message>
    <message>
        <source>the constant c</source>
        <translation>常数 c</translation>
    </message>
    <message>
        <source>the initialization seed</source>
        <translation>初始化种子</translation>
    </message>
    <message>
        <source>the learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>the L2 strength λ</source>
        <translation>L2 正则化强度 λ</translation>
    </message>
    <message>
        <source>the keep probability</source>
        <translation>保留概率 keep_prob</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>the dropout seed</source>
        <translation>Dropout 种子</translation>
    </message>
    <message>
        <source>the share of class 1</source>
        <translation>类别 1 的比例</translation>
    </message>
    <message>
        <source>the mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>the class separation</source>
        <translation>类别间距</translation>
    </message>
    <message>
        <source>input normalization</source>
        <translation>输入归一化</translation>
    </message>
    <message>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>Adam&apos;s β2</source>
        <translation>Adam 的 β2</translation>
    </message>
    <message>
        <source>RMSprop&apos;s β2</source>
        <translation>RMSprop 的 β2</translation>
    </message>
    <message>
        <source>the optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>the start point</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>the hidden-layer sizes</source>
        <translation>各隐藏层大小</translation>
    </message>
    <message>
        <source>the activation of each hidden layer</source>
        <translation>各隐藏层的激活函数</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>momentum&apos;s β</source>
        <translation>动量的 β</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>the learning-rate decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <source>the decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>the decay interval (epochs)</source>
        <translation>衰减间隔（代数）</translation>
    </message>
    <message>
        <source>the course&apos;s own random draws</source>
        <translation>课程自己的随机数</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>the input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>nn-visualizer session (*.nnvis.json *.json)</source>
        <translation>nn-visualizer 会话 (*.nnvis.json *.json)</translation>
    </message>
    <message>
        <source>CSV: x1, x2, y (*.csv)</source>
        <translation>CSV：x1, x2, y (*.csv)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import data (CSV)…</source>
        <translation>导入数据 (CSV)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export data (CSV)…</source>
        <translation>导出数据 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>no lesson {0} here to open it in</source>
        <translation>这里没有可以打开它的课程 {0}</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <source>Could not export {0}: {1}</source>
        <translation>无法导出 {0}：{1}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>已导入 {0}</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No Chinese font is installed, so Chinese text shows as boxes. Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk</source>
        <translation>未安装中文字体，中文会显示为方框。请安装一个，例如 Debian/Ubuntu：sudo apt install fonts-noto-cjk ｜ No Chinese font is installed, so Chinese text shows as boxes. Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>GradCheckTable</name>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数值近似</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient check&lt;/b&gt; of this iteration: backprop&apos;s g against two-sided differences g&lt;sub&gt;approx&lt;/sub&gt; (ε = 1e-7); difference = ‖g&lt;sub&gt;approx&lt;/sub&gt; − g‖₂ / (‖g&lt;sub&gt;approx&lt;/sub&gt;‖₂ + ‖g‖₂), &lt;span style=&apos;color:#146414&apos;&gt;&lt;b&gt;green below 1e-7&lt;/b&gt;&lt;/span&gt;; last row: all parameters at once, the course&apos;s check.</source>
        <translation>本次迭代的&lt;b&gt;梯度检验&lt;/b&gt;：反向传播得到的 g 与双边差分 g&lt;sub&gt;approx&lt;/sub&gt;（ε = 1e-7）比较；差异 = ‖g&lt;sub&gt;approx&lt;/sub&gt; − g‖₂ / (‖g&lt;sub&gt;approx&lt;/sub&gt;‖₂ + ‖g‖₂)，&lt;span style=&apos;color:#146414&apos;&gt;&lt;b&gt;低于 1e-7 为绿色&lt;/b&gt;&lt;/span&gt;；最后一行：所有参数一起检验，即课程中的检验。</translation>
    </message>
    <message>
        <source>A parameter whose gradient is tiny can miss 1e-7 on its own: the two-sided
difference loses digits to round-off when J barely moves.</source>
        <translation>梯度很小的参数单独检验时可能达不到 1e-7：
J 几乎不变时，双边差分会因舍入误差丢失有效数字。</translation>
    </message>
    <message>
        <source>backprop&apos;s g against g&lt;sub&gt;approx&lt;/sub&gt;: &lt;span style=&apos;color:#146414&apos;&gt;&lt;b&gt;green below 1e-7&lt;/b&gt;&lt;/span&gt;</source>
        <translation>反向传播的 g 对比 g&lt;sub&gt;approx&lt;/sub&gt;：&lt;span style=&apos;color:#146414&apos;&gt;&lt;b&gt;低于 1e-7 为绿色&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>all together</source>
        <translation>全部参数</translation>
    </message>
    <message>
        <source>  &lt; 1e-7: passes</source>
        <translation>  &lt; 1e-7：通过</translation>
    </message>
    <message>
        <source>  &gt;= 1e-7: check!</source>
        <translation>  &gt;= 1e-7：请检查！</translation>
    </message>
</context>
<context>
    <name>GradNormPlot</name>
    <message>
        <source>‖dW[l]‖ per layer</source>
        <translation>每一层的 ‖dW[l]‖</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>GradientDescentLesson</name>
    <message>
        <source>3D view needs OpenGL; showing J as a heatmap</source>
        <translation>三维视图需要 OpenGL；这里用热力图显示 J</translation>
    </message>
    <message>
        <source>Each step moves against the gradient: w := w − α dw, b := b − α db. With cross-entropy J(w, b) is one convex bowl, so every start reaches the minimum; too large an α overshoots or diverges. Compare how the optimizers&apos; paths differ. Course: 000 §2.5 (gradient descent).</source>
        <translation>每一步都逆着梯度走：w := w − α dw，b := b − α db。用交叉熵时 J(w, b) 是一个凸的碗，从任何起点都能到达最小值；学习率 α 太大会越过最小值甚至发散。比较各个优化器的路径有何不同。课程：000 §2.5（梯度下降）。</translation>
    </message>
    <message>
        <source>J in 3D (drag to rotate, wheel to zoom)</source>
        <translation>三维的 J（拖动旋转，滚轮缩放）</translation>
    </message>
    <message>
        <source>Contour map (click to choose the start)</source>
        <translation>等高线图（点击选择起点）</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <source>Start moved to ({0:.2f}, {1:.2f})</source>
        <translation>起点已移到 ({0:.2f}, {1:.2f})</translation>
    </message>
    <message>
        <source>Squared error through the sigmoid is &lt;b&gt;not convex&lt;/b&gt;: far from the minimum J goes flat, and a path can stall on a plateau. That is why the course uses cross-entropy.</source>
        <translation>经过 sigmoid 的平方误差&lt;b&gt;不是凸函数&lt;/b&gt;：远离最小值处 J 变得平坦，路径可能停滞在平台上。这就是课程使用交叉熵的原因。</translation>
    </message>
    <message>
        <source>x2 is 8 times larger than x1: J(w1, w2) is a long narrow valley, so only a small α is stable. Tick &lt;i&gt;Normalize inputs&lt;/i&gt; to make the bowl round.</source>
        <translation>x2 的尺度是 x1 的 8 倍：J(w1, w2) 是一条狭长的山谷，只有很小的 α 才稳定。勾选&lt;i&gt;归一化输入&lt;/i&gt;，碗就变圆了。</translation>
    </message>
    <message>
        <source>Normalized inputs (mean 0, standard deviation 1): the bowl is round, and a much larger α converges.</source>
        <translation>输入已归一化（均值 0，标准差 1）：碗是圆的，大得多的 α 也能收敛。</translation>
    </message>
    <message>
        <source>Cross-entropy makes J(w, b) a convex bowl: every start slides down to the one minimum (+). Each step: w := w − α dw, b := b − α db.</source>
        <translation>交叉熵让 J(w, b) 成为一个凸的碗：从任何起点都会滑到唯一的最小值 (+)。每一步：w := w − α dw，b := b − α db。</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化算法</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Tick an optimizer to start a race.</source>
        <translation>勾选一个优化算法，开始比赛。</translation>
    </message>
    <message>
        <source>Arrows point downhill (−∇J) from each current point; + marks the minimum, ○ the start.</source>
        <translation>箭头从每个当前点指向下坡方向 (−∇J)；+ 是最小值，○ 是起点。</translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>The graph to walk through</source>
        <translation>要逐步演示的计算图</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>+ − * / ** (a number as exponent), exp, log, sigmoid, tanh; the variables a, b, c</source>
        <translation>+ − * / **（指数须为数字）、exp、log、sigmoid、tanh；变量 a, b, c</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>画出</translation>
    </message>
    <message>
        <source>Parse the formula (safely: nothing is run) and draw its graph</source>
        <translation>解析公式（安全解析：不执行任何代码）并画出它的计算图</translation>
    </message>
    <message>
        <source>e.g. 3*(a + b*c), a**2 / (1 + exp(b)), tanh(a*b - c)</source>
        <translation>例如 3*(a + b*c)、a**2 / (1 + exp(b))、tanh(a*b - c)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>α in w := w − α dw (the update stages)</source>
        <translation>w := w − α dw 中的 α（更新阶段）</translation>
    </message>
    <message>
        <source>Type a value and press Enter: the walk keeps its stage, every number follows.</source>
        <translation>输入数值后按回车：演示停留在当前阶段，所有数字随之改变。</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Data: no derivative is taken with respect to it</source>
        <translation>数据：不对它求导</translation>
    </message>
    <message>
        <source>An input: backward computes its derivative</source>
        <translation>输入变量：反向传播会计算它的导数</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>forward: values</source>
        <translation>前向：数值</translation>
    </message>
    <message>
        <source>backward: derivatives</source>
        <translation>反向：导数</translation>
    </message>
</context>
<context>
    <name>HiddenSizesLesson</name>
    <message>
        <source>Same data, same α, only n_h differs. With 1-2 hidden units the boundary is nearly a straight line and the model underfits; around n_h = 4-5 it captures the flower&apos;s petals; 20 and 50 units fit the training set ever more closely while test accuracy stops improving (overfitting). Course: 003 part 2 (choosing the number of hidden units), 004 §3.9.</source>
        <translation>数据相同、α 相同，只有 n_h 不同。1-2 个隐藏单元时决策边界几乎是直线，模型欠拟合；n_h = 4-5 左右能抓住花瓣的形状；20 和 50 个单元对训练集拟合得越来越紧，而测试准确率不再提高（过拟合）。课程：003 第二部分“隐藏层节点数的选择”，004 §3.9。</translation>
    </message>
    <message>
        <source>Each plot&apos;s title gives its training accuracy; the table adds the test accuracy (with the course setup: the course&apos;s published training accuracy) and the cost J</source>
        <translation>每幅图的标题给出它的训练集准确率；表格补充测试集准确率（课程设置下：课程公布的训练集准确率）和成本 J</translation>
    </message>
    <message>
        <source>The 2-D data set all seven networks learn; flower is the course&apos;s</source>
        <translation>七个网络共同学习的二维数据集；“花”是课程中的数据</translation>
    </message>
    <message>
        <source>Hidden activation g of every network: A1 = g(Z1), Z1 = W1 X + b1 (course: tanh)</source>
        <translation>每个网络的隐藏层激活函数 g：A1 = g(Z1)，Z1 = W1 X + b1（课程用 tanh）</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>The step of gradient descent, the same for all: W := W − α dW, b := b − α db</source>
        <translation>梯度下降的步长，所有网络相同：W := W − α dW，b := b − α db</translation>
    </message>
    <message>
        <source>Course setup</source>
        <translation>课程设置</translation>
    </message>
    <message>
        <source>As the course&apos;s notebook: all 400 flower points for training (no test split), tanh, α = 1.2, W = randn · 0.01 from the course&apos;s seed, 5,000 iterations; the table puts the course&apos;s published training accuracies next to ours</source>
        <translation>与课程的编程作业相同：全部 400 个花朵样本用于训练（不划分测试集），tanh，α = 1.2，W = randn · 0.01（课程的随机种子），迭代 5,000 次；表格把课程公布的训练集准确率放在我们的结果旁边</translation>
    </message>
    <message>
        <source>All seven networks</source>
        <translation>全部七个网络</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <source>Each plot is a 2-n_h-1 network with its own random start (randn · 0.01), trained on the same training points. The title gives its training accuracy; the table adds test accuracy and the cost J.</source>
        <translation>每幅图是一个 2-n_h-1 网络，各自随机初始化（randn · 0.01），在相同的训练点上训练。标题给出它的训练准确率；表格另列出测试准确率和成本函数 J。</translation>
    </message>
    <message>
        <source>n_h = {0}: diverged</source>
        <translation>n_h = {0}：发散</translation>
    </message>
    <message>
        <source>n_h = {0}: {1}</source>
        <translation>n_h = {0}：{1}</translation>
    </message>
    <message>
        <source>After {0:,} iterations</source>
        <translation>迭代 {0:,} 次后</translation>
    </message>
    <message>
        <source>After {0:,} of the course&apos;s {1:,} iterations</source>
        <translation>课程 {1:,} 次迭代中的第 {0:,} 次后</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Iteration {0:,} · best training accuracy: n_h = {1} ({2})</source>
        <translation>迭代 {0:,} · 训练集准确率最高：n_h = {1}（{2}）</translation>
    </message>
    <message>
        <source>Iteration {0:,} · best test accuracy: n_h = {1} ({2})</source>
        <translation>迭代 {0:,} · 测试准确率最高：n_h = {1}（{2}）</translation>
    </message>
    <message>
        <source>All seven networks restarted from step 0: {0} changed</source>
        <translation>七个网络都从第 0 步重新开始：{0} 已改变</translation>
    </message>
    <message>
        <source>The course&apos;s setup: all seven networks restarted from its start</source>
        <translation>课程设置：七个网络都从课程的初始值重新开始</translation>
    </message>
</context>
<context>
    <name>LayerMaps</name>
    <message>
        <source>The layer before</source>
        <translation>上一层</translation>
    </message>
    <message>
        <source>The next layer</source>
        <translation>下一层</translation>
    </message>
    <message>
        <source>Each tile is one unit&apos;s activation over the input plane: green high, purple low, white 0</source>
        <translation>每个小图是一个单元在输入平面上的激活值：绿色高，紫色低，白色为 0</translation>
    </message>
    <message>
        <source>No hidden layer (logistic regression)</source>
        <translation>没有隐藏层（逻辑回归）</translation>
    </message>
    <message>
        <source>Layer {0} of {1}: {2} units a[{0}]</source>
        <translation>第 {0} 层（共 {1} 层）：{2} 个单元 a[{0}]</translation>
    </message>
</context>
<context>
    <name>LayersBox</name>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer (8 units) before the output</source>
        <translation>在输出层前添加一个隐藏层（8 个单元）</translation>
    </message>
    <message>
        <source>Units in hidden layer {0}: W[{0}] has n[{0}] rows</source>
        <translation>第 {0} 个隐藏层的单元数：W[{0}] 有 n[{0}] 行</translation>
    </message>
    <message>
        <source>Hidden layers: {0} (L = {1})</source>
        <translation>隐藏层：{0} 个（L = {1}）</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>未应用：{0}</translation>
    </message>
    <message>
        <source>Started over from step 0: {0} changed</source>
        <translation>已从第 0 步重新开始：{0} 已更改</translation>
    </message>
    <message>
        <source>Iteration {0}</source>
        <translation>迭代 {0}</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Shallow network</source>
        <translation>浅层神经网络</translation>
    </message>
    <message>
        <source>Zero initialization</source>
        <translation>零初始化</translation>
    </message>
    <message>
        <source>Backprop step-through</source>
        <translation>反向传播逐步演示</translation>
    </message>
    <message>
        <source>Hidden-layer size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Deep network</source>
        <translation>深层神经网络</translation>
    </message>
</context>
<context>
    <name>LookPanel</name>
    <message>
        <source>What to look at</source>
        <translation>看点</translation>
    </message>
    <message>
        <source>Show or fold the lesson&apos;s hint: what to watch and which course section</source>
        <translation>显示或收起本课提示：看什么、对应课程哪一节</translation>
    </message>
</context>
<context>
    <name>LowerPanes</name>
    <message>
        <source>Building blocks</source>
        <translation>构建模块</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MatrixBlock</name>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新）</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>nn-visualizer</source>
        <translation>nn-visualizer</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>flower</source>
        <translation>花朵</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>两团点</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>circles (course)</source>
        <translation>同心圆（课程）</translation>
    </message>
    <message>
        <source>moons (course)</source>
        <translation>双月（课程）</translation>
    </message>
    <message>
        <source>random (randn·0.01)</source>
        <translation>随机 (randn·0.01)</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>large (randn·10)</source>
        <translation>过大 (randn·10)</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>next: {0}</source>
        <translation>下次：{0}</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>width = |value|, b = bias</source>
        <translation>线宽 = |值|，b = 偏置</translation>
    </message>
    <message>
        <source>numbers on the lit edges: {0}</source>
        <translation>高亮边上的数字：{0}</translation>
    </message>
    <message>
        <source>Click to type a new value</source>
        <translation>点击输入新值</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>ex {0}</source>
        <translation>样本 {0}</translation>
    </message>
</context>
<context>
    <name>NudgePanel</name>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>one-sided error</source>
        <translation>单边误差</translation>
    </message>
    <message>
        <source>two-sided error</source>
        <translation>双边误差</translation>
    </message>
    <message>
        <source>&lt;b&gt;The nudge&lt;/b&gt;: x := x + ε, and watch J</source>
        <translation>&lt;b&gt;微小改变&lt;/b&gt;：x := x + ε，看 J 如何变化</translation>
    </message>
    <message>
        <source>The variable to nudge: an input, or a node in the middle</source>
        <translation>要改变的变量：输入，或中间的节点</translation>
    </message>
    <message>
        <source>How far to nudge (1e-12 to 1)</source>
        <translation>改变量的大小（1e-12 到 1）</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Error = |estimate − backward&apos;s value|: one-sided shrinks like ε, two-sided like ε², until round-off grows back (the gradient check&apos;s idea). Where J is linear in x, as in 3(a + bc), only round-off is left.</source>
        <translation>误差 = |估计值 − 反向传播的值|：单边差分的误差与 ε 成正比，双边差分的误差与 ε² 成正比，直到舍入误差重新变大（梯度检验的思想）。若 J 对 x 是线性的，如 3(a + bc)，只剩下舍入误差。</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>误差图</translation>
    </message>
    <message>
        <source>Error table</source>
        <translation>误差表</translation>
    </message>
    <message>
        <source>measured ({0}′ − {0})/ε</source>
        <translation>测得 ({0}′ − {0})/ε</translation>
    </message>
    <message>
        <source>backward d{0}/d{1}</source>
        <translation>反向传播 d{0}/d{1}</translation>
    </message>
    <message>
        <source>two-sided ({0}(x+ε) − {0}(x−ε))/2ε</source>
        <translation>双边 ({0}(x+ε) − {0}(x−ε))/2ε</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>单边</translation>
    </message>
    <message>
        <source>two-sided</source>
        <translation>双边</translation>
    </message>
</context>
<context>
    <name>PlotMenus</name>
    <message>
        <source>Copy plot to clipboard</source>
        <translation>复制图到剪贴板</translation>
    </message>
    <message>
        <source>Save plot as PNG…</source>
        <translation>将图另存为 PNG…</translation>
    </message>
    <message>
        <source>Save plot as SVG…</source>
        <translation>将图另存为 SVG…</translation>
    </message>
    <message>
        <source>Show everything (auto range)</source>
        <translation>显示全部（自动范围）</translation>
    </message>
</context>
<context>
    <name>ProbeTable</name>
    <message>
        <source>Show or hide this function in both plots</source>
        <translation>在两幅图中显示或隐藏这个函数</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>Iteration &lt;b&gt;{0}&lt;/b&gt; · stage {1} of {2}</source>
        <translation>迭代 &lt;b&gt;{0}&lt;/b&gt; · 第 {1} / {2} 阶段</translation>
    </message>
    <message>
        <source>The end of the walk: Back or Reset to go through it again.</source>
        <translation>演示结束：按后退或重置可以再走一遍。</translation>
    </message>
    <message>
        <source>Stopped: the next iteration&apos;s numbers are not finite.</source>
        <translation>已停止：下一次迭代的数值不是有限数。</translation>
    </message>
</context>
<context>
    <name>ShallowNetworkLesson</name>
    <message>
        <source>Watch the decision boundary (black, A2 = 0.5) bend around the flower&apos;s petals as J falls, and compare training with test accuracy. Each hidden unit draws one soft line (the maps below); the output combines them. The logistic-regression baseline can only draw a straight line. Course: 004 §3.9, 003 part 2 (shallow neural networks).</source>
        <translation>观察随着 J 下降，决策边界（黑线，A2 = 0.5）如何绕着花瓣弯曲，并比较训练准确率和测试准确率。每个隐藏单元画出一条柔和的分界线（下方的图），输出层把它们组合起来。逻辑回归基线只能画出一条直线。课程：004 §3.9，003 第二部分（浅层神经网络）。</translation>
    </message>
    <message>
        <source>Logistic regression has no hidden units: its boundary w·x + b = 0 is a straight line.</source>
        <translation>逻辑回归没有隐藏单元：它的决策边界 w·x + b = 0 是一条直线。</translation>
    </message>
    <message>
        <source>Hidden units: each map is one unit&apos;s activation a = g(w·x + b) over the plane (green high, purple low). The output combines them.</source>
        <translation>隐藏单元：每幅小图是一个单元在平面上的激活值 a = g(w·x + b)（绿色高，紫色低）。输出层把它们组合起来。</translation>
    </message>
    <message>
        <source>Training accuracy: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>训练集准确率：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test accuracy: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>测试集准确率：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost J = &lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; iteration&amp;nbsp;{1:,}</source>
        <translation>成本 J = &lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; 迭代&amp;nbsp;{1:,}</translation>
    </message>
    <message>
        <source>Diverged at step {0}</source>
        <translation>在第 {0} 步发散</translation>
    </message>
    <message>
        <source>the cost is no longer finite. Lower the learning rate and press Reset.</source>
        <translation>成本不再是有限值。请调低学习率，然后按“重置”。</translation>
    </message>
    <message>
        <source>Iteration {0:,} · cost {1} · train {2} · test {3}</source>
        <translation>迭代 {0:,} · 成本 {1} · 训练集 {2} · 测试集 {3}</translation>
    </message>
    <message>
        <source>Training from step 0 on {0} imported points</source>
        <translation>在导入的 {0} 个点上从第 0 步开始训练</translation>
    </message>
    <message>
        <source>the session holds no shallow-network run</source>
        <translation>会话中没有浅层神经网络的训练</translation>
    </message>
    <message>
        <source>To draw points, choose a class under “Click adds”.</source>
        <translation>要画点，请先在“点击添加”中选择一个类别。</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>未更改：{0}</translation>
    </message>
</context>
<context>
    <name>ShallowSidebar</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The 2-D data set; flower is the course&apos;s planar data</source>
        <translation>二维数据集；“花朵”就是课程中的平面数据集</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Number of points m</source>
        <translation>样本数 m</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>How far the points scatter around the data set&apos;s shape (0: exact)</source>
        <translation>数据点偏离数据集形状的程度（0：完全精确）</translation>
    </message>
    <message>
        <source>Number of examples m: X has shape (2, m), Y (1, m), before the split</source>
        <translation>样本数 m：划分前 X 的形状为 (2, m)，Y 为 (1, m)</translation>
    </message>
    <message>
        <source>Fraction of the m points held out as the test set (never trained on)</source>
        <translation>m 个点中留作测试集的比例（从不用于训练）</translation>
    </message>
    <message>
        <source>Regenerate (new seed)</source>
        <translation>重新生成（新的随机种子）</translation>
    </message>
    <message>
        <source>Draw a new data set of the same kind (data seed + 1); training restarts</source>
        <translation>生成一个同类的新数据集（数据种子 + 1）；训练重新开始</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>显示测试集样本</translation>
    </message>
    <message>
        <source>Show the held-out test points (open triangles) on the boundary plot</source>
        <translation>在决策边界图上显示留出的测试点（空心三角）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Logistic regression baseline (no hidden layer)</source>
        <translation>逻辑回归基线（没有隐藏层）</translation>
    </message>
    <message>
        <source>Train logistic regression instead: a = σ(wᵀx + b), whose boundary is a straight line</source>
        <translation>改为训练逻辑回归：a = σ(wᵀx + b)，它的决策边界是一条直线</translation>
    </message>
    <message>
        <source>Hidden units n_h</source>
        <translation>隐藏单元数 n_h</translation>
    </message>
    <message>
        <source>Hidden units n_h: W1 is (n_h, 2), b1 (n_h, 1), W2 (1, n_h)</source>
        <translation>隐藏单元数 n_h：W1 为 (n_h, 2)，b1 为 (n_h, 1)，W2 为 (1, n_h)</translation>
    </message>
    <message>
        <source>Hidden activation g: A1 = g(Z1) with Z1 = W1 X + b1; the output is A2 = σ(Z2)</source>
        <translation>隐藏层激活函数 g：A1 = g(Z1)，Z1 = W1 X + b1；输出为 A2 = σ(Z2)</translation>
    </message>
    <message>
        <source>How W1 and W2 start (b = 0): random W = randn · 0.01 breaks the symmetry; zeros or a constant keep every hidden unit identical; Xavier/He scale by 1/√n</source>
        <translation>W1 和 W2 的初值（b = 0）：随机初始化 W = randn · 0.01 打破对称；全零或常数会让所有隐藏单元保持相同；Xavier/He 按 1/√n 缩放</translation>
    </message>
    <message>
        <source>Hidden activation g</source>
        <translation>隐藏层激活函数 g</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>W := W − α dW</source>
        <translation>W := W − α dW</translation>
    </message>
    <message>
        <source>L2 regularization λ</source>
        <translation>L2 正则化 λ</translation>
    </message>
    <message>
        <source>J + λ/(2m) Σ‖W‖²</source>
        <translation>J + λ/(2m) Σ‖W‖²</translation>
    </message>
    <message>
        <source>Dropout keep_prob</source>
        <translation>Dropout 保留概率 keep_prob</translation>
    </message>
    <message>
        <source>Inverted dropout on A1: A1 · D1 / keep_prob</source>
        <translation>对 A1 做反向随机失活（dropout）：A1 · D1 / keep_prob</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Examples per gradient step: the full batch (all m, the course&apos;s default) or mini-batches of a reshuffled epoch</source>
        <translation>每个梯度步使用的样本数：全批量（全部 m 个，课程的默认）或每轮重新打乱后的小批量</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Data seed: {0}</source>
        <translation>数据随机种子：{0}</translation>
    </message>
    <message>
        <source>Your data: {0} points. Pick a data set to go back.</source>
        <translation>你的数据：{0} 个点。选择一个数据集即可返回。</translation>
    </message>
</context>
<context>
    <name>SinglePage</name>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Cost J</source>
        <translation>成本函数 J</translation>
    </message>
    <message>
        <source>‖dW[l]‖ per layer</source>
        <translation>每一层的 ‖dW[l]‖</translation>
    </message>
    <message>
        <source>Train error &lt;b&gt;{0}&lt;/b&gt; · dev error &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>训练集误差 &lt;b&gt;{0}&lt;/b&gt; · 验证集误差 &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diverged at step {0}</source>
        <translation>在第 {0} 步发散</translation>
    </message>
    <message>
        <source>the cost is no longer finite. Lower α and press Reset.</source>
        <translation>成本已不再是有限值。请降低 α 并按“重置”。</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>The batch, one column per example, with its labels Y; and the parameters this forward pass will use.</source>
        <translation>这批数据，每列一个样本，以及它们的标签 Y；还有这次前向传播要用的参数。</translation>
    </message>
    <message>
        <source>Every hidden unit takes a weighted sum of the inputs plus its bias, for all m examples at once.</source>
        <translation>每个隐藏单元对输入加权求和再加上偏置，m 个样本同时计算。</translation>
    </message>
    <message>
        <source>The hidden activation g is applied to every entry of Z1.</source>
        <translation>对 Z1 的每个元素应用隐藏层激活函数 g。</translation>
    </message>
    <message>
        <source>The output unit takes a weighted sum of the hidden activations plus its bias.</source>
        <translation>输出单元对隐藏层的激活值加权求和再加上偏置。</translation>
    </message>
    <message>
        <source>The sigmoid turns Z2 into ŷ, the predicted probability that y = 1.</source>
        <translation>sigmoid 把 Z2 变成 ŷ，即预测 y = 1 的概率。</translation>
    </message>
    <message>
        <source>The cost: the cross-entropy loss averaged over the m examples.</source>
        <translation>成本函数：交叉熵损失函数在 m 个样本上的平均值。</translation>
    </message>
    <message>
        <source>Backward starts at the output: with sigmoid and cross-entropy, dJ/dZ2 is A2 − Y (per example, before the 1/m).</source>
        <translation>反向传播从输出层开始：sigmoid 配合交叉熵时，dJ/dZ2 就是 A2 − Y（每个样本，尚未乘 1/m）。</translation>
    </message>
    <message>
        <source>Each output weight&apos;s gradient: output error times hidden activation, averaged over the examples.</source>
        <translation>每个输出层权重的梯度：输出误差乘以隐藏层激活值，在样本上取平均。</translation>
    </message>
    <message>
        <source>The output bias&apos;s gradient: the output error averaged over the examples.</source>
        <translation>输出层偏置的梯度：输出误差在样本上的平均值。</translation>
    </message>
    <message>
        <source>The error reaches each hidden unit through its weight W2, scaled by the slope g′ of its activation.</source>
        <translation>误差经由权重 W2 传到每个隐藏单元，再乘以其激活函数的斜率 g′。</translation>
    </message>
    <message>
        <source>Each first-layer weight&apos;s gradient: hidden error times input, averaged over the examples.</source>
        <translation>每个第一层权重的梯度：隐藏层误差乘以输入，在样本上取平均。</translation>
    </message>
    <message>
        <source>Each hidden bias&apos;s gradient: the hidden error averaged over the examples.</source>
        <translation>每个隐藏层偏置的梯度：隐藏层误差在样本上的平均值。</translation>
    </message>
    <message>
        <source>Gradient descent: one step against the gradient, scaled by the learning rate α.</source>
        <translation>梯度下降：沿梯度的反方向走一步，步长由学习率 α 决定。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>elementwise</source>
        <translation>逐元素</translation>
    </message>
    <message>
        <source>sum over axis 1 of</source>
        <translation>沿 axis 1 求和</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>Iteration &lt;b&gt;{0}&lt;/b&gt; · stage {1} of {2}</source>
        <translation>迭代 &lt;b&gt;{0}&lt;/b&gt; · 第 {1} / {2} 阶段</translation>
    </message>
    <message>
        <source>shapes: {0}</source>
        <translation>维度：{0}</translation>
    </message>
</context>
<context>
    <name>StageStrip</name>
    <message>
        <source>Go to stage {0} ({1}) of this iteration</source>
        <translation>转到本次迭代的 {0} 阶段（{1}）</translation>
    </message>
</context>
<context>
    <name>SymmetryPlots</name>
    <message>
        <source>Largest difference between two hidden units (W1, b1, W2); 0 is drawn at 1e-18</source>
        <translation>两个隐藏单元之间的最大差异（W1, b1, W2）；0 画在 1e-18 处</translation>
    </message>
    <message>
        <source>Largest unit difference</source>
        <translation>隐藏单元间的最大差异</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>symmetric copy</source>
        <translation>对称副本</translation>
    </message>
    <message>
        <source>random twin</source>
        <translation>随机初始化的孪生网络</translation>
    </message>
    <message>
        <source>Cost J</source>
        <translation>成本函数 J</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Transport</source>
        <translation>训练控制</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One training step (Right or N)</source>
        <translation>训练一步（右方向键或 N）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run or pause training (Space)</source>
        <translation>运行或暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to step 0, same seed (R)</source>
        <translation>回到第 0 步，随机种子不变（R）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Training speed: 0.01x to 10x the normal pace</source>
        <translation>训练速度：正常速度的 0.01 倍到 10 倍</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Iteration {0:,}</source>
        <translation>迭代 {0:,}</translation>
    </message>
</context>
<context>
    <name>TwinControls</name>
    <message>
        <source>Both copies</source>
        <translation>两个副本共用</translation>
    </message>
    <message>
        <source>Hidden units n_h</source>
        <translation>隐藏单元数 n_h</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <source>Hidden units n_h of both copies: W1 is (n_h, 2), W2 (1, n_h)</source>
        <translation>两个副本的隐藏单元数 n_h：W1 为 (n_h, 2)，W2 为 (1, n_h)</translation>
    </message>
    <message>
        <source>Hidden activation g of both copies: A1 = g(W1 X + b1)</source>
        <translation>两个副本的隐藏层激活函数 g：A1 = g(W1 X + b1)</translation>
    </message>
    <message>
        <source>The same α for both copies: W := W − α dW</source>
        <translation>两个副本使用相同的学习率 α：W := W − α dW</translation>
    </message>
    <message>
        <source>The 2-D data both copies learn (all points, no test split)</source>
        <translation>两个副本学习的二维数据（全部点，不划分测试集）</translation>
    </message>
    <message>
        <source>balanced 200 : 200</source>
        <translation>平衡 200 : 200</translation>
    </message>
    <message>
        <source>Keep only part of class 1, so db2 = mean(A2 − Y) ≠ 0</source>
        <translation>只保留类别 1 的一部分，使 db2 = mean(A2 − Y) ≠ 0</translation>
    </message>
    <message>
        <source>Activation g</source>
        <translation>激活函数 g</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classes 0 : 1</source>
        <translation>类别 0 : 1</translation>
    </message>
    <message>
        <source>Symmetric copy starts at</source>
        <translation>对称副本的初始值</translation>
    </message>
    <message>
        <source>W = 0 (zeros)</source>
        <translation>W = 0（全零）</translation>
    </message>
    <message>
        <source>every weight = c</source>
        <translation>每个权重都 = c</translation>
    </message>
    <message>
        <source>The symmetric copy&apos;s start: W1 = 0, W2 = 0, or every weight equal to c (b = 0)</source>
        <translation>对称副本的初值：W1 = 0、W2 = 0，或每个权重都等于 c（b = 0）</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>The value c that every weight of the symmetric copy starts at</source>
        <translation>对称副本每个权重的初始值 c</translation>
    </message>
    <message>
        <source>Perturb one unit</source>
        <translation>扰动一个单元</translation>
    </message>
    <message>
        <source>Add 0.01 · randn to the next unit&apos;s row of W1 in the symmetric copy</source>
        <translation>给对称副本中下一个单元在 W1 中的那一行加上 0.01 · randn</translation>
    </message>
</context>
<context>
    <name>UnitMaps</name>
    <message>
        <source>unit {0}</source>
        <translation>单元 {0}</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text and thick lines, no menu or sidebars, for a projector (F5 again or Esc to leave)</source>
        <translation>全屏、大字体、粗线条，隐藏菜单和侧边栏，适合投影（再按 F5 或 Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;What to look at</source>
        <translation>看点(&amp;W)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious lesson</source>
        <translation>上一课(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ZeroInitLesson</name>
    <message>
        <source>Left, every weight starts equal: all hidden units compute the same function and get the same gradient, so their maps stay identical however long it trains (the difference stays 0). Right, W = randn · 0.01 breaks the symmetry and the units learn different features. Course: 004 §3.11 (random initialization).</source>
        <translation>左边所有权重初值相等：每个隐藏单元计算同一个函数、得到同样的梯度，所以无论训练多久它们的图都保持一样（差异始终为 0）。右边 W = randn · 0.01 打破了对称，各单元学到不同的特征。课程：004 §3.11（随机初始化）。</translation>
    </message>
    <message>
        <source>Symmetric copy</source>
        <translation>对称副本</translation>
    </message>
    <message>
        <source>Random twin: W = randn · 0.01</source>
        <translation>随机初始化的孪生网络：W = randn · 0.01</translation>
    </message>
    <message>
        <source>W = 0</source>
        <translation>W = 0</translation>
    </message>
    <message>
        <source>every weight = %1</source>
        <translation>每个权重都 = %1</translation>
    </message>
    <message>
        <source>Symmetric copy: {0}</source>
        <translation>对称副本：{0}</translation>
    </message>
    <message>
        <source> · stopped: a copy diverged (lower α, Reset)</source>
        <translation> · 已停止：有一个副本发散了（调低 α，再重置）</translation>
    </message>
    <message>
        <source>Iteration {0} · J symmetric {1}, random {2} · unit difference {3} vs {4}</source>
        <translation>迭代 {0} · J：对称 {1}，随机 {2} · 单元差异 {3} 对 {4}</translation>
    </message>
    <message>
        <source>Both copies start over on %1 imported points; pick a data set to go back.</source>
        <translation>两个副本都在导入的 %1 个点上重新开始；选择一个数据集即可返回。</translation>
    </message>
    <message>
        <source>Started over with the new settings (both copies).</source>
        <translation>已用新设置重新开始（两个副本）。</translation>
    </message>
    <message>
        <source>Unit %1 of the symmetric copy nudged by 0.01 · randn.</source>
        <translation>对称副本的单元 %1 被扰动了 0.01 · randn。</translation>
    </message>
</context>
<context>
    <name>ZeroInitTexts</name>
    <message>
        <source>&lt;b&gt;Why not start at zero?&lt;/b&gt; (course 3.11) With W1 = 0 every hidden unit computes the same function. In backprop each gets the same dZ1, so every row of dW1 is the same, and after W1 := W1 − α dW1 the rows are still equal. After two, three, any number of steps the units still compute the same thing: n_h units are worth one.&lt;br&gt;&lt;br&gt;&lt;b&gt;The fix: random initialization&lt;/b&gt;, W1 = np.random.randn(n_h, n_x) · 0.01 (small, so tanh and sigmoid are not saturated). Random W breaks the symmetry; b has no symmetry problem, so b1 = 0 and b2 = 0 are fine.&lt;br&gt;&lt;br&gt;Both copies train on all points (no test split), so the flower&apos;s classes are exactly 200 : 200 unless &lt;i&gt;Classes&lt;/i&gt; thins class 1.</source>
        <translation>&lt;b&gt;为什么不能从零开始？&lt;/b&gt;（课程 3.11）W1 = 0 时，每个隐藏单元计算的是同一个函数。反向传播时每个单元得到相同的 dZ1，所以 dW1 的每一行都相同，执行 W1 := W1 − α dW1 之后各行仍然相等。无论迭代两次、三次还是多少次，这些单元仍在计算同样的东西：n_h 个单元只抵得上一个。&lt;br&gt;&lt;br&gt;&lt;b&gt;解决办法：随机初始化&lt;/b&gt;，W1 = np.random.randn(n_h, n_x) · 0.01（取较小的值，tanh 和 sigmoid 才不会饱和）。随机的 W 打破了对称性；b 没有对称性问题，所以 b1 = 0、b2 = 0 都可以。&lt;br&gt;&lt;br&gt;两个副本都在全部样本上训练（不划分测试集），所以除非用&lt;i&gt;类别&lt;/i&gt;减少类别 1 的样本，花朵数据集的两类正好是 200 : 200。</translation>
    </message>
    <message>
        <source>the units still at zero stay there (W2 = 0 gives them no gradient)</source>
        <translation>仍为零的单元停在零处（W2 = 0，它们得不到梯度）</translation>
    </message>
    <message>
        <source>the units not nudged stay identical to one another</source>
        <translation>未被扰动的单元彼此仍然完全相同</translation>
    </message>
    <message>
        <source>One unit was nudged by 0.01 · randn: it gets its own gradient and parts from the rest; {0}.</source>
        <translation>有一个单元被扰动了 0.01 · randn：它得到自己的梯度，与其他单元分开；{0}。</translation>
    </message>
    <message>
        <source>{g}, every weight = {c:g}: all units compute {g}({c:g} x1 + {c:g} x2), get the same gradient and move together: different from the start, identical forever.</source>
        <translation>{g}，每个权重都 = {c:g}：所有单元都计算 {g}({c:g} x1 + {c:g} x2)，得到相同的梯度，一起移动：虽然离开了起点，却永远彼此相同。</translation>
    </message>
    <message>
        <source>{g}, W = 0: A1 = {g}(0) = 0, so no weight gets a gradient; only b2 can move, and on balanced classes db2 = mean(A2 − Y) = 0.5 − 0.5 = 0: nothing moves, J stays ln 2 = 0.693147.</source>
        <translation>{g}，W = 0：A1 = {g}(0) = 0，所以没有任何权重得到梯度；只有 b2 能动，而两类平衡时 db2 = mean(A2 − Y) = 0.5 − 0.5 = 0：什么都不动，J 停在 ln 2 = 0.693147。</translation>
    </message>
    <message>
        <source>{g}, W = 0: A1 = 0 and W2 = 0, so dW1 = dW2 = 0; only b2 moves (db2 = 0.5 − share of class 1 ≠ 0), the units stay at zero.</source>
        <translation>{g}，W = 0：A1 = 0 且 W2 = 0，所以 dW1 = dW2 = 0；只有 b2 会动（db2 = 0.5 − 类别 1 所占比例 ≠ 0），隐藏单元停在零处。</translation>
    </message>
    <message>
        <source>sigmoid, W = 0: A1 = sigmoid(0) = 0.5 for every unit; on balanced classes mean(A2 − Y) = 0, so dW2 = db2 = 0: nothing moves, J stays ln 2.</source>
        <translation>sigmoid，W = 0：每个单元的 A1 = sigmoid(0) = 0.5；两类平衡时 mean(A2 − Y) = 0，所以 dW2 = db2 = 0：什么都不动，J 停在 ln 2。</translation>
    </message>
    <message>
        <source>sigmoid, W = 0: A1 = 0.5; on unbalanced classes mean(A2 − Y) ≠ 0, so W2 moves at step 1 and W1 from step 2, every unit by exactly the same amount.</source>
        <translation>sigmoid，W = 0：A1 = 0.5；两类不平衡时 mean(A2 − Y) ≠ 0，所以 W2 在第 1 步开始移动，W1 从第 2 步开始，每个单元移动的量完全相同。</translation>
    </message>
</context>
</TS>
