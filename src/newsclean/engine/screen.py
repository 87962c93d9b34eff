"""Which text rules could match a block, told cheaply, so that the others pass it by unsearched.

Only a speed-up: with or without the screen, a rule finds exactly the same blocks.

- A pattern anchored at the start (every top-level branch opens with ``^``) can match only a
  block whose first character can start a match; ``regex``'s partial matching tells which
  characters can, once per character. The anchored patterns a character opens are joined into
  one alternation, tried once per block text.
- The other patterns are joined into one alternation, searched once per block text: a text it
  does not find can match none of them.
- Patterns that cannot join an alternation unchanged (back-references, global inline flags)
  are not covered: their rules search every block.
- A rule never searches a block longer than its ``max_chars``, so a long text only meets the
  alternations of the rules long enough for it: texts longer than ``MAX_KNOWN_TEXT_CHARS`` fall
  into *length classes* at the rules' limits, and each class has its own alternations (a
  paragraph is not searched for the patterns of bylines and date lines). Shorter texts, whose
  verdicts are kept, form one class that meets every rule.

What the alternations say about a text does not depend on the page, so it is kept (up to
``MAX_KNOWN_TEXTS`` short texts) for the menus and footers that the next page repeats. An
alternation that takes too long once (a catastrophic pattern) is not tried again: its rules see
every block, and each rule's own timeout (``matching``) drops it for the page.

These memos are the only state kept between pages. They hold results of pure functions of the
rules and a text, so they never change an outcome; a lock guards every change to them, so
threads may share them. What belongs to one page (its candidate lists) lives in ``Screen``.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..rules.model import Rule
from .matching import PATTERN_TIMEOUT_SECONDS
from .slots import Slot

FLAG_GROUP = regex.compile(r"\(\?[a-zA-Z]+\)")
BACK_REFERENCE = regex.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?&|\(\?R|\(\?[0-9]")
MAX_SCREENS = 16
"""How many distinct rule lists keep their screen between pages."""
MAX_KNOWN_TEXTS = 20_000
"""How many block texts' verdicts a screen keeps between pages (then it starts afresh)."""
MAX_KNOWN_TEXT_CHARS = 200
"""Longer texts rarely recur, so their verdicts are not kept between pages."""
NOTHING: frozenset[str] = frozenset()


@dataclass(slots=True)
class RuleScreen:
    """The screen of one list of text rules, shared by every page (and thread) they apply to."""

    rules: tuple[Rule, ...]
    anchored: frozenset[str]
    floaters: tuple[Any, ...]
    """For each length class, the alternation of the floating rules that search its texts."""
    floating_ids: frozenset[str]
    limits: tuple[int, ...]
    """The upper bounds of the length classes, ascending: ``MAX_KNOWN_TEXT_CHARS``, then the
    rules' longer ``max_chars``."""
    classes: dict[str, int]
    """Each covered rule's length class: it searches texts of that class and the shorter."""
    starters: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    """For each first character seen, the anchored rules whose match may start with it."""
    openers: dict[tuple[str, int], tuple[frozenset[str], Any]] = field(default_factory=dict)
    """For each first character and length class seen, the anchored rules it opens and their
    alternation."""
    unions: dict[frozenset[str], Any] = field(default_factory=dict)
    """The alternation of each set of anchored rules that some first character opens."""
    known: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    """For block texts seen: the anchored rules they may match, and whether they float."""
    timed_out: bool = False
    """An alternation took too long once: the floating rules now see every block."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Held while the memos change, so threads can share the screen."""

    def verdict(self, text: str) -> tuple[frozenset[str], bool]:
        """The anchored rules ``text`` may match, and whether the floating ones may."""
        found = self.known.get(text)
        if found is None:
            length_class = bisect_left(self.limits, len(text))
            with self.lock:
                found = (self._opened(text, length_class), self._floats(text, length_class))
                if len(text) <= MAX_KNOWN_TEXT_CHARS:
                    if len(self.known) >= MAX_KNOWN_TEXTS:
                        self.known.clear()
                    self.known[text] = found
        return found

    def forget_texts(self) -> None:
        """Forget the verdicts on the texts seen so far (the alternations stay)."""
        with self.lock:
            self.known.clear()

    def _opened(self, text: str, length_class: int) -> frozenset[str]:
        char = text[:1]
        entry = self.openers.get((char, length_class))
        if entry is None:
            opened = [rule for rule in self._starting(char)
                      if self.classes[rule.id] >= length_class]
            ids = frozenset(rule.id for rule in opened)
            if ids not in self.unions:
                self.unions[ids] = _union(opened)
            entry = (ids, self.unions[ids])
            self.openers[(char, length_class)] = entry
        ids, union = entry
        try:
            return ids if union is None or union.match(
                text, timeout=PATTERN_TIMEOUT_SECONDS) else NOTHING
        except TimeoutError:
            self.unions[ids] = None
            self.openers = {c: (i, None if i == ids else u) for c, (i, u) in self.openers.items()}
            return ids

    def _starting(self, char: str) -> tuple[Rule, ...]:
        """The anchored rules whose match may start with ``char`` (every length class)."""
        found = self.starters.get(char)
        if found is None:
            found = tuple(rule for rule in self.rules if rule.id in self.anchored and
                          rule.pattern.match(char, partial=True, timeout=PATTERN_TIMEOUT_SECONDS))
            self.starters[char] = found
        return found

    def _floats(self, text: str, length_class: int) -> bool:
        if self.timed_out:
            return True
        union = self.floaters[length_class]
        try:
            return union is not None and union.search(
                text, timeout=PATTERN_TIMEOUT_SECONDS) is not None
        except TimeoutError:
            self.timed_out = True
            return True


@dataclass(slots=True)
class Screen:
    """One page's view of a shared ``RuleScreen``: the candidate blocks of each covered rule."""

    shared: RuleScreen
    indexes: dict[int, tuple[Sequence[Slot], dict[str, list[int]]]] = field(default_factory=dict)
    """For the page's block lists (kept, so an id stays its own): each covered rule's candidates."""

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> Screen | None:
        """The screen of ``rules`` for a new page; ``None`` when it covers none of them."""
        key = tuple(id(rule) for rule in rules)
        with _SCREENS_LOCK:
            shared = _SCREENS.get(key)
            if shared is None or any(a is not b for a, b in zip(shared.rules, rules, strict=True)):
                if len(_SCREENS) >= MAX_SCREENS:
                    _SCREENS.clear()
                shared = _build(tuple(rules))
                _SCREENS[key] = shared
        return cls(shared) if shared.anchored or shared.floating_ids else None

    def covers(self, rule: Rule) -> bool:
        """Whether the screen knows which blocks ``rule`` may match."""
        return rule.id in self.shared.anchored or rule.id in self.shared.floating_ids

    def candidates(self, rule: Rule, slots: Sequence[Slot]) -> list[int]:
        """The indexes of the blocks of ``slots`` that ``rule`` (a covered one) may match."""
        known = self.indexes.get(id(slots))
        if known is None or known[0] is not slots:
            known = (slots, self._index(slots))
            self.indexes[id(slots)] = known
        return known[1].get(rule.id, [])

    def _index(self, slots: Sequence[Slot]) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for i, slot in enumerate(slots):
            opened, floats = self.shared.verdict(slot.text)
            for rule_id in opened:
                index.setdefault(rule_id, []).append(i)
            if floats:
                for rule_id in self.shared.floating_ids:
                    index.setdefault(rule_id, []).append(i)
        return index


_SCREENS: dict[tuple[int, ...], RuleScreen] = {}
"""Shared screens by rule list (each keeps its rules, to check that the ids still name them)."""
_SCREENS_LOCK = threading.Lock()


def _build(rules: tuple[Rule, ...]) -> RuleScreen:
    anchored: set[str] = set()
    floating: list[Rule] = []
    for rule in rules:
        source = rule.pattern.pattern if rule.pattern is not None else ""
        if not source or FLAG_GROUP.search(source) or BACK_REFERENCE.search(source):
            continue
        if anchored_at_start(source):
            anchored.add(rule.id)
        else:
            floating.append(rule)
    floating_ids = {rule.id for rule in floating}
    covered = [rule for rule in rules if rule.id in anchored or rule.id in floating_ids]
    limits = (MAX_KNOWN_TEXT_CHARS, *sorted({r.max_chars for r in covered if r.max_chars
                                             is not None and r.max_chars > MAX_KNOWN_TEXT_CHARS}))
    classes = {rule.id: len(limits) if rule.max_chars is None
               else bisect_left(limits, rule.max_chars) for rule in covered}
    try:
        floaters = tuple(_union([rule for rule in floating if classes[rule.id] >= length_class])
                         for length_class in range(len(limits) + 1))
    except regex.error:
        floating, floaters = [], (None,) * (len(limits) + 1)
    return RuleScreen(rules, frozenset(anchored), floaters, frozenset(r.id for r in floating),
                      limits, classes)


def _union(rules: Sequence[Rule]) -> Any:
    """One alternation of the rules' patterns (each keeps its case flag), or ``None``."""
    if not rules:
        return None
    return regex.compile("|".join(
        ("(?i:" if rule.pattern.flags & regex.IGNORECASE else "(?:") + rule.pattern.pattern + ")"
        for rule in rules))


def anchored_at_start(source: str) -> bool:
    """Whether every top-level branch of the pattern ``source`` starts with ``^`` (a pattern
    with nested or unusual character classes counts as not anchored, which is always safe)."""
    if any(odd in source for odd in ("[[", "[]", "[^]")):
        return False
    depth, in_class, escaped, branch_start = 0, False, False, 0
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            if not source.startswith("^", branch_start):
                return False
            branch_start = i + 1
    return source.startswith("^", branch_start)


def forget_texts() -> None:
    """Make every shared screen forget the block texts it has seen (``purge_caches``)."""
    with _SCREENS_LOCK:
        screens = list(_SCREENS.values())
    for screen in screens:
        screen.forget_texts()

