"""Crisis answers from the Rasa server itself, for every path on which the normal answer cannot come.

The normal path is NLU -> rule -> ``action_crisis`` on the action server. It can fail at several points,
and a student in crisis must still get the numbers (issue 9):
- the action server is down, slow or broken: the action endpoint (bot/runtime/action_endpoint.py) waits
  at most ``CRISIS_ACTION_TIMEOUT`` seconds for ``action_crisis`` and then answers with
  ``answer_from_action_request``: the same messages, built here from the same knowledge base with the same
  code (actions/knowledge/crisis.py);
- Rasa cannot process the message at all (conversation database down: 503; message or body over the
  size limit: 413; no reply in time, an unexpected error): the REST channel asks ``answer_for_text``,
  which finds the crisis with the model's own NLU (database down only: elsewhere the NLU may be what is
  slow or broken, and for an oversized message it would be a cheap way to stall the event loop) and
  CrisisGuard's patterns on the message's end, in a thread of their own, and adds the crisis answer to
  its error reply; Teams and the widget answer through
  their output channel (``handle_or_answer_crisis``), without repeating what the turn already sent;
- a Teams group chat or channel, where nothing enters Rasa: the crisis answer before the private-chat line;
- the crisis check itself fails (``crisis_check_or_emergency_line``): a crisis cannot be ruled out, so
  113 and 112 in one line go out instead of nothing; every message is sent on its own (``send_each``),
  so one that fails to send does not stop the next;
- the web widget cannot reach the server at all: its offline text shows 113 and 112; ``widget_crisis_line``
  is that line, put into the widget when the server serves it (bot/channels/webchat.py).
The knowledge base is loaded once per process, validated like everywhere else.
"""
from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Collection, Dict, List, Mapping, Optional
from urllib.parse import urlsplit

from actions.knowledge import KnowledgeBase, get_knowledge
from actions.knowledge.crisis import (
    ACTION_NAME, INTENT, VERVOLG_ACTION, crisis_antwoord, crisis_soorten, na_crisis, noodbericht, noodregel,
    vorig_antwoord_was_checkin,
    vorig_antwoord_was_crisis,
)
from actions.knowledge.query import METADATA_SLOT, school_id_for
from bot.storage.tracker_store import TrackerStoreUnavailable

logger = logging.getLogger(__name__)

# The crisis action gets less time than other actions: after this the Rasa server answers itself.
CRISIS_ACTION_TIMEOUT = 3.0
# How long the channel's own crisis check may use the model's NLU before it relies on the patterns alone.
NLU_TIMEOUT = 3.0
# After the crisis answer, when the conversation database is down (domain.yml).
OUTAGE_RESPONSE = "utter_storing_crisis"
# The same for a message that is no crisis: it did not arrive, try again later, where a person is.
OUTAGE_RESPONSES_EVERYDAY = ("utter_storing", "utter_storing_mens")
# How much of a message Rasa could not process the patterns read (its end): twice the longest message.
PATTERN_TAIL_CHARS = 4000
_PATTERN_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crisis-patterns")


def knowledge() -> KnowledgeBase:
    return get_knowledge()


def is_crisis_action(action_name: Optional[str]) -> bool:
    """The crisis answer, and the reply right after it: the server answers both itself when needed."""
    return action_name in (ACTION_NAME, VERVOLG_ACTION)


def answer_from_action_request(payload: Mapping[str, Any]) -> Dict[str, Any]:
    """What ``action_crisis`` (or ``action_crisis_vervolg``, by the request's ``next_action``) answers, built from
    the request Rasa sends the action server (its tracker)."""
    tracker = payload.get("tracker") or {}
    slots = tracker.get("slots") or {}
    latest = tracker.get("latest_message") or {}
    kinds = crisis_soorten(latest.get("entities"))
    kb = knowledge()
    try:
        current = slots.get("school")
        school_id = school_id_for(kb, current, slots.get(METADATA_SLOT))
        school = kb.scholen[school_id] if school_id else None
        na_checkin = vorig_antwoord_was_checkin(tracker.get("events") or [], slots.get("rol"))
        if payload.get("next_action") == VERVOLG_ACTION:
            intent = (latest.get("intent") or {}).get("name")
            messages = na_crisis(kb, school, latest.get("text"), na_checkin, slots.get("rol"), intent)
        else:
            # as action_crisis: a check-in signal right after any crisis answer gets the general answer
            na_crisis_antwoord = na_checkin or vorig_antwoord_was_crisis(tracker.get("events") or [])
            messages = crisis_antwoord(kb, school, kinds, slots.get("rol"), na_crisis_antwoord)
        events = [] if school_id == current else [{"event": "slot", "name": "school", "value": school_id}]
    except Exception:  # whatever broke, 113 and 112 still go out
        logger.exception("Could not build the crisis answer; sent the short one.")
        messages, events = noodbericht(kb), []
    return {"events": events, "responses": [dict(message) for message in messages]}


async def answer_for_text(agent: Any, text: str, metadata: Optional[Mapping[str, Any]], use_nlu: bool = True) -> List[Dict[str, Any]]:
    """The crisis answer for a message Rasa could not process, or [] when it is not a crisis.

    ``metadata`` is the channel's whitelisted metadata (school, rol). ``use_nlu`` False skips the model's
    NLU, for when the NLU itself may be what is slow.
    """
    from bot.nlp.crisis_detect import active_detector

    kinds: List[str] = []
    if use_nlu and agent is not None and hasattr(agent, "parse_message"):
        kinds = await _kinds_from_nlu(agent, text)
    if not kinds:
        # In one worker thread of its own: the patterns take a while on a long message, other students must
        # not wait for the event loop, and a flood of long messages gets one thread, not the whole pool.
        # The tail only: what the student was going to ask comes last, and the NLU read no more either.
        tail = text[-PATTERN_TAIL_CHARS:]
        detection = await asyncio.get_running_loop().run_in_executor(_PATTERN_THREAD, active_detector().detect, tail)
        kinds = list(detection.kinds) if detection.caught else []
    if not kinds:
        return []
    kb = knowledge()
    metadata = metadata or {}
    try:
        school_id = school_id_for(kb, None, dict(metadata))
        messages = crisis_antwoord(kb, kb.scholen[school_id] if school_id else None, kinds, metadata.get("rol"))
    except Exception:
        logger.exception("Could not build the crisis answer; sent the short one.")
        messages = noodbericht(kb)
    return [dict(message) for message in messages]


async def _kinds_from_nlu(agent: Any, text: str) -> List[str]:
    """The kinds CrisisGuard finds with the whole NLU (classifier included), on the text's last part."""
    from bot.channels.guard import max_message_chars

    try:
        parsed = await asyncio.wait_for(agent.parse_message(text[-max_message_chars():]), timeout=NLU_TIMEOUT)
    except Exception as error:  # the NLU may be what failed: the patterns still run
        logger.warning("Crisis check without NLU (%s).", type(error).__name__)
        return []
    if ((parsed or {}).get("intent") or {}).get("name") != INTENT:
        return []
    return crisis_soorten(parsed.get("entities")) or ["algemeen"]


def widget_crisis_line() -> str:
    """113 and 112 in one line for the web widget's offline text, numbers and chat sites as links (one tap
    on a phone; the widget renders [label](tel:...) and [label](https://...) as links)."""
    kb = knowledge()
    links: Dict[str, str] = {}
    for lijn in kb.crisis.hulplijnen:
        for nummer in lijn.telefoon:
            links[nummer] = "tel:" + re.sub(r"\D", "", nummer)
        if lijn.chat:
            links[(urlsplit(lijn.chat).hostname or "").removeprefix("www.")] = lijn.chat
    tokens = sorted((token for token in links if token), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, tokens)) + r")(?![\w-]|\.\w)")
    return pattern.sub(lambda match: f"[{match.group(1)}]({links[match.group(1)]})", noodregel(kb))


def emergency_line() -> List[Dict[str, Any]]:
    """113 and 112 in one line (the check-in's line), as a message; [] only when even that cannot be built."""
    try:
        return [{"text": noodregel(knowledge())}]
    except Exception as error:
        logger.error("Could not build the line with 113 and 112: %s", type(error).__name__)
        return []


async def crisis_check_or_emergency_line(check: Awaitable[List[Dict[str, Any]]]) -> List[Dict[str, Any]]:
    """What ``check`` (a crisis check such as ``answer_for_text``) finds; when the check itself fails, a
    crisis cannot be ruled out, so 113 and 112 in one line instead of nothing. Never raises. The error is
    logged by its type only: its message may quote the student (the traceback only at debug level)."""
    try:
        return await check
    except Exception as error:
        logger.error("The crisis check failed (%s); 113 and 112 are sent in one line.", type(error).__name__)
        logger.debug("Crisis check failure", exc_info=error)
        return emergency_line()


async def send_each(output_channel: Any, recipient_id: str, messages: List[Dict[str, Any]]) -> None:
    """Send each message on its own: one that fails to send (a Bot Connector or socket hiccup) is logged
    and does not stop the next, such as the line with the numbers or the private-chat line."""
    for message in messages:
        try:
            # A copy: Rasa's OutputChannel.send_response pops the keys it sends.
            await output_channel.send_response(recipient_id, dict(message))
        except Exception as error:
            logger.error("Could not send a message to the user: %s", type(error).__name__)
            logger.debug("Send failure", exc_info=error)


class SentTexts:
    """A channel's output channel for one turn, noting the text of each message Rasa sent through it.

    Rasa 3.6 sends every bot message of a turn through ``output_channel.send_response`` as soon as its
    action has run (MessageProcessor._send_bot_messages), before it saves the turn; so when saving fails,
    the turn's answer may already be out. Everything else is the channel's own (``name()`` included)."""

    def __init__(self, channel: Any) -> None:
        self.channel = channel
        self.texts: List[str] = []

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        text = message.get("text")  # before sending: OutputChannel.send_response pops it
        await self.channel.send_response(recipient_id, message)
        if isinstance(text, str):
            self.texts.append(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.channel, name)


async def answer_unprocessed(agent: Any, message: Any, use_nlu: bool = True, already_sent: Collection[str] = ()) -> bool:
    """For channels that answer through an output channel (Teams, the widget): when Rasa could not process
    ``message`` (a rasa UserMessage) and it is a crisis (or the check failed), send the crisis answer and
    the outage line. Messages whose text is in ``already_sent`` (this turn's answer that went out before
    Rasa failed) are not sent again; the outage line always is. True when it answered; the channel then
    treats the failure as answered. ``use_nlu`` as in ``answer_for_text``."""
    messages = await crisis_check_or_emergency_line(answer_for_text(agent, message.text or "", message.metadata, use_nlu))
    if not messages:
        return False
    unsent = [reply for reply in messages if reply.get("text") not in already_sent]
    await send_each(message.output_channel, message.sender_id, unsent + domain_texts(agent, OUTAGE_RESPONSE))
    return True


def domain_texts(agent: Any, *responses: str) -> List[Dict[str, Any]]:
    """The first variant of each domain response, as messages; a response the domain lacks is left out."""
    known = getattr(getattr(agent, "domain", None), "responses", None) or {}
    texts = [((known.get(name) or [{}])[0]).get("text") for name in responses]
    return [{"text": text} for text in texts if text]


async def handle_or_answer_crisis(on_new_message: Any, message: Any, agent: Any) -> None:
    """Handle one turn for a channel that answers through an output channel (Teams, the widget). When Rasa
    cannot process it and it is a crisis, the crisis answer still goes out, but only what the turn did not
    already send (saving fails after ``action_crisis`` answered): database down -> the failure counts as
    answered (no crisis: the outage lines go out and the error is raised for the channel to log); any other error -> answered from the patterns (the NLU may be what broke), and the error is
    raised for the channel to log."""
    channel = message.output_channel
    sent = SentTexts(channel)
    try:
        message.output_channel = sent
        try:
            await on_new_message(message)
        finally:
            message.output_channel = channel
    except TrackerStoreUnavailable:
        if not await answer_unprocessed(agent, message, already_sent=sent.texts):
            # Not a crisis: say that the message did not arrive and where a person is, as REST's 503 does,
            # instead of leaving the student waiting; the error still goes to the channel to log.
            await send_each(channel, message.sender_id, domain_texts(agent, *OUTAGE_RESPONSES_EVERYDAY))
            raise
    except Exception:
        await answer_unprocessed(agent, message, use_nlu=False, already_sent=sent.texts)
        raise
