"""Everything measured on one page for one tool, in one row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..labels import ARTICLE_LABELS
from .checks import check_scores
from .corpus import Page
from .prediction import Prediction
from .scoring import token_scores
from .shingles import shingle_scores


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's figures for one tool: ``values`` by metric key, plus what the checks found."""

    page: str
    values: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The row as plain JSON-ready values."""
        return {
            "page": self.page,
            "values": self.values,
            "details": self.details,
            "error": self.error,
            "ms": round(self.seconds * 1000, 3),
        }


def gold_article(page: Page) -> str:
    """The gold article text of ``page``: its body and heading segments, in order."""
    return "\n\n".join(s.text for s in page.segments if s.label in ARTICLE_LABELS)


def score_page(page: Page, prediction: Prediction, *, seconds: float = 0.0) -> PageScore:
    """Token scores, the body's shingle scores and the field checks of one prediction."""
    values = token_scores(page, prediction)
    values |= shingle_scores(gold_article(page), prediction.body)
    checks, details = check_scores(page, prediction)
    values |= checks
    return PageScore(page.name, values, details, prediction.error, seconds)
