"""Other extractors, side by side with newsclean: one adapter each, listed in ``PEERS``.

A peer yields only a body text, so it is scored on the article and its shingles. Every peer gets
HTML (a text page goes to it as minimal HTML, one ``<p>`` per line) and the page's url. Peers come
with the optional extra ``newsclean[bench]``; one that is not installed is skipped with a note.
"""

from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .visible import visible_text

BodyFunction = Callable[[str, str | None], str | None]
"""A peer at work: (HTML, url) → the body text it found, or ``None``."""


@dataclass(frozen=True, slots=True)
class PeerSpec:
    """A peer: the module it needs, what it is, and how to build its body function."""

    module: str
    description: str
    build: Callable[[Any], BodyFunction]
    """Given the imported module, the body function (stoplists and the like loaded once)."""


def _trafilatura(**options: Any) -> Callable[[Any], BodyFunction]:
    def build(module: Any) -> BodyFunction:
        return lambda html, url: module.extract(html, url=url, **options)

    return build


def _justext(module: Any) -> BodyFunction:
    stoplist = module.get_stoplist("Dutch")

    def run(html: str, url: str | None) -> str:
        paragraphs = module.justext(html, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _readability(module: Any) -> BodyFunction:
    return lambda html, url: visible_text(module.Document(html, url=url).summary(html_partial=True))


def _newspaper(module: Any) -> BodyFunction:
    def run(html: str, url: str | None) -> str:
        article = module.Article(url or "https://example.invalid/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return str(article.text)

    return run


def _goose(module: Any) -> BodyFunction:
    goose = module.Goose({"use_meta_language": True, "target_language": "nl"})
    return lambda html, url: goose.extract(raw_html=html).cleaned_text


def _boilerpy(module: Any) -> BodyFunction:
    extractor = module.ArticleExtractor()
    return lambda html, url: extractor.get_content(html)


def _resiliparse(module: Any) -> BodyFunction:
    return lambda html, url: module.extract_plain_text(html, main_content=True)


PEERS: Mapping[str, PeerSpec] = {
    "trafilatura": PeerSpec(
        "trafilatura", "trafilatura defaults without comments (the published benchmark's setting)",
        _trafilatura(include_comments=False),
    ),
    "trafilatura-precision": PeerSpec(
        "trafilatura", "trafilatura, favor_precision=True, without comments",
        _trafilatura(include_comments=False, favor_precision=True),
    ),
    "justext": PeerSpec("justext", "jusText with its Dutch stoplist", _justext),
    "readability": PeerSpec("readability", "readability-lxml, summary as text", _readability),
    "newspaper4k": PeerSpec("newspaper", "newspaper4k Article.text", _newspaper),
    "goose3": PeerSpec("goose3", "goose3 cleaned_text, Dutch", _goose),
    "boilerpy3": PeerSpec("boilerpy3.extractors", "boilerpy3 ArticleExtractor", _boilerpy),
    "resiliparse": PeerSpec(
        "resiliparse.extract.html2text", "resiliparse main_content=True", _resiliparse
    ),
}
"""Every peer by the name ``--compare`` takes, in the order the report lists them."""

REFERENCE_PEER = "trafilatura"
"""The peer whose time per page every speed ratio is relative to."""


def peer_names(selection: str) -> list[str]:
    """The peers a ``--compare`` value names (``all`` or a comma list); unknown names refused."""
    if selection.strip() == "all":
        return list(PEERS)
    names = [name.strip() for name in selection.split(",") if name.strip()]
    unknown = [name for name in names if name not in PEERS]
    if unknown:
        raise ValueError(f"unknown peer {', '.join(unknown)}; choose from: all, {', '.join(PEERS)}")
    return list(dict.fromkeys(names))


def load_peer(name: str) -> BodyFunction | str:
    """The peer's body function, or a note saying why it cannot run (not installed, broken)."""
    spec = PEERS[name]
    # A peer's log warnings would reach stderr through logging's last-resort handler; a null
    # handler keeps them quiet unless the application configured logging itself.
    logger = logging.getLogger(spec.module.partition(".")[0])
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return spec.build(importlib.import_module(spec.module))
    except ImportError as error:
        return f"{name} skipped: not installed ({error.name or error}); install newsclean[bench]"
    except Exception as error:  # a peer that cannot even start is skipped, never a crash
        return f"{name} skipped: failed to start ({type(error).__name__}: {error})"
