"""scripts/import_dev_sets.py: retired development sets become training data, and nothing that must stay out gets in."""
import importlib.util
import sys

import pytest
import yaml
from rasa.shared.nlu.training_data.loading import load_data

from bot.nlp import heldout

spec = importlib.util.spec_from_file_location("import_dev_sets", heldout.ROOT / "scripts" / "import_dev_sets.py")
importer = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = importer  # its dataclasses look their module up there
spec.loader.exec_module(importer)

CRISIS_SET = {
    "crisis": [
        {"text": "mijn stiefvader  slaat me als hij dronken is", "kind": "geweld_thuis", "style": "direct"},
        {"text": "al in de training staat dit", "kind": "zelfdoding", "style": "direct"},
        {"text": "iemand uit de toets", "kind": "acuut_gevaar", "style": "direct"},
    ],
    "everyday": [
        {"text": "die film met die bijl was eng", "topic": "media"},
        {"text": "ik wil dood haha", "topic": "exaggeration"},
        {"text": "mijn laptop is dood, kan ik er een lenen", "topic": "help_laptop"},
        {"text": "niet gelabeld", "topic": "media"},
    ],
    "ambiguous": [{"text": "ik wil gewoon weg", "leaning": "probably_crisis"}],
}
ROUTE_SET = [
    {"text": "hoe werkt [teams](tool) eigenlijk", "route": "tutorial", "register": "student"},
    {"text": "mijn wifi is traag en ik heb geen geld", "route": "studieplek+budgetcoach", "register": "student"},
    {"text": "Mijn wifi is  traag en ik heb geen geld", "route": "studieplek+budgetcoach", "register": "student"},
    {"text": "ik ben [naam] en wil een mens", "route": "mens", "register": "student"},
    {"text": "ik slaap bij vrienden op de bank en heb geen plek om te leren", "route": "studieplek", "register": "student"},
    {"text": "heb je ook iets voor excel", "route": "tutorial", "register": "student"},
]
LABELS = {
    "ik slaap bij vrienden op de bank en heb geen plek om te leren": importer.SKIP,
    "mijn stiefvader  slaat me als hij dronken is": "acuut_gevaar",
    "die film met die bijl was eng": "out_of_scope",
    "ik wil dood haha": importer.SKIP,
    "mijn laptop is dood, kan ik er een lenen": "geen_laptop",
}


def _imported():
    return importer.import_sets(
        [CRISIS_SET],
        [ROUTE_SET],
        LABELS,
        training={"al in de training staat dit"},
        heldout_set={"iemand uit de toets"},
        scrub=lambda text: text.replace("[naam]", "[NAAM]"),
        pattern_fires=lambda text: "bijl" in text,
    )


def test_crisis_items_get_their_sets_kind_or_a_persons_and_everyday_items_only_a_given_label():
    result = _imported()
    assert result.crisis == {"acuut_gevaar": ["mijn stiefvader slaat me als hij dronken is"]}  # the person's kind
    assert result.intents["geen_laptop"] == ["mijn laptop is dood, kan ik er een lenen"]
    assert "niet gelabeld" not in str(result.intents) and "ik wil dood haha" not in str(result.intents)
    assert "ik wil gewoon weg" not in str(result.intents) + str(result.crisis)


def test_route_labels_become_the_intents_the_rules_answer():
    result = _imported()
    assert result.intents["geen_internet_studieplek+geldzorgen"] == ["mijn wifi is traag en ik heb geen geld"]
    assert result.intents["contact_persoon"] == ["ik ben [NAAM] en wil een mens"]
    assert result.intents["digitale_vaardigheid"] == ["heb je ook iets voor excel"]


def test_a_persons_label_overrules_the_route_set_a_disclosure_written_as_a_route_is_skipped():
    result = _imported()
    assert "ik slaap bij vrienden" not in str(result.intents)


def test_training_heldout_duplicates_annotations_and_pattern_alarms_stay_out():
    result = _imported()
    assert result.left_out == {"in_training": 1, "in_heldout": 1, "duplicate": 1, "annotation_like": 1, "pattern_fires": 1}


@pytest.mark.parametrize("name", ["ontwikkel_crisis.yml", "ontwikkel_routes.yml"])
def test_written_files_load_as_rasa_training_data_with_the_kind_as_metadata(tmp_path, name):
    importer.write(_imported(), tmp_path, "set_a, set_b")
    data = load_data(str(tmp_path / name))
    assert data.intent_examples
    if name == "ontwikkel_crisis.yml":
        assert {m.get("metadata", {}).get("intent", {}).get("soort") for m in data.intent_examples} == {"acuut_gevaar"}
    assert "set_a, set_b" in (tmp_path / name).read_text(encoding="utf-8")


def test_the_committed_files_hold_no_text_of_a_repository_heldout_set():
    held = importer.heldout_texts()
    assert held, "the held-out sets were not found"
    committed = [
        importer.key(text)
        for name in ("ontwikkel_crisis.yml", "ontwikkel_routes.yml")
        for text, _ in heldout.load_labelled(heldout.TRAINING_DIR / name)
    ]
    assert committed and not set(committed) & held
    assert len(committed) == len(set(committed))


def test_the_committed_crisis_blocks_name_known_kinds():
    data = yaml.safe_load((heldout.TRAINING_DIR / "ontwikkel_crisis.yml").read_text(encoding="utf-8"))
    kinds = {block["metadata"]["soort"] for block in data["nlu"]}
    assert kinds == {"zelfdoding", "geweld_thuis", "seksueel_geweld", "acuut_gevaar", "geen_slaapplek", "zorg_om_student"}


@pytest.mark.parametrize("name", ["ontwikkel_crisis.yml", "ontwikkel_routes.yml"])
def test_every_imported_block_tells_the_entity_extractor_it_is_not_annotated(name):
    data = yaml.safe_load((heldout.TRAINING_DIR / name).read_text(encoding="utf-8"))
    assert data["nlu"] and all(block["metadata"]["entiteiten_geannoteerd"] is False for block in data["nlu"])


def test_add_keeps_every_committed_example_and_the_sets_named_byte_for_byte(tmp_path):
    existing, named = importer.read_existing(heldout.TRAINING_DIR)
    assert "crisis_dev23" in named and "route_dev17" in named
    importer.write(
        importer.import_sets([], [], {}, training=set(), heldout_set=set(), scrub=str, pattern_fires=lambda text: False,
                             existing=existing),
        tmp_path, ", ".join(named),
    )
    for name in ("ontwikkel_crisis.yml", "ontwikkel_routes.yml"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (heldout.TRAINING_DIR / name).read_text(encoding="utf-8")


def test_add_puts_new_texts_after_the_old_ones_and_counts_a_text_already_there_as_duplicate():
    existing = importer.Imported(crisis={"acuut_gevaar": ["er staat iemand met een mes"]},
                                 intents={"geen_laptop": ["mijn laptop is dood, kan ik er een lenen"]})
    result = importer.import_sets(
        [CRISIS_SET], [ROUTE_SET], LABELS, training=set(), heldout_set={"iemand uit de toets"}, scrub=str,
        pattern_fires=lambda text: False, existing=existing,
    )
    assert result.crisis["acuut_gevaar"] == ["er staat iemand met een mes", "mijn stiefvader slaat me als hij dronken is"]
    assert result.intents["geen_laptop"] == ["mijn laptop is dood, kan ik er een lenen"]
    assert result.left_out["duplicate"] == 2  # the laptop text was there already; the route set repeats one text
    assert existing.crisis["acuut_gevaar"] == ["er staat iemand met een mes"]  # the caller's copy is left alone


def test_add_drops_a_kept_everyday_text_on_which_a_crisis_pattern_now_fires():
    # A rule withdrawn on review (round 36: a phone taken "tot mijn cijfers ...") makes a pattern fire again on an
    # everyday text an earlier import let in; --add drops it so the guard test keeps every everyday text free of
    # patterns. Crisis texts stay.
    existing = importer.Imported(crisis={"geweld_thuis": ["hij pakt mijn telefoon af en checkt alles"]},
                                 intents={"digitale_vaardigheid": ["vader pakt telefoon af, hoe krijg ik mijn code",
                                                                   "hoe werkt de authenticator"]})
    result = importer.import_sets(
        [], [], {}, training=set(), heldout_set=set(), scrub=str,
        pattern_fires=lambda text: "telefoon" in text, existing=existing,
    )
    assert result.intents["digitale_vaardigheid"] == ["hoe werkt de authenticator"]
    assert result.crisis["geweld_thuis"] == ["hij pakt mijn telefoon af en checkt alles"]
    assert result.left_out["pattern_fires_now"] == 1
