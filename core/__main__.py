"""`python -m core train ...`: train without a window and print the cost like the course's notebooks."""

from __future__ import annotations

import argparse
import sys

from core.activations import ACTIVATION_NAMES
from core.config import DECAYS, TrainConfig
from core.course_data import COURSE_TEST_SETS
from core.datasets import DATASET_NAMES
from core.network import INIT_SCHEMES
from core.optimizers import OPTIMIZER_NAMES
from core.trainer import Trainer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train a network (or the baseline) and print its cost")
    d = TrainConfig()
    add = train.add_argument
    add("--dataset", choices=DATASET_NAMES, default=d.dataset)
    add("--points", type=int, default=d.m, help="number of examples m")
    add("--noise", type=float, default=d.noise)
    add("--seed", type=int, default=d.data_seed, help="data seed")
    add("--test-ratio", type=float, default=0.0, help="held-out fraction")
    add("--course-test", action="store_true", help="test on the course's own test set (circles (course))")
    add("--hidden", type=int, default=d.n_h, help="hidden units n_h: the layers [2, n_h, 1]")
    add("--layers", help="layer_dims, e.g. 2,10,5,1 (overrides --hidden)")
    names = ", ".join(ACTIVATION_NAMES)
    add("--activation", "--hidden-activation", dest="activation", default=d.activation,
        help=f"hidden activation, or one per hidden layer (relu,tanh); one of {names}")  # fmt: skip
    add("--init", choices=INIT_SCHEMES, default=d.init)
    add("--init-seed", type=int, default=d.init_seed)
    add("--course-init", action="store_true", help="draw W like the course: np.random.seed(init-seed)")
    add("--learning-rate", type=float, default=d.learning_rate)
    add("--optimizer", choices=OPTIMIZER_NAMES, default=d.optimizer)
    add("--beta", type=float, default=d.beta, help="momentum's beta")
    add("--beta1", type=float, default=d.beta1, help="Adam's beta1")
    add("--beta2", type=float, default=d.beta2, help="Adam's beta2")
    add("--decay", choices=DECAYS, default=d.decay, help="learning-rate decay per epoch")
    add("--decay-rate", type=float, default=d.decay_rate)
    add("--decay-interval", type=int, default=d.decay_interval, help="epochs per step of 'scheduled'")
    add("--lambd", type=float, default=d.lambd, help="L2 strength lambda")
    add("--keep-prob", type=float, default=d.keep_prob)
    add("--batch-size", type=int, default=0, help="0 = full batch")
    add("--dropout-seed", type=int, default=d.dropout_seed)
    add("--baseline", action="store_true", help="logistic regression instead")
    add("--iterations", type=int, default=10000)
    add("--epochs", type=int, help="train for this many epochs instead (prints the epoch's mean cost)")
    add("--print-every", type=int, default=1000)
    return parser


def _layers(args: argparse.Namespace) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(hidden sizes, per-layer activations) from --layers / --hidden and --activation."""
    hidden: tuple[int, ...] = (args.hidden,)
    if args.layers:
        try:
            dims = [int(n) for n in args.layers.split(",")]
        except ValueError:
            raise ValueError(f"--layers must be numbers separated by commas, got {args.layers!r}") from None
        if len(dims) < 3 or dims[0] != 2 or dims[-1] != 1:
            raise ValueError(
                f"--layers must start with 2 (the inputs x1, x2) and end with 1, got {args.layers}"
            )
        hidden = tuple(dims[1:-1])
    acts = tuple(args.activation.split(","))
    if len(acts) == 1:
        acts = acts * len(hidden)
    return hidden, acts


def _config(args: argparse.Namespace) -> TrainConfig:
    hidden, acts = _layers(args)
    return TrainConfig(
        dataset=args.dataset, m=args.points, noise=args.noise, data_seed=args.seed,
        test_ratio=args.test_ratio, n_h=hidden[0], hidden_sizes=hidden, activation=acts[0],
        hidden_activations=acts, init=args.init, init_seed=args.init_seed,
        legacy_init=args.course_init, learning_rate=args.learning_rate, lambd=args.lambd,
        keep_prob=args.keep_prob, batch_size=args.batch_size, dropout_seed=args.dropout_seed,
        optimizer=args.optimizer, beta=args.beta, beta1=args.beta1, beta2=args.beta2,
        decay=args.decay, decay_rate=args.decay_rate, decay_interval=args.decay_interval,
        model="logistic" if args.baseline else "network",
    )  # fmt: skip


def _trainer(args: argparse.Namespace) -> Trainer:
    trainer = Trainer(_config(args))
    if args.course_test:
        if args.dataset not in COURSE_TEST_SETS:
            raise ValueError(f"--course-test: the course drew no test set for {args.dataset!r}")
        X_train, Y_train, _, _ = trainer.split()
        trainer.set_split(X_train, Y_train, *COURSE_TEST_SETS[args.dataset]())
    return trainer


def _run_iterations(trainer: Trainer, args: argparse.Namespace) -> None:
    while trainer.step_count < args.iterations:
        start = trainer.step_count
        trainer.step(1)
        if start % args.print_every == 0:
            print(f"Cost after iteration {start}: {trainer.snapshot().train_cost:.6f}")
        if trainer.diverged_at is not None:
            return
        trainer.step(min(args.print_every - 1, args.iterations - trainer.step_count))


def _run_epochs(trainer: Trainer, args: argparse.Namespace) -> None:
    """Epoch by epoch; prints the epoch's mean cost (the course's cost_avg) every print_every epochs."""
    while trainer.epoch < args.epochs and trainer.diverged_at is None:
        epoch = trainer.epoch
        while trainer.epoch == epoch and trainer.step(1):
            pass
        if epoch % args.print_every == 0 and trainer.epoch > epoch:
            print(f"Cost after epoch {epoch}: {trainer.snapshot().epoch_cost_values[-1]:.6f}")


def train(args: argparse.Namespace) -> int:
    if args.iterations < 0 or args.print_every < 1 or (args.epochs is not None and args.epochs < 0):
        raise ValueError("--iterations and --epochs must be >= 0 and --print-every >= 1")
    trainer = _trainer(args)
    (_run_iterations if args.epochs is None else _run_epochs)(trainer, args)
    if trainer.diverged_at is not None:
        print(f"Diverged at step {trainer.diverged_at}: the cost is no longer finite.")
    snap = trainer.snapshot()
    print(f"Final cost: {snap.train_cost:.6f}")
    print(f"Training accuracy: {100 * snap.train_accuracy:.2f}%")
    if snap.Y_test.size:
        print(f"Test accuracy: {100 * snap.test_accuracy:.2f}%")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return train(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
