"""Reading files: decoding errors name the file; markup is masked without moving offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.errors import BinaryFileError, DecodeError, FileNotFound, FrontMatterError, NotAFile
from quotecheck.extract import extract_quotes
from quotecheck.inputs.document import make_document
from quotecheck.inputs.sources import make_source
from quotecheck.inputs.text import read_text


def test_bom_is_removed(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfHello")
    assert read_text(p) == "Hello"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("„Grüße“".encode("utf-16"))
    assert read_text(p) == "„Grüße“"


@pytest.mark.parametrize(
    ("content", "error", "needle"),
    [
        (b"abc\xff\xfe", DecodeError, "not valid UTF-8"),
        (b"ab\x00cd", BinaryFileError, "NUL"),
    ],
)
def test_bad_bytes(tmp_path: Path, content: bytes, error: type, needle: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(error) as info:
        read_text(p)
    assert needle in str(info.value) and "bad.txt" in str(info.value)


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFound):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(NotAFile):
        read_text(tmp_path)


def test_markdown_view_keeps_offsets() -> None:
    raw = '---\ntitle: x\n---\n# Head\n\nShe said "*really* [big](http://x.org)" today.\n'
    doc = make_document(raw, path="a.md")
    assert len(doc.view) == len(raw)
    assert doc.meta == {"title": "x"}
    assert "http" not in doc.view and "*" not in doc.view
    # The opening mark touches blanked emphasis: the view moves it onto the markup so that
    # it opens the quote, and its raw span still starts at the raw mark.
    at = doc.view.index('"')
    assert doc.mark_spans[at] == (raw.index('"'), raw.index('"') + 2)


def test_html_entities_and_tags() -> None:
    raw = "<p>She said &ldquo;<em>yes</em>&rdquo; today.</p>"
    doc = make_document(raw, path="a.html")
    assert len(doc.view) == len(raw)
    assert "<" not in doc.view
    assert "“" in doc.view and "”" in doc.view


def test_html_meta_declares_sources() -> None:
    raw = '<meta name="quotecheck:source" content="s.txt"><p>x</p>'
    doc = make_document(raw, path="a.html")
    assert doc.meta == {"quotecheck": {"source": "s.txt"}}


def test_bad_front_matter_is_an_error() -> None:
    with pytest.raises(FrontMatterError):
        make_document("---\n: [\n---\nbody", path="a.md")


def test_source_speaker_from_front_matter_and_byline() -> None:
    s = make_source("---\nspeaker: Ann Lee\naliases: [A. Lee]\n---\nWe are ready.")
    assert (s.speaker, s.speaker_origin, s.aliases) == ("Ann Lee", "front-matter", ("A. Lee",))
    s = make_source("Statement by Minister Ann Lee on roads\n\nWe are ready.")
    assert (s.speaker, s.speaker_origin) == ("Ann Lee", "byline")
    s = make_source("We are ready.")
    assert s.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Statement by Ann Lee\n\nWe are ready.", "Ann Lee"),
        ("Statement by Ann Lee\nWe are ready.", "Ann Lee"),
        ("Statement by Ann Lee, Mayor of Eastport\n\nThe bridge is safe.", "Ann Lee"),
        ("Press statement of Minister Ann Lee\nToday We Are Ready.", "Ann Lee"),
    ],
)
def test_a_byline_name_ends_with_its_line(text: str, speaker: str) -> None:
    assert make_source(text).speaker == speaker


def test_transcript_turns() -> None:
    s = make_source("ANN: We are ready.\nBOB: We are not.\nANN: Yes we are.\n", kind="transcript")
    assert [t.speaker for t in s.turns] == ["ANN", "BOB", "ANN"]


def test_source_internal_quotes_are_not_the_speakers() -> None:
    s = make_source('Critics called it "a waste". It is not.', speaker="Ann Lee")
    quoted = [t for t in s.turns if t.quoted]
    assert len(quoted) == 1 and s.text[quoted[0].start : quoted[0].end] == "a waste"


@pytest.mark.parametrize(
    ("raw", "inside", "marks"),
    [
        ("''We are done,'' said Ann Lee.", ["We are done,"], [("''", "''")]),
        ("He wrote ``Plain words,'' she said.", ["Plain words,"], [("``", "''")]),
        ("A so-called ''quiet deal'' was struck.", ["quiet deal"], [("''", "''")]),
        ("Paste '' into the box and rock''n roll.", [], []),
        ("Three ''' marks stay as they are.", [], []),
    ],
)
def test_doubled_typewriter_marks_stand_for_a_double_mark(
    raw: str, inside: list[str], marks: list[tuple[str, str]]
) -> None:
    doc = make_document(raw)
    assert len(doc.view) == len(raw)
    quotes = extract_quotes(raw)
    assert [q.text for q in quotes] == inside
    assert [(q.open_mark, q.close_mark) for q in quotes] == marks
    for q in quotes:  # offsets slice the raw text; the marks are the raw characters
        assert raw[q.start - len(q.open_mark) : q.start] == q.open_mark
        assert raw[q.end : q.end + len(q.close_mark)] == q.close_mark


@pytest.mark.parametrize(
    "body",
    [
        "speaker: Ann Lee\n",
        "speaker: Ann Lee\naliases: [the senator, Lee]\nkind: transcript\n",
        "date: 2024-03-01\npublished: 2024-03-01T10:00:00Z\nflag: yes\nn: 0x1F\nf: 1e3\n",
        "quotecheck:\n  lang: de\n  sources:\n    - path: ../s.md\n      speaker: Ida Varga\n",
        "a: &x [1, 2]\nb: *x\nempty:\nnull_: ~\ntilde: '~'\n",
        "text: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
        "bad: [unclosed\n",
        "\tindented: tab\n",
    ],
)
def test_front_matter_yaml_reads_as_safe_load(body: str) -> None:
    """The C parser gives what yaml.safe_load gives, and refuses what it refuses, alike."""
    import yaml

    from quotecheck.inputs.document import _yaml

    try:
        expected: object = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        with pytest.raises(yaml.YAMLError) as got:
            _yaml(body)
        assert str(got.value) == str(exc)
        return
    assert _yaml(body) == expected
