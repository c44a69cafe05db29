"""Reports: one pure function per format, ``Sequence[DocumentReport] -> str``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claims.model import DocumentReport
from claims.report.claimreview import render_claimreview
from claims.report.htmlfmt import render_html
from claims.report.jsonfmt import render_json, render_jsonl
from claims.report.markdown import render_markdown
from claims.report.terminal import render_terminal

Renderer = Callable[[Sequence[DocumentReport]], str]

FORMATS: dict[str, Renderer] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "terminal": render_terminal,
    "markdown": render_markdown,
    "html": render_html,
    "claimreview": render_claimreview,
}

STREAMING_SEPARATORS: dict[str, str] = {"jsonl": "", "terminal": "\n", "markdown": "\n"}
"""Formats whose report of many documents is the report of each, joined by this string.

``claims validate`` writes these one document at a time, so a batch of any size
runs in constant memory and the first report appears at once.
"""

__all__ = ["FORMATS", "STREAMING_SEPARATORS", "Renderer"]
