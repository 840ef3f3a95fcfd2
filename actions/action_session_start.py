"""action_session_start -> Rasa's default session start, plus the school the channel or deployment names.

The school comes from the first message's metadata (key ``school``, set by the channel), else from
KANSENBOT_SCHOOL, else from the only school profile. Otherwise it stays empty and is asked once.
"""
import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KNOWLEDGE, METADATA_SLOT, configured_school

logger = logging.getLogger(__name__)


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        events: List[Dict[str, Any]] = [SessionStarted()]
        session_config = (domain or {}).get("session_config") or {}
        if session_config.get("carry_over_slots_to_new_session"):
            events.extend(
                SlotSet(e["name"], e.get("value"))
                for e in tracker.events
                if e.get("event") == "slot" and e.get("name") != METADATA_SLOT
            )
        try:
            school = configured_school(KNOWLEDGE, tracker.get_slot(METADATA_SLOT))
        except Exception:  # a session must always start, school or not
            logger.exception("Could not determine the school at session start.")
            school = None
        if school:
            events.append(SlotSet("school", school))
        events.append(ActionExecuted("action_listen"))
        return events
