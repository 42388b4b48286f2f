"""Article extraction from HTML pages (BeautifulSoup + lxml, rules and text density).

The target is the typical Vietnamese local-news page: a provincial or district
government portal (Liferay, ASP.NET, DotNetNuke, old table layouts), WordPress or
Joomla sites, or a big newspaper, with a site header, menus, breadcrumb, a "Tin
liên quan" box, comments and a footer around one article. Steps, one module each:

1. decode the bytes (:func:`decode_html`, ``_decode``) and enforce the work limits
   (page size, nesting depth, body size; ``_limits``): a page beyond them is
   rejected with a reason,
2. drop markup that is never article text and blocks whose class/id marks them
   as boilerplate, unless they hold a large share of the page's text or most of its
   prose (comment threads and related-news boxes go whatever their size;
   ``_boilerplate``), then teaser lists (``_teasers``) and image captions, unless
   they are the text of a photo story (``_captions``),
3. find the article container by walking down from ``<body>`` while one child
   holds most of the remaining non-link text, keeping a lead block above it
   (``_body``), without pull quotes that repeat the text (``_quotes``),
4. write that container out as paragraphs (tables as "cell | cell" rows), drop
   link-only lines and widget labels (``_lines``), then read the byline off its
   end (``_byline``),
5. take title, date and canonical URL from metadata when present (``_metadata``),
   else from the visible page (headline closest above the text, ``_title``; date
   near the headline, never a "Cập nhật" one, ``_dates``),
6. decide whether the page is an article at all (error, search, tag/category,
   listing and link-list pages are not; ``_kind``): :attr:`Extracted.reason` says why.

``_core`` runs the steps; ``_dom`` holds the tree helpers they share.

It never raises on bad input: anything unusable gives an :class:`Extracted`
with empty ``text``, and callers reject empty bodies with a reason. Figures on
the gold set and the comparison with trafilatura: ``docs/extraction.md``.
"""

from __future__ import annotations

from ._core import draft_from_extracted, extract_draft, extract_html
from ._dates import parse_date
from ._decode import decode_html
from ._result import Extracted

__all__ = [
    "Extracted",
    "decode_html",
    "draft_from_extracted",
    "extract_draft",
    "extract_html",
    "parse_date",
]
