"""``claims eval``: accuracy figures against annotated gold data."""

from __future__ import annotations

import click


@click.group(name="eval")
def eval_group() -> None:
    """Measure extraction accuracy against hand-annotated gold data.

    Example:

        claims eval gold
    """
