"""Quote lineage: the example archive gives the lineage it was written to show; the pieces
(dates, grouping, the tree) behave on hand-made renderings; the result does not depend on the
order the articles are given in (hypothesis)."""

from __future__ import annotations

import contextlib
import io
import json
import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck.cli import main
from quotecheck.errors import InputError, LanguageNotSupported
from quotecheck.inputs.dates import article_info, metadata_date, normalise_date
from quotecheck.lineage import LineageReport, Rendering, build_lineage
from quotecheck.lineage.grouping import band_keys, group_renderings, span_groups
from quotecheck.lineage.model import Group
from quotecheck.lineage.renderings import from_record
from quotecheck.lineage.text import render_text
from quotecheck.models import Edit, EditKind, Segment, SegmentKind

ARCHIVE = Path(__file__).resolve().parents[1] / "examples" / "archive"
ARTICLES = sorted((ARCHIVE / "articles").iterdir())
STATEMENT = ARCHIVE / "sources" / "reservoir-statement.md"


@cache
def example() -> LineageReport:
    return quotecheck.lineage(ARTICLES, sources=[STATEMENT])


def name(path: str) -> str:
    return Path(path).name


def group_with(report: LineageReport, words: str) -> Group:
    (group,) = [g for g in report.groups if words in g.span.text]
    return group


# --------------------------------------------------------------------------- the example


def test_wire_story_is_the_origin_of_the_altered_word_and_the_elision() -> None:
    group = group_with(example(), "tariff for small farms")
    wire = group.variants[0]
    assert name(wire.origin.path) == "01-wire.md" and wire.parent is None
    assert wire.origin.date == "2026-04-03" and wire.origin_confidence >= 0.9
    labels = {t.key.split(":")[0]: t.label for t in wire.traits if t.key in wire.introduced}
    assert labels["edit"] == "“justified” → “understandable”"
    assert labels["elision"] == "left out: “at its current level”"
    assert "agriculture minister" in labels["descriptor"]  # the wrong title, copied too
    origins = {a.trait.kind: name(a.origin) for a in group.alterations}
    assert origins == {"edit": "01-wire.md", "elision": "01-wire.md", "descriptor": "01-wire.md"}


def test_the_two_copies_of_the_wire_story_one_of_them_in_german() -> None:
    group = group_with(example(), "tariff for small farms")
    wire = group.variants[0]
    copies = {name(c.article.path): c for c in wire.copies}
    assert set(copies) == {"02-copy.md", "03-kopie.html"}
    assert copies["02-copy.md"].relation == "same-words"
    assert {e.kind for e in copies["02-copy.md"].evidence} >= {
        "same-words",
        "shared-edit",
        "shared-elision",
        "shared-descriptor",
    }
    german = copies["03-kopie.html"]
    assert german.relation == "translation" and german.article.language == "de"
    assert german.article.date_from == "html-meta"
    assert "shared-elision" in {e.kind for e in german.evidence}  # inherited across languages
    elision = next(a for a in group.alterations if a.trait.kind == "elision")
    assert [name(c) for c in elision.carriers] == ["02-copy.md", "03-kopie.html"]
    assert all(c.confidence >= 0.5 for c in wire.copies)


def test_the_faithful_outlet_is_independent() -> None:
    report = example()
    for words in ("tariff for small farms", "Nobody in the valley"):
        group = group_with(report, words)
        faithful = [v for v in group.variants if name(v.origin.path) == "04-faithful.md"]
        assert len(faithful) == 1
        assert faithful[0].parent is None and not faithful[0].traits
        assert not faithful[0].copies
    wire = group_with(report, "tariff for small farms").variants[0]
    assert "04-faithful.md" not in {name(c.article.path) for c in wire.copies}


def test_the_retranslation_narration_is_its_own_alteration() -> None:
    group = group_with(example(), "Nobody in the valley")
    (narrated,) = [v for v in group.variants if name(v.origin.path) == "05-retranslated.md"]
    assert narrated.verdict == "narration_inserted"
    assert narrated.parent is None and not narrated.inherited
    (trait,) = [t for t in narrated.traits if t.kind == "narration"]
    assert trait.key in narrated.introduced and "I went on to say" in trait.label
    alteration = next(a for a in group.alterations if a.trait.kind == "narration")
    assert name(alteration.origin) == "05-retranslated.md" and not alteration.carriers


def test_order_is_by_date_and_every_article_is_dated() -> None:
    for group in example().groups:
        assert group.order == "date"
        dates = [v.origin.date for v in group.variants]
        assert dates == sorted(d for d in dates if d)


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["lineage", *args, "--no-progress"])
    return code, out.getvalue(), err.getvalue()


def test_cli_full_and_json() -> None:
    args = [str(ARCHIVE / "articles"), "--source", str(STATEMENT), "--no-cache"]
    code, out, _ = run_cli(*args)
    assert code == 0
    assert "introduced  “justified” → “understandable”; left out: “at its current level”" in out
    assert "copied by   " in out and "03-kopie.html  2026-04-05  translation (de)" in out
    code, out, _ = run_cli(*args, "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema_version"] == 1
    parsed = LineageReport.model_validate(data)
    assert [len(g.variants) for g in parsed.groups] == [2, 2]


def test_cli_missing_article_is_exit_2(tmp_path: Path) -> None:
    code, _, err = run_cli(str(tmp_path / "nope.md"), "--source", str(STATEMENT))
    assert code == 2 and "nope.md" in err and "Traceback" not in err


# --------------------------------------------------------------------------- dates

DATES = [
    ("---\ndate: 2026-04-03\n---\nx", "markdown", "2026-04-03", "front-matter"),
    ("---\npublished: 2026-04-03T10:00:00+02:00\n---\nx", "markdown",
     "2026-04-03T08:00:00", "front-matter"),
    ("---\nquotecheck:\n  date: '2026-04-03'\n---\nx", "markdown", "2026-04-03", "front-matter"),
    ('<meta property="article:published_time" content="2026-04-05T09:00:00Z">', "html",
     "2026-04-05T09:00:00", "html-meta"),
    ("<meta name='date' content='2026-04-05'>", "html", "2026-04-05", "html-meta"),
    ('<time datetime="2026-04-06" pubdate>6 April</time>', "html", "2026-04-06", "html-meta"),
    ('<meta name="date" content="next Tuesday">', "html", None, None),
    ("On 2026-04-03 the minister spoke.", "text", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "fmt", "date", "origin"), DATES)
def test_article_dates(raw: str, fmt: str, date: str | None, origin: str | None) -> None:
    from quotecheck.inputs.document import make_document

    doc = make_document(raw, path=f"a.{ {'markdown': 'md', 'html': 'html', 'text': 'txt'}[fmt] }")
    info = article_info(doc.raw, doc.meta, doc.format)
    assert (info.date, info.date_from) == (date, origin)


@pytest.mark.parametrize("value", [None, 3, "", "2026-13-01", "yesterday"])
def test_bad_dates_are_none(value: object) -> None:
    assert normalise_date(value) is None


# --------------------------------------------------------------------------- pieces


def rendering(
    article: str,
    text: str,
    *,
    date: str | None = None,
    order: int = 0,
    span: tuple[int, int] | None = (0, 40),
    pieces: tuple[tuple[int, int], ...] = (),
    edits: tuple[Edit, ...] = (),
    language: str = "en",
    translated: bool = False,
    ellipsis: bool = False,
    mention: str | None = None,
) -> Rendering:
    segments: tuple[Segment, ...] = ()
    if ellipsis:
        segments = (
            Segment(kind=SegmentKind.TEXT, text="a", start=0, end=1),
            Segment(kind=SegmentKind.ELLIPSIS, text="…", start=2, end=3),
            Segment(kind=SegmentKind.TEXT, text="b", start=4, end=5),
        )
    return Rendering(
        article=article,
        order=f"{order:09d}",
        date=date,
        quote_index=0,
        language=language,
        text=text,
        start=0,
        end=len(text),
        speaker="Ann Lee",
        mention=mention,
        verdict="translated" if translated else ("altered" if edits else "verbatim"),
        source="s.md" if span else None,
        source_start=span[0] if span else None,
        source_end=span[1] if span else None,
        source_text="We will build the bridge next year and" if span else None,
        pieces=pieces or ((span,) if span else ()),
        edits=edits,
        segments=segments,
        translated=translated,
    )


SPANS = [
    ([("a", 0, 100), ("b", 10, 90), ("c", 50, 140)], [{"a", "b", "c"}]),
    ([("a", 0, 100), ("b", 120, 200)], [{"a"}, {"b"}]),
    ([("a", 0, 100), ("b", 80, 300)], [{"a"}, {"b"}]),  # overlap 20 < half of 100
    ([("b", 10, 20), ("a", 0, 100)], [{"a", "b"}]),
]


@pytest.mark.parametrize(("spans", "groups"), SPANS)
def test_span_groups(spans: list[tuple[str, int, int]], groups: list[set[str]]) -> None:
    got = span_groups(spans)
    by_extent: dict[tuple[int, int], set[str]] = {}
    for key, extent in got.items():
        by_extent.setdefault(extent, set()).add(key)
    assert sorted(by_extent.values(), key=min) == groups


def test_unmatched_quotes_join_by_similarity_not_all_pairs() -> None:
    base = "the harbour will never be sold to a private company while I am minister"
    renderings = [
        rendering("a.md", base, span=None),
        rendering("b.md", base.replace("never", "not"), span=None),
        rendering("c.md", "completely different words about the weather in the valley", span=None),
        rendering("d.md", base.replace("minister", "the minister here"), span=(0, 70)),
    ]
    groups = group_renderings(renderings)
    together = [set(r.article for r in g) for g in groups.values()]
    assert {"a.md", "b.md", "d.md"} in together and {"c.md"} in together
    assert len(band_keys(base)) == 8 and band_keys("") == []


SUB = Edit(kind=EditKind.SUBSTITUTION, quote="build", source="plan", source_start=8, source_end=12)


def test_a_copy_of_a_copy_and_an_independent_quote() -> None:
    text = "We will build the bridge next year and more"
    report = build_lineage(
        [
            rendering("wire.md", text, date="2026-01-01", order=0, edits=(SUB,)),
            rendering("copy.md", text, date="2026-01-02", order=1, edits=(SUB,)),
            rendering("faithful.md", "We will plan the bridge", date="2026-01-03", order=2),
            rendering("again.md", "We will plan the bridge", date="2026-01-04", order=3),
        ]
    )
    (group,) = report.groups
    wire, faithful = group.variants
    assert name(wire.origin.path) == "wire.md"
    assert [c.article.path for c in wire.copies] == ["copy.md"]
    assert faithful.parent is None and [r.path for r in faithful.independent] == ["again.md"]


def test_undated_articles_fall_back_to_input_order() -> None:
    text = "We will build the bridge next year and more"
    report = build_lineage(
        [
            rendering("b.md", text, order=1, edits=(SUB,)),
            rendering("a.md", text, order=0, edits=(SUB,)),
        ]
    )
    (group,) = report.groups
    assert group.order == "input-order"
    assert group.variants[0].origin.path == "a.md" and group.variants[0].origin_confidence == 0.5
    assert "no dates: ordered by input order" in render_text(report)


ARTICLE_ORDER = [
    rendering("w.md", "We will build the bridge", date="2026-01-01", edits=(SUB,)),
    rendering("c1.md", "We will build the bridge", date="2026-01-02", edits=(SUB,)),
    rendering("c2.md", "We will build the bridge", date="2026-01-03", edits=(SUB,)),
    rendering("f.md", "We will plan the bridge", date="2026-01-04"),
    rendering("x.md", "Wir werden die Brücke bauen", date="2026-01-05", translated=True),
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(ARTICLE_ORDER))))
def test_result_does_not_depend_on_input_order(order: list[int]) -> None:
    shuffled = [
        ARTICLE_ORDER[i].model_copy(update={"order": f"{k:09d}"}) for k, i in enumerate(order)
    ]
    baseline = [r.model_copy(update={"order": f"{k:09d}"}) for k, r in enumerate(ARTICLE_ORDER)]
    assert build_lineage(shuffled) == build_lineage(baseline)


def test_cli_html_links_are_relative_to_the_page(tmp_path: Path) -> None:
    target = tmp_path / "out" / "lineage.html"
    args = [str(ARCHIVE / "articles"), "--source", str(STATEMENT), "-f", "html", "-o", str(target)]
    code, out, err = run_cli(*args)
    assert code == 0 and not out and "wrote" in err
    page = target.read_text(encoding="utf-8")
    wire = (ARCHIVE / "articles" / "01-wire.md").resolve()
    relative = Path(os.path.relpath(wire, target.parent)).as_posix()
    assert f'href="{relative}"' in page


def test_an_undated_copy_is_placed_after_the_dated_story_it_shares_traits_with() -> None:
    text = "We will build the bridge next year and more"
    report = build_lineage(
        [
            rendering("copy.md", text, order=0, edits=(SUB,)),  # undated, first in input order
            rendering("wire.md", text, date="2026-01-05", order=1, edits=(SUB,)),
        ]
    )
    (group,) = report.groups
    assert group.order == "date-and-input-order"
    wire = group.variants[0]
    assert wire.origin.path == "wire.md" and wire.origin_confidence == 0.95
    assert [c.article.path for c in wire.copies] == ["copy.md"]
    assert wire.copies[0].confidence < 0.9  # one of the two has no date


@pytest.mark.parametrize("mention", [None, "the minister"])
@pytest.mark.parametrize("language", ["xx", "it", "und"])
def test_a_language_without_data_is_e301_naming_the_article(
    language: str, mention: str | None
) -> None:
    # batch records can carry any language; none is read as English behind the user's back
    renderings = [
        rendering("wire.md", "We will build the bridge", order=0),
        rendering(
            "odd.md", "We will build the bridge", order=1, language=language, mention=mention
        ),
    ]
    with pytest.raises(LanguageNotSupported) as raised:
        build_lineage(renderings)
    assert raised.value.code == "E301" and raised.value.path == "odd.md"
    assert f"no language data for {language!r}" in str(raised.value)


@pytest.mark.parametrize("language", ["en", "de", "de-AT", "FR", "ru_RU"])
def test_supported_languages_with_a_region_or_in_capitals_are_read(language: str) -> None:
    report = build_lineage(
        [rendering("a.md", "We will build the bridge", language=language, mention="the minister")]
    )
    assert report.renderings == 1


def _quote_record(**fields: object) -> dict[str, object]:
    """A minimal quote record of ``quotecheck batch`` (a fiction of our own), ``fields`` over it."""
    record: dict[str, object] = {
        "record": "quote",
        "article_id": "archive/odd.md",
        "quote_index": 3,
        "language": "de",
        "kind": "full",
        "verdict": "verbatim",
        "text": "Wir bauen die Brücke",
        "start": 10,
        "end": 30,
        "line": 2,
        "match_source": "statement.txt",
        "match_start": 0,
        "match_end": 20,
    }
    record.update(fields)
    return record


@pytest.mark.parametrize(
    "language",
    [{}, {"language": None}, {"language": ""}, {"language": float("nan")}, {"language": 7}],
    ids=["absent", "null", "empty", "nan", "not-text"],
)
def test_a_batch_record_without_a_language_is_e301_not_english(language: dict[str, object]) -> None:
    record = _quote_record(**language)
    if not language:
        del record["language"]
    with pytest.raises(LanguageNotSupported) as raised:
        from_record(record)
    assert raised.value.code == "E301" and raised.value.path == "archive/odd.md"
    assert "(quote_index 3) has no language" in str(raised.value)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"language": "de"}, "de"),
        ({"language": "fr-CA"}, "fr-CA"),
        # a quote matched across languages carries its own language in the normalisation
        ({"language": None, "match_normalization": "translation:de→en"}, "de"),
    ],
    ids=["given", "with-region", "from-translation"],
)
def test_a_batch_record_with_a_language_keeps_it(fields: dict[str, object], expected: str) -> None:
    rendering = from_record(_quote_record(**fields))
    assert rendering is not None and rendering.language == expected


def test_records_that_take_no_part_need_no_language() -> None:
    assert from_record(_quote_record(language=None, kind="scare")) is None
    assert from_record(_quote_record(language=None, record="finding")) is None


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({}, '(quote_index 3, line 2, "Wir bauen die Brücke")'),
        ({"article_id": None}, '(quote_index 3, line 2, "Wir bauen die Brücke")'),
        ({"article_id": ""}, '(quote_index 3, line 2, "Wir bauen die Brücke")'),
        ({"article_id": float("nan")}, '(quote_index 3, line 2, "Wir bauen die Brücke")'),
        (
            {"article_id": None, "quote_index": None, "text": "Wir bauen " * 6},
            '(line 2, "Wir bauen Wir bauen Wir bauen Wir bauen…")',
        ),
    ],
    ids=["absent", "null", "empty", "nan", "long-text-no-index"],
)
def test_a_batch_record_without_an_article_id_is_e100_naming_the_record(
    fields: dict[str, object], named: str
) -> None:
    record = _quote_record(**fields)
    if not fields:
        del record["article_id"]
    with pytest.raises(InputError) as raised:
        from_record(record)
    assert raised.value.code == "E100"
    assert f"a quote record {named} has no article_id" in str(raised.value)


def test_records_that_take_no_part_need_no_article_id() -> None:
    assert from_record(_quote_record(article_id=None, kind="scare")) is None
    assert from_record(_quote_record(article_id=None, record="finding")) is None


NAMED = '(quote_index 3, line 2, "Wir bauen die Brücke")'
SEGMENT = '{"kind": "text", "text": "Wir bauen die Brücke", "start": 10, "end": 30}'


@pytest.mark.parametrize(
    ("field", "value", "named", "why"),
    [
        ("quote_index", "drei", '(line 2, "Wir bauen die Brücke")', "not a whole number"),
        ("start", "zehn", NAMED, "not a whole number"),
        ("end", 30.5, NAMED, "not a whole number"),
        ("line", [2], '(quote_index 3, "Wir bauen die Brücke")', "a list, not a number"),
        ("match_start", True, NAMED, "a truth value, not a number"),
        ("match_end", "1e3", NAMED, "not a whole number"),
        ("segments", "[{", NAMED, "not JSON (Expecting property name"),
        ("segments", SEGMENT, NAMED, "a JSON object, not a list"),
        ("segments", f'[{SEGMENT[:-1]}, "kind": "aside"}}]', NAMED, "item 0 kind: Input"),
        ("edits", "kein JSON", NAMED, "not JSON (Expecting value at character 0)"),
        ("edits", "[1]", NAMED, "item 0: Input should be a valid dictionary"),
        ("match_pieces", "[[0, 20", NAMED, "not JSON"),
        ("match_pieces", "[[0]]", NAMED, "piece 0 is not a pair [start, end]"),
        ("match_pieces", '[[0, "zwanzig"]]', NAMED, "piece 0: not a whole number"),
        ("match_pieces", '"0-20"', NAMED, "a JSON string, not a list"),
        ("metadata", "{date: 2020}", NAMED, "not JSON"),
        ("metadata", '["2020-01-01"]', NAMED, "a JSON list, not an object"),
    ],
)
def test_a_malformed_field_is_e100_naming_the_record_and_the_field(
    field: str, value: object, named: str, why: str
) -> None:
    """Every typed field is read in one place; what is malformed is a coded error, never a bare
    ValueError, JSONDecodeError or pydantic ValidationError."""
    with pytest.raises(InputError) as raised:
        from_record(_quote_record(**{field: value}))
    assert raised.value.code == "E100" and raised.value.path == "archive/odd.md"
    message = str(raised.value)
    assert f"a quote record {named} has a malformed {field}, {repr(value)[:40]}" in message
    assert f": {why}" in message  # what is wrong, after the value (shortened when long)
    assert f"(the `{field}` column of quotecheck.batch.RECORD_SCHEMA)" in message


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [
        ("start", "12", 12),  # digits as text (a JSON-lines file read without a schema)
        ("start", 12.0, 12),  # a pandas int column with gaps is float
        ("start", float("nan"), 0),  # missing: the default
        ("start", "", 0),
        ("segments", "", ()),
        ("segments", None, ()),
    ],
)
def test_values_that_are_not_malformed(field: str, value: object, read: object) -> None:
    r = from_record(_quote_record(**{field: value}))
    assert r is not None and getattr(r, field) == read


def test_records_that_take_no_part_are_not_read_further() -> None:
    assert from_record(_quote_record(start="zehn", segments="[{", kind="scare")) is None
    assert from_record(_quote_record(start="zehn", record="finding")) is None


@pytest.mark.parametrize(
    ("metadata", "date"),
    [
        ('{"date": "2026-03-02"}', "2026-03-02"),
        ('{"published": "2026-03-02T09:30:00+02:00"}', "2026-03-02T07:30:00"),
        ('{"pubdate": "2026-03-02"}', "2026-03-02"),
        ('{"datePublished": "2026-03-02"}', "2026-03-02"),
        ('{"date": null, "published": "2026-03-02"}', "2026-03-02"),
        ('{"date": " ", "published": "2026-03-02"}', "2026-03-02"),
        ('{"date": "2026-03-02", "published": "2026-03-09"}', "2026-03-02"),
        ('{"outlet": "Abendblatt"}', None),
        (None, None),
    ],
)
def test_a_record_is_dated_as_the_check_dated_its_article(
    metadata: str | None, date: str | None
) -> None:
    """One reader (``inputs.dates.metadata_date``) for the batch check and for lineage: the
    keys of front matter in their order, a null or blank value passed over."""
    r = from_record(_quote_record(metadata=metadata))
    assert r is not None and (r.date, r.date_from) == (date, "metadata" if date else None)
    parsed = {} if metadata is None else json.loads(metadata)
    assert metadata_date(parsed, path="archive/odd.md") == date


@pytest.mark.parametrize(
    ("metadata", "key", "value"),
    [
        ('{"date": "last Tuesday"}', "date", "'last Tuesday'"),
        ('{"date": "2026-02-30"}', "date", "'2026-02-30'"),
        ('{"published": "02/03/2026"}', "published", "'02/03/2026'"),
        ('{"pubdate": 20260302}', "pubdate", "20260302"),
        ('{"date": ["2026-03-02"]}', "date", "['2026-03-02']"),
        ('{"date": "soon", "published": "2026-03-02"}', "date", "'soon'"),
    ],
)
def test_a_record_whose_metadata_date_is_not_a_date_is_e100_naming_it(
    metadata: str, key: str, value: str
) -> None:
    """A bad date was silently no date (the article undated in lineage, while the batch check
    refused the same metadata): now the error the check gives, naming the record."""
    with pytest.raises(InputError) as raised:
        from_record(_quote_record(metadata=metadata))
    assert raised.value.code == "E100" and raised.value.path == "archive/odd.md"
    assert f"a quote record {NAMED}: metadata {key!r} is not a date: {value}" in str(raised.value)
