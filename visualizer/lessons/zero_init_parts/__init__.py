"""The parts of the zero-initialization lesson: one panel per copy, the symmetry plot, the texts."""
