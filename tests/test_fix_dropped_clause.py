"""A quote that drops a clause after its first words ("The bridge will open on Friday" of "The
bridge that the county repaired in spring will open on Friday").

Red team 24 F1: the matched passage started inside the dropped clause ("in spring will open on
Friday"), and ``--fix`` pasted it as the quote, writing a sentence nobody said.  Now the match
reaches back to the quote's own first words (the clause is the evidence: words dropped), and a
fix is offered only when its passage holds the source words of every edit: whatever it writes
holds the quote's first and last source words, in order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck.cli import main
from quotecheck.fixes import FixRefusal, plan_fix, quote_fix
from quotecheck.models import EditKind, Verdict

SPEAKER = "Tove Lind"
BEFORE = "We met the mayors this morning."


def _source(sentence: str) -> quotecheck.Source:
    return quotecheck.make_source(f"{BEFORE} {sentence} Thank you all.", speaker=SPEAKER)


def _article(quote: str) -> str:
    return f"Transport minister {SPEAKER} spoke on Tuesday.\n\n\u201c{quote},\u201d she said.\n"


def _check(nlp: Any, sentence: str, quote: str) -> tuple[str, quotecheck.QuoteResult]:
    raw = _article(quote)
    report = quotecheck.check_text(raw, sources=[_source(sentence)], nlp=nlp)
    (result,) = [q for q in report.quotes if q.text.startswith(quote[:5])]
    return raw, result


# (source sentence, the quote that drops a clause after its opening, the dropped words)
DROPPED = [
    (
        "The bridge that the county repaired in spring will open on Friday.",
        "The bridge will open on Friday",
        "that the county repaired in spring",
    ),
    (
        "No driver who holds a permit will pay the fee.",
        "No driver will pay the fee",
        "who holds a permit",
    ),
    (
        "The new depot which we promised the valley towns will be built by May.",
        "The new depot will be built by May",
        "which we promised the valley towns",
    ),
]


@pytest.mark.parametrize(("sentence", "quote", "dropped"), DROPPED)
def test_the_match_starts_at_the_quotes_first_words(
    nlp: Any, sentence: str, quote: str, dropped: str
) -> None:
    _, result = _check(nlp, sentence, quote)
    assert result.match is not None
    opening = " ".join(quote.split()[:2])
    assert result.match.text.startswith(opening), result.match.text
    # must still accuse: the dropped clause is the evidence, as doubt
    assert result.verdict is Verdict.ALTERED
    assert any(e.kind is EditKind.DELETION and dropped in e.source for e in result.edits)


@pytest.mark.parametrize(("sentence", "quote", "dropped"), DROPPED)
def test_a_fix_writes_the_whole_source_sentence_never_the_clause_alone(
    nlp: Any, sentence: str, quote: str, dropped: str
) -> None:
    raw, result = _check(nlp, sentence, quote)
    fix = quote_fix(result, raw)
    assert fix is not None
    assert fix.replacement.rstrip(",") == sentence.rstrip(".")


def test_no_fix_when_an_edit_lies_outside_the_matched_passage(nlp: Any) -> None:
    """The safety net on its own: a passage that starts after words the quote dropped (as the
    matcher once found) gets a refusal that says why, not a rewrite."""
    sentence, quote, _ = DROPPED[0]
    raw, result = _check(nlp, sentence, quote)
    assert result.match is not None
    late = result.match.model_copy(
        update={
            "start": result.match.start + len("The bridge that the county repaired "),
            "text": "in spring will open on Friday",
        }
    )
    plan = plan_fix(result.model_copy(update={"match": late}), raw)
    assert isinstance(plan, FixRefusal)
    assert "does not hold all of the quote" in plan.reason


def test_a_word_changed_in_place_is_still_fixed(nlp: Any) -> None:
    """The twin: a real alteration inside the passage keeps its fix (the source's words)."""
    raw, result = _check(
        nlp,
        "The bridge will open on Friday after the inspection.",
        "The bridge will open on Monday",
    )
    assert result.verdict is Verdict.ALTERED
    fix = quote_fix(result, raw)
    assert fix is not None and fix.replacement == "The bridge will open on Friday,"


def test_cli_fix_never_writes_the_clause_as_the_quote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence, quote, _ = DROPPED[1]
    (tmp_path / "speech.txt").write_text(
        f"---\nspeaker: {SPEAKER}\n---\n{BEFORE} {sentence}\n", encoding="utf-8"
    )
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: Fees\nquotecheck:\n  sources:\n    - path: speech.txt\n---\n\n"
        + _article(quote),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    main(["check", "story.md", "--fix", "--no-progress", "--no-cache"])
    text = article.read_text(encoding="utf-8")
    assert "\u201cA permit will pay" not in text
    assert "\u201cNo driver" in text


# ------------------------------------------------------------------------ the property

OPENINGS = ["The bridge", "No driver", "Every farmer", "The night bus", "Our clinic"]
CLAUSE_WORDS = [
    "that",
    "which",
    "who",
    "we",
    "the",
    "county",
    "built",
    "last",
    "year",
    "in",
    "spring",
]
ENDINGS = ["will open on Friday", "will pay the fee", "must close by June", "will be rebuilt soon"]
CHANGED = {"Friday": "Monday", "fee": "toll", "June": "July", "soon": "later"}


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    opening=st.sampled_from(OPENINGS),
    clause=st.lists(st.sampled_from(CLAUSE_WORDS), min_size=1, max_size=6),
    ending=st.sampled_from(ENDINGS),
    change=st.booleans(),
)
def test_a_fix_holds_the_quotes_first_and_last_source_words_in_order(
    nlp: Any, opening: str, clause: list[str], ending: str, change: bool
) -> None:
    sentence = f"{opening} {' '.join(clause)} {ending}."
    said = ending
    if change:
        last = ending.split()[-1]
        said = ending[: -len(last)] + CHANGED[last]
    raw, result = _check(nlp, sentence, f"{opening} {said}")
    fix = quote_fix(result, raw)
    if fix is None:
        return
    first = fix.replacement.lower().find(opening.lower())
    last = fix.replacement.lower().rfind(ending.split()[-1].lower())
    assert 0 <= first < last, (sentence, fix.replacement)
