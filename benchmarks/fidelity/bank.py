"""Run the mutation bank through quotecheck and score each kind."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.fidelity.mutations import CONTROL_KINDS, MEANING_KINDS, Mutation


@dataclass
class Outcome:
    """What quotecheck said about one mutation."""

    mutation: Mutation
    verdict: str
    edits: tuple[str, ...]
    codes: tuple[str, ...]
    alarm_codes: tuple[str, ...]
    """Codes of warning or error level."""
    quotes: int
    speaker: str | None

    @property
    def verdict_ok(self) -> bool:
        return self.verdict in self.mutation.verdicts

    @property
    def kind_ok(self) -> bool:
        m = self.mutation
        return (m.edit is None or m.edit in self.edits) and (m.code is None or m.code in self.codes)

    @property
    def caught(self) -> bool:
        return self.quotes == 1 and self.verdict_ok and self.kind_ok

    @property
    def false_alarm(self) -> bool:
        return self.quotes != 1 or not self.verdict_ok or bool(self.alarm_codes)


@dataclass
class KindStats:
    kind: str
    n: int = 0
    verdict_ok: int = 0
    kind_ok: int = 0
    caught: int = 0
    false_alarms: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)


def run_bank(bank: Sequence[Mutation], checker: Any) -> list[Outcome]:
    """Check every mutation's article with one :class:`quotecheck.Checker`."""
    from quotecheck.inputs.document import make_document
    from quotecheck.models import Level

    out: list[Outcome] = []
    for i, m in enumerate(bank):
        report = checker.check_document(make_document(m.article, path=f"mutation-{i}.txt"))
        qs = report.quotes
        q = qs[0] if qs else None
        if q is None:
            out.append(Outcome(m, "none", (), (), (), 0, None))
            continue
        alarms = tuple(f.code for f in q.findings if f.level in (Level.WARNING, Level.ERROR))
        out.append(
            Outcome(
                m,
                q.verdict.value,
                tuple(e.kind.value for e in q.edits),
                q.codes,
                alarms,
                len(qs),
                q.speaker,
            )
        )
    return out


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Per-kind counts, the catch rate over meaning-changing kinds and the false-alarm rate."""
    stats: dict[str, KindStats] = {}
    for o in outcomes:
        st = stats.setdefault(o.mutation.kind, KindStats(o.mutation.kind))
        st.n += 1
        st.verdict_ok += o.quotes == 1 and o.verdict_ok
        st.kind_ok += o.quotes == 1 and o.kind_ok
        st.caught += o.caught
        st.false_alarms += o.false_alarm
        st.verdicts[o.verdict] = st.verdicts.get(o.verdict, 0) + 1
    meaning = [s for k, s in stats.items() if k in MEANING_KINDS]
    controls = [s for k, s in stats.items() if k in CONTROL_KINDS]
    n_meaning = sum(s.n for s in meaning)
    n_controls = sum(s.n for s in controls)
    return {
        "kinds": {
            k: {
                "n": s.n,
                "verdict_right": s.verdict_ok,
                "edit_kind_right": s.kind_ok,
                "caught": s.caught,
                "catch_rate": round(s.caught / s.n, 4) if s.n else None,
                "false_alarms": s.false_alarms,
                "verdicts": dict(sorted(s.verdicts.items())),
            }
            for k, s in stats.items()
        },
        "meaning_changing": {
            "n": n_meaning,
            "caught": sum(s.caught for s in meaning),
            "catch_rate": round(sum(s.caught for s in meaning) / n_meaning, 4)
            if n_meaning
            else None,
        },
        "controls": {
            "n": n_controls,
            "false_alarms": sum(s.false_alarms for s in controls),
            "false_alarm_rate": round(sum(s.false_alarms for s in controls) / n_controls, 4)
            if n_controls
            else None,
        },
    }


def timed_run(bank: Sequence[Mutation], checker: Any) -> tuple[list[Outcome], float]:
    t0 = time.perf_counter()
    out = run_bank(bank, checker)
    return out, time.perf_counter() - t0
