"""``claims rules``: list the consistency rules."""

from __future__ import annotations

import click

from claims.rules import RULES


@click.command()
@click.option("--verbose", "-v", is_flag=True, help="Print each rule's full documentation.")
def rules(verbose: bool) -> None:
    """List the consistency rules with their one-line descriptions.

    Example:

        claims rules --verbose
    """
    for rule in RULES:
        click.echo(f"{rule.id:<22} {rule.description}")
        if verbose:
            click.echo("\n".join("    " + line for line in rule.documentation.splitlines()[1:]))
            click.echo()
