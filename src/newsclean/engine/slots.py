"""The working state of one extraction: the page's blocks while rules and heuristics label them."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from ..labels import Label
from ..rules.model import Part

if TYPE_CHECKING:
    from ..html.context import DomContext

LINE = regex.compile(r"[^\n\r]+")


@dataclass(slots=True)
class Slot:
    """A block being decided. Lives only inside one ``extract`` call."""

    text: str
    start: int | None
    end: int | None
    label: Label | None = None
    rule: str | None = None
    part: Part | None = None
    url: str | None = None
    unit: int | None = None
    """Blocks closed as one item by the same unit rule share this number."""
    boundary: bool = False
    """The block heads a list (a region header): the article's body cannot run past it."""
    dom: DomContext | None = None
    """Where an HTML block sits in the page (tag, containers, links); ``None`` in a text dump."""

    def decide(self, label: Label, rule: str, part: Part | None = None) -> None:
        self.label = label
        self.rule = rule
        if part is not None:
            self.part = part

    @property
    def free(self) -> bool:
        """Whether no rule or heuristic has labelled the block yet."""
        return self.label is None


def slots_from_text(text: str) -> list[Slot]:
    """One slot per non-blank line, stripped, with its span in ``text``."""
    slots = []
    for line in LINE.finditer(text):
        raw = line.group()
        stripped = raw.strip()
        if stripped:
            start = line.start() + (len(raw) - len(raw.lstrip()))
            slots.append(Slot(stripped, start, start + len(stripped)))
    return slots


def split_slot(slot: Slot, cuts: list[int]) -> list[Slot]:
    """``slot`` cut at the character offsets ``cuts``; pieces are stripped, spans kept exact."""
    pieces = []
    bounds = [0, *sorted(set(cuts)), len(slot.text)]
    for left, right in pairwise(bounds):
        raw = slot.text[left:right]
        stripped = raw.strip()
        if not stripped:
            continue
        offset = left + (len(raw) - len(raw.lstrip()))
        start = None if slot.start is None else slot.start + offset
        end = None if start is None else start + len(stripped)
        pieces.append(Slot(stripped, start, end, url=slot.url, dom=slot.dom))
    return pieces
