"""User settings from TOML: loading, pyproject discovery, validation errors, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, Config
from cleaner.cli.app import app
from cleaner.settings import ConfigError, load_settings, parse_settings

runner = CliRunner()
BODY = (
    "The council met on Tuesday and voted to repair the old bridge before the winter.\n\n"
    "Residents had complained about the cracks for years, the mayor told reporters.\n\n"
)
PROMO = "Read more stories at Example Gazette online\n"
SETTINGS = """\
ignore = ["R002"]
max_removed_share = 0.4
keep-title = true

[phrases]
site_promo = ["^read more stories at example gazette"]
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_file_gives_config_options(tmp_path: Path) -> None:
    options = load_settings(write(tmp_path / "clean.toml", SETTINGS))
    config = Config(**options)
    assert config.ignore == ("R002",)
    assert config.max_removed_share == 0.4
    assert config.keep_title is True
    assert config.phrases["site_promo"] == ("^read more stories at example gazette",)


def test_user_phrase_removes_line_through_its_family(tmp_path: Path) -> None:
    options = load_settings(write(tmp_path / "clean.toml", SETTINGS))
    result = Cleaner(Config(**options)).clean(BODY + PROMO)
    assert "Example Gazette" not in result.text
    assert "old bridge" in result.text
    assert [r.code for r in result.report.removed] == ["P001"]
    assert "Example Gazette" in Cleaner().clean(BODY + PROMO).text


def test_user_phrase_with_fuzzy_matching_is_not_skipped_by_the_prefilter(tmp_path: Path) -> None:
    """``regex`` fuzzy constraints ("{e<=1}") require no literal: the literal prefilter must
    not read "gazette{e<=1}" as text to look for, or the phrase would never fire."""
    fuzzy = '[phrases]\nsite_promo = ["^read more stories at example (?:gazette){e<=1}"]\n'
    options = load_settings(write(tmp_path / "clean.toml", fuzzy))
    result = Cleaner(Config(**options)).clean(BODY + PROMO.replace("Gazette", "Gazete"))
    assert "Example Gazete" not in result.text
    assert [r.code for r in result.report.removed] == ["P001"]


def test_pyproject_table_is_found_in_cwd(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.clean-article]\nselect = ["P", "K"]\n',
    )
    assert load_settings(cwd=tmp_path) == {"select": ("P", "K")}


def test_pyproject_without_table_or_missing_gives_nothing(tmp_path: Path) -> None:
    assert load_settings(cwd=tmp_path) == {}
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_settings(cwd=tmp_path) == {}


def test_profile_path_is_relative_to_settings_file(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    write(tmp_path / "conf" / "p.json", '{"schema": 1, "sites": {"*": ["Share this"]}}')
    options = load_settings(write(tmp_path / "conf" / "s.toml", 'profile = "p.json"\n'))
    assert options["profile"] == {"*": frozenset({"share this"})}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("colour = 1\n", "colour: unknown key"),
        ("[phrases]\nnot_a_family = ['x']\n", "phrases.not_a_family: unknown phrase family"),
        ("select = ['Z999']\n", "select: unknown rule code 'Z999'"),
        ("ignore = ['Q']\n", "ignore: unknown rule code 'Q'"),
        ("ignore = 3\n", "ignore: expected a list of rule codes"),
        ("max_chars = 'many'\n", "max_chars: expected int, got str"),
        ("keep_title = 1\n", "keep_title: expected bool, got int"),
        ("max_removed_share = true\n", "max_removed_share: expected float or int, got bool"),
        ("max_removed_share = 2\n", "max_removed_share: must be between 0 and 1"),
        ("profile = 5\n", "profile: expected a file path string"),
        ("profile = 'missing.json'\n", "missing.json"),
        ("[phrases]\ncontact = 'x('\n", "phrases.contact[0]: invalid regex 'x('"),
        (
            "[phrases]\ncontact = ['ok', '(a+)+b']\n",
            "phrases.contact[1]: pattern '(a+)+b' is too slow",
        ),
        ("[phrases]\ncontact = ['a*']\n", "phrases.contact[0]: pattern 'a*' matches the empty"),
        ("[phrases]\ncontact = [1]\n", "phrases.contact: expected a list of regex strings"),
        ("phrases = 'x'\n", "phrases: expected a table"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "bad.toml", toml)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_pyproject_errors_name_the_table_key(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.clean-article]\nselekt = ['P']\n")
    with pytest.raises(ConfigError, match=r"tool\.clean-article\.selekt: unknown key"):
        load_settings(cwd=tmp_path)


def test_parse_settings_accepts_kebab_case_and_all_selector() -> None:
    assert parse_settings({"repeat-max-words": 8, "select": "all"}) == {
        "repeat_max_words": 8,
        "select": ("ALL",),
    }


def test_missing_settings_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        load_settings(tmp_path / "nope.toml")


def test_cli_config_option_applies_phrases(tmp_path: Path) -> None:
    conf = write(tmp_path / "clean.toml", SETTINGS)
    article = write(tmp_path / "a.txt", BODY + PROMO)
    result = runner.invoke(app, ["clean", str(article), "--config", str(conf)])
    assert result.exit_code == 0, result.output
    assert "old bridge" in result.output
    assert "Example Gazette" not in result.output


def test_cli_bad_config_is_a_usage_error_on_one_line(tmp_path: Path) -> None:
    conf = write(tmp_path / "bad.toml", "[phrases]\nnope = ['x']\n")
    article = write(tmp_path / "a.txt", BODY)
    result = runner.invoke(app, ["clean", str(article), "--config", str(conf)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "phrases.nope: unknown phrase family" in result.output


def test_cli_reads_pyproject_in_cwd_and_cli_ignore_adds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "pyproject.toml",
        "[tool.clean-article.phrases]\nsite_promo = ['^read more stories at example gazette']\n",
    )
    article = write(tmp_path / "a.txt", BODY + PROMO)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["clean", str(article)])
    assert result.exit_code == 0, result.output
    assert "Example Gazette" not in result.output
    result = runner.invoke(app, ["clean", str(article), "--ignore", "P001"])
    assert "Example Gazette" in result.output


TITLED = "# Council Fixes the Bridge\n\n" + BODY


@pytest.mark.parametrize("command", ["clean", "batch"])
def test_flags_the_user_typed_win_over_the_settings_file(tmp_path: Path, command: str) -> None:
    """defaults < settings file < flags typed, even a flag that gives the default value:
    with max_chars = 10 and keep_title = true in the file, --max-chars 20000000 cleans and
    --no-keep-title leaves the title out (it was the default, so the file used to win)."""
    conf = write(tmp_path / "clean.toml", "max_chars = 10\nkeep_title = true\n")
    (tmp_path / "in").mkdir()
    write(tmp_path / "in" / "a.txt", TITLED + PROMO)

    def cleaned(*flags: str) -> str:
        args = [str(tmp_path / "in" / "a.txt")]
        if command == "batch":
            args = [str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-j", "1", "-q"]
        result = runner.invoke(app, [command, *args, "--config", str(conf), *flags])
        assert result.exit_code == 0, result.output
        if command == "batch":
            return (tmp_path / "out" / "a.txt").read_text("utf-8")
        return result.stdout

    assert cleaned() == TITLED + PROMO  # over max_chars: passed through unchanged
    kept = cleaned("--max-chars", "20000000")
    assert kept.startswith("Council Fixes the Bridge\n") and "# Council" not in kept
    assert cleaned("--max-chars", "20000000", "--no-keep-title") == BODY + PROMO
