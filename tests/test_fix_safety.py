"""``--fix`` rewrites a quote only when the rewrite is safe (quotecheck.fixes.plan_fix): a real
alteration whose source passage is plain words of one turn.  House style, a transcript's
conventions, a number in figures against words, or a passage across turns: the article stays
as it is, and --fix says why.  A ``normalized`` quote is faithful and is never rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.fixes import FIXABLE, FixRefusal, QuoteFix, plan_fix
from quotecheck.models import Edit, EditKind, MatchInfo, QuoteResult, Verdict

SPEECH = """---
speaker: Ola Berg
occasion: harbour board meeting
date: 2026-11-30
kind: speech
---
Bus tickets will go up by 3 per cent in March. The new pier will cost a quarter of a million \
pounds. We will plant twelve hundred trees along the river. The night ferry will stop at 11pm.
"""

RADIO = """---
occasion: interview with Coast Radio
date: 2026-11-30
kind: transcript
---
PRESENTER: The bridge. What happens now?

BERG: The bridge will reopen in the spring.

PRESENTER: And the tolls?

BERG: And the tolls on it will be scrapped for good.

PRESENTER: And the library?

BERG: We are, uh, keeping the library open on Sundays. We're gonna hire more staff.
"""

SOURCES = {"speech.md": SPEECH, "radio.md": RADIO}


def _article(source: str, quote: str) -> str:
    return (
        "---\ntitle: Board night\ndate: 2026-12-01\nquotecheck:\n  sources:\n"
        f"    - path: {source}\n---\nHarbour board chair Ola Berg spoke on Monday.\n\n"
        f"{quote} Berg said.\n"
    )


def _fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, quote: str) -> Path:
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(_article(source, quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "story.md", "--fix", "--no-progress", "--no-cache"])
    return article


# Quotes --fix must leave alone; True where the verdict has fixes and --fix says why not.
UNSAFE = [
    # The figures stand for words the match cuts short: the fix wrote "will cost a,".
    ("speech.md", '"The new pier will cost £250,000,"', True),
    # Two turns of the speaker around the presenter's question: the fix pasted the presenter's
    # turn and the labels into the quote, and split the article's paragraph. (A bare "Okay."
    # between them is a backchannel, a transcription convention: the quote is normalized,
    # nothing to fix; a question is words left out.)
    (
        "radio.md",
        '"The bridge will reopen in the spring. And the tolls on it will be scrapped for good,"',
        True,
    ),
    # The same with the article's quote wrapped across two lines.
    (
        "radio.md",
        '"The bridge will reopen in the spring. And the tolls\non it will be scrapped for good,"',
        True,
    ),
    # Normalized (faithful): house style and transcript conventions stay as the article has them.
    # "3%" for "3 per cent": --fix once wrote "… by 3 per cent in," (the month lost); since
    # d589283 the percent sign is the words' house style, so the quote is normalized.
    ("speech.md", '"Bus tickets will go up by 3% in March,"', False),
    ("speech.md", '"The night ferry will stop at 11 p.m.,"', False),
    ("speech.md", '"We will plant 1,200 trees along the river,"', False),
    ("radio.md", '"We are keeping the library open on Sundays,"', False),
    ("radio.md", '"We are going to hire more staff,"', False),
]


@pytest.mark.parametrize(("source", "quote", "told"), UNSAFE)
def test_fix_leaves_the_article_alone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    source: str,
    quote: str,
    told: bool,
) -> None:
    article = _fix(tmp_path, monkeypatch, source, quote)
    err = capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == _article(source, quote)
    assert "no quote to fix" in err
    assert ("--fix left the quote alone" in err) is told


def test_explain_says_why_there_is_no_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = '"The bridge will reopen in the spring. And the tolls on it will be scrapped for good,"'
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "story.md").write_text(_article("radio.md", quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["explain", "story.md", "--no-cache"])
    out = " ".join(capsys.readouterr().out.split())
    assert "none: the source passage runs across paragraphs or turns" in out


def test_a_real_alteration_is_still_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = '"Bus tickets will go up by 3 per cent in June,"'
    article = _fix(tmp_path, monkeypatch, "speech.md", quote)
    capsys.readouterr()
    fixed = _article("speech.md", '"Bus tickets will go up by 3 per cent in March,"')
    assert article.read_text(encoding="utf-8") == fixed


def _quote(
    verdict: Verdict,
    words: str,
    *edits: Edit,
    text: str = "We will close the old pool in the autumn,",
) -> tuple[QuoteResult, str]:
    raw = f'"{text}" she said.'
    match = MatchInfo(source="s.txt", start=0, end=len(words), text=words, pieces=((0, 9),))
    quote = QuoteResult(
        text=text,
        start=1,
        end=1 + len(text),
        line=1,
        column=2,
        speaker="Ola Berg",
        speaker_mention="Berg",
        verdict=verdict,
        similarity=0.9,
        match=match,
        edits=edits,
    )
    return quote, raw


SWAP = Edit(kind=EditKind.SUBSTITUTION, quote="close", source="shut")


@pytest.mark.parametrize(
    ("words", "edit", "why"),
    [
        (
            "We will shut the old (inaudible) in the autumn",
            Edit(kind=EditKind.SUBSTITUTION, quote="pool", source="(inaudible)", gap=True),
            "gap",
        ),
        (
            "We will, um, shut the old pool in the autumn",
            Edit(kind=EditKind.DELETION, quote="", source="um", convention=True),
            "convention",
        ),
        (
            "We will shut the old pool in the autumn",
            Edit(kind=EditKind.CASING, quote="Autumn", source="autumn"),
            "house style",
        ),
        ("We will shut the old pool\n\nCHAIR: Thanks.\n\nBERG: in the autumn", SWAP, "turns"),
        ("We will shut the old pool\nin the autumn", SWAP, "lines"),
        # A reporter's cue inside the marks is no word of the speaker's: the rewrite deleted
        # who spoke (red team 21 F11), in any language with data.
        (
            "We will shut the old pool in the autumn",
            Edit(kind=EditKind.INSERTION, quote="the chair said", source=""),
            "reporter's cue",
        ),
        (
            "We will shut the old pool in the autumn",
            Edit(kind=EditKind.INSERTION, quote="a-t-elle expliqué", source=""),
            "reporter's cue",
        ),
        (
            "We will shut the old pool in the autumn",
            Edit(kind=EditKind.INSERTION, quote="—añadió la jefa—", source=""),
            "reporter's cue",
        ),
    ],
    ids=["gap", "filler", "casing", "turn", "line", "cue-en", "cue-fr", "cue-es"],
)
def test_refusals_say_why(words: str, edit: Edit, why: str) -> None:
    quote, raw = _quote(Verdict.ALTERED, words, edit)
    plan = plan_fix(quote, raw)
    assert isinstance(plan, FixRefusal) and why in plan.reason
    assert (plan.line, plan.column) == (1, 2)


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("We will shut the old pool\r\nin the autumn", "lines"),
        ("We will shut the old pool\rin the autumn", "lines"),
        ("We will shut the old pool\r\n\r\nin the autumn", "paragraphs"),
        ("We will shut the old pool\r\rin the autumn", "paragraphs"),
        ("We will shut the old pool\u2029in the autumn", "paragraphs"),
        ("We will shut the old pool\n\u00a0\nin the autumn", "paragraphs"),
    ],
    ids=["crlf", "cr", "crlf-blank", "cr-blank", "separator", "no-break-blank"],
)
def test_a_paragraph_is_a_blank_line_whatever_the_line_ends(words: str, why: str) -> None:
    """One reading of a paragraph break (``lang.sentences.BLANK_LINE``) for every line-end
    convention: one CRLF line break is a line, not a paragraph."""
    quote, raw = _quote(Verdict.ALTERED, words, SWAP)
    plan = plan_fix(quote, raw)
    assert isinstance(plan, FixRefusal) and why in plan.reason


def test_no_speaker_label_even_where_the_quote_spans_paragraphs() -> None:
    text = "We will close the old pool.\n\nIn the autumn,"
    words = "We will shut the old pool.\n\nBERG: In the autumn"
    quote, raw = _quote(Verdict.ALTERED, words, SWAP, text=text)
    plan = plan_fix(quote, raw)
    assert isinstance(plan, FixRefusal) and "speaker label" in plan.reason


def test_the_plain_words_of_one_turn_are_a_fix() -> None:
    quote, raw = _quote(Verdict.ALTERED, "We will shut the old pool in the autumn", SWAP)
    plan = plan_fix(quote, raw)
    assert isinstance(plan, QuoteFix)
    assert plan.replacement == "We will shut the old pool in the autumn,"


@pytest.mark.parametrize("verdict", [Verdict.NORMALIZED, Verdict.VERBATIM])
def test_faithful_quotes_have_no_fix(verdict: Verdict) -> None:
    quote, raw = _quote(verdict, "We will shut the old pool in the autumn", SWAP)
    assert verdict not in FIXABLE and plan_fix(quote, raw) is None


def test_the_article_case_of_the_first_letter_stays() -> None:
    text = "the old pool will close in the autumn,"
    quote, raw = _quote(Verdict.ALTERED, "The old pool will shut in the autumn", SWAP, text=text)
    plan = plan_fix(quote, raw)
    assert isinstance(plan, QuoteFix)
    assert plan.replacement == "the old pool will shut in the autumn,"
