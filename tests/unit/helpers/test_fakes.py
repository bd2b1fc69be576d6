"""The fakes in tests/helpers behave like the real executor, clock and keyring."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.errors import PasswordDeleteError

from tests.helpers.clock import FakeClock
from tests.helpers.executors import InlineExecutor
from tests.helpers.memkeyring import MemoryKeyring


def test_inline_executor_runs_at_once_and_returns_a_done_future() -> None:
    """submit() runs the job before returning and the future already holds the result."""
    executor = InlineExecutor()
    calls: list[int] = []

    def double(x: int) -> int:
        calls.append(x)
        return x * 2

    future = executor.submit(double, 21)
    assert calls == [21]
    assert future.done() and future.result() == 42


def test_inline_executor_keeps_exceptions_in_the_future() -> None:
    """A failing job does not raise from submit(); the exception is in the future."""
    future = InlineExecutor().submit(int, "not a number")
    assert isinstance(future.exception(), ValueError)
    with pytest.raises(ValueError):
        future.result()


def test_inline_executor_refuses_jobs_after_shutdown() -> None:
    """Like ThreadPoolExecutor, a shut-down executor refuses new work."""
    executor = InlineExecutor()
    with executor:
        executor.submit(print, end="")
    with pytest.raises(RuntimeError):
        executor.submit(print)


def test_fake_clock_is_utc_and_moves_only_when_advanced() -> None:
    """now() is timezone-aware UTC and changes only by advance()."""
    clock = FakeClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert clock.now() == clock.now()
    assert clock.now().utcoffset() == dt.timedelta(0)
    assert clock.now().hour == 11
    assert clock.advance(90) == dt.datetime(2026, 3, 1, 11, 1, 30, tzinfo=dt.UTC)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(dt.datetime(2026, 1, 1))  # naive on purpose


def test_memory_keyring_is_installed_for_every_test(memory_keyring: MemoryKeyring) -> None:
    """The autouse fixture puts a fresh in-memory keyring behind the keyring API."""
    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.secrets == {}
    keyring.set_password("svc", "user", "secret")
    assert keyring.get_password("svc", "user") == "secret"
    keyring.delete_password("svc", "user")
    assert keyring.get_password("svc", "user") is None
    with pytest.raises(PasswordDeleteError):
        keyring.delete_password("svc", "user")
