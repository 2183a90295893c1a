"""One colour per layer (l = 1..8, the output last), distinct on a projector and for colour-blind eyes."""

from __future__ import annotations

LAYER_COLORS = (
    "#1f62b4",
    "#d95f02",
    "#1b9e77",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#a6761d",
    "#e6ab02",
    "#444444",
)


def layer_color(l: int, L: int) -> str:
    """The colour of layer l (1-based) in an L-layer network; the output layer is always dark grey."""
    return LAYER_COLORS[-1] if l == L else LAYER_COLORS[(l - 1) % (len(LAYER_COLORS) - 1)]
