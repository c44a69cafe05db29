"""``claims parse``: the debugging window onto the grammar."""

from __future__ import annotations

import json
import sys

import click

from claims.extract import find_mentions
from claims.text import normalize


@click.command()
@click.argument("phrases", nargs=-1, metavar="PHRASE...|-")
def parse(phrases: tuple[str, ...]) -> None:
    """Print every quantity reading in each phrase (or stdin line) as JSON.

    No claim filtering: identifiers, document numbers and the like are shown
    with kind "identifier".

    Example:

        claims parse "hơn 74.000 trẻ" "144/200 xã"
    """
    lines: list[str] = sys.stdin.read().splitlines() if phrases in ((), ("-",)) else list(phrases)
    for line in lines:
        text = normalize(line)
        mentions = [m.model_dump(mode="json") for m in find_mentions(text)]
        click.echo(json.dumps({"text": text, "mentions": mentions}, ensure_ascii=False))
