"""Measuring newsclean: labelled corpora, per-label scores, peers side by side, and the gate.

    >>> from newsclean.evaluate import read_corpus, run_bench, newsclean_tool, render
    >>> bench = run_bench([read_corpus("seeds")], [newsclean_tool()])
    >>> print(render(bench))

The modules, one concept each: ``corpus``/``readers`` (folders of labelled pages), ``seedfile``
(the ``NAME.tsv`` format), ``visible`` (an HTML page's visible text), ``align``/``scoring``
(token-level P/R/F1 per label), ``shingles`` (the public benchmark's body score), ``checks``
(article fields, body cleanliness), ``bootstrap`` (means and spread), ``peers``/``tools`` (the
extractors measured), ``speed``, ``runner`` (a whole run), ``gate`` (floors and digests),
``report`` (Markdown) and ``seedcheck`` (``newsclean seeds check``).
"""

from ..errors import BenchError, CorpusError, FloorsError
from .corpus import Corpus, Page, read_corpus
from .gate import check_floors, read_floors, write_floors
from .pagescore import PageScore, score_page
from .prediction import Prediction
from .report import render
from .runner import BenchResult, run_bench
from .seedcheck import check_folder
from .tools import Tool, newsclean_tool, peer_tool

__all__ = [
    "BenchError",
    "BenchResult",
    "Corpus",
    "CorpusError",
    "FloorsError",
    "Page",
    "PageScore",
    "Prediction",
    "Tool",
    "check_floors",
    "check_folder",
    "newsclean_tool",
    "peer_tool",
    "read_corpus",
    "read_floors",
    "render",
    "run_bench",
    "score_page",
    "write_floors",
]
