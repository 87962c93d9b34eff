"""What a page says about itself in its markup: ``<meta>`` tags, ``<title>``, canonical link,
language and JSON-LD, read before the invisible parts of the tree are removed.

Sources, first found wins:

============  =================================================================================
title         ``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>`` minus the site,
              microdata ``headline``
authors       JSON-LD ``author``, ``<meta name="author">``, ``article:author``, microdata
published     JSON-LD ``datePublished``, ``article:published_time`` and kin, microdata
canonical     ``<link rel="canonical">``, ``og:url``, JSON-LD ``url``
language      ``<html lang>``, ``Content-Language``, ``og:locale``, JSON-LD ``inLanguage``
============  =================================================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import regex

from .jsonld import linked_article

HEAD_TAGS = ("meta", "link", "script", "title")
"""The elements that carry a page's metadata (``meta`` and JSON-LD may sit in the body too)."""
TITLE_KEYS = ("og:title", "twitter:title")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                  "publishdate", "pubdate", "publish-date", "date", "dc.date",
                  "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                  "article.published", "published_time", "og:published_time")
LINKED_DATA_TYPE = "application/ld+json"
"""The ``type`` of a ``<script>`` that holds JSON-LD (compared stripped and lowercased)."""
SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
TITLE_SEPARATOR = regex.compile(r"\s+[|–—·•»:]\s+|\s+-\s+|\s*\|\s*")
MIN_TITLE_PART_CHARS = 15
"""A part of a ``<title>`` shorter than this is a site name or section, not the headline."""


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The article's fields as the page's markup declares them; each may be missing."""

    title: str | None = None
    page_title: str | None = None
    """The ``<title>`` as written, site name and all."""
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    """The publication time as the page writes it (ISO 8601 from structured data)."""
    canonical_url: str | None = None
    language: str | None = None
    article_body: str | None = None
    """The JSON-LD ``articleBody``: the article's text as the publisher gives it."""
    listing: bool = False
    """The page declares itself a list of articles (a ``CollectionPage``, or ``og:type``
    ``website`` with no article described): an article found on it needs no second opinion."""


def read_meta(root: Any) -> PageMeta:
    """The metadata ``root``'s markup declares about its article (before microdata)."""
    meta: dict[str, str] = {}
    scripts: list[str] = []
    canonical = page_title = None
    for element in root.iter(*HEAD_TAGS):
        tag = element.tag
        if tag == "meta":
            content = element.get("content")
            if content and (content := content.strip()):  # the name is looked up only if needed
                key = element.get("property") or element.get("name") \
                    or element.get("itemprop") or element.get("http-equiv")
                if key:
                    meta.setdefault(key.strip().lower(), content)
        elif tag == "script":
            kind = element.get("type")
            if kind and kind.strip().lower() == LINKED_DATA_TYPE:
                scripts.append(element.text or "")
        elif tag == "link":
            if canonical is None and "canonical" in (element.get("rel") or "").lower().split():
                canonical = element.get("href")
        elif page_title is None:
            page_title = _collapse(_string_value(element)) or None
    return _combine(meta, scripts, canonical, page_title, root.get("lang"))


def with_microdata(meta: PageMeta, items: Mapping[str, Any]) -> PageMeta:
    """``meta`` with what the body's microdata (``itemprop`` elements) says where it said
    nothing: the headline, the author and the publication time."""
    values = {key: _item_value(element) for key, element in items.items()}
    title = meta.title or values.get("headline")
    authors = meta.authors or tuple(a for a in (values.get("author"),) if a)
    published = meta.published or values.get("datepublished")
    if (title, authors, published) == (meta.title, meta.authors, meta.published):
        return meta
    return replace(meta, title=title, authors=authors, published=published)


def _item_value(element: Any) -> str | None:
    value = element.get("datetime") or element.get("content") or _collapse(
        _string_value(element))
    return value or None


def _combine(meta: Mapping[str, str], scripts: list[str], canonical: str | None,
             page_title: str | None, lang: str | None) -> PageMeta:
    linked = linked_article(scripts)
    site = _first(meta, SITE_KEYS)
    title = _first(meta, TITLE_KEYS) or linked.headline or meta.get("headline") or (
        title_without_site(page_title, site) if page_title else None)
    authors = linked.authors or tuple(
        a for a in (_first(meta, AUTHOR_KEYS),) if a and not a.startswith("http"))
    language = lang or meta.get("content-language") or meta.get("og:locale") or linked.language
    return PageMeta(
        title=_collapse(title) if title else None,
        page_title=page_title,
        site_name=site,
        authors=authors,
        published=linked.published or _first(meta, PUBLISHED_KEYS),
        canonical_url=(canonical or meta.get("og:url") or linked.url or "").strip() or None,
        language=language.strip().replace("_", "-") if language and language.strip() else None,
        article_body=linked.body,
        listing=linked.listing or (meta.get("og:type") == "website" and not linked.headline),
    )


def title_without_site(title: str, site: str | None) -> str:
    """A ``<title>`` without the site's name: the longest part between separators."""
    parts: list[str] = [p.strip() for p in TITLE_SEPARATOR.split(title) if p and p.strip()]
    if site:
        parts = [p for p in parts if p.casefold() != site.casefold()] or parts
    long_parts = [p for p in parts if len(p) >= MIN_TITLE_PART_CHARS]
    return max(long_parts or parts or [title], key=len)


def _first(meta: Mapping[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if key in meta), None)


def _string_value(element: Any) -> str:
    """All the text in ``element``, as XPath's ``string()`` gives it (without its cost)."""
    return "".join(element.itertext())


def _collapse(text: object) -> str:
    return " ".join(str(text).split())
