"""A corpus: a folder of pages with gold labels, read by the reader its files call for.

A folder holds exactly one format; ``read_corpus`` picks the reader from a visible table
(``READERS``) by asking each whether the folder is its kind:

========== ======================================================= ===========================
format     files                                                   gold
========== ======================================================= ===========================
seeds      ``NAME.txt`` or ``NAME.html`` + ``NAME.tsv``              every block labelled
nl-html    ``NAME.html`` + ``NAME.json`` (title, byline, date, body, body paragraphs + headings,
           headings, not_body)                                     metadata, not-body snippets
public     ``html_gz/<id>.html.gz`` + ``ground-truth.json``          the article body as text
========== ======================================================= ===========================
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..errors import CorpusError
from ..labels import Label
from .seedfile import GoldSegment


class PageKind(StrEnum):
    """What a page is as received."""

    TEXT = "text"
    """A plain-text dump, one block per line, as a scraper saved it."""

    HTML = "html"
    """Raw HTML as served."""


class GoldKind(StrEnum):
    """How much of a page its gold labels cover, and so what can be scored on it."""

    FULL = "full"
    """Every visible piece is labelled (seed format): every label, label accuracy, shingles."""

    ARTICLE_BLOCKS = "article-blocks"
    """Only the body's paragraphs and headings are given: body, heading, article, shingles."""

    ARTICLE_TEXT = "article-text"
    """Only the article's text is given, headings merged in: article and shingles."""


SCORED_LABELS: Mapping[GoldKind, frozenset[Label]] = {
    GoldKind.FULL: frozenset(Label),
    GoldKind.ARTICLE_BLOCKS: frozenset({Label.BODY, Label.HEADING}),
    GoldKind.ARTICLE_TEXT: frozenset(),
}
"""The single labels whose precision and recall a kind of gold supports (``article`` always)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a corpus: what a tool receives, and the gold to score it against."""

    name: str
    source: str
    kind: PageKind
    gold: GoldKind
    segments: tuple[GoldSegment, ...]
    url: str | None = None
    size: int = 0
    """The page's size in bytes as stored (decompressed), for MB/s."""
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Gold article fields to check (``title``, ``byline``, ``date``) where the format has them."""
    not_body: tuple[str, ...] = ()
    """Visible snippets that must not appear in a clean body."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """A named folder of pages in one format, with the digest of its pages and labels."""

    name: str
    path: Path
    format: str
    pages: tuple[Page, ...]
    digest: str


@dataclass(frozen=True, slots=True)
class Reader:
    """A corpus format: how to recognise its folder, and how to read it."""

    name: str
    recognises: Callable[[Path], bool]
    read: Callable[[Path], tuple[list[Page], list[Path]]]
    """Returns the pages and every file read, for the digest."""


def digest_files(root: Path, files: Iterable[Path]) -> str:
    """``sha256:…`` over the files' paths (relative to ``root``) and exact bytes, in name order."""
    hasher = hashlib.sha256()
    for path in sorted(set(files), key=lambda p: p.relative_to(root).as_posix()):
        data = path.read_bytes()
        name = path.relative_to(root).as_posix().encode("utf-8")
        hasher.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big") + data)
    return f"sha256:{hasher.hexdigest()}"


def read_corpus(path: Path | str, *, readers: Iterable[Reader] | None = None) -> Corpus:
    """Read the folder at ``path`` with the one reader that recognises it."""
    from .readers import READERS

    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder; give a folder of labelled pages")
    matching = [reader for reader in (readers or READERS) if reader.recognises(folder)]
    if not matching:
        raise CorpusError(
            f"{folder}: no labelled pages found; expected NAME.txt/NAME.html + NAME.tsv (seeds), "
            "NAME.html + NAME.json (nl-html), or html_gz/ + ground-truth.json (public benchmark)"
        )
    if len(matching) > 1:
        formats = ", ".join(reader.name for reader in matching)
        raise CorpusError(
            f"{folder}: holds pages of several formats ({formats}); "
            "split them into one folder per format"
        )
    reader = matching[0]
    pages, files = reader.read(folder)
    if not pages:
        raise CorpusError(f"{folder}: the {reader.name} reader found no pages")
    name = folder.resolve().name
    return Corpus(name, folder, reader.name, tuple(pages), digest_files(folder, files))
