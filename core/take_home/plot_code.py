"""The last cell: the decision boundary (and the cost curve), only if matplotlib is there."""

from __future__ import annotations

GUARD = """\
try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None
    print("matplotlib is not installed: no plot (pip install matplotlib)")


def plot_decision_boundary(model, X, Y, ax):
    x_min, x_max = X[0, :].min() - 1, X[0, :].max() + 1
    y_min, y_max = X[1, :].min() - 1, X[1, :].max() + 1
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, 300), np.linspace(y_min, y_max, 300))
    Z = model(np.c_[xx.ravel(), yy.ravel()].T)  #@boundary_grid
    Z = Z.reshape(xx.shape)
    ax.contourf(xx, yy, Z, cmap=plt.cm.Spectral)
    ax.scatter(X[0, :], X[1, :], c=Y[0, :], s=12, cmap=plt.cm.Spectral, edgecolors="k")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
"""

COST_AND_BOUNDARY = """

if plt is not None:
    fig, (ax_cost, ax_boundary) = plt.subplots(1, 2, figsize=(11, 4.5))
    ax_cost.plot(costs)
    ax_cost.set_xlabel("iteration")
    ax_cost.set_ylabel("J")
    ax_cost.set_title(f"{title}")
    plot_decision_boundary(lambda x: predict(parameters, {inputs}), X_train, Y_train, ax_boundary)
    ax_boundary.set_title(f"train accuracy {{train_accuracy:.1f}} %")
    plt.show()
"""


def cost_and_boundary(title: str, inputs: str = "x") -> str:
    """The cost curve (titled by the f-string `title`) beside the boundary of predict(parameters,
    `inputs`) over the plane's points x: the shallow and the L-layer exports' last cell."""
    return COST_AND_BOUNDARY.format(title=title, inputs=inputs)


SHALLOW = cost_and_boundary("learning rate = {learning_rate}")

SIZES = """

if plt is not None:
    fig, axes = plt.subplots(2, (len(hidden_layer_sizes) + 1) // 2, figsize=(16, 7))
    for ax, n_h in zip(axes.ravel(), hidden_layer_sizes):
        plot_decision_boundary(lambda x: predict(results[n_h], x), X_train, Y_train, ax)
        ax.set_title(f"n_h = {n_h}")
    for ax in axes.ravel()[len(hidden_layer_sizes):]:
        ax.axis("off")
    plt.tight_layout()
    plt.show()
"""

TWIN = """

if plt is not None:
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    pairs = (("symmetric start", parameters_symmetric), ("random start", parameters_random))
    for ax, (name, parameters) in zip(axes, pairs):
        plot_decision_boundary(lambda x: predict(parameters, x), X_train, Y_train, ax)
        ax.set_title(name)
    plt.show()
"""


def plot_cell(run, logistic: bool) -> str:
    body = {"shallow-network": SHALLOW, "hidden-sizes": SIZES, "zero-init": TWIN}[run.lesson]
    return GUARD + body
