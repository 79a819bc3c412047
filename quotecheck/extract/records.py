"""A found quote assembled into its :class:`~quotecheck.models.Quote` record: text and raw
offsets, line and column, marks, segments, kind and attribution."""

from __future__ import annotations

from quotecheck.extract.attribution import QuoteSite, credit_used
from quotecheck.extract.kinds import quote_kind
from quotecheck.extract.segments import segments_of
from quotecheck.extract.turns import Answer
from quotecheck.inputs.document import Document, reader_text
from quotecheck.lang.schema import LanguageData
from quotecheck.models import Attribution, AttributionRule, Quote, QuoteKind
from quotecheck.offsets import position
from quotecheck.scanner import RawQuote

__all__ = ["answer_quote", "make_quote"]


def make_quote(
    document: Document,
    rq: RawQuote,
    site: QuoteSite,
    att: Attribution,
    index: int,
    starts: list[int],
    language: str,
    lang: LanguageData,
    *,
    framed: bool,
) -> Quote:
    """The record of quote ``rq``, the ``index``-th of ``document`` (``starts``: the line
    starts of its raw text; ``framed``: a speaker frames it, which decides its kind)."""
    raw, view = document.raw, document.view
    segs = segments_of(
        view, raw, rq.start, rq.end, label=site.label, credit=credit_used(site, att, view, lang)
    )
    words = len(view[rq.start : rq.end].split())
    line, column = position(starts, rq.start)
    return Quote(
        index=index,
        text=raw[rq.start : rq.end],
        start=rq.start,
        end=rq.end,
        line=line,
        column=column,
        open_mark=raw[rq.open_start : rq.open_end],
        close_mark=raw[rq.close_start : rq.close_end],
        kind=quote_kind(
            view,
            rq,
            words,
            framed,
            document.block_quotes,
            lang.stopwords,
            lang.title_cues,
            lang.determiners,
        ),
        segments=segs,
        parent=rq.parent,
        continues=rq.continues,
        language=language,
        attribution=att,
        reader_text=reader_text(document, rq.start, rq.end),
    )


def answer_quote(
    document: Document,
    answer: Answer,
    index: int,
    starts: list[int],
    language: str,
    previous: int | None = None,
) -> Quote:
    """The record of an interview's ``answer`` paragraph, printed as a labelled turn without
    quote marks (:mod:`quotecheck.extract.turns`): the ``index``-th quote of ``document``,
    its marks empty and :attr:`~quotecheck.models.Quote.turn_label` the article's label;
    the label names its speaker (``previous``: the quote of the paragraph before, for a later
    paragraph of the turn)."""
    raw, view = document.raw, document.view
    line, column = position(starts, answer.start)
    att = Attribution(
        speaker=answer.speaker,
        mention=answer.label,
        mention_start=answer.label_start,
        mention_end=answer.label_end,
        rule=AttributionRule.LINE_LABEL,
        confidence=1.0,
    )
    return Quote(
        index=index,
        text=raw[answer.start : answer.end],
        start=answer.start,
        end=answer.end,
        line=line,
        column=column,
        open_mark="",
        close_mark="",
        kind=QuoteKind.FULL,
        segments=segments_of(view, raw, answer.start, answer.end),
        continues=previous if answer.goes_on else None,
        language=language,
        attribution=att,
        reader_text=reader_text(document, answer.start, answer.end),
        turn_label=answer.label,
    )
