"""Source readers: PDF, subtitles (SRT, WebVTT), timed JSON transcripts and web pages.

Every reader returns a Source whose ``places`` cover its text without gaps and map each
character back to its original (page and line, cue times, file offsets); matches carry that
place as ``location``.  PDFs are generated here by ``benchmarks.common.minipdf``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotecheck
from benchmarks.common.minipdf import Line, Page, pdf_bytes, typeset
from quotecheck.errors import MissingExtra, NoTextLayer, SourceFormatError
from quotecheck.inputs.places import locate, turn_spans
from quotecheck.inputs.sniff import detect_source_format
from quotecheck.inputs.sources import load_source
from quotecheck.models import Source

STATEMENT = [
    "Statement by Ann Lee, Minister of Transport",
    "We will not raise the harbour toll this year. The extraordinarily comprehensive "
    "reconstruction of the eastern pier will continue through the winter.",
    "The well-known ferry timetable stays as it is, and the non-European carriers keep their "
    "licences until the review ends.",
    "Nobody will be moved out of their home without their consent, and every household will be "
    "heard before any decision is taken by the ministry.",
    "The bridge is safe. Inspectors examined every cable in March and found no damage that "
    "would require closing it to traffic.",
]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def check_map(source: Source, raw: str | None = None) -> None:
    """Places cover the text in order without gaps; copied characters are the file's own."""
    assert source.places, "a reader must map its text back to the original"
    pos = 0
    for place in source.places:
        assert place.start == pos and place.end > place.start
        pos = place.end
        if raw is not None and place.offset is not None and not place.inserted:
            piece = source.text[place.start : place.end]
            if raw[place.offset : place.offset + len(piece)] != piece:
                # a character written as an escape or reference maps to where that starts
                # (a line break read as a space maps to the break)
                assert len(piece) == 1, (piece, place)
                assert raw[place.offset] in "\\&" or (
                    piece.isspace() and raw[place.offset].isspace()
                )
    assert pos == len(source.text)


def verdict(source: Source, article: str) -> list[tuple[str, object]]:
    report = quotecheck.check_text(article, sources=[source])
    return [(q.verdict.value, q.match.location if q.match else None) for q in report.quotes]


# --------------------------------------------------------------------------- PDF


def pdf_source(tmp_path: Path, columns: int = 1, lines_per_page: int = 40, **kw: object) -> Source:
    pages = typeset(
        STATEMENT[1:],
        columns=columns,
        header="Ministry of Transport - Press Office",
        lines_per_page=lines_per_page,
        heading=STATEMENT[0],
        **kw,  # type: ignore[arg-type]
    )
    return load_source(write(tmp_path, "statement.pdf", pdf_bytes(pages)))


@pytest.mark.parametrize(
    ("columns", "lines_per_page"),
    [(1, 40), (1, 6), (2, 12), (2, 4)],
    ids=["one-page", "multi-page", "two-column", "two-column-multi-page"],
)
def test_pdf_reads_statement(tmp_path: Path, columns: int, lines_per_page: int) -> None:
    source = pdf_source(tmp_path, columns, lines_per_page)
    check_map(source)
    assert source.format == "pdf" and source.speaker == "Ann Lee"
    text = " ".join(source.text.split())
    for para in STATEMENT[1:]:
        assert para in text  # reading order kept across columns and pages, hyphens joined
    pages = {p.page for p in source.places}
    assert (len(pages) > 1) == (lines_per_page < 10)
    # A header repeated on every page is furniture (on one page it cannot be told from text).
    assert ("Press Office" in text) == (len(pages) == 1)
    assert not any(line.strip().isdigit() for line in source.text.splitlines())  # page numbers


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["The reconstruc-", "tion goes on."], "The reconstruction goes on."),
        (["Carriers from non-", "European ports stay."], "from non-European ports"),
        (
            ["The well-known timetable stays, the well-", "known fares too."],
            "the well-known fares",
        ),
        (["Prices rose 5 -", "and fell."], "5 - and fell"),
    ],
    ids=["joined", "before-capital", "known-compound", "not-a-hyphen"],
)
def test_pdf_hyphenation(tmp_path: Path, lines: list[str], expected: str) -> None:
    page = Page([Line(56, 700 - 15 * i, t) for i, t in enumerate(lines)])
    source = load_source(write(tmp_path, "h.pdf", pdf_bytes([page])), speaker="Ann Lee")
    assert expected in source.text
    check_map(source)


def test_pdf_multi_page_hyphenation(tmp_path: Path) -> None:
    """A word split across a page break, under a running header and above page numbers."""
    pages = [
        Page(
            [
                Line(56, 750, "Ministry - Press Office"),
                Line(56, 700, "We will recon-"),
                Line(300, 40, "1"),
            ]
        ),
        Page(
            [
                Line(56, 750, "Ministry - Press Office"),
                Line(56, 700, "struct the pier."),
                Line(300, 40, "2"),
            ]
        ),
    ]
    source = load_source(write(tmp_path, "p.pdf", pdf_bytes(pages)), speaker="Ann Lee")
    assert source.text == "We will reconstruct the pier."
    at = source.text.index("struct")
    assert (
        locate(source, at, at + 6) == locate(source, at - 5, at + 6).model_copy(update={"page": 1})
        or locate(source, at, at + 6).page == 2
    )  # type: ignore[union-attr]


def test_pdf_location_in_evidence(tmp_path: Path) -> None:
    source = pdf_source(tmp_path, 1, 6)
    art = (
        "“Nobody will be moved out of their home without their consent,” Ann Lee said. "
        "Lee added: “The bridge is unsafe.”"
    )
    (v1, loc1), (v2, _) = verdict(source, art)
    assert v1 == "verbatim" and v2 == "altered"
    at = source.text.index("Nobody will be moved")
    place = locate(source, at, at + 10)
    assert place is not None and place.page == 2 and place.line == 2  # after the header
    assert loc1 == place


def test_pdf_columns_are_read_in_order(tmp_path: Path) -> None:
    left = ["Left column opens the statement", "and carries on to its end."]
    right = ["Right column follows after it", "and closes the statement."]
    page = Page(
        [Line(56, 700 - 15 * i, t) for i, t in enumerate(left)]
        + [Line(330, 700 - 15 * i, t) for i, t in enumerate(right)]
    )
    source = load_source(write(tmp_path, "cols.pdf", pdf_bytes([page])), speaker="Ann Lee")
    assert " ".join(source.text.split()) == " ".join([*left, *right])
    assert [p.line for p in source.places if not p.inserted] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("pages", "error", "needle"),
    [
        ([Page(scanned=True), Page(scanned=True)], NoTextLayer, "no text layer"),
        (None, SourceFormatError, "not a readable PDF"),
    ],
    ids=["scanned", "damaged"],
)
def test_pdf_errors(tmp_path: Path, pages: list[Page] | None, error: type, needle: str) -> None:
    data = pdf_bytes(pages) if pages else b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
    p = write(tmp_path, "bad.pdf", data)
    with pytest.raises(error) as info:
        load_source(p)
    assert needle in str(info.value) and "bad.pdf" in str(info.value)
    assert info.value.code in ("E120", "E121")


def test_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real = builtins.__import__

    def fake(name: str, *args: object, **kw: object) -> object:
        if name.startswith("pdfminer"):
            raise ImportError(name)
        return real(name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake)
    monkeypatch.setattr("importlib.import_module", lambda name: fake(name))
    p = write(tmp_path, "s.pdf", pdf_bytes(typeset(["Some words."])))
    with pytest.raises(MissingExtra) as info:
        load_source(p)
    assert "quotecheck[pdf]" in str(info.value) and info.value.code == "E122"


# --------------------------------------------------------------------------- subtitles

SRT = """1
00:14:30,000 --> 00:14:32,500
<v Ann Lee>Good evening. We will not raise

2
00:14:32,400 --> 00:14:36,000
the harbour toll this year, and the bridge
is safe.

3
00:14:36,100 --> 00:14:39,000
BOB RAY: That is not what you said in May.

4
00:14:39,000 --> 00:14:41,000
- It is exactly what I said.
"""

VTT_VOICES = """WEBVTT

00:00:05.000 --> 00:00:09.000
<v Ann Lee>We will not raise the harbour toll</v>

00:00:07.500 --> 00:00:10.000
<v Bob Ray>You said the opposite in May.

00:00:09.000 --> 00:00:12.000
<v Ann Lee>this year, and I said so in May &amp; June.
"""

AUTO = """WEBVTT
Kind: captions
Language: en

00:00:01.000 --> 00:00:03.000
we will not raise the harbour

00:00:03.000 --> 00:00:03.010
we will not raise the harbour

00:00:03.010 --> 00:00:05.000
we will not raise the harbour
toll this year<00:00:03.500><c> and</c><c> the</c> bridge is safe
"""


@pytest.mark.parametrize(
    ("name", "raw", "speaker", "article", "expected"),
    [
        (
            "split-mid-sentence.srt",
            SRT,
            None,
            "“We will not raise the harbour toll this year,” Ann Lee said.",
            [("verbatim", 870.0, 876.0)],
        ),
        (
            "labels-and-dashes.srt",
            SRT,
            None,
            "Bob Ray said: “That is what you said in May.”",
            [("altered", 876.1, 879.0)],
        ),
        (
            "overlapping-voices.vtt",
            VTT_VOICES,
            None,
            "“We will not raise the harbour toll this year,” Ann Lee said.",
            [("verbatim", 5.0, 12.0)],
        ),
        (
            "voice-misattributed.vtt",
            VTT_VOICES,
            None,
            "“You said the opposite in May,” Ann Lee said.",
            [("misattributed", 7.5, 10.0)],
        ),
        (
            "auto-captions.vtt",
            AUTO,
            "Ann Lee",
            "“We will not raise the harbour toll this year,” Ann Lee said.",
            [("verbatim", 1.0, 5.0)],
        ),
        (
            "auto-captions-altered.vtt",
            AUTO,
            "Ann Lee",
            "“We will raise the harbour toll this year,” Ann Lee said.",
            [("altered", 1.0, 5.0)],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and v.endswith(("srt", "vtt")) else "",
)
def test_subtitles(
    tmp_path: Path,
    name: str,
    raw: str,
    speaker: str | None,
    article: str,
    expected: list[tuple[str, float, float]],
) -> None:
    p = write(tmp_path, name, raw)
    source = load_source(p, speaker=speaker)
    check_map(source, raw)
    got = verdict(source, article)
    assert [
        (v, loc.start_time, loc.end_time)  # type: ignore[attr-defined]
        for v, loc in got
    ] == expected


def test_subtitle_turns_and_text(tmp_path: Path) -> None:
    source = load_source(write(tmp_path, "a.srt", SRT))
    assert source.kind == "transcript" and source.speaker is None
    assert source.text.split("\n") == [
        "Good evening. We will not raise the harbour toll this year, and the bridge is safe.",
        "That is not what you said in May.",
        "It is exactly what I said.",
    ]
    assert [t.speaker for t in source.turns] == ["Ann Lee", "Bob Ray", None]
    vtt = load_source(write(tmp_path, "b.vtt", VTT_VOICES))
    assert "May & June" in vtt.text  # character references decoded, mapped to the reference
    # Ann Lee's sentence goes on over Bob Ray's interjection: it is read before it
    assert [t.speaker for t in vtt.turns] == ["Ann Lee", "Bob Ray"]
    auto = load_source(write(tmp_path, "c.vtt", AUTO))
    assert auto.text == "we will not raise the harbour toll this year and the bridge is safe"


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("broken.srt", "1\nnot a time\nHello\n"),
        ("broken.vtt", "Not a caption file\n\nHi\n"),
    ],
)
def test_subtitle_errors(tmp_path: Path, name: str, raw: str) -> None:
    with pytest.raises(SourceFormatError) as info:
        load_source(write(tmp_path, name, raw))
    assert name in str(info.value) and info.value.code == "E120"


# --------------------------------------------------------------------------- timed JSON

TIMED = {
    "title": "Harbour hearing",
    "date": "2026-03-02",
    "speakers": {"SPEAKER_00": "Ann Lee", "SPEAKER_01": "Bob Ray"},
    "segments": [
        {
            "speaker": "SPEAKER_00",
            "start": 870.0,
            "end": 878.5,
            "text": " Good evening. We will not raise the harbour toll this year, caf\u00e9s too.",
            "words": [
                {"word": "Good", "start": 870.0, "end": 870.3},
                {"word": "evening.", "start": 870.3, "end": 871.0},
                {"word": "We", "start": 872.0, "end": 872.2},
                {"word": "will", "start": 872.2, "end": 872.5},
                {"word": "not", "start": 872.5, "end": 872.9},
                {"word": "raise", "start": 872.9, "end": 873.4},
            ],
        },
        {"speaker": "SPEAKER_01", "start": 879.0, "end": 881.0, "text": "Is that a promise?"},
        {"speaker": "SPEAKER_00", "start": 881.2, "end": 884.0, "text": "It is a promise."},
        {"start": 884.0, "end": 886.5, "text": "The bridge is safe."},
    ],
}


def test_timed_transcript(tmp_path: Path) -> None:
    raw = json.dumps(TIMED, indent=1)  # \u00e9 escapes in the file: offsets must allow for them
    assert "\\u00e9" in raw
    source = load_source(write(tmp_path, "hearing.json", raw))
    check_map(source, raw)
    assert source.format == "transcript-json" and source.date == "2026-03-02"
    assert [t.speaker for t in source.turns if not t.quoted] == ["Ann Lee", "Bob Ray", "Ann Lee"]
    got = verdict(source, "“We will not raise the harbour toll this year,” Ann Lee said.")
    assert got[0][0] == "verbatim"
    loc = got[0][1]
    assert loc.start_time == 872.0 and loc.end_time == 878.5  # type: ignore[attr-defined]
    # Ann Lee's words with a negation she did not say: not hers, so no accusation (QC302)
    got = verdict(source, "“It is not a promise,” Bob Ray said.")
    assert got[0][0] == "unverifiable"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ("{", "not valid JSON"),
        ('{"items": []}', "not a timed transcript"),
        ('{"segments": [{"text": "a", "start": "x", "end": 1}]}', "segments[0].start"),
        ('{"segments": [{"text": "a", "start": 5, "end": 1}]}', "ends (1.0) before"),
        ('[{"text": 3, "start": 0, "end": 1}]', "segments[0].text"),
    ],
)
def test_timed_errors(tmp_path: Path, data: str, needle: str) -> None:
    with pytest.raises(SourceFormatError) as info:
        load_source(write(tmp_path, "t.json", data))
    assert needle in str(info.value) and "t.json" in str(info.value)


# --------------------------------------------------------------------------- web pages

PAGE = """<!doctype html><html><head><title>Harbour statement &ndash; Ministry</title>
<meta name="author" content="Press Office">
<meta property="article:published_time" content="2026-03-02"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/jobs">Jobs</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>Statement by Minister Ann Lee on the harbour toll</h1>
<p>We will <b>not</b> raise the harbour toll this year. The bridge is safe &amp; sound, and the
harbour plan goes on as agreed with the towns along the coast.</p>
<p>Nobody will be moved out of their home without their consent, and every household will be
heard before any decision is taken.</p>
</article>
<aside><h2>More from the ministry</h2>
<ul><li><a href="/a">Rail timetable changes</a></li></ul></aside>
<footer>Copyright 2026 Ministry of Transport. Privacy policy. Contact.</footer></body></html>
"""


def test_web_page(tmp_path: Path) -> None:
    source = load_source(write(tmp_path, "statement.html", PAGE))
    check_map(source, PAGE)
    assert source.format == "web" and source.speaker == "Ann Lee"
    assert source.date == "2026-03-02" and source.author == "Press Office" and source.title
    assert "cookies" not in source.text and "Privacy" not in source.text
    assert "safe & sound" in source.text
    got = verdict(source, "“We will raise the harbour toll this year,” Ann Lee said.")
    assert got[0] == ("altered", None)  # a web page has no page or time to show


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.pdf", b"%PDF-1.7", "pdf"),
        ("scan.bin", b"%PDF-1.4", "pdf"),
        ("a.srt", b"", "srt"),
        ("captions.txt", b"1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"),
        ("a.vtt", b"", "vtt"),
        ("captions", b"WEBVTT\n\n00:01.000 --> 00:02.000\nHi", "vtt"),
        ("hearing.json", b'{"segments": []}', "transcript-json"),
        ("hearing.txt", b'{"title": "x", "segments": [', "transcript-json"),
        ("page.html", b"<!doctype html><html><body>", "web"),
        ("page.txt", b"<html><body><p>x</p>", "web"),
        ("ours.html", b'<html><head><meta name="quotecheck:speaker" content="A">', "text"),
        ("statement.txt", b"Statement by Ann Lee\n", "text"),
        ("statement.md", b"---\nspeaker: Ann Lee\n---\n", "text"),
    ],
)
def test_detect_source_format(name: str, head: bytes, expected: str) -> None:
    assert detect_source_format(name, head) == expected


def test_declared_format_wins(tmp_path: Path) -> None:
    p = write(tmp_path, "captions.txt", SRT.replace("1\n00:14:30", "  1\n00:14:30", 1))
    source = quotecheck.load_source(p, format="srt", url="https://example.org/v?id=7")
    assert source.format == "srt" and source.url == "https://example.org/v?id=7"
    report = quotecheck.check_text("“It is exactly what I said,” Lee said.", sources=[source])
    loc = report.quotes[0].match.location  # type: ignore[union-attr]
    assert loc is not None and loc.url == "https://example.org/v?id=7&t=879"
    with pytest.raises(SourceFormatError, match="unknown source format"):
        quotecheck.load_source(p, format="docx")


# --------------------------------------------------------------------------- declarations


@pytest.mark.parametrize("where", ["front-matter", "config"])
def test_format_declared_for_lint(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    """A caption file saved as .txt (its first line indented, so content does not tell) is
    read as SRT when the article's entry or the configuration says so."""
    from quotecheck.cli import main

    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "articles").mkdir()
    write(root / "sources", "captions.txt", " " + SRT)
    entry = (
        "{path: ../sources/captions.txt, format: srt, occasion: harbour hearing, "
        "url: 'https://video.example/w?v=1'}"
    )
    body = "“That is what you said in May,” Bob Ray said.\n"
    if where == "front-matter":
        write(root, "quotecheck.toml", "")
        write(root / "articles", "a.md", f"---\nquotecheck:\n  sources: [{entry}]\n---\n{body}")
    else:
        write(
            root,
            "quotecheck.toml",
            '[sources]\n"articles/*.md" = [{ path = "sources/captions.txt", format = "srt", '
            'url = "https://video.example/w?v=1" }]\n',
        )
        write(root / "articles", "a.md", body)
    monkeypatch.chdir(root)
    code = main(["check", "articles", "-f", "json", "--no-progress", "--fail-level", "warning"])
    out, err = capsys.readouterr()
    assert code == 1, err
    quote = json.loads(out)["articles"][0]["quotes"][0]
    assert quote["verdict"] == "altered" and quote["match"]["speaker"] == "Bob Ray"
    assert quote["match"]["location"] == {
        "page": None,
        "line": None,
        "start_time": 876.1,
        "end_time": 879.0,
        "url": "https://video.example/w?v=1&t=876",
    }


def test_unreadable_declared_source_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scanned PDF declared as a source is QC501 naming the problem, not a crash."""
    from quotecheck.cli import main

    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    write(root, "quotecheck.toml", "")
    write(root / "sources", "scan.pdf", pdf_bytes([Page(scanned=True)]))
    write(root, "a.md", "---\nquotecheck:\n  sources: [sources/scan.pdf]\n---\n“Hi,” Ann said.\n")
    monkeypatch.chdir(root)
    main(["check", "a.md", "-f", "json", "--no-progress"])
    out, _ = capsys.readouterr()
    messages = [f["message"] for f in json.loads(out)["articles"][0]["findings"]]
    assert any("no text layer" in m and "E121" in m for m in messages), messages


def test_folder_of_sources_includes_pdf_and_subtitles(tmp_path: Path) -> None:
    from quotecheck.batch import source_files

    write(tmp_path, "statement.pdf", pdf_bytes(typeset(["Some words."])))
    write(tmp_path, "hearing.srt", SRT)
    write(tmp_path, "hearing.json", json.dumps(TIMED))
    write(tmp_path, "manifest.json", '{"files": []}')  # not a transcript: not a source
    write(tmp_path, "notes.txt", "Statement by Ann Lee\n")
    names = [Path(p).name for p in source_files(tmp_path)]
    assert names == ["hearing.json", "hearing.srt", "notes.txt", "statement.pdf"]


def test_batch_records_carry_the_location(tmp_path: Path) -> None:
    from quotecheck.batch import BatchIndex, check_batch

    src = write(tmp_path, "hearing.srt", SRT)
    index = BatchIndex.from_paths([str(src)])
    rows = check_batch(
        [{"id": "a", "text": "“That is what you said in May,” Bob Ray said."}], index
    )
    loc = json.loads(rows[0]["match_location"])
    assert (loc["start_time"], loc["end_time"]) == (876.1, 879.0)


@pytest.mark.parametrize(
    ("name", "raw", "text"),
    [
        (
            "styled.vtt",
            "WEBVTT - hearing\n\nSTYLE\n::cue { color: yellow }\n\nNOTE written by hand\n\n"
            "intro\n00:01.000 --> 00:03.000 position:10% align:start\n"
            "<c.yellow>We will</c> <b>not</b> raise\n\n"
            "00:03.000 --> 00:05.000\nthe toll. [Applause] ♪\n",
            "We will not raise the toll.",
        ),
        (
            "positioned.srt",
            '1\n00:00:01,000 --> 00:00:03,000\n{\\an8}<font color="#fff">We will not</font>\n\n'
            "2\n00:00:03,000 --> 00:00:05,000\n(LAUGHTER) raise the toll.\n",
            "We will not raise the toll.",
        ),
        (
            "broadcast.vtt",
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n>> ANN LEE: We will not raise\n\n"
            "00:00:03.000 --> 00:00:05.000\nthe toll.\n>> Is that a promise?\n",
            "We will not raise the toll.\nIs that a promise?",
        ),
    ],
)
def test_subtitle_markup(tmp_path: Path, name: str, raw: str, text: str) -> None:
    source = load_source(write(tmp_path, name, raw), speaker="Ann Lee")
    assert source.text == text
    check_map(source, raw)


@pytest.mark.parametrize(
    ("starts", "length", "spans"),
    [
        ([], 10, ()),
        ([(0, "A")], 10, ((0, 10, "A"),)),
        ([(0, "A"), (4, None), (7, "B")], 10, ((0, 4, "A"), (4, 7, None), (7, 10, "B"))),
        ([(0, "A"), (0, "B"), (10, "C")], 10, ((0, 10, "B"),)),  # empty turns are dropped
    ],
)
def test_turn_spans_run_to_the_next_turn(
    starts: list[tuple[int, str | None]],
    length: int,
    spans: tuple[tuple[int, int, str | None], ...],
) -> None:
    assert turn_spans(starts, length) == spans
