"""Speaker labels that are a line's shape, not a name and a colon (red team 18, F19 and F4):
a US hearing record's "Senator Quill. …" (title and name, a full stop, as the Government
Publishing Office prints them) and an earnings call's "Tova Brandt -- Chief Financial Officer"
header lines with "Operator" lines between them.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.labels import in_speaker_label, speaker_labels
from quotecheck.inputs.sources import make_source

HEARING = (
    "HEARING BEFORE THE COMMITTEE ON TRANSPORT\n\n"
    "The Chairman. The hearing will come to order. Secretary Marlowe, you may begin.\n\n"
    "Secretary Marlowe. Thank you, Mr. Chairman. Every ferry on the coast will sail on time "
    "this summer, and we have hired sixty new deckhands.\n\n"
    "Senator Quill. Madam Secretary, the ferries in my state are cancelled twice a week. "
    "Your timetable is a fantasy.\n\n"
    "Secretary Marlowe. Senator, I rode those ferries myself. No crossing was cancelled in May.\n\n"
    "Senator Quill. I will send you the logbooks on Friday.\n"
)


def _speakers(text: str, speaker: str | None = None) -> list[str | None]:
    src = make_source(text, speaker=speaker)
    return [t.speaker for t in src.turns if not t.quoted]


def test_a_hearing_records_labels_open_turns() -> None:
    assert _speakers(HEARING, "Petra Marlowe") == [
        "The Chairman",
        "Petra Marlowe",
        "Senator Quill",
        "Petra Marlowe",
        "Senator Quill",
    ]


@pytest.mark.parametrize(
    ("quote", "verdict", "code"),
    [
        # the witness's own words
        ("“We have hired sixty new deckhands,” Marlowe said.", "verbatim", None),
        ("“No crossing was cancelled in May,” Marlowe said.", "verbatim", None),
        ("“We have hired ninety new deckhands,” Marlowe said.", "altered", "QC111"),
        # the senator's words given to the witness
        ("Marlowe said: “Your timetable is a fantasy.”", "misattributed", "QC201"),
        (
            "“The ferries in my state are cancelled twice a week,” Marlowe said.",
            "misattributed",
            "QC201",
        ),
    ],
)
def test_a_hearing_records_turns_are_checked(quote: str, verdict: str, code: str | None) -> None:
    src = make_source(HEARING, id="hearing.txt", speaker="Petra Marlowe")
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == verdict
    if code:
        assert code in q.codes


@pytest.mark.parametrize(
    "text",
    [
        # a speech's paragraph opening with an address, once
        "Mr. Speaker. I rise to speak for the ferry workers.\n\n"
        "Senator Quill. That is who wrote this bill, and I thank him.\n\n"
        "We will sail on time.\n",
        # one name heading two paragraphs, no one answering
        "Senator Quill. He wrote the bill.\n\nSenator Quill. He will defend it.\n",
        # an address of role words only is no speaker
        "Mr. Chairman. We will sail.\n\nMr. Chairman. We will sail on time.\n\n"
        "Madam Speaker. Thank you.\n",
        # a sentence of a name and a full stop is no label unless it is a title and a name
        "Petra Marlowe. A ferry captain.\n\nPetra Marlowe. A mother.\n\nJon Quill. A pilot.\n",
    ],
)
def test_a_name_and_a_full_stop_without_an_exchange_is_no_label(text: str) -> None:
    assert list(speaker_labels(text)) == []


def test_a_hearing_label_is_the_transcribers_words() -> None:
    assert in_speaker_label(HEARING, HEARING.index("Quill. Madam"))
    assert in_speaker_label(HEARING, HEARING.index("Senator Quill. Madam"))
    assert not in_speaker_label(HEARING, HEARING.index("Madam Secretary"))
    lone = "Senator Quill. He wrote the bill.\n"
    assert not in_speaker_label(lone, 0)


CALL = (
    "Harrow Ferries (HRF) Q1 2026 Earnings Call Transcript\n\n"
    "Prepared Remarks:\n\n"
    "Operator\n\n"
    "Good morning, and welcome to the Harrow Ferries first-quarter call.\n\n"
    "Tova Brandt -- Chief Financial Officer\n\n"
    "Thank you, operator. Bookings rose nine percent in the quarter. "
    "We will keep the night crossing.\n\n"
    "Questions & Answers:\n\n"
    "Operator\n\n"
    "Our first question comes from Elis Ward with Dunmore Capital.\n\n"
    "Elis Ward -- Dunmore Capital -- Analyst\n\n"
    "Thanks. Your fuel bill looks like it is doubling, and the night crossing is empty most "
    "weeks. Why keep it?\n\n"
    "Tova Brandt -- Chief Financial Officer\n\n"
    "The night crossing carries the mail. We are spending twelve million pounds on it.\n"
)


def test_an_earnings_calls_header_lines_open_turns() -> None:
    assert _speakers(CALL, "Tova Brandt") == [
        "Operator",
        "Tova Brandt",
        "Operator",
        "Elis Ward",
        "Tova Brandt",
    ]
    assert in_speaker_label(CALL, CALL.index("Financial"))
    assert in_speaker_label(CALL, CALL.index("Analyst"))
    assert not in_speaker_label(CALL, CALL.index("Bookings"))


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        ("“Bookings rose nine percent in the quarter,” Brandt said.", "verbatim"),
        ("“We are spending twenty million pounds on it,” Brandt said.", "altered"),
        # the analyst's words given to the executive
        ("Brandt conceded: “Your fuel bill looks like it is doubling.”", "misattributed"),
    ],
)
def test_an_earnings_calls_turns_are_checked(quote: str, verdict: str) -> None:
    src = make_source(CALL, id="call.txt", speaker="Tova Brandt")
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == verdict


@pytest.mark.parametrize(
    "text",
    [
        # one header line is a byline, no exchange
        "Tova Brandt -- Harrow Ferries\n\nWe will keep the night crossing.\n",
        # "Operator" heads nothing where no header line names a speaker
        "Operator\n\nThe night crossing is run by Harrow Ferries.\n\nModerator\n\nThank you.\n",
    ],
)
def test_a_lone_header_or_voice_line_is_no_label(text: str) -> None:
    assert list(speaker_labels(text)) == []


@pytest.mark.parametrize("thanks", ["Thanks.", "Thank you, operator.", "Many thanks for the time."])
def test_thanks_opening_a_turn_reports_no_one(thanks: str) -> None:
    call = CALL.replace("Thanks. Your fuel bill", f"{thanks} Your fuel bill")
    src = make_source(call, id="call.txt", speaker="Tova Brandt")
    quote = "Brandt conceded: “Your fuel bill looks like it is doubling.”"
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == "misattributed"
    assert "QC205" not in q.codes


RALLY = (
    "Thank you, Brackley. Thank you all. Look at this room.\n\n"
    "Mayor Dunn. What a fighter, she never gave up on this town.\n\n"
    "Councillor Voss. Thank you, Councillor. Terrific.\n\n"
    "We are going to reopen the mill before Christmas, you watch.\n\n"
    "Mayor Dunn. Wave to them, Mayor. A real star.\n\n"
    "And every child in this county will ride the bus for free.\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        "“We are going to reopen the mill before Christmas,” Okoro said.",
        "Okoro said “every child in this county will ride the bus for free.”",
    ],
)
def test_a_speechs_shout_outs_open_no_turns(quote: str) -> None:
    # the declared speaker greets a mayor and a councillor by title and name; no label names
    # her, so the paragraphs after a greeting stay her words (review 19-1 F0)
    src = make_source(RALLY, id="rally.txt", speaker="Nell Okoro")
    assert [t.speaker for t in src.turns if t.speaker and not t.quoted] == []
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == "verbatim"
    assert "QC201" not in q.codes


@pytest.mark.parametrize(
    ("speaker", "quote", "verdict"),
    [
        # the declared speaker is a witness the labels name: the record's turns stand
        ("Petra Marlowe", "“Your timetable is a fantasy,” Marlowe said.", "misattributed"),
        # declared as the senator the labels name: his turns are his
        ("Jon Quill", "“Your timetable is a fantasy,” Quill said.", "verbatim"),
        ("Jon Quill", "“We have hired sixty new deckhands,” Quill said.", "misattributed"),
    ],
)
def test_a_hearing_naming_the_declared_speaker_keeps_its_turns(
    speaker: str, quote: str, verdict: str
) -> None:
    src = make_source(HEARING, id="hearing.txt", speaker=speaker)
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == verdict
