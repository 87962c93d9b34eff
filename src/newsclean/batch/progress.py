"""How far a batch has come: a one-line progress bar on a terminal, and the closing summary."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TextIO

REDRAW_SECONDS = 0.1
"""The bar is redrawn at most this often, so drawing never slows a fast run."""
BAR_CELLS = 30
"""The width of the bar, in characters, when the number of pages is known."""
CLEAR_LINE = "\r\x1b[K"
"""Back to the start of the line and clear it (ANSI), so a shorter line leaves no tail."""


@dataclass(slots=True)
class Tally:
    """What a run has done so far."""

    pages: int = 0
    """Pages written this run (extracted or in error)."""
    errors: int = 0
    """Of those, the pages that became error records."""
    skipped: int = 0
    """Records that are not pages (no line written)."""
    resumed: int = 0
    """Pages skipped because the output already held their id."""
    started: float = 0.0
    """``time.perf_counter()`` at the start of the run."""
    interrupted: bool = False
    """Whether the run was stopped (Ctrl-C) before the end of the input."""

    @property
    def seconds(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Pages per second so far."""
        seconds = self.seconds
        return self.pages / seconds if seconds > 0 else 0.0

    def summary(self) -> str:
        """The closing line of a run."""
        parts = [f"{self.pages} page(s)", f"{self.errors} error(s)"]
        if self.skipped:
            parts.append(f"{self.skipped} record(s) skipped (not pages)")
        if self.resumed:
            parts.append(f"{self.resumed} already done")
        return ", ".join(parts) + f" in {self.seconds:.1f} s: {self.rate:.1f} pages/s"


class ProgressBar:
    """A progress line redrawn in place on ``stream`` (a terminal: it relies on ``\r``)."""

    def __init__(self, tally: Tally, *, total: int | None, stream: TextIO) -> None:
        self.tally = tally
        self.total = total
        self.stream = stream
        self._drawn = 0.0

    def update(self) -> None:
        """Redraw the line, unless it was drawn a moment ago."""
        now = time.perf_counter()
        if now - self._drawn >= REDRAW_SECONDS:
            self._drawn = now
            self.stream.write(CLEAR_LINE + self.line())
            self.stream.flush()

    def line(self) -> str:
        """The progress line as it is now."""
        done = self.tally.pages + self.tally.resumed + self.tally.skipped
        counts = f"{self.tally.pages} pages, {self.tally.errors} errors, {self.tally.rate:.1f}/s"
        if not self.total:
            return counts
        filled = BAR_CELLS * min(done, self.total) // self.total
        bar = "#" * filled + "." * (BAR_CELLS - filled)
        return f"[{bar}] {done}/{self.total} {counts}"

    def close(self) -> None:
        """Clear the line, so a message or the summary that follows starts clean."""
        if self._drawn:
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
            self._drawn = 0.0
