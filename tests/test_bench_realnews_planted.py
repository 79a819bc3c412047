"""Tests of the planted arm of the real-news benchmark (``benchmarks/realnews/planted.py``): the
cue finder, the name swap and its offset bookkeeping, the sentence insertion, the scoring.

Every text below is made up for these tests.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from benchmarks.realnews import planted
from benchmarks.realnews.labels import Label
from benchmarks.realnews.planted import INVENTED, PEOPLE, Plant, Planted
from benchmarks.realnews.run import Outcome

QUOTE = "We will fix the pier"
VERBS = frozenset({"said", "says", "told", "added", "asked", "argued", "insisted"})


def _is_verb(word: str) -> bool:
    return word in VERBS


def _span(text: str, words: str = QUOTE) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "speaker", "target", "old", "new"),
    [
        (
            "“We will fix the pier,” Trump said on Monday.",
            "Donald Trump",
            "Hillary Clinton",
            "Trump",
            "Clinton",
        ),
        (
            "Donald Trump said: “We will fix the pier.”",
            "Donald Trump",
            "Hillary Clinton",
            "Donald Trump",
            "Hillary Clinton",
        ),
        (
            "Mr. Trump told reporters, “We will fix the pier.”",
            "Donald Trump",
            "Hillary Clinton",
            "Mr. Trump",
            "Mrs. Clinton",
        ),
        (
            "“We will fix the pier,” said Clinton.",
            "Hillary Clinton",
            "Donald Trump",
            "Clinton",
            "Trump",
        ),
        (
            "According to Mike Pence, the plan is “We will fix the pier.”",
            "Mike Pence",
            "Tim Kaine",
            "Mike Pence",
            "Tim Kaine",
        ),
        (
            "“We will fix the pier,” Kaine quickly added.",
            "Tim Kaine",
            "Mike Pence",
            "Kaine",
            "Pence",
        ),
        (
            "The crowd cheered as Mr. Trump said, “We will fix the pier.”",
            "Donald Trump",
            "Hillary Clinton",
            "Mr. Trump",
            "Mrs. Clinton",
        ),
        (
            "Clinton told Trump, “We will fix the pier.”",
            "Hillary Clinton",
            "Donald Trump",
            "Clinton",
            "Trump",
        ),
        (
            "Hillary Clinton insisted, “We will fix the pier,” to applause.",
            "Hillary Clinton",
            "Norma Vantree",
            "Hillary Clinton",
            "Norma Vantree",
        ),
        (
            "Sen. Kaine argued: “We will fix the pier.”",
            "Tim Kaine",
            "Norma Vantree",
            "Sen. Kaine",
            "Ms. Vantree",
        ),
    ],
)
def test_the_cue_name_is_swapped_and_the_quote_keeps_its_words(
    text: str, speaker: str, target: str, old: str, new: str
) -> None:
    start, end = _span(text)
    cue = planted.find_cue(text, start, end, PEOPLE[speaker], _is_verb)
    assert cue is not None and text[cue.start : cue.end] == old
    p = planted.swap_name(text, start, end, cue, PEOPLE.get(target, INVENTED))
    assert (p.old, p.new) == (old, new)
    assert p.text[p.start : p.end] == QUOTE
    assert p.text == text[: cue.start] + new + text[cue.end :]
    moved = cue.end <= start
    assert p.start - start == (len(new) - len(old) if moved else 0)
    # Every offset of the original text maps onto the same character of the planted one.
    for i in (*range(0, cue.start), *range(cue.end, len(text))):
        assert p.text[planted.shift(i, p.at, p.delta)] == text[i]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name is the cue's object, not its subject.
        ("Clinton told Trump, “We will fix the pier.”", "Donald Trump"),
        # Named in another sentence.
        ("Trump said the week was long. “We will fix the pier,” she said.", "Donald Trump"),
        ("“We will fix the pier,” he said. Trump left early.", "Donald Trump"),
        # A possessive and a longer name are not the speaker.
        ("“We will fix the pier,” Trump’s aide said.", "Donald Trump"),
        ("“We will fix the pier,” Trump Tower said.", "Donald Trump"),
        # Named inside the quote only.
        ("“We will fix the pier, Trump said,” she told them.", "Donald Trump"),
        # Named, but with no reporting verb.
        ("“We will fix the pier,” a sign near Clinton read.", "Hillary Clinton"),
    ],
)
def test_no_cue_without_a_named_subject_in_the_quote_sentence(text: str, speaker: str) -> None:
    words = "We will fix the pier, Trump said" if "pier, Trump" in text else QUOTE
    start, end = _span(text, words)
    assert planted.find_cue(text, start, end, PEOPLE[speaker], _is_verb) is None


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Lee spoke.\n\n“We will fix the pier,” Lee said.\n\nThen the band played.", ("“", "”")),
        ('Lee spoke.\n"We will fix the pier," Lee said.\nThen the band played.', ('"', '"')),
        ("Lee spoke. ''We will fix the pier,'' Lee said.", ("''", "''")),
        ("“We will fix the pier,” Lee said.", ("“", "”")),
    ],
)
def test_an_invented_sentence_is_inserted_after_the_paragraph(
    text: str, marks: tuple[str, str]
) -> None:
    start, end = _span(text)
    assert planted.marks_of(text, start) == marks
    sentence = "The lighthouse keepers will all get a raise"
    p = planted.insert_sentence(text, end, sentence, "Mr. Lee", "at the debate", marks)
    assert p.text[p.start : p.end] == sentence + ","
    line = p.text[p.at :].lstrip("\n").split("\n")[0]
    assert line == f"{marks[0]}{sentence},{marks[1]} Mr. Lee said at the debate."
    # The article's own text and quote are where the offsets say.
    assert p.text[: p.at] == text[: p.at]
    assert p.text[p.at + p.delta :] == text[p.at :]
    s2, e2 = planted.shift(start, p.at, p.delta), planted.shift(end, p.at, p.delta)
    assert p.text[s2:e2] == QUOTE
    paragraph_end = text.find("\n", end)
    assert p.at == (paragraph_end if paragraph_end >= 0 else len(text))


def test_the_invented_sentences_are_sorted_unique_and_not_quotes() -> None:
    got = planted.load_sentences()
    assert len(got) >= 10
    assert got == sorted(set(got))
    assert not any(c in s for s in got for c in '"“”')


@pytest.mark.parametrize(
    ("text", "words", "sentence"),
    [
        (
            "Earlier, he left. Then Mr. Lee said “We will fix the pier.” Later, rain.",
            QUOTE,
            "Then Mr. Lee said “We will fix the pier",
        ),
        (
            "“We will fix the pier?” Lee asked. Later, rain.",
            QUOTE + "?",
            "“We will fix the pier?” Lee asked",
        ),
        (
            "“We will fix the pier?” Lee asked. Later, rain.",
            QUOTE,
            "“We will fix the pier?” Lee asked",
        ),
        ("“We will fix the pier.” he said. Later, rain.", QUOTE, "“We will fix the pier.” he said"),
        (
            "“We will fix the pier.” he said. Later, rain.",
            QUOTE + ".",
            "“We will fix the pier.” he said",
        ),
        (
            "Lee said that the plan “We will fix the pier.” Trump called it late.",
            QUOTE + ".",
            "Lee said that the plan “We will fix the pier.",
        ),
        (
            "It rained.\n“We will fix the pier,” Lee said\nLater, rain.",
            QUOTE,
            "“We will fix the pier,” Lee said",
        ),
    ],
)
def test_sentence_bounds_skip_titles_and_the_quote_own_mark(
    text: str, words: str, sentence: str
) -> None:
    start, end = _span(text, words)
    lo, hi = planted.sentence_bounds(text, start, end)
    assert text[lo:hi].strip() == sentence


def _label(split: str, label: str = "faithful", start: int = 0) -> Label:
    return Label(
        "made_2016-01-01_up", "train", start, start + 10, "0123456789", split, label, "",
        "Donald Trump", "debate/2016-09-26", 1, "debate", "",
    )  # fmt: skip


def _plant(kind: str, near: bool | None = False, reason: str = "") -> Plant:
    return Plant(
        kind, _label("report"), Planted("x" * 20, 0, 10, 0, 0, "", ""), near=near, reason=reason
    )


def test_precision_pools_natural_and_planted_under_both_levels() -> None:
    natural = [
        Outcome(_label("report"), True, "misattributed", "error", confidence=0.5),
        Outcome(_label("report", "misattributed", 20), True, "misattributed", "error",
                confidence=0.95),
        Outcome(_label("report", "not_in_source", 40), True, "fabricated", "warning"),
    ]  # fmt: skip
    plants = [
        (_plant("misattribution"), Outcome(_label("report"), True, "misattributed", "error",
                                           confidence=0.5)),
        (_plant("control", True, planted.miss_reason(["QC204"], "")),
         Outcome(_label("report"), True, "verbatim", "info", codes=("QC204",))),
        (_plant("fabrication", None), Outcome(_label("report"), True, "fabricated", "error",
                                              confidence=0.4)),
        (_plant("misattribution"), Outcome(_label("report"), True, "fabricated", "error",
                                           confidence=0.4)),
    ]  # fmt: skip
    got = planted.score_split(natural, plants, threshold=0.9)
    ladder, shipped = got["ladder"], got["shipped"]
    assert ladder["precision"]["misattributed"] == {
        "natural": {"n": 2, "right": 1},
        "planted": {"n": 1, "right": 1},
        "n": 3,
        "right": 2,
        "precision": 0.6667,
    }
    assert ladder["precision"]["fabricated"]["planted"] == {"n": 2, "right": 1}
    assert ladder["plants"]["misattribution"]["caught_error"] == 1
    assert ladder["plants"]["misattribution"]["missed_verdicts"] == {"fabricated": 1}
    assert ladder["plants"]["control"]["near"]["missed_reasons"] == {
        "taken as the source speaker's (QC204)": 1
    }
    assert ladder["plants"]["misattribution"]["missed_reasons"] == {"other": 1}
    # The shipped table lowers the unsure ones to warnings: only the sure natural one stays.
    assert shipped["precision"]["misattributed"]["n"] == 1
    assert shipped["precision"]["fabricated"]["n"] == 0
    assert shipped["plants"]["misattribution"]["caught_warning"] == 1
    assert shipped["plants"]["fabrication"]["caught_warning"] == 1
    assert "| shipped | `fabricated` |" in planted.markdown(
        {"date": "d", "commit": "c", "machine": "m", "splits": {"report": got, "tuning": got},
         "info": {"articles": 1, "declared_articles": 1, "plants": 4, "threshold": 0.9}}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("codes", "explanation", "reason"),
    [
        (["QC204"], "identical to the source", "taken as the source speaker's (QC204)"),
        (["QC302"], "no source was given for Ann Lee", "no source for the named speaker"),
        (["QC302"], "similar words in x, but that source is of another occasion (…)",
         "similar words in a source of another occasion"),
        (["QC301"], "attributed to Ann Lee, but nothing close enough is in their sources",
         "nothing close enough"),
        ([], "a new kind of explanation", "other"),
    ],
)  # fmt: skip
def test_miss_reasons(codes: list[str], explanation: str, reason: str) -> None:
    assert planted.miss_reason(codes, explanation) == reason


@pytest.mark.parametrize(
    ("text", "speaker", "found"),
    [
        ("Trump's plan, Mr. Trump said, and Donald J. Trump agreed.", "Donald Trump",
         ["Trump", "Mr. Trump", "Donald J. Trump"]),
        ("Bill Clinton and Trump Tower; then Clinton spoke.", "Hillary Clinton", ["Clinton"]),
        ("Bill Clinton praised Former Secretary Hillary Clinton.", "Hillary Clinton",
         ["Secretary Hillary Clinton"]),
        ("Sen. Kaine met Gov. Mike Pence and Pence's aide.", "Mike Pence",
         ["Gov. Mike Pence", "Pence"]),
    ],
)  # fmt: skip
def test_mentions_of_a_person(text: str, speaker: str, found: list[str]) -> None:
    got = planted.mentions(text, 0, len(text), PEOPLE[speaker])
    assert [text[c.start : c.end] for c in got] == found


@pytest.mark.parametrize(
    ("text", "target", "want"),
    [
        ("Trump's rally. “We will fix the pier,” Mr. Trump said. Trump left.", "Hillary Clinton",
         "Clinton's rally. “We will fix the pier,” Mrs. Clinton said. Clinton left."),
        ("Donald Trump came. Trump said: “We will fix the pier.”", "Norma Vantree",
         "Norma Vantree came. Vantree said: “We will fix the pier.”"),
        ("“We will fix the pier,” said Trump, and Trump's aide nodded.", "Hillary Clinton",
         "“We will fix the pier,” said Clinton, and Clinton's aide nodded."),
    ],
)  # fmt: skip
def test_a_passage_swap_keeps_the_quote_in_place(text: str, target: str, want: str) -> None:
    start, end = _span(text)
    cues = planted.mentions(text, 0, len(text), PEOPLE["Donald Trump"])
    p = planted.swap_names(text, start, end, cues, PEOPLE.get(target, INVENTED))
    assert p.text == want
    assert p.text[p.start : p.end] == QUOTE
    assert p.delta == len(want) - len(text)
    assert p.text[: p.at] == text[: p.at]


def test_plants_are_built_from_faithful_cued_quotes_only() -> None:
    text = (
        "Trump spoke in Ohio.\n\n“We will fix the pier,” Trump said.\n\n"
        "“The ferry is late,” a voter said.\n\n“Bridges matter,” he added."
    )
    s1, e1 = _span(text)
    s2, e2 = _span(text, "The ferry is late")
    s3, e3 = _span(text, "Bridges matter")
    labs = [
        dataclasses.replace(_label("report"), start=s1, end=e1, source="debate/x"),
        dataclasses.replace(_label("report"), start=s2, end=e2, speaker="voter"),
        dataclasses.replace(_label("report"), start=s3, end=e3, source="debate/x"),
        dataclasses.replace(_label("report", "altered"), start=s1 + 1, end=e1),
    ]
    got = planted.build_plants(
        labs, {labs[0].article: text}, {"debate/x": "debate"}, _is_verb, ["An invented line"]
    )
    assert [(p.kind, p.anchor.start) for p in got] == [
        ("misattribution", s1),
        ("control", s1),
        ("passage", s1),
        ("passage-control", s1),
        ("fabrication", s1),
    ]
    assert all(p.near for p in got[:2])  # "Trump spoke in Ohio" stays within the window
    passage = got[2].planted
    assert not got[2].near and passage.text.startswith("Clinton spoke in Ohio.")
    assert passage.text[passage.start : passage.end] == QUOTE
    fab = got[4].planted
    assert fab.text[fab.start : fab.end] == "An invented line,"
    assert "“An invented line,” Trump said at the debate." in fab.text


def test_the_planted_arm_writes_its_outcomes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--arm planted --outcomes PATH`` writes one row a natural and a planted quote, ids
    and levels only, like the other arms (it wrote nothing before: tidy review item 7)."""
    import argparse

    from benchmarks.realnews import __main__ as cli

    moved = dataclasses.replace(_plant("fabrication").planted, start=40, end=60)
    plant = dataclasses.replace(_plant("fabrication", reason="nothing close enough"), planted=moved)
    natural = [Outcome(_label("tuning"), True, "verbatim", "none", confidence=0.97, key="verbatim")]
    found = Outcome(plant.label, True, "fabricated", "error", ("QC301",), None, 0.4, "fabricated")
    info = {"threshold": 0.9}
    monkeypatch.setattr(planted, "collect", lambda *a, **k: (natural, [(plant, found)], info))
    monkeypatch.setattr(planted, "results", lambda *a: {})
    monkeypatch.setattr(planted, "markdown", lambda res: "")
    path = tmp_path / "planted.json"
    args = argparse.Namespace(no_dates=False, show=False, outcomes=path, no_write=True)
    assert cli._planted(args, [], tmp_path) == 0
    rows = json.loads(path.read_text())
    assert [(r["quote"], r["plant"], r["label"], r["verdict"], r["right"]) for r in rows] == [
        ("made_2016-01-01_up:0-10", None, "faithful", "verbatim", True),
        ("made_2016-01-01_up:40-60", "fabrication", "fabricated", "fabricated", True),
    ]
    assert rows[1]["anchor"] == "made_2016-01-01_up:0-10" and rows[1]["split"] == "report"
    assert (rows[1]["level"], rows[1]["shipped_level"]) == ("error", "warning")
    assert rows[0].keys() <= rows[1].keys()
    assert "x" * 20 not in path.read_text()  # the planted text is not written
