"""Microsoft Teams through the Bot Framework, with the student's Teams identity kept out of Kansenbot.

Teams sends a stable user id (``from.id``), the Azure AD object id and the display name with every
message. Rasa's ``botframework`` channel uses that id as the sender and stores the whole activity as
metadata, so the name and ids would end up in the tracker store, the logs and the action server. This
channel instead

* verifies the request (``botframework_auth``) before reading it,
* replaces the sender by a keyed pseudonym (``bot.privacy.pseudonym``) and drops name and AAD id,
* passes only whitelisted metadata (``bot.channels.metadata``) and scrubbed text into Rasa,
* keeps what a reply needs (serviceUrl, conversation id, the bot's own account, the activity id)
  in the output channel object, in memory, for the duration of one turn,
* welcomes a student when Kansenbot is added to a 1:1 chat (``conversationUpdate``),
* talks in 1:1 chats only: a message from a group chat or a team channel (where classmates read along)
  gets one line asking to chat privately (``utter_teams_alleen_prive``), and nothing is stored. The app
  package is personal scope only (teams_app/app.yml); this is the second line of defence.

Configuration (credentials.yml, values from the environment):
  app_id, app_password   the Azure bot registration (MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD)
  tenant_id              the school's Azure tenant (single-tenant bot); activities from other tenants are
                         refused. Empty = multi-tenant (legacy), no tenant check
  service_url_hosts      optional: where replies may go (default: Microsoft's Teams service hosts,
                         botframework_auth.DEFAULT_SERVICE_URL_HOSTS); a list or comma-separated
  jwks_path              optional JWKS file with the Bot Connector signing keys (tests, air-gapped);
                         also KANSENBOT_BOTFRAMEWORK_JWKS. Default: fetched from Microsoft on first use.
  token_url              optional override of the token endpoint (tests, national clouds)
  school                 optional school profile id passed on as metadata
  welcome_payload        what a new 1:1 chat starts with (default "/greet")
"""
from __future__ import annotations

import asyncio
import logging
import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Set, Text

import aiohttp
from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.channels.botframework_auth import (
    DEFAULT_SERVICE_URL_HOSTS,
    HTTP_TIMEOUT,
    AuthError,
    ConnectorAuth,
    ConnectorKeys,
    ServiceUrlPolicy,
    TokenProvider,
    load_jwks_file,
    token_url_for,
)
from bot.channels import limits
from bot.channels.metadata import clean_text, safe_metadata
from bot.channels.rest import TEAMS_SENDER_PREFIX, domain_messages
from bot.privacy.pseudonym import Pseudonymiser
from bot.runtime import crisis

logger = logging.getLogger(__name__)

JWKS_ENV = "KANSENBOT_BOTFRAMEWORK_JWKS"
SENDER_PREFIX = TEAMS_SENDER_PREFIX
MAX_BODY_BYTES = limits.TEAMS_MAX_BODY_BYTES
DEFAULT_WELCOME_PAYLOAD = "/greet"
PRIVATE_CHAT_ONLY = "utter_teams_alleen_prive"
# Sent by this channel itself (no story or rule): bot/checks/validate_data.py knows them through this.
CHANNEL_RESPONSES = (PRIVATE_CHAT_ONLY,)
# "<at>Kansenbot</at> ik heb geen laptop": in group chats and channels Teams puts the mention in the text.
_MENTION = re.compile(r"<at>[^<]*</at>", re.IGNORECASE)


class TeamsOutput(BotFramework):
    """Replies into one Teams conversation. Holds no user identity: replies go to the conversation."""

    @classmethod
    def name(cls) -> Text:
        return "botframework"

    def __init__(self, tokens: TokenProvider, conversation_id: str, bot_account: Mapping[str, Any],
                 service_url: str, reply_to_id: Optional[str] = None) -> None:
        super().__init__(tokens.app_id, "", {"id": conversation_id}, dict(bot_account), service_url)
        self._tokens = tokens
        self.reply_to_id = reply_to_id

    def prepare_message(self, recipient_id: Text, message_data: Dict[Text, Any]) -> Dict[Text, Any]:
        # No "recipient": the pseudonym means nothing to Teams and the conversation id is enough.
        data: Dict[Text, Any] = {"type": "message", "from": self.bot, "text": ""}
        if self.reply_to_id:
            data["replyToId"] = self.reply_to_id
        data.update(message_data)
        return data

    async def send(self, message_data: Dict[Text, Any]) -> None:
        url = f"{self.global_uri}conversations/{self.conversation['id']}/activities"
        try:
            headers = {"Authorization": f"Bearer {await self._tokens.token()}"}
            async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
                async with session.post(url, json=message_data, headers=headers) as reply:
                    if reply.status >= 300:
                        logger.error("The Bot Connector refused a Teams reply: HTTP %s.", reply.status)
        except (aiohttp.ClientError, asyncio.TimeoutError, RuntimeError, KeyError) as error:
            logger.error("Could not send a Teams reply: %s", error)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        card = {
            "contentType": "application/vnd.microsoft.card.hero",
            "content": {"text": text, "buttons": [_card_action(button) for button in buttons]},
        }
        await self.send(self.prepare_message(recipient_id, {"attachments": [card]}))

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self.send(self.prepare_message(recipient_id, dict(json_message)))


def _card_action(button: Mapping[str, Any]) -> Dict[str, Any]:
    """A Rasa button as a Teams card action.

    ``messageBack`` shows the title in the chat as the student's answer and sends the payload to the bot,
    so a click always routes (``/intent{...}``) without showing the payload to the student.
    """
    title = str(button.get("title", ""))
    payload = str(button.get("payload", "") or button.get("url", ""))
    if re.match(r"^https?://", payload):
        return {"type": "openUrl", "title": title, "value": payload}
    return {"type": "messageBack", "title": title, "displayText": title, "text": payload,
            "value": {"payload": payload}}


class TeamsInput(BotFrameworkInput):
    """The Teams webhook at /webhooks/botframework/webhook (the messaging endpoint in Azure)."""

    @classmethod
    def name(cls) -> Text:
        return "botframework"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        app_id = str(credentials.get("app_id") or "").strip()
        if not app_id:
            logger.warning(
                "Teams is not configured (MICROSOFT_APP_ID is empty): /webhooks/botframework answers 503."
            )
            return cls(app_id="", app_password="")
        app_password = str(credentials.get("app_password") or "")
        if not app_password:
            raise ValueError("MICROSOFT_APP_PASSWORD is empty: Kansenbot cannot answer in Teams without it.")
        jwks_path = credentials.get("jwks_path") or settings.get().botframework_jwks
        hosts = credentials.get("service_url_hosts") or DEFAULT_SERVICE_URL_HOSTS
        if isinstance(hosts, str):
            hosts = [host for host in hosts.split(",") if host.strip()]
        return cls(
            app_id=app_id,
            app_password=app_password,
            tenant_id=str(credentials.get("tenant_id") or "").strip() or None,
            jwks=load_jwks_file(jwks_path) if jwks_path else None,
            token_url=credentials.get("token_url") or None,
            school=credentials.get("school") or None,
            welcome_payload=credentials.get("welcome_payload") or DEFAULT_WELCOME_PAYLOAD,
            service_url_hosts=list(hosts),
        )

    def __init__(self, app_id: Text, app_password: Text, tenant_id: Optional[str] = None,
                 jwks: Optional[Dict[str, Dict[str, Any]]] = None, token_url: Optional[str] = None,
                 school: Optional[str] = None, welcome_payload: str = DEFAULT_WELCOME_PAYLOAD,
                 pseudonymiser: Optional[Pseudonymiser] = None,
                 service_url_hosts: Sequence[str] = DEFAULT_SERVICE_URL_HOSTS) -> None:
        # Not calling BotFrameworkInput.__init__: it downloads Microsoft's keys at start-up.
        self.app_id = app_id
        self.app_password = app_password
        self.tenant_id = tenant_id
        self.school = school
        self.welcome_payload = welcome_payload
        self.configured = bool(app_id)
        self._tasks: Set["asyncio.Task[Any]"] = set()
        if self.configured:
            self.pseudonym = pseudonymiser or Pseudonymiser.from_environment(prefix=SENDER_PREFIX)
            if not tenant_id:
                logger.warning("MICROSOFT_APP_TENANT_ID is empty: Teams activities from every Microsoft 365 "
                               "tenant are accepted. Set it to the school's tenant (docs/channels.md).")
            self.auth = ConnectorAuth(app_id, ConnectorKeys(jwks), tenant_id, ServiceUrlPolicy(service_url_hosts))
            self.tokens = TokenProvider(app_id, app_password, token_url or token_url_for(tenant_id))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        teams_webhook = Blueprint("kansenbot_teams_webhook", __name__)
        limits.enforce(teams_webhook)

        @teams_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "not configured"})

        @teams_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.configured:
                return _error(HTTPStatus.SERVICE_UNAVAILABLE,
                              "Teams is not configured on this server: set MICROSOFT_APP_ID.")
            # Before authentication, so it must hold for any bytes: size, then depth, then JSON (limits.py).
            try:
                activity = limits.parse_json_body(request.body or b"", MAX_BODY_BYTES)
            except limits.BodyError as error:
                if error.code == "too_large":
                    return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "The activity is too large.")
                return _error(HTTPStatus.BAD_REQUEST, "The body must be a JSON Bot Framework activity.")
            if not isinstance(activity, dict):
                return _error(HTTPStatus.BAD_REQUEST, "The body must be a JSON Bot Framework activity.")
            try:
                await self.auth.verify(request.headers.get("Authorization"), activity)
            except AuthError as error:
                logger.warning("Refused a Bot Framework request: %s", error)
                return _error(HTTPStatus.UNAUTHORIZED, str(error))

            problem = _missing_fields(activity)
            if problem:
                return _error(HTTPStatus.BAD_REQUEST, problem)
            if _conversation_type(activity) != "personal":
                return self._private_chat_only(request, activity)

            messages = self._user_messages(activity)
            agent = getattr(request.app.ctx, "agent", None)
            for message in messages:
                # A crisis is answered even when Rasa cannot process the turn (bot/runtime/crisis.py).
                self._run_in_background(crisis.handle_or_answer_crisis(on_new_message, message, agent))
            # Bot Framework retries what is not acknowledged quickly; Rasa answers through the output
            # channel, so the turn runs in the background and the request is acknowledged at once.
            status = "accepted" if messages else "ignored"
            return response.json({"status": status}, status=HTTPStatus.ACCEPTED if messages else HTTPStatus.OK)

        return teams_webhook

    def _private_chat_only(self, request: Request, activity: Mapping[str, Any]) -> HTTPResponse:
        """A group chat or team channel: classmates read along, so one line asking for a 1:1 chat.

        Nothing enters Rasa: no pseudonym, no tracker, no event. Only a message gets the line; member
        changes and other activities in a group are ignored, so a class is never spammed. A crisis in the
        group still gets the crisis answer first (issue 9; read, never stored: bot/runtime/crisis.py).
        """
        if activity.get("type") != "message":
            return response.json({"status": "ignored"})
        texts = [message["text"] for message in domain_messages(request, None, PRIVATE_CHAT_ONLY) if message["text"]]
        self._run_in_background(self._answer_in_group(getattr(request.app.ctx, "agent", None), activity, texts))
        logger.info("A Teams message from a %s got the private-chat line; nothing was stored.",
                    _conversation_type(activity) or "conversation of unknown type")
        return response.json({"status": "private_chat_only"})

    async def _answer_in_group(self, agent: Any, activity: Mapping[str, Any], private_chat_lines: List[str]) -> None:
        """The crisis answer when the message is a crisis, then the private-chat line, whatever fails: a
        crisis check that fails gives 113 and 112 in one line (a crisis cannot be ruled out), and a message
        that fails to send does not stop the next (bot/runtime/crisis.py)."""
        found = await crisis.crisis_check_or_emergency_line(self._crisis_in_group(agent, activity))
        await crisis.send_each(self._output(activity), "", found + [{"text": line} for line in private_chat_lines])

    async def _crisis_in_group(self, agent: Any, activity: Mapping[str, Any]) -> List[Dict[str, Any]]:
        """The crisis answer for a group message, or []. No role: a group has no conversation to remember
        one, so a teacher's answer comes from how the message is phrased ("een student van mij ...")."""
        text = clean_text(_message_text(activity))
        return await crisis.answer_for_text(agent, text, safe_metadata(None, school=self.school)) if text else []

    def _output(self, activity: Mapping[str, Any]) -> TeamsOutput:
        bot_account = {"id": activity["recipient"]["id"], "name": activity["recipient"].get("name", "")}
        return TeamsOutput(self.tokens, activity["conversation"]["id"], bot_account,
                           activity["serviceUrl"], reply_to_id=activity.get("id"))

    def _user_messages(self, activity: Mapping[str, Any]) -> List[UserMessage]:
        kind = activity.get("type")
        if kind == "message":
            text = _message_text(activity)
            if not text:
                return []  # an image or a sticker without text: nothing Kansenbot can read
            return [self._user_message(activity, activity["from"]["id"], text)]
        if kind == "conversationUpdate":
            return [self._user_message(activity, member_id, self.welcome_payload)
                    for member_id in self._welcome_targets(activity)]
        return []

    def _welcome_targets(self, activity: Mapping[str, Any]) -> List[str]:
        """Who gets a welcome: the student in a new 1:1 chat, never the bot, never a whole class."""
        if _conversation_type(activity) != "personal":
            return []
        bot_id = activity["recipient"]["id"]
        added = [m.get("id") for m in activity.get("membersAdded") or [] if isinstance(m, dict)]
        students = [member for member in added if member and member != bot_id]
        if students:
            return students[:1]
        # Teams reports a personal install as "the bot was added", sent from the student.
        if bot_id in added and activity["from"]["id"] != bot_id:
            return [activity["from"]["id"]]
        return []

    def _user_message(self, activity: Mapping[str, Any], teams_user_id: str, text: str) -> UserMessage:
        return UserMessage(
            text=clean_text(text),
            output_channel=self._output(activity),
            sender_id=self.pseudonym(teams_user_id),
            input_channel=self.name(),
            metadata=safe_metadata(
                None,
                school=self.school,
                locale=activity.get("locale"),
                conversation_type=_conversation_type(activity),
            ),
        )

    def _run_in_background(self, turn: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(turn)
        self._tasks.add(task)
        task.add_done_callback(self._turn_done)

    def _turn_done(self, task: "asyncio.Task[Any]") -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            logger.error("A Teams turn failed: %s", type(error).__name__)
            logger.debug("Teams turn failure", exc_info=error)


def _conversation_type(activity: Mapping[str, Any]) -> Optional[str]:
    """personal, groupChat or channel; None when Teams did not say (then it is not treated as a 1:1 chat)."""
    kind = (activity.get("conversation") or {}).get("conversationType")
    return kind if kind in ("personal", "groupChat", "channel") else None


def _message_text(activity: Mapping[str, Any]) -> str:
    text = activity.get("text")
    if not isinstance(text, str) or not text.strip():
        # A messageBack button without text carries its payload in "value".
        value = activity.get("value")
        text = value.get("payload") if isinstance(value, dict) else None
    if not isinstance(text, str):
        return ""
    return _MENTION.sub(" ", text).strip()


def _missing_fields(activity: Mapping[str, Any]) -> Optional[str]:
    if not isinstance(activity.get("type"), str):
        return "The activity has no 'type'."
    for field in ("from", "recipient", "conversation"):
        if not isinstance(activity.get(field), dict) or not activity[field].get("id"):
            return f"The activity has no '{field}.id'."
    if not isinstance(activity.get("serviceUrl"), str) or not re.match(r"^https?://", activity["serviceUrl"]):
        return "The activity has no valid 'serviceUrl'."
    return None


def _error(status: HTTPStatus, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)
