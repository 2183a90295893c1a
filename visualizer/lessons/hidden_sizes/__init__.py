"""The hidden-layer-size lesson (the course's n_h experiment)."""
