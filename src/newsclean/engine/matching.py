"""Running rule patterns on block text, bounded in time, with failures turned into warnings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..rules.model import Rule
from .slots import Slot

PATTERN_TIMEOUT_SECONDS = 0.25
"""The longest one pattern may search one block before the rule is dropped for the page."""


@dataclass(slots=True)
class Matcher:
    """Searches with rule patterns; a rule that times out is skipped for the rest of the page."""

    warnings: list[str] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)

    def free_matches(self, rule: Rule, slots: Sequence[Slot]) -> list[int]:
        """Indexes of the free blocks whose text ``rule``'s pattern finds."""
        if rule.id in self.dropped:
            return []
        search = rule.pattern.search
        limit = rule.max_chars
        found = []
        try:
            for i, slot in enumerate(slots):
                if slot.label is None and (limit is None or len(slot.text) <= limit) and search(
                        slot.text, timeout=PATTERN_TIMEOUT_SECONDS) is not None:
                    found.append(i)
        except TimeoutError:
            self.drop(rule)
            return []
        return found

    def until(self, rule: Rule, text: str) -> bool:
        """Whether ``text`` ends the region that ``rule`` opened."""
        if rule.until is None or rule.id in self.dropped:
            return False
        try:
            return rule.until.search(text, timeout=PATTERN_TIMEOUT_SECONDS) is not None
        except TimeoutError:
            self.drop(rule)
            return False

    def cuts(self, rule: Rule, text: str) -> list[int]:
        """The offsets where a split rule cuts ``text`` (the start of every match but at 0)."""
        if rule.id in self.dropped or (rule.max_chars is not None and len(text) > rule.max_chars):
            return []
        try:
            return [m.start() for m in rule.pattern.finditer(text, timeout=PATTERN_TIMEOUT_SECONDS)
                    if m.start() > 0]
        except TimeoutError:
            self.drop(rule)
            return []

    def drop(self, rule: Rule) -> None:
        self.dropped.add(rule.id)
        self.warnings.append(
            f"rule {rule.id!r} timed out after {PATTERN_TIMEOUT_SECONDS}s on this page and was "
            "skipped; simplify its pattern"
        )
