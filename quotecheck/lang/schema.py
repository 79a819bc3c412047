"""The shape of a language's data: :class:`LanguageData`, loaded from ``quotecheck/lang/<code>/``.

This module imports nothing from the rest of quotecheck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Every quote-mark pair quotecheck knows, language-independent: (opening, closing).
# The scanner decides per document which of them are in use.
ALL_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'),
    ("\u201c", "\u201d"),  # “ ”  English, Chinese
    ("\u201d", "\u201d"),  # ” ”  Swedish, Finnish; also careless typography
    ("\u201e", "\u201c"),  # „ “  German, Czech
    ("\u201e", "\u201d"),  # „ ”  Polish, Hungarian, Romanian
    ("\u00ab", "\u00bb"),  # « »  French, Russian, Spanish
    ("\u00bb", "\u00ab"),  # » «  German (Chevrons), Danish
    ("\u00bb", "\u00bb"),  # » »  Finnish, Swedish
    ("\u201c", "\u201c"),  # “ “  rare, careless typography
    ("'", "'"),
    ("\u2018", "\u2019"),  # ‘ ’
    ("\u201a", "\u2018"),  # ‚ ‘  German single
    ("\u201a", "\u2019"),  # ‚ ’  Polish single
    ("\u2019", "\u2019"),  # ’ ’  Swedish single
    ("\u2039", "\u203a"),  # ‹ ›  French single
    ("\u203a", "\u2039"),  # › ‹  German single chevrons
    ("\u300c", "\u300d"),  # 「 」 CJK
    ("\u300e", "\u300f"),  # 『 』 CJK
    ("\u301d", "\u301e"),  # 〝 〞
    ("\uff02", "\uff02"),  # ＂ ＂ fullwidth
)

DOUBLED_MARKS: dict[str, str] = {"``": '"', "''": '"'}
"""Two-character typewriter stand-ins for a double quote mark → the mark they stand for:
``…'' (TeX, Penn Treebank) and ''…'' (newspaper archives).  The document view keeps the mark
on their last character, like an HTML reference (see :mod:`quotecheck.inputs.document`)."""

SINGLE_MARKS = frozenset("'\u2018\u2019\u201a\u2039\u203a")
"""Marks that also serve as apostrophes or are used for inner quotes."""

_APOSTROPHE = re.compile("['\u2019]")
"""Where a contraction splits into pieces (typewriter and typographic apostrophe)."""


SEASON_IDS = ("spring", "summer", "autumn", "winter")
"""The language-independent ids :attr:`LanguageData.season_words` maps season names to."""

MONTH_IDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_IDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""The language-independent ids :attr:`LanguageData.calendar_words` maps day and month names
to, in calendar order (a month id's index + 1 is its number; Monday is 0, as in ``datetime``)."""


@dataclass(frozen=True)
class LanguageData:
    """Everything quotecheck knows about one language, as plain data.

    Word lists hold lower-case forms.  Verb lists hold lemmas (what spaCy's lemmatizer gives)
    and, for languages without a lemmatizer, the inflected forms too.
    """

    code: str
    name: str
    quote_pairs: tuple[tuple[str, str], ...]
    """Quote-mark pairs in the order this language prefers them (outer first, then inner)."""
    reporting_verbs: frozenset[str]
    """Lemmas of verbs that introduce speech: say, tell, add, insist, warn …"""
    reporting_verb_forms: frozenset[str] = frozenset()
    """Irregular inflected forms of reporting verbs ("said", "told") for text no lemmatizer
    reads (a source's words, when the scorer asks whether a source reports speech)."""
    verb_endings: frozenset[str] = frozenset()
    """Regular endings that inflect a verb lemma ("s", "ed", "ing"): with them a reporting
    verb is known by its form where the tagger gives no lemma (a title-case headline's
    "Tells", read as a proper noun)."""
    reporting_idioms: tuple[tuple[str, str], ...] = ()
    """(verb lemma, object word) pairs that introduce speech together: ("put", "it") in
    "as the senator put it, “…”"."""
    reporting_nouns: frozenset[str] = frozenset()
    """Nouns that introduce speech: statement, remarks, interview …"""
    speech_nouns: frozenset[str] = frozenset()
    """Nouns for something said whose possessor said it ("Lee's suggestion that “…”", "his
    warning that …"), besides the reporting verbs used as nouns ("claim") and
    :attr:`reporting_nouns`."""
    answering_frames: frozenset[str] = frozenset()
    """Verb lemmas, or a lemma and its preposition ("respond to", "scoff at", "say of"), by
    which a speaker answers, rejects or mocks what someone else said: "Tan answered Lee's
    question: “…”" — the quote after the possessed speech noun is the subject's answer, not
    the owner's words (unless "that" opens the noun's own content: "dismissed Lee's claim
    that “…”")."""
    repeating_verbs: frozenset[str] = frozenset()
    """Verb lemmas, or a lemma and its particle ("read out"), by which a speaker repeats,
    quotes, reads out or recalls someone else's words: a quote right after the possessed
    speech noun they govern, with a comma, a colon or nothing between ("Tan read out Lee's
    statement: “…”"), is the owner's words."""
    labelling_verbs: frozenset[str] = frozenset()
    """Verb lemmas that give what their object is called ("Tan called Lee's charge
    “reckless”"): a quote right after the possessed speech noun they govern is the subject's
    label for the words, not the owner's words."""
    according_to: tuple[tuple[str, ...], ...] = ()
    """Token sequences that introduce a speaker after them ("according to")."""
    narration_frames: tuple[str, ...] = ()
    """Regular expressions (matched at the start of a quote, case-insensitive) for reporting
    frames that belong to the reporter, not the speaker ("continued by saying that")."""
    pronouns: dict[str, str] = field(default_factory=dict)
    """Personal pronoun → person and gender, e.g. "he": "3m", "she": "3f", "i": "1"."""
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    """A possessive pronoun that stands alone → person and gender, as :attr:`pronouns` ("ours":
    "1p", "hers": "3f"): read by the edit typing only ("of ours" / "of theirs" is a change of
    person), never as a mention of a speaker."""
    reporting_verb_objects: dict[str, str] = field(default_factory=dict)
    """Reporting verb lemma → what its direct object is: ``listener`` (tell, ask, urge: the
    person spoken to) or ``named`` (label, call, brand: who or what is described).  Such an
    object is never the speaker."""
    object_control_verbs: frozenset[str] = frozenset()
    """Verbs of causing whose object does what the verb after it says ("the vote prompted Lee
    to say “…”", "the win led her to declare"): a reporting verb there is the object's."""
    speech_source_prepositions: frozenset[str] = frozenset()
    """Prepositions after a noun of speech naming who said it when no possessor does ("that
    quote from Tom Reyes", "a report by the Gazette that “…”")."""
    perception_verbs: frozenset[str] = frozenset()
    """Verbs of perceiving whose object does what the bare verb or participle right after it
    says ("voters watched Lee tell the crowd “…”", "neighbours overheard Reyes saying “…”"): a
    reporting verb there is the object's, not the subject's."""
    hearsay_verbs: frozenset[str] = frozenset()
    """Forms of verbs by which a speaker says she got words from someone else ("I keep
    hearing “…”", "I read “…” in the paper"): marked words after them in her turn are not
    her own (``score.checks.speaker.own_marked``)."""
    passive_auxiliaries: frozenset[str] = frozenset()
    """Forms of the auxiliaries of a passive ("was", "been", "got", the "m" of "I'm"): a
    first-person subject of a reporting verb's past participle after one ("I was told “…”",
    "we've been asked") is the one spoken to, not the speaker."""
    others_possessives: frozenset[str] = frozenset()
    """Possessive determiners of someone other than the speaker ("their motto", "his slogan",
    "your words"): marked words a speaker gives to one of these are not her own."""
    addressee_content_verbs: frozenset[str] = frozenset()
    """Reporting verbs whose object is the person spoken to and whose content is the words said
    ("told a reporter who asked about the ferry “…”", "assured a farmer who said … that help
    was “…”"): a relative clause on the object does not take the quote from the verb."""
    comment_clause_openers: frozenset[str] = frozenset()
    """Words opening a comment clause set off by a comma, a bracket or a dash whose subject
    is the one whose words the sentence quotes (", as an aide put it, a “backroom deal”",
    "a “regional” candidate, as Lee's manager suggested"): that subject speaks, whatever the
    parser made of the clause."""
    agent_prepositions: frozenset[str] = frozenset()
    """Prepositions that name the agent of a passive participle ("called “…” by Lee"): read
    after a quote the participle's words end on, where the parser may hang the phrase on the
    quoted words instead of the participle; their object did the calling."""
    showing_verbs: frozenset[str] = frozenset()
    """Verb lemmas by which a written thing shows words, its subject after them when a quote
    opens the sentence ("“Welcome, sailors,” read one banner", "“Sunk!” blared the front
    page"): the parser may read that subject as the verb's object; it is who or what the
    words are from, never someone named before the quote."""
    misquote_frames: frozenset[str] = frozenset()
    """Phrases ("*" one or more words: the person named, with a title or an apposition) by which
    the article says the quoted words after them are its own earlier misquote ("misquoted
    Commissioner Lee as saying “…”" in a correction notice): never a claim that the speaker
    said them (``speaker.misquoted``)."""
    claimed_quote_frames: frozenset[str] = frozenset()
    """Phrases ("*" one or more words: the person the claim is about) by which the article gives
    the quoted words after them as someone's claim about what a person said or wrote ("a post
    claims Lee wrote that “…”", "attributes to her the line “…”"): the claim a fact-check
    examines, never the article's quote of the person (``speaker.misquoted``)."""
    relaying_frames: frozenset[str] = frozenset()
    """Phrases ("*" one or more words: the person whose words are passed on) by which the
    article says its subject relays someone else's words after them ("Hale quoted the mayor
    as saying “…”"): those words are not the subject's own (``speaker.others_words``)."""
    denying_verbs: frozenset[str] = frozenset()
    """Forms of verbs by which the article says its subject rejected the words after them
    ("Lee denied the weir “was safe”"): no report of the subject's own words, so no tense
    the report's grammar shifted (``score.ladder``)."""
    denying_frames: frozenset[str] = frozenset()
    """Phrases ("*" any one word) by which the article says the subject did not say the quoted
    words after them in the sentence ("never said", "denied saying"): no accusation of the
    subject on those words (:func:`quotecheck.score.checks.speaker.others_words`)."""
    denying_after: frozenset[str] = frozenset()
    """Phrases ("*" any one word) that, right after a quote's closing mark in its sentence, say
    the subject did not say the quoted words ("the word “…” never crossed her lips"): read as
    :attr:`denying_frames` (:func:`quotecheck.score.checks.speaker.others_words`)."""
    contrast_negations: frozenset[str] = frozenset()
    """Words that, alone between one quote's closing mark and the next quote's opening mark in
    a sentence, set the second against the first as words NOT said ("she said “by June,” not
    “by July”", "“a pause” rather than “a halt”"): the second is denied as :attr:`denying_frames`
    deny (:func:`quotecheck.score.checks.speaker.others_words`)."""
    denial_limits: frozenset[str] = frozenset()
    """Words and phrases that, among the words set apart by a mark after a denied quote, before
    any reporting verb (", until the vote", ", at least not until …", ", at first"), limit the
    denial to a time, a manner or a condition: the subject said the words then, so the denial
    does not stand for them (``speaker._closes_clause``)."""
    denial_intensifiers: frozenset[str] = frozenset()
    """Phrases written right after a denied quote that only stress the denial ("did not say
    “…” at all"): the quote still closes the denied clause (``speaker._closes_clause``); in a
    source, right after a negation that follows a quote's last word, they make it the clause's
    negation ("passed not at all": QC106, ``score.checks.cut``)."""
    others_frames: frozenset[str] = frozenset()
    """Phrases ("*" any one word) by which the article gives the quoted words after them in
    the sentence to someone other than the subject: a rejected claim ("dismissed suggestions"),
    a question put to the subject ("was asked", "asked whether"), someone the subject answers
    or mocks ("who say"): no accusation of the subject on them."""
    scare_frames: frozenset[str] = frozenset()
    """Phrases written right before a quote's opening mark that hold the quoted words at a
    distance, as someone else's name for a thing ("the so-called “…”"): read as
    :attr:`others_frames`, but only with no word between them and the quote ("the so-called
    harbour plan was dead: “…”" calls the plan so, not the quote)."""
    reporting_people: frozenset[str] = frozenset()
    """Nouns of people or groups whose words a speaker reports as others' ("Critics say that",
    "my opponent says"): the speaker check's reported claim needs such a subject (or a role,
    a third-person pronoun, a name), never a document or a thing ("The law says that")."""
    voicing_things: frozenset[str] = frozenset()
    """Nouns of written things that carry words ("sign", "banner", "study"): a mention of the
    speaker with such a head names a thing, not the person it was resolved to."""
    holding_verbs: frozenset[str] = frozenset()
    """Verb forms of holding a view ("believe", "thinks"), read with the reporting verbs after
    the speaker's own reporting verb for someone else saying the quoted words ("Lee said some
    councillors believe “…”")."""
    publishing_verbs: frozenset[str] = frozenset()
    """Verbs of putting out a piece, as lemmas, a phrasal one with its particle ("run",
    "issue", "put out"): "the Gazette ran a piece that noted “…”" — the piece's words are
    its publisher's; after any other verb ("rejected a report that warned") they are not."""
    role_articles: dict[str, str] = field(default_factory=dict)
    """Article right before a role noun → the gender it marks, ``m`` or ``f`` (German "der
    Bürgermeister" → m, "die Bürgermeisterin" → f): a role resolves only to a person of
    that gender."""
    role_noun_endings: dict[str, str] = field(default_factory=dict)
    """An ending a role noun takes in a language that writes compounds as one word → the
    gender it gives the person the role names (``f``: German "-in", "Bürgermeisterin"), or
    ``-`` for none (an inflection: "-en" of "Diplomaten", "-s", the plural "-innen"): what
    :meth:`role_bases` takes off."""
    gendered_titles: dict[str, str] = field(default_factory=dict)
    """Title → gender of the person it precedes, ``m`` or ``f`` (mr → m, mrs → f)."""
    first_names: dict[str, str] = field(default_factory=dict)
    """Common first names → the gender they usually mark (``m``/``f``): pronoun agreement
    evidence, weaker than a title or a pronoun the article itself uses for the person."""
    given_name_variants: dict[str, str] = field(default_factory=dict)
    """Familiar given name → the formal one it is short for, only where it is short for one
    ("bernie" → "bernard", "bill" → "william"; not "chris"): a full name written with either
    is one person ("Bernie Sanders", "Bernard Sanders")."""
    credit_affiliations: frozenset[str] = frozenset()
    """Words joining a credit line's name to the person's party, place or employer ("— Carl
    Lee of the Roads Party"), lower case: the line is still a credit
    (:mod:`quotecheck.lang.credits`, read from the English file there)."""
    name_suffixes: frozenset[str] = frozenset()
    """Words after a surname telling a person from a relative of the same name, lower case and
    without their stop ("jr", "sr", "iii"): never the surname, and "Ray Dunn Jr." is not
    "Ray Dunn" (:mod:`quotecheck.extract.speakers`)."""
    first_person: frozenset[str] = frozenset()
    """First-person pronouns and possessives ("i", "me", "my", "we"), as the narration check,
    the edit typing and the speaker checks tell them from :attr:`third_person`."""
    third_person: frozenset[str] = frozenset()
    """Third-person pronouns and possessives ("he", "her", "they"), as :attr:`first_person`."""
    pronoun_companions: frozenset[str] = frozenset()
    """Words that stand with a pronoun and say nothing of their own ("all" of "all of us",
    "own" of "my own", "myself" of "I myself"): a phrase of pronouns and these, function
    words (:attr:`stopwords`, :attr:`conjunctions`, :attr:`determiners`) and nothing else
    added or dropped is a change of person, not of wording ("and I", "all of us";
    ``edits.classify``)."""
    role_nouns: frozenset[str] = frozenset()
    """Nouns that describe a person by role: minister, mayor, spokesman …"""
    kinship_nouns: dict[str, str] = field(default_factory=dict)
    """Nouns that introduce a person as someone's relative ("her daughter, Ann Lee", "his
    brother Tom Lee") → the gender they give the relative (``m``, ``f``, ``-``): a relative
    who shares the surname of someone the article names is named in full, so the bare
    surname ("Ms. Lee") stays with that other person."""
    role_modifiers: frozenset[str] = frozenset()
    """Words that make a role someone else's ("former", "vice", "deputy", "acting", "ex" of
    "ex-chair"): "Former chair Ines Dalton" is not the hearing's "THE CHAIR:"
    (``extract.stage.role_holders``)."""
    role_qualifiers: frozenset[str] = frozenset()
    """Adjectives a language writes after a role noun and before the holder's name (French
    "le conseiller municipal Paul Roussel", Spanish "el concejal municipal Jordi Ribas"): a
    frame reads the name after them as it reads one right after the role noun."""
    inversion_adverbs: frozenset[str] = frozenset()
    """Adverbs that may stand between a reporting verb and the subject it inverts after a
    quote (Spanish "«…», aseguró ayer el alcalde", French "« … », a ajouté aussi le maire"):
    a frame without a parser reads the subject past them (and past a day's name)."""
    role_complements: frozenset[str] = frozenset()
    """Prepositions that open a role noun's complement ("el alcalde de Marrofeld", "le maire
    du Havre"): a frame reads the holder's name after the complement and a comma ("…, Luis
    Peña"), never a capitalised word of the complement as the speaker."""
    survey_nouns: frozenset[str] = frozenset()
    """Nouns of a survey whose respondents are counted ("poll", "survey"): in "In a CNN poll,
    75 percent said “…”" the poll reports the counted answer."""
    organisation_nouns: frozenset[str] = frozenset()
    """Nouns that name an organisation or document speaker: ministry, agency, statement …"""
    titles: frozenset[str] = frozenset()
    """Honorifics and titles that precede a name: Mr, Dr, President …"""
    courtesy_titles: dict[str, str] = field(default_factory=dict)
    """Titles of courtesy before a name that say nothing of a role (Mr, Mme, Frau, Sra.) → the
    gender they give ("m", "f", "-" for none), then "own" for a title that is also a given name
    or an initial elsewhere ("Don", "M."): the scorer compares names without them, those of
    every language together but the "own" ones only in their language's articles (an article
    read as English may write the French source's "Mara Quist" as "Mme Quist"), and titles of
    opposite genders never name one person ("Mr Vell" is not "Mrs Vell")."""
    honorific_styles: frozenset[str] = frozenset()
    """Styles of address that stand between a determiner and a person's name in a byline ("The
    Hon Jane Smith MP", "THE RT HON …"): such a name is a person's, not a post's ("THE
    HARBOUR MASTER"; ``sources._role_only``)."""
    negations: frozenset[str] = frozenset()
    """Words that negate: not, never, no … (never normalised away)."""
    modals: dict[str, str] = field(default_factory=dict)
    """Modal word → modal class (necessity, possibility, future, volition …)."""
    limiters: frozenset[str] = frozenset()
    """Words that limit what came before: but, unless, except, however …"""
    frequency_adverbs: frozenset[str] = frozenset()
    """Adverbs of how often (rarely, seldom, often, always, sometimes …): one added or left out
    changes what a sentence claims as a modal does, so a report in indirect speech that does
    not say it records something else (``score.ladder._contradicts_report``)."""
    adversatives: frozenset[str] = frozenset()
    """The limiters that set a contrasting claim beside what came before (but, however, yet),
    unlike a condition or exception (unless, except, until): a quote that goes on from one a
    word or two later reports it (:mod:`quotecheck.score.checks.cut`)."""
    contractions: dict[str, str] = field(default_factory=dict)
    """Contracted form → expanded form (don't → do not)."""
    name_case_endings: frozenset[str] = frozenset()
    """The endings a surname takes in the language's cases ("Берга", "Бергу", "Бергом" for
    "Берг"): a name written in this language's script is a name in Latin letters only as that
    whole word, or the whole word with one of these after it; never a longer or shorter name
    ("Берг" is not "Berger", nor "Bergman")."""
    feminine_surname_endings: frozenset[str] = frozenset()
    """Word endings of the feminine form of a gendered surname ("Петрова", "Петровой" of
    "Петров"): such a word is the Latin name only as written ("Petrova"), never the masculine
    name with a case ending ("Petrov"): two forms, two people, unless the article says so."""
    spelling_variants: dict[str, str] = field(default_factory=dict)
    """Variant spelling → canonical spelling (UK → US, toward/towards)."""
    abbreviations: dict[str, str] = field(default_factory=dict)
    """Abbreviation as written → canonical form (U.S. → US)."""
    name_abbreviations: dict[str, str] = field(default_factory=dict)
    """A word an abbreviation in a name stands for, written out → that abbreviation's
    canonical form ("doctor" → "dr", "saint" → "st"): read so only capitalised ("Doctor
    Patel at Saint Mary's" is "Dr. Patel at St. Mary's", house style; "the doctor" is a
    noun and stays one)."""
    misspelt_numerals: dict[str, str] = field(default_factory=dict)
    """A known misspelling of a number word → that number word ("fourty" → "forty"): a quote
    that writes one for the other changes a spelling, not a number (no QC111); any other word
    against a number word ("your" / "four") is a changed number."""
    typing_slips: dict[str, str] = field(default_factory=dict)
    """A known typing slip of a transcript → the word it stands for ("hat" → "that", "wich" →
    "which"): a source writing the slip, in lower case, where the quote has the word, changes
    a spelling; never after a determiner or before a preposition, where a slip that is a word
    of its own is that word ("his hat", "hat in hand").  Any other word one letter off is
    compared ("iron ore" / "iron more")."""
    number_words: dict[str, str] = field(default_factory=dict)
    """Numerals written out → digits (three → 3): values kept, spelling folded."""
    written_apart: dict[str, str] = field(default_factory=dict)
    """A word, or a sign written onto digits, that house style also writes as several words →
    those words ("percent" → "per cent", "%" of "12%" → "per cent", "nobody" → "no one",
    "cannot" → "can not"): both writings are the same words.  The tokens split a word into one
    piece per word, unless a word of the split form is a negation or a modal word ("nobody",
    "cannot" stay whole for the negation checks); a changed stretch that reads alike once
    split is a spelling edit either way."""
    apostrophe_words: frozenset[str] = frozenset()
    """Words that begin or end with an apostrophe and are not quotes ('tis, 'n', rock 'n' roll)."""
    byline_patterns: tuple[str, ...] = ()
    """Regular expressions with a ``name`` group that find a source's speaker in its byline."""
    occasion_cues: tuple[str, ...] = ()
    """Regular expressions for phrases that place a quote on an occasion ("in a tweet")."""
    capitalised_nouns: bool = False
    """Whether every noun is capitalised (German): without a parser, one capitalised word
    governed by a preposition is then a common noun, not a name."""
    prepositions: frozenset[str] = frozenset()
    """Prepositions: a name right after one is its object ("days after Lee said": not Lee's
    reporting clause); for languages that capitalise nouns, a lone capitalised word after one
    is a common noun (the agent "von" is left out, as "von Merkel" names a speaker)."""
    title_cues: frozenset[str] = frozenset()
    """Words right before a quote mark that announce a title or a name in quote marks ("the
    book", "an episode of", "titled"): with title case inside, the quote is a title even when a
    reporting verb is near."""
    stopwords: frozenset[str] = frozenset()
    """Function words that carry little evidence for retrieval."""
    tense_markers: dict[str, str] = field(default_factory=dict)
    """Auxiliaries and verb forms → tense (has → present-perfect, had → past-perfect …)."""
    relative_pronouns: frozenset[str] = frozenset()
    """Relative pronouns that stand for the noun before them ("the senator who said", "whom",
    "whose"): as a verb's subject the speaker is that noun, not the pronoun; a name after one
    is inside the relative clause, not a reporting clause's subject."""
    object_pronouns: frozenset[str] = frozenset()
    """Pronoun forms that are never the subject of a reporting verb next to them (German "es",
    "ihm" in "sagte es", "sagte ihm"): not a speaker."""
    subject_pronouns: frozenset[str] = frozenset()
    """Gendered pronoun forms that are a clause's subject ("he", "she"; not "him", nor "her",
    which is also a possessive): a sentence opening with one ("He stood by it.") is about the
    person the pronoun stands for, read where no parse says what the subject is, for a "he"
    or "she" of the same gender."""
    determiners: frozenset[str] = field(
        default=frozenset(),
        metadata={"includes": ("definite_determiners", "indefinite_determiners")},
    )
    """Words after which the next word is a noun (articles, demonstratives, possessives, "no",
    "every": "the answer", "that reason", "my point"): a reporting word after one is a noun,
    not the verb of a report.  Read from ``determiners.txt``, ``definite_determiners.txt`` and
    ``indefinite_determiners.txt`` together (``includes``: the definite and indefinite ones are
    written once, in their own files)."""
    infinitive_markers: frozenset[str] = frozenset()
    """Words that make the next verb an infinitive ("to" in "to say", "gets to pick"): a
    reporting verb after one reports no words said."""
    object_articles: frozenset[str] = frozenset()
    """Articles and determiners of an object case only (German dative and accusative "dem",
    "den", "einem", "seinen"): the noun after one is the object of a reporting verb next to it
    ("hat den Fischern erklärt", "sagte dem Rat"), not its speaker.  Forms shared with the
    subject case ("der", "die") are left out."""
    impersonal_pronouns: frozenset[str] = frozenset()
    """Pronouns that stand for no one in a reporting frame (German "es" in "hieß es", "hat es
    gesagt"): never a quote's speaker, and skipped while looking for the subject of a cue."""
    money_words: frozenset[str] = frozenset()
    """Words that speak of money ("cost", "budget", "fund", "levy"): a sum written with a
    currency sign where the source says none is the speaker's only in a source sentence that
    holds one (``score.edits._money_sum``; "nine million" passengers are no dollars)."""
    relative_times: frozenset[str] = frozenset()
    """Phrases for a time relative to an unknown date ("last year", "this week"): an occasion
    they name cannot be compared with a source's date."""
    occasion_fillers: frozenset[str] = frozenset()
    """Words of an occasion phrase that say how, not where ("said", "told"): left out when the
    phrase is compared with a source's occasion."""
    kind_audiences: frozenset[str] = frozenset()
    """Audiences written with a capital that say what kind of occasion a quote was said on,
    not which one: a parliament's members or chamber ("told MPs", "told the Commons", "told
    Parliament").  After "told" (with or without "the") they are no occasion cue of a name,
    as "told CNN" is (``occasion_cues``); the place phrases (:attr:`occasion_places`) read
    them by kind — unless another capitalised word follows ("told the House Judiciary
    Committee" is one committee's name)."""
    occasion_kinds: frozenset[str] = frozenset()
    """Words that say what kind of occasion a source is, not which one ("rally", "speech",
    "interview"): naming one does not name a given source's occasion."""
    definite_determiners: frozenset[str] = frozenset()
    """Determiners that single out what is already known ("the", "this", "those"): an occasion
    cue with one ("at the press conference") names the occasion the article reports, one
    without ("at a rally") may name any of its kind.  Also determiners (:attr:`determiners`
    includes them)."""
    generic_pronouns: frozenset[str] = frozenset()
    """Pronouns and quantifiers that stand for no one in particular as a subject ("you can't
    yell", "what some call", "one must dial"): a weak speaker candidate (a ranker feature)."""
    indefinite_determiners: frozenset[str] = frozenset()
    """Determiners that introduce someone not named before ("a reporter who asked", "another
    senator said"): a speaker so introduced is a new, unnamed person, not one the article
    named.  Also determiners (:attr:`determiners` includes them)."""
    introducing_numerals: frozenset[str] = frozenset()
    """Number words that introduce someone not named before as an indefinite determiner does
    ("one councillor put it", "one official said"): only for that reading of a role noun's
    mention — never determiners, so a dropped "one" stays a changed number elsewhere."""
    occasion_stems: frozenset[str] = frozenset()
    """Kinds of occasion found inside longer words ("tweet" in "tweeted", "retweeted")."""
    occasion_places: dict[str, str] = field(default_factory=dict)
    """Phrases of an article that place a quote on an occasion of a kind → the kinds of source
    that can be that occasion, space-separated ("at * rally" → "rally speech"; ``*`` stands for
    up to two words, a final word may take a plural "s"): compared with :attr:`source_kinds`."""
    source_kinds: dict[str, str] = field(default_factory=dict)
    """Words of a source's declared ``kind:`` or ``occasion:`` → the kind of occasion it is
    ("rally" → "rally", "press conference" → "press")."""
    prop_numeral_after: frozenset[str] = frozenset()
    """Words after which the numeral for 1 stands for a noun ("this one", "the one"): added or
    dropped right after one of them, it is no number edit."""
    transcript_variants: frozenset[str] = frozenset()
    """Words two transcribers of one speech often render differently, or a speaker drops when
    quoted ("you know", "uh", "the", "and"): added or dropped alone, an alteration of the
    weakest evidence.  Never a negation, modal, number, pronoun or name."""
    weak_forms: dict[str, str] = field(default_factory=dict)
    """Function words said unstressed, reduced to a murmur in running speech ("a", "the",
    "and") → the words they must stand right before to be read so, space-separated ("-": any
    word; "and" joins a clause only before its subject pronoun, and is heard either way only
    where the side without it sets the clause off with a comma or a sentence break): added or
    dropped alone in a
    record of speech, where no word of ``article_senses``, number or name follows, the one
    difference two transcribers of one speech plausibly render differently (``score/edits``,
    :func:`quotecheck.score.edits.heard_either_way`)."""
    article_senses: frozenset[str] = frozenset()
    """Words an article before them makes say something else ("a few" / "few", "a little" /
    "little", "the most" / "most", "a while" / "while"): a weak form before one of them is
    compared as any word (``score/edits``)."""
    fillers: frozenset[str] = frozenset()
    """Hesitation sounds a transcript writes or leaves out ("uh", "um"): added or dropped
    anywhere, they carry no meaning (a transcription convention, not a change)."""
    discourse_markers: frozenset[str] = frozenset()
    """Words that frame a sentence without adding to it ("you know", "well"): added or
    dropped where punctuation (or the edge of the text) sets them off on both sides ("You
    know, …"), a transcription convention; elsewhere ("you know the answer") compared as any
    word."""
    tag_questions: frozenset[str] = frozenset()
    """Words that frame a sentence only as a tag question ("…, right?", "…, OK?"): added or
    dropped right before a question mark, a transcription convention; elsewhere ("turns left,
    right, then left") compared as any word."""
    conjunctions: frozenset[str] = frozenset()
    """Coordinating conjunctions ("and", "or", "but", "so"): "Ann and Tom" is two people (a
    restart's "they" stands for them), and a capitalised one opening a sentence ("So
    Norland will pay") is no word of the name after it."""
    sentence_joiners: frozenset[str] = frozenset()
    """Joining words a transcript writes at the opening of a sentence or a turn or leaves out
    ("And I think …" / "I think …"), or writes where the other text starts a new sentence
    ("…, and we will see" / "…. We will see"): a transcription convention there only, never
    otherwise after a comma ("Lee, and only Lee, …")."""
    optional_complementizers: dict[str, str] = field(default_factory=dict)
    """A word that may introduce a clause or be left out, saying the same → the words (subject
    pronouns, space-separated) before which it does so ("that" → "i you he she it we they":
    "I knew that we would win" / "I knew we would win"): added or dropped right before one of
    them, inside a sentence, a transcription convention; elsewhere compared as any word ("sold
    that boat", and "I said that every day", where "that" is what was said)."""
    optional_intensifiers: dict[str, str] = field(default_factory=dict)
    """A word that only stresses the next one, added or left out saying the same → the words
    (space-separated) it does so before ("right" → "now": "right now" / "now"): added or
    dropped right before one of them, inside a sentence, a transcription convention; elsewhere
    compared as any word ("the right boat", "right away")."""
    optional_articles: dict[str, str] = field(default_factory=dict)
    """An article a transcript may leave out before certain words, saying the same → those
    words ("a" → "lot": "on lot of things" / "on a lot of things": "lot" alone is no
    amount): added or dropped right before one of them, inside a sentence, a transcription
    convention; elsewhere compared as any word ("a few" / "few", "a little" / "little" are
    other amounts)."""
    initial_joiners: frozenset[str] = frozenset()
    """Words that join the capitalised words of a name written out and give no letter to its
    initialism ("of": "Royal College of Nursing" is RCN; :mod:`quotecheck.match.initials`).
    Empty: a language's names are not compared with initialisms."""
    name_articles: frozenset[str] = frozenset()
    """Articles a transcript may write or leave out before a name of two capitalised words or
    more, saying the same ("the": "the Republican National Committee" / "Republican National
    Committee"): added or dropped right before such a name, which the other text writes in
    capitals too, where it opens no sentence, a transcription convention; elsewhere compared
    as any word."""
    optional_partitives: dict[str, str] = field(default_factory=dict)
    """A quantifier and the word that may join it to a determiner or be left out, saying the
    same → those determiners, space-separated ("all of" → "the these …": "all of these
    people" / "all these people", "both of the boats" / "both the boats"): the joining word
    added or dropped between them, inside a sentence, a transcription convention; elsewhere
    compared as any word ("all of them" / "all them", "some of the" / "some the")."""
    inflection_endings: dict[str, str] = field(default_factory=dict)
    """An inflection ending → what the bare form ends with in its place, space-separated,
    ``-`` for nothing ("ies" → "y", "ing" → "- e"): two words are one word in another form
    ("families" / "family") only when both come down to one bare form so; without the data
    only a word as written is the same word."""
    intensifier_complements: frozenset[str] = frozenset()
    """Words after which a word of :attr:`optional_intensifiers` is a word of its own, not
    stress: verbs "right" completes or follows as a direction ("get the timetable right now":
    correctly; "turn right now"; "proved right now"), "all" ("all right now") and copulas ("you
    are right now": correct; a stop word counts only right before it).  Elsewhere it stresses
    ("losing jobs to other ports right now")."""
    stage_directions: frozenset[str] = frozenset()
    """What a transcript notes in brackets that is not speech ("applause", "laughter"); a
    bracketed note in capitals ("(CROWD BOOING)") is one too, in any language."""
    interjection_labels: frozenset[str] = frozenset()
    """Who a parliamentary record says interjected, in its words, letters only ("hon members"
    of "[Hon. Members: "Shame!"]", "an hon member" of "An hon. Member: …"): a bracketed note
    opening with one and a colon, or a line under one as its label, is that voice's turn and
    the record's note of others' shouts inside a member's turn, of any length, never the
    member's words (``inputs/labels.interjections``)."""
    earlier_version_heads: frozenset[str] = frozenset()
    """The first words, letters only, of a line that heads an edited post's earlier version
    in a saved copy of the post ("edit history", "original post"): the text before the first
    such line is the post as it stands, after one an earlier version
    (``inputs/versions.post_versions``)."""
    version_stamp_words: frozenset[str] = frozenset()
    """The words, letters only, a time stamp after an :attr:`earlier_version_heads` head may
    hold besides digits, :attr:`calendar_words` and :attr:`times_of_day` ("am", "utc"): any
    other word after the head makes the line a sentence of the text ("Original version of the
    plan cut two routes."), not a head (``inputs/versions.post_versions``)."""
    spoken_forms: dict[str, str] = field(default_factory=dict)
    """A spoken form → the words it stands for ("gonna" → "going to"; several readings parted
    by ``|``: "gotta" → "got to | have got to"): where a quote and its source differ only
    so, the same words written another way.  A form opening with an
    apostrophe ("'em" → "them") is a lower-case word written right after an apostrophe only
    ("Em Rook" is no "them")."""
    ambiguous_contractions: dict[str, str] = field(default_factory=dict)
    """A contracted ending → the words it may stand for, space-separated ("'s" → "is has",
    "'d" → "would had"): the normaliser reads one of them, the source may write the other."""
    contraction_idioms: dict[str, str] = field(default_factory=dict)
    """A word → the reading of a contracted form of :attr:`ambiguous_contractions` it allows
    though it is no participle ("better" → "had": "he'd better" is "he had better" as well as
    "he would better"): before it, that reading or the others."""
    past_participles: frozenset[str] = frozenset()
    """Irregular past participles ("been", "paid", "gone"): after a contracted form of
    :attr:`ambiguous_contractions` whose other reading is a modal ("'d"), only its perfect
    reading ("she'd paid" = "she had paid"); after "'s" "is" too ("the fee's paid", "he's
    convinced the fee is fair")."""
    bare_participles: frozenset[str] = frozenset()
    """Past participles written as the bare verb ("come", "run", "put"), read as participles
    as :attr:`past_participles` are: after a contracted
    form one of whose readings is a modal that takes the bare verb ("'d": "would"), they
    decide no reading ("he'd come" is "he would come" or "he had come"), so the other text
    may write either out; after "'s" they still decide ("it's come" is "it has come")."""
    inner_adverbs: frozenset[str] = frozenset()
    """Adverbs that may stand between an auxiliary and the participle it takes ("had never
    seen", "has already told"): past one of them, or a negation, a contracted form of
    :attr:`ambiguous_contractions` is read by the participle beyond ("I'd never seen" is "I
    had never seen", "she's not been" is "she has not been")."""
    irregular_verbs: tuple[tuple[str, ...], ...] = ()
    """Irregular verbs, one a line: the bare verb first, then its other forms ("drive drove
    driven"): a false start said again in another form of its verb ("I drove -- I was
    driving") was broken off, not said (``score.edits``' tidied false start)."""
    verb_group_negations: frozenset[str] = frozenset()
    """Negations that stand inside a verb group, between its subject and its verb ("we will
    not", "I never", "we can't"), not in a clause's other places ("no", "nothing", "nobody"
    are a determiner or an object): a speaker's false start broken off after one was broken
    off before its verb's words (``score.edits``' tidied false start)."""
    perfect_participles: frozenset[str] = frozenset()
    """Participles after which a contracted form of :attr:`ambiguous_contractions` can only be
    its perfect reading, written out or not ("been": "it's been" is "it has been", never "it
    is been"): a quote that writes the other reading in full is another tense.  Other
    participles may follow "is" too ("it's closed" is "it is closed" as often)."""
    participle_endings: frozenset[str] = frozenset()
    """Endings of regular past participles ("ed"), read as :attr:`past_participles` are."""
    participle_lookalikes: frozenset[str] = frozenset()
    """Words that end in one of :attr:`participle_endings` that is part of the word, not an
    inflection: a bare verb ("exceed", "proceed", "speed", "embed") or another word
    ("indeed"). Never a past participle: "we'd exceed" may be "we would exceed"."""
    progressive_endings: frozenset[str] = frozenset()
    """Endings of a progressive form ("ing"): after a contracted form of
    :attr:`ambiguous_contractions`, only its other readings ("Tom's going" = "Tom is going")."""
    times_of_day: frozenset[str] = frozenset()
    """Words for a part of a day ("morning", "night"): with a weekday, they may stand between
    a place phrase and the place it names ("at a rally Tuesday night in Tampa")."""
    day_prepositions: frozenset[str] = frozenset()
    """Prepositions before a day ("on" in "told supporters on Tuesday in Tampa")."""
    stance_prepositions: frozenset[str] = frozenset()
    """Prepositions that, right after a reporting verb, make it report a stance or a topic, not
    words ("for" in "called for a ban", "about" in "spoke about the quay"): a source's account
    of what someone wanted or talked about is no second-hand evidence of their words
    (``score.checks.speaker.reported_from``)."""
    place_prepositions: frozenset[str] = frozenset()
    """Prepositions before a named place after a place phrase ("in" in "at a rally in Tampa");
    none: a language's place phrases name no place."""
    name_particles: frozenset[str] = frozenset()
    """Lower-case words inside a person's name, as written ("de", "van" in "Jan de Vries",
    "MS. VAN DER BERG"): a transcript's speaker label may hold them (``inputs.labels``)."""
    caption_sounds: frozenset[str] = frozenset()
    """Words, case-folded, of a caption's bracketed description of a sound or of the scene
    ("door", "slams", "laughter" of "[DOOR SLAMS]", "(LAUGHTER)"): a bracketed item with one
    of them is no speaker's name (``inputs.subtitles``)."""
    heading_topic_cuts: frozenset[str] = frozenset()
    """Words, case-folded, after which a source's heading names its topic, not the occasion it
    records ("ahead of", "on": "Press briefing ahead of Thursday's debate" is no debate;
    ``score.checks.placement.source_kinds`` reads the heading's kind before them)."""
    label_headings: frozenset[str] = frozenset()
    """First words, case-folded, of a "Word: …" line that heads a note, a caption or a link,
    not a speaker's turn ("note", "photo"; ``inputs.labels``)."""
    voice_lines: frozenset[str] = frozenset()
    """Words, case-folded, that name a voice on a line of their own in a transcript whose
    turns are headed by name lines ("operator" of an earnings call's "Operator", the words on
    the lines after it; ``inputs.labels``): a turn only in a text whose header lines are
    speakers, never a heading of any other text."""
    answer_labels: frozenset[str] = frozenset()
    """Speaker labels, case-folded and without a final dot, that mark an interview's answers
    ("a", "answer" of "A: …"): the answers are the interviewee's, the source's speaker
    (``inputs.sources``)."""
    condensed_notes: frozenset[str] = frozenset()
    """Phrases, lower case ("*" any one word), by which an article says its interview was
    edited for length ("edited for length and clarity", "condensed and edited"): then the
    answers it prints as labelled turns leave words out without an ellipsis by the declared
    convention (``extract.turns.condensed_note``, ``score.checks.condensed``)."""
    condensed_subjects: frozenset[str] = frozenset()
    """Words, lower case, that name an interview or its answers ("interview", "answers",
    "conversation"): a ``condensed_notes`` phrase is the article's note only in a sentence
    that also holds one ("The council published an abridged budget" is no note); a language
    without them takes its notes' phrases alone (their own phrases name the interview)."""
    interview_ties: frozenset[str] = frozenset()
    """Phrases, lower case ("*" any one word), by which an article's intro ties a person to the
    interview it prints ("spoke with", "talked to", "sat down with"): the words before one
    name the one answering "A: …" (``extract.turns``)."""
    question_labels: dict[str, str] = field(default_factory=dict)
    """Speaker labels, case-folded and without a final dot, that mark an interview's questions
    ("q", "question" of "Q: …") → the name their turns are shown under ("Interviewer"): the
    questions are the interviewer's, never the interviewee's (``inputs.sources``)."""
    bare_question_labels: frozenset[str] = frozenset()
    """Question labels, case-folded, that an official briefing transcript prints alone as a
    capital opening the line, with no colon or full stop ("q" of "Q Thanks, …"; each a key of
    ``question_labels``, ``inputs.labels``): only letters that are no word of the language, so
    a paragraph opening with a one-letter word (Russian "В этом году …") is never a label.  A
    language without the file reads no bare label."""
    sworn_phrases: frozenset[str] = frozenset()
    """Phrases (case-folded) that, after a name and a comma, make a court record's line a
    witness's header ("MARISOL BEAUNE, having been first duly sworn, testified as follows:"):
    the answers ("A. …", "THE WITNESS: …") after it, up to the next such line, are that
    witness's (``inputs.labels.court_headers``)."""
    examiner_openers: frozenset[str] = frozenset()
    """Words (case-folded) that open a court record's line of a name and a colon alone naming
    who examines ("BY MS. OKONJO:"): the questions ("Q. …") after it, up to the next such
    line or witness, are that lawyer's (``inputs.labels.court_headers``)."""
    label_roles: dict[str, str] = field(default_factory=dict)
    """A speaker label's words (case-folded, determiners left out) that name a post by another
    word than its role noun → that role noun ("court = judge": a court record's "THE COURT:"
    is the judge; ``inputs.labels.label_role``)."""
    region_names: dict[str, str] = field(default_factory=dict)
    """A region's name as written, case counting ("Iowa", "IA"; "New Hampshire", "N.H.") → its
    id: the place an article gives a quote ("at a rally in Des Moines, Iowa") and the place a
    source declares in its ``occasion:`` ("Speech, Rally, Des Moines, IA") compare by it."""
    occasion_repeated: frozenset[str] = frozenset()
    """Phrases of a quote's sentence that say its words were said on several occasions or on
    one the article does not single out ("repeatedly", "at every rally", "throughout"; ``*``
    stands for up to two words, a final word may take a plural "s"): no one source is then
    shown to be the quote's occasion unless the article names it."""
    possessive_suffixes: frozenset[str] = frozenset()
    """What follows an apostrophe (``normalize.APOSTROPHES``) to make a name possessive ("s":
    "Lee's rally"): such a name speaks of the person's thing, not of them speaking."""
    occasion_shifts: frozenset[str] = frozenset()
    """Phrases of a quote's own frame that say it was said at another time than what the
    sentences before it speak of ("later", "more recently", "in another interview"; ``*``
    stands for up to two words): those sentences then do not place it."""
    occasion_holder_prepositions: frozenset[str] = frozenset()
    """Prepositions that, right after an occasion cue, name the body that held it ("at a
    hearing of the state senate", "before the finance committee"), not its topic ("on the
    budget"): against a declared meeting the phrase's words must agree with the meeting
    (:func:`occasion.misplaced`; review 22-2 #2)."""
    occasion_apart_directed: frozenset[str] = frozenset()
    """A phrase of :attr:`occasion_shifts`' first word and the verb right after the phrase
    that together still put the words apart from the occasion it names ("after ended": "after
    the hearing ended" is after it), where a verb after the phrase otherwise keeps them inside
    ("before the hearing ended", "after the hearing resumed": ``occasion._ends_phrase``)."""
    occasion_inside: frozenset[str] = frozenset()
    """Words that, right after a phrase of :attr:`occasion_shifts`, keep the words inside the
    occasion the sentence goes on to name, or make the phrase no time of the saying ("later
    in the meeting", "earlier during the debate", "later this year"): then the phrase does
    not put the quote apart from an occasion (:func:`placement.apart`)."""
    apposition_openers: frozenset[str] = frozenset()
    """First words of a noun phrase set off by a comma right after a speaker's name that
    follows the reporting verb ("said Lee, a former captain who joined the firm in 2019"): an
    apposition about the speaker, read as :attr:`aside_openers`' clauses are."""
    spoken_asides: frozenset[str] = frozenset()
    """Short asides a speaker says as a sentence of their own between two of one thought
    ("Honestly.", "Believe me."; a phrase is its words with single spaces, lower-cased): with
    fillers, discourse markers, backchannels and conjunctions, the only words that may stand
    between the two pieces of a split quote across a sentence's end (``score.joined``); any
    other words there say a second thing, and the pieces are shown apart."""
    aside_openers: frozenset[str] = frozenset()
    """First words of a relative clause set off by a comma after a noun ("…, said Lee, who
    has lived here for years"): the clause speaks of the noun, so a phrase of
    ``occasion_repeated`` there says nothing of how often the quote was said, and a negation
    in such a clause that an ellipsis cuts whole does not govern the kept words (QC105)."""
    clause_relatives: frozenset[str] = frozenset()
    """Words of :attr:`aside_openers` that may also speak of a whole clause ("The harbour will
    be sold, which I will never allow, to …"): a clause they open that an ellipsis cuts whole
    is an aside only right after a kept noun phrase whose verb the kept words resume with
    (QC105)."""
    narrowers: frozenset[str] = frozenset()
    """Words that narrow the words right after them ("only", "merely"): an ellipsis that cuts
    one just before the kept words resume ("We will … open three hundred beds" for "We will
    only open …") widens what they say (QC105); a phrase ("not only") narrows the first of two
    halves: cut whole, it turns nothing only when the kept words keep the other half."""
    conditions: tuple[tuple[str, ...], ...] = ()
    """Words and phrases that set a condition on a clause ("if", "unless", "only if", "as long
    as", "in the worst case"): a quote of words that stand under one the source opens its
    sentence with, the condition left out ("If the grant comes, we will open the clinic"
    quoted as "We will open the clinic"), or that stops right before one ("… if the council
    agrees"), drops the condition (QC106), unless the article's own words give it.  Across
    languages a negation in the clause one opens is the condition's, not the statement's
    (:func:`quotecheck.xling.checks.conditioned`)."""
    condition_reports: tuple[tuple[str, ...], ...] = ()
    """Words with which an article reports a condition in its own words, besides
    :attr:`conditions` ("depended on", "on condition that", "contingent on"): followed by the
    source's condition's words, right before a quote or in the sentence before it, they give
    the reader the condition the quote leaves out (no QC106)."""
    concessives: frozenset[str] = frozenset()
    """Words that, right before a condition in an article's own words, make it a concession,
    no statement of the condition ("even if the company did not sign"): such words give the
    reader no condition a quote leaves out (QC106 stays; ``score.checks.cut``)."""
    form_conditions: tuple[tuple[str, ...], ...] = ()
    """Openers in the form of a condition that set none on the clause they open ("if you ask
    me", "if i am honest", "if anything", "if you look"): a quote of the clause after one leaves
    out no condition (QC106)."""
    whether_if_heads: frozenset[str] = frozenset()
    """Words after which a condition word asks a question instead ("know", "asked", "wonder",
    "sure": "I don't know if the crane can be saved"): a quote that stops right before it leaves
    out no condition (QC106)."""
    negative_idioms: tuple[tuple[str, ...], ...] = ()
    """Fixed phrases with a negation word that negate nothing ("no doubt", "without question",
    "not least", "no matter"): an ellipsis that cuts one whole — the whole cut, or
    at the head of words set off by commas — cuts no negation of the kept words (QC105)."""
    perfect_auxiliaries: frozenset[str] = frozenset()
    """Auxiliaries of a perfect before a quote's reporting verb ("has said", "had told", "he's
    called"; an entry opening with an apostrophe is a clitic written onto the word before):
    the words were said on an earlier occasion the article does not single out."""
    occasion_times: dict[str, str] = field(default_factory=dict)
    """Phrases of an article that place a quote in time, relative to the article's date →
    ``unit offset`` ("last month" → "month -1"); ``<year>``, ``<month>`` and ``<weekday>``
    stand for a year in digits and the month and day names of :attr:`calendar_words`
    ("in <month> <year>" → "month")."""
    kept_contractions: frozenset[str] = frozenset()
    """Tokenizer exceptions without an apostrophe that stay split ("cannot" → "can" "not");
    the pipeline drops the others, which split names in news ("Im" → "I" "m")."""
    decimal_mark: str = "."
    """The decimal mark of written numbers (cross-language number checks)."""
    unit_words: dict[str, str] = field(default_factory=dict)
    """Unit words → a language-independent unit id ("kilometres" → "km", "Meilen" → "mile"),
    so that quantities can be compared across languages."""
    scale_abbreviations: dict[str, str] = field(default_factory=dict)
    """Short forms of scale words → the scale word ("m" → "million", "bn" → "billion"), read
    as a scale only written right after digits ("3m" is three million, "£4m" four million
    pounds; a spaced "3 m" is not)."""
    decimal_words: frozenset[str] = frozenset()
    """The word spoken for the decimal mark between number words ("point": "one point five
    million" is 1.5 million, the same number as "1.5 million"), followed only by words for a
    single digit ("point two five" = .25); an auto-caption writes numbers as they are said."""
    sign_words: dict[str, str] = field(default_factory=dict)
    """A sign written as a word right before digits → the sign ("minus" → "-": "minus 3" is
    -3, the same number as "-3"; "3" stays another)."""
    glued_units: dict[str, str] = field(default_factory=dict)
    """Unit abbreviations read as a unit only written right after digits → the unit id of
    :attr:`unit_words` ("m" → "m": "2m" is two metres).  One that is also a
    :attr:`scale_abbreviations` entry has both readings ("2m": two million, or two metres)."""
    calendar_words: dict[str, str] = field(default_factory=dict)
    """Days and months → a language-independent id ("monday" → "mon"): a changed date is caught
    across languages and a capitalised day name is not taken for a name."""
    numeric_dates: frozenset[str] = frozenset()
    """The ways a day of a month is written in digits alone, as ``month<sep>day`` or
    ``day<sep>month`` ("month/day": "9/11" is September 11): the same date as its words
    (:mod:`quotecheck.match.dates`)."""
    named_numeric_dates: dict[str, str] = field(default_factory=dict)
    """A date in digits written another way than :attr:`numeric_dates` that names one day
    ("9-11" = "9/11"), → that day in a :attr:`numeric_dates` form: read as the date only written
    so, where digits joined by a hyphen are otherwise a score, a vote or a range ("ruled 6-3")."""
    calendar_homonyms: dict[str, str] = field(default_factory=dict)
    """Month names that are also common words ("may" = "may": the modal), → the month's id:
    read as the month only where written with a capital next to a day number ("May 3", "the
    3rd of May": :mod:`quotecheck.match.dates`), never in :attr:`calendar_words`' other
    readers."""
    season_words: dict[str, str] = field(default_factory=dict)
    """Seasons → a language-independent id (:data:`SEASON_IDS`: "verano" → "summer"): a season
    changed in translation ("antes del verano" quoted as "before the winter") is caught like a
    changed month (:mod:`quotecheck.xling.checks`)."""
    season_homonyms: dict[str, str] = field(default_factory=dict)
    """Season names that are also common words ("fall", "spring": verbs) → the season's id:
    read as the season only right after a word of :attr:`month_homonym_cues` or a
    :attr:`definite_determiners` word ("in spring", "before the fall";
    :mod:`quotecheck.xling.checks`)."""
    month_homonym_cues: frozenset[str] = frozenset()
    """Words of time right before which a :attr:`calendar_homonyms` word written with a capital
    is the month ("in May", "since May", "by May"): the cross-language date check reads the
    homonym as the month only after one of these or next to a day number, so "Theresa May" or
    "Mrs May" is no month (:mod:`quotecheck.xling.checks`)."""
    date_joiners: frozenset[str] = frozenset()
    """Words that may stand between a date's day and month or before its day ("the 3rd of
    May", "May the 3rd"): :mod:`quotecheck.match.dates`."""
    ordinal_words: dict[str, str] = field(default_factory=dict)
    """Ordinal words → digits ("zweiten" → "2", "second" → "2"): compared with numbers across
    languages (a German "8." is already a number), and never taken for a name."""
    courtesies: frozenset[str] = frozenset()
    """A speaker's formulas of thanks ("thanks", "thank you"; a phrase is its words with single
    spaces, lower-cased): opening a sentence of a source's turn, no report of anyone's words,
    though a word of them is a reporting verb ("Thanks. Your fuel bill …";
    ``score.checks.speaker``)."""
    answer_words: frozenset[str] = frozenset()
    """Words that answer a question ("yes", "no", "maybe", "sure"): they say the answer's
    polarity, so one put where a transcript marks a gap is no mere word of talk, though some
    are also backchannels (``score.edits._talk_word``; review 21-3, F6)."""
    backchannels: frozenset[str] = frozenset()
    """A listener's words that only say "go on" ("right", "mm-hm", "okay", "i see"; a phrase
    is its words with single spaces, lower-cased): another speaker's turn of these alone, with
    no question mark, between two of the quoted speaker's own is no word the quote left out."""
    ordinal_suffixes: frozenset[str] = frozenset()
    """Letters written onto digits to make an ordinal ("st", "nd" of "1st", "2nd"): with the
    digits, the ordinal word written another way ("1st" / "first"); the value is compared on
    the digits."""
    fraction_words: dict[str, str] = field(default_factory=dict)
    """Fractions, multiples and counting words → value, a fraction as ``n/d`` ("hälfte" →
    "1/2", "third" → "1/3", "dozen" → "12", "twice" → "2"): numbers across languages."""
    number_parts: dict[str, str] = field(default_factory=dict)
    """Parts of a number written as one word or with hyphens, beyond :attr:`number_words`:
    joiners (value ``+``: German "und" in "fünfundzwanzig") and combining forms ("ein" → "1")."""
    backshift_pairs: dict[str, str] = field(default_factory=dict)
    """A direct word → the words (apart by spaces) indirect speech may write for it by its own
    grammar ("will" → "would", "i" → "he she they"): the only differences from a report in
    indirect speech that show no change (``score.ladder``, *indirect reports*)."""
    negation_pairs: dict[str, str] = field(default_factory=dict)
    """Correlative negations, first word → the word that continues it ("neither" → "nor",
    "ni" → "ni"): one negation however far apart ("weder … noch" is one, so is "neither …
    nor")."""
    negative_subjects: dict[str, str] = field(default_factory=dict)
    """Negative determiners and pronouns → the particle of the verb they govern, in a
    language that writes both ("aucun" → "ne", "nul" → "ne", "rien" → "ne": French « Aucun
    patient … ne sera refoulé » is one negation, English "No patient … will be turned away"):
    the first such particle after one, in the same sentence, is that negation however far
    away, and only the first (a later "ne … pas" is a negation of its own)."""
    counting_nouns: dict[str, str] = field(default_factory=dict)
    """Nouns that count in a group of a fixed size → that size ("dozen" → "12", "score" →
    "20"): after a number or a word for one, and before what is counted ("two dozen eggs",
    "a score of boats", "half a dozen"), a multiplier as a scale word is ("two dozen" = 24);
    alone, or before a function word ("settle a score with"), no number."""
    counting_partitives: frozenset[str] = frozenset()
    """The word that joins a counting noun to what it counts ("of": "a score of boats")."""
    scale_articles: frozenset[str] = frozenset()
    """Words that stand for one before a scale word ("a million", "eine Million", "un
    millón"): the scale then counts as a number of its own."""
    number_endings: dict[str, str] = field(default_factory=dict)
    """A noun's plural ending → what the singular ends with in its place ("s" → "-" for
    nothing, "ies" → "y"): a content word and its plural are a transcript variant ("the law" /
    "the laws": a final "s" a transcriber hears or misses; ``score/edits.number_ending_only``)."""
    plural_senses: frozenset[str] = frozenset()
    """Nouns whose plural form is a word of its own ("arms" weapons, "goods", "customs",
    "news"): never read as the singular's plural, so "arm" for "arms" is no transcript variant
    (``score/edits.number_ending_only``)."""
    garbled_pairs: frozenset[str] = frozenset()
    """A subject and the verb form right after it that no speaker says with nothing between
    ("we going", "it going": the auxiliary "are"/"is", or "have", is missing): a transcript
    that writes one lost a word there, so what the speaker said in that verb group cannot be
    read from it (``score/edits.py``, :func:`quotecheck.score.edits.garbled_at`)."""
    garbled_lost: frozenset[str] = frozenset()
    """The words a transcript may have lost between the two of a :attr:`garbled_pairs` entry
    (the forms of "be" that "going" needs: "we're going"): a quote may write one there, no
    other word (``score/edits.py``, :func:`quotecheck.score.edits.garbled_at`)."""
    garbled_misheard: frozenset[str] = frozenset()
    """What the verb form of a :attr:`garbled_pairs` entry may be a misheard form of ("have",
    "has", "got" before "to": "It has to be" for "It going to be"): a quote may write one of
    these for it, no other word (:func:`quotecheck.score.edits.garbled_at`)."""
    participle_object_verbs: frozenset[str] = frozenset()
    """Verb forms (as written) that take an object and then a participle ("keep it going",
    "had you going"): a pronoun right after one is the verb's object, so the pronoun and the
    participle are no garbled verb group (:func:`quotecheck.score.edits.garbled_at`)."""
    gap_markers: frozenset[str] = frozenset()
    """What a transcript writes in brackets where it could not hear the speaker
    ("inaudible", "crosstalk", "unintelligible"): the source is incomplete there, so a quote
    that differs from it only at such a mark cannot be checked there and is not changed."""
    clip_starts: frozenset[str] = frozenset()
    """What a broadcast transcript writes in brackets where a replayed clip begins ("begin video
    clip"): the record of the speaker's words starts after it, often mid-sentence, so a quote's
    words right before the clip's first word stand at a gap (not checked)."""
    clip_ends: frozenset[str] = frozenset()
    """What a broadcast transcript writes in brackets where a replayed clip ends ("end video
    clip"): a quote's words right after the clip's last word stand at a gap (not checked)."""
    name_aliases: dict[str, str] = field(default_factory=dict)
    """A name as written (lower case, may be several words) → a language-independent id
    ("vereinigte staaten" → "us", "usa" → "us"): the same country or body under another name."""
    postpositions: frozenset[str] = frozenset()
    """"According to" words that follow the speaker ("dem Minister zufolge"): the speaker is
    looked for before them only."""
    noun_suffixes: frozenset[str] = frozenset()
    """Endings of common nouns ("ung", "tion", "heit"): in a language that capitalises nouns,
    a capitalised word ending so is not taken for part of a person's name."""
    incise_inside_marks: bool = False
    """Whether the language's press puts the reporter's cue inside the quote marks, between
    commas or dashes (French « …, a rappelé la maire, … », Spanish «… —dijo el concejal— …»):
    such an incise is cut out of the quote (:mod:`quotecheck.extract.incise`)."""
    incise_auxiliaries: frozenset[str] = frozenset()
    """Third-person auxiliaries that may open an incise before a reporting verb's participle
    ("a" of "a rappelé", "ha" of "ha dicho")."""
    dialogue_dashes: frozenset[str] = frozenset()
    """The dashes that open a speaker's turn at the start of a line in the language's
    dialogue convention (the Spanish raya "—No vamos a subir la tasa —aseguró Peñalver—, pero
    …", French and Russian "— …"): the words after it are the speaker's, a reporting verb after a
    dash or a comma opens the narrator's incise (:mod:`quotecheck.extract.dialogue`).  Empty:
    the language sets dialogue in quote marks only."""
    negative_concord: bool = False
    """Whether several negation words close together make one negation (French "ne … pas",
    Spanish "no … nada", Russian "никто не"); without it every negation word counts (German
    "nicht … kein", English "not … no" are two)."""
    title_words: frozenset[str] = field(init=False)
    """Every word of every entry of :attr:`titles` ("prime minister" gives "prime" and
    "minister"): what word-by-word title stripping before a name tests (derived, no file)."""
    name_fillers: frozenset[str] = field(init=False)
    """Function words that name no one inside a speaker's name or label (:attr:`stopwords`
    and :attr:`determiners`, but not :attr:`name_particles`): "THE" of "THE PRESIDENT", left
    out of the words that identify a person ("van" of "Jan van Dam" stays; derived, no file)."""
    organisation_heads: frozenset[str] = field(init=False)
    """The last word of every entry of :attr:`organisation_nouns` ("white house" gives
    "house"): what a test of one head noun compares with (derived, no file)."""
    sentence_openers: frozenset[str] = field(init=False)
    """Every word of :attr:`stopwords` and :attr:`pronouns` ("the", "it", "we", "and"): a
    capitalised one after an abbreviation's full stop opens a sentence ("back to the U.S. We
    will …"), a capitalised other word does not ("the U.S. Navy") (derived, no file)."""
    closing_abbreviations: frozenset[str] = field(init=False)
    """The :attr:`abbreviations` that may end a sentence: all but a title's before a name
    ("mr.", "dr.": "Dr. Lee", never a sentence's end), and only those written with a full
    stop at the end, in one word ("u.s.", "no."; derived, no file)."""
    auxiliaries: frozenset[str] = field(init=False)
    """Words that may stand between a verb and its subject: every tense marker, modal and
    negation, and every piece of a :attr:`contractions` entry split at its apostrophe that
    stands for one ("didn" and "t" of "didn't = did not", "won" of "won't = will not", "ve"
    of "we've = we have"; pieces are paired with the expansion's words when both count
    alike).  Derived once per language, no file: a contraction is written once."""

    def __post_init__(self) -> None:
        words = frozenset(w for entry in self.titles for w in entry.split())
        heads = frozenset(entry.split()[-1] for entry in self.organisation_nouns)
        object.__setattr__(self, "title_words", words)
        fillers = (self.stopwords | self.determiners) - self.name_particles
        object.__setattr__(self, "name_fillers", fillers)
        object.__setattr__(self, "organisation_heads", heads)
        openers = self.stopwords | frozenset(self.pronouns)
        object.__setattr__(self, "sentence_openers", openers)
        closing = frozenset(
            a
            for a in self.abbreviations
            if a.endswith(".") and " " not in a and a.rstrip(".") not in self.titles
        )
        object.__setattr__(self, "closing_abbreviations", closing)
        object.__setattr__(self, "auxiliaries", self._auxiliaries())

    def _auxiliaries(self) -> frozenset[str]:
        """:attr:`auxiliaries`; O(contractions)."""
        aux = self.tense_markers.keys() | self.modals.keys() | self.negations
        pieces: set[str] = set()
        for short, full in self.contractions.items():
            parts = [p for p in _APOSTROPHE.split(short) if p]
            words = full.split()
            if len(parts) == len(words):
                pieces.update(p for p, w in zip(parts, words, strict=True) if w in aux)
        return frozenset(aux | pieces)

    def bare_forms(self, word: str) -> set[str]:
        """``word`` (lower case) and every bare form it comes down to by one of the language's
        :attr:`inflection_endings` ("aides" → "aide", "families" → "family"); only ``word``
        without the data.  O(endings)."""
        out = {word}
        for end, bares in self.inflection_endings.items():
            if word.endswith(end) and len(word) > len(end):
                stem = word[: -len(end)]
                out.update(stem + ("" if bare == "-" else bare) for bare in bares.split())
        return out

    def post_title(self, word: str, *, office: bool = False) -> str:
        """The post or rank a title ``word`` before a name stands for ("Mayor" → "mayor",
        "Governor" and "Gov." → "gov", by :attr:`name_abbreviations`), or "" when it is none:
        a title of courtesy ("Ms."), a word the language also lists as a given name
        (:attr:`first_names`: "Prince", "King" may name a person), or no title or role noun.
        ``office``: only a title (:attr:`titles`: "Rep.", "Governor"), not any role noun
        ("resident", "nominee"): a post the article gives a person as an office.  O(1)."""
        low = word.lower().rstrip(".")
        if low in self.courtesy_titles or low in self.first_names:
            return ""
        if low not in self.title_words and (office or low not in self.role_nouns):
            return ""
        return self.name_abbreviations.get(low, low)

    def role_bases(self, word: str, *, gender: str | None = None) -> list[str]:
        """The role nouns (:attr:`role_nouns`) ``word`` (lower case) is with one of
        :attr:`role_noun_endings` taken off ("diplomaten" → "diplomat", "bürgermeisterin" →
        "bürgermeister"); with ``gender``, only by an ending that gives the person that gender
        ("f": "bürgermeisterin", not "bürgermeisterinnen").  The one reading of a role
        noun's endings, for compounds and for a role's gender.  O(endings)."""
        return [
            word[: -len(end)]
            for end, marks in self.role_noun_endings.items()
            if (gender is None or marks == gender)
            and word.endswith(end)
            and word[: -len(end)] in self.role_nouns
        ]

    def is_reporting_verb(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a reporting verb: a lemma (:attr:`reporting_verbs`)
        or an inflected form of one (:meth:`inflects_reporting_verb`; the language's own
        endings, never another language's)."""
        return word in self.reporting_verbs or self.inflects_reporting_verb(word)

    def is_past_form(self, word: str) -> bool:
        """Whether ``word`` (lower case) reads as a past form from its letters alone: an
        irregular one (:attr:`past_participles`: "built", "said") or a regular one
        (:attr:`participle_endings`: "delivered"), the ending after at least three letters and
        the word none of :attr:`participle_lookalikes` ("exceed").  O(endings)."""
        return word in self.past_participles or (
            word not in self.participle_lookalikes
            and any(
                word.endswith(end) and len(word) > len(end) + 2 for end in self.participle_endings
            )
        )

    def inflects_reporting_verb(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an inflected form of a reporting verb, read from its
        letters alone: an irregular form (:attr:`reporting_verb_forms`) or a lemma with one of
        the language's regular endings (:attr:`verb_endings`: "says", "claimed", "telling").
        For text no lemmatizer reads: a title-case headline the tagger misreads, a source's
        words.  A language without endings knows only its listed forms.  O(endings)."""
        return word in self.reporting_verb_forms or any(
            word.endswith(end) and word[: -len(end)] in self.reporting_verbs
            for end in self.verb_endings
        )
