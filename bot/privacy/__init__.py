"""Privacy by design: personal data is replaced before it is stored, logged or sent to the action server."""
