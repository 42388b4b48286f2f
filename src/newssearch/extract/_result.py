"""The extraction result: :class:`Extracted`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Extracted:
    """What :func:`extract_html` found on a page."""

    title: str | None
    published: str | None  # ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    author: str | None
    text: str  # body paragraphs separated by "\n", cleaned with textnorm.clean_text
    canonical_url: str | None
    #: False for listing, search, tag, category and error pages (``text`` is then "").
    is_article: bool = True
    #: Why the page is not an article (or was rejected), e.g. "listing page: 6 teasers".
    reason: str | None = None
    #: The lead (sapo) when the page marks one: also the first line of ``text``.
    lead: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The lead and body paragraphs, in order."""
        return [p for p in self.text.split("\n") if p.strip()]


_EMPTY = Extracted(title=None, published=None, author=None, text="", canonical_url=None)
