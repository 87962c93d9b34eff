"""The public article-extraction benchmark's body score, reproduced exactly.

Words are ``\\w+`` tokens grouped into overlapping 4-word shingles held as multisets (a text of 1-3
words is one short shingle). Per page: TP = shared shingles, FP = extra predicted ones, FN = missed
gold ones, the three normalised to sum to 1. Precision and recall per page follow the benchmark's
conventions (nothing predicted and nothing missed counts 1; nothing right counts 0); they are
averaged over pages and F1 is computed from the averaged P and R (see ``bootstrap.DERIVED_F1``).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .tokens import tokenize

SHINGLE_WORDS = 4
"""Words per shingle, as in the public benchmark."""


class Shares(NamedTuple):
    """TP, FP and FN of one page as shares of their sum (all 0 when both texts are empty)."""

    tp: float
    fp: float
    fn: float


def shingles(text: str | None, size: int = SHINGLE_WORDS) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-word shingles of ``text``; one shorter shingle for a short text."""
    tokens = tokenize(text)
    found: Counter[tuple[str, ...]] = Counter()
    for start in range(max(1, len(tokens) - size + 1)):
        shingle = tuple(tokens[start : start + size])
        if shingle:
            found[shingle] += 1
    return found


def shingle_shares(gold: str | None, predicted: str | None) -> Shares:
    """TP, FP and FN shingles of ``predicted`` against ``gold``, normalised to sum to 1."""
    gold_shingles, predicted_shingles = shingles(gold), shingles(predicted)
    tp = float(sum((gold_shingles & predicted_shingles).values()))
    fp = float(sum((predicted_shingles - gold_shingles).values()))
    fn = float(sum((gold_shingles - predicted_shingles).values()))
    total = tp + fp + fn
    if total > 0:
        return Shares(tp / total, fp / total, fn / total)
    return Shares(tp, fp, fn)


def precision(tp: float, fp: float, fn: float) -> float:
    """Precision with the benchmark's conventions: 1 if nothing is wrong, 0 if nothing is right."""
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    """Recall with the benchmark's conventions: 1 if nothing is wrong, 0 if nothing is found."""
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def f1(precision_value: float, recall_value: float) -> float:
    """The harmonic mean of precision and recall; 0 when both are 0."""
    total = precision_value + recall_value
    return 2 * precision_value * recall_value / total if total else 0.0


def shingle_scores(gold: str | None, predicted: str | None) -> dict[str, float]:
    """``shingle.precision``, ``shingle.recall`` and (per-page) ``shingle.f1`` of one page."""
    shares = shingle_shares(gold, predicted)
    p, r = precision(*shares), recall(*shares)
    return {"shingle.precision": p, "shingle.recall": r, "shingle.f1": f1(p, r)}
