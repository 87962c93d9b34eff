"""Reading what the caller passed: type checks, decoding bytes, telling HTML from a text dump."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from enum import StrEnum

import regex

from .errors import InputTypeError

FALLBACK_ENCODING = "cp1252"
"""Tried when bytes are not valid UTF-8 and declare no encoding (old Dutch sites)."""
SNIFF_BYTES = 4096
"""How much of the start of a page is looked at for a charset declaration or HTML markup."""

META_CHARSET = regex.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
HTML_START = regex.compile(
    r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    regex.IGNORECASE | regex.DOTALL)
HTML_TAGS = regex.compile(
    r"<(?:p|div|article|section|span|a\s+href|h[1-6]|br|li|ul|table|script|style)\b[^<>]{0,500}>",
    regex.IGNORECASE)
MIN_TAGS_FOR_HTML = 5
"""A page that does not start like HTML must show this many tags to be read as HTML."""


class InputKind(StrEnum):
    """The form a page arrived in."""

    TEXT = "text"
    """A plain-text dump: one block per line."""

    HTML = "html"
    """Markup, read through a DOM."""


@dataclass(frozen=True, slots=True)
class Page:
    """The page as newsclean reads it: decoded text, its kind, and what decoding had to repair."""

    text: str
    kind: InputKind
    warnings: tuple[str, ...] = ()


def read_source(source: object) -> Page:
    """Decode ``source`` (``str`` or ``bytes``) and tell whether it is HTML or a text dump."""
    if isinstance(source, bytes | bytearray | memoryview):
        text, warnings = decode(bytes(source))
    elif isinstance(source, str):
        text, warnings = source, ()
    else:
        raise InputTypeError(
            f"extract() takes the page as str or bytes, not {type(source).__name__}; "
            "read a file with open(path, 'rb').read() or pass the HTML/text itself"
        )
    return Page(text, detect_kind(text), warnings)


def detect_kind(text: str) -> InputKind:
    """HTML when the text starts like a document or is full of tags; otherwise a text dump."""
    head = text[:SNIFF_BYTES]
    if HTML_START.search(head):
        return InputKind.HTML
    if len(HTML_TAGS.findall(head)) >= MIN_TAGS_FOR_HTML:
        return InputKind.HTML
    return InputKind.TEXT


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: BOM, then a declared charset, then UTF-8, then cp1252; never raises."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), ()
    declared = META_CHARSET.search(data[:SNIFF_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", errors="replace")
        try:
            return data.decode(codecs.lookup(name).name, errors="replace"), ()
        except LookupError:
            pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(FALLBACK_ENCODING), ("bytes were not UTF-8; decoded as cp1252",)
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), (
            "bytes were neither UTF-8 nor cp1252; undecodable bytes replaced with U+FFFD",)
