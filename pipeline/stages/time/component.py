"""Stage 3, time and measure: when each figure applies, what it measures and whose it is.

Time expressions come from ``rules/time_patterns.jsonl`` (regular expressions over the
raw text with named parts: year, rel, month, month2, n, ord, weekday; the part named
``t`` is the expression's span) and from spaCy DATE entities holding a month name, which
dateparser reads ("February 27th"). Each is resolved to a period against the article's
publication date (``pipeline.stages.time.periods``); a relative expression that the
publication date cannot anchor keeps no dates and becomes an ``unanchored_date`` defect (one
for the whole document when it has no publication date). Results:
``doc.spans["nf_times"]`` (label = granularity, ``_.nf_t_start``/``_.nf_t_end``).

The next stage, context (``pipeline.stages.context``), attaches these periods to the
figures, with what each figure measures and whose it is.

Why not dateparser alone: it copies the month and day of its base date into "by 2025",
reads "48-hour" as 2048 and "we" as a Wednesday, and returns nothing for "the first
three quarters of this year". It is used only on DATE entities that name a month.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.core.doctext import text_of
from pipeline.core.extensions import DEFECTS, TIMES
from pipeline.core.years import YEAR_PATTERN
from pipeline.stages.base import RuleComponent
from pipeline.stages.context import attachment
from pipeline.stages.time.periods import (
    Anchor,
    Period,
    Unanchored,
    parse_anchor,
    parse_written_date,
    resolve,
)
from pipeline.stages.time.rules import RULE_KINDS
from pipeline.stages.time.scan import Scanner
from pipeline.stages.time.tense import speaks_of_future

#: Placeholders a time pattern may use, filled from ``time_words`` by kind.
PLACEHOLDERS = {
    "MONTH": "month",
    "WEEKDAY": "weekday",
    "NUM": "number",
    "ORD": "ordinal",
    "REL": "relative",
}
#: Word kinds matched with their case as written ("May" the month, not "may" the verb).
CASED_KINDS = frozenset({"month", "weekday"})
#: Named parts of a match and the word kind that gives their value.
PART_KINDS = {
    "month": "month",
    "month2": "month",
    "weekday": "weekday",
    "n": "number",
    "ord": "ordinal",
    "rel": "relative",
    "year": None,
    "year2": None,
}
UNANCHORED = "unanchored_date"
DATEPARSER_RULE = "dateparser"


def counts_a_noun(token: Token) -> bool:
    """A number that counts the noun after it ("by 2025 members") is no year."""
    return (
        token.like_num
        and token.dep_ == "nummod"
        and token.head.i > token.i
        and token.head.pos_ == "NOUN"
    )


@Language.factory("newsfacts_time")
def make_time(nlp: Language, name: str) -> TimeStage:
    return TimeStage(nlp, name)


class TimeStage(RuleComponent):
    rule_kinds = RULE_KINDS

    def compile(self) -> None:
        self._values: dict[str, dict[str, int]] = {kind: {} for kind in PLACEHOLDERS.values()}
        for rule in self.rules.get("time_words", []):
            self._values[rule["kind"]][rule["word"].lower()] = rule["value"]
        fills = {"YEAR": YEAR_PATTERN}
        for name, kind in PLACEHOLDERS.items():
            words = {r["word"] for r in self.rules.get("time_words", []) if r["kind"] == kind}
            words = sorted(words, key=lambda w: (-len(w), w))
            alternatives = "|".join(re.escape(w) for w in words) or r"(?!x)x"
            fills[name] = f"(?-i:{alternatives})" if kind in CASED_KINDS else f"(?:{alternatives})"
        placeholder = re.compile(r"\{(" + "|".join(fills) + r")\}")
        self._patterns: list[tuple[dict, re.Pattern[str]]] = []
        for rule in self.rules.get("time_patterns", []):
            source = placeholder.sub(lambda m: fills[m.group(1)], rule["pattern"])
            self._patterns.append((rule, re.compile(source, re.IGNORECASE)))
        self._scanner = Scanner([regex for _, regex in self._patterns])
        self._year = re.compile(r"\b" + YEAR_PATTERN + r"\b")
        self._gate = re.compile(r"\b(?:" + fills["MONTH"] + "|" + fills["WEEKDAY"] + r")\b")
        self._cues = attachment.compile_cues(self.rules.get("time_cues", []))

    # finding -------------------------------------------------------------------------
    def _parts(self, match: re.Match[str]) -> dict[str, int | None]:
        parts: dict[str, int | None] = {}
        for name, kind in PART_KINDS.items():
            text = match.groupdict().get(name)
            if text is None:
                continue
            if kind is None or text.isdigit():
                parts[name] = int(text)
            else:
                parts[name] = self._values[kind].get(text.lower())
        return parts

    def matches(self, doc: Doc) -> list[tuple[Span, dict, dict[str, int | None]]]:
        """Pattern matches as token spans, longest first then rule order, no overlaps."""
        found = []
        text = text_of(doc)
        scanned = self._scanner.scan(text)  # each pattern's finditer, at word starts only
        for order, ((rule, regex), found_here) in enumerate(
            zip(self._patterns, scanned, strict=True)
        ):
            for m in found_here:
                start, end = m.span("t") if "t" in regex.groupindex and m.group("t") else m.span()
                span = doc.char_span(start, end, alignment_mode="expand")
                # "by 2025 members": a number that counts a noun is no year
                if span is not None and len(span) and not counts_a_noun(span[-1]):
                    parts = self._parts(m)
                    parts.update(
                        fixed_month=rule.get("month"),
                        fixed_day=rule.get("day"),
                        fixed_days=rule.get("days"),
                        fixed_weekday=rule.get("weekday"),
                        fixed_nth=rule.get("nth"),
                        fixed_offset=rule.get("offset"),
                    )
                    found.append((span, rule, parts, order))
        found.sort(key=lambda f: (-(f[0].end_char - f[0].start_char), f[3], f[0].start_char))
        taken: set[int] = set()  # tokens of the chosen matches (token spans overlap by tokens)
        chosen = []
        for span, rule, parts, _order in found:
            if not taken.isdisjoint(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            chosen.append((span, rule, parts))
        return chosen

    def written_dates(self, doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
        """DATE entities that name a month or weekday and no pattern covered (``taken``:
        the tokens the patterns matched): dateparser's job."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "DATE" or not taken.isdisjoint(range(ent.start, ent.end)):
                continue
            if self._gate.search(ent.text) or self._cues.match("parse_gate", ent.text):
                found.append((ent, ent.text))
        return found

    # resolving ----------------------------------------------------------------------
    def periods(self, doc: Doc, anchor: Anchor) -> tuple[list[Span], list[Span]]:
        times: list[Span] = []
        chosen = self.matches(doc)
        sents = attachment.Sentences(doc)
        resolved = [
            (
                span,
                rule["id"],
                resolve(
                    rule["resolve"],
                    {**parts, "future": speaks_of_future(span, self._cues)},
                    self.basis_anchor(doc, span, chosen, sents) or anchor,
                ),
            )
            for span, rule, parts in chosen
        ]
        taken = {i for span, _, _ in chosen for i in range(span.start, span.end)}
        for ent, text in self.written_dates(doc, taken):
            result = parse_written_date(text, anchor, has_year=bool(self._year.search(text)))
            resolved.append((ent, DATEPARSER_RULE, result))
        lost: list[tuple[Span, Unanchored]] = []
        for span, rule_id, result in resolved:
            if result is None:
                continue
            t = Span(doc, span.start, span.end, label=result.granularity, span_id=rule_id)
            if isinstance(result, Period):
                t._.nf_t_start, t._.nf_t_end = result.start, result.end
            elif isinstance(result, Unanchored):
                lost.append((t, result))
            times.append(t)
        key = lambda s: (s.start_char, s.end_char, s.id_)  # noqa: E731
        return sorted(times, key=key), sorted(self.unanchored(doc, anchor, lost), key=key)

    def basis_anchor(
        self, doc: Doc, span: Span, chosen: list, sents: attachment.Sentences
    ) -> Anchor | None:
        """A comparison basis counts back from the figure's stated year, not from the
        publication date: "In 2022, ... up 30% over two years ago" is 2020."""
        if not attachment.is_basis(doc, span, self._cues, sents):
            return None
        years = [
            parts["year"]
            for other, rule, parts in chosen
            if sents.of(other.start).start == sents.of(span.start).start
            and other.end <= span.start
            and rule["resolve"] == "year"
            and parts.get("year") is not None
        ]
        return Anchor(years[-1]) if years else None

    @staticmethod
    def unanchored(doc: Doc, anchor: Anchor, lost: list[tuple[Span, Unanchored]]) -> list[Span]:
        """With no publication date, one warning for the document (on its first relative
        expression: the problem is the missing date, not each expression); with a date too
        coarse or an expression it cannot place ("this season"), one per expression."""
        if not lost:
            return []
        if anchor.year is None:
            first = min((t for t, _ in lost), key=lambda t: (t.start_char, t.end_char))
            n = len(lost)
            d = Span(doc, first.start, first.end, label=UNANCHORED, span_id=first.id_)
            d._.nf_d_severity = "warning"
            d._.nf_d_message = (
                f"no publication date: {n} relative date{'s' if n > 1 else ''} cannot be placed"
                f" in time (the first: '{first.text}')"
            )
            return [d]
        out = []
        for t, result in lost:
            d = Span(doc, t.start, t.end, label=UNANCHORED, span_id=t.id_)
            d._.nf_d_severity = "warning"
            why = f"the publication date {anchor.text} does not give the {result.needs}"
            d._.nf_d_message = f"'{t.text}' cannot be dated: {why}"
            out.append(d)
        return out

    def annotate(self, doc: Doc) -> Doc:
        anchor = parse_anchor(doc._.nf_published)
        times, defects = self.periods(doc, anchor)
        doc.spans[TIMES] = times
        if defects:
            existing = list(doc.spans[DEFECTS]) if DEFECTS in doc.spans else []
            doc.spans[DEFECTS] = [*existing, *defects]
        return doc
