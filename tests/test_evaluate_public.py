"""The shingle score reproduces the public benchmark's published figure for trafilatura.

The benchmark's README gives trafilatura 2.3.1 an F1 of 0.960 on its 181 pages (comments left out).
Scoring the same pages with our reader and scorer must give the same figure; the test runs where
the shared corpus and that trafilatura version are present.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newsclean.evaluate.bootstrap import summarize
from newsclean.evaluate.corpus import read_corpus
from newsclean.evaluate.pagescore import gold_article
from newsclean.evaluate.shingles import shingle_scores

PUBLIC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "scrapinghub"
PUBLISHED_VERSION = "2.3.1"
PUBLISHED_F1 = 0.960


def test_trafilatura_scores_its_published_f1() -> None:
    trafilatura = pytest.importorskip("trafilatura")
    if not PUBLIC.is_dir():
        pytest.skip(f"{PUBLIC} is not here")
    if trafilatura.__version__ != PUBLISHED_VERSION:
        pytest.skip(f"published figure is for trafilatura {PUBLISHED_VERSION}")
    rows = []
    for page in read_corpus(PUBLIC).pages:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            body = trafilatura.extract(page.source, include_comments=False)
        rows.append(shingle_scores(gold_article(page), body))
    assert summarize(rows, resamples=10)["shingle.f1"].mean == pytest.approx(PUBLISHED_F1, abs=5e-4)
