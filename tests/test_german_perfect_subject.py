"""German perfect tense: the subject before the auxiliary ("X hat dem Rat gestern gesagt") is a
name when the tagger gives its last word a name tag (``names.NAME_TAGS``: a proper noun, or a
foreign or other word, as HanTa reads an unfamiliar name), not only ``NE``; a word read as a
common noun is still no name.  HanTa's tag of the name is set by a component after it, so the
case does not depend on how HanTa reads one name.  Sentences made up for this test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from quotecheck.extract import extract_quotes, morphology, names
from quotecheck.extract.nlp import load_pipeline

RETAG = "quotecheck_test_retag"
FORCED: dict[str, str] = {}


def _retag(doc: Any) -> Any:
    for tok in doc:
        if tok.text in FORCED:
            tok.tag_ = FORCED[tok.text]
    return doc


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy
    from spacy.language import Language

    load_pipeline("de")  # registers quotecheck's components
    if RETAG not in Language.factories:
        Language.component(RETAG)(_retag)
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(morphology.HANTA)
    pipeline.add_pipe(RETAG)
    pipeline.add_pipe(names.COMPONENT, config={"code": "de"})
    return pipeline


@pytest.fixture
def forced() -> Iterator[dict[str, str]]:
    FORCED.clear()
    yield FORCED
    FORCED.clear()


SENTENCES = [
    ("Amara hat dem Rat am Montag gesagt: „Wir öffnen den Hafen im Mai.“", "Amara"),
    ("„Die Fähre fährt wieder“, hat Tjorven den Fischern gestern gesagt.", "Tjorven"),
    ("Amara Okoye hat den Eltern am Abend versprochen: „Die Schule wird saniert.“", "Amara Okoye"),
]


@pytest.mark.parametrize(
    ("tag", "found"), [("NE", True), ("XY", True), ("FM", True), ("NN", False)]
)
@pytest.mark.parametrize(("text", "speaker"), SENTENCES, ids=[s for _, s in SENTENCES])
def test_a_perfect_tense_subject_with_a_name_tag_is_the_speaker(
    nlp: Any, forced: dict[str, str], text: str, speaker: str, tag: str, found: bool
) -> None:
    forced.update(dict.fromkeys(speaker.split(), tag))
    (quote,) = extract_quotes(text, language="de", nlp=nlp)
    assert quote.attribution.speaker == (speaker if found else None), quote.attribution
