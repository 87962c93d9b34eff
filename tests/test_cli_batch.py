"""``newsclean batch`` through the real entry point: folders, JSONL, WARC, order, resume, damage."""

from __future__ import annotations

import gzip
import io
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.batch.run import MAX_REPORTED_ERRORS

DATA = Path(__file__).parent / "data" / "cli"
SRC = Path(__file__).resolve().parent.parent / "src"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WNL = SEEDS / "003_298991e1911e9b04.txt"
ARTICLE_TEXT = DATA / "artikel.txt"
ARTICLE_HTML = DATA / "artikel.html"
MIJNKRANT_URL = "https://www.mijnkrant.nl/nieuws/fietsbrug"
PAGES_TO_INTERRUPT = 1500
"""Far more than a second's work, so that Ctrl-C always comes before the end."""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}


def newsclean_command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True, text=True, env=_env(), timeout=300, check=False,
    )  # fmt: skip


def read_records(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Pages in a folder: text, HTML, gzip, a subfolder, a damaged .gz and files to ignore."""
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "b.txt").write_bytes(WNL.read_bytes())
    (pages / "a.html").write_bytes(ARTICLE_HTML.read_bytes())
    (pages / "sub" / "c.txt.gz").write_bytes(gzip.compress(ARTICLE_TEXT.read_bytes()))
    (pages / "d.htm.gz").write_bytes(b"this is not gzip data")
    (pages / "notes.md").write_text("not a page", encoding="utf-8")
    (pages / ".hidden.txt").write_text("not a page either", encoding="utf-8")
    return pages


def test_a_folder_gives_one_line_per_page_in_path_order(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = newsclean_command("batch", folder, "-o", out)
    assert result.returncode == 1  # the damaged .gz
    records = read_records(out)
    assert [r["id"] for r in records] == ["a.html", "b.txt", "d.htm.gz", "sub/c.txt.gz"]
    assert records[0]["title"] == "Bibliotheek verlengt openingstijden in de winter"
    assert records[1]["title"].startswith("Inzet Noord-Koreaanse militairen")
    assert records[3]["title"] == "Gemeente opent nieuwe fietsbrug over de Vecht"
    assert records[2] == {"id": "d.htm.gz", "url": None, "error": (
        f"cannot read {folder / 'd.htm.gz'}: damaged gzip data (Not a gzipped file "
        "(b'th'))")}
    assert all(r["blocks"] for r in records if "error" not in r)
    message, summary = result.stderr.splitlines()
    assert message == f"newsclean batch: error: {records[2]['error']}"
    assert summary.startswith("newsclean batch: 4 page(s), 1 error(s) in ")
    assert summary.endswith(f" pages/s -> {out}")
    assert result.stdout == ""


def _jsonl(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"url": MIJNKRANT_URL, "text": ARTICLE_TEXT.read_text(encoding="utf-8")}),
        "",
        json.dumps({"id": "wnl", "url": "https://wnl.tv/x/", "text": WNL.read_text("utf-8")}),
        '{"url": "https://voorbeeld.nl/", "html": "<p>kapot',
        json.dumps({"url": "https://voorbeeld.nl/leeg"}),
        json.dumps({"id": 7, "html": ARTICLE_HTML.read_text(encoding="utf-8")}),
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_bad_lines_become_error_records_and_the_rest_goes_on(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = newsclean_command("batch", _jsonl(tmp_path), "-o", out, "--rules",
                               DATA / "mijnkrant.toml")
    assert result.returncode == 1
    records = read_records(out)
    assert [r["id"] for r in records] == ["pages.jsonl:1", "wnl", "pages.jsonl:4",
                                          "pages.jsonl:5", "7"]
    assert records[0]["url"] == MIJNKRANT_URL
    assert "mijnkrant.promo.club" in {b["rule"] for b in records[0]["blocks"]}
    assert records[2]["error"].startswith("pages.jsonl:4: not JSON: Unterminated string")
    assert records[3]["error"] == ("pages.jsonl:5: has neither of 'html' and 'text'; give the "
                                   "page in exactly one of them")
    assert records[4]["title"] == "Bibliotheek verlengt openingstijden in de winter"
    assert result.stderr.splitlines()[:2] == [
        f"newsclean batch: error: {records[2]['error']}",
        f"newsclean batch: error: {records[3]['error']}",
    ]
    assert "5 page(s), 2 error(s)" in result.stderr


def test_only_the_first_errors_are_printed(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text("kapot\n" * (MAX_REPORTED_ERRORS + 5), encoding="utf-8")
    result = newsclean_command("batch", source, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_REPORTED_ERRORS + 2
    assert lines[MAX_REPORTED_ERRORS - 1].startswith(
        f"newsclean batch: error: bad.jsonl:{MAX_REPORTED_ERRORS}: not JSON")
    assert lines[-2].startswith("newsclean batch: 5 more error(s) not shown;")


def test_two_jobs_write_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    source = _jsonl(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    rules = ("--rules", DATA / "mijnkrant.toml")
    assert newsclean_command("batch", source, "-o", one, *rules).returncode == 1
    assert newsclean_command("batch", source, "-o", two, "--jobs", "2", *rules).returncode == 1
    assert one.read_bytes() == two.read_bytes()


def test_resume_cuts_a_torn_last_line_and_does_only_what_is_missing(
    folder: Path, tmp_path: Path,
) -> None:
    full = tmp_path / "full.jsonl"
    newsclean_command("batch", folder, "-o", full)
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(lines[0] + lines[1][: len(lines[1]) // 2])  # stopped mid-write
    result = newsclean_command("batch", folder, "-o", partial, "--resume")
    assert result.returncode == 1
    assert partial.read_bytes() == full.read_bytes()
    assert "3 page(s), 1 error(s), 1 already done" in result.stderr
    again = newsclean_command("batch", folder, "-o", partial, "--resume")
    assert again.returncode == 0
    assert "0 page(s), 0 error(s), 4 already done" in again.stderr
    assert partial.read_bytes() == full.read_bytes()


def _warc_record(url: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                 headers: str = "") -> bytes:
    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(WarcRecordType.response)
    record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = "application/http; msgtype=response"
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{headers}\r\n").encode()
    record.set_bytes_content(http + body)
    out = io.BytesIO()
    record.write(out, checksum_data=True)
    return out.getvalue()


def _warc_members(tmp_path: Path) -> list[bytes]:
    """Gzip members, one record each: HTML, an image, a damaged member, a gzip-encoded page."""
    pytest.importorskip("fastwarc", reason="the [warc] extra (fastwarc) is not installed")
    damaged = bytearray(gzip.compress(_warc_record("https://voorbeeld.nl/kapot", b"<p>x</p>")))
    damaged[len(damaged) // 2] ^= 0xFF
    return [
        gzip.compress(_warc_record(MIJNKRANT_URL, ARTICLE_HTML.read_bytes())),
        gzip.compress(_warc_record("https://voorbeeld.nl/logo.png", b"\x89PNG...",
                                   content_type="image/png")),
        bytes(damaged),
        gzip.compress(_warc_record("https://wnl.tv/x/", gzip.compress(WNL.read_bytes()),
                                   content_type="text/plain; charset=utf-8",
                                   headers="Content-Encoding: gzip\r\n")),
    ]


def test_a_warc_with_a_damaged_record_keeps_going(tmp_path: Path) -> None:
    members = _warc_members(tmp_path)
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(members))
    out = tmp_path / "out.jsonl"
    result = newsclean_command("batch", warc, "-o", out)
    assert result.returncode == 1
    records = read_records(out)
    assert len(records) == 3
    assert records[0]["id"].startswith("<urn:uuid:")
    assert records[0]["url"] == MIJNKRANT_URL
    assert records[0]["title"] == "Bibliotheek verlengt openingstijden in de winter"
    damaged_at = len(members[0]) + len(members[1])
    assert records[1]["id"] == f"crawl.warc.gz@{damaged_at}"
    assert str(records[1]["error"]).startswith(
        f"crawl.warc.gz: damaged WARC data near byte {damaged_at}")
    assert records[2]["url"] == "https://wnl.tv/x/"
    assert records[2]["title"].startswith("Inzet Noord-Koreaanse militairen")
    assert f"newsclean batch: error: {records[1]['error']}\n" in result.stderr
    assert "3 page(s), 1 error(s), 1 record(s) skipped (not pages)" in result.stderr


def test_an_uncompressed_warc_and_a_record_whose_digest_is_wrong(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the [warc] extra (fastwarc) is not installed")
    good = _warc_record(MIJNKRANT_URL, ARTICLE_HTML.read_bytes())
    tampered = _warc_record("https://voorbeeld.nl/b", ARTICLE_HTML.read_bytes())
    tampered = tampered.replace(b"Bibliotheek verlengt", b"Bibliotheek verkort!")
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(good + tampered + good)
    out = tmp_path / "out.jsonl"
    result = newsclean_command("batch", warc, "-o", out)
    assert result.returncode == 1
    records = read_records(out)
    assert ["error" in r for r in records] == [False, True, False]
    assert records[1]["url"] == "https://voorbeeld.nl/b"
    assert "block digest does not match" in str(records[1]["error"])


def test_missing_or_unknown_input_and_bad_rules_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    missing = newsclean_command("batch", tmp_path / "weg", "-o", out)
    assert missing.returncode == 1
    assert missing.stderr == (f"newsclean: error: cannot read {tmp_path / 'weg'}: no such file "
                              "or directory\n")
    unknown = tmp_path / "pages.csv"
    unknown.write_text("url,html\n", encoding="utf-8")
    wrong = newsclean_command("batch", unknown, "-o", out)
    assert wrong.returncode == 1
    assert "not a folder, a JSONL file" in wrong.stderr
    rules = newsclean_command("batch", SEEDS, "-o", out, "--rules", DATA / "kapot.toml")
    assert rules.returncode == 1
    assert "kapot.toml:9: rule 'kapot.promo.club'" in rules.stderr
    assert not out.exists()


def test_an_output_that_cannot_be_written_exits_1(tmp_path: Path) -> None:
    result = newsclean_command("batch", SEEDS, "-o", tmp_path / "geen" / "out.jsonl")
    assert result.returncode == 1
    assert "No such file or directory" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert newsclean_command("batch", SEEDS).returncode == 2
    source = tmp_path / "pages.jsonl"
    source.write_text('{"text": "x"}\n', encoding="utf-8")
    same = newsclean_command("batch", source, "-o", source)
    assert same.returncode == 2
    assert "OUT is INPUT" in same.stderr
    assert source.read_text(encoding="utf-8") == '{"text": "x"}\n'
    zero = newsclean_command("batch", SEEDS, "-o", tmp_path / "o.jsonl", "--jobs", "0")
    assert zero.returncode == 2
    assert "--jobs: needs at least 1" in zero.stderr


def test_progress_bar_only_on_a_terminal(folder: Path, tmp_path: Path) -> None:
    piped = newsclean_command("batch", folder, "-o", tmp_path / "piped.jsonl")
    assert "\r" not in piped.stderr
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "batch", str(folder), "-o",
         str(tmp_path / "tty.jsonl")],
        stdout=subprocess.DEVNULL, stderr=terminal, env=_env(),
    )  # fmt: skip
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(timeout=120) == 1
    os.close(controller)
    assert b"\r\x1b[K[" in seen
    assert b"/4 " in seen
    assert b"newsclean batch: 4 page(s)" in seen


def test_a_record_cut_short_in_its_header_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the [warc] extra (fastwarc) is not installed")
    good = _warc_record(MIJNKRANT_URL, ARTICLE_HTML.read_bytes())
    cut = _warc_record("https://voorbeeld.nl/cut", b"<p>x</p>")[:120]
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(good + cut + good)
    out = tmp_path / "out.jsonl"
    assert newsclean_command("batch", warc, "-o", out).returncode == 1
    records = read_records(out)
    assert "error" not in records[0]
    assert "header runs into the next record" in str(records[1]["error"])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_whole_lines_and_resume_finishes(tmp_path: Path, jobs: str) -> None:
    line = json.dumps({"text": WNL.read_text(encoding="utf-8")}) + "\n"
    source = tmp_path / "many.jsonl"
    source.write_text(line * PAGES_TO_INTERRUPT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "batch", str(source), "-o", str(out),
         "--jobs", jobs],
        stderr=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    while not out.exists() or out.stat().st_size == 0:
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    stderr = process.communicate(timeout=120)[1]
    assert process.returncode == 130
    assert "interrupted; run again with --resume" in stderr
    written = out.read_bytes()
    assert written.endswith(b"\n")
    done = written.count(b"\n")
    assert 0 < done < PAGES_TO_INTERRUPT
    resumed = newsclean_command("batch", source, "-o", out, "--jobs", jobs, "--resume")
    assert resumed.returncode == 0
    assert f"{PAGES_TO_INTERRUPT - done} page(s), 0 error(s), {done} already done" in resumed.stderr
    ids = [record["id"] for record in read_records(out)]
    assert ids == [f"many.jsonl:{n}" for n in range(1, PAGES_TO_INTERRUPT + 1)]
