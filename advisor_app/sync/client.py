"""HTTP side of the sync client: a small transport seam and the typed API on top of it.

:class:`Transport` is the seam the engine is tested through: one method that sends a request and
returns status, headers and body, or raises :class:`TransportFailure` when no answer came
(refused, reset, timed out). :class:`HttpxTransport` is the real one (httpx, timeouts, the
``X-Client-Version`` and ``X-Device-Id`` headers, TLS required except on loopback).
:class:`SyncApi` knows the endpoints of SYNC.md §3.6 and turns answers into :class:`ApiResult`
values: the parsed body model, or the RFC 9457 problem with its stable :class:`Problem` type,
``Retry-After`` and ``Idempotent-Replayed``.

Nothing here retries, sleeps or decides: that is the engine's job.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import platform
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import BaseModel, ValidationError

import advisor_app
from advisor_app.errors import KnownError
from advisor_app.sync.protocol import (
    PROBLEM_MEDIA_TYPE,
    AssignmentResult,
    AttachmentStored,
    CatalogueBundle,
    ChangesPage,
    ConflictResolution,
    ErasureResult,
    HandoverRequest,
    Header,
    Meta,
    ParticipantMerged,
    Problem,
    ProblemDetails,
    Receipt,
    RevisionStored,
    RevokeRequest,
    TokenRequest,
    TokenResponse,
    canonical_json,
    content_digest,
)

if TYPE_CHECKING:
    import httpx  # imported on use: about 0.15 s of every app start otherwise

__all__ = [
    "ApiResult",
    "HttpResponse",
    "HttpxTransport",
    "InsecureServerUrl",
    "SyncApi",
    "Transport",
    "TransportFailure",
    "check_server_url",
    "client_version_header",
    "server_host",
]

M = TypeVar("M", bound=BaseModel)

_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class InsecureServerUrl(KnownError):
    """The server URL is not HTTPS (plain HTTP is only allowed to this computer, for tests)."""

    default_message = "the server address must start with https://"
    default_hint = "ask your coordinator for the https:// address of the sync server"


def check_server_url(url: str) -> str:
    """Return the server URL without a trailing slash, refusing anything but TLS or loopback.

    Raises:
        InsecureServerUrl: Not ``https://``, and not ``http://`` to 127.0.0.1/localhost.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and host in _LOOPBACK_HOSTS:
        return url.strip().rstrip("/")
    raise InsecureServerUrl(f"refusing server address {url!r}: only https:// is allowed")


def server_host(url: str) -> str:
    """The ``host[:port]`` of a server URL (part of the keyring account names)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def client_version_header(version: str | None = None) -> str:
    """The ``X-Client-Version`` value: ``advisor-app/<version> (<platform>)``."""
    if sys.platform == "win32":
        system = "win64" if platform.architecture()[0] == "64bit" else "win32"
    elif sys.platform == "darwin":
        system = "macos"
    else:
        system = sys.platform
    return f"advisor-app/{version or advisor_app.__version__} ({system})"


@dataclass(frozen=True, slots=True)
class HttpResponse:
    """An answer as the transport received it.

    Attributes:
        status: HTTP status code.
        headers: Response headers with lower-case names.
        body: The raw body.
    """

    status: int
    headers: Mapping[str, str]
    body: bytes


class TransportFailure(Exception):
    """No answer came: connection refused or reset, DNS failure, or a timeout.

    The server may still have committed the request (a timeout after commit), which is why every
    write is retried under the same ``Idempotency-Key``.

    Attributes:
        timed_out: The request timed out (as opposed to failing to connect or being cut).
    """

    def __init__(self, message: str, *, timed_out: bool = False) -> None:
        super().__init__(message)
        self.timed_out = timed_out


class Transport(Protocol):
    """Sends one HTTP request to the sync server."""

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send a request; ``path`` starts with ``/v1/``.

        Raises:
            TransportFailure: No answer came.
        """
        ...


class HttpxTransport:
    """The real transport: one httpx client per server, closed with :meth:`close`.

    Args:
        base_url: The server's address (checked with :func:`check_server_url`).
        device_id: Sent as ``X-Device-Id`` with every request.
        timeout: Seconds to wait for connecting, sending, and each read.
        client_version: Sent as ``X-Client-Version``.
        http: An httpx client to use instead of a new one (tests).

    Raises:
        InsecureServerUrl: ``base_url`` is plain HTTP to another computer.
    """

    def __init__(
        self,
        base_url: str,
        device_id: UUID,
        *,
        timeout: float = 30.0,
        client_version: str | None = None,
        http: httpx.Client | None = None,
    ) -> None:
        import httpx

        self.base_url = check_server_url(base_url)
        self._headers = {
            Header.CLIENT_VERSION.value: client_version or client_version_header(),
            Header.DEVICE_ID.value: str(device_id),
        }
        self._http = http or httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            # The pool's keep-alive saves a TLS handshake per item on a slow link.
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=4),
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send one request (see :meth:`Transport.request`)."""
        import httpx

        merged = dict(self._headers)
        if headers:
            merged.update(headers)
        try:
            response = self._http.request(
                method, path, headers=merged, content=content, params=params
            )
        except httpx.TimeoutException as error:
            raise TransportFailure(f"{method} {path} timed out", timed_out=True) from error
        except httpx.TransportError as error:
            raise TransportFailure(f"{method} {path} failed: {error}") from error
        return HttpResponse(
            status=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            body=response.content,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()


@dataclass(frozen=True, slots=True)
class ApiResult(Generic[M]):
    """A typed answer of the sync server.

    Attributes:
        status: HTTP status code.
        model: The parsed success body (None for an error or a body that did not parse).
        problem: The RFC 9457 problem details of an error answer, if any.
        problem_type: The problem's stable type, or None when unknown or absent.
        retry_after: Seconds from ``Retry-After``, when sent.
        replayed: ``Idempotent-Replayed: true`` was sent (a stored answer was replayed).
        date: The server's ``Date`` header, when sent.
        body: The raw body.
    """

    status: int
    model: M | None
    problem: ProblemDetails | None = None
    problem_type: Problem | None = None
    retry_after: float | None = None
    replayed: bool = False
    date: dt.datetime | None = None
    body: bytes = field(default=b"", repr=False)

    @property
    def ok(self) -> bool:
        """A 2xx answer whose body parsed."""
        return 200 <= self.status < 300 and self.model is not None

    def problem_json(self) -> str:
        """The problem (or a summary of a body that is none) as JSON text, for the outbox."""
        if self.problem is not None:
            return json.dumps(self.problem.model_dump(mode="json"), ensure_ascii=False)
        text = self.body[:500].decode("utf-8", "replace")
        return json.dumps({"status": self.status, "body": text}, ensure_ascii=False)


def _retry_after(value: str | None, now: dt.datetime | None) -> float | None:
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if now is None:
        return None
    return max(0.0, (when - now).total_seconds())


def _http_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def parse_result(response: HttpResponse, model: type[M]) -> ApiResult[M]:
    """Turn a raw answer into an :class:`ApiResult` of ``model``."""
    date = _http_date(response.headers.get("date"))
    retry_after = _retry_after(response.headers.get("retry-after"), date)
    replayed = response.headers.get(Header.REPLAYED.value.lower(), "").lower() == "true"
    parsed: M | None = None
    problem: ProblemDetails | None = None
    if 200 <= response.status < 300:
        try:
            parsed = model.model_validate_json(response.body)
        except ValidationError:
            parsed = None
    else:
        content_type = response.headers.get("content-type", "")
        if PROBLEM_MEDIA_TYPE in content_type or content_type.startswith("application/json"):
            try:
                problem = ProblemDetails.model_validate_json(response.body)
            except ValidationError:
                problem = None
    return ApiResult(
        status=response.status,
        model=parsed,
        problem=problem,
        problem_type=Problem.from_uri(problem.type) if problem is not None else None,
        retry_after=retry_after,
        replayed=replayed,
        date=date,
        body=response.body,
    )


def _auth(access_token: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {access_token}"}
    if extra:
        headers.update(extra)
    return headers


class SyncApi:
    """The endpoints of SYNC.md §3.6 over a :class:`Transport`.

    Every method raises :class:`TransportFailure` when no answer came, and otherwise returns an
    :class:`ApiResult` whatever the status: deciding what a status means is the engine's job.

    Args:
        transport: How requests travel.
    """

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def meta(self) -> ApiResult[Meta]:
        """``GET /v1/meta`` (no authentication)."""
        return parse_result(self.transport.request("GET", "/v1/meta"), Meta)

    def token(self, request: TokenRequest) -> ApiResult[TokenResponse]:
        """``POST /v1/auth/token``: password login or refresh-token rotation."""
        body = request.model_dump_json(exclude_none=True).encode()
        response = self.transport.request(
            "POST", "/v1/auth/token", headers={"Content-Type": "application/json"}, content=body
        )
        return parse_result(response, TokenResponse)

    def revoke(self, refresh_token: str) -> int:
        """``POST /v1/auth/revoke``: sign this device out; returns the status."""
        body = RevokeRequest(refresh_token=refresh_token).model_dump_json().encode()
        response = self.transport.request(
            "POST", "/v1/auth/revoke", headers={"Content-Type": "application/json"}, content=body
        )
        return response.status

    def put_revision(
        self,
        access_token: str,
        balance_id: UUID,
        revision_id: UUID,
        body: bytes,
        *,
        base_revision_id: UUID | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[RevisionStored]:
        """``PUT /v1/balances/{balance_id}/revisions/{revision_id}`` (body: a RevisionUpload)."""
        headers = {
            "Content-Type": "application/json",
            Header.IDEMPOTENCY_KEY.value: str(revision_id),
        }
        if base_revision_id is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = f'"{base_revision_id}"'
        headers.update(extra_headers or {})
        response = self.transport.request(
            "PUT",
            f"/v1/balances/{balance_id}/revisions/{revision_id}",
            headers=_auth(access_token, headers),
            content=body,
        )
        return parse_result(response, RevisionStored)

    def put_participant(
        self,
        access_token: str,
        participant_id: UUID,
        change_id: UUID,
        body: bytes,
        *,
        base_version: int | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[ParticipantMerged]:
        """``PUT /v1/participants/{participant_id}`` (body: a ParticipantChange)."""
        headers = {
            "Content-Type": "application/json",
            Header.IDEMPOTENCY_KEY.value: str(change_id),
        }
        if base_version is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = f'"{base_version}"'
        headers.update(extra_headers or {})
        response = self.transport.request(
            "PUT",
            f"/v1/participants/{participant_id}",
            headers=_auth(access_token, headers),
            content=body,
        )
        return parse_result(response, ParticipantMerged)

    def put_attachment(
        self,
        access_token: str,
        balance_id: UUID,
        revision_id: UUID,
        name: str,
        content: bytes,
        *,
        key: UUID,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[AttachmentStored]:
        """``PUT …/revisions/{revision_id}/attachments/{name}`` with ``Content-Digest``."""
        headers = {
            "Content-Type": "application/octet-stream",
            Header.CONTENT_DIGEST.value: content_digest(content),
            Header.IDEMPOTENCY_KEY.value: str(key),
        }
        headers.update(extra_headers or {})
        response = self.transport.request(
            "PUT",
            f"/v1/balances/{balance_id}/revisions/{revision_id}/attachments/{name}",
            headers=_auth(access_token, headers),
            content=content,
        )
        return parse_result(response, AttachmentStored)

    def receipt(self, access_token: str, balance_id: UUID, revision_id: UUID) -> ApiResult[Receipt]:
        """``GET …/revisions/{revision_id}/receipt``."""
        response = self.transport.request(
            "GET",
            f"/v1/balances/{balance_id}/revisions/{revision_id}/receipt",
            headers=_auth(access_token),
        )
        return parse_result(response, Receipt)

    def erase_participant(
        self,
        access_token: str,
        participant_id: UUID,
        *,
        key: UUID,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[ErasureResult]:
        """``DELETE /v1/participants/{participant_id}`` (GDPR erasure; idempotent by ``key``)."""
        headers = {Header.IDEMPOTENCY_KEY.value: str(key)}
        headers.update(extra_headers or {})
        response = self.transport.request(
            "DELETE", f"/v1/participants/{participant_id}", headers=_auth(access_token, headers)
        )
        return parse_result(response, ErasureResult)

    def handover(
        self,
        access_token: str,
        participant_id: UUID,
        request: HandoverRequest,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[AssignmentResult]:
        """``POST /v1/participants/{participant_id}/handover`` (key: the handover id)."""
        headers = {
            "Content-Type": "application/json",
            Header.IDEMPOTENCY_KEY.value: str(request.handover_id),
        }
        headers.update(extra_headers or {})
        response = self.transport.request(
            "POST",
            f"/v1/participants/{participant_id}/handover",
            headers=_auth(access_token, headers),
            content=canonical_json(request.model_dump(mode="json", exclude_none=True)),
        )
        return parse_result(response, AssignmentResult)

    def resolve_conflict(
        self,
        access_token: str,
        participant_id: UUID,
        conflict_id: UUID,
        resolution: ConflictResolution,
        *,
        key: UUID,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ApiResult[ParticipantMerged]:
        """``POST /v1/participants/{id}/conflicts/{cid}/resolve`` with the chosen value.

        Resolving an already resolved conflict changes nothing on the server, so a retry is
        harmless; the key is sent for the server's logs and future idempotency.
        """
        headers = {"Content-Type": "application/json", Header.IDEMPOTENCY_KEY.value: str(key)}
        headers.update(extra_headers or {})
        response = self.transport.request(
            "POST",
            f"/v1/participants/{participant_id}/conflicts/{conflict_id}/resolve",
            headers=_auth(access_token, headers),
            content=canonical_json(resolution.model_dump(mode="json")),
        )
        return parse_result(response, ParticipantMerged)

    def catalogue(self, access_token: str) -> ApiResult[CatalogueBundle]:
        """``GET /v1/catalogue``: the reference catalogue's TOML files."""
        response = self.transport.request("GET", "/v1/catalogue", headers=_auth(access_token))
        return parse_result(response, CatalogueBundle)

    def changes(self, access_token: str, since: str | None, limit: int) -> ApiResult[ChangesPage]:
        """``GET /v1/sync/changes?since=<cursor>&limit=N``."""
        params = {"limit": str(limit)}
        if since is not None:
            params["since"] = since
        response = self.transport.request(
            "GET", "/v1/sync/changes", headers=_auth(access_token), params=params
        )
        return parse_result(response, ChangesPage)


def json_bytes(value: object) -> bytes:
    """Canonical JSON bytes of a value (request bodies are hashed by the server as sent)."""
    return canonical_json(value)
