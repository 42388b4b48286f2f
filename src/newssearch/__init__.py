"""newssearch: semantic search over local Vietnamese news, with exact citations."""

from __future__ import annotations

__version__ = "0.1.0"
