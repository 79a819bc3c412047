"""The encoder protocol, the adapter and the embedding cache, with a tiny fake encoder."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from quotecheck.models import Source
from quotecheck.xling import (
    CrossLingual,
    EmbeddingCache,
    Encoder,
    EncoderAdapter,
    default_cache_dir,
    normalize_rows,
)
from quotecheck.xling.cache import cache_key
from quotecheck.xling.encoders import Matrix

DIM = 64


def built(sources: list[Source], **kwargs: Any) -> CrossLingual:
    """A CrossLingual with every source embedded now (building it embeds nothing)."""
    xl = CrossLingual(sources, **kwargs)
    xl.embed_sources()
    return xl


class BagOfWords:
    """A deterministic toy encoder: hashed word counts, L2-normalised; counts its calls."""

    name = "bag-of-words-test"

    def __init__(self) -> None:
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> Matrix:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
        return normalize_rows(out)


SOURCE = Source(
    id="s",
    language="en",
    text=(
        "The lighthouse keeper retired after forty years. The lamp now runs on solar power, "
        "and a camera watches the rocks. Visitors may climb the tower on Sundays."
    ),
)


def test_fake_encoder_satisfies_the_protocol() -> None:
    assert isinstance(BagOfWords(), Encoder)


def test_search_works_with_any_encoder(tmp_path: Path) -> None:
    # the bag-of-words "model" only sees shared words, so quote in the source's own language
    xl = built([SOURCE], encoder=BagOfWords(), cache_dir=tmp_path)
    r = xl.check("the lamp now runs on solar power", "de")
    assert r is not None
    assert r.text == "The lamp now runs on solar power"
    assert r.similarity > 0.9


def test_second_build_loads_from_disk(tmp_path: Path) -> None:
    first = BagOfWords()
    xl1 = built([SOURCE], encoder=first, cache_dir=tmp_path)
    assert first.calls == 1 and first.texts > 0
    assert xl1.cache is not None and (xl1.cache.misses, xl1.cache.writes) == (1, 1)

    second = BagOfWords()
    xl2 = built([SOURCE], encoder=second, cache_dir=tmp_path)
    assert second.calls == 0  # nothing re-encoded: the vectors came from the cache
    assert xl2.cache is not None and (xl2.cache.hits, xl2.cache.writes) == (1, 0)
    np.testing.assert_array_equal(xl1._indexed[0].vectors, xl2._indexed[0].vectors)
    files = list(tmp_path.rglob("*.npy"))
    assert len(files) == 1 and not [p for p in tmp_path.rglob(".*") if p.is_file()]  # no temp file


def test_cache_is_keyed_by_model_and_content(tmp_path: Path) -> None:
    built([SOURCE], encoder=BagOfWords(), cache_dir=tmp_path)
    other_model = BagOfWords()
    other_model.name = "another-model"
    built([SOURCE], encoder=other_model, cache_dir=tmp_path)
    assert other_model.calls == 1
    changed = SOURCE.model_copy(update={"text": SOURCE.text + " The café opens in May."})
    enc = BagOfWords()
    built([changed], encoder=enc, cache_dir=tmp_path)
    assert enc.calls == 1
    assert len(list(tmp_path.rglob("*.npy"))) == 3
    assert cache_key("m", ["ab", "c"]) != cache_key("m", ["a", "bc"])


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty file
        b"not a numpy file at all",
        b"\x93NUMPY\x01\x00garbage",  # a header that breaks off
    ],
)
def test_corrupt_cache_file_is_ignored_and_rebuilt(tmp_path: Path, damage: bytes) -> None:
    built([SOURCE], encoder=BagOfWords(), cache_dir=tmp_path)
    (path,) = tmp_path.rglob("*.npy")
    path.write_bytes(damage)
    enc = BagOfWords()
    xl = built([SOURCE], encoder=enc, cache_dir=tmp_path)
    assert enc.calls == 1
    assert xl.cache is not None and xl.cache.errors == 1 and xl.cache.writes == 1
    assert np.load(path, allow_pickle=False).shape == xl._indexed[0].vectors.shape


def test_cache_file_of_the_wrong_shape_or_a_pickle_is_ignored(tmp_path: Path) -> None:
    built([SOURCE], encoder=BagOfWords(), cache_dir=tmp_path)
    (path,) = tmp_path.rglob("*.npy")
    np.save(path, np.ones((2, DIM), dtype=np.float32))
    enc = BagOfWords()
    built([SOURCE], encoder=enc, cache_dir=tmp_path)
    assert enc.calls == 1
    np.save(path, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    enc = BagOfWords()
    xl = built([SOURCE], encoder=enc, cache_dir=tmp_path)
    assert enc.calls == 1 and xl.cache is not None and xl.cache.errors == 1


def test_unwritable_cache_directory_does_not_fail(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    enc = BagOfWords()
    xl = built([SOURCE], encoder=enc, cache_dir=blocker)
    assert xl.cache is not None and xl.cache.writes == 0 and xl.cache.errors >= 1
    assert xl.check("the lamp now runs on solar power", "de") is not None


def test_no_cache(tmp_path: Path) -> None:
    xl = built([SOURCE], encoder=BagOfWords(), use_cache=False)
    assert xl.cache is None


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", str(tmp_path / "qc"))
    assert default_cache_dir() == tmp_path / "qc"
    assert EmbeddingCache().directory == tmp_path / "qc"
    monkeypatch.delenv("QUOTECHECK_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert default_cache_dir() == Path.home() / ".cache" / "quotecheck"


class FakeTensor:
    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = rows

    def cpu(self) -> FakeTensor:
        return self

    def numpy(self) -> np.ndarray:
        return np.array(self.rows)


class ListModel:
    """An object with an ``encode`` returning plain lists or tensor-likes, like many libraries."""

    def __init__(self, tensors: bool = False) -> None:
        self.tensors = tensors
        self.batches: list[int] = []

    def encode(self, texts: list[str], normalize_embeddings: bool = False) -> object:
        assert normalize_embeddings is True  # keyword arguments are passed through
        self.batches.append(len(texts))
        rows = [[float(len(t)), 1.0, 0.0] for t in texts]
        return FakeTensor(rows) if self.tensors else rows


@pytest.mark.parametrize("tensors", [False, True])
def test_adapter_wraps_any_model(tensors: bool) -> None:
    model = ListModel(tensors)
    enc = EncoderAdapter(model, "list-model", batch_size=2, normalize_embeddings=True)
    assert isinstance(enc, Encoder)
    out = enc.encode(["a", "bbb", "cc"])
    assert out.shape == (3, 3) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, rtol=1e-6)
    assert model.batches == [2, 1]


def test_adapter_rejects_bad_models() -> None:
    with pytest.raises(TypeError):
        EncoderAdapter(object(), "x")
    with pytest.raises(ValueError):
        EncoderAdapter(ListModel(), "")


def test_normalize_rows() -> None:
    out = normalize_rows([[3.0, 4.0], [0.0, 0.0]])
    np.testing.assert_allclose(out, [[0.6, 0.8], [0.0, 0.0]])
    assert normalize_rows([1.0, 0.0]).shape == (1, 2)
    with pytest.raises(ValueError):
        normalize_rows(np.zeros((2, 2, 2)))


def test_encoder_with_wrong_row_count_is_an_error(tmp_path: Path) -> None:
    class Broken(BagOfWords):
        def encode(self, texts: list[str]) -> Matrix:
            return super().encode(texts[:1])

    with pytest.raises(ValueError, match="returned shape"):
        built([SOURCE], encoder=Broken(), cache_dir=tmp_path)


def test_building_embeds_nothing_and_a_quote_embeds_only_the_sources_it_searches(
    tmp_path: Path,
) -> None:
    enc = BagOfWords()
    german = Source(
        id="d",
        language="de",
        language_declared=True,
        text="Der Leuchtturmwärter ging nach vierzig Jahren in den Ruhestand.",
    )
    xl = CrossLingual([SOURCE, german], encoder=enc, cache_dir=tmp_path)
    assert enc.calls == 0  # a run whose quotes are in the sources' language embeds nothing
    xl.check("the lamp now runs on solar power", "de")
    assert set(xl._indexed) == {0}  # the German source was not embedded for a German quote
