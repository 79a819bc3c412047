"""Decode files to text with clear errors; never modify the bytes' meaning.

Offsets everywhere in quotecheck are code points into the text this module returns: UTF-8 with
a leading BOM removed.  Nothing else is changed (line ends, NBSP, odd quote marks are evidence).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from quotecheck.errors import (
    BinaryFileError,
    DecodeError,
    FileNotFound,
    InputError,
    InputTooLarge,
    NotAFile,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest file read by default (20 MiB); configurable."""


def decode_bytes(data: bytes, *, path: str) -> str:
    """Decode ``data`` as UTF-8 (BOM removed; UTF-16 with a BOM is accepted too).

    Raises :class:`BinaryFileError` for NUL bytes in UTF-8 text and :class:`DecodeError` with
    the byte offset of the first bad byte otherwise.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason} "
                f"at byte {exc.start}); save the file as UTF-8",
                path=path,
            ) from exc
        nul = text.find("\x00")
        if nul >= 0:
            raise BinaryFileError(
                f"contains NUL characters (first at character {nul}); expected a text file. "
                "Is this a binary file?",
                path=path,
            )
        return text
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryFileError(
            f"contains NUL bytes (first at byte {nul}); expected a text file "
            "(UTF-8). Is this a binary file?",
            path=path,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"({exc.reason}); re-save the file as UTF-8",
            path=path,
        ) from exc
    return text[1:] if text.startswith("\ufeff") else text


def encode_like(text: str, original: bytes) -> bytes:
    """``text`` encoded as :func:`decode_bytes` read ``original``: the same encoding (UTF-8,
    or UTF-16 in its byte order) and the same byte-order mark, so that writing a file back
    changes only the characters that changed."""
    for bom, codec in (
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if original.startswith(bom):
            return bom + text.encode(codec, "surrogatepass")
    return text.encode("utf-8", "surrogatepass")


def read_bytes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the file at ``path``; every failure is an :class:`InputError`."""
    shown = str(path)
    p = Path(path)
    try:
        if not p.exists():
            if p.is_symlink():  # exists() follows the link: the link is there, its file is not
                raise FileNotFound(
                    "is a symbolic link to nothing (its target is missing, or links loop back)",
                    path=shown,
                )
            raise FileNotFound("no such file; check the path", path=shown)
        if p.is_dir():
            raise NotAFile("is a directory; expected a text file", path=shown)
        if not p.is_file():
            raise NotAFile("is not a regular file; expected a text file", path=shown)
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(
                f"is {size:,} bytes, larger than the limit of {max_bytes:,} bytes; raise "
                "the limit (max_file_bytes) or split the file",
                path=shown,
            )
        return p.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", path=shown) from exc


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode the file at ``path``; every failure is an :class:`InputError`."""
    return decode_bytes(read_bytes(path, max_bytes=max_bytes), path=str(path))
