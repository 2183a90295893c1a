"""The exported code that makes the run's data: the program's generators, line for line, or literals.

Each generator below is the same arithmetic on the same random sequence as core.datasets
(tests compare the points exactly); imported or drawn data are written as literal arrays
(repr round-trips every float).
"""

from __future__ import annotations

import numpy as np

from core.datasets import make_dataset
from core.take_home.layout import fill_comments
from core.take_home.texts import text

Array = np.ndarray

FLOWER_COURSE = """\
def load_planar_dataset(m={m}, noise={noise!r}, seed={seed}):
    np.random.seed(seed)  #@seed_course
    N = int(m / 2)  #@per_class
    D = 2  #@dimensionality
    X = np.zeros((m, D))  #@data_matrix
    Y = np.zeros((m, 1))  #@labels_vector
    a = 4  #@ray

    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * noise  #@theta
        r = a * np.sin(4 * t) + np.random.randn(N) * noise  #@radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j

    X = X.T
    Y = Y.T

    return X, Y
"""

FLOWER_ODD = """\
def load_planar_dataset(m={m}, noise={noise!r}, seed={seed}):
    np.random.seed(seed)  #@seed_course
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1))
    a = 4  #@ray
    start = 0
    for j, N in enumerate((m - m // 2, m // 2)):  #@class0_first
        ix = range(start, start + N)
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * noise  #@theta
        r = a * np.sin(4 * t) + np.random.randn(N) * noise  #@radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
        start += N
    return X.T, Y.T
"""

STACK = """\
def stack_classes(X0, X1):
    #@stack
    X = np.vstack([X0, X1]).T
    Y = np.concatenate([np.zeros(len(X0)), np.ones(len(X1))])[np.newaxis, :]
    return np.ascontiguousarray(X, dtype=float), Y
"""

GENERATORS = {
    "moons": """\
def make_moons(m, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    n0, n1 = m - m // 2, m // 2
    t0 = np.linspace(0, np.pi, n0)
    t1 = np.linspace(0, np.pi, n1)
    X0 = np.c_[np.cos(t0), np.sin(t0)]
    X1 = np.c_[1 - np.cos(t1), 0.5 - np.sin(t1)]
    X, Y = stack_classes(X0, X1)
    X = (X - [[0.5], [0.25]]) * 2.0
    return X + rng.normal(0, noise, X.shape), Y
""",
    "circles": """\
def make_circles(m, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    n0, n1 = m - m // 2, m // 2
    t0 = rng.uniform(0, 2 * np.pi, n0)
    t1 = rng.uniform(0, 2 * np.pi, n1)
    X0 = 3.0 * np.c_[np.cos(t0), np.sin(t0)]
    X1 = 1.2 * np.c_[np.cos(t1), np.sin(t1)] * np.sqrt(rng.uniform(0, 1, n1))[:, None]
    X, Y = stack_classes(X0, X1)
    return X + rng.normal(0, noise, X.shape), Y
""",
    "xor": """\
def make_xor(m, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    n0, n1 = m - m // 2, m // 2
    sign0 = rng.choice([-1.0, 1.0], n0)
    sign1 = rng.choice([-1.0, 1.0], n1)
    X0 = rng.uniform(0.3, 3.5, (n0, 2)) * np.c_[sign0, -sign0]
    X1 = rng.uniform(0.3, 3.5, (n1, 2)) * np.c_[sign1, sign1]
    X, Y = stack_classes(X0, X1)
    return X + rng.normal(0, noise, X.shape), Y
""",
    "blobs": """\
def make_blobs(m, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    n0, n1 = m - m // 2, m // 2
    spread = 0.6 + 2.0 * noise
    X0 = rng.normal([-1.5, -1.5], spread, (n0, 2))
    X1 = rng.normal([1.5, 1.5], spread, (n1, 2))
    return stack_classes(X0, X1)
""",
    "spiral": """\
def make_spiral(m, noise, seed):
    rng = np.random.default_rng(seed)  #@gen_rng
    n0, n1 = m - m // 2, m // 2

    def arm(n, phase):
        r = np.linspace(0.2, 4.0, n)
        t = 1.75 * r + phase
        return np.c_[r * np.sin(t), r * np.cos(t)]

    X, Y = stack_classes(arm(n0, 0.0), arm(n1, np.pi))
    return X + rng.normal(0, noise, X.shape), Y
""",
}

SPLIT = """\
def train_test_split(X, Y, test_ratio, seed):
    m = X.shape[1]
    order = np.random.default_rng(seed).permutation(m)  #@split
    m_test = min(int(round(test_ratio * m)), m - 1)
    test, train = order[:m_test], order[m_test:]
    return X[:, train], Y[:, train], X[:, test], Y[:, test]
"""

THIN = """\
#@thin
ones = np.flatnonzero(Y[0] == 1)
n_keep = max(1, round({share!r} * ones.size))
dropped = np.random.default_rng({seed}).permutation(ones)[n_keep:]
keep = np.setdiff1d(np.arange(Y.shape[1]), dropped)
X, Y = X[:, keep], Y[:, keep]
"""


def array_literal(name: str, a: Array, width: int = 96) -> str:
    """`name = np.array([...])` over several lines; floats by repr (exact), labels as 0/1."""
    a = np.asarray(a, dtype=float)
    labels = a.size and np.isin(a, (0.0, 1.0)).all()
    rows = []
    for row in a.reshape(a.shape[0], -1):
        items = [str(int(v)) for v in row] if labels else [repr(float(v)) for v in row]
        lines, line = [], "    ["
        for item in items:
            piece = item + ", "
            if len(line) + len(piece) > width and line.strip() != "[":
                lines.append(line.rstrip())
                line = "     "
            line += piece
        lines.append(line.rstrip().rstrip(",") + "],")
        rows.append("\n".join(lines))
    if not rows:
        return f"{name} = np.zeros({a.shape})"
    dtype = ", dtype=float" if labels else ""
    shape = "" if a.shape[1] else f".reshape({a.shape})"
    return f"{name} = np.array([\n" + "\n".join(rows) + f"\n]{dtype}){shape}"


def generator_code(dataset: str, m: int, noise: float, seed: int) -> tuple[str, str]:
    """(function definitions, the call that makes X, Y) for a generated data set.

    A data set with no template here is embedded: the numbers its generator made.
    """
    if dataset not in GENERATORS and dataset != "flower":
        X, Y = make_dataset(dataset, m, noise, seed)
        return "", f"#@embedded_generated\n{array_literal('X', X)}\n{array_literal('Y', Y)}"
    if dataset == "flower":
        template = FLOWER_COURSE if m % 2 == 0 else FLOWER_ODD
        return template.format(m=m, noise=noise, seed=seed), "X, Y = load_planar_dataset()"
    code = STACK + "\n\n" + GENERATORS[dataset]
    return code, f"X, Y = make_{dataset}(m={m}, noise={noise!r}, seed={seed})"


def data_cell(run, lang: str) -> tuple[str, str]:
    """(markdown, code) of the data: X_train, Y_train (and X_test, Y_test) when it has run."""
    c = run.config
    if run.split is not None:
        names = ("X_train", "Y_train", "X_test", "Y_test")
        body = "\n\n".join(array_literal(n, a) for n, a in zip(names, run.split, strict=True))
        code = "#@embedded\n" + body + "\n"
        markdown = text("data_embedded", lang)
    else:
        defs, call = generator_code(c.dataset, c.m, c.noise, c.data_seed)
        code = (defs + "\n\n" if defs else "") + call + "\n"
        if run.class1_share < 1.0:
            code += "\n" + THIN.format(share=run.class1_share, seed=c.data_seed)
        if run.lesson == "zero-init":
            code += "X_train, Y_train = X, Y\nX_test, Y_test = X[:, :0], Y[:, :0]\n"
        else:
            code += (
                "\n\n" + SPLIT + "\n\n"
                f"X_train, Y_train, X_test, Y_test = train_test_split(X, Y, test_ratio={c.test_ratio!r}, "
                f"seed={c.data_seed})\n"
            )
        key = "data_flower" if c.dataset == "flower" else "data_generated"
        markdown = text(key, lang, m=c.m, name=c.dataset, noise=c.noise, seed=c.data_seed)
    code += 'print("X_train", X_train.shape, "Y_train", Y_train.shape, "X_test", X_test.shape)  #@shapes\n'
    m_test = run.split[2].shape[1] if run.split is not None else None
    if run.lesson != "zero-init" and (m_test is None or m_test):
        markdown += ("" if lang == "zh_CN" else " ") + text("split_note", lang)
    return markdown, fill_comments(code, lang)
