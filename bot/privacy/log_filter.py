"""Keep personal data out of every log line, whoever writes it (Rasa, Sanic, rasa-sdk, our code).

Installed as the process-wide log record factory, so it applies to records of every logger and every
handler - including ones configured after us (``rasa run --log-file``) and structlog events, which Rasa
renders into ordinary log records. Records above DEBUG have their message and traceback text scrubbed;
DEBUG records (only written when a developer asks for ``--debug``) are scrubbed too, so a debug log shared
for support does not leak either. Our own code logs no message text at all; this is the safety net for
third-party log lines that include it (e.g. Rasa's "rest.message.received.failure" with ``text=...``).
"""
from __future__ import annotations

import logging
import traceback

from bot.privacy.scrubber import scrub_text

_installed = False


def install_log_scrubbing() -> None:
    global _installed
    if _installed:
        return
    base_factory = logging.getLogRecordFactory()

    def scrubbing_factory(*args, **kwargs) -> logging.LogRecord:  # noqa: ANN002, ANN003
        record = base_factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the record as Python would report it
            return record
        record.msg, record.args = scrub_text(message, ner=False), ()
        if record.exc_info and not record.exc_text:
            formatted = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = scrub_text(formatted, ner=False)
        return record

    logging.setLogRecordFactory(scrubbing_factory)
    _installed = True
