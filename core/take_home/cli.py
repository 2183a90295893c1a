"""`python -m core export ...`: a run described on the command line, written as a script or notebook."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES
from core.network import INIT_SCHEMES
from core.size_sweep import SIZES
from core.take_home.run import network_run
from core.take_home.texts import LANGUAGES
from core.take_home.write import FORMATS, save_export


def add_parser(sub: argparse._SubParsersAction) -> None:
    d = TrainConfig()
    p = sub.add_parser("export", help="write the run as a numpy script (.py) or a Jupyter notebook (.ipynb)")
    p.add_argument("out", help="the file to write (.py or .ipynb)")
    p.add_argument("--format", choices=FORMATS, help="default: from OUT's suffix")
    p.add_argument("--layers", default=f"2,{d.n_h},1", help="2,n_h,1 or 2,n1,n2,...,1 (L layers)")
    p.add_argument("--sizes", action="store_true", help="the hidden-layer-size experiment (n_h = 1 ... 50)")
    p.add_argument("--baseline", action="store_true", help="logistic regression instead of the network")
    p.add_argument("--dataset", choices=DATASET_NAMES, default=d.dataset)
    p.add_argument("--points", type=int, default=d.m, help="number of examples m")
    p.add_argument("--noise", type=float, default=d.noise)
    p.add_argument("--seed", type=int, default=d.data_seed, help="data seed")
    p.add_argument("--test-ratio", type=float, default=d.test_ratio, help="held-out fraction")
    p.add_argument("--activation", choices=ACTIVATION_NAMES, default=d.activation)
    p.add_argument("--init", choices=INIT_SCHEMES, default=d.init)
    p.add_argument("--init-seed", type=int, default=d.init_seed)
    p.add_argument("--learning-rate", type=float, default=d.learning_rate)
    p.add_argument("--lambd", type=float, default=d.lambd, help="L2 strength lambda")
    p.add_argument("--keep-prob", type=float, default=d.keep_prob)
    p.add_argument("--batch-size", type=int, default=d.batch_size, help="0 = full batch")
    p.add_argument(
        "--dropout-seed", type=int, default=d.dropout_seed, help="seed of dropout and mini-batches"
    )
    p.add_argument("--iterations", type=int, default=10000)
    p.add_argument("--print-every", type=int, default=None, help="default: about ten printed costs")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of comments and text")


def _layer_dims(layers: str) -> list[int]:
    try:
        dims = [int(v) for v in layers.split(",")]
    except ValueError:
        raise ValueError(f"--layers must be whole numbers separated by commas, got {layers!r}") from None
    if len(dims) < 3 or dims[0] != 2 or dims[-1] != 1:
        raise ValueError(f"--layers must start with 2 (x1, x2) and end with 1 (the output), got {layers!r}")
    if min(dims) < 1:
        raise ValueError(f"--layers sizes must be >= 1, got {layers!r}")
    return dims


def export(args: argparse.Namespace) -> int:
    if args.iterations < 0:
        raise ValueError("--iterations must be >= 0")
    dims = _layer_dims(args.layers)
    config = TrainConfig(
        dataset=args.dataset, m=args.points, noise=args.noise, data_seed=args.seed,
        test_ratio=args.test_ratio, n_h=dims[1], activation=args.activation,
        init=args.init, init_seed=args.init_seed, learning_rate=args.learning_rate,
        lambd=args.lambd, keep_prob=args.keep_prob, batch_size=args.batch_size,
        dropout_seed=args.dropout_seed, model="logistic" if args.baseline else "network",
    )  # fmt: skip
    run = network_run(config, args.iterations, SIZES if args.sizes else None, dims)
    out = Path(args.out)
    try:
        save_export(out, run, args.format, args.lang, print_every=args.print_every)
    except OSError as exc:
        raise ValueError(f"cannot write {out}: {exc}") from None
    print(f"Wrote {out}")
    return 0
