"""`rasa data validate` that really fails on warnings: `python -m bot.checks.validate_data`.

Rasa 3.6.21's `--fail-on-warnings` misses most warnings: e.g. Validator.verify_intents and
verify_utterances_in_stories compute `ignore_warnings or everything_is_alright`, which stays True. So
this runs Rasa's own validation in-process, records every warning Rasa raises, and fails when there
is any. Output: one line per warning, then the verdict.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import warnings
from pathlib import Path
from typing import List, Optional, Sequence, Set

RASA_PACKAGE = f"{os.sep}rasa{os.sep}"


def responses_sent_by_code() -> Set[str]:
    """Responses the channels and the fault handling send themselves, so no story or rule uses them."""
    from bot.channels.rest import PROBLEM_RESPONSES
    from bot.channels.teams import CHANNEL_RESPONSES
    from bot.runtime.action_endpoint import FAILURE_RESPONSES

    return {*PROBLEM_RESPONSES, *CHANNEL_RESPONSES, *FAILURE_RESPONSES}


def _expected(message: str, category: type) -> bool:
    """Rasa's own list of warnings it always raises and filters itself (e.g. the slot auto-fill notice)."""
    from rasa.utils.common import EXPECTED_WARNINGS

    return any(issubclass(category, kind) and re.match(pattern, message) for kind, pattern in EXPECTED_WARNINGS)


def rasa_warnings(caught: Sequence[warnings.WarningMessage]) -> List[str]:
    """Warnings raised by Rasa about the project (not third-party deprecation noise)."""
    unused = re.compile(r"The utterance '(\w+)' is not used in any story or rule")
    sent_by_code = responses_sent_by_code()
    found = set()
    for item in caught:
        message = str(item.message).strip()
        if not issubclass(item.category, (UserWarning, FutureWarning)) or RASA_PACKAGE not in item.filename:
            continue
        match = unused.match(message)
        if _expected(message, item.category) or (match and match.group(1) in sent_by_code):
            continue
        found.add(message)
    return sorted(found)


def validate(config: str, domain: str, data: Sequence[str]) -> List[str]:
    """Run Rasa's validation; SystemExit(1) on errors, else the list of warnings."""
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    from rasa.cli.utils import validate_files
    from rasa.shared.importers.importer import TrainingDataImporter

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        importer = TrainingDataImporter.load_from_config(
            config_path=config, domain_path=domain, training_data_paths=list(data)
        )
        validate_files(fail_on_warnings=True, max_history=None, importer=importer)
    return rasa_warnings(caught)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="var/config.active.yml")
    parser.add_argument("--domain", default="domain.yml")
    parser.add_argument("--data", nargs="+", default=["data/nlu", "data/dialogue"])
    args = parser.parse_args(argv)
    missing = [path for path in [args.config, args.domain, *args.data] if not Path(path).exists()]
    if missing:
        print(f"[kansenbot] ERROR: validation input missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    found = validate(args.config, args.domain, args.data)
    for message in found:
        print(f"[kansenbot] validation warning: {message}", file=sys.stderr)
    if found:
        print(f"[kansenbot] ERROR: {len(found)} validation warning(s); make test treats them as errors.", file=sys.stderr)
        return 1
    print("[kansenbot] training data, domain and config are valid (no warnings).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
