"""The library inside other pipelines: pickling, fingerprints, processes, validation, input
policy, streaming, caching and logging (issue 20)."""

from __future__ import annotations

import copy
import logging
import math
import os
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import orjson
import pytest

from cleaner import Cleaner, Config, ConfigError, InputTypeError, clean, clean_many
from cleaner.pipeline import cleaner_for
from cleaner.settings import parse_settings
from conftest import SHARED

NEWS = SHARED / "news-dev" / "articles.jsonl"
FULL = Config(
    select=("H", "L", "P"),
    ignore=("L004",),
    markdown=True,
    keep_title=True,
    max_removed_share=0.5,
    max_chars=100_000,
    phrases={"site_promo": ("^visit example\\.org",), "contact": ["^write to us"]},
    profile={"example.org": ["a key", "another key"], "*": {"x"}},
    site="example.org",
    profile_max_words=10,
    repeat_max_words=8,
)
TEXT = (
    "By Jane Doe\n\nThe council met on Tuesday and voted to fix the bridge.\n\nvisit example.org\n"
)


def news_texts() -> list[str]:
    if not NEWS.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{NEWS} is missing")
        pytest.skip(f"{NEWS} is absent")  # pragma: no cover - a checkout without shared/
    return [orjson.loads(line)["text"] for line in NEWS.read_bytes().splitlines()]


# --- pickle, copy, hash, fingerprint ---------------------------------------------------------


@pytest.mark.parametrize("config", [Config(), FULL])
def test_config_pickles_copies_and_hashes(config: Config) -> None:
    for other in (
        pickle.loads(pickle.dumps(config)),
        copy.copy(config),
        copy.deepcopy(config),
        Config.from_dict(config.to_dict()),
        Config.from_dict(orjson.loads(orjson.dumps(config.to_dict()))),
    ):
        assert other == config
        assert hash(other) == hash(config)
        assert other.fingerprint == config.fingerprint
    assert len({config, copy.deepcopy(config)}) == 1


def test_cleaner_pickles_as_its_config_and_reuses_the_process_cache() -> None:
    cleaner = Cleaner(FULL)
    data = pickle.dumps(cleaner)
    assert len(data) < 2_000  # the config, not the compiled rules
    restored = pickle.loads(data)
    assert restored == cleaner and hash(restored) == hash(cleaner)
    assert restored is cleaner_for(FULL)  # rebuilt once per process, then reused
    assert pickle.loads(data) is restored
    assert copy.deepcopy(cleaner).clean(TEXT) == cleaner.clean(TEXT)
    assert restored.fingerprint == FULL.fingerprint


def test_fingerprint_names_what_changes_output() -> None:
    prints = {
        Config().fingerprint,
        FULL.fingerprint,
        Config(ignore=("L004",)).fingerprint,
        Config(phrases={"site_promo": ("^x y z",)}).fingerprint,
        Config(profile={"a.org": ["k"]}).fingerprint,
    }
    assert len(prints) == 5
    assert Config(ignore="l004").fingerprint == Config(ignore=["L004"]).fingerprint


_PRINT = """
import pickle, hashlib
from cleaner import Cleaner, Config
from test_library_use import FULL
print(FULL.fingerprint, Config().fingerprint)
for value in (FULL, Cleaner(FULL)):
    print(hashlib.sha256(pickle.dumps(value)).hexdigest())
"""


def test_fingerprint_and_pickle_do_not_depend_on_hash_seed() -> None:
    tests = Path(__file__).resolve().parent
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _PRINT],
            check=False,
            cwd=tests,
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].split()[0] == FULL.fingerprint


def test_process_pool_under_spawn_equals_plain_loop() -> None:
    texts = news_texts()
    cleaner = Cleaner(Config(ignore=("R002",)))
    plain = [cleaner.clean(t) for t in texts]
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        pooled = list(pool.map(cleaner.clean, texts, chunksize=16))
    assert len(pooled) == len(texts) == 194
    assert [r.to_dict() for r in pooled] == [r.to_dict() for r in plain]


# --- one validation path ---------------------------------------------------------------------

#: Every bad value of issue 20, with the field the message must name.
BAD: list[tuple[dict[str, Any], str]] = [
    ({"phrases": {"not_a_family": ["x"]}}, "phrases.not_a_family: unknown phrase family"),
    ({"phrases": {"site_promo": [".*"]}}, "phrases.site_promo[0]: pattern '.*' matches the empty"),
    ({"phrases": {"site_promo": ["("]}}, "phrases.site_promo[0]: invalid regex '('"),
    ({"phrases": {"site_promo": [1]}}, "phrases.site_promo: expected a list of regex strings"),
    ({"phrases": "site_promo"}, "phrases: expected a table"),
    ({"ignore": ["L0O4"]}, "ignore: unknown rule code 'L0O4'"),
    ({"ignore": 4}, "ignore: expected a list of rule codes, got int"),
    ({"select": []}, "select: empty selection"),
    ({"select": ["Z999"]}, "select: unknown rule code 'Z999'"),
    ({"max_chars": "100"}, "max_chars: expected int, got str"),
    ({"max_chars": 10.5}, "max_chars: expected int, got float"),
    ({"max_chars": True}, "max_chars: expected int, got bool"),
    ({"max_chars": 0}, "max_chars: must be positive"),
    ({"max_removed_share": 2}, "max_removed_share: must be between 0 and 1"),
    ({"max_removed_share": "0.5"}, "max_removed_share: expected float or int, got str"),
    ({"keep_title": "no"}, "keep_title: expected bool, got str"),
    ({"markdown": "no"}, "markdown: expected bool, got str"),
    ({"repeat_max_words": 1.5}, "repeat_max_words: expected int, got float"),
    ({"profile": ["a"]}, "profile: expected a mapping"),
    ({"site": 3}, "site: expected a site name string"),
]


@pytest.mark.parametrize(("values", "message"), BAD, ids=[m.split(":")[0] for _, m in BAD])
def test_every_bad_value_names_its_field_on_every_route(
    values: dict[str, Any], message: str
) -> None:
    for build in (lambda: Config(**values), lambda: Config.from_dict(values)):
        with pytest.raises(ConfigError) as info:
            build()
        assert message in str(info.value)
    if next(iter(values)) not in ("markdown", "site", "profile"):  # settings-file keys
        with pytest.raises(ConfigError) as info:
            parse_settings(values, where="s.toml: ")
        assert f"s.toml: {message}" in str(info.value)


def test_a_lone_code_string_is_one_code_on_every_route() -> None:
    # As in a settings file (`ignore = "L004"`): never split into characters.
    assert Config(ignore="L004").ignore == ("L004",)
    assert Config.from_dict({"ignore": "l004"}).ignore == ("L004",)
    assert parse_settings({"ignore": "L004"})["ignore"] == ("L004",)
    assert Config(phrases={"contact": "^write to us"}).phrases["contact"] == ("^write to us",)


def test_from_dict_refuses_unknown_keys_and_reads_kebab_case() -> None:
    with pytest.raises(ConfigError, match="colour: unknown key"):
        Config.from_dict({"colour": 1})
    assert Config.from_dict({"keep-title": True}).keep_title


def test_config_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="max_removed_share"):
        Config(max_removed_share=-1)


# --- input policy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind"), [(None, "NoneType"), (math.nan, "float"), (b"text", "bytes"), (3, "int")]
)
def test_non_strings_raise_a_type_error_naming_the_type(value: Any, kind: str) -> None:
    calls = (lambda: clean(value), lambda: Cleaner().clean(value), lambda: [*clean_many([value])])
    for call in calls:
        with pytest.raises(InputTypeError, match=f"got {kind}") as info:
            call()
        assert isinstance(info.value, TypeError)


# --- streaming and caching -------------------------------------------------------------------


def test_clean_many_streams_with_one_cleaner() -> None:
    texts = iter([TEXT, "", "Second text.\n"])
    results = clean_many(texts, FULL)
    assert next(results) == Cleaner(FULL).clean(TEXT)
    assert next(texts) == ""  # lazily: only the first text was taken
    assert list(Cleaner().map(["a\n", "b\n"])) == [clean("a\n"), clean("b\n")]


def test_clean_with_a_config_reuses_its_cleaner() -> None:
    first = cleaner_for(Config(ignore=("L004",)))
    assert cleaner_for(Config(ignore=["L004"])) is first
    assert clean(TEXT, Config(ignore=("L004",))) == first.clean(TEXT)


# --- logging ---------------------------------------------------------------------------------


def test_warnings_go_to_the_cleaner_logger(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="cleaner"):
        result = Cleaner(Config(max_chars=10)).clean(TEXT)
    assert result.report.warnings
    assert [r.getMessage() for r in caplog.records] == result.report.warnings
    assert {r.name for r in caplog.records} == {"cleaner"}


def test_library_warnings_are_silent_by_default() -> None:
    code = "from cleaner import *; print(clean('x' * 50, Config(max_chars=10)).report.warnings)"
    run = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert run.returncode == 0 and "over the limit" in run.stdout
    assert run.stderr == ""


def test_cli_prints_library_warnings_on_stderr() -> None:
    from typer.testing import CliRunner

    from cleaner.cli.app import app

    run = CliRunner().invoke(app, ["clean", "--max-chars", "10"], input=TEXT)
    assert run.exit_code == 0
    assert run.stdout == TEXT  # passed through
    assert run.stderr.startswith("clean-article: -: warning: document has 88 characters")
    assert not logging.getLogger("cleaner").handlers[1:]  # the CLI's handler is gone again
