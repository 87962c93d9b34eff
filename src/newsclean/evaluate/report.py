"""The benchmark as Markdown: a table of tools per corpus, the per-label table, per-page rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..labels import Label
from .bootstrap import BOOTSTRAP_RESAMPLES, Stat
from .checks import CLEAN_RATE, META_ACCURACY
from .peers import REFERENCE_PEER
from .runner import BenchResult, CorpusResult, ToolResult
from .scoring import ARTICLE, LABEL_ACCURACY, metric
from .speed import BYTES_PER_MB, Speed
from .tools import NEWSCLEAN

MISSING = "-"
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article P", metric(ARTICLE, "precision")),
    ("article R", metric(ARTICLE, "recall")),
    ("article F1", metric(ARTICLE, "f1")),
    ("label acc.", LABEL_ACCURACY),
    ("shingle F1", "shingle.f1"),
)
"""Quality columns of the main table: heading and metric key."""
SPEED_COLUMNS: tuple[tuple[str, Callable[[Speed], str]], ...] = (
    ("pages/s", lambda s: f"{s.pages_per_second:.1f}"),
    ("MB/s", lambda s: f"{s.mb_per_second:.2f}"),
    ("ms/page", lambda s: f"{s.median_ms:.1f}"),
    (f"median time vs {REFERENCE_PEER}",
     lambda s: MISSING if s.ratio is None else f"{s.ratio:.2f}"),
    (
        "peak MB",
        lambda s: MISSING if s.peak_bytes is None else f"{s.peak_bytes / BYTES_PER_MB:.2f}",
    ),
)
"""Speed columns of the main table: heading and how to show it."""
PAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article P", metric(ARTICLE, "precision")),
    ("article R", metric(ARTICLE, "recall")),
    ("article F1", metric(ARTICLE, "f1")),
    ("shingle F1", "shingle.f1"),
    ("label acc.", LABEL_ACCURACY),
)
OPTIONAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("fields ok", META_ACCURACY),
    ("clean", CLEAN_RATE),
)
"""Columns shown only when some corpus of the run measures them (the nl-html format)."""
LABEL_ROWS: tuple[str, ...] = (ARTICLE, *(label.value for label in Label))


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, numeric_from: int, text_after: int = 0
) -> list[str]:
    """A Markdown table; columns from ``numeric_from`` on (until ``text_after``) align right."""
    last = text_after or len(header)
    align = ["---:" if numeric_from <= i < last else "---" for i in range(len(header))]
    return ["| " + " | ".join(cells) + " |" for cells in (header, align, *rows)]


def format_stat(stat: Stat | None) -> str:
    """``0.981 ±0.004``, or a dash when the figure was not measured."""
    return MISSING if stat is None else f"{stat.mean:.3f} ±{stat.std:.3f}"


def _quality_columns(bench: BenchResult) -> list[tuple[str, str]]:
    measured = {key for s in bench.sections for r in s.tools for key in r.summary}
    return [*SUMMARY_COLUMNS, *((h, key) for h, key in OPTIONAL_COLUMNS if key in measured)]


def _leaks(result: ToolResult) -> str:
    return str(sum(len(row.details.get("leaked", ())) for row in result.rows))


def _summary_row(
    section: CorpusResult, result: ToolResult, columns: list[tuple[str, str]]
) -> list[str]:
    cells = [section.name, result.tool, str(section.pages)]
    cells += [format_stat(result.summary.get(key)) for _, key in columns]
    if any(key == CLEAN_RATE for _, key in columns):
        cells.append(_leaks(result) if CLEAN_RATE in result.summary else MISSING)
    cells += [show(result.speed) for _, show in SPEED_COLUMNS]
    cells.append(str(result.errors))
    return cells


def summary_table(bench: BenchResult) -> list[str]:
    """One row per tool per corpus (and overall): article figures with ±, shingle F1, speed.

    Columns of figures that only some corpora have (article fields, leaks) appear when measured.
    """
    columns = _quality_columns(bench)
    leaks = ["not_body leaks"] if any(key == CLEAN_RATE for _, key in columns) else []
    header = ["corpus", "tool", "pages", *(h for h, _ in columns), *leaks]
    header += [*(h for h, _ in SPEED_COLUMNS), "errors"]
    rows = [
        _summary_row(section, result, columns)
        for section in bench.sections
        for result in section.tools
    ]
    return _table(header, rows, numeric_from=2)


def label_table(bench: BenchResult) -> list[str]:
    """newsclean per label (and the article): P, R and F1 with ± for each corpus."""
    summaries = [(s.name, r.summary) for s in bench.sections if (r := s.tool(NEWSCLEAN))]
    header = ["label"] + [f"{name} {part}" for name, _ in summaries for part in ("P", "R", "F1")]
    rows = [
        [label]
        + [
            format_stat(summary.get(metric(label, part)))
            for _, summary in summaries
            for part in ("precision", "recall", "f1")
        ]
        for label in LABEL_ROWS
    ]
    return _table(header, rows, numeric_from=1)


def page_table(bench: BenchResult) -> list[str]:
    """Every page for every tool: article figures, shingle F1, label accuracy, time, failure."""
    header = ["corpus", "page", "tool", *(h for h, _ in PAGE_COLUMNS), "ms", "error"]
    rows = []
    for section in bench.corpora:
        for index in range(section.pages):
            for result in section.tools:
                row = result.rows[index]
                cells = [section.name, row.page, result.tool]
                cells += [_value(row.values.get(key)) for _, key in PAGE_COLUMNS]
                rows.append(
                    [*cells, f"{row.seconds * 1000:.1f}", (row.error or "")[:80].replace("|", "/")]
                )
    return _table(header, rows, numeric_from=3, text_after=len(header) - 1)


def _value(value: float | None) -> str:
    return MISSING if value is None else f"{value:.3f}"


def notes(bench: BenchResult) -> list[str]:
    """What a reader of the tables needs to know: method, digests, skipped peers."""
    lines = [
        f"P/R/F1 are token-level means over pages; ± is the std over {BOOTSTRAP_RESAMPLES} "
        "seeded bootstrap resamples of pages. article = body + heading. Peers give only a body, "
        f"so they are scored on the article and shingles. {REFERENCE_PEER} runs without comments, "
        "as in the published benchmark. The time ratio is the median time per page relative to "
        f"{REFERENCE_PEER}'s on the same pages (below 1 is faster); peak MB is the Python heap "
        "(tracemalloc) on the largest pages.",
    ]
    lines += [f"{c.name} ({c.format}, {c.pages} pages): {c.digest}" for c in bench.corpora]
    lines += list(bench.notes)
    return [f"- {line}" for line in lines]


def render(bench: BenchResult, *, pages: bool = False) -> str:
    """The whole report: the main table, the per-label table, notes, and per-page rows if asked."""
    parts = [*summary_table(bench), ""]
    if any(section.tool(NEWSCLEAN) for section in bench.sections):
        parts += ["newsclean per label:", "", *label_table(bench), ""]
    parts += notes(bench)
    if pages:
        parts += ["", *page_table(bench)]
    return "\n".join(parts) + "\n"
