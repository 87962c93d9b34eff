"""newsclean on Apache Spark: the article's columns added to a DataFrame of pages (``[spark]``).

    from newsclean.spark import with_newsclean
    pages = spark.read.parquet("pages/")            # columns: url, and html or text
    articles = with_newsclean(pages, rules=["mijnkrant.toml"])
    articles.select("url", "title", "date", "error").show()

``with_newsclean`` keeps every input column and adds ``title``, ``byline``, ``date`` (ISO 8601,
as in ``Document.to_dict``), ``body``, ``blocks`` (the JSON list of every block with its label
and rule id) and ``error`` (why a page gave no document; null otherwise). Each value is what
``newsclean.extract(page, url=url, rules=…)`` gives for that row.

1. On the driver, the caller's rule files are read into text, so executors need no access to them.
2. On each executor's Python worker, the rule sets are parsed once and kept for every batch that
   worker handles (Spark reuses its Python workers), as the built-in sets are.
3. ``mapInPandas`` hands each worker Arrow batches of rows; each page is extracted on its own,
   and a page that fails gets an ``error`` instead of ending the job.

``warc_pages`` reads WARC files into such a DataFrame, one partition per file; docs/spark.md has
a complete example.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

from .batch.warc import warc_pages as _read_warc
from .pipeline import extract
from .rules.loader import parse_rules
from .rules.model import RuleSet

try:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError("newsclean.spark needs PySpark: pip install 'newsclean[spark]'") from missing

CONTENT_COLUMNS = ("html", "text")
"""Where a row's page is looked for, in this order: the first that is not null is used."""
URL_COLUMN = "url"
OUTPUT_COLUMNS = ("title", "byline", "date", "body", "blocks", "error")
"""The columns ``with_newsclean`` adds, all strings (``prefix`` goes in front of each)."""
NO_CONTENT = "the row has no page: its html and text are both null"


def with_newsclean(pages: DataFrame, *, rules: Sequence[str | Path] = (),
                   prefix: str = "") -> DataFrame:
    """``pages`` with newsclean's columns added (see the module's docstring).

    ``pages`` needs a ``url`` column (it may be null) and an ``html`` or ``text`` column, of
    strings or bytes (bytes are decoded as ``extract`` decodes them). ``rules`` are rule-set
    files, read here on the driver. ``prefix`` names the new columns ``prefix + name``; a name
    the DataFrame already has is refused.
    """
    content = [name for name in CONTENT_COLUMNS if name in pages.columns]
    if not content:
        raise ValueError(f"the DataFrame needs an 'html' or 'text' column; it has "
                         f"{', '.join(pages.columns)}")
    added = [prefix + name for name in OUTPUT_COLUMNS]
    clash = [name for name in added if name in pages.columns]
    if clash:
        raise ValueError(f"the DataFrame already has {', '.join(clash)}; pass prefix=… "
                         "(e.g. prefix='nc_') to name the new columns apart")
    rule_texts = tuple((str(path), Path(path).read_text(encoding="utf-8")) for path in rules)
    schema = StructType([*pages.schema.fields,
                         *(StructField(name, StringType(), True) for name in added)])
    work = partial(_extract_batches, content=tuple(content), names=tuple(added),
                   has_url=URL_COLUMN in pages.columns, rule_texts=rule_texts)
    return pages.mapInPandas(work, schema=schema)


@cache
def _rulesets(rule_texts: tuple[tuple[str, str], ...]) -> tuple[RuleSet, ...]:
    """The caller's rule sets, parsed once per Python worker process."""
    return tuple(parse_rules(text, path=name) for name, text in rule_texts)


def _extract_batches(batches: Iterator[Any], *, content: tuple[str, ...], names: tuple[str, ...],
                     has_url: bool, rule_texts: tuple[tuple[str, str], ...]) -> Iterator[Any]:
    """Runs on the executors: each pandas batch with the new columns filled in."""
    rules = _rulesets(rule_texts)
    for frame in batches:
        urls = frame[URL_COLUMN].tolist() if has_url else [None] * len(frame)
        cells = zip(*(frame[name].tolist() for name in content), strict=True)
        sources = [next((cell for cell in row if _present(cell)), None) for row in cells]
        values = [columns_of(source, url if _present(url) else None, rules)
                  for source, url in zip(sources, urls, strict=True)]
        out = frame.copy()
        for i, name in enumerate(names):
            out[name] = [row[i] for row in values]
        yield out


def _present(value: Any) -> bool:
    """Whether a pandas cell holds a value (not None, not NaN)."""
    return value is not None and value == value  # NaN is the one value unequal to itself


def columns_of(source: str | bytes | None, url: str | None,
               rules: Sequence[RuleSet]) -> tuple[str | None, ...]:
    """The values of the new columns for one page, in ``OUTPUT_COLUMNS`` order."""
    if source is None:
        return (None, None, None, None, None, NO_CONTENT)
    try:
        data = extract(bytes(source) if isinstance(source, bytearray) else source,
                       url=url, rules=rules).to_dict()
    except Exception as error:
        # Extraction is not meant to raise; if it does, one page must not end the job.
        return (None, None, None, None, None,
                f"extraction failed: {type(error).__name__}: {error}")
    return (data["title"], data["byline"], data["date"], data["body"],
            json.dumps(data["blocks"], ensure_ascii=False), None)


WARC_SCHEMA = StructType([
    StructField("id", StringType(), False),
    StructField(URL_COLUMN, StringType(), True),
    StructField("html", BinaryType(), True),
    StructField("warc_error", StringType(), True),
])
"""The columns of ``warc_pages``: the record id, its url, the page's bytes, or why none."""


def warc_pages(spark: SparkSession, paths: Sequence[str | Path]) -> DataFrame:
    """The pages of WARC files as a DataFrame (``WARC_SCHEMA``), one partition per file.

    Every executor must be able to open every path (a local run, or a shared filesystem);
    records that are not pages are left out, damaged ones keep their ``warc_error``. Needs the
    ``[warc]`` extra on the executors.
    """
    files = [str(path) for path in paths]
    rows = spark.sparkContext.parallelize(files, max(1, len(files))).flatMap(_warc_rows)
    return spark.createDataFrame(rows, schema=WARC_SCHEMA)


def _warc_rows(path: str) -> Iterator[tuple[str, str | None, bytes | None, str | None]]:
    for page in _read_warc(Path(path)):
        if page.skipped is None:
            content = page.content.encode("utf-8") if isinstance(page.content, str) \
                else page.content
            yield (page.id, page.url, content, page.error)
