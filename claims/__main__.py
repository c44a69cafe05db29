"""``python -m claims``: the same command as ``claims``, for checkouts run without installing."""

from claims.cli import main

main()
