"""The tools a benchmark run measures: newsclean itself and the peers, behind one call shape."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .corpus import Page, PageKind
from .peers import PEERS, load_peer
from .prediction import Prediction
from .visible import text_to_html

if TYPE_CHECKING:
    from ..rules import RuleSet

NEWSCLEAN = "newsclean"


@dataclass(frozen=True, slots=True)
class Tool:
    """A named extractor: ``run(input, url)`` gives its prediction; peers want HTML input."""

    name: str
    run: Callable[[str, str | None], Prediction]
    wants_html: bool
    description: str = ""

    def input_for(self, page: Page) -> str:
        """What this tool is given for ``page``: the page itself, or text pages as minimal HTML."""
        if self.wants_html and page.kind is PageKind.TEXT:
            return text_to_html(page.source)
        return page.source

    def predict(self, source: str, url: str | None) -> Prediction:
        """The tool's prediction; a tool that raises yields an empty prediction saying why."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return self.run(source, url)
        except Exception as error:  # one page's failure is counted, never a crash of the run
            return Prediction.failure(error, body_only=self.name != NEWSCLEAN)


def newsclean_tool(rules: Sequence[RuleSet] | None = None) -> Tool:
    """newsclean's ``extract`` with the given rule sets (``None``: the built-in ones)."""
    import newsclean

    chosen = list(rules) if rules else None

    def run(source: str, url: str | None) -> Prediction:
        return Prediction.from_document(newsclean.extract(source, url=url, rules=chosen))

    return Tool(NEWSCLEAN, run, wants_html=False, description="newsclean.extract")


def peer_tool(name: str) -> Tool | str:
    """The peer called ``name`` as a tool, or the note saying why it is skipped."""
    body = load_peer(name)
    if isinstance(body, str):
        return body

    def run(source: str, url: str | None) -> Prediction:
        return Prediction.from_body(body(source, url))

    return Tool(name, run, wants_html=True, description=PEERS[name].description)
