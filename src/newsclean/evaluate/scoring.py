"""Token-level precision, recall and F1 per label, and label accuracy, for one page.

1. Tokenize gold segments and predicted blocks (``\\w+``), each token carrying its label.
2. Align the two token streams (``align.align``), so block boundaries do not matter.
3. Count per label: TP = aligned tokens labelled L on both sides; FP = predicted L tokens that are
   not such a pair (including tokens aligned to nothing); FN = gold L tokens that are not.
4. P, R, F1 per label with the public benchmark's conventions: a label with neither gold nor
   prediction on the page scores P = R = 1; one with only gold, or only prediction, P = R = 0.
   The page figures are then averaged over pages (``bootstrap.summarize``).

``article`` is body and heading merged: the headline figure. ``label_accuracy`` is the share of gold
tokens whose aligned predicted token has the same label (unaligned gold tokens count as wrong).
When the gold covers only the article, only predicted article tokens are aligned: what else a tool
found cannot be judged against it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..labels import ARTICLE_LABELS, Label
from .align import align
from .corpus import SCORED_LABELS, GoldKind, Page
from .prediction import Prediction
from .shingles import f1, precision, recall
from .tokens import tokenize

ARTICLE = "article"
"""The merged body+heading pseudo-label of the headline figures."""
LABEL_ACCURACY = "label_accuracy"
PARTS = ("precision", "recall", "f1")


def metric(name: str, part: str) -> str:
    """The key of one figure, e.g. ``metric("body", "precision") == "body.precision"``."""
    return f"{name}.{part}"


def _labelled_tokens(pieces: Iterable[tuple[Label, str]]) -> tuple[list[str], list[Label]]:
    tokens: list[str] = []
    labels: list[Label] = []
    for label, text in pieces:
        found = tokenize(text)
        tokens += found
        labels += [label] * len(found)
    return tokens, labels


def _figures(name: str, tp: int, fp: int, fn: int) -> dict[str, float]:
    p, r = precision(tp, fp, fn), recall(tp, fp, fn)
    return {metric(name, "precision"): p, metric(name, "recall"): r, metric(name, "f1"): f1(p, r)}


def label_pairs(
    page: Page, prediction: Prediction
) -> tuple[Counter[tuple[Label, Label]], Counter[Label], Counter[Label]]:
    """Aligned (gold, predicted) label pairs per token, and gold and predicted token counts."""
    gold_tokens, gold_labels = _labelled_tokens((s.label, s.text) for s in page.segments)
    blocks = prediction.blocks
    if page.gold is not GoldKind.FULL:
        blocks = tuple(block for block in blocks if block[0] in ARTICLE_LABELS)
    predicted_tokens, predicted_labels = _labelled_tokens(blocks)
    pairs: Counter[tuple[Label, Label]] = Counter()
    for run in align(gold_tokens, predicted_tokens):
        for offset in range(run.size):
            pairs[gold_labels[run.gold + offset], predicted_labels[run.predicted + offset]] += 1
    return pairs, Counter(gold_labels), Counter(predicted_labels)


def token_scores(page: Page, prediction: Prediction) -> dict[str, float]:
    """Per-label and article P/R/F1 and label accuracy of ``prediction`` on ``page``."""
    pairs, gold_counts, predicted_counts = label_pairs(page, prediction)
    scores: dict[str, float] = {}
    labels = frozenset() if prediction.body_only else SCORED_LABELS[page.gold]
    for label in sorted(labels, key=list(Label).index):
        tp = pairs[label, label]
        scores |= _figures(label.value, tp, predicted_counts[label] - tp, gold_counts[label] - tp)
    article_tp = sum(
        n for (g, p), n in pairs.items() if g in ARTICLE_LABELS and p in ARTICLE_LABELS
    )
    article_gold = sum(gold_counts[label] for label in ARTICLE_LABELS)
    article_predicted = sum(predicted_counts[label] for label in ARTICLE_LABELS)
    scores |= _figures(
        ARTICLE, article_tp, article_predicted - article_tp, article_gold - article_tp
    )
    gold_total = sum(gold_counts.values())
    if page.gold is GoldKind.FULL and not prediction.body_only and gold_total:
        scores[LABEL_ACCURACY] = sum(pairs[label, label] for label in Label) / gold_total
    return scores
