"""``newsclean.spark`` under a local Spark (``local[2]``): every row equals ``extract()``.

One Spark session serves the whole module; partitions and Arrow batches are kept small so that
several workers and several batches per worker are exercised in a few seconds.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean

pytest.importorskip("pyspark", reason="the [spark] extra (pyspark) is not installed")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java: apt-get install default-jre-headless (bash .ci/run does)",
                allow_module_level=True)

from newsclean.spark import OUTPUT_COLUMNS, warc_pages, with_newsclean

from conftest import SEEDS

DATA = Path(__file__).parent / "data" / "cli"
MIJNKRANT_URL = "https://www.mijnkrant.nl/nieuws/fietsbrug"
PARTITIONS = 3
ROWS_PER_ARROW_BATCH = 4
"""Small, so that each worker handles several batches with the rule sets it loaded once."""
SPARK_SETTINGS = {
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": str(PARTITIONS),
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(ROWS_PER_ARROW_BATCH),
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.python.worker.reuse": "true",
}
pytestmark = pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.master("local[2]").appName("newsclean-test")
    for key, value in SPARK_SETTINGS.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _seed_url(page: Path) -> str | None:
    first = page.with_suffix(".tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    return first.removeprefix("# url:").strip() if first.startswith("# url:") else None


def _seed_rows() -> list[tuple[str, str | None, str | None, str | None]]:
    rows = []
    for page in sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        html = text if page.suffix == ".html" else None
        rows.append((page.name, _seed_url(page), html, None if html else text))
    return rows


def _expected(source: str | bytes, url: str | None,
              rules: tuple[newsclean.RuleSet, ...] = ()) -> dict[str, Any]:
    data = newsclean.extract(source, url=url, rules=rules).to_dict()
    return {"title": data["title"], "byline": data["byline"], "date": data["date"],
            "body": data["body"], "blocks": json.dumps(data["blocks"], ensure_ascii=False),
            "error": None}


def test_every_seed_row_equals_extract(spark: Any) -> None:
    rows = _seed_rows()
    pages = spark.createDataFrame(rows, "id string, url string, html string, text string")
    result = with_newsclean(pages.repartition(PARTITIONS)).collect()
    assert sorted(r["id"] for r in result) == sorted(r[0] for r in rows)
    for row in result:
        got = {name: row[name] for name in OUTPUT_COLUMNS}
        expected = _expected(row["html"] or row["text"], row["url"])
        assert got == expected, (row["id"], [n for n in OUTPUT_COLUMNS if got[n] != expected[n]])
    assert sum(row["title"] is not None for row in result) > len(result) // 2


def test_bytes_rules_prefix_and_rows_without_a_page(spark: Any) -> None:
    article = (DATA / "artikel.txt").read_bytes()
    pages = spark.createDataFrame(
        [("a", MIJNKRANT_URL, bytearray(article)), ("b", None, None)],
        "id string, url string, html binary")
    rules = DATA / "mijnkrant.toml"
    result = {r["id"]: r for r in with_newsclean(pages, rules=[rules], prefix="nc_").collect()}
    expected = _expected(article, MIJNKRANT_URL, (newsclean.load_rules(rules),))
    assert {name: result["a"]["nc_" + name] for name in OUTPUT_COLUMNS} == expected
    assert "mijnkrant.promo.club" in expected["blocks"]
    assert result["b"]["nc_title"] is None
    assert result["b"]["nc_error"].startswith("the row has no page")


def test_clashing_or_missing_columns_are_refused(spark: Any) -> None:
    pages = spark.createDataFrame([("u", "<p>x</p>", "t")], "url string, html string, title string")
    with pytest.raises(ValueError, match="already has title; pass prefix="):
        with_newsclean(pages)
    with pytest.raises(ValueError, match="needs an 'html' or 'text' column"):
        with_newsclean(spark.createDataFrame([("u",)], "url string"))


def test_warc_files_to_articles(spark: Any, tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the [warc] extra (fastwarc) is not installed")
    from fastwarc.warc import WarcRecord, WarcRecordType

    def record(url: str, body: bytes) -> bytes:
        warc = WarcRecord()
        warc.init_headers(WarcRecordType.response)
        warc.headers["WARC-Target-URI"] = url
        warc.headers["Content-Type"] = "application/http; msgtype=response"
        warc.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body)
        out = io.BytesIO()
        warc.write(out, checksum_data=True)
        return gzip.compress(out.getvalue())

    html = (DATA / "artikel.html").read_bytes()
    files = []
    for number in range(2):
        path = tmp_path / f"crawl-{number}.warc.gz"
        path.write_bytes(record(f"https://voorbeeld.nl/{number}", html))
        files.append(path)
    result = with_newsclean(warc_pages(spark, files)).collect()
    assert sorted(r["url"] for r in result) == ["https://voorbeeld.nl/0", "https://voorbeeld.nl/1"]
    for row in result:
        assert row["warc_error"] is None
        assert {n: row[n] for n in OUTPUT_COLUMNS} == _expected(html, row["url"])
