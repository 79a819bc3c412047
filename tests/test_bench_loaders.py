"""Tests of the benchmark loaders (GUM, GePaDe, PolNeAR format) and of the metrics.

Tests marked ``shared`` read ``../shared/data`` next to the repository and are skipped when
it is absent.  Every example text below is made up for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.common import (
    GoldQuote,
    double_quote_regions,
    gold_from_regions,
    region_is_quoted_content,
    strip_span,
)
from benchmarks.common import gepade as gepade_loader
from benchmarks.common import gum as gum_loader
from benchmarks.common import polnear as polnear_loader
from benchmarks.common.metrics import (
    Prediction,
    match,
    name_tokens,
    overlap,
    prf,
    score_document,
    speaker_correct,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared" / "data"
GUM_DIR = SHARED / "gum-wikinews-quotes"
GEPADE_DIR = SHARED / "gepade-spkatt2023"
OPENING = set("\"\u201c\u201e\u00bb\u2018'")
CLOSING = set("\"\u201d\u201c\u00ab\u2019'")


def _need(path: Path) -> None:
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}")


# ----------------------------------------------------------------------------- GUM


@pytest.fixture(scope="module")
def gum_docs() -> list[gum_loader.GumDocument]:
    _need(GUM_DIR)
    return gum_loader.load(GUM_DIR)


@pytest.mark.shared
def test_gum_counts(gum_docs: list[gum_loader.GumDocument]) -> None:
    assert len(gum_docs) == 43
    raw = [(d.group, q) for d in gum_docs for q in d.raw_quotes or []]
    assert len(raw) == 97
    assert sum(g == "news" for g, _ in raw) == 84
    assert sum(g == "interview" for g, _ in raw) == 13
    # merging sentence-split pieces leaves fewer, never more, gold quotes
    assert 0 < sum(len(d.quotes) for d in gum_docs) <= 97


@pytest.mark.shared
def test_gum_offsets_slice_rebuilt_text(gum_docs: list[gum_loader.GumDocument]) -> None:
    for d in gum_docs:
        for q in d.raw_quotes or []:
            piece = d.text[q.start : q.end]
            assert piece and piece == piece.strip()
        for g in d.quotes:
            assert 0 <= g.start < g.end <= len(d.text)
            assert (g.start, g.end) == strip_span(d.text, g.start, g.end)


@pytest.mark.shared
def test_gum_gold_spans_exclude_marks(gum_docs: list[gum_loader.GumDocument]) -> None:
    marked = 0
    for d in gum_docs:
        for g in d.quotes:
            if not g.marked:
                continue
            marked += 1
            assert d.text[g.start] not in OPENING - {"'"}
            assert d.text[g.end - 1] not in '"\u201d'
            before = d.text[: g.start].rstrip()[-1:]
            after = d.text[g.end :].lstrip()[:1]
            assert before in OPENING or after in CLOSING
    assert marked > 60


@pytest.mark.shared
def test_gum_spacing(gum_docs: list[gum_loader.GumDocument]) -> None:
    text = "\n".join(d.text for d in gum_docs)
    for bad in (" ,", " .\n", "( ", " )", " n't", " 's "):
        assert bad not in text
    assert "\n\n" in gum_docs[0].text


def test_gum_normalise_span_made_up() -> None:
    text = 'She said "we will go," and left. Then "maybe" ((gloss)).'
    s = text.index('"we')
    e = text.index(" and")
    start, end, marked = gum_loader.normalise_span(text, s, e)
    assert text[start:end] == "we will go,"
    assert marked
    s2 = text.index('"maybe')
    start, end, _ = gum_loader.normalise_span(text, s2, len(text) - 1)
    assert text[start:end] == "maybe"


# ----------------------------------------------------------------------------- GePaDe


@pytest.fixture(scope="module")
def gepade_dev() -> list[gepade_loader.GepadeDocument]:
    _need(GEPADE_DIR)
    return gepade_loader.load(GEPADE_DIR, "dev")


@pytest.mark.shared
def test_gepade_counts(gepade_dev: list[gepade_loader.GepadeDocument]) -> None:
    assert len(gepade_dev) == 18
    assert sum(d.n_tokens for d in gepade_dev) == 14_519
    gold = [q for d in gepade_dev for q in d.quotes]
    assert len(gold) == 16
    assert sum(bool(q.speaker_spans) for q in gold) == 8


@pytest.mark.shared
def test_gepade_offsets_and_marks(gepade_dev: list[gepade_loader.GepadeDocument]) -> None:
    import json

    for d in gepade_dev:
        data = json.loads((GEPADE_DIR / "dev" / f"{d.id}.json").read_text(encoding="utf-8"))
        assert d.token_spans is not None
        for sent in data["Sentences"]:
            for i, tok in enumerate(sent["Tokens"]):
                s, e = d.token_spans[f"{sent['SentenceId']}:{i}"]
                assert d.text[s:e] == tok
        for g in d.quotes:
            assert d.text[g.start - 1] in "\u201e\u00bb"
            assert d.text[g.end] in "\u201c\u00ab"
            for s, e in g.speaker_spans:
                assert d.text[s:e].strip() == d.text[s:e] != ""


def test_gepade_rebuild_made_up() -> None:
    text, spans = gepade_loader.rebuild(
        [
            {"SentenceId": 0, "Tokens": ["Er", "sagte", ":", "„", "Nein", "!", "“"]},
            {"SentenceId": 1, "Tokens": ["Gut", "."]},
        ]
    )
    assert text == "Er sagte: „Nein!“ Gut."
    assert text[slice(*spans["0:4"])] == "Nein"
    assert double_quote_regions(text, gepade_loader.GERMAN_PAIRS) == [(11, 16)]


# ----------------------------------------------------------------------------- PolNeAR


MADE_UP_TEXT = (
    "The mayor said, “The bridge opens Monday.” Critics disagreed.\n\n"
    "A “so-called” plan was shown on “Morning Talk” yesterday, she noted.\n\n"
    'Headline: Mayor ‘Ready’ to Build. He said "we can" do it.'
)


def _made_up_ann(text: str) -> str:
    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    src, cue, con = at("The mayor"), at("said"), at("“The bridge opens Monday.”")
    he, said2, con2 = at("He said"), at('said "we'), at('"we can" do it')
    he = (he[0], he[0] + 2)
    mayor2, con3 = at("Mayor"), at("‘Ready’")
    said2 = (said2[0], said2[0] + 4)
    rows = [
        f"T1\tSource {src[0]} {src[1]}\tThe mayor",
        f"T2\tCue {cue[0]} {cue[1]}\tsaid",
        f"T3\tContent {con[0]} {con[1]}\tx",
        f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tSource {he[0]} {he[1]}\tHe",
        f"T6\tCue {said2[0]} {said2[1]}\tsaid",
        f"T7\tContent {con2[0]} {con2[0] + 4};{con2[0] + 5} {con2[1]}\tx",
        f"T8\tAttribution {said2[0]} {said2[1]}\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        f"T9\tSource {mayor2[0]} {mayor2[1]}\tMayor",
        f"T10\tContent {con3[0]} {con3[1]}\tx",
        f"T11\tAttribution-no-source {con3[0]} {con3[1]}\tx",
        "E3\tAttribution-no-source:T11 Content:T10 Source:T9",
    ]
    return "\n".join(rows) + "\n"


def test_polnear_parse_ann() -> None:
    atts = polnear_loader.parse_ann(_made_up_ann(MADE_UP_TEXT))
    assert len(atts) == 3
    assert len(atts[1].content) == 2  # a discontinuous span
    assert MADE_UP_TEXT[slice(*atts[0].source[0])] == "The mayor"


def test_polnear_loader_on_fake_checkout(tmp_path: Path) -> None:
    for split in ("dev", "train"):
        (tmp_path / "data" / split / "text").mkdir(parents=True)
        (tmp_path / "data" / split / "attributions").mkdir(parents=True)
        (tmp_path / "data" / split / "text" / "art.txt").write_text(MADE_UP_TEXT, "utf-8")
        (tmp_path / "data" / split / "attributions" / "art_zz.ann").write_text("", encoding="utf-8")
        (tmp_path / "data" / split / "attributions" / "art_aa.ann").write_text(
            _made_up_ann(MADE_UP_TEXT), encoding="utf-8"
        )
    docs = polnear_loader.load(tmp_path, "dev")
    assert len(docs) == 1
    got = {docs[0].text[q.start : q.end]: q.speaker_text for q in docs[0].quotes}
    # scare quotes and titles are not inside any Content, so they are not gold
    assert got == {"The bridge opens Monday.": "The mayor", "we can": "He", "Ready": "Mayor"}
    with pytest.raises(ValueError):
        polnear_loader.load(tmp_path, "test")


def test_polnear_unavailable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("POLNEAR_DIR", raising=False)
    with pytest.raises(polnear_loader.PolnearUnavailable):
        polnear_loader.resolve_dir(None)
    with pytest.raises(polnear_loader.PolnearUnavailable):
        polnear_loader.load(tmp_path, "dev")


def test_blank_markup_keeps_offsets() -> None:
    text = 'Before <tweet id="1" author="@x">inside</tweet> after'
    out = polnear_loader.blank_markup(text)
    assert len(out) == len(text)
    assert '"' not in out and "inside" in out


# ----------------------------------------------------------------------------- regions


def test_double_quote_regions() -> None:
    pairs = polnear_loader.ENGLISH_PAIRS
    text = 'He said "yes" and “no ‘maybe’ never.”\n\n“Open paragraph\n\n“Next one.”'
    got = [text[s:e] for s, e in double_quote_regions(text, pairs)]
    assert got == ["yes", "no ‘maybe’ never.", "Open paragraph", "Next one."]
    text2 = "The group’s ‘plan’ won’t ‘work"
    got2 = [text2[s:e] for s, e in double_quote_regions(text2, pairs, curly_singles=True)]
    assert got2 == ["plan"]
    text3 = "''We are done,'' said Ann. A ''quiet deal'' and an empty '' string."
    got3 = [text3[s:e] for s, e in double_quote_regions(text3, pairs, doubled=True)]
    assert got3 == ["We are done,", "quiet deal"]
    assert double_quote_regions(text3, pairs) == []


def test_region_selection() -> None:
    assert region_is_quoted_content((10, 20), [(12, 15)])  # content inside the marks
    assert region_is_quoted_content((10, 20), [(9, 21)])  # content includes the marks
    assert region_is_quoted_content((10, 20), [(0, 16)])  # covers more than half
    assert not region_is_quoted_content((10, 20), [(0, 13)])
    assert not region_is_quoted_content((10, 20), [])
    text = "x" * 40
    gold = gold_from_regions(text, [(10, 20), (30, 35)], [([(9, 21)], [(0, 3)])])
    assert gold == [GoldQuote(10, 20, ((0, 3),), "xxx")]


# ----------------------------------------------------------------------------- metrics


def test_overlap() -> None:
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 10), (5, 15)) == 0.5
    assert overlap((0, 10), (0, 30)) == pytest.approx(1 / 3)
    assert overlap((0, 10), (10, 20)) == 0.0
    assert overlap((0, 0), (0, 0)) == 0.0


def test_match_is_one_to_one() -> None:
    gold = [(0, 10), (20, 30)]
    pred = [(0, 10), (1, 10), (21, 29), (50, 60)]
    assert match(gold, pred, exact=True) == [(0, 0)]
    assert match(gold, pred) == [(0, 0), (1, 2)]
    # one long prediction cannot cover two short gold quotes
    assert match([(0, 10), (12, 22)], [(0, 22)]) == []


def test_prf() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(3, 4, 6)
    assert (p, r) == (0.75, 0.5)
    assert f == pytest.approx(0.6)


def test_speaker_correct() -> None:
    gold_spans = ((100, 112),)
    assert speaker_correct(gold_spans, "Maria Lopez", Prediction(0, 5, mention=(105, 110)))
    assert speaker_correct(gold_spans, "Maria Lopez", Prediction(0, 5, speaker="Ms. Lopez"))
    assert not speaker_correct(gold_spans, "Maria Lopez", Prediction(0, 5, speaker="Mr. Ortiz"))
    assert not speaker_correct(gold_spans, "the minister", Prediction(0, 5, speaker="Minister"))
    assert not speaker_correct((), None, Prediction(0, 5))
    assert name_tokens("Herr Dr. Karl von Weber") == {"karl", "weber"}


# The relative-pronoun rule of the speaker metric, in sentences written for this test: the
# gold Source is "who"/"which"/"that", the mention the noun phrase the pronoun directly follows.
_RELATIVE = (
    "The quay was closed, said Ann Lee, who added that it was \u201ctoo old.\u201d "
    "Tom Reyes, the port's director, who signed the order, called it \u201cdue.\u201d "
    "Ines Duarte, a clerk and a former pilot who saw it, said \u201cfine.\u201d "
    "Ann Lee thanked Tom Reyes, who said \u201cthanks.\u201d"
)


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = _RELATIVE.index(word, i + 1)
    return i, i + len(word)


@pytest.mark.parametrize(
    ("mention", "nth", "who", "expected"),
    [
        ("Ann Lee", 0, 0, True),  # "Ann Lee, who"
        ("Tom Reyes", 0, 1, True),  # across one comma-enclosed apposition
        ("Ines Duarte", 0, 2, True),  # an appositive noun phrase with an article
        ("the port's director", 0, 1, True),
        ("The quay", 0, 0, False),  # a clause away
        ("Ann Lee", 1, 3, False),  # "Ann Lee thanked Tom Reyes, who": not the subject
        ("Tom Reyes", 1, 3, True),
    ],
)
def test_relative_pronoun_antecedent(mention: str, nth: int, who: int, expected: bool) -> None:
    gold = (_at("who", who),)
    pred = Prediction(0, 1, mention=_at(mention, nth))
    assert speaker_correct(gold, "who", pred, _RELATIVE) is expected
    assert not speaker_correct(gold, "who", pred)  # the literal test never accepts it
    # only a relative pronoun stands for its antecedent
    assert not speaker_correct(gold, "he", pred, _RELATIVE)


def test_score_document_keeps_the_literal_speaker_score() -> None:
    gold = [GoldQuote(0, 5, (_at("who"),), "who")]
    c = score_document(gold, [Prediction(0, 5, mention=_at("Ann Lee"))], text=_RELATIVE)
    assert (c.speaker_eval, c.speaker_correct, c.speaker_correct_literal) == (1, 1, 0)
    s = c.summary()
    assert (s["speaker_acc"], s["speaker_acc_literal"]) == (1.0, 0.0)


def test_score_document_counts_scare_separately() -> None:
    gold = [GoldQuote(0, 10, ((50, 55),), "Ann Lee"), GoldQuote(20, 30), GoldQuote(60, 70)]
    preds = [
        Prediction(0, 10, "full", "Ann Lee", None),
        Prediction(21, 30, "partial", None, (50, 52)),
        Prediction(40, 45, "scare"),
        Prediction(60, 70, "scare"),
    ]
    c = score_document(gold, preds)
    assert (c.gold, c.pred, c.tp_exact, c.tp_overlap) == (3, 4, 2, 3)
    assert (c.pred_scare, c.scare_fp) == (2, 1)
    assert (c.pred_noscare, c.tp_exact_noscare, c.tp_overlap_noscare) == (2, 1, 2)
    assert (c.speaker_eval, c.speaker_correct) == (1, 1)
    s = c.summary()
    assert s["p_overlap"] == 0.75
    assert s["r_overlap_noscare"] == pytest.approx(2 / 3)
    assert (c.gold_marked, c.tp_overlap_marked, s["r_overlap_marked"]) == (3, 3, 1.0)
    unmarked = [GoldQuote(0, 10), GoldQuote(20, 30, marked=False)]
    u = score_document(unmarked, [Prediction(0, 10)])
    assert (u.gold_marked, u.tp_overlap_marked, u.summary()["r_overlap_marked"]) == (1, 1, 1.0)
    assert u.summary()["r_overlap"] == 0.5
    failed = score_document(gold, [], failed=True)
    assert (failed.docs_failed, failed.pred, failed.summary()["f1_exact"]) == (1, 0, 0.0)


@pytest.mark.parametrize(("ensure_ascii", "written"), [(True, '"\\u00fc"'), (False, '"ü"')])
def test_benchmark_results_are_written_as_json_and_markdown_side_by_side(
    tmp_path: Path, ensure_ascii: bool, written: str
) -> None:
    from benchmarks.common.results import write_results

    folder = tmp_path / "new" / "results"
    js, md = write_results(folder, "bench", {"word": "ü"}, "# ü\n", ensure_ascii=ensure_ascii)
    assert (js, md) == (folder / "bench.json", folder / "bench.md")
    assert js.read_text(encoding="utf-8") == '{\n  "word": ' + written + "\n}\n"
    assert md.read_text(encoding="utf-8") == "# ü\n"
