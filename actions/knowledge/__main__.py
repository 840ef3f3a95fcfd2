"""`python -m actions.knowledge validate [DIR]`: check the knowledge base like the action server does."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from actions.knowledge.loader import KnowledgeError, load_knowledge


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m actions.knowledge")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="valideer data/knowledge (of DIR)")
    validate.add_argument("directory", nargs="?", type=Path, default=None)
    args = parser.parse_args(argv)

    try:
        kb = load_knowledge(args.directory)
    except KnowledgeError as exc:
        print(f"Kennisbank NIET in orde ({len(exc.problems)} probleem/problemen):", file=sys.stderr)
        for line in exc.problems:
            print(f"  - {line}", file=sys.stderr)
        return 1
    examples = [s.id for s in kb.scholen.values() if s.voorbeeld]
    print(
        f"Kennisbank in orde: {len(kb.scholen)} schoolprofiel(en), {len(kb.regelingen)} regelingen, "
        f"{len(kb.tutorials)} tutorials, {len(kb.analoog)} analoge alternatieven, "
        f"{len(kb.handreiking.aanbevelingen)} aanbevelingen, {len(kb.professionalisering)} externe routes, "
        f"{len(kb.crisis.hulplijnen)} hulplijnen voor crisis."
    )
    unverified = [r.id for r in kb.regelingen if r.verificatie.value == "niet_geverifieerd"]
    unverified += [r.id for r in kb.professionalisering if r.verificatie.value == "niet_geverifieerd"]
    # Helplines are never withheld (a crisis answer without its numbers helps nobody), so they are listed apart.
    unverified_lines = [h.id for h in kb.crisis.hulplijnen if h.verificatie.value == "niet_geverifieerd"]
    no_shelter_route = [s.id for s in kb.scholen.values() if s.veiligheid.nachtopvang is None]
    # Amounts, rules and phone numbers change; stale entries are reported, not refused (time alone must not
    # break CI).
    dated = [(r.id, r.laatst_gecontroleerd) for r in kb.regelingen]
    dated += [(f"hulplijn {h.id}", h.laatst_gecontroleerd) for h in kb.crisis.hulplijnen]
    dated.append(("meldcode", kb.crisis.meldcode.laatst_gecontroleerd))
    stale = [ident for ident, checked in dated if (dt.date.today() - checked).days > 365]
    if stale:
        print(f"Langer dan een jaar niet gecontroleerd (kaart krijgt een waarschuwing): {', '.join(stale)}.")
    stale_tutorials = [t.id for t in kb.tutorials.values() if (dt.date.today() - t.laatst_gecontroleerd).days > 365]
    if stale_tutorials:
        print(f"Tutorials langer dan een jaar niet nagekeken (knoppen veranderen na updates): {', '.join(stale_tutorials)}.")
    # A tutorial without verificatie or check date is refused by the schema; these were declared unchecked.
    niet_nagekeken = [t.id for t in kb.tutorials.values() if not t.nagekeken and not t.schoolroute]
    if niet_nagekeken:
        print(
            "Tutorials met knopnamen die nog niet bij de maker zijn nagekeken (studenten zien 'nog niet nagekeken'): "
            f"{', '.join(niet_nagekeken)}."
        )
    schoolstappen = [t.id for t in kb.tutorials.values() if not t.nagekeken and t.schoolroute]
    if schoolstappen:
        print(
            "Algemene stappen voor systemen van de school, niet nagekeken (zet de eigen stappen in het schoolprofiel): "
            f"{', '.join(schoolstappen)}."
        )
    if unverified:
        print(
            f"Nog te controleren (verificatie: niet_geverifieerd; studenten en ouders zien deze niet): {', '.join(unverified)}."
        )
    if unverified_lines:
        print(
            "Hulplijnen nog niet helemaal in een bron bevestigd (ze staan wel in het crisisantwoord, controleer ze "
            f"eerst): {', '.join(unverified_lines)}."
        )
    if no_shelter_route:
        print(
            "Schoolprofiel zonder veiligheid.nachtopvang (een student zonder slaapplek krijgt dan alleen de "
            f"algemene route; zet de route naar een bed in jullie regio erin): {', '.join(no_shelter_route)}."
        )
    if examples:
        print(f"Let op: voorbeeldprofiel(en) actief: {', '.join(examples)}. Vervang door het profiel van je school.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
