"""One catalogue of the errors the pipeline reports, in the style of spaCy's ``Errors``.

Each entry is a stable code (the ``error`` field of an error record, what scripts match on)
and a message template (what a person reads). Several entries may share a code when the
cause differs but the remedy is the same kind. Call sites never write a code or a message
literally: ``Errors.NOT_FOUND.format(name=..., looked=...)`` gives ``(code, message)``. The
rule loader's messages are in ``RuleErrors``; each is prefixed with ``FILE:LINE: `` there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """A code and its message template (``str.format`` fields)."""

    code: str
    template: str

    def format(self, **fields: object) -> tuple[str, str]:
        return self.code, self.template.format(**fields)

    def message(self, **fields: object) -> str:
        return self.template.format(**fields)


class Errors:
    """Why an input was refused: the ``error`` code of ``errors.jsonl`` and its message."""

    # reading
    NOT_FOUND = Entry("not_found", "input {name} not found (looked in {looked})")
    NO_SUCH_INPUT = Entry("not_found", "input {path} does not exist")
    NO_SUCH_LINE = Entry("not_found", "{path} has no line {lineno}")
    UNREADABLE = Entry("unreadable", "cannot read {path}: {reason}")
    BAD_JSONL_LINE = Entry("bad_jsonl", "line {lineno} is not a JSON object in UTF-8: {reason}")
    BAD_JSONL_FIELDS = Entry("bad_jsonl", 'line {lineno} needs string fields "id" and "text"')
    DUPLICATE_DOC_ID = Entry(
        "duplicate_doc_id",
        "doc_id {doc_id!r} was already read from another input; ids must be unique in a run",
    )
    # decoding
    BINARY_FILE = Entry("binary_input", "this is a {kind} file, not text; extract its text first")
    NUL_BYTES = Entry(
        "binary_input", "contains NUL bytes (first at byte {at}): binary data, not text"
    )
    BAD_BOM = Entry(
        "undecodable", "starts with a {encoding} byte-order mark but is not {encoding}: {reason}"
    )
    UNDECODABLE = Entry(
        "undecodable", "not UTF-8, and no other encoding fits the bytes; convert the file to UTF-8"
    )
    BAD_MANIFEST = Entry(
        "undecodable", "the manifest cannot be read: {reason}; save it as a UTF-8 CSV file"
    )
    LONE_SURROGATE = Entry(
        "lone_surrogate",
        "{name} holds a lone surrogate U+{codepoint:04X} at character {at}; fix the escape",
    )
    # screening
    EMPTY_INPUT = Entry("empty_input", "the input is empty or whitespace only")
    HTML_INPUT = Entry(
        "html_input",
        "the input is an HTML page, not plain text; extract the article text first "
        "(offsets must point into the text as given, so tags are not stripped here)",
    )
    UNSUPPORTED_LANGUAGE = Entry(
        "unsupported_language",
        "{share:.0%} of the letters are not Latin script: "
        "the pipeline extracts from English text only",
    )
    BAD_PUBLISHED = Entry(
        "bad_published",
        "published date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD; fix it or leave it empty",
    )
    # processing
    INTERNAL_ERROR = Entry(
        "internal_error",
        "the pipeline failed on this document ({kind}: {error}); please report it with the input",
    )


class RuleErrors:
    """What is wrong with a rules directory; the loader prefixes ``FILE:LINE: ``."""

    DIRECTORY_NOT_FOUND = "rules directory not found"
    NOT_UTF8 = "not UTF-8 ({reason} at byte {at})"
    UNKNOWN_FILE = "unknown rule file; rule files are named KIND.jsonl, KIND one of: {known}"
    FILE_MISSING = "rule file missing"
    DUPLICATE_ID = "id {id!r} is a duplicate of line {line}"


def entries() -> list[Entry]:
    """Every entry of ``Errors``, in the order written."""
    return [v for v in vars(Errors).values() if isinstance(v, Entry)]


INPUT_ERROR_CODES = frozenset(e.code for e in entries())
"""Every code an error record can carry (its JSON Schema lists the same, checked by a test)."""
