"""Exceptions. Every message says what happened and what to do about it."""

from __future__ import annotations


class NewsSearchError(Exception):
    """Base class for errors newssearch reports to users."""


class ConfigError(NewsSearchError):
    """The configuration file or an environment override is invalid."""


class StoreError(NewsSearchError):
    """The SQLite store cannot be opened, migrated or written."""


class EmbedError(NewsSearchError):
    """The embedding model cannot be found, converted or loaded."""


class IndexNotBuiltError(NewsSearchError):
    """No index exists yet."""

    def __init__(self, message: str = "index not built: run `newssearch index`") -> None:
        super().__init__(message)


class IndexMismatchError(NewsSearchError):
    """The index on disk was built with another model, dimension or format."""


class IndexCorruptError(NewsSearchError):
    """An index file is missing, truncated or unreadable."""


class QueryError(NewsSearchError):
    """A query is empty, too long or otherwise unusable."""
