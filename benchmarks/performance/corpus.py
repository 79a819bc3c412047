"""A realistic editorial repository on disk, built at run time from real text.

- **Sources**: the four 2016 debate transcripts (``shared/data/debates2016-cc0``, real speech
  with speaker turns) and statements written by a word-level Markov chain trained on them
  (real-looking speech of any size, :mod:`benchmarks.common.corpus`), each with its speaker in
  front matter.
- **Articles**: narration paragraphs from the GUM Wikinews documents
  (``shared/data/gum-wikinews-quotes``, real news prose; paragraphs with quote marks left out)
  around quotes taken from the sources, in the proportions of news
  (:data:`QUOTES_PER_ARTICLE`, :data:`QUOTE_MIX`): most quotes verbatim, some with a house-style
  difference, some altered by one word, some partial, some by people with no source.
- ``quotecheck.toml`` maps every article to every source (an archive checked against a
  collection of transcripts and statements), and ``manifest.json`` lists each planted quote's
  offsets, for recall.

Nothing generated is stored in the repository; the text comes from ../shared at run time.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import debates, gum
from benchmarks.common.corpus import Markov, alter_one_word, generate

SHARED = Path(__file__).resolve().parents[3] / "shared"

QUOTES_PER_ARTICLE = (0, 0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6)
"""Drawn uniformly: 1 article in 6 quotes no one, the rest 1 to 6 quotes (mean ≈ 2.75)."""
QUOTES_PER_ARTICLE_DENSE = (3, 4, 4, 5, 5, 5, 6, 6, 7)
"""Drawn uniformly, mean 5: the cold-start bar of issue #19 (200 articles, about 1,000 quotes)."""
QUOTE_MIX = (
    ("verbatim", 55),
    ("house-style", 10),
    ("altered", 15),
    ("partial", 10),
    ("no-source", 10),
)
"""Kinds of planted quotes and their weights (per cent)."""
PARAGRAPHS = (8, 16)
"""Narration paragraphs per article (before quotes are added)."""
_UNSOURCED = ("Mara Quist", "Tobias Wren", "Ilse Marrow", "Quentin Hale")
"""Invented people quoted with no source (their quotes cannot be checked)."""
_HOUSE = (("toward", "towards"), ("percent", "per cent"), ("U.S.", "US"), ("okay", "OK"))
_MARKS = re.compile(r"[\"“”„«»]|(?<!\w)'|'(?!\w)")


class CorpusUnavailable(Exception):
    """The real text the corpus is built from is not there."""


@dataclass
class Planted:
    """One quote written into an article: where its text is, and what was done to it."""

    start: int
    end: int
    kind: str


@dataclass
class Built:
    """The corpus on disk."""

    root: Path
    articles: list[Path]
    sources: list[Path]
    planted: dict[str, list[Planted]] = field(default_factory=dict)
    source_bytes: int = 0

    def subset(self, n: int) -> list[Path]:
        """The first ``n`` articles."""
        return self.articles[:n]


def narration(shared: Path = SHARED) -> list[str]:
    """Paragraphs of real news prose without quotation marks (GUM Wikinews)."""
    directory = shared / "data" / "gum-wikinews-quotes"
    if not directory.is_dir():
        raise CorpusUnavailable(f"{directory} not found (../shared/data is absent)")
    out = []
    for doc in gum.load(directory):
        for para in re.split(r"\n\s*\n", doc.text):
            para = " ".join(para.split())
            if len(para.split()) >= 12 and not _MARKS.search(para):
                out.append(para)
    if not out:
        raise CorpusUnavailable(f"no narration paragraphs found under {directory}")
    return out


def _sentences(text: str) -> list[str]:
    return [
        s.strip()
        for s in re.split(r"(?<=[.!?])\s+", text)
        if 6 <= len(s.split()) <= 35 and not _MARKS.search(s)
    ]


def _house(sentence: str) -> str | None:
    for a, b in _HOUSE:
        if re.search(rf"\b{re.escape(a)}\b", sentence):
            return re.sub(rf"\b{re.escape(a)}\b", b, sentence, count=1)
    return None


def build(
    root: Path,
    *,
    articles: int = 1000,
    source_mb: float = 2.0,
    source_bytes: int = 100_000,
    seed: int = 5,
    shared: Path = SHARED,
    quotes_per_article: tuple[int, ...] = QUOTES_PER_ARTICLE,
) -> Built:
    """Write the corpus under ``root`` (articles in folders of 1,000) and return its layout.

    ``source_bytes`` is the size of each generated statement (the debates are whole);
    each article's number of quotes is drawn uniformly from ``quotes_per_article``."""
    rng = random.Random(seed)
    turns = debates.load_turns(shared / "data" / "debates2016-cc0" / "debate.csv")
    prose = narration(shared)
    src_dir = root / "sources"
    src_dir.mkdir(parents=True, exist_ok=True)
    pool: list[tuple[str, str]] = []  # (speaker, sentence) that the sources contain
    source_paths: list[Path] = []
    for debate in debates.DEBATES:
        text = debates.transcript_text(turns, debate)
        path = src_dir / f"debate-{debates.DEBATES[debate][1]}.txt"
        path.write_text(text, encoding="utf-8")
        source_paths.append(path)
        for t in turns:
            if t.debate == debate and t.full_name != t.speaker.title():
                pool.extend((t.full_name, s) for s in _sentences(t.text))
    made = sum(p.stat().st_size for p in source_paths)
    chain = Markov(t.text for t in turns)
    for g in generate(
        chain, max(0, int(source_mb * 1_000_000) - made), source_bytes=source_bytes, seed=seed
    ):
        path = src_dir / g.id.replace(".txt", ".md")
        path.write_text(f"---\nspeaker: {g.speaker}\n---\n\n{g.text}", encoding="utf-8")
        source_paths.append(path)
        pool.extend((g.speaker, s) for s in _sentences(g.text)[:200])
    config = ["# Every article is checked against every source.", "[sources]"]
    specs = ", ".join(
        f'{{ path = "sources/{p.name}"'
        + (', kind = "transcript"' if p.name.startswith("debate-") else "")
        + " }"
        for p in source_paths
    )
    config.append(f'"articles/**" = [{specs}]')
    (root / "quotecheck.toml").write_text("\n".join(config) + "\n", encoding="utf-8")
    kinds = [k for k, w in QUOTE_MIX for _ in range(w)]
    built = Built(root, [], source_paths, source_bytes=sum(p.stat().st_size for p in source_paths))
    for i in range(articles):
        text, planted = _article(rng, prose, pool, kinds, quotes_per_article)
        folder = root / "articles" / f"part-{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"article-{i:05d}.md"
        path.write_text(text, encoding="utf-8")
        built.articles.append(path)
        built.planted[str(path.relative_to(root))] = planted
    manifest = {
        name: [[p.start, p.end, p.kind] for p in quotes] for name, quotes in built.planted.items()
    }
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return built


def _article(
    rng: random.Random,
    prose: list[str],
    pool: list[tuple[str, str]],
    kinds: list[str],
    quotes_per_article: tuple[int, ...] = QUOTES_PER_ARTICLE,
) -> tuple[str, list[Planted]]:
    paras = rng.sample(prose, rng.randint(*PARAGRAPHS))
    n_quotes = rng.choice(quotes_per_article)
    slots = sorted(rng.sample(range(1, len(paras) + 1), min(n_quotes, len(paras))))
    pieces: list[str] = ["# " + " ".join(paras[0].split()[:8]).rstrip(",.;:")]
    planted: list[Planted] = []
    pos = len(pieces[0]) + 2
    last_speaker = ""
    for k in range(len(paras) + 1):  # a quote may come after the last paragraph too
        if k in slots:
            quote_para, span, kind, speaker = _quote_paragraph(
                rng, pool, kinds, last_speaker, prose
            )
            planted.append(Planted(pos + span[0], pos + span[1], kind))
            pieces.append(quote_para)
            pos += len(quote_para) + 2
            last_speaker = speaker
        if k < len(paras):
            pieces.append(paras[k])
            pos += len(paras[k]) + 2
    return "\n\n".join(pieces) + "\n", planted


def _quote_paragraph(
    rng: random.Random,
    pool: list[tuple[str, str]],
    kinds: list[str],
    last: str,
    prose: list[str],
) -> tuple[str, tuple[int, int], str, str]:
    kind = rng.choice(kinds)
    speaker, sentence = rng.choice(pool)
    if kind == "no-source":  # words no source holds, by someone no source is from
        speaker = rng.choice(_UNSOURCED)
        sentence = rng.choice(_sentences(rng.choice(prose)) or [sentence])
    elif kind == "altered":
        sentence = alter_one_word(
            sentence, rng, negations=frozenset({"not", "never", "no"}), swap=("always", "sometimes")
        )
    elif kind == "house-style":
        sentence = _house(sentence) or sentence
    surname = speaker.split()[-1]
    body = sentence.rstrip(".!?")
    if kind == "partial":
        words = body.split()
        a = rng.randrange(0, max(1, len(words) - 5))
        frag = " ".join(words[a : a + rng.randint(3, 6)])
        head = f"{speaker} described the situation as “"
        return head + frag + "”.", (len(head), len(head) + len(frag)), kind, speaker
    frame = rng.randrange(4)
    if frame == 0:
        head, tail = "“", f",” {speaker} said."
    elif frame == 1:
        head, tail = f"{speaker} said: “", ".”"
    elif frame == 2:
        head, tail = "“", f",” said {speaker}."
    else:
        who = surname if last == speaker else speaker
        head, tail = "“", f",” {who} added."
    return head + body + tail, (len(head), len(head) + len(body)), kind, speaker
