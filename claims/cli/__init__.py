"""The ``claims`` command line: thin commands that call services.

Exit codes: 0 no claim inconsistent, 1 some claim inconsistent, 2 usage or
input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import sys

import click

from claims import __version__
from claims.cli.common import EXIT_USAGE
from claims.cli.db import db
from claims.cli.evaluate import eval_group
from claims.cli.parse import parse
from claims.cli.rules import rules
from claims.cli.schema import schema
from claims.cli.stored import documents as _documents  # noqa: F401  (adds to ``db``)
from claims.cli.validate import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claims")
def cli() -> None:
    """Extract numeric claims from Vietnamese news and check them against each other.

    Example:

        claims validate seeds/
    """


for command in (validate, parse, db, rules, schema, eval_group):
    cli.add_command(command)


def main() -> None:
    """Console entry point: click errors and unexpected failures become one line."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("claims: aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        click.echo(f"claims: {exc.format_message()}", err=True)
        sys.exit(EXIT_USAGE)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # the promise is one line, never a traceback
        from claims.db.errors import DatabaseError  # deferred: only a failure pays for it

        if isinstance(exc, DatabaseError):  # already a one-line message for the user
            click.echo(f"claims: {exc}", err=True)
        else:
            click.echo(f"claims: error: {type(exc).__name__}: {exc}".splitlines()[0], err=True)
        sys.exit(EXIT_USAGE)
