"""The numpy training engine of nn-visualizer, written in the course's notation (no Qt here)."""
