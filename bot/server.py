"""The Rasa server with Kansenbot's start-up: the one way every Kansenbot Rasa process is started.

    python -m bot.server run   [the options of `rasa run`]     the server (launcher, tests, benchmarks, deploy/)
    python -m bot.server shell [the options of `rasa shell`]   chat in the terminal (`make shell`)

It is `rasa run` / `rasa shell` (Rasa's own argument parser, logging set-up and command functions), plus
what Kansenbot adds to the server process (bot/runtime): the log filter and the other process-wide set-up
before Rasa reads a file, and the runtime hooks once the agent is loaded. The hooks are passed to Rasa
through ``serve_application(server_listeners=...)``, Rasa's public parameter for server listeners, so they
run in every server process (and in every Sanic worker) whatever channels credentials.yml names.

Why not `rasa run`: Rasa 3.6 has no other hook for server start. Before this module the hooks were
attached from the REST channel's blueprint, so a credentials.yml without the REST channel (Teams only)
silently lost the fault handling. docs/architecture.md compares the alternatives.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

COMMANDS = ("run", "shell")


def _parser() -> argparse.ArgumentParser:
    """Rasa's own `run` and `shell` argument parsers (as rasa/__main__.py builds them, without the other
    commands, whose modules cost a second of start-up to import)."""
    import rasa.cli.utils  # noqa: F401 - rasa.cli.run uses it without importing it (rasa/__main__.py does)
    from rasa.cli import run, shell
    from rasa.cli.arguments.default_arguments import add_logging_options

    parser = argparse.ArgumentParser(prog="python -m bot.server", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parent = argparse.ArgumentParser(add_help=False)
    add_logging_options(parent)
    subparsers = parser.add_subparsers()
    run.add_subparser(subparsers, parents=[parent])
    shell.add_subparser(subparsers, parents=[parent])
    return parser


def configure_process(log_level: Optional[int], logging_config_file: Optional[str] = None) -> None:
    """What rasa/__main__.py does before it runs a command (Rasa 3.6.21), without the telemetry set-up."""
    import rasa.utils.io
    import rasa.utils.tensorflow.environment as tf_env
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(log_level, logging_config_file, warn_only_once=True, filter_repeated_logs=True)
    tf_env.setup_tf_environment()
    tf_env.check_deterministic_ops()
    sys.path.insert(1, os.getcwd())
    rasa.utils.io.configure_colored_logging(log_level)
    configure_structlog(log_level)


def main(argv: Optional[List[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"  # Kansenbot never sends telemetry

    # Before anything imports Rasa (and so TensorFlow): skops, the intent classifier's model format, lists
    # the numpy and scipy functions it trusts when it is imported, searching every loaded module for each
    # one (skops/io/_utils.py whichmodule). That is about 1,500 modules here and 6,000 after TensorFlow:
    # 2 s instead of 6.5 s of CPU at every server start (measured), with the same list.
    import skops.io  # noqa: F401

    from bot import runtime, settings

    try:  # every setting is checked now, so a bad value stops start-up instead of the first request
        settings.get()
    except settings.SettingsError as error:
        print(f"[kansenbot] ERROR: Cannot start the Rasa server: {error}", file=sys.stderr)
        return 2

    # Before Rasa logs or reads anything: the log filter must see the very first line.
    runtime.prepare_process()

    from rasa.shared.exceptions import RasaException
    from rasa.shared.utils.cli import print_error

    args = _parser().parse_args(argv)
    configure_process(getattr(args, "loglevel", None), getattr(args, "logging_config_file", None))

    # rasa.cli.run.run and rasa.cli.shell.shell hand every argument on to serve_application.
    args.server_listeners = runtime.server_listeners()
    try:
        args.func(args)
    except RasaException as error:
        print_error(f"{error.__class__.__name__}: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
