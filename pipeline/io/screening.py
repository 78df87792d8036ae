"""Decoded text that is not an English news article is refused with a precise error
rather than turned into a stream of garbage facts.

- ``empty_input``: nothing but whitespace.
- ``html_input``: an HTML page. We refuse rather than strip tags: stripping changes the
  text, and every offset must point into the file as given. Extract the article text
  first (e.g. with trafilatura) and pass that.
- ``unsupported_language``: more than ``NON_LATIN_SHARE`` of the letters are outside
  the Latin script (Chinese, Japanese, Cyrillic, Arabic...): the rules and model are for
  English.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.core.errors import Errors

NON_LATIN_SHARE = 0.30
"""Share of non-Latin letters above which a text is refused as not English."""

HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|script|style|table|tr|td|li|ul|meta|link|br)\b[^>]*>",
    re.IGNORECASE,
)
HTML_TAG_DENSITY = 0.02
"""Tags per character above which a text without an <html> start is still HTML."""

SAMPLE = 200_000  # characters looked at: enough to judge, cheap on a 50 MB dump


def screen(text: str) -> tuple[str, str] | None:
    """``(error code, message)`` for text that must be refused, else None."""
    if not text.strip():
        return Errors.EMPTY_INPUT.format()
    sample = text[:SAMPLE]
    tags = len(HTML_TAG.findall(sample))
    if HTML_START.match(sample) or (tags >= 5 and tags / len(sample) > HTML_TAG_DENSITY):
        return Errors.HTML_INPUT.format()
    letters = latin = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            if ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
                latin += 1
    if letters and (letters - latin) / letters > NON_LATIN_SHARE:
        return Errors.UNSUPPORTED_LANGUAGE.format(share=(letters - latin) / letters)
    return None
