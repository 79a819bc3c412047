"""Words the speaker gives as what others say ("Critics say …", "Some people claim that …") are
that claim, not the speaker's own view: quoted as the speaker's, the doubt is said (red team 18
F17).

Every sentence here is made up for these tests: the harbour master, Ann Lee, answers critics of
the new quay.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "---\nspeaker: Ann Lee\ndate: 2026-06-01\n---\n"
    "Critics say the new quay is a white elephant, and they are wrong. Some people claim that we "
    "should sell the lighthouse to a hotel chain. I reject that. My opponent says the ferry fares "
    "will double by August. That is false. Well, I say this: the quay will pay for itself in "
    "nine years. We have always said the harbour must stay public. The fishing fleet will grow "
    "next year."
)


def _check(article: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SPEECH, id="speech.txt")
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "doubt"),
    [
        pytest.param(
            "“The new quay is a white elephant,” Ann Lee said.",
            True,
            id="critics say X, and they are wrong",
        ),
        pytest.param(
            "Ann Lee said: “We should sell the lighthouse to a hotel chain.”",
            True,
            id="some people claim that X",
        ),
        pytest.param(
            "“The ferry fares will double by August,” Ann Lee warned.",
            True,
            id="my opponent says X: a possessive is no first-person subject",
        ),
        pytest.param(
            "“The quay will pay for itself in nine years,” Ann Lee said.",
            False,
            id="must stay: her own words after 'I say this:'",
        ),
        pytest.param(
            "“The harbour must stay public,” Ann Lee said.",
            False,
            id="must stay: 'we have always said' is her own",
        ),
        pytest.param(
            "“The fishing fleet will grow next year,” Ann Lee said.",
            False,
            id="control: a sentence of her own",
        ),
    ],
)
def test_a_claim_she_reports_is_not_her_view(article: str, doubt: bool) -> None:
    q = _check(article)
    assert q.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, (q.verdict, q.explanation)
    assert ("QC205" in q.codes) is doubt, [f.message for f in q.findings]
    if doubt:
        assert any("what others say" in f.message for f in q.findings)


def test_a_claim_she_reports_changed_is_still_altered() -> None:
    q = _check("“The ferry fares will triple by August,” Ann Lee warned.")
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)
    assert "QC205" in q.codes


def test_front_matter_is_no_ones_words() -> None:
    """The declared speaker's name in the front matter is not a report, before the first
    sentence, of words from someone sharing the surname (red team 18 F6: "Bo Tan reports these
    words from Mei Tan" was invented from ``speaker: Bo Tan``)."""
    rally = (
        "---\nspeaker: Bo Tan\ndate: 2026-05-02\n---\n"
        "Thanks, everyone. The ferry will run every day.\n"
    )
    src = quotecheck.make_source(rally, id="rally.txt")
    article = (
        "Bo Tan toured the quay with his wife, Mei Tan.\n\n"
        "“The ferry will run every day,” Mei Tan said."
    )
    q = quotecheck.check_text(article, sources=[src]).quotes[-1]
    assert not any("reports these words" in f.message for f in q.findings), q.findings


OWN_CASE = (
    "---\nspeaker: Ann Lee\ndate: 2026-06-02\n---\n"
    "Our harbour plan says that the quay will open to walkers in spring. The bylaw says that no "
    "boat may moor overnight at the slipway. They say the slipway is too steep for trailers, "
    "and they are right. Jo Brand says the lighthouse should become a museum."
)


@pytest.mark.parametrize(
    ("article", "doubt"),
    [
        pytest.param(
            "Ann Lee said: “The quay will open to walkers in spring.”",
            False,
            id="our plan says that X: a document, her own case",
        ),
        pytest.param(
            "Ann Lee said: “No boat may moor overnight at the slipway.”",
            False,
            id="the bylaw says that X: a thing is no one's claim",
        ),
        pytest.param(
            "“The slipway is too steep for trailers,” Ann Lee said.",
            True,
            id="must stay: they say X",
        ),
        pytest.param(
            "“The lighthouse should become a museum,” Ann Lee said.",
            True,
            id="must stay: a name says X",
        ),
    ],
)
def test_only_a_person_or_group_makes_a_reported_claim(article: str, doubt: bool) -> None:
    src = quotecheck.make_source(OWN_CASE, id="plan.txt")
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert q.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, (q.verdict, q.explanation)
    assert ("QC205" in q.codes) is doubt, [f.message for f in q.findings]
