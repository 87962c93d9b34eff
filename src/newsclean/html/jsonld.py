"""The article a page describes in its schema.org JSON-LD: headline, authors, dates, body text."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
    "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle",
    "SocialMediaPosting", "DiscussionForumPosting", "Blog", "VideoObject", "Recipe", "Review",
})  # fmt: skip
"""schema.org types that describe the page's article (a video page's video included)."""
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage", "SearchResultsPage",
                        "ProfilePage"})
"""Types that describe the page itself: a fallback for the dates."""
LISTING_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "ProfilePage"})
"""Page types of pages that list articles rather than hold one."""
MAX_NODES = 5000
"""How many JSON values of one page are looked at, at most."""
DECODER = json.JSONDecoder(strict=False)
"""Lenient about control characters inside strings; one for all scripts, as building a decoder
costs about as much as decoding a page's JSON-LD."""


@dataclass(frozen=True, slots=True)
class LinkedArticle:
    """What the JSON-LD says about the article; every field may be missing."""

    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    body: str | None = None
    language: str | None = None
    url: str | None = None
    listing: bool = False
    """The page describes itself as a list of articles (``CollectionPage``) and no article."""


def linked_article(scripts: Sequence[str]) -> LinkedArticle:
    """The first article described by the JSON-LD ``scripts`` (their text), else the page's
    own description for the dates, else nothing."""
    found: dict[str, Any] | None = None
    page: dict[str, Any] | None = None
    for node in _nodes(scripts):
        names = _types(node)
        if names & ARTICLE_TYPES:
            found = node
            break
        if page is None and names & PAGE_TYPES:
            page = node
    chosen = found or page
    if chosen is None:
        return LinkedArticle()
    node = chosen
    return LinkedArticle(
        listing=found is None and bool(_types(node) & LISTING_TYPES),
        headline=_text(node.get("headline") or node.get("name")) if found else None,
        authors=_names(node.get("author")),
        published=_text(node.get("datePublished") or node.get("uploadDate")),
        modified=_text(node.get("dateModified")),
        body=_text(node.get("articleBody")) if found else None,
        language=_text(node.get("inLanguage")),
        url=_text(node.get("url")) if found else None,
    )


def _types(node: dict[str, Any]) -> set[str]:
    """The schema.org types a JSON-LD object names."""
    types = node.get("@type")
    if isinstance(types, str):
        return {types}
    return {t for t in types if isinstance(t, str)} if isinstance(types, list) else set()


def _nodes(scripts: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``scripts``, breadth first, without recursion; bad JSON is skipped."""
    queue: deque[Any] = deque()
    for script in scripts:
        try:
            queue.append(DECODER.decode(script))
        except (ValueError, RecursionError):
            continue
    seen = 0
    while queue and seen < MAX_NODES:
        value = queue.popleft()
        seen += 1
        if isinstance(value, list):
            queue.extend(value)
        elif isinstance(value, dict):
            yield value
            graph = value.get("@graph")
            if isinstance(graph, list):
                queue.extend(graph)
            main = value.get("mainEntity")
            if isinstance(main, dict | list):
                queue.append(main)


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)
