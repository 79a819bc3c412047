"""A court record read as a court reporter writes it (red team 22 F1, F7): a witness's header
("NAME, having been first duly sworn, testified as follows:", ``sworn_phrases``) names the
witness whose "A." answers follow, up to the next witness's; an examiner's line ("BY MR.
NAME:", ``examiner_openers``) names the lawyer whose "Q." questions follow; "THE COURT:" is the
judge (``label_roles``).  A label that names no person ("A", "Interviewer", a post alone) is
doubt at most, never a misattribution, against an article's speaker with no turn of their own
in that record.

Every sentence here is invented: a ferry-fire trial, State v. Orrin Pell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.labels import EXAMINER, WITNESS, court_headers, label_role
from quotecheck.inputs.sources import make_source
from quotecheck.models import QuoteResult

RECORD = """---
occasion: trial of Orrin Pell
date: 2026-09-14
kind: transcript
---
THE COURT: Be seated, please. Mr. Halloran, your first witness.

MR. HALLORAN: The State calls Liesel Oduya.

LIESEL ODUYA, having been first duly sworn, testified as follows:

DIRECT EXAMINATION

Q. Ms. Oduya, what is your work?

A. I repair ferry engines at the north slip.

BY MR. HALLORAN:

Q. What did you see that night?

A. Smoke came out of the engine hatch before the bell rang.

MS. QUILL: Objection. Leading.

THE COURT: Overruled. The witness may answer.

THE WITNESS: The hatch was open, and nobody stood near it.

CROSS-EXAMINATION

BY MS. QUILL:

Q. You never saw who opened the hatch, did you?

A. No, I did not see that.

MR. HALLORAN: The State calls Kofi Brandt.

KOFI BRANDT, having been duly sworn, testified as follows:

BY MR. HALLORAN:

Q. Where did you find the fuel can?

A. Under the third bench, still half full.
"""


def _speakers() -> list[tuple[str | None, str]]:
    src = make_source(RECORD, id="record.txt")
    return [
        (t.speaker, src.text[t.start : t.end].strip().split("\n")[0][:30])
        for t in src.turns
        if not t.quoted
    ]


def test_headers_are_read_in_order() -> None:
    found = [(h.role, h.name) for h in court_headers(RECORD, language="en")]
    assert found == [
        (WITNESS, "LIESEL ODUYA"),
        (EXAMINER, "MR. HALLORAN"),
        (EXAMINER, "MS. QUILL"),
        (WITNESS, "KOFI BRANDT"),
        (EXAMINER, "MR. HALLORAN"),
    ]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        pytest.param("TOMAS REYNE, having been previously sworn, testified further:", WITNESS),
        pytest.param("Ada Whitcombe, called as a witness, being first duly sworn:", WITNESS),
        pytest.param("BY MR. DE VRIES:", EXAMINER, id="a name with a particle"),
        pytest.param("MAREN, we went home early, having been sworn to silence.", None),
        pytest.param("by the river:", None, id="no capitalised name"),
        pytest.param("BY MR. HALLORAN: What time was it?", None, id="words after the colon"),
    ],
)
def test_a_header_line(line: str, role: str | None) -> None:
    found = court_headers(f"{line}\n", language="en")
    assert [h.role for h in found] == ([role] if role else [])


def test_each_witness_has_their_own_answers_and_each_lawyer_their_questions() -> None:
    speakers = [who for who, _ in _speakers()]
    assert speakers == [
        "THE COURT",
        "MR. HALLORAN",
        "Interviewer",  # a question before any examiner's line
        "LIESEL ODUYA",
        "MR. HALLORAN",
        "LIESEL ODUYA",
        "MS. QUILL",
        "THE COURT",
        "LIESEL ODUYA",  # THE WITNESS: the one on the stand
        "MS. QUILL",
        "LIESEL ODUYA",
        "MR. HALLORAN",
        "MR. HALLORAN",
        "KOFI BRANDT",
    ]


def test_a_header_is_nobody_s_words() -> None:
    src = make_source(RECORD, id="record.txt")
    at = RECORD.index("having been first duly sworn")
    assert src.speaker_at(at)[0] != "MR. HALLORAN"


ARTICLE = """---
date: 2026-09-15
---
A ferry mechanic told jurors on Monday that she saw smoke before the alarm at the north slip.
Judge Hana Moritz presides over the trial of Orrin Pell.

{body}
"""


def _check(body: str, record: str = RECORD) -> list[QuoteResult]:
    src = make_source(record, id="record.txt")
    report = quotecheck.check_text(ARTICLE.format(body=body), sources=[src], path="a.md")
    return list(report.quotes)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "“Smoke came out of the engine hatch before the bell rang,” Liesel Oduya testified.",
            id="the first witness",
        ),
        pytest.param(
            "Detective Kofi Brandt said the can was found “under the third bench, still half "
            "full.”",
            id="the second witness, not the first",
        ),
        pytest.param(
            "Defense lawyer Imogen Quill asked, “You never saw who opened the hatch, did you?”",
            id="the examining lawyer's question",
        ),
        pytest.param(
            "Moritz overruled the objection. “The witness may answer,” the judge said.",
            id="THE COURT is the judge",
        ),
    ],
)
def test_faithful_court_quotes_are_verbatim_with_no_doubt(body: str) -> None:
    (q,) = _check(body)
    assert q.verdict.value == "verbatim", (q.verdict, q.explanation)
    assert not {"QC201", "QC205"} & {f.code for f in q.findings}, q.findings


def test_words_given_to_the_wrong_witness_are_still_misattributed() -> None:
    (q,) = _check("“Smoke came out of the engine hatch before the bell rang,” Kofi Brandt said.")
    assert q.verdict.value == "misattributed", (q.verdict, q.explanation)


NO_HEADERS = "\n".join(
    line for line in RECORD.splitlines() if "sworn" not in line and not line.startswith("BY ")
)


@pytest.mark.parametrize(
    ("body", "verdict", "codes"),
    [
        pytest.param(
            "“Smoke came out of the engine hatch before the bell rang,” Liesel Oduya testified.",
            "verbatim",
            {"QC205"},
            id="an answer no header names: doubt, not an accusation",
        ),
        pytest.param(
            "“Smoke came out of the engine hatch before the bell rang,” Halloran said.",
            "misattributed",
            {"QC201"},
            id="a lawyer with turns of his own is not the one answering",
        ),
    ],
)
def test_a_label_naming_no_person(body: str, verdict: str, codes: set[str]) -> None:
    (q,) = _check(body, NO_HEADERS)
    assert q.verdict.value == verdict, (q.verdict, q.explanation)
    assert codes <= {f.code for f in q.findings}, q.findings


@pytest.mark.parametrize(
    ("label", "role"),
    [("THE COURT", "judge"), ("THE CLERK", "clerk"), ("MR. HALLORAN", "")],
)
def test_a_court_label_s_role(label: str, role: str) -> None:
    assert label_role(label) == role


@pytest.mark.parametrize(
    ("lede", "verdict", "code"),
    [
        pytest.param(
            "Hana Moritz heard the objection on Monday.",
            "verbatim",
            "QC205",
            id="a name the article gives no post: may be the judge",
        ),
        pytest.param(
            "Prosecutor Hana Moritz spoke after the objection on Monday.",
            "misattributed",
            "QC201",
            id="another post: not the judge",
        ),
        pytest.param(
            "Former judge Hana Moritz watched from the gallery on Monday.",
            "misattributed",
            "QC201",
            id="the post once held: not the judge now",
        ),
    ],
)
def test_the_court_s_words_and_a_person_with_no_turn(lede: str, verdict: str, code: str) -> None:
    src = make_source(RECORD, id="record.txt")
    article = f"---\ndate: 2026-09-15\n---\n{lede}\n\n“The witness may answer,” Moritz said.\n"
    (q,) = quotecheck.check_text(article, sources=[src], path="a.md").quotes
    assert q.verdict.value == verdict, (q.verdict, q.explanation)
    assert code in {f.code for f in q.findings}, q.findings
