"""Database layer: the only code that touches SQL (placeholder)."""
