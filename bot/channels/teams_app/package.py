"""Build build/teams-app/kansenbot.zip from app.yml, the environment and generated icons.

Teams needs, per its manifest schema (v1.16): a GUID app id, the bot's Azure app id, developer name and
https links to the school's website, privacy statement and terms, a 192x192 colour icon and a 32x32
outline icon (white on transparent). The copy is in app.yml; what differs per school comes from the
environment, and a missing value stops the build with a message that says what to set.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import urlsplit

import yaml
from PIL import Image, ImageDraw

from bot import settings
from bot.settings import SettingsError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DEFAULT_OUT = ROOT / "build" / "teams-app" / "kansenbot.zip"
SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_VERSION = re.compile(r"^\d{1,4}\.\d{1,4}\.\d{1,4}$")
_PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)\}")

REQUIRED = {
    "MICROSOFT_APP_ID": "the Application (client) ID of the school's Azure bot registration",
    "KANSENBOT_SCHOOL_NAME": "the school's name, shown as the app's developer",
    "KANSENBOT_SCHOOL_WEBSITE": "the school's website (https://...)",
    "KANSENBOT_PRIVACY_URL": "the school's privacy statement for Kansenbot (https://...)",
}
OPTIONAL = {
    "KANSENBOT_TERMS_URL": "terms of use (default: the privacy statement)",
    "KANSENBOT_PUBLIC_URL": "where Kansenbot runs, e.g. https://kansenbot.school.nl (added to validDomains)",
    "KANSENBOT_TEAMS_APP_VERSION": "the package version, raise it for every new upload (default 1.0.0)",
}

TEAL = (0, 86, 107, 255)
WHITE = (255, 255, 255, 255)


class PackageError(ValueError):
    """The package cannot be built; the message says what to set or fix."""


def _settings(environ: Optional[Mapping[str, str]]) -> Dict[str, str]:
    """The values below from this process's settings, or (``environ`` given) from that mapping."""
    declared = settings.get() if environ is None else settings.from_environ(environ)
    values = {name: str(declared.value(name) or "") for name in (*REQUIRED, *OPTIONAL) if name.startswith("KANSENBOT_")}
    # Rasa's Teams channel reads MICROSOFT_APP_ID through credentials.yml: not a Kansenbot setting.
    values["MICROSOFT_APP_ID"] = (os.environ if environ is None else environ).get("MICROSOFT_APP_ID", "").strip()
    missing = [f"  {name}: {why}" for name, why in REQUIRED.items() if not values[name]]
    if missing:
        raise PackageError("Cannot build the Teams app package; set these environment variables:\n"
                           + "\n".join(missing))
    problems: List[str] = []
    if not _GUID.match(values["MICROSOFT_APP_ID"]):
        problems.append("MICROSOFT_APP_ID must be a GUID like 00000000-0000-0000-0000-000000000000.")
    values["KANSENBOT_TERMS_URL"] = values["KANSENBOT_TERMS_URL"] or values["KANSENBOT_PRIVACY_URL"]
    for name in ("KANSENBOT_SCHOOL_WEBSITE", "KANSENBOT_PRIVACY_URL", "KANSENBOT_TERMS_URL", "KANSENBOT_PUBLIC_URL"):
        if values[name] and not (values[name].startswith("https://") and urlsplit(values[name]).hostname):
            problems.append(f"{name} must be an https:// address (Teams refuses others).")
    values["KANSENBOT_TEAMS_APP_VERSION"] = values["KANSENBOT_TEAMS_APP_VERSION"] or "1.0.0"
    if not _VERSION.match(values["KANSENBOT_TEAMS_APP_VERSION"]):
        problems.append("KANSENBOT_TEAMS_APP_VERSION must look like 1.0.0.")
    if len(values["KANSENBOT_SCHOOL_NAME"]) > 32:
        problems.append("KANSENBOT_SCHOOL_NAME may be at most 32 characters (Teams' limit).")
    if problems:
        raise PackageError("Cannot build the Teams app package:\n  " + "\n  ".join(problems))
    return values


def _fill(text: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def build_manifest(environ: Optional[Mapping[str, str]] = None, app_file: Path = HERE / "app.yml") -> Dict[str, Any]:
    values = _settings(environ)
    app = yaml.safe_load(app_file.read_text(encoding="utf-8"))
    app_id = values["MICROSOFT_APP_ID"].lower()
    valid_domains = []
    if values["KANSENBOT_PUBLIC_URL"]:
        valid_domains.append(urlsplit(values["KANSENBOT_PUBLIC_URL"]).hostname)
    developer = {key: _fill(value, values) for key, value in app["developer"].items()}
    manifest = {
        "$schema": SCHEMA_URL.format(version=app["manifest_version"]),
        "manifestVersion": app["manifest_version"],
        "version": values["KANSENBOT_TEAMS_APP_VERSION"],
        # The app id may equal the bot id; one GUID per school keeps the admin's overview simple.
        "id": app_id,
        "localizationInfo": {"defaultLanguageTag": app["default_language"]},
        "developer": {
            "name": developer["name"],
            "websiteUrl": developer["website_url"],
            "privacyUrl": developer["privacy_url"],
            "termsOfUseUrl": developer["terms_url"],
        },
        "name": dict(app["name"]),
        "description": dict(app["description"]),
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": app["accent_color"],
        "bots": [{
            "botId": app_id,
            "scopes": list(app["scopes"]),
            "isNotificationOnly": False,
            "supportsFiles": False,
            "supportsCalling": False,
            "supportsVideo": False,
            "commandLists": [{"scopes": ["personal"], "commands": [dict(c) for c in app["commands"]]}],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": valid_domains,
    }
    _check_lengths(manifest)
    return manifest


def _check_lengths(manifest: Mapping[str, Any]) -> None:
    limits = [("name.short", manifest["name"]["short"], 30), ("name.full", manifest["name"]["full"], 100),
              ("description.short", manifest["description"]["short"], 80),
              ("description.full", manifest["description"]["full"], 4000)]
    limits += [(f"command '{c['title']}'", c["title"], 32)
               for c in manifest["bots"][0]["commandLists"][0]["commands"]]
    limits += [(f"command description '{c['title']}'", c["description"], 128)
               for c in manifest["bots"][0]["commandLists"][0]["commands"]]
    too_long = [f"{what} is {len(text)} characters (max {limit})" for what, text, limit in limits if len(text) > limit]
    if too_long:
        raise PackageError("app.yml breaks Teams' length limits: " + "; ".join(too_long))


def _bubble(draw: ImageDraw.ImageDraw, size: int, fill: Any, outline: Any, width: int, dots: Any) -> None:
    """A speech bubble with three dots: "chat", readable from 16 to 192 pixels."""
    s = size / 32
    draw.rounded_rectangle((4 * s, 6 * s, 28 * s, 22 * s), radius=5 * s, fill=fill, outline=outline, width=width)
    if fill:
        draw.polygon([(9 * s, 21 * s), (9 * s, 27 * s), (15 * s, 21 * s)], fill=fill)
    else:
        # Outline: open the bottom edge where the tail joins, then draw the tail's two sides.
        draw.rectangle((10, 20, 14, 22), fill=(0, 0, 0, 0))
        draw.line([(9, 21), (9, 27)], fill=outline, width=width)
        draw.line([(9, 27), (15, 21)], fill=outline, width=width)
    for cx in (11, 16, 21):
        r = 1.7 * s
        draw.ellipse((cx * s - r, 14 * s - r, cx * s + r, 14 * s + r), fill=dots)


def color_icon() -> bytes:
    size = 192
    image = Image.new("RGBA", (size, size), TEAL)
    inner = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    _bubble(ImageDraw.Draw(inner), size, fill=WHITE, outline=None, width=0, dots=TEAL)
    image.alpha_composite(inner)
    return _png(image)


def outline_icon() -> bytes:
    size = 32
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    _bubble(ImageDraw.Draw(image), size, fill=None, outline=WHITE, width=2, dots=WHITE)
    # Teams wants pure white on transparent: no grey anti-aliasing, no coloured pixels.
    alpha = image.getchannel("A").point(lambda value: 255 if value >= 128 else 0)
    white = Image.new("RGBA", image.size, WHITE)
    white.putalpha(alpha)
    return _png(white)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def build(out: Path, environ: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    manifest = build_manifest(environ)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = {
        "manifest.json": json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"),
        "color.png": color_icon(),
        "outline.png": outline_icon(),
    }
    # Files at the zip's top level with fixed timestamps: Teams requires the former, reviewers like
    # identical packages for identical input.
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, data)
    return manifest


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        manifest = build(args.out)
    except (PackageError, SettingsError) as error:
        print(f"[teams-app] {error}", file=sys.stderr)
        return 2
    print(f"[teams-app] {args.out} is ready for upload (app {manifest['id']}, version {manifest['version']}).")
    return 0
