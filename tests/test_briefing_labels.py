"""Source-side speaker labels of press briefings, court records, parliamentary records and
earnings calls (red team 18, F1–F5): a label that gives the speaker's post before the name
("SECRETARY VANTE:", "SEC. VANTE:", "CHAIRMAN VANTE:") names the source's declared speaker as
"MS. VANTE:" does.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.inputs.sources import make_source


def _speakers(text: str, speaker: str | None = None) -> list[str | None]:
    src = make_source(text, speaker=speaker)
    return [t.speaker for t in src.turns if not t.quoted]


@pytest.mark.parametrize(
    "label",
    [
        "SECRETARY VANTE",
        "SEC. VANTE",
        "CHAIRMAN VANTE",
        "COMMISSIONER VANTE",
        "COUNCILLOR VANTE",
        "JUDGE VANTE",
        "SECRETARY ILSA VANTE",
        "MS. VANTE",
    ],
)
def test_a_post_before_the_name_names_the_declared_speaker(label: str) -> None:
    text = (
        f"{label}: The ferry timetable changes in March.\n\n"
        "QUESTION: Will the night crossing stay?\n\n"
        f"{label}: The night crossing stays until the autumn.\n"
    )
    assert _speakers(text, "Ilsa Vante") == ["Ilsa Vante", "QUESTION", "Ilsa Vante"]


@pytest.mark.parametrize("label", ["SECRETARY BROOK", "CHAIRMAN ILSA BROOK", "SEC. BROOK"])
def test_a_post_before_another_name_stays_that_name(label: str) -> None:
    text = (
        "MS. VANTE: The ferry timetable changes in March.\n\n"
        f"{label}: The night crossing stays.\n\n"
        "MS. VANTE: Until the autumn.\n"
    )
    assert _speakers(text, "Ilsa Vante") == ["Ilsa Vante", label, "Ilsa Vante"]


def test_briefing_answers_are_checked_against_the_declared_speaker() -> None:
    source = (
        "SECRETARY VANTE: We have hired forty new pilots since June.\n\n"
        "QUESTION: Is the strike over?\n\n"
        "SECRETARY VANTE: That is a question for the union.\n"
    )
    src = make_source(source, id="briefing.txt", speaker="Ilsa Vante")
    article = "“We have hired fifty new pilots since June,” Vante said."
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == "altered"
    assert "QC111" in q.codes


EXAMINATION = (
    "THE COURT: Be seated. Counsel, go ahead.\n\n"
    "MR. HOLT: Thank you, Your Honor.\n\n"
    "Q. Where were you on the night of the flood?\n\n"
    "A. I was at the pumping station until two.\n\n"
    "MS. FENN: Objection.\n\n"
    "THE COURT: Overruled.\n\n"
    "A. I stayed there because the alarm had failed.\n"
)


def test_court_question_and_answer_labels_with_a_full_stop() -> None:
    assert _speakers(EXAMINATION, "Dora Pell") == [
        "THE COURT",
        "MR. HOLT",
        "Interviewer",
        "Dora Pell",
        "MS. FENN",
        "THE COURT",
        "Dora Pell",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an outline's lettered heads, no examination
        "MR. HOLT: Thank you.\n\nA. Background to the flood.\n\nB. The pumping station.\n",
        # an initial opening a line
        "MR. HOLT: Thank you.\n\nA. Pell said the alarm failed.\n",
    ],
)
def test_a_letter_and_a_full_stop_alone_is_no_answer(text: str) -> None:
    assert "Dora Pell" not in _speakers(text, "Dora Pell")


def test_the_witness_is_the_declared_speaker() -> None:
    text = (
        "THE COURT: State your name.\n\n"
        "THE WITNESS: Dora Pell.\n\n"
        "MR. HOLT: Did the alarm sound?\n\n"
        "THE WITNESS: It never sounded that night.\n"
    )
    assert _speakers(text, "Dora Pell") == ["THE COURT", "Dora Pell", "MR. HOLT", "Dora Pell"]


@pytest.mark.parametrize("source", [EXAMINATION, EXAMINATION.replace("A. ", "THE WITNESS: ")])
def test_testimony_is_the_witness_own(source: str) -> None:
    src = make_source(source, id="court.txt", speaker="Dora Pell")
    faithful = "“I was at the pumping station until two,” Pell told the court."
    (q,) = quotecheck.check_text(faithful, sources=[src]).quotes
    assert q.verdict.value == "verbatim"
    changed = "“I stayed there because the alarm had worked,” Pell said."
    (q,) = quotecheck.check_text(changed, sources=[src]).quotes
    assert q.verdict.value == "altered"


@pytest.mark.parametrize("label", ["VANTE", "SECRETARY VANTE", "MS. VANTE", "Ilsa Vante"])
def test_a_label_word_is_never_evidence(label: str) -> None:
    source = (
        f"{label}: Every one of those ferries is insured.\n\n"
        "QUESTION: Even the old ones?\n\n"
        f"{label}: Even the old ones.\n"
    )
    src = make_source(source, id="briefing.txt", speaker="Ilsa Vante")
    article = "“Not every one of those ferries is insured,” Vante admitted."
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == "altered"
    said = " ".join(f.message for f in q.findings)
    assert "added “Not”" in said
    assert "VANTE" not in said and "Vante”" not in said


HANSARD = (
    "Mr SPEAKER: Order. Questions to the Prime Minister.\n\n"
    "Iris Dunmore (Kelby North) (Lab): Will the Prime Minister admit the canal fund is empty?\n\n"
    "The Prime Minister (Owen Tarrant): The canal fund is not empty. Every lock will be mended.\n\n"
    "Iris Dunmore: The boaters do not believe him.\n\n"
    "The Prime Minister: I will walk the towpath with them in June.\n"
)


def test_parliamentary_labels_with_asides() -> None:
    assert _speakers(HANSARD, "Owen Tarrant") == [
        "Mr SPEAKER",
        "Iris Dunmore",
        "Owen Tarrant",
        "Iris Dunmore",
        "Owen Tarrant",
    ]


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        ("“The canal fund is not empty,” Tarrant said.", "verbatim"),
        ("“I will walk the towpath with them in June,” Tarrant said.", "verbatim"),
        ("“I will walk the towpath with them in July,” Tarrant said.", "altered"),
    ],
)
def test_the_prime_minister_answers_are_his(quote: str, verdict: str) -> None:
    src = make_source(HANSARD, id="hansard.txt", speaker="Owen Tarrant")
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == verdict


@pytest.mark.parametrize(
    "line",
    [
        # a place and a party: the member's own name stands before them
        "Iris Dunmore (Kelby North) (Lab): The fund is empty.",
        # a role in the brackets names no person
        "The Chair (Deputy Speaker): Order.",
        # a lower-case stage direction names no one
        "The Minister (interrupting): Order.",
    ],
)
def test_an_aside_naming_no_person_leaves_the_label(line: str) -> None:
    text = f"MR. HOLT: Thank you.\n\n{line}\n\nMR. HOLT: Thank you again.\n"
    speakers = _speakers(text, "Owen Tarrant")
    assert "Owen Tarrant" not in speakers
    assert speakers[1] == line.split(" (")[0]


# review18-2 F1: an answer label is the declared speaker's only when no label of the
# source already names her; a bare "WITNESS:" is a bystander's, anyone's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "PRESENTER: The barn on Mill Lane burned until dawn.\n\n"
            "WITNESS: The roof fell in before the first engine came.\n\n"
            "CHIEF ORMSBY: Our engines were there in nine minutes.\n",
            "Kit Ormsby",
        ),
        (
            "MR. VELL: Thank you, Your Honour.\n\n"
            "Q. Where did you park the van?\n\n"
            "A. Behind the bakery, as always.\n\n"
            "MR. VELL: Nothing further.\n",
            "Nico Vell",
        ),
        (
            "MR. VELL: Please tell the jury.\n\n"
            "THE WITNESS: Behind the bakery, as always.\n\n"
            "MR. VELL: Nothing further.\n",
            "Nico Vell",
        ),
    ],
)
def test_an_answer_is_not_the_speaker_who_has_her_own_label(text: str, speaker: str) -> None:
    turns = make_source(text, speaker=speaker, kind="transcript").turns
    (answer,) = [
        t
        for t in turns
        if not t.quoted and ("before" in text[t.start : t.end] or "bakery" in text[t.start : t.end])
    ]
    assert answer.speaker != speaker


@pytest.mark.parametrize(
    "quote",
    [
        "“The roof fell in before the first engine came,” Chief Kit Ormsby said.",
    ],
)
def test_a_bystanders_words_given_to_the_labelled_speaker_are_not_hers(quote: str) -> None:
    text = (
        "PRESENTER: The barn on Mill Lane burned until dawn.\n\n"
        "WITNESS: The roof fell in before the first engine came.\n\n"
        "CHIEF ORMSBY: Our engines were there in nine minutes.\n"
    )
    src = make_source(text, id="bulletin.txt", speaker="Kit Ormsby", kind="transcript")
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value != "verbatim"
    assert "QC201" in q.codes or "QC205" in q.codes


# review18-2 F3: a bracketed aside makes a label only when the words before it name a person.
@pytest.mark.parametrize(
    "line",
    [
        "Totals (Checked) (Final): The harbour earned six million pounds.",
        "Transcript (Abridged): The harbour earned six million pounds.",
        "Memo (Full Text): The harbour earned six million pounds.",
        "Chart (Revised): The harbour earned six million pounds.",
    ],
)
def test_a_heading_with_a_bracketed_note_is_no_speaker(line: str) -> None:
    text = f"NELL VARGA: We begin with the harbour.\n\n{line}\n\nOTTO BRIM: Thank you.\n"
    src = make_source(text, id="t.txt", speaker="Nell Varga", kind="transcript")
    assert [t.speaker for t in src.turns if not t.quoted] == ["Nell Varga", "OTTO BRIM"]
    quote = "Nell Varga said: “The harbour earned six million pounds.”"
    (q,) = quotecheck.check_text(quote, sources=[src]).quotes
    assert q.verdict.value == "verbatim"


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Otto Brim (Fenmouth) (Ind): The harbour is losing money.", "Otto Brim"),
        ("The Home Secretary (Nell Varga): The harbour is not losing money.", "Nell Varga"),
        ("Mrs Varga (Fenmouth): The harbour is not losing money.", "Mrs Varga"),
        ("The Chair (interrupting): Order.", "The Chair"),
    ],
)
def test_a_persons_label_keeps_its_aside(line: str, who: str) -> None:
    text = f"MR. HOLT: Thank you.\n\n{line}\n\nMR. HOLT: Thank you again.\n"
    assert _speakers(text)[1] == who


BARE_Q = (
    "MR. DALLOWAY: Good morning. The harbour tunnel reopens on Monday.\n\n"
    "Q Thanks, Piet. The contractor says the repairs cost $90 million. Is that right?\n\n"
    "MR. DALLOWAY: I have not seen a final bill, and I won't guess at one.\n\n"
    "Q    Will tolls go up?\n\n"
    "MR. DALLOWAY: Tolls stay where they are this year.\n"
)


def test_a_briefing_question_label_with_no_colon_is_the_reporter_s_turn() -> None:
    """Red team 23 F1: an official briefing transcript writes "Q Thanks, …" (no colon)."""
    speakers = _speakers(BARE_Q, "Piet Dalloway")
    assert speakers == ["Piet Dalloway", "Q", "Piet Dalloway", "Q", "Piet Dalloway"]


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        # the reporter's question and the estimate the reporter cites, given to the spokesman
        ("“Will tolls go up?” Dalloway asked.", "misattributed"),
        ("“The contractor says the repairs cost $90 million,” Dalloway said.", "misattributed"),
        # his own words stay his
        ("“Tolls stay where they are this year,” Dalloway said.", "verbatim"),
        ("“I have not seen a final bill,” Dalloway said.", "verbatim"),
    ],
)
def test_words_of_a_bare_q_turn_are_not_the_spokesman_s(article: str, verdict: str) -> None:
    src = make_source(BARE_Q, id="briefing.txt", speaker="Piet Dalloway")
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == verdict


@pytest.mark.parametrize(
    "text",
    [
        # prose: a line opening with the word "Q", once, in a statement with a label
        "MR. DALLOWAY: The tunnel reopens.\n\nQ is the letter on the new toll signs.\n",
        # an earnings call's quarters: no blank after the letter
        "Lena Sato: Thank you.\n\nQ3 revenue rose.\n\nQ4 revenue will rise again.\n",
        # no labelled answers at all: a list of letters
        "Q Street closes at nine.\n\nQ Street opens again at six.\n",
    ],
)
def test_a_line_opening_with_the_word_q_is_no_question(text: str) -> None:
    assert "Q" not in _speakers(text, "Piet Dalloway")


# Review 23-3 #1: a Russian paragraph opening with the preposition "В" ("in") is the speaker's
# own words, never a bare question label, though "в" labels a question with a colon.
RU_SPEECH = (
    "Тамара Ольхова выступила перед депутатами.\n\n"
    "Ольхова: Благодарю всех, кто пришёл.\n\n"
    "В марте откроем три новые библиотеки.\n\n"
    "В мае достроим детский бассейн.\n\n"
    "Налоги останутся прежними.\n"
)
RU_INTERVIEW = (
    "ВЕДУЩАЯ: Здравствуйте. Сегодня у нас мэр Тамара Ольхова.\n\n"
    "ОЛЬХОВА: Здравствуйте. Расскажу о библиотеках.\n\n"
    "В марте откроем три новые библиотеки.\n\n"
    "В мае достроим детский бассейн.\n\n"
    "ВЕДУЩАЯ: Благодарю.\n"
)


@pytest.mark.parametrize("text", [RU_SPEECH, RU_INTERVIEW])
def test_a_russian_paragraph_opening_with_v_is_no_question_label(text: str) -> None:
    src = make_source(text, speaker="Тамара Ольхова", language="ru")
    assert "В" not in [t.speaker for t in src.turns]
    if text is RU_SPEECH:
        assert src.kind != "transcript"


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        # her own words under her label stay hers
        ("«В марте откроем три новые библиотеки», — сказала Ольхова.", "verbatim"),
        ("«Откроем три новые библиотеки», — сказала Ольхова.", "verbatim"),
        ("«Достроим детский бассейн», — сказала Ольхова.", "verbatim"),
        # must still accuse: a number changed in the same paragraph
        ("«В марте откроем пять новых библиотек», — сказала Ольхова.", "altered"),
    ],
)
@pytest.mark.parametrize("source", [RU_SPEECH, RU_INTERVIEW])
def test_words_after_a_russian_v_stay_the_speaker_s(
    article: str, verdict: str, source: str
) -> None:
    src = make_source(source, id="efir.txt", speaker="Тамара Ольхова", language="ru")
    (q,) = quotecheck.check_text(article, sources=[src], settings=Settings(language="ru")).quotes
    assert q.verdict.value == verdict


def test_the_host_s_words_given_to_the_mayor_stay_misattributed() -> None:
    src = make_source(RU_INTERVIEW, id="efir.txt", speaker="Тамара Ольхова", language="ru")
    article = "«Сегодня у нас мэр Тамара Ольхова», — сказала Ольхова."
    (q,) = quotecheck.check_text(article, sources=[src], settings=Settings(language="ru")).quotes
    assert q.verdict.value == "misattributed"


def test_a_russian_question_label_with_a_colon_still_is_the_interviewer_s() -> None:
    text = (
        "В: Когда откроются библиотеки?\n\n"
        "О: В марте откроем три новые библиотеки.\n\n"
        "В: А бассейн?\n\n"
        "О: В мае.\n"
    )
    src = make_source(text, speaker="Тамара Ольхова", language="ru")
    mine = [text[t.start : t.end] for t in src.turns if t.speaker == "Тамара Ольхова"]
    assert any("три новые библиотеки" in m for m in mine)
    assert not any("Когда откроются" in m for m in mine)


def test_bare_question_labels_are_question_labels_and_no_words() -> None:
    from quotecheck.lang import get_language

    for code in ("de", "en", "es", "fr", "ru"):
        lang = get_language(code)
        assert lang.bare_question_labels <= set(lang.question_labels), code
    assert not get_language("ru").bare_question_labels
    assert get_language("en").bare_question_labels == {"q"}
