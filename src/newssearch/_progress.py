"""Progress bars on a terminal, silence elsewhere (logs carry the counts)."""

from __future__ import annotations

import sys
from typing import Any


def progress_bar(total: int, desc: str, enabled: bool = True) -> Any:
    """A tqdm bar when stderr is a terminal, else a no-op object with the same API."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="it", disable=not (enabled and sys.stderr.isatty()),
                dynamic_ncols=True, leave=False)
