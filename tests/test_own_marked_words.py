"""Words a source sets in quote marks inside the article speaker's own turn, crediting them to no
one — a motto, a slogan, a name she gives something — or to herself ("As I told the crews,
“…”") are her words: quoted by the article as
hers, they are no misattribution (red team 20, F1).  Words the source credits to someone else in
their sentence ("my mother used to say, “…”", "as Admiral Pell put it, “…”", "the harbour
code says “…”"), or in the sentence before when they open their own ("She had a saying. “…”"),
stay that someone's: attributed to the speaker, misattributed (``docs/verdicts.md``, *The source
as evidence*, step 2).

Every sentence here is made up for these tests: a harbour town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

LEE_SPEECH = (
    "---\nspeaker: Ann Lee\nkind: speech\noccasion: harbour fair opening\ndate: 2026-05-02\n---\n"
    "Thank you for coming out in the rain. Our motto for the harbour fair is “Nets up, prices "
    "down,” and we mean it every single day. My mother used to say, “a calm sea never made "
    "a good sailor.” The harbour code says “no boat shall moor past the red buoy after dusk.” "
    "As Admiral Pell once put it, “the tide waits for the brave and the patient.” She had a "
    "saying of her own. “Mend the net before the storm comes in.” This year the fair runs for "
    "nine days, and the theme is “Lanterns on the water,” so bring a lantern. As I told the "
    "crews last spring, “no berth will go to a boat from outside the bay.”\n"
)


def _check(article: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(LEE_SPEECH, id="speech.md")
    report = quotecheck.check_text(article, sources=[source])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    "article",
    [
        pytest.param("“Nets up, prices down,” Ann Lee said at the fair.", id="her motto"),
        pytest.param(
            "Opening the fair, Ann Lee said the theme was “Lanterns on the water.”",
            id="the theme she names",
        ),
        pytest.param(
            "“No berth will go to a boat from outside the bay,” Ann Lee said at the fair.",
            id="her own earlier words: as I told the crews",
        ),
    ],
)
def test_her_own_marked_words_are_hers(article: str) -> None:
    result = _check(article)
    codes = {f.code for f in result.findings}
    assert result.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, result
    assert "QC201" not in codes and "QC205" not in codes, result.findings


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "“A calm sea never made a good sailor,” Ann Lee said at the fair.",
            id="a saying of her mother's",
        ),
        pytest.param(
            "“No boat shall moor past the red buoy after dusk,” Ann Lee said at the fair.",
            id="the harbour code says",
        ),
        pytest.param(
            "“The tide waits for the brave and the patient,” Ann Lee said at the fair.",
            id="as an admiral put it",
        ),
        pytest.param(
            "“Mend the net before the storm comes in,” Ann Lee said at the fair.",
            id="credited in the sentence before",
        ),
    ],
)
def test_words_she_credits_to_others_stay_misattributed(article: str) -> None:
    result = _check(article)
    assert result.verdict is Verdict.MISATTRIBUTED, result


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "Quoting her mother, Ann Lee said at the fair: “A calm sea never made a good sailor.”",
            id="quoting her mother",
        ),
        pytest.param(
            "“A calm sea never made a good sailor,” Ann Lee said at the fair, recalling a line "
            "of her mother's.",
            id="recalling a line of her mother's",
        ),
    ],
)
def test_the_article_names_whom_she_quotes(article: str) -> None:
    """The source credits the words to "my mother"; the article names her mother too: the
    speaker reads out someone's words and the article says so (QC206), no misattribution."""
    result = _check(article)
    codes = {f.code for f in result.findings}
    assert result.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, result
    assert "QC206" in codes and "QC201" not in codes, result.findings


LEE_REPLY = (
    "---\nspeaker: Ann Lee\nkind: speech\noccasion: harbour fair opening\ndate: 2026-05-02\n---\n"
    "Some of you have asked about the slipway. I was told last winter, “the slipway will be "
    "sold by August.” That was never my plan. My rival's slogan is “Pave the quay, fill the "
    "bay,” and I want no part of it. Their motto this season is “Bigger boats, fewer crews.” "
    "I keep hearing “the fleet is done for,” and the fleet is not done for. I told her "
    "plainly, “the net lofts stay open all winter.”\n"
)


def _check_reply(article: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(LEE_REPLY, id="reply.md")
    report = quotecheck.check_text(article, sources=[source])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "“The slipway will be sold by August,” Ann Lee said at the fair.",
            id="I was told: a passive credits the teller",
        ),
        pytest.param(
            "“Pave the quay, fill the bay,” Ann Lee said at the fair.",
            id="my rival's slogan",
        ),
        pytest.param(
            "“Bigger boats, fewer crews,” Ann Lee said at the fair.",
            id="their motto",
        ),
        pytest.param(
            "“The fleet is done for,” Ann Lee said at the fair.",
            id="I keep hearing",
        ),
    ],
)
def test_words_she_heard_or_gives_to_others_stay_misattributed(article: str) -> None:
    """Review 20-2, finding 2: only positive ownership makes marked words hers — never a
    passive "I was told", a hearing verb, or a possessive of someone else."""
    assert _check_reply(article).verdict is Verdict.MISATTRIBUTED


def test_words_she_told_someone_are_hers() -> None:
    """ "I told her, “…”": "her" is the one spoken to, not the words' owner."""
    result = _check_reply("“The net lofts stay open all winter,” Ann Lee said at the fair.")
    assert result.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, result
