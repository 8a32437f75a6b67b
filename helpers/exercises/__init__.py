"""Self-checks for exercises and the environment check."""
