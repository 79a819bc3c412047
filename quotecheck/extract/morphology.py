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


def tag_hanta(doc: Any) -> Any:
    """Set ``tag_`` (STTS) and ``lemma_`` of every word of ``doc``, sentence by sentence."""
    tagger = hanta_tagger()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        for tok, (_, lemma, tag) in zip(
            words, tagger.tag_sent([t.text for t in words], taglevel=1), strict=True
        ):
            tok.tag_ = _stts(tag)
            tok.lemma_ = lemma
    return doc
