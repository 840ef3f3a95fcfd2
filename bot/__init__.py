"""Kansenbot runtime around Rasa: spaCy pipeline resolution, channels, privacy and storage."""
