"""Token-level scoring: exact figures on hand-made gold and predictions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.evaluate.align import align
from newsclean.evaluate.corpus import GoldKind, Page, PageKind
from newsclean.evaluate.prediction import Prediction
from newsclean.evaluate.scoring import token_scores
from newsclean.evaluate.seedfile import GoldSegment
from newsclean.labels import Label

TEN_WORDS = "een twee drie vier vijf zes zeven acht negen tien"
TITLE = "Kop van vandaag"


def page(*segments: tuple[Label, str], gold: GoldKind = GoldKind.FULL) -> Page:
    gold_segments = tuple(GoldSegment(label, text, n) for n, (label, text) in enumerate(segments))
    return Page("p", "", PageKind.TEXT, gold, gold_segments)


def predicted(*blocks: tuple[Label, str], body_only: bool = False) -> Prediction:
    return Prediction(blocks=tuple(blocks), body_only=body_only)


def test_two_extra_body_tokens_give_precision_ten_twelfths() -> None:
    gold = page((Label.BODY, TEN_WORDS), (Label.CHROME, "Menu Home"))
    scores = token_scores(gold, predicted((Label.BODY, "Menu Home " + TEN_WORDS)))
    assert scores["body.precision"] == pytest.approx(10 / 12)
    assert scores["body.recall"] == 1.0
    assert scores["body.f1"] == pytest.approx(2 * (10 / 12) / (1 + 10 / 12))
    assert scores["chrome.precision"] == 0.0
    assert scores["chrome.recall"] == 0.0
    assert scores["label_accuracy"] == pytest.approx(10 / 12)


def test_block_boundaries_do_not_matter() -> None:
    gold = page((Label.BODY, "een twee drie"), (Label.BODY, "vier vijf zes"))
    scores = token_scores(
        gold, predicted((Label.BODY, "een"), (Label.BODY, "twee drie vier vijf zes"))
    )
    assert scores["body.precision"] == scores["body.recall"] == 1.0
    assert scores["label_accuracy"] == 1.0


def test_a_label_with_neither_gold_nor_prediction_scores_one() -> None:
    scores = token_scores(page((Label.BODY, TEN_WORDS)), predicted((Label.BODY, TEN_WORDS)))
    assert scores["promo.precision"] == scores["promo.recall"] == scores["promo.f1"] == 1.0


def test_a_missed_title_scores_zero_and_costs_body_precision() -> None:
    gold = page((Label.TITLE, TITLE), (Label.BODY, TEN_WORDS))
    scores = token_scores(gold, predicted((Label.BODY, f"{TITLE} {TEN_WORDS}")))
    assert (scores["title.precision"], scores["title.recall"], scores["title.f1"]) == (
        0.0,
        0.0,
        0.0,
    )
    assert scores["body.precision"] == pytest.approx(10 / 13)
    assert scores["label_accuracy"] == pytest.approx(10 / 13)


def test_article_merges_body_and_heading() -> None:
    gold = page((Label.HEADING, "Reactie Rutte"), (Label.BODY, TEN_WORDS))
    scores = token_scores(gold, predicted((Label.BODY, "Reactie Rutte " + TEN_WORDS)))
    assert scores["article.precision"] == scores["article.recall"] == 1.0
    assert scores["heading.recall"] == 0.0
    assert scores["body.precision"] == pytest.approx(10 / 12)


def test_predicted_tokens_absent_from_the_gold_are_false_positives() -> None:
    scores = token_scores(
        page((Label.BODY, TEN_WORDS)), predicted((Label.BODY, TEN_WORDS + " elf twaalf"))
    )
    assert scores["body.precision"] == pytest.approx(10 / 12)


def test_a_missing_block_costs_recall() -> None:
    gold = page((Label.BODY, TEN_WORDS), (Label.BODY, "elf twaalf dertien veertien vijftien"))
    scores = token_scores(
        gold,
        predicted((Label.BODY, TEN_WORDS), (Label.CHROME, "elf twaalf dertien veertien vijftien")),
    )
    assert scores["body.recall"] == pytest.approx(10 / 15)
    assert scores["body.precision"] == 1.0


def test_article_only_gold_ignores_what_else_a_tool_labelled() -> None:
    gold = page((Label.BODY, TEN_WORDS), gold=GoldKind.ARTICLE_BLOCKS)
    prediction = predicted((Label.CHROME, "Menu Home"), (Label.BODY, TEN_WORDS + " Lees meer"))
    scores = token_scores(gold, prediction)
    assert scores["body.precision"] == pytest.approx(10 / 12)
    assert "chrome.precision" not in scores
    assert "label_accuracy" not in scores


def test_article_text_gold_scores_only_the_article() -> None:
    gold = page((Label.BODY, TEN_WORDS), gold=GoldKind.ARTICLE_TEXT)
    scores = token_scores(
        gold, predicted((Label.HEADING, "een twee"), (Label.BODY, "drie vier vijf"))
    )
    assert set(scores) == {"article.precision", "article.recall", "article.f1"}
    assert scores["article.recall"] == pytest.approx(5 / 10)


def test_a_peer_is_scored_on_the_article_only() -> None:
    gold = page((Label.TITLE, TITLE), (Label.BODY, TEN_WORDS))
    scores = token_scores(gold, predicted((Label.BODY, f"{TITLE} {TEN_WORDS}"), body_only=True))
    assert set(scores) == {"article.precision", "article.recall", "article.f1"}
    assert scores["article.precision"] == pytest.approx(10 / 13)


def test_nothing_predicted_on_an_article_scores_zero() -> None:
    scores = token_scores(page((Label.BODY, TEN_WORDS)), predicted())
    assert scores["body.precision"] == scores["body.recall"] == 0.0
    assert scores["label_accuracy"] == 0.0


def test_out_of_order_text_stays_unpaired() -> None:
    runs = align(["a", "b", "c", "d"], ["c", "d", "a", "b"])
    assert sum(run.size for run in runs) == 2


@given(
    st.lists(st.sampled_from("abcdef"), max_size=40),
    st.lists(st.sampled_from("abcdef"), max_size=40),
)
def test_alignment_is_monotone_and_pairs_equal_tokens(
    gold: list[str], predicted: list[str]
) -> None:
    runs = align(gold, predicted)
    last_gold = last_predicted = 0
    for run in runs:
        assert run.gold >= last_gold
        assert run.predicted >= last_predicted
        assert (
            gold[run.gold : run.gold + run.size]
            == predicted[run.predicted : run.predicted + run.size]
        )
        last_gold, last_predicted = run.gold + run.size, run.predicted + run.size


@given(st.lists(st.sampled_from(["de", "het", "een", "raad", "stad"]), min_size=1, max_size=300))
def test_identical_text_aligns_completely(words: list[str]) -> None:
    assert sum(run.size for run in align(words, list(words))) == len(words)
