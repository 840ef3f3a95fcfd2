"""`make teams-app`: the package Teams admins upload (manifest v1.16, icons, bot id from the environment)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import zipfile
from typing import Dict

import pytest
from PIL import Image

from tests.channels.channel_harness import ROOT

APP_ID = "0f8c2b1a-3d4e-4f5a-8b6c-7d8e9f0a1b2c"
SCHOOL_ENV = {
    "MICROSOFT_APP_ID": APP_ID.upper(),
    "KANSENBOT_SCHOOL_NAME": "Voorbeeld ROC",
    "KANSENBOT_SCHOOL_WEBSITE": "https://www.voorbeeldroc.nl",
    "KANSENBOT_PRIVACY_URL": "https://www.voorbeeldroc.nl/privacy-kansenbot",
    "KANSENBOT_PUBLIC_URL": "https://kansenbot.voorbeeldroc.nl",
}


def make_teams_app(extra: Dict[str, str], drop: tuple = ()) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MICROSOFT_APP", "KANSENBOT_"))}
    env.update(extra)
    for name in drop:
        env.pop(name, None)
    return subprocess.run(["make", "-s", "teams-app"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def package() -> zipfile.ZipFile:
    built = make_teams_app(SCHOOL_ENV)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "kansenbot.zip is ready for upload" in built.stdout
    return zipfile.ZipFile(ROOT / "build" / "teams-app" / "kansenbot.zip")


def test_package_holds_exactly_manifest_and_icons_at_top_level(package: zipfile.ZipFile) -> None:
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]


def test_manifest_fields(package: zipfile.ZipFile) -> None:
    manifest = json.loads(package.read("manifest.json"))
    version = tuple(int(part) for part in manifest["manifestVersion"].split("."))
    assert version >= (1, 16)
    assert manifest["$schema"].endswith(f"/v{manifest['manifestVersion']}/MicrosoftTeams.schema.json")
    assert manifest["id"] == APP_ID
    assert manifest["bots"][0]["botId"] == APP_ID
    # Personal scope only: in group chats and team channels classmates would read the answers.
    assert manifest["bots"][0]["scopes"] == ["personal"]
    assert manifest["localizationInfo"]["defaultLanguageTag"] == "nl-nl"
    assert manifest["name"]["short"] == "Kansenbot" and len(manifest["name"]["full"]) <= 100
    assert len(manifest["description"]["short"]) <= 80
    # Teams is pseudonymous, not anonymous: no copy in the app may promise anonymity.
    assert "anoniem" not in json.dumps(manifest, ensure_ascii=False).lower()
    assert "nooit je naam" in manifest["description"]["full"]
    assert "Teams-beheerder" in manifest["description"]["full"] and "privéchat" in manifest["description"]["full"]
    assert manifest["developer"] == {
        "name": "Voorbeeld ROC", "websiteUrl": "https://www.voorbeeldroc.nl",
        "privacyUrl": "https://www.voorbeeldroc.nl/privacy-kansenbot",
        "termsOfUseUrl": "https://www.voorbeeldroc.nl/privacy-kansenbot",
    }
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}
    assert manifest["validDomains"] == ["kansenbot.voorbeeldroc.nl"]
    assert manifest["version"] == "1.0.0"
    commands = manifest["bots"][0]["commandLists"][0]["commands"]
    assert [c["title"] for c in commands][:2] == ["Geen laptop", "Geldzorgen"]


def test_icons_have_the_sizes_and_colours_teams_requires(package: zipfile.ZipFile) -> None:
    color = Image.open(io.BytesIO(package.read("color.png")))
    assert (color.format, color.size) == ("PNG", (192, 192))
    outline = Image.open(io.BytesIO(package.read("outline.png"))).convert("RGBA")
    assert outline.size == (32, 32)
    pixels = {outline.getpixel((x, y)) for x in range(32) for y in range(32)}
    # White on transparent only, and something drawn.
    assert all(alpha == 0 or (r, g, b, alpha) == (255, 255, 255, 255) for r, g, b, alpha in pixels)
    assert (255, 255, 255, 255) in pixels and any(alpha == 0 for *_, alpha in pixels)


def test_missing_bot_id_stops_the_build_with_a_clear_message() -> None:
    built = make_teams_app(SCHOOL_ENV, drop=("MICROSOFT_APP_ID",))
    assert built.returncode != 0
    assert "MICROSOFT_APP_ID: the Application (client) ID" in built.stderr
    assert "Traceback" not in built.stderr


@pytest.mark.parametrize("name, value, complaint", [
    ("MICROSOFT_APP_ID", "kansenbot", "must be a GUID"),
    ("KANSENBOT_PRIVACY_URL", "http://www.voorbeeldroc.nl/privacy", "must be an https:// address"),
    ("KANSENBOT_TEAMS_APP_VERSION", "v2", "must look like 1.0.0"),
])
def test_bad_values_are_refused(name: str, value: str, complaint: str) -> None:
    built = make_teams_app({**SCHOOL_ENV, name: value})
    assert built.returncode != 0
    assert complaint in built.stderr
