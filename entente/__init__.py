"""entente: a relational fact database of international relations, built from news articles."""

__version__ = "0.1.0"
