"""Reading what the caller passed: type checks, decoding bytes, telling HTML from a text dump."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from enum import StrEnum

import regex

from .errors import InputTypeError

FALLBACK_ENCODING = "cp1252"
"""What the bytes that are not UTF-8 are read as, when no declared charset fits (old Dutch
sites, and pages that glue a cp1252 snippet into UTF-8)."""
SNIFF_BYTES = 4096
"""How much of the start of a page is looked at for a charset declaration or HTML markup."""
DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252",
                    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
                    "utf-32": "utf-8", "utf-32-le": "utf-8", "utf-32-be": "utf-8"}
"""Declared charsets read as browsers read them: Latin-1 and ASCII as cp1252, and a UTF-16 or
UTF-32 declaration (which is only legible because the bytes are not) as UTF-8."""
MIN_UTF16_ZERO_SHARE = 0.4
"""Bytes without a BOM are UTF-16 when at least this share of every other byte is zero."""
BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"RIFF": "a RIFF file (WebP, WAV, AVI)",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x28\xb5\x2f\xfd": "zstd-compressed data",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"\x7fELF": "an executable",
    b"wOFF": "a web font",
    b"wOF2": "a web font",
    b"OggS": "an Ogg media file",
}  # fmt: skip
"""How the files most often served in place of a page begin."""
CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")
MAX_CONTROL_SHARE = 0.05
"""Bytes whose start holds more control characters than this share are binary, not a page."""

META_CHARSET = regex.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
HTML_START = regex.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\b|html|head|body|meta|title)\b",
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
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
"""Half of a UTF-16 pair on its own: a ``str`` may hold one, but no encoder or parser takes it."""


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
    utf8: bytes | None = None
    """``text`` encoded as UTF-8, when reading produced those bytes on the way (bytes that were
    UTF-8, a ``str`` checked for lone surrogates); ``None`` otherwise. libxml2 parses them
    without converting the text first."""


def read_source(source: object, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Decode ``source`` (``str`` or ``bytes``), tell HTML from a text dump, and cut a page larger
    than ``max_bytes`` at the last block boundary before the limit. Bytes that are plainly not
    a page (an image, an archive, a PDF) read as an empty page; lone surrogates in a ``str``
    become U+FFFD."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        binary = binary_kind(data)
        if binary is not None:
            return Page("", InputKind.TEXT, (f"the bytes are {binary}, not a page: nothing was "
                                             "read",))
        read = data[:_char_boundary(data, max_bytes)]
        text, warnings, as_utf8 = _decode(read)
        utf8 = read if as_utf8 else None
        size = len(data)
    elif isinstance(source, str):
        text, utf8, warnings = _encoded(source)
        size = len(utf8)
        if size > max_bytes:
            text = utf8[:max_bytes].decode("utf-8", "ignore")
    else:
        raise InputTypeError(
            f"extract() takes the page as str or bytes, not {type(source).__name__}; "
            "read a file with open(path, 'rb').read() or pass the HTML/text itself"
        )
    kind = detect_kind(text)
    if size > max_bytes:
        text, utf8 = _cut_at_block(text, kind), None
        warnings = (*warnings, f"page is {size} bytes, over max_bytes={max_bytes}: read only up "
                    f"to the last block boundary before the limit ({len(text)} characters)")
    return Page(text, kind, warnings, utf8)


def _encoded(text: str) -> tuple[str, bytes, tuple[str, ...]]:
    """``text`` with lone surrogates replaced by U+FFFD, one character for one, so that offsets
    into ``text`` stay right; and its UTF-8 encoding."""
    try:
        # The encoder refuses every lone surrogate: one pass checks the text and makes the bytes
        # the parser reads fastest.
        return text, text.encode("utf-8"), ()
    except UnicodeEncodeError:
        text = LONE_SURROGATE.sub("\ufffd", text)
        return text, text.encode("utf-8"), (
            "the text held lone surrogates (not characters); they were replaced with U+FFFD",)


def _char_boundary(data: bytes, limit: int) -> int:
    """``limit``, moved back so that it does not cut a UTF-8 character in two."""
    cut = min(limit, len(data))
    while 0 < cut < len(data) and limit - cut < UTF8_MAX_BYTES_PER_CHAR and \
            data[cut] & 0xC0 == 0x80:
        cut -= 1
    return cut


def _cut_at_block(text: str, kind: InputKind) -> str:
    """``text`` up to the end of its last complete block (a line, or a block element)."""
    tail_start = max(len(text) - BOUNDARY_SEARCH_CHARS, 0)
    end = None
    for boundary in BLOCK_END[kind.value].finditer(text, tail_start):
        end = boundary.end()
    return text[:end] if end is not None else text


def detect_kind(text: str) -> InputKind:
    """HTML when the text starts like a document or is full of tags; otherwise a text dump."""
    head = text[:SNIFF_BYTES]
    if HTML_START.search(head):
        return InputKind.HTML
    if len(HTML_TAGS.findall(head)) >= MIN_TAGS_FOR_HTML:
        return InputKind.HTML
    return InputKind.TEXT


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is plainly not a page (an image, an archive, a PDF, control
    bytes), or ``None``. UTF-16, whose every other byte is zero, is a page."""
    for signature, name in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return name
    head = data[:SNIFF_BYTES]
    if not head or _utf16_without_bom(head) or head.startswith((codecs.BOM_UTF16_LE,
                                                                 codecs.BOM_UTF16_BE)):
        return None
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return "binary data" if controls > MAX_CONTROL_SHARE * len(head) else None


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes to text, never raising: a BOM, then UTF-16 told by its zero bytes, then UTF-8, then
    a declared charset, then UTF-8 with every byte that is not UTF-8 read as cp1252."""
    text, warnings, _ = _decode(data)
    return text, warnings


def _decode(data: bytes) -> tuple[str, tuple[str, ...], bool]:
    """``decode``, and whether ``data`` is the text's UTF-8 encoding (UTF-8 without a BOM)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), (), False
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), (), False
    try:
        return data.decode("utf-8"), (), True
    except UnicodeDecodeError:
        pass
    warnings: tuple[str, ...] = ()
    declared = _declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared), (), False
        except UnicodeDecodeError:
            warnings = (f"the page declares charset {declared} but its bytes do not fit it",)
    return data.decode("utf-8", errors=MIXED_ERRORS), (
        *warnings, "bytes were not all UTF-8; the bytes that are not were decoded as cp1252"), False


def _declared_charset(data: bytes) -> str | None:
    """The codec of the charset that ``<meta>`` declares, if Python knows it."""
    declared = META_CHARSET.search(data[:SNIFF_BYTES])
    if declared is None:
        return None
    try:
        name = codecs.lookup(declared.group(1).decode("ascii", errors="replace")).name
    except LookupError:
        return None
    return DECLARED_ALIASES.get(name, name)


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when every other byte of ``head`` is mostly zero (ASCII-range
    text in UTF-16), else ``None``."""
    pairs = len(head) // 2
    if not pairs:
        return None
    even, odd = head[0:2 * pairs:2].count(0), head[1:2 * pairs:2].count(0)
    if odd >= MIN_UTF16_ZERO_SHARE * pairs and even < MIN_UTF16_ZERO_SHARE * odd:
        return "utf-16-le"
    if even >= MIN_UTF16_ZERO_SHARE * pairs and odd < MIN_UTF16_ZERO_SHARE * even:
        return "utf-16-be"
    return None


def _cp1252_for_invalid_utf8(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler behind ``MIXED_ERRORS``: bytes that are not UTF-8 as cp1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bytes(bad).decode(FALLBACK_ENCODING, errors="replace"), error.end


MIXED_ERRORS = "newsclean-cp1252"
"""The name of the error handler that reads bytes that are not UTF-8 as cp1252."""
codecs.register_error(MIXED_ERRORS, _cp1252_for_invalid_utf8)
