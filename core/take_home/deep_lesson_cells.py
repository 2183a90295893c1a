"""The cells of an exported deep-network lesson run (core.trainer.Trainer): input features,
initialize_parameters_deep, L_model_forward, compute_cost, L_model_backward, the optimizers,
random_mini_batches and learning-rate decay.

The data are the trainer's own split (embedded); the weights come from default_rng(init_seed)
layer by layer, as core.deep draws them; one default_rng(dropout_seed) gives, in the trainer's
order, each epoch's shuffle and then every hidden layer's dropout mask of every step. An epoch
is the complete mini-batches of its shuffle (the Trainer's; the few left over wait). The
optimizers are core.deep_optim's arithmetic (t counted from 1).

The L-layer functions and the notebook's outline are core.take_home.deep_cells'; here is only
what the lesson's run does differently.
"""

from __future__ import annotations

from core.config import TrainConfig
from core.take_home.data_code import data_cell
from core.take_home.deep_cells import functions, init_code, notebook
from core.take_home.descent_cells import OPTIMIZERS
from core.take_home.layout import wrap_call
from core.take_home.network_cells import ACCURACY
from core.take_home.plot_code import cost_and_boundary
from core.take_home.run import DeepLessonRun

Cell = tuple[str, str]

FEATURE_CODE = {
    "x1": "X[0]",
    "x2": "X[1]",
    "x1^2": "X[0] * X[0]",
    "x2^2": "X[1] * X[1]",
    "x1*x2": "X[0] * X[1]",
    "sin_x1": "np.sin(X[0])",
    "sin_x2": "np.sin(X[1])",
}

SIGMOID = """\
def sigmoid(z):
    e = np.exp(-np.abs(z))  #@stable_sigmoid
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
"""
# the program's output layer: sigmoid(ZL) = (1 + tanh(ZL / 2)) / 2, the same rounding
OUTPUT = "AL = (np.tanh(ZL * 0.5) + 1.0) * 0.5  # = sigmoid(ZL), as the program computes it"

FEATURES = """\
def map_features(X):
    \"\"\"A^[0]: one row per input feature of the plane's points X (2, m).\"\"\"
    return np.vstack([
{rows}
    ])
"""

SEED = "rng = np.random.default_rng(seed)"
DRAW = "rng.standard_normal((layer_dims[l], layer_dims[l - 1]))"

MINI_BATCHES = """\
def random_mini_batches(X, Y, mini_batch_size, rng):
    \"\"\"One epoch: a shuffled copy of (X, Y) cut into complete batches (the rest waits).\"\"\"
    m = X.shape[1]
    if mini_batch_size <= 0 or mini_batch_size >= m:
        return [(X, Y)]
    permutation = rng.permutation(m)
    return [
        (X[:, permutation[k : k + mini_batch_size]], Y[:, permutation[k : k + mini_batch_size]])
        for k in range(0, m - mini_batch_size + 1, mini_batch_size)
    ]
"""

STATE = {
    "gd": "",
    "momentum": "    v = initialize_velocity(parameters)\n",
    "rmsprop": "    s = initialize_rmsprop(parameters)\n",
    "adam": "    v, s = initialize_adam(parameters)\n",
}
STEP = {
    "gd": "parameters = update_parameters_with_gd(parameters, grads, alpha)",
    "momentum": "parameters, v = update_parameters_with_momentum(parameters, grads, v, beta1, alpha)",
    "rmsprop": "parameters, s = update_parameters_with_rmsprop(parameters, grads, s, beta2, alpha)",
    "adam": "parameters, v, s = update_parameters_with_adam(parameters, grads, v, s, t, alpha, beta1, beta2)",
}

MODEL = """\
{head}:
    parameters = initialize_parameters_deep(layer_dims, init_seed)
    rng = np.random.default_rng(dropout_seed)  # the shuffles and the dropout masks, in this order
{state}    costs = []
    t = 0  # updates made
    epoch = 0
    while t < num_iterations:
        for X_batch, Y_batch in random_mini_batches(X, Y, mini_batch_size, rng):
            AL, caches = L_model_forward(X_batch, parameters{fw})
            cost = compute_cost(caches[-1][1], Y_batch{cost})
            grads = L_model_backward(AL, Y_batch, caches, parameters{back})
            alpha = learning_rate / (1 + decay_rate * epoch)  # learning-rate decay
            t += 1
            {step}
            if not (np.isfinite(cost) and all(np.isfinite(p).all() for p in parameters.values())):
                print(f"Diverged at iteration {{t - 1}}")  #@diverged
                return parameters, costs
            costs.append(cost)
            if (t - 1) % print_every == 0:
                print(f"Cost after iteration {{t - 1}}: {{cost:.12f}}")  #@print_cost
            if t == num_iterations:
                break
        else:
            epoch += 1
    return parameters, costs
"""


def _settings(run: DeepLessonRun, print_every: int) -> str:
    c = run.config
    return "\n".join([
        "#@settings",
        f"layer_dims = {c.layer_dims()}",
        f"learning_rate = {c.learning_rate!r}",
        f"decay_rate = {c.decay_rate if c.decay == 'inverse' else 0.0!r}",
        f"num_iterations = {run.iterations}",
        f"mini_batch_size = {c.batch_size}",
        f"print_every = {print_every}",
        f"init_seed = {c.init_seed}",
        f"dropout_seed = {c.dropout_seed}",
        f"lambd = {c.lambd!r}",
        f"keep_prob = {c.keep_prob!r}",
        f"beta1 = {c.beta if c.optimizer == 'momentum' else c.beta1!r}",
        f"beta2 = {c.rms_beta if c.optimizer == 'rmsprop' else c.beta2!r}",
    ]) + "\n"  # fmt: skip


def _features(c: TrainConfig) -> str:
    ordered = c.input_features
    rows = "\n".join(f"        {FEATURE_CODE[f]},  # {f}" for f in ordered)
    return (
        FEATURES.format(rows=rows) + "\n\nA0_train = map_features(X_train)\nA0_dev = map_features(X_test)\n"
    )


def _training(c: TrainConfig) -> tuple[str, str]:
    dropout, l2 = c.keep_prob < 1.0, c.lambd > 0
    args = ["layer_dims", "learning_rate", "decay_rate", "num_iterations", "mini_batch_size",
            "print_every", "init_seed", "dropout_seed", "lambd", "keep_prob", "beta1", "beta2"]  # fmt: skip
    model = MODEL.format(
        head=wrap_call("def L_layer_model", ["X", "Y", *args]),
        state=STATE[c.optimizer],
        fw=", keep_prob, rng" if dropout else "",
        cost=", parameters, lambd" if l2 else "",
        back=(", lambd" if l2 else "") + (", keep_prob" if dropout else ""),
        step=STEP[c.optimizer],
    )
    return model, wrap_call("parameters, costs = L_layer_model", ["A0_train", "Y_train", *args]) + "\n"


def deep_lesson_cells(run: DeepLessonRun, lang: str, look: str, print_every: int) -> list[Cell]:
    c = run.config
    model_cells = [
        init_code(c, SEED, DRAW),
        *functions(c, SIGMOID, OUTPUT, update=False),
        OPTIMIZERS[c.optimizer] + "\n\n" + MINI_BATCHES,
    ]
    accuracy = ACCURACY.replace("predict(parameters, X_train)", "predict(parameters, A0_train)")
    accuracy = accuracy.replace("predict(parameters, X_test)", "predict(parameters, A0_dev)")
    plot = cost_and_boundary("layer_dims = {layer_dims}", inputs="map_features(x)")
    return notebook(run, lang, look, c.layer_dims(), _settings(run, print_every), data_cell(run, lang),
                    [_features(c)], model_cells, _training(c), accuracy, plot)  # fmt: skip
