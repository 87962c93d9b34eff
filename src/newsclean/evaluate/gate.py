"""The gate: floors pinned per corpus beside a digest of its pages and labels.

A floors file is TOML, one table per corpus (named as the folder is)::

    ["nl-text-dev"]
    digest = "sha256:3347c5b6…"   # the corpus's pages and labels, byte for byte
    pages = 15                    # for the reader; the digest is what is checked
    "article.precision" = 0.98    # the lowest mean newsclean may score
    "article.recall" = 0.95

A check fails when a pinned figure is missed, when a corpus's digest differs (its pages or labels
changed: the floors no longer say anything about it), or when a corpus of the run has no floors.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import FloorsError
from ..labels import LABEL_NAMES
from .checks import CLEAN_RATE, META_ACCURACY
from .runner import CorpusResult
from .scoring import ARTICLE, LABEL_ACCURACY, PARTS, metric
from .tools import NEWSCLEAN

FLOOR_DECIMALS = 3
"""Floors are written rounded down to this many decimals."""
TOLERANCE = 1e-9
"""Slack for float noise when comparing a figure with its floor."""
INFO_KEYS = frozenset({"digest", "pages"})
METRICS: frozenset[str] = frozenset(
    {metric(name, part) for name in (*LABEL_NAMES, ARTICLE, "shingle") for part in PARTS}
    | {LABEL_ACCURACY, META_ACCURACY, CLEAN_RATE}
)
"""Every figure a floor may pin."""
PINNED_ON_WRITE = frozenset(
    {metric(name, part) for name in (ARTICLE, "body", "shingle") for part in PARTS}
    | {metric(name, "f1") for name in LABEL_NAMES}
    | {LABEL_ACCURACY, META_ACCURACY, CLEAN_RATE}
)
"""The figures ``--write-floors`` pins (any of ``METRICS`` may be added by hand)."""
REPIN_HINT = "re-pin with --write-floors and commit the diff"


@dataclass(frozen=True, slots=True)
class CorpusFloors:
    """One corpus's pinned digest and floors."""

    digest: str
    pages: int
    floors: Mapping[str, float]


def read_floors(path: Path) -> dict[str, CorpusFloors]:
    """The floors in the TOML file at ``path``, validated; refuses unknown metrics."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FloorsError(f"{path}: cannot read floors: {error}") from None
    return {name: _corpus_floors(path, name, table) for name, table in data.items()}


def _corpus_floors(path: Path, name: str, table: object) -> CorpusFloors:
    if not isinstance(table, dict):
        raise FloorsError(f"{path}: [{name}] must be a table of floors, one per corpus")
    digest = table.get("digest")
    if not isinstance(digest, str) or not digest.startswith("sha256:"):
        raise FloorsError(
            f"{path}: [{name}]: 'digest' must be the \"sha256:…\" text --write-floors wrote"
        )
    floors: dict[str, float] = {}
    for key, value in table.items():
        if key in INFO_KEYS:
            continue
        if key not in METRICS:
            allowed = ", ".join(sorted(METRICS))
            raise FloorsError(f"{path}: [{name}]: {key!r} is not a metric; one of: {allowed}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise FloorsError(
                f"{path}: [{name}]: {key!r} must be a number from 0 to 1, not {value!r}"
            )
        floors[key] = float(value)
    return CorpusFloors(digest, int(table.get("pages", 0)), floors)


def check_floors(
    floors: Mapping[str, CorpusFloors], results: Sequence[CorpusResult], *, path: Path
) -> list[str]:
    """Every way the run misses the floors, as messages; empty when the gate passes."""
    findings: list[str] = []
    for result in results:
        pinned = floors.get(result.name)
        if pinned is None:
            findings.append(
                f"{path}: no floors for corpus {result.name!r}; pin them with --write-floors"
            )
            continue
        if pinned.digest != result.digest:
            findings.append(
                f"{result.name}: digest {result.digest} is not the pinned {pinned.digest}: "
                f"the corpus or its labels changed; {REPIN_HINT}"
            )
        newsclean = result.tool(NEWSCLEAN)
        summary = newsclean.summary if newsclean else {}
        for key, floor in sorted(pinned.floors.items()):
            stat = summary.get(key)
            if stat is None:
                findings.append(
                    f"{result.name}: {key} has a floor of {floor:.3f} "
                    "but is not measured on this corpus"
                )
            elif stat.mean < floor - TOLERANCE:
                findings.append(
                    f"{result.name}: {key} = {stat.mean:.4f} is below its floor {floor:.3f}"
                )
    return findings


def round_down(value: float, decimals: int = FLOOR_DECIMALS) -> float:
    """``value`` rounded down to ``decimals`` decimals (float noise aside, never above it)."""
    scale: int = 10**decimals
    return math.floor(value * scale + TOLERANCE * scale) / scale


def floors_of(result: CorpusResult) -> CorpusFloors:
    """newsclean's measured figures on ``result``, rounded down, as floors with the digest."""
    newsclean = result.tool(NEWSCLEAN)
    summary = newsclean.summary if newsclean else {}
    measured = {
        key: round_down(stat.mean) for key, stat in summary.items() if key in PINNED_ON_WRITE
    }
    return CorpusFloors(result.digest, result.pages, dict(sorted(measured.items())))


def render_floors(floors: Mapping[str, CorpusFloors]) -> str:
    """The floors as TOML text, corpora in name order."""
    lines = [
        "# newsclean benchmark floors: the lowest figure newsclean may score on each corpus.",
        "# Written by `newsclean bench DIR... --write-floors FILE`;",
        "# a lowered floor is an explicit, reviewed diff.",
        "# The digest pins the corpus's pages and labels: when they change, re-pin and commit.",
    ]
    for name in sorted(floors):
        pinned = floors[name]
        lines += [
            "",
            f"[{_quote(name)}]",
            f"digest = {_quote(pinned.digest)}",
            f"pages = {pinned.pages}",
        ]
        lines += [
            f"{_quote(key)} = {value:.{FLOOR_DECIMALS}f}"
            for key, value in sorted(pinned.floors.items())
        ]
    return "\n".join(lines) + "\n"


def write_floors(path: Path, results: Sequence[CorpusResult]) -> dict[str, CorpusFloors]:
    """Pin the run's figures in ``path``, keeping the floors of corpora this run did not measure."""
    floors = read_floors(path) if path.is_file() else {}
    floors |= {result.name: floors_of(result) for result in results}
    path.write_text(render_floors(floors), encoding="utf-8")
    return floors


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
