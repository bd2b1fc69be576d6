"""Composition root: the only module that wires concrete classes together.

It finds the data directory, opens (creates, migrates) the encrypted profile database, builds
the services on it and, for the GUI, the main window with its executors. Everything else gets
what it needs through its constructor.
"""

from __future__ import annotations

import functools
import getpass
import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Engine

from advisor_app.resources import resource_path
from advisor_app.services.attachments import AttachmentService
from advisor_app.services.balances import BalanceService
from advisor_app.services.clock import Clock, new_uuid7, utc_now
from advisor_app.services.container import Services
from advisor_app.services.demo import DemoDataService, bundled_demo_files
from advisor_app.services.documents import DocumentService
from advisor_app.services.lifecycle import LifecycleService
from advisor_app.services.participants import ParticipantService
from advisor_app.services.profile import (
    ProfileInfo,
    ProfileSummary,
    ensure_local_advisor,
    summarise,
)
from advisor_app.services.reports import ReportService
from advisor_app.storage.keys import (
    KEYRING_SERVICE,
    KeyCustody,
    PassphraseProvider,
    PassphrasePurpose,
    db_key_account,
)
from advisor_app.storage.profile import open_profile, profile_dir_for
from advisor_app.storage.snapshots import RecordSnapshots
from advisor_app.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from advisor_app.ui.main_window import MainWindow

APP_NAME = "advisor_app"
DEFAULT_PROFILE = "default"
PASSPHRASE_ENV = "ADVISOR_APP_PASSPHRASE"

log = logging.getLogger(__name__)
_log_handler: logging.FileHandler | None = None


def default_data_dir() -> Path:
    """The per-user data directory (Local, not Roaming: WAL breaks on network drives)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_file_path(data_dir: Path) -> Path:
    """Where unexpected errors are logged with their tracebacks."""
    return data_dir / "logs" / "advisor_app.log"


def configure_logging(data_dir: Path) -> Path:
    """Send warnings and tracebacks to the profile's log file; returns its path.

    Calling it again (tests run the CLI many times in one process) replaces the handler
    instead of stacking open files.
    """
    global _log_handler
    path = log_file_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    _log_handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    _log_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_log_handler)
    root.setLevel(logging.INFO)
    return path


def env_passphrase_provider(purpose: PassphrasePurpose) -> str | None:
    """Headless passphrase source: the ``ADVISOR_APP_PASSPHRASE`` environment variable."""
    del purpose
    return os.environ.get(PASSPHRASE_ENV) or None


@dataclass(frozen=True)
class OpenedApp:
    """An open profile with its services; call :meth:`close` when done."""

    services: Services
    summary: Callable[[], ProfileSummary]
    engine: Engine

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def open_app(
    data_dir: Path,
    profile: str = DEFAULT_PROFILE,
    *,
    passphrase_provider: PassphraseProvider = env_passphrase_provider,
    clock: Clock = utc_now,
    progress: Callable[[str], None] | None = None,
) -> OpenedApp:
    """Open (create and migrate) a profile and build its services.

    Raises:
        KnownError: no key can be found, the passphrase is wrong, migration failed, ...
    """
    profile_dir = profile_dir_for(data_dir, profile)
    custody = KeyCustody(
        profile_dir,
        KEYRING_SERVICE,
        db_key_account("local", profile),
        passphrase_provider,
    )
    opened = open_profile(profile_dir, custody, progress=progress)
    uow_factory = functools.partial(UnitOfWork, opened.session_factory, RecordSnapshots())
    advisor_id, advisor_name = ensure_local_advisor(
        uow_factory, new_uuid7, default_name=_os_user_name()
    )
    info = ProfileInfo(profile, opened.db_path, advisor_id, advisor_name)
    documents = DocumentService(uow_factory, clock=clock)
    services = Services(
        participants=ParticipantService(uow_factory, clock=clock),
        balances=BalanceService(uow_factory, info, clock=clock),
        documents=documents,
        demo=DemoDataService(uow_factory, documents, bundled_demo_files(resource_path("demo"))),
        profile=info,
        attachments=AttachmentService(uow_factory, clock=clock),
        lifecycle=LifecycleService(uow_factory, info, clock=clock),
        reports=ReportService(info, clock=clock),
    )
    # Bytes of files that no saved evidence item lists (added, then removed or never saved
    # before a crash) go now, while no balance view can hold an unsaved reference to them.
    removed = services.attachments.purge_unlisted()
    if removed:
        log.info("purged %d unlisted attachment(s)", removed)
    key_source = custody.source.value if custody.source is not None else "unknown"
    summary = functools.partial(
        summarise, uow_factory, info, schema_revision=opened.revision, key_source=key_source
    )
    return OpenedApp(services=services, summary=summary, engine=opened.engine)


def build_services(
    data_dir: Path,
    profile: str = DEFAULT_PROFILE,
    passphrase_provider: PassphraseProvider = env_passphrase_provider,
) -> Services:
    """Open a profile and return its services (tests and acceptance checks use this)."""
    return open_app(data_dir, profile, passphrase_provider=passphrase_provider).services


def build_main_window(
    data_dir: Path,
    profile: str = DEFAULT_PROFILE,
    *,
    executor: Executor | None = None,
    passphrase_provider: PassphraseProvider = env_passphrase_provider,
) -> MainWindow:
    """Build the main window for a data directory (a QApplication must exist).

    Args:
        data_dir: Where profiles and settings live.
        profile: Profile name.
        executor: The db executor; a single-thread pool when None (tests pass an inline one).
        passphrase_provider: Asked for the recovery passphrase when there is no keyring.
    """
    from advisor_app.ui.i18n import set_language
    from advisor_app.ui.main_window import MainWindow
    from advisor_app.ui.settings import AppSettings

    settings = AppSettings(data_dir)
    set_language(settings.language)
    opened = open_app(data_dir, profile, passphrase_provider=passphrase_provider)
    db_executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    window = MainWindow(opened.services, db_executor, settings)
    window.destroyed.connect(lambda *_: opened.close())
    return window


def run_gui(data_dir: Path, profile: str = DEFAULT_PROFILE) -> int:
    """Start the desktop application; returns the process exit code.

    The profile is opened on the db executor behind a progress dialog (a schema upgrade or a
    passphrase KDF must not freeze a window); the main window appears when it is open.
    """
    from PySide6.QtWidgets import QApplication

    from advisor_app.ui.dialogs import ask_passphrase
    from advisor_app.ui.i18n import set_language
    from advisor_app.ui.main_window import MainWindow
    from advisor_app.ui.settings import AppSettings
    from advisor_app.ui.startup import AskPassphrase, ProfileStartup
    from advisor_app.ui.tasks import excepthook

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Bilans")
    app.setOrganizationName("WUP Kraków")
    sys.excepthook = excepthook
    settings = AppSettings(data_dir)
    set_language(settings.language)

    db_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    io_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
    opened_apps: list[OpenedApp] = []
    windows: list[MainWindow] = []  # a Python reference keeps each window alive

    def show_window(opened: OpenedApp) -> None:
        opened_apps.append(opened)
        window = MainWindow(opened.services, db_executor, settings, io_executor=io_executor)
        windows.append(window)
        window.show()

    def open_on_executor(progress: Callable[[str], None], ask: AskPassphrase) -> OpenedApp:
        def passphrase(purpose: PassphrasePurpose) -> str | None:
            # The environment variable serves kiosk and test set-ups; people get the dialog.
            return env_passphrase_provider(purpose) or ask(purpose is PassphrasePurpose.CREATE)

        return open_app(data_dir, profile, passphrase_provider=passphrase, progress=progress)

    startup = ProfileStartup(
        open_on_executor,
        show_window,
        db_executor,
        lambda creating: ask_passphrase(None, creating=creating),
    )
    startup.opening_did_fail.connect(lambda: app.exit(1))
    startup.start()
    try:
        return app.exec()
    finally:
        # Close the database on the thread that used it, after any queued write.
        for opened in opened_apps:
            db_executor.submit(opened.close)
        db_executor.shutdown(wait=True)
        io_executor.shutdown(wait=True, cancel_futures=True)
        windows.clear()


def _os_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no login name
        return "Doradca"
