"""A run with stand-in tools: scoring, failures, speed, peers and the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.evaluate import peers
from newsclean.evaluate.corpus import read_corpus
from newsclean.evaluate.peers import PEERS, PeerSpec, load_peer, peer_names
from newsclean.evaluate.prediction import Prediction
from newsclean.evaluate.report import render
from newsclean.evaluate.runner import run_bench
from newsclean.evaluate.speed import largest, peak_memory, speed_of, with_ratio
from newsclean.evaluate.tools import Tool, peer_tool
from newsclean.labels import Label

DATA = Path(__file__).parent / "data" / "evaluate"
SEEDS = read_corpus(DATA / "seeds")


def perfect(source: str, url: str | None) -> Prediction:
    """A stand-in for newsclean that returns the gold of whichever seed page it is given."""
    page = next(page for page in SEEDS.pages if page.source == source)
    return Prediction(blocks=tuple((s.label, s.text) for s in page.segments))


def raising(source: str, url: str | None) -> Prediction:
    raise RuntimeError("kapot")


def everything(source: str, url: str | None) -> Prediction:
    return Prediction.from_body(source)


def test_a_perfect_tool_scores_one_everywhere() -> None:
    bench = run_bench([SEEDS], [Tool("newsclean", perfect, wants_html=False)], memory=False)
    (section,) = bench.sections
    summary = section.tools[0].summary
    assert summary["article.f1"].mean == 1.0
    assert summary["label_accuracy"].mean == 1.0
    assert summary["shingle.f1"].mean == 1.0
    assert summary["title.f1"].std == 0.0


def test_a_tool_that_raises_counts_failures_without_crashing() -> None:
    bench = run_bench([SEEDS], [Tool("flaky", raising, wants_html=True)], memory=False)
    result = bench.corpora[0].tools[0]
    assert result.errors == 3
    assert result.rows[0].error == "RuntimeError: kapot"
    assert result.summary["article.recall"].mean == pytest.approx(
        1 / 3
    )  # the section page has no body


def test_peers_get_text_pages_as_html() -> None:
    seen: list[str] = []

    def spy(source: str, url: str | None) -> Prediction:
        seen.append(source)
        return Prediction.from_body("")

    run_bench([SEEDS], [Tool("spy", spy, wants_html=True)], memory=False)
    assert all(source.lstrip().startswith(("<!DOCTYPE", "<html")) for source in seen)


def test_several_corpora_are_pooled_overall() -> None:
    nl_html = read_corpus(DATA / "nl_html")
    tools = [Tool("everything", everything, wants_html=True)]
    bench = run_bench([SEEDS, nl_html], tools, memory=True)
    assert bench.overall is not None
    assert bench.overall.pages == 4
    assert len(bench.overall.tools[0].rows) == 4
    assert bench.overall.tools[0].speed.peak_bytes is not None
    report = render(bench, pages=True)
    assert "| overall | everything | 4 |" in report
    assert "| nl_html | mini-artikel | everything |" in report
    assert "| clean | not_body leaks |" in report
    assert "| nl_html | everything | 1 |" in report
    assert sum(len(row.details["leaked"]) for row in bench.corpora[1].tools[0].rows) == 3


def test_the_report_has_a_row_per_tool_and_a_label_table() -> None:
    tools = [Tool("newsclean", perfect, wants_html=False), Tool("flaky", raising, wants_html=True)]
    report = render(run_bench([SEEDS], tools, memory=False))
    assert (
        "| seeds | newsclean | 3 | 1.000 ±0.000 | 1.000 ±0.000 | 1.000 ±0.000 | 1.000 ±0.000 |"
        in report
    )
    assert "| seeds | flaky | 3 |" in report
    assert "| title | 1.000 ±0.000 | 1.000 ±0.000 | 1.000 ±0.000 |" in report
    assert SEEDS.digest in report


def test_speed_figures() -> None:
    speed = speed_of([0.001, 0.003, 0.002], [1_000_000, 0, 500_000])
    assert speed.median_ms == pytest.approx(2.0)
    assert speed.pages_per_second == pytest.approx(500.0)
    assert speed.mb_per_second == pytest.approx(250.0)
    assert with_ratio(speed, speed_of([0.012], [10])).ratio == pytest.approx(2.0 / 12.0)
    assert largest([5, 9, 1, 9], 2) == [1, 3]


def test_peak_memory_sees_an_allocation() -> None:
    assert peak_memory([lambda: bytearray(2_000_000)]) >= 2_000_000


def test_peer_selection() -> None:
    assert peer_names("all") == list(PEERS)
    assert peer_names("justext, trafilatura,justext") == ["justext", "trafilatura"]
    with pytest.raises(ValueError, match="unknown peer nope; choose from: all, trafilatura"):
        peer_names("nope")


def test_a_missing_peer_is_skipped_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = PeerSpec("newsclean_no_such_module", "absent", lambda module: module.run)
    monkeypatch.setitem(peers.PEERS, "absent", missing)
    note = load_peer("absent")
    assert isinstance(note, str)
    assert note.startswith("absent skipped: not installed (newsclean_no_such_module)")
    assert isinstance(peer_tool("absent"), str)


def test_an_installed_peer_gives_a_body_only_prediction() -> None:
    tool = peer_tool("trafilatura")
    assert isinstance(tool, Tool)
    html = "<html><body><article>" + "<p>Dit is een lange zin over de gemeente en de raad.</p>" * 5
    prediction = tool.predict(html + "</article></body></html>", None)
    assert prediction.body_only
    assert all(label is Label.BODY for label, _ in prediction.blocks)
