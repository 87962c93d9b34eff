"""Page averages and their seeded bootstrap spread."""

from __future__ import annotations

import pytest

from newsclean.evaluate.bootstrap import draw_resamples, summarize


def test_means_are_over_the_pages_that_have_the_figure() -> None:
    summary = summarize([{"body.f1": 1.0, "caption.f1": 0.5}, {"body.f1": 0.5}])
    assert summary["body.f1"].mean == pytest.approx(0.75)
    assert summary["caption.f1"].mean == 0.5
    assert summary["caption.f1"].pages == 1


def test_shingle_f1_comes_from_the_averaged_precision_and_recall() -> None:
    rows = [
        {"shingle.precision": 1.0, "shingle.recall": 0.0, "shingle.f1": 0.0},
        {"shingle.precision": 0.0, "shingle.recall": 1.0, "shingle.f1": 0.0},
    ]
    assert summarize(rows)["shingle.f1"].mean == pytest.approx(0.5)


def test_a_constant_figure_has_no_spread() -> None:
    assert summarize([{"x": 0.8}] * 7)["x"].std == 0.0


def test_the_spread_is_reproducible_and_plausible() -> None:
    rows = [{"x": float(i % 2)} for i in range(40)]
    first, second = summarize(rows)["x"], summarize(rows)["x"]
    assert first == second
    assert first.mean == 0.5
    assert first.std == pytest.approx(0.5 / 40**0.5, rel=0.15)


def test_resamples_are_seeded() -> None:
    assert draw_resamples(5, resamples=3) == draw_resamples(5, resamples=3)
    assert draw_resamples(5, resamples=3, seed=1) != draw_resamples(5, resamples=3, seed=2)
    assert draw_resamples(0) == []
