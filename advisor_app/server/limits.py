"""A pure ASGI middleware that refuses bodies over ``max_upload_bytes`` before they are read."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from advisor_app.server.problems import problem_body
from advisor_app.sync.protocol import PROBLEM_MEDIA_TYPE, Problem


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 payload-too-large for a declared or streamed body longer than ``limit`` bytes.

    The declared ``Content-Length`` is checked first, so a client learns the limit before
    sending megabytes; a chunked body is counted while it streams.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await self._refuse(send)
                    return
        received = 0
        exceeded = False
        refused = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    exceeded = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal refused
            # The framework turns an error while reading the body into its own 400; once the
            # limit was passed, that answer is replaced by the 413.
            if exceeded:
                if not refused:
                    refused = True
                    await self._refuse(send)
                return
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _TooLarge:
            if not refused:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body: dict[str, Any] = problem_body(
            Problem.PAYLOAD_TOO_LARGE,
            413,
            f"the body is larger than {self.limit} bytes",
            max_upload_bytes=self.limit,
        )
        data = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(data)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})
