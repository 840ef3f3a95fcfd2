"""The entity annotations in data/nlu agree with each other.

Rasa's EntitySynonymMapper maps an extracted value by its text alone, whatever the entity: once
"[kahoot]{"entity":"opdracht_type","value":"online_quiz"}" is written anywhere, a tool entity "kahoot" also
becomes "online_quiz" and the Kahoot tutorial can no longer be found. So one text, one entity value.
"""
from collections import defaultdict

from rasa.shared.nlu.training_data.loading import load_data

from bot.nlp import heldout


def test_one_annotated_text_has_one_entity_and_one_value():
    data = load_data(str(heldout.TRAINING_DIR))
    seen = defaultdict(set)
    for example in data.training_examples:
        text = example.get("text") or ""
        for entity in example.get("entities") or []:
            surface = text[entity["start"]:entity["end"]].lower()
            seen[surface].add((entity["entity"], str(entity["value"]).lower()))
    conflicts = {surface: sorted(uses) for surface, uses in seen.items() if len(uses) > 1}
    assert conflicts == {}, f"texts annotated with different entities or values: {conflicts}"
