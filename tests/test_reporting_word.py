"""One test of "a reporting verb of the language, as written or by its lemma": the token
patterns (no parser) and the parsed cues read the same helper
(:meth:`ArticleContext.reporting_word`); only the parsed side adds headline verbs the tagger
read as names.  The tokens are made up for this test."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from quotecheck.extract.attribution.context import ArticleContext
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.lang import get_language


def _context(code: str, view: str, words: list[tuple[str, str, str]]) -> tuple[ArticleContext, Any]:
    tokens, at = [], 0
    for i, (form, lemma, pos) in enumerate(words):
        at = view.index(form, at)
        tokens.append(
            SimpleNamespace(
                i=i, idx=at, text=form, lower_=form.lower(), lemma_=lemma, pos_=pos, ent_type_=""
            )
        )
        at += len(form)
    return ArticleContext(tokens, view, [], get_language(code), SpeakerRegistry(), False), tokens


@pytest.mark.parametrize(
    ("code", "view", "words", "word", "reporting"),
    [
        ("en", "The ferryman said no.", [("said", "say", "VERB")], True, True),
        ("en", "The ferryman says no.", [("says", "", "VERB")], False, False),
        ("en", "The ferryman warned us.", [("warned", "warn", "VERB")], True, True),
        ("en", "The ferryman said no.", [("said", "said", "VERB")], False, False),
        ("en", "The ferryman sailed on.", [("sailed", "sail", "VERB")], False, False),
        ("en", "She added, smiling.", [("added", "add", "VERB")], True, True),
        (
            "de",
            "Die Fährfrau hat darauf hingewiesen.",
            [("hingewiesen", "hinweisen", "VERB")],
            True,
            True,
        ),
        ("de", "Die Fährfrau sagte nichts.", [("sagte", "", "VERB")], True, True),
        ("de", "Die Fährfrau schwieg lange.", [("schwieg", "schweigen", "VERB")], False, False),
        (
            "en",
            "Ann Vale Tells Harbour Board It Will Wait",
            [("Tells", "Tells", "PROPN")],
            False,
            True,
        ),
        (
            "en",
            "Ann Vale tells the board it will wait.",
            [("tells", "tells", "PROPN")],
            False,
            False,
        ),
    ],
)
def test_the_patterns_and_the_parsed_cues_read_one_helper(
    code: str, view: str, words: list[tuple[str, str, str]], word: bool, reporting: bool
) -> None:
    ctx, tokens = _context(code, view, words)
    verbs = ctx.lang.reporting_verbs
    tok = tokens[0]
    assert ctx.reporting_word(tok) is word
    assert word == (tok.lower_ in verbs or (bool(tok.lemma_) and tok.lemma_.lower() in verbs))
    assert ctx.is_reporting(tok) is reporting
