"""deploy/ checked offline (no Docker engine, no cluster, no internet).

What is validated, and how:
- deploy/haproxy/haproxy.cfg: `haproxy -c` (HAProxy's own parser) with a test certificate, once as a
  root-started service would run it and once unprivileged as in containers; tests/scale runs it for real.
- deploy/systemd/: `systemd-analyze verify` (systemd's own parser: unknown or misspelt settings, missing
  executables) on the units with /opt/kansenbot pointed at this checkout; plus the hardening we promise.
- deploy/docker/Dockerfile: parsed instruction by instruction: base images pinned to an exact version,
  copied paths exist, the final stage runs as a non-root user, the command is the launcher's.
- deploy/docker/compose.yml: parsed as YAML and checked against the structure Compose needs here (the
  five services, images pinned, health checks, only the proxy publishing ports, files it mounts exist).
- deploy/kubernetes/: parsed as YAML and checked structurally (no schema package: kubernetes-validate
  needs a newer jsonschema than Rasa 3.6 pins): kinds and names, selectors matching their pods, images
  pinned, non-root and read-only containers with memory limits and probes, referenced ConfigMaps and
  Secrets either defined or named in the documented kubectl commands.
- Everywhere: the Rasa server and the action server are started with the commands bot/launcher/servers.py builds.
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

from bot.launcher import servers
from bot.launcher.settings import ROOT
from tests.scale.harness import HAProxy

DEPLOY = ROOT / "deploy"
PINNED_IMAGE = re.compile(r"^[a-z0-9./-]+:\d+\.\d+(\.\d+)?[a-z0-9.-]*$")
APP = "/opt/kansenbot"


def launcher_command(interface: str, port: str) -> List[str]:
    """The Rasa server's arguments as the launcher builds them, with the deployed paths."""
    command = servers.rasa_command("run", f"{APP}/models/kansenbot.tar.gz", interface, int(port) if port.isdigit() else 0,
                                   f"{APP}/credentials.yml", f"{APP}/endpoints.yml")
    command[command.index("--port") + 1] = port
    return command[1:]  # without the interpreter path


def _after_python(command: List[str]) -> List[str]:
    return command[next(i for i, part in enumerate(command) if part.endswith("/python")) + 1:]


# ------------------------------------------------------------------------------------------------ HAProxy
@pytest.mark.parametrize("unprivileged", [True, False])
def test_haproxy_accepts_the_configuration(unprivileged: bool) -> None:
    proxy = HAProxy(["127.0.0.1:5005", "127.0.0.1:5006"])
    try:
        env = proxy.environment()
        if not unprivileged:
            env.pop("KANSENBOT_PROXY_UNPRIVILEGED")
        result = subprocess.run(["haproxy", "-c", "-f", str(DEPLOY / "haproxy" / "haproxy.cfg")], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Configuration file is valid" in result.stdout
    finally:
        proxy.stop()


def test_haproxy_routes_each_replicas_sessions_back_to_it() -> None:
    text = (DEPLOY / "haproxy" / "haproxy.cfg").read_text()
    servers_named = re.findall(r"^\s*server (\S+) ", text, re.M)
    sticky = re.findall(r"^\s*use-server (\S+) if \{ url_param\(sid\) -m beg (\S+)\. \}", text, re.M)
    assert servers_named == ["r1", "r2"] and sticky == [("r1", "r1"), ("r2", "r2")]


# ------------------------------------------------------------------------------------------------ systemd
def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.fail("systemd-analyze missing: scripts/ensure_scaleout.sh installs it (make test does)")
    for unit in (DEPLOY / "systemd").glob("kansenbot*"):
        if unit.suffix in (".service", ".target"):
            text = unit.read_text().replace(f"{APP}/.venv/bin/python", str(ROOT / ".venv" / "bin" / "python"))
            (tmp_path / unit.name).write_text(text.replace(APP, str(ROOT)))
    units = [str(tmp_path / "kansenbot-rasa@r1.service"), str(tmp_path / "kansenbot-actions.service"),
             str(tmp_path / "kansenbot.target")]
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", *units], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 0 and not problems, "\n".join(problems)


def _unit(name: str) -> Dict[str, List[str]]:
    settings: Dict[str, List[str]] = {}
    for line in (DEPLOY / "systemd" / name).read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


@pytest.mark.parametrize("name", ["kansenbot-rasa@.service", "kansenbot-actions.service"])
def test_systemd_units_are_hardened(name: str) -> None:
    unit = _unit(name)
    for key, value in {"User": "kansenbot", "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes",
                       "PrivateTmp": "yes", "PrivateDevices": "yes", "CapabilityBoundingSet": "",
                       "RestrictSUIDSGID": "yes", "SystemCallFilter": "@system-service"}.items():
        assert unit.get(key) == [value], f"{name}: {key}={unit.get(key)}"


def test_systemd_starts_rasa_with_the_launchers_command() -> None:
    command = shlex.split(_unit("kansenbot-rasa@.service")["ExecStart"][0])
    assert _after_python(command) == launcher_command("127.0.0.1", "${KANSENBOT_PORT}")
    assert "KANSENBOT_REPLICA=%i" in _unit("kansenbot-rasa@.service")["Environment"][0]


# ------------------------------------------------------------------------------------------------- Docker
def _dockerfile() -> List[tuple]:
    instructions, pending = [], ""
    for line in (DEPLOY / "docker" / "Dockerfile").read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        pending += line.rstrip("\\").strip() + " "
        if not line.endswith("\\"):
            keyword, _, argument = pending.strip().partition(" ")
            instructions.append((keyword.upper(), argument.strip()))
            pending = ""
    return instructions


def test_dockerfile_pins_its_base_images_and_runs_unprivileged() -> None:
    instructions = _dockerfile()
    bases = [argument.split()[0] for keyword, argument in instructions if keyword == "FROM"]
    assert bases and all(PINNED_IMAGE.match(base) for base in bases), bases
    final = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    users = [argument for keyword, argument in instructions[final:] if keyword == "USER"]
    assert users and not users[-1].startswith(("0", "root")), users
    for keyword, argument in instructions:
        if keyword == "COPY" and not argument.startswith("--from"):
            assert (ROOT / argument.split()[0]).exists(), argument
    cmd = json.loads(next(argument for keyword, argument in instructions if keyword == "CMD"))
    assert _after_python(cmd) == launcher_command("0.0.0.0", "5005")


def _compose() -> Dict[str, Any]:
    return yaml.safe_load((DEPLOY / "docker" / "compose.yml").read_text())


def test_compose_has_the_five_parts_pinned_healthy_and_only_the_proxy_public() -> None:
    compose = _compose()
    services = compose["services"]
    assert set(services) == {"proxy", "rasa-r1", "rasa-r2", "actions", "postgres", "redis"}
    for name, service in services.items():
        assert PINNED_IMAGE.match(service["image"]), f"{name}: {service['image']}"
        assert service.get("restart") == "unless-stopped", name
        assert ("ports" in service) == (name == "proxy"), f"{name} publishes ports"
        if name != "proxy":
            assert "healthcheck" in service, name
        for needed, condition in (service.get("depends_on") or {}).items():
            assert needed in services and condition == {"condition": "service_healthy"}, (name, needed)
    build = services["rasa-r1"]["build"]
    assert (DEPLOY / "docker" / build["context"] / build["dockerfile"]).resolve() == (DEPLOY / "docker" / "Dockerfile")
    for volume in services["proxy"]["volumes"]:
        source = volume.split(":")[0]
        if source.startswith("../"):
            assert (DEPLOY / "docker" / source).exists(), source
    assert {services[f"rasa-{r}"]["environment"]["KANSENBOT_REPLICA"] for r in ("r1", "r2")} == {"r1", "r2"}
    assert compose["networks"]["internal"] == {"internal": True}


def test_every_variable_the_deployment_sets_is_documented() -> None:
    readme = (ROOT / "README.md").read_text() + (ROOT / "docs" / "privacy.md").read_text()
    names = set()
    for path in [DEPLOY / "docker" / ".env.example", DEPLOY / "systemd" / "kansenbot.env.example"]:
        names |= set(re.findall(r"^(KANSENBOT_\w+)=", path.read_text(), re.M))
    names |= set(re.findall(r"\b(KANSENBOT_(?:REDIS_URL|REPLICA))\b", (DEPLOY / "docker" / "compose.yml").read_text()))
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"neither README.md nor docs/privacy.md documents {missing}"


# --------------------------------------------------------------------------------------------- Kubernetes
def _manifests() -> List[Dict[str, Any]]:
    documents = []
    for path in sorted((DEPLOY / "kubernetes").glob("*.yaml")):
        documents += [document for document in yaml.safe_load_all(path.read_text()) if document]
    return documents


def test_kubernetes_manifests_are_well_formed_and_hardened() -> None:
    documents = _manifests()
    header = "\n".join((DEPLOY / "kubernetes" / "kansenbot.yaml").read_text().splitlines()[:12])
    defined = {(document["kind"], document["metadata"]["name"]) for document in documents}
    for document in documents:
        assert {"apiVersion", "kind", "metadata"} <= set(document), document
        if document["kind"] != "Namespace":
            assert document["metadata"].get("namespace") == "kansenbot", document["metadata"]
    workloads = [d for d in documents if d["kind"] in ("Deployment", "StatefulSet")]
    assert {d["metadata"]["name"] for d in workloads} >= {"kansenbot-rasa", "kansenbot-actions", "kansenbot-proxy"}
    for workload in workloads:
        name, spec = workload["metadata"]["name"], workload["spec"]
        labels = spec["template"]["metadata"]["labels"]
        assert spec["selector"]["matchLabels"].items() <= labels.items(), name
        pod = spec["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True and pod.get("automountServiceAccountToken") is False, name
        for container in pod["containers"]:
            assert PINNED_IMAGE.match(container["image"]), f"{name}: {container['image']}"
            assert container["securityContext"]["allowPrivilegeEscalation"] is False, name
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"], name
            assert "memory" in container["resources"]["limits"] and "readinessProbe" in container, name
            for source in container.get("envFrom", []):
                reference = source.get("configMapRef") or source.get("secretRef")
                kind = "ConfigMap" if "configMapRef" in source else "Secret"
                assert (kind, reference["name"]) in defined or reference["name"] in header, reference
        for volume in pod.get("volumes", []):
            reference = (volume.get("configMap") or {}).get("name") or (volume.get("secret") or {}).get("secretName")
            assert reference is None or reference in header, volume
    for service in (d for d in documents if d["kind"] == "Service"):
        selector = service["spec"]["selector"]
        assert any(selector.items() <= w["spec"]["template"]["metadata"]["labels"].items() for w in workloads), service


def test_kubernetes_starts_rasa_with_the_launchers_command() -> None:
    rasa = next(d for d in _manifests() if d["metadata"]["name"] == "kansenbot-rasa" and d["kind"] == "StatefulSet")
    shell = rasa["spec"]["template"]["spec"]["containers"][0]["command"][2]
    assert "KANSENBOT_REPLICA=r$(( ${HOSTNAME##*-} + 1 )) exec " in shell
    assert _after_python(shlex.split(shell.split(" exec ", 1)[1])) == launcher_command("0.0.0.0", "5005")


# ---------------------------------------------------------------------------------------- action server
def test_every_deployment_starts_the_action_server_with_the_launchers_command() -> None:
    """rasa-sdk behind Kansenbot's log filter (bot/action_server.py), as the launcher starts it."""
    expected = servers.action_server_command(5055)[1:]
    systemd = shlex.split(_unit("kansenbot-actions.service")["ExecStart"][0])
    compose = _compose()["services"]["actions"]["command"]
    kubernetes = next(d for d in _manifests() if d["metadata"]["name"] == "kansenbot-actions"
                      and d["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]["command"]
    for name, command in (("systemd", systemd), ("compose", compose), ("kubernetes", kubernetes)):
        assert _after_python(command) == expected, name
