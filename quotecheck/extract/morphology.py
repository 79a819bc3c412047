"""German part-of-speech tags and lemmas for the blank pipeline, from HanTa (the Hanover Tagger),
a package that ships its model.

spaCy has no trained German pipeline on the package index.  HanTa (LGPL-3.0-or-later, used
unmodified as a library) carries its German model inside its wheel; it is loaded once per
process, on first use (about half a second), and tags one sentence at a time (several thousand
tokens a second).  The component sets ``token.tag_`` (STTS: ``NE`` proper noun, ``NN`` common
noun, ``VVPP`` past participle …) and ``token.lemma_``; attribution reads them where a blank
pipeline has nothing better (:mod:`quotecheck.extract.names`, cue words in
:mod:`quotecheck.extract.attribution.patterns`).  O(tokens) per document.

Chosen on GePaDe train over the blank pipeline and over simplemma's lemmas
(``benchmarks/translation/gepade.py``, figures in ``docs/languages.md``): as many speakers
right as simplemma's lemmas, and far fewer capitalised phrases ("Liebe Kolleginnen", "Vielen
Dank") taken for the speaker's name.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["HANTA", "hanta_tagger", "tag_hanta"]

HANTA = "quotecheck_hanta"
_lock = threading.Lock()
_tagger: Any = None


def hanta_tagger() -> Any:
    """HanTa's German tagger, loaded once per process."""
    global _tagger
    with _lock:
        if _tagger is None:
            from HanTa import HanoverTagger

            _tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
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
    O(tokens), each token's analysis bounded by :data:`MAX_WORD`."""
    tagger = hanta_tagger()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        texts = [t.text if len(t.text) <= MAX_WORD else _PLACEHOLDER for t in words]
        for tok, (_, lemma, tag) in zip(words, tagger.tag_sent(texts, taglevel=1), strict=True):
            if len(tok.text) > MAX_WORD:
                tok.tag_, tok.lemma_ = "XY", tok.text
            else:
                tok.tag_ = _stts(tag)
                tok.lemma_ = lemma
    return doc
