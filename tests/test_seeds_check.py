"""``newsclean seeds check``: located problems, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.evaluate.seedcheck import check_folder

DATA = Path(__file__).parent / "data" / "evaluate"
BAD = DATA / "bad_seeds"

EXPECTED = [
    f"{BAD}/wees.txt: no labels beside it; add wees.tsv",
    f"{BAD}/kapot.tsv:1: '# url:' gives 'ftp://voorbeeld.nl/kapot'; write a full http(s) url",
    f"{BAD}/kapot.tsv:3: second title (first at line 2): a page has at most one title; "
    "label the others teaser, heading or chrome",
    f"{BAD}/kapot.tsv:5: label 'bodyy' is not one of: title, byline, date, body, heading, caption, "
    "related, teaser, promo, chrome",
    f"{BAD}/kapot.tsv:6: text before this segment has no label: 'Tekst zonder label.' "
    "(kapot.txt:4); add a segment for it",
    f"{BAD}/kapot.tsv:7: no TAB: a segment line is 'label<TAB>text'",
    f"{BAD}/kapot.tsv:8: segment 'Bestaat niet' is not in kapot.txt (after line 5); copy the text "
    "exactly, splitting glued lines into consecutive segments",
    f"{BAD}/kapot.txt:6: text after the last segment of kapot.tsv has no label: "
    "'Een laatste regel zonder label.'",
    f"{BAD}/volgorde.tsv:2: segment occurs in the visible text of volgorde.html only before the "
    "previous segment: segments go in page order",
    f"{BAD}/volgorde.tsv:3: segment 'In een script' is not in the visible text of volgorde.html "
    "(scripts, styles and hidden elements do not count)",
    f"{BAD}/volgorde.tsv:4: segment 'Verstopt blok' is not in the visible text of volgorde.html "
    "(scripts, styles and hidden elements do not count)",
    f"{BAD}/volgorde.tsv:5: heading on a page without body: a heading is a subheading inside the "
    "article body",
    f"{BAD}/volgorde.tsv:5: segment occurs in the visible text of volgorde.html only before the "
    "previous segment: segments go in page order",
]


def test_every_problem_is_located() -> None:
    pages, problems = check_folder(BAD)
    assert pages == 2
    assert [str(problem) for problem in problems] == EXPECTED


def test_good_seeds_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seeds", "check", str(DATA / "seeds")]) == 0
    assert capsys.readouterr().out == "seeds check: 3 page(s) in 1 folder(s): ok\n"


def test_problems_exit_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seeds", "check", str(DATA / "seeds"), str(BAD)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [*EXPECTED, "seeds check: 5 page(s) in 2 folder(s): 13 problem(s)"]


def test_glued_line_segments_must_continue_the_line(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(
        "Kop\n2 uur geledenWASHINGTON (ANP) - Tekst.\n", encoding="utf-8"
    )
    (tmp_path / "p.tsv").write_text(
        "teaser\tKop\nteaser\t2 uur geleden\nbody\tWASHINGTON (ANP) - Tekst.\n", encoding="utf-8"
    )
    assert check_folder(tmp_path) == (1, [])
    (tmp_path / "p.tsv").write_text(
        "teaser\tKop\nbody\tWASHINGTON (ANP) - Tekst.\n", encoding="utf-8"
    )
    (_, [problem]) = check_folder(tmp_path)
    assert "text before this segment has no label: '2 uur geleden' (p.txt:2)" in str(problem)


def test_title_without_body_is_a_mix_up(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("Kop\nMenu\n", encoding="utf-8")
    (tmp_path / "p.tsv").write_text("title\tKop\nchrome\tMenu\n", encoding="utf-8")
    (_, [problem]) = check_folder(tmp_path)
    assert str(problem).startswith(f"{tmp_path}/p.tsv:1: title on a page without body")


def test_missing_page_and_empty_folder(tmp_path: Path) -> None:
    assert [str(p) for p in check_folder(tmp_path)[1]] == [
        f"{tmp_path}: no seed pages (NAME.tsv beside NAME.txt or NAME.html)"
    ]
    (tmp_path / "p.tsv").write_text("chrome\tMenu\n", encoding="utf-8")
    assert [str(p) for p in check_folder(tmp_path)[1]] == [
        f"{tmp_path}/p.tsv: no page beside it; add p.txt or .html"
    ]


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["seeds"]) == 2
    assert main(["seeds", "check"]) == 2
    assert main(["nonsense"]) == 2
    capsys.readouterr()
