"""The action server as `make run` starts it: rasa-sdk with Kansenbot's log filter installed first.

`python -m bot.action_server --actions actions --port 5055` takes rasa-sdk's own arguments. The filter
(bot/privacy/log_filter.py) is installed before rasa-sdk configures logging or loads an action, so every
line it writes - including warnings and debug output with a tracker in it - is cut and scrubbed.
"""
from __future__ import annotations

from bot.privacy.log_filter import install_log_scrubbing


def main() -> None:
    install_log_scrubbing()
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()


if __name__ == "__main__":
    main()
