"""The public benchmark's 4-shingle body score, reproduced exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.evaluate.shingles import shingle_scores, shingle_shares, shingles


def test_shingles_are_overlapping_four_word_multisets() -> None:
    assert shingles("a b c d e a b c d") == {
        ("a", "b", "c", "d"): 2, ("b", "c", "d", "e"): 1, ("c", "d", "e", "a"): 1,
        ("d", "e", "a", "b"): 1, ("e", "a", "b", "c"): 1,
    }  # fmt: skip


def test_a_short_text_is_one_short_shingle() -> None:
    assert shingles("Het nieuws") == {("Het", "nieuws"): 1}
    assert shingles("") == {}


def test_one_extra_shingle_gives_two_thirds_precision() -> None:
    shares = shingle_shares("a b c d e", "a b c d e f")
    assert shares == pytest.approx((2 / 3, 1 / 3, 0.0))
    scores = shingle_scores("a b c d e", "a b c d e f")
    assert scores["shingle.precision"] == pytest.approx(2 / 3)
    assert scores["shingle.recall"] == 1.0
    assert scores["shingle.f1"] == pytest.approx(0.8)


def test_nothing_predicted_and_nothing_missed_counts_one() -> None:
    assert shingle_scores("", "") == {
        "shingle.precision": 1.0,
        "shingle.recall": 1.0,
        "shingle.f1": 1.0,
    }


def test_nothing_predicted_counts_zero() -> None:
    assert shingle_scores("a b c d", None) == {
        "shingle.precision": 0.0, "shingle.recall": 0.0, "shingle.f1": 0.0,
    }  # fmt: skip


def test_punctuation_and_case_follow_word_tokens() -> None:
    assert (
        shingle_scores("Hallo, wereld! Hoe gaat het?", "Hallo wereld hoe gaat het")["shingle.f1"]
        == 0.0
    )
    assert (
        shingle_scores("Hallo, wereld! Hoe gaat het?", "Hallo wereld Hoe gaat het")["shingle.f1"]
        == 1.0
    )


@given(st.text(alphabet="ab c", max_size=60), st.text(alphabet="ab c", max_size=60))
def test_shares_sum_to_one_and_scores_stay_in_range(gold: str, predicted: str) -> None:
    shares = shingle_shares(gold, predicted)
    assert sum(shares) == pytest.approx(1.0) or sum(shares) == 0.0
    for value in shingle_scores(gold, predicted).values():
        assert 0.0 <= value <= 1.0


@given(st.text(alphabet="abc d", max_size=60))
def test_identical_texts_score_one(text: str) -> None:
    assert shingle_scores(text, text)["shingle.f1"] == 1.0
