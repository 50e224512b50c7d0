"""Serving the hub with uvicorn: in the foreground (`inspector hub serve`) or on a background thread
(the self-test, tests and benchmarks)."""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn

from inspector_app.hub.app import create_app
from inspector_app.hub.store import Hub


def _config(hub: Hub, tls_cert: str | None = None, tls_key: str | None = None, app: Any = None,
            **kwargs: Any) -> uvicorn.Config:
    return uvicorn.Config(app or create_app(hub), log_level=kwargs.pop("log_level", "warning"), ssl_certfile=tls_cert,
                          ssl_keyfile=tls_key, timeout_keep_alive=30, **kwargs)


def serve(hub: Hub, host: str, port: int, tls_cert: str | None = None, tls_key: str | None = None) -> None:
    uvicorn.Server(_config(hub, tls_cert, tls_key, host=host, port=port, log_level="info")).run()


class BackgroundHub:
    """A hub listening on a free loopback port on a thread of this process, until `stop()`."""

    def __init__(self, hub: Hub, host: str = "127.0.0.1", app: Any = None) -> None:
        self.hub = hub
        self.host = host
        self.url = ""
        # port 0: the system picks a free port (a socket handed in from outside would lose TCP_NODELAY)
        self.server = uvicorn.Server(_config(hub, host=host, port=0, app=app))
        self.server.config.setup_event_loop = lambda: None
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="hub")

    def start(self) -> "BackgroundHub":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://[{self.host}]:{port}" if ":" in self.host else f"http://{self.host}:{port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> "BackgroundHub":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
