"""Keep a sentence's full stop off a figure's glued letters ("$25m.", "GDP of $2.174T.",
"39.5C.", "130 km/h.").

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language

#: one to three letters glued after a digit, then the stop: one fixed-width lookbehind
#: per length (Python's lookbehinds are of one width each)
STOP_AFTER_GLUED = "|".join(rf"(?<=\d[^\W\d_]{{{n}}})\.$" for n in (1, 2, 3))


def split_figure_stops(nlp: Language, letters: Iterable[str]) -> None:
    """A figure's glued letters and a full stop are two tokens; ``letters`` are the
    one-letter scale words and unit symbols whose "x." special case goes."""
    rules = dict(nlp.tokenizer.rules)
    dropped = [key for key in {f"{x}." for x in letters if len(x) == 1} if key in rules]
    for key in dropped:
        del rules[key]
    if dropped:
        nlp.tokenizer.rules = rules
    old = nlp.tokenizer.suffix_search.__self__.pattern  # the model's own, kept whole
    nlp.tokenizer.suffix_search = re.compile(f"{STOP_AFTER_GLUED}|{old}").search


def one_letter_forms(ruleset) -> set[str]:
    """The one-letter scale words and unit forms (symbols and numerators) of the rules."""
    forms = {r["word"] for r in ruleset["numbers"] if r.get("attached_only")}
    for kind in ("units", "units_generated"):
        for rule in ruleset[kind]:
            forms.update(rule.get("after", []), rule.get("numerator", []))
    return {f for f in forms if len(f) == 1 and f.isalpha()}
