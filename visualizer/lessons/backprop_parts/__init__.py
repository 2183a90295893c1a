"""The backprop lesson's L-layer parts (issue 19): the deep diagram, the building blocks, the strip."""
