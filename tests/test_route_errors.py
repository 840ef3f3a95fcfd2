"""scripts/route_errors.py: prints a development set's wrong routes, and never a held-out set's messages."""
import importlib.util

import pytest

from bot.nlp import heldout, routes

FIXTURE = heldout.ROOT / "tests" / "fixtures" / "routes_synthetic.yml"


@pytest.fixture(scope="module")
def route_errors():
    spec = importlib.util.spec_from_file_location("route_errors", heldout.ROOT / "scripts" / "route_errors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["blind_routes_student.yml", "blind_routes_teacher.yml", "blind_crisis.yml", "heldout.yml", "heldout_fresh.yml"])
def test_held_out_sets_are_refused_before_they_are_read(route_errors, name, capsys):
    path = heldout.ROOT / "tests" / "nlu" / name
    assert route_errors.is_held_out(path)
    with pytest.raises(SystemExit, match="held-out set"):
        route_errors.main([str(path), "--model", "no-model-needed.tar.gz"])
    assert capsys.readouterr().out == ""


def test_a_development_set_is_not_taken_for_a_held_out_one(route_errors):
    assert not route_errors.is_held_out(FIXTURE)


def test_errors_and_figures_of_a_development_set(route_errors, capsys):
    assert route_errors.main([str(FIXTURE), "--model", str(heldout.latest_model())]) == 0
    out = capsys.readouterr().out
    items = routes.load_route_set(FIXTURE)
    assert f"{len(items)} messages: first-route accuracy" in out
    texts = {item.text for item in items}
    error_lines = [line for line in out.splitlines() if " -> " in line]
    assert all(line.split("] ", 1)[1] in texts for line in error_lines)
    for register in {item.register for item in items}:
        assert f"  {register}" in out


def test_the_mid_conversation_pass_leaves_out_what_depends_on_the_question_before(route_errors, capsys):
    items = routes.load_route_set(FIXTURE)
    kept = [item for item in items if item.route not in routes.CONTEXT_DEPENDENT]
    assert len(kept) < len(items), "the fixture needs a ja/nee or school-name message for this test"
    assert route_errors.main([str(FIXTURE), "--model", str(heldout.latest_model()), "--mid-conversation"]) == 0
    assert f"{len(kept)} messages: first-route accuracy" in capsys.readouterr().out
