"""Advisor profiles on one OS account, and the organisation's privacy settings.

Each profile is a directory ``<data dir>/profiles/<name>/`` with its own encrypted database and
its own key (keyring account ``local|<name>|dbkey``), so one advisor's profile cannot read
another's. Beside the database, ``profile.json`` keeps the advisor's display name for the
profile picker (the only thing readable before the profile is unlocked).

``<data dir>/privacy.json`` (optional, written by the administrator; see docs/admin-guide.md)::

    {"retention_days": 90,
     "legal_minimum": ["meetings"],
     "org_recovery_public_key": "<PEM text or base64 of the raw X25519 key>"}
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from advisor_app.domain.privacy import DEFAULT_LEGAL_MINIMUM, RESIGNATION_SECTIONS
from advisor_app.errors import ValidationFailed
from advisor_app.services.privacy import DEFAULT_RETENTION
from advisor_app.storage._fsutil import atomic_write_bytes
from advisor_app.storage.keys import DB_FILENAME, MIN_PASSPHRASE_LENGTH
from advisor_app.storage.profile import profile_dir_for
from advisor_app.storage.recovery import RecoverySetup, load_org_public_key

__all__ = [
    "PRIVACY_FILE",
    "PROFILE_INFO_FILE",
    "PrivacySettings",
    "ProfileEntry",
    "ProfileSetup",
    "list_profiles",
    "new_profile_setup",
    "profile_name_for",
    "write_profile_info",
]

PROFILE_INFO_FILE = "profile.json"
PRIVACY_FILE = "privacy.json"
_MAX_DISPLAY_NAME = 120

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProfileSetup:
    """What a new profile is created with.

    Attributes:
        display_name: The advisor's name (printed on documents, shown in the picker).
        recovery: The recovery passphrase and organisation key copies of the new key.
    """

    display_name: str
    recovery: RecoverySetup | None = None


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    """Retention, legal minimum and organisation recovery key of this installation."""

    retention: dt.timedelta = DEFAULT_RETENTION
    legal_minimum: frozenset[str] = field(default_factory=lambda: DEFAULT_LEGAL_MINIMUM)
    org_public_key: X25519PublicKey | None = None

    @classmethod
    def load(cls, data_dir: Path) -> PrivacySettings:
        """Read ``privacy.json`` from the data directory; defaults when it is missing.

        Raises:
            ValidationFailed: the file exists but is not valid.
        """
        path = data_dir / PRIVACY_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls()
        try:
            data: Any = json.loads(raw)
            retention = dt.timedelta(days=int(data.get("retention_days", DEFAULT_RETENTION.days)))
            minimum = frozenset(data.get("legal_minimum", sorted(DEFAULT_LEGAL_MINIMUM)))
            key_text = data.get("org_recovery_public_key")
            org_key = load_org_public_key(key_text.encode()) if key_text else None
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValidationFailed(f"{path} is not valid: {exc}") from exc
        if retention.days < 1 or not minimum <= RESIGNATION_SECTIONS:
            raise ValidationFailed(f"{path} is not valid: retention or legal minimum")
        return cls(retention=retention, legal_minimum=minimum, org_public_key=org_key)


@dataclass(frozen=True, slots=True)
class ProfileEntry:
    """A profile found in the data directory."""

    name: str
    display_name: str


def profile_name_for(display_name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A directory name for a new profile from the advisor's name ("Anna Nowak" → "anna-nowak").

    Diacritics are folded (ł → l), other characters become ``-``; a name already taken gets a
    number.
    """
    folded = unicodedata.normalize("NFKD", display_name.replace("ł", "l").replace("Ł", "L"))
    ascii_name = folded.encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:48] or "profile"
    name, number = base, 2
    while name in taken or name in {"con", "prn", "aux", "nul"}:
        name = f"{base}-{number}"
        number += 1
    return name


def write_profile_info(data_dir: Path, profile: str, display_name: str) -> None:
    """Remember the advisor's display name of a profile for the picker."""
    directory = profile_dir_for(data_dir, profile)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = {"display_name": display_name}
    atomic_write_bytes(
        directory / PROFILE_INFO_FILE, (json.dumps(payload, ensure_ascii=False) + "\n").encode()
    )


def list_profiles(data_dir: Path) -> tuple[ProfileEntry, ...]:
    """The profiles of the data directory, by display name."""
    root = data_dir / "profiles"
    if not root.is_dir():
        return ()
    found: list[ProfileEntry] = []
    for directory in root.iterdir():
        try:
            profile_dir_for(data_dir, directory.name)
        except ValueError:
            continue
        info = directory / PROFILE_INFO_FILE
        if not (directory / DB_FILENAME).exists() and not info.exists():
            continue
        display = directory.name
        try:
            data = json.loads(info.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("display_name"), str):
                display = data["display_name"]
        except FileNotFoundError:
            pass
        except ValueError:
            _log.warning("%s is damaged; showing the directory name", info)
        found.append(ProfileEntry(directory.name, display))
    return tuple(sorted(found, key=lambda p: (p.display_name.casefold(), p.name)))


def new_profile_setup(
    data_dir: Path,
    display_name: str,
    passphrase: str,
    *,
    settings: PrivacySettings | None = None,
) -> tuple[str, ProfileSetup]:
    """Check a new profile's name and passphrase and choose its directory name.

    Raises:
        ValidationFailed: empty or too long name, passphrase too short.
    """
    display_name = " ".join(display_name.split())
    if not display_name:
        raise ValidationFailed("a profile needs the advisor's name")
    if len(display_name) > _MAX_DISPLAY_NAME:
        raise ValidationFailed(f"the name is longer than {_MAX_DISPLAY_NAME} characters")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationFailed(
            f"the recovery passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters"
        )
    settings = settings or PrivacySettings()
    taken = {p.name for p in list_profiles(data_dir)}
    root = data_dir / "profiles"
    if root.is_dir():
        taken |= {d.name for d in root.iterdir()}
    name = profile_name_for(display_name, taken)
    recovery = RecoverySetup(passphrase=passphrase, org_public_key=settings.org_public_key)
    return name, ProfileSetup(display_name=display_name, recovery=recovery)
