"""The team report: a CSV and a self-contained Dutch HTML page with plots (make insights).

Everything shown comes from ``Publication``: hidden cells are written as "x", and every figure the page
adds itself (a sum over months, a percentage) is computed from shown cells only, so the page says
nothing the protected cells do not. The page loads nothing from elsewhere: styles inline, plots as
embedded PNG images.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import io
import warnings
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from bot.insights.counting import MESSAGE_DIMENSIONS, ROUTE
from bot.insights.publication import MESSAGES, TOTAL, Publication
from bot.insights.rules import CRISIS, NOT_UNDERSTOOD, UNDERSTOOD, UNKNOWN_SCHOOL, WEEKDAYS, InsightRules

HIDDEN = "x"
MONTH_NAMES = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
WEEKDAY_NAMES = dict(zip(WEEKDAYS, ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")))
EVENING = tuple(f"{hour:02d}" for hour in range(18, 24))
CSV_COLUMNS = ("school", "periode_soort", "periode", "dimensie", "waarde", "omschrijving", "aantal")


@dataclass
class ReportInput:
    publications: List[Publication]
    school_names: Dict[str, str]
    rules: InsightRules
    made_on: dt.date
    synthetic: bool = False


# ----------------------------------------------------------------------------------------------- labels
def value_label(rules: InsightRules, dimension: str, value: str) -> str:
    if dimension == ROUTE:
        return "Crisis" if value == CRISIS else rules.routes.get(value, value)
    if dimension == "kanaal":
        return rules.channels.get(value, "Anders")
    if dimension == "begrip":
        return {UNDERSTOOD: "Begrepen", NOT_UNDERSTOOD: "Niet begrepen"}.get(value, value)
    if dimension == "uur":
        return f"{value}:00-{value}:59"
    if dimension == "weekdag":
        return WEEKDAY_NAMES.get(value, value)
    if dimension == MESSAGES:
        return "Berichten (totaal)"
    return value


def period_label(period: str) -> str:
    if "-W" in period:
        year, week = period.split("-W")
        return f"wk {int(week)} '{year[2:]}"
    year, month = period.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} '{year[2:]}"


def school_label(names: Dict[str, str], school: str) -> str:
    return "School onbekend" if school == UNKNOWN_SCHOOL else names.get(school, school)


# ------------------------------------------------------------------------------------------------- CSV
def csv_rows(report: ReportInput) -> Iterable[Tuple[str, ...]]:
    for publication in report.publications:
        for kind, keys in (("week", publication.weeks), ("maand", publication.months)):
            for period in keys:
                for dimension, value in _row_order(publication, period):
                    count = publication.shown(dimension, value, period)
                    yield (
                        publication.school, kind, period, dimension, value,
                        value_label(report.rules, dimension, value), HIDDEN if count is None else str(count),
                    )


def _row_order(publication: Publication, period: str) -> List[Tuple[str, str]]:
    order = [(MESSAGES, TOTAL)]
    for dimension in MESSAGE_DIMENSIONS:
        order += [(key[0], key[1]) for key in publication.keys(dimension, period)]
    order += [(key[0], key[1]) for key in publication.keys(ROUTE, period)]
    return order


def write_csv(report: ReportInput, stream: io.TextIOBase) -> None:
    # Semicolons: Dutch spreadsheet programs open such a file in columns without asking.
    if report.synthetic:
        stream.write("# VOORBEELD met verzonnen gegevens: deze cijfers komen niet van echte studenten.\n")
    writer = csv.writer(stream, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(report))


# ----------------------------------------------------------------------------------------------- plots
def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    import matplotlib.pyplot as plt

    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})
    return plt


COLOR, HIDDEN_COLOR, LOWER_COLOR = "#2b6cb0", "#a0aec0", "#90cdf4"


def bar_plot(labels: Sequence[str], counts: Sequence[Optional[float]], title: str, unit: str = "") -> str:
    """Bars for shown counts; an 'x' on the axis where a count is hidden."""
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(8, 2.6))
    positions = range(len(labels))
    heights = [count or 0 for count in counts]
    axis.bar(positions, heights, color=COLOR, width=0.7)
    top = max(heights) if any(heights) else 1
    for position, count in zip(positions, counts):
        if count is None:
            axis.text(position, top * 0.02, HIDDEN, ha="center", va="bottom", color=HIDDEN_COLOR, fontsize=10, fontweight="bold")
    axis.set_xticks(list(positions))
    axis.set_xticklabels(labels, rotation=45 if len(labels) > 8 else 0, ha="right" if len(labels) > 8 else "center")
    axis.set_title(title, loc="left", fontsize=10)
    if unit:
        axis.set_ylabel(unit)
    axis.set_ylim(0, top * 1.15)
    return _png(figure)


def lower_bound_plot(labels: Sequence[str], totals: Sequence[Tuple[int, bool]], title: str, horizontal: bool = False) -> str:
    """Sums of shown cells; a lighter bar marked with >= where some cells were hidden (at least this many)."""
    plt = _pyplot()
    height = max(2.6, 0.32 * len(labels)) if horizontal else 2.6
    figure, axis = plt.subplots(figsize=(8, height))
    values = [total for total, _ in totals]
    colors = [LOWER_COLOR if partial else COLOR for _, partial in totals]
    positions = list(range(len(labels)))
    top = max(values) if any(values) else 1
    if horizontal:
        axis.barh(positions, values, color=colors)
        axis.set_yticks(positions)
        axis.set_yticklabels(labels)
        axis.invert_yaxis()
        axis.set_xlim(0, top * 1.2)
        for position, (total, partial) in zip(positions, totals):
            label = HIDDEN if partial and not total else ("≥ " if partial else "") + str(total)
            axis.text(total + top * 0.01, position, label, va="center", fontsize=8)
    else:
        axis.bar(positions, values, color=colors, width=0.7)
        axis.set_xticks(positions)
        axis.set_xticklabels(labels)
        axis.set_ylim(0, top * 1.2)
        for position, (total, partial) in zip(positions, totals):
            if partial:
                axis.text(position, total + top * 0.01, "≥" if total else HIDDEN, ha="center", va="bottom", fontsize=8)
    axis.set_title(title, loc="left", fontsize=10)
    return _png(figure)


# ------------------------------------------------------------------------------------------------ HTML
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a202c;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #e2e8f0}
h3{font-size:1.05rem;margin-top:1.5rem}.sub{color:#4a5568;margin-top:0}
.note{background:#ebf8ff;border-left:4px solid #2b6cb0;padding:.6rem 1rem;margin:1rem 0}
.warn{background:#fffaf0;border-left:4px solid #dd6b20;padding:.6rem 1rem;margin:1rem 0}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.85rem}th,td{border:1px solid #e2e8f0;padding:.2rem .45rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#f7fafc}td.x{color:#a0aec0}
.scroll{overflow-x:auto}img{max-width:100%}ul.questions li{margin-bottom:.3rem}
"""


class _Page:
    def __init__(self) -> None:
        self.parts: List[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def text(self, tag: str, content: str, css: str = "") -> None:
        attribute = f' class="{css}"' if css else ""
        self.add(f"<{tag}{attribute}>{html.escape(content)}</{tag}>")

    def image(self, png: str, alt: str) -> None:
        self.add(f'<img src="data:image/png;base64,{png}" alt="{html.escape(alt)}">')

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        head = "".join(f"<th>{html.escape(str(cell))}</th>" for cell in header)
        body = []
        for row in rows:
            cells = [f"<td>{html.escape(str(row[0]))}</td>"]
            for cell in row[1:]:
                css = ' class="x"' if cell == HIDDEN else ""
                cells.append(f"<td{css}>{html.escape(str(cell))}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        self.add(f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>')


def _cell(count: Optional[int]) -> object:
    return HIDDEN if count is None else count


def _sum_shown(publication: Publication, dimension: str, value: str, keys: Sequence[str]) -> Tuple[int, bool]:
    counts = [publication.shown(dimension, value, period) for period in keys]
    return sum(count for count in counts if count is not None), any(count is None for count in counts)


def _share(publication: Publication, period: str) -> Optional[float]:
    """Share not understood, only where both counts are shown."""
    missed = publication.shown("begrip", NOT_UNDERSTOOD, period)
    total = publication.shown(MESSAGES, TOTAL, period)
    if missed is None or not total:
        return None
    return 100.0 * missed / total


def school_section(page: _Page, publication: Publication, report: ReportInput) -> None:
    rules = report.rules
    weeks, months = publication.weeks, publication.months
    page.text("h2", school_label(report.school_names, publication.school))
    if not any(publication.values.values()):
        page.text("p", "Nog geen tellingen in deze periode.", "note")
        return

    # --- messages ----------------------------------------------------------------------------------
    page.text("h3", "Hoeveel berichten kreeg Kansenbot?")
    page.text("p", "Alles wat iemand naar Kansenbot stuurt telt mee, ook een klik op een knop en het openen van de "
                   "chat in Teams (dan stuurt Teams een begroeting).")
    if weeks:
        page.image(bar_plot([period_label(w) for w in weeks], [publication.shown(MESSAGES, TOTAL, w) for w in weeks],
                            "Berichten per week"), "Staafdiagram: aantal berichten per week")
    if months:
        page.image(bar_plot([period_label(m) for m in months], [publication.shown(MESSAGES, TOTAL, m) for m in months],
                            "Berichten per maand"), "Staafdiagram: aantal berichten per maand")

    # --- routes ------------------------------------------------------------------------------------
    page.text("h3", "Waar vragen studenten hulp bij?")
    page.text("p", "Per vraag telt de eerste hulp die Kansenbot gaf. Een lichte balk met ≥ betekent: minstens zo "
                   "vaak; in sommige maanden is het aantal verborgen.")
    routes = list(publication.routes)
    if months:
        totals = [_sum_shown(publication, ROUTE, route, months) for route in routes]
        page.image(lower_bound_plot([value_label(rules, ROUTE, r) for r in routes], totals,
                                    f"Hulpvragen in {period_label(months[0])} t/m {period_label(months[-1])}", horizontal=True),
                   "Liggend staafdiagram: hoe vaak elke hulproute gevraagd werd in de gekozen maanden")
        page.table(["Hulp"] + [period_label(m) for m in months],
                   [[value_label(rules, ROUTE, r)] + [_cell(publication.shown(ROUTE, r, m)) for m in months] for r in routes])
    if weeks:
        page.text("p", "Per week:")
        page.table(["Hulp"] + [period_label(w) for w in weeks],
                   [[value_label(rules, ROUTE, r)] + [_cell(publication.shown(ROUTE, r, w)) for w in weeks] for r in routes])

    # --- not understood ----------------------------------------------------------------------------
    page.text("h3", "Begrijpt Kansenbot de vragen?")
    page.text("p", "Het deel van de berichten dat Kansenbot niet kon plaatsen, of waarop hij vroeg het anders te "
                   "zeggen. Stijgt dit, dan stellen studenten vragen waar Kansenbot nog geen antwoord op heeft.")
    for keys, what in ((weeks, "week"), (months, "maand")):
        if keys:
            page.image(bar_plot([period_label(k) for k in keys], [_share(publication, k) for k in keys],
                                f"Niet begrepen, % van de berichten per {what}", unit="%"),
                       f"Staafdiagram: percentage niet begrepen berichten per {what}")

    # --- when --------------------------------------------------------------------------------------
    if not months:
        page.text("p", "Uur, dag, kanaal en crisishulp staan per maand in dit overzicht: kies een periode met "
                       "minstens één hele maand.", "note")
    else:
        page.text("h3", "Wanneer vragen studenten hulp?")
        hours = [key[1] for key in publication.keys("uur", months[0])]
        totals = [_sum_shown(publication, "uur", hour, months) for hour in hours]
        page.image(lower_bound_plot([str(int(hour)) for hour in hours], totals, "Berichten per uur van de dag (alle gekozen maanden)"),
                   "Staafdiagram: berichten per uur van de dag")
        evening = sum(total for (hour, (total, _)) in zip(hours, totals) if hour in EVENING)
        all_messages = [publication.shown(MESSAGES, TOTAL, m) for m in months]
        if None not in all_messages and sum(all_messages):
            page.text("p", f"Minstens {evening} van de {sum(all_messages)} berichten kwamen 's avonds (18:00-24:00).")
        else:
            page.text("p", f"Minstens {evening} berichten kwamen 's avonds (18:00-24:00).")
        days = [key[1] for key in publication.keys("weekdag", months[0])]
        page.image(lower_bound_plot([WEEKDAY_NAMES.get(day, day) for day in days],
                                    [_sum_shown(publication, "weekdag", day, months) for day in days],
                                    "Berichten per dag van de week (alle gekozen maanden)"),
                   "Staafdiagram: berichten per dag van de week")

        # --- channels ------------------------------------------------------------------------------
        page.text("h3", "Via welk kanaal?")
        channels = [key[1] for key in publication.keys("kanaal", months[0])]
        page.table(["Kanaal"] + [period_label(m) for m in months],
                   [[value_label(rules, "kanaal", c)] + [_cell(publication.shown("kanaal", c, m)) for m in months] for c in channels])

        # --- crisis --------------------------------------------------------------------------------
        page.text("h3", "Crisishulp")
        page.text("p", "Hoe vaak Kansenbot de crisishulp gaf: hulplijnen en de vertrouwenspersoon van school. Dit tellen "
                       "we alleen per maand, nooit per week. Een x betekent: minder dan 5, of verborgen om een klein "
                       "getal te beschermen.")
        page.table(["Maand"] + [period_label(m) for m in months],
                   [["Crisishulp gegeven"] + [_cell(publication.shown(ROUTE, CRISIS, m)) for m in months]])


def write_html(report: ReportInput, stream: io.TextIOBase) -> None:
    with warnings.catch_warnings():  # matplotlib 3.7 calls pyparsing names that pyparsing 3.1 deprecates
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"matplotlib\.")
        _write_html(report, stream)


def _write_html(report: ReportInput, stream: io.TextIOBase) -> None:
    page = _Page()
    schools = ", ".join(school_label(report.school_names, p.school) for p in report.publications) or "geen"
    first = report.publications[0] if report.publications else None
    page.add('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
             '<meta name="viewport" content="width=device-width,initial-scale=1">'
             "<title>Kansenbot in cijfers</title><style>" + STYLE + "</style></head><body>")
    page.text("h1", "Kansenbot in cijfers")
    scope = []
    if first and first.weeks:
        scope.append(f"weken {period_label(first.weeks[0])} t/m {period_label(first.weeks[-1])}")
    if first and first.months:
        scope.append(f"maanden {period_label(first.months[0])} t/m {period_label(first.months[-1])}")
    page.text("p", f"{schools} · {' en '.join(scope)} · gemaakt op {report.made_on.isoformat()}", "sub")
    if report.synthetic:
        page.text("p", "VOORBEELD met verzonnen gegevens. Deze cijfers komen niet van echte studenten.", "warn")
    page.text("p", "Voor het teamoverleg: waar lopen studenten tegenaan, en wanneer? Dit overzicht telt alleen "
                   "aantallen. Er staan geen berichten, namen of gesprekken in, en niets dat naar één student leidt.", "note")
    page.text("h2", "Zo lees je dit overzicht")
    page.add("<ul>"
             "<li><b>x</b> betekent: verborgen. Getallen onder de 5 laten we nooit zien. Soms verbergen we ook een "
             "groter getal, anders kun je een klein getal terugrekenen uit een totaal.</li>"
             "<li>Een <b>week</b> loopt van maandag tot en met zondag. Een <b>maand</b> bestaat uit hele weken: de "
             "weken waarvan de donderdag in die maand valt. Zo telt elke week in precies één maand.</li>"
             "<li>Je ziet alleen weken en maanden die voorbij zijn.</li>"
             "<li>Kansenbot telt op het moment van het gesprek. Wat er in gesprekken stond, wordt na een tijd "
             "gewist; de tellingen blijven.</li></ul>")
    page.text("h2", "Om te bespreken")
    page.add('<ul class="questions">'
             "<li>Welke hulp vragen studenten het meest? Weten we als team waar we studenten daarvoor heen sturen?</li>"
             "<li>Komen vragen vooral 's avonds of in het weekend? Wie kan een student dan helpen?</li>"
             "<li>Zijn er weken met veel vragen over geld, een laptop of internet (begin van het jaar, toetsweken)? "
             "Kunnen we daar eerder op inspelen?</li>"
             "<li>Wat zetten we op de agenda, en wie pakt het op?</li></ul>")
    for publication in report.publications:
        school_section(page, publication, report)
    page.add("</body></html>")
    stream.write("\n".join(page.parts) + "\n")
