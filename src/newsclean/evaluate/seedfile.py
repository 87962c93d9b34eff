"""The seed label file (``NAME.tsv``): one ``label<TAB>text`` segment per line, in page order.

Lines starting with ``#`` are comments; ``# url: https://…`` gives the page's address. Empty lines
are skipped. Parsing never stops at a bad line: it collects located problems so that
``newsclean seeds check`` can report them all, while the benchmark refuses a file that has any.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..labels import LABEL_NAMES, Label

COMMENT_PREFIX = "#"
URL_COMMENT = "url:"
SITE_SEPARATOR = "__"
"""In a seed's file name, what separates the site (``hln.be``) from the rest of the name."""


@dataclass(frozen=True, slots=True)
class GoldSegment:
    """One hand-labelled piece of a page: its label, its text and its line in the label file."""

    label: Label
    text: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong at a place in a file; renders as ``file:line: message``."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class SeedFile:
    """A parsed label file: its segments, the url its comment gives, and what was wrong in it."""

    path: Path
    segments: tuple[GoldSegment, ...]
    url: str | None
    problems: tuple[Problem, ...]
    url_line: int = 0
    """The line of the ``# url:`` comment (0 when there is none)."""


def url_from_name(name: str) -> str | None:
    """The site's home page from a file name like ``hln.be__x`` (``https://hln.be/``), else None."""
    site, separator, _ = name.partition(SITE_SEPARATOR)
    if not separator or not site or "." not in site:
        return None
    return f"https://{site}/"


def read_seed_file(path: Path) -> SeedFile:
    """Parse ``path``; unreadable lines become problems, not exceptions."""
    segments: list[GoldSegment] = []
    problems: list[Problem] = []
    url: str | None = None
    url_line = 0
    text = path.read_bytes().decode("utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith(COMMENT_PREFIX):
            comment = line[len(COMMENT_PREFIX) :].strip()
            if comment.startswith(URL_COMMENT):
                url, url_line = comment[len(URL_COMMENT) :].strip() or None, number
            continue
        segment = _parse_segment(path, number, line, problems)
        if segment is not None:
            segments.append(segment)
    return SeedFile(path, tuple(segments), url, tuple(problems), url_line)


def _parse_segment(
    path: Path, number: int, line: str, problems: list[Problem]
) -> GoldSegment | None:
    name, tab, segment_text = line.partition("\t")
    if not tab:
        problems.append(Problem(path, number, "no TAB: a segment line is 'label<TAB>text'"))
        return None
    if not segment_text.strip():
        problems.append(Problem(path, number, f"segment labelled {name!r} has no text"))
        return None
    try:
        label = Label.parse(name.strip())
    except ValueError:
        allowed = ", ".join(LABEL_NAMES)
        problems.append(Problem(path, number, f"label {name!r} is not one of: {allowed}"))
        return None
    return GoldSegment(label, segment_text.strip(), number)
