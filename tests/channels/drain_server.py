"""A small Sanic server with the REST channel's 413 handler shape, for tests/channels/test_refused_body_drain.py.

Run as a script it listens on a free loopback port, prints "port N" and serves until it is stopped.
"""
import asyncio
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sanic import Sanic, response  # noqa: E402
from sanic.exceptions import PayloadTooLarge  # noqa: E402

from bot.channels import limits  # noqa: E402

CAP = 64 * 1024
DRAIN_BYTES = 2 * 1024 * 1024
DRAIN_SECONDS = 2.0


def make_app() -> Sanic:
    app = Sanic("drain_test")
    app.config.REQUEST_MAX_SIZE = CAP
    app.config.ACCESS_LOG = False  # stdout is a pipe the test stops reading after the port line

    @app.exception(PayloadTooLarge)
    async def too_large(request, _):
        await limits.drain_refused_body(request, max_bytes=DRAIN_BYTES, max_seconds=DRAIN_SECONDS)
        return response.json({"text": "Je bericht is te lang."}, status=413)

    @app.post("/webhook")
    async def webhook(request):
        return response.json({"bytes": len(request.body)})

    @app.get("/")
    async def health(_):
        return response.json({"status": "ok"})

    return app


async def serve() -> None:
    server = await make_app().create_server(host="127.0.0.1", port=0, return_asyncio_server=True)
    await server.startup()
    print("port", server.server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())
