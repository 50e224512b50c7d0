"""Fault injection in the laptop's HTTP transport: a request lost before it reaches the hub, an
answer lost after the hub acted on it, a request sent twice, an upload cut after some bytes."""

from __future__ import annotations

import httpx

FAULTS = ("lose_request", "lose_response", "twice", "cut")


class FaultyTransport(httpx.BaseTransport):
    """A real loopback transport that misbehaves on the requests `plan` names, in order."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport(retries=0)
        self.plan: list[str] = []
        self.injected = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.plan.pop(0) if self.plan else "ok"
        if fault == "ok":
            return self.inner.handle_request(request)
        self.injected += 1
        request.read()  # a body sent in parts, as bytes: to cut it, or to send it twice
        if fault == "lose_request":
            raise httpx.ConnectError("injected: the request was lost", request=request)
        if fault == "cut" and request.method == "PUT" and len(request.content) > 1:
            body = request.content
            head = body[: max(1, len(body) // 3)]  # the hub keeps the bytes that arrived
            headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
            self.inner.handle_request(httpx.Request("PUT", request.url, headers=headers, content=head)).read()
            raise httpx.ReadError("injected: the connection dropped mid-upload", request=request)
        if fault == "twice":
            self.inner.handle_request(request).read()
            return self.inner.handle_request(request)
        response = self.inner.handle_request(request)  # lose_response (or cut of a non-upload)
        response.read()
        response.close()
        raise httpx.ReadError("injected: the answer was lost after the hub acted", request=request)

    def close(self) -> None:
        self.inner.close()
