"""An HTML page read into blocks: parse, read its metadata, drop what is invisible, walk."""

from __future__ import annotations

from ..engine.slots import Segments
from ..inputs import Page
from .blocks import Segmentation, segment_tree
from .captions import mark_picture_captions
from .layout import HtmlLayout
from .meta import PageMeta, read_meta, with_microdata
from .parse import parse_html
from .visibility import drop_invisible


def segment_html(page: Page) -> Segments:
    """The page's visible blocks, the layout that resolves them and what its markup declares.

    1. Parse the page safely (``parse``), from its UTF-8 bytes when reading made them.
    2. Read its metadata while scripts and ``<head>`` are still there (``meta``).
    3. Drop what a reader never sees (``visibility``).
    4. Walk the visible tree into blocks with their DOM context (``blocks``), and complete the
       metadata from the body's microdata.
    5. Mark the captions under pictures that no class or id names (``captions``).
    """
    parsed = parse_html(page.text, page.utf8)
    if parsed.root is None:
        empty = Segmentation([], {})
        return Segments([], HtmlLayout(None, empty, PageMeta(), page.text), PageMeta(),
                        parsed.warnings)
    meta = read_meta(parsed.root)
    drop_invisible(parsed.root)
    body = parsed.root.find("body")
    segmentation = segment_tree(body if body is not None else parsed.root)
    meta = with_microdata(meta, segmentation.microdata)
    mark_picture_captions(segmentation)
    layout = HtmlLayout(parsed.root, segmentation, meta, page.text)
    return Segments(segmentation.slots, layout, meta, parsed.warnings)
