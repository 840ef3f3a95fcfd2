"""Keep personal data out of every log line, whoever writes it (Rasa, Sanic, rasa-sdk, our code).

Installed as the process-wide log record factory, so it applies to records of every logger and every
handler - including ones configured after us (``rasa run --log-file``) and structlog events, which Rasa
renders into ordinary log records. Python warnings (``warnings.warn``, e.g. Rasa's ``raise_warning``, which
quotes the message it could not parse) are routed into logging (``logging.captureWarnings``) and so pass
the same filter instead of going to stderr on their own.

Each record's message is cut to ``MAX_LOG_LINE_CHARS`` first (a hostile 100 KB message must not cost 100 KB
of scrubbing per log line, nor fill the disk), then scrubbed; tracebacks likewise, to ``MAX_TRACEBACK_CHARS``.
DEBUG records (only written when a developer asks for ``--debug``) are scrubbed too, so a debug log shared
for support does not leak either. Our own code logs no message text at all; this is the safety net for
third-party log lines that include it.

Installed in the Rasa server by its entry point before Rasa logs anything (bot/server.py ->
bot/runtime.prepare_process) and in the action server (bot/action_server.py, which the launcher and
deploy/ start, and the ``actions`` package itself).
"""
from __future__ import annotations

import logging
import threading
import traceback

from bot.privacy.scrubber import scrub_text

MAX_LOG_LINE_CHARS = 2000
MAX_TRACEBACK_CHARS = 8000

_installed = False
_busy = threading.local()


def cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]} [... {len(text) - limit} characters cut]"


def clean_log_text(text: str, limit: int = MAX_LOG_LINE_CHARS) -> str:
    """What a log line may say: cut to ``limit``, then scrubbed (patterns and name lists, no model)."""
    return scrub_text(cap(text, limit), ner=False)


def install_log_scrubbing() -> None:
    global _installed
    if _installed:
        return
    base_factory = logging.getLogRecordFactory()

    def scrubbing_factory(*args, **kwargs) -> logging.LogRecord:  # noqa: ANN002, ANN003
        record = base_factory(*args, **kwargs)
        if getattr(_busy, "active", False):
            return record  # a record logged while loading the filter's own word lists: no user text
        _busy.active = True
        try:
            try:
                message = record.getMessage()
            except Exception:  # a broken format string: keep the record as Python would report it
                return record
            record.msg, record.args = clean_log_text(message), ()
            if record.exc_info and not record.exc_text:
                formatted = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
                record.exc_text = clean_log_text(formatted, MAX_TRACEBACK_CHARS)
            if record.stack_info:
                record.stack_info = clean_log_text(record.stack_info, MAX_TRACEBACK_CHARS)
        finally:
            _busy.active = False
        return record

    logging.setLogRecordFactory(scrubbing_factory)
    logging.captureWarnings(True)
    _installed = True
