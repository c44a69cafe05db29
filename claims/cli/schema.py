"""``claims schema``: the JSON Schema of the JSON report."""

from __future__ import annotations

import json

import click

from claims.report.schema import report_schema


@click.command()
def schema() -> None:
    """Print the JSON Schema of ``--format json`` output, from the pydantic models.

    Example:

        claims schema > report.schema.json
    """
    click.echo(json.dumps(report_schema(), ensure_ascii=False, indent=2))
