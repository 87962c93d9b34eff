"""Align two token sequences of the same page, whatever their block boundaries.

Gold segments and predicted blocks cut a page in different places, but both spell out its words in
page order. Aligning the two token streams (not the blocks) pairs each gold word with the predicted
word that is the same word in the same place; block boundaries then do not matter.

The alignment is ``difflib.SequenceMatcher`` on the token lists with its popularity heuristic on:
very frequent words ("de", "het") never seed a match but are absorbed at the edges of matches, which
keeps the matching near-linear on real pages and stops a stray "de" from pairing across the page.
The result is monotone: a predicted word that is out of order, repeated or absent from the gold
stays unpaired.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple


class Run(NamedTuple):
    """``size`` tokens shared: gold from index ``gold`` equals predicted from ``predicted``."""

    gold: int
    predicted: int
    size: int


def align(gold: Sequence[str], predicted: Sequence[str]) -> list[Run]:
    """The runs of tokens the two sequences share, in order, never crossing."""
    if not gold or not predicted:
        return []
    matcher = SequenceMatcher(None, gold, predicted, autojunk=True)
    return [Run(*block) for block in matcher.get_matching_blocks() if block.size]
