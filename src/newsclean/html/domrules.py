"""Applying DOM rules: the elements a rule's XPath selects, and the blocks inside them.

A ``match`` rule labels every free block inside each selected element (only those its
``pattern`` finds, when it has one). A ``unit`` rule closes each selected element as one item
(only an element one of whose blocks its ``pattern`` finds, when it has one): its free blocks
take the rule's label (the first block) and ``take_label`` (the rest), and they share a unit
number with the blocks inside that other rules already gave the same label, so the item becomes
one teaser card. ``min_count`` counts selected elements; ``max_chars`` skips longer
blocks. The first rule to decide a block wins, as everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from ..engine.matching import Matcher
from ..engine.slots import Slot
from ..rules.model import Rule, RuleKind


class DomSelection:
    """DOM rules on one page: its tree, and where each element's blocks are."""

    def __init__(self, root: Any, spans: dict[Any, tuple[int, int]]) -> None:
        self.root = root
        self.spans = spans
        self.index: tuple[Sequence[Slot], dict[int, list[int]]] | None = None

    def apply(self, slots: list[Slot], rule: Rule, matcher: Matcher, unit: int) -> int:
        """Decide the blocks of the elements ``rule`` selects; returns the last unit number
        used (``unit`` when the rule closes none)."""
        elements = _selected(rule, self.root, matcher)
        if len(elements) < rule.min_count:
            return unit
        by_order = self._by_order(slots)
        for element in elements:
            span = self.spans.get(element) or self._inline_span(element)
            if span is None:
                continue
            members = [i for order in range(*span) for i in by_order.get(order, ())]
            if rule.kind is RuleKind.UNIT:
                unit += _close_unit(slots, members, rule, matcher, unit + 1)
            else:
                for i in _free_matches(slots, members, rule, matcher):
                    slots[i].decide(rule.label, rule.id, rule.part)  # type: ignore[arg-type]
        return unit

    def _by_order(self, slots: Sequence[Slot]) -> dict[int, list[int]]:
        """The current indexes of the blocks cut from each original block (kept per list)."""
        if self.index is None or self.index[0] is not slots:
            self.index = (slots, _indexes_by_order(slots))
        return self.index[1]

    def _inline_span(self, element: Any) -> tuple[int, int] | None:
        """The span of the nearest spanned ancestor: a plain inline element's block."""
        parent = element.getparent()
        while parent is not None:
            span = self.spans.get(parent)
            if span is not None:
                return span
            parent = parent.getparent()
        return None


def _selected(rule: Rule, root: Any, matcher: Matcher) -> list[Any]:
    try:
        found = rule.xpath(root)
    except etree.XPathError as error:
        matcher.warnings.append(f"rule {rule.id!r}: XPath failed on this page ({error}); "
                                "the rule was skipped")
        return []
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def _indexes_by_order(slots: Sequence[Slot]) -> dict[int, list[int]]:
    """The current indexes of the blocks cut from each original block."""
    by_order: dict[int, list[int]] = {}
    for i, slot in enumerate(slots):
        if slot.dom is not None:
            by_order.setdefault(slot.dom.order, []).append(i)
    return by_order


def _free_matches(slots: list[Slot], members: list[int], rule: Rule,
                  matcher: Matcher) -> list[int]:
    """The members still free (and short enough) that the rule's pattern, if any, finds."""
    limit = rule.max_chars
    free = [i for i in members
            if slots[i].free and (limit is None or len(slots[i].text) <= limit)]
    if rule.pattern is None or not free:
        return free
    found = matcher.free_matches(rule, [slots[i] for i in free])
    return [free[j] for j in found]


def _close_unit(slots: list[Slot], members: list[int], rule: Rule, matcher: Matcher,
                unit: int) -> int:
    """The element's free blocks become item ``unit``, if the rule's pattern (when it has one)
    finds one of them; 1 when they do, else 0."""
    limit = rule.max_chars
    taken = [i for i in members
             if slots[i].free and (limit is None or len(slots[i].text) <= limit)]
    if not taken or (rule.pattern is not None
                     and not matcher.free_matches(rule, [slots[i] for i in taken])):
        return 0
    slots[taken[0]].decide(rule.label, rule.id, rule.part)  # type: ignore[arg-type]
    for i in taken[1:]:
        slots[i].decide(rule.take_label, rule.id)  # type: ignore[arg-type]
    labels = {rule.label, rule.take_label}
    for i in members:
        if i in taken or (slots[i].label in labels and slots[i].unit is None):
            slots[i].unit = unit
    return 1
