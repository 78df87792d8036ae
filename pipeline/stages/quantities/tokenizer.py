"""Keep a sentence's full stop off a figure's glued letters ("$25m.", "GDP of $2.174T.",
"39.5C.", "130 km/h."), and the dash of a range off the figures it joins ("$2m-$3m",
"3%-4%"), and a number written as a power ("3x10^5") whole.

spaCy's English tokenizer has special cases for a lowercase letter and a stop ("m.",
"h.", "b.", kept whole for initials and lists), which it re-merges even after its
suffix rules split "25m." into "25", "m", "."; and it splits a stop off only after a
lowercase letter, so "2.174T." and "39.5C." stay one token. Either way the stage saw
"m." or "2.174T." and read $25, or nothing. The fix belongs in the tokenizer, so that
every component sees the same tokens and spans end before the stop. ``build_nlp``
applies it with the one-letter scale words and unit symbols of the rule files
(``rules/numbers.jsonl``, ``rules/units*.jsonl``), not a list here. A pipeline that uses
the quantities component without it keeps working; it only misses these figures at a
sentence end.

spaCy's infixes split a hyphen between letters but not after "%" or before a currency
sign, so "3%-4%" came out as "3%-4", "%" and "$2m-$3m" as "$", "2m-$3", "m": no figure
at all. ``split_range_dashes`` adds one infix: a dash after a digit, a letter or "%"
and before a digit (after "%") or a currency sign of the rules (``before`` symbols).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language

#: one to three letters glued after a digit, then the stop: one fixed-width lookbehind
#: per length (Python's lookbehinds are of one width each)
STOP_AFTER_GLUED = "|".join(rf"(?<=\d[^\W\d_]{{{n}}})\.$" for n in (1, 2, 3))


def _stop_after_symbols(symbols: Iterable[str]) -> str:
    """A stop after a whole token that is one of ``symbols``: one lookbehind per width."""
    by_width: dict[int, list[str]] = {}
    for symbol in sorted(set(symbols)):
        by_width.setdefault(len(symbol), []).append(re.escape(symbol))
    return "|".join(rf"(?<=^(?:{'|'.join(group)}))\.$" for _, group in sorted(by_width.items()))


def split_figure_stops(nlp: Language, letters: Iterable[str], symbols: Iterable[str] = ()) -> None:
    """A figure's glued letters and a full stop are two tokens; ``letters`` are the
    one-letter scale words and unit symbols whose "x." special case goes. ``symbols``
    are unit symbols written apart that end in a capital after a small letter ("350
    kW.", "20 mA."), which spaCy's suffix rules keep whole with their stop."""
    rules = dict(nlp.tokenizer.rules)
    dropped = [key for key in {f"{x}." for x in letters if len(x) == 1} if key in rules]
    for key in dropped:
        del rules[key]
    if dropped:
        nlp.tokenizer.rules = rules
    old = nlp.tokenizer.suffix_search.__self__.pattern  # the model's own, kept whole
    stops = "|".join(p for p in (STOP_AFTER_GLUED, _stop_after_symbols(symbols)) if p)
    nlp.tokenizer.suffix_search = re.compile(f"{stops}|{old}").search


def split_range_dashes(nlp: Language, signs: Iterable[str]) -> None:
    """The dash of a range written figure-to-figure is its own token ("$2m-$3m", "3%-4%")."""
    signs = "".join(sorted(re.escape(s) for s in set(signs)))
    dash = "[-‐‑–]"
    parts = [rf"(?<=%){dash}(?=[\d{signs}])"]
    if signs:
        parts.append(rf"(?<=[\w%]){dash}(?=[{signs}]\d)")
    old = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join([*parts, old])).finditer


#: a number written as a power: "10^6", "3x10^5", "8x2^10", "2.5×10^-3"
POWER = r"\d+(?:\.\d+)?(?:[x×]\d+)?\^[-+−]?\d+"


def keep_powers(nlp: Language) -> None:
    """A number written with a caret is one token ("3x10^5"); spaCy's infix for
    operators between digits split it into "3x10", "^", "5", and the stage read a 5."""
    old = nlp.tokenizer.token_match
    power = re.compile(rf"^{POWER}$").match
    nlp.tokenizer.token_match = power if old is None else lambda t: power(t) or old(t)


def currency_signs(ruleset) -> set[str]:
    """The one-character currency signs written before an amount ("$", "£", "€", "₹")."""
    signs = set()
    for kind in ("units", "units_generated"):
        for rule in ruleset[kind]:
            if rule.get("dimension") == "currency":
                signs.update(a for a in rule.get("before", []) if len(a) == 1 and not a.isalnum())
    return signs


def _unit_forms(ruleset) -> set[str]:
    """The forms written after a number (and the numerators) of every unit rule."""
    forms: set[str] = set()
    for kind in ("units", "units_generated"):
        for rule in ruleset[kind]:
            forms.update(rule.get("after", []), rule.get("numerator", []))
    return forms


def capital_ending_symbols(ruleset) -> set[str]:
    """Unit symbols of two to four characters that end in a capital after a small
    letter ("kW", "mA", "GeV"): the ones whose stop spaCy keeps on."""
    return {
        f
        for f in _unit_forms(ruleset)
        if 2 <= len(f) <= 4 and f.isalpha() and f[-1].isupper() and f[-2].islower()
    }


def one_letter_forms(ruleset) -> set[str]:
    """The one-letter scale words and unit forms (symbols and numerators) of the rules."""
    forms = {r["word"] for r in ruleset["numbers"] if r.get("attached_only")} | _unit_forms(ruleset)
    return {f for f in forms if len(f) == 1 and f.isalpha()}
