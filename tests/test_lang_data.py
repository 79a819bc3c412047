"""Checks on the per-language data folders `quotecheck/lang/<code>/` (word lists, language.yml)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import pytest

from quotecheck.errors import LanguageNotSupported, QuotecheckError
from quotecheck.lang import available_languages, get_language
from quotecheck.lang.load import (
    MAPPING_FIELDS,
    MAPPING_SEPARATOR,
    TEXT_FIELDS,
    _alternation,
    read_entries,
)
from quotecheck.lang.schema import ALL_QUOTE_PAIRS, LanguageData

LANG_ROOT = Path(__file__).resolve().parent.parent / "quotecheck" / "lang"

LANGUAGES = available_languages()

PRONOUN_CLASSES = frozenset({"1", "1p", "2", "3m", "3f", "3n", "3p"})
MODAL_CLASSES = frozenset(
    {"necessity", "necessity-weak", "possibility", "future", "volition", "ability", "conditional"}
)
TENSES = frozenset({"present", "past", "perfect", "past-perfect", "future", "conditional"})

# Word sets every language must fill.
REQUIRED_SETS = (
    "reporting_verbs",
    "negations",
    "first_person",
    "third_person",
    "role_nouns",
    "limiters",
)
REQUIRED_DICTS = ("pronouns", "modals")

# Word sets whose entries may be phrases ("es sei denn", "prime minister", "white house").
PHRASE_SETS = frozenset(
    {
        "limiters",
        "titles",
        "organisation_nouns",
        "relative_times",
        "transcript_variants",
        "gap_markers",
        "clip_starts",  # a note: "begin video clip"
        "clip_ends",
        "interjection_labels",  # who interjected: "hon members"
        "earlier_version_heads",  # a post's earlier version: "edit history"
        "garbled_pairs",  # a subject and the verb form after it: "we going"
        "auxiliaries",  # derived: the modals hold phrases ("had to")
        "occasion_repeated",
        "occasion_apart_directed",  # a shift's first word and the verb after: "after ended"
        "denying_frames",
        "denying_after",  # "never crossed * lips"
        "contrast_negations",  # "rather than"
        "sworn_phrases",  # "having been first duly sworn"
        "denial_intensifiers",  # "at all"
        "denial_limits",  # "at first", "not until"
        "scare_frames",  # "the label"
        "backchannels",  # "all right", "de acuerdo", "je vois"
        "spoken_asides",  # "believe me", "trust me"
        "courtesies",  # "thank you"
        "misquote_frames",
        "claimed_quote_frames",
        "relaying_frames",
        "condensed_notes",  # "edited for length"
        "interview_ties",  # "spoke with"
        "others_frames",
        "occasion_shifts",
        "discourse_markers",
        "tag_questions",
        "stage_directions",
        "credit_affiliations",  # "of the"
        "publishing_verbs",  # a phrasal verb and its particle ("put out")
        "answering_frames",  # a verb and its preposition ("respond to", "scoff at")
        "repeating_verbs",  # a verb and its particle ("read out")
        "answer_labels",  # a whole label, compared as written: "the witness"
        "narrowers",  # "not only" narrows the first of two halves
        "kind_audiences",  # "house of commons": read whole in the occasion cues
        "heading_topic_cuts",  # "ahead of": the heading's topic follows
    }
)

WORD_SETS = tuple(
    f.name for f in dataclasses.fields(LanguageData) if str(f.type).startswith("frozenset")
)
LOWER_KEY_DICTS = (
    "pronouns",
    "modals",
    "contractions",
    "spelling_variants",
    "abbreviations",
    "number_words",
    "tense_markers",
)


def _data(code: str) -> LanguageData:
    return get_language(code)


def test_all_planned_languages_are_available() -> None:
    assert {"en", "de", "fr", "es", "ru"} <= set(LANGUAGES)


def test_word_set_fields_found() -> None:
    assert set(REQUIRED_SETS) <= set(WORD_SETS)
    assert "stopwords" in WORD_SETS and "apostrophe_words" in WORD_SETS


@pytest.mark.parametrize("code", LANGUAGES)
def test_module_loads_with_matching_code(code: str) -> None:
    data = _data(code)
    assert isinstance(data, LanguageData)
    assert data.code == code
    assert data.name and data.name[0].isupper()


@pytest.mark.parametrize("code", ["xx", "zz-ZZ", "", "1x", "x_y", "it", "..", "en/../de"])
def test_unknown_language_raises_lookup_error(code: str) -> None:
    with pytest.raises(LookupError):
        get_language(code)


def test_unknown_language_is_e301_listing_the_supported_ones() -> None:
    with pytest.raises(LanguageNotSupported) as info:
        get_language("it", path="article.md")
    err = info.value
    assert isinstance(err, QuotecheckError) and err.code == "E301"
    assert "'it'" in str(err) and str(err).startswith("article.md: ")
    for code in LANGUAGES:
        assert code in str(err)


# --- the data files themselves ------------------------------------------------------------------


def _data_files() -> list[Path]:
    return sorted(p for p in LANG_ROOT.glob("*/*") if p.is_file())


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_folder_holds_only_known_files(code: str) -> None:
    names = {p.name for p in (LANG_ROOT / code).iterdir()}
    assert "language.yml" in names
    known = {f"{field}.txt" for field in TEXT_FIELDS} | {"language.yml"}
    assert names <= known, sorted(names - known)


def test_every_folder_is_a_language() -> None:
    folders = {p.name for p in LANG_ROOT.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(LANGUAGES)


@pytest.mark.parametrize(
    "path",
    [p for p in _data_files() if p.suffix == ".txt"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_word_list_file_is_clean_sorted_and_unique(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")  # UTF-8 or a UnicodeDecodeError
    assert text.endswith("\n") and "\r" not in text and "\t" not in text and "\ufeff" not in text
    mapping = path.stem in MAPPING_FIELDS
    keys: list[str] = []
    for n, line in enumerate(text.split("\n")[:-1], 1):
        where = f"{path.parent.name}/{path.name}:{n}"
        if line.startswith("#"):
            continue
        assert line, f"{where}: empty line"
        assert line == line.strip(), f"{where}: {line!r} has outer white space"
        assert "  " not in line and not re.search(r"\s(?<! )", line), f"{where}: {line!r}"
        if mapping:
            assert line.count(MAPPING_SEPARATOR) == 1, f"{where}: {line!r} is not 'key = value'"
            key, value = line.split(MAPPING_SEPARATOR)
            assert key == key.strip() and value == value.strip() and key and value, where
            keys.append(key)
        else:
            keys.append(line)
    assert keys, f"{path}: no entries (delete the file instead)"
    assert keys == sorted(keys), f"{path}: not sorted: {_first_unsorted(keys)!r}"
    assert len(set(keys)) == len(keys), (
        f"{path}: duplicates {sorted({k for k in keys if keys.count(k) > 1})}"
    )


INCLUDES = [
    (code, f.name, part)
    for code in LANGUAGES
    for f in dataclasses.fields(LanguageData)
    for part in f.metadata.get("includes", ())
]


@pytest.mark.parametrize(("code", "name", "part"), INCLUDES)
def test_an_included_field_is_held_and_written_once(code: str, name: str, part: str) -> None:
    """``determiners`` holds the ``definite_determiners``, which are written in their file
    only (one source of truth: a word in both files is a copy)."""
    data = _data(code)
    assert getattr(data, part) <= getattr(data, name)
    own, other = LANG_ROOT / code / f"{name}.txt", LANG_ROOT / code / f"{part}.txt"
    if own.is_file() and other.is_file():
        written = set(read_entries(own.read_text(encoding="utf-8")))
        copied = written & set(read_entries(other.read_text(encoding="utf-8")))
        assert not copied, f"{code}/{name}.txt repeats {sorted(copied)} of {part}.txt"


@pytest.mark.parametrize(
    ("entries", "text", "found"),
    [
        ({"a", "an", "another"}, "another", "another"),
        ({"a", "an", "another"}, "an", "an"),
        ({"the", "these"}, "these", "these"),
        ({"prime minister"}, "prime \n minister", "prime \n minister"),
        ({"u.s."}, "uts", None),
    ],
)
def test_word_set_as_pattern(entries: set[str], text: str, found: str | None) -> None:
    m = re.fullmatch(_alternation(frozenset(entries)), text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize("word", sorted(get_language("en").determiners))
def test_every_determiner_opens_an_occasion_cue(word: str) -> None:
    """The cue "at <determiner> … rally" takes its determiners from the word list
    (``${determiners}``), not from a copy of it written into the pattern."""
    text = f"Lee said at {word} campaign rally in Northvale"
    assert any(re.search(p, text, re.IGNORECASE) for p in get_language("en").occasion_cues)


def _first_unsorted(keys: list[str]) -> str:
    return next((b for a, b in itertools.pairwise(keys) if b < a), "")


def test_multi_word_entries_stay_whole() -> None:
    en = get_language("en")
    assert "prime minister" in en.titles and "prime" not in en.titles
    assert {"prime", "minister"} <= en.title_words  # word-by-word title stripping
    assert "white house" in en.organisation_nouns and "house" in en.organisation_heads
    assert "white" not in en.organisation_heads


@pytest.mark.parametrize("code", ["de-AT", "fr_CA", "ES", "ru-RU"])
def test_region_and_case_are_ignored(code: str) -> None:
    assert get_language(code).code == code[:2].lower()


@pytest.mark.parametrize("code", LANGUAGES)
def test_quote_pairs_are_known_and_unique(code: str) -> None:
    pairs = _data(code).quote_pairs
    assert pairs, "a language needs at least one quote pair"
    assert len(set(pairs)) == len(pairs)
    for pair in pairs:
        assert pair in ALL_QUOTE_PAIRS, pair


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("field", REQUIRED_SETS + REQUIRED_DICTS)
def test_required_lists_are_not_empty(code: str, field: str) -> None:
    assert getattr(_data(code), field), f"{code}.{field} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("field", WORD_SETS)
def test_word_sets_are_lower_case_and_clean(code: str, field: str) -> None:
    words = getattr(_data(code), field)
    assert isinstance(words, frozenset)
    for word in words:
        assert isinstance(word, str) and word, f"{code}.{field}: empty entry"
        assert word == word.lower(), f"{code}.{field}: {word!r} is not lower-case"
        assert word == word.strip(), f"{code}.{field}: {word!r} has outer space"
        if field in PHRASE_SETS:
            assert "  " not in word, f"{code}.{field}: {word!r} has a double space"
        else:
            assert not re.search(r"\s", word), f"{code}.{field}: {word!r} is not one token"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("field", LOWER_KEY_DICTS)
def test_dict_keys_are_lower_case(code: str, field: str) -> None:
    mapping = getattr(_data(code), field)
    assert isinstance(mapping, dict)
    for key, value in mapping.items():
        assert key and key == key.lower() and key == key.strip(), f"{code}.{field}: {key!r}"
        assert isinstance(value, str) and value, f"{code}.{field}[{key!r}] is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_pronoun_classes(code: str) -> None:
    data = _data(code)
    for word, cls in data.pronouns.items():
        assert cls in PRONOUN_CLASSES, f"{code}: {word!r} → {cls!r}"
        if cls in ("1", "1p"):
            assert word in data.first_person, f"{code}: {word!r} missing from first_person"
        if cls in ("3m", "3f", "3p"):
            assert word in data.third_person, f"{code}: {word!r} missing from third_person"
    assert not data.first_person & data.third_person


@pytest.mark.parametrize("code", LANGUAGES)
def test_subject_pronouns_are_gendered(code: str) -> None:
    """The attribution step reads ``subject_pronouns`` only for a "he" or "she" whose person
    it seeks: every entry is a third-person pronoun of one gender, none listed for nothing."""
    data = _data(code)
    for word in data.subject_pronouns:
        assert data.pronouns.get(word) in ("3m", "3f"), f"{code}: {word!r} is never read"


@pytest.mark.parametrize("code", LANGUAGES)
def test_modal_classes(code: str) -> None:
    for word, cls in _data(code).modals.items():
        assert cls in MODAL_CLASSES, f"{code}: {word!r} → {cls!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_tense_markers(code: str) -> None:
    for word, tense in _data(code).tense_markers.items():
        assert tense in TENSES, f"{code}: {word!r} → {tense!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_negations_modals_limiters_are_kept_apart(code: str) -> None:
    data = _data(code)
    modals = set(data.modals)
    assert not data.negations & modals, sorted(data.negations & modals)
    # Stopwords may be dropped for retrieval; these words carry the meaning of a quote.
    assert not data.negations & data.stopwords, sorted(data.negations & data.stopwords)
    assert not modals & data.stopwords, sorted(modals & data.stopwords)
    assert not data.limiters & data.stopwords, sorted(data.limiters & data.stopwords)


@pytest.mark.parametrize("code", LANGUAGES)
def test_reporting_verbs_are_not_function_words(code: str) -> None:
    data = _data(code)
    verbs = data.reporting_verbs
    for other in (set(data.pronouns), data.negations, data.stopwords, set(data.modals)):
        assert not verbs & other, sorted(verbs & other)


@pytest.mark.parametrize("code", LANGUAGES)
def test_number_words_map_to_digits(code: str) -> None:
    for word, digits in _data(code).number_words.items():
        assert digits.isdigit() and digits.isascii(), f"{code}: {word!r} → {digits!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_spelling_variants_fold_in_one_step(code: str) -> None:
    variants = _data(code).spelling_variants
    for variant, canonical in variants.items():
        assert variant != canonical, f"{code}: {variant!r} maps to itself"
        assert canonical == canonical.lower(), f"{code}: {canonical!r}"
        assert canonical not in variants, f"{code}: {variant!r} → {canonical!r} chains on"


@pytest.mark.parametrize("code", LANGUAGES)
def test_contractions_expand_to_lower_case(code: str) -> None:
    for short, full in _data(code).contractions.items():
        assert full == full.lower() and full != short, f"{code}: {short!r} → {full!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_apostrophe_words_have_an_apostrophe(code: str) -> None:
    for word in _data(code).apostrophe_words:
        assert "'" in word, f"{code}: {word!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_according_to_sequences(code: str) -> None:
    seqs = _data(code).according_to
    assert len(set(seqs)) == len(seqs)
    for seq in seqs:
        assert isinstance(seq, tuple) and seq, f"{code}: {seq!r}"
        for token in seq:
            assert token and token == token.lower(), f"{code}: {seq!r}"
            assert not re.search(r"\s", token), f"{code}: {seq!r} holds a multi-word token"


@pytest.mark.parametrize("code", LANGUAGES)
def test_regexes_compile(code: str) -> None:
    data = _data(code)
    for pattern in data.narration_frames + data.occasion_cues:
        re.compile(pattern, re.IGNORECASE)
    for pattern in data.byline_patterns:
        for flags in (0, re.IGNORECASE):
            assert "name" in re.compile(pattern, flags).groupindex, pattern


@pytest.mark.parametrize("code", LANGUAGES)
def test_narration_frames_are_anchored(code: str) -> None:
    for pattern in _data(code).narration_frames:
        assert pattern.startswith("^"), pattern


# --- behaviour of the patterns on sample text ------------------------------------------------

NARRATION_HITS = {
    "de": [
        "Er sagte weiter, dass wir das schaffen",
        "Ich sagte weiter, dass",
        "Sie hat betont, dass",
        "Er fügte hinzu, dass",
        "Merkel betonte, dass",
        "Olaf Scholz sagte, daß",
        "Weiter sagte er, dass",
    ],
    "fr": [
        "Il a ajouté que",
        "J'ai dit que",
        "J’ai dit que",
        "Elle lui a également expliqué qu'il",
        "Il a poursuivi en disant que",
        "Emmanuel Macron a déclaré que",
        "Il affirme que",
    ],
    "es": [
        "Dijo que",
        "Sánchez añadió que",
        "Le he dicho que",
        "Continuó diciendo que",
        "Ella también afirmó que",
    ],
    "ru": [
        "Он сказал, что",
        "Я также отметил, что",
        "Смирнов подчеркнул, что",
        "Добавила, что",
    ],
}

NARRATION_MISSES = {
    "de": ["Wir schaffen das", "Ich sage Ihnen: das geht nicht", "Er ist ein guter Mann"],
    "fr": ["Nous ne céderons pas", "Il faut que cela cesse", "La France est de retour"],
    "es": ["No vamos a permitirlo", "Es necesario que", "España no se rinde"],
    "ru": ["Мы не допустим этого", "Это не так", "Россия готова к диалогу"],
}

BYLINES = {
    "de": [
        ("Erklärung von Bundeskanzler Olaf Scholz zur Lage", "Olaf Scholz"),
        ("Pressemitteilung der Bundesregierung", "Bundesregierung"),
        ("Interview mit Annalena Baerbock", "Annalena Baerbock"),
        ("Rede von Ursula von der Leyen vor dem Parlament", "Ursula von der Leyen"),
        ("Bundeskanzler Olaf Scholz gab heute folgende Erklärung ab", "Olaf Scholz"),
    ],
    "fr": [
        ("Déclaration de M. Emmanuel Macron, président de la République", "Emmanuel Macron"),
        ("Discours d'Édouard Philippe", "Édouard Philippe"),
        ("Entretien avec Catherine Colonna", "Catherine Colonna"),
        (
            "Déclaration de la ministre des Affaires étrangères Catherine Colonna",
            "Catherine Colonna",
        ),
        ("Communiqué du ministère des Armées", "ministère des Armées"),
    ],
    "es": [
        ("Declaración del presidente Joe Biden", "Joe Biden"),
        ("Discurso de Pedro Sánchez en el Congreso", "Pedro Sánchez"),
        ("Entrevista con la ministra Yolanda Díaz", "Yolanda Díaz"),
        ("Declaración del presidente del Gobierno, Pedro Sánchez", "Pedro Sánchez"),
        ("Comunicado del Ministerio de Asuntos Exteriores", "Ministerio de Asuntos Exteriores"),
    ],
    "ru": [
        ("Заявление Ивана Смирнова", "Ивана Смирнова"),
        ("Интервью с Сергеем Лавровым", "Сергеем Лавровым"),
        (
            "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова",
            "С.В.Лаврова",
        ),
        ("Заявление официального представителя МИД России", "МИД России"),
    ],
}

OCCASIONS = {
    "en": [
        "she said in a tweet",
        "he tweeted on Sunday",
        "Lee said during a rally in Northvale",
        "at a later press gaggle, she said",
        "in interviews, Lee has said",
        "Lee told Harbour Radio",
        "telling Harbour Radio that",
        "on this weekend's broadcast of the show",
        "Lee said on Channel Nine's “Harbour Tonight”",
        "he said in 2015",
    ],
    "de": [
        "sagte er in einem Interview mit dem ZDF",
        "auf einer Pressekonferenz in Berlin",
        "bei einer Kundgebung in Dresden",
        "schrieb sie auf Twitter",
        "im Jahr 2015",
        "sagte er gegenüber der „Bild“",
    ],
    "fr": [
        "dans un entretien au Monde",
        "lors d'une conférence de presse",
        "a-t-il écrit sur Twitter",
        "en 2015",
        "au micro de France Inter",
        "mardi dernier",
    ],
    "es": [
        "en una entrevista con El País",
        "durante una rueda de prensa",
        "escribió en Twitter",
        "en 2015",
        "el año pasado",
        "en declaraciones a la Cadena SER",
    ],
    "ru": [
        "в интервью ТАСС",
        "на пресс-конференции",
        "в своём телеграм-канале",
        "в 2015 году",
        "в понедельник",
        "рассказал журналистам",
    ],
}


OCCASION_MISSES = {
    "en": [
        "Lee told them",
        "Lee told her colleagues",
        "Lee said at the council debate",
        "Lee said on Monday",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(code, text) for code, texts in table.items() for text in texts]


@pytest.mark.parametrize(("code", "text"), _cases(NARRATION_HITS))
def test_narration_frame_matches(code: str, text: str) -> None:
    frames = _data(code).narration_frames
    assert any(re.match(p, text, re.IGNORECASE) for p in frames), text


@pytest.mark.parametrize(("code", "text"), _cases(NARRATION_MISSES))
def test_narration_frame_leaves_speech_alone(code: str, text: str) -> None:
    frames = _data(code).narration_frames
    assert not any(re.match(p, text, re.IGNORECASE) for p in frames), text


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "nocase"])
@pytest.mark.parametrize(
    ("code", "text", "name"),
    [(code, text, name) for code, rows in BYLINES.items() for text, name in rows],
)
def test_byline_finds_name(code: str, text: str, name: str, flags: int) -> None:
    found = None
    for pattern in _data(code).byline_patterns:
        match = re.search(pattern, text, flags)
        if match:
            found = match.group("name")
            break
    assert found == name


@pytest.mark.parametrize(("code", "text"), _cases(OCCASIONS))
def test_occasion_cue_matches(code: str, text: str) -> None:
    cues = _data(code).occasion_cues
    assert any(re.search(p, text, re.IGNORECASE) for p in cues), text


@pytest.mark.parametrize(("code", "text"), _cases(OCCASION_MISSES))
def test_occasion_cue_leaves_other_phrases_alone(code: str, text: str) -> None:
    cues = _data(code).occasion_cues
    assert not any(re.search(p, text, re.IGNORECASE) for p in cues), text


def test_source_in_an_unsupported_language_is_e301_naming_the_file() -> None:
    from quotecheck.inputs.sources import make_source

    text = "---\nlanguage: it\nspeaker: Ann Lee\n---\nAndremo avanti.\n"
    with pytest.raises(LanguageNotSupported) as info:
        make_source(text, path="statement.md")
    assert str(info.value).startswith("statement.md: ") and info.value.code == "E301"


@pytest.mark.parametrize(
    ("code", "word", "expected"),
    [
        ("en", "says", True),  # lemma + "s"
        ("en", "claimed", True),  # lemma + "ed"
        ("en", "noted", True),  # lemma + "d"
        ("en", "telling", True),  # lemma + "ing"
        ("en", "said", True),  # an irregular form, listed
        ("en", "told", True),
        ("en", "say", False),  # the lemma itself is not an inflection
        ("en", "sayings", False),
        ("en", "tables", False),  # "table" is no reporting verb
        ("en", "saidd", False),
        # German forms are listed words: no English ending is tried on a German word
        ("de", "sagtes", False),
        ("de", "betonted", False),
    ],
)
def test_inflected_reporting_verb_is_read_with_the_languages_own_endings(
    code: str, word: str, expected: bool
) -> None:
    assert get_language(code).inflects_reporting_verb(word) is expected
