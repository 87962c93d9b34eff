"""Dutch words that metadata parsing needs: month names and byline prefixes."""

from __future__ import annotations

from collections.abc import Mapping

MONTHS: Mapping[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
"""Month names and their usual abbreviations, lowercase, to month numbers."""

BYLINE_PREFIXES: tuple[str, ...] = ("door", "tekst", "bron", "auteur", "van onze verslaggever",
                                    "van onze correspondent", "tekst en foto's", "redactie:")
"""Lead-ins of a byline that are not part of the author's name (matched case-insensitively)."""

AUTHOR_SEPARATORS = r"\s*(?:,|&|\ben\b|\band\b|\bi\.s\.m\.|\bmet\b)\s*"
"""What separates two authors in one byline."""

TIMEZONE = "Europe/Amsterdam"
"""The zone of times shown on Dutch and Flemish pages."""

NAME_PARTICLES: tuple[str, ...] = ("van", "de", "der", "den", "ten", "ter", "te", "het", "in",
                                   "\u2019t", "'t", "el", "la", "le", "du", "da", "di", "von", "op")
"""Lowercase words inside Dutch and Flemish surnames ("Jan van der Berg", "Ann Van den Broek")."""
