"""The deep-network lesson: its lesson, sidebar and lesson-only widgets."""
