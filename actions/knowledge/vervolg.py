"""Follow-up questions (issue 11): which route a question without a topic of its own belongs to.

"En tot hoe laat is dat open?" right after the study-place answer is about the study place. The route is
read from the conversation itself: the last route action that ran in this session. Nothing is stored
for it (no slot, never message text), so a new session starts without a route, and a crisis answer is a
route of its own: a follow-up after it never goes back to the laptop question before it.

Pure functions over event dicts (rasa_sdk's ``tracker.events``, or Rasa's ``event.as_dict()``), no Rasa:
the action server answers with it and the route benchmark (bot/nlp/routes.py) scores with it.
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, Optional

FOLLOWUP_ACTION = "action_vervolgvraag"
CRISIS_ACTION = "action_crisis"

# Route action -> its key in data/knowledge/vervolg.yml and the intent that runs the whole route again.
# action_contact_persoon is no topic of its own (it usually follows a route: "ja" after the budget coach),
# so a follow-up after it belongs to the route before it.
ROUTES: Dict[str, Dict[str, str]] = {
    "action_leenlaptop": {"sleutel": "leenlaptop", "intent": "geen_laptop"},
    "action_budgetcoach": {"sleutel": "budgetcoach", "intent": "geldzorgen"},
    "action_internet_studieplek": {"sleutel": "studieplek", "intent": "geen_internet_studieplek"},
    "action_digitale_tutorial": {"sleutel": "tutorial", "intent": "digitale_vaardigheid"},
    "action_analoog_alternatief": {"sleutel": "analoog", "intent": "analoog_alternatief"},
    "action_regelingen_zoeken": {"sleutel": "regelingen", "intent": "regelingen"},
    "action_docent_handreiking": {"sleutel": "docent_handreiking", "intent": "docent_handreiking"},
    "action_docent_professionalisering": {"sleutel": "docent_scholing", "intent": "docent_professionalisering"},
    CRISIS_ACTION: {"sleutel": "crisis", "intent": "crisis"},
}
VERVOLG_SLEUTELS = tuple(r["sleutel"] for r in ROUTES.values())

# Events that start a conversation afresh: nothing said before them counts.
_START = {"session_started", "restart"}


def laatste_route(events: Optional[Iterable[Dict[str, Any]]]) -> Optional[str]:
    """The route action that ran last in this session, or None (a fresh conversation)."""
    for event in reversed(list(events or [])):
        kind = event.get("event")
        if kind in _START:
            return None
        if kind == "action" and event.get("name") in ROUTES:
            return event["name"]
    return None
