"""Durable file writes shared by the key file and the database backup helpers.

A rename is only durable once the directory entry is flushed, and a crash half-way through a plain
``write_bytes`` leaves a truncated key file, which would lock the advisor out of their data. So
every file this package must not lose is written to a sibling temporary file, fsynced, renamed over
the target and the directory fsynced.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from advisor_app.errors import DiskFull

__all__ = ["atomic_write_bytes", "fsync_directory", "fsync_file", "raise_if_disk_full"]


def raise_if_disk_full(exc: OSError, what: Path) -> None:
    """Re-raise ``exc`` as :class:`DiskFull` when it means the disk or quota is full.

    Args:
        exc: The error raised by a write.
        what: The file being written, named in the message.

    Raises:
        DiskFull: If ``exc`` is ENOSPC or EDQUOT.
    """
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        raise DiskFull(f"the disk is full while writing {what}") from exc


def fsync_file(path: Path) -> None:
    """Flush a file's content to the storage device.

    Args:
        path: An existing regular file.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Flush a directory entry so a rename inside it survives a power cut.

    Windows cannot open directories for fsync and makes renames durable by itself, so this is a
    no-op there.

    Args:
        path: The directory that holds a freshly renamed file.
    """
    if sys.platform != "win32":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so readers see either the old or the new content.

    Args:
        path: Target file; its parent directory must exist.
        data: The complete new content.
        mode: Permission bits for the new file (owner-only by default: it may hold key material).

    Raises:
        DiskFull: If the disk or quota is full; the old file is left untouched.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise_if_disk_full(exc, path)
        raise
    fsync_directory(path.parent)
