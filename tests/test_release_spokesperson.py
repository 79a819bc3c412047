"""A press release quoting its spokesperson (red team 21 F2): every declaration works.  A
quote that follows, in the same paragraph, one the release credits to the spokesperson by
name ("“…,” said Cy Moss, spokesman for the harbour board. “…”"), or whose paragraph opens
with their name and a reporting verb ("Moss said the cranes were ordered. “…”"), is theirs
too — not words they quote (that had made faithful quotes `misattributed` with `speaker:`
declared).  A source declared written (``kind: statement``) that credits the words to the
speaker by name gives their words, not a rendering: a changed quote is `altered`, not
`unverifiable` "only a second-hand rendering".

Every sentence here is made up for these tests: a harbour board and its spokesman, Cy Moss.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

BODY = """FOR RELEASE ON MONDAY

PORT WENLOW — The harbour board has approved a new pair of cranes for the east quay.

“The old cranes have lifted their last container,” said Cy Moss, spokesman for the board. \
“The quay will stay open for no more than two ships a day while the new cranes go up.”

Moss said the cranes had been ordered from a yard in the north. \
“Crews will work through the night in the first week.”
"""

FRONTS = {
    "speaker declared": "speaker: Cy Moss\n",
    "speaker and kind declared": "speaker: Cy Moss\nkind: statement\n",
    "kind statement only": "kind: statement\n",
    "the board as speaker": "speaker: Wenlow Harbour Board\nkind: statement\n",
}


def _check(front: str, sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(f"---\n{front}date: 2026-11-02\n---\n{BODY}", id="release.md")
    article = (
        "---\ndate: 2026-11-02\n---\n\n"
        "The harbour board said on Monday that the cranes would arrive in spring.\n\n"
        f"{sentence}\n"
    )
    return quotecheck.check_text(article, sources=[src]).quotes[0]


@pytest.mark.parametrize("front", list(FRONTS.values()), ids=list(FRONTS))
@pytest.mark.parametrize(
    "sentence",
    [
        "“The old cranes have lifted their last container,” said Cy Moss, the board's spokesman.",
        "“Crews will work through the night in the first week,” Moss said.",
        "“The quay will stay open for no more than two ships a day while the new cranes go up,” "
        "Moss said.",
    ],
    ids=["credited", "paragraph opens with his name", "follows his credited quote"],
)
def test_the_spokesmans_words_are_his(front: str, sentence: str) -> None:
    q = _check(front, sentence)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation
    assert not {"QC201", "QC205"} & {f.code for f in q.findings}, q.explanation


@pytest.mark.parametrize("front", list(FRONTS.values()), ids=list(FRONTS))
def test_a_changed_quote_of_the_spokesman_is_altered(front: str) -> None:
    q = _check(
        front,
        "“The quay will stay open for more than two ships a day while the new cranes go up,” "
        "Moss said.",
    )
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert "QC110" in {f.code for f in q.findings}


# Words the release itself gives to someone else stay theirs (review 21-4 #0): a quote within
# the spokesman's quote, words after another report ("A sign … reads:", "He recalled what …
# told him:"), a second sentence whose subject reports ("The harbour master … told the
# board:", "Its chair wrote …:").  Each made the article's "Moss said" pass as his own words.
OTHERS = """FOR RELEASE ON MONDAY

PORT WENLOW — The harbour board has approved a new pair of cranes for the east quay.

“The old cranes have lifted their last container,” said Cy Moss, spokesman for the board. \
“As a crane driver told me, ‘I never saw a finer machine on any quay.’ We owe the crews a lot.”

“The tests went well,” said Cy Moss. He recalled what a retired rigger told him last week: \
“Nobody ever built a steadier jib.”

“We are grateful to the crews,” said Cy Moss. A sign the dockers hung on the gate reads: \
“Cranes before bonuses, safety before both.”

Moss said the cranes had been ordered from a yard in the north. The harbour master, who \
opposed the purchase, told the board: “This is money poured into the sea.”

Moss said the board met twice. Its chair wrote in a letter to members: \
“We have waited long enough for these cranes.”

“The cranes arrive in May,” said Cy Moss.

The harbour master objected to the cost. He added: “The berth fees will have to rise.”

“The quay will reopen in June,” said Cy Moss. He added: “Night shifts start in the first week.”
"""


def _check_others(front: str, sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(f"---\n{front}date: 2026-11-02\n---\n{OTHERS}", id="release.md")
    article = (
        "---\ndate: 2026-11-02\n---\n\n"
        "The harbour board said on Monday that the cranes would arrive in spring.\n\n"
        f"{sentence}\n"
    )
    return quotecheck.check_text(article, sources=[src]).quotes[0]


SPEAKER_FRONTS = {k: v for k, v in FRONTS.items() if "Cy Moss" in v}


@pytest.mark.parametrize("front", list(SPEAKER_FRONTS.values()), ids=list(SPEAKER_FRONTS))
@pytest.mark.parametrize(
    "sentence",
    [
        "“I never saw a finer machine on any quay,” Moss said.",
        "“Nobody ever built a steadier jib,” Moss said.",
        "“Cranes before bonuses, safety before both,” Moss said.",
        "“This is money poured into the sea,” Moss said.",
        "“We have waited long enough for these cranes,” Moss said.",
        "“The berth fees will have to rise,” Moss said.",
    ],
    ids=[
        "a quote within his quote",
        "he recalls another's words",
        "a sign reads",
        "the harbour master told the board",
        "its chair wrote",
        "he added after a paragraph on another",
    ],
)
def test_words_the_release_gives_another_stay_theirs(front: str, sentence: str) -> None:
    q = _check_others(front, sentence)
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation
    assert "QC201" in {f.code for f in q.findings}


@pytest.mark.parametrize("front", list(SPEAKER_FRONTS.values()), ids=list(SPEAKER_FRONTS))
@pytest.mark.parametrize(
    "sentence",
    [
        "“We owe the crews a lot,” Moss said.",
        "“Night shifts start in the first week,” Moss said.",
    ],
    ids=["his words after the inner quote", "he added: right after his credit"],
)
def test_his_own_words_around_them_are_his(front: str, sentence: str) -> None:
    q = _check_others(front, sentence)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation
    assert not {"QC201", "QC205"} & {f.code for f in q.findings}, q.explanation


# Review 22-2 #1: words the release credits to someone else AFTER them ("“…,” Ida Brand
# replied.") are that person's, even right after a quote credited to the spokesman or in a
# paragraph that opens with his name; a credit of a role or a sentence that runs on past the
# closing mark ("“…,” the pilot said.", "“…,” was the answer of Ida Brand.") gives them too.
AFTER = """FOR RELEASE ON MONDAY

PORT WENLOW — The harbour board has approved a new pair of cranes for the east quay.

“The cranes will be painted yellow,” said Cy Moss. “Yellow fades faster than any other colour,” \
Ida Brand replied.

“The yard sent its best welders,” said Cy Moss. “Their welds cracked on the last job,” \
Ida Brand, a rival builder, replied.

“The jibs arrive by barge,” said Cy Moss. “No barge that size has ever made it upriver,” \
was the answer of Ida Brand.

Moss said the crews had been trained in the north. “The training lasted barely a week,” \
the river pilot replied.

“The cranes arrive in May,” said Cy Moss. “The quay fees stay as they are.”
"""


def _check_after(front: str, sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(f"---\n{front}date: 2026-11-02\n---\n{AFTER}", id="release.md")
    article = (
        "---\ndate: 2026-11-02\n---\n\n"
        "The harbour board said on Monday that the cranes would arrive in spring.\n\n"
        f"{sentence}\n"
    )
    return quotecheck.check_text(article, sources=[src]).quotes[0]


@pytest.mark.parametrize("front", list(SPEAKER_FRONTS.values()), ids=list(SPEAKER_FRONTS))
@pytest.mark.parametrize(
    "sentence",
    [
        "“Yellow fades faster than any other colour,” Moss said.",
        "“Their welds cracked on the last job,” Moss said.",
        "“No barge that size has ever made it upriver,” Moss said.",
        "“The training lasted barely a week,” Moss said.",
    ],
    ids=[
        "another named after the words",
        "another named with an apposition",
        "was the answer of another",
        "a role's credit after his paragraph opening",
    ],
)
def test_words_credited_to_another_after_them_stay_theirs(front: str, sentence: str) -> None:
    q = _check_after(front, sentence)
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation
    assert "QC201" in {f.code for f in q.findings}


@pytest.mark.parametrize("front", list(SPEAKER_FRONTS.values()), ids=list(SPEAKER_FRONTS))
def test_his_follow_on_with_no_credit_stays_his(front: str) -> None:
    q = _check_after(front, "“The quay fees stay as they are,” Moss said.")
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation
    assert not {"QC201", "QC205"} & {f.code for f in q.findings}, q.explanation
