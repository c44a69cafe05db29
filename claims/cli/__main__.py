"""``python -m claims.cli``: the same command as ``claims``."""

from claims.cli import main

main()
