"""The matcher: retrieval over many sources, offsets on both sides, splices and re-orderings."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.api import Settings
from quotecheck.lang import get_language
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import tokenize
from quotecheck.match.settings import MatchSettings
from quotecheck.models import Source

EN = get_language("en")

FILLER = (
    "The committee met on Tuesday to review the budget for the coming season. Members asked "
    "about the cost of new benches in the park and the repair of the old fountain. "
)
TARGET = "Our orchard will double its harvest of pears before the frost arrives"


def _sources(n: int) -> list[Source]:
    out = []
    for i in range(n):
        text = FILLER * 5
        if i == n - 1:
            text += TARGET + ". " + FILLER
        out.append(Source(id=f"s{i}", text=text, speaker=f"Speaker {i}"))
    return out


def _code(index: SourceIndex, text: str) -> str:
    return index.encode(tokenize(text, lang=EN))


@pytest.mark.parametrize("n_sources", [1, 5, 40])
def test_retrieval_finds_the_passage_among_many_sources(n_sources: int) -> None:
    index = SourceIndex(_sources(n_sources))
    al = index.best(_code(index, TARGET))
    assert al is not None and al.source == n_sources - 1 and al.similarity == 1.0
    a, b = index.source_span(al.source, al.start, al.end)
    assert index.sources[al.source].text[a:b] == TARGET


def test_alignment_keeps_offsets_on_both_sides() -> None:
    index = SourceIndex(_sources(3))
    toks = tokenize(TARGET.replace("double", "triple"), lang=EN)
    al = index.best(index.encode(toks))
    assert al is not None
    src_toks = index.tokens[al.source][al.start : al.end]
    diffs = [op for op in al.opcodes if op[0] != "equal"]
    assert len(diffs) == 1
    _, i1, _, j1, _ = diffs[0]
    assert toks[i1].surface == "triple" and src_toks[j1].surface == "double"
    text = index.sources[al.source].text
    assert text[src_toks[j1].start : src_toks[j1].end] == "double"


def test_seed_work_is_bounded() -> None:
    """Retrieval seeds only with the rarest trigrams that fit the budget."""
    index = SourceIndex(_sources(60), seed_budget=50)
    cands = index.candidates(_code(index, TARGET), limit=3)
    assert cands and cands[0][0] == 59


def test_unknown_words_never_equal_known_ones() -> None:
    index = SourceIndex(_sources(1))
    code = _code(index, "zyxwv qwertz the committee")
    assert len(set(code[:2])) == 2
    assert code[2:] == _code(index, "the committee")


def test_token_view_rebuilds_tokens() -> None:
    index = SourceIndex(_sources(1))
    view = index.tokens[0]
    assert len(view) == len(index.codes[0])
    first = view[0]
    assert first.surface == "The" and first.norm == "the"
    assert [t.surface for t in view[0:3]] == ["The", "committee", "met"]
    with pytest.raises(IndexError):
        view[len(view)]


def test_words_in_place_are_counted_up_to_the_edges_of_the_corpus() -> None:
    """Diagonals before the first source and running past the last one count only the words
    inside the corpus (the verification reads a window of source words around each)."""
    import numpy as np

    index = SourceIndex(_sources(2))
    code = _code(index, "The committee met on Tuesday")
    ids = [ord(c) - 0x10000 for c in code]
    codes = index._all_codes.tolist()
    size = len(codes)
    diagonals = [-7, -3, -1, 0, 2, index.offsets[1] - 2, size - 4, size - 1, size + 3]

    def brute(d: int) -> int:
        return sum(
            any(0 <= d + k + s < size and codes[d + k + s] == w for s in (-2, -1, 0, 1, 2))
            for k, w in enumerate(ids)
        )

    got = index._words_in_place(np.array(diagonals, dtype=np.int64), ids).tolist()
    assert got == [brute(d) for d in diagonals]
    assert got[3] == len(ids)  # the quote opens the first source


def _altered_sources() -> tuple[SourceIndex, str]:
    """A passage once, and many places that share a few of its words (so they get seed votes)."""
    texts = [
        f"Early on {i}, our orchard will double its budget for the park. " + FILLER
        for i in range(12)
    ]
    texts.append(FILLER + TARGET + ". " + FILLER)
    index = SourceIndex(
        [Source(id=f"s{i}", text=t, speaker=f"Speaker {i}") for i, t in enumerate(texts)]
    )
    return index, _code(index, TARGET.replace("pears", "apples"))


def test_rank_bound_is_never_below_the_rank_of_an_alignment() -> None:
    index, code = _altered_sources()
    for s_idx in range(len(index.sources)):
        src = index.codes[s_idx]
        for lo in range(-5, len(src), 7):
            for width in (3, len(code), 3 * len(code)):
                al = index.align(code, s_idx, lo, lo + width)
                if al is not None:
                    assert index.rank_bound(code, s_idx, lo, lo + width) >= al.rank - 1e-12


def test_best_aligns_only_the_places_that_can_outrank_the_one_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A changed word keeps the passage from aligning identically, so every candidate place
    is considered; only those whose window could rank higher are aligned, with the same
    result as aligning them all."""
    index, code = _altered_sources()
    cands = index.candidates(code, limit=6)
    assert len(cands) >= 3
    slack = 12
    everything = [
        index.align(code, s, d - slack, d + len(code) + 2 * slack + len(code) // 2, seeded_at=d)
        for s, d, _ in cands
    ]
    expected = max(
        (al for al in everything if al is not None),
        key=lambda al: (round(al.rank, 6), round(al.similarity, 6)),
    )
    calls = []
    align = index.align

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return align(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "align", counted)
    got = index.best(code)
    assert got == expected and got.source == len(index.sources) - 1
    assert len(calls) == 1


def _spy(monkeypatch: pytest.MonkeyPatch, index: SourceIndex, name: str) -> list[object]:
    """Record the calls of one method of ``index``."""
    calls: list[object] = []
    method = getattr(index, name)

    def spied(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return method(*args, **kwargs)

    monkeypatch.setattr(index, name, spied)
    return calls


def _repeated_trigrams() -> tuple[SourceIndex, str]:
    """A quote standing once, each of its trigrams far more often (in sentences of its own)."""
    quote = "red green blue white black"
    words = quote.split()
    parts = [" ".join(words[i : i + 3]) + "." for i in range(len(words) - 2)] * 60
    return SourceIndex([Source(id="s", text=" ".join(parts) + " " + quote + ".")]), quote


@pytest.mark.parametrize("case", ["rare", "repeated"])
def test_a_quote_standing_once_verbatim_is_aligned_without_voting(
    monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """The places of the rarest seed are read for the quote word for word (one by one when
    they are few, in one array comparison when they are many): the only verbatim place is the
    alignment the votes would have led to, so no voting is needed."""
    if case == "rare":
        index = SourceIndex(_sources(5))
        code = _code(index, TARGET)
    else:
        index, quote = _repeated_trigrams()
        code = _code(index, quote)
    seeds, _ = index._seeds(code)
    assert (seeds[0][0] > 48) is (case == "repeated")
    votes = _spy(monkeypatch, index, "_vote")
    got = index.best(code)
    assert got is not None and not votes
    s_idx = len(index.sources) - 1
    local = index.codes[s_idx].find(code)
    expected = index.align(code, s_idx, local - 12, local + len(code) + 24 + len(code) // 2)
    assert got == expected and got.similarity == 1.0 and got.rank == 1.0


def test_a_quote_standing_twice_verbatim_is_voted_on(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SourceIndex(_sources(2))
    code = _code(index, "Members asked about the cost of new benches")  # in every FILLER
    votes = _spy(monkeypatch, index, "_vote")
    got = index.best(code)
    assert got is not None and got.similarity == 1.0 and len(votes) == 1


def test_verbatim_places_are_read_up_to_the_edges_of_the_corpus() -> None:
    import numpy as np

    index = SourceIndex(_sources(2))
    code = _code(index, "The committee met")
    size = len(index._all_codes)
    starts = np.array([-5, -1, 0, 1, index.offsets[1], size - 2, size + 1], dtype=np.int64)
    got = index._verbatim_at(starts, code).tolist()
    assert got == [False, False, True, False, True, False, False]


def test_a_window_holding_the_quote_once_is_aligned_without_a_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Word for word, once: the span is read off directly (the same alignment the search and
    refinement give); twice, the search decides between the two places as before."""
    import quotecheck.match.index as ix

    index = SourceIndex(_sources(1))
    code = _code(index, "Members asked about the cost of new benches")
    src = index.codes[0]
    first = src.find(code)
    second = src.find(code, first + 1)
    once = (first - 5, first + len(code) + 5)
    twice = (first - 5, second + len(code) + 5)
    searches = []
    search = ix.partial_ratio_alignment

    def counted(*args: object, **kwargs: object) -> object:
        searches.append(args)
        return search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ix, "partial_ratio_alignment", counted)
    got = index.align(code, 0, *once)
    n = len(code)
    assert got == ix.Alignment(0, first, first + n, 1.0, (("equal", 0, n, 0, n),), 1.0)
    assert not searches
    both = index.align(code, 0, *twice)
    assert both is not None and both.similarity == 1.0 and len(searches) == 1


def test_a_quote_with_one_word_changed_is_aligned_without_voting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three rare seed trigrams three words apart: one stands intact wherever the quote could
    align as well as it does at its own place, so reading their places is enough."""
    index, code = _altered_sources()
    votes = _spy(monkeypatch, index, "_vote")
    got = index.best(code)
    assert not votes
    s_idx = len(index.sources) - 1
    local = index.codes[s_idx].find(_code(index, TARGET))
    n = len(code)
    assert got == index.align(code, s_idx, local - 12, local + n + 24 + n // 2)
    assert got is not None and got.similarity == (n - 1) / n


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (TARGET + ". " + FILLER + TARGET + ".", TARGET.replace("pears", "apples")),  # twice
        (TARGET + ".", "Our orchard will double its crop of pears"),  # too short for 3 seeds
        (TARGET + ".", "Our orchard will treble its harvest of apples before the frost"),
    ],
)
def test_quotes_not_close_to_one_place_only_are_voted_on(
    monkeypatch: pytest.MonkeyPatch, text: str, quote: str
) -> None:
    index = SourceIndex([Source(id="s", text=FILLER + text + " " + FILLER)])
    code = _code(index, quote)
    votes = _spy(monkeypatch, index, "_vote")
    got = index.best(code)
    assert got is not None and len(votes) == 1


@pytest.mark.parametrize(
    ("source", "quote", "expected"),
    [
        pytest.param(
            "I think it was a very tough week for the crew. We sailed on anyway. She had a "
            "tough week but she kept going.",
            "having a tough week",
            "had a tough week",
            id="the same words before, with two changed",
        ),
        pytest.param(
            "It was a very hard call for us all. We talked a lot. She made a hard call on the "
            "pier that morning.",
            "making a hard call",
            "made a hard call",
            id="the same words before, an adverb between them",
        ),
    ],
)
def test_the_place_the_seeds_found_is_aligned_when_it_fits_better(
    source: str, quote: str, expected: str
) -> None:
    """The best-scoring stretch of a window may be an earlier, looser echo of the quote: the
    place the retrieval seeds found is refined too, and the tighter fit kept."""
    index = SourceIndex([Source(id="s", text=source, speaker="Ann Lee")])
    got = index.best(_code(index, quote))
    assert got is not None
    a, b = index.source_span(0, got.start, got.end)
    assert source[a:b] == expected


# Written for this test: one long sentence said at the start of a speech, four words said
# much later, and a quote that runs the second on after the first without a mark.
HARBOUR = (
    "We will rebuild the old harbour wall before the winter storms arrive this year with stone "
    "from the quarry up the valley so that every fishing boat in the town has a safe berth "
    "through the dark months ahead"
)
MARKET = "by the market hall"


@pytest.mark.parametrize(
    ("whole_min", "pieces"),
    [
        (0.9, 1),  # aligned 39 of 43 words as a whole: one passage at the default bar
        (0.95, 2),  # below a stricter bar: the tail is looked up on its own (unmarked splice)
    ],
)
def test_whole_min_is_the_bar_of_the_unmarked_splice_too(whole_min: float, pieces: int) -> None:
    filler = "Rain fell on the quay all morning and the nets dried slowly. " * 30
    text = f"{HARBOUR}.\n\n{filler}\n\nThey will sell fish {MARKET} on Sundays.\n"
    source = quotecheck.make_source(text, id="speech", speaker="Ann Lee")
    article = f'"{HARBOUR} {MARKET}," Ann Lee said.\n'
    settings = Settings(match=MatchSettings(whole_min=whole_min))
    (quote,) = quotecheck.check_text(article, sources=[source], settings=settings).quotes
    assert quote.match is not None and len(quote.match.pieces) == pieces
