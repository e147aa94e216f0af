"""Gold readers and scorers defined in EVALUATION.md."""
