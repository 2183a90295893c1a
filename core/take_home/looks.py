"""Each lesson's "What to look at" for the terminal's export (the program passes its own, translated)."""

from __future__ import annotations

from core.take_home.texts import language

LOOK: dict[str, dict[str, str]] = {
    "en": {
        "deep-network": (
            "Each hidden layer builds on the one below: watch J fall and the boundary take shape. "
            "Too deep a net with a poor initialization learns slowly or not at all. Course: 001/004 "
            "week 4 (deep neural networks)."
        ),
        "shallow-network": (
            "Watch the decision boundary bend around the flower's petals as J falls, and compare "
            "training with test accuracy. Each hidden unit draws one soft line; the output combines "
            "them. The logistic-regression baseline can only draw a straight line. Course: 004 §3.9, "
            "003 part 2 (shallow neural networks)."
        ),
        "hidden-sizes": (
            "Same data, same α, only n_h differs. With 1-2 hidden units the boundary is nearly a "
            "straight line and the model underfits; around n_h = 4-5 it captures the flower's "
            "petals; 20 and 50 units fit the training set ever more closely while test accuracy "
            "stops improving (overfitting). Course: 003 part 2, 004 §3.9."
        ),
        "zero-init": (
            "Every weight starts equal in the first copy: all hidden units compute the same "
            "function and get the same gradient, so W1's rows stay identical however long it "
            "trains. W = randn · 0.01 breaks the symmetry. Course: 004 §3.11 (random initialization)."
        ),
        "gradient-descent": (
            "Each step moves against the gradient: w := w − α dw, b := b − α db. With cross-entropy "
            "J(w, b) is one convex bowl, so every start reaches the minimum; too large an α "
            "overshoots or diverges. Compare how the optimizers' costs fall. Course: 000 §2.5."
        ),
    },
    "zh_CN": {
        "deep-network": (
            "每个隐藏层都建立在下面一层之上：观察 J 的下降和决策边界的成形。初始化不好的很深的网络学得很慢，"
            "甚至学不动。课程：001/004 第四周（深层神经网络）。"
        ),
        "shallow-network": (
            "观察随着 J 下降，决策边界如何绕着花瓣弯曲，并比较训练准确率和测试准确率。每个隐藏单元画出"
            "一条柔和的分界线，输出层把它们组合起来。逻辑回归基线只能画出一条直线。课程：004 §3.9，"
            "003 第二部分（浅层神经网络）。"
        ),
        "hidden-sizes": (
            "数据相同、α 相同，只有 n_h 不同。1-2 个隐藏单元时决策边界几乎是直线，模型欠拟合；"
            "n_h = 4-5 左右能抓住花瓣的形状；20 和 50 个单元对训练集拟合得越来越紧，而测试准确率"
            "不再提高（过拟合）。课程：003 第二部分，004 §3.9。"
        ),
        "zero-init": (
            "第一份拷贝的所有权重初值相等：每个隐藏单元计算同一个函数、得到同样的梯度，所以无论训练"
            "多久 W1 的各行都保持一样。W = randn · 0.01 打破了对称。课程：004 §3.11（随机初始化）。"
        ),
        "gradient-descent": (
            "每一步都逆着梯度走：w := w − α dw，b := b − α db。用交叉熵时 J(w, b) 是一个凸的碗，"
            "从任何起点都能到达最小值；学习率 α 太大会越过最小值甚至发散。比较各个优化器的成本"
            "下降得有多快。课程：000 §2.5。"
        ),
    },
}


def look_text(lesson: str, lang: str) -> str:
    return LOOK[language(lang)].get(lesson, "")
