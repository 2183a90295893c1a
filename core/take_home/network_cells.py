"""The cells of an exported shallow-network run: settings, data, functions, training, plot."""

from __future__ import annotations

from core.take_home import formulas
from core.take_home.data_code import data_cell
from core.take_home.layout import fill_comments, wrap_call
from core.take_home.network_code import (
    ACTIVATION_CODE,
    MINI_BATCHES,
    PREDICT,
    SIGMOID,
    UPDATE,
    Features,
    backward_code,
    cost_code,
    forward_code,
    initialize_code,
)  # fmt: skip
from core.take_home.plot_code import plot_cell
from core.take_home.run import NetworkRun
from core.take_home.texts import text

Cell = tuple[str, str]

LOGISTIC = """\
def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = np.zeros((1, 1))
    return {{"w": w, "b": b}}


def propagate(parameters, X, Y{l2_args}):
    m = X.shape[1]
    w = parameters["w"]
    b = parameters["b"]
    Z = np.dot(w.T, X) + b  # (1, n_x) x (n_x, m) + (1, 1) -> (1, m)
    A = sigmoid(Z)
    cost = np.sum(np.logaddexp(0, Z) - Y * Z) / m  #@cost_logits_z
    dZ = A - Y  #@dz2
    dw = np.dot(X, dZ.T) / m  # (n_x, m) x (m, 1) -> (n_x, 1)
    db = np.sum(dZ, axis=1, keepdims=True) / m
{l2}    return {{"dw": dw, "db": db}}, float(cost)


def update_parameters(parameters, grads, learning_rate):
    w = parameters["w"] - learning_rate * grads["dw"]  #@lr_w
    b = parameters["b"] - learning_rate * grads["db"]
    return {{"w": w, "b": b}}


def predict(parameters, X):
    A = sigmoid(np.dot(parameters["w"].T, X) + parameters["b"])
    return A > 0.5  #@predict
"""
LOGISTIC_L2 = (
    "    cost = cost + lambd / (2 * m) * np.sum(np.square(w))  #@l2_cost\n"
    "    dw = dw + lambd / m * w  #@l2_grad\n"
)


def _m_train(run: NetworkRun) -> int:
    if run.split is not None:
        return run.split[0].shape[1]
    c = run.config
    return c.m - min(int(round(c.test_ratio * c.m)), c.m - 1)  # the twin's thinning keeps batches off


def _model_args(f: Features) -> list[str]:
    args = []
    if f.l2:
        args.append("lambd")
    if f.dropout:
        args.append("keep_prob")
    if f.batches:
        args.append("mini_batch_size")
    if f.dropout or f.batches:
        args.append("rng_seed")
    return args


def _loop(f: Features, step: str, perturb: bool) -> str:
    """The training loop's body, shared by nn_model and the logistic baseline."""
    lines = []
    if f.dropout or f.batches:
        key = "rng_shared" if f.dropout and f.batches else ("rng_dropout" if f.dropout else "rng_batches")
        lines.append(f"    rng = np.random.default_rng(rng_seed)  #@{key}")
    if f.batches:
        lines.append("    mini_batches = []")
    lines += ["    costs = []", "    for i in range(num_iterations):"]
    if perturb:
        lines += [
            "        for k, (at, unit) in enumerate(perturbations):  #@perturb",
            "            if at == i:",
            '                parameters["W1"][unit] += 0.01 * np.random.default_rng(k).standard_normal(n_x)',
        ]
    if f.batches:
        lines += [
            "        if not mini_batches:  #@new_epoch",
            "            mini_batches = random_mini_batches(X, Y, mini_batch_size, rng)",
            "        X_batch, Y_batch = mini_batches.pop(0)",
        ]
    xb, yb = ("X_batch", "Y_batch") if f.batches else ("X", "Y")
    lines.append(step.format(X=xb, Y=yb))
    lines += [
        "        costs.append(cost)",
        "        if i % print_every == 0:",
        '            print(f"Cost after iteration {i}: {cost:.12f}")  #@print_cost',
        "    return parameters, costs",
    ]
    return "\n".join(lines) + "\n"


DIVERGED = (
    "        if not np.isfinite(cost):\n"
    '            print(f"Diverged at iteration {{i}}")  #@diverged\n'
    "            break\n"
)


def model_code(f: Features, perturb: bool) -> str:
    if f.logistic:
        args = ["X", "Y", "num_iterations", "learning_rate", "print_every"] + _model_args(f)
        head = wrap_call("def model", args) + ":\n"
        head += "    parameters = initialize_with_zeros(X.shape[0])\n"
        step = (
            "        grads, cost = propagate(parameters, {X}, {Y}"
            + (", lambd" if f.l2 else "")
            + ")\n"
            + DIVERGED
            + "        parameters = update_parameters(parameters, grads, learning_rate)"
        )
        return head + _loop(f, step, False)
    args = ["X", "Y", "n_h", "num_iterations", "learning_rate", "print_every", "init", "init_seed"]
    args += _model_args(f) + (["perturbations=()"] if perturb else [])
    head = wrap_call("def nn_model", args) + ":\n"
    head += "    n_x = X.shape[0]\n    n_y = Y.shape[0]\n"
    head += "    parameters = initialize_parameters(n_x, n_h, n_y, init, init_seed)\n"
    fw = ", keep_prob, rng" if f.dropout else ""
    cost = ", parameters, lambd" if f.l2 else ""
    back = (", lambd" if f.l2 else "") + (", keep_prob" if f.dropout else "")
    step = (
        f"        A2, cache = forward_propagation({{X}}, parameters{fw})\n"
        f'        cost = compute_cost(cache["Z2"], {{Y}}{cost})\n'
        + DIVERGED
        + f"        grads = backward_propagation(parameters, cache, {{X}}, {{Y}}{back})\n"
        "        parameters = update_parameters(parameters, grads, learning_rate)"
    )
    return head + _loop(f, step, perturb)


def settings_code(run: NetworkRun, f: Features, print_every: int) -> str:
    c = run.config
    lines = ["#@settings"]
    if not f.logistic and run.lesson == "shallow-network":
        lines.append(f"n_h = {c.n_h}")
    lines += [f"learning_rate = {c.learning_rate!r}",
              f"num_iterations = {run.iterations}  #@iterations_done",
              f"print_every = {print_every}"]  # fmt: skip
    if not f.logistic and run.lesson != "zero-init":
        lines += [f"init = {c.init!r}", f"init_seed = {c.init_seed}"]
    if f.l2:
        lines.append(f"lambd = {c.lambd!r}")
    if f.dropout:
        lines.append(f"keep_prob = {c.keep_prob!r}")
    if f.batches:
        lines.append(f"mini_batch_size = {c.batch_size}")
    if f.dropout or f.batches:
        lines.append(f"rng_seed = {c.dropout_seed}")
    if run.perturbations:
        lines.append(f"perturbations = {list(run.perturbations)!r}  #@perturb")
    return "\n".join(lines) + "\n"


def function_cells(f: Features, run: NetworkRun, lang: str) -> list[Cell]:
    code = lambda s: ("code", fill_comments(s, lang))  # noqa: E731
    md = lambda s: ("markdown", s)  # noqa: E731
    if f.logistic:
        l2 = LOGISTIC_L2 if f.l2 else ""
        cells = [md(formulas.logistic(lang)), code(SIGMOID + "\n\n" + LOGISTIC.format(
            l2_args=", lambd" if f.l2 else "", l2=l2))]  # fmt: skip
    else:
        helpers = ACTIVATION_CODE[f.activation][0].format(slope=f.leaky_slope)
        seed = run.config.init_seed
        cells = [
            md(f"## {text('h_init', lang)}"),
            code(initialize_code(f, seed)),
            md(formulas.forward(lang, f.dropout)),
            code(SIGMOID + "\n\n" + (helpers + "\n\n" if helpers else "") + forward_code(f)),
            md(formulas.cost(lang, f.l2)),
            code(cost_code(f)),
            md(formulas.backward(lang, f.l2)),
            code(backward_code(f)),
            md(formulas.update(lang)),
            code(UPDATE + "\n\n" + PREDICT),
        ]
    if f.batches:
        cells += [md(formulas.batches(lang)), code(MINI_BATCHES)]
    return cells


def network_cells(run: NetworkRun, lang: str, look: str, print_every: int) -> list[Cell]:
    f = Features.of(run.configs, _m_train(run))
    data_md, data_code = data_cell(run, lang)
    cells: list[Cell] = [
        ("markdown", formulas.title(run, lang)),
        ("code", "import numpy as np\n"),
        ("code", fill_comments(settings_code(run, f, print_every), lang)),
        ("markdown", f"## {text('h_data', lang)}\n\n{data_md}"),
        ("code", data_code),
    ]
    cells += function_cells(f, run, lang)
    cells += [("markdown", f"## {text('h_train', lang)}"),
              ("code", fill_comments(model_code(f, bool(run.perturbations)), lang))]  # fmt: skip
    cells += [("code", fill_comments(c, lang)) for c in run_code(run, f)]
    cells += [("markdown", f"## {text('h_look', lang)}\n\n{look}\n\n{text('plot_note', lang)}"),
              ("code", fill_comments(plot_cell(run, f.logistic), lang))]  # fmt: skip
    return cells


ACCURACY = """\
train_accuracy = 100 * np.mean(predict(parameters, X_train) == Y_train)
print(f"Train accuracy: {train_accuracy:.2f} %")
if Y_test.size:
    test_accuracy = 100 * np.mean(predict(parameters, X_test) == Y_test)
    print(f"Test accuracy: {test_accuracy:.2f} %")
"""


def _call(f: Features, target: str, init: str, init_seed: str, perturb: str = "", indent: int = 0) -> str:
    """`target = nn_model(...)` (or the baseline's model), wrapped to fit the line width."""
    extra = [f"{a}={a}" for a in _model_args(f)] + ([perturb] if perturb else [])
    if f.logistic:
        args = ["X_train", "Y_train", "num_iterations", "learning_rate", "print_every", *extra]
        return wrap_call(f"{target} = model", args, indent) + "\n"
    args = ["X_train", "Y_train", "n_h", "num_iterations", "learning_rate", "print_every", init, init_seed]
    return wrap_call(f"{target} = nn_model", args + extra, indent) + "\n"


def run_code(run: NetworkRun, f: Features) -> list[str]:
    if run.lesson == "shallow-network":
        return [_call(f, "parameters, costs", "init", "init_seed"), ACCURACY]
    if run.lesson == "hidden-sizes":
        sizes = [c.n_h for c in run.configs]
        return [
            f"hidden_layer_sizes = {sizes}\nresults = {{}}\n"
            "for n_h in hidden_layer_sizes:\n"
            '    print(f"--- n_h = {n_h} ---")\n'
            + "    "
            + _call(f, "parameters, costs", "init", "init_seed", indent=4)
            + "    results[n_h] = parameters\n"
            + "\n".join("    " + line for line in ACCURACY.splitlines())
            + "\n"
        ]
    sym, rnd = run.configs
    pert = "perturbations=perturbations" if run.perturbations else ""
    return [
        f"n_h = {sym.n_h}\n"
        'print("--- symmetric ---")\n'
        + _call(f, "parameters_symmetric, costs_symmetric", repr(sym.init), "0", pert)
        + 'print("--- random ---")\n'
        + _call(f, "parameters_random, costs_random", repr(rnd.init), str(rnd.init_seed)),
        'print("W1 (symmetric start):\\n", parameters_symmetric["W1"])\n'
        'print("W1 (random start):\\n", parameters_random["W1"])\n'
        'for name, parameters in (("symmetric", parameters_symmetric), ("random", parameters_random)):\n'
        "    train_accuracy = 100 * np.mean(predict(parameters, X_train) == Y_train)\n"
        '    print(f"Train accuracy ({name}): {train_accuracy:.2f} %")\n',
    ]
