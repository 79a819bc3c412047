"""Consistency checks across languages, language by language, without an embedding model."""

from __future__ import annotations

import pytest

from quotecheck.models import EditKind
from quotecheck.xling.checks import Side, amounts, compare, negations, parse_number, same_name
from quotecheck.xling.segment import layout, tokens


def side(text: str, code: str) -> Side:
    return Side(text, 0, len(text), code)


def kinds(quote: str, qlang: str, source: str, slang: str) -> list[EditKind]:
    return [e.kind for e in compare(side(quote, qlang), side(source, slang))]


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("3.000", ",", 3000.0),
        ("3,000", ".", 3000.0),
        ("2,5", ",", 2.5),
        ("2.5", ".", 2.5),
        ("1.234.567", ",", 1234567.0),
        ("1,234.5", ",", 1234.5),  # both marks: the last one is decimal
        ("12 000", ",", 12000.0),
        ("0,75", ".", 0.75),  # not a thousands group
        ("\u22124", ".", -4.0),
    ],
)
def test_parse_number(text: str, mark: str, value: float) -> None:
    assert parse_number(text, mark) == value


def test_amounts_with_scale_words_and_units() -> None:
    de = amounts(side("rund 2,5 Milliarden Euro und 12 Prozent mehr", "de"))
    en = amounts(side("about 2.5 billion euros and 12 percent more", "en"))
    assert [(a.value, a.unit) for a in de] == [(2.5e9, "eur"), (12.0, "percent")]
    assert [(a.value, a.unit) for a in en] == [(2.5e9, "eur"), (12.0, "percent")]
    fr = amounts(side("une hausse de 7 % en 2026", "fr"))
    assert [(a.value, a.unit) for a in fr] == [(7.0, "percent"), (2026.0, None)]


def test_numbers_agree_across_notations() -> None:
    assert kinds("Wir bauen 1.500 Wohnungen in drei Jahren", "de",
                 "We are building 1,500 flats in three years", "en") == []  # fmt: skip
    assert kinds("nous construisons 1 500 logements en trois ans", "fr",
                 "We are building 1,500 flats in three years", "en") == []  # fmt: skip


def test_changed_number_and_unit() -> None:
    edits = compare(
        side("Wir bauen 1.800 Wohnungen in drei Jahren", "de"),
        side("We are building 1,500 flats in three years", "en"),
    )
    assert [(e.kind, e.quote, e.source) for e in edits] == [(EditKind.NUMBER, "1.800", "1,500")]
    edits = compare(
        side("Wir bauen 1.500 Wohnungen in drei Monaten", "de"),
        side("We are building 1,500 flats in three years", "en"),
    )
    assert [(e.kind, e.quote, e.source) for e in edits] == [
        (EditKind.NUMBER, "drei Monaten", "three years")
    ]


def test_german_billion_is_not_english_billion() -> None:
    assert kinds("4 Billionen Dollar", "de", "4 billion dollars", "en") == [EditKind.NUMBER]
    assert kinds("4 Milliarden Dollar", "de", "4 billion dollars", "en") == []


def test_french_negation_counts_once() -> None:
    fr = side("Nous ne fermerons jamais la piscine", "fr")
    assert len(negations(fr)) == 1
    assert kinds("Nous ne fermerons jamais la piscine", "fr",
                 "We will never close the swimming pool", "en") == []  # fmt: skip
    assert kinds("Nous fermerons la piscine", "fr",
                 "We will never close the swimming pool", "en") == [EditKind.NEGATION]  # fmt: skip


def test_contractions_and_fused_negation() -> None:
    assert kinds("Die Schule kann nicht öffnen", "de", "The school can't open", "en") == []
    assert kinds("Die Schule kann nicht öffnen", "de", "The school cannot open", "en") == []
    assert kinds("Die Schule kann öffnen", "de", "The school cannot open", "en") == [
        EditKind.NEGATION
    ]


def test_added_negation_shows_the_quote_word() -> None:
    (edit,) = compare(side("Der Tunnel ist nicht sicher", "de"), side("The tunnel is safe", "en"))
    assert (edit.kind, edit.quote, edit.source) == (EditKind.NEGATION, "nicht", "")
    assert (edit.quote_start, edit.quote_end) == (15, 20)


@pytest.mark.parametrize(
    ("quote", "qlang", "source", "expected"),
    [
        ("Der Zaun muss repariert werden", "de", "The fence must be repaired", []),
        ("Der Zaun könnte repariert werden", "de", "The fence must be repaired",
         [EditKind.MODALITY]),
        ("Der Zaun sollte repariert werden", "de", "The fence must be repaired",
         [EditKind.MODALITY]),
        ("Der Zaun wird repariert", "de", "The fence will be repaired", []),  # future: not compared
        ("Kinder dürfen hier nicht baden", "de", "Children must not swim here", []),  # prohibition
        ("La clôture doit être réparée", "fr", "The fence may be repaired", [EditKind.MODALITY]),
        ("Wir wollen den Zaun reparieren", "de", "We plan to repair the fence", []),  # volition
    ],
)  # fmt: skip
def test_modality(quote: str, qlang: str, source: str, expected: list[EditKind]) -> None:
    assert kinds(quote, qlang, source, "en") == expected


def test_names_transliteration_and_inflection() -> None:
    assert same_name("Смирнов", "Smirnov")
    assert same_name("Смирнова", "Smirnov")
    assert same_name("Lindqvists", "Lindqvist")
    assert same_name("Zürich", "Zurich")
    assert not same_name("Hansen", "Jensen")
    assert not same_name("Riga", "Tartu")


def test_swapped_name_without_embeddings() -> None:
    edits = compare(
        side("Le maire Okafor a ouvert le pont", "fr"), side("Mayor Santos opened the bridge", "en")
    )
    assert [(e.kind, e.quote, e.source) for e in edits] == [(EditKind.ENTITY, "Okafor", "Santos")]
    assert kinds("Le maire Santos a ouvert le pont", "fr",
                 "Mayor Santos opened the bridge", "en") == []  # fmt: skip
    assert kinds("Мэр Сантос открыл мост", "ru", "Mayor Santos opened the bridge", "en") == []


def test_german_nouns_are_not_names_and_acronyms_are() -> None:
    # capitalised German nouns are never reported alone
    assert kinds("Die Regierung baut die Brücke", "de",
                 "The government is building the bridge", "en") == []  # fmt: skip
    assert kinds("Die EU baut die Brücke", "de",
                 "The European Union is building the bridge", "en") == []  # fmt: skip
    nato = kinds("Die NATO baut die Brücke", "de", "The European Union builds the bridge", "en")
    assert nato == [EditKind.ENTITY]


def test_changed_day_is_a_date_edit() -> None:
    edits = compare(
        side("Das Museum öffnet am Dienstag", "de"), side("The museum opens on Monday", "en")
    )
    assert [(e.kind, e.quote, e.source) for e in edits] == [(EditKind.NUMBER, "Dienstag", "Monday")]
    assert kinds("Das Museum öffnet am Montag", "de", "The museum opens on Monday", "en") == []


def test_edit_offsets_point_into_the_source() -> None:
    source = "Preamble. We will hire 40 rangers."
    s = Side(source, source.index("We"), len(source) - 1, "en")
    (edit,) = compare(side("Wir stellen 45 Ranger ein", "de"), s)
    assert edit.source_start is not None
    assert source[edit.source_start : edit.source_end] == "40"


def test_layout_units_and_offsets() -> None:
    text = "Dr. Mills spoke first. The dam holds, the river is calm; we stay alert.\n\nNew topic."
    from quotecheck.lang import get_language

    lay = layout(text, get_language("en"))
    sentences = [text[lay.tokens[a].start : lay.tokens[b - 1].end] for a, b in lay.sentences]
    assert sentences == [
        "Dr. Mills spoke first",
        "The dam holds, the river is calm; we stay alert",
        "New topic",
    ]
    texts = {lay.unit_text(u) for u in lay.units}
    assert {"the river is calm", "The dam holds, the river is calm", "we stay alert"} <= texts
    assert "Dr. Mills spoke first. The dam holds, the river is calm; we stay alert" in texts
    assert "we stay alert.\n\nNew topic" not in texts  # no pair across a paragraph break
    assert [t.text for t in tokens("5 % de 12 000 €")] == ["5", "%", "de", "12 000", "€"]


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        # a scale after a smaller scale multiplies: the long scale's "thousand million"
        ("cuatro mil millones de euros", "es", 4e9),
        ("7 mil millones", "es", 7e9),
        ("dos mil quinientos millones", "es", 2.5e9),
        ("deux mille milliards", "fr", 2e12),
        ("five thousand million", "en", 5e9),
        # twins: a smaller scale after a larger one adds its own group
        ("two million three thousand", "en", 2_003_000.0),
        ("cuatro billones", "es", 4e12),
    ],
)
def test_scale_words_in_a_row(text: str, code: str, value: float) -> None:
    assert [a.value for a in amounts(side(text, code))] == [value]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("El puerto recibirá cuatro mil millones de euros", []),
        ("El puerto recibirá 4 mil millones de euros", []),
        # must still accuse: the Spanish billón is a million million, and a changed figure
        ("El puerto recibirá cuatro billones de euros", [EditKind.NUMBER]),
        ("El puerto recibirá seis mil millones de euros", [EditKind.NUMBER]),
    ],
)
def test_spanish_thousand_million_is_a_billion(quote: str, expected: list[EditKind]) -> None:
    assert kinds(quote, "es", "The port will receive four billion euros", "en") == expected


@pytest.mark.parametrize(
    ("quote", "source", "expected"),
    [
        ("Aucune école de la vallée qui manque de professeurs ne fermera cet hiver",
         "No school in the valley that lacks teachers will close this winter", []),
        ("Nul élève inscrit avant le mois de mars ne perdra sa place",
         "No pupil enrolled before March will lose their place", []),
        ("Rien de ce que nous avons promis aux familles ne sera oublié",
         "Nothing we promised the families will be forgotten", []),
        # must still accuse: the negative subject against a source that has no negation
        ("Aucune école de la vallée qui manque de professeurs ne fermera cet hiver",
         "Every school in the valley that lacks teachers will close this winter",
         [EditKind.NEGATION]),
        # and a second sentence negates on its own
        ("Aucune école ne fermera. Nous ne vendrons pas les cars scolaires.",
         "No school will close. We will sell the school buses.", [EditKind.NEGATION]),
    ],
)  # fmt: skip
def test_french_negative_subject_and_its_ne_negate_once(
    quote: str, source: str, expected: list[EditKind]
) -> None:
    assert kinds(quote, "fr", source, "en") == expected


def test_negation_words_agree_only_inside_a_sentence() -> None:
    fr = side("Aucune école de la vallée ne fermera. Nous ne vendrons pas les cars.", "fr")
    assert [[t.text for t in e] for e in negations(fr)] == [["Aucune", "ne"], ["ne", "pas"]]


@pytest.mark.parametrize(
    ("quote", "qlang", "source", "expected"),
    [
        # the statement lost its negation; the quote's own negates a condition it adds
        ("Cerraremos el mercado si el ayuntamiento no paga la deuda", "es",
         "We will not close the market this spring", [EditKind.NEGATION]),
        ("Nous fermerons le marché si la mairie ne paie pas sa dette", "fr",
         "We will not close the market this spring", [EditKind.NEGATION]),
        # faithful: the negation is the condition's on both sides, wherever the clause stands
        ("Si el ayuntamiento no paga la deuda, cerraremos el mercado", "es",
         "If the council does not pay its debt, we will close the market", []),
        ("Cerraremos el mercado si el ayuntamiento no paga la deuda", "es",
         "If the council does not pay its debt, we will close the market", []),
        ("Nous ne fermerons pas le marché si la mairie paie sa dette", "fr",
         "We will not close the market if the council pays its debt", []),
        # a concession or a question in the form of a condition sets none
        ("Aun si el ayuntamiento no paga, abriremos el mercado", "es",
         "Even if the council does not pay, we will open the market", []),
        ("Si bien el mercado no es perfecto, abrirá en mayo", "es",
         "Although the market is not perfect, it will open in May", []),
        ("Même si la mairie ne paie pas, nous ouvrirons le marché", "fr",
         "Even if the council does not pay, we will open the market", []),
        # must still accuse: a negation added or dropped is one whatever the clauses
        ("Cerraremos el mercado si el ayuntamiento paga la deuda", "es",
         "If the council does not pay its debt, we will close the market", [EditKind.NEGATION]),
    ],
)  # fmt: skip
def test_a_negation_in_a_condition_only_the_quote_sets(
    quote: str, qlang: str, source: str, expected: list[EditKind]
) -> None:
    assert kinds(quote, qlang, source, "en") == expected


def test_the_statement_s_dropped_negation_is_named() -> None:
    (edit,) = compare(
        side("Cerraremos el mercado si el ayuntamiento no paga la deuda", "es"),
        side("We will not close the market this spring", "en"),
    )
    assert (edit.kind, edit.quote, edit.source) == (EditKind.NEGATION, "", "not")


@pytest.mark.parametrize(
    ("quote", "qlang"),
    [
        # the source's condition rendered by a word that sets none in the quote's language
        ("Cuando el ayuntamiento no paga, cerramos el mercado", "es"),
        ("Wenn die Stadt nicht zahlt, schließen wir den Markt", "de"),
    ],
)
def test_a_source_condition_rendered_otherwise_is_no_change(quote: str, qlang: str) -> None:
    source = "If the council does not pay, we close the market"
    assert kinds(quote, qlang, source, "en") == []
