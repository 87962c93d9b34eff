"""The article's fields from its labelled blocks: authors from a byline, a date from a date line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import regex

from .dutch import AUTHOR_SEPARATORS, BYLINE_PREFIXES, MONTHS, TIMEZONE

ZONE = ZoneInfo(TIMEZONE)
PREFIX = regex.compile(
    r"^(?:" + "|".join(regex.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True))
    + r")\b\s*:?\s*",
    regex.IGNORECASE,
)
SEPARATOR = regex.compile(AUTHOR_SEPARATORS, regex.IGNORECASE)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
TIME = r"(?:\D{0,8}?(?P<hour>[01]?\d|2[0-3])[:.u](?P<minute>[0-5]\d)(?!\d))?"
WORDED_DATE = regex.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>" + MONTH_NAMES + r")\.?\s+(?P<year>(?:19|20)\d\d)"
    + TIME, regex.IGNORECASE)
NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)[-/.](?P<month>[01]?\d)[-/.](?P<year>(?:19|20)\d\d)" + TIME)
ISO_DATE = regex.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T ]" + TIME[3:])


def authors_from_byline(byline: str) -> tuple[str, ...]:
    """The names in a byline, with Dutch lead-ins ("Door:", "Tekst:", "Bron:") removed."""
    names = PREFIX.sub("", byline.strip(), count=1)
    parts = (p.strip(" .;:-–—") for p in SEPARATOR.split(names))
    return tuple(p for p in parts if p)


def parse_date(text: str) -> datetime | None:
    """The first date (and time, when shown) in a Dutch date line, in Amsterdam time."""
    for pattern in (WORDED_DATE, NUMERIC_DATE, ISO_DATE):
        found = pattern.search(text)
        if found is None:
            continue
        month = found["month"]
        number = MONTHS[month.lower()] if not month.isdigit() else int(month)
        try:
            return datetime(int(found["year"]), number, int(found["day"]),
                            int(found["hour"] or 0), int(found["minute"] or 0), tzinfo=ZONE)
        except ValueError:
            continue
    return None
