"""Market Facts Bot: quick market figures, with their sources."""

__version__ = "0.1.0"
