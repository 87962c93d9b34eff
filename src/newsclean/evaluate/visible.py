"""The visible text of an HTML page, as the benchmark reads it, and the way back for text pages.

How visible text is computed (``newsclean seeds check`` and the readability peer use it):

1. parse with lxml's HTML parser (bytes in UTF-8, so an encoding declaration never trips it);
2. drop what a reader never sees: ``head``, ``script``, ``style``, ``noscript``, ``template``,
   ``svg``, comments, processing instructions, any element with the ``hidden`` attribute and any
   whose inline ``style`` says ``display:none`` or ``visibility:hidden`` (its tail text stays);
3. walk the rest in document order; block-level elements (``p``, ``div``, ``li``, ``h1``…, ``td``,
   ``br`` …) end the current block, inline ones (``a``, ``b``, ``span`` …) do not;
4. collapse every run of whitespace inside a block to one space and drop empty blocks.
"""

from __future__ import annotations

import html as html_escaping

import regex
from lxml import etree
from lxml import html as lxml_html

INVISIBLE_TAGS = frozenset({"head", "script", "style", "noscript", "template", "svg"})
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
        "nav", "ol", "option", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
WHITESPACE = regex.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """``text`` with every whitespace run turned into one space, and no space at either end."""
    return str(WHITESPACE.sub(" ", text)).strip()


def visible_blocks(page: str) -> list[str]:
    """The page's visible text blocks in document order, whitespace collapsed, none empty."""
    root = _parse(page)
    if root is None:
        return []
    _drop_invisible(root)
    blocks: list[str] = []
    current: list[str] = []

    def close_block() -> None:
        text = collapse_whitespace("".join(current))
        if text:
            blocks.append(text)
        current.clear()

    for event, element in etree.iterwalk(root, events=("start", "end")):
        is_block = isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS
        if is_block:
            close_block()
        if event == "start" and element.text:
            current.append(element.text)
        if event == "end" and element is not root and element.tail:
            current.append(element.tail)
    close_block()
    return blocks


def visible_text(page: str) -> str:
    """The page's visible text: its blocks joined by newlines."""
    return "\n".join(visible_blocks(page))


def text_to_html(text: str) -> str:
    """A minimal HTML page holding ``text``: one ``<p>`` per non-empty line, escaped."""
    paragraphs = "".join(
        f"<p>{html_escaping.escape(line.strip())}</p>\n"
        for line in text.splitlines()
        if line.strip()
    )
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
    return f"{head}{paragraphs}</body></html>\n"


def _parse(page: str) -> lxml_html.HtmlElement | None:
    if not page.strip():
        return None
    parser = lxml_html.HTMLParser(encoding="utf-8")
    try:
        return lxml_html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _drop_invisible(root: lxml_html.HtmlElement) -> None:
    doomed = [
        element
        for element in root.iter()
        if not isinstance(element.tag, str) or _is_invisible(element)
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_invisible(element: lxml_html.HtmlElement) -> bool:
    if element.tag.lower() in INVISIBLE_TAGS or element.get("hidden") is not None:
        return True
    return bool(HIDING_STYLE.search(element.get("style") or ""))
