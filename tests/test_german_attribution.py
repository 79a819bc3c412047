"""German attribution with the blank pipeline: frames ("so X", "X zufolge", "laut X", "sagte X",
"wie X sagte"), role nouns written as compounds, genitive descriptors and pronouns resolved to
the person, the descriptor kept (cases in ``tests/fixtures/attribution/german_frames.yml``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from quotecheck.extract import extract_quotes
from quotecheck.extract.attribution.compounds import expand_descriptors, role_head
from quotecheck.lang import get_language

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "attribution" / "german_frames.yml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c["quote"]))
def test_german_frame(case: dict[str, Any]) -> None:
    quotes = [
        q for q in extract_quotes(case["text"], language="de") if q.text.startswith(case["quote"])
    ]
    assert len(quotes) == 1
    att = quotes[0].attribution
    if case["speaker"] is None:  # the article names no one the words can be given to
        assert att.speaker is None, att
        return
    assert att.speaker is not None and case["speaker"] in att.speaker, att
    if "mention" in case:
        assert att.mention is not None and case["mention"] in att.mention, att


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("vizeaußenminister", "außenminister"),
        ("vize-außenminister", "außenminister"),
        ("spitzendiplomaten", "diplomaten"),
        ("bahnchefin", "chefin"),
        ("minister", "minister"),
        ("hafen", None),
        ("information", None),
    ],
)
def test_role_head_of_a_compound(word: str, head: str | None) -> None:
    assert role_head(word, get_language("de")) == head


def test_compounds_share_their_role() -> None:
    de = get_language("de")
    a = expand_descriptors({"vizeminister"}, de)
    b = expand_descriptors({"nordkoreas", "vizeaußenminister"}, de)
    assert "minister" in a & b


def test_english_role_nouns_are_listed_words_only() -> None:
    en = get_language("en")
    assert role_head("minister", en) == "minister"
    assert role_head("administer", en) is None


@pytest.mark.parametrize(
    "text",
    [
        "„Die Brücke bleibt gesperrt“, hieß es am Abend.",
        "„Die Brücke bleibt gesperrt“, hieß es aus dem Rathaus.",
    ],
)
def test_impersonal_frame_names_nobody(text: str) -> None:
    """ "hieß es" reports words without a speaker: none is invented (not "es", not a noun)."""
    (quote,) = extract_quotes(text, language="de")
    assert quote.attribution.speaker is None, quote.attribution


def test_german_pipeline_tags_with_hanta_loaded_once() -> None:
    from quotecheck.extract import morphology
    from quotecheck.extract.nlp import load_pipeline

    nlp = load_pipeline("de")
    assert morphology.HANTA in nlp.pipe_names
    assert morphology.hanta_tagger() is morphology.hanta_tagger()
    doc = nlp("Die Ministerin Petra Holm hat das erklärt.")
    assert [t.tag_ for t in doc][:2] == ["ART", "NN"]
    assert doc[-2].lemma_ == "erklären"


def test_a_long_token_is_not_analysed() -> None:
    """HanTa's analysis grows with a word's length faster than its square: a blob is left
    unanalysed (tag XY, lemma as written) instead of stalling the pipeline."""
    from quotecheck.extract import morphology
    from quotecheck.extract.nlp import load_pipeline

    blob = "a" * (morphology.MAX_WORD * 100)
    doc = load_pipeline("de")(f"Er sagte: „{blob}“.")
    (tok,) = [t for t in doc if t.text == blob]
    assert (tok.tag_, tok.lemma_) == ("XY", blob)


# sentences written for quotecheck: known and unknown words, a word repeated in other cases
MEMO_SENTENCES = [
    "Die Ministerin Petra Holm hat das erklärt.",
    "Erklärt hat es die Bahnchefin Amara Osei am Montag in Kwabenyastadt.",
    "Osei erklärte: „Die Züge der Ostbahn werden pünktlicher.“",
    "Die ostbahnischen Zugbegleiterinnen erklärten das den Fahrgästen.",
]


def test_memoised_analyses_equal_hantas_own() -> None:
    """The per-process caches in front of HanTa's word analyses change no answer: tags and
    lemmas of a whole sentence equal those of an unmemoised tagger, on first sight of a word
    and on every later one (the sentences repeat words: "erklärt", "Osei", "Züge")."""
    from HanTa import HanoverTagger

    from quotecheck.extract import morphology

    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    cached = morphology.hanta_tagger()
    for _ in range(2):
        for sentence in MEMO_SENTENCES:
            words = sentence.replace(".", " .").replace(":", " :").split()
            assert cached.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1)
            assert [cached.analyze(w) for w in words] == [plain.analyze(w) for w in words]
    assert cached.analyze_forward.cache_info().maxsize == morphology.MEMO_WORDS


def test_hanta_is_not_loaded_without_german_text() -> None:
    """HanTa is imported on the first German parse, not by ``import quotecheck`` nor by a
    check of English text (a subprocess: this test process may have loaded it already)."""
    code = (
        "import sys, quotecheck\n"
        "quotecheck.check_text('The minister said: \"We open the bridge on Monday.\"', "
        "sources=[quotecheck.make_source('We open the bridge on Monday.', id='s', "
        "speaker='The minister')])\n"
        "assert 'HanTa' not in sys.modules, 'HanTa imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_tagger_without_the_known_internals_is_left_unmemoised() -> None:
    """The memoisation wraps two of HanTa's internal methods; a release without them is used
    as it is (slower, still right) instead of failing every German parse."""
    from types import SimpleNamespace

    from quotecheck.extract import morphology

    other = SimpleNamespace(tag_sent=lambda words, taglevel=1: [])
    assert morphology._memoise(other) is other
    assert vars(other).keys() == {"tag_sent"}
