"""The cells of an exported gradient-descent race: logistic regression's J and the course's optimizers.

The arithmetic is core.logreg_surface's and core.optimizers' (same operations in the same
order, element by element), and the stopping rules are core.descent's, so every printed
cost is the program's.
"""

from __future__ import annotations

from core import descent, logreg_surface
from core.optimizers import OPTIMIZER_LABELS
from core.take_home.layout import fill_comments
from core.take_home.run import DescentRun
from core.take_home.texts import text

Cell = tuple[str, str]

DATA_1D = """\
def make_data(m, separation, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    m0 = m - m // 2
    Y = np.r_[np.zeros(m0), np.ones(m // 2)][np.newaxis, :]
    centers = 0.5 + separation * (Y - 0.5)
    X = centers + noise * rng.standard_normal((1, m))
    return X, Y
"""

DATA_2D = """\
def make_data(m, separation, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    m0 = m - m // 2
    Y = np.r_[np.zeros(m0), np.ones(m // 2)][np.newaxis, :]
    direction = np.array([[1.0], [1.0]]) / np.sqrt(2.0)
    T = direction * (separation * (Y - 0.5)) + noise * rng.standard_normal((2, m))
    offset = np.array([[{off1!r}], [{off2!r}]])
    scale = np.array([[1.0], [{scale!r}]])
    return scale * (T + offset), Y
"""

NORMALIZE = """\
def normalize_inputs(X):
    #@normalize
    mu = X.mean(axis=1, keepdims=True)
    sigma = X.std(axis=1, keepdims=True)
    return (X - mu) / np.where(sigma > 0, sigma, 1.0)
"""

SIGMOID = """\
def sigmoid(z):
    e = np.exp(-np.abs(z))  #@stable_sigmoid
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
"""

# One feature: b is the weight of an input that is always 1, so Z and [dw, db] are one
# product each, which is how the program computes them (the same rounding, step after step).
PROPAGATE_W_B = """\
def propagate(parameters, X, Y):
    m = X.shape[1]
    w = parameters["w"]
    b = parameters["b"]
    X1 = np.vstack([X, np.ones((1, m))])  #@x_ones
    Z = np.dot(np.hstack([w.T, b]), X1)  # = w^T X + b   (1, m)
    A = sigmoid(Z)
{loss}
    dwb = np.dot(X1, dZ.T) / m  # = [X dZ^T / m ; sum(dZ) / m]   (2, 1)
    dw, db = dwb[:1], dwb[1:]
    return {{"dw": dw, "db": db}}, float(cost)
"""

PROPAGATE_W1_W2 = """\
def propagate(parameters, X, Y):
    m = X.shape[1]
    w = parameters["w"]
    b = 0.0  #@b_fixed
    Z = np.dot(w.T, X) + b  # (1, 2) x (2, m) -> (1, m)
    A = sigmoid(Z)
{loss}
    dw = np.dot(X, dZ.T) / m  # (2, m) x (m, 1) -> (2, 1)
    return {{"dw": dw}}, float(cost)
"""
CROSS_ENTROPY = "    #@cross_entropy\n    cost = np.mean(np.logaddexp(0, Z) - Y * Z)\n    dZ = A - Y"
SQUARED_ERROR = (
    "    #@squared_error\n    cost = np.mean(0.5 * (A - Y) ** 2)\n    dZ = (A - Y) * (A * (1 - A))"
)

OPTIMIZERS = {
    "gd": """\
def update_parameters_with_gd(parameters, grads, learning_rate):
    for key in parameters:
        parameters[key] = parameters[key] - learning_rate * grads["d" + key]  #@lr_w
    return parameters
""",
    "momentum": """\
def initialize_velocity(parameters):
    return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    for key in parameters:
        v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]  #@velocity
        parameters[key] = parameters[key] - learning_rate * v["d" + key]
    return parameters, v
""",
    "rmsprop": """\
def initialize_rmsprop(parameters):
    return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}


def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    for key in parameters:
        dW = grads["d" + key]
        s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW * dW  #@rms
        parameters[key] = parameters[key] - learning_rate * dW / (np.sqrt(s["d" + key]) + epsilon)
    return parameters, s
""",
    "adam": """\
def initialize_adam(parameters):
    v = {"d" + key: np.zeros_like(value) for key, value in parameters.items()}
    s = {"d" + key: np.zeros_like(value) for key, value in parameters.items()}
    return v, s


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon=1e-8):
    for key in parameters:
        dW = grads["d" + key]
        v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW  #@velocity
        s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW * dW  #@rms
        v_corrected = v["d" + key] / (1 - beta1**t)  #@bias_correction
        s_corrected = s["d" + key] / (1 - beta2**t)
        parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return parameters, v, s
""",
}

STEP = {
    "gd": "parameters = update_parameters_with_gd(parameters, grads, learning_rate)",
    "momentum": "parameters, v = update_parameters_with_momentum(parameters, grads, v, beta1, learning_rate)",
    "rmsprop": (
        "parameters, s = update_parameters_with_rmsprop(parameters, grads, s, beta_rmsprop, learning_rate)"
    ),
    "adam": (
        "parameters, v, s = update_parameters_with_adam(parameters, grads, v, s, i, learning_rate,\n"
        "                                                           beta1, beta2)"
    ),
}
STATE = {
    "momentum": "v = initialize_velocity(parameters)",
    "rmsprop": "s = initialize_rmsprop(parameters)",
    "adam": "v, s = initialize_adam(parameters)",
}

MODEL = """\
def model(X, Y, optimizer, num_iterations, learning_rate, print_every):
    parameters = {start}  #@start_point
{states}
    grads, cost = propagate(parameters, X, Y)
    path, costs = [theta_of(parameters)], [cost]
    print(f"Cost after iteration 0: {{cost:.12f}}")
    for i in range(1, num_iterations + 1):
{steps}
        theta = theta_of(parameters)
        if not np.isfinite(theta).all() or np.hypot(*(theta - center)) > limit:  #@far
            print(f"Diverged at iteration {{i}}")
            break
        grads, cost = propagate(parameters, X, Y)
        if not (np.isfinite(cost) and np.isfinite(theta_of(grads)).all()):  #@diverged
            print(f"Diverged at iteration {{i}}")
            break
        moved = np.hypot(*(theta - path[-1]))
        path.append(theta)
        costs.append(cost)
        if i % print_every == 0:
            print(f"Cost after iteration {{i}}: {{cost:.12f}}")  #@print_cost
        if np.hypot(*theta_of(grads)) < {grad_tol!r} and moved < {step_tol!r}:  #@converged
            print(f"Converged at iteration {{i}}")
            break
    return parameters, np.array(path), costs


def theta_of(parameters):
    #@theta_of
    return np.concatenate([np.ravel(value) for value in parameters.values()])
"""

PLOT = """\
try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None
    print("matplotlib is not installed: no plot (pip install matplotlib)")

if plt is not None:
    p1 = np.linspace({x0!r}, {x1!r}, 100)
    p2 = np.linspace({y0!r}, {y1!r}, 100)

    def cost_at(t1, t2):
        return propagate({grid_parameters}, X, Y)[1]

    J = np.array([[cost_at(t1, t2) for t1 in p1] for t2 in p2])
    fig, (ax_map, ax_cost) = plt.subplots(1, 2, figsize=(12, 5))
    ax_map.contourf(p1, p2, J, levels=30, cmap="viridis")
    for optimizer, (path, costs) in results.items():
        ax_map.plot(path[:, 0], path[:, 1], ".-", markersize=3, label=optimizer)
        ax_cost.plot(costs, label=optimizer)
    ax_map.set_xlabel("{n1}")
    ax_map.set_ylabel("{n2}")
    ax_map.legend()
    ax_cost.set_xlabel("iteration")
    ax_cost.set_ylabel("J")
    ax_cost.set_yscale("log")
    ax_cost.legend()
    plt.show()
"""


def _formulas(run: DescentRun, lang: str) -> str:
    c = run.config
    if c.loss == "cross_entropy":
        loss = r"\mathcal{L}(a, y) = -\left( y \log a + (1 - y) \log(1 - a) \right)"
    else:
        loss = r"\mathcal{L}(a, y) = \frac{1}{2} (a - y)^2"
    z = "z = w x + b" if c.mode == "w_b" else "z = w_1 x_1 + w_2 x_2 + b, \\quad b = 0"
    return "\n".join([
        f"## {text('h_model', lang)}",
        "",
        f"$${z}, \\qquad a = \\sigma(z), \\qquad {loss}$$",
        r"$$J = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}(a^{(i)}, y^{(i)})$$",
        r"$$dw = \frac{1}{m} X \, dZ^T, \qquad db = \frac{1}{m} \sum_{i=1}^{m} dz^{(i)}$$",
    ])  # fmt: skip


OPT_FORMULAS = {
    "gd": r"W := W - \alpha \, dW",
    "momentum": r"v_{dW} = \beta v_{dW} + (1 - \beta) dW, \quad W := W - \alpha v_{dW}",
    "rmsprop": r"S_{dW} = \beta_2 S_{dW} + (1 - \beta_2) dW^2, \quad W := W - \alpha \frac{dW}{\sqrt{S_{dW}} + \varepsilon}",  # noqa: E501
    "adam": (
        r"v^{corrected}_{dW} = \frac{v_{dW}}{1 - \beta_1^t}, \quad "
        r"S^{corrected}_{dW} = \frac{S_{dW}}{1 - \beta_2^t}, "
        r"\quad W := W - \alpha \frac{v^{corrected}_{dW}}{\sqrt{S^{corrected}_{dW}} + \varepsilon}"
    ),
}


def _data_code(run: DescentRun) -> str:
    c = run.config
    if c.mode == "w_b":
        code = DATA_1D
    else:
        off1, off2 = logreg_surface.FEATURE_OFFSET
        code = DATA_2D.format(off1=off1, off2=off2, scale=logreg_surface.FEATURE_SCALE)
    call = f"X, Y = make_data(m={c.m}, separation={c.separation!r}, noise={c.noise!r}, seed={c.data_seed})\n"
    if c.normalize:
        return code + "\n\n" + NORMALIZE + "\n\n" + call + "X = normalize_inputs(X)\n"
    return code + "\n\n" + call


def _model_code(run: DescentRun) -> str:
    c = run.config
    p1, p2 = c.start_point
    loss = CROSS_ENTROPY if c.loss == "cross_entropy" else SQUARED_ERROR
    if c.mode == "w_b":
        start = f'{{"w": np.array([[{p1!r}]]), "b": np.array([[{p2!r}]])}}'
        propagate = SIGMOID + "\n\n" + PROPAGATE_W_B.format(loss=loss)
    else:
        start = f'{{"w": np.array([[{p1!r}], [{p2!r}]])}}'
        propagate = SIGMOID + "\n\n" + PROPAGATE_W1_W2.format(loss=loss)
    names = c.optimizers
    states = "\n".join(
        f"    {'if' if i == 0 else 'elif'} optimizer == {n!r}:\n        {STATE[n]}"
        for i, n in enumerate(k for k in names if k in STATE)
    )
    steps = "\n".join(
        f"        {'if' if i == 0 else 'elif'} optimizer == {n!r}:\n            {STEP[n]}"
        for i, n in enumerate(names)
    )
    model = MODEL.format(start=start, states=states, steps=steps, grad_tol=descent.GRAD_TOL,
                         step_tol=descent.STEP_TOL)  # fmt: skip
    optimizers = "\n\n".join(OPTIMIZERS[n] for n in names)
    return propagate, optimizers, model


def _settings(run: DescentRun, print_every: int) -> str:
    c = run.config
    center, radius = _bound(c)
    return (
        "#@settings\n"
        f"learning_rate = {c.learning_rate!r}\n"
        f"beta1 = {c.beta1!r}  #@beta1\n"
        f"beta2 = {c.beta2!r}  #@beta2\n"
        f"beta_rmsprop = {c.beta_rmsprop!r}  #@beta_rmsprop\n"
        f"num_iterations = {run.iterations}  #@iterations_done\n"
        f"print_every = {print_every}\n"
        f"center, limit = np.array({list(center)!r}), {radius!r}  #@far\n"
    )


def _bound(c: descent.DescentConfig) -> tuple[tuple[float, float], float]:
    x0, x1, y0, y1 = c.extent
    return ((x0 + x1) / 2, (y0 + y1) / 2), descent.DIVERGE_FACTOR * max(x1 - x0, y1 - y0) / 2


def _title(run: DescentRun, lang: str) -> str:
    from core.take_home.formulas import TITLES

    c = run.config
    labels = ", ".join(OPTIMIZER_LABELS[n] for n in c.optimizers)
    p1, p2 = c.start_point
    return "\n".join([
        f"# {TITLES[lang]['gradient-descent']}", "", text("exported", lang, iterations=run.iterations), "",
        text("optimizers_note", lang, p1=p1, p2=p2, lr=c.learning_rate, names=labels), "",
        "*" + text("not_replayed", lang) + "*",
    ])  # fmt: skip


def _plot(c: descent.DescentConfig) -> str:
    x0, x1, y0, y1 = c.extent
    n1, n2 = logreg_surface.PARAM_NAMES[c.mode]
    grid = '{"w": np.array([[t1]]), "b": np.array([[t2]])}'
    if c.mode != "w_b":
        grid = '{"w": np.array([[t1], [t2]])}'
    return PLOT.format(x0=x0, x1=x1, y0=y0, y1=y1, grid_parameters=grid, n1=n1, n2=n2)


def descent_cells(run: DescentRun, lang: str, look: str, print_every: int) -> list[Cell]:
    c = run.config
    code = lambda s: ("code", fill_comments(s, lang))  # noqa: E731
    propagate, optimizers, model = _model_code(run)
    features = text("one_feature" if c.mode == "w_b" else "two_features", lang)
    opt_md = "\n".join(f"- {OPTIMIZER_LABELS[n]}: $${OPT_FORMULAS[n]}$$" for n in c.optimizers)
    race = (
        f"optimizers = {list(c.optimizers)!r}\nresults = {{}}\n"
        "for optimizer in optimizers:\n"
        '    print(f"--- {optimizer} ---")\n'
        "    parameters, path, costs = model(X, Y, optimizer, num_iterations, learning_rate, print_every)\n"
        "    results[optimizer] = (path, costs)\n"
        '    print(f"final: {theta_of(parameters)}, J = {costs[-1]:.12f}")\n'
    )
    return [
        ("markdown", _title(run, lang)),
        ("code", "import numpy as np\n"),
        code(_settings(run, print_every)),
        ("markdown", f"## {text('h_data', lang)}\n\n"
         + text("data_descent", lang, m=c.m, features=features, seed=c.data_seed)),
        code(_data_code(run)),
        ("markdown", _formulas(run, lang)),
        code(propagate),
        ("markdown", f"## {text('h_optimizers', lang)}\n\n{opt_md}"),
        code(optimizers),
        ("markdown", f"## {text('h_race', lang)}"),
        code(model),
        code(race),
        ("markdown", f"## {text('h_look', lang)}\n\n{look}\n\n{text('plot_note', lang)}"),
        code(_plot(c)),
    ]  # fmt: skip
