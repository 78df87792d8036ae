"""Seeded generator of "stripped number" damage, for testing the defects stage.

The real damage seen in ``corpus/002_d14f1d14e1b7aaff.txt`` removed the digits of
numbers while keeping the punctuation inside and around them: "1.7 trillion yuan"
became ". trillion yuan", "14.4%" became ".%", "1/6" became "/".  This module
reproduces that damage on clean text so that the defects stage can be tested on
sites whose originals are known.

The function is pure: it never reads or writes files and draws its randomness only
from ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["NUMBER_RE", "Site", "find_numbers", "strip_digits"]

#: A number: a maximal run of digits, possibly with ',' or '.' *between* digits
#: ("1,250", "3.75", "2023").  A trailing '.' (sentence end) is not part of it.
#: "1/3" is two numbers ("1" and "3"); number words ("ten", "a dozen") are ignored.
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")

_CONTEXT_CHARS = 30


@dataclass(frozen=True)
class Site:
    """One place where a number was stripped.

    Attributes:
        start, end: offsets in the CORRUPTED text of what is left of the number,
            i.e. its internal separators ("." for "1.7", "," for "1,250", "." for
            "12.5" in "12.5%"); ``start == end`` (zero width) when nothing is left,
            as for "2019".  Punctuation outside the number ("%", "/") is not in the
            span, so ``corrupted[start:end]`` contains only ',' and '.'.
        original: the number as it was written in the clean text ("1,250").
        context: the clean text around the number (up to 30 characters on each
            side), to help a reader locate the site.
    """

    start: int
    end: int
    original: str
    context: str


def find_numbers(text: str) -> list[re.Match[str]]:
    """Return the matches of every number (see ``NUMBER_RE``) in ``text``."""
    return list(NUMBER_RE.finditer(text))


def strip_digits(
    text: str, *, share: float, seed: int, collapse_spaces: bool = False
) -> tuple[str, list[Site]]:
    """Remove the digits of a random share of the numbers in ``text``.

    Args:
        text: clean text.
        share: fraction of the numbers to damage, in [0, 1]; exactly
            ``round(share * n)`` of the ``n`` numbers are chosen.
        seed: seed of ``random.Random``; the same (text, share, seed) always gives
            the same result.
        collapse_spaces: if True, when a stripped number leaves nothing and sat
            between two spaces, one of the spaces is dropped too ("from 2019 to"
            -> "from to"), which is what the corpus shows; by default the spaces
            stay ("from 2019 to 2023" -> "from  to ").

    Returns:
        ``(corrupted, sites)``: the damaged text and one ``Site`` per stripped
        number, in text order.  In each chosen number every digit vanishes while
        its ',' and '.' stay; all other characters are untouched.
    """
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be in [0, 1], got {share!r}")
    matches = find_numbers(text)
    k = round(share * len(matches))
    chosen = set(random.Random(seed).sample(range(len(matches)), k))

    out: list[str] = []
    out_len = 0
    sites: list[Site] = []
    pos = 0  # next unread index of ``text``
    for i, m in enumerate(matches):
        if i not in chosen:
            continue
        if m.start() < pos:  # only possible if a space after a previous site was eaten
            continue
        before = text[pos : m.start()]
        out.append(before)
        out_len += len(before)
        leftover = "".join(c for c in m.group() if not c.isdigit())
        start = out_len
        out.append(leftover)
        out_len += len(leftover)
        pos = m.end()
        if (
            collapse_spaces
            and not leftover
            and start > 0
            and text[m.start() - 1] == " "
            and text[pos : pos + 1] == " "
        ):
            pos += 1  # drop the space after the gap
        lo = max(0, m.start() - _CONTEXT_CHARS)
        sites.append(Site(start, out_len, m.group(), text[lo : m.end() + _CONTEXT_CHARS]))
    out.append(text[pos:])
    return "".join(out), sites
