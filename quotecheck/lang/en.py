"""English language data."""

from __future__ import annotations

from quotecheck.lang.schema import LanguageData

_REPORTING_VERBS = frozenset(
    """
    say tell add insist warn state claim declare announce explain argue assert note observe
    remark comment reply respond answer write tweet post stress emphasise emphasize acknowledge
    admit concede confirm deny accuse charge allege suggest propose urge call describe label brand
    term dub predict promise vow pledge threaten boast complain lament mourn joke quip recall
    recount report reveal disclose testify maintain contend reiterate repeat continue conclude
    agree disagree caution advise ask wonder question demand order command plead beg
    insinuate hint mention point counter retort shout yell scream whisper mutter cry exclaim
    proclaim decry slam blast criticise criticize condemn denounce praise hail welcome tout
    mock ridicule dismiss rebuke scold chide lash fume rage grumble
    thank chant read invite echo tout implore vow sing quote cite beam gush sigh laugh
    scoff snap bark confess muse marvel rave
    """.split()
)

_ROLE_NOUNS = frozenset(
    """
    minister diplomat ambassador envoy spokesman spokeswoman spokesperson official officer
    president vice-president premier chancellor secretary senator congressman congresswoman
    representative governor mayor leader chairman chairwoman chair director head chief
    commander general admiral colonel captain lieutenant sergeant marshal
    king queen prince princess emperor monarch pope bishop cardinal priest imam rabbi cleric
    judge justice prosecutor attorney lawyer counsel advocate
    spokesmen officials aide adviser advisor counsellor counselor deputy subordinate
    candidate nominee incumbent lawmaker legislator politician statesman delegate negotiator
    ceo cfo cto founder executive manager analyst economist expert professor researcher
    scientist doctor physician nurse teacher student witness victim survivor resident
    activist campaigner organiser organizer protester organiser writer author journalist
    reporter editor columnist correspondent commentator host anchor presenter
    coach player captain striker manager referee owner investor banker trader
    police policeman policewoman detective inspector sheriff trooper soldier
    woman man boy girl mother father son daughter wife husband brother sister
    """.split()
)

_ORGANISATION_NOUNS = frozenset(
    """
    ministry department agency government administration office embassy consulate council
    committee commission parliament congress senate court company firm group party union
    statement communique communiqué release report spokesperson's newspaper agency's
    white house kremlin
    """.split()
)

_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev sen rep gov gen col capt lt sgt
    president prime minister chancellor king queen prince princess pope senator governor mayor
    """.split()
)

_NEGATIONS = frozenset(
    """
    not n't no never none nobody nothing nowhere neither nor without cannot hardly scarcely
    barely
    """.split()
)

_MODALS = {
    "will": "future",
    "shall": "future",
    "would": "conditional",
    "should": "necessity-weak",
    "must": "necessity",
    "may": "possibility",
    "might": "possibility",
    "can": "ability",
    "could": "possibility",
    "ought": "necessity-weak",
    "need": "necessity",
    "intend": "volition",
    "intends": "volition",
    "want": "volition",
    "wants": "volition",
    "going": "future",
    "perhaps": "possibility",
    "maybe": "possibility",
    "possibly": "possibility",
}

_CONTRACTIONS = {
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "can't": "cannot",
    "won't": "will not",
    "wouldn't": "would not",
    "shouldn't": "should not",
    "couldn't": "could not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "hasn't": "has not",
    "haven't": "have not",
    "hadn't": "had not",
    "mustn't": "must not",
    "i'm": "i am",
    "you're": "you are",
    "we're": "we are",
    "they're": "they are",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "i've": "i have",
    "we've": "we have",
    "they've": "they have",
    "i'll": "i will",
    "we'll": "we will",
    "they'll": "they will",
    "he'll": "he will",
    "she'll": "she will",
    "i'd": "i would",
    "we'd": "we would",
    "let's": "let us",
}

# Variant → canonical (US spelling is the canonical side; the direction is arbitrary, the
# comparison only needs both sides folded to one form).
_SPELLING = {
    "towards": "toward",
    "afterwards": "afterward",
    "amongst": "among",
    "whilst": "while",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "practise": "practice",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "fibre": "fiber",
    "calibre": "caliber",
    "colour": "color",
    "colours": "colors",
    "favour": "favor",
    "favourable": "favorable",
    "honour": "honor",
    "honours": "honors",
    "labour": "labor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "neighbouring": "neighboring",
    "neighbourly": "neighborly",
    "behaviour": "behavior",
    "endeavour": "endeavor",
    "harbour": "harbor",
    "humour": "humor",
    "rumour": "rumor",
    "vigour": "vigor",
    "armour": "armor",
    "organise": "organize",
    "organised": "organized",
    "organisation": "organization",
    "organisations": "organizations",
    "recognise": "recognize",
    "recognised": "recognized",
    "realise": "realize",
    "realised": "realized",
    "criticise": "criticize",
    "criticised": "criticized",
    "emphasise": "emphasize",
    "apologise": "apologize",
    "authorise": "authorize",
    "authorised": "authorized",
    "characterise": "characterize",
    "civilisation": "civilization",
    "destabilise": "destabilize",
    "legitimise": "legitimize",
    "maximise": "maximize",
    "minimise": "minimize",
    "mobilise": "mobilize",
    "modernise": "modernize",
    "normalise": "normalize",
    "normalisation": "normalization",
    "prioritise": "prioritize",
    "prioritises": "prioritizes",
    "stabilise": "stabilize",
    "summarise": "summarize",
    "sympathise": "sympathize",
    "utilise": "utilize",
    "analyse": "analyze",
    "analysed": "analyzed",
    "paralyse": "paralyze",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "programme": "program",
    "programmes": "programs",
    "cheque": "check",
    "grey": "gray",
    "jewellery": "jewelry",
    "travelled": "traveled",
    "travelling": "traveling",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "modelling": "modeling",
    "fuelled": "fueled",
    "counselling": "counseling",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "judgement": "judgment",
    "ageing": "aging",
    "manoeuvre": "maneuver",
    "paediatric": "pediatric",
    "encyclopaedia": "encyclopedia",
    "oestrogen": "estrogen",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "plough": "plow",
    "aluminium": "aluminum",
    "tyre": "tire",
    "kerb": "curb",
    "storey": "story",
}

_ABBREVIATIONS = {
    "u.s.": "us",
    "u.s.a.": "usa",
    "u.k.": "uk",
    "u.n.": "un",
    "e.u.": "eu",
    "d.c.": "dc",
    "n.y.": "ny",
    "l.a.": "la",
    "mr.": "mr",
    "mrs.": "mrs",
    "ms.": "ms",
    "dr.": "dr",
    "st.": "st",
    "jr.": "jr",
    "sr.": "sr",
    "prof.": "prof",
    "gov.": "gov",
    "sen.": "sen",
    "rep.": "rep",
    "gen.": "gen",
    "no.": "number",
    "&": "and",
    "percent": "%",
    "per cent": "%",
}

_NUMBER_WORDS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
}

_STOPWORDS = frozenset(
    """
    a an the and or of to in on at by for with from as is are was were be been being it its
    this that these those which who whom whose what there here than then so such very also
    just only into onto over under about between through during before after above below up
    down out off again further once both each few more most other some any own same too
    """.split()
)

DATA = LanguageData(
    code="en",
    name="English",
    quote_pairs=(("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'")),
    reporting_verbs=_REPORTING_VERBS,
    reporting_nouns=frozenset(
        "statement remarks remark interview speech address briefing tweet post letter "
        "communique communiqué testimony comments comment words message".split()
    ),
    according_to=(("according", "to"), ("in", "the", "words", "of"), ("quoting",)),
    narration_frames=(
        # subject (pronoun or a capitalised name) + a reporting verb phrase (+ that) at the
        # very start of a quote: the reporter's frame, not the speaker's words.
        r"^(?:i|we|he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
        r"(?:(?:also|then|further|later|again)\s+)?"
        r"(?:went\s+on\s+to\s+(?:say|add|claim|state|note|argue|stress|insist|warn)"
        r"|continued\s+(?:to\s+say|by\s+saying)"
        r"|(?:said|says|added|adds|stated|claimed|noted|argued|stressed|insisted|warned"
        r"|told\s+\w+|explained|declared|asserted)\s+that)\b",
    ),
    pronouns={
        "i": "1",
        "me": "1",
        "my": "1",
        "we": "1p",
        "us": "1p",
        "our": "1p",
        "you": "2",
        "your": "2",
        "he": "3m",
        "him": "3m",
        "his": "3m",
        "she": "3f",
        "her": "3f",
        "they": "3p",
        "them": "3p",
        "their": "3p",
        "it": "3n",
        "its": "3n",
    },
    first_person=frozenset("i me my mine myself we us our ours ourselves".split()),
    third_person=frozenset(
        "he him his himself she her hers herself they them their theirs themselves".split()
    ),
    role_nouns=_ROLE_NOUNS,
    organisation_nouns=_ORGANISATION_NOUNS,
    titles=_TITLES,
    negations=_NEGATIONS,
    modals=_MODALS,
    limiters=frozenset("but unless except however although though yet until provided".split()),
    contractions=_CONTRACTIONS,
    spelling_variants=_SPELLING,
    abbreviations=_ABBREVIATIONS,
    number_words=_NUMBER_WORDS,
    apostrophe_words=frozenset("'tis 'twas 'til 'em 'n' 'cause 'round o' ma'am y'all".split()),
    byline_patterns=(
        r"(?i:(?:press\s+)?statement\s+(?:of|by))\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})",
        r"(?i:remarks|speech|address|interview)\s+(?i:of|by|with)\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})",
        r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}),[^\n]{0,120}?\b"
        r"(?:issued|made|released|gave)\s+the\s+following",
    ),
    occasion_cues=(
        r"\bin\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:tweet|post|interview|podcast|op-?ed|letter"
        r"|email|speech|video|memo)s?\b",
        r"\b(?:tweets|tweeted|retweeted)\b",
        r"\b(?:broadcast|episode|edition|interview|appearance)\s+(?:of|on|with)\b",
        r"\bon\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*\s*['’]s\s+[\"“]",
        r"\bon\s+(?:twitter|x|facebook|instagram|truth\s+social|television|tv|radio)\b",
        r"\b(?:at|during)\s+(?:an?|the|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:rally|press\s+conference|news\s+conference|press\s+gaggle|gaggle|hearing|summit"
        r"|event|meeting|briefing|campaign\s+stop|town\s+hall|fundraiser|forum|dinner"
        r"|luncheon|breakfast|convention|speech|interview|ceremony)\b",
        # an outlet or a named person, capitalised even though cues match without case
        r"\b(?:told|telling)\s+(?!reporters\b|journalists\b|the\s+press\b)"
        r"(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4}",
        r"\bin\s+(?:19|20)\d\d\b",
        r"\b(?:last|next)\s+(?:year|month)\b",
    ),
    reporting_idioms=(("put", "it"),),
    title_cues=frozenset(
        """
        of titled entitled headlined named dubbed nicknamed nickname book books show shows program
        programme song songs anthem hymn film movie documentary series episode broadcast column
        op-ed album play novel memoir podcast segment hashtag slogan banner motto headline
        """.split()
    ),
    stopwords=_STOPWORDS,
    tense_markers={
        "is": "present",
        "are": "present",
        "am": "present",
        "was": "past",
        "were": "past",
        "has": "perfect",
        "have": "perfect",
        "had": "past-perfect",
        "will": "future",
        "would": "conditional",
        "did": "past",
        "does": "present",
        "do": "present",
    },
)

# Cross-language checks (quotecheck.xling): the decimal mark of written numbers, and unit
# words → a language-independent unit id, so that "5 km" and "5 Meilen" can be compared.
DECIMAL_MARK = "."
UNIT_WORDS: dict[str, str] = {
    "percent": "percent",
    "per cent": "percent",
    "euro": "eur",
    "euros": "eur",
    "dollar": "usd",
    "dollars": "usd",
    "pound": "gbp",
    "pounds": "gbp",
    "rouble": "rub",
    "roubles": "rub",
    "ruble": "rub",
    "rubles": "rub",
    "yen": "jpy",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "km": "km",
    "mile": "mile",
    "miles": "mile",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "kilogram": "kg",
    "kilograms": "kg",
    "kg": "kg",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
}

# Days and months → a language-independent id, so that a changed date is caught across
# languages and a capitalised English day name is not taken for a name.
CALENDAR_WORDS: dict[str, str] = {
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
    "january": "jan",
    "february": "feb",
    "march": "mar",
    "april": "apr",
    "june": "jun",
    "july": "jul",
    "august": "aug",
    "september": "sep",
    "october": "oct",
    "november": "nov",
    "december": "dec",
}
