"""Captions that no name marks: the running text under a picture.

A page that names neither a picture's caption nor its frame (no class or id) still sets a
caption the way most pages do: the picture, then a line of running text, alone in the element
around both (``<div><img><p>…</p></div>``). Only running text counts: a heading, a link or a
name under a picture is a card's headline, a control or an author's name, not a caption.
"""

from __future__ import annotations

from .blocks import Segmentation
from .hints import Hint
from .shape import MIN_UNSPACED_RUNNING_CHARS, is_running_text

CAPTION_PARENT_TAGS = frozenset({"div", "figure", "span", "section", "center"})
"""Elements that may wrap a picture and its caption (not a list, a quote or a link)."""
MAX_LINK_SHARE = 0.5
"""A block with more of its text in links than this is a link, not a caption."""


def mark_picture_captions(segmentation: Segmentation) -> None:
    """Give the caption hint to each block that is all the text of an element whose picture
    stands before it (in an earlier sibling), where nothing (class, id, microdata or tag)
    gives the block's element or that element a hint already."""
    spans, hinted = segmentation.spans, segmentation.hinted
    for slot in segmentation.slots:
        # The tests that read only the block come first, the shortest first: this is asked of
        # every block, and most are too short to be running text.
        if len(slot.text) < MIN_UNSPACED_RUNNING_CHARS:
            continue
        dom = slot.dom
        if dom is None or dom.heading or dom.link_chars > MAX_LINK_SHARE * dom.chars:
            continue
        element = dom.element
        parent = element.getparent()
        if spans.get(parent) != (dom.order, dom.order + 1) \
                or parent.tag not in CAPTION_PARENT_TAGS or element in hinted \
                or parent in hinted or not is_running_text(slot.text):
            continue
        if any(sibling.tag == "img" or next(sibling.iter("img"), None) is not None
               for sibling in element.itersiblings(preceding=True)):
            hinted[element] = Hint.CAPTION
            dom.hints = (Hint.CAPTION, *dom.hints)
