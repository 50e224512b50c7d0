"""The hub's HTTP interface (FastAPI). Every endpoint but enrolment needs a device's bearer token;
every request states its protocol version, and a client too old (or too new) for this hub is told
so before anything is touched. Errors are JSON: {"error": id, its parameters, "message": the text in
the request's language (zh or en)}; a refused operation is answered the same way, by message id and
parameters, which the laptop words in its user's language."""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from inspector_app import __version__
from inspector_app.errors import InspectorError
from inspector_app.hub import access, apply, audit, auth, conflicts, feed, media, schema
from inspector_app.hub.policy import Principal
from inspector_app.hub.store import Hub
from inspector_app.i18n import tr
from inspector_app.sync.bundle import public_b64
from inspector_app.sync.protocol import (
    CHUNK, OLDEST_PROTOCOL, PROTOCOL, PROTOCOL_HEADER, PULL_PAGE, SCHEMA, SCHEMA_HEADER, AuditBatch, AuditHeld,
    EnrollRequest, EnrollResponse, Hello, Missing, OpResult, PullPage, PushRequest, PushResponse, schema_number,
)

MAX_JSON_BODY = 16 << 20
STATUS = {
    "hub_token_invalid": 401, "hub_token_missing": 401, "hub_device_revoked": 403, "hub_user_disabled": 403,
    "hub_forbidden": 403, "hub_code_invalid": 403, "hub_password_wrong": 403, "hub_device_known": 409,
    "hub_not_found": 404, "hub_client_too_old": 426, "hub_client_too_new": 409, "hub_protocol_missing": 400,
    "hub_body_too_large": 413, "hub_length_required": 411, "hub_bad_request": 422, "hub_bad_sha256": 422,
    "hub_bad_upload_length": 422, "hub_upload_too_long": 422, "hub_upload_hash_mismatch": 422,
    "hub_offset_mismatch": 409, "hub_wrong_content_type": 415, "hub_value_taken": 409, "hub_not_referenced": 409,
    "hub_enroll_throttled": 429, "hub_code_burnt": 403,
}


def _lang(request: Request) -> str:
    return "en" if request.headers.get("accept-language", "").lower().startswith("en") else "zh"


def error(request: Request, key: str, **params: Any) -> JSONResponse:
    return JSONResponse({"error": key, "message": tr(key, lang=_lang(request), **params), **params},
                        status_code=STATUS.get(key, 400))


class Hashes(BaseModel):
    sha256: list[str] = Field(max_length=10_000)


class Resolution(BaseModel):
    take: str = Field(pattern="^(hub|device)$")


def principal(request: Request, authorization: Annotated[str, Header()] = "") -> Principal:
    """The device behind the request's bearer token."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise InspectorError("hub_token_missing")
    hub = request.app.state.hub
    with hub.read() as conn:
        return auth.authenticate(hub, conn, token.strip())


Who = Annotated[Principal, Depends(principal)]


def office(who: Who) -> Principal:
    if not who.is_office:
        raise InspectorError("hub_forbidden")
    return who


Office = Annotated[Principal, Depends(office)]


class Gate:
    """Checked before a request reaches its endpoint: the protocol and schema versions, the body's
    declared length and content type. A plain ASGI middleware, so request bodies pass untouched."""

    def __init__(self, app: Any, prefix: str) -> None:
        self.app = app
        self.prefix = prefix
        self.client_schema_max = schema_number(SCHEMA)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.prefix):
            request = Request(scope)
            refusal = self.refusal(request)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def refusal(self, request: Request) -> JSONResponse | None:
        protocol = request.headers.get(PROTOCOL_HEADER, "")
        if not number(protocol):
            return error(request, "hub_protocol_missing")
        if int(protocol) < OLDEST_PROTOCOL:
            return error(request, "hub_client_too_old", version=__version__)
        if int(protocol) > PROTOCOL or schema_number(request.headers.get(SCHEMA_HEADER, "")) > self.client_schema_max:
            return error(request, "hub_client_too_new", version=__version__)
        if request.method in ("POST", "PUT"):
            upload = request.url.path.endswith(("/upload", "/media/files"))
            length = request.headers.get("content-length", "")
            if not number(length):
                return error(request, "hub_length_required")
            limit = CHUNK + 1024 if upload else MAX_JSON_BODY
            if int(length) > limit:
                return error(request, "hub_body_too_large", limit=limit)
            wanted = "application/octet-stream" if upload else "application/json"
            if request.headers.get("content-type", "").split(";")[0].strip() != wanted:
                return error(request, "hub_wrong_content_type", wanted=wanted)
        return None


def number(text: str) -> bool:
    """A header that is a whole number as HTTP writes one: ASCII digits only (str.isdigit takes ², ٣ …)."""
    return 0 < len(text) <= 20 and text.isascii() and text.isdigit()


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Inspector hub", version=__version__,
                  description="效能督查工作台 同步中心 — the sync hub of Inspector")
    app.state.hub = hub
    api = "/api/v1"
    media.prune(hub)  # what a device began and never finished, a week ago or more

    @app.exception_handler(InspectorError)
    async def _user_error(request: Request, exc: InspectorError) -> JSONResponse:
        return error(request, exc.key, **exc.params)

    @app.exception_handler(RequestValidationError)
    async def _bad_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(request, "hub_bad_request", detail=f"{where}: {first.get('msg', '')}")

    app.add_middleware(Gate, prefix=api)

    @app.post(f"{api}/enroll", response_model=EnrollResponse)
    def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
        address = request.client.host if request.client else ""
        token, user = auth.enroll(hub, address, body.code, body.password, body.device_id, body.device_name,
                                  body.public_key)
        box, signing = public_keys(hub)
        return EnrollResponse(token=token, hub_id=hub.hub_id, hub_public_key=box,
                              hub_signing_key=signing, user=user["username"], role=user["role"],
                              team_id=user["team_id"], display_name=user["display_name"],
                              recovery_key=hub.recovery_key())

    @app.get(f"{api}/hello", response_model=Hello)
    def hello(who: Who) -> Hello:
        return Hello(protocol=PROTOCOL, oldest_protocol=OLDEST_PROTOCOL, schema_version=SCHEMA,
                     hub_id=hub.hub_id, user=who.username, role=who.role, team_id=who.team_id, files_upload=True,
                     upload_limit=CHUNK, recovery_key=hub.recovery_key(), audit=True)

    @app.post(f"{api}/push", response_model=PushResponse)
    def push(body: PushRequest, who: Who, request: Request) -> Any:
        acked, results, gap = apply.apply_batch(hub, who, body.ops, body.adopts_versions)
        results = [worded(r, _lang(request)) for r in results]
        if gap:
            return JSONResponse({"error": gap.code, **gap.params, "message": gap.text(_lang(request)), "acked_seq": acked,
                                 "results": [r.model_dump(mode="json") for r in results]}, status_code=409)
        return PushResponse(acked_seq=acked, results=results)

    @app.post(f"{api}/audit", response_model=AuditHeld)
    def audit_log(body: AuditBatch, who: Who) -> AuditHeld:
        """Entries of the device's audit log, kept as it sent them; the answer: how far the hub holds it."""
        with hub.write() as w:
            return AuditHeld(held=audit.receive(w, who, body.entries))

    @app.get(f"{api}/pull", response_model=PullPage)
    def pull(who: Who, after: Annotated[int, Query(ge=0, lt=schema.INT_END)] = 0,
             limit: Annotated[int, Query(ge=1, le=5000)] = PULL_PAGE) -> PullPage:
        with hub.read() as conn:
            return feed.pull_page(conn, who, after, limit)

    def standing(who: Principal, shas: list[str]) -> set[str]:
        """Which of these files the device may send (a record it may read names them, else
        hub_not_referenced), and of those, which are its to receive (see `hub.access`)."""
        for sha in shas:
            media.check_sha(sha)
        with hub.read() as conn:
            if set(shas) - access.named(conn, who, shas):
                raise InspectorError("hub_not_referenced")
            return access.entitled(conn, who, shas)

    @app.post(f"{api}/media/wanted")
    def wanted(body: Hashes, who: Who) -> dict[str, list[str]]:
        """Of these files, those the hub asks for, and those no record names yet (ask again after
        the push); the rest it holds for the device (ask before uploading)."""
        for sha in body.sha256:
            media.check_sha(sha)
        asked, unknown = access.wanted(hub, who, body.sha256)
        return {"wanted": asked, "unknown": unknown}

    @app.get(f"{api}/media/missing", response_model=list[Missing])
    def missing(who: Who) -> list[Missing]:
        return access.missing_photos(hub, who)

    @app.get(f"{api}/media/{{sha256}}/upload")
    def upload_state(sha256: str, who: Who) -> dict[str, Any]:
        offset, complete = media.received(hub, who.device_id, sha256, sha256 in standing(who, [sha256]))
        return {"offset": offset, "complete": complete}

    @app.put(f"{api}/media/{{sha256}}/upload")
    async def upload(sha256: str, request: Request, who: Who,
                     upload_offset: Annotated[int, Header(ge=0)],
                     upload_length: Annotated[int, Header(ge=1)]) -> Any:
        mine = sha256 in await run_in_threadpool(standing, who, [sha256])
        try:
            offset, complete = await media.receive(hub, who.device_id, sha256, upload_offset, upload_length,
                                                   request.stream(), mine)
        except media.OffsetMismatch as exc:
            return JSONResponse({"error": "hub_offset_mismatch", "offset": exc.offset,
                                 "message": tr("hub_offset_mismatch", lang=_lang(request), offset=exc.offset)},
                                status_code=409)
        return {"offset": offset, "complete": complete}

    @app.put(f"{api}/media/files")
    async def upload_files(request: Request, who: Who, upload_files: Annotated[str, Header()]) -> dict[str, bool]:
        """Several small files whole, one after another in the body, as Upload-Files lists them."""
        files = media.parse_files(upload_files)
        if sum(f.size for f in files) != int(request.headers["content-length"]):
            raise InspectorError("hub_bad_upload_length", size=request.headers["content-length"])
        await run_in_threadpool(standing, who, [f.sha256 for f in files])
        await media.receive_files(hub, who.device_id, files, request.stream())
        return {"complete": True}

    @app.get(f"{api}/media/{{sha256}}")
    def download(sha256: str, who: Who) -> FileResponse:
        media.check_sha(sha256)
        with hub.read() as conn:
            allowed = sha256 in access.entitled(conn, who, [sha256]) and sha256 in access.named(conn, who, [sha256])
        if not allowed or not hub.blobs.has(sha256):
            raise InspectorError("hub_not_found")
        return FileResponse(hub.blobs.path_for(sha256), media_type="application/octet-stream")

    @app.get(f"{api}/conflicts")
    def open_conflicts(who: Office) -> list[dict[str, Any]]:
        with hub.read() as conn:
            return [{**c, "at": c["at"].isoformat()} for c in conflicts.open_conflicts(conn)]

    @app.post(f"{api}/conflicts/{{conflict_id}}/resolve")
    def resolve(conflict_id: Annotated[int, Path(ge=1, lt=schema.INT_END)], body: Resolution,
                who: Office) -> dict[str, Any]:
        return conflicts.resolve(hub, conflict_id, body.take, who)

    return app


def worded(result: OpResult, lang: str) -> OpResult:
    """A refused operation's reason also in words, in the request's language, for whoever reads the
    answer without this version's texts."""
    if not result.code:
        return result
    return result.model_copy(update={"message": result.refusal().text(lang)})


def public_keys(hub: Hub) -> tuple[str, str]:
    """The hub's X25519 public key (bundles to the hub are encrypted to it) and Ed25519 public key."""
    return public_b64(hub.box_key()), public_b64(hub.signing_key())
