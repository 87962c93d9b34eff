"""What a page's class names and ids say about an element: the web's naming conventions.

Sites name their containers after what they hold (``article-body``, ``share-bar``,
``related-posts``, ``ArticleMetaBlock__author``). The words below are those conventions, in any
language a template is written in. A word counts only as a whole token of a class or id
(``share-bar`` and ``ShareBar`` hold ``share``; ``shared`` and ``download`` hold nothing), and
only the first few class names of an element are read: content-management systems append
taxonomy classes (``tag-politics``, ``category-sport``) that say nothing about the element.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum


class Hint(StrEnum):
    """What an element's class or id says it holds."""

    CONTENT = "content"
    """The article's text: ``article-body``, ``entry-content``, ``post-text``, ``story``."""

    COMMENT = "comment"
    """Readers' comments and the form to write one."""

    SHARE = "share"
    """Share and follow buttons."""

    RELATED = "related"
    """Links to other articles: related, recommended, popular, "more from"."""

    TEASER = "teaser"
    """Cards advertising other articles."""

    PROMO = "promo"
    """The publisher's own calls: newsletter, subscription, membership, podcasts."""

    AD = "ad"
    """Advertisements and sponsored slots."""

    NAV = "nav"
    """Menus, breadcrumbs, pagination, tag lists."""

    FOOTER = "footer"
    """Page and article footers, copyright lines."""

    HEADER = "header"
    """Site and article headers: logo bars, the headline's frame."""

    SIDEBAR = "sidebar"
    """Side columns and widgets."""

    META = "meta"
    """The article's metadata line: author, date, reading time."""

    BYLINE = "byline"
    """The author line or the author's bio."""

    DATE = "date"
    """The publication or update time."""

    CAPTION = "caption"
    """Photo captions and credits."""

    CONSENT = "consent"
    """Cookie and privacy notices."""

    MEDIA = "media"
    """Embedded video, audio and galleries: their titles and durations."""


HINT_WORDS: Mapping[Hint, tuple[str, ...]] = {
    Hint.CONTENT: ("article", "articlebody", "articletext", "body", "content", "entry",
                   "post", "postbody", "postcontent", "story", "storybody", "text", "richtext",
                   "prose", "main", "artikel", "lead", "intro", "standfirst", "excerpt"),
    Hint.COMMENT: ("comment", "comments", "commentlist", "disqus", "reply", "replies",
                   "respond", "discussion", "reacties", "reactie"),
    Hint.SHARE: ("share", "shares", "sharing", "sharebar", "social", "socials", "addthis",
                 "sociable", "bookmark", "follow"),
    Hint.RELATED: ("related", "recommended", "recommendations", "recirculation", "popular",
                   "trending", "mostread", "mostviewed", "outbrain", "taboola", "readmore",
                   "morestories", "more", "most", "latest", "gerelateerd"),
    Hint.TEASER: ("teaser", "teasers"),
    Hint.PROMO: ("promo", "newsletter", "nieuwsbrief", "subscribe", "subscription", "signup",
                 "abonnement", "abonneer", "membership", "donate", "steun", "podcast", "cta",
                 "upsell", "register", "login", "paywall", "shop", "webshop", "webwinkel",
                 "tip", "tips"),
    Hint.AD: ("ad", "ads", "advert", "adverts", "advertisement", "advertentie", "sponsor",
              "sponsored", "dfp", "gpt", "banner", "commercial", "partner"),
    Hint.NAV: ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
               "pagination", "pager", "skip", "tags", "tag", "taglist", "topics", "keywords",
               "toc", "categories"),
    Hint.FOOTER: ("footer", "colophon", "copyright"),
    Hint.HEADER: ("header", "masthead", "topbar"),
    Hint.SIDEBAR: ("sidebar", "aside", "widget", "widgets", "rail", "sidebox"),
    Hint.META: ("meta", "metadata", "info", "details"),
    Hint.BYLINE: ("author", "authors", "byline", "auteur", "writer", "contributor", "bio"),
    Hint.DATE: ("date", "datetime", "time", "timestamp", "published", "pubdate", "dateline",
                "updated", "datum"),
    Hint.CAPTION: ("caption", "credit", "credits", "figcaption"),
    Hint.CONSENT: ("cookie", "cookies", "consent", "cookiebar", "gdpr", "cmp"),
    Hint.MEDIA: ("video", "videos", "embed", "gallery", "slideshow", "carousel", "audio"),
}
"""The tokens of a class or id that give an element each hint."""

HINT_OF_WORD: Mapping[str, Hint] = {
    word: hint for hint, words in reversed(list(HINT_WORDS.items())) for word in words
}
"""Each hint word to its hint (a word listed twice keeps the hint listed first)."""

TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
"""The words of a class or id: split at separators, digits and camelCase humps."""

MAX_HINT_CLASSES = 3
"""How many class names of an element are read (later ones are taxonomy and utility classes)."""
MAX_HINT_CHARS = 80
"""How many characters of one class name or id are read."""


HINT_CACHE_SIZE = 8192
"""How many distinct class/id values keep their hints between calls (pages repeat them)."""
STATE_PREFIXES = ("has-", "is-", "no-", "with-", "js-", "without-", "show-", "hide-")
"""Class names that describe a state or an option (``has-sidebar``), not what an element is."""


HINT_PRIORITY: tuple[Hint, ...] = (
    Hint.CONSENT, Hint.COMMENT, Hint.SHARE, Hint.AD, Hint.PROMO, Hint.MEDIA, Hint.CAPTION,
    Hint.BYLINE, Hint.DATE, Hint.RELATED, Hint.TEASER, Hint.NAV, Hint.FOOTER, Hint.SIDEBAR,
    Hint.META, Hint.HEADER, Hint.CONTENT,
)
"""Which hint says what an element is when its names give several, strongest first: the
specific over the general (``ArticleMetaBlock__author`` is a byline, ``article-header`` a
header), and any other over content (``related-posts``, ``comment-body``)."""
RANK = {hint: rank for rank, hint in enumerate(HINT_PRIORITY)}
TOKEN_RANKS: Mapping[str, int] = {
    spelling: RANK[hint] for word, hint in HINT_OF_WORD.items()
    for spelling in (word, word.capitalize(), word.upper())
}
"""The rank of each hint word as ``TOKEN`` can find it (``share``, ``Share``, ``SHARE``), so a
word is looked up without lowering it first."""
HINT_TOKENS = frozenset(TOKEN_RANKS)

LINK_TARGET_WORDS: frozenset[str] = frozenset({
    "abonnement", "abonneren", "abonneer", "abonnee", "subscribe", "subscription", "login",
    "inloggen", "signin", "account", "register", "registreren", "nieuwsbrief", "newsletter",
    "donate", "doneer", "steun", "lidmaatschap", "membership", "shop", "webwinkel",
})
"""Words in a link's address that make the link the publisher's own call (subscribe, log in)."""
URL_WORD = re.compile(r"[a-z]+")
LINK_TARGET = re.compile("|".join(sorted(LINK_TARGET_WORDS)))
"""A quick test for a link that may point to the publisher's own pages."""


def leading_hint(classes: str | None, ident: str | None) -> Hint | None:
    """The hint that says what an element is: the strongest (``HINT_PRIORITY``) of the hints
    of its first class names and its id."""
    key = (classes, ident)
    hint = _LEADING.get(key, _UNKNOWN)
    if hint is not _UNKNOWN:
        return hint  # type: ignore[return-value]
    names = [c[:MAX_HINT_CHARS] for c in classes.split()
             if not c.startswith(STATE_PREFIXES)][:MAX_HINT_CLASSES] if classes else []
    if ident:
        names.append(ident[:MAX_HINT_CHARS])
    hint = _strongest(" ".join(names))
    if len(_LEADING) >= HINT_CACHE_SIZE:
        _LEADING.clear()
    _LEADING[key] = hint
    return hint


def _strongest(names: str) -> Hint | None:
    """The strongest hint of the words of ``names`` (one or more names, space-separated)."""
    found = HINT_TOKENS.intersection(TOKEN.findall(names))
    return HINT_PRIORITY[min(map(TOKEN_RANKS.__getitem__, found))] if found else None


def link_hint(href: str) -> Hint | None:
    """``PROMO`` for a link to the publisher's subscription, login or shop pages: one of
    ``LINK_TARGET_WORDS`` in the link's host or its first path segment (an article's slug,
    which may say anything, is not read)."""
    address = href.lower()
    if LINK_TARGET.search(address) is None:
        return None
    address = address.split("?", 1)[0].split("#", 1)[0]
    if "//" in address:
        host, _, path = address.split("//", 1)[1].partition("/")
        head = f"{host} {path.split('/', 1)[0]}"
    else:
        head = address.lstrip("/").split("/", 1)[0]
    return Hint.PROMO if any(w in LINK_TARGET_WORDS for w in URL_WORD.findall(head)) else None


_UNKNOWN = object()
_LEADING: dict[tuple[str | None, str | None], Hint | None] = {}
"""Leading hints already worked out, by (class, id): a page repeats its class names."""
