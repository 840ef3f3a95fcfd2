"""Follow-up questions (issue 11): which route a question without a topic of its own belongs to.

"En tot hoe laat is dat open?" right after the study-place answer is about the study place. The route is
read from the conversation itself: the last route action that ran in this session. Nothing is stored
for it (no slot, never message text), so a new session starts without a route, and a crisis answer is a
route of its own: a follow-up after it never goes back to the laptop question before it.

Pure functions over event dicts (rasa_sdk's ``tracker.events``, or Rasa's ``event.as_dict()``), no Rasa. Today only
the route benchmark (bot/nlp/routes.py) uses it, to score a model that predicts the follow-up answer
(``action_vervolgvraag``). That answer itself is not shipped: it lives on branch ``followup`` because its new intent
cost each held-out route set one fresh message (the issue 11 note of 2026-12-04).
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, Optional

FOLLOWUP_ACTION = "action_vervolgvraag"
CRISIS_ACTION = "action_crisis"

# The route actions a follow-up can belong to. action_contact_persoon is no topic of its own (it usually follows a
# route: "ja" after the budget coach), so a follow-up after it belongs to the route before it.
ROUTES = frozenset({
    "action_leenlaptop", "action_budgetcoach", "action_internet_studieplek", "action_digitale_tutorial",
    "action_analoog_alternatief", "action_regelingen_zoeken", "action_docent_handreiking",
    "action_docent_professionalisering", CRISIS_ACTION,
})

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
