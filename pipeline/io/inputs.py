"""Read input documents lazily: ``.txt`` files, directories of them, and ``.jsonl`` files.

Yields a ``Document`` for each good input and an ``InputError`` for each bad one, in a
deterministic order (directories sorted by name). Decoding never changes the text beyond
removing a byte-order mark: offsets in every output are into the decoded text.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.errors import Errors
from pipeline.io.decoding import DecodeError, decode_bytes
from pipeline.io.screening import screen

JSONL_ADDRESS = re.compile(r"^(?P<path>.+\.jsonl):(?P<lineno>\d+)$")
_SURROGATE = re.compile("[\ud800-\udfff]")
PUBLISHED = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    input: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class InputError:
    input: str
    doc_id: str | None
    error: str
    message: str

    def record(self) -> dict:
        return {
            "input": self.input,
            "doc_id": self.doc_id,
            "error": self.error,
            "message": self.message,
        }


@dataclass
class Manifest:
    """Metadata by doc_id, from ``manifest.csv`` (doc_id,file,title,published,source,url)."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str | Path) -> Manifest:
        """UTF-8 with or without a BOM (a spreadsheet's "CSV UTF-8" has one), never a
        guess: on a few short lines an encoding guess is often wrong, and a wrong title
        or date would pass unseen. Raises ``DecodeError`` or ``OSError``."""
        data = Path(path).read_bytes()
        try:
            text = data.decode("utf-8-sig")
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
        except UnicodeDecodeError as err:
            reason = f"not UTF-8 ({err.reason} at byte {err.start})"
            raise DecodeError(*Errors.BAD_MANIFEST.format(reason=reason)) from None
        except csv.Error as err:
            raise DecodeError(*Errors.BAD_MANIFEST.format(reason=f"not CSV ({err})")) from None
        return cls({row["doc_id"]: row for row in rows if row.get("doc_id")})

    def get(self, doc_id: str) -> dict[str, str]:
        return self.rows.get(doc_id, {})


def _unreadable(path: Path, err: OSError) -> tuple[str, str]:
    return Errors.UNREADABLE.format(path=path, reason=err.strerror)


def _read_manifest(path: Path) -> tuple[Manifest, InputError | None]:
    """The manifest at ``path``, or an empty one and the error record that says why: the
    documents are then read without its metadata."""
    try:
        return Manifest.read(path), None
    except DecodeError as err:
        return Manifest(), InputError(str(path), None, err.code, err.message)
    except OSError as err:
        return Manifest(), InputError(str(path), None, *_unreadable(path, err))


def _bad_name(path: Path) -> InputError | None:
    """A refusal for a path whose name is not UTF-8. Python holds the bad bytes as lone
    surrogates (``surrogateescape``), which no UTF-8 output can hold and nothing could
    read back by name, so the input is named with its bytes escaped (``caf\\xe9.txt``)."""
    name = str(path)
    found = _SURROGATE.search(name)
    if found is None:
        return None
    shown = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    byte = ord(found.group()) - 0xDC00  # surrogateescape maps byte b to U+DC00 + b
    reason = (
        f"its name is not UTF-8 (byte 0x{byte:02X}); no output could name it: rename it"
        if 0x80 <= byte <= 0xFF
        else "its name holds a lone surrogate; no output could name it: rename it"
    )
    return InputError(shown, None, *Errors.UNREADABLE.format(path=shown, reason=reason))


def _meta_value(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _lone_surrogate(doc_id: str, text: str, meta: dict) -> tuple[str, str] | None:
    """Where a lone surrogate is (a JSON escape such as "\\ud800" without its pair): no
    UTF-8 output can hold it, and the text is never changed, so the input is refused."""
    fields = {
        "text": text,
        "id": doc_id,
        **{k: meta.get(k) for k in ("title", "published", "url", "source")},
    }
    for name, value in fields.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            at = _SURROGATE.search(value).start()
            return name, Errors.LONE_SURROGATE.message(name=name, codepoint=ord(value[at]), at=at)
    return None


def make_document(
    doc_id: str, text: str, input: str, meta: dict, encoding: str = "utf-8"
) -> Document | InputError:
    lone = _lone_surrogate(doc_id, text, meta)
    if lone is not None:
        owner = None if lone[0] == "id" else doc_id
        return InputError(input, owner, Errors.LONE_SURROGATE.code, lone[1])
    refused = screen(text)
    if refused is not None:
        return InputError(input, doc_id, *refused)
    published = _meta_value(meta, "published")
    if published is not None and not PUBLISHED.match(published):
        return InputError(input, doc_id, *Errors.BAD_PUBLISHED.format(published=published))
    return Document(
        doc_id=doc_id,
        text=text,
        input=input,
        published=published,
        title=_meta_value(meta, "title"),
        url=_meta_value(meta, "url"),
        source=_meta_value(meta, "source"),
        encoding=encoding,
    )


def _read_txt(path: Path, manifest: Manifest | None) -> Document | InputError:
    doc_id = path.stem
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputError(str(path), doc_id, *_unreadable(path, err))
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as err:
        return InputError(str(path), doc_id, err.code, err.message)
    local = manifest
    if local is None and (path.parent / "manifest.csv").exists():
        local = _read_manifest(path.parent / "manifest.csv")[0]
    return make_document(doc_id, text, str(path), local.get(doc_id) if local else {}, encoding)


def _read_jsonl(path: Path) -> Iterator[Document | InputError]:
    try:
        fh = open(path, "rb")
    except OSError as err:
        yield InputError(str(path), None, *_unreadable(path, err))
        return
    with fh:  # binary lines end at b"\n" only, never inside a JSON string
        for lineno, raw in enumerate(fh, start=1):
            if raw.strip():
                yield _jsonl_document(path, lineno, raw)


def _jsonl_document(path: Path, lineno: int, raw: bytes) -> Document | InputError:
    """The document of line ``lineno`` of a JSONL input (its address is ``path:lineno``)."""
    where = f"{path}:{lineno}"
    try:
        obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        return InputError(where, None, *Errors.BAD_JSONL_LINE.format(lineno=lineno, reason=err))
    if (
        not isinstance(obj, dict)
        or not isinstance(obj.get("id"), str)
        or not isinstance(obj.get("text"), str)
    ):
        doc_id = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else None
        return InputError(where, doc_id, *Errors.BAD_JSONL_FIELDS.format(lineno=lineno))
    return make_document(obj["id"], obj["text"], where, obj)


def parse_address(address: str) -> tuple[str, int | None]:
    """(file, line number) of an input as named in records and run.json: ``path`` or, for
    a document of a JSONL input, ``path:lineno``."""
    m = JSONL_ADDRESS.match(address)
    return (m["path"], int(m["lineno"])) if m else (address, None)


def read_address(address: str, bases: Iterable[Path] = ()) -> Document | InputError:
    """The document at ``address`` read again, decoded as ``extract`` decodes it; a
    relative path is looked up under each of ``bases`` in turn."""
    name, lineno = parse_address(address)
    p = Path(name)
    bases = list(bases)
    path = next(
        (c for c in ([p] if p.is_absolute() else [b / p for b in bases]) if c.is_file()), None
    )
    if path is None:
        looked = ", ".join(str(b) for b in bases)
        return InputError(address, None, *Errors.NOT_FOUND.format(name=name, looked=looked))
    if lineno is None:
        return _read_txt(path, None)
    try:
        with open(path, "rb") as fh:
            raw = next(itertools.islice(fh, lineno - 1, None), None)
    except OSError as err:
        return InputError(address, None, *_unreadable(path, err))
    if raw is None:
        return InputError(address, None, *Errors.NO_SUCH_LINE.format(path=path, lineno=lineno))
    return _jsonl_document(path, lineno, raw)


def iter_documents(
    inputs: Iterable[str | Path], manifest: str | Path | None = None
) -> Iterator[Document | InputError]:
    """Documents and errors from ``inputs``, read one at a time; a manifest that cannot be
    read is one error record, and the documents are read without it."""
    explicit, bad = _read_manifest(Path(manifest)) if manifest else (None, None)
    reported = {bad.input} if bad else set()
    if bad:
        yield bad
    for item in inputs:
        path = Path(item)
        local, bad = (explicit, None) if explicit is not None else _sibling_manifest(path)
        if bad and bad.input not in reported:
            reported.add(bad.input)
            yield bad
        yield from _documents_of(path, local)


def _sibling_manifest(path: Path) -> tuple[Manifest | None, InputError | None]:
    """The ``manifest.csv`` of a directory input, or beside a ``.txt`` input."""
    if _bad_name(path) or not (path.is_dir() or (path.is_file() and path.suffix != ".jsonl")):
        return None, None
    sibling = path / "manifest.csv" if path.is_dir() else path.parent / "manifest.csv"
    return _read_manifest(sibling) if sibling.is_file() else (Manifest(), None)


def _documents_of(path: Path, manifest: Manifest | None) -> Iterator[Document | InputError]:
    """The documents of one input: a directory's ``*.txt`` (sorted), a JSONL file's lines,
    or one file."""
    bad = _bad_name(path)
    if bad is not None:
        yield bad
    elif path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield _bad_name(file) or _read_txt(file, manifest)
    elif path.suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif path.exists():
        yield _read_txt(path, manifest)
    else:
        yield InputError(str(path), None, *Errors.NO_SUCH_INPUT.format(path=path))
