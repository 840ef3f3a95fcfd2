"""Bad knowledge never reaches a user: every broken file is refused with file, entry and field named."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from actions.knowledge import KnowledgeError, load_knowledge
from actions.knowledge import loader as loader_module

from .conftest import KNOWLEDGE_DIR, REPO


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems(directory) -> list:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return info.value.problems


def test_shipped_knowledge_base_is_valid():
    kb = load_knowledge(KNOWLEDGE_DIR)
    assert "voorbeeld-roc" in kb.scholen and kb.scholen["voorbeeld-roc"].voorbeeld


def test_missing_source_names_file_entry_and_field(kb_copy):
    edit(kb_copy / "regelingen.yml", "    bron: https://www.leergeldvianen.nl", "    bronn: https://www.leergeldvianen.nl")
    found = problems(kb_copy)
    assert any(
        "regelingen.yml" in p and "stichting-leergeld" in p and "'bron'" in p and "ontbreekt" in p for p in found
    ), found
    assert any("'bronn'" in p and "onbekend veld" in p for p in found), found


def test_missing_date_is_refused(kb_copy):
    edit(kb_copy / "regelingen.yml", "    laatst_gecontroleerd: 2026-11-23\n", "", 1)
    assert any("studentenfonds-mbo" in p and "laatst_gecontroleerd" in p for p in problems(kb_copy))


def test_http_link_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "link: https://help.mentimeter.com/", "link: http://help.mentimeter.com/")
    found = problems(kb_copy)
    assert any("tutorials.yml" in p and "mentimeter" in p and "'link'" in p and "https" in p for p in found), found


def test_unparseable_link_is_refused(kb_copy):
    edit(kb_copy / "professionalisering.yml", "link: https://npuls.nl/", "link: https://npuls nl")
    assert any("npuls" in p and "'link'" in p for p in problems(kb_copy))


def test_too_many_steps_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "      - Klik op Nu deelnemen.\n", "      - Klik op Nu deelnemen.\n      - Stap zeven.\n")
    assert any("(id: teams)" in p and "'stappen'" in p for p in problems(kb_copy))


def test_missing_tutorial_for_contract_tool_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "  - id: screenshot", "  - id: teams_rooster")
    found = problems(kb_copy)
    assert any("'teams_rooster'" in p and "dubbel" in p for p in found), found
    assert any("tool 'screenshot' ontbreekt" in p for p in found), found


def test_unknown_or_self_follow_up_tutorial_is_refused(kb_copy):
    edit(kb_copy / "tutorials.yml", "    vervolg: [teams_inleveren, teams_scherm_delen, teams_rooster]",
         "    vervolg: [teams_inleveren, tiktok]")
    edit(kb_copy / "tutorials.yml", "    vervolg: [kahoot, mentimeter]", "    vervolg: [socrative]")
    found = problems(kb_copy)
    assert any("(id: teams)" in p and "'vervolg" in p and "tiktok" in p for p in found), found
    assert any("(id: socrative)" in p and "zelf" in p for p in found), found


def test_unknown_betaalt_voor_value_is_refused(kb_copy):
    edit(kb_copy / "regelingen.yml", "betaalt_voor: [reizen]", "betaalt_voor: [fiets]")
    assert any("studentenreisproduct-mbo" in p and "betaalt_voor[0]" in p for p in problems(kb_copy))


def test_school_profile_missing_budgetcoach_contact_way(kb_copy):
    path = kb_copy / "schools" / "voorbeeld-roc.yml"
    edit(path, "    email: budgetcoach@example.org\n    locatie: Studentenservice, Locatie Centrum, begane grond\n", "")
    found = problems(kb_copy)
    assert any("voorbeeld-roc.yml" in p and "budgetcoach.contact" in p and "minstens" in p for p in found), found


def test_real_school_profile_with_example_addresses_is_refused(kb_copy):
    edit(kb_copy / "schools" / "voorbeeld-roc.yml", "voorbeeld: true", "voorbeeld: false")
    assert any("example.org" in p and "voorbeeld: false" in p for p in problems(kb_copy))


def test_school_id_must_match_file_name(kb_copy):
    (kb_copy / "schools" / "voorbeeld-roc.yml").rename(kb_copy / "schools" / "mijn-roc.yml")
    assert any("mijn-roc.yml" in p and "'id'" in p for p in problems(kb_copy))


def test_yaml_syntax_error_names_the_file_and_line(kb_copy):
    edit(kb_copy / "analoog.yml", "  - opdracht_type: verslag", "  - opdracht_type: [verslag")
    found = problems(kb_copy)
    assert any("analoog.yml" in p and "YAML" in p and re.search(r"line \d+", p) for p in found), found


def test_duplicate_yaml_key_is_refused(kb_copy):
    edit(kb_copy / "teksten.yml", 'kies_school: "', 'kies_school: "dubbel"\nkies_school: "')
    assert any("teksten.yml" in p and "YAML" in p for p in problems(kb_copy))


def test_template_with_unknown_placeholder_is_refused(kb_copy):
    edit(kb_copy / "teksten.yml", 'leenlaptop_intro: "Geen laptop?', 'leenlaptop_intro: "Hoi {naam}! Geen laptop?')
    assert any("leenlaptop_intro" in p and "naam" in p for p in problems(kb_copy))


def test_missing_text_key_is_refused(kb_copy):
    edit(kb_copy / "teksten.yml", 'kies_school: "', 'kies_schooll: "')
    found = problems(kb_copy)
    assert any("teksten.yml" in p and "'kies_school'" in p and "ontbreekt" in p for p in found), found


def test_missing_recommendation_is_refused(kb_copy):
    edit(kb_copy / "docent_handreiking.yml", "  - id: teamagenda", "  - id: samenwerken")
    assert any("teamagenda" in p and "ontbreken" in p for p in problems(kb_copy))


def test_missing_file_and_several_problems_are_reported_together(kb_copy):
    (kb_copy / "analoog.yml").unlink()
    edit(kb_copy / "regelingen.yml", "    verificatie: bron_gelezen\n", "    verificatie: vast wel\n", 1)
    found = problems(kb_copy)
    assert any("analoog.yml" in p and "ontbreekt" in p for p in found)
    assert any("verificatie" in p for p in found)


def test_no_school_profile_is_refused(kb_copy):
    (kb_copy / "schools" / "voorbeeld-roc.yml").unlink()
    assert any("geen schoolprofiel" in p for p in problems(kb_copy))


def test_future_check_date_is_refused(kb_copy):
    edit(kb_copy / "regelingen.yml", "laatst_gecontroleerd: 2026-11-23", "laatst_gecontroleerd: 2999-01-01")
    assert any("toekomst" in p for p in problems(kb_copy))


def test_validate_cli_exit_codes(kb_copy):
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    ok = subprocess.run([sys.executable, "-m", "actions.knowledge", "validate", str(kb_copy)], capture_output=True, text=True, env=env, cwd=REPO)
    assert ok.returncode == 0, ok.stderr
    assert "Kennisbank in orde" in ok.stdout
    edit(kb_copy / "regelingen.yml", "    bron: https://www.leergeldvianen.nl", "    bronn: https://www.leergeldvianen.nl")
    bad = subprocess.run([sys.executable, "-m", "actions.knowledge", "validate", str(kb_copy)], capture_output=True, text=True, env=env, cwd=REPO)
    assert bad.returncode == 1
    assert "regelingen.yml" in bad.stderr and "stichting-leergeld" in bad.stderr and "'bron'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_validate_reports_a_school_without_a_night_shelter_route_and_never_says_helplines_are_hidden(kb_copy):
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    profile = kb_copy / "schools" / "voorbeeld-roc.yml"
    text = profile.read_text(encoding="utf-8")
    start = text.index("  nachtopvang:\n")
    end = text.index("    link: https://www.example.org/nachtopvang\n") + len("    link: https://www.example.org/nachtopvang\n")
    profile.write_text(text[:start] + text[end:], encoding="utf-8")
    edit(kb_copy / "crisis.yml", "    verificatie: bron_gelezen", "    verificatie: niet_geverifieerd")  # the first line: 113
    out = subprocess.run([sys.executable, "-m", "actions.knowledge", "validate", str(kb_copy)], capture_output=True, text=True, env=env, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "zonder veiligheid.nachtopvang" in out.stdout and "voorbeeld-roc" in out.stdout
    shown = next(line for line in out.stdout.splitlines() if line.startswith("Hulplijnen nog niet"))
    assert "zelfmoordpreventie" in shown and "crisisantwoord" in shown
    hidden = [line for line in out.stdout.splitlines() if "zien deze niet" in line]
    assert not any("zelfmoordpreventie" in line for line in hidden)


def test_knowledge_is_loaded_once_per_process(monkeypatch):
    calls = []
    real = loader_module.load_knowledge

    def counting(directory=None):
        calls.append(directory)
        return real(directory)

    monkeypatch.setattr(loader_module, "_cached", None)
    monkeypatch.setattr(loader_module, "load_knowledge", counting)
    first = loader_module.get_knowledge()
    for _ in range(5):
        assert loader_module.get_knowledge() is first
    assert len(calls) == 1
