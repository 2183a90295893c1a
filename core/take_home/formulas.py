"""The markdown cells' titles and formulas, in the course's LaTeX (the same in both languages)."""

from __future__ import annotations

from core.take_home.texts import text

TITLES = {
    "en": {
        "shallow-network": "Planar data classification with one hidden layer",
        "logistic": "Planar data classification with logistic regression",
        "hidden-sizes": "Tuning the hidden layer size",
        "zero-init": "Zero initialization versus random initialization",
        "gradient-descent": "Gradient descent on logistic regression's cost J(w, b)",
    },
    "zh_CN": {
        "shallow-network": "用一个隐藏层的神经网络对平面数据分类",
        "logistic": "用逻辑回归对平面数据分类",
        "hidden-sizes": "调整隐藏层的大小",
        "zero-init": "零初始化与随机初始化",
        "gradient-descent": "逻辑回归成本函数 J(w, b) 上的梯度下降",
    },
}


def title(run, lang: str) -> str:
    key = "logistic" if run.lesson == "shallow-network" and run.config.model == "logistic" else run.lesson
    lines = [f"# {TITLES[lang][key]}", "", text("exported", lang, iterations=run.iterations)]
    if run.lesson == "hidden-sizes":
        sizes = ", ".join(str(c.n_h) for c in run.configs)
        lines += ["", text("sizes_note", lang, sizes=sizes)]
    if run.lesson == "zero-init":
        c = run.config
        start = "0" if c.init == "zeros" else f"c = {c.init_constant!r}"
        lines += ["", text("twin_note", lang, start=start)]
    if key in ("shallow-network", "hidden-sizes", "zero-init"):
        lines += ["", text("model_shallow", lang, activation=f"`{run.config.activation}`")]
    elif key == "logistic":
        lines += ["", text("model_logistic", lang)]
    lines += ["", "*" + text("not_replayed", lang) + "*"]
    return "\n".join(lines)


def forward(lang: str, dropout: bool) -> str:
    lines = [
        f"## {text('h_forward', lang)}",
        "",
        "$$Z^{[1]} = W^{[1]} X + b^{[1]}$$",
        "$$A^{[1]} = g^{[1]}(Z^{[1]})$$",
    ]
    if dropout:
        lines.append(r"$$A^{[1]} := \frac{A^{[1]} * D^{[1]}}{keep\_prob}$$")
    lines += [
        "$$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$$",
        r"$$\hat{Y} = A^{[2]} = \sigma(Z^{[2]})$$",
    ]
    return "\n".join(lines)


def cost(lang: str, l2: bool) -> str:
    j = r"J = -\frac{1}{m} \sum\limits_{i = 1}^{m} \left( y^{(i)}\log\left(a^{[2] (i)}\right) + (1-y^{(i)})\log\left(1- a^{[2] (i)}\right) \right)"  # noqa: E501
    if l2:
        j += r" + \frac{\lambda}{2m} \left( \|W^{[1]}\|_F^2 + \|W^{[2]}\|_F^2 \right)"
    return f"## {text('h_cost', lang)}\n\n$${j}$$"


def backward(lang: str, l2: bool) -> str:
    reg = r" + \frac{\lambda}{m} W^{[l]}" if l2 else ""
    return "\n".join([
        f"## {text('h_backward', lang)}",
        "",
        "$$dZ^{[2]} = A^{[2]} - Y$$",
        r"$$dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}" + reg.replace("[l]", "[2]") + "$$",
        r"$$db^{[2]} = \frac{1}{m} \sum dZ^{[2]}$$",
        r"$$dZ^{[1]} = W^{[2]T} dZ^{[2]} * g^{[1]\prime}(Z^{[1]})$$",
        r"$$dW^{[1]} = \frac{1}{m} dZ^{[1]} X^{T}" + reg.replace("[l]", "[1]") + "$$",
        r"$$db^{[1]} = \frac{1}{m} \sum dZ^{[1]}$$",
    ])  # fmt: skip


def update(lang: str) -> str:
    return (
        f"## {text('h_update', lang)}\n\n"
        r"$$W^{[l]} := W^{[l]} - \alpha \, dW^{[l]}, \qquad b^{[l]} := b^{[l]} - \alpha \, db^{[l]}$$"
    )


def batches(lang: str) -> str:
    return (
        f"## {text('h_batches', lang)}\n\n"
        r"$$X^{\{t\}}, \; Y^{\{t\}}: \text{mini\_batch\_size columns of a shuffled } X, Y$$"
    )


def logistic(lang: str) -> str:
    return "\n".join([
        f"## {text('h_model', lang)}",
        "",
        r"$$z^{(i)} = w^T x^{(i)} + b, \qquad a^{(i)} = \sigma(z^{(i)})$$",
        r"$$J = -\frac{1}{m}\sum_{i=1}^{m} \left( y^{(i)}\log(a^{(i)}) + (1-y^{(i)})\log(1-a^{(i)}) \right)$$",  # noqa: E501
        r"$$dw = \frac{1}{m} X (A - Y)^T, \qquad db = \frac{1}{m} \sum_{i=1}^m (a^{(i)} - y^{(i)})$$",
    ])  # fmt: skip
