"""German part-of-speech tags and lemmas for the blank pipeline, from HanTa (the Hanover Tagger),
a package that ships its model.

spaCy has no trained German pipeline on the package index.  HanTa (LGPL-3.0-or-later, used
unmodified as a library) carries its German model inside its wheel; it is loaded once per
process, on first use (about half a second), and tags one sentence at a time.  Nine tenths of
its time go to two analyses of a single word, each a pure function of the word (and of the tag
the sentence gave it): the distribution of tags of a word its model does not list, and the
lemma of a tagged word.  Both are memoised per process in bounded LRU caches
(:data:`MEMO_WORDS`), so a word met again costs a dictionary look-up and the results are the
same as HanTa's own, call for call.  The component sets ``token.tag_`` (STTS: ``NE`` proper
noun, ``NN`` common noun, ``VVPP`` past participle …) and ``token.lemma_``; attribution reads
them where a blank pipeline has nothing better (:mod:`quotecheck.extract.names`, cue words in
:mod:`quotecheck.extract.attribution.patterns`).  O(tokens) per document.

Chosen on GePaDe train over the blank pipeline and over simplemma's lemmas
(``benchmarks/translation/gepade.py``, figures in ``docs/languages.md``): as many speakers
right as simplemma's lemmas, and far fewer capitalised phrases ("Liebe Kolleginnen", "Vielen
Dank") taken for the speaker's name.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

__all__ = ["HANTA", "hanta_tagger", "tag_hanta"]

HANTA = "quotecheck_hanta"
_lock = threading.Lock()
_tagger: Any = None


MEMO_WORDS = 1 << 15
"""Entries of each of the two per-process word caches (LRU).  The lemma cache holds a pair of
short strings per (word, tag); the tag-distribution cache holds only words absent from HanTa's
own lexicon (names, rare compounds), each with a short list of (tag, log-probability) pairs.
Measured on all of GePaDe (195 speeches, about 160,000 tokens): 17,427 (word, tag) pairs and
8,178 words outside the lexicon, 12.6 MB together (tracemalloc); at the bound well under 50 MB.
The bound keeps a long-running worker's memory flat while holding the words that recur across
articles (a word's second sighting is a look-up)."""


def _memoise(tagger: Any) -> Any:
    """Put per-process LRU caches in front of the tagger's two per-word analyses.

    ``analyze_forward(word)`` (tag probabilities of a word missing from the model's lexicon:
    a dynamic program over the word's segmentations, O(length²) and about 3 ms a word) and
    ``_analyze(word, tag, taglevel)`` (the lemma of a tagged word: the same over morphemes) read
    only the loaded model, so a cached answer is the answer.  ``_analyze`` lower-cases the word
    before anything else, so the cache key does too (one entry for "Sagte" and "sagte").  The
    returned lists and tuples are only read by HanTa's callers, never changed, so sharing them
    is safe.  The caches are instance attributes shadowing the methods: HanTa's own code (its
    sentence Viterbi, ``tag_sent``) is used unmodified and calls them through ``self``.  The
    two are HanTa's internals (read in 1.2.1): a release without them is tagged unmemoised,
    slower but right, rather than failing every German parse.
    """
    if not (
        callable(getattr(tagger, "analyze_forward", None))
        and callable(getattr(tagger, "_analyze", None))
    ):
        return tagger
    tagger.analyze_forward = lru_cache(maxsize=MEMO_WORDS)(tagger.analyze_forward)
    analyze = tagger._analyze
    lemma_of = lru_cache(maxsize=MEMO_WORDS)(analyze)

    def cached_analyze(word: str, pos: int, taglevel: int = 1) -> Any:
        if taglevel == 3:  # its answer holds a list: not shared between callers
            return analyze(word, pos, taglevel)
        return lemma_of(word.lower(), pos, taglevel)

    tagger._analyze = cached_analyze
    return tagger


def hanta_tagger() -> Any:
    """HanTa's German tagger, loaded once per process on first use (HanTa is imported only
    then: a run without German text never pays for it), its per-word analyses memoised."""
    global _tagger
    with _lock:
        if _tagger is None:
            from HanTa import HanoverTagger

            _tagger = _memoise(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))
        return _tagger


def _stts(tag: str) -> str:
    """HanTa's tag in plain STTS: "VV(FIN)" → "VVFIN", "ADJ(A)" → "ADJA"."""
    return tag.replace("(", "").replace(")", "")


MAX_WORD = 40
"""Longer tokens are not analysed (tag ``XY``, lemma as written): HanTa's analysis of an
unknown word grows faster than the square of its length (80 letters 0.08 s, 300 about 1.5 s),
so a URL or an encoded blob in an article would stall the pipeline.  German compounds in news
stay below it ("Donaudampfschifffahrtsgesellschaftskapitän" has 42 letters and is a rare
extreme; it is then read as an unknown word, like a foreign one)."""
_PLACEHOLDER = "XY"


def tag_hanta(doc: Any) -> Any:
    """Set ``tag_`` (STTS) and ``lemma_`` of every word of ``doc``, sentence by sentence.
    O(tokens), each token's analysis bounded by :data:`MAX_WORD` and done once per process for
    each distinct word (:func:`_memoise`)."""
    tagger = hanta_tagger()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        texts = [t.text if len(t.text) <= MAX_WORD else _PLACEHOLDER for t in words]
        for tok, (_, lemma, tag) in zip(words, tagger.tag_sent(texts, taglevel=1), strict=True):
            if len(tok.text) > MAX_WORD:
                tok.tag_, tok.lemma_ = _PLACEHOLDER, tok.text
            else:
                tok.tag_ = _stts(tag)
                tok.lemma_ = lemma
    return doc
