"""Shared helpers for the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def read_gold(tsv: Path) -> list[tuple[str, str]]:
    """The (label, text) segments of a seed's hand labels, comments and blank lines skipped."""
    segments = []
    for line in tsv.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        segments.append((label, text))
    return segments


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
