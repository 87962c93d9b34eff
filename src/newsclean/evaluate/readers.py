"""The corpus formats the benchmark reads, one reader each, listed in ``READERS``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from ..labels import Label
from .corpus import GoldKind, Page, PageKind, Reader
from .seedfile import GoldSegment, read_seed_file, url_from_name

PAGE_SUFFIXES = {".txt": PageKind.TEXT, ".html": PageKind.HTML}
LABEL_SUFFIX = ".tsv"
NL_HTML_GOLD_SUFFIX = ".json"
PUBLIC_GOLD_FILE = "ground-truth.json"
PUBLIC_PAGES_FOLDER = "html_gz"
PUBLIC_PAGE_SUFFIX = ".html.gz"
NL_HTML_METADATA_FIELDS = ("title", "byline", "date")
MAX_PROBLEMS_SHOWN = 5


def _read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def page_file_for(label_file: Path) -> Path | None:
    """The page beside a label file (``NAME.txt`` or ``NAME.html``); refuses when both exist."""
    found = [label_file.with_suffix(suffix) for suffix in PAGE_SUFFIXES]
    existing = [path for path in found if path.is_file()]
    if len(existing) > 1:
        raise CorpusError(
            f"{label_file}: both {existing[0].name} and {existing[1].name} exist; keep one"
        )
    return existing[0] if existing else None


def _is_seed_folder(folder: Path) -> bool:
    return any(folder.glob(f"*{LABEL_SUFFIX}"))


def _read_seeds(folder: Path) -> tuple[list[Page], list[Path]]:
    pages: list[Page] = []
    files: list[Path] = []
    for label_file in sorted(folder.glob(f"*{LABEL_SUFFIX}")):
        page_file = page_file_for(label_file)
        if page_file is None:
            raise CorpusError(
                f"{label_file}: no page beside it; add {label_file.stem}.txt or .html"
            )
        seed = read_seed_file(label_file)
        if seed.problems:
            shown = "\n  ".join(str(problem) for problem in seed.problems[:MAX_PROBLEMS_SHOWN])
            raise CorpusError(
                f"{label_file}: invalid labels (run `newsclean seeds check`):\n  {shown}"
            )
        data = page_file.read_bytes()
        pages.append(
            Page(
                name=label_file.stem,
                source=data.decode("utf-8", errors="replace"),
                kind=PAGE_SUFFIXES[page_file.suffix],
                gold=GoldKind.FULL,
                segments=seed.segments,
                url=seed.url or url_from_name(label_file.stem),
                size=len(data),
            )
        )
        files += [page_file, label_file]
    return pages, files


def _nl_html_pairs(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold_file in sorted(folder.glob(f"*{NL_HTML_GOLD_SUFFIX}")):
        page_file = gold_file.with_suffix(".html")
        if gold_file.name != PUBLIC_GOLD_FILE and page_file.is_file():
            pairs.append((page_file, gold_file))
    return pairs


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path}: not valid UTF-8 JSON: {error}") from None


def _read_nl_html(folder: Path) -> tuple[list[Page], list[Path]]:
    pages: list[Page] = []
    files: list[Path] = []
    for page_file, gold_file in _nl_html_pairs(folder):
        gold = _load_json(gold_file)
        if not isinstance(gold, dict) or not isinstance(gold.get("body"), list):
            raise CorpusError(
                f"{gold_file}: needs an object with 'body': a list of paragraph strings"
            )
        headings = set(gold.get("headings") or ())
        segments = tuple(
            GoldSegment(Label.HEADING if text in headings else Label.BODY, text, index)
            for index, text in enumerate(gold["body"], start=1)
        )
        metadata = {key: str(gold[key]) for key in NL_HTML_METADATA_FIELDS if gold.get(key)}
        data = page_file.read_bytes()
        pages.append(
            Page(
                name=page_file.stem,
                source=data.decode("utf-8", errors="replace"),
                kind=PageKind.HTML,
                gold=GoldKind.ARTICLE_BLOCKS,
                segments=segments,
                url=gold.get("url") or url_from_name(page_file.stem),
                size=len(data),
                metadata=metadata,
                not_body=tuple(gold.get("not_body") or ()),
            )
        )
        files += [page_file, gold_file]
    return pages, files


def _is_public_folder(folder: Path) -> bool:
    return (folder / PUBLIC_GOLD_FILE).is_file() and (folder / PUBLIC_PAGES_FOLDER).is_dir()


def _read_public(folder: Path) -> tuple[list[Page], list[Path]]:
    gold_file = folder / PUBLIC_GOLD_FILE
    truth = _load_json(gold_file)
    if not isinstance(truth, dict):
        raise CorpusError(f"{gold_file}: needs an object {{id: {{'articleBody': …, 'url': …}}}}")
    pages: list[Page] = []
    files: list[Path] = [gold_file]
    for page_id in sorted(truth):
        page_file = folder / PUBLIC_PAGES_FOLDER / f"{page_id}{PUBLIC_PAGE_SUFFIX}"
        if not page_file.is_file():
            raise CorpusError(
                f"{gold_file}: page {page_id!r} has no {page_file.relative_to(folder)}"
            )
        data = gzip.decompress(page_file.read_bytes())
        entry = truth[page_id]
        body = str(entry.get("articleBody") or "")
        pages.append(
            Page(
                name=page_id,
                source=data.decode("utf-8", errors="replace"),
                kind=PageKind.HTML,
                gold=GoldKind.ARTICLE_TEXT,
                segments=(GoldSegment(Label.BODY, body, 1),) if body.strip() else (),
                url=entry.get("url"),
                size=len(data),
            )
        )
        files.append(page_file)
    return pages, files


READERS: tuple[Reader, ...] = (
    Reader("seeds", _is_seed_folder, _read_seeds),
    Reader("nl-html", lambda folder: bool(_nl_html_pairs(folder)), _read_nl_html),
    Reader("public", _is_public_folder, _read_public),
)
"""Every corpus format, in the order they are tried; a folder must match exactly one."""
