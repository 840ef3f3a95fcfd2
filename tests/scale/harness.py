"""Redis, HAProxy (deploy/haproxy/haproxy.cfg itself) and a test certificate, on loopback in temp dirs.

Used by the scale-out test and the benchmark. Programs come from Debian (scripts/ensure_scaleout.sh); each
runs in its own process group (bot/launcher/processes.py) and is stopped, with whatever it started, at
the end.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import ssl
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bot.launcher.processes import Child, start
from bot.launcher.settings import ROOT
from tests.support import free_port

HAPROXY_CONFIG = ROOT / "deploy" / "haproxy" / "haproxy.cfg"


def _wait_port(port: int, child: Child, name: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not child.running():
            raise RuntimeError(f"{name} exited with {child.process.returncode}:\n{child.log()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} not listening on {port} within {timeout:.0f} s:\n{child.log()[-3000:]}")


def require(*programs: str) -> None:
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        raise RuntimeError(f"{', '.join(missing)} not installed: scripts/ensure_scaleout.sh installs them (make test does)")


class RedisServer:
    """redis-server on a free loopback port, no persistence, in a temp dir."""

    def __init__(self) -> None:
        require("redis-server")
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kansenbot-redis-"))
        self.child: Optional[Child] = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/1"

    def start(self) -> None:
        command = ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                   "--appendonly", "no", "--dir", str(self.dir), "--protected-mode", "yes"]
        self.child = start("redis", command, "", dict(os.environ), str(self.dir), self.dir / "redis.log")
        _wait_port(self.port, self.child, "redis-server")

    def stop(self) -> None:
        if self.child is not None:
            self.child.stop(grace=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def write_test_certificate(directory: Path) -> Dict[str, Path]:
    """A self-signed certificate for 127.0.0.1/localhost: ``pem`` (chain + key, for HAProxy) and ``ca``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kansenbot-test")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    paths = {"pem": directory / "kansenbot.pem", "ca": directory / "ca.pem"}
    paths["pem"].write_bytes(cert_pem + key_pem)
    paths["pem"].chmod(0o600)
    paths["ca"].write_bytes(cert_pem)
    return paths


def client_ssl_context(ca: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca))


class HAProxy:
    """deploy/haproxy/haproxy.cfg, unchanged, with its addresses from the environment as in production."""

    def __init__(self, replicas: Sequence[str]) -> None:
        require("haproxy")
        self.dir = Path(tempfile.mkdtemp(prefix="kansenbot-haproxy-"))
        self.certificate = write_test_certificate(self.dir)
        self.https_port, self.http_port = free_port(), free_port()
        self.replicas = list(replicas)
        self.child: Optional[Child] = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    def environment(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update({
            "KANSENBOT_PROXY_UNPRIVILEGED": "1",  # no chroot/user switch: the test does not run HAProxy as root
            "KANSENBOT_TLS_CERT": str(self.certificate["pem"]),
            "KANSENBOT_HTTPS_BIND": f"127.0.0.1:{self.https_port}",
            "KANSENBOT_HTTP_BIND": f"127.0.0.1:{self.http_port}",
        })
        for number, address in enumerate(self.replicas, start=1):
            env[f"KANSENBOT_RASA_{number}"] = address
        return env

    def check(self) -> str:
        import subprocess

        result = subprocess.run(["haproxy", "-c", "-f", str(HAPROXY_CONFIG)], env=self.environment(),
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"haproxy -c failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def start(self) -> None:
        # -db: stay in the foreground; the process group is stopped at the end.
        self.child = start("haproxy", ["haproxy", "-db", "-f", str(HAPROXY_CONFIG)], "", self.environment(),
                           str(self.dir), self.dir / "haproxy.log")
        _wait_port(self.https_port, self.child, "haproxy")

    def log(self) -> str:
        return self.child.log() if self.child else ""

    def stop(self) -> None:
        if self.child is not None:
            self.child.stop(grace=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def start_all(servers: List, timeout: float = 300) -> None:
    """Start several managed servers at once (e.g. two Rasa replicas loading their models side by side).

    All are launched from this thread: the kernel sends a child its parent-death signal when the *thread*
    that started it ends (PR_SET_PDEATHSIG, bot/launcher/processes.py), so no helper threads here.
    """
    for server in servers:
        server.launch()
    for server in servers:
        server.wait_ready(timeout)
