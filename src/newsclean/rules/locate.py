"""Where in a rule-set file something is declared: the line numbers that errors name.

TOML parsers keep no positions, so the lines are found in the file's text: a rule by its
``id = "…"`` line, a field by its ``key =`` line below that (up to the next table), a
``[ruleset]`` field below ``[ruleset]``, a rule without a usable id by its ``[[rule]]`` line.
"""

from __future__ import annotations

from typing import Any

import regex

RULESET_TABLE = regex.compile(r"^\s*\[\s*ruleset\s*\]")
RULE_TABLE = regex.compile(r"^\s*\[\[\s*rule\s*\]\]")


class SourceLines:
    """The lines of one rule-set file, searched for declarations (numbers start at 1)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def of(self, rule: str | None, field: str | None) -> int | None:
        """The line that declares ``rule`` (or its ``field`` below it), or without a rule the
        line of ``field`` in ``[ruleset]``, where it can be found."""
        if rule is None:
            header = self.matching(RULESET_TABLE)
            return self._field_line(header[0], field) if header and field else None
        declarations = self.declarations(rule)
        if not declarations:
            return None
        return self._field_line(declarations[0], field) or declarations[0]

    def declarations(self, rule: str) -> list[int]:
        """Every line that declares a rule with the id ``rule``."""
        return self.matching(regex.compile(r"^\s*id\s*=\s*[\"']" + regex.escape(rule) + r"[\"']"))

    def rule_table(self, index: int) -> int | None:
        """The ``[[rule]]`` line of the rule at ``index`` (0-based)."""
        tables = self.matching(RULE_TABLE)
        return tables[index] if index < len(tables) else None

    def matching(self, pattern: Any) -> list[int]:
        """The numbers of the lines ``pattern`` finds."""
        return [number for number, line in enumerate(self.lines, start=1) if pattern.search(line)]

    def _field_line(self, start: int, field: str | None) -> int | None:
        if field is None:
            return None
        key = regex.compile(r"^\s*" + regex.escape(field) + r"\s*=")
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number > start and line.strip().startswith("["):
                return None
            if key.search(line):
                return number
        return None
