"""Every exception newsclean raises on purpose.

::

    NewscleanError                  base of all of them
    ├── InputTypeError (TypeError)  extract() was given something that is not str or bytes
    ├── RuleSetError (ValueError)   a rule-set file is malformed; names file, line, rule and field
    ├── BenchError                  the benchmark could not run; the message says how to fix it
    │   ├── CorpusError (ValueError) a corpus folder is missing, empty, mixed or malformed
    │   └── FloorsError (ValueError) a floors file is malformed (names the file, corpus and key)
    ├── PageReadError               a page file given to the command line cannot be read
    └── WorkerError                 a batch worker process died; the message says how to go on

Extraction itself never raises on ugly input: it returns a (possibly empty) ``Document`` whose
``warnings`` say what went wrong.
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputTypeError(NewscleanError, TypeError):
    """``extract()`` accepts ``str`` or ``bytes``; decode or read the page first."""


class RuleSetError(NewscleanError, ValueError):
    """A rule set could not be loaded. The message names where and says what is allowed."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        rule: str | None = None,
        field: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.rule = rule
        self.field = field
        self.line = line
        self.hint = hint
        self.reason = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.path or "<rules>"
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.rule is not None:
            parts.append(f"rule {self.rule!r}")
        if self.field is not None:
            parts.append(f"field {self.field!r}")
        text = ": ".join(parts) + f": {self.reason}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class BenchError(NewscleanError):
    """The benchmark could not run; the message names the file and says how to fix it."""


class CorpusError(BenchError, ValueError):
    """A corpus folder cannot be read: missing, empty, of several formats at once, or malformed."""


class FloorsError(BenchError, ValueError):
    """A floors file cannot be read: bad TOML, an unknown metric, a floor outside 0..1."""


class PageReadError(NewscleanError):
    """A page file given on the command line cannot be read; the message names the file."""


class WorkerError(NewscleanError):
    """A worker process died (killed, or out of memory); the message says how to go on."""
