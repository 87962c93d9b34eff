"""Extracting a batch's pages, in this process or in a pool of worker processes.

With several jobs, pages go to a process pool through a bounded window of pending results that
is drained from its front, so results come back in input order, memory stays bounded however
large the input, and the input is read only as fast as the workers extract. Each worker loads
the rule sets once, when it starts. Workers are started with ``forkserver`` (or ``spawn``), so a
script that calls this with several jobs needs the usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import StrEnum

from ..errors import WorkerError
from ..pipeline import extract
from ..rules.loader import load_rules
from ..rules.model import RuleSet
from ..rules.registry import builtin_rulesets
from .sources import PageInput

PENDING_PER_JOB = 8
"""Pages in flight per worker: enough to keep every worker busy, few to keep memory bounded."""
START_METHODS = ("forkserver", "spawn")
"""Process start methods in order of preference: both are safe in a process with threads."""


class Status(StrEnum):
    """What became of one page of the input."""

    OK = "ok"
    """Extracted; its line holds the document."""

    ERROR = "error"
    """Unreadable or failed; its line holds ``id`` and ``error``."""

    SKIPPED = "skipped"
    """Not a page (an image in a WARC); it gets no line."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One page's result: its status, the JSON line to write (``None`` when skipped) and, for
    an error, its message."""

    status: Status
    line: str | None
    message: str | None = None


def outcome_of(page: PageInput, rules: Sequence[RuleSet]) -> Outcome:
    """Extract ``page`` with ``rules`` (plus the built-in sets) into its output line."""
    if page.skipped is not None:
        return Outcome(Status.SKIPPED, None)
    if page.content is None:
        return _error(page, page.error or "no content")
    try:
        doc = extract(page.content, url=page.url, rules=rules)
    except Exception as error:
        # Extraction is not meant to raise; if it does, one page must not end a run of millions.
        return _error(page, f"{page.id}: extraction failed: {type(error).__name__}: {error}")
    record = {"id": page.id, **doc.to_dict()}
    return Outcome(Status.OK, json.dumps(record, ensure_ascii=False))


def _error(page: PageInput, message: str) -> Outcome:
    record = {"id": page.id, "url": page.url, "error": message}
    return Outcome(Status.ERROR, json.dumps(record, ensure_ascii=False), message)


_worker_rules: tuple[RuleSet, ...] = ()
"""The rule sets of this worker process, loaded once by ``_start_worker``."""


def _start_worker(rule_files: tuple[str, ...]) -> None:
    # Per-process state is what a pool initializer is for: each worker loads its rules once.
    global _worker_rules
    # Ctrl-C reaches the whole process group; only the parent decides how the run stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_rules = tuple(load_rules(path) for path in rule_files)
    builtin_rulesets()


def _worker_outcome(page: PageInput) -> Outcome:
    return outcome_of(page, _worker_rules)


def extract_pages(pages: Iterable[PageInput], *, jobs: int, rule_files: Sequence[str]
                  ) -> Iterator[Outcome]:
    """The outcome of every page, in input order, using ``jobs`` processes."""
    if jobs <= 1:
        rules = tuple(load_rules(path) for path in rule_files)
        yield from (outcome_of(page, rules) for page in pages)
        return
    method = next(m for m in START_METHODS if m in multiprocessing.get_all_start_methods())
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports newsclean once; each worker forked from it starts without imports.
        context.set_forkserver_preload([__name__])
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=_start_worker, initargs=(tuple(rule_files),))
    try:
        yield from _in_order(pages, pool, window=jobs * PENDING_PER_JOB)
    except BrokenProcessPool as error:
        raise WorkerError(
            f"a worker process died ({error}); the lines written so far are whole: run again "
            "with --resume, with fewer --jobs if memory ran out") from error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(pages: Iterable[PageInput], pool: ProcessPoolExecutor, *, window: int
              ) -> Iterator[Outcome]:
    pending: deque[Future[Outcome]] = deque()
    for page in pages:
        pending.append(_submit(pool, page))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _submit(pool: ProcessPoolExecutor, page: PageInput) -> Future[Outcome]:
    """A future of the page's outcome; pages with nothing to extract do not travel to a worker."""
    if page.content is not None:
        return pool.submit(_worker_outcome, page)
    done: Future[Outcome] = Future()
    done.set_result(outcome_of(page, ()))
    return done
