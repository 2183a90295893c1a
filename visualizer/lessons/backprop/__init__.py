"""The backprop lesson: the lesson, its controls, the block diagram and the L-layer parts (issue 19)."""
