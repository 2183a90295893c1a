"""The course's shallow-network functions as exported code, holding only what the run uses.

A run without dropout gets no keep_prob, one without L2 no lambd: the student reads the
course's functions, not a switchboard. The arithmetic is core.fused's (tests hold the
printed costs to the engine's to 1e-9); only the grouping of floating-point operations
differs.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import TrainConfig

SIGMOID = """\
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
"""

# name -> (helper definitions, g(Z1), g'(Z1) computed from Z1)
ACTIVATION_CODE = {
    "tanh": ("", "np.tanh(Z1)", "(1 - np.power(np.tanh(Z1), 2))"),
    "sigmoid": ("", "sigmoid(Z1)", "sigmoid(Z1) * (1 - sigmoid(Z1))"),
    "relu": (
        "def relu(Z):\n    return np.maximum(0, Z)\n\n\n"
        "def relu_derivative(Z):\n    return (Z > 0).astype(float)\n",
        "relu(Z1)",
        "relu_derivative(Z1)",
    ),
    "leaky_relu": (
        "def leaky_relu(Z, slope={slope!r}):\n    return np.where(Z > 0, Z, slope * Z)\n\n\n"
        "def leaky_relu_derivative(Z, slope={slope!r}):\n    return np.where(Z > 0, 1.0, slope)\n",
        "leaky_relu(Z1)",
        "leaky_relu_derivative(Z1)",
    ),
    "linear": ("", "Z1", "np.ones_like(Z1)"),
}
# without dropout g'(Z1) can be read off A1, as the course does for tanh
FROM_A1 = {"tanh": "(1 - np.power(A1, 2))", "sigmoid": "A1 * (1 - A1)"}

INIT_CODE = {
    "random": (
        "rng = np.random.default_rng(seed)\n"
        "W1 = rng.standard_normal((n_h, n_x)) * 0.01  #@init_random\n"
        "W2 = rng.standard_normal((n_y, n_h)) * 0.01"
    ),
    "xavier": (
        "rng = np.random.default_rng(seed)\n"
        "W1 = rng.standard_normal((n_h, n_x)) * np.sqrt(1 / n_x)  #@init_scaled\n"
        "W2 = rng.standard_normal((n_y, n_h)) * np.sqrt(1 / n_h)"
    ),
    "he": (
        "rng = np.random.default_rng(seed)\n"
        "W1 = rng.standard_normal((n_h, n_x)) * np.sqrt(2 / n_x)  #@init_scaled\n"
        "W2 = rng.standard_normal((n_y, n_h)) * np.sqrt(2 / n_h)"
    ),
    "large": (
        "rng = np.random.default_rng(seed)\n"
        "W1 = rng.standard_normal((n_h, n_x)) * 10  #@init_large\n"
        "W2 = rng.standard_normal((n_y, n_h)) * 10"
    ),
    "zeros": "W1 = np.zeros((n_h, n_x))  #@init_zeros\nW2 = np.zeros((n_y, n_h))",
    "constant": (
        "W1 = np.full((n_h, n_x), {constant!r})  #@init_constant\nW2 = np.full((n_y, n_h), {constant!r})"
    ),
}


@dataclass(frozen=True)
class Features:
    """What the exported functions must handle, shared by every network of the run."""

    activation: str
    leaky_slope: float
    inits: tuple[str, ...]  # in training order, without repeats
    init_constant: float
    l2: bool
    dropout: bool
    batches: bool
    logistic: bool

    @classmethod
    def of(cls, configs: tuple[TrainConfig, ...], m_train: int) -> Features:
        c = configs[0]
        inits = tuple(dict.fromkeys(k.init for k in configs))
        logistic = c.model == "logistic"
        return cls(
            c.activation, c.leaky_slope, inits, c.init_constant, c.lambd > 0,
            c.keep_prob < 1.0 and not logistic, 0 < c.batch_size < m_train, logistic,
        )  # fmt: skip


def _indent(code: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in code.splitlines())


def initialize_code(f: Features, seed: int) -> str:
    head = f"def initialize_parameters(n_x, n_h, n_y, init={f.inits[0]!r}, seed={seed}):\n"
    bodies = [INIT_CODE[k].format(constant=f.init_constant) for k in f.inits]
    if len(bodies) == 1:
        weights = _indent(bodies[0], 4)
    else:
        branches = [
            f"{'if' if i == 0 else 'elif'} init == {k!r}:\n{_indent(b, 4)}"
            for i, (k, b) in enumerate(zip(f.inits[:-1], bodies[:-1], strict=True))
        ]
        weights = _indent("\n".join(branches) + "\nelse:\n" + _indent(bodies[-1], 4), 4)
    b_comment = "  #@b_zero" if f.inits[0] not in ("zeros", "constant") else ""
    return (
        head + weights + "\n"
        f"    b1 = np.zeros((n_h, 1)){b_comment}\n"
        "    b2 = np.zeros((n_y, 1))\n\n"
        '    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}\n'
        "    return parameters\n"
    )


def forward_code(f: Features) -> str:
    _, g, _ = ACTIVATION_CODE[f.activation]
    args = ", keep_prob=1.0, rng=None" if f.dropout else ""
    dropout = (
        "    if keep_prob < 1:\n"
        "        D1 = rng.random(A1.shape) < keep_prob  #@dropout_mask\n"
        "        A1 = A1 * D1 / keep_prob  #@dropout_scale\n"
        "    else:\n"
        "        D1 = None\n"
    ) if f.dropout else ""  # fmt: skip
    d1 = ', "D1": D1' if f.dropout else ""
    return (
        f"def forward_propagation(X, parameters{args}):\n"
        '    W1 = parameters["W1"]\n    b1 = parameters["b1"]\n'
        '    W2 = parameters["W2"]\n    b2 = parameters["b2"]\n\n'
        "    Z1 = np.dot(W1, X) + b1  #@z1\n"
        f"    A1 = {g}  #@a1\n"
        f"{dropout}"
        "    Z2 = np.dot(W2, A1) + b2  #@z2\n"
        "    A2 = sigmoid(Z2)  #@a2\n\n"
        f'    cache = {{"Z1": Z1, "A1": A1{d1}, "Z2": Z2, "A2": A2}}\n'
        "    return A2, cache\n"
    )


def cost_code(f: Features) -> str:
    args = ", parameters, lambd" if f.l2 else ""
    l2 = (
        '    W1 = parameters["W1"]\n    W2 = parameters["W2"]\n'
        "    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)))"
        "  #@l2_cost\n"
        "    cost = cost + L2_regularization_cost\n"
    ) if f.l2 else ""  # fmt: skip
    return (
        f"def compute_cost(Z2, Y{args}):\n"
        '    """J = -1/m sum(Y log(A2) + (1 - Y) log(1 - A2)), with A2 = sigmoid(Z2)."""\n'
        "    m = Y.shape[1]\n"
        "    logprobs = np.logaddexp(0, Z2) - Y * Z2  #@cost_logits\n"
        "    cost = np.sum(logprobs) / m\n"
        f"{l2}"
        "    return float(cost)\n"
    )


def backward_code(f: Features) -> str:
    _, _, g_prime = ACTIVATION_CODE[f.activation]
    args = (", lambd" if f.l2 else "") + (", keep_prob=1.0" if f.dropout else "")
    if f.dropout:
        dz1 = (
            "    dA1 = np.dot(W2.T, dZ2)  #@da1\n"
            "    if keep_prob < 1:\n"
            '        dA1 = dA1 * cache["D1"] / keep_prob  #@dropout_back\n'
            f"    dZ1 = dA1 * {g_prime}  #@dz1\n"
        )
    else:
        g_prime = FROM_A1.get(f.activation, g_prime)
        dz1 = f"    dZ1 = np.dot(W2.T, dZ2) * {g_prime}  #@dz1\n"
    reg2, reg1 = (" + lambd / m * W2", " + lambd / m * W1  #@l2_grad") if f.l2 else ("", "")
    z1 = '    Z1 = cache["Z1"]\n' if f.dropout or f.activation not in FROM_A1 else ""
    return (
        f"def backward_propagation(parameters, cache, X, Y{args}):\n"
        "    m = X.shape[1]\n"
        '    W1 = parameters["W1"]\n    W2 = parameters["W2"]\n'
        f'{z1}    A1 = cache["A1"]\n    A2 = cache["A2"]\n\n'
        "    dZ2 = A2 - Y  #@dz2\n"
        f"    dW2 = np.dot(dZ2, A1.T) / m{reg2}  #@dw2\n"
        "    db2 = np.sum(dZ2, axis=1, keepdims=True) / m\n"
        f"{dz1}"
        f"    dW1 = np.dot(dZ1, X.T) / m{reg1 or '  #@dw1'}\n"
        "    db1 = np.sum(dZ1, axis=1, keepdims=True) / m\n\n"
        '    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}\n'
        "    return grads\n"
    )


UPDATE = """\
def update_parameters(parameters, grads, learning_rate):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]  #@update
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
"""

MINI_BATCHES = """\
def random_mini_batches(X, Y, mini_batch_size, rng):
    m = X.shape[1]
    permutation = rng.permutation(m)  #@shuffle
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]

    mini_batches = []
    for k in range(m // mini_batch_size):  #@complete_batches
        mini_batch_X = shuffled_X[:, k * mini_batch_size : (k + 1) * mini_batch_size]
        mini_batch_Y = shuffled_Y[:, k * mini_batch_size : (k + 1) * mini_batch_size]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches
"""

PREDICT = """\
def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = A2 > 0.5  #@predict
    return predictions
"""
