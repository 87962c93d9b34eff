"""Averages over pages, with their spread as the std over bootstrap resamples of pages.

Every figure is a macro mean over the pages that have it. The ± is the standard deviation of that
mean over ``BOOTSTRAP_RESAMPLES`` resamples of the pages (drawn with replacement), drawn from a
``random.Random`` seeded with ``BOOTSTRAP_SEED``: the same pages give the same ± on every run, and
every tool is resampled with the same draws so their spreads compare. Figures in ``DERIVED_F1`` are
computed from the averaged precision and recall instead, as the public benchmark does.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .shingles import f1

BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20_241_021
DERIVED_F1: Mapping[str, tuple[str, str]] = {
    "shingle.f1": ("shingle.precision", "shingle.recall"),
}
"""F1 figures computed from the averaged precision and recall, not averaged page by page."""


@dataclass(frozen=True, slots=True)
class Stat:
    """A figure's mean over ``pages`` pages and its bootstrap standard deviation."""

    mean: float
    std: float
    pages: int

    def to_dict(self) -> dict[str, float | int]:
        """The figure as plain JSON-ready values."""
        return {"mean": self.mean, "std": self.std, "pages": self.pages}


class _Column:
    """One figure's per-page values (0 where absent) and which pages have it."""

    def __init__(self, rows: Sequence[Mapping[str, float]], key: str) -> None:
        self.values = [row.get(key, 0.0) for row in rows]
        self.present = [1 if key in row else 0 for row in rows]
        self.pages = sum(self.present)

    def mean(self, sample: Sequence[int]) -> float | None:
        """The figure's mean over the pages of ``sample`` that have it; None if none has it."""
        count = sum(map(self.present.__getitem__, sample))
        return sum(map(self.values.__getitem__, sample)) / count if count else None


def _spread(samples: Sequence[float | None]) -> float:
    drawn = [value for value in samples if value is not None]
    return statistics.pstdev(drawn) if len(drawn) > 1 else 0.0


def draw_resamples(
    pages: int, *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED
) -> list[list[int]]:
    """``resamples`` lists of ``pages`` page indices drawn with replacement, reproducibly."""
    rng = random.Random(seed)
    population = range(pages)
    return [rng.choices(population, k=pages) for _ in range(resamples)] if pages else []


def summarize(
    rows: Sequence[Mapping[str, float]],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> dict[str, Stat]:
    """Mean and bootstrap std of every figure found in ``rows`` (one mapping per page)."""
    keys = sorted({key for row in rows for key in row})
    columns = {key: _Column(rows, key) for key in keys}
    draws = draw_resamples(len(rows), resamples=resamples, seed=seed)
    whole = list(range(len(rows)))
    summary: dict[str, Stat] = {}
    for key, column in columns.items():
        if key in DERIVED_F1:
            continue
        means = [column.mean(sample) for sample in draws]
        summary[key] = Stat(column.mean(whole) or 0.0, _spread(means), column.pages)
    for key, (p_key, r_key) in DERIVED_F1.items():
        if p_key in columns and r_key in columns:
            summary[key] = _derived(columns[p_key], columns[r_key], whole, draws)
    return summary


def _derived(p: _Column, r: _Column, whole: list[int], draws: list[list[int]]) -> Stat:
    def f1_of(sample: Sequence[int]) -> float | None:
        p_mean, r_mean = p.mean(sample), r.mean(sample)
        return None if p_mean is None or r_mean is None else f1(p_mean, r_mean)

    return Stat(f1_of(whole) or 0.0, _spread([f1_of(sample) for sample in draws]), p.pages)
