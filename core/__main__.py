"""`python -m core train ...`: train without a window and print the cost like the course's notebook."""

from __future__ import annotations

import argparse
import sys

from core.activations import ACTIVATION_NAMES
from core.config import TrainConfig
from core.datasets import DATASET_NAMES
from core.network import INIT_SCHEMES
from core.take_home import cli as take_home
from core.trainer import Trainer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train the shallow network and print its cost")
    d = TrainConfig()
    train.add_argument("--dataset", choices=DATASET_NAMES, default=d.dataset)
    train.add_argument("--points", type=int, default=d.m, help="number of examples m")
    train.add_argument("--noise", type=float, default=d.noise)
    train.add_argument("--seed", type=int, default=d.data_seed, help="data seed")
    train.add_argument("--test-ratio", type=float, default=0.0, help="held-out fraction")
    train.add_argument("--hidden", type=int, default=d.n_h, help="hidden units n_h")
    train.add_argument("--activation", choices=ACTIVATION_NAMES, default=d.activation)
    train.add_argument("--init", choices=INIT_SCHEMES, default=d.init)
    train.add_argument("--init-seed", type=int, default=d.init_seed)
    train.add_argument("--learning-rate", type=float, default=d.learning_rate)
    train.add_argument("--lambd", type=float, default=d.lambd, help="L2 strength lambda")
    train.add_argument("--keep-prob", type=float, default=d.keep_prob)
    train.add_argument("--batch-size", type=int, default=0, help="0 = full batch")
    train.add_argument("--baseline", action="store_true", help="logistic regression instead")
    train.add_argument("--iterations", type=int, default=10000)
    train.add_argument("--print-every", type=int, default=1000)
    take_home.add_parser(sub)
    return parser


def _config(args: argparse.Namespace) -> TrainConfig:
    return TrainConfig(
        dataset=args.dataset, m=args.points, noise=args.noise, data_seed=args.seed,
        test_ratio=args.test_ratio, n_h=args.hidden, activation=args.activation,
        init=args.init, init_seed=args.init_seed, learning_rate=args.learning_rate,
        lambd=args.lambd, keep_prob=args.keep_prob, batch_size=args.batch_size,
        model="logistic" if args.baseline else "network",
    )  # fmt: skip


def train(args: argparse.Namespace) -> int:
    if args.iterations < 0 or args.print_every < 1:
        raise ValueError("--iterations must be >= 0 and --print-every >= 1")
    trainer = Trainer(_config(args))
    while trainer.step_count < args.iterations:
        start = trainer.step_count
        trainer.step(1)
        if start % args.print_every == 0:
            print(f"Cost after iteration {start}: {trainer.snapshot().train_cost:.6f}")
        if trainer.diverged_at is not None:
            print(f"Diverged at step {trainer.diverged_at}: the cost is no longer finite.")
            break
        trainer.step(min(args.print_every - 1, args.iterations - trainer.step_count))
    snap = trainer.snapshot()
    print(f"Final cost: {snap.train_cost:.6f}")
    print(f"Training accuracy: {100 * snap.train_accuracy:.2f}%")
    if snap.Y_test.size:
        print(f"Test accuracy: {100 * snap.test_accuracy:.2f}%")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return take_home.export(args) if args.command == "export" else train(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
