"""Parsing a page with lxml, safely: no network, no entity expansion, no recursion, no crash.

libxml2's HTML parser never fetches anything (``no_network``) and knows only the predefined HTML
entities: a page cannot declare its own, so nothing expands beyond what it spells out. Its
"huge" mode lifts the limits on text size (a page is already bounded by ``max_bytes``) and
raises the nesting limit from 256 to 2048; past that the rest of the page would be lost, so a
page that hits the limit is read again flat (``flatten``): its visible text with ``<br>`` where
its blocks began and ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree

from .flatten import flatten

XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*>")
XML_DECLARATION_SNIFF_CHARS = 1024
"""How far into a page its XML declaration is looked for first: ``regex`` looks for the
declaration's text through the whole page before it tries the match, so a page is read this far
and only read to its end when the declaration may run on past it."""
FATAL_LEVEL = 3
"""libxml2's level of a fatal error (the parser gave up on the rest of the page)."""


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    """The page's element tree (``None`` when there is nothing to parse) and what was repaired."""

    root: Any
    warnings: tuple[str, ...] = ()


def parse_html(text: str, utf8: bytes | None = None) -> ParsedHtml:
    """The element tree of ``text``; a page libxml2 gives up on is read flat instead. ``utf8``,
    the same page encoded as UTF-8 when the caller has it, is parsed in place of ``text``:
    libxml2 reads it without converting it first."""
    root, failure = _parse(text if utf8 is None else utf8)
    if failure is None:
        return ParsedHtml(root)
    flat, _ = _parse(flatten(text))
    return ParsedHtml(flat, (f"libxml2 gave up on the page ({failure}); it was read as flat "
                             "text with its block breaks, without structure or metadata",))


def _parse(page: str | bytes) -> tuple[Any, str | None]:
    """The tree of ``page`` (text, or bytes in UTF-8), and why libxml2 gave up before the end of
    the page (if it did)."""
    # Told the bytes are UTF-8, libxml2 reads an XML declaration or <meta charset> as markup only.
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              collect_ids=False, default_doctype=False, huge_tree=True,
                              encoding="utf-8" if isinstance(page, bytes) else None)
    if isinstance(page, str):
        page = _without_xml_declaration(page)
    try:
        root = etree.fromstring(page, parser)
    except (ValueError, etree.LxmlError):
        return None, None
    fatal = next((error.message.strip() for error in parser.error_log
                  if error.level >= FATAL_LEVEL), None)
    return root, fatal


def _without_xml_declaration(text: str) -> str:
    """``text`` without a leading ``<?xml …>`` declaration (lxml refuses a ``str`` with one)."""
    found = XML_DECLARATION.match(text, 0, XML_DECLARATION_SNIFF_CHARS, partial=True)
    if found is not None and found.partial:
        found = XML_DECLARATION.match(text)
    return text[found.end():] if found is not None else text
