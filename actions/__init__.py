"""Kansenbot's rasa-sdk action server: one module per help route, thin over the knowledge base.

The knowledge base is loaded (and validated) once, when the first action module imports
``actions.base``; bad data stops the server before it answers anyone.
"""
