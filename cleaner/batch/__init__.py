"""Batch runs: folders and JSONL datasets, worker pool, signals, progress and summary."""
