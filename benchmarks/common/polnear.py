"""Loader for PolNeAR (github.com/networkdynamics/PolNeAR), read from a local snapshot.

Nothing of PolNeAR is stored in this repository: point ``POLNEAR_DIR`` (or ``--polnear``) at a
checkout or at a bare git directory of the repository.  Only the ``train`` and ``dev`` splits
can be read; the loader refuses the test split.

Format: ``data/<split>/text/<article>.txt`` is the raw article (UTF-8, paragraphs separated
by blank lines) and ``data/<split>/attributions/<article>_<annotator>.ann`` holds the
annotations in BRAT standoff format, with code-point offsets into the text::

    T1<TAB>Source 110 112<TAB>we
    T3<TAB>Content 120 150;160 170<TAB>…          (discontinuous spans are ``;``-separated)
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

Text-bound annotation types are ``Source``, ``Cue``, ``Content``, ``Attribution`` (the anchor of
the event) and ``Attribution-no-source``; events (``E``) link one attribution's roles
(``Content2`` appears in a few events).  A few articles were annotated by several annotators;
the loader uses the annotator whose id sorts first.

The text keeps its offsets but ``<tweet …>``/``<a …>`` tags are blanked out (replaced by spaces).
Gold quotes are the regions between paired quote marks (“…”, straight "…", or ‘…’ outside
double quotes, as in headlines) that an
attribution's Content makes quoted: the region lies (mostly) inside the Content, or the
Content lies inside the region.  The gold speaker is that attribution's Source span.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Document, Span, double_quote_regions, gold_from_regions

ENGLISH_PAIRS = (('"', '"'), ("\u201c", "\u201d"))
ALLOWED_SPLITS = ("train", "dev")
CONTENT_ROLES = ("Content", "Content2")


_MARKUP = re.compile(r"</?(?:tweet|a)\b[^>\n]*>")


def blank_markup(text: str) -> str:
    """Replace the ``<tweet …>`` and ``<a …>`` tags left in some articles by spaces.

    Their attribute values are in quote marks; blanking keeps every offset unchanged.
    """
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), text)


class PolnearUnavailable(Exception):
    """The PolNeAR snapshot is missing or unreadable (the reason is the message)."""


@dataclass
class Attribution:
    """One attribution relation (spans of its roles)."""

    content: list[Span]
    source: list[Span]
    cue: list[Span]


def parse_ann(ann: str) -> list[Attribution]:
    """Parse a BRAT ``.ann`` file into attribution relations."""
    spans: dict[str, list[Span]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _type, _, offsets = fields[1].partition(" ")
            segs = []
            for seg in offsets.split(";"):
                a, b = seg.split()
                segs.append((int(a), int(b)))
            spans[fields[0]] = segs
        elif line.startswith("E") and len(fields) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in fields[1].split()])  # type: ignore[misc]
    out: list[Attribution] = []
    for args in events:
        roles: dict[str, list[Span]] = {"content": [], "source": [], "cue": []}
        for role, ref in args:
            key = "content" if role in CONTENT_ROLES else role.lower()
            if key in roles and ref in spans:
                roles[key].extend(spans[ref])
        if roles["content"]:
            out.append(Attribution(**roles))
    return out


class _Reader:
    """Reads files from a checkout or from a bare git directory (``git show``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.git_dir: Path | None = None
        if (root / "data").is_dir():
            return
        for cand in (root, root / ".git", root / "repo"):
            if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
                self.git_dir = cand
                return
        raise PolnearUnavailable(f"{root} is neither a PolNeAR checkout nor a git directory")

    def _git(self, *args: str, stdin: bytes | None = None) -> bytes:
        assert self.git_dir is not None
        proc = subprocess.run(
            ["git", "--git-dir", str(self.git_dir), *args],
            input=stdin,
            capture_output=True,
            check=False,
        )
        if proc.returncode != 0:
            raise PolnearUnavailable(f"git {args[0]} failed: {proc.stderr.decode().strip()}")
        return proc.stdout

    def names(self, folder: str) -> list[str]:
        """File names directly in ``folder`` (a path relative to the repository root)."""
        if self.git_dir is None:
            d = self.root / folder
            return sorted(p.name for p in d.iterdir()) if d.is_dir() else []
        out = self._git("ls-tree", "--name-only", f"HEAD:{folder}")
        return sorted(out.decode().split("\n")[:-1])

    def read_many(self, paths: list[str]) -> Iterator[str]:
        """The UTF-8 contents of ``paths``, in order."""
        if self.git_dir is None:
            for p in paths:
                yield (self.root / p).read_text(encoding="utf-8")
            return
        req = "".join(f"HEAD:{p}\n" for p in paths).encode()
        data = self._git("cat-file", "--batch", stdin=req)
        pos = 0
        for p in paths:
            nl = data.index(b"\n", pos)
            header = data[pos:nl].split()
            if len(header) < 3 or header[1] != b"blob":
                raise PolnearUnavailable(f"cannot read {p} from the snapshot")
            size = int(header[2])
            yield data[nl + 1 : nl + 1 + size].decode("utf-8")
            pos = nl + 1 + size + 1


def resolve_dir(arg: str | None) -> Path:
    """The PolNeAR location from ``--polnear`` or ``POLNEAR_DIR``; raises when absent."""
    value = arg or os.environ.get("POLNEAR_DIR")
    if not value:
        raise PolnearUnavailable("set POLNEAR_DIR or pass --polnear DIR to include PolNeAR")
    path = Path(value)
    if not path.exists():
        raise PolnearUnavailable(f"PolNeAR directory {path} does not exist")
    return path


def load(root: Path, split: str = "dev", limit: int | None = None) -> list[Document]:
    """Load the articles of ``split`` (``train`` or ``dev`` only) with their gold quotes."""
    if split not in ALLOWED_SPLITS:
        raise ValueError(f"PolNeAR split {split!r} is not allowed (use one of {ALLOWED_SPLITS})")
    reader = _Reader(root)
    base = f"data/{split}"
    texts = [n for n in reader.names(f"{base}/text") if n.endswith(".txt")]
    anns = [n for n in reader.names(f"{base}/attributions") if n.endswith(".ann")]
    if not texts:
        raise PolnearUnavailable(f"no {split} texts under {root}")
    by_article: dict[str, str] = {}
    for name in anns:  # sorted, so the first annotator id wins
        article = name[: -len(".ann")].rsplit("_", 1)[0]
        by_article.setdefault(article, name)
    articles = [n[: -len(".txt")] for n in texts if n[: -len(".txt")] in by_article]
    if limit is not None:
        articles = articles[:limit]
    paths: list[str] = []
    for art in articles:
        paths.append(f"{base}/text/{art}.txt")
        paths.append(f"{base}/attributions/{by_article[art]}")
    contents = list(reader.read_many(paths))
    docs: list[Document] = []
    for i, art in enumerate(articles):
        text, ann = contents[2 * i], contents[2 * i + 1]
        attributions = [(a.content, a.source) for a in parse_ann(ann)]
        text = blank_markup(text)
        regions = double_quote_regions(text, ENGLISH_PAIRS, curly_singles=True, doubled=True)
        docs.append(
            Document(
                id=art,
                text=text,
                language="en",
                quotes=gold_from_regions(text, regions, attributions),
                group=split,
            )
        )
    return docs
