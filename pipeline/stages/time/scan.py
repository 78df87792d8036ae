"""Many regular expressions over one text, with the matches ``finditer`` gives, faster.

A pattern that begins with ``\\b`` and a word character makes ``re`` try every position
of the text, because ``\\b`` hides its first character from re's own prefix search; the
time stage's 38 patterns each cost a full pass. Here the word starts of a text are found
once, and each pattern is tried (``match`` at a position) only at the word starts whose
first character can begin it, read from the parsed pattern. ``finditer``'s left-to-right,
non-overlapping order is kept. A pattern whose first characters cannot be read this way
(a lookbehind first, an empty match possible) is run with ``finditer`` as before.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's op codes (Python 3.11+)
import re._parser as sre_parse
from bisect import bisect_left
from collections import defaultdict

WORD_START = re.compile(r"\b\w")
_WORD = re.compile(r"\w")
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w"}


class Unknown(Exception):
    """The first characters of a pattern cannot be read: scan it with ``finditer``."""


def _word(*chars: int) -> bool:
    return all(_WORD.fullmatch(chr(c)) for c in chars)


def _set_piece(items: list, ignore: bool) -> str:
    """A character class of ``items`` (literals, ranges, \\d, \\w), all word characters."""
    parts = []
    for op, av in items:
        if op is sre.LITERAL and _word(av):
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE and _word(*range(av[0], av[1] + 1)):
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise Unknown(op)
    return f"(?{'i' if ignore else '-i'}:[{''.join(parts)}])"


def _firsts(items, ignore: bool) -> tuple[list[str], bool]:
    """Class pieces for the characters a match of ``items`` can begin with, and whether
    ``items`` can match the empty string."""
    pieces: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            return [*pieces, _set_piece([(op, av)], ignore)], False
        if op is sre.IN:
            return [*pieces, _set_piece(av, ignore)], False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: leaving it out only widens the set
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            flag = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found, empty = _firsts(sub, flag)
        elif op is sre.BRANCH:
            found, empty = [], False
            for alternative in av[1]:
                more, alt_empty = _firsts(alternative, ignore)
                found, empty = found + more, empty or alt_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, empty = _firsts(av[2], ignore)
            empty = empty or av[0] == 0
        else:
            raise Unknown(op)
        pieces += found
        if not empty:
            return pieces, False
    return pieces, True


def first_chars(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern for what a match of ``regex`` can begin with, when every
    match begins at a word start (``\\b`` then a word character); else None."""
    try:
        items = list(sre_parse.parse(regex.pattern, regex.flags))
        lead = 0  # zero-width items first, one of them \b
        while lead < len(items) and items[lead][0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            lead += 1
        if (sre.AT, sre.AT_BOUNDARY) not in items[:lead]:
            return None
        pieces, empty = _firsts(items[lead:], bool(regex.flags & re.IGNORECASE))
    except Unknown:
        return None
    return None if empty or not pieces else re.compile("|".join(pieces))


class Scanner:
    """``finditer`` of each of ``regexes`` over a text, tried at word starts only."""

    def __init__(self, regexes: list[re.Pattern[str]]):
        self.regexes = regexes
        self.firsts = [first_chars(r) for r in regexes]
        self._accepts: dict[str, dict[str, bool]] = {}  # first-character class -> char -> ok

    def scan(self, text: str) -> list[list[re.Match[str]]]:
        """The matches of every regex, each list as ``regex.finditer(text)`` gives it."""
        by_char: dict[str, list[int]] = defaultdict(list)
        for m in WORD_START.finditer(text):
            by_char[text[m.start()]].append(m.start())
        shared: dict[tuple[str, ...], list[int]] = {}  # patterns that begin alike
        found = []
        for i, regex in enumerate(self.regexes):
            if self.firsts[i] is None:
                found.append(list(regex.finditer(text)))
                continue
            key = self.firsts[i].pattern
            if key not in shared:
                chars = [c for c in by_char if self._accepts_char(self.firsts[i], c)]
                shared[key] = sorted(p for c in chars for p in by_char[c])
            found.append(self._at(regex, text, shared[key]))
        return found

    def _accepts_char(self, first: re.Pattern[str], c: str) -> bool:
        accepts = self._accepts.setdefault(first.pattern, {})
        if c not in accepts:
            accepts[c] = first.fullmatch(c) is not None
        return accepts[c]

    @staticmethod
    def _at(regex: re.Pattern[str], text: str, candidates: list[int]) -> list[re.Match[str]]:
        """``finditer``'s matches, trying only ``candidates`` (sorted): after a match, the
        next one starts at its end or later."""
        out = []
        k, n = 0, len(candidates)
        while k < n:
            m = regex.match(text, candidates[k])
            if m is None:
                k += 1
            else:
                out.append(m)
                k = bisect_left(candidates, m.end(), k + 1)
        return out
