"""The cells of an exported L-layer run (course 1 week 4): initialize_parameters_deep, L_model_forward,
compute_cost, L_model_backward, update_parameters, L_layer_model.

The run is core.deep_train.L_layer_model's on the program's data: weights from
np.random.seed(init_seed) as the course draws them, layer by layer; dropout masks from
default_rng(dropout_seed), hidden layer by hidden layer, every iteration.

The L-layer functions, the notebook's outline and its plot are written here once; the deep
lesson's export (core.take_home.deep_lesson_cells) passes only what differs: its generator,
its sigmoid, its features, optimizers and mini-batch loop.
"""

from __future__ import annotations

from core.config import TrainConfig
from core.take_home.data_code import data_cell
from core.take_home.layout import fill_comments, wrap_call
from core.take_home.network_cells import ACCURACY
from core.take_home.network_code import ACTIVATION_CODE
from core.take_home.plot_code import GUARD, cost_and_boundary
from core.take_home.run import DeepRun
from core.take_home.texts import text

Cell = tuple[str, str]

SCALES = {
    "random": " * 0.01",
    "xavier": " * np.sqrt(1 / layer_dims[l - 1])",
    "he": " * np.sqrt(2 / layer_dims[l - 1])",
    "large": " * 10",
}

INIT = """\
def initialize_parameters_deep(layer_dims, seed):
    {seed}
    parameters = {{}}
    L = len(layer_dims)  #@layers_with_input
    for l in range(1, L):
        parameters["W" + str(l)] = {weights}
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
"""

SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"
OUTPUT = "AL = sigmoid(ZL)"
FORWARD = """\
{sigmoid}

{helpers}def L_model_forward(X, parameters{dropout_args}):
    caches = []
    A = X
    L = len(parameters) // 2  #@layers_with_parameters
    for l in range(1, L):  # [LINEAR -> {g}] x (L - 1)
        A_prev = A
        Z = np.dot(parameters["W" + str(l)], A_prev) + parameters["b" + str(l)]
        A = {forward}
{dropout}        caches.append((A_prev, Z, D))
    ZL = np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)]  # LINEAR -> SIGMOID
    {output}
    caches.append((A, ZL, None))
    return AL, caches
"""
DROPOUT = """\
        D = None
        if keep_prob < 1:
            D = rng.random(A.shape) < keep_prob  #@dropout_mask_l
            A = A * D / keep_prob  #@dropout_scale
"""

COST = """\
def compute_cost(ZL, Y{l2_args}):
    \"\"\"J = -1/m sum(Y log(AL) + (1 - Y) log(1 - AL)), with AL = sigmoid(ZL).\"\"\"
    m = Y.shape[1]
    cost = np.sum(np.logaddexp(0, ZL) - Y * ZL) / m  #@cost_logits_z
{l2}    return float(cost)
"""
L2_COST = """\
    L = len(parameters) // 2
    squares = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    cost = cost + lambd / (2 * m) * squares  #@l2_cost_deep
"""

BACKWARD = """\
def L_model_backward(AL, Y, caches, parameters{args}):
    grads = {{}}
    L = len(caches)
    m = AL.shape[1]
    dZ = AL - Y  #@dzL
    for l in reversed(range(1, L + 1)):
        A_prev, Z, D = caches[l - 1]
        if l < L:
            dA = grads["dA" + str(l)]
{dropout}            dZ = dA * {g_prime}  # dZ^[l] = dA^[l] * g'(Z^[l])
        W = parameters["W" + str(l)]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m{l2}
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            grads["dA" + str(l - 1)] = np.dot(W.T, dZ)  # dA^[l-1] = W^[l]T dZ^[l]
    return grads


{update}def predict(parameters, X):
    AL, caches = L_model_forward(X, parameters)
    return AL > 0.5  #@predict_L
"""
UPDATE = """\
def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        #@update
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters


"""

MODEL = """\
{head}:
    parameters = initialize_parameters_deep(layer_dims, init_seed)
{rng}    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters{fw})
        cost = compute_cost(caches[-1][1], Y{cost})
        if not np.isfinite(cost):
            print(f"Diverged at iteration {{i}}")  #@diverged
            break
        grads = L_model_backward(AL, Y, caches, parameters{back})
        parameters = update_parameters(parameters, grads, learning_rate)
        costs.append(cost)
        if i % print_every == 0:
            print(f"Cost after iteration {{i}}: {{cost:.12f}}")  #@print_cost
    return parameters, costs
"""

PLOT = cost_and_boundary("layer_dims = {layer_dims}")

FORMULAS = r"""## {h}

$$Z^{{[l]}} = W^{{[l]}} A^{{[l-1]}} + b^{{[l]}}, \qquad A^{{[l]}} = g^{{[l]}}(Z^{{[l]}}), \qquad A^{{[0]}} = X, \qquad A^{{[L]}} = \sigma(Z^{{[L]}})$$
$$dZ^{{[l]}} = dA^{{[l]}} * g^{{[l]\prime}}(Z^{{[l]}}), \qquad dW^{{[l]}} = \frac{{1}}{{m}} dZ^{{[l]}} A^{{[l-1]T}}, \qquad db^{{[l]}} = \frac{{1}}{{m}} \sum dZ^{{[l]}}, \qquad dA^{{[l-1]}} = W^{{[l]T}} dZ^{{[l]}}$$"""  # noqa: E501


COURSE_SEED = "np.random.seed(seed)  #@seed_course"
COURSE_DRAW = "np.random.randn(layer_dims[l], layer_dims[l - 1])"


def init_code(c: TrainConfig, seed: str = COURSE_SEED, draw: str = COURSE_DRAW) -> str:
    """initialize_parameters_deep for c.init; `seed` seeds the generator `draw` takes W^[l] from."""
    if c.init == "zeros":
        weights = "np.zeros((layer_dims[l], layer_dims[l - 1]))  #@init_zeros"
    elif c.init == "constant":
        weights = f"np.full((layer_dims[l], layer_dims[l - 1]), {c.init_constant!r})  #@init_constant"
    else:
        weights = draw + SCALES[c.init]
    return INIT.format(seed=seed, weights=weights)


def _settings(run: DeepRun, print_every: int) -> str:
    c = run.config
    lines = [
        "#@settings",
        f"layer_dims = {list(run.layer_dims)}",
        f"learning_rate = {c.learning_rate!r}",
        f"num_iterations = {run.iterations}",
        f"print_every = {print_every}",
        f"init_seed = {c.init_seed}",
    ]
    lines += [f"lambd = {c.lambd!r}"] if c.lambd > 0 else []
    lines += [f"keep_prob = {c.keep_prob!r}", f"dropout_seed = {c.dropout_seed}"] if c.keep_prob < 1 else []
    return "\n".join(lines) + "\n"


def functions(c: TrainConfig, sigmoid: str = SIGMOID, output: str = OUTPUT, update: bool = True) -> list[str]:
    """[L_model_forward with its helpers, compute_cost, L_model_backward (with update_parameters
    unless the caller brings its own update) and predict]."""
    dropout, l2 = c.keep_prob < 1.0, c.lambd > 0
    helpers, g, g_prime = ACTIVATION_CODE[c.activation]
    forward = FORWARD.format(
        sigmoid=sigmoid,
        output=output,
        helpers=helpers.format(slope=c.leaky_slope) + "\n\n" if helpers else "",
        dropout_args=", keep_prob=1.0, rng=None" if dropout else "",
        g=c.activation,
        forward=g.replace("Z1", "Z"),
        dropout=DROPOUT if dropout else "        D = None\n",
    )
    cost = COST.format(l2_args=", parameters, lambd" if l2 else "", l2=L2_COST if l2 else "")
    back_dropout = "            if D is not None:\n                dA = dA * D / keep_prob  #@dropout_back\n"
    backward = BACKWARD.format(
        args=(", lambd" if l2 else "") + (", keep_prob=1.0" if dropout else ""),
        dropout=back_dropout if dropout else "",
        g_prime=g_prime.replace("Z1", "Z"),
        l2=" + lambd / m * W  #@l2_grad" if l2 else "",
        update=UPDATE if update else "",
    )
    return [forward, cost, backward]


def _training(c: TrainConfig) -> tuple[str, str]:
    """(L_layer_model, the call that trains on X_train)."""
    dropout, l2 = c.keep_prob < 1.0, c.lambd > 0
    extra = (["lambd"] if l2 else []) + (["keep_prob", "dropout_seed"] if dropout else [])
    args = ["learning_rate", "num_iterations", "print_every", "init_seed"]
    model = MODEL.format(
        head=wrap_call("def L_layer_model", ["X", "Y", "layer_dims", *args, *extra]),
        rng="    rng = np.random.default_rng(dropout_seed)  #@rng_dropout\n" if dropout else "",
        fw=", keep_prob, rng" if dropout else "",
        cost=", parameters, lambd" if l2 else "",
        back=(", lambd" if l2 else "") + (", keep_prob" if dropout else ""),
    )
    call_args = ["X_train", "Y_train", "layer_dims", *args, *(f"{a}={a}" for a in extra)]
    return model, wrap_call("parameters, costs = L_layer_model", call_args) + "\n"


def notebook(run, lang: str, look: str, dims: list[int], settings: str, data: tuple[str, str],
             inputs: list[str], model_cells: list[str], training: tuple[str, str], accuracy: str,
             plot: str) -> list[Cell]:  # fmt: skip
    """The outline of every L-layer export: title, settings, the data and its `inputs` cells,
    the formulas and `model_cells` (initialization to the update), the training, the accuracy
    and the plot."""
    title = "\n".join([
        f"# {text('deep_title', lang)}", "", text("exported", lang, iterations=run.iterations), "",
        text("deep_note", lang, dims=dims, activation=f"`{run.config.activation}`"),
    ])  # fmt: skip
    code = lambda s: ("code", fill_comments(s, lang))  # noqa: E731
    (data_md, data_code), (model, call) = data, training
    return [
        ("markdown", title),
        ("code", "import numpy as np\n"),
        code(settings),
        ("markdown", f"## {text('h_data', lang)}\n\n{data_md}"),
        ("code", data_code),
        *[code(cell) for cell in inputs],
        ("markdown", FORMULAS.format(h=text("h_model", lang))),
        *[code(cell) for cell in model_cells],
        ("markdown", f"## {text('h_train', lang)}"),
        code(model),
        ("code", call),
        ("code", accuracy),
        ("markdown", f"## {text('h_look', lang)}\n\n{look}\n\n{text('plot_note', lang)}"),
        code(GUARD + plot),
    ]


def deep_cells(run: DeepRun, lang: str, look: str, print_every: int) -> list[Cell]:
    c = run.config
    return notebook(run, lang, look, list(run.layer_dims), _settings(run, print_every), data_cell(run, lang),
                    [], [init_code(c), *functions(c)], _training(c), ACCURACY, PLOT)  # fmt: skip
