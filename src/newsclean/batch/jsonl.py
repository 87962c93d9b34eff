"""Pages from a JSONL file: one JSON object per line, ``{"url": …, "html": …}`` or ``"text"``.

A line's page id is its ``id`` field when it has one, otherwise ``NAME:LINE`` (the file's name
and the 1-based line number). Urls are not ids: a crawl often fetches one url twice, and ids must
be unique for ``--resume`` to know what is done. Blank lines are skipped; a line that is not a
JSON object, or that has no string ``html`` or ``text``, becomes an error record.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import PageReadError
from .sources import GZIP_SUFFIX, PageInput

CONTENT_FIELDS = ("html", "text")
"""The fields that may hold the page; a line has exactly one of them."""


def jsonl_pages(path: Path) -> Iterator[PageInput]:
    """Every non-blank line of the JSONL file at ``path`` as a page, in file order.

    The file is opened at once, so a missing or unreadable file raises ``PageReadError`` here.
    """
    try:
        # The generator below owns the open file and closes it when it ends.
        lines: io.BufferedIOBase = (
            gzip.open(path, "rb") if path.suffix == GZIP_SUFFIX else path.open("rb")  # noqa: SIM115
        )
    except OSError as error:
        raise PageReadError(f"cannot read {path}: {error.strerror or error}") from None
    return _pages(lines, path.name)


def _pages(lines: io.BufferedIOBase, name: str) -> Iterator[PageInput]:
    number = 0
    with lines:
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield page_of_line(line, f"{name}:{number}")
        except (OSError, EOFError, zlib.error) as error:
            where = f"{name}:{number + 1}"
            yield PageInput(where, error=f"{where}: unreadable from here on: {error}")


def page_of_line(line: bytes, where: str) -> PageInput:
    """The page one JSONL line describes; ``where`` (``NAME:LINE``) is its id when it has none."""
    try:
        data = json.loads(line.rstrip(b"\r\n"))
    except json.JSONDecodeError as error:
        return PageInput(where, error=f"{where}: not JSON: {error.msg} at column {error.colno}")
    except UnicodeDecodeError:
        return PageInput(where, error=f"{where}: not UTF-8 text")
    if not isinstance(data, dict):
        return PageInput(where, error=f"{where}: a line must be a JSON object, "
                                      f"not {type(data).__name__}")
    page_id = _page_id(data, where)
    url = data.get("url") if isinstance(data.get("url"), str) else None
    present = [name for name in CONTENT_FIELDS if isinstance(data.get(name), str)]
    if len(present) != 1:
        problem = "both" if present else "neither of"
        return PageInput(page_id, url=url, error=f"{where}: has {problem} 'html' and 'text'; "
                                                  "give the page in exactly one of them")
    return PageInput(page_id, url=url, content=data[present[0]])


def _page_id(data: dict[str, Any], where: str) -> str:
    value = data.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return where
    return str(value)
