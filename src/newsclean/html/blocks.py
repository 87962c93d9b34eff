"""HTML to blocks: the visible text of each block-level element, in document order."""

from __future__ import annotations

import lxml.html
from lxml import etree

from ..engine.slots import Slot

INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th",
    "div", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "ul",
    "ol", "dl", "dt", "dd", "table", "tr", "form", "pre", "address", "title", "body", "html",
    "button", "label", "time",
})


def slots_from_html(html: str) -> list[Slot]:
    """One slot per run of visible text between block boundaries (``<br>`` splits too)."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    body = root.find("body")
    pieces: list[str] = []
    slots: list[Slot] = []

    def flush() -> None:
        text = " ".join("".join(pieces).split())
        pieces.clear()
        if text:
            slots.append(Slot(text, None, None))

    for event, element in etree.iterwalk(body if body is not None else root,
                                         events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in INVISIBLE or element.get("hidden") is not None:
                continue
            if tag in BLOCK_TAGS or tag == "br":
                flush()
            if element.text and not _hidden(element):
                pieces.append(element.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if element.tail and not _hidden(element.getparent()):
                pieces.append(element.tail)
    flush()
    return slots


def _hidden(element: etree._Element | None) -> bool:
    while element is not None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in INVISIBLE or element.get("hidden") is not None:
            return True
        element = element.getparent()
    return False
