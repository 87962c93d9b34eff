"""Checks of the article fields and of body cleanliness, where a corpus gives their gold.

- ``meta.accuracy``: the share of the gold's ``title``, ``byline`` and ``date`` that the tool read
  right. Title and byline match when, whitespace collapsed and case folded, one contains the other
  ("NU.nl" matches "Door: NU.nl"); dates match to the minute (a date without a zone is compared with
  the gold's local time).
- ``clean.rate``: the share of ``not_body`` snippets absent from the predicted body (1 = clean).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from .corpus import Page
from .prediction import Prediction
from .visible import collapse_whitespace

META_ACCURACY = "meta.accuracy"
CLEAN_RATE = "clean.rate"


def _same_text(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    a, b = collapse_whitespace(gold).casefold(), collapse_whitespace(predicted).casefold()
    return bool(b) and (a in b or b in a)


def _parse_date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


def _same_date(gold: str, predicted: str | None) -> bool:
    gold_date = _parse_date(gold)
    predicted_date = _parse_date(predicted) if predicted else None
    if gold_date is None or predicted_date is None:
        return False
    if (gold_date.tzinfo is None) != (predicted_date.tzinfo is None):
        gold_date, predicted_date = (
            gold_date.replace(tzinfo=None),
            predicted_date.replace(tzinfo=None),
        )
    return gold_date.replace(second=0, microsecond=0) == predicted_date.replace(
        second=0, microsecond=0
    )


FIELD_CHECKS: Mapping[str, Callable[[str, str | None], bool]] = {
    "title": _same_text,
    "byline": _same_text,
    "date": _same_date,
}
"""How each article field is compared with its gold."""


def field_checks(page: Page, prediction: Prediction) -> dict[str, bool]:
    """For each gold article field of ``page``, whether ``prediction`` read it right."""
    predicted = {"title": prediction.title, "byline": prediction.byline, "date": prediction.date}
    return {
        name: check(page.metadata[name], predicted[name])
        for name, check in FIELD_CHECKS.items()
        if name in page.metadata
    }


def leaked_snippets(page: Page, prediction: Prediction) -> list[str]:
    """The ``not_body`` snippets of ``page`` that occur in the predicted body."""
    body = collapse_whitespace(prediction.body)
    return [snippet for snippet in page.not_body if collapse_whitespace(snippet) in body]


def check_scores(page: Page, prediction: Prediction) -> tuple[dict[str, float], dict[str, object]]:
    """``meta.accuracy`` and ``clean.rate`` where the page has their gold, with the details."""
    scores: dict[str, float] = {}
    details: dict[str, object] = {}
    checks = {} if prediction.body_only else field_checks(page, prediction)
    if checks:
        scores[META_ACCURACY] = sum(checks.values()) / len(checks)
        details["fields"] = checks
    if page.not_body:
        leaked = leaked_snippets(page, prediction)
        scores[CLEAN_RATE] = 1 - len(leaked) / len(page.not_body)
        details["leaked"] = leaked
    return scores, details
