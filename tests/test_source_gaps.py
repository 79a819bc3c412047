"""Transcriber variants that are not changes (#16, round three): a gap the source marks
("(inaudible)", "[crosstalk]": the source is incomplete there, so the quote cannot be checked
there), a phrase said twice and written once, and "this one" for "this".  None of them makes a
faithful quote ``altered`` or ``spliced``; a digit, a negation or a modal word the source did
hear is still compared.

Every sentence here is made up for these tests: a harbour town, its mayor Mara Lind.
"""

from __future__ import annotations

import pytest
from harbour_council import check_said

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import EditKind, Level, Verdict


def _errors(result: object) -> list[str]:
    return [f.code for f in result.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "The harbour needs a new crane and the ferry needs a (inaudible) engine before the "
            "storms.",
            "The harbour needs a new crane and the ferry needs a new engine before the storms.",
            id="must stay: one word where the source has (inaudible)",
        ),
        pytest.param(
            "(inaudible) the ferry will need a new engine before the storms.",
            "And the ferry will need a new engine before the storms.",
            id="a capitalised And opening the quote at (inaudible) is no name",
        ),
        pytest.param(
            "[inaudible] the lifeboat crew train every Thursday evening.",
            "So the lifeboat crew train every Thursday evening.",
            id="a capitalised So opening the quote at [inaudible] is no name",
        ),
        pytest.param(
            "[inaudible] the lifeboat crew train every Thursday evening.",
            "Well the lifeboat crew train every Thursday evening.",
            id="a capitalised Well opening the quote at [inaudible] is no name",
        ),
        pytest.param(
            "The harbour needs a new crane and [crosstalk] the ferry needs a new engine soon.",
            "The harbour needs a new crane and the ferry needs a new engine soon.",
            id="[crosstalk] left out",
        ),
        pytest.param(
            "The harbour needs a new crane. (AUDIO GAP) And the ferry needs a new engine before "
            "the winter comes and the storms start.",
            "The harbour needs a new crane. And the ferry needs a new engine before the winter "
            "comes and the storms start.",
            id="(AUDIO GAP) between two sentences",
        ),
        pytest.param(
            "We will open the new library in the spring, and then -- (CROSSTALK)\n\n"
            "Tom Berg: (CROSSTALK)\n\nMara Lind: -- the pool in the summer, so the children "
            "can swim.",
            "We will open the new library in the spring, and then the pool in the summer, so "
            "the children can swim.",
            id="another speaker's crosstalk inside the sentence",
        ),
        pytest.param(
            "We will, we will fix the road before the end of the summer.",
            "We will fix the road before the end of the summer.",
            id="a repeated modal said once",
        ),
        pytest.param(
            "I have to say this, I have to say this. The ferry will run every hour from May.",
            "I have to say this: the ferry will run every hour from May.",
            id="a repeated phrase said once",
        ),
    ],
)
def test_a_gap_or_a_repetition_is_no_change(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), result.explanation  # type: ignore[attr-defined]
    assert not _errors(result)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "The harbour needs a new crane and the ferry needs (inaudible) before the storms.",
            "The harbour needs a new crane and the ferry needs a new engine before the storms.",
            id="three words where the source has (inaudible)",
        ),
        pytest.param(
            "We will open the library in the spring (INAUDIBLE) and the pool in the summer.",
            "We will open the library in the spring, the school in May and the pool in the summer.",
            id="a clause more where the source has (INAUDIBLE)",
        ),
        pytest.param(
            "The harbour needs a new crane. [crosstalk] The ferry needs a new engine soon.",
            "The harbour needs a new crane. I promise the ferry needs a new engine soon.",
            id="two words where the source has [crosstalk]",
        ),
        pytest.param(
            "The new slipway will [inaudible] be ready before the regatta.",
            "The new slipway will not be ready before the regatta.",
            id="one negation where the source has [inaudible]",
        ),
        pytest.param(
            "The council will moor (inaudible) yachts at the east quay.",
            "The council will moor 30 yachts at the east quay.",
            id="one number where the source has (inaudible)",
        ),
        pytest.param(
            "The lifeboat crew [crosstalk] train every Thursday evening.",
            "The lifeboat crew must train every Thursday evening.",
            id="one modal where the source has [crosstalk]",
        ),
        pytest.param(
            "The cup goes to (inaudible) for the best sailing this season.",
            "The cup goes to Petra for the best sailing this season.",
            id="one name where the source has (inaudible)",
        ),
        pytest.param(
            "(inaudible) will moor the yachts at the east quay.",
            "Petra will moor the yachts at the east quay.",
            id="a name opening the quote at (inaudible)",
        ),
        pytest.param(
            "[inaudible], the lifeboat crew will train on Thursday evening.",
            "Yes, the lifeboat crew will train on Thursday evening.",
            id="an answer 'Yes' at [inaudible] says the answer",
        ),
        pytest.param(
            "[inaudible], the lifeboat crew will train on Thursday evening.",
            "Sure, the lifeboat crew will train on Thursday evening.",
            id="an answer 'Sure' at [inaudible] says the answer",
        ),
        pytest.param(
            "[inaudible], the lifeboat crew will train on Thursday evening.",
            "Maybe the lifeboat crew will train on Thursday evening.",
            id="an answer 'Maybe' at [inaudible] says the answer",
        ),
    ],
)
def test_words_filled_into_a_gap_are_not_confirmed(said: str, quoted: str) -> None:
    """More words than ``gap-words-max`` where the source could not hear the speaker are
    words the source cannot confirm: the quote is unverifiable, never `verbatim` with a
    certainty the check does not have, nor an accusation (red team 19 F11)."""
    result = check_said(said, quoted)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation  # type: ignore[attr-defined]
    assert "cannot be checked" in result.explanation  # type: ignore[attr-defined]
    assert not _errors(result)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "The ferry runs every hour, and I have never seen this in forty years, never.",
            "The ferry runs every hour, and I have never seen this one in forty years, never.",
            id="this one for this",
        ),
        pytest.param(
            "The ferry runs every hour, and we kept the old boat and sold the other.",
            "The ferry runs every hour, and we kept the old boat and sold the other one.",
            id="the other one for the other",
        ),
        pytest.param(
            "The ferry runs every hour, and the council will, will fix the road by the pier.",
            "The ferry runs every hour, and the council will fix the road by the pier.",
            id="a repeated modal dropped from inside the passage",
        ),
        pytest.param(
            "The ferry runs every hour, and the council will fix the road, the road by the pier.",
            "The ferry runs every hour, and the council will fix the road by the pier.",
            id="a repeated phrase dropped from inside the passage",
        ),
    ],
)
def test_transcriber_variants_are_at_most_a_warning(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert not _errors(result), result.explanation  # type: ignore[attr-defined]
    meaning = [e.kind for e in result.edits if e.meaning_changing]  # type: ignore[attr-defined]
    assert not meaning, result.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("said", "quoted", "kind"),
    [
        pytest.param(
            "We will not (inaudible) fix the road before the end of the summer.",
            "We will fix the road before the end of the summer.",
            EditKind.NEGATION,
            id="a heard 'not' next to a gap still counts",
        ),
        pytest.param(
            "We will fix the road (inaudible) before the end of the summer, for sure.",
            "We will fix the road in 2027 before the end of the summer, for sure.",
            None,
            id="a number where the source is inaudible cannot be checked",
        ),
        pytest.param(
            "I have never seen this in forty years, and the ferry runs every hour.",
            "I have never seen these two in forty years, and the ferry runs every hour.",
            EditKind.NUMBER,
            id="'two' after a determiner is still a number",
        ),
        pytest.param(
            "We will fix the road, the road by the pier, before the end of the summer.",
            "We will not fix the road by the pier before the end of the summer.",
            EditKind.NEGATION,
            id="a dropped repetition does not hide an added 'not'",
        ),
        pytest.param(
            "We will fix it, we can fix it before the end of the summer, on the pier road.",
            "We will fix it, we will fix it before the end of the summer, on the pier road.",
            EditKind.MODALITY,
            id="a changed modal is not a repetition",
        ),
        pytest.param(
            "The harbour needs a new crane (unclear) before the winter comes, said the "
            "harbour master.",
            "The harbour needs a new crane before the winter comes, said the harbour master.",
            None,
            id="(unclear) left out",
        ),
    ],
)
def test_meaning_is_still_compared(said: str, quoted: str, kind: EditKind | None) -> None:
    result = check_said(said, quoted)
    kinds = {e.kind for e in result.edits if e.meaning_changing}  # type: ignore[attr-defined]
    if kind is None:
        assert not kinds, result.explanation  # type: ignore[attr-defined]
    else:
        assert result.verdict is Verdict.ALTERED  # type: ignore[attr-defined]
        assert kind in kinds, result.explanation  # type: ignore[attr-defined]


def test_gap_markers_are_language_data() -> None:
    en = get_language("en")
    assert {"inaudible", "crosstalk", "unintelligible"} <= en.gap_markers
    assert {"this", "that", "which", "other"} <= en.prop_numeral_after


TURNS = """---
kind: transcript
occasion: harbour council meeting
date: 2026-04-14
---

Mara Lind: Thank you all for coming tonight. {first}

Tom Berg: {other}

Mara Lind: {then}
"""


@pytest.mark.parametrize(
    ("first", "other", "then", "quoted", "verdicts"),
    [
        pytest.param(
            "The harbour needs a new crane before the storms. And frankly, (inaudible)",
            "Can you repeat that?",
            "Yes. I said the ferry needs a new engine before the winter comes and the storms "
            "start.",
            "The harbour needs a new crane before the storms. And frankly, the ferry needs a new "
            "engine before the winter comes and the storms start.",
            (Verdict.ALTERED,),
            id="the sentence resumed after (inaudible) and a question: no splice",
        ),
        pytest.param(
            "The harbour needs a new crane before the storms, and frankly the ferry -- (CROSSTALK)",
            "(CROSSTALK) -- the engine?",
            "-- needs a new engine before the winter comes and the storms start.",
            "The harbour needs a new crane before the storms, and frankly the ferry needs a new "
            "engine before the winter comes and the storms start.",
            (Verdict.VERBATIM,),
            id="a sentence run on across crosstalk: verbatim",
        ),
        pytest.param(
            "The harbour needs a new crane before the storms. (inaudible) We have spoken about "
            "the budget for a long time, and the accounts of the town are in good order, and the "
            "auditors agree with them, as you all know by now.",
            "Thank you.",
            "And the ferry needs a new engine before the winter comes and the storms start.",
            "The harbour needs a new crane before the storms, and the ferry needs a new engine "
            "before the winter comes and the storms start.",
            (Verdict.SPLICED,),
            id="heard words left out beside the gap: still a splice",
        ),
    ],
)
def test_pieces_across_a_gap(
    first: str, other: str, then: str, quoted: str, verdicts: tuple[Verdict, ...]
) -> None:
    text = TURNS.format(first=first, other=other, then=then)
    src = quotecheck.make_source(text, id="council.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Mara Lind spoke at the harbour council meeting. “{quoted}” Lind said.\n"
    )
    result = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert result.verdict in verdicts, result.explanation
    if result.verdict is not Verdict.SPLICED:
        assert not _errors(result), result.explanation


ELSEWHERE = """---
kind: transcript
occasion: harbour council meeting
date: 2026-04-14
---

Mara Lind: Thank you all for coming tonight. {first}

Tom Berg: Thank you, Mara. We will come back to the budget later.

Mara Lind: Yes. We spoke about it often, and the town will pay for it in full, as everybody
knows here.
"""


@pytest.mark.parametrize(
    ("first", "quoted"),
    [
        pytest.param(
            "The harbour needs a new crane before the storms, and the ferry, (inaudible), before "
            "the winter comes and the storms start.",
            "The harbour needs a new crane before the storms, and the ferry, the town will pay "
            "for it in full, before the winter comes and the storms start.",
            id="the words at the gap found by chance elsewhere, mid-quote",
        ),
        pytest.param(
            "(inaudible) the ferry needs a new engine before the winter comes and the storms "
            "start.",
            "The town will pay for it in full, and the ferry needs a new engine before the "
            "winter comes and the storms start.",
            id="at the start of the quote",
        ),
    ],
)
def test_words_at_a_gap_found_elsewhere_are_no_splice(first: str, quoted: str) -> None:
    src = quotecheck.make_source(ELSEWHERE.format(first=first), id="council.md")
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Mara Lind spoke at the harbour council meeting. “{quoted}” Lind said.\n"
    )
    result = quotecheck.check_text(article, sources=[src]).quotes[0]
    # Words at the gap: no splice, no alteration; more than a word there, unconfirmed (F11).
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    assert "cannot be checked" in result.explanation


@pytest.mark.parametrize(
    ("said", "quoted", "gaps"),
    [
        pytest.param(
            "The pier will close in March and (inaudible) until the spring tides are over.",
            "The pier will close in March and stay shut until the spring tides are over.",
            ["stay", "shut"],
            id="words where the source has (inaudible)",
        ),
        pytest.param(
            "The pier will close in March and the ferry -- (CROSSTALK)\n\n"
            "Tom Berg: (CROSSTALK)\n\nMara Lind: -- moves to the north quay until the tides "
            "are over.",
            "The pier will close in March and the ferry moves to the north quay until the "
            "tides are over.",
            [""],
            id="the quote runs on across crosstalk",
        ),
        pytest.param(
            "The pier will close in March, the the ferry moves to the north quay in April.",
            "The pier will close in March, the ferry moves to the north quay in April.",
            [],
            id="a repeated word is no gap",
        ),
    ],
)
def test_an_edit_at_a_gap_says_so(said: str, quoted: str, gaps: list[str]) -> None:
    result = check_said(said, quoted)
    assert [e.quote for e in result.edits if e.gap] == gaps, result.explanation  # type: ignore[attr-defined]
    shown = result.model_dump(mode="json")["edits"]  # type: ignore[attr-defined]
    assert [e["quote"] for e in shown if e["gap"]] == gaps
