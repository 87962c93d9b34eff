"""What several subcommands share: reading a page given on the command line, loading rule files.

Each failure is a ``PageReadError`` (for pages) or a ``RuleSetError`` (for rule files) whose
message names the file and says what went wrong, ready to print after ``newsclean: error:``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..batch.sources import read_page_file
from ..errors import PageReadError
from ..rules.loader import load_rules
from ..rules.model import RuleSet

STDIN = "-"
"""The path that stands for standard input."""


def read_page(path: str) -> bytes:
    """The bytes of the page at ``path`` (``-`` is standard input; ``.gz`` files are unpacked)."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    return read_page_file(Path(path))


def load_rule_files(paths: Sequence[str | Path]) -> list[RuleSet]:
    """The rule sets in ``paths``, validated; the first bad file raises ``RuleSetError``."""
    return [load_rules(path) for path in paths]


__all__ = ["STDIN", "PageReadError", "load_rule_files", "read_page"]
