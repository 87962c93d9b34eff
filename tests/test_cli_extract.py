"""``newsclean extract`` through the real entry point: forms, stdin, several pages, bad input."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data" / "cli"
SRC = Path(__file__).resolve().parent.parent / "src"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WNL = SEEDS / "003_298991e1911e9b04.txt"
ARTICLE = DATA / "artikel.txt"
MIJNKRANT_URL = "https://www.mijnkrant.nl/nieuws/fietsbrug"


def newsclean_command(*args: str | Path, stdin: bytes | None = None
                      ) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        input=stdin, capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8"),
                                       result.stderr.decode("utf-8"))


def test_json_is_the_default_and_leaves_blocks_out() -> None:
    result = newsclean_command("extract", WNL)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("Inzet Noord-Koreaanse militairen")
    assert data["byline"] == "Door: Redactie"
    assert "blocks" not in data
    assert result.stderr == ""


def test_blocks_adds_every_block_with_label_and_rule() -> None:
    data = json.loads(newsclean_command("extract", WNL, "--blocks").stdout)
    assert data["blocks"][0] == {"text": "main-logo NPO Start", "label": "chrome",
                                 "rule": "npo.chrome.logo", "start": 0, "end": 19, "url": None}


def test_text_form_prints_the_clean_article() -> None:
    result = newsclean_command("extract", WNL, "--format", "text")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Inzet Noord-Koreaanse militairen")
    assert lines[1] == "Door: Redactie"
    assert "Reactie Rutte" in lines
    assert "Steun WNL" not in result.stdout


def test_text_form_with_blocks_is_one_line_per_block() -> None:
    result = newsclean_command("extract", WNL, "--format", "text", "--blocks")
    first = result.stdout.splitlines()[0]
    assert first == "chrome\tnpo.chrome.logo\tmain-logo NPO Start"


def test_markdown_form_has_title_and_subheadings() -> None:
    result = newsclean_command("extract", WNL, "--format", "markdown")
    assert result.stdout.startswith("# Inzet Noord-Koreaanse militairen")
    assert "\n## Reactie Rutte\n" in result.stdout
    table = newsclean_command("extract", WNL, "--format", "markdown", "--blocks").stdout
    assert table.splitlines()[2] == "| 1 | chrome | `npo.chrome.logo` | main-logo NPO Start |"


def test_standard_input_and_gzip_pages(tmp_path: Path) -> None:
    from_stdin = newsclean_command("extract", "-", stdin=WNL.read_bytes())
    packed = tmp_path / "page.txt.gz"
    packed.write_bytes(gzip.compress(WNL.read_bytes()))
    from_gzip = newsclean_command("extract", packed)
    from_file = newsclean_command("extract", WNL)
    assert from_stdin.returncode == from_gzip.returncode == 0
    assert from_stdin.stdout == from_gzip.stdout == from_file.stdout


def test_url_and_own_rules_select_the_site_rule() -> None:
    with_url = newsclean_command("extract", ARTICLE, "--blocks", "--url", MIJNKRANT_URL,
                                 "--rules", DATA / "mijnkrant.toml")
    rules = {b["rule"] for b in json.loads(with_url.stdout)["blocks"]}
    assert "mijnkrant.promo.club" in rules
    without_url = newsclean_command("extract", ARTICLE, "--blocks",
                                    "--rules", DATA / "mijnkrant.toml")
    assert "mijnkrant.promo.club" not in {
        b["rule"] for b in json.loads(without_url.stdout)["blocks"]}


def test_several_pages_are_json_lines_and_a_missing_one_does_not_stop_the_rest(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "weg.txt"
    result = newsclean_command("extract", WNL, missing, ARTICLE)
    assert result.returncode == 1
    assert result.stderr == f"newsclean: error: cannot read {missing}: no such file\n"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(WNL), str(ARTICLE)]
    assert records[1]["title"] == "Gemeente opent nieuwe fietsbrug over de Vecht"


def test_several_pages_as_text_are_headed_by_their_path() -> None:
    result = newsclean_command("extract", WNL, ARTICLE, "--format", "text")
    assert result.stdout.startswith(f"==> {WNL} <==\nInzet Noord-Koreaanse")
    assert f"\n==> {ARTICLE} <==\nGemeente opent nieuwe fietsbrug" in result.stdout


def test_an_unreadable_rule_file_is_named_with_its_line() -> None:
    result = newsclean_command("extract", WNL, "--rules", DATA / "kapot.toml")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"newsclean: error: {DATA / 'kapot.toml'}:9: rule 'kapot.promo.club': field 'label': "
        "label 'promos' is not one of:")
    missing = newsclean_command("extract", WNL, "--rules", DATA / "geen.toml")
    assert missing.returncode == 1
    assert "geen.toml: cannot read the file" in missing.stderr


def test_a_directory_is_not_a_page() -> None:
    result = newsclean_command("extract", DATA)
    assert result.returncode == 1
    assert result.stderr == f"newsclean: error: cannot read {DATA}: it is a directory\n"


def test_usage_errors_exit_2() -> None:
    assert newsclean_command("extract").returncode == 2
    bad_form = newsclean_command("extract", WNL, "--format", "pdf")
    assert bad_form.returncode == 2
    assert "invalid choice: 'pdf'" in bad_form.stderr
