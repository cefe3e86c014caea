"""One module per CLI command group, as in pre-commit."""
