"""An interview's intro ties its answers to a person in German, Spanish and French too
(``interview_ties``: "sprach mit", "habló con", "s'est entretenue avec"), and the note that it
was edited for length counts only in a sentence naming the interview (``condensed_subjects``)
— final22 "left alone": both lists existed for English only.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.extract.turns import condensed_note
from quotecheck.inputs.sources import make_source
from quotecheck.lang import get_language

SOURCE = make_source(
    "Q: Will the bridge toll go up?\n"
    "A: No. We keep the bridge toll at three dollars until 2028.\n"
    "Q: And the late bus?\n"
    "A: The late bus stays five nights a week.\n",
    id="dorset-interview.txt",
    speaker="Ruth Dorset",
    kind="interview",
)
FIRST = "No. We keep the bridge toll at three dollars until 2028."
SECOND = "The late bus stays five nights a week."
# question label, answer label, per language
LABELS = {"de": ("F", "A"), "es": ("P", "R"), "fr": ("Q", "R")}


def _answers(code: str, head: str) -> tuple[int, str]:
    q, a = LABELS[code]
    article = (
        f"# Brücke\n\n{head}\n\n"
        f"{q}: Will the bridge toll go up?\n\n{a}: {FIRST}\n\n"
        f"{q}: And the late bus?\n\n{a}: {SECOND}\n"
    )
    report = quotecheck.check_text(article, sources=[SOURCE], settings=Settings(language=code))
    notices = [f.message for f in report.findings if f.code == "QC151"]
    return len([x for x in report.quotes if x.turn_label is not None]), " ".join(notices)


@pytest.mark.parametrize(
    ("code", "head"),
    [
        # the intro names Ruth Dorset but ties an unnamed person to the interview
        (
            "de",
            "Ruth Dorset leitet die Verkehrsbehörde. Ein Busfahrer, der ungenannt bleiben will, "
            "sprach mit dem Kurier.",
        ),
        (
            "es",
            "Ruth Dorset dirige la autoridad de transporte. Un conductor que pidió no ser "
            "nombrado habló con El Correo.",
        ),
        (
            "fr",
            "Ruth Dorset dirige l'autorité des transports. Un chauffeur qui a requis l'anonymat "
            "s'est entretenu avec le Courrier.",
        ),
    ],
)
def test_an_intro_tying_someone_else_leaves_the_answers_unchecked(code: str, head: str) -> None:
    count, notice = _answers(code, head)
    assert count == 0
    assert "says someone else answered" in notice


@pytest.mark.parametrize(
    ("code", "head"),
    [
        ("de", "Ruth Dorset leitet die Verkehrsbehörde. Sie sprach mit dem Kurier."),
        ("de", "Ruth Dorset sprach mit dem Kurier über die Brücke."),
        ("es", "Ruth Dorset dirige la autoridad de transporte. Ella habló con El Correo."),
        ("fr", "Ruth Dorset s'est entretenue avec le Courrier au sujet du pont."),
    ],
)
def test_an_intro_tying_the_named_speaker_keeps_the_answers(code: str, head: str) -> None:
    count, notice = _answers(code, head)
    assert count == 2
    assert not notice


@pytest.mark.parametrize(
    ("code", "text", "note"),
    [
        # the phrase in a sentence that names no interview: no note
        ("de", "Der Haushalt wurde gekürzt und bearbeitet.", ""),
        ("fr", "Le rapport annuel a été édité et condensé.", ""),
        ("es", "La memoria anual fue editada y condensada.", ""),
        # in one that names it, or its answers: the note
        ("de", "Die Antworten wurden gekürzt und redigiert.", "gekürzt und redigiert"),
        ("fr", "L’entretien a été édité et condensé.", "entretien a été édité"),
        ("fr", "Ces propos ont été condensés.", "propos ont été condensés"),
        ("es", "La charla fue editada y condensada.", "editada y condensada"),
    ],
)
def test_a_condensed_note_names_the_interview(code: str, text: str, note: str) -> None:
    assert condensed_note(text, get_language(code)) == note
