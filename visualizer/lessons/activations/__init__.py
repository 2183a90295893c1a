"""The activations lesson: its lesson, its curve plots and its probe table."""
