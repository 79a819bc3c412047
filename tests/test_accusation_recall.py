"""Real accusations are still raised when the article makes them plain (issue 16, planted arm).

The planted arm of the real-news benchmark (``benchmarks/realnews/README.md``) showed explicit
misattributions and invented quotes let through by rules meant to protect faithful quotes.
Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee and a
councillor, Bo Tan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.models import Verdict

DEBATE = (Path(__file__).parent / "fixtures" / "harbour" / "debate.md").read_text("utf-8")
"""The made-up council debate of Bo Tan and Ann Lee, shared with test_source_evidence."""

FILLER = "The weather was mild and the boats were in. " * 8
"""Enough narration (360 characters) that a name before it is not next to the quote."""


def _first(
    article: str, sources: list[quotecheck.Source], **score: object
) -> quotecheck.QuoteResult:
    settings = Settings(score=Settings().score.model_copy(update=score)) if score else None
    report = quotecheck.check_text(article, sources=sources, settings=settings)
    assert report.quotes, article
    return report.quotes[-1]


def _debate() -> list[quotecheck.Source]:
    return [quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")]


@pytest.mark.parametrize(
    ("article", "score", "verdict", "code"),
    [
        pytest.param(
            "Bo Tan spoke first at the debate. " + FILLER + "He added that much was at stake. "
            "“The harbour fees are far too high for the fishing families,” Ines Rook said.",
            {},
            Verdict.MISATTRIBUTED,
            "QC201",
            id="a candidate the ranker all but ruled out does not outweigh 'Ines Rook said'",
        ),
        pytest.param(
            "Bo Tan spoke first at the debate. " + FILLER + "He added that much was at stake. "
            "“The harbour fees are far too high for the fishing families,” Ines Rook said.",
            {"candidate_min": 0.0},
            Verdict.VERBATIM,
            "QC204",
            id="with candidate-min 0 every ranked candidate is plausible, as before",
        ),
        pytest.param(
            "Bo Tan spoke first at the debate, and Ines Rook answered him. "
            "“The harbour fees are far too high for the fishing families,” Rook said.",
            {},
            Verdict.VERBATIM,
            "QC204",
            id="control: the source's speaker named next to the quote is still theirs",
        ),
    ],
)
def test_low_candidates_are_not_plausible(
    article: str, score: dict[str, object], verdict: Verdict, code: str
) -> None:
    q = _first(article, _debate(), **score)
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
    assert code in q.codes, q.codes


PRESS = """---
kind: transcript
occasion: Press conference at the harbour office
date: 2026-03-02
---

Ann Lee: We will close the old ferry line by June and open the new quay in July.

Reporter: And the fees?

Ann Lee: The fees stay where they are for now.
"""

FESTIVAL = """---
kind: transcript
occasion: Speech at the lantern festival
date: 2026-03-02
---

Ann Lee: Thank you all for coming out on such a cold night.

Ann Lee: We will close the old ferry line by June and open the new quay in July.
"""

INVENTED = "We will build a second lighthouse on the north pier"
"""Words nobody says in any source here."""


@pytest.mark.parametrize(
    ("source", "article", "shared", "verdict"),
    [
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said at the press conference.",
            False,
            Verdict.FABRICATED,
            id="a cue naming the declared occasion by 'the': it covers the quote",
        ),
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said at a press conference.",
            False,
            Verdict.UNVERIFIABLE,
            id="control: 'a press conference' may be another than the declared one",
        ),
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said during this press conference.",
            False,
            Verdict.FABRICATED,
            id="'this' is definite too",
        ),
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said at the rally.",
            False,
            Verdict.UNVERIFIABLE,
            id="control: a definite cue of another kind than the declared source",
        ),
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said at the town hall.",
            False,
            Verdict.UNVERIFIABLE,
            id="control: a cue of another kind than the declared source",
        ),
        pytest.param(
            PRESS,
            f"“{INVENTED},” Lee said at the press conference.",
            True,
            Verdict.UNVERIFIABLE,
            id="control: a shared source is not covered by a kind word",
        ),
        pytest.param(
            FESTIVAL,
            f"“The ferry is a relic,” Lee tweeted.\n\n“{INVENTED},” Lee said in the speech.",
            False,
            Verdict.FABRICATED,
            id="own sentence places it at the declared speech: other quotes' tweet does not count",
        ),
        pytest.param(
            FESTIVAL,
            f"“The ferry is a relic,” Lee tweeted.\n\n“{INVENTED},” Lee said.",
            False,
            Verdict.UNVERIFIABLE,
            id="control: no placement of its own, the speaker's other quote is in a tweet",
        ),
        pytest.param(
            FESTIVAL,
            f"“The ferry is a relic,” Lee tweeted.\n\n“{INVENTED},” Lee said in the interview.",
            False,
            Verdict.UNVERIFIABLE,
            id="control: its own sentence places it in an interview, not the speech",
        ),
        pytest.param(
            FESTIVAL,
            f"“The ferry is a relic,” Lee tweeted.\n\n“{INVENTED},” Lee said in the speech.",
            True,
            Verdict.UNVERIFIABLE,
            id="control: shared, the speech not named by a name",
        ),
    ],
)
def test_declared_occasion_covers_the_quote(
    source: str, article: str, shared: bool, verdict: Verdict
) -> None:
    src = quotecheck.make_source(source, id="src.md", kind="transcript")
    if shared:
        src = src.model_copy(update={"shared": True})
    q = _first(article, [src])
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)


HARBOUR_INTERVIEW = """---
kind: transcript
occasion: Interview at the harbour office
date: 2026-03-02
---

Reporter: What about the ferry?

Ann Lee: We will close the old ferry line by June and open the new quay in July.
"""


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"“{INVENTED},” Lee told The Harbour Gazette.",
            Verdict.UNVERIFIABLE,
            id="'The' of a paper's name is no determiner",
        ),
        pytest.param(
            f"“{INVENTED},” Lee told The Morning Courier.",
            Verdict.UNVERIFIABLE,
            id="'The' of another paper's name",
        ),
        pytest.param(
            f"“{INVENTED},” Lee said at the interview.",
            Verdict.FABRICATED,
            id="control: 'the' after the cue's preposition is definite",
        ),
    ],
)
def test_the_of_a_name_is_not_definite(article: str, verdict: Verdict) -> None:
    src = quotecheck.make_source(HARBOUR_INTERVIEW, id="src.md", kind="transcript")
    q = _first(article, [src])
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
