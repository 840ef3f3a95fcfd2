"""Kansenbot's rasa-sdk action server: one module per help route, thin over the knowledge base.

The knowledge base is loaded (and validated) once, when the first action module imports
``actions.base``; bad data stops the server before it answers anyone.
"""
from bot.privacy.log_filter import install_log_scrubbing

# Also when rasa-sdk is started by hand (`python -m rasa_sdk --actions actions`): no log line of the
# action server may carry personal data (bot/action_server.py installs it even earlier).
install_log_scrubbing()
