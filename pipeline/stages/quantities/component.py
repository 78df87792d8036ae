"""Stage 2, quantities: numbers with their units, qualifiers, ranges and change cues.

A token-level reader, driven entirely by ``rules/numbers.jsonl`` (number words,
multipliers, vague magnitudes, fractions, ordinals), ``rules/units.jsonl`` (codes and
aliases written before or after the number), ``rules/qualifiers.jsonl`` and
``rules/quantity_cues.jsonl`` (change words, bases, rank verbs, time anchors, ranges).

Why hand-written rather than a library: the open extractors (quantulum3, Recognizers-Text,
CQE) rewrite the text, so their offsets drift; they read "reached . trillion yuan" as a
clean "1 trillion", years and times of day as measures, and keep no qualifier. Here the
text is never changed: every figure is a span of the spaCy Doc built on the raw text, and
a number whose digits are missing is never invented (the defects stage reports it).

Order of work per document: read every number (``read_number``), extend it with its unit,
multiplier and qualifier (``extend``), drop what is not a quantity (``excluded``: years,
dates, times of day, ordinals in names, numbers in names, list markers, idioms), then
look at neighbours: coordinated lists and "respectively", ranges, counted nouns, change
cues. Results go to ``doc.spans["nf_quantities"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.core.extensions import QUANTITIES
from pipeline.core.years import is_year
from pipeline.stages.base import RuleComponent
from pipeline.stages.quantities.rules import (
    RULE_KINDS,
)

# --- rule kinds -------------------------------------------------------------------------


# --- shapes of digit tokens ---------------------------------------------------------------

DIGITS = re.compile(
    r"^(?P<pre>\D*?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>[^\d\s]*)$"
)
FRACTION = re.compile(r"^(?P<a>\d+)[/⁄](?P<b>\d+)$")
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
HYPHENS = {"-", "‐", "‑", "–"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
CLAUSE_END = {",", ";", ".", ":", "!", "?", ")", "(", "…"}


@dataclass(frozen=True)
class Quantity:
    """A figure being built; token offsets until it becomes a Span."""

    start: int  # first token of the span (qualifier and currency prefix included)
    end: int  # token after the span
    num_start: int  # first token of the number itself
    num_end: int  # token after number and multipliers
    kind: str  # digits|words|vague|fraction|ordinal|multiple_verb
    value: float | None
    low: float | None = None
    high: float | None = None
    mult: float = 1.0
    unit: dict | None = None
    qualifier: str = "exact"
    bound: str | None = None
    item: tuple[int, int] | None = None  # char offsets
    change: str | None = None
    change_from: str | None = None  # "before"|"after"|"verb": where the cue was
    basis: str | None = None
    counterpart: int | None = None  # index into the sentence's figures
    thousands: bool = False  # written with a thousands separator
    date_pending: bool = False  # inside a DATE entity, kept only if it becomes a range with a unit


SIGNS = {"+": 1.0, "-": -1.0, "−": -1.0, "–": -1.0}


def _sign(doc: Doc, i: int, pre: str) -> tuple[float | None, str]:
    """ "+0.4%", "-1.1%", "$-12.7bn": a sign glued before the digits, when it follows a space,
    a currency or an opening bracket (not "COVID-19", read as a name elsewhere)."""
    if not pre or pre[-1] not in SIGNS:
        return 1.0, pre
    if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha:
        return None, pre
    return SIGNS[pre[-1]], pre[:-1]


def _mixed_fraction(doc: Doc, i: int, value: float) -> float:
    """ "2 1/2 in": a whole number followed by a proper fraction."""
    if i + 1 < len(doc) and value.is_integer():
        m = FRACTION.match(doc[i + 1].text)
        if m and 0 < int(m["a"]) < int(m["b"]):
            return value + int(m["a"]) / int(m["b"])
    return value


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


@Language.factory("newsfacts_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityStage:
    return QuantityStage(nlp, name)


class QuantityStage(RuleComponent):
    rule_kinds = RULE_KINDS

    # -- compile rules into lookup tables, once ---------------------------------------------
    def compile(self) -> None:
        # a word may have several kinds: "third" is a fraction and an ordinal
        self.words: dict[str, dict[str, dict]] = {}
        self.attached_scales: dict[str, dict] = {}
        for rule in self.rules.get("numbers", []):
            if rule["attached_only"]:
                self.attached_scales[rule["word"]] = rule
            else:
                self.words.setdefault(rule["word"].lower(), {})[rule["kind"]] = rule
        self._compile_units()
        self.qualifiers = {self._tokens(r["phrase"]): r for r in self.rules.get("qualifiers", [])}
        self.cues: dict[str, dict[tuple[str, ...], dict]] = {}
        for rule in self.rules.get("quantity_cues", []):
            key = tuple(w.lower() for w in rule["words"])
            self.cues.setdefault(rule["role"], {})[key] = rule
        self._max = {
            "after": max((len(k) for k in self.units_after), default=1),
            "before": max((len(k) for k in self.units_before), default=1),
            "not": max((len(k) for k in self.not_quantities), default=1),
            "qual": max((len(k) for k in self.qualifiers), default=1),
        }

    def _compile_units(self) -> None:
        """Hand rules first (they win a shared form), then the generated vocabulary. A form
        that is a lower-case word matches in any case; a symbol only as written ("MB" is
        not "mb", "mW" is not "MW")."""
        self.units: dict[str, dict] = {}
        self.units_after: dict[tuple[str, ...], dict] = {}
        self.units_before: dict[tuple[str, ...], dict] = {}
        self.units_attached: dict[str, dict] = {}
        hand = self.rules.get("units", [])
        taken = {self._tokens(a) for r in hand for a in r["after"] + r["before"]}
        for rule in hand + self.rules.get("units_generated", []):
            self.units.setdefault(rule["id"], rule)
            generated = rule.get("source") is not None
            if generated:  # a form the hand rules read (in any case) stays theirs: "¥", "C$"
                rule = {
                    **rule,
                    "after": [a for a in rule["after"] if self._tokens(a) not in taken],
                    "before": [a for a in rule["before"] if self._tokens(a) not in taken],
                }
            for alias in rule["after"]:
                key = self._key(alias, generated)
                self.units_after.setdefault(key, rule) if generated else self.units_after.update(
                    {key: rule}
                )
                if " " not in alias and "-" not in alias:
                    attached = alias if generated and not alias.islower() else alias.lower()
                    self.units_attached.setdefault(attached, rule)
            for alias in rule["before"]:
                self.units_before.setdefault(self._key(alias, generated), rule)
                self.units_attached.setdefault(alias if generated else alias.lower(), rule)
        self.not_quantities = {
            self._key(" ".join(r["words"]), False): r for r in self.rules.get("not_quantities", [])
        }

    def _key(self, phrase: str, exact: bool) -> tuple[str, ...]:
        """Lower-cased tokens, or (a generated symbol with capitals) the tokens as written,
        marked so the two never meet."""
        if exact and not phrase.islower():
            return ("=",) + tuple(t.text for t in self.nlp.make_doc(phrase))
        return self._tokens(phrase)

    def _word(self, word: str, kind: str) -> dict | None:
        return self.words.get(word, {}).get(kind)

    def _tokens(self, phrase: str) -> tuple[str, ...]:
        return tuple(_norm(t.text) for t in self.nlp.make_doc(phrase))

    def _cue(self, role: str, token: Token) -> dict | None:
        table = self.cues.get(role, {})
        rule = table.get((_norm(token.text),))
        if rule is None:
            rule = table.get((token.lemma_.lower(),))
            if rule is not None and rule["match"] != "lemma":
                rule = None
        return rule

    def _phrase_cue(self, role: str, doc: Doc, i: int) -> tuple[dict, int] | None:
        """Longest cue phrase of ``role`` starting at token i: (rule, end)."""
        best = None
        for key, rule in self.cues.get(role, {}).items():
            end = i + len(key)
            if end <= len(doc) and tuple(_norm(t.text) for t in doc[i:end]) == key:
                if best is None or end > best[1]:
                    best = (rule, end)
        return best

    @staticmethod
    def _match_after(doc: Doc, i: int, table: dict, longest: int) -> tuple[dict, int] | None:
        """Longest form at token i: as written first, then lower-cased (hash look-ups,
        at most ``longest`` of each per figure, whatever the size of the vocabulary)."""
        for n in range(min(longest, len(doc) - i), 0, -1):
            toks = doc[i : i + n]
            exact = table.get(("=",) + tuple(t.text for t in toks))
            if exact is not None:
                return exact, i + n
            key = tuple(_norm(t.text) for t in toks)
            if key in table:
                return table[key], i + n
        return None

    @staticmethod
    def _match_before(doc: Doc, j: int, table: dict, longest: int) -> tuple[dict, int] | None:
        for n in range(min(longest, j), 0, -1):
            toks = doc[j - n : j]
            exact = table.get(("=",) + tuple(t.text for t in toks))
            if exact is not None:
                return exact, j - n
            key = tuple(_norm(t.text) for t in toks)
            if key in table:
                return table[key], j - n
        return None

    # -- the stage ---------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> Doc:
        found: list[Quantity] = []
        i = 0
        while i < len(doc):
            q = self.read_number(doc, i)
            if q is None:
                i += 1
                continue
            q = self.extend(doc, q)
            i = max(q.end, i + 1)
            q = self._named(doc, q)
            if q is not None and not self.excluded(doc, q):
                in_date = any(t.ent_type_ in ("DATE", "TIME") for t in doc[q.num_start : q.num_end])
                found.append(
                    replace(
                        q, date_pending=in_date and q.unit is None and self._opens_range(doc, q)
                    )
                )
        spans: list[Span] = []
        k = 0
        for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            in_sent = []
            while k < len(found) and found[k].num_start < sent.end:
                in_sent.append(found[k])
                k += 1
            if not in_sent:
                continue
            figures = self.in_sentence(doc, sent, in_sent)
            made = [self.to_span(doc, q) for q in figures]
            for q, span in zip(figures, made):
                if q.counterpart is not None:
                    other = made[q.counterpart]
                    span._.nf_q_counterpart = (other.start_char, other.end_char)
            spans.extend(made)
        doc.spans[QUANTITIES] = spans
        return doc

    # -- reading numbers -----------------------------------------------------------------
    def read_number(self, doc: Doc, i: int) -> Quantity | None:
        tok = doc[i]
        m = DIGITS.match(tok.text)
        if m:
            return self._read_digits(doc, i, m)
        m = FRACTION.match(tok.text)
        if m:
            a, b = int(m["a"]), int(m["b"])
            if b == 0 or a >= b:
                return None  # "24/7", "3/2": not a fraction of something
            return Quantity(i, i + 1, i, i + 1, "fraction", a / b, unit=self.units.get("fraction"))
        return self._read_words(doc, i)

    def _read_digits(self, doc: Doc, i: int, m: re.Match) -> Quantity | None:
        pre, num, suf = m["pre"], m["num"], m["suf"]
        value = float(num.replace(",", ""))
        sign, pre = _sign(doc, i, pre)
        if sign is None:
            return None
        unit = None
        if pre:
            unit = self.units_attached.get(pre) or self.units_attached.get(pre.lower())
            if unit is None or unit["dimension"] != "currency":
                return None  # letters glued before digits: a name ("COVID-19", "B2C")
        value = _mixed_fraction(doc, i, value)
        money = unit is not None or self._currency_before(doc, i)
        kind, mult = "digits", 1.0
        if suf:
            read = self._suffix(doc, i, suf, num, money)
            if read is None:
                return None  # "5G", "4K", "12B": a name, not a figure
            kind, mult, suf_unit = read
            unit = suf_unit or unit
        j = i + 1 + (value != float(num.replace(",", "")))
        if mult == 1.0 and j < len(doc):
            abbr = self._abbreviation(doc, j, doc[j].text, money)
            if abbr is not None:
                mult, j = abbr, j + 1
        j, scale = self._read_scales(doc, j)
        mult *= scale
        value = sign * value * mult
        return Quantity(i, j, i, j, kind, value, mult=mult, unit=unit, thousands="," in num)

    def _suffix(self, doc: Doc, i: int, suf: str, num: str, money: bool):
        """What is glued after the digits: (kind, multiplier, unit) or None for a name."""
        low = suf.lower()
        if low in ORDINAL_SUFFIXES and "." not in num and "," not in num:
            return "ordinal", 1.0, None
        abbr = self._abbreviation(doc, i + 1, suf, money)
        if abbr is not None:
            return "digits", abbr, None
        unit = self.units_attached.get(suf) or self.units_attached.get(low)
        if unit is not None and unit["dimension"] != "currency":
            return "digits", 1.0, unit
        if low == "p" and self._pence_context(doc, i):
            return "digits", 1.0, self.units.get("gbp_pence")
        if self._word(low, "scale"):
            return "digits", self._word(low, "scale")["value"], None
        return None

    def _abbreviation(self, doc: Doc, j: int, word: str, money: bool) -> float | None:
        """ "3.1b", "9.6 m tonnes", "52.3 bn": a scale abbreviation, attached or spaced. One
        that is also a unit symbol ("a 25m yacht") is a scale only next to money, or before
        a plural noun, "of", a unit or the end of the clause."""
        rule = self.attached_scales.get(word) or self.attached_scales.get(word.lower())
        if rule is None:
            return None
        if rule.get("ambiguous") and not money:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is None or not (
                nxt.tag_ in ("NNS", "NNPS")
                or nxt.lower_ == "of"
                or self._match_after(doc, j + 1, self.units_after, 2)
            ):
                return None
        return rule["value"]

    def _read_scales(self, doc: Doc, j: int) -> tuple[int, float]:
        scale = 1.0
        while j < len(doc):
            rule = self._word(doc[j].lower_, "scale")
            if rule is None:
                break
            scale *= rule["value"]
            j += 1
        return j, scale

    def _currency_before(self, doc: Doc, i: int) -> bool:
        hit = self._match_before(doc, i, self.units_before, self._max["before"])
        return hit is not None and hit[0]["dimension"] == "currency"

    def _pence_context(self, doc: Doc, i: int) -> bool:
        """ "down 12p at 845p": "p" is pence only where prices are talked about."""
        sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        return any(self._cue("pence_context", t) for t in sent)

    def _read_words(self, doc: Doc, i: int) -> Quantity | None:
        tok = doc[i]
        low = tok.lower_
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if low in ("a", "an") and nxt is not None:
            if self._word(nxt.lower_, "scale"):
                return self._read_word_sequence(doc, i, first=1.0)
            fraction = self._word(nxt.lower_, "fraction")
            if fraction and i + 2 < len(doc) and doc[i + 2].lower_ == "of":
                whole = self._fraction_of_scale(doc, i + 3)
                if whole is not None:  # "a quarter of a million"
                    return Quantity(
                        i, i + 5, i, i + 5, "words", fraction["value"] * whole, mult=whole
                    )
                return Quantity(
                    i,
                    i + 2,
                    i,
                    i + 2,
                    "fraction",
                    fraction["value"],
                    unit=self.units.get("fraction"),
                )
            return None
        kinds = self.words.get(low, {})
        if "multiple_verb" in kinds:
            if tok.pos_ not in ("VERB", "AUX"):
                return None
            rule = kinds["multiple_verb"]
            return Quantity(
                i,
                i + 1,
                i,
                i + 1,
                "multiple_verb",
                rule["value"],
                unit=self.units.get("times"),
                change=rule["direction"],
                change_from="verb",
            )
        if "vague" in kinds:
            return self._read_vague(doc, i, kinds["vague"])
        if "digit" in kinds:
            return self._read_word_sequence(doc, i)
        if (
            "fraction" in kinds
            and low.startswith("half")
            and nxt is not None
            and nxt.lower_ == "of"
        ):
            return Quantity(
                i,
                i + 1,
                i,
                i + 1,
                "fraction",
                kinds["fraction"]["value"],
                unit=self.units.get("fraction"),
            )
        if "ordinal" in kinds:
            return Quantity(i, i + 1, i, i + 1, "ordinal", kinds["ordinal"]["value"])
        return None

    def _fraction_of_scale(self, doc: Doc, k: int) -> float | None:
        if k + 1 < len(doc) and doc[k].lower_ in ("a", "one"):
            rule = self._word(doc[k + 1].lower_, "scale")
            if rule is not None and rule["value"] >= 1000:
                return rule["value"]
        return None

    def _read_vague(self, doc: Doc, i: int, rule: dict) -> Quantity | None:
        """ "tens of millions", "hundreds of", "dozens of": a range, never a value."""
        j = i + 1
        low, high = rule["low"], rule["high"]
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            inner = self._word(doc[j + 1].lower_, "vague")
            if inner is not None:
                low, high = rule["low"] * inner["value"], rule["high"] * inner["value"]
                j += 2
        if j >= len(doc) or doc[j].lower_ != "of" and j == i + 1:
            if not (
                j < len(doc)
                and (
                    doc[j].lower_ in CLAUSE_END
                    or doc[j].is_punct
                    or doc[j].pos_ in ("ADP", "VERB", "AUX", "CCONJ")
                )
            ):
                return None
        if j == i + 1 and (j >= len(doc) or doc[j].lower_ != "of"):
            return None  # "hundreds" alone, not "hundreds of ..."
        return Quantity(i, j, i, j, "vague", None, low=low, high=high, qualifier="range")

    def _read_word_sequence(self, doc: Doc, i: int, first: float | None = None) -> Quantity | None:
        """ "ten thousand", "twenty-five", "one hundred and twenty", "two-thirds", "a dozen"."""
        total = 0.0
        current = first if first is not None else float(self._word(doc[i].lower_, "digit")["value"])
        j = i + 1
        while j < len(doc):
            t = doc[j]
            rule = self._word(t.lower_, "scale")
            if t.text in HYPHENS and not doc[j - 1].whitespace_ and j + 1 < len(doc):
                fraction = self._word(doc[j + 1].lower_, "fraction")
                digit = self._word(doc[j + 1].lower_, "digit")
                if fraction is not None:
                    value = (total + current) * fraction["value"]
                    return Quantity(
                        i, j + 2, i, j + 2, "fraction", value, unit=self.units.get("fraction")
                    )
                if (
                    digit is not None
                    and digit["value"] < 10
                    and current % 10 == 0
                    and current >= 20
                ):
                    current += digit["value"]
                    j += 2
                    continue
                break
            if rule is not None:
                if rule["value"] == 100:
                    current = max(current, 1.0) * 100
                else:
                    total += max(current, 1.0) * rule["value"]
                    current = 0.0
                j += 1
                continue
            digit = self._word(t.lower_, "digit")
            if digit is not None and (
                current == 0
                and total > 0
                or current >= 100
                and current % 100 == 0
                and digit["value"] < 100
            ):
                current += digit["value"]  # "thousand five", "hundred seventy"
                j += 1
                continue
            if t.lower_ == "and" and j + 1 < len(doc) and current >= 100 and current % 100 == 0:
                after = self._word(doc[j + 1].lower_, "digit")
                if after is not None:
                    current += after["value"]
                    j += 2
                    continue
            break
        value = total + current
        mult = 1.0
        for t in doc[i:j]:
            rule = self._word(t.lower_, "scale")
            if rule is not None and rule["value"] >= 1000:
                mult = rule["value"]
        return Quantity(i, j, i, j, "words", value, mult=mult)

    # -- units, multipliers, qualifiers ---------------------------------------------------------
    def extend(self, doc: Doc, q: Quantity) -> Quantity:
        j = q.num_end
        unit = q.unit
        end = j
        if q.kind not in ("ordinal", "multiple_verb"):
            found = None
            if (
                j < len(doc)
                and doc[j].text in HYPHENS
                and not doc[j - 1].whitespace_
                and j + 1 < len(doc)
            ):
                hit = self._match_after(doc, j + 1, self.units_after, self._max["after"])
                if hit and hit[0]["hyphen"]:
                    found = hit
            if found is None and q.kind == "vague" and j + 1 < len(doc) and doc[j].lower_ == "of":
                hit = self._match_after(doc, j + 1, self.units_after, self._max["after"])
                if hit and hit[0]["dimension"] not in ("percent", "pp"):
                    found = hit
            if found is None and j < len(doc) and self._cue("duration_modifier", doc[j]):
                hit = self._match_after(doc, j + 1, self.units_after, self._max["after"])
                if hit and hit[0]["dimension"] == "duration":
                    found = hit
            if found is None:
                found = self._match_after(doc, j, self.units_after, self._max["after"])
            if found is not None and (unit is None or unit["id"] == found[0]["id"]):
                if not (q.kind == "fraction" and found[0]["dimension"] not in ("currency",)):
                    unit, end = found
        start = q.num_start
        if q.kind not in ("ordinal", "multiple_verb"):
            hit = self._match_before(doc, start, self.units_before, self._max["before"])
            if (
                hit
                and (unit is None or unit["id"] == hit[0]["id"])
                and (not q.unit or q.unit["dimension"] != "currency")
            ):
                unit, start = hit
        qualifier, bound = q.qualifier, q.bound
        if q.kind not in ("ordinal", "multiple_verb"):
            hit = self._match_before(doc, start, self.qualifiers, self._max["qual"])
            if hit:
                rule, start = hit
                if q.kind != "vague":
                    qualifier, bound = rule["qualifier"], rule["bound"]
        value = q.value
        if start > 0 and self._cue("negative", doc[start - 1]) and value is not None:
            start, value = start - 1, -value  # "minus 3.2 degrees"
        if unit is not None and q.kind not in ("ordinal", "multiple_verb"):
            unit, end = self._per(doc, unit, max(end, q.num_end))
        return replace(
            q,
            start=start,
            end=max(end, q.num_end),
            unit=unit,
            qualifier=qualifier,
            bound=bound,
            value=value,
        )

    def _per(self, doc: Doc, unit: dict, end: int) -> tuple[dict, int]:
        """ "$950 per square foot", "RM120 a month", "80km/hr": a rate, coded "USD/ft2"."""
        if (
            end >= len(doc)
            or self._cue("per", doc[end]) is None
            or unit["dimension"] in ("percent", "pp", "bp", "multiple", "fraction")
        ):
            return unit, end
        hit = self._match_after(doc, end + 1, self.units_after, self._max["after"])
        if hit is None or hit[0]["dimension"] in ("currency", "percent", "pp", "count"):
            return unit, end
        if (
            doc[end].lower_ in ("a", "an")
            and hit[0]["dimension"] != "duration"
            and unit["dimension"] != "currency"
        ):  # "300 metres a day", "$2,350 an ounce"
            return unit, end
        den = hit[0]
        rate = {
            **unit,
            "id": f"{unit['id']}_per_{den['id']}",
            "code": f"{unit['code']}/{den['code']}",
        }
        return rate, hit[1]

    # -- what is not a quantity ----------------------------------------------------------------
    def _name_before(self, doc: Doc, j: int) -> dict | None:
        """The ``not_quantities`` rule whose words end just before token j, if any."""
        hit = self._match_before(doc, j, self.not_quantities, self._max["not"])
        return hit[0] if hit else None

    def _named(self, doc: Doc, q: Quantity) -> Quantity | None:
        """ "FTSE 100", "iPhone 15", "Game 7": a number in a name is none; "a category 3
        storm" is a rank."""
        if q.unit is not None or q.start != q.num_start or q.kind != "digits":
            return q
        if self._age_apposition(doc, q):
            return replace(q, unit=self.units.get("year_of_age"))
        rule = self._name_before(doc, q.num_start)
        if rule is None:
            return q
        if rule["unit"] is None:
            return None
        return replace(q, unit=self.units.get(rule["unit"]), kind="named")

    def excluded(self, doc: Doc, q: Quantity) -> bool:
        first, last = doc[q.num_start], doc[q.num_end - 1]
        before = doc[q.start - 1] if q.start > 0 else None
        after = doc[q.end] if q.end < len(doc) else None
        dimension = q.unit["dimension"] if q.unit else None
        if q.kind == "ordinal":
            return not self._rank_cue(doc, q)
        if q.kind == "multiple_verb":
            return False
        # times of day, dates next to month names
        if after is not None and self._cue("time_of_day", after):
            return True
        if (before is not None and self._cue("month", before)) or (
            after is not None and self._cue("month", after) and dimension is None
        ):
            return True
        # numbers glued into names: "COVID-19" split as COVID - 19, "Su-27"
        if (
            q.num_start >= 2
            and doc[q.num_start - 1].text in HYPHENS
            and not doc[q.num_start - 1].whitespace_
            and not doc[q.num_start - 2].whitespace_
            and doc[q.num_start - 2].is_alpha
        ):
            return True
        # durations that anchor time ("five years ago", "the past five years") belong to the time stage
        if dimension == "duration" and self._anchored(doc, q):
            return True
        # "2000 workers" may be tagged DATE; a four-digit number counting a plural noun is a count
        counts_plural = (
            after is not None and after.tag_ == "NNS" and dimension is None and len(first.text) == 4
        )
        in_date = any(t.ent_type_ in ("DATE", "TIME") for t in doc[q.num_start : q.num_end])
        if (
            in_date
            and dimension not in ("duration", "currency", "percent", "pp", "age")
            and not counts_plural
        ):
            if not (q.kind == "digits" and q.thousands) and not self._opens_range(doc, q):
                return True
        # years: a bare four-digit integer in the year range, unless it counts a plural noun
        if (
            q.kind == "digits"
            and q.unit is None
            and not q.thousands
            and q.mult == 1.0
            and "." not in first.text
        ):
            v = q.value or 0
            if is_year(v, first.text):
                after_prep = (
                    before is not None
                    and self._cue("year_preposition", before)
                    and q.qualifier == "exact"
                )
                if not counts_plural or after_prep:
                    return True
        # list markers: "1." or "(2)" at the start of a line or sentence
        if (
            q.kind == "digits"
            and q.unit is None
            and q.qualifier == "exact"
            and after is not None
            and after.text in (".", ")")
        ):
            if first.is_sent_start or (
                before is not None and ("\n" in before.text or before.text == "(")
            ):
                return True
        # identifiers: "Article 5", "Phase 2", "Password One"
        if (
            q.unit is None
            and q.qualifier == "exact"
            and before is not None
            and before.is_title
            and before.pos_ in ("PROPN", "NOUN")
            and (after is None or after.pos_ not in ("NOUN",) or after.is_title)
        ):
            return True
        if q.kind == "words":
            if first.is_title and not first.is_sent_start:
                return True  # a capitalised number word inside a name: "Three Centers"
            if q.unit is None and (q.value or 0) <= 1 and q.mult == 1.0:
                return True  # a bare "one"/"a": a pronoun or article far more often than a count
        return False

    def _opens_range(self, doc: Doc, q: Quantity) -> bool:
        """ "3-5 days" is tagged DATE as a whole: its first number waits for the range."""
        k = q.end
        return (
            k + 1 < len(doc)
            and self.cues.get("range_link", {}).get((_norm(doc[k].text),)) is not None
            and (
                DIGITS.match(doc[k + 1].text) is not None or bool(self.words.get(doc[k + 1].lower_))
            )
        )

    def _rank_cue(self, doc: Doc, q: Quantity) -> bool:
        for k in range(q.num_start - 1, max(q.num_start - 4, -1), -1):
            t = doc[k]
            if self._cue("rank", t):
                return True
            if t.pos_ not in ("ADV", "DET", "AUX", "PART") and t.lower_ not in ("the", "in", "at"):
                return False
        return False

    def _anchored(self, doc: Doc, q: Quantity) -> bool:
        k = q.start - 1
        while k >= 0 and doc[k].lower_ in ("the", "just", "only"):
            k -= 1
        if k >= 0 and self._cue("anchor_before", doc[k]):
            return True
        return q.end < len(doc) and self._cue("anchor_after", doc[q.end]) is not None

    # -- neighbours: lists, ranges, counted nouns, change ----------------------------------------
    def in_sentence(self, doc: Doc, sent: Span, figures: list[Quantity]) -> list[Quantity]:
        figures = [q for q in self._ranges(doc, figures) if not q.date_pending]
        groups = self._coordinated(doc, figures)
        figures = self._share_units(figures, groups)
        figures = [self._counted(doc, sent, q) for q in figures]
        figures = [q for q in figures if not self._bare_word_count(q)]
        groups = self._coordinated(doc, figures)
        figures = [self._change(doc, sent, q) for q in figures]
        figures = self._share_change(figures, groups)
        figures = self._respectively(doc, sent, figures, groups)
        return figures

    def _between(self, doc: Doc, a: Quantity, b: Quantity) -> list[str]:
        return [_norm(t.text) for t in doc[a.end : b.start]]

    def _ranges(self, doc: Doc, figures: list[Quantity]) -> list[Quantity]:
        out: list[Quantity] = []
        k = 0
        while k < len(figures):
            a = figures[k]
            b = figures[k + 1] if k + 1 < len(figures) else None
            if (
                b is not None
                and a.kind not in ("ordinal", "multiple_verb")
                and b.kind not in ("ordinal", "multiple_verb")
            ):
                link = self._between(doc, a, b)
                opener = doc[a.start - 1] if a.start > 0 else None
                is_link = (
                    len(link) == 1 and self.cues.get("range_link", {}).get((link[0],)) is not None
                )
                if is_link and link[0] in ("and", "or"):
                    is_link = opener is not None and opener.lower_ == "between"
                if (
                    is_link
                    and link[0] in HYPHENS
                    and (doc[a.end - 1].whitespace_ or doc[a.end].whitespace_)
                ):
                    is_link = False
                if is_link and opener is not None and opener.lower_ == "from" and a.start >= 2:
                    verb = doc[a.start - 2]
                    if self._cue("change_before", verb):
                        is_link = False  # "grew from X to Y": two levels, not a range
                same_unit = a.unit is None or b.unit is None or a.unit["id"] == b.unit["id"]
                if is_link and same_unit and (a.unit is None or b.unit is not None):
                    out.append(self._merge_range(a, b))
                    k += 2
                    continue
            out.append(a)
            k += 1
        return out

    @staticmethod
    def _merge_range(a: Quantity, b: Quantity) -> Quantity:
        lo = a.low if a.kind == "vague" else a.value
        hi = b.high if b.kind == "vague" else b.value
        # the later scale reaches back only to a bare number without a scale or thousands
        # separator of its own, and only if the range still increases ("3 to 5 billion",
        # not "$250,000 to $1 million")
        if (
            a.kind != "vague"
            and a.mult == 1.0
            and b.mult != 1.0
            and lo is not None
            and not a.thousands
            and (hi is None or lo * b.mult <= hi)
        ):
            lo *= b.mult
        return replace(
            b,
            start=a.start,
            num_start=a.num_start,
            kind="range",
            value=None,
            low=lo,
            high=hi,
            qualifier="range",
            bound=None,
            unit=b.unit or a.unit,
        )

    def _coordinated(self, doc: Doc, figures: list[Quantity]) -> list[list[int]]:
        """Indices of figures joined only by commas, 'and', 'or': "32.02 hours and 1.03 hours"."""
        groups: list[list[int]] = []
        for k, q in enumerate(figures):
            if groups and k - 1 == groups[-1][-1]:
                link = self._between(doc, figures[k - 1], q)
                if (
                    link
                    and all(t in (",", "and", "or", ";", "to") for t in link)
                    and len(link) <= 2
                ):
                    groups[-1].append(k)
                    continue
            groups.append([k])
        return groups

    @staticmethod
    def _share_units(figures: list[Quantity], groups: list[list[int]]) -> list[Quantity]:
        """ "1.7 and 1.3 trillion yuan": the first takes the last one's multiplier and unit."""
        figures = list(figures)
        for group in groups:
            last = figures[group[-1]]
            if last.unit is None:
                continue
            for k in group[:-1]:
                q = figures[k]
                if q.unit is None and q.kind == "digits":
                    value = (
                        q.value * last.mult if q.mult == 1.0 and q.value is not None else q.value
                    )
                    figures[k] = replace(q, unit=last.unit, value=value, mult=last.mult)
        return figures

    def _counted(self, doc: Doc, sent: Span, q: Quantity) -> Quantity:
        """A figure without a unit counts the noun phrase after it ("1,500 overseas warehouses")."""
        if q.unit is None and q.kind == "digits":
            unit = self._age_or_level(doc, sent, q)
            if unit is not None:
                return replace(q, unit=unit)
        if q.unit is not None or q.kind in ("ordinal",):
            if q.kind == "ordinal":
                return replace(q, unit=self.units.get("rank"))
            return q
        k = q.end
        if k < len(doc) and doc[k].lower_ == "of" and q.kind in ("vague", "words", "range"):
            k += 1
        item = self._noun_phrase(doc, k, sent.end)
        if item is None and q.kind in ("digits", "range"):
            item = self._number_of(doc, sent, q)
        return replace(q, unit=self.units.get("count"), item=item)

    @staticmethod
    def _age_apposition(doc: Doc, q: Quantity) -> bool:
        """ "Jones, 58, said", "the minister, 64, denied": an age set off by commas after
        a name or a person noun."""
        b, a = q.start - 1, q.end
        return (
            b >= 1
            and a < len(doc)
            and doc[b].text == ","
            and doc[a].text == ","
            and doc[b - 1].pos_ in ("PROPN", "NOUN")
            and q.value is not None
            and 0 < q.value < 120
            and float(q.value).is_integer()
            and q.thousands is False
            and a + 1 < len(doc)
            and doc[a + 1].pos_ in ("VERB", "AUX", "PROPN", "DET", "ADV")
        )

    def _age_or_level(self, doc: Doc, sent: Span, q: Quantity) -> dict | None:
        """ "the FTSE 100 closed at 7,412": a level of an index named in the sentence, in
        points."""
        b = q.start - 1
        if (
            b > sent.start
            and doc[b].lower_ in ("at", "to")
            and self._cue("level_before", doc[b - 1])
        ):
            for k in range(sent.start + 1, q.start):
                rule = self._name_before(doc, k)
                if rule is not None and rule["index"]:
                    return self.units.get("points")
        return None

    @staticmethod
    def _noun_phrase(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
        last_noun = None
        j = k
        while j < limit:
            t = doc[j]
            nxt = doc[j + 1] if j + 1 < limit else None
            if t.pos_ in ("NOUN", "PROPN") or (
                t.pos_ == "X" and nxt is not None and nxt.text in HYPHENS
            ):
                if t.pos_ in ("NOUN", "PROPN"):
                    last_noun = j
            elif t.pos_ == "ADJ" or t.tag_ in ("VBN", "VBG") or (t.pos_ == "NUM" and j > k):
                pass
            elif t.text in HYPHENS and not t.whitespace_ and j > k:
                pass
            elif t.text in QUOTES:
                pass
            elif t.pos_ == "ADV" and nxt is not None and (nxt.pos_ == "ADJ" or nxt.tag_ == "VBN"):
                pass
            elif (
                t.pos_ == "CCONJ"
                and j > k
                and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ")
                and nxt is not None
                and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "ADV")
            ):
                pass
            else:
                break
            j += 1
        if last_noun is None:
            return None
        return doc[k].idx, doc[last_noun].idx + len(doc[last_noun].text)

    def _number_of(self, doc: Doc, sent: Span, q: Quantity) -> tuple[int, int] | None:
        """ "the number of X has exceeded 100,000": the count is of X."""
        for j in range(q.start - 2, sent.start - 1, -1):
            hit = self._phrase_cue("number_of", doc, j)
            if hit is not None:
                return self._noun_phrase(doc, hit[1], q.start)
        return None

    @staticmethod
    def _bare_word_count(q: Quantity) -> bool:
        """A number written in words with nothing counted is an idiom ("greater than two")."""
        return (
            q.kind == "words"
            and q.unit is not None
            and q.unit["dimension"] == "count"
            and q.item is None
        )

    def _change(self, doc: Doc, sent: Span, q: Quantity) -> Quantity:
        if q.kind == "multiple_verb":
            return q
        direction, where = None, None
        # before: "an increase of", "up by", "grew", "a growth rate of", "increased nearly"
        k = q.start - 1
        links = 0
        while k >= sent.start and links < 3 and self._cue("change_link", doc[k]):
            k -= 1
            links += 1
        cue_at = None
        if k >= sent.start:
            rule = self._cue("change_before", doc[k])
            if doc[k].dep_ == "prt" and links == 0:
                rule = None  # the particle of a phrasal verb: "set up 165 zones"
            if rule is not None and not (
                links == 0 and doc[k].pos_ == "NOUN" and doc[k].lower_ not in ("up", "down")
            ):
                direction, where, cue_at = rule["direction"], "before", k
        # after: "67.1% shorter", "16 hours faster"
        a = q.end
        if direction is None and a < sent.end:
            rule = self._cue("change_after", doc[a])
            speed = self._cue("change_after_speed", doc[a])
            if rule is not None:
                direction, where = rule["direction"], "after"
                a += 1
            elif speed is not None:
                duration = q.unit is not None and q.unit["dimension"] == "duration"
                flip = {"increase": "decrease", "decrease": "increase"}
                direction = flip[speed["direction"]] if duration else speed["direction"]
                where = "after"
                a += 1
        if direction is None:
            return q
        basis = None
        if cue_at is not None:
            basis = self._basis_before(doc, sent, cue_at)
        if basis is None:
            basis = self._basis_after(doc, sent, a)
        return replace(q, change=direction, change_from=where, basis=basis)

    def _basis_before(self, doc: Doc, sent: Span, cue_at: int) -> str | None:
        """ "a year-on-year increase of": the basis is the modifier before the cue."""
        for n in (5, 3, 2, 1):
            j = cue_at - n
            if j >= sent.start:
                hit = self._phrase_cue("change_modifier", doc, j)
                if (
                    hit is not None
                    and hit[1] == cue_at
                    and "on" in hit[0]["words"]
                    or (hit and hit[1] == cue_at and "-on-" in "".join(hit[0]["words"]))
                ):
                    return doc[j:cue_at].text
        return None

    def _basis_after(self, doc: Doc, sent: Span, a: int) -> str | None:
        """ "over two years ago", "than that in 2017", "year-on-year": up to the clause end."""
        if a >= sent.end:
            return None
        hit = self._phrase_cue("basis_after", doc, a)
        if hit is None:
            return None
        end = hit[1]
        if (
            "than" in hit[0]["words"]
            or "over" in hit[0]["words"]
            or "compared" in hit[0]["words"]
            or "versus" in hit[0]["words"]
        ):
            while (
                end < sent.end
                and doc[end].text not in CLAUSE_END
                and doc[end].lower_ != "respectively"
                and "\n" not in doc[end].text
            ):
                end += 1
        if end <= a:
            return None
        return doc[a:end].text  # (not doc.text: that rebuilds the whole text on every call)

    @staticmethod
    def _share_change(figures: list[Quantity], groups: list[list[int]]) -> list[Quantity]:
        """ "67.1% and 91.6% shorter": a cue after the list applies to all of it, one before to
        the rest of it."""
        figures = list(figures)
        for group in groups:
            if len(group) < 2:
                continue
            last, first = figures[group[-1]], figures[group[0]]
            for k in group:
                q = figures[k]
                if q.change is not None:
                    continue
                if last.change_from == "after":
                    figures[k] = replace(
                        q, change=last.change, change_from="after", basis=last.basis
                    )
                elif first.change_from == "before":
                    figures[k] = replace(
                        q, change=first.change, change_from="before", basis=first.basis
                    )
        return figures

    def _respectively(
        self, doc: Doc, sent: Span, figures: list[Quantity], groups: list[list[int]]
    ) -> list[Quantity]:
        """ "32.02 hours and 1.03 hours respectively, which was 67.1% and 91.6% shorter": the
        n-th figure of one list is the counterpart of the n-th of the next list."""
        if not any(self._cue("respectively", t) for t in sent):
            return figures
        lists = [g for g in groups if len(g) >= 2]
        figures = list(figures)
        for g1, g2 in zip(lists, lists[1:]):
            if len(g1) != len(g2):
                continue
            for a, b in zip(g1, g2):
                figures[a] = replace(figures[a], counterpart=b)
                figures[b] = replace(figures[b], counterpart=a)
            break
        return figures

    # -- output ------------------------------------------------------------------------------
    def to_span(self, doc: Doc, q: Quantity) -> Span:
        unit = q.unit or self.units.get("count") or {"id": "count", "code": "count"}
        span = Span(doc, q.start, q.end, label=unit["code"], span_id=f"units:{unit['id']}")
        factor = unit.get("factor", 1.0)
        value, low, high = (None if v is None else v * factor for v in (q.value, q.low, q.high))
        if q.kind in ("vague", "range"):
            value = None
        elif q.qualifier in ("over", "at_least") and value is not None:
            low = value
        elif (q.qualifier in ("under", "at_most") or q.bound == "high") and value is not None:
            high = value
        span._.nf_q_value = _clean(value)
        span._.nf_q_low = _clean(low)
        span._.nf_q_high = _clean(high)
        span._.nf_q_qualifier = "range" if q.kind in ("vague", "range") else q.qualifier
        span._.nf_q_item = q.item
        span._.nf_q_change = q.change
        span._.nf_q_basis = q.basis
        return span


def _clean(value: float | None) -> float | int | None:
    """Whole numbers as ints, others rounded to 10 significant digits (1/3, 1.7e12)."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return float(f"{value:.10g}")
