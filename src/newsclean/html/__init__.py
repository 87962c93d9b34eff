"""Reading HTML pages: from markup to labelled blocks.

==============  ===============================================================================
``page``        the recipe: parse, read the metadata, drop the invisible, walk into blocks
``parse``       lxml without network or entity expansion; a page too deep is read ``flatten``-ed
``meta``        ``<meta>``, ``<title>``, canonical link, language; ``jsonld`` for schema.org
``visibility``  what never renders (scripts, styles, templates …)
``blocks``      the walk: visible text cut at block elements, each block's ``context`` in the DOM
``hints``       what class names and ids say (``share-bar``, ``article-body``)
``domrules``    rules that select elements by XPath
``title``       which block is the headline
``scorer``      where the article is on a page no rule set knows (``regions``, ``cards``,
                ``shape``); ``fallback`` asks trafilatura where it finds hardly anything
``layout``      deciding every block still free; ``dates`` for the publication time
==============  ===============================================================================
"""
