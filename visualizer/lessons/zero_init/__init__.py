"""The zero-initialization lesson: the lesson, one panel per copy, the symmetry plot, the texts."""
