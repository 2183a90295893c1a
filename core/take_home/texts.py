"""The exported notebook's words in the interface's two languages (core has no Qt: they are data).

Code templates mark a comment with `#@key` (core.take_home.layout fills them in); markdown
cells use `text(key, lang)`. Formulas stay in the course's LaTeX in both languages.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh_CN")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        # comments inside the code
        "seed_course": "the course's own random sequence: np.random.seed(seed), then np.random.randn",
        "class0_first": "the first half of the points are class 0 (red), the rest class 1 (blue)",
        "ray": "maximum ray of the flower",
        "per_class": "number of points per class",
        "dropout_mask_l": "D: keep each unit of this hidden layer with probability keep_prob",
        "dimensionality": "dimensionality",
        "data_matrix": "data matrix where each row is a single example",
        "labels_vector": "labels vector (0 for red, 1 for blue)",
        "layers_with_input": "number of layers in the network, the input layer included",
        "layers_with_parameters": "number of layers with parameters, L",
        "l2_cost_deep": "L2 regularization: + lambd / (2m) sum_l ||W^[l]||^2",
        "dzL": "dJ/dZ^[L] for sigmoid + cross-entropy   (1, m)",
        "predict_L": "1 where AL > 0.5",
        "rng_dropout": "the dropout masks, drawn layer by layer in the program's order",
        "rng_batches": "the mini-batch order, epoch by epoch, in the program's order",
        "theta": "theta",
        "radius": "radius",
        "gen_rng": "every random number comes from default_rng(seed): the same seed gives the same points",
        "split": "shuffle the columns with the data seed, hold out round(test_ratio * m) for testing",
        "embedded": "the program's exact numbers (imported or drawn data), one column per example",
        "thin": "keep only part of class 1 (seeded), as the program does",
        "shapes": "shapes: X (n_x, m), Y (1, m)",
        "init_random": "small random weights break the symmetry between hidden units",
        "init_large": "large random weights: the course's deliberately bad start",
        "embedded_generated": "the points the program generated (name, m, noise, seed as in the settings)",
        "init_zeros": "every weight 0: all hidden units start (and stay) identical",
        "init_constant": "every weight equal: all hidden units start (and stay) identical",
        "init_scaled": "randn scaled by the layer's fan-in",
        "b_zero": "b can start at 0: the random W already breaks the symmetry",
        "z1": "(n_h, n_x) x (n_x, m) + (n_h, 1) -> (n_h, m)",
        "a1": "hidden activation g(Z1)",
        "dropout_mask": "D1: keep each hidden unit with probability keep_prob",
        "dropout_scale": "inverted dropout: shut units down, then divide by keep_prob",
        "z2": "(1, n_h) x (n_h, m) + (1, 1) -> (1, m)",
        "a2": "the output: probability that y = 1",
        "cost_logits": (
            "the same sum written with Z2 (A2 = sigmoid(Z2)): log(1 + e^Z2) - Y Z2 never takes log(0)"
        ),
        "l2_cost": "L2 regularization: + lambd / (2m) (||W1||^2 + ||W2||^2)",
        "dz2": "dJ/dZ2 for sigmoid + cross-entropy   (1, m)",
        "dw2": "(1, m) x (m, n_h) -> (1, n_h)",
        "da1": "W2^T dZ2   (n_h, m)",
        "dropout_back": "the units shut down in the forward pass get no gradient",
        "dz1": "dZ1 = W2^T dZ2 * g'(Z1)   (n_h, m)",
        "dw1": "(n_h, m) x (m, n_x) -> (n_h, n_x)",
        "l2_grad": "the derivative of the L2 term: lambd / m * W",
        "update": "gradient descent: W := W - alpha dW, b := b - alpha db",
        "shuffle": "one random order of the m examples per epoch",
        "complete_batches": (
            "only complete mini-batches, as in the program: the m % size examples left over "
            "wait for the next epoch's shuffle"
        ),
        "rng_shared": "one generator for the mini-batch order and the dropout masks, in the program's order",
        "new_epoch": "a new epoch: reshuffle",
        "diverged": "the cost is no longer finite: the learning rate is too large",
        "print_cost": "like the course: the cost every print_every iterations",
        "predict": "1 where A2 > 0.5",
        "settings": "the run's settings, as in the program",
        "iterations_done": "iterations the program had run",
        "boundary_grid": "predict on a grid and colour the two regions",
        "no_matplotlib": "matplotlib is not installed: no plot (pip install matplotlib)",
        "perturb": '"Perturb one unit" in the program: (iteration, unit); the k-th uses default_rng(k)',
        "lr_w": "w := w - alpha dw, b := b - alpha db",
        "theta_of": "the two numbers the contour map shows, as one vector",
        "beta1": "momentum's beta, Adam's beta1",
        "beta2": "Adam's beta2",
        "beta_rmsprop": "RMSprop's beta2 (it has no bias correction)",
        "stack": "class-0 points (n0, 2) and class-1 points (n1, 2) -> X (2, m), Y (1, m)",
        "stable_sigmoid": "sigma(z) = 1 / (1 + e^-z), computed so that e^-z never overflows",
        "x_ones": "[X ; 1]: b is the weight of an input that is always 1",
        "cost_logits_z": "the same sum written with Z: log(1 + e^Z) - Y Z never takes log(0)",
        "velocity": "v = beta v + (1 - beta) dW",
        "rms": "s = beta2 s + (1 - beta2) dW^2",
        "bias_correction": "bias correction: v and s start at 0",
        "start_point": "where every optimizer starts (the point clicked on the contour map)",
        "converged": "converged: the gradient and the last step are both tiny",
        "far": "flew far outside the plotted square: the program counts it as diverged",
        "normalize": "normalizing inputs: X := (X - mu) / sigma per feature",
        "b_fixed": "b is held at 0: the plot shows J over (w1, w2)",
        "squared_error": "squared error: L = (a - y)^2 / 2, dL/dz = (a - y) a (1 - a)",
        "cross_entropy": "cross-entropy from the logits: L = log(1 + e^z) - y z, dL/dz = a - y",
        # markdown
        "exported": (
            "Exported from nn-visualizer after {iterations} iterations. Run every cell: the costs "
            "printed below are the program's own, to 1e-9, and the final accuracy is the same, as "
            "long as training is stable (where J climbs back up, the learning rate is at the edge: "
            "the last bit of rounding grows there, and the two runs part)."
        ),
        "not_replayed": (
            "Settings changed in the middle of a run are not replayed: this notebook trains from "
            "iteration 0 with the settings the program had at export."
        ),
        "h_setup": "Packages",
        "deep_title": "Deep neural network: L layers",
        "deep_note": (
            "layer_dims = {dims}: [LINEAR -> {activation}] x (L - 1) -> LINEAR -> SIGMOID, trained "
            "with full-batch gradient descent (the course's `L_layer_model`)."
        ),
        "h_data": "The data",
        "h_model": "The model",
        "h_init": "Initializing the parameters",
        "h_forward": "Forward propagation",
        "h_cost": "The cost",
        "h_backward": "Backward propagation",
        "h_update": "Updating the parameters",
        "h_batches": "Mini-batches",
        "h_train": "Training",
        "h_look": "What to look at",
        "h_plot": "The decision boundary",
        "h_optimizers": "The optimizers",
        "h_race": "The race",
        "data_flower": 'The course\'s planar "flower" data set (`load_planar_dataset`), {m} points.',
        "data_generated": "The {name} data set: {m} points, noise {noise}, seed {seed}.",
        "data_embedded": "The program's data (imported or drawn): the exact numbers are embedded below.",
        "data_descent": ("Logistic regression on {m} examples of {features}: two classes, seed {seed}."),
        "one_feature": "one feature x",
        "two_features": "two features x1, x2 on very different scales",
        "split_note": "The columns of `X_train` train the network; those of `X_test` are held out to test.",
        "model_shallow": "A network with one hidden layer of $n_h$ units ({activation}), one sigmoid output.",
        "model_logistic": "Logistic regression: the network with no hidden layer (the program's baseline).",
        "sizes_note": "The course's experiment: the same data and settings for every $n_h$ in {sizes}.",
        "twin_note": (
            "Two copies of the same network on the same data: one starts with every weight "
            "{start}, its twin with small random weights. Watch W1's rows."
        ),
        "optimizers_note": "Each optimizer starts at ({p1}, {p2}) with learning rate α = {lr}: {names}.",
        "plot_note": "The last cell needs matplotlib; without it the cell says so and does nothing.",
        "accuracy_train": "Train accuracy",
        "accuracy_test": "Test accuracy",
        "n_h_label": "hidden units",
        "zero_copy": "copy started symmetric",
        "random_copy": "random twin",
    },
    "zh_CN": {
        "seed_course": "课程自己的随机序列：先 np.random.seed(seed)，再用 np.random.randn",
        "class0_first": "前一半的点是类别 0（红），其余是类别 1（蓝）",
        "ray": "花瓣的最大半径",
        "per_class": "每个类别的点数",
        "dropout_mask_l": "D：这一隐藏层的每个单元以概率 keep_prob 保留",
        "dimensionality": "维数",
        "data_matrix": "数据矩阵，每一行是一个样本",
        "labels_vector": "标签向量（0 是红色，1 是蓝色）",
        "layers_with_input": "网络的层数，包括输入层",
        "layers_with_parameters": "有参数的层数 L",
        "l2_cost_deep": "L2 正则化：+ lambd / (2m) sum_l ||W^[l]||^2",
        "dzL": "sigmoid + 交叉熵的 dJ/dZ^[L]   (1, m)",
        "predict_L": "AL > 0.5 时预测为 1",
        "rng_dropout": "dropout 的掩码，按层抽取，顺序与程序相同",
        "rng_batches": "每一代 mini-batch 的顺序，与程序相同",
        "theta": "角度 theta",
        "radius": "半径",
        "gen_rng": "所有随机数都来自 default_rng(seed)：同一个种子给出同样的点",
        "split": "用数据种子打乱各列，留出 round(test_ratio * m) 个样本做测试",
        "embedded": "程序里的原始数字（导入或手绘的数据），每列一个样本",
        "thin": "只保留类别 1 的一部分点（带种子），与程序一致",
        "shapes": "维度：X (n_x, m)，Y (1, m)",
        "init_random": "较小的随机权重打破隐藏单元之间的对称",
        "init_large": "很大的随机权重：课程里故意给出的坏的初始化",
        "embedded_generated": "程序生成的点（数据集、m、噪声、种子与设置相同）",
        "init_zeros": "所有权重为 0：所有隐藏单元一开始（并且一直）相同",
        "init_constant": "所有权重相等：所有隐藏单元一开始（并且一直）相同",
        "init_scaled": "randn 按上一层的单元数缩放",
        "b_zero": "b 可以初始化为 0：随机的 W 已经打破了对称",
        "z1": "(n_h, n_x) x (n_x, m) + (n_h, 1) -> (n_h, m)",
        "a1": "隐藏层激活值 g(Z1)",
        "dropout_mask": "D1：每个隐藏单元以概率 keep_prob 保留",
        "dropout_scale": "反向随机失活（inverted dropout）：关掉一些单元，再除以 keep_prob",
        "z2": "(1, n_h) x (n_h, m) + (1, 1) -> (1, m)",
        "a2": "输出：y = 1 的概率",
        "cost_logits": "同一个和用 Z2 来写（A2 = sigmoid(Z2)）：log(1 + e^Z2) - Y Z2 永远不会取 log(0)",
        "l2_cost": "L2 正则化：+ lambd / (2m) (||W1||^2 + ||W2||^2)",
        "dz2": "sigmoid + 交叉熵的 dJ/dZ2   (1, m)",
        "dw2": "(1, m) x (m, n_h) -> (1, n_h)",
        "da1": "W2^T dZ2   (n_h, m)",
        "dropout_back": "前向传播中被关掉的单元没有梯度",
        "dz1": "dZ1 = W2^T dZ2 * g'(Z1)   (n_h, m)",
        "dw1": "(n_h, m) x (m, n_x) -> (n_h, n_x)",
        "l2_grad": "L2 项的导数：lambd / m * W",
        "update": "梯度下降：W := W - alpha dW，b := b - alpha db",
        "shuffle": "每一代（epoch）把 m 个样本随机排一次序",
        "complete_batches": "与程序一致，只用完整的 mini-batch：剩下的 m % size 个样本等下一代重新洗牌",
        "rng_shared": "同一个随机数生成器给出 mini-batch 的顺序和 dropout 的掩码，顺序与程序相同",
        "new_epoch": "新的一代：重新洗牌",
        "diverged": "成本不再是有限值：学习率太大了",
        "print_cost": "和课程一样：每 print_every 次迭代打印一次成本",
        "predict": "A2 > 0.5 时预测为 1",
        "settings": "这次运行的设置，与程序一致",
        "iterations_done": "程序已经运行的迭代次数",
        "boundary_grid": "在网格上预测，给两个区域上色",
        "no_matplotlib": "没有安装 matplotlib：不画图（pip install matplotlib）",
        "perturb": "程序里的“扰动一个单元”：(迭代, 单元)；第 k 次用 default_rng(k)",
        "lr_w": "w := w - alpha dw，b := b - alpha db",
        "theta_of": "等高线图上的两个数，合成一个向量",
        "beta1": "Momentum 的 beta，Adam 的 beta1",
        "beta2": "Adam 的 beta2",
        "beta_rmsprop": "RMSprop 的 beta2（它没有偏差修正）",
        "stack": "类别 0 的点 (n0, 2) 和类别 1 的点 (n1, 2) -> X (2, m)，Y (1, m)",
        "stable_sigmoid": "sigma(z) = 1 / (1 + e^-z)，这样计算 e^-z 不会溢出",
        "x_ones": "[X ; 1]：b 就是一个恒为 1 的输入的权重",
        "cost_logits_z": "同一个和用 Z 来写：log(1 + e^Z) - Y Z 永远不会取 log(0)",
        "velocity": "v = beta v + (1 - beta) dW",
        "rms": "s = beta2 s + (1 - beta2) dW^2",
        "bias_correction": "偏差修正：v 和 s 从 0 开始",
        "start_point": "所有优化器的起点（在等高线图上点选的点）",
        "converged": "已收敛：梯度和最后一步都非常小",
        "far": "飞到了图的范围之外很远：程序把它算作发散",
        "normalize": "归一化输入：每个特征 X := (X - mu) / sigma",
        "b_fixed": "b 固定为 0：图上画的是 J 关于 (w1, w2) 的曲面",
        "squared_error": "平方误差：L = (a - y)^2 / 2，dL/dz = (a - y) a (1 - a)",
        "cross_entropy": "由 logits 计算的交叉熵：L = log(1 + e^z) - y z，dL/dz = a - y",
        "exported": (
            "由 nn-visualizer 在第 {iterations} 次迭代后导出。依次运行每个单元：下面打印的成本"
            "与程序中的相同（误差在 1e-9 以内），最后的准确率也一样，只要训练是稳定的（J 又回升的地方，"
            "学习率处在稳定的边缘：舍入误差的最后一位会被放大，两次运行就会分开）。"
        ),
        "not_replayed": "运行中途修改的设置不会重放：本笔记本用导出时的设置从第 0 次迭代开始训练。",
        "h_setup": "导入的包",
        "deep_title": "深层神经网络：L 层",
        "deep_note": (
            "layer_dims = {dims}：[LINEAR -> {activation}] x (L - 1) -> LINEAR -> SIGMOID，"
            "用全批量梯度下降训练（课程中的 `L_layer_model`）。"
        ),
        "h_data": "数据",
        "h_model": "模型",
        "h_init": "初始化参数",
        "h_forward": "前向传播",
        "h_cost": "成本函数",
        "h_backward": "反向传播",
        "h_update": "更新参数",
        "h_batches": "Mini-batch",
        "h_train": "训练",
        "h_look": "看什么",
        "h_plot": "决策边界",
        "h_optimizers": "优化算法",
        "h_race": "比赛",
        "data_flower": "课程中的平面“花”数据集（`load_planar_dataset`），{m} 个点。",
        "data_generated": "{name} 数据集：{m} 个点，噪声 {noise}，种子 {seed}。",
        "data_embedded": "程序中的数据（导入或手绘）：下面嵌入了原始数字。",
        "data_descent": "逻辑回归，{m} 个样本，{features}：两个类别，种子 {seed}。",
        "one_feature": "一个特征 x",
        "two_features": "两个尺度相差很大的特征 x1、x2",
        "split_note": "`X_train` 的各列用来训练网络；`X_test` 的各列留出来做测试。",
        "model_shallow": "一个隐藏层（$n_h$ 个单元，{activation}）和一个 sigmoid 输出单元的神经网络。",
        "model_logistic": "逻辑回归：没有隐藏层的网络（程序里的基线）。",
        "sizes_note": "课程中的实验：对 {sizes} 中的每个 $n_h$，数据和设置都相同。",
        "twin_note": (
            "同一个网络在同样数据上的两份拷贝：一份所有权重初值为 {start}，另一份用较小的随机权重。"
            "请看 W1 的各行。"
        ),
        "optimizers_note": "每个优化器都从 ({p1}, {p2}) 出发，学习率 α = {lr}：{names}。",
        "plot_note": "最后一个单元需要 matplotlib；没有安装时它只打印一句说明。",
        "accuracy_train": "训练集准确率",
        "accuracy_test": "测试集准确率",
        "n_h_label": "个隐藏单元",
        "zero_copy": "对称初始化的拷贝",
        "random_copy": "随机初始化的拷贝",
    },
}


def language(lang: str) -> str:
    if lang not in TEXT:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {lang!r}")
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """A markdown phrase in `lang`, with {placeholders} filled."""
    return TEXT[language(lang)][key].format(**values)
