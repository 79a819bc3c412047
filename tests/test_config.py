"""Configuration: where it is found, precedence, and errors that name the key and the values."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.config import LintConfig, Settings, find_config, load_config
from quotecheck.errors import ConfigError
from quotecheck.models import Level


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_file_upwards(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.quotecheck]\nfail-level = "warning"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: skipped
    assert find_config(deep) == (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "a" / "quotecheck.toml", 'fail-level = "info"\n')
    loaded = load_config(start=deep, environ={})
    assert loaded.path == (tmp_path / "a" / "quotecheck.toml").resolve()
    assert loaded.root == (tmp_path / "a").resolve()
    assert loaded.config.fail_level is Level.INFO


def test_quotecheck_toml_may_use_the_tool_table(tmp_path: Path) -> None:
    write(tmp_path / "quotecheck.toml", '[tool.quotecheck]\nselect = ["QC1"]\n')
    assert load_config(start=tmp_path, environ={}).config.select == ("QC1",)


def test_precedence_cli_over_env_over_file(tmp_path: Path) -> None:
    write(tmp_path / "quotecheck.toml", 'fail-level = "info"\nselect = ["QC1"]\ncache = true\n')
    env = {"QUOTECHECK_FAIL_LEVEL": "warning", "QUOTECHECK_CACHE": "no"}
    cfg = load_config(start=tmp_path, environ=env).config
    assert cfg.fail_level is Level.WARNING and cfg.cache is False and cfg.select == ("QC1",)
    cfg = load_config(start=tmp_path, environ=env, overrides={"fail_level": "error"}).config
    assert cfg.fail_level is Level.ERROR
    env = {"QUOTECHECK_SELECT": "QC110, number-changed", "QUOTECHECK_DEBUG": "1"}
    assert load_config(start=tmp_path, environ=env).config.select == ("QC110", "number-changed")


def test_isolated_and_explicit_config(tmp_path: Path) -> None:
    write(tmp_path / "quotecheck.toml", 'fail-level = "info"\n')
    other = write(tmp_path / "elsewhere" / "custom.toml", 'fail-level = "warning"\n')
    assert load_config(start=tmp_path, environ={}, isolated=True).config.fail_level is Level.ERROR
    cfg = load_config(start=tmp_path, environ={}, config_file=other).config
    assert cfg.fail_level is Level.WARNING
    cfg = load_config(start=tmp_path, environ={"QUOTECHECK_CONFIG": str(other)}).config
    assert cfg.fail_level is Level.WARNING


@pytest.mark.parametrize(
    ("toml", "needles"),
    [
        ("colour = true\n", ["unknown key 'colour'", "allowed keys:", "fail-level", "select"]),
        ('fail-level = "fatal"\n', ["fail-level", "'info', 'warning' or 'error'", "'fatal'"]),
        ('select = ["QC999"]\n', ["select", "QC999", "quotecheck rule --list"]),
        ('ignore = ["not-a-rule"]\n', ["ignore", "not-a-rule"]),
        ('[severity]\nQC101 = "loud"\n', ["severity.QC101", "'info', 'warning' or 'error'"]),
        ('[severity]\nQC998 = "error"\n', ["severity", "QC998"]),
        ('[per-file-ignores]\n"a/*.md" = ["QC7"]\n', ["per-file-ignores", "QC7"]),
        # [thresholds] is the older name of [score]
        ("[thresholds]\nfound-min = 2\n", ["score.found-min", "less than or equal to 1"]),
        ("[score]\nfoundmin = 0.4\n", ["unknown key 'foundmin'", "found-min", "echo-words"]),
        ("[match]\nwhole-min = 1.5\n", ["match.whole-min", "less than or equal to 1"]),
        ("[xling]\nparaphrase-min = -1\n", ["xling.paraphrase-min", "greater than or equal"]),
        ('[extract]\nparse = "some"\n', ["extract.parse", "'focused' or 'full'"]),
        ("[match]\nbogus = 1\n", ["unknown key 'bogus' in match", "seed-budget"]),
        ('output-format = "pdf"\n', ["output-format", "'pdf'", "sarif", "junit"]),
        ("max-file-bytes = 0\n", ["max-file-bytes", "greater than 0"]),
        ('aliases = [["Solo"]]\n', ["aliases", "two or more names"]),
        ('[sources]\n"a/*.md" = [{ file = "s.txt" }]\n', ["unknown key 'file'", "path"]),
        ('[sources]\n"a/*.md" = [{ path = "s.txt", kind = "memo" }]\n', ["kind", "transcript"]),
        ("fail-level = \n", ["not valid TOML"]),
    ],
)
def test_config_errors_name_key_and_allowed_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, needles: list[str]
) -> None:
    write(tmp_path / "quotecheck.toml", toml)
    with pytest.raises(ConfigError) as info:
        load_config(start=tmp_path, environ={})
    for needle in needles:
        assert needle in str(info.value)
    # The CLI turns it into exit 2 with the message on stderr (no article is read).
    code = main(["check", str(tmp_path), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "quotecheck.toml" in err and needles[0] in err
    assert "Traceback" not in err


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.quotecheck]\nincludes = []\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.quotecheck\].*'includes'"):
        load_config(start=tmp_path, environ={})


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"QUOTECHECK_FAIL_LEVEL": "fatal"}, "QUOTECHECK_FAIL_LEVEL"),
        ({"QUOTECHECK_CACHE": "maybe"}, "expected one of 1, true"),
        ({"QUOTECHECK_SELEKT": "QC1"}, "unknown environment variable QUOTECHECK_SELEKT"),
        ({"QUOTECHECK_IGNORE": "QC9"}, "QUOTECHECK_IGNORE"),
    ],
)
def test_environment_errors(tmp_path: Path, env: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        load_config(start=tmp_path, environ=env)


def test_cli_value_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "a.md", "No quotes here.\n")
    assert main(["check", str(tmp_path), "--select", "QC999", "--isolated"]) == 2
    assert "command line: select" in capsys.readouterr().err
    assert main(["check", str(tmp_path), "--report", "pdf=out.pdf"]) == 2
    assert "FORMAT=PATH" in capsys.readouterr().err
    assert main(["check", str(tmp_path), "--jobs", "-1"]) == 2
    assert "--jobs" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["check", str(tmp_path), "--fail-level", "fatal"])
    assert info.value.code == 2


def test_lint_config_gives_library_settings(tmp_path: Path) -> None:
    cfg = LintConfig.model_validate(
        {
            "language": "de",
            "models": {"de": "de_core_news_sm"},
            "alias-files": ["aliases.tsv"],
            "aliases": {"North Korea": ["DPRK"]},
            "score": {"found-min": 0.6},
            "match": {"seed-budget": 300},
            "xling": {"paraphrase-min": 0.7},
            "extract": {"parse": "full"},
        }
    )
    settings = cfg.settings(tmp_path)
    assert isinstance(settings, Settings)
    assert settings.language == "de" and settings.models == {"de": "de_core_news_sm"}
    assert settings.alias_files == (tmp_path / "aliases.tsv",)
    assert settings.aliases == (("North Korea", "DPRK"),)
    # each section reaches the library as it is
    assert settings.score.found_min == 0.6 and settings.match.seed_budget == 300
    assert settings.xling.paraphrase_min == 0.7 and settings.extract.parse == "full"
    assert cfg.settings(tmp_path, language="fr").language == "fr"
    # snake_case keys are accepted too, and the library's Settings is unchanged.
    assert LintConfig.model_validate({"fail_level": "info"}).fail_level is Level.INFO
    assert Settings().score.found_min == 0.5


@pytest.mark.parametrize(
    ("data", "section", "key", "value"),
    [
        ({"thresholds": {"found-min": 0.6}}, "score", "found_min", 0.6),
        (
            {"thresholds": {"found-min": 0.6}, "score": {"short-min": 0.8}},
            "score",
            "short_min",
            0.8,
        ),
        ({"max-quote-chars": 100}, "extract", "max_quote_chars", 100),
        ({"parse": "full", "extract": {"max-quote-chars": 7}}, "extract", "parse", "full"),
        (
            {"max_quote_chars": 9, "extract": {"max-quote-chars": 7}},
            "extract",
            "max_quote_chars",
            9,
        ),
    ],
)
def test_older_keys_are_read_into_the_tree(
    data: dict[str, object], section: str, key: str, value: object
) -> None:
    """``[thresholds]`` and top-level ``max-quote-chars``/``parse`` still work (the older
    spelling wins, as an environment variable or the command line does)."""
    for model in (LintConfig, Settings):
        got = model.model_validate(data)
        assert getattr(getattr(got, section), key) == value


def test_max_quote_chars_from_the_environment(tmp_path: Path) -> None:
    (tmp_path / "quotecheck.toml").write_text("[extract]\nmax-quote-chars = 50\n", "utf-8")
    cfg = load_config(start=tmp_path, environ={"QUOTECHECK_MAX_QUOTE_CHARS": "70"}).config
    assert cfg.extract.max_quote_chars == 70


def test_every_setting_is_documented() -> None:
    """Each key of each section of the settings tree has a row in docs/verdicts.md."""
    from quotecheck.config import SECTIONS

    docs = (Path(__file__).parent.parent / "docs" / "verdicts.md").read_text("utf-8")
    for section, model in SECTIONS.items():
        heading = f"### `[{section}]`"
        assert heading in docs, heading
        table = docs.split(heading, 1)[1].split("\n### ", 1)[0]
        for name in model.model_fields:
            assert f"`{name.replace('_', '-')}`" in table, f"[{section}] {name}"
