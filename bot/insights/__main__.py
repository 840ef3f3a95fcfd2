"""make insights: the anonymous team report from the counters in the conversation database.

    python -m bot.insights report [--school ID]... [--weeks 12] [--months 12] [--from DATE --to DATE] [--out DIR]
    python -m bot.insights validate          check data/insights.yml against domain.yml
    python -m bot.insights sample [--out docs]   the sample report from made-up conversations

The database is the one the bot uses (bot/storage/database.py: SQLite under var/ or PostgreSQL by
environment). Only closed weeks and months are reported (bot/insights/periods.py).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import List, Optional

from bot.insights import periods
from bot.insights.build import build_report, write_report
from bot.insights.rules import ROOT, UNKNOWN_SCHOOL, InsightRules, RulesError, load_rules, school_ids

DEFAULT_OUT = ROOT / "var" / "insights"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 260:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number from 1 to 260")
    return number


def choose_periods(args: argparse.Namespace, now: dt.datetime, rules: InsightRules):
    zone = periods.timezone(rules.timezone)
    if args.start or args.end:
        first = args.start or dt.date(2000, 1, 1)
        last = args.end or now.astimezone(zone).date()
        if last < first:
            raise ValueError("--to is before --from")
        weeks = [w for w in periods.weeks_between(first, last) if periods.month_closed(periods.month_of_week(w), now, zone)]
        months = [m for m in periods.months_between(first, last) if periods.month_closed(m, now, zone)]
        return weeks[-260:], months[-60:]
    return periods.last_closed_weeks(args.weeks, now, zone), periods.last_closed_months(args.months, now, zone)


def report_command(args: argparse.Namespace) -> int:
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    import sqlalchemy as sa

    from bot.insights.table import create_table
    from bot.storage import database

    rules = load_rules()
    now = dt.datetime.now(dt.timezone.utc)
    try:
        weeks, months = choose_periods(args, now, rules)
    except ValueError as error:
        print(f"[insights] ERROR: {error}", file=sys.stderr)
        return 2
    known = school_ids()
    for school in args.school or []:
        if school not in known and school != UNKNOWN_SCHOOL:
            print(f"[insights] ERROR: unknown school {school!r}; profiles: {', '.join(sorted(known))}", file=sys.stderr)
            return 2
    url = database.database_url()
    engine = database.create_engine(url)
    try:
        create_table(engine)  # a bot that has not counted anything yet gives an empty report, not an error
        report = build_report(engine, rules, args.school, weeks, months, now.astimezone(periods.timezone(rules.timezone)).date())
    except sa.exc.OperationalError as error:
        print(f"[insights] ERROR: cannot read the counters in {database.describe(url)}: {type(error.orig).__name__}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    scope = "-".join(args.school) if args.school else "alle-scholen"
    paths = write_report(report, Path(args.out), f"inzichten-{scope}-{report.made_on.isoformat()}")
    print(f"[insights] {len(weeks)} week(s), {len(months)} month(s), {len(report.publications)} school(s):")
    for path in paths:
        print(f"[insights]   {path}")
    return 0


def validate_command(_: argparse.Namespace) -> int:
    from ruamel.yaml import YAML

    try:
        rules = load_rules()
    except RulesError as error:
        print(f"[insights] ERROR: {error}", file=sys.stderr)
        return 1
    domain = YAML(typ="safe", pure=True).load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    names = set(domain.get("actions") or []) | set(domain.get("responses") or {})
    problems = [f"route {name!r} is not an action or response in domain.yml" for name in rules.routes if name not in names]
    problems += [
        f"niet_begrepen.antwoorden: {name!r} is not a response in domain.yml"
        for name in sorted(rules.fallback_responses) if name not in names
    ]
    intents = {next(iter(i)) if isinstance(i, dict) else i for i in domain.get("intents") or []} | {"nlu_fallback"}
    problems += [f"niet_begrepen.intents: {name!r} is not an intent" for name in sorted(rules.fallback_intents) if name not in intents]
    for problem in problems:
        print(f"[insights] ERROR: data/insights.yml: {problem}", file=sys.stderr)
    if not problems:
        print("[insights] data/insights.yml is valid.")
    return 1 if problems else 0


def sample_command(args: argparse.Namespace) -> int:
    from bot.insights.sample import make_sample

    for path in make_sample(Path(args.out)):
        print(f"[insights] {path}")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.insights", description="Anonymous insights for the team agenda.")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="write the HTML and CSV report")
    report.add_argument("--school", action="append", help="school profile id (repeatable; default: every school)")
    report.add_argument("--weeks", type=_positive, default=12, help="the last N closed weeks (default 12)")
    report.add_argument("--months", type=_positive, default=12, help="the last N closed months (default 12)")
    report.add_argument("--from", dest="start", type=_date, help="first day (YYYY-MM-DD); replaces --weeks/--months")
    report.add_argument("--to", dest="end", type=_date, help="last day (YYYY-MM-DD); default today")
    report.add_argument("--out", default=str(DEFAULT_OUT), help="folder for the files (default var/insights)")
    report.set_defaults(run=report_command)
    commands.add_parser("validate", help="check data/insights.yml").set_defaults(run=validate_command)
    sample = commands.add_parser("sample", help="the sample report from made-up conversations")
    sample.add_argument("--out", default=str(ROOT / "docs"))
    sample.set_defaults(run=sample_command)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except RulesError as error:
        print(f"[insights] ERROR: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
