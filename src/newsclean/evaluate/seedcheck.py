"""``newsclean seeds check``: is every seed's labelling sound and faithful to its page?

For each ``NAME.tsv`` in a folder, with its page ``NAME.txt`` or ``NAME.html``:

- every line parses (``label<TAB>text``), every label is known, a ``# url:`` is an http(s) url;
- at most one title; no title and no heading on a page without body (a heading is inside the body,
  and an article page has body text while a page that is not an article has neither);
- text pages: the segments spell the page out in order. Each segment must start where the previous
  one ended (whitespace between them skipped), so consecutive segments of one line concatenate to
  the line; unlabelled text between segments or after the last one is reported;
- HTML pages: each segment occurs in the page's visible text (``visible.visible_blocks``) after the
  previous one. Whitespace is ignored in this comparison, since where HTML puts spaces between
  inline elements is not something a labeller can see. Visible text that no segment covers is not
  reported for HTML.

Every problem is located (``file:line: message``) and says what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import CorpusError
from ..labels import Label
from .readers import LABEL_SUFFIX, PAGE_SUFFIXES, page_file_for
from .seedfile import GoldSegment, Problem, SeedFile, read_seed_file
from .visible import WHITESPACE, visible_blocks

SNIPPET_CHARS = 60
"""How much of a text a message quotes."""


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_structure(seed: SeedFile) -> list[Problem]:
    """Title and heading problems: several titles, a title or heading on a page without body."""
    problems: list[Problem] = []
    titles = [s for s in seed.segments if s.label is Label.TITLE]
    for extra in titles[1:]:
        problems.append(
            Problem(
                seed.path,
                extra.line,
                f"second title (first at line {titles[0].line}): "
                "a page has at most one title; label the others teaser, heading or chrome",
            )
        )
    if any(s.label is Label.BODY for s in seed.segments):
        return problems
    headings = [s for s in seed.segments if s.label is Label.HEADING]
    if titles:
        problems.append(
            Problem(
                seed.path,
                titles[0].line,
                "title on a page without body: an article has body text (a video's "
                "description is body); a page that is not an article has neither",
            )
        )
    if headings:
        problems.append(
            Problem(
                seed.path,
                headings[0].line,
                "heading on a page without body: a heading is a subheading inside the article body",
            )
        )
    return problems


def check_url(seed: SeedFile) -> list[Problem]:
    """A ``# url:`` comment must give an http(s) url."""
    if seed.url is None or seed.url.startswith(("http://", "https://")):
        return []
    return [
        Problem(seed.path, seed.url_line, f"'# url:' gives {seed.url!r}; write a full http(s) url")
    ]


def check_text_order(
    segments: Sequence[GoldSegment], page: str, label_path: Path, page_path: Path
) -> list[Problem]:
    """Segments must spell out the text page in order, leaving no text unlabelled."""
    problems: list[Problem] = []
    cursor = 0
    for segment in segments:
        start = len(page) - len(page[cursor:].lstrip())
        if page.startswith(segment.text, start):
            cursor = start + len(segment.text)
            continue
        found = page.find(segment.text, cursor)
        if found >= 0:
            where = f"{page_path.name}:{_line_of(page, start)}"
            problems.append(
                Problem(
                    label_path,
                    segment.line,
                    f"text before this segment has no label: "
                    f"{_snippet(page[start:found])} ({where}); add a segment for it",
                )
            )
            cursor = found + len(segment.text)
            continue
        problems.append(_missing(segment, page, page_path, label_path, _line_of(page, cursor)))
    rest = page[cursor:]
    if rest.strip():
        offset = cursor + len(rest) - len(rest.lstrip())
        problems.append(
            Problem(
                page_path,
                _line_of(page, offset),
                f"text after the last segment of {label_path.name} has no label: {_snippet(rest)}",
            )
        )
    return problems


def _missing(
    segment: GoldSegment, page: str, page_path: Path, label_path: Path, after: int
) -> Problem:
    earlier = page.find(segment.text)
    if earlier >= 0:
        message = (
            f"segment occurs at {page_path.name}:{_line_of(page, earlier)}, before the previous "
            "segment: segments go in page order"
        )
    else:
        message = (
            f"segment {_snippet(segment.text)} is not in {page_path.name} (after line {after}); "
            "copy the text exactly, splitting glued lines into consecutive segments"
        )
    return Problem(label_path, segment.line, message)


def check_html_order(
    segments: Sequence[GoldSegment], page: str, label_path: Path, page_path: Path
) -> list[Problem]:
    """Segments must occur in order in the page's visible text (whitespace ignored)."""
    visible = WHITESPACE.sub("", "".join(visible_blocks(page)))
    problems: list[Problem] = []
    cursor = 0
    for segment in segments:
        wanted = WHITESPACE.sub("", segment.text)
        found = visible.find(wanted, cursor)
        if found >= 0:
            cursor = found + len(wanted)
        elif wanted in visible:
            problems.append(
                Problem(
                    label_path,
                    segment.line,
                    "segment occurs in the visible text of "
                    f"{page_path.name} only before the previous segment: segments go in page order",
                )
            )
        else:
            problems.append(
                Problem(
                    label_path,
                    segment.line,
                    f"segment {_snippet(segment.text)} is not in the visible text of "
                    f"{page_path.name} (scripts, styles and hidden elements do not count)",
                )
            )
    return problems


ORDER_CHECKS = {".txt": check_text_order, ".html": check_html_order}
"""How segments are checked against each kind of page, by the page's suffix."""


def check_page(label_path: Path, page_path: Path) -> list[Problem]:
    """Every problem of one seed page."""
    seed = read_seed_file(label_path)
    page = page_path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    order = ORDER_CHECKS[page_path.suffix](seed.segments, page, label_path, page_path)
    problems = [*seed.problems, *check_url(seed), *check_structure(seed), *order]
    return sorted(problems, key=lambda problem: (str(problem.path), problem.line))


def check_folder(folder: Path) -> tuple[int, list[Problem]]:
    """How many seed pages ``folder`` holds, and every problem found in them."""
    if not folder.is_dir():
        return 0, [Problem(folder, 0, "not a folder; give a folder of seed pages")]
    problems: list[Problem] = []
    label_files = sorted(folder.glob(f"*{LABEL_SUFFIX}"))
    labelled = {path.stem for path in label_files}
    for suffix in PAGE_SUFFIXES:
        problems += [
            Problem(p, 0, f"no labels beside it; add {p.stem}{LABEL_SUFFIX}")
            for p in sorted(folder.glob(f"*{suffix}"))
            if p.stem not in labelled
        ]
    pages = 0
    for label_path in label_files:
        try:
            page_path = page_file_for(label_path)
        except CorpusError as error:
            problems.append(Problem(label_path, 0, str(error).split(": ", 1)[1]))
            continue
        if page_path is None:
            problems.append(
                Problem(label_path, 0, f"no page beside it; add {label_path.stem}.txt or .html")
            )
            continue
        pages += 1
        problems += check_page(label_path, page_path)
    if not label_files:
        problems.append(
            Problem(folder, 0, f"no seed pages (NAME{LABEL_SUFFIX} beside NAME.txt or NAME.html)")
        )
    return pages, problems
