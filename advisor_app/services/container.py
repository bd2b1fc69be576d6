"""The services of one open profile, bundled for the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from advisor_app.services.attachments import AttachmentService
from advisor_app.services.audit import AuditService
from advisor_app.services.balances import BalanceService
from advisor_app.services.demo import DemoDataService
from advisor_app.services.documents import DocumentService
from advisor_app.services.lifecycle import LifecycleService
from advisor_app.services.participants import ParticipantService
from advisor_app.services.privacy import PrivacyService
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.profile_lock import ProfileLock
from advisor_app.services.reports import ReportService
from advisor_app.services.sync import SyncService


@dataclass(frozen=True)
class Services:
    """Everything a front end may ask of the open profile.

    Every service method opens a database session, so front ends call them on the db executor.
    """

    participants: ParticipantService
    balances: BalanceService
    documents: DocumentService
    demo: DemoDataService
    profile: ProfileInfo
    attachments: AttachmentService
    lifecycle: LifecycleService
    reports: ReportService
    audit: AuditService
    privacy: PrivacyService
    profile_lock: ProfileLock
    #: Sign-in, sync passes, status and conflicts (issue 7); network work: call it on the io pool.
    sync: SyncService | None = None
