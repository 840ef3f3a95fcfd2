"""The team report from the stored counters, and its files: shared by `make insights` (bot/insights/__main__.py)
and the sample in docs/ (bot/insights/sample.py), which therefore do not import each other.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from bot.insights import periods
from bot.insights.rules import UNKNOWN_SCHOOL, InsightRules, school_ids


def school_names() -> Dict[str, str]:
    try:
        from actions.knowledge import load_knowledge

        return {school_id: profile.naam for school_id, profile in load_knowledge().scholen.items()}
    except Exception:  # names are a nicety; ids will do
        return {}


def build_report(engine, rules: InsightRules, schools: Optional[Sequence[str]], weeks: List[str], months: List[str],
                 made_on: dt.date, synthetic: bool = False):
    from bot.insights.publication import Publisher
    from bot.insights.report import ReportInput
    from bot.insights.table import read_counts, stored_schools

    needed = set(weeks) | set(months)
    for month in months:
        needed.update(periods.weeks_of_month(month))
    names = school_names()
    if schools is None:
        present = set(stored_schools(engine))
        known = sorted(school_ids() | set(names), key=lambda school: names.get(school, school).lower())
        schools = [s for s in known if s in present or not present] + sorted(present - set(known) - {UNKNOWN_SCHOOL})
        if UNKNOWN_SCHOOL in present:
            schools.append(UNKNOWN_SCHOOL)
    counts = read_counts(engine, schools=schools, periods=needed)
    publications = [Publisher(counts, school, rules).publish(weeks, months) for school in schools]
    return ReportInput(publications, names, rules, made_on, synthetic)


def write_report(report, out: Path, stem: str) -> List[Path]:
    from bot.insights.report import write_csv, write_html

    out.mkdir(parents=True, exist_ok=True)
    html_path, csv_path = out / f"{stem}.html", out / f"{stem}.csv"
    with html_path.open("w", encoding="utf-8") as stream:
        write_html(report, stream)
    # utf-8-sig: spreadsheet programs then read the accents in the labels correctly.
    with csv_path.open("w", encoding="utf-8-sig", newline="") as stream:
        write_csv(report, stream)
    return [html_path, csv_path]
