"""How fast each tool is on the same pages, and how much memory it needs at its peak.

Times are wall-clock ``perf_counter`` seconds of each tool's call on each page, taken after a
warm-up (the scoring pass), with the tools taking turns page by page in a rotating order so a noisy
machine slows them alike. Peak memory is measured in a separate pass with ``tracemalloc`` on the
``MEMORY_SAMPLE_PAGES`` largest pages: it counts what Python allocates, not memory that C libraries
(libxml2, resiliparse) take for themselves.
"""

from __future__ import annotations

import statistics
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MEMORY_SAMPLE_PAGES = 10
"""How many of the largest pages the memory pass runs every tool on."""
BYTES_PER_MB = 1_000_000
MS_PER_SECOND = 1000


@dataclass(frozen=True, slots=True)
class Speed:
    """A tool's speed over a set of pages."""

    pages: int
    seconds: float
    bytes: int
    median_ms: float
    peak_bytes: int | None = None
    ratio: float | None = None
    """This tool's time per page divided by the reference peer's (below 1: faster)."""

    @property
    def pages_per_second(self) -> float:
        """Pages handled per second of the tool's own time."""
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        """Megabytes (10⁶ bytes, as stored) of pages handled per second."""
        return self.bytes / BYTES_PER_MB / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, float | int | None]:
        """The figures as plain JSON-ready values."""
        return {
            "pages": self.pages,
            "seconds": self.seconds,
            "bytes": self.bytes,
            "pages_per_s": self.pages_per_second,
            "mb_per_s": self.mb_per_second,
            "median_ms": self.median_ms,
            "peak_bytes": self.peak_bytes,
            "ratio_to_reference": self.ratio,
        }


def speed_of(
    seconds: Sequence[float], sizes: Sequence[int], *, peak_bytes: int | None = None
) -> Speed:
    """The speed of a tool that took ``seconds[i]`` on a page of ``sizes[i]`` bytes."""
    median = statistics.median(seconds) * MS_PER_SECOND if seconds else 0.0
    return Speed(len(seconds), sum(seconds), sum(sizes), median, peak_bytes)


def with_ratio(speed: Speed, reference: Speed | None) -> Speed:
    """``speed`` with its median time per page relative to ``reference``'s (same pages)."""
    if reference is None or not reference.median_ms:
        return speed
    return Speed(
        speed.pages, speed.seconds, speed.bytes, speed.median_ms, speed.peak_bytes,
        speed.median_ms / reference.median_ms,
    )  # fmt: skip


def largest(sizes: Sequence[int], count: int = MEMORY_SAMPLE_PAGES) -> list[int]:
    """The indices of the ``count`` largest pages, largest first (ties by position)."""
    return sorted(range(len(sizes)), key=lambda index: (-sizes[index], index))[:count]


def peak_memory(calls: Sequence[Callable[[], object]]) -> int:
    """The highest Python heap growth, in bytes, of any one of ``calls``, each run once."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    peak = 0
    try:
        for call in calls:
            tracemalloc.reset_peak()
            before, _ = tracemalloc.get_traced_memory()
            call()
            _, high = tracemalloc.get_traced_memory()
            peak = max(peak, high - before)
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return peak
