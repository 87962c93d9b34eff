"""``run_batch``: every page of an input, extracted, as one JSON line each in an output file."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .output import LineWriter, start_output
from .progress import ProgressBar, Tally
from .sources import PageInput, open_source
from .workers import Outcome, Status, extract_pages

MAX_REPORTED_ERRORS = 20
"""Errors printed as they happen; past this they are only counted (each is a line in OUT)."""


def run_batch(
    source: Path,
    output: Path,
    *,
    jobs: int = 1,
    resume: bool = False,
    rule_files: Sequence[str] = (),
    progress: TextIO | None = None,
    messages: TextIO | None = None,
) -> Tally:
    """Extract every page of ``source`` into ``output`` and return what was done.

    1. Open the input (its form is told from the path) and the output (with ``resume``, read
       the ids it holds and leave those pages out).
    2. Extract the pages with ``jobs`` processes; outcomes come back in input order.
    3. Append each outcome's line as it comes, drawing progress on ``progress`` when given,
       and printing the first ``MAX_REPORTED_ERRORS`` errors on ``messages`` when given.

    Ctrl-C ends the run early with ``interrupted`` set in the result; the lines written so far
    are whole, ready for a ``resume``. Raises ``PageReadError`` when the input itself cannot be
    opened, ``RuleSetError`` for a bad rule file, and ``WorkerError`` when a worker process dies.
    """
    pages = open_source(source)
    done = start_output(output, resume=resume)
    tally = Tally(started=time.perf_counter())
    bar = ProgressBar(tally, total=pages.total, stream=progress) if progress else None
    todo = _not_done(pages.pages, done, tally)
    try:
        with LineWriter(output) as writer:
            for outcome in extract_pages(todo, jobs=jobs, rule_files=rule_files):
                _count(outcome, tally)
                if outcome.line is not None:
                    writer.write(outcome.line)
                if outcome.message and messages and tally.errors <= MAX_REPORTED_ERRORS:
                    if bar:
                        bar.close()
                    print(f"newsclean batch: error: {outcome.message}", file=messages)
                if bar:
                    bar.update()
    except KeyboardInterrupt:
        tally.interrupted = True
    finally:
        if bar:
            bar.close()
    return tally


def _count(outcome: Outcome, tally: Tally) -> None:
    if outcome.status is Status.SKIPPED:
        tally.skipped += 1
        return
    tally.pages += 1
    if outcome.status is Status.ERROR:
        tally.errors += 1


def _not_done(pages: Iterator[PageInput], done: set[str], tally: Tally) -> Iterator[PageInput]:
    for page in pages:
        if page.id in done:
            tally.resumed += 1
        else:
            yield page
