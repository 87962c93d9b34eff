"""Where an HTML block sits in its page: what rules, the scorer and the layout read besides text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .hints import Hint

SEMANTIC_CONTAINERS = frozenset({"article", "main", "aside", "nav", "header", "footer", "figure",
                                 "form", "menu", "blockquote"})
"""HTML elements that say what their content is (``menu``: a list of commands, ``blockquote``:
quoted text)."""


@dataclass(slots=True)
class DomContext:
    """The DOM around one block of an HTML page."""

    element: Any
    """The innermost block-level element around the block's text (an lxml element)."""
    order: int
    """The block's position among the page's blocks, before any split."""
    containers: frozenset[str]
    """The semantic containers (``article``, ``aside``, ``nav`` …) the block sits in."""
    hints: tuple[Hint, ...]
    """What the class names and ids of the elements around it say, nearest first."""
    heading: int
    """1–6 inside ``h1``–``h6``, else 0."""
    chars: int
    """The length of the block's raw text."""
    link_chars: int
    """How much of that text sits inside links."""
    item: Any
    """The nearest list item, ``article`` or link around the block: one card of a list."""
    stamp: str | None = None
    """The ``datetime`` of the first ``<time>`` element in the block, as written."""
    tag: str = ""
    """The tag of the block's element."""

    @property
    def link_density(self) -> float:
        """The share of the block's text that is link text (0 to 1)."""
        return self.link_chars / self.chars if self.chars else 0.0

    def within(self, *containers: str) -> bool:
        """Whether the block sits in any of ``containers``."""
        return not self.containers.isdisjoint(containers)
