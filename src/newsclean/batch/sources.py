"""Where a batch's pages come from, recognised from the INPUT path by a table of forms.

======  =======================================  ============================================
form    INPUT                                    page id
======  =======================================  ============================================
folder  a directory of ``.html``/``.htm``/       the file's path relative to the directory
        ``.txt`` files (each may be ``.gz``)
jsonl   ``.jsonl``/``.ndjson`` (may be ``.gz``)  the line's ``id``, else ``NAME:LINE``
warc    ``.warc``/``.warc.gz``                   the record's ``WARC-Record-ID``
======  =======================================  ============================================

A page that cannot be read becomes a ``PageInput`` with an ``error`` instead of content, so the
run goes on; a record that is not a page (an image in a WARC) is ``skipped``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..errors import PageReadError

PAGE_SUFFIXES = frozenset({".html", ".htm", ".txt"})
"""The page files a folder input is made of (each also with ``.gz`` appended)."""
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc"})
GZIP_SUFFIX = ".gz"


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page of a batch input: its id, its url if known, and its content or why there is none.

    Exactly one of ``content``, ``error`` and ``skipped`` is set.
    """

    id: str
    url: str | None = None
    content: str | bytes | None = None
    error: str | None = None
    skipped: str | None = None


class InputForm(StrEnum):
    """The forms a batch input comes in."""

    FOLDER = "folder"
    """A directory of page files."""

    JSONL = "jsonl"
    """One JSON object per line, with the page in ``html`` or ``text``."""

    WARC = "warc"
    """A web archive: the HTML responses of a crawl."""


@dataclass(frozen=True, slots=True)
class Source:
    """An opened batch input: its form, its pages (read lazily) and their number when known."""

    form: InputForm
    pages: Iterator[PageInput]
    total: int | None = None


def read_page_file(path: Path) -> bytes:
    """The bytes of one page file, unpacked when its name ends in ``.gz``."""
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if path.suffix == GZIP_SUFFIX else data
    except FileNotFoundError:
        raise PageReadError(f"cannot read {path}: no such file") from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise PageReadError(f"cannot read {path}: damaged gzip data ({error})") from None
    except IsADirectoryError:
        raise PageReadError(f"cannot read {path}: it is a directory") from None
    except OSError as error:
        raise PageReadError(f"cannot read {path}: {error.strerror or error}") from None


def page_suffix(path: Path) -> str:
    """The suffix that says what ``path`` holds, looking through a trailing ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == GZIP_SUFFIX:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def folder_pages(folder: Path) -> Source:
    """The page files under ``folder`` (recursively, hidden ones skipped), in path order."""
    files = sorted(
        path for path in folder.rglob("*")
        if page_suffix(path) in PAGE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and not path.is_dir()
    )  # fmt: skip
    pages = (_folder_page(folder, path) for path in files)
    return Source(InputForm.FOLDER, pages, total=len(files))


def _folder_page(folder: Path, path: Path) -> PageInput:
    page_id = path.relative_to(folder).as_posix()
    try:
        return PageInput(page_id, content=read_page_file(path))
    except PageReadError as error:
        return PageInput(page_id, error=str(error))


def _jsonl(path: Path) -> Source:
    from .jsonl import jsonl_pages

    return Source(InputForm.JSONL, jsonl_pages(path))


def _warc(path: Path) -> Source:
    from .warc import warc_pages

    return Source(InputForm.WARC, warc_pages(path))


FILE_FORMS: Mapping[frozenset[str], Callable[[Path], Source]] = {
    JSONL_SUFFIXES: _jsonl,
    WARC_SUFFIXES: _warc,
}
"""The suffixes of a file input → how to read it."""


def open_source(path: Path) -> Source:
    """The batch input at ``path``; raises ``PageReadError`` when it is missing or of no form."""
    if path.is_dir():
        return folder_pages(path)
    if not path.exists():
        raise PageReadError(f"cannot read {path}: no such file or directory")
    suffix = page_suffix(path)
    for suffixes, reader in FILE_FORMS.items():
        if suffix in suffixes:
            return reader(path)
    raise PageReadError(
        f"cannot read {path}: not a folder, a JSONL file (.jsonl, .ndjson) or a WARC file "
        "(.warc, .warc.gz); give one of those"
    )
