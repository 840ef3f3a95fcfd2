"""Button payloads ("/intent" or '/intent{"entity": "value"}'): routed exactly as written, but only with
values Kansenbot itself could have put in a button.

A click must route exactly as written, so a payload is not run through the text scrubber as a whole (its
JSON keys and ids such as "18_plus" or "online_quiz" are no personal data but look like user names to it).
Anyone can type a payload, though: '/geen_laptop{"school":"Jan Jansen 0612345678"}'. So each entity value
is checked against the values the buttons use (``known_values``): the ids in the knowledge base
(data/knowledge: tools, schools, recommendations, scheme topics, people to contact), school ids,
municipalities and synonyms in data/nlu, the payloads in domain.yml, and the constants the actions use.
A payload whose values are all known passes unchanged; any other value is scrubbed on its own (and
replaced by [NAAM] when it contains a first name or surname), so the intent still routes.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from bot.privacy import scrubber
from bot.privacy.lexicon import lexicon
from bot.privacy.names import NAME

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = re.compile(r"^/(?P<intent>[a-z_+]{1,64})(?P<entities>\{.{0,1500}\})?$", re.DOTALL)
_ENTITY_NAME = re.compile(r"^[a-z_]{1,32}$")
_ID_LIKE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Values the actions put in buttons from code, not from data (actions/knowledge/query.py, schema.py,
# actions/action_regelingen_zoeken.py): age bands, "everything", the two roles.
CODE_VALUES = {"onder_18", "18_plus", "onbekend", "alles", "student", "docent"}
_ANNOTATION = re.compile(r"\[([^\]]{1,80})\]\((\w+)(?::([^)]{1,80}))?\)")
_ANNOTATION_JSON = re.compile(r"\[([^\]]{1,80})\]\{([^}]{1,300})\}")


def _strings(value: Any) -> Iterable[str]:
    """Every id-like string and dict key in a YAML tree."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and _ID_LIKE.match(key):
                yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str) and _ID_LIKE.match(value):
        yield value


def as_sent(payload: str) -> str:
    """A domain.yml button payload as Rasa sends it: responses are templates, so JSON braces in a payload
    are written doubled there ('/help{{"rol":"docent"}}') and Rasa's response filling undoes that."""
    from rasa.core.nlg.interpolator import interpolate_text

    return interpolate_text(payload, {}) if "{{" in payload else payload


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None


@functools.lru_cache(maxsize=1)
def known_values() -> frozenset:
    values = set(CODE_VALUES)
    knowledge = ROOT / "data" / "knowledge"
    for path in sorted(knowledge.rglob("*.yml")):
        values.update(_strings(_yaml(path)))
    values.update(path.stem for path in (knowledge / "schools").glob("*.yml"))
    domain = _yaml(ROOT / "domain.yml") or {}
    for variants in (domain.get("responses") or {}).values():
        for variant in variants or []:
            for button in (variant or {}).get("buttons") or []:
                match = PAYLOAD.match(as_sent(str(button.get("payload", ""))))
                if match and match.group("entities"):
                    try:
                        values.update(str(v) for v in json.loads(match.group("entities")).values())
                    except ValueError:
                        pass
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in (_yaml(path) or {}).get("nlu") or []:
            if "synonym" in block:
                values.add(str(block["synonym"]))
            examples = str(block.get("examples") or "")
            for line in examples.splitlines():
                line = line.strip().lstrip("-").strip()
                if "lookup" in block and line:
                    values.add(line)
                for match in _ANNOTATION.finditer(line):
                    values.add(match.group(3) or match.group(1))
                for match in _ANNOTATION_JSON.finditer(line):
                    try:
                        values.add(str(json.loads("{" + match.group(2) + "}").get("value") or match.group(1)))
                    except ValueError:
                        values.add(match.group(1))
    return frozenset(value.casefold() for value in values)


def _scrub_value(value: str) -> str:
    scrubbed = scrubber.scrub_text(value)
    if scrubbed != value:
        return scrubbed
    words = lexicon()
    if any(words.in_name_list(word) and not words.is_common(word) for word in re.findall(r"[^\W\d_]{2,}", value)):
        return NAME
    return value


def clean_payload(text: str) -> Optional[str]:
    """The payload to hand to Rasa, or None when ``text`` is no well-formed payload (then it is text)."""
    match = PAYLOAD.match(text)
    if not match:
        return None
    if not match.group("entities"):
        return text
    try:
        entities = json.loads(match.group("entities"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(entities, dict) or not all(isinstance(key, str) and _ENTITY_NAME.match(key) for key in entities):
        return None
    known = known_values()
    cleaned, changed = {}, False
    for key, value in entities.items():
        if isinstance(value, bool) or (isinstance(value, int) and 0 <= value < 1000):
            cleaned[key] = value  # a page number
        elif isinstance(value, str) and value.casefold() in known:
            cleaned[key] = value
        elif isinstance(value, (str, int, float)):
            cleaned[key] = _scrub_value(str(value))
            changed = True
        else:
            return None
    if not changed:
        return text
    return f"/{match.group('intent')}" + json.dumps(cleaned, ensure_ascii=False, separators=(",", ":"))
