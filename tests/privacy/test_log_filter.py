"""Log lines never carry personal data, whatever logger writes them."""
import io
import logging

from bot.privacy.log_filter import install_log_scrubbing


def test_log_records_are_scrubbed_including_tracebacks():
    install_log_scrubbing()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log = logging.getLogger("some.third.party")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        log.info("user said %s", "bel 06-12345678 of mail jan@school.nl")
        try:
            raise ValueError("could not parse 'mijn bsn is 123456782'")
        except ValueError:
            log.exception("failure for %s", "NL91ABNA0417164300")
    finally:
        log.removeHandler(handler)
    output = stream.getvalue()
    assert "[TELEFOON]" in output and "[EMAIL]" in output and "[BSN]" in output and "[IBAN]" in output
    for secret in ("12345678", "jan@school.nl", "123456782", "NL91ABNA0417164300"):
        assert secret not in output
    assert "ValueError" in output  # the traceback itself is kept
