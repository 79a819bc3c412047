"""Spanish language data.

Verb, noun and modal lists hold the inflected forms a news text uses as well as the lemmas,
so that they work without a Spanish lemmatizer.
"""

# Word lists are whitespace-separated blocks, as in en.py: easier to read and edit than
# one quoted string per line.

from __future__ import annotations

from quotecheck.lang.schema import LanguageData

_REPORTING_VERBS = frozenset(
    """
    decir dice dicen dijo dijeron dicho decía decían dirá dije digo
    afirmar afirma afirman afirmó afirmaron afirmado afirmaba
    declarar declara declaran declaró declararon declarado declaraba
    añadir añade añaden añadió añadieron añadido
    agregar agrega agregan agregó agregaron agregado
    señalar señala señalan señaló señalaron señalado
    indicar indica indican indicó indicaron indicado
    explicar explica explican explicó explicaron explicado explicaba
    asegurar asegura aseguran aseguró aseguraron asegurado
    subrayar subraya subrayan subrayó subrayaron subrayado
    destacar destaca destacan destacó destacaron destacado
    insistir insiste insisten insistió insistieron insistido
    advertir advierte advierten advirtió advirtieron advertido
    alertar alerta alertó alertaron avisar avisa avisó
    sostener sostiene sostienen sostuvo sostuvieron sostenido
    manifestar manifiesta manifiestan manifestó manifestaron manifestado
    expresar expresa expresó expresaron expresado
    reiterar reitera reiteró reiteraron reiterado
    anunciar anuncia anuncian anunció anunciaron anunciado
    confirmar confirma confirman confirmó confirmaron confirmado
    negar niega niegan negó negaron negado desmentir desmiente desmintió desmentido
    reconocer reconoce reconocen reconoció reconocieron reconocido
    admitir admite admiten admitió admitieron admitido
    confesar confiesa confesó confesado
    responder responde responden respondió respondieron respondido
    contestar contesta contestó contestaron replicar replica replicó replicaron
    escribir escribe escriben escribió escribieron escrito
    tuitear tuitea tuiteó tuiteado
    criticar critica critican criticó criticaron criticado
    denunciar denuncia denuncian denunció denunciaron denunciado
    condenar condena condenó condenaron acusar acusa acusan acusó acusaron acusado
    reprochar reprocha reprochó arremeter arremete arremetió cargó
    elogiar elogia elogió alabar alaba alabó
    lamentar lamenta lamentan lamentó lamentaron deplorar deplora deploró
    prometer promete prometen prometió prometieron prometido
    amenazar amenaza amenazan amenazó amenazaron
    predecir predice predijo vaticinar vaticina vaticinó pronosticar pronosticó
    recordar recuerda recuerdan recordó recordaron recordado
    relatar relata relató contar cuentan contó contaron
    revelar revela reveló revelaron testificar testificó
    repetir repite repitió repitieron
    concluir concluye concluyó concluyeron
    apuntar apunta apuntó apuntaron remarcar remarcó
    puntualizar puntualiza puntualizó precisar precisa precisó matizar matiza matizó
    aclarar aclara aclaró aclararon recalcar recalca recalcó
    enfatizar enfatiza enfatizó resaltar resalta resaltó incidir incide incidió
    comentar comenta comentó comentaron observar observa observó
    exclamar exclama exclamó gritar grita gritó susurrar susurra susurró
    preguntar pregunta preguntó preguntaron
    pedir pide piden pidió pidieron exigir exige exigen exigió exigieron
    reclamar reclama reclamó reclamaron instar insta instó
    sugerir sugiere sugirió proponer propone propuso
    aconsejar aconseja aconsejó recomendar recomienda recomendó
    opinar opina opinó considerar considera consideró estimar estima estimó
    valorar valora valoró calificar califica calificó describir describe describió
    mencionar menciona mencionó
    bromear bromea bromeó ironizar ironiza ironizó insinuar insinúa insinuó
    zanjar zanjó sentenciar sentenció espetar espetó
    defender defiende defendió rechazar rechaza rechazó rechazaron
    garantizar garantiza garantizó jurar jura juró proclamar proclama proclamó
    informar informa informó informaron comunicar comunica comunicó
    argumentar argumenta argumentó justificar justifica justificó
    """.split()
)

_ROLE_NOUNS = frozenset(
    """
    ministro ministra ministros ministras diplomático diplomática diplomáticos
    embajador embajadora embajadores enviado enviada portavoz portavoces vocero vocera
    presidente presidenta presidentes vicepresidente vicepresidenta canciller
    secretario secretaria senador senadora senadores diputado diputada diputados
    congresista legislador legisladora gobernador gobernadora alcalde alcaldesa
    líder líderes dirigente dirigentes jefe jefa director directora responsable
    comandante general almirante coronel capitán capitana teniente sargento soldado militar
    rey reina príncipe princesa emperador papa obispo cardenal sacerdote cura imán rabino
    juez jueza fiscal abogado abogada abogados candidato candidata político
    delegado delegada negociador negociadora asesor asesora consejero consejera adjunto
    fundador fundadora ejecutivo ejecutiva analista economista experto experta expertos
    profesor profesora investigador investigadora científico científica
    médico médica enfermero enfermera maestro maestra estudiante
    testigo víctima superviviente sobreviviente vecino vecina residente
    activista manifestante sindicalista
    escritor escritora autor autora periodista periodistas reportero reportera
    editor editora columnista corresponsal comentarista presentador presentadora
    entrenador entrenadora seleccionador jugador jugadora dueño dueña propietario
    inversor banquero empresario empresaria
    policía agente detective inspector inspectora
    mujer hombre niño niña chico chica madre padre hijo hija esposa esposo marido
    hermano hermana
    """.split()
)

_ORGANISATION_NOUNS = frozenset(
    """
    ministerio gobierno administración agencia oficina embajada consulado consejo comité
    comisión parlamento congreso senado tribunal corte fiscalía empresa compañía grupo
    partido sindicato federación asociación fundación instituto organización
    presidencia moncloa kremlin policía ejército
    comunicado declaración periódico diario
    """.split()
)

_TITLES = frozenset(
    """
    sr sra srta señor señora señorita don doña dr dra doctor doctora presidente presidenta
    ministro ministra canciller rey reina príncipe princesa papa general gobernador
    gobernadora alcalde alcaldesa senador senadora diputado diputada licenciado lic
    ingeniero ing
    """.split()
)

_NEGATIONS = frozenset(
    """
    no nunca jamás ni nada nadie ninguno ninguna ningún ningunos ningunas tampoco sin
    """.split()
)

_MODALS = {
    "debe": "necessity",
    "deben": "necessity",
    "debo": "necessity",
    "debemos": "necessity",
    "debía": "necessity",
    "debían": "necessity",
    "deberá": "necessity",
    "deberán": "necessity",
    "deber": "necessity",
    "necesita": "necessity",
    "necesitan": "necessity",
    "necesitamos": "necessity",
    "debería": "necessity-weak",
    "deberían": "necessity-weak",
    "deberíamos": "necessity-weak",
    "puede": "ability",
    "pueden": "ability",
    "puedo": "ability",
    "podemos": "ability",
    "podía": "ability",
    "podían": "ability",
    "poder": "ability",
    "podrá": "possibility",
    "podrán": "possibility",
    "podría": "possibility",
    "podrían": "possibility",
    "podríamos": "possibility",
    "quiere": "volition",
    "quieren": "volition",
    "quiero": "volition",
    "queremos": "volition",
    "quería": "volition",
    "querían": "volition",
    "querría": "volition",
    "pretende": "volition",
    "pretenden": "volition",
    "va": "future",
    "van": "future",
    "voy": "future",
    "vamos": "future",
    "sería": "conditional",
    "serían": "conditional",
    "habría": "conditional",
    "habrían": "conditional",
    "quizás": "possibility",
    "quizá": "possibility",
    "posiblemente": "possibility",
}

_CONTRACTIONS = {
    "pa'": "para",
    "pa'l": "para el",
    "na'": "nada",
    "to'": "todo",
}

# Accents dropped by the 2010 spelling, country-name and Spain/America variants.
_SPELLING = {
    "sólo": "solo",
    "éste": "este",
    "ésta": "esta",
    "éstos": "estos",
    "éstas": "estas",
    "ése": "ese",
    "ésa": "esa",
    "ésos": "esos",
    "ésas": "esas",
    "aquél": "aquel",
    "aquélla": "aquella",
    "aquéllos": "aquellos",
    "aquéllas": "aquellas",
    "guión": "guion",
    "truhán": "truhan",
    "iraq": "irak",
    "qatar": "catar",
    "kuwéit": "kuwait",
    "méjico": "méxico",
    "sicología": "psicología",
    "siquiatra": "psiquiatra",
    "setiembre": "septiembre",
    "obscuro": "oscuro",
    "substancia": "sustancia",
    "substituir": "sustituir",
    "postguerra": "posguerra",
    "vídeo": "video",
    "vídeos": "videos",
    "chófer": "chofer",
    "futbol": "fútbol",
    "período": "periodo",
    "austríaco": "austriaco",
    "olimpíada": "olimpiada",
    "cardíaco": "cardiaco",
}

_ABBREVIATIONS = {
    "ee. uu.": "eeuu",
    "ee.uu.": "eeuu",
    "ee.uu": "eeuu",
    "ee uu": "eeuu",
    "sr.": "señor",
    "sra.": "señora",
    "srta.": "señorita",
    "dr.": "doctor",
    "dra.": "doctora",
    "d.": "don",
    "dña.": "doña",
    "ud.": "usted",
    "uds.": "ustedes",
    "núm.": "número",
    "nº": "número",
    "o.n.u.": "onu",
    "u.e.": "ue",
    "&": "y",
    "por ciento": "%",
}

_NUMBER_WORDS = {
    "cero": "0",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    "diez": "10",
    "once": "11",
    "doce": "12",
    "trece": "13",
    "catorce": "14",
    "quince": "15",
    "dieciséis": "16",
    "diecisiete": "17",
    "dieciocho": "18",
    "diecinueve": "19",
    "veinte": "20",
    "treinta": "30",
    "cuarenta": "40",
    "cincuenta": "50",
    "sesenta": "60",
    "setenta": "70",
    "ochenta": "80",
    "noventa": "90",
    "cien": "100",
    "ciento": "100",
    "mil": "1000",
    "millón": "1000000",
    "millones": "1000000",
    "millardo": "1000000000",
    "millardos": "1000000000",
    "billón": "1000000000000",
    "billones": "1000000000000",
}

_STOPWORDS = frozenset(
    """
    el la los las lo un una unos unas de del al a en y e o u que con por para sobre entre
    desde hacia hasta como más muy también ya este esta estos estas ese esa esos esas
    aquel aquella es son fue era eran ser sido estar está están su sus se le les
    donde cuando cual cuales quien quienes porque pues así todo toda todos todas otro otra
    otros otras mismo misma
    """.split()
)

# A capitalised name of one to five words, with name particles (José Luis Rodríguez
# Zapatero, Ana de la Reguera).  Kept case-sensitive even under re.IGNORECASE.
_NAME = (
    r"(?-i:[A-ZÁÉÍÓÚÑÜ][\w'’.-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+){0,2}"
    r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]+){0,4})"
)
# Titles and offices before the name: "el presidente del Gobierno, Pedro Sánchez".
_ROLE = (
    r"(?:(?:(?i:el|la|presidente|presidenta|vicepresidente|vicepresidenta|ministro|ministra"
    r"|canciller|portavoz|secretario|secretaria|general|señor|señora|don|doña|jefe|jefa|rey"
    r"|reina|papa|embajador|embajadora|alcalde|alcaldesa|gobernador|gobernadora|senador"
    r"|senadora|diputado|diputada)"
    r"(?:\s+(?:del|de\s+la|de)\s+(?-i:[A-ZÁÉÍÓÚÑ]\w+)(?:\s+(?-i:[A-ZÁÉÍÓÚÑ]\w+))??)?"
    r"|(?-i:Sr\.|Sra\.|Dr\.|Dra\.|D\.|Dña\.)),?\s+){0,3}"
)

DATA = LanguageData(
    code="es",
    name="Spanish",
    quote_pairs=(
        ("\u00ab", "\u00bb"),  # « »
        ("\u201c", "\u201d"),  # “ ”
        ("\u2018", "\u2019"),  # ‘ ’
        ('"', '"'),
        ("'", "'"),
    ),
    reporting_verbs=_REPORTING_VERBS,
    reporting_nouns=frozenset(
        """
        declaración declaraciones palabras discurso entrevista comunicado conferencia
        comparecencia mensaje tuit tweet carta comentario comentarios intervención testimonio
        alocución manifestaciones rueda
        """.split()
    ),
    according_to=(
        ("según",),
        ("de", "acuerdo", "con"),
        ("en", "palabras", "de"),
        ("en", "palabras", "del"),
        ("a", "juicio", "de"),
        ("a", "juicio", "del"),
        ("conforme", "a"),
        ("citando", "a"),
        ("citado", "por"),
        ("citada", "por"),
    ),
    narration_frames=(
        # (subject) + (indirect object) + a reporting verb + "que": "Dijo que",
        # "Sánchez añadió que", "Le he dicho que", "Continuó diciendo que".
        r"^(?:(?:yo|él|ella|nosotros|nosotras|ellos|ellas|usted"
        r"|[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]+){0,3})\s+)?"
        r"(?:(?:me|le|les|nos|te)\s+)?"
        r"(?:(?:también|además|luego|después|entonces|asimismo)\s+)?"
        r"(?:(?:ha|he|han|hemos|había|habían)\s+"
        r"(?:dicho|afirmado|declarado|añadido|agregado|señalado|indicado|explicado|asegurado"
        r"|subrayado|destacado|insistido\s+en|advertido|sostenido|manifestado|expresado"
        r"|reiterado|recordado|reconocido|escrito)"
        r"|(?:dijo|dije|dijeron|dice|digo|afirmó|afirma|declaró|declara|añadió|añade|agregó"
        r"|agrega|señaló|señala|indicó|indica|explicó|explica|aseguró|asegura|subrayó|subraya"
        r"|destacó|destaca|insistió\s+en|insiste\s+en|advirtió|advierte|sostuvo|sostiene"
        r"|manifestó|expresó|reiteró|recordó|recuerda|reconoció|reconoce|escribió|escribe"
        r"|apuntó|precisó|puntualizó|aclaró|recalcó)"
        r"|(?:continuó|siguió|prosiguió)\s+(?:diciendo|afirmando|explicando))"
        r"(?:\s+(?:también|además|luego))?\s*,?\s+que\b",
    ),
    pronouns={
        "yo": "1",
        "me": "1",
        "mí": "1",
        "mi": "1",
        "mis": "1",
        "conmigo": "1",
        "nosotros": "1p",
        "nosotras": "1p",
        "nos": "1p",
        "nuestro": "1p",
        "nuestra": "1p",
        "nuestros": "1p",
        "nuestras": "1p",
        "tú": "2",
        "te": "2",
        "ti": "2",
        "tu": "2",
        "tus": "2",
        "contigo": "2",
        "usted": "2",
        "ustedes": "2",
        "vosotros": "2",
        "vosotras": "2",
        "os": "2",
        "vuestro": "2",
        "vuestra": "2",
        "él": "3m",
        "ella": "3f",
        "ellos": "3p",
        "ellas": "3p",
        "les": "3p",
        "ello": "3n",
    },
    first_person=frozenset(
        """
        yo me mí mi mis mío mía míos mías conmigo nosotros nosotras nos nuestro nuestra
        nuestros nuestras
        """.split()
    ),
    third_person=frozenset(
        """
        él ella ellos ellas le les su sus suyo suya suyos suyas se sí consigo ello
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
            "pero",
            "sino",
            "aunque",
            "excepto",
            "salvo",
            "sin embargo",
            "no obstante",
            "a menos que",
            "a no ser que",
            "siempre que",
            "siempre y cuando",
            "con tal de que",
            "hasta que",
            "pese a",
            "a pesar de",
        }
    ),
    contractions=_CONTRACTIONS,
    spelling_variants=_SPELLING,
    abbreviations=_ABBREVIATIONS,
    number_words=_NUMBER_WORDS,
    # Catalan elisions turn up in names (L'Hospitalet, Sant Sadurní d'Anoia).
    apostrophe_words=frozenset("pa' pa'l na' to' l' d'".split()),
    byline_patterns=(
        # "Declaración del presidente Joe Biden", "Discurso de Pedro Sánchez",
        # "Entrevista con la ministra Yolanda Díaz"
        r"\b(?i:(?:declaración|declaraciones|comunicado|discurso|intervención|mensaje|carta"
        r"|palabras|comparecencia|rueda\s+de\s+prensa|conferencia\s+de\s+prensa)"
        r"\s+(?:del|de\s+la|de)\s+"
        r"|entrevista\s+(?:a\s+la|al|a|con\s+el|con\s+la|con)\s+)"
        + _ROLE
        + r"(?P<name>"
        + _NAME
        + ")",
    ),
    occasion_cues=(
        r"\ben\s+(?:un|una|su)\s+(?:entrevista|tuit|tweet|mensaje|comunicado|discurso|vídeo"
        r"|video|carta|artículo|columna|tribuna|podcast|publicación|intervención"
        r"|comparecencia)\b",
        r"\b(?:en|durante)\s+(?:un|una|el|la)\s+(?:rueda\s+de\s+prensa|conferencia\s+de\s+prensa"
        r"|mitin|acto|reunión|cumbre|debate|sesión|pleno|visita|manifestación|concentración"
        r"|entrevista|comparecencia)\b",
        r"\ben\s+(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|bluesky"
        r"|(?:las\s+)?redes(?:\s+sociales)?)\b",
        r"\ben\s+declaraciones\s+a\b",
        r"\ben\s+(?:19|20)\d\d\b",
        r"\b(?:el\s+año|el\s+mes|la\s+semana)\s+pasad[oa]\b",
        r"\b(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\s+pasado)?\b",
    ),
    stopwords=_STOPWORDS,
    tense_markers={
        "es": "present",
        "son": "present",
        "soy": "present",
        "está": "present",
        "están": "present",
        "estoy": "present",
        "era": "past",
        "eran": "past",
        "fue": "past",
        "fueron": "past",
        "estaba": "past",
        "estaban": "past",
        "estuvo": "past",
        "ha": "perfect",
        "han": "perfect",
        "he": "perfect",
        "hemos": "perfect",
        "has": "perfect",
        "había": "past-perfect",
        "habían": "past-perfect",
        "hubo": "past-perfect",
        "será": "future",
        "serán": "future",
        "habrá": "future",
        "habrán": "future",
        "va": "future",
        "van": "future",
        "sería": "conditional",
        "serían": "conditional",
        "habría": "conditional",
        "habrían": "conditional",
    },
)

# Cross-language checks (quotecheck.xling): the decimal mark of written numbers, and unit
# words → a language-independent unit id, so that "5 km" and "5 Meilen" can be compared.
DECIMAL_MARK = ","
UNIT_WORDS: dict[str, str] = {
    "por ciento": "percent",
    "euro": "eur",
    "euros": "eur",
    "dólar": "usd",
    "dólares": "usd",
    "rublo": "rub",
    "rublos": "rub",
    "yen": "jpy",
    "yenes": "jpy",
    "kilómetro": "km",
    "kilómetros": "km",
    "km": "km",
    "milla": "mile",
    "millas": "mile",
    "metro": "m",
    "metros": "m",
    "kilogramo": "kg",
    "kilogramos": "kg",
    "kg": "kg",
    "tonelada": "t",
    "toneladas": "t",
    "año": "year",
    "años": "year",
    "mes": "month",
    "meses": "month",
    "semana": "week",
    "semanas": "week",
    "día": "day",
    "días": "day",
    "hora": "hour",
    "horas": "hour",
}

# Days and months → a language-independent id, so that a changed date is caught across
# languages and a capitalised English day name is not taken for a name.
CALENDAR_WORDS: dict[str, str] = {
    "lunes": "mon",
    "martes": "tue",
    "miércoles": "wed",
    "jueves": "thu",
    "viernes": "fri",
    "sábado": "sat",
    "domingo": "sun",
    "enero": "jan",
    "febrero": "feb",
    "marzo": "mar",
    "abril": "apr",
    "mayo": "may",
    "junio": "jun",
    "julio": "jul",
    "agosto": "aug",
    "septiembre": "sep",
    "setiembre": "sep",
    "octubre": "oct",
    "noviembre": "nov",
    "diciembre": "dec",
}
