"""The deep-network lesson's run: an L-layer network trained with the course's options, diagnosed live."""
