"""Lists of cards that no rule announced: a page where date or time stamps keep recurring, each
after a headline, is a list of teasers (a section, tag or podcast page), not an article.

Blocks decided here carry the id ``heuristic.teaser.card-list``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import Label
from ..metadata import parse_date
from ..rules.model import Part
from .slots import Slot
from .text_shape import is_paragraph, is_title_like, word_count

MIN_STAMPED_CARDS = 3
"""A page needs this many stamped cards before its stamps are read as a list's."""
MAX_CARD_BLOCKS = 4
"""A card holds at most this many blocks before its stamp."""
MIN_CARD_HEADLINE_WORDS = 3
"""A card's headline has at least this many words."""
MAX_KICKER_WORDS = 2
"""A card's category label ("Economie", "Uitgelegd") has at most this many words."""
RULE_ID = "heuristic.teaser.card-list"


def is_stamp(slot: Slot) -> bool:
    """A card's time, or a line with a full date, as decided by a rule (a bare clock time that
    a rule calls a date, such as a liveblog update's, stamps no card)."""
    if slot.label is Label.TEASER:
        return slot.part is Part.TIME
    return slot.label is Label.DATE and parse_date(slot.text) is not None


def mark_card_lists(slots: Sequence[Slot]) -> None:
    """Label as teaser cards the blocks before each stamp when enough stamps close a card.

    A "card" that running text follows is the article's own head (headline, then its video's
    running time, then the text): it stays out of the list.
    """
    cards = [card for card in _cards(slots) if card]
    in_cards = {i for card in cards for i in card}
    cards = [card for card in cards if not _text_follows(slots, card[-1] + 1, in_cards)]
    if len(cards) < MIN_STAMPED_CARDS:
        return
    for card in cards:
        stamp = card[-1] + 1
        kicker = card[0] - 1
        if _is_kicker(slots, kicker):
            slots[kicker].decide(Label.TEASER, RULE_ID, Part.KICKER)
        for i in card:
            slots[i].decide(Label.TEASER, RULE_ID)
        if slots[stamp].label is Label.DATE:
            slots[stamp].decide(Label.TEASER, RULE_ID, Part.TIME)


def _text_follows(slots: Sequence[Slot], stamp: int, in_cards: set[int]) -> bool:
    """Whether the first free block after ``stamp`` is a paragraph that no card holds."""
    following = next((i for i in range(stamp + 1, len(slots)) if slots[i].free), None)
    return (following is not None and following not in in_cards
            and is_paragraph(slots[following].text))


def _is_kicker(slots: Sequence[Slot], index: int) -> bool:
    """A one- or two-word label ("Economie") right after the previous card's stamp."""
    return (index >= 1 and slots[index].free and word_count(slots[index].text) <= MAX_KICKER_WORDS
            and is_stamp(slots[index - 1]))


def _cards(slots: Sequence[Slot]) -> list[list[int]]:
    """For each stamp, the free blocks right before it that look like a card (a headline,
    perhaps a snippet); an empty list where they do not."""
    cards = []
    for stamp in _stamps(slots):
        card: list[int] = []
        i = stamp - 1
        while i >= 0 and slots[i].free and len(card) < MAX_CARD_BLOCKS and _card_text(slots[i]):
            card.insert(0, i)
            i -= 1
        has_headline = any(is_title_like(slots[j].text)
                           and word_count(slots[j].text) >= MIN_CARD_HEADLINE_WORDS
                           for j in card)
        cards.append(card if has_headline else [])
    return cards


def _stamps(slots: Sequence[Slot]) -> list[int]:
    """The indexes of the stamps among ``slots``."""
    teaser, date = Label.TEASER, Label.DATE
    # Only a teaser or a date stamps: telling them by label first spares the call for the rest.
    return [i for i, slot in enumerate(slots)
            if (slot.label is teaser or slot.label is date) and is_stamp(slot)]


def _card_text(slot: Slot) -> bool:
    text = slot.text
    return is_paragraph(text) or (is_title_like(text)
                                  and word_count(text) >= MIN_CARD_HEADLINE_WORDS)
