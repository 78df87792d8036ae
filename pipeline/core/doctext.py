"""``Doc.text`` rebuilds the whole string from the tokens on every access, so code that
slices it per figure or per claim becomes quadratic in document length. ``text_of``
keeps the text of the last Doc asked for (the text of a Doc never changes)."""

from __future__ import annotations

from spacy.tokens import Doc

_last: tuple[Doc | None, str] = (None, "")


def text_of(doc: Doc) -> str:
    global _last
    if _last[0] is not doc:
        _last = (doc, doc.text)
    return _last[1]
