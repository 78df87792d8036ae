"""Bytes to text, or a precise refusal.

UTF-8 (with or without BOM) first; UTF-16/32 by their BOMs; other bytes are handed to
charset-normalizer, whose guess is accepted only when it is confident. Binary files
(NUL bytes, PDF/ZIP/image magic numbers) are refused rather than decoded into garbage.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from pipeline.core.errors import Errors


class DecodeError(Exception):
    def __init__(self, code: str, message: str):
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP (or DOCX/XLSX)",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"\x1f\x8b": "gzip",
}


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``DecodeError``."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(*Errors.BINARY_FILE.format(kind=kind))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as err:
                raise DecodeError(
                    *Errors.BAD_BOM.format(encoding=encoding, reason=err.reason)
                ) from err
    if b"\x00" in data:
        raise DecodeError(*Errors.NUL_BYTES.format(at=data.index(0)))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise DecodeError(*Errors.UNDECODABLE.format())
    return str(best), best.encoding
