"""Foedus: political event data from news — events, quotes, actors and coalitions."""

__version__ = "0.1.0"
