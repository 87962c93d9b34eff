"""Applying rule sets to the page's blocks: splits, then matches, then units, then regions.

Rules come in precedence order (see ``rules.registry``); the first rule to decide a block wins,
and later rules only ever decide blocks that are still free. On an HTML page the DOM rules
(``xpath``) take their place among the match and unit rules, in the same order; what they
select is the page's business (``DomRules``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ..rules.model import Position, Rule, RuleKind, RuleSet
from .matching import Matcher
from .screen import Screen
from .slots import Slot, split_slot
from .text_shape import is_heading_like, word_count

MENU_PROBE_BLOCKS = 3
"""How many blocks after a list header are looked at to tell a list from a menu."""
MAX_MENU_ITEM_WORDS = 2
"""Blocks of at most this many words are menu items, not teaser headlines."""


class DomRules(Protocol):
    """An HTML page's way of applying DOM rules to its blocks."""

    def apply(self, slots: list[Slot], rule: Rule, matcher: Matcher, unit: int) -> int:
        """Decide the blocks of the elements ``rule`` selects; ``unit`` is the last unit number
        used so far, and the last one used after is returned."""


def apply_splits(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                 screen: Screen | None = None) -> list[Slot]:
    """Every block cut wherever a split rule matches inside it."""
    for rule in rules:
        tried = screen.candidates(rule, slots) if screen is not None and screen.covers(rule) \
            else range(len(slots))
        cut = {i: cuts for i in tried if (cuts := matcher.cuts(rule, slots[i].text))}
        if cut:
            slots = [piece for i, slot in enumerate(slots)
                     for piece in (split_slot(slot, cut[i]) if i in cut else (slot,))]
    return slots


def matching_indexes(slots: Sequence[Slot], rule: Rule, matcher: Matcher,
                     screen: Screen | None = None) -> list[int]:
    """Indexes of free blocks the rule's pattern finds, or none when fewer than ``min_count``."""
    if screen is not None and screen.covers(rule):
        passing = screen.candidates(rule, slots)
        found = [passing[j] for j in matcher.free_matches(rule, [slots[i] for i in passing])]
    else:
        found = matcher.free_matches(rule, slots)
    return found if len(found) >= rule.min_count else []


def apply_matches(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                  title_index: int | None = None, screen: Screen | None = None,
                  dom: DomRules | None = None) -> None:
    """Label free blocks with the first match rule that finds them.

    Positional rules fire only once ``title_index`` is known. DOM rules need ``dom``."""
    for rule in rules:
        if rule.is_dom:
            if dom is not None:
                dom.apply(slots, rule, matcher, 0)
            continue
        for i in matching_indexes(slots, rule, matcher, screen):
            if _position_allows(rule, i, title_index):
                slots[i].decide(rule.label, rule.id, rule.part)  # type: ignore[arg-type]


def reserve_positional(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                       screen: Screen | None = None) -> None:
    """Mark the free blocks that positional rules match, so the title search passes them by."""
    for rule in rules:
        for i in matching_indexes(slots, rule, matcher, screen):
            slots[i].reserved = True


def _position_allows(rule: Rule, index: int, title_index: int | None) -> bool:
    if rule.position is None:
        return True
    if title_index is None:
        return False
    if rule.position is Position.BEFORE_TITLE:
        return index < title_index
    return index > title_index


def apply_units(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                screen: Screen | None = None, dom: DomRules | None = None) -> None:
    """Each marker block labels itself and closes free neighbours into one item with it.

    A DOM unit rule (with ``dom``) closes each element it selects as one item."""
    unit_number = 0
    for rule in rules:
        if rule.is_dom:
            if dom is not None:
                unit_number = dom.apply(slots, rule, matcher, unit_number)
            continue
        markers = matching_indexes(slots, rule, matcher, screen)
        others = frozenset(markers)
        for marker in markers:
            if not slots[marker].free:
                continue
            unit_number += 1
            before = _take(slots, marker, -1, rule.take_before, others)
            if rule.first_is_heading and before and not is_heading_like(slots[before[-1]].text):
                before = []
            members = [marker, *before, *_take(slots, marker, +1, rule.take_after, others)]
            for i in members:
                label = rule.label if i == marker else rule.take_label
                slots[i].decide(label, rule.id, rule.part if i == marker else None)  # type: ignore[arg-type]
                slots[i].unit = unit_number


def _take(slots: Sequence[Slot], marker: int, step: int, count: int,
          markers: frozenset[int]) -> list[int]:
    """Up to ``count`` free neighbours of ``marker`` in direction ``step``; a decided block or
    another marker of the same rule ends the item."""
    taken: list[int] = []
    i = marker + step
    while len(taken) < count and 0 <= i < len(slots) and slots[i].free and i not in markers:
        taken.append(i)
        i += step
    return taken


def apply_regions(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                  screen: Screen | None = None,
                  region_end: Callable[[Sequence[Slot], int], int] | None = None) -> None:
    """A header block opens a region; its free blocks get the inner label up to the boundary.

    A header followed only by one- or two-word blocks heads a menu, not a list: it opens nothing.
    ``region_end(slots, header)``, where the page has structure (HTML), is one past the last
    block a header's region may reach (the end of the header's section); else the page's end.
    """
    headers = {rule.id: set(matching_indexes(slots, rule, matcher, screen)) for rule in rules}
    all_headers = set().union(*headers.values()) if headers else set()
    for rule in rules:
        for header in sorted(headers[rule.id]):
            if not slots[header].free or _heads_menu(slots, header):
                continue
            slots[header].decide(rule.label, rule.id)  # type: ignore[arg-type]
            slots[header].boundary = True
            end = region_end(slots, header) if region_end is not None else len(slots)
            for i in range(header + 1, end):
                if i in all_headers or matcher.until(rule, slots[i].text):
                    break
                if slots[i].free:
                    slots[i].decide(rule.inner_label, rule.id)  # type: ignore[arg-type]


def _heads_menu(slots: Sequence[Slot], header: int) -> bool:
    following = slots[header + 1:header + 1 + MENU_PROBE_BLOCKS]
    return len(following) == MENU_PROBE_BLOCKS and all(
        word_count(s.text) <= MAX_MENU_ITEM_WORDS for s in following)


def rules_of(
    rulesets: Sequence[RuleSet], kind: RuleKind, *, positional: bool = False,
    dom: bool = False,
) -> list[Rule]:
    """The rules of ``kind`` across ``rulesets`` in precedence order: text rules, and DOM
    rules too when ``dom``."""
    return [
        rule
        for ruleset in rulesets
        for rule in ruleset.rules
        if rule.kind is kind and (rule.position is not None) == positional
        and (dom or not rule.is_dom)
    ]
