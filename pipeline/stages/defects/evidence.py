"""Evidence for and against a stripped-number candidate beyond its own pattern.

A pattern sees a gap ("reached $ trillion"); other stages and the rest of the document
say whether a number really is missing there: a quantity read across the gap, a number
glued to a code next to it, and for a ``medium`` rule a second signal beside the gap
(``signals_at``) in a document that does not space its punctuation as a habit. Pure
functions of the text, the gap (``[start, end)`` where the number would be) and what other
stages found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.core.doctext import text_of
from pipeline.stages.defects.rules import Signal

#: a number glued to a currency code or symbol: CNY3.45, $US96, RMB2.6, USD480, HK$36, A1.42
_GLUED = re.compile(r"[$€£¥￥]?[A-Za-z]{1,3}[$€£¥￥]?\d[\d.,]*")
#: a currency code, alone or with its symbol: the "US" of "$US96", "HK$"
_CODE = re.compile(r"[A-Z]{1,3}[$€£¥￥]?")
#: what may stand around a word without being part of it
_EDGES = "\"'“”‘’()[]{},;:!?"
_DIGIT = re.compile(r"\d")
#: no quantity span is longer (characters): the search for a cover stops there
_LONGEST = 200


def _word_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:pos].strip(_EDGES)


def _word_after(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[pos:end].strip(_EDGES).rstrip(".")


def glued_number_next(text: str, gap: tuple[int, int]) -> bool:
    """The word just before or after the gap is a number glued to a code or symbol
    ("$US96 trillion": the gap a pattern sees after '$' or before 'trillion' holds one)."""
    return any(
        _GLUED.fullmatch(word) is not None
        for word in (_word_before(text, gap[0]), _word_after(text, gap[1]))
    )


def same_slot(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two gaps are one missing number when they touch, or only a currency code stands
    between them ("$|US| million": one amount, not two)."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return True
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    return _CODE.fullmatch(text[left[1] : right[0]]) is not None


class QuantityCover:
    """Quantity spans by position: a gap inside a quantity that has digits next to the
    gap was read as a number by the quantities stage, so no number is missing there."""

    def __init__(self, quantities: Iterable[Span]):
        spans = sorted(quantities, key=lambda s: (s.start_char, s.end_char))
        self.spans = [(s.start_char, s.end_char) for s in spans]
        self.starts = [s for s, _ in self.spans]

    def covers(self, text: str, gap: tuple[int, int]) -> bool:
        k = bisect_right(self.starts, gap[0]) - 1
        while k >= 0 and self.starts[k] > gap[0] - _LONGEST:
            start, end = self.spans[k]
            if gap[1] <= end and _digits_next(text, gap, start, end):
                return True
            k -= 1
        return False


def _digits_next(text: str, gap: tuple[int, int], start: int, end: int) -> bool:
    """A word with a digit touches the gap inside the quantity ("$|US96", "CNY3.45| trillion");
    a quantity read around a true gap ("between 3 and | yuan") has none there."""
    before = text[start : gap[0]].rstrip()
    after = text[gap[1] : end].lstrip()
    word_before = before.split()[-1] if before.split() else ""
    word_after = after.split()[0] if after.split() else ""
    return bool(_DIGIT.search(word_before) or _DIGIT.search(word_after))


# --- a second signal for a medium-confidence candidate ----------------------------------

#: punctuation a stripped number may stand before ("in January ,", "to .")
_PUNCT = ",.;:)"
#: what may stand around a word in the words next to a gap
_AROUND = "\"'“”‘’()[]{},;:!?"
#: a space before a comma, full stop, semicolon or colon, and the same marks unspaced
_SPACED = re.compile(r"[^\s][ \t]+[,.;:](?=\s|$)")
_UNSPACED = re.compile(r"[^\s,.;:][,.;:](?=\s|$)")
#: a feed that spaces its punctuation does it this often (share of its marks, and count);
#: a damaged text has a few spaced marks where numbers vanished, never most of them
_HABIT_SHARE, _HABIT_MIN = 0.5, 2


@dataclass(frozen=True)
class SignalWords:
    """The vocabularies of the second signals, from ``rules/defect_words.jsonl``."""

    units: frozenset[str]  # scale words and units: a number stands before them
    qualifiers: frozenset[str]  # "about", "more than", "of which": a number stands after them
    objects: frozenset[str]  # prepositions and conjunctions: something stands after them
    dates: frozenset[str]  # month names: a day or year stands after them
    day_before: frozenset[str]  # "on": a month after it has a day
    currencies: frozenset[str]  # "$": an amount stands after it
    counted: frozenset[str]  # "hired", "last": a count may stand after them


def spaces_punctuation(text: str) -> bool:
    """The document puts a space before its punctuation as a habit ("rose 5 per cent ."):
    there, a space before punctuation is no evidence of anything."""
    spaced = len(_SPACED.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    return spaced >= _HABIT_MIN and spaced >= _HABIT_SHARE * (spaced + unspaced)


def at_spaced_punctuation(text: str, gap: tuple[int, int]) -> bool:
    """The gap is a space before punctuation, or a lone mark after a space."""
    start, end = gap
    if text[start:end].isspace():
        return text[end : end + 1] in tuple(_PUNCT)
    return text[start : start + 1] in tuple(",.;:") and text[start - 1 : start].isspace()


def _words(chunk: str) -> list[str]:
    return [w.strip(_AROUND) for w in chunk.split()]


def _names(phrases: list[str], vocabulary: frozenset[str]) -> bool:
    """One of the phrases is in the vocabulary (a final '.' may be a full stop)."""
    return any(p in vocabulary or p.rstrip(".") in vocabulary for p in phrases if p)


class Neighbours:
    """The tokens next to a place in one document (built once per document)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = [t.idx for t in doc]
        self.ends = [t.idx + len(t) for t in doc]

    def before(self, pos: int) -> Token | None:
        k = bisect_right(self.ends, pos) - 1
        return self.doc[k] if k >= 0 else None

    def after(self, pos: int) -> Token | None:
        k = bisect_left(self.starts, pos)
        return self.doc[k] if k < len(self.doc) else None


@dataclass(frozen=True)
class _Site:
    """The words around a gap: up to three before, two after (edges stripped, case kept),
    and the text from the gap on."""

    before: list[str]
    after: list[str]
    rest: str

    def last(self, n: int = 1) -> str:
        return " ".join(self.before[-n:]).lower() if len(self.before) >= n else ""

    def first(self, n: int = 1) -> str:
        return " ".join(self.after[:n]).lower() if len(self.after) >= n else ""


#: a lone point, then the sentence goes on in lower case: no full stop, a decimal point
_POINT_INSIDE = re.compile(r"[ \t]*\.[ \t]+[a-z]")
#: a day of the month: "18", "18,"
_DAY = re.compile(r"\d{1,2},?")


#: how a message names each second signal
PHRASES: dict[Signal, str] = {
    "unit": "a scale word or unit with no number",
    "qualifier": "a qualifier with nothing after it",
    "currency": "a currency symbol alone",
    "date": "a date with no day or year",
    "comma": "a comma with nothing after it",
    "preposition": "a preposition with nothing after it",
    "range_start": "a range with its start missing",
    "lone_point": "a lone point inside a sentence",
    "count": "a plural noun where a count belongs",
}


def signals_at(near: Neighbours, gap: tuple[int, int], words: SignalWords) -> Iterator[Signal]:
    """What besides the pattern says a number is missing at ``gap`` (the place the number
    was, or what is left of it), from the words and tokens next to it, strongest first."""
    text = text_of(near.doc)
    site = _Site(
        _words(text[max(0, gap[0] - 40) : gap[0]])[-3:],
        _words(text[gap[1] : gap[1] + 40])[:2],
        text[gap[0] : gap[0] + 40],
    )
    mark = site.rest.lstrip(" \t")[:1]
    if _names([site.first(), site.first(2)], words.units):
        yield "unit"
    if _names([site.last(), site.last(2)], words.qualifiers):
        yield "qualifier"
    if _currency_alone([site.last(), site.first()], words.currencies):
        yield "currency"
    if _month_before(site.before, words.dates) and (
        mark != "." or (site.last(2).split() or [""])[0] in words.day_before
    ):  # "in May ." ends many a spaced sentence; "on July ." lacks its day
        yield "date"
    if mark in _PUNCT and text[max(0, gap[0] - 3) : gap[0]].rstrip().endswith(","):
        yield "comma"
    if site.last() in words.objects and (mark in _PUNCT or site.first() in words.objects):
        yield "preposition"
    if _range_end_only(near, gap, site):
        yield "range_start"
    if _POINT_INSIDE.match(site.rest):
        yield "lone_point"
    if _count_slot(near, gap, words.objects | words.counted):
        yield "count"


def with_evidence(message: str, signals: Iterable[Signal], states: Iterable[Signal]) -> str:
    """The message, and the first signal it does not already state as evidence
    ("...; also: a comma with nothing after it"); a signal the rule states is not repeated."""
    stated = set(states)
    new = [s for s in signals if s not in stated]
    return f"{message}; also: {PHRASES[new[0]]}" if new else message


def _range_end_only(near: Neighbours, gap: tuple[int, int], site: _Site) -> bool:
    """'to 60' or 'and 9' after the gap, not after a verb ("rose  to 5,000" is a change,
    "between 7: and 9" and "of  to 5 years" are ranges)."""
    number = site.after[1] if len(site.after) > 1 else ""
    if site.first() not in ("to", "and") or not _DIGIT.match(number):
        return False
    prev = near.before(gap[0])
    return prev is None or prev.pos_ not in ("VERB", "AUX")


def _month_before(before: list[str], months: frozenset[str]) -> bool:
    """The gap follows a month ("in January ,") or a month and day ("on April 9, ."):
    case kept, "May" and not "may"."""
    if before and before[-1] in months:
        return True
    return len(before) >= 2 and before[-2] in months and _DAY.fullmatch(before[-1]) is not None


def _currency_alone(words: list[str], currencies: frozenset[str]) -> bool:
    return any(
        w and (w[-1] in currencies or w[0] in currencies) and not _DIGIT.search(w) for w in words
    )


def _count_slot(near: Neighbours, gap: tuple[int, int], before: frozenset[str]) -> bool:
    """A verb, preposition, conjunction ("when"), comma or a word of ``before``, the gap,
    then a lower-case plural noun (after at most two modifiers): "hired  engineers", "on
    factory buildings", "their last  games", "when , parcels", where a count belongs."""
    prev, nxt = near.before(gap[0]), near.after(gap[1])
    if prev is None or nxt is None:
        return False
    if prev.pos_ not in ("VERB", "ADP", "SCONJ", "PUNCT") and prev.lower_ not in before:
        return False
    for tok in near.doc[nxt.i : nxt.i + 3]:
        if not tok.text.islower():
            return False
        if tok.tag_ in ("NNS", "NNPS"):
            return True
        if tok.tag_ not in ("JJ", "JJR", "NN", "NNP", "VBN", "VBG", "HYPH"):
            return False
    return False
