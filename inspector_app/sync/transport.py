"""HTTP to the hub: a client for its address, requests retried with growing pauses after a dropped
connection or a 5xx (every request the laptop makes is safe to repeat), and the hub's JSON errors
as messages in this laptop's language."""

from __future__ import annotations

import json
import random
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from inspector_app import __version__
from inspector_app.errors import InspectorError
from inspector_app.i18n import current_language, known, tr
from inspector_app.store.database import Database
from inspector_app.sync import credentials
from inspector_app.sync.protocol import PROTOCOL, PROTOCOL_HEADER, SCHEMA, SCHEMA_HEADER

RETRYABLE = (httpx.TransportError,)
T = TypeVar("T")


def hub_error(response: httpx.Response) -> InspectorError:
    """The hub's JSON error (its id and parameters) as the same message in this app's language; one
    this version does not know, with the hub's own words."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    key = body.get("error", "") if isinstance(body, dict) else ""
    if known(key):
        params = {k: v for k, v in body.items() if k not in ("error", "message")}
        try:
            tr(key, **params)
            return InspectorError(key, **params)
        except (KeyError, IndexError):  # a parameter this version's text needs and the hub did not send
            pass
    detail = body.get("message") if isinstance(body, dict) else None
    return InspectorError("sync_hub_error", status=response.status_code, detail=detail or response.text[:200])


class HubBusy(Exception):
    """A 5xx answer: worth asking again."""

    def __init__(self, error: InspectorError) -> None:
        super().__init__(error.key)
        self.error = error


def refusal(response: httpx.Response) -> Exception:
    """What to raise for a hub's answer other than success: HubBusy (worth asking again) for a 5xx."""
    error = hub_error(response)
    return HubBusy(error) if response.status_code >= 500 else error


class Connection:
    """HTTP to the hub with retries: a transport failure or a 5xx is retried with growing pauses;
    every request the client makes is idempotent, so a retry never duplicates anything."""

    def __init__(self, http: httpx.Client, token: str = "", attempts: int = 6, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.http = http
        self.attempts = attempts
        self.backoff = backoff
        self.sleep = sleep
        self.headers = {PROTOCOL_HEADER: str(PROTOCOL), SCHEMA_HEADER: SCHEMA,
                        "Accept-Language": current_language(), "User-Agent": f"inspector/{__version__}"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}

        def once() -> httpx.Response:
            response = self.http.request(method, path, headers=headers, **kwargs)
            if response.status_code in ok:
                return response
            raise refusal(response)

        return self.retrying(once)

    def retrying(self, once: Callable[[], T]) -> T:
        """`once()`, again after a transport failure or a 5xx (HubBusy) with growing pauses; the
        last failure raised as an InspectorError."""
        for attempt in range(self.attempts):
            try:
                return once()
            except RETRYABLE as exc:
                if attempt == self.attempts - 1:
                    raise InspectorError("sync_unreachable", url=str(self.http.base_url), detail=str(exc)
                                         or type(exc).__name__) from exc
            except HubBusy as busy:
                if attempt == self.attempts - 1:
                    raise busy.error from None
            self.sleep(min(30.0, self.backoff * 2 ** attempt) * (0.5 + random.random() / 2))
        raise AssertionError("unreachable")

    def json(self, method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        if body is not None:
            kwargs["content"] = body if isinstance(body, (str, bytes)) else json.dumps(body)
            kwargs["headers"] = {"Content-Type": "application/json"}
        return self.request(method, path, **kwargs).json()


def open_http(url: str, timeout: float = 60.0) -> httpx.Client:
    """An HTTP client for the hub at `url`; small requests are sent at once (no Nagle delay)."""
    transport = httpx.HTTPTransport(retries=0, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=url.rstrip("/") + "/api/v1", timeout=timeout, transport=transport)


@contextmanager
def connect(db: Database, hub_url: str | None = None, attempts: int = 6) -> Iterator[Connection]:
    """A connection to this laptop's hub with its credentials (InspectorError when not enrolled)."""
    creds = credentials.load(db)
    with open_http(hub_url or creds.hub_url) as http:
        yield Connection(http, creds.token, attempts=attempts)
