"""Reusable control widgets; each reports only what the user asked for."""
