"""The gradient-descent lesson: its lesson, its cost map (and the map's levels) and its controls."""
