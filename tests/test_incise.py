"""A reporter's incise inside the quote marks (French « …, a rappelé la maire, … », Spanish
«… —dijo el concejal— …») is the reporter's cue, not quoted words: the quote is split there
(quotecheck.extract.incise), so a faithful quote is not `altered` "added “a rappelé la maire”"
and --fix never deletes the attribution (red team 21 F11).  Languages whose press closes the
marks before the cue (English) keep such words as the quote's."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.extract.incise import split_incises
from quotecheck.lang import get_language
from quotecheck.scanner import scan


def _pieces(text: str, code: str) -> list[str]:
    scanned = scan(text)
    split_incises(text, scanned.quotes, get_language(code))
    return [text[q.start : q.end].strip() for q in scanned.quotes]


@pytest.mark.parametrize(
    ("code", "text", "pieces"),
    [
        (
            "fr",
            "« Le quai nord, a rappelé la préfète, sera fermé en mars. »",
            ["Le quai nord", "sera fermé en mars."],
        ),
        (
            "fr",
            "« Le quai nord, a-t-elle expliqué, sera fermé en mars. »",
            ["Le quai nord", "sera fermé en mars."],
        ),
        (
            "fr",
            "« Personne, assure le conseiller Marc Vidal, ne veut ce pont. »",
            ["Personne", "ne veut ce pont."],
        ),
        (
            "es",
            "«El muelle norte —dijo la jefa del puerto— cerrará en marzo».",
            ["El muelle norte", "cerrará en marzo"],
        ),
        (
            "es",
            "«Nadie quiere el puente —ha dicho Marta Sanz—. Pero lo pagaremos».",
            ["Nadie quiere el puente", "Pero lo pagaremos"],
        ),
        (
            "es",
            "«El muelle, dijo el alcalde, cerrará en marzo».",
            ["El muelle", "cerrará en marzo"],
        ),
    ],
    ids=["fr-compound", "fr-inversion", "fr-present", "es-dashes", "es-perfect", "es-commas"],
)
def test_an_incise_splits_the_quote(code: str, text: str, pieces: list[str]) -> None:
    assert _pieces(text, code) == pieces


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # The speaker's own words between commas: no reporting verb opens them.
        ("fr", "« Le quai nord, celui des pêcheurs, sera fermé en mars. »"),
        # First person: the speaker reports herself.
        ("fr", "« Le quai nord, ai-je dit, sera fermé en mars. »"),
        ("es", "«El muelle, dije yo, cerrará en marzo»."),
        # A cue with nothing quoted after it closes the quote.
        ("es", "«El muelle cerrará en marzo, dijo»."),
        # English papers close the marks before the cue: words inside them are the quote's.
        ("en", "“The north quay, the chair said, will close in March.”"),
    ],
    ids=["fr-apposition", "fr-first-person", "es-first-person", "es-trailing", "en"],
)
def test_no_incise_no_split(code: str, text: str) -> None:
    assert len(_pieces(text, code)) == 1


SOURCE = """---
kind: transcript
date: 2026-11-02
---
LA PRÉFÈTE DUBREUIL : Bonjour. Le quai nord sera fermé en mars pour des travaux. Les bateaux \
iront au quai sud.
"""


def _article(quote: str) -> str:
    return (
        "---\ntitle: Le port\ndate: 2026-11-03\nquotecheck:\n  sources:\n    - path: p.txt\n---\n"
        "La préfète, Claire Dubreuil, a présenté le plan lundi.\n\n"
        f"{quote}\n"
    )


@pytest.mark.parametrize(
    "quote",
    [
        "« Le quai nord, a rappelé la préfète, sera fermé en mars pour des travaux. »",
        "« Le quai nord, a rappelé la préfète, sera fermé en juin pour des travaux. »",
    ],
    ids=["faithful", "changed"],
)
def test_fix_keeps_the_incise(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    quote: str,
) -> None:
    (tmp_path / "p.txt").write_text(SOURCE, encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(_article(quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "a.md", "--language", "fr", "--fix", "--no-progress", "--no-cache"])
    capsys.readouterr()
    fixed = article.read_text(encoding="utf-8")
    assert ", a rappelé la préfète," in fixed
    assert "sera fermé en mars pour des travaux" in fixed


def test_a_faithful_quote_with_an_incise_is_not_altered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_text(SOURCE, encoding="utf-8")
    quote = "« Le quai nord, a rappelé la préfète, sera fermé en mars pour des travaux. »"
    (tmp_path / "a.md").write_text(_article(quote), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "a.md", "--language", "fr", "-f", "json", "--no-progress", "--no-cache"])
    out = capsys.readouterr().out
    assert '"altered"' not in out
    assert "a rappelé la préfète" not in out.split('"text"')[1].split("\n")[0]
