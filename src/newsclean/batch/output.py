"""The output file of a batch: one whole JSON line per page, appended as each page is done.

Each line goes to the file in one unbuffered write, so a run that is stopped leaves whole lines
behind, except when the machine itself stops in the middle of a write; ``--resume`` then cuts
the unfinished last line off before it appends.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType

NEWLINE = b"\n"


def start_output(path: Path, *, resume: bool) -> set[str]:
    """Prepare ``path`` for writing and return the ids it already holds.

    Without ``resume`` the file is emptied. With it, the ids of its whole lines are read, and
    an unfinished last line (no newline at its end) is cut off.
    """
    if not resume or not path.exists():
        path.write_bytes(b"")
        return set()
    ids: set[str] = set()
    whole = 0
    with path.open("rb") as lines:
        for line in lines:
            if not line.endswith(NEWLINE):
                break
            whole += len(line)
            page_id = _id_of(line)
            if page_id is not None:
                ids.add(page_id)
    if whole < path.stat().st_size:
        os.truncate(path, whole)
    return ids


def _id_of(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    page_id = record.get("id") if isinstance(record, dict) else None
    return page_id if isinstance(page_id, str) else None


class LineWriter:
    """Appends whole lines to a file, each with one unbuffered write."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, line: str) -> None:
        """Append ``line`` and a newline."""
        data = memoryview(line.encode("utf-8") + NEWLINE)
        while data:
            data = data[os.write(self._fd, data):]

    def close(self) -> None:
        """Close the file; the lines are already in it."""
        os.close(self._fd)

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
