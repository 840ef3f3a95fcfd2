"""Project checks run by `make test` (and usable on their own)."""
