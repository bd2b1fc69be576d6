"""Fault injection for the integration tests (SYNC.md §3.10), active only with APP_TEST_FAULTS=1.

``X-Test-Fault`` makes a write fail before its commit (500, nothing stored), crash the process
right after its commit (``os._exit(137)``, no answer), or hang after the commit; on any endpoint
it can also answer 503 or 429 without doing anything.
"""

from __future__ import annotations

import os
import threading

from fastapi import Request
from sqlalchemy.orm import Session

from advisor_app.server.context import server_context
from advisor_app.server.problems import ApiProblem, retry_after
from advisor_app.sync.protocol import Fault, Header, Problem

#: How long ``hang-after-commit`` holds the request (the test kills the server long before).
HANG_SECONDS = 3600.0


def requested_fault(request: Request) -> Fault | None:
    """The fault the request asks for, or None (always None unless faults are enabled)."""
    if not server_context(request).settings.app_test_faults:
        return None
    value = request.headers.get(Header.TEST_FAULT.value)
    if not value:
        return None
    try:
        return Fault(value.strip())
    except ValueError:
        return None


async def early_fault_gate(request: Request) -> None:
    """Dependency of every ``/v1`` route: answer 503 or 429 when the request asks for it.

    ``async`` like the other cheap dependencies: a plain ``def`` would cost a hop to the
    thread pool on every request; only database work belongs there.
    """
    fault = requested_fault(request)
    if fault is Fault.UNAVAILABLE:
        raise ApiProblem(
            Problem.UNAVAILABLE, 503, "injected: server unavailable", headers=retry_after(2)
        )
    if fault is Fault.RATE_LIMITED:
        raise ApiProblem(
            Problem.RATE_LIMITED, 429, "injected: too many requests", headers=retry_after(2)
        )


def commit(session: Session, fault: Fault | None) -> None:
    """Commit the write transaction, applying the commit faults around it."""
    if fault is Fault.FAIL_BEFORE_COMMIT:
        session.rollback()
        raise ApiProblem(Problem.INTERNAL, 500, "injected: failure before commit")
    session.commit()
    if fault is Fault.CRASH_AFTER_COMMIT:
        os._exit(137)
    if fault is Fault.HANG_AFTER_COMMIT:
        # A plain def handler runs in a worker thread, so only this request hangs.
        threading.Event().wait(HANG_SECONDS)
