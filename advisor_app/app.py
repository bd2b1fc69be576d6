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
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Engine

from advisor_app.errors import KnownError
from advisor_app.resources import resource_path
from advisor_app.services.attachments import AttachmentService
from advisor_app.services.audit import AuditService
from advisor_app.services.balances import BalanceService
from advisor_app.services.clock import Clock, new_uuid7, utc_now
from advisor_app.services.container import Services
from advisor_app.services.db_thread import db_call_on, mark_db_thread
from advisor_app.services.demo import DemoDataService, bundled_demo_files
from advisor_app.services.documents import DocumentService
from advisor_app.services.erasure import Eraser
from advisor_app.services.lifecycle import LifecycleService
from advisor_app.services.participants import ParticipantService
from advisor_app.services.privacy import PrivacyService
from advisor_app.services.profile import (
    ProfileInfo,
    ProfileSummary,
    ensure_local_advisor,
    summarise,
)
from advisor_app.services.profile_lock import ProfileLock
from advisor_app.services.profiles import (
    PrivacySettings,
    ProfileSetup,
    list_profiles,
    write_profile_info,
)
from advisor_app.services.reports import ReportService
from advisor_app.services.sync import SyncService
from advisor_app.services.sync_store import DbCall
from advisor_app.storage.gate import ProfileGate
from advisor_app.storage.keys import (
    KEYRING_SERVICE,
    KeyCustody,
    PassphraseProvider,
    PassphrasePurpose,
    db_key_account,
)
from advisor_app.storage.profile import open_profile, profile_dir_for
from advisor_app.storage.recovery import RecoverySetup
from advisor_app.storage.snapshots import RecordSnapshots
from advisor_app.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

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
    gate: ProfileGate

    @property
    def engine(self) -> Engine:
        """The engine of the open database (a new one after each unlock).

        Not kept as a field: the engine's URL carries the key, which must leave memory when
        the profile locks.

        Raises:
            ProfileLocked: the profile is locked.
        """
        return self.gate.engine

    def close(self) -> None:
        """Release the database connections."""
        if self.services.sync is not None:
            self.services.sync.close()  # network connections
        self.gate.close()


def open_app(
    data_dir: Path,
    profile: str = DEFAULT_PROFILE,
    *,
    passphrase_provider: PassphraseProvider = env_passphrase_provider,
    clock: Clock = utc_now,
    progress: Callable[[str], None] | None = None,
    setup: ProfileSetup | None = None,
    privacy: PrivacySettings | None = None,
    sync_db_call: DbCall[Any] | None = None,
) -> OpenedApp:
    """Open (create and migrate) a profile and build its services.

    Args:
        data_dir: The data directory.
        profile: The profile's directory name.
        passphrase_provider: Asked for the recovery passphrase when one is needed.
        clock: Current UTC time.
        progress: Told about each step of a schema upgrade.
        setup: For a new profile: the advisor's display name and the recovery copies of the
            key (ignored for an existing profile).
        privacy: Retention and legal-minimum settings; the defaults when None.
        sync_db_call: Runs the sync service's database steps (the GUI: on the db executor,
            see ``services/db_thread.py``); on the calling thread when None.

    Raises:
        KnownError: no key can be found, the passphrase is wrong, migration failed, ...
    """
    privacy = privacy or PrivacySettings()
    profile_dir = profile_dir_for(data_dir, profile)
    recovery = setup.recovery if setup is not None else None
    if recovery is None and privacy.org_public_key is not None:
        recovery = RecoverySetup(org_public_key=privacy.org_public_key)
    chosen = recovery.passphrase if recovery is not None else None
    if chosen:
        # Without a keyring the key file is protected by the passphrase just chosen.
        ask = passphrase_provider

        def passphrase_provider(purpose: PassphrasePurpose) -> str | None:
            return chosen if purpose is PassphrasePurpose.CREATE else ask(purpose)

    custody = KeyCustody(
        profile_dir,
        KEYRING_SERVICE,
        db_key_account("local", profile),
        passphrase_provider,
        recovery=recovery,
    )
    opened = open_profile(profile_dir, custody, progress=progress)
    gate = ProfileGate(opened.db_path, opened.engine)
    # Decrypted copies of recently saved balances: emptied when the profile locks.
    snapshots = RecordSnapshots()
    uow_factory = functools.partial(UnitOfWork, gate, snapshots)
    display_name = setup.display_name if setup is not None and setup.display_name else None
    advisor_id, advisor_name = ensure_local_advisor(
        uow_factory, new_uuid7, default_name=display_name or _os_user_name()
    )
    info = ProfileInfo(profile, opened.db_path, advisor_id, advisor_name)
    if setup is not None:
        write_profile_info(data_dir, profile, advisor_name)
    eraser = Eraser(gate.compact, legal_minimum=privacy.legal_minimum)
    documents = DocumentService(uow_factory, clock=clock, actor=advisor_id)
    attachments = AttachmentService(uow_factory, clock=clock)
    services = Services(
        participants=ParticipantService(uow_factory, clock=clock, actor=advisor_id),
        balances=BalanceService(uow_factory, info, clock=clock),
        documents=documents,
        demo=DemoDataService(uow_factory, documents, bundled_demo_files(resource_path("demo"))),
        profile=info,
        attachments=attachments,
        lifecycle=LifecycleService(uow_factory, info, clock=clock, eraser=eraser),
        reports=ReportService(info, clock=clock, attachments=attachments),
        audit=AuditService(uow_factory, info, clock=clock),
        privacy=PrivacyService(
            uow_factory, info, documents, eraser, clock=clock, retention=privacy.retention
        ),
        profile_lock=ProfileLock(gate, custody, on_lock=snapshots.clear),
        sync=SyncService(
            uow_factory,
            clock=clock,
            db_call=sync_db_call or _run_here,
            catalogue_dir=profile_dir / "catalogue",
        ),
    )
    services.reports.legal_minimum = privacy.legal_minimum
    # Bytes of files that no saved evidence item lists (added, then removed or never saved
    # before a crash) go now, while no balance view can hold an unsaved reference to them.
    removed = services.attachments.purge_unlisted()
    if removed:
        log.info("purged %d unlisted attachment(s)", removed)
    # Retention (SYNC.md §3.8 item 7): only balances the server acknowledged long ago. The log
    # names balance IDs only: it is a plaintext file.
    purged = services.privacy.purge_acknowledged()
    if purged.balances:
        log.info(
            "retention: purged %d acknowledged balance(s): %s",
            len(purged.balances),
            ", ".join(str(b.balance_id) for b in purged.balances),
        )
    key_source = custody.source.value if custody.source is not None else "unknown"
    summary = functools.partial(
        summarise, uow_factory, info, schema_revision=opened.revision, key_source=key_source
    )
    return OpenedApp(services=services, summary=summary, gate=gate)


def _run_here(step: Callable[[], Any]) -> Any:
    """The default ``db_call``: run the step on the calling thread (CLI, tests)."""
    return step()


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


def run_gui(data_dir: Path, profile: str | None = None) -> int:
    """Start the desktop application; returns the process exit code.

    Without ``profile`` the advisor picks one (or creates one) in the profile picker; a data
    directory with exactly one profile opens it directly. The profile is opened on the db
    executor behind a progress dialog (a schema upgrade or a passphrase KDF must not freeze a
    window); the main window appears when it is open. File → Switch profile closes the window
    (everything saved) and shows the picker again.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from advisor_app.ui.dialogs import ask_passphrase
    from advisor_app.ui.i18n import set_language
    from advisor_app.ui.main_window import MainWindow
    from advisor_app.ui.privacy_dialogs import ProfileChoice, ProfilePickerDialog
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
    _brand(app, settings.language)
    privacy = _privacy_settings(data_dir)

    db_executor = ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="db", initializer=mark_db_thread
    )
    io_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
    opened_apps: list[OpenedApp] = []
    windows: list[MainWindow] = []  # a Python reference keeps each window alive
    startups: list[ProfileStartup[OpenedApp]] = []

    def choose(force: bool) -> ProfileChoice | None:
        if profile is not None and not force:
            return ProfileChoice(profile)
        entries = list_profiles(data_dir)
        if len(entries) == 1 and not force:
            return ProfileChoice(entries[0].name)  # one advisor on this laptop: no question
        if not entries and os.environ.get(SMOKE_QUIT_ENV):
            return ProfileChoice(DEFAULT_PROFILE)
        return ProfilePickerDialog.ask(None, data_dir, settings.last_profile, privacy)

    def show_window(opened: OpenedApp) -> None:
        opened_apps.append(opened)
        window = MainWindow(opened.services, db_executor, settings, io_executor=io_executor)
        windows.append(window)
        window.profile_switch_was_requested.connect(lambda: switch(window, opened))
        window.show()
        app.setQuitOnLastWindowClosed(True)
        _smoke_quit_later(app, window)

    def start(choice: ProfileChoice | None) -> bool:
        if choice is None:
            return False
        settings.last_profile = choice.name
        settings.sync()

        def open_on_executor(progress: Callable[[str], None], ask: AskPassphrase) -> OpenedApp:
            def passphrase(purpose: PassphrasePurpose) -> str | None:
                # The environment variable serves kiosk and test set-ups; people get the dialog.
                return env_passphrase_provider(purpose) or ask(purpose is PassphrasePurpose.CREATE)

            return open_app(
                data_dir,
                choice.name,
                passphrase_provider=passphrase,
                progress=progress,
                setup=choice.setup,
                privacy=privacy,
                # Sync passes run on the io pool; their database steps go to the db executor.
                sync_db_call=db_call_on(db_executor),
            )

        startup = ProfileStartup(
            open_on_executor,
            show_window,
            db_executor,
            lambda creating: ask_passphrase(None, creating=creating),
        )
        startup.opening_did_fail.connect(lambda: app.exit(1))
        startups[:] = [startup]
        startup.start()
        return True

    def switch(window: MainWindow, opened: OpenedApp) -> None:
        # Keep running while no window is open between the profiles.
        app.setQuitOnLastWindowClosed(False)

        def closed() -> None:
            windows.remove(window)
            opened_apps.remove(opened)
            db_executor.submit(opened.close)  # after the last save of the closed windows
            QTimer.singleShot(0, lambda: start(choose(force=True)) or app.quit())

        window.destroyed.connect(lambda *_: closed())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # When a balance window is still saving, close() returns False and the window closes
        # (and is destroyed) after it; a failed save the advisor kept open keeps the profile.
        window.close()

    if not start(choose(force=False)):
        db_executor.shutdown(wait=True)
        io_executor.shutdown(wait=True)
        return 0
    try:
        return app.exec()
    finally:
        # Close the database on the thread that used it, after any queued write.
        for opened in opened_apps:
            db_executor.submit(opened.close)
        db_executor.shutdown(wait=True)
        io_executor.shutdown(wait=True, cancel_futures=True)
        windows.clear()


def _privacy_settings(data_dir: Path) -> PrivacySettings:
    try:
        return PrivacySettings.load(data_dir)
    except KnownError:
        log.exception("privacy settings ignored")
        return PrivacySettings()


def _os_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no login name
        return "Doradca"


#: Icon sizes in ``resources/icons`` (rendered from ``advisor-app.svg`` by ``make icons``).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

#: Packaging smoke test (``packaging/smoke.sh``): when set to a number of milliseconds, the GUI
#: shows a message box with standard buttons once the main window is up, prints one
#: ``smoke-gui:`` line (window title, display name, icon, the buttons' texts, which prove Qt's
#: Polish catalogue is bundled) and quits after that delay. Unset in normal use.
SMOKE_QUIT_ENV = "ADVISOR_APP_SMOKE_QUIT_MS"


def _brand(app: QApplication, language: str) -> None:
    """Set the icon and the name shown in the title bar and the task bar."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"advisor-app-{size}.png")))
    app.setWindowIcon(icon)
    app.setApplicationDisplayName(
        "Bilans kompetencji" if language == "pl" else "Competence balance"
    )
    # Wayland and the Linux task bars match windows to packaging/linux/advisor-app.desktop.
    app.setDesktopFileName("advisor-app")


def _smoke_quit_later(app: QApplication, window: MainWindow) -> None:
    """Packaging smoke test hook, see :data:`SMOKE_QUIT_ENV`."""
    delay = os.environ.get(SMOKE_QUIT_ENV)
    if not delay:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(window)
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel)
    box.show()
    texts = "|".join(button.text().replace("&", "") for button in box.buttons())
    icon = "missing" if app.windowIcon().isNull() else "ok"
    print(
        f"smoke-gui: title={window.windowTitle()!r} name={app.applicationDisplayName()!r} "
        f"icon={icon} pdf-preview={_smoke_pdf_preview()} buttons={texts}",
        flush=True,
    )
    QTimer.singleShot(int(delay), app.quit)


def _smoke_pdf_preview() -> str:
    """Render a blank one-page PDF with the evidence preview (PDFium's native library)."""
    import io

    import pypdfium2
    from PySide6.QtCore import QSize

    from advisor_app.ui.balance.thumbnails import render_pdf_page

    document = pypdfium2.PdfDocument.new()
    document.new_page(200, 100)
    pdf = io.BytesIO()
    document.save(pdf)
    document.close()
    rendered = render_pdf_page(pdf.getvalue(), QSize(40, 40))
    return "ok" if rendered is not None and not rendered[0].isNull() else "failed"
