"""Tests of the real-news benchmark's labels, loaders and scoring (``benchmarks/realnews``).

The labels file holds ids, offsets and judgements only; the tests that read PolNeAR, the
debates in ``../shared`` or the fetched transcript collections skip with a reason when they are
absent. Every example text below is made up for these tests.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.realnews import labels, sources
from benchmarks.realnews.run import Outcome, outcome_for, same_person, score

REPO_ROOT = Path(__file__).resolve().parents[1]
POLNEAR = Path(os.environ.get("POLNEAR_DIR", "/work/.mirror/networkdynamics+PolNeAR/repo"))

HEADER = ",".join(labels.FIELDS)


def _row(**kw: str) -> str:
    row = {
        "article": "nyt_2016-01-01_made-up",
        "polnear_split": "train",
        "start": "10",
        "end": "20",
        "sha1": "0123456789",
        "split": labels.article_split(kw.get("article", "nyt_2016-01-01_made-up")),
        "label": "faithful",
        "kind": "",
        "speaker": "Ann Lee",
        "source": "debate/2016-09-26",
        "turn": "3",
        "placed": "debate",
        "note": "",
    }
    row.update(kw)
    return ",".join(row[f] for f in labels.FIELDS)


def test_committed_labels_parse_and_count() -> None:
    got = labels.load()
    assert len(got) >= 300
    assert {lab.polnear_split for lab in got} <= {"train", "dev"}
    scored = [lab for lab in got if lab.label != "skip"]
    assert {lab.split for lab in scored} == {"tuning", "report"}
    assert {"faithful", "altered", "other_occasion", "not_in_source"} <= {
        lab.label for lab in scored
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"polnear_split": "test"}, "only train and dev"),
        ({"label": "great"}, "unknown label"),
        ({"label": "altered", "kind": ""}, "kind"),
        ({"split": "report" if labels.article_split("x") == "tuning" else "tuning"}, "hash"),
        ({"start": "30"}, "bad span"),
        ({"start": "ten"}, "integers"),
        ({"label": "faithful", "source": ""}, "needs the source"),
        ({"placed": "moon"}, "occasion"),
    ],
)
def test_bad_rows_are_refused_naming_the_line(change: dict[str, str], message: str) -> None:
    if "split" in change:
        change = {**change, "article": "x"}
    text = HEADER + "\n" + _row(**change) + "\n"
    with pytest.raises(labels.LabelError, match=message) as err:
        labels.parse(text, "made-up.csv")
    assert "made-up.csv:2" in str(err.value)


def test_a_quote_labelled_twice_is_refused() -> None:
    text = HEADER + "\n" + _row() + "\n" + _row() + "\n"
    with pytest.raises(labels.LabelError, match="twice"):
        labels.parse(text)


def test_the_span_digest_detects_another_snapshot() -> None:
    text = "The mayor said “we will rebuild the pier” on Monday."
    start = text.index("we")
    end = text.index("”")
    lab = labels.parse(
        HEADER
        + "\n"
        + _row(start=str(start), end=str(end), sha1=labels.span_digest(text[start:end]))
        + "\n"
    )[0]
    assert lab.text_matches(text)
    assert not lab.text_matches(text.replace("rebuild", "repair"))


@pytest.mark.parametrize(
    ("found", "labelled", "same"),
    [
        ("Donald Trump", "Donald Trump", True),
        ("Trump", "Donald Trump", True),
        ("Mr. Trump", "Donald Trump", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Trump Campaign", "Eric Trump", False),
        (None, "Ann Lee", False),
        ("Ann Lee", "Lee", True),
    ],
)
def test_same_person(found: str | None, labelled: str, same: bool) -> None:
    assert same_person(found, labelled) is same


def _result(start: int, end: int, verdict: str, level: str, speaker: str) -> SimpleNamespace:
    finding = SimpleNamespace(level=SimpleNamespace(value=level))
    return SimpleNamespace(
        start=start,
        end=end,
        verdict=SimpleNamespace(value=verdict),
        findings=(finding,),
        codes=("QC201",),
        speaker=speaker,
    )


def test_scoring_counts_false_errors_and_precision() -> None:
    rows = [
        _row(start="0", end="10", label="faithful"),
        _row(start="20", end="30", label="misattributed", kind="quoted"),
        _row(start="40", end="50", label="other_occasion", source="", placed="tweet"),
    ]
    labs = labels.parse(HEADER + "\n" + "\n".join(rows) + "\n")
    results = [
        _result(0, 10, "misattributed", "error", "Ann Lee"),
        _result(20, 30, "misattributed", "error", "Ann Lee"),
        _result(40, 50, "unverifiable", "info", "Bo Tan"),
    ]
    outcomes = [outcome_for(lab, results) for lab in labs]
    assert all(isinstance(o, Outcome) and o.extracted for o in outcomes)
    got = score(outcomes)
    assert got["targets"]["faithful_error_findings"] == 1
    assert got["error_precision"]["misattributed"] == {"n": 2, "right": 1, "precision": 0.5}
    assert got["attribution"]["right"] == 2
    assert got["attribution"]["errors_with_wrong_speaker"] == 0


@pytest.mark.parametrize(
    ("verdict", "level", "unaccused"),
    [
        pytest.param("verbatim", "none", 1.0, id="confirmed"),
        pytest.param("unverifiable", "info", 1.0, id="doubt is no accusation"),
        pytest.param("altered", "warning", 0.0, id="a warning still accuses"),
        pytest.param("fabricated", "warning", 0.0, id="fabricated"),
        pytest.param("translated_altered", "info", 0.0, id="translated_altered"),
    ],
)
def test_the_strict_pass_counts_accusations_at_any_level(
    verdict: str, level: str, unaccused: float
) -> None:
    (lab,) = labels.parse(HEADER + "\n" + _row(start="0", end="10", label="faithful") + "\n")
    got = score([outcome_for(lab, [_result(0, 10, verdict, level, "Ann Lee")])])
    assert got["targets"]["faithful_unaccused_rate"] == unaccused
    assert got["targets"]["faithful_pass_rate"] == 1.0  # no error-level finding either way


def test_an_unextracted_quote_is_counted_as_such() -> None:
    lab = labels.parse(HEADER + "\n" + _row() + "\n")[0]
    assert not outcome_for(lab, [_result(100, 120, "verbatim", "none", "Ann Lee")]).extracted


def test_missing_collections_are_reported_not_raised(tmp_path: Path) -> None:
    with pytest.raises(sources.SourcesUnavailable):
        sources.tcc_turns(tmp_path / "absent")
    with pytest.raises(sources.SourcesUnavailable):
        sources.debate_turns(tmp_path / "absent.csv")
    _, _, skipped = sources.load_all()
    assert isinstance(skipped, list)


@pytest.mark.shared
def test_debate_turns_from_shared() -> None:
    csv = REPO_ROOT.parent / "shared" / "data" / "debates2016-cc0" / "debate.csv"
    if not csv.is_file():
        pytest.skip(f"shared data not found at {csv}")
    turns, occasions = sources.debate_turns(csv)
    assert len(occasions) == 4
    assert {t.source for t in turns} == {o.source for o in occasions}


def test_labelled_spans_still_match_polnear() -> None:
    if not POLNEAR.exists():
        pytest.skip(f"PolNeAR not found at {POLNEAR} (set POLNEAR_DIR)")
    from benchmarks.common import polnear

    texts = {d.id: d.text for split in ("dev", "train") for d in polnear.load(POLNEAR, split)}
    labs = labels.load()
    assert all(lab.text_matches(texts[lab.article]) for lab in labs)


@pytest.mark.parametrize(
    ("name", "source", "date"),
    [
        ("2016-9-8-clinton-speech.txt", "paigecm/2016-9-8-clinton-speech", "2016-09-08"),
        ("2016-9-8-clinton-speech-2.txt", "paigecm/2016-9-8-clinton-speech-2", "2016-09-08"),
        # the collection's one month-day-year name: read, not dropped
        ("8-11-16-clinton-speech.txt", "paigecm/8-11-16-clinton-speech", "2016-08-11"),
        ("notes.txt", None, None),
    ],
)
def test_clinton_speech_names(
    tmp_path: Path, name: str, source: str | None, date: str | None
) -> None:
    folder = tmp_path / "Clinton documents"
    folder.mkdir()
    (folder / name).write_text("We made up these words.  For a test.", encoding="utf-8")
    turns, occasions = sources.paigecm_turns(tmp_path)
    assert [t.source for t in turns] == ([source] if source else [])
    assert [o.date for o in occasions] == ([date] if date else [])


def _made_up() -> labels.Label:
    return labels.Label(
        "nyt_2016-01-01_made-up", "train", 10, 20, "0123456789", "tuning", "altered", "",
        "Ann Lee", "debate/2016-09-26", 3, "debate", "",
    )  # fmt: skip


def _rescored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, row: dict[str, object], p: float
) -> Outcome:
    """``row`` (an ``--outcomes`` row of a made-up quote) rescored under a table whose one cell,
    ``altered:negation``, is right with probability ``p`` (seen on the tuning split)."""
    import json

    from benchmarks.realnews import __main__ as cli
    from quotecheck.score import calibration

    lab = _made_up()
    table = calibration.parse_calibration(
        {"prior": {"p": 0.5}, "cells": {"altered:negation": {"p": p, "n": 9, "right": 9}}}
    )
    monkeypatch.setattr(calibration, "load_calibration", lambda: table)
    path = tmp_path / "outcomes.json"
    base = {"quote": lab.key, "verdict": "altered", "codes": ["QC101", "QC110"]}
    path.write_text(json.dumps([{**base, "speaker_right": True, "key": "altered:negation", **row}]))
    (o,) = cli.rescore(path, [lab])
    return o


def test_a_rescore_raises_what_the_new_table_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quote run under table A (its cell unsure: the error a warning) rescored under table B
    (the cell sure) is an error again, as a fresh run under B says: the rescore starts from the
    ladder's level, not the level A left."""
    from benchmarks.realnews.__main__ import outcome_row

    run_a = Outcome(
        _made_up(), True, "altered", "warning", ("QC101", "QC110"), "Ann Lee", 0.5,
        "altered:negation", ladder_level="error", explicit=True,
    )  # fmt: skip
    row = outcome_row(run_a)
    assert (row["level"], row["ladder_level"], row["explicit"]) == ("warning", "error", True)
    keep = {k: row[k] for k in ("level", "ladder_level", "explicit")}
    assert _rescored(tmp_path, monkeypatch, keep, 0.97).level == "error"  # table B
    assert _rescored(tmp_path, monkeypatch, keep, 0.5).level == "warning"  # table A again


@pytest.mark.parametrize(
    ("level", "p", "rescored"),
    [
        pytest.param("error", 0.5, "warning", id="an error the new table doubts is lowered"),
        pytest.param("warning", 0.97, "warning", id="a warning stays one: no ladder level"),
        pytest.param("error", 0.97, "error", id="a sure error stays"),
    ],
)
def test_an_old_outcomes_row_is_rescored_from_its_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, level: str, p: float, rescored: str
) -> None:
    """A row written before ``ladder_level`` was recorded starts from its level as run: it
    can only be lowered (the behaviour before; ``benchmarks/realnews/README.md``)."""
    assert _rescored(tmp_path, monkeypatch, {"level": level}, p).level == rescored


@pytest.mark.parametrize(
    ("arm", "dates", "says", "never"),
    [
        pytest.param("declared", True, "declared arm", "as on a command line", id="declared"),
        pytest.param("command-line", False, "no article dates", "declared arm", id="no dates"),
        pytest.param("command-line", True, "those of the run rescored", "1009", id="no count"),
    ],
)
def test_a_rescored_run_says_its_arm_and_no_made_up_source_count(
    tmp_path: Path, arm: str, dates: bool, says: str, never: str
) -> None:
    """A rescore's results name the arm and dates it was asked for and give no count of
    sources it never read (it printed a typed 1009 and the command-line arm's header)."""
    from benchmarks.realnews.__main__ import markdown, rescored_info

    info = rescored_info(tmp_path / "o.json", [], arm=arm, dates=dates)
    empty = score([])
    res = {"date": "d", "commit": "c", "machine": "m", "info": info,
           "splits": {"report": empty, "tuning": empty}}  # fmt: skip
    md = markdown(res)
    assert says in md and never not in md


@pytest.mark.parametrize(
    ("argv", "split"),
    [
        ([], None),
        (["--show"], "tuning"),
        (["--show", "tuning"], "tuning"),
        (["--show", "report"], "report"),
    ],
)
def test_show_prints_one_split_and_tuning_unless_asked(argv: list[str], split: str | None) -> None:
    """``--show`` alone prints the tuning split's failing quotes only: the report split's
    quotes are read only when asked by name (the tuning protocol, README)."""
    from benchmarks.realnews.__main__ import _args

    assert _args(argv).show == split


def test_show_refuses_an_unknown_split() -> None:
    from benchmarks.realnews.__main__ import _args

    with pytest.raises(SystemExit):
        _args(["--show", "dev"])


@pytest.mark.parametrize(
    ("arm", "extra"),
    [
        ("command-line", []),
        ("declared", []),
        ("planted", []),
        ("command-line", ["--no-dates"]),
        ("planted", ["--rescore", "outcomes.json"]),
    ],
)
def test_a_missing_transcript_collection_stops_the_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arm: str,
    extra: list[str],
) -> None:
    from benchmarks.realnews import __main__ as bench

    def no_check(*_a: object, **_k: object) -> object:
        raise AssertionError("a refused run checks nothing")

    monkeypatch.setattr(sources, "load_all", lambda: ([], [], ["tcc_turns: /nowhere absent"]))
    monkeypatch.setattr(bench, "collect", no_check)
    monkeypatch.setattr(bench, "_planted", no_check)
    code = bench.main(["--polnear", str(tmp_path), "--arm", arm, "--no-write", *extra])
    assert code == bench.EXIT_PARTIAL != 0
    err = capsys.readouterr().err
    assert "tcc_turns: /nowhere absent" in err
    assert "--partial" in err


@pytest.mark.parametrize(
    ("skipped", "partial", "stops"),
    [
        ([], False, False),
        ([], True, False),
        (["debate_turns: no csv"], False, True),
        (["debate_turns: no csv"], True, False),
        (["debate_turns: no csv", "paigecm_turns: no dir"], False, True),
    ],
)
def test_a_partial_run_goes_on_only_when_asked(
    capsys: pytest.CaptureFixture[str], skipped: list[str], partial: bool, stops: bool
) -> None:
    from benchmarks.realnews import __main__ as bench

    assert bench.refused(skipped, partial=partial) is stops
    err = capsys.readouterr().err
    assert all(why in err for why in skipped)
    assert ("PARTIAL RUN" in err) is (partial and bool(skipped))


@pytest.mark.parametrize(
    ("skipped", "banner"),
    [([], False), (["tcc_turns: gone"], True)],
)
def test_a_partial_run_says_so_at_the_head_of_its_results(skipped: list[str], banner: bool) -> None:
    from benchmarks.realnews import __main__ as bench

    res = {
        "date": "2026-01-01 00:00 UTC",
        "commit": "abc",
        "machine": "m",
        "info": {"articles": 0, "sources": 1, "sources_skipped": skipped, "arm": "command-line"},
        "splits": {split: score([]) for split in ("report", "tuning")},
    }
    head = "\n".join(bench.markdown(res).splitlines()[:3])
    assert ("Partial run" in head and "tcc_turns: gone" in head) is banner
