"""German language data.

spaCy has no trained German pipeline here, and the blank one has no lemmatizer, so the verb,
noun and modal lists hold the inflected forms a news text uses, not only the lemmas.
"""

# Word lists are whitespace-separated blocks, as in en.py: easier to read and edit than
# one quoted string per line.

from __future__ import annotations

from quotecheck.lang.schema import LanguageData

_REPORTING_VERBS = frozenset(
    """
    sagen sagt sagte sagten gesagt sage
    zitiere zitieren zitiert zitierte zitierten nenne spreche schreibe frage fordere
    bezeichne behaupte erkläre betone warne
    erklären erklärt erklärte erklärten erkläre
    betonen betont betonte betonten betone
    warnen warnt warnte warnten gewarnt warne
    behaupten behauptet behauptete behaupteten
    kritisieren kritisiert kritisierte kritisierten
    fordern fordert forderte forderten gefordert
    meint meinte meinten gemeint
    hinzufügen fügt fügte fügten hinzugefügt
    ergänzen ergänzt ergänzte ergänzten
    unterstreichen unterstreicht unterstrich unterstrichen
    hervorheben hebt hob hoben hervorgehoben
    bekräftigen bekräftigt bekräftigte bekräftigten
    versichern versichert versicherte versicherten
    beteuern beteuert beteuerte beteuerten
    erläutern erläutert erläuterte erläuterten
    ankündigen kündigt kündigte kündigten angekündigt
    mitteilen teilt teilte teilten mitgeteilt
    äußern äußert äußerte äußerten geäußert
    mahnen mahnt mahnte mahnten gemahnt ermahnen ermahnt ermahnte
    fragen fragt fragte fragten gefragt
    antworten antwortet antwortete antworteten geantwortet
    entgegnen entgegnet entgegnete entgegneten
    erwidern erwidert erwiderte erwiderten
    kontern kontert konterte
    schreiben schreibt schrieb schrieben geschrieben
    twittern twittert twitterte getwittert posten postet postete gepostet
    bestätigen bestätigt bestätigte bestätigten
    bestreiten bestreitet bestritt bestritten
    dementieren dementiert dementierte
    einräumen räumt räumte räumten eingeräumt
    zugeben zugegeben gestehen gesteht gestand gestanden
    vorwerfen wirft warf warfen vorgeworfen
    beschuldigen beschuldigt beschuldigte
    loben lobt lobte lobten gelobt
    verurteilen verurteilt verurteilte verurteilten
    anprangern prangert prangerte angeprangert
    rügen rügt rügte monieren moniert monierte
    rufen ruft rief riefen gerufen aufrufen aufgerufen
    appellieren appelliert appellierte
    schreien schreit schrie flüstern flüstert flüsterte
    wiederholen wiederholt wiederholte
    argumentieren argumentiert argumentierte
    anmerken merkt merkte angemerkt
    feststellen festgestellt klarstellen klargestellt
    bekunden bekundet bekundete
    beklagen beklagt beklagte klagen klagt klagte
    insistieren insistiert insistierte beharren beharrt beharrte
    drohen droht drohte drohten androhen angedroht
    versprechen verspricht versprach versprachen
    prognostizieren prognostiziert prognostizierte prophezeien prophezeite
    vorhersagen vorhergesagt
    berichten berichtet berichtete berichteten
    verkünden verkündet verkündete
    bezeichnen bezeichnet bezeichnete nennen nennt nannte nannten
    beschreiben beschreibt beschrieb schildern schildert schilderte
    vermuten vermutet vermutete befürchten befürchtet befürchtete
    spotten spottet spottete scherzen scherzt scherzte witzeln witzelte
    lästern lästert lästerte ätzen ätzt ätzte
    schimpfen schimpft schimpfte wettern wettert wetterte poltern poltert polterte
    jubeln jubelt jubelte schwärmen schwärmt schwärmte
    verteidigen verteidigt verteidigte
    zurückweisen weist wies zurückgewiesen
    bedauern bedauert bedauerte
    einwenden wandte wendete eingewandt eingewendet
    widersprechen widerspricht widersprach
    empfehlen empfiehlt empfahl raten rät riet
    verlangen verlangt verlangte bitten bittet bat baten
    begrüßen begrüßt begrüßte
    sprechen spricht sprach sprachen gesprochen
    erzählen erzählt erzählte erinnern erinnert erinnerte
    enthüllen enthüllt enthüllte verraten verrät verriet
    präzisieren präzisiert präzisierte
    kommentieren kommentiert kommentierte bemerken bemerkt bemerkte
    resümieren resümiert resümierte folgern folgert folgerte
    zitieren zitiert zitierte
    """.split()
)

_ROLE_NOUNS = frozenset(
    """
    minister ministerin ministers ministerinnen bundesminister bundesministerin
    außenminister außenministerin innenminister innenministerin finanzminister finanzministerin
    verteidigungsminister verteidigungsministerin wirtschaftsminister wirtschaftsministerin
    gesundheitsminister gesundheitsministerin justizminister justizministerin
    ministerpräsident ministerpräsidentin ministerpräsidenten
    diplomat diplomatin diplomaten diplomatinnen botschafter botschafterin botschafters
    gesandter gesandte sprecher sprecherin sprechers sprecherinnen
    regierungssprecher regierungssprecherin pressesprecher pressesprecherin
    kanzler kanzlerin kanzlers bundeskanzler bundeskanzlerin bundeskanzlers
    präsident präsidentin präsidenten bundespräsident bundespräsidentin
    vizepräsident vizepräsidentin vizekanzler vizekanzlerin premierminister premierministerin
    regierungschef regierungschefin staatschef staatschefin
    staatssekretär staatssekretärin senator senatorin
    abgeordneter abgeordnete abgeordneten parlamentarier parlamentarierin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin
    gouverneur gouverneurin vorsitzender vorsitzende vorsitzenden
    parteichef parteichefin parteivorsitzender parteivorsitzende fraktionschef fraktionschefin
    chef chefin leiter leiterin direktor direktorin generalsekretär generalsekretärin
    kommandeur general generalin admiral oberst hauptmann offizier soldat soldatin soldaten
    könig königin prinz prinzessin kaiser kaiserin papst bischof bischöfin kardinal
    pfarrer pfarrerin priester imam rabbiner
    richter richterin staatsanwalt staatsanwältin anwalt anwältin rechtsanwalt rechtsanwältin
    verteidiger verteidigerin
    kandidat kandidatin politiker politikerin delegierter delegierte
    unterhändler unterhändlerin berater beraterin vertreter vertreterin
    experte expertin experten analyst analystin ökonom ökonomin
    professor professorin forscher forscherin wissenschaftler wissenschaftlerin
    arzt ärztin lehrer lehrerin student studentin zeuge zeugin opfer
    überlebender überlebende einwohner einwohnerin anwohner anwohnerin
    aktivist aktivistin demonstrant demonstrantin
    autor autorin schriftsteller schriftstellerin journalist journalistin
    reporter reporterin redakteur redakteurin korrespondent korrespondentin
    moderator moderatorin kommentator kommentatorin
    trainer trainerin spieler spielerin kapitän kapitänin
    manager managerin vorstandschef vorstandschefin geschäftsführer geschäftsführerin
    gründer gründerin unternehmer unternehmerin investor investorin
    polizist polizistin ermittler ermittlerin kommissar kommissarin
    frau mann junge mädchen mutter vater sohn tochter ehefrau ehemann bruder schwester
    """.split()
)

_ORGANISATION_NOUNS = frozenset(
    """
    ministerium bundesministerium ministeriums amt auswärtige behörde agentur
    regierung bundesregierung landesregierung verwaltung büro botschaft konsulat
    rat ausschuss kommission parlament bundestag bundesrat landtag kongress senat
    gericht bundesverfassungsgericht staatsanwaltschaft polizei bundeswehr armee militär
    unternehmen firma konzern gruppe partei fraktion gewerkschaft verband verein stiftung
    institut organisation kanzleramt bundeskanzleramt präsidialamt kreml
    erklärung mitteilung pressemitteilung stellungnahme zeitung nachrichtenagentur
    """.split()
)

_TITLES = frozenset(
    """
    herr herrn frau dr prof präsident präsidentin bundespräsident bundespräsidentin
    kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin
    bundesminister bundesministerin ministerpräsident ministerpräsidentin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
    könig königin prinz prinzessin papst senator senatorin gouverneur general
    """.split()
)

_NEGATIONS = frozenset(
    """
    nicht kein keine keinen keinem keiner keines nie niemals nimmer nirgends nirgendwo
    niemand niemanden niemandem nichts weder ohne kaum nein keineswegs keinesfalls
    """.split()
)

_MODALS = {
    "muss": "necessity",
    "musst": "necessity",
    "müssen": "necessity",
    "müsst": "necessity",
    "musste": "necessity",
    "mussten": "necessity",
    "müsste": "necessity-weak",
    "müssten": "necessity-weak",
    "soll": "necessity-weak",
    "sollen": "necessity-weak",
    "sollst": "necessity-weak",
    "sollte": "necessity-weak",
    "sollten": "necessity-weak",
    "kann": "ability",
    "kannst": "ability",
    "können": "ability",
    "könnt": "ability",
    "konnte": "ability",
    "konnten": "ability",
    "könnte": "possibility",
    "könnten": "possibility",
    "darf": "possibility",
    "dürfen": "possibility",
    "durfte": "possibility",
    "durften": "possibility",
    "dürfte": "possibility",
    "dürften": "possibility",
    "will": "volition",
    "willst": "volition",
    "wollen": "volition",
    "wollt": "volition",
    "wollte": "volition",
    "wollten": "volition",
    "möchte": "volition",
    "möchten": "volition",
    "mag": "volition",
    "mögen": "volition",
    "beabsichtigt": "volition",
    "beabsichtigen": "volition",
    "wird": "future",
    "werden": "future",
    "werde": "future",
    "wirst": "future",
    "würde": "conditional",
    "würden": "conditional",
    "vielleicht": "possibility",
    "möglicherweise": "possibility",
    "eventuell": "possibility",
}

_CONTRACTIONS = {
    "geht's": "geht es",
    "gibt's": "gibt es",
    "gibts": "gibt es",
    "ist's": "ist es",
    "war's": "war es",
    "hat's": "hat es",
    "wär's": "wäre es",
    "wie's": "wie es",
    "hab'": "habe",
    "hab's": "habe es",
    "hätt'": "hätte",
    "würd'": "würde",
    "'s": "es",
    "'ne": "eine",
    "'nen": "einen",
    "'n": "ein",
    "so'n": "so ein",
    "auf'm": "auf dem",
}

# Pre-1996 spelling and Swiss ss → current German spelling.
_SPELLING = {
    "daß": "dass",
    "muß": "muss",
    "mußte": "musste",
    "mußten": "mussten",
    "müßte": "müsste",
    "müßten": "müssten",
    "wußte": "wusste",
    "wußten": "wussten",
    "gewußt": "gewusst",
    "läßt": "lässt",
    "laß": "lass",
    "paßt": "passt",
    "faßt": "fasst",
    "bißchen": "bisschen",
    "schluß": "schluss",
    "fluß": "fluss",
    "haß": "hass",
    "prozeß": "prozess",
    "kongreß": "kongress",
    "streß": "stress",
    "ausschuß": "ausschuss",
    "beschluß": "beschluss",
    "einfluß": "einfluss",
    "anschluß": "anschluss",
    "mißbrauch": "missbrauch",
    "mißtrauen": "misstrauen",
    "mißerfolg": "misserfolg",
    "photo": "foto",
    "photograph": "fotograf",
    "telephon": "telefon",
    "potential": "potenzial",
    "essentiell": "essenziell",
    "existentiell": "existenziell",
    "plazieren": "platzieren",
    "numerieren": "nummerieren",
    "tip": "tipp",
    "selbständig": "selbstständig",
    "schiffahrt": "schifffahrt",
    "rauh": "rau",
    "gross": "groß",
    "grosse": "große",
    "strasse": "straße",
    "schliesslich": "schließlich",
    "heisst": "heißt",
    "ausserdem": "außerdem",
    "äusserst": "äußerst",
    "dreissig": "dreißig",
    "gemäss": "gemäß",
    "massnahmen": "maßnahmen",
}

_ABBREVIATIONS = {
    "u.s.a.": "usa",
    "u.s.": "us",
    "uno": "un",
    "vn": "un",
    "dr.": "dr",
    "prof.": "prof",
    "hr.": "herr",
    "st.": "sankt",
    "nr.": "nummer",
    "mio.": "millionen",
    "mio": "millionen",
    "mrd.": "milliarden",
    "mrd": "milliarden",
    "&": "und",
    "prozent": "%",
}

_NUMBER_WORDS = {
    "null": "0",
    "eins": "1",
    "zwei": "2",
    "zwo": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    "zehn": "10",
    "elf": "11",
    "zwölf": "12",
    "dreizehn": "13",
    "vierzehn": "14",
    "fünfzehn": "15",
    "sechzehn": "16",
    "siebzehn": "17",
    "achtzehn": "18",
    "neunzehn": "19",
    "zwanzig": "20",
    "dreißig": "30",
    "vierzig": "40",
    "fünfzig": "50",
    "sechzig": "60",
    "siebzig": "70",
    "achtzig": "80",
    "neunzig": "90",
    "hundert": "100",
    "einhundert": "100",
    "tausend": "1000",
    "eintausend": "1000",
    "million": "1000000",
    "millionen": "1000000",
    "milliarde": "1000000000",
    "milliarden": "1000000000",
    "billion": "1000000000000",
    "billionen": "1000000000000",
}

_STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer einen einem eines und oder zu in im ins am an
    auf aus bei beim mit nach von vom zum zur für über unter um durch gegen bis seit
    als wie auch noch schon nur sehr so dann da dort hier wenn ob weil denn dass daß
    ist sind war waren sein gewesen hat haben hatte hatten es sich man
    dies diese dieser dieses diesen diesem jene jener welche welcher welches was wer
    wo wann etwa eben ja mal selbst alle alles andere anderen
    """.split()
)

# A capitalised name of one to five words, with name particles (Ursula von der Leyen).
# Kept case-sensitive even when the caller compiles with re.IGNORECASE.
_NAME = (
    r"(?-i:[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:(?:von|van|der|den|de|zu|und)\s+){0,2}"
    r"[A-ZÄÖÜ][\w'’.-]+){0,4})"
)
# Titles and offices between the document word and the name (Bundeskanzler, Frau, Dr.).
_ROLE = (
    r"(?:(?-i:[A-ZÄÖÜ]\w*(?:kanzler|minister|präsident|sprecher|botschafter|sekretär"
    r"|bürgermeister|chef|vorsitzende)\w*|Kanzler\w*|Minister\w*|Präsident\w*|Sprecher\w*"
    r"|Botschafter\w*|Herrn?|Frau|Dr\.|Prof\.)\s+){0,3}"
)

DATA = LanguageData(
    code="de",
    name="German",
    quote_pairs=(
        ("\u201e", "\u201c"),  # „ “
        ("\u00bb", "\u00ab"),  # » «
        ("\u00ab", "\u00bb"),  # « »  Swiss
        ("\u201a", "\u2018"),  # ‚ ‘
        ("\u203a", "\u2039"),  # › ‹
        ("\u2039", "\u203a"),  # ‹ ›  Swiss
        ('"', '"'),
        ("'", "'"),
    ),
    reporting_verbs=_REPORTING_VERBS,
    reporting_nouns=frozenset(
        """
        erklärung äußerung äußerungen aussage aussagen worte worten interview rede ansprache
        pressekonferenz mitteilung pressemitteilung stellungnahme statement tweet beitrag post
        brief schreiben botschaft videobotschaft kommentar bemerkung zitat angaben auskunft
        gastbeitrag gespräch
        """.split()
    ),
    according_to=(
        ("so",),
        ("laut",),
        ("zufolge",),
        ("gemäß",),
        ("nach", "angaben"),
        ("nach", "worten"),
        ("nach", "aussage"),
        ("nach", "ansicht"),
        ("nach", "einschätzung"),
        ("zitiert", "nach"),
    ),
    narration_frames=(
        # subject (pronoun or a capitalised name) + a reporting verb (+ adverb, particle)
        # + "dass": "Er sagte weiter, dass", "Sie hat betont, dass", "Er fügte hinzu, dass".
        r"^(?:ich|wir|er|sie|[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ][\w’'-]+){0,3})\s+"
        r"(?:(?:hat|habe|hatte|haben|hatten)\s+"
        r"(?:(?:auch|dann|ferner|weiter|später|erneut|außerdem|zudem|nochmals)\s+){0,2}"
        r"(?:gesagt|erklärt|betont|hinzugefügt|ergänzt|gemeint|behauptet|gewarnt|unterstrichen"
        r"|bekräftigt|versichert|festgestellt|klargestellt|angemerkt|argumentiert|geschrieben"
        r"|mitgeteilt)"
        r"|(?:sagte|sagt|sage|erklärte|erklärt|erkläre|betonte|betont|betone|fügte|fügt|füge"
        r"|ergänzte|ergänzt|meinte|meint|behauptete|behauptet|warnte|warnt|unterstrich"
        r"|unterstreicht|bekräftigte|versicherte|stellte|merkte|argumentierte|schrieb|teilte)"
        r"(?:\s+(?:auch|dann|ferner|weiter|später|erneut|außerdem|zudem|nochmals)){0,2}"
        r"(?:\s+(?:hinzu|fest|klar|an|mit))?)"
        r"\s*,\s*(?:dass|daß)\b",
        # the same with the adverb first: "Weiter sagte er, dass", "Zudem betonte Merkel, dass".
        r"^(?:auch|dann|ferner|weiter|später|erneut|außerdem|zudem|anschließend)\s+"
        r"(?:sagte|erklärte|betonte|fügte|ergänzte|meinte|warnte|unterstrich|bekräftigte"
        r"|behauptete|versicherte|stellte|merkte)\s+"
        r"(?:ich|wir|er|sie|[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ][\w’'-]+){0,3})"
        r"(?:\s+(?:hinzu|fest|klar|an))?\s*,\s*(?:dass|daß)\b",
    ),
    pronouns={
        "ich": "1",
        "mich": "1",
        "mir": "1",
        "mein": "1",
        "meine": "1",
        "meinen": "1",
        "meinem": "1",
        "meiner": "1",
        "meines": "1",
        "wir": "1p",
        "man": "3p",
        "uns": "1p",
        "unser": "1p",
        "unsere": "1p",
        "unseren": "1p",
        "unserem": "1p",
        "unserer": "1p",
        "unseres": "1p",
        "du": "2",
        "dich": "2",
        "dir": "2",
        "dein": "2",
        "deine": "2",
        "euch": "2",
        "euer": "2",
        "eure": "2",
        "er": "3m",
        "ihn": "3m",
        "ihm": "3m",
        "seine": "3m",
        "seinen": "3m",
        "seinem": "3m",
        "seiner": "3m",
        "seines": "3m",
        # "sie"/"ihr…" are also plural (and "Sie" the polite "you"); lower-cased they cannot be
        # told apart, so they are entered as feminine singular.
        "sie": "3f",
        "ihr": "3f",
        "ihre": "3f",
        "ihren": "3f",
        "ihrem": "3f",
        "ihrer": "3f",
        "ihres": "3f",
        "ihnen": "3p",
        "es": "3n",
    },
    first_person=frozenset(
        """
        ich mich mir mein meine meinen meinem meiner meines
        wir uns unser unsere unseren unserem unserer unseres
        """.split()
    ),
    third_person=frozenset(
        """
        er ihn ihm seine seinen seinem seiner seines
        sie ihr ihre ihren ihrem ihrer ihres ihnen sich man
        """.split()
    ),
    role_nouns=_ROLE_NOUNS,
    organisation_nouns=_ORGANISATION_NOUNS,
    titles=_TITLES,
    negations=_NEGATIONS,
    modals=_MODALS,
    # "es sei denn" is a phrase: the one multi-word entry kind, kept whole.
    limiters=frozenset(
        {
            "aber",
            "doch",
            "sondern",
            "außer",
            "ausser",
            "jedoch",
            "allerdings",
            "dennoch",
            "trotzdem",
            "obwohl",
            "obgleich",
            "wenngleich",
            "sofern",
            "solange",
            "ausgenommen",
            "abgesehen",
            "vorausgesetzt",
            "es sei denn",
        }
    ),
    contractions=_CONTRACTIONS,
    spelling_variants=_SPELLING,
    abbreviations=_ABBREVIATIONS,
    number_words=_NUMBER_WORDS,
    apostrophe_words=frozenset(
        """
        's 'ne 'nen 'n hab' hab's hätt' würd' geht's gibt's ist's war's hat's wär's wie's
        so'n auf'm
        """.split()
    ),
    byline_patterns=(
        # "Erklärung von Bundeskanzler Olaf Scholz", "Pressemitteilung der Bundesregierung",
        # "Interview mit Annalena Baerbock"
        r"\b(?i:(?:(?:presse|regierungs)?erklärung|pressemitteilung|mitteilung|stellungnahme"
        r"|rede|ansprache|statement|grußwort|videobotschaft|botschaft)\s+(?:von|vom|des|der)"
        r"|(?:interview|gespräch)\s+mit(?:\s+de[mnr])?)\s+" + _ROLE + r"(?P<name>" + _NAME + ")",
        # "Bundeskanzler Olaf Scholz gab heute folgende Erklärung ab"
        r"^" + _ROLE + r"(?P<name>" + _NAME + r")\s+[^\n]{0,80}?(?i:folgende)\s+"
        r"(?i:erklärung|stellungnahme|mitteilung)",
    ),
    occasion_cues=(
        r"\bin\s+(?:einem|einer|seinem|seiner|ihrem|ihrer)\s+(?:[\w-]+-)?(?:interview|gespräch"
        r"|tweet|beitrag|post|podcast|video|videobotschaft|brief|schreiben|gastbeitrag|rede"
        r"|ansprache|erklärung|stellungnahme|talkshow|sendung)\b",
        r"\b(?:auf|bei|während)\s+(?:einer|einem|der|dem)\s+(?:[\w-]+-)?(?:pressekonferenz"
        r"|kundgebung|veranstaltung|wahlkampfveranstaltung|sitzung|tagung|konferenz|gipfel"
        r"|demonstration|versammlung|parteitag|treffen|anhörung|pressebriefing|empfang)\b",
        r"\b(?:beim|im)\s+(?:[\w-]+-)?(?:parteitag|gipfel|treffen|interview|gespräch|bundestag"
        r"|landtag|parlament|fernsehen|radio)\b",
        r"\b(?:auf|bei|über|via)\s+(?:twitter|x|facebook|instagram|telegram|tiktok|youtube"
        r"|linkedin|mastodon|bluesky|truth\s+social)\b",
        r"\bgegenüber\s+(?:de[mnr]\s+|einer?m?\s+)?[\w.„“»«\"-]+",
        r"\bim\s+jahre?\s+(?:19|20)\d\d\b",
        r"\b(?:vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?)\s+(?:woche|monat|jahr|jahres)\b",
        r"\b(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend"
        r"|sonntag)(?:abend|morgen|nachmittag|vormittag)?\b",
    ),
    capitalised_nouns=True,
    prepositions=frozenset(
        """
        an am ans auf aufs aus bei beim durch für gegen hinter in im ins mit nach neben ohne
        seit über um unter vor vorm während wegen zu zum zur zwischen
        """.split()
    ),
    title_cues=frozenset(
        """
        titel titels betitelt buch buches sendung sendungen film films lied liedes hymne serie
        folge kolumne album roman podcast slogan motto schlagzeile
        """.split()
    ),
    stopwords=_STOPWORDS,
    tense_markers={
        "ist": "present",
        "sind": "present",
        "bin": "present",
        "bist": "present",
        "seid": "present",
        "sei": "present",
        "seien": "present",
        "war": "past",
        "waren": "past",
        "warst": "past",
        "wurde": "past",
        "wurden": "past",
        "hat": "perfect",
        "haben": "perfect",
        "habe": "perfect",
        "hast": "perfect",
        "habt": "perfect",
        "hatte": "past-perfect",
        "hatten": "past-perfect",
        "wird": "future",
        "werden": "future",
        "werde": "future",
        "wirst": "future",
        "würde": "conditional",
        "würden": "conditional",
        "wäre": "conditional",
        "wären": "conditional",
        "hätte": "conditional",
        "hätten": "conditional",
    },
)

# Cross-language checks (quotecheck.xling): the decimal mark of written numbers, and unit
# words → a language-independent unit id, so that "5 km" and "5 Meilen" can be compared.
DECIMAL_MARK = ","
NOUNS_CAPITALISED = True
"""Every noun is capitalised: a capital letter is no sign of a name."""
UNIT_WORDS: dict[str, str] = {
    "prozent": "percent",
    "prozentpunkte": "point",
    "prozentpunkten": "point",
    "euro": "eur",
    "dollar": "usd",
    "pfund": "gbp",
    "rubel": "rub",
    "yen": "jpy",
    "kilometer": "km",
    "kilometern": "km",
    "km": "km",
    "meile": "mile",
    "meilen": "mile",
    "meter": "m",
    "metern": "m",
    "kilogramm": "kg",
    "kg": "kg",
    "tonne": "t",
    "tonnen": "t",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
    "jahres": "year",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "woche": "week",
    "wochen": "week",
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "stunde": "hour",
    "stunden": "hour",
}

# Days and months → a language-independent id, so that a changed date is caught across
# languages and a capitalised English day name is not taken for a name.
CALENDAR_WORDS: dict[str, str] = {
    "montag": "mon",
    "dienstag": "tue",
    "mittwoch": "wed",
    "donnerstag": "thu",
    "freitag": "fri",
    "samstag": "sat",
    "sonnabend": "sat",
    "sonntag": "sun",
    "montags": "mon",
    "dienstags": "tue",
    "mittwochs": "wed",
    "donnerstags": "thu",
    "freitags": "fri",
    "samstags": "sat",
    "sonntags": "sun",
    "januar": "jan",
    "jänner": "jan",
    "februar": "feb",
    "märz": "mar",
    "april": "apr",
    "mai": "may",
    "juni": "jun",
    "juli": "jul",
    "august": "aug",
    "september": "sep",
    "oktober": "oct",
    "november": "nov",
    "dezember": "dec",
}
