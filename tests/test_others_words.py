"""Words the article itself gives to someone else, or says its speaker did not say (issue 16).

The extractor may credit the sentence's subject with such words (the corpus convention); the
checker reads the frame (``speaker.others_words``) and never accuses the subject on them:
the quote is unverifiable, or the accusation becomes a doubt.  A plain "“…,” Brandt said"
is still an accusation.  Every sentence here is made up for these tests: a lighthouse town,
its mayor Ida Brandt and a councillor, Joel Okafor.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = """---
speaker: Ida Brandt
occasion: lighthouse hall meeting
date: 2026-05-04
kind: speech
---
Good evening to you all. The lighthouse will be relit before the first storm of winter.
The repair fund has grown every single month since March. Some people in this hall say
"the lighthouse is a relic and should be left dark for good." I think they are mistaken.
I want to thank the volunteers who painted the tower in the rain.
"""

DEBATE = """---
kind: transcript
occasion: lighthouse hall meeting
date: 2026-05-04
---

Joel Okafor: The ferry to the island should run twice a day all through the winter.

Ida Brandt: The lighthouse will be relit before the first storm of winter.
"""

OPENING = "Mayor Ida Brandt spoke at the lighthouse hall meeting on Monday. "

INVENTED = "the tower keepers will be paid double for every night shift"
"""Words in no source."""


def _last(article: str, source: str = SPEECH) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, id="speech.md")
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("frame", "why"),
    [
        pytest.param(
            "Brandt never said the keepers were told that “{}.”",
            "did not say",
            id="never said",
        ),
        pytest.param(
            "Brandt refused to say whether “{}.”",
            "did not say",
            id="refused to say",
        ),
        pytest.param(
            "Brandt dismissed suggestions that “{}.”",
            "someone other than",
            id="a rejected suggestion",
        ),
        pytest.param(
            "Brandt rejected claims from the union that “{}.”",
            "someone other than",
            id="rejected claims",
        ),
        pytest.param("Brandt was asked: “{}?”", "someone other than", id="a question put to her"),
        pytest.param(
            # the passive agent is the speaker (5c4f213): the keeper's words, not Brandt's
            "Brandt was told by a keeper: “{}.”",
            "“a keeper”, a speaker it does not name",
            id="told by someone",
        ),
        pytest.param(
            "Asked whether “{},” Brandt said nothing.",
            "someone other than",
            id="asked whether, before her silence",
        ),
        pytest.param(
            "Brandt answered a fisherman who asked: “{}?”",
            "someone other than",
            id="answering someone who asked",
        ),
        pytest.param(
            "Brandt was heckled by keepers who shouted from the gallery: “{}?”",
            "someone other than",
            id="a colon after the hecklers' shout, hers no verb",
        ),
        pytest.param(
            "Brandt met sailors who claim the lamp is wasted money: “{}.”",
            "someone other than",
            id="a colon after the sailors' claim, hers no verb",
        ),
        pytest.param(
            "Brandt laughed at the so-called “{}” plan.",
            "someone other than",
            id="a scare quote",
        ),
        pytest.param(
            "Brandt's spokesman said: “{}.”", "“Brandt's spokesman”", id="her spokesman's words"
        ),
        pytest.param(
            "Protesters shouted “{}!” as Brandt walked in.",
            "“Protesters”",
            id="a crowd's words",
        ),
        pytest.param(
            "A placard held up near Brandt read: “{}.”",
            "“A placard”",
            id="a placard's words",
        ),
        pytest.param(
            "“{},” read a placard behind Brandt.",
            "“a placard”",
            id="a placard's words, its verb after the quote",
        ),
        pytest.param(
            "“{},” said the hand-painted banners near Brandt.",
            "“the hand-painted banners”",
            id="banners' words, their verb after the quote",
        ),
        pytest.param(
            "Brandt spoke under a banner reading “{}.”",
            "“a banner”",
            id="a banner reading",
        ),
        pytest.param(
            "Brandt stood beside posters saying “{}.”",
            "“posters”",
            id="posters saying",
        ),
        pytest.param(
            "Brandt insisted she had never used the words “{}.”",
            "did not say",
            id="never used the words",
        ),
        pytest.param(
            "Brandt said the words “{}” never crossed her lips.",
            "did not say",
            id="never crossed her lips, after the quote",
        ),
        pytest.param(
            "Brandt rejected what opponents call “{}.”",
            "someone other than",
            id="what opponents call",
        ),
        pytest.param(
            "Brandt defended what her critics call the “{}.”",
            "someone other than",
            id="what her critics call the",
        ),
        pytest.param(
            "Brandt shrugged off the label “{}.”",
            "someone other than",
            id="the label",
        ),
        pytest.param(
            "Brandt rejected the description “{}.”",
            "someone other than",
            id="rejected the description",
        ),
        pytest.param(
            "Brandt said some keepers believe “{}.”",
            "keepers believe",
            id="a view she reports of others",
        ),
        pytest.param(
            "Brandt said one keeper, an old sailor, told her “{}.”",
            "told",
            id="another's verb after an apposition",
        ),
    ],
)
def test_words_the_article_gives_to_others_are_no_fabrication(frame: str, why: str) -> None:
    result = _last(OPENING + frame.format(INVENTED.capitalize()))
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    assert why in result.explanation


def test_a_nickname_inside_her_name_is_not_words_said() -> None:
    result = _last(
        OPENING + "Ida “the Lamp” Brandt said: “The lighthouse will be relit before the "
        "first storm of winter.”"
    )
    assert result.verdict is Verdict.VERBATIM
    nickname = _last(OPENING + "Ida “the Lamp” Brandt said the tower was safe.")
    assert nickname.verdict is Verdict.UNVERIFIABLE, nickname.explanation
    assert "name" in nickname.explanation


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f"Brandt said: “{INVENTED.capitalize()}.”", id="colon"),
        pytest.param(f"“{INVENTED.capitalize()},” Brandt said.", id="credit after"),
        pytest.param(
            f"Asked about the keepers, Brandt said: “{INVENTED.capitalize()}.”",
            id="a question, then her own answer",
        ),
        pytest.param(
            f"Brandt said she believes “{INVENTED}.”",
            id="her own view",
        ),
        pytest.param(
            f"Brandt never said the tower was unsafe. “{INVENTED.capitalize()},” she said.",
            id="a denial in the sentence before",
        ),
        pytest.param(
            f"Asked whether the tower was safe, “{INVENTED.capitalize()},” Brandt said.",
            id="a question, then her answer credited after it",
        ),
        pytest.param(
            f"Brandt answered a fisherman who asked about the tower: “{INVENTED.capitalize()}.”",
            id="her answer after a relative clause and a colon",
        ),
        pytest.param(
            f"Brandt said critics who call the tower a relic are wrong: “{INVENTED.capitalize()}.”",
            id="critics in her own clause, then a colon",
        ),
        pytest.param(
            f"Brandt said the so-called repair fund was empty: “{INVENTED.capitalize()}.”",
            id="so-called earlier in the sentence",
        ),
        pytest.param(
            f"On the so-called island plan: “{INVENTED.capitalize()},” Brandt said.",
            id="so-called before her credit after the quote",
        ),
        pytest.param(
            f"Brandt told volunteers the painters, thanked by the town, “{INVENTED}.”",
            id="a participle set off by commas",
        ),
        pytest.param(
            f"Brandt used the words “{INVENTED}” twice.",
            id="words she used, no denial",
        ),
        pytest.param(
            f"Brandt defended what she calls “{INVENTED}.”",
            id="her own name for it",
        ),
        pytest.param(
            f"“{INVENTED.capitalize()},” said Brandt, standing under a banner.",
            id="her credit after the quote, a banner later",
        ),
        pytest.param(
            f"Brandt, under a banner, said “{INVENTED}.”",
            id="her own verb after a banner set off",
        ),
        pytest.param(
            f"“{INVENTED.capitalize()},” Brandt read from her notes.",
            id="she reads out her own words",
        ),
        pytest.param(
            f"Brandt said the words “{INVENTED}” with a smile.",
            id="words she said, no denial after",
        ),
    ],
)
def test_her_own_invented_words_are_still_fabricated(article: str) -> None:
    result = _last(OPENING + article)
    assert result.verdict is Verdict.FABRICATED, result.explanation


def test_words_she_quotes_from_critics_are_theirs_as_the_article_says() -> None:
    result = _last(
        OPENING + "Brandt mocked critics who say “the lighthouse is a relic and should be left "
        "dark for good.”"
    )
    assert result.verdict is Verdict.VERBATIM, result.explanation
    assert "QC201" not in result.codes
    assert "QC206" in result.codes


@pytest.mark.parametrize(
    ("article", "verdict", "code"),
    [
        pytest.param(
            "“The ferry to the island should run twice a day all through the winter,” Brandt said.",
            Verdict.MISATTRIBUTED,
            "QC201",
            id="another's words credited to her plainly",
        ),
        pytest.param(
            "Brandt never said “the ferry to the island should run twice a day all through "
            "the winter.”",
            Verdict.VERBATIM,
            "QC205",
            id="another's words the article says she never said",
        ),
        pytest.param(
            "Asked if the ferry would run, “The ferry to the island should run twice a day all "
            "through the winter,” Brandt said.",
            Verdict.MISATTRIBUTED,
            "QC201",
            id="another's words as her answer to a question",
        ),
        pytest.param(
            "Brandt never said the ferry was late. “The ferry to the island should run twice a "
            "day all through the winter,” Brandt said.",
            Verdict.MISATTRIBUTED,
            "QC201",
            id="another's words after a denial in the sentence before",
        ),
    ],
)
def test_a_real_misattribution_is_still_caught(article: str, verdict: Verdict, code: str) -> None:
    result = _last(OPENING + article, DEBATE)
    assert result.verdict is verdict, result.explanation
    assert code in result.codes


WELLS = """---
speaker: Mara Wells
occasion: lighthouse hall meeting
date: 2026-05-04
kind: speech
---
The lighthouse will be relit before the first storm of winter.
"""


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param("Wells' aide", id="apostrophe after s"),
        pytest.param("Wells’ aide", id="curly apostrophe after s"),
        pytest.param("Wells's aide", id="apostrophe s"),
    ],
)
def test_her_aide_written_with_a_bare_apostrophe_is_not_her(mention: str) -> None:
    article = f"Mara Wells spoke at the lighthouse hall meeting on Monday. {mention} said: “{{}}.”"
    result = _last(article.format(INVENTED.capitalize()), WELLS)
    assert result.verdict is Verdict.UNVERIFIABLE, result.explanation
    assert "aide" in result.explanation


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter,” "
            "despite reports.",
            Verdict.UNVERIFIABLE,
            id="the denial verb right before the quote: words she did not say",
        ),
        pytest.param(
            "Brandt never said “the lighthouse will be sold before the first storm of winter.”",
            Verdict.UNVERIFIABLE,
            id="never said, no word between",
        ),
        pytest.param(
            "Brandt did not say: “the lighthouse will be sold before the first storm of winter.”",
            Verdict.UNVERIFIABLE,
            id="did not say, a colon between",
        ),
        pytest.param(
            "Brandt said the words “the lighthouse will be sold before the first storm of "
            "winter” never crossed her lips.",
            Verdict.UNVERIFIABLE,
            id="a denial right after the closing mark",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter”, "
            "her office said.",
            Verdict.UNVERIFIABLE,
            id="a denial, then a reporting clause after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter” "
            "at all.",
            Verdict.UNVERIFIABLE,
            id="a denial stressed after the quote (at all)",
        ),
        pytest.param(
            "Brandt never said “the lighthouse will be sold before the first storm of winter” "
            "(her deputy did).",
            Verdict.UNVERIFIABLE,
            id="a denial, then an aside in brackets",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter” "
            "– a leaflet did.",
            Verdict.UNVERIFIABLE,
            id="a denial, then a new clause after a dash",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” and the keepers never claimed she had.",
            Verdict.UNVERIFIABLE,
            id="a denial, then a coordinate clause after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” whatever the posters claimed.",
            Verdict.UNVERIFIABLE,
            id="a denial, then a free clause after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” until the keepers had gone home.",
            Verdict.ALTERED,
            id="must stay: a time limit after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” or at any rate not until the keepers had gone home.",
            Verdict.ALTERED,
            id="a time limit a few words into the words after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter” "
            "– not until the lamps were lit.",
            Verdict.ALTERED,
            id="a time limit after a dash",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” at first, though she came round to it by the evening.",
            Verdict.ALTERED,
            id="'at first' after a comma",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of "
            "winter,” her office said when asked.",
            Verdict.UNVERIFIABLE,
            id="must stay: a limit word only after the reporting verb of an aside",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be sold before the first storm of winter” "
            "until the keepers had gone home.",
            Verdict.ALTERED,
            id="must stay: a time limit after the quote (she said them, late)",
        ),
        pytest.param(
            "Brandt would not say “the lighthouse will be sold before the first storm of winter” "
            "without a word of thanks to the keepers.",
            Verdict.ALTERED,
            id="must stay: a manner limit after the quote",
        ),
        pytest.param(
            "Brandt never said “the lighthouse will be sold before the first storm of winter” "
            "in so many words, but her meaning was plain.",
            Verdict.ALTERED,
            id="must stay: words after the quote go on with the clause",
        ),
        pytest.param(
            "Brandt would not say when the repairs would end, only that “the lighthouse will "
            "be sold before the first storm of winter.”",
            Verdict.ALTERED,
            id="must stay: she declined to say something else, then said these words",
        ),
        pytest.param(
            "Asked about the cost, Brandt would not say, adding only: “the lighthouse will be "
            "sold before the first storm of winter.”",
            Verdict.ALTERED,
            id="must stay: a refusal, then her words",
        ),
        pytest.param(
            "Brandt did not say much except that “the lighthouse will be sold before the first "
            "storm of winter.”",
            Verdict.ALTERED,
            id="must stay: did not say much except that",
        ),
        pytest.param(
            "Brandt said “the lighthouse will be sold before the first storm of winter.”",
            Verdict.ALTERED,
            id="must stay: the same words as hers",
        ),
        pytest.param(
            "Brandt did not say the tower was unsafe. She said “the lighthouse will be sold "
            "before the first storm of winter.”",
            Verdict.ALTERED,
            id="must stay: a denial in the sentence before",
        ),
        pytest.param(
            "Brandt did not say when, but said “the lighthouse will be sold before the first "
            "storm of winter.”",
            Verdict.ALTERED,
            id="must stay: her own verb after the denial",
        ),
        pytest.param(
            "Brandt did not say “the lighthouse will be relit before the first storm of winter.”",
            Verdict.VERBATIM,
            id="must stay: the denied words are hers word for word",
        ),
    ],
)
def test_a_denial_nearby_hides_no_alteration(article: str, verdict: Verdict) -> None:
    """A denial verb that governs the quote directly, no word between ("Brandt did not say
    “…”"), says she did not say these words: a close passage is no alteration, the quote is
    unverifiable (red team 19 F6), when the quote closes its clause too (a sentence end, or a
    comma and a reporting clause): "did not say “…” until …" says she said them, late (review
    20-1, 3).  A denial frame with words between may deny other words than the quote's ("would
    not say when …, only that “…”"): a changed quote stays `altered` (review 19-3)."""
    result = _last(OPENING + article)
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.UNVERIFIABLE:
        assert "did not say these words" in result.explanation
