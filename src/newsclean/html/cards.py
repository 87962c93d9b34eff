"""Lists of cards: a page whose running text is mostly the snippets of linked items lists
articles rather than holding one."""

from __future__ import annotations

from collections.abc import Sequence

from ..engine.slots import Slot

MAX_LINK_DENSITY = 0.5
"""A block with more of its text in links than this is a card's linked headline."""
MIN_CARDS = 3
"""A list of cards has at least this many."""
CARD_LIST_SHARE = 0.6
"""When this share of the running text is card snippets, the page lists articles."""


def is_card_list(slots: Sequence[Slot], span: tuple[int, int], orders: frozenset[int],
                 running: Sequence[bool]) -> bool:
    """Whether the "article" is a list of cards: most of its running text is the snippets of
    items (list items, ``article``s) that each also hold a linked headline of their own.
    ``orders``: the article's blocks; ``running``: for each block in the DOM, in order, whether
    it is running text (the scorer has found out already)."""
    snippets: dict[int, int] = {}
    linked: set[int] = set()
    total = 0
    start, end = span
    placed = [(slot.text, dom) for slot in slots if (dom := slot.dom) is not None]
    for (text, dom), is_running in zip(placed, running, strict=True):
        order = dom.order
        if start <= order < end and dom.item is not None:
            if dom.link_density > MAX_LINK_DENSITY:
                linked.add(id(dom.item))
            elif is_running and order in orders:
                total += len(text)
                snippets[id(dom.item)] = snippets.get(id(dom.item), 0) + len(text)
        elif is_running and order in orders:
            total += len(text)
    in_cards = [chars for item, chars in snippets.items() if item in linked]
    return len(in_cards) >= MIN_CARDS and sum(in_cards) >= CARD_LIST_SHARE * total
