"""Pages from a WARC file (``.warc`` or ``.warc.gz``), read with FastWARC (extra ``[warc]``).

Every ``response`` and ``resource`` record whose content type is HTML (or plain text) is a page,
its id the record's ``WARC-Record-ID`` and its url the ``WARC-Target-URI``; other records are
skipped. The HTTP body is unpacked from its ``Transfer-Encoding`` and ``Content-Encoding``.

A damaged record does not end the run. A record whose ``WARC-Block-Digest`` does not match is an
error record, and so is one whose header runs into the next record's (it was cut short);
where the file cannot be parsed at all (a damaged gzip member, a broken header),
one error record ``NAME@OFFSET`` marks the place and reading starts again at the next record
boundary found after it (a gzip member, or a ``WARC/1.x`` line).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ..errors import PageReadError
from .sources import PageInput

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
"""The content types read as pages; other records are skipped."""
GZIP_MAGIC = b"\x1f\x8b\x08"
"""How each member of a ``.warc.gz`` starts: one member per record."""
RECORD_START = b"WARC/1."
"""How each record of an uncompressed WARC starts (``WARC/1.0`` or ``WARC/1.1``)."""
SCAN_BYTES = 1 << 20
"""How much of the file is read at a time while looking for the next record boundary."""
HTTP_OK = 200


def _require_fastwarc() -> Any:
    try:
        from fastwarc import warc
    except ImportError:
        raise PageReadError(
            "reading WARC files needs FastWARC: pip install 'newsclean[warc]'") from None
    return warc


def warc_pages(path: Path) -> Iterator[PageInput]:
    """Every page in the WARC file at ``path``, in file order, with damage reported in place.

    FastWARC is imported and the file opened at once: either failing raises ``PageReadError``.
    """
    warc = _require_fastwarc()
    try:
        stream = path.open("rb")
    except OSError as error:
        raise PageReadError(f"cannot read {path}: {error.strerror or error}") from None
    return _pages(warc, stream, path.name)


def _pages(warc: Any, stream: IO[bytes], name: str) -> Iterator[PageInput]:
    with stream:
        marker = GZIP_MAGIC if stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC else RECORD_START
        start = 0
        while True:
            last, failure = yield from _read_from(warc, stream, start, name)
            if failure is None:
                return
            # After records were read, the damage lies past the last one: report it once. A
            # restart that fails at once is that same damage (or a false boundary inside it),
            # so it is reported only when the file's very start is damaged.
            after = start + 1 if last is None else last + 1
            boundary = _next_boundary(stream, after, marker)
            if last is not None or start == 0:
                where = start if last is None else (boundary or after)
                yield PageInput(f"{name}@{where}", error=(
                    f"{name}: damaged WARC data near byte {where}: {failure}; "
                    "reading goes on at the next record"))
            if boundary is None:
                return
            start = boundary


def _read_from(warc: Any, stream: IO[bytes], start: int, name: str
               ) -> Generator[PageInput, None, tuple[int | None, str | None]]:
    """Yield the pages from byte ``start`` on; return (last record's offset, failure or None)."""
    stream.seek(start)
    records = iter(warc.ArchiveIterator(
        stream, record_types=warc.WarcRecordType.response | warc.WarcRecordType.resource,
        parse_http=False, fsspec_args=False))
    last: int | None = None
    while True:
        try:
            record = next(records)
        except StopIteration:
            return last, None
        except OSError as error:
            return last, str(error) or type(error).__name__
        last = start if record.stream_pos is None else record.stream_pos
        is_response = record.record_type == warc.WarcRecordType.response
        yield page_of_record(record, name, is_response=is_response)


def page_of_record(record: Any, name: str, *, is_response: bool) -> PageInput:
    """The page one WARC record holds, or why it holds none."""
    record_id = record.record_id or f"{name}@{record.stream_pos}"
    url = record.headers.get("WARC-Target-URI")
    try:
        if len(record.headers.get_multiple("WARC-Record-ID")) > 1:
            return PageInput(record_id, url=url, error=f"{record_id}: the record's header runs "
                                                       "into the next record: it is cut short")
        if "WARC-Block-Digest" in record.headers and not record.verify_block_digest():
            return PageInput(record_id, url=url, error=f"{record_id}: the record's block digest "
                                                       "does not match: the record is damaged")
        return _page_of_checked(record, record_id, url, is_response=is_response)
    except (OSError, EOFError, zlib.error, ValueError) as error:
        return PageInput(record_id, url=url, error=f"{record_id}: unreadable record: {error}")


def _page_of_checked(record: Any, record_id: str, url: str | None, *,
                     is_response: bool) -> PageInput:
    if is_response:
        record.parse_http()
        if record.http_headers is None:
            return PageInput(record_id, url=url, skipped="no HTTP response in the record")
        if record.http_headers.status_code != HTTP_OK:
            return PageInput(record_id, url=url,
                             skipped=f"HTTP status {record.http_headers.status_code}")
        content_type = record.http_content_type or ""
    else:
        content_type = record.headers.get("Content-Type", "")
    content_type = content_type.split(";")[0].strip().lower()
    if content_type not in PAGE_TYPES:
        return PageInput(record_id, url=url, skipped=f"content type {content_type or 'unknown'}")
    body = record.reader.read()
    if is_response:
        body = decode_http_body(body, record.http_headers)
    return PageInput(record_id, url=url, content=body)


def _dechunk(body: bytes) -> bytes:
    """The body of a ``Transfer-Encoding: chunked`` message without its chunk framing."""
    parts: list[bytes] = []
    position = 0
    while True:
        line_end = body.index(b"\r\n", position)
        size = int(body[position:line_end].split(b";")[0], 16)
        if size == 0:
            return b"".join(parts)
        parts.append(body[line_end + 2:line_end + 2 + size])
        position = line_end + 2 + size + 2


CONTENT_DECODERS: Mapping[str, Callable[[bytes], bytes]] = {
    "identity": bytes,
    "gzip": gzip.decompress,
    "x-gzip": gzip.decompress,
    "deflate": zlib.decompress,
}
"""``Content-Encoding`` → how to undo it."""


def decode_http_body(body: bytes, headers: Any) -> bytes:
    """``body`` as the server meant it: chunk framing and content encoding undone."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        body = _dechunk(body)
    for encoding in reversed([e.strip().lower() for e in
                              (headers.get("Content-Encoding") or "").split(",") if e.strip()]):
        if encoding not in CONTENT_DECODERS:
            raise ValueError(f"content encoding {encoding!r} is not supported")
        body = CONTENT_DECODERS[encoding](body)
    return body


def _next_boundary(stream: IO[bytes], after: int, marker: bytes) -> int | None:
    """The offset of the first ``marker`` at or after byte ``after``, or None at the end."""
    stream.seek(after)
    carry = b""
    offset = after
    while chunk := stream.read(SCAN_BYTES):
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            return offset - len(carry) + found
        carry = window[-(len(marker) - 1):]
        offset += len(chunk)
    return None
