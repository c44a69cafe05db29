"""The inline stylesheet of the HTML report (no external assets, no script)."""

from __future__ import annotations

from claims.model import Verdict

VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    # (background, edge): light enough to read black text on, edges that differ
    # in lightness too, so the verdicts stay apart for colour-blind readers.
    "inconsistent": ("#ffc9c9", "#c92a2a"),
    "verified": ("#c3fae8", "#2b8a3e"),
    "attributed": ("#d0ebff", "#1864ab"),
    "unsourced": ("#fff3bf", "#e67700"),
}


def stylesheet() -> str:
    verdicts = "\n".join(
        f".verdict-{verdict} {{ background: {background}; border-bottom-color: {edge}; }}\n"
        f".badge.verdict-{verdict} {{ border-color: {edge}; }}"
        for verdict, (background, edge) in VERDICT_COLOURS.items()
    )
    return _BASE + verdicts + "\n"


_BASE = """
:root { color-scheme: light; }
body {
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #212529; background: #f8f9fa; margin: 0; padding: 1.5rem;
}
main { max-width: 72rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 0 0 .25rem; word-break: break-all; }
h2 .title { display: block; font-weight: normal; font-size: 1rem; color: #495057;
  word-break: normal; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
nav ol { margin: 0 0 1rem; }
article.document {
  background: #fff; border: 1px solid #dee2e6; border-radius: 8px;
  padding: 1.25rem 1.5rem; margin-bottom: 2rem;
}
.meta { color: #6c757d; font-size: .9rem; margin: 0 0 .75rem; }
.summary { margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.badge {
  display: inline-block; border: 1px solid transparent; border-radius: 999px;
  padding: 0 .6rem; font-size: .85rem; white-space: nowrap;
}
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; margin: .5rem 0;
  list-style: none; font-size: .85rem; color: #495057; }
.legend mark { padding: 0 .3rem; }
.article-text {
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.75;
  border-left: 3px solid #dee2e6; padding-left: 1rem; margin: 0;
}
mark { color: inherit; padding: 0 1px; border-bottom: 2px solid; border-radius: 2px; }
mark mark { outline: 1px dashed #495057; outline-offset: -1px; }
/* The claim id after its first piece, to find it in the table; generated
   content, so the article's text nodes stay exactly the article. */
mark.claim[id]::after { content: attr(data-claim); font-size: .62em; vertical-align: super;
  line-height: 0; color: #495057; margin-left: 1px; }
mark:target, tr:target, li:target { outline: 3px solid #212529; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #dee2e6; padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #f1f3f5; }
td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.verdict { white-space: nowrap; }
td.verdict span { padding: 0 .4rem; border-bottom: 2px solid; border-radius: 2px; }
.muted { color: #868e96; }
ol.findings { padding-left: 1.25rem; }
ol.findings li { margin-bottom: .75rem; }
.status { font-weight: 600; text-transform: uppercase; font-size: .8rem; }
.status-fail { color: #c92a2a; }
.status-pass { color: #2b8a3e; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: .85rem; }
pre.detail { background: #f1f3f5; padding: .5rem .75rem; border-radius: 4px;
  white-space: pre-wrap; margin: .3rem 0 0; }
"""
