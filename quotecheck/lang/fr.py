"""French language data.

Verb, noun and modal lists hold the inflected forms a news text uses as well as the lemmas,
so that they work without a French lemmatizer.  Elided words (l', qu', jusqu' …) are written
with the straight apostrophe; the typographic one (’) is folded to it before lookup.
Guillemets are often padded inside with a (narrow) no-break space, U+202F or U+00A0: that
space belongs to the marks, not to the quoted words.
"""

# Word lists are whitespace-separated blocks, as in en.py: easier to read and edit than
# one quoted string per line.

from __future__ import annotations

from quotecheck.lang.schema import LanguageData

_REPORTING_VERBS = frozenset(
    """
    dire dit disent disait disaient dira diront dirait dis disons
    déclarer déclare déclarent déclaré déclarée déclara déclarait
    affirmer affirme affirment affirmé affirmée affirma affirmait
    ajouter ajoute ajoutent ajouté ajoutée ajouta ajoutait
    souligner souligne soulignent souligné soulignée souligna soulignait
    insister insiste insistent insisté insista insistait
    avertir avertit avertissent averti avertie avertissait
    prévenir prévient préviennent prévenu prévenue prévint
    estimer estime estiment estimé estimée estima estimait
    expliquer explique expliquent expliqué expliquée expliqua expliquait
    indiquer indique indiquent indiqué indiquée indiqua indiquait
    préciser précise précisent précisé précisée précisa précisait
    assurer assure assurent assuré assurée assura assurait
    annoncer annonce annoncent annoncé annoncée annonça annonçait
    confirmer confirme confirment confirmé confirmée confirma
    démentir dément démentent démenti démentie
    nier nie nient nié niée nia
    reconnaître reconnaitre reconnaît reconnait reconnaissent reconnu reconnue reconnut
    admettre admet admettent admis admise admit
    avouer avoue avouent avoué avouée avoua
    soutenir soutient soutiennent soutenu soutenue soutint
    répondre répond répondent répondu répondit
    rétorquer rétorque rétorqué rétorqua répliquer réplique répliqué répliqua
    écrire écrit écrivent écrivait écrivit
    tweeter tweete tweeté twitter twitte twitté
    lancer lance lancent lancé lancée lança
    ironiser ironise ironisé ironisa plaisanter plaisante plaisanté plaisanta
    dénoncer dénonce dénoncent dénoncé dénoncée dénonça
    critiquer critique critiquent critiqué critiquée critiqua
    fustiger fustige fustigé fustigea condamner condamne condamné condamna
    saluer salue saluent salué saluée salua féliciter félicite félicité félicita
    regretter regrette regretté regretta déplorer déplore déploré déplora
    inquiéter inquiète inquiété inquiétée inquiéta
    promettre promet promettent promis promise promit
    menacer menacent menacé menacée menaça
    prédire prédit prédisent
    rappeler rappelle rappellent rappelé rappelée rappela
    raconter raconte racontent raconté racontée raconta
    révéler révèle révèlent révélé révélée révéla
    témoigner témoigne témoigné témoigna
    répéter répète répètent répété répétée répéta
    réitérer réitère réitéré réitéra réaffirmer réaffirme réaffirmé réaffirma
    conclure conclut concluent conclu conclue
    marteler martèle martèlent martelé martelée martela
    accuser accuse accusent accusé accusée accusa
    réclamer réclame réclament réclamé réclama
    demander demande demandent demandé demandée demanda
    exiger exige exigent exigé exigea
    appeler appelle appellent appelé appelée appela exhorter exhorte exhorté exhorta
    plaider plaide plaidé plaida implorer imploré supplier supplié
    exclamer exclame exclamé exclamée exclama écrier écrie écrié écriée écria
    crier crie crié cria murmurer murmure murmuré murmura
    commenter commente commenté commenta
    observer observe observé observa noter note noté nota
    remarquer remarque remarqué remarqua
    poursuivre poursuit poursuivent poursuivi poursuivie poursuivit
    continuer continue continué continua
    résumer résume résumé résuma
    confier confie confié confiée confia
    glisser glisse glissé glissa lâcher lâché lâcha
    asséner assène asséné asséna tonner tonné tonna
    railler raille raillé railla tacler tacle taclé tacla
    protester proteste protesté protesta objecter objecte objecté objecta
    avancé avança
    évoquer évoque évoqué évoqua mentionner mentionne mentionné mentionna
    signaler signale signalé signala
    juger jugé jugea considérer considère considéré considéra
    insurger insurge insurgé insurgée insurgea indigner indigne indigné indignée indigna
    interroger interroge interrogé interrogea
    confesser confesse confessé confessa
    décrire décrit décrivent qualifier qualifie qualifié qualifiée qualifia
    prôner prône prôné prôna
    certifier certifie certifié certifia garantir garantit garanti
    jurer jure juré jura
    proclamer proclame proclamé proclama clamer clame clamé clama
    préconiser préconise préconisé préconisa recommander recommande recommandé recommanda
    suggérer suggère suggéré suggéra proposer propose proposé proposa
    """.split()
)

_ROLE_NOUNS = frozenset(
    """
    ministre ministres diplomate diplomates ambassadeur ambassadrice ambassadeurs
    envoyé envoyée émissaire porte-parole
    président présidente présidents vice-président vice-présidente
    chancelier chancelière secrétaire sénateur sénatrice sénateurs
    député députée députés élu élue élus parlementaire parlementaires
    maire gouverneur préfet préfète
    dirigeant dirigeante dirigeants chef cheffe directeur directrice responsable responsables
    patron patronne commandant général amiral colonel capitaine lieutenant sergent maréchal
    soldat soldats militaire militaires
    roi reine prince princesse empereur pape évêque cardinal prêtre imam rabbin
    juge juges magistrat magistrate procureur procureure avocat avocate avocats
    candidat candidate candidats politicien politicienne
    délégué déléguée négociateur négociatrice conseiller conseillère adjoint adjointe
    pdg fondateur fondatrice analyste économiste expert experte experts
    professeur professeure chercheur chercheuse scientifique
    médecin infirmier infirmière enseignant enseignante étudiant étudiante
    témoin victime survivant survivante habitant habitante riverain riveraine
    militant militante manifestant manifestante syndicaliste
    écrivain écrivaine auteur autrice journaliste journalistes reporter
    rédacteur rédactrice éditorialiste chroniqueur chroniqueuse correspondant correspondante
    présentateur présentatrice animateur animatrice
    entraîneur entraîneuse sélectionneur joueur joueuse
    policier policière gendarme enquêteur enquêtrice commissaire
    femme homme garçon fille mère père fils épouse mari frère sœur
    """.split()
)

_ORGANISATION_NOUNS = frozenset(
    """
    ministère gouvernement administration agence bureau cabinet ambassade consulat conseil
    comité commission parlement assemblée sénat tribunal cour parquet entreprise société
    groupe parti syndicat fédération association fondation institut organisation
    présidence élysée matignon quai kremlin police gendarmerie armée préfecture mairie
    communiqué déclaration journal quotidien
    """.split()
)

_TITLES = frozenset(
    """
    m mme mlle mm mmes monsieur madame mademoiselle messieurs mesdames dr docteur pr
    professeur maître mgr monseigneur président présidente premier première ministre
    chancelier chancelière roi reine prince princesse pape sénateur sénatrice
    gouverneur maire général colonel député députée
    """.split()
)

_NEGATIONS = frozenset(
    """
    ne n' pas jamais aucun aucune aucuns aucunes rien nul nulle guère ni non sans
    nullement aucunement
    """.split()
)

_MODALS = {
    "doit": "necessity",
    "doivent": "necessity",
    "dois": "necessity",
    "devons": "necessity",
    "devez": "necessity",
    "devait": "necessity",
    "devaient": "necessity",
    "devra": "necessity",
    "devront": "necessity",
    "devoir": "necessity",
    "faut": "necessity",
    "fallait": "necessity",
    "faudra": "necessity",
    "devrait": "necessity-weak",
    "devraient": "necessity-weak",
    "devrais": "necessity-weak",
    "devrions": "necessity-weak",
    "devriez": "necessity-weak",
    "faudrait": "necessity-weak",
    "peut": "ability",
    "peuvent": "ability",
    "peux": "ability",
    "pouvons": "ability",
    "pouvez": "ability",
    "pouvait": "ability",
    "pouvaient": "ability",
    "pourra": "possibility",
    "pourront": "possibility",
    "pourrait": "possibility",
    "pourraient": "possibility",
    "pourrais": "possibility",
    "pourrions": "possibility",
    "pouvoir": "ability",
    "veut": "volition",
    "veulent": "volition",
    "veux": "volition",
    "voulons": "volition",
    "voulez": "volition",
    "voulait": "volition",
    "voulaient": "volition",
    "voudrait": "volition",
    "voudraient": "volition",
    "voudrais": "volition",
    "souhaite": "volition",
    "souhaitent": "volition",
    "va": "future",
    "vont": "future",
    "vais": "future",
    "allons": "future",
    "serait": "conditional",
    "seraient": "conditional",
    "aurait": "conditional",
    "auraient": "conditional",
    "devrons": "necessity",
    "devrez": "necessity",
    "devrai": "necessity",
    "devras": "necessity",
    "peut-être": "possibility",
}

# Spoken forms a reporter may write out in full (or the other way round).
_CONTRACTIONS = {
    "t'es": "tu es",
    "t'as": "tu as",
    "t'étais": "tu étais",
    "y'a": "il y a",
    "j'sais": "je sais",
    "j'suis": "je suis",
    "chuis": "je suis",
    "p'tit": "petit",
    "p'tite": "petite",
    "p'têt": "peut-être",
    "m'sieur": "monsieur",
    "v'là": "voilà",
}

# 1990 reformed spelling and unaccented capitals (Etat, Elysée) → traditional spelling.
_SPELLING = {
    "évènement": "événement",
    "évènements": "événements",
    "ognon": "oignon",
    "nénufar": "nénuphar",
    "clef": "clé",
    "clefs": "clés",
    "paraitre": "paraître",
    "parait": "paraît",
    "connaitre": "connaître",
    "connait": "connaît",
    "reconnait": "reconnaît",
    "apparait": "apparaît",
    "disparait": "disparaît",
    "maitre": "maître",
    "maitrise": "maîtrise",
    "chaine": "chaîne",
    "diner": "dîner",
    "gout": "goût",
    "cout": "coût",
    "couts": "coûts",
    "couter": "coûter",
    "coute": "coûte",
    "aout": "août",
    "entrainer": "entraîner",
    "entraineur": "entraîneur",
    "ile": "île",
    "iles": "îles",
    "règlementation": "réglementation",
    "etat": "état",
    "etats": "états",
    "etats-unis": "états-unis",
    "elysée": "élysée",
    "egypte": "égypte",
    "europe-ecologie": "europe-écologie",
    "edouard": "édouard",
    "eglise": "église",
    "ecole": "école",
    "equipe": "équipe",
}

_ABBREVIATIONS = {
    "m.": "monsieur",
    "mme": "madame",
    "mlle": "mademoiselle",
    "mm.": "messieurs",
    "mmes": "mesdames",
    "dr": "docteur",
    "pr": "professeur",
    "mgr": "monseigneur",
    "st": "saint",
    "ste": "sainte",
    "é.-u.": "états-unis",
    "e.-u.": "états-unis",
    "o.n.u.": "onu",
    "u.e.": "ue",
    "n°": "numéro",
    "&": "et",
    "pour cent": "%",
}

_NUMBER_WORDS = {
    "zéro": "0",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "six": "6",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    "dix": "10",
    "onze": "11",
    "douze": "12",
    "treize": "13",
    "quatorze": "14",
    "quinze": "15",
    "seize": "16",
    "dix-sept": "17",
    "dix-huit": "18",
    "dix-neuf": "19",
    "vingt": "20",
    "trente": "30",
    "quarante": "40",
    "cinquante": "50",
    "soixante": "60",
    "soixante-dix": "70",
    "septante": "70",
    "quatre-vingt": "80",
    "quatre-vingts": "80",
    "huitante": "80",
    "octante": "80",
    "quatre-vingt-dix": "90",
    "nonante": "90",
    "cent": "100",
    "cents": "100",
    "mille": "1000",
    "million": "1000000",
    "millions": "1000000",
    "milliard": "1000000000",
    "milliards": "1000000000",
}

_STOPWORDS = frozenset(
    """
    le la les l' un une des du de d' et ou à au aux en dans sur sous par pour avec
    ce cet cette ces qui que qu' quoi dont où est sont était étaient être été
    se s' y c' ça cela ceci comme aussi très plus moins tout tous toute toutes même
    entre vers chez depuis pendant avant après lors donc car puis alors ainsi déjà encore
    si leur leurs son sa ses
    """.split()
)

# A capitalised name of one to five words, with name particles (Valéry Giscard d'Estaing).
# Kept case-sensitive even when the caller compiles with re.IGNORECASE.
_NAME = (
    r"(?-i:(?:d['’])?[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:de|du|des|la|le)\s+)?"
    r"(?:d['’])?[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,4})"
)
# Titles and offices before the name: "M.", "la ministre des Affaires étrangères".
_ROLE = (
    r"(?:(?-i:M\.|Mme|Mlle|MM\.|Dr|Pr|Me|Mgr)\s+"
    r"|(?i:président|présidente|premier\s+ministre|première\s+ministre|ministre"
    r"|porte-parole|secrétaire\s+générale?|ambassadeur|ambassadrice|maire|sénateur"
    r"|sénatrice|députée?|chancelier|chancelière)"
    r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*[\w'’-]+(?:\s+(?-i:[a-zéèêàç][\w'’-]*))?)?"
    r",?\s+){0,3}"
)

DATA = LanguageData(
    code="fr",
    name="French",
    quote_pairs=(
        ("\u00ab", "\u00bb"),  # « »
        ("\u201c", "\u201d"),  # “ ”
        ("\u2039", "\u203a"),  # ‹ ›
        ('"', '"'),
    ),
    reporting_verbs=_REPORTING_VERBS,
    reporting_nouns=frozenset(
        """
        déclaration déclarations propos discours entretien interview communiqué allocution
        conférence tweet message lettre courrier commentaire commentaires remarque paroles
        intervention témoignage tribune
        """.split()
    ),
    according_to=(
        ("selon",),
        ("d'après",),
        ("d'", "après"),
        ("aux", "dires", "de"),
        ("aux", "dires", "du"),
        ("cité", "par"),
        ("citée", "par"),
        ("citant",),
    ),
    narration_frames=(
        # subject + (indirect object) + a reporting verb + "que": "Il a ajouté que",
        # "J'ai dit que", "Elle lui a également expliqué qu'", "Il a poursuivi en disant que".
        r"^(?:(?:je|nous|il|elle|ils|elles|on|[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,3})"
        r"\s+|j['’])"
        r"(?:(?:lui|leur|nous|vous)\s+|[mt]['’])?"
        r"(?:(?:a|ai|avons|ont|avait|avaient)\s+"
        r"(?:(?:également|aussi|ensuite|encore|alors|ainsi|par\s+ailleurs|en\s+outre)\s+)?"
        r"(?:dit|déclaré|ajouté|affirmé|souligné|expliqué|précisé|indiqué|estimé|assuré|rappelé"
        r"|insisté\s+sur\s+le\s+fait|répété|réaffirmé|martelé|noté|observé|fait\s+valoir"
        r"|fait\s+savoir|écrit|annoncé|averti|prévenu|reconnu|admis"
        r"|poursuivi\s+en\s+(?:disant|affirmant|expliquant|ajoutant)"
        r"|continué\s+en\s+(?:disant|affirmant|expliquant|ajoutant))"
        r"|(?:dit|dis|déclare|ajoute|affirme|souligne|explique|précise|indique|estime|assure"
        r"|rappelle|répète|note|observe|écrit|annonce|reconnaît|reconnait|admet|poursuit"
        r"|déclara|ajouta|affirma|souligna|expliqua|précisa|indiqua|assura|rappela|répéta"
        r"|nota|écrivit|annonça))"
        r"(?:\s+(?:également|aussi|ensuite|encore|alors))?"
        r"\s*,?\s+qu(?:e\b|['’])",
    ),
    pronouns={
        "je": "1",
        "j'": "1",
        "me": "1",
        "m'": "1",
        "moi": "1",
        "mon": "1",
        "ma": "1",
        "mes": "1",
        "nous": "1p",
        "notre": "1p",
        "nos": "1p",
        "tu": "2",
        "te": "2",
        "t'": "2",
        "toi": "2",
        "ton": "2",
        "ta": "2",
        "tes": "2",
        "vous": "2",
        "votre": "2",
        "vos": "2",
        "il": "3m",
        "lui": "3m",
        "elle": "3f",
        "ils": "3p",
        "elles": "3p",
        "eux": "3p",
        "leur": "3p",
        "leurs": "3p",
    },
    first_person=frozenset(
        "je j' me m' moi mon ma mes mien mienne moi-même nous notre nos nôtre nous-mêmes".split()
    ),
    third_person=frozenset(
        """
        il ils elle elles lui eux leur leurs son sa ses se s' soi sien sienne
        lui-même elle-même eux-mêmes elles-mêmes
        """.split()
    ),
    role_nouns=_ROLE_NOUNS,
    organisation_nouns=_ORGANISATION_NOUNS,
    titles=_TITLES,
    negations=_NEGATIONS,
    modals=_MODALS,
    # Phrases are kept whole: the one multi-word entry kind.
    limiters=frozenset(
        {
            "mais",
            "cependant",
            "pourtant",
            "toutefois",
            "néanmoins",
            "sauf",
            "excepté",
            "hormis",
            "quoique",
            "sinon",
            "bien que",
            "à moins que",
            "à moins qu'",
            "sauf si",
            "à condition que",
            "pourvu que",
            "même si",
            "en revanche",
        }
    ),
    contractions=_CONTRACTIONS,
    spelling_variants=_SPELLING,
    abbreviations=_ABBREVIATIONS,
    number_words=_NUMBER_WORDS,
    apostrophe_words=frozenset(
        """
        l' d' j' m' t' s' n' c' ç' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu'
        entr' aujourd'hui prud'homme prud'hommes p'tit p'tite t'es t'as y'a m'sieur v'là
        """.split()
    ),
    byline_patterns=(
        # "Déclaration de M. Emmanuel Macron", "Communiqué du Quai d'Orsay",
        # "Entretien avec Catherine Colonna", "Discours d'Édouard Philippe"
        r"\b(?i:(?:déclaration|communiqué|allocution|discours|intervention|message|lettre"
        r"|tribune|conférence\s+de\s+presse|propos)\s+(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+"
        r"|du\s+|des\s+)"
        r"|(?:entretien|interview)\s+(?:avec|de|accordé\s+par)\s+(?:la\s+|le\s+|l['’])?)"
        + _ROLE
        + r"(?P<name>"
        + _NAME
        + ")",
        # organisations written with a lower-case initial: "Communiqué du ministère des Armées"
        r"\b(?i:déclaration|communiqué)\s+(?i:de\s+la|de\s+l['’]|du)\s*"
        r"(?P<name>(?i:ministère|gouvernement|présidence|parlement|commission|conseil"
        r"|ambassade|préfecture|mairie|parquet)[^,.;\n]{0,60})",
    ),
    occasion_cues=(
        r"\bdans\s+(?:un|une|son|sa)\s+(?:entretien|interview|tweet|message|communiqué|lettre"
        r"|courrier|discours|vidéo|podcast|tribune|note|publication|courriel|e-mail)\b",
        r"\blors\s+d['’](?:un|une)\s+(?:conférence\s+de\s+presse|meeting|rassemblement"
        r"|réunion|sommet|débat|audition|visite|déplacement|point\s+presse|manifestation"
        r"|entretien|interview|discours|séance|cérémonie)\b",
        r"\b(?:en|au)\s+(?:marge|cours)\s+d(?:e|u|es|['’])",
        r"\bsur\s+(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|bluesky"
        r"|les\s+ondes|l['’]antenne)\b",
        r"\b(?:à\s+la\s+(?:télévision|radio)|au\s+micro\s+d(?:e|u|['’])"
        r"|sur\s+le\s+plateau\s+d(?:e|u|['’]))",
        r"\bauprès\s+d(?:e|u|es|['’])",
        r"\ben\s+(?:19|20)\d\d\b",
        r"\b(?:l['’]an|l['’]année|le\s+mois|la\s+semaine)\s+(?:dernier|dernière|passé|passée)\b",
        r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier)?\b",
    ),
    stopwords=_STOPWORDS,
    tense_markers={
        "est": "present",
        "sont": "present",
        "suis": "present",
        "es": "present",
        "sommes": "present",
        "êtes": "present",
        "était": "past",
        "étaient": "past",
        "étais": "past",
        "fut": "past",
        "furent": "past",
        "a": "perfect",
        "ont": "perfect",
        "ai": "perfect",
        "as": "perfect",
        "avons": "perfect",
        "avez": "perfect",
        "avait": "past-perfect",
        "avaient": "past-perfect",
        "avais": "past-perfect",
        "eut": "past-perfect",
        "sera": "future",
        "seront": "future",
        "serai": "future",
        "aura": "future",
        "auront": "future",
        "aurai": "future",
        "va": "future",
        "vont": "future",
        "serait": "conditional",
        "seraient": "conditional",
        "aurait": "conditional",
        "auraient": "conditional",
    },
)

# Cross-language checks (quotecheck.xling): the decimal mark of written numbers, and unit
# words → a language-independent unit id, so that "5 km" and "5 Meilen" can be compared.
DECIMAL_MARK = ","
UNIT_WORDS: dict[str, str] = {
    "pour cent": "percent",
    "euro": "eur",
    "euros": "eur",
    "dollar": "usd",
    "dollars": "usd",
    "rouble": "rub",
    "roubles": "rub",
    "yen": "jpy",
    "yens": "jpy",
    "kilomètre": "km",
    "kilomètres": "km",
    "km": "km",
    "milles": "mile",
    "mètre": "m",
    "mètres": "m",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "kg": "kg",
    "tonne": "t",
    "tonnes": "t",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "mois": "month",
    "semaine": "week",
    "semaines": "week",
    "jour": "day",
    "jours": "day",
    "heure": "hour",
    "heures": "hour",
}

# Days and months → a language-independent id, so that a changed date is caught across
# languages and a capitalised English day name is not taken for a name.
CALENDAR_WORDS: dict[str, str] = {
    "lundi": "mon",
    "mardi": "tue",
    "mercredi": "wed",
    "jeudi": "thu",
    "vendredi": "fri",
    "samedi": "sat",
    "dimanche": "sun",
    "janvier": "jan",
    "février": "feb",
    "mars": "mar",
    "avril": "apr",
    "mai": "may",
    "juin": "jun",
    "juillet": "jul",
    "août": "aug",
    "septembre": "sep",
    "octobre": "oct",
    "novembre": "nov",
    "décembre": "dec",
}
