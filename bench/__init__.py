"""Benchmarks for the speed targets of the issues. Run all with `make bench`."""
