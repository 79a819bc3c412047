"""A transcript's label of a post title and a surname ("MAYOR QUILLAN:", "SENATOR QUILLAN:",
"DR. QUILLAN:", "COUNCILMEMBER QUILLAN:", « LA MAIRE QUILLAN : », "EL ALCALDE QUILLAN:") is
the surname's person (``docs/verdicts.md``, *What counts as the same speaker*; red team 21
F1): an article naming her in full ("Mayor Ines Quillan") names her, so her changed words are
``altered`` (not "no evidence of who said the quote") and her exact ones verbatim without a
doubt of "another person of the same name" — the label carries no given name that "Ines"
could contradict.  A given name contradicts only another given name; two posts are two people.

Every sentence here is made up for these tests: a river town, its mayor Ines Quillan.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.config import Settings
from quotecheck.lang import get_language
from quotecheck.models import Verdict
from quotecheck.score.context import SpeakerCheck

TRANSCRIPT = """---
kind: transcript
occasion: river town council meeting
date: 2026-09-14
---

THE CLERK: Item four, the ferry landing.

{label}: We will rebuild the ferry landing before the spring floods.

THE CLERK: And the cost?

{label}: About six hundred thousand of that comes from the river fund.
"""

ARTICLE = """---
date: 2026-09-15
---
{post} Ines Quillan defended the ferry plan on Monday.

"{words}," {who} said.
"""

EXACT = "We will rebuild the ferry landing before the spring floods"
CHANGED = "About seven hundred thousand of that comes from the river fund"


def _quote(
    label: str, words: str, who: str = "Quillan", post: str = "Mayor"
) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(TRANSCRIPT.format(label=label), id="council.md")
    article = ARTICLE.format(words=words, who=who, post=post)
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("label", "post"),
    [
        ("MAYOR QUILLAN", "Mayor"),
        ("SENATOR QUILLAN", "Sen."),
        ("GOVERNOR QUILLAN", "Gov."),
        ("DR. QUILLAN", "Dr."),
        ("COMMISSIONER QUILLAN", "Commissioner"),
        ("CHAIRWOMAN QUILLAN", "Chairwoman"),
        ("COUNCILMEMBER QUILLAN", "Councilmember"),
        ("THE MAYOR QUILLAN", "Mayor"),
    ],
)
def test_a_title_and_surname_label_is_the_surnames_person(label: str, post: str) -> None:
    changed = _quote(label, CHANGED, post=post)
    assert changed.verdict is Verdict.ALTERED, (changed.verdict, changed.explanation)
    exact = _quote(label, EXACT, post=post)
    assert exact.verdict is Verdict.VERBATIM, (exact.verdict, exact.explanation)
    assert "QC205" not in exact.codes, exact.explanation


@pytest.mark.parametrize(
    ("label", "code"),
    [
        # the label carries a given name "Ines" contradicts: a doubt, as for two Quillans
        ("MAYOR TOM QUILLAN", "QC205"),
        # none: "Ines Quillan said" names the mayor
        ("MAYOR QUILLAN", None),
    ],
)
def test_a_given_name_contradicts_only_another_given_name(label: str, code: str | None) -> None:
    exact = _quote(label, EXACT, who="Ines Quillan")
    assert exact.verdict is Verdict.VERBATIM, (exact.verdict, exact.explanation)
    if code:
        assert code in exact.codes, exact.explanation
    else:
        assert "QC205" not in exact.codes and "QC204" not in exact.codes, exact.explanation


def _check(code: str) -> SpeakerCheck:
    lang = get_language(code)
    return SpeakerCheck(
        ("Ines Quillan",),
        {},
        posts=frozenset(w for w in lang.title_words | lang.role_nouns if lang.post_title(w)),
        post_genders=lang.gendered_titles,
        fillers=lang.stopwords | lang.determiners,
        post_forms=lang.name_abbreviations,
    )


@pytest.mark.parametrize(
    ("code", "a", "b", "same"),
    [
        ("en", "MAYOR QUILLAN", "Ines Quillan", True),
        ("en", "DR. QUILLAN", "Ines Quillan", True),
        ("en", "COUNCILMEMBER QUILLAN", "Ines Quillan", True),
        ("en", "THE MAYOR QUILLAN", "Ines Quillan", True),
        ("en", "MAYOR INES QUILLAN", "Ines Quillan", True),
        ("en", "MAYOR INES QUILLAN", "Tom Quillan", False),
        ("en", "SENATOR QUILLAN", "Governor Quillan", False),
        ("en", "CHAIRWOMAN QUILLAN", "Chairman Quillan", False),
        ("en", "GOVERNOR QUILLAN", "Gov. Quillan", True),
        ("en", "SENATOR QUILLAN", "Sen. Ines Quillan", True),
        ("en", "PRINCE QUILLAN", "Ines Quillan", False),  # a given name too: not a post
        ("en", "KING QUILLAN", "Tom Quillan", False),
        ("en", "THE MAYOR", "Ines Quillan", False),
        ("en", "MAYOR", "Quillan", False),
        ("fr", "LA MAIRE QUILLAN", "Ines Quillan", True),
        ("fr", "LE SÉNATEUR QUILLAN", "Ines Quillan", True),
        ("fr", "LE PEN", "Ines Pen", False),
        ("es", "EL ALCALDE QUILLAN", "Ines Quillan", True),
        ("es", "LA CONCEJALA QUILLAN", "Ines Quillan", True),
        ("es", "DE LA QUILLAN", "Ines Quillan", False),
    ],
)
def test_same_compares_names_without_post_titles(code: str, a: str, b: str, same: bool) -> None:
    assert _check(code).same(a, b) is same


FR_TRANSCRIPT = """---
kind: transcript
occasion: conseil municipal
date: 2026-09-14
---

LA MAIRE QUILLAN : Nous reconstruirons le débarcadère avant les crues du printemps.

LE GREFFIER : Et le coût ?

LA MAIRE QUILLAN : Environ six cent mille euros viennent du fonds fluvial.
"""

FR_ARTICLE = """---
date: 2026-09-15
---
La maire, Ines Quillan, a défendu le plan lundi.

« {words} », a déclaré Ines Quillan.
"""


@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        ("Nous reconstruirons le débarcadère avant les crues du printemps", Verdict.VERBATIM),
        ("Environ sept cent mille euros viennent du fonds fluvial", Verdict.ALTERED),
    ],
)
def test_a_french_title_label_is_the_surnames_person(words: str, verdict: Verdict) -> None:
    src = quotecheck.make_source(FR_TRANSCRIPT, id="conseil.md")
    q = quotecheck.check_text(
        FR_ARTICLE.format(words=words),
        sources=[src],
        path="a.md",
        settings=Settings(language="fr"),
    ).quotes[-1]
    assert q.verdict is verdict, (q.verdict, q.explanation)
    speaker = (q.attribution.speaker or "").lower()
    assert "QC205" not in q.codes and "quillan" in speaker, q.explanation


# The article names the label's post holder, or gives the quoted person another post: the
# surname alone no longer makes the label theirs (review 21-4 1b, review 21-5 1/5).
HOLDER_CASES = [
    # the mayor is Tom; Ines is his wife
    (
        "MAYOR QUILLAN",
        "Mayor Tom Quillan opened the hearing on Monday. His wife, Ines Quillan, watched.",
        "Ines Quillan",
    ),
    ("MAYOR QUILLAN", "Mayor Tom Quillan opened the hearing on Monday.", "Ines Quillan"),
    # another post of her own
    ("MAYOR QUILLAN", "The river board met on Monday.", "Rep. Ines Quillan"),
    ("MAYOR QUILLAN", "The river board met on Monday.", "Governor Ines Quillan"),
    ("COUNCILMEMBER QUILLAN", "Mayor Ines Quillan opened the hearing.", "Ines Quillan"),
    # "Prince" is a given name here, not a post
    ("PRINCE QUILLAN", "Prince Quillan, a boatman, spoke on Monday.", "Ines Quillan"),
]


def _held_quote(label: str, lede: str, who: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(TRANSCRIPT.format(label=label), id="council.md")
    article = f'---\ndate: 2026-09-15\n---\n{lede}\n\n"{EXACT}," {who} said.\n'
    return quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]


@pytest.mark.parametrize(("label", "lede", "who"), HOLDER_CASES)
def test_another_of_the_surname_is_not_silently_the_label(label: str, lede: str, who: str) -> None:
    q = _held_quote(label, lede, who)
    doubt = {"QC205", "QC204", "QC201", "QC302"} & set(q.codes) or q.verdict is not Verdict.VERBATIM
    assert doubt, (q.verdict, q.codes, q.explanation)


def test_the_named_holder_of_the_labels_post_is_the_label() -> None:
    q = _held_quote(
        "MAYOR QUILLAN",
        "Mayor Ines Quillan opened the hearing. Her husband, Tom Quillan, watched.",
        "Ines Quillan",
    )
    assert q.verdict is Verdict.VERBATIM and not {"QC205", "QC204"} & set(q.codes), (
        q.codes,
        q.explanation,
    )
