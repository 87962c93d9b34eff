"""newsclean: the article out of a Dutch or Flemish news page, and a label for everything else.

    >>> import newsclean
    >>> doc = newsclean.extract(page_text, url="https://www.wnl.tv/2024/10/21/...")
    >>> doc.title, doc.authors, doc.date, doc.body
"""

from .document import Block, Document, Teaser
from .errors import InputTypeError, NewscleanError, RuleSetError
from .labels import Label
from .pipeline import extract, purge_caches
from .rules.loader import load_rules
from .rules.model import RuleSet
from .rules.registry import builtin_rulesets

__version__ = "0.1.0"

__all__ = [
    "Block",
    "Document",
    "InputTypeError",
    "Label",
    "NewscleanError",
    "RuleSet",
    "RuleSetError",
    "Teaser",
    "__version__",
    "builtin_rulesets",
    "extract",
    "load_rules",
    "purge_caches",
]
