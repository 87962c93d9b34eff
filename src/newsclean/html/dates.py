"""The publication date of an HTML page: structured data first, then the page's date line,
then ``htmldate``'s search of the markup, always as an aware time in Amsterdam."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from ..dutch import TIMEZONE
from ..metadata import parse_date

ZONE = ZoneInfo(TIMEZONE)
HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S"


def published_date(declared: str | None, date_line: str | None, html: str) -> datetime | None:
    """The publication time from the markup's declaration, the date line or ``htmldate``.

    A declaration in UTC whose wall-clock time is the one the date line shows is a local time
    with the wrong zone (a common CMS slip): the date line's Amsterdam time is taken."""
    shown = parse_date(date_line) if date_line else None
    stated = _declared(declared)
    if stated is not None:
        if shown is not None and stated.utcoffset() == timedelta(0) and \
                stated.replace(tzinfo=None) == shown.replace(tzinfo=None, second=0):
            return shown
        return _in_zone(stated)
    return shown if shown is not None else _searched(html)


def _declared(text: str | None) -> datetime | None:
    """An ISO 8601 (or RFC 2822) time as structured data writes it, in its own zone (a time
    without one is taken as Amsterdam's)."""
    if not text:
        return None
    text = text.strip()
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        try:
            found = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return parse_date(text)
    return found if found.tzinfo is not None else found.replace(tzinfo=ZONE)


def _searched(html: str) -> datetime | None:
    """``htmldate``'s quick search for the original publication date, if it finds one."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        found = find_date(html, extensive_search=False, original_date=True,
                          outputformat=HTMLDATE_FORMAT)
    except Exception:  # a third-party search never makes extraction fail
        return None
    return _in_zone(datetime.fromisoformat(found)) if found else None


def _in_zone(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=ZONE)
    return moment.astimezone(ZONE)
