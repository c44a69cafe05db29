"""``claims parse``: the debugging window onto the grammar."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

import click

from claims.extract import find_mentions
from claims.model import Mention
from claims.text import normalize


def _interval(mention: Mention) -> str:
    if mention.lower is None and mention.upper is None:
        return ""
    left = "(" if mention.lower_open else "["
    right = ")" if mention.upper_open or mention.upper is None else "]"
    low = "-∞" if mention.lower is None else f"{mention.lower:g}"
    high = "∞" if mention.upper is None else f"{mention.upper:g}"
    return f"{left}{low}, {high}{right}"


def _brief(mention: Mention) -> str:
    parts = [f"{mention.text!r}", mention.kind]
    if mention.value is not None:
        parts.append(f"value={mention.value}")
    interval = _interval(mention)
    if interval:
        parts.append(interval)
    for name in ("unit", "per", "numerator", "denominator"):
        if getattr(mention, name) is not None:
            parts.append(f"{name}={getattr(mention, name)}")
    if mention.qualifier != "exact":
        parts.append(mention.qualifier)
    return "  " + "  ".join(parts)


@click.command()
@click.argument("phrases", nargs=-1, metavar="PHRASE...|-")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (YYYY-MM-DD): dates without a year take its year.",
)
@click.option("--brief", is_flag=True, help="One readable line per mention instead of JSON.")
def parse(phrases: tuple[str, ...], published: datetime | None, brief: bool) -> None:
    """Print every quantity reading in each phrase (or stdin line) as JSON.

    No claim filtering: identifiers, document numbers and the like are shown
    with kind "identifier".

    Example:

        claims parse "hơn 74.000 trẻ" "144/200 xã"

        claims parse --brief --published 2024-12-01 "Ngày 29/11, trên 200 nghìn trẻ"
    """
    lines: list[str] = sys.stdin.read().splitlines() if phrases in ((), ("-",)) else list(phrases)
    day: date | None = published.date() if published is not None else None
    for line in lines:
        text = normalize(line)
        found = find_mentions(text, published=day)
        if brief:
            click.echo(text)
            for mention in found:
                click.echo(_brief(mention))
            continue
        mentions = [m.model_dump(mode="json") for m in found]
        click.echo(json.dumps({"text": text, "mentions": mentions}, ensure_ascii=False))
