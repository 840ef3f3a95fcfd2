"""action_session_start -> Rasa's default session start, plus the school and the retention period.

The school comes from the first message's metadata (key ``school``, set by the channel), else from
KANSENBOT_SCHOOL, else from the only school profile. Otherwise it stays empty and is asked once.

The slot ``bewaartermijn_dagen`` gets KANSENBOT_RETENTION_DAYS (bot/privacy/retention.py, the same setting
the purge uses), so the privacy answer (utter_anonimiteit_opslag) names the days the purge really keeps.
"""
import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KNOWLEDGE
from actions.knowledge.query import METADATA_SLOT, configured_school
from bot.privacy.retention import retention_days

RETENTION_SLOT = "bewaartermijn_dagen"

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
        try:
            events.append(SlotSet(RETENTION_SLOT, days_as_text(retention_days())))
        except ValueError:  # the Rasa server refuses this setting too; the answer then names no number
            logger.error("KANSENBOT_RETENTION_DAYS is not a positive number; the privacy answer names no period.")
        events.append(ActionExecuted("action_listen"))
        return events


def days_as_text(days: float) -> str:
    """30.0 -> "30", 0.5 -> "0,5": how a number of days reads in Dutch."""
    text = f"{days:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
