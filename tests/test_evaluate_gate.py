"""Floors files: reading, writing, rounding down, and the check that bites."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.errors import FloorsError
from newsclean.evaluate.bootstrap import Stat
from newsclean.evaluate.gate import check_floors, floors_of, read_floors, round_down, write_floors
from newsclean.evaluate.runner import CorpusResult, ToolResult
from newsclean.evaluate.speed import Speed

DIGEST = "sha256:" + "ab" * 32


def result(name: str = "seeds", digest: str = DIGEST, **figures: float) -> CorpusResult:
    summary = {key.replace("__", "."): Stat(value, 0.01, 3) for key, value in figures.items()}
    tool = ToolResult("newsclean", summary, Speed(3, 0.1, 300, 1.0), ())
    return CorpusResult(name, "seeds", digest, 3, (tool,))


def test_round_down_never_rounds_up() -> None:
    assert round_down(0.98765) == 0.987
    assert round_down(0.57) == 0.57
    assert round_down(1.0) == 1.0
    assert round_down(0.9999999) == 0.999


def test_written_floors_read_back_and_pass(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    run = result(article__precision=0.98765, article__recall=0.57, label_accuracy=0.9)
    write_floors(path, [run])
    floors = read_floors(path)
    assert floors["seeds"].digest == DIGEST
    assert floors["seeds"].floors == {
        "article.precision": 0.987,
        "article.recall": 0.57,
        "label_accuracy": 0.9,
    }
    assert check_floors(floors, [run], path=path) == []


def test_writing_keeps_other_corpora(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    write_floors(path, [result("other", article__f1=0.5)])
    write_floors(path, [result("seeds", article__f1=0.7)])
    assert sorted(read_floors(path)) == ["other", "seeds"]


def test_a_missed_floor_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    write_floors(path, [result(article__precision=0.99)])
    findings = check_floors(read_floors(path), [result(article__precision=0.95)], path=path)
    assert findings == ["seeds: article.precision = 0.9500 is below its floor 0.990"]


def test_a_changed_digest_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    write_floors(path, [result(article__f1=0.9)])
    (finding,) = check_floors(
        read_floors(path), [result(digest="sha256:00", article__f1=0.9)], path=path
    )
    assert (
        "the corpus or its labels changed; re-pin with --write-floors and commit the diff"
        in finding
    )


def test_a_corpus_without_floors_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    write_floors(path, [result("other", article__f1=0.9)])
    (finding,) = check_floors(read_floors(path), [result(article__f1=0.9)], path=path)
    assert "no floors for corpus 'seeds'" in finding


def test_a_floor_on_an_unmeasured_figure_fails(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    path.write_text(f'[seeds]\ndigest = "{DIGEST}"\n"caption.f1" = 0.5\n', encoding="utf-8")
    (finding,) = check_floors(read_floors(path), [result(article__f1=0.9)], path=path)
    assert "caption.f1 has a floor of 0.500 but is not measured" in finding


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[seeds]\ndigest = "sha256:1"\n"body.prec" = 0.5\n', "'body.prec' is not a metric"),
        ('[seeds]\ndigest = "sha256:1"\n"body.f1" = 1.5\n', "must be a number from 0 to 1"),
        ('[seeds]\n"body.f1" = 0.5\n', "'digest' must be"),
        ("seeds = 1\n", "must be a table"),
        ("[seeds\n", "cannot read floors"),
    ],
)
def test_malformed_floors_are_refused_with_the_place(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "floors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FloorsError, match=message):
        read_floors(path)


def test_floors_of_pins_the_headline_figures() -> None:
    pinned = floors_of(result(article__precision=0.9, caption__precision=0.5, caption__f1=0.6))
    assert pinned.floors == {"article.precision": 0.9, "caption.f1": 0.6}
