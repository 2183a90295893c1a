"""Benchmarks: measured figures (median and spread of repeats), never asserted by the tests."""
