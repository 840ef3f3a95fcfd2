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


def test_python_warnings_pass_the_same_filter():
    # In a fresh interpreter: pytest replaces warnings.showwarning for every test.
    import subprocess
    import sys

    from tests.privacy.harness import ROOT, base_env

    probe = (
        "import logging, warnings\n"
        "from bot.privacy.log_filter import install_log_scrubbing\n"
        "install_log_scrubbing()\n"
        "logging.basicConfig(format='%(levelname)s %(message)s')\n"
        "from rasa.shared.utils.io import raise_warning\n"
        "raise_warning(\"Failed to parse '/greet Jan Jansen 0612345678'\")\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=base_env(), capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert "UserWarning" in output and "[TELEFOON]" in output, output[-2000:]
    assert "0612345678" not in output and "Jansen" not in output


def test_a_long_line_is_cut_before_it_is_scrubbed():
    from bot.privacy.log_filter import MAX_LOG_LINE_CHARS, clean_log_text

    line = clean_log_text("x" * 50_000 + " bel 0612345678")
    assert line.startswith("x" * MAX_LOG_LINE_CHARS) and "50015" not in line
    assert line.endswith("[... 48015 characters cut]")


def test_the_action_server_installs_the_filter_before_rasa_sdk_starts():
    import subprocess
    import sys

    from tests.privacy.harness import ROOT, base_env

    probe = (
        "import logging, runpy, sys\n"
        "import rasa_sdk.__main__ as sdk\n"
        "sdk.main = lambda: print(logging.getLogRecordFactory().__name__, logging._warnings_showwarning is not None)\n"
        "sys.argv = ['bot.action_server']\n"
        "runpy.run_module('bot.action_server', run_name='__main__')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=base_env(), capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["scrubbing_factory", "True"], result.stderr[-2000:]
    imported = subprocess.run([sys.executable, "-c", "import logging, actions; print(logging.getLogRecordFactory().__name__)"],
                              cwd=ROOT, env=base_env(), capture_output=True, text=True, timeout=120)
    assert imported.stdout.strip() == "scrubbing_factory", imported.stderr[-2000:]
