"""Authors from bylines and dates from Dutch date lines."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from newsclean.metadata import authors_from_byline, parse_date

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Door: Redactie", ("Redactie",)),
        ("Door Vick ten Wolde", ("Vick ten Wolde",)),
        ("Bron: BELGA", ("BELGA",)),
        ("Tekst: Jan Smit en Eva de Boer", ("Jan Smit", "Eva de Boer")),
        ("Door Anna Bakker, Tom Peeters & Els Maes", ("Anna Bakker", "Tom Peeters", "Els Maes")),
        ("Ann Van den Broek", ("Ann Van den Broek",)),
    ],
)
def test_authors_lose_their_dutch_lead_in(byline: str, authors: tuple[str, ...]) -> None:
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21 oktober 2024 — 14:23", datetime(2024, 10, 21, 14, 23)),
        ("In de Kantine - 4 maart 2023 — 14:46", datetime(2023, 3, 4, 14, 46)),
        ("21-10-2024 14:23", datetime(2024, 10, 21, 14, 23)),
        ("ma 4 nov 2024, 07:45", datetime(2024, 11, 4, 7, 45)),
        ("Laatste update: 3 maart 2025 09:12", datetime(2025, 3, 3, 9, 12)),
        ("19 augustus 2019", datetime(2019, 8, 19)),
        ("17 januari 2025 om 06.15 uur", datetime(2025, 1, 17, 6, 15)),
    ],
)
def test_dutch_date_lines_parse_in_amsterdam_time(line: str, expected: datetime) -> None:
    assert parse_date(line) == expected.replace(tzinfo=AMSTERDAM)


@pytest.mark.parametrize("line", ["Aangepast", "36 minuten geleden", "31 februari 2024"])
def test_lines_without_a_real_date_give_none(line: str) -> None:
    assert parse_date(line) is None


def test_summer_and_winter_offsets_differ() -> None:
    summer = parse_date("1 juli 2024 12:00")
    winter = parse_date("1 december 2024 12:00")
    assert summer is not None
    assert winter is not None
    assert summer.isoformat().endswith("+02:00")
    assert winter.isoformat().endswith("+01:00")
