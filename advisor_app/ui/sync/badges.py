"""Per-balance sync badges of the main list: which one a row gets, its text, tooltip and dot."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.listing import BalanceListRow

__all__ = ["SyncBadge", "badge_for", "badge_icon", "badge_text", "badge_tooltip"]

_CONTEXT = "SyncBadge"


class SyncBadge(StrEnum):
    """What the list says about a balance's way to the server."""

    DRAFT = "draft"
    QUEUED = "queued"
    WAITING_SIGN_IN = "waiting_sign_in"
    SYNCED = "synced"
    ACKNOWLEDGED = "acknowledged"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    LOCAL_ONLY = "local_only"


_STATE_BADGES = {
    "queued": SyncBadge.QUEUED,
    "uploading": SyncBadge.QUEUED,
    "blocked_auth": SyncBadge.WAITING_SIGN_IN,
    "synced": SyncBadge.SYNCED,
    "acknowledged": SyncBadge.ACKNOWLEDGED,
    "conflict": SyncBadge.CONFLICT,
    "rejected": SyncBadge.REJECTED,
}

_TEXTS = {
    SyncBadge.DRAFT: QT_TRANSLATE_NOOP("SyncBadge", "Draft"),
    SyncBadge.QUEUED: QT_TRANSLATE_NOOP("SyncBadge", "Waiting to send"),
    SyncBadge.WAITING_SIGN_IN: QT_TRANSLATE_NOOP("SyncBadge", "Waiting for sign-in"),
    SyncBadge.SYNCED: QT_TRANSLATE_NOOP("SyncBadge", "Sent"),
    SyncBadge.ACKNOWLEDGED: QT_TRANSLATE_NOOP("SyncBadge", "Confirmed"),
    SyncBadge.CONFLICT: QT_TRANSLATE_NOOP("SyncBadge", "Conflict"),
    SyncBadge.REJECTED: QT_TRANSLATE_NOOP("SyncBadge", "Rejected"),
    SyncBadge.LOCAL_ONLY: QT_TRANSLATE_NOOP("SyncBadge", "Only on this laptop"),
}

_TOOLTIPS = {
    SyncBadge.DRAFT: QT_TRANSLATE_NOOP(
        "SyncBadge", "Being edited on this laptop; it is sent when the balance is finished."
    ),
    SyncBadge.QUEUED: QT_TRANSLATE_NOOP(
        "SyncBadge", "Finished and saved on this laptop; it is sent at the next sync."
    ),
    SyncBadge.WAITING_SIGN_IN: QT_TRANSLATE_NOOP(
        "SyncBadge", "Saved on this laptop; it is sent after you sign in to the sync server."
    ),
    SyncBadge.SYNCED: QT_TRANSLATE_NOOP("SyncBadge", "Stored on the server."),
    SyncBadge.ACKNOWLEDGED: QT_TRANSLATE_NOOP(
        "SyncBadge", "Stored on the server and confirmed by it."
    ),
    SyncBadge.CONFLICT: QT_TRANSLATE_NOOP(
        "SyncBadge",
        "The server has a newer version of this balance. Open Sync › Conflicts to compare "
        "both and create a new revision.",
    ),
    SyncBadge.REJECTED: QT_TRANSLATE_NOOP(
        "SyncBadge",
        "The server refused this revision. It is kept on this laptop; see Sync › Conflicts "
        "for the reason.",
    ),
    SyncBadge.LOCAL_ONLY: QT_TRANSLATE_NOOP(
        "SyncBadge",
        "Finished before syncing was set up, or imported: it is not queued for the server. "
        "Start a new revision and finish it to send it.",
    ),
}

# Dot colours with at least 3:1 contrast on a white list (non-text contrast, WCAG 1.4.11).
_COLORS = {
    SyncBadge.DRAFT: "#6b6b6b",
    SyncBadge.QUEUED: "#a05a00",
    SyncBadge.WAITING_SIGN_IN: "#a05a00",
    SyncBadge.SYNCED: "#1f5fbf",
    SyncBadge.ACKNOWLEDGED: "#2e7d32",
    SyncBadge.CONFLICT: "#a4262c",
    SyncBadge.REJECTED: "#a4262c",
    SyncBadge.LOCAL_ONLY: "#6b6b6b",
}

_icons: dict[tuple[SyncBadge, int], QIcon] = {}


def badge_for(row: BalanceListRow) -> SyncBadge | None:
    """The badge of a list row; None for a participant without a balance."""
    if row.balance_id is None:
        return None
    if row.status is BalanceStatus.DRAFT:
        return SyncBadge.DRAFT
    badge = _STATE_BADGES.get(row.sync_state or "")
    if badge is not None:
        return badge
    if row.on_server:
        return SyncBadge.SYNCED  # came from the server (a pull) and was not changed here
    return SyncBadge.LOCAL_ONLY


def badge_text(badge: SyncBadge) -> str:
    """The badge's short text in the UI language."""
    return QCoreApplication.translate(_CONTEXT, str(_TEXTS[badge]))


def badge_tooltip(badge: SyncBadge) -> str:
    """One sentence about what the badge means and what to do."""
    return QCoreApplication.translate(_CONTEXT, str(_TOOLTIPS[badge]))


def badge_icon(badge: SyncBadge, size: int = 12) -> QIcon:
    """A coloured dot (a ring for what the server has not seen and will not get as it is)."""
    key = (badge, size)
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x: sharp at 150 % and 200 %
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(_COLORS[badge])
        rect = QRectF(1.5, 1.5, size - 3, size - 3)
        if badge in (SyncBadge.DRAFT, SyncBadge.LOCAL_ONLY):
            pen = painter.pen()
            pen.setColor(color)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
        painter.drawEllipse(rect)
        painter.end()
        icon = QIcon(pixmap)
        _icons[key] = icon
    return icon
