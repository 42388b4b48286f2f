"""The HTTP service: search API, article API, health, and the search page."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
