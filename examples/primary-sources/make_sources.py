"""Generate the primary sources of this example from the invented text below.

    python examples/primary-sources/make_sources.py

writes ``sources/port-statement.pdf`` (a two-page statement with a running header, page
numbers and hyphenated line ends), ``sources/council-hearing.srt`` (captions of a council
hearing, sentences split across cues, speaker labels and dashes) and
``sources/radio-interview.json`` (a timed transcript with speaker segments and word times).
Every word is invented for this example; the PDF is written by the repository's own minimal
writer (``benchmarks/common/minipdf.py``).  The files are committed, so running this again
must reproduce them byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for benchmarks.common

from benchmarks.common.minipdf import pdf_bytes, typeset  # noqa: E402

STATEMENT_HEADING = "Statement by Tove Hallin, Director of the Vessby Port Authority"
STATEMENT = [
    "Vessby, 12 March 2026. The Port Authority has completed its review of the northern quay "
    "and of the dredging works that were halted in January.",
    "The dredging of the northern channel will resume on 2 April under new environmental "
    "conditions. Sediment will be monitored every week by an independent laboratory, and the "
    "results will be published on the authority's website within three working days.",
    "We underestimated the disruption to the fishing cooperatives, and we regret it. The "
    "compensation scheme will be extended to every licensed vessel registered in Vessby, not "
    "only to the members of the cooperatives.",
    "The northern quay will handle 1,900 container movements a month once the works are "
    "finished. That is fewer than the original plan foresaw, because the authority has "
    "decided to keep the western basin open to small boats.",
    "Our commitment is unambiguous: no berth will be privatised, and the harbour will remain "
    "in public ownership for as long as this authority exists.",
    "Questions about the extraordinarily complicated permitting procedure should be addressed "
    "to the press office of the Port Authority.",
]

HEARING = [  # (start seconds, end seconds, caption lines)
    (5.0, 8.2, ["ANDERS BREK: Madam Mayor, the dredging", "was stopped twice last year."]),
    (8.2, 11.6, ["Why should the town believe", "it will not be stopped again?"]),
    (12.0, 15.5, ["SIGRID VALE: Because this time the", "conditions are written into"]),
    (15.5, 19.0, ["the permit itself, and the laboratory", "reports to the council, not to"]),
    (19.0, 21.4, ["the Port Authority."]),
    (21.0, 23.0, ["- That is a promise you cannot keep."]),
    (23.2, 27.5, ["- It is a promise I have", "already kept in the budget."]),
]

INTERVIEW = {
    "title": "Morning interview, Radio Vessby",
    "date": "2026-03-14",
    "occasion": "morning interview on Radio Vessby",
    "speakers": {"SPEAKER_00": "Maja Ek", "SPEAKER_01": "Sigrid Vale"},
    "segments": [
        {
            "speaker": "SPEAKER_00",
            "start": 862.4,
            "end": 866.0,
            "text": "Mayor Vale, will the fishing cooperatives get their money this year?",
        },
        {
            "speaker": "SPEAKER_01",
            "start": 866.5,
            "end": 874.2,
            "text": "Every licensed vessel will be compensated before the summer season, "
            "and nobody will have to apply twice.",
            "words": [
                {"word": "Every", "start": 866.5, "end": 866.9},
                {"word": "licensed", "start": 866.9, "end": 867.4},
                {"word": "vessel", "start": 867.4, "end": 867.8},
                {"word": "will", "start": 867.8, "end": 868.0},
                {"word": "be", "start": 868.0, "end": 868.1},
                {"word": "compensated", "start": 868.1, "end": 868.9},
                {"word": "before", "start": 868.9, "end": 869.3},
                {"word": "the", "start": 869.3, "end": 869.4},
                {"word": "summer", "start": 869.4, "end": 869.8},
                {"word": "season,", "start": 869.8, "end": 870.5},
            ],
        },
        {
            "speaker": "SPEAKER_00",
            "start": 874.6,
            "end": 877.1,
            "text": "And the western basin?",
        },
        {
            "speaker": "SPEAKER_01",
            "start": 877.4,
            "end": 883.0,
            "text": "The western basin stays open to small boats. We are not going to sell it.",
        },
    ],
}


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt_text() -> str:
    """The hearing's captions as SRT."""
    return "\n".join(
        f"{i}\n{_clock(a)} --> {_clock(b)}\n" + "\n".join(lines) + "\n"
        for i, (a, b, lines) in enumerate(HEARING, 1)
    )


def main() -> None:
    out = HERE / "sources"
    out.mkdir(exist_ok=True)
    pages = typeset(
        STATEMENT,
        header="Vessby Port Authority - Press Office",
        heading=STATEMENT_HEADING,
        lines_per_page=12,
    )
    (out / "port-statement.pdf").write_bytes(pdf_bytes(pages, title="Statement on the quay"))
    (out / "council-hearing.srt").write_text(srt_text(), encoding="utf-8")
    (out / "radio-interview.json").write_text(
        json.dumps(INTERVIEW, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
