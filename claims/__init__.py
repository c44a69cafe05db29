"""claims: a fact-checking claim database and validator for Vietnamese news."""

__version__ = "0.1.0"
