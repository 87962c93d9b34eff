"""Applying rule sets to the page's blocks: splits, then matches, then units, then regions.

Rules come in precedence order (see ``rules.registry``); the first rule to decide a block wins,
and later rules only ever decide blocks that are still free.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rules.model import Position, Rule, RuleKind, RuleSet
from .matching import Matcher
from .slots import Slot, split_slot
from .text_shape import word_count

MENU_PROBE_BLOCKS = 3
"""How many blocks after a list header are looked at to tell a list from a menu."""
MAX_MENU_ITEM_WORDS = 2
"""Blocks of at most this many words are menu items, not teaser headlines."""


def apply_splits(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher) -> list[Slot]:
    """Every block cut wherever a split rule matches inside it."""
    for rule in rules:
        result: list[Slot] = []
        for slot in slots:
            cuts = matcher.cuts(rule, slot.text)
            result.extend(split_slot(slot, cuts) if cuts else [slot])
        slots = result
    return slots


def matching_indexes(slots: Sequence[Slot], rule: Rule, matcher: Matcher) -> list[int]:
    """Indexes of free blocks the rule's pattern finds, or none when fewer than ``min_count``."""
    found = matcher.free_matches(rule, slots)
    return found if len(found) >= rule.min_count else []


def apply_matches(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher,
                  title_index: int | None = None) -> None:
    """Label free blocks with the first match rule that finds them.

    Positional rules fire only once ``title_index`` is known."""
    for rule in rules:
        for i in matching_indexes(slots, rule, matcher):
            if _position_allows(rule, i, title_index):
                slots[i].decide(rule.label, rule.id, rule.part)  # type: ignore[arg-type]


def _position_allows(rule: Rule, index: int, title_index: int | None) -> bool:
    if rule.position is None:
        return True
    if title_index is None:
        return False
    if rule.position is Position.BEFORE_TITLE:
        return index < title_index
    return index > title_index


def apply_units(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher) -> None:
    """Each marker block labels itself and closes free neighbours into one item with it."""
    unit_number = 0
    for rule in rules:
        markers = matching_indexes(slots, rule, matcher)
        others = frozenset(markers)
        for marker in markers:
            if not slots[marker].free:
                continue
            unit_number += 1
            members = [marker, *_take(slots, marker, -1, rule.take_before, others),
                       *_take(slots, marker, +1, rule.take_after, others)]
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


def apply_regions(slots: list[Slot], rules: Sequence[Rule], matcher: Matcher) -> None:
    """A header block opens a region; its free blocks get the inner label up to the boundary.

    A header followed only by one- or two-word blocks heads a menu, not a list: it opens nothing.
    """
    headers = {rule.id: set(matching_indexes(slots, rule, matcher)) for rule in rules}
    all_headers = set().union(*headers.values()) if headers else set()
    for rule in rules:
        for header in sorted(headers[rule.id]):
            if not slots[header].free or _heads_menu(slots, header):
                continue
            slots[header].decide(rule.label, rule.id)  # type: ignore[arg-type]
            slots[header].boundary = True
            for i in range(header + 1, len(slots)):
                if i in all_headers or matcher.until(rule, slots[i].text):
                    break
                if slots[i].free:
                    slots[i].decide(rule.inner_label, rule.id)  # type: ignore[arg-type]


def _heads_menu(slots: Sequence[Slot], header: int) -> bool:
    following = slots[header + 1:header + 1 + MENU_PROBE_BLOCKS]
    return len(following) == MENU_PROBE_BLOCKS and all(
        word_count(s.text) <= MAX_MENU_ITEM_WORDS for s in following)


def rules_of(
    rulesets: Sequence[RuleSet], kind: RuleKind, *, positional: bool = False
) -> list[Rule]:
    """The rules of ``kind`` across ``rulesets`` in precedence order."""
    return [
        rule
        for ruleset in rulesets
        for rule in ruleset.rules
        if rule.kind is kind and (rule.position is not None) == positional
    ]
