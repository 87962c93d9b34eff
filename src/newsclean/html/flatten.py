"""A page nested too deep for libxml2, rewritten flat: its visible text with line breaks where
its block elements began and ended, and nothing else.

Python's own HTML tokenizer reads the page (it keeps no tree, so depth costs nothing). Hidden
elements (``hidden``, ``aria-hidden="true"``, ``display: none``) are left out with everything
inside them, as are scripts and styles; every block-level tag becomes ``<br>``; the text stays,
escaped. The page loses its structure and metadata, but no text a reader sees, and shows none
that a reader does not.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

import regex

from .blocks import BLOCK_TAGS
from .visibility import INVISIBLE_TAGS

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                       "meta", "param", "source", "track", "wbr"})
"""Elements that have no end tag, so never hold anything."""
HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def flatten(page: str) -> str:
    """``page`` as a flat HTML document of its visible text and block breaks."""
    reader = _FlatReader()
    reader.feed(page)
    reader.close()
    return "<html><body>" + "".join(reader.out) + "</body></html>"


class _FlatReader(HTMLParser):
    """Tokens in, flat HTML out; a hidden or invisible element is skipped to its end tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipped: str | None = None
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipped is not None:
            self.depth += tag == self.skipped
        elif tag not in VOID_TAGS and (tag in INVISIBLE_TAGS or _hidden(dict(attrs))):
            self.skipped, self.depth = tag, 1
        elif tag in BLOCK_TAGS:
            self.out.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        if self.skipped is not None:
            self.depth -= tag == self.skipped
            if not self.depth:
                self.skipped = None
        elif tag in BLOCK_TAGS:
            self.out.append("<br>")

    def handle_data(self, data: str) -> None:
        if self.skipped is None:
            self.out.append(escape(data, quote=False))


def _hidden(attrs: dict[str, str | None]) -> bool:
    style = attrs.get("style") or ""
    return "hidden" in attrs or attrs.get("aria-hidden") == "true" or bool(
        HIDING_STYLE.search(style))
