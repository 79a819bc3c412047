"""A role noun's qualifier between it and the holder's name ("a déclaré le conseiller
municipal Yves Kerbrat", "dijo el concejal municipal Tomás Vera"), or its complement and a
comma ("afirmó el alcalde de Puerto Lobo, Iván Soto"), or a comma alone ("la alcaldesa, Irene
Solano") does not cut the name off: the speaker is the named person, not an unresolved role
(lang22, the RT21 es/ cue check).  Without a name after it the role stays a role (no one is
guessed), and a place in the complement is never the speaker: "de" alone is not "de acuerdo
con" ("according to").  An adverb or a day's name between the reporting verb and the
subject it inverts ("aseguró ayer el alcalde …", "a déclaré hier soir le maire …") is read
past, and so is a day's name ("a déclaré jeudi la maire …"), which places the quote on that
day."""

from __future__ import annotations

import pytest

from quotecheck.extract import extract_quotes


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "fr",
            "« Le pont coûtera trop cher », a déclaré le conseiller municipal Yves Kerbrat.",
            "Yves Kerbrat",
        ),
        (
            "fr",
            "« Le pont coûtera trop cher », a dit la conseillère régionale Léa Morvan.",
            "Léa Morvan",
        ),
        (
            "es",
            "«El puente costará demasiado», dijo el concejal municipal Tomás Vera.",
            "Tomás Vera",
        ),
        ("es", "«El puente costará demasiado», afirmó el director general Iván Soto.", "Iván Soto"),
        ("es", "«El puente costará demasiado», dijo la alcaldesa, Irene Solano.", "Irene Solano"),
        (
            "es",
            "«El puente costará demasiado», afirmó el alcalde de Puerto Lobo, Iván Soto.",
            "Iván Soto",
        ),
        (
            "es",
            "«El puente costará demasiado», dijo la concejala de la isla, Marta Gil.",
            "Marta Gil",
        ),
        (
            "fr",
            "« Le pont coûtera trop cher », estime le maire du Havre, Yves Kerbrat.",
            "Yves Kerbrat",
        ),
        ("fr", "« Le pont coûtera trop cher », a dit la maire, Léa Morvan.", "Léa Morvan"),
        ("es", "«El puente costará demasiado», afirmó el alcalde de Puerto Lobo.", None),
        ("fr", "« Le pont coûtera trop cher », estime le maire du Havre.", None),
        ("es", "«El puente costará demasiado», aseguró ayer el alcalde de Puerto Lobo.", None),
        ("es", "«El puente costará demasiado», aseguró ayer el alcalde Iván Soto.", "Iván Soto"),
        (
            "fr",
            "« Le pont coûtera trop cher », a déclaré hier soir le maire Yves Kerbrat.",
            "Yves Kerbrat",
        ),
        ("fr", "« Le pont coûtera trop cher », a ajouté aussi Léa Morvan.", "Léa Morvan"),
        (
            "fr",
            "« Le pont coûtera trop cher », a déclaré jeudi la maire Léa Morvan.",
            "Léa Morvan",
        ),
        ("es", "«El puente costará demasiado», dijo ayer.", None),
        ("fr", "« Le pont coûtera trop cher », a déclaré le conseiller municipal.", None),
        ("es", "«El puente costará demasiado», dijo el concejal municipal.", None),
    ],
    ids=[
        "fr-municipal",
        "fr-regionale",
        "es-municipal",
        "es-general",
        "es-comma",
        "es-complement",
        "es-complement-article",
        "fr-complement",
        "fr-comma",
        "es-place-no-name",
        "fr-place-no-name",
        "es-place-after-adverb",
        "es-adverb",
        "fr-yesterday-evening",
        "fr-adverb",
        "fr-weekday",
        "es-adverb-no-subject",
        "fr-no-name",
        "es-no-name",
    ],
)
def test_a_qualified_role_before_a_name(code: str, text: str, speaker: str | None) -> None:
    [q] = extract_quotes(text, language=code)
    assert q.attribution.speaker == speaker
