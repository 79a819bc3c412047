"""The fast paths give the answers of the slow ones: focused parsing, the token cache, the
vectorised index, sources shipped once per run.  Work is counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.api import Checker
from quotecheck.config import Settings
from quotecheck.extract import extract
from quotecheck.extract.focus import blank_interior, focus_view, lines
from quotecheck.inputs.document import make_document
from quotecheck.inputs.sources import make_source
from quotecheck.lang import get_language
from quotecheck.match.cache import TokenCache
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import build_alias_table, default_alias_groups, tokenize
from quotecheck.models import Source

ARTICLE = (
    "Harbour minister Teodora Vasquez-Lind opened the new pier on Monday.\n\n"
    "The project took six years and cost more than planned.\n\n"
    "Critics had called the budget reckless for most of that time.\n\n"
    "The pier will serve ferries from three islands.\n\n"
    '"We kept every promise we made to the islanders, and we kept them on time," the '
    "minister said.\n\n"
    "Vasquez-Lind later toured the terminal.\n\n"
    '"The next step is the rail link," she said.\n'
)


# ---------------------------------------------------------------- focused parsing


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the quote's own line names its speaker: nothing else is needed
        ('a\n\nb\n\n"q," X said.\n', {'"q," X said.'}),
        ('"q," X said.\n\nb\n', {'"q," X said.'}),
        # a quote standing alone: the line before says who speaks
        ('a\n\nX turned to us.\n\n"q."\n', {"X turned to us.", '"q."'}),
        ('a\nb\n"first line\nsecond line"\nc\n', {"b", '"first line', 'second line"'}),
        # a colon frame in the line before
        (
            'a\n\nX told reporters:\n\n"q," and more words here.\n',
            {
                "X told reporters:",
                '"q," and more words here.',
            },
        ),
        ("no quotes here\n", set()),
    ],
)
def test_focus_keeps_quote_lines_and_the_line_before_when_needed(text: str, kept: set[str]) -> None:
    spans = []
    a = text.find('"')
    if a >= 0:
        spans.append((a, text.index('"', a + 1) + 1))
    focused, _ = focus_view(text, spans)
    assert len(focused) == len(text)
    assert [i for i, c in enumerate(focused) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]
    shown = {focused[x:y] for x, y in lines(focused) if focused[x:y].strip()}
    assert shown == kept


def test_focus_offers_the_skipped_lines_that_name_people() -> None:
    text = 'Ann Lee runs the port.\n\nnothing named here.\n\nlast.\n\n"q," she said.\n'
    _, names = focus_view(text, [(text.index('"'), text.rindex('"') + 1)])
    assert names is not None and len(names) == len(text)
    assert "Ann Lee runs the port." in names
    assert "nothing named here" not in names


@pytest.mark.parametrize(
    ("quote", "blanked"),
    [
        ("one two three", False),
        ("one two three four five six seven eight", False),
        ("one two three four five six seven eight nine ten eleven", True),
    ],
)
def test_long_quotes_keep_their_edge_words(quote: str, blanked: bool) -> None:
    ranges = blank_interior(quote, 0, len(quote))
    assert bool(ranges) is blanked
    for x, y in ranges:
        kept = (quote[:x] + " " + quote[y:]).split()
        assert kept[:3] == quote.split()[:3] and kept[-3:] == quote.split()[-3:]


def test_focused_and_full_parsing_attribute_alike(nlp: object) -> None:
    doc = make_document(ARTICLE, path="a.txt")
    focused = extract(doc, nlp=nlp, parse="focused").quotes
    full = extract(doc, nlp=nlp, parse="full").quotes
    assert [(q.start, q.end) for q in focused] == [(q.start, q.end) for q in full]
    speakers = [q.attribution.speaker for q in focused]
    assert speakers == [q.attribution.speaker for q in full]
    # "the minister" and "she" resolve to the person named in a paragraph focused parsing
    # skipped: the names-only pass found her there.
    assert speakers == ["Teodora Vasquez-Lind", "Teodora Vasquez-Lind"]


def test_unknown_parse_mode_is_refused(nlp: object) -> None:
    with pytest.raises(ValueError, match="parse must be one of"):
        extract(make_document('"q," X said.', path="a.txt"), nlp=nlp, parse="fast")


# ---------------------------------------------------------------- the index and its cache


def _sources() -> list[Source]:
    return [
        make_source(
            "We will build the pier by May. The budget is 40 million and not a cent more.",
            id="s1",
            speaker="Ann Lee",
        ),
        make_source(
            "The U.S. and the DPRK met twice. We will not build the pier by May.",
            id="s2",
            speaker="Bo Chen",
        ),
        make_source("", id="empty", speaker="Nobody"),
    ]


def _same_index(a: SourceIndex, b: SourceIndex) -> None:
    assert a.words == b.words and a.codes == b.codes
    assert [list(x) for x in a.starts] == [list(x) for x in b.starts]
    assert a.levels == b.levels
    assert np.array_equal(a._tri_keys, b._tri_keys) and np.array_equal(a._tri_pos, b._tri_pos)
    assert np.array_equal(a._word_pos, b._word_pos)


@pytest.fixture
def tokenised(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the source index tokenises (rather than reading them from the token cache)."""
    import quotecheck.match.index as index_module

    seen: list[str] = []
    real = index_module.tokenize_arrays

    def spy(text: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(index_module, "tokenize_arrays", spy)
    return seen


def test_token_cache_builds_the_same_index_without_tokenising(
    tmp_path: Path, tokenised: list[str]
) -> None:
    aliases = build_alias_table(default_alias_groups())
    cache = TokenCache(tmp_path)
    first = SourceIndex(_sources(), aliases=aliases, cache=cache)
    assert len(tokenised) == 3 and cache.writes == 3
    tokenised.clear()
    second = SourceIndex(_sources(), aliases=aliases, cache=TokenCache(tmp_path))
    assert not tokenised
    _same_index(first, second)
    _same_index(first, SourceIndex(_sources(), aliases=aliases))


def test_token_cache_misses_when_the_alias_table_changes(
    tmp_path: Path, tokenised: list[str]
) -> None:
    SourceIndex(_sources(), aliases=build_alias_table([]), cache=TokenCache(tmp_path))
    tokenised.clear()
    SourceIndex(
        _sources(), aliases=build_alias_table([("Pier", "Jetty")]), cache=TokenCache(tmp_path)
    )
    assert len(tokenised) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:40]),
        lambda p: p.write_bytes(b"PK\x03\x04 not a zip at all"),
        lambda p: np.savez(p, words=np.zeros(3, dtype=np.uint8)),  # keys missing
        lambda p: np.savez(  # ids point past the word list
            p,
            words=np.frombuffer(b"ab", dtype=np.uint8),
            lengths=np.array([2]),
            ids=np.array([5]),
            starts=np.array([0]),
            ends=np.array([2]),
            levels=np.array([0], dtype=np.uint8),
        ),
        lambda p: np.savez(p, words=np.array([object()], dtype=object)),  # a pickle
    ],
)
def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path: Path, damage, tokenised) -> None:  # type: ignore[no-untyped-def]
    sources = _sources()[:1]
    clean = SourceIndex(sources, cache=TokenCache(tmp_path))
    (path,) = (tmp_path / "index").glob("*.npz")
    damage(path)
    cache = TokenCache(tmp_path)
    tokenised.clear()
    rebuilt = SourceIndex(sources, cache=cache)
    assert len(tokenised) == 1 and cache.writes == 1
    _same_index(clean, rebuilt)
    tokenised.clear()
    SourceIndex(sources, cache=TokenCache(tmp_path))
    assert not tokenised


def test_checker_uses_the_cache_dir_of_its_settings(tmp_path: Path, tokenised: list[str]) -> None:
    settings = Settings(cache_dir=tmp_path, crosslingual=False)
    Checker(_sources(), settings)
    assert len(list((tmp_path / "index").glob("*.npz"))) == 3
    tokenised.clear()
    Checker(_sources(), settings)
    assert not tokenised
    off = Settings(cache_dir=tmp_path / "off", index_cache_enabled=False, crosslingual=False)
    Checker(_sources(), off)
    assert not (tmp_path / "off").exists()


def test_retrieval_finds_trigrams_and_words() -> None:
    index = SourceIndex(_sources())
    code = index.codes[1]
    ids = [ord(c) - 0x10000 for c in code]
    got = index.trigram_positions(ids[0], ids[1], ids[2])
    assert int(index.offsets[1]) in got.tolist()
    assert index.df(ids[0]) == len(index.word_positions(ids[0])) >= 1
    assert len(index.word_positions(10**6)) == 0
    assert len(index.trigram_positions(10**6, 1, 2)) == 0


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Harbour minister Ann Lee opened the pier.", True),
        ("Ann Lee opened the pier in Oslo.", False),  # names, but no role noun or title
        ("the minister opened the pier.", False),  # a role noun, but no name
    ],
)
def test_names_pass_takes_lines_that_introduce_people(line: str, kept: bool) -> None:
    from quotecheck.extract.focus import name_lines

    view = line + "\n"
    assert bool(name_lines(view, lines(view), [0], frozenset({"minister"}))) is kept


def test_retrieval_verifies_places_where_seeds_tie() -> None:
    """Every trigram of the quote recurs dozens of times (overlapping windows of it, as in a
    transcript of stock phrases), the whole quote once, at the end: seed votes tie at many
    places, the words in place single out the right one."""
    quote = "harbour fees will rise by nine percent next spring for every ferry"
    words = quote.split()
    filler = "and so on "
    parts = []
    for _ in range(400):  # every trigram far more often than the seed budget allows
        for i in range(len(words) - 3):
            parts.append(" ".join(words[i : i + 4]) + ". " + filler)
    parts.append(quote + ".")
    source = make_source(" ".join(parts), id="s", speaker="Ann Lee")
    index = SourceIndex([source])
    toks = tokenize(quote, lang=get_language("en"))  # "percent" is two: per cent
    code = index.encode(toks)
    best = index.best(code)
    assert best is not None and best.similarity == 1.0
    s_idx, local, found = index.candidates(code, limit=1)[0]
    start = index.tokens[s_idx][local].start
    assert source.text[start : start + len(quote)] == quote
    assert found == len(toks)


# --------------------------------------------------------------------------- speaker registry


def _find_by_scan(people: list[Any], name: str) -> Any:
    """The registry's answer by comparing every person (what its indexes must give)."""
    from quotecheck.extract.speakers import name_tokens, same_person

    key = name_tokens(name)
    if not key:
        return None
    for person in reversed(people):
        if any(name_tokens(f) == key for f in person.all_forms()):
            return person
    matches = [p for p in people if any(same_person(name, f) for f in p.all_forms())]
    if len(key) >= 2:  # a full name fits every full name of the person
        matches = [
            p
            for p in matches
            if all(same_person(name, f) for f in p.all_forms() if len(name_tokens(f)) >= 2)
        ]
    if not matches:
        return None
    # a one-word mention prefers a surname; then the person named last, declared most, added last
    surname = [p for p in matches if any(name_tokens(f)[-1:] == key[-1:] for f in p.all_forms())]
    if surname and len(key) == 1:
        matches = surname
    return max(reversed(matches), key=lambda p: (p.named_at, p.declared))


_NAME_PARTS = ["Lee", "Kim", "Ana", "Lind", "Vasquez-Lind", "Ås", "O'Neil", "Min-jun", "lee", "the"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "external", "find"]),
            st.lists(st.sampled_from(_NAME_PARTS), min_size=0, max_size=3).map(" ".join),
            st.lists(st.sampled_from(_NAME_PARTS), max_size=2).map(tuple),
        ),
        max_size=30,
    )
)
def test_registry_indexes_answer_as_comparing_every_person(
    steps: list[tuple[str, str, tuple[str, ...]]],
) -> None:
    from quotecheck.extract.speakers import SpeakerRegistry

    registry = SpeakerRegistry()
    for op, name, aliases in steps:
        assert registry.find(name) is _find_by_scan(registry.people, name)
        if op == "add":
            registry.add(name)
        elif op == "external":
            registry.add_external(name, aliases)
        copied = registry.copy()
        assert [p.canonical for p in copied.people] == [p.canonical for p in registry.people]
        for probe in (name, *aliases):
            found = copied.find(probe)
            expected = _find_by_scan(copied.people, probe)
            assert found is expected


# --------------------------------------------------------------------------- parse ahead

_AHEAD_ARTICLES = [
    ARTICLE,
    ARTICLE.replace("Teodora Vasquez-Lind", "Ana Lind"),
    "No quotes here at all.\n",
    '"Short," he said.\n',
]


def test_articles_parsed_ahead_are_extracted_as_one_by_one(nlp: Any) -> None:
    """Every parse is taken from the batch (none is left over), and the quotes, spans and
    speakers are those of parsing each article alone."""
    from quotecheck.extract import parse_ahead
    from quotecheck.extract.parsing import _AHEAD

    docs = [make_document(text, path=f"a{i}.txt") for i, text in enumerate(_AHEAD_ARTICLES)]
    alone = [extract(d, nlp=nlp).quotes for d in docs]
    lang = get_language("en")
    with parse_ahead([(d, nlp, lang, None) for d in docs]):
        ready = _AHEAD.get()
        # three articles with quotes; the two long ones also have lines that name people
        assert ready is not None and sum(map(len, ready.values())) == 5
        ahead = [extract(d, nlp=nlp).quotes for d in docs]
        assert sum(map(len, ready.values())) == 0
    assert _AHEAD.get() is None
    assert ahead == alone


def test_quotes_found_ahead_are_not_found_again(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quotes and focused texts ``parse_ahead`` computed are the ones the check takes: one
    scan per article and one focused view per article with quotes; the results those of
    extracting each article alone."""
    import quotecheck.extract.parsing as parsing

    docs = [make_document(text, path=f"a{i}.txt") for i, text in enumerate(_AHEAD_ARTICLES)]
    alone = [extract(d, nlp=nlp) for d in docs]
    calls = {"quotes_of": 0, "focused_texts": 0}
    real_quotes_of, real_focused = parsing.quotes_of, parsing.focused_texts

    def quotes_of(*args: Any) -> Any:
        calls["quotes_of"] += 1
        return real_quotes_of(*args)

    def focused_texts(*args: Any) -> Any:
        calls["focused_texts"] += 1
        return real_focused(*args)

    monkeypatch.setattr(parsing, "quotes_of", quotes_of)
    monkeypatch.setattr(parsing, "focused_texts", focused_texts)
    with parsing.parse_ahead([(d, nlp, get_language("en"), None) for d in docs]):
        ahead = [extract(d, nlp=nlp) for d in docs]
        again = extract(docs[0], nlp=nlp)  # taken once: a second check scans again
    assert calls == {"quotes_of": len(docs) + 1, "focused_texts": 3 + 1}
    assert [(r.quotes, r.problems, r.marked) for r in ahead] == [
        (r.quotes, r.problems, r.marked) for r in alone
    ]
    assert again.quotes == alone[0].quotes


def test_a_text_not_parsed_ahead_is_parsed_by_its_check(nlp: Any) -> None:
    from quotecheck.extract import parse_ahead

    doc = make_document(ARTICLE, path="a.txt")
    other = make_document(ARTICLE.replace("pier", "bridge"), path="b.txt")
    with parse_ahead([(doc, nlp, get_language("en"), None)]):
        got = extract(other, nlp=nlp).quotes
    assert got == extract(other, nlp=nlp).quotes
