"""Keep a sentence's full stop off a scale abbreviation glued to a number ("$25m.",
"GDP of $2.174T.").

spaCy's English tokenizer has special cases for a lowercase letter and a stop ("m.",
"b.", "k.", kept whole for initials and lists), which it re-merges even after the
suffix rules split "25m." into "25", "m", "."; and it splits a stop off only after a
lowercase letter, so "2.174T." stays one token. Either way the stage saw "m." or
"2.174T." and read $25 and nothing. The fix belongs in the tokenizer, so that every
component sees the same tokens and spans end before the stop; it is applied by
``build_nlp`` from the scale words in ``rules/numbers.jsonl`` (the ``attached_only``
scales), not from a list here. A pipeline that uses the quantities component without
it keeps working; it only misses these figures at a sentence end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language


def split_scale_stops(nlp: Language, words: Iterable[str]) -> None:
    """After a digit, a scale word and a full stop are two tokens."""
    words = sorted(set(words))
    rules = dict(nlp.tokenizer.rules)
    dropped = [w + "." for w in words if w + "." in rules]
    for key in dropped:
        del rules[key]
    if dropped:
        nlp.tokenizer.rules = rules
    # one lookbehind per word: Python's lookbehinds are of one fixed width each
    # the model's own suffix pattern is kept whole after ours (its pieces each end in "$")
    stops = "|".join(rf"(?<=\d{re.escape(w)})\.$" for w in words)
    old = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"{stops}|{old}" if stops else old).search
