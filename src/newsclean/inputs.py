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
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Pages larger than this (in UTF-8 bytes) are read up to a block boundary before the limit."""
UTF8_MAX_BYTES_PER_CHAR = 4
BLOCK_END = {
    "text": regex.compile(r"\n"),
    "html": regex.compile(
        r"</(?:p|div|li|h[1-6]|article|section|table|tr|td|ul|ol|dl|blockquote|figure|header|"
        r"footer|nav|aside|main|pre|form)\s*>|<br\s*/?>", regex.IGNORECASE),
}
"""Where a page may be cut: after a line of a dump, after a block element of HTML."""
BOUNDARY_SEARCH_CHARS = 1024 * 1024
"""How far back from the limit a block boundary is looked for."""


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


def read_source(source: object, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Decode ``source`` (``str`` or ``bytes``), tell HTML from a text dump, and cut a page larger
    than ``max_bytes`` at the last block boundary before the limit."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        text, warnings = decode(data[:max_bytes])
        size = len(data)
    elif isinstance(source, str):
        text, warnings = source, ()
        size = _utf8_size(source, max_bytes)
        if size > max_bytes:
            text = source.encode("utf-8", "surrogatepass")[:max_bytes].decode("utf-8", "ignore")
    else:
        raise InputTypeError(
            f"extract() takes the page as str or bytes, not {type(source).__name__}; "
            "read a file with open(path, 'rb').read() or pass the HTML/text itself"
        )
    kind = detect_kind(text)
    if size > max_bytes:
        text = _cut_at_block(text, kind)
        warnings = (*warnings, f"page is {size} bytes, over max_bytes={max_bytes}: read only up "
                    f"to the last block boundary before the limit ({len(text)} characters)")
    return Page(text, kind, warnings)


def _utf8_size(text: str, limit: int) -> int:
    """The UTF-8 size of ``text``, computed only when it could exceed ``limit``."""
    if len(text) * UTF8_MAX_BYTES_PER_CHAR <= limit:
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def _cut_at_block(text: str, kind: InputKind) -> str:
    """``text`` up to the end of its last complete block (a line, or a block element)."""
    tail_start = max(len(text) - BOUNDARY_SEARCH_CHARS, 0)
    last = None
    for last in BLOCK_END[kind.value].finditer(text, tail_start):
        pass
    return text[:last.end()] if last is not None else text


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
