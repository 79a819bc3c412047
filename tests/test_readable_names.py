"""Messages name people as the article writes them, not as a transcript's capitals label;
the evidence keeps the label (sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck

DEBATE = (
    "---\noccasion: harbour council debate\n---\n"
    "MODERATOR: Welcome to the debate on the harbour.\n\n"
    "OKAFOR: The harbour tax has doubled in four years and families are paying for it.\n\n"
    "LINDQVIST: My opponent wants to sell the harbour. We will keep the tax where it is and "
    "fix the pier.\n\n"
    "OKAFOR: That is simply not true, and the voters know it.\n"
)


@pytest.mark.parametrize(
    ("article", "named"),
    [
        (
            "At the harbour council debate, the candidates clashed over taxes.\n\n"
            "Grace Okafor, the challenger, made her case. "
            '"We will keep the tax where it is and fix the pier," Okafor said.\n',
            "to Grace Okafor, but in the source Lindqvist says them",
        ),
        (
            "At the harbour council debate, the candidates clashed over taxes.\n\n"
            '"We will keep the tax where it is and fix the pier," Okafor said.\n',
            "to Okafor, but in the source Lindqvist says them",
        ),
    ],
)
def test_misattribution_message_names_people_as_written(article: str, named: str) -> None:
    src = quotecheck.make_source(DEBATE, id="debate.txt")
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == "misattributed"
    assert q.match is not None and q.match.speaker == "LINDQVIST"  # the evidence keeps the label
    (finding,) = [f for f in q.findings if f.code == "QC201"]
    assert named in finding.message
    assert "OKAFOR" not in finding.message and "LINDQVIST" not in finding.message
