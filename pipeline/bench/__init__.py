"""Benchmark scripts (``make bench``, ``make bench-quantities``). They print figures as
ratios against a baseline run in the same process; tests never assert on time."""
