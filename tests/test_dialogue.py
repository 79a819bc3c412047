"""Dialogue set out with dashes (the Spanish raya, French and Russian "— …"): the words after a
line's opening dash are a speaker's, the narrator's incise (a dash or a comma and a reporting
verb) is not, and the words resume after it (quotecheck.extract.dialogue; red team 17 and 21:
"—No vamos … —aseguró Peñalver—, …" was not extracted at all).  A bullet list, a dash aside in
narration, a range and English text are not dialogue.  A quote with no frame of its own after
narration that names someone else is not the previous speaker's (a carry-over) in a language
read without a parser."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.extract import extract_quotes
from quotecheck.models import QuoteKind


def _quotes(text: str, code: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (q.text.strip(), q.attribution.speaker, q.joins)
        for q in extract_quotes(text, language=code)
    ]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "es",
            "—No cerraremos el muelle norte en invierno —afirmó Irene Solano—, pero "
            "subiremos el amarre.",
            [
                ("No cerraremos el muelle norte en invierno", "Irene Solano", None),
                ("pero subiremos el amarre.", "Irene Solano", 0),
            ],
        ),
        (
            "es",
            "—Nadie pidió este puente —ha dicho el concejal Tomás Vera—. Lo pagaremos todos.",
            [
                ("Nadie pidió este puente", "Tomás Vera", None),
                ("Lo pagaremos todos.", "Tomás Vera", None),
            ],
        ),
        (
            "es",
            "—El ferry saldrá a las nueve —explicó Solano, que llegó tarde al pleno.",
            [("El ferry saldrá a las nueve", "Solano", None)],
        ),
        (
            "es",
            "El puerto abrió ayer.\n\n—¿Quién paga el dragado? —preguntó Irene Solano.",
            [("¿Quién paga el dragado?", "Irene Solano", None)],
        ),
        (
            "es",
            # in quote marks too: the comma after "?»" goes on with the sentence
            "«¿Quién paga el dragado?», preguntó Irene Solano.",
            [("¿Quién paga el dragado?", "Irene Solano", None)],
        ),
        (
            "es",
            # no incise: the line before introduces the turn with a reporting verb and a colon
            "La alcaldesa habló primero.\n\nEl concejal Tomás Vera respondió después:\n\n"
            "—El amarre subirá doce euros.\n\n—Y el dragado esperará.",
            [("El amarre subirá doce euros.", "Tomás Vera", None)],
        ),
        (
            "fr",
            "— Nous garderons le quai ouvert, a affirmé Léa Morvan, mais le tarif montera.",
            [
                ("Nous garderons le quai ouvert", "Léa Morvan", None),
                ("mais le tarif montera.", "Léa Morvan", 0),
            ],
        ),
        (
            "fr",
            # the incise ends with a full stop: what follows may be the narrator's, so it is
            # left out
            "— Nous garderons le quai ouvert, a affirmé Léa Morvan. Elle est partie ensuite.",
            [("Nous garderons le quai ouvert", "Léa Morvan", None)],
        ),
        (
            "ru",
            "— Мы не закроем причал, — сказал Олег Ветров, — но тариф вырастет.",
            [
                ("Мы не закроем причал", "Олег Ветров", None),
                ("но тариф вырастет.", "Олег Ветров", 0),
            ],
        ),
    ],
    ids=[
        "es-incise-then-words",
        "es-new-sentence",
        "es-incise-to-the-end",
        "es-question",
        "es-question-in-marks",
        "es-introduced-by-a-colon",
        "fr-commas",
        "fr-stop-after-incise",
        "ru-comma-dash",
    ],
)
def test_a_dialogue_turn_is_quoted_without_its_incise(
    code: str, text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    assert _quotes(text, code) == expected


def test_the_first_piece_is_marked_by_the_dash_and_the_rest_is_no_block() -> None:
    quotes = extract_quotes(
        "—No cerraremos el muelle —afirmó Irene Solano—, pero subiremos el amarre.",
        language="es",
    )
    assert [q.open_mark for q in quotes] == ["—", ""]
    assert [q.kind for q in quotes] == [QuoteKind.FULL, QuoteKind.PARTIAL]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "El plan tiene dos metas:\n\n—Dragar el canal este.\n—Bajar el amarre."),
        # a colon line without a reporting verb, or in the first person: no cue
        ("es", "Tomás Vera tiene dos metas:\n\n—Dragar el canal este."),
        ("es", "Entonces yo le dije:\n\n—Dragaremos el canal este."),
        ("es", "El alcalde —que llegó tarde— dijo que el puerto abrirá."),
        ("es", "—Según el informe, el dragado costará dos millones."),
        ("es", "El dragado costará entre 10–12 millones."),
        # the narrator's words after a dash that opens no incise are not quoted
        ("es", "—No lo sé. —Solano miró al mar—. Quizás en marzo —añadió."),
        # first person: the speaker reports herself
        ("es", "—No cerraré el muelle —dije yo."),
        ("fr", "Les trois mesures :\n\n— Draguer le chenal.\n— Baisser le tarif."),
        # English sets dialogue in quote marks
        ("en", "—We will keep the quay open —said Lea Morvan—, but fees will rise."),
    ],
    ids=[
        "es-bullets",
        "es-colon-no-verb",
        "es-colon-first-person",
        "es-dash-aside",
        "es-no-reporting-verb",
        "es-range",
        "es-narration-dash",
        "es-first-person",
        "fr-bullets",
        "en",
    ],
)
def test_no_dialogue_no_quote(code: str, text: str) -> None:
    assert _quotes(text, code) == []


def test_marks_on_the_line_are_left_to_the_marks() -> None:
    quotes = _quotes("—Ella escribió «nunca» en el acta —aseguró Solano.", "es")
    assert [text for text, _, _ in quotes] == ["nunca"]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # another person named between: not the previous speaker's words
        (
            "es",
            "—No cerraremos el muelle —afirmó Irene Solano.\n\n"
            "El concejal Tomás Vera votó en contra. «Nadie pidió este puente», dijo.",
            None,
        ),
        (
            "fr",
            "« Le quai restera ouvert », a affirmé Léa Morvan.\n\n"
            "Le conseiller Yves Kerbrat a voté contre. « Personne ne veut ce pont », a-t-il dit.",
            None,
        ),
        # only the previous speaker named between: the words stay hers
        (
            "es",
            "«No cerraremos el muelle», afirmó Irene Solano. «Lo pagaremos todos».",
            "Irene Solano",
        ),
    ],
    ids=["es-other-person", "fr-other-person", "es-same-person"],
)
def test_carry_over_stops_at_someone_else_named(code: str, text: str, speaker: str | None) -> None:
    assert _quotes(text, code)[-1][1] == speaker


@pytest.mark.parametrize(
    ("article", "verdicts"),
    [
        (
            "—No cerraremos el muelle norte en invierno —afirmó Irene Solano—, pero "
            "subiremos el amarre.",
            ["verbatim", "verbatim"],
        ),
        (
            "—No cerraremos el muelle norte en verano —afirmó Irene Solano—, pero "
            "subiremos el amarre.",
            ["altered", "verbatim"],
        ),
    ],
    ids=["faithful", "changed-word"],
)
def test_dialogue_words_are_checked_against_the_source(article: str, verdicts: list[str]) -> None:
    source = quotecheck.make_source(
        "No cerraremos el muelle norte en invierno, pero subiremos el amarre un poco.",
        speaker="Irene Solano",
    )
    report = quotecheck.check_text(article, sources=[source], settings=Settings(language="es"))
    assert [q.verdict.value for q in report.quotes] == verdicts
    assert all("afirmó" not in q.text for q in report.quotes)
