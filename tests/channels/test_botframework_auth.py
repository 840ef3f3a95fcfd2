"""Bot Framework request checks without a server: key refresh (single flight, minimum interval), the
serviceUrl allow-list and the tenant check. The same rules against a running Rasa server, with signed
activities, are in test_teams_channel.py."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import aiohttp
import pytest

from bot.channels.botframework_auth import (
    DEFAULT_SERVICE_URL_HOSTS,
    AuthError,
    ConnectorAuth,
    ConnectorKeys,
    ServiceUrlPolicy,
    activity_tenants,
)
from bot.channels.teams import TeamsInput

TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
KEY = {"kid": "k1", "kty": "RSA", "n": "AQAB", "e": "AQAB", "endorsements": ["msteams"]}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Microsoft:
    """Stands in for the OpenID keys download: counts calls, can be slow or fail."""

    def __init__(self, keys: List[Dict[str, Any]], delay: float = 0.05, fail: bool = False) -> None:
        self.keys, self.delay, self.fail, self.calls = keys, delay, fail, 0

    async def __call__(self) -> Dict[str, Dict[str, Any]]:
        self.calls += 1
        await asyncio.sleep(self.delay)
        if self.fail:
            raise aiohttp.ClientConnectionError("down")
        return {key["kid"]: key for key in self.keys}


def test_a_flood_of_unknown_key_ids_costs_one_download_per_interval() -> None:
    clock, microsoft = Clock(), Microsoft([KEY])
    keys = ConnectorKeys(fetch=microsoft, clock=clock, min_refresh_seconds=300)

    async def scenario() -> None:
        found = await asyncio.gather(*(keys.get(f"made-up-{i}") for i in range(200)))
        assert found == [None] * 200 and microsoft.calls == 1, "concurrent requests share one download"
        assert (await keys.get("k1"))["kid"] == "k1"
        await asyncio.gather(*(keys.get(f"again-{i}") for i in range(50)))
        assert microsoft.calls == 1, "no second download within the minimum interval"
        clock.now += 301
        await asyncio.gather(*(keys.get(f"later-{i}") for i in range(50)))
        assert microsoft.calls == 2

    asyncio.run(scenario())


def test_a_failing_download_counts_and_old_keys_stay() -> None:
    clock, microsoft = Clock(), Microsoft([KEY])
    keys = ConnectorKeys(fetch=microsoft, clock=clock, min_refresh_seconds=300, max_age_seconds=3600)

    async def scenario() -> None:
        assert (await keys.get("k1"))["kid"] == "k1"
        microsoft.fail = True
        clock.now += 3601  # the keys are stale: one refresh is tried, fails, the old key still works
        assert (await keys.get("k1"))["kid"] == "k1"
        assert microsoft.calls == 2
        for _ in range(20):
            assert await keys.get("unknown") is None
        assert microsoft.calls == 2, "a failed attempt also waits the minimum interval"

    asyncio.run(scenario())


def test_first_download_failing_refuses_without_downloading_per_request() -> None:
    clock, microsoft = Clock(), Microsoft([KEY], fail=True)
    keys = ConnectorKeys(fetch=microsoft, clock=clock, min_refresh_seconds=300)

    async def scenario() -> None:
        for _ in range(30):
            assert await keys.get("k1") is None
        assert microsoft.calls == 1

    asyncio.run(scenario())


def test_a_caller_that_gives_up_does_not_cancel_the_shared_download() -> None:
    microsoft = Microsoft([KEY], delay=0.2)
    keys = ConnectorKeys(fetch=microsoft, clock=Clock())

    async def scenario() -> None:
        impatient = asyncio.ensure_future(keys.get("k1"))
        await asyncio.sleep(0.05)
        impatient.cancel()
        assert (await keys.get("k1"))["kid"] == "k1"
        assert microsoft.calls == 1

    asyncio.run(scenario())


def test_fixed_keys_are_never_downloaded() -> None:
    async def never() -> Dict[str, Dict[str, Any]]:
        raise AssertionError("downloaded")

    keys = ConnectorKeys({"k1": KEY}, fetch=never)
    assert asyncio.run(keys.get("k1")) == KEY and asyncio.run(keys.get("other")) is None


@pytest.mark.parametrize("url", [
    "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/teams/",
    "https://smba.trafficmanager.net/amer", "https://SMBA.trafficmanager.net/emea/",
    "https://smba.infra.gcc.teams.microsoft.com/teams", "https://smba.trafficmanager.net:443/emea/",
])
def test_microsofts_teams_service_urls_are_allowed(url: str) -> None:
    assert ServiceUrlPolicy().allows(url)


@pytest.mark.parametrize("url", [
    "http://smba.trafficmanager.net/emea/",          # plain http: the token would travel unencrypted
    "https://evil.trafficmanager.net/",              # anyone can register a Traffic Manager name
    "https://smba.trafficmanager.net.evil.example/",
    "https://evil.example/smba.trafficmanager.net/",
    "https://smba.trafficmanager.net@evil.example/",
    "https://user:pw@smba.trafficmanager.net/",
    "https://smba.trafficmanager.net\\@evil.example/",
    "https://smba.trafficmanager.net:8443/",
    "https://smba.trafficmanager.net/emea/?x=1",
    "https://smba.trafficmanager.net/emea/#x",
    "https://127.0.0.1/", "http://127.0.0.1:3978/", "https://api.botframework.com/",
    "", None, 42, ["https://smba.trafficmanager.net/"],
])
def test_other_service_urls_are_refused(url: Any) -> None:
    assert not ServiceUrlPolicy().allows(url)


def test_loopback_http_only_when_listed_and_other_http_never() -> None:
    policy = ServiceUrlPolicy(["smba.trafficmanager.net", "http://127.0.0.1:3978"])
    assert policy.allows("http://127.0.0.1:3978/teams/") and not policy.allows("http://127.0.0.1:3979/")
    with pytest.raises(ValueError, match="must use https"):
        ServiceUrlPolicy(["http://smba.trafficmanager.net"])
    with pytest.raises(ValueError, match="not a host name"):
        ServiceUrlPolicy(["https://smba.trafficmanager.net/emea/"])
    with pytest.raises(ValueError, match="empty"):
        ServiceUrlPolicy([])
    assert set(DEFAULT_SERVICE_URL_HOSTS) >= {"smba.trafficmanager.net"}


def test_service_url_hosts_from_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KANSENBOT_PSEUDONYM_KEY", "k" * 40)
    teams = TeamsInput.from_credentials({"app_id": "app", "app_password": "secret", "tenant_id": TENANT,
                                         "service_url_hosts": "smba.trafficmanager.net, http://localhost:3978"})
    assert teams.auth.service_urls.allows("http://localhost:3978/")
    assert not teams.auth.service_urls.allows("https://smba.infra.gcc.teams.microsoft.com/teams")
    with pytest.raises(ValueError, match="must use https"):
        TeamsInput.from_credentials({"app_id": "app", "app_password": "secret",
                                     "service_url_hosts": ["http://bot.school.example"]})


def activity(**fields: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {"type": "message", "channelId": "msteams",
                            "serviceUrl": "https://smba.trafficmanager.net/emea/",
                            "conversation": {"id": "a:1", "conversationType": "personal", "tenantId": TENANT},
                            "channelData": {"tenant": {"id": TENANT}}}
    body.update(fields)
    return body


@pytest.mark.parametrize("change, complaint", [
    ({"channelId": "webchat"}, "Microsoft Teams only"),
    ({"channelId": None}, "Microsoft Teams only"),
    ({"serviceUrl": "https://evil.example/"}, "service hosts"),
    ({"channelData": {"tenant": {"id": "ffffffff-0000-0000-0000-000000000000"}}}, "another Microsoft 365 tenant"),
    ({"conversation": {"id": "a:1", "conversationType": "personal", "tenantId": "other"}}, "another"),
    ({"conversation": {"id": "a:1", "conversationType": "personal"}, "channelData": {}}, "another"),
])
def test_activity_checks_come_before_any_key_lookup(change: Dict[str, Any], complaint: str) -> None:
    async def never() -> Dict[str, Dict[str, Any]]:
        raise AssertionError("a key download for a request that is refused anyway")

    auth = ConnectorAuth("app", ConnectorKeys(fetch=never), TENANT)
    with pytest.raises(AuthError, match=complaint):
        asyncio.run(auth.verify("Bearer x.y.z", activity(**change)))


def test_tenant_ids_compare_case_insensitively_and_only_when_configured() -> None:
    auth = ConnectorAuth("app", ConnectorKeys({}), TENANT.upper())
    auth.check_activity(activity())
    ConnectorAuth("app", ConnectorKeys({}), None).check_activity(activity(channelData={}))
    assert activity_tenants(activity()) == (TENANT, TENANT)
