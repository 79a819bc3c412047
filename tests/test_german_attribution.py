"""German attribution with the blank pipeline: frames ("so X", "X zufolge", "laut X", "sagte X",
"wie X sagte"), role nouns written as compounds, genitive descriptors and pronouns resolved to
the person, the descriptor kept (cases in ``tests/fixtures/attribution/german_frames.yml``)."""

from __future__ import annotations

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
