"""A benchmark run: every tool on every page of every corpus, scored and timed.

1. Score every tool on every page. This pass also warms the tools up: lazy imports, stoplists and
   fallbacks loaded on first use would otherwise be billed to whichever page needed them first.
2. Time: page by page, the tools take turns in a rotating order, each call timed on its own.
3. Measure each tool's peak memory on the largest pages, in a separate pass.
4. Summarise per corpus (means, bootstrap ±, speed relative to the reference peer), then overall.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from .bootstrap import Stat, summarize
from .corpus import Corpus, Page
from .pagescore import PageScore, score_page
from .peers import REFERENCE_PEER
from .speed import Speed, largest, peak_memory, speed_of, with_ratio
from .tools import Tool

OVERALL = "overall"
"""The name of the pooled result over every corpus of a run."""


@dataclass(frozen=True, slots=True)
class ToolResult:
    """One tool on one corpus: its summary figures, speed, failures and per-page rows."""

    tool: str
    summary: dict[str, Stat]
    speed: Speed
    rows: tuple[PageScore, ...]

    @property
    def errors(self) -> int:
        """How many pages the tool raised on."""
        return sum(1 for row in self.rows if row.error)

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready values."""
        return {
            "tool": self.tool,
            "summary": {key: stat.to_dict() for key, stat in self.summary.items()},
            "speed": self.speed.to_dict(),
            "errors": self.errors,
            "pages": [row.to_dict() for row in self.rows],
        }


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """Every tool on one corpus (or ``overall``: on every corpus of the run pooled)."""

    name: str
    format: str
    digest: str
    pages: int
    tools: tuple[ToolResult, ...]

    def tool(self, name: str) -> ToolResult | None:
        """The result of the tool called ``name``, if it ran."""
        return next((result for result in self.tools if result.tool == name), None)

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready values."""
        return {
            "name": self.name,
            "format": self.format,
            "digest": self.digest,
            "pages": self.pages,
            "tools": [result.to_dict() for result in self.tools],
        }


@dataclass(frozen=True, slots=True)
class BenchResult:
    """A whole run: each corpus, the pooled overall (with several corpora), and notes."""

    corpora: tuple[CorpusResult, ...]
    overall: CorpusResult | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def sections(self) -> tuple[CorpusResult, ...]:
        """The corpora followed by the overall result, when there is one."""
        return (*self.corpora, self.overall) if self.overall else self.corpora

    def to_dict(self) -> dict[str, Any]:
        """The run as plain JSON-ready values."""
        return {
            "corpora": [result.to_dict() for result in self.corpora],
            "overall": self.overall.to_dict() if self.overall else None,
            "notes": list(self.notes),
        }


def _rotated(tools: Sequence[Tool], turn: int) -> list[Tool]:
    shift = turn % len(tools)
    return [*tools[shift:], *tools[:shift]]


def _score_corpus(corpus: Corpus, tools: Sequence[Tool]) -> dict[str, list[PageScore]]:
    inputs = {tool.name: [tool.input_for(page) for page in corpus.pages] for tool in tools}
    rows = {
        tool.name: [
            score_page(page, tool.predict(source, page.url))
            for page, source in zip(corpus.pages, inputs[tool.name], strict=True)
        ]
        for tool in tools
    }
    seconds: dict[str, list[float]] = {tool.name: [] for tool in tools}
    for index, page in enumerate(corpus.pages):
        for tool in _rotated(tools, index):
            started = time.perf_counter()
            tool.predict(inputs[tool.name][index], page.url)
            seconds[tool.name].append(time.perf_counter() - started)
    return {
        name: [
            replace(row, seconds=took) for row, took in zip(tool_rows, seconds[name], strict=True)
        ]
        for name, tool_rows in rows.items()
    }


def _peaks(pages: Sequence[Page], tools: Sequence[Tool]) -> dict[str, int]:
    sample = [pages[index] for index in largest([page.size for page in pages])]
    peaks: dict[str, int] = {}
    for tool in tools:
        sources = [(tool.input_for(page), page.url) for page in sample]
        calls = [partial(tool.predict, source, url) for source, url in sources]
        peaks[tool.name] = peak_memory(calls)
    return peaks


def _results(
    name: str, fmt: str, digest: str, pages: Sequence[Page], rows: dict[str, list[PageScore]],
    peaks: dict[str, int | None],
) -> CorpusResult:  # fmt: skip
    sizes = [page.size for page in pages]
    speeds = {
        tool: speed_of([row.seconds for row in tool_rows], sizes, peak_bytes=peaks.get(tool))
        for tool, tool_rows in rows.items()
    }
    reference = speeds.get(REFERENCE_PEER)
    tools = tuple(
        ToolResult(
            tool,
            summarize([row.values for row in tool_rows]),
            with_ratio(speeds[tool], reference),
            tuple(tool_rows),
        )
        for tool, tool_rows in rows.items()
    )
    return CorpusResult(name, fmt, digest, len(pages), tools)


def run_bench(
    corpora: Sequence[Corpus], tools: Sequence[Tool], *, memory: bool = True
) -> BenchResult:
    """Score and time every tool on every corpus; pool them into ``overall`` when several."""
    results: list[CorpusResult] = []
    pooled_rows: dict[str, list[PageScore]] = {tool.name: [] for tool in tools}
    pooled_peaks: dict[str, int | None] = {}
    for corpus in corpora:
        rows = _score_corpus(corpus, tools)
        peaks: dict[str, int | None] = dict(_peaks(corpus.pages, tools)) if memory else {}
        results.append(
            _results(corpus.name, corpus.format, corpus.digest, corpus.pages, rows, peaks)
        )
        for tool in tools:
            pooled_rows[tool.name] += rows[tool.name]
            pooled_peaks[tool.name] = max(
                peaks.get(tool.name) or 0, pooled_peaks.get(tool.name) or 0
            )
    overall = None
    if len(corpora) > 1:
        pages = [page for corpus in corpora for page in corpus.pages]
        formats = "+".join(dict.fromkeys(corpus.format for corpus in corpora))
        overall = _results(OVERALL, formats, "", pages, pooled_rows, pooled_peaks if memory else {})
    return BenchResult(tuple(results), overall)
