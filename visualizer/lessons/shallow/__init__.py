"""The shallow-network lesson: its lesson and its sidebar."""
