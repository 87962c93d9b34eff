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
from collections.abc import Hashable, Mapping
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


HINT_CACHE_SIZE = 16384
"""How many class names and ids keep their rank between calls (about 1 MB), and how many class
attributes (about 2 MB). A full cache takes no more and drops none: the names met first include
the web's common ones, which a cleared cache would lose to one page's own names."""
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
NO_RANK = len(HINT_PRIORITY)
"""The rank of a name that holds no hint word: weaker than every hint."""
RANKED_HINTS: tuple[Hint | None, ...] = (*HINT_PRIORITY, None)
"""The hint of each rank, ``None`` for ``NO_RANK``."""

LINK_TARGET_WORDS: frozenset[str] = frozenset({
    "abonnement", "abonneren", "abonneer", "abonnee", "subscribe", "subscription", "login",
    "inloggen", "signin", "account", "register", "registreren", "nieuwsbrief", "newsletter",
    "donate", "doneer", "steun", "lidmaatschap", "membership", "shop", "webwinkel",
})
"""Words in a link's address that make the link the publisher's own call (subscribe, log in)."""
URL_WORD = re.compile(r"[a-z]+")
"""The words of a link's address (lowercased)."""
LINK_TARGET_BYTES = frozenset(word.encode("ascii") for word in LINK_TARGET_WORDS)
"""``LINK_TARGET_WORDS`` as bytes, to be looked for among the words ``URL_LETTERS`` leaves."""
URL_LETTERS = bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))
"""A ``bytes.translate`` table that keeps the letters of ``URL_WORD`` and blanks every other
byte: split, the translated address gives the words of the whole address at C speed."""


def leading_rank(classes: str | None, ident: str | None) -> int:
    """The rank of the hint that says what an element is (``RANKED_HINTS[rank]``): the strongest
    (``HINT_PRIORITY``) of the hints of its first class names and its id."""
    key = classes if ident is None else (classes, ident)
    rank = _ATTRIBUTES.get(key)
    if rank is None:
        rank = _strongest_rank(classes, ident)
        if len(_ATTRIBUTES) < HINT_CACHE_SIZE:
            _ATTRIBUTES[key] = rank
    return rank


def _strongest_rank(classes: str | None, ident: str | None) -> int:
    """``leading_rank``, read name by name."""
    rank = name_rank(ident) if ident else NO_RANK
    if classes:
        read = 0
        for name in classes.split():
            if not name.startswith(STATE_PREFIXES):
                # Read the cache before calling name_rank, and compare in a loop rather than
                # with min(): this runs for most elements of a page, and a call costs more.
                of_name = _LEADING.get(name)
                if of_name is None:
                    of_name = name_rank(name)
                if of_name < rank:
                    rank = of_name
                read += 1
                if read == MAX_HINT_CLASSES:
                    break
    return rank


def name_rank(name: str) -> int:
    """The rank of the strongest hint word of one class name or id (``NO_RANK`` for none).
    ``TOKEN`` finds no word across a space, so the strongest hint of several names is the
    strongest of their ranks."""
    rank = _LEADING.get(name)
    if rank is None:
        rank = NO_RANK
        for word in TOKEN.findall(name[:MAX_HINT_CHARS]):
            of_word = TOKEN_RANKS.get(word, NO_RANK)
            if of_word < rank:
                rank = of_word
        if len(_LEADING) < HINT_CACHE_SIZE:
            _LEADING[name] = rank
    return rank


def link_hint(href: str) -> Hint | None:
    """``PROMO`` for a link to the publisher's subscription, login or shop pages: one of
    ``LINK_TARGET_WORDS`` in the link's host or its first path segment (an article's slug,
    which may say anything, is not read)."""
    address = href.lower()
    # Most links hold none of the words anywhere: the words of the whole address rule them out
    # faster than a search for the words, or than cutting out the host and segment first.
    if LINK_TARGET_BYTES.isdisjoint(address.encode("ascii", "replace").translate(URL_LETTERS)
                                    .split()):
        return None
    address = address.split("?", 1)[0].split("#", 1)[0]
    if "//" in address:
        host, _, path = address.split("//", 1)[1].partition("/")
        head = f"{host} {path.split('/', 1)[0]}"
    else:
        head = address.lstrip("/").split("/", 1)[0]
    return Hint.PROMO if any(w in LINK_TARGET_WORDS for w in URL_WORD.findall(head)) else None


_LEADING: dict[str, int] = {}
"""The rank of each class name or id already read (``name_rank``): pages repeat their own names,
and the web repeats the common ones (``container``, ``row``, ``article__body``). Threads share
it safely: a lookup or an insertion is one step under the GIL, and racing insertions pass
``HINT_CACHE_SIZE`` by at most one name per thread."""


_ATTRIBUTES: dict[Hashable, int] = {}
"""The rank of each class attribute already read (``leading_rank``), or of each (class, id) pair
when there is an id: the pages of a site repeat the class attributes of its templates. Threads
share it as they share ``_LEADING``."""


def forget_names() -> None:
    """Forget the class names, ids and class attributes read so far (``purge_caches``)."""
    _LEADING.clear()
    _ATTRIBUTES.clear()
