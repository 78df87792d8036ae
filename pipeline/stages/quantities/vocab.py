"""The quantities rules compiled once into hash tables: number words, unit forms, names
that carry numbers, qualifiers and cues. Read-only after ``compile_vocab``; the look-ups
cost at most the longest form's length in hash probes, whatever the size of the
vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

Table = dict[tuple[str, ...], dict[str, Any]]


def norm(text: str) -> str:
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class Vocab:
    #: word -> kind -> rule: a word may have several kinds ("third": fraction and ordinal)
    words: dict[str, dict[str, dict]]
    #: scale abbreviations read only next to digits ("bn", "m", "K")
    attached_scales: dict[str, dict]
    #: unit id -> rule
    units: dict[str, dict]
    units_after: FormTable
    units_before: FormTable
    #: a unit form glued to the digits ("45kg", "RM120")
    units_attached: dict[str, dict]
    #: a symbol read only as the numerator of a rate with a slash ("W" of "W/min")
    numerators: dict[str, dict]
    not_quantities: FormTable
    qualifiers: FormTable
    #: role -> words -> rule
    cues: dict[str, Table]
    #: role -> first word -> its (words, rule) in file order, for ``phrase_cue``
    cue_firsts: dict[str, dict[str, list]]
    #: role -> its one-word cues, for a role whose cues all match as written (``any_cue``)
    cue_words: dict[str, tuple[str, ...]]
    #: the longest form, in tokens, of each table ("after", "before", "not", "qual")
    longest: dict[str, int]
    #: the ``quantity_exclusions`` rules, in file order (the first that holds wins)
    exclusions: tuple[dict, ...]
    #: quote marks a counted noun phrase may hold ("5,000 'ghost' accounts")
    quotes: frozenset[str]
    #: shared currency symbols read by the document ("¥"), in file order
    currency_contexts: tuple[dict, ...] = ()
    #: token text (its hash) -> whether a number may start there, filled as texts are
    #: met: a property of the string and the rules, never of a document
    starts: dict[int, bool] = field(default_factory=dict, compare=False)

    def word(self, word: str, kind: str) -> dict | None:
        return self.words.get(word, {}).get(kind)

    def cue(self, role: str, token: Token) -> dict | None:
        table = self.cues.get(role, {})
        rule = table.get((norm(token.text),))
        if rule is None:
            rule = table.get((token.lemma_.lower(),))
            if rule is not None and rule["match"] != "lemma":
                rule = None
        return rule

    def any_cue(self, role: str, span) -> bool:
        """Some token of ``span`` is a cue of ``role``. A role whose cues all match as
        written is first looked for in the span's text (one substring test per cue word),
        which rules most sentences out without reading a token."""
        words = self.cue_words.get(role)
        if words is not None:
            text = norm(span.text)
            if not any(w in text for w in words):
                return False
        return any(self.cue(role, t) for t in span)

    def phrase_cue(self, role: str, doc: Doc, i: int) -> tuple[dict, int] | None:
        """Longest cue phrase of ``role`` starting at token i: (rule, end)."""
        best = None
        first = norm(doc[i].text) if i < len(doc) else None
        for key, rule in self.cue_firsts.get(role, {}).get(first, ()):
            end = i + len(key)
            if end <= len(doc) and tuple(norm(t.text) for t in doc[i:end]) == key:
                if best is None or end > best[1]:
                    best = (rule, end)
        return best

    def cue_ends_at(self, role: str, doc: Doc, end: int) -> bool:
        """A cue phrase of ``role`` (up to three words) ends just before token ``end``:
        "a factor of" before "three", "aged between" before "5"."""
        for k in range(max(0, end - 3), end):
            hit = self.phrase_cue(role, doc, k)
            if hit is not None and hit[1] == end:
                return True
        return False

    def unit_after(self, doc: Doc, i: int) -> tuple[dict, int] | None:
        hit = match_after(doc, i, self.units_after, self.longest["after"])
        context = hit[0].get("context") if hit else None
        glued = i > 0 and not doc[i - 1].whitespace_
        if context == "no_object" and not glued and has_object(doc, hit[1] - 1):
            return None  # "two in my car"; a glued "6.1in display" is inches
        if context == "before_of" and (hit[1] >= len(doc) or doc[hit[1]].lower_ != "of"):
            return None
        if context == "glued" and not glued:
            return None
        if hit is not None and hit[0].get("money_unit") and self.talks_money(doc, i):
            money = self.units.get(hit[0]["money_unit"])
            return (money, hit[1]) if money is not None else hit
        return hit

    def talks_money(self, doc: Doc, i: int) -> bool:
        """ "40 million pounds", "paid 200 pounds", a story with "£" in it: the word at i
        names money, unless the sentence talks weight ("weighs 180 pounds", "tow 11,000
        pounds")."""
        sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        if self.any_cue("weight_context", sent):
            return False
        scaled = i > 0 and self.word(doc[i - 1].lower_, "scale") is not None
        of_noun = i + 1 < len(doc) and doc[i + 1].lower_ == "of"  # "2m pounds of beef"
        if scaled and not of_noun:
            return True
        return self.any_cue("money_context", sent) or "£" in doc.text

    def unit_before(self, doc: Doc, j: int) -> tuple[dict, int] | None:
        hit = match_before(doc, j, self.units_before, self.longest["before"])
        return hit if hit is None or self.named_by(doc, hit[0]) else None

    def named_by(self, doc: Doc, unit: dict) -> bool:
        """The document names what ``unit``'s ``document_words`` ask for (or it asks for
        nothing): "R" is rand only in a story about South Africa."""
        words = unit.get("document_words")
        return not words or _words_regex(tuple(words)).search(doc.text) is not None


@lru_cache(maxsize=64)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


#: what a preposition's object opens with ("in my car", "in 2019", "in March")
OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM"})


def has_object(doc: Doc, k: int) -> bool:
    """Token k governs an object in the parse, or a noun phrase follows it."""
    tok = doc[k]
    if any(c.dep_ in ("pobj", "pcomp") for c in tok.children):
        return True
    return k + 1 < len(doc) and doc[k + 1].pos_ in OBJECT_POS


def match_after(doc: Doc, i: int, table: FormTable, longest: int) -> tuple[dict, int] | None:
    """Longest form at token i: as written first, then lower-cased. Only the lengths the
    forms opening with that word have are tried (``FormTable.firsts``)."""
    if i >= len(doc):
        return None
    text = doc[i].text
    for n in _lengths(table.firsts, text, min(longest, len(doc) - i)):
        texts = tuple(t.text for t in doc[i : i + n])
        exact = table.get(("=",) + texts)
        if exact is not None:
            return exact, i + n
        key = tuple(norm(t) for t in texts)
        if key in table:
            return table[key], i + n
    return None


def match_before(doc: Doc, j: int, table: FormTable, longest: int) -> tuple[dict, int] | None:
    """Longest form ending just before token j: (rule, its first token). Only the
    lengths the forms closing with that word have are tried (``FormTable.lasts``)."""
    if j <= 0:
        return None
    text = doc[j - 1].text
    for n in _lengths(table.lasts, text, min(longest, j)):
        texts = tuple(t.text for t in doc[j - n : j])
        exact = table.get(("=",) + texts)
        if exact is not None:
            return exact, j - n
        key = tuple(norm(t) for t in texts)
        if key in table:
            return table[key], j - n
    return None


def _lengths(index: dict[str, tuple[int, ...]], text: str, most: int) -> list[int]:
    """The lengths, longest first and at most ``most``, of the forms whose edge word is
    ``text`` as written ("=" marks an exact form) or lower-cased."""
    exact = index.get("=" + text, ())
    lower = index.get(norm(text), ())
    lengths = sorted(set(exact) | set(lower), reverse=True) if exact and lower else exact or lower
    return [n for n in lengths if n <= most]


class FormTable(dict):
    """A table of forms (token tuples, "=" first for an exact form) -> rule, indexed by
    the first and the last word with the lengths their forms have, longest first, so a
    look-up tries only lengths that can match."""

    def __init__(self, items: dict[tuple[str, ...], dict[str, Any]] | None = None):
        super().__init__(items or {})
        self.firsts: dict[str, tuple[int, ...]] = {}
        self.lasts: dict[str, tuple[int, ...]] = {}

    def index(self) -> FormTable:
        firsts: dict[str, set[int]] = {}
        lasts: dict[str, set[int]] = {}
        for key in self:
            mark, words = ("=", key[1:]) if key and key[0] == "=" and len(key) > 1 else ("", key)
            if not words:
                continue
            firsts.setdefault(mark + words[0], set()).add(len(words))
            lasts.setdefault(mark + words[-1], set()).add(len(words))
        self.firsts = {w: tuple(sorted(ns, reverse=True)) for w, ns in firsts.items()}
        self.lasts = {w: tuple(sorted(ns, reverse=True)) for w, ns in lasts.items()}
        return self


class _Forms:
    """Turns a rule's phrase into a table key with the model's tokenizer."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def tokens(self, phrase: str) -> tuple[str, ...]:
        return tuple(norm(t.text) for t in self.nlp.make_doc(phrase))

    def key(self, phrase: str, exact: bool, strict: bool = False) -> tuple[str, ...]:
        """Lower-cased tokens, or (a generated symbol with capitals; any form of a rule
        whose forms match only as written, ``strict``) the tokens as written, marked so
        the two never meet."""
        if strict or (exact and not phrase.islower()):
            return ("=",) + tuple(t.text for t in self.nlp.make_doc(phrase))
        return self.tokens(phrase)


def _unit_tables(forms: _Forms, rules: dict[str, list[dict]]):
    """Hand rules first (they win a shared form), then the generated vocabulary. A form
    that is a lower-case word matches in any case; a symbol only as written ("MB" is
    not "mb", "mW" is not "MW")."""
    units: dict[str, dict] = {}
    after = FormTable()
    before = FormTable()
    attached: dict[str, dict] = {}
    hand = rules.get("units", [])
    taken = {forms.tokens(a) for r in hand for a in r["after"] + r["before"]}
    for rule in hand + rules.get("units_generated", []):
        units.setdefault(rule["id"], rule)
        generated = rule.get("source") is not None
        if generated:  # a form the hand rules read (in any case) stays theirs: "¥", "C$"
            rule = {
                **rule,
                "after": [a for a in rule["after"] if forms.tokens(a) not in taken],
                "before": [a for a in rule["before"] if forms.tokens(a) not in taken],
            }
        strict = rule.get("exact_case", False)  # "g" is grams, "G" is not
        for alias in rule["after"]:
            key = forms.key(alias, generated or strict, strict)
            after.setdefault(key, rule) if generated else after.update({key: rule})
            if "/" in alias and " " not in alias and len(key) > 1:
                # spaCy's unit suffixes keep "km/h" whole after digits ("360km/h")
                whole = (key[0], alias) if key[0] == "=" else (norm(alias),)
                after.setdefault(whole, rule)
            if " " not in alias and "-" not in alias:
                exact = generated or rule.get("exact_case", False)
                glued = alias if exact and not alias.islower() else alias.lower()
                attached.setdefault(glued, rule)
        for alias in rule["before"]:
            before.setdefault(forms.key(alias, generated or strict, strict), rule)
            attached.setdefault(alias if generated or strict else alias.lower(), rule)
    return units, after.index(), before.index(), attached


def compile_vocab(nlp: Language, rules: dict[str, list[dict]]) -> Vocab:
    forms = _Forms(nlp)
    words: dict[str, dict[str, dict]] = {}
    attached_scales: dict[str, dict] = {}
    for rule in rules.get("numbers", []):
        if rule["attached_only"]:
            attached_scales[rule["word"]] = rule
        else:
            words.setdefault(rule["word"].lower(), {})[rule["kind"]] = rule
    units, after, before, attached = _unit_tables(forms, rules)
    numerators = {
        form: rule for rule in rules.get("units_generated", []) for form in rule["numerator"]
    }
    not_quantities = FormTable(
        {forms.key(" ".join(r["words"]), False): r for r in rules.get("not_quantities", [])}
    ).index()
    qualifiers = FormTable(
        {forms.tokens(r["phrase"]): r for r in rules.get("qualifiers", [])}
    ).index()
    cues: dict[str, Table] = {}
    for rule in rules.get("quantity_cues", []):
        cues.setdefault(rule["role"], {})[tuple(w.lower() for w in rule["words"])] = rule
    longest = {
        name: max((len(k) for k in table), default=1)
        for name, table in (
            ("after", after),
            ("before", before),
            ("not", not_quantities),
            ("qual", qualifiers),
        )
    }
    return Vocab(
        words=words,
        attached_scales=attached_scales,
        units=units,
        units_after=after,
        units_before=before,
        units_attached=attached,
        numerators=numerators,
        not_quantities=not_quantities,
        qualifiers=qualifiers,
        cues=cues,
        cue_firsts={role: _by_first(table) for role, table in cues.items()},
        cue_words={
            role: tuple(k[0] for k in table if len(k) == 1)
            for role, table in cues.items()
            if all(r["match"] == "lower" for r in table.values())
        },
        longest=longest,
        exclusions=tuple(rules.get("quantity_exclusions", [])),
        quotes=_quote_marks(rules),
        currency_contexts=tuple(
            rules.get("currency_contexts", []) + rules.get("currency_contexts_generated", [])
        ),
    )


def _by_first(table: Table) -> dict[str, list]:
    out: dict[str, list] = {}
    for key, rule in table.items():
        out.setdefault(key[0] if key else "", []).append((key, rule))
    return out


def _quote_marks(rules: dict[str, list[dict]]) -> frozenset[str]:
    """The marks of ``quote_marks.jsonl`` and the stage's own ``quote_mark`` cues."""
    pairs = rules.get("quote_marks", [])
    own = [r for r in rules.get("quantity_cues", []) if r["role"] == "quote_mark"]
    return frozenset(
        [r["open"] for r in pairs]
        + [r["close"] for r in pairs]
        + [w for r in own for w in r["words"]]
    )
