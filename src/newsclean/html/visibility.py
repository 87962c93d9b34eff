"""Removing elements that never render text, before the tree is walked.

Out go ``script``, ``style``, ``noscript``, ``template``, ``svg`` and the like, with their
content; the text that follows each (its tail) belongs to the parent and stays. Elements hidden
on purpose (``hidden``, ``aria-hidden="true"``, ``display: none``) are skipped by the walk itself
(``blocks.is_hidden``). Comments, processing instructions and CDATA never reach the tree (the
parser drops them).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

INVISIBLE_TAGS = ("head", "script", "style", "noscript", "template", "svg", "math", "iframe",
                  "object", "embed", "canvas", "video", "audio", "select", "textarea", "title")
"""Elements whose content is never shown as text (``title`` outside ``head`` included)."""


def drop_invisible(root: Any) -> None:
    """Remove the elements that never render text from ``root``, keeping their tails."""
    etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
