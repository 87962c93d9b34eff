"""Batch runs: many pages in, one JSON line per page out, in input order.

1. ``sources`` reads the input lazily — a folder of page files, a JSONL file or a WARC file —
   as ``PageInput`` values, each with a stable id (``folder``, ``jsonl``, ``warc``).
2. ``workers`` extracts each page, in this process or in a pool of processes whose results come
   back in input order; rule sets are loaded once per worker.
3. ``output`` appends one whole line per page to the output file and, for ``--resume``, reads
   which ids it already holds.
4. ``progress`` draws a one-line progress bar on a terminal and sums up the run.

``run.run_batch`` ties the steps together; ``newsclean batch`` is its command line.
"""
