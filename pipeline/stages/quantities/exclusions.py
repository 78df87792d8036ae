"""What is not a quantity although it reads as a number, as rules with ids
(``rules/quantity_exclusions.jsonl``): each rule names one of the checks below and gives
its parameters; the first rule that holds drops the figure, and its id says why.

A check is ``check(doc, q, vocab, rule) -> bool``; the rule's ``kinds``, ``unitless`` and
``exact`` are tried before it, by ``excluded_by``."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.core.years import is_year
from pipeline.stages.quantities.quantity import DIGITS, HYPHENS, Quantity, exponent
from pipeline.stages.quantities.vocab import Vocab, norm

Check = Callable[[Doc, Quantity, Vocab, dict], bool]


def excluded_by(doc: Doc, q: Quantity, vocab: Vocab) -> dict | None:
    """The first exclusion rule that holds for ``q``, or None: ``q`` is a quantity."""
    for rule in vocab.exclusions:
        if q.kind not in rule["kinds"]:
            continue
        if rule["unitless"] and q.unit is not None:
            continue
        if rule["exact"] and q.qualifier != "exact":
            continue
        if CHECKS[rule["check"]](doc, q, vocab, rule):
            return rule
    return None


def _before(doc: Doc, q: Quantity) -> Token | None:
    return doc[q.start - 1] if q.start > 0 else None


def _after(doc: Doc, q: Quantity) -> Token | None:
    return doc[q.end] if q.end < len(doc) else None


def ordinal_without_rank_cue(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """An ordinal is a rank only after a cue of ``role`` ("ranked 19th"), up to three
    tokens back over ``words`` and ``pos`` ("ranked in the 3rd"); else it names a date or
    a thing ("the 19th Party Congress")."""
    for k in range(q.num_start - 1, max(q.num_start - 4, -1), -1):
        t = doc[k]
        if vocab.cue(rule["role"], t):
            return False
        if t.pos_ not in rule["pos"] and t.lower_ not in rule["words"]:
            return True
    return True


def cue_before(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """The token before the figure is a cue of ``role`` ("May 5")."""
    before = _before(doc, q)
    return before is not None and vocab.cue(rule["role"], before) is not None


def cue_after(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """The token after the figure is a cue of ``role`` ("10 am", "5 May")."""
    after = _after(doc, q)
    return after is not None and vocab.cue(rule["role"], after) is not None


#: a clock reading: "9", "2.13", "9:30", "1400" (hours 0-24, two-digit minutes)
CLOCK = re.compile(r"^(?:(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?|(?:[01]\d|2[0-3])[0-5]\d)$")


def clock_time(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A clock reading before a cue of ``role``, spaced or glued ("9 am", "2.17pm",
    "6 o'clock"): a time of day, although "am"/"pm" are also unit symbols. A number that
    reads no clock ("2.1 pm", "2.123 pm") keeps its unit (picometres)."""
    first = doc[q.num_start]
    m = DIGITS.match(first.text) if q.kind == "digits" else None
    if m is not None and m["suf"]:
        number, cue = m["num"], m["suf"].lower()
    elif q.num_end < len(doc):
        number, cue = (m["num"] if m else ""), norm(doc[q.num_end].text)
    else:
        return False
    if vocab.cues.get(rule["role"], {}).get((cue,)) is None:
        return False
    return q.kind != "digits" or CLOCK.match(number) is not None


def glued_to_word(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A number glued by a hyphen to a word or a model code before it: "COVID-19" (COVID -
    19), "Su-27", "A350-1000"."""
    i = q.num_start
    return (
        i >= 2
        and doc[i - 1].text in HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and (doc[i - 2].is_alpha or _code(doc[i - 2]))
    )


def _code(t: Token) -> bool:
    """A model or product code: a letter, then digits in one token ("A350", "GT3", "M3";
    not a figure with glued letters, "2m")."""
    return t.text[:1].isalpha() and any(c.isdigit() for c in t.text)


def _name_word(t: Token) -> bool:
    """A word of a name: capitalised ("Porsche") or an acronym ("BA", "MAX")."""
    return t.is_title or (t.is_upper and t.is_alpha and len(t) > 1)


def _deep_time(q: Quantity, from_value: dict[str, float]) -> bool:
    """ "66 million years ago", "4.5 Gyr": a span at or above its unit's ``from_value``."""
    value = q.value if q.value is not None else q.high
    least = from_value.get(q.unit["code"])
    return least is not None and value is not None and value * q.unit["factor"] >= least


def time_anchor(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A measure of ``dimensions`` that anchors time ("five years ago", "the past five
    years", "the highest in 30 years": the time stage's), after ``anchor_before`` (over
    ``words``), after ``anchor_after_superlative`` following a superlative, "over" after
    a verb and its figure (a number or a token labelled one of ``labels``: "will invest
    €180bn over five years"), after "in" attached to a verb of change ("grew 2.5x in two
    years"), or
    before ``anchor_after`` cues, or before an ``anchor_to_date`` cue and a date ("the
    three months to June", "the 12 months ended March 31"), unless a ``duration_before``
    cue says it is how long something went on ("for nine hours before returning",
    "lasted two days after the vote")."""
    if q.unit is None or q.unit["dimension"] not in rule["dimensions"]:
        return False
    if _deep_time(q, rule["deep_time"]):
        return False
    k = q.start - 1
    while k >= 0 and doc[k].lower_ in rule["words"]:
        k -= 1
    lasts = k >= 0 and doc[k].pos_ in ("VERB", "AUX") and vocab.cue("duration_before", doc[k])
    if k >= 0 and vocab.cue("anchor_before", doc[k]) and not lasts:
        return True  # "the last six weeks" anchors; "expected to last six weeks" measures
    if k >= 0 and vocab.cue("anchor_after_superlative", doc[k]) and _after_superlative(doc, k):
        return True  # "the first time in 30 years", "its highest level in a decade"
    if q.qualifier == "over" and _period_of_action(doc, q, rule["labels"]):
        return True
    if _period_of_change(doc, q, vocab) and q.unit["code"] not in rule["measured"]:
        return True  # "grew 2.5x in two years"; "dropped 6,000 feet in three minutes" measures
    if k >= 0 and vocab.cue("duration_before", doc[k]):
        return False  # "deliberated for nine hours before returning": a measured duration
    if q.end < len(doc) and vocab.cue("anchor_after", doc[q.end]) is not None:
        return True
    return _to_date(doc, q.end, vocab)


def _to_date(doc: Doc, i: int, vocab: Vocab) -> bool:
    """Token i is an ``anchor_to_date`` cue ("to", "ended") and a date follows it."""
    return (
        i + 1 < len(doc)
        and vocab.cue("anchor_to_date", doc[i]) is not None
        and doc[i + 1].ent_type_ == "DATE"
    )


def _period_of_action(doc: Doc, q: Quantity, labels: list[str]) -> bool:
    """ "will invest €180bn over five years", "cut 3,000 jobs over two years": "over"
    attached to a verb whose figure comes between them is the action's period; "a
    contract worth $240 million over 10 years" (attached to "worth") measures the
    contract, "jailed for over five years" is more than five years."""
    over = doc[q.start]
    verb = over.head
    if over.dep_ != "prep" or verb.pos_ != "VERB" or verb.i >= q.start:
        return False
    return any(t.like_num or t.ent_type_ in labels for t in doc[verb.i + 1 : q.start])


def _period_of_change(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "has grown 2.5x in two years", "quadrupled in a decade": "in" attached to a verb of
    change, after its figure, is the change's period ("finished in two hours" measures the
    race, "150mm of rain fell in 24 hours" the rain)."""
    prep = doc[q.start - 1] if q.start > 0 else None
    if prep is None or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i >= prep.i:
        return False
    verb = prep.head
    if vocab.word(verb.lower_, "multiple_verb"):
        return True  # "quadrupled in two years"
    # the change's figure stands between verb and "in" (not "150mm of rain fell in 24 hours")
    figure = any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[verb.i + 1 : prep.i])
    return figure and vocab.cue("change_before", verb) is not None


def _after_superlative(doc: Doc, k: int) -> bool:
    """A superlative or "first" in the four tokens before token k."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "first" for t in doc[max(0, k - 4) : k])


def _counts_plural(doc: Doc, q: Quantity) -> bool:
    """ "2000 workers", "Forty-two thousand ... votes": a four-digit number, or a number in
    words with a scale ("thousand"; not "two decades"), without unit, before a plural
    noun (not itself a number) counts it."""
    after = _after(doc, q)
    return (
        after is not None
        and after.tag_ == "NNS"
        and not after.like_num
        and q.unit is None
        and ((q.kind == "words" and q.mult >= 1000) or len(doc[q.num_start].text) == 4)
    )


def in_date_entity(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A number inside an entity of ``labels`` (DATE, TIME) is part of a date, unless it
    has a unit of ``dimensions``, a scale ("2-3bn" tagged DATE), counts a plural noun, has
    thousands separators or opens a range ("3-5 days" is one DATE) or is written in
    scientific notation, or the entity is the number alone and no day of a month ("The
    answer is 42": the small model tags lone numbers DATE; a year is the ``year`` rule's)."""
    if not any(t.ent_type_ in rule["labels"] for t in doc[q.num_start : q.num_end]):
        return False
    if _lone_non_day(doc, q):
        return False
    if q.unit is not None and q.unit["dimension"] in rule["dimensions"]:
        return False
    if q.mult != 1.0 or _counts_plural(doc, q) or (q.kind == "digits" and q.thousands):
        return False
    if q.kind == "fraction" and (
        _fraction_of_thing(doc, q, rule["labels"])
        or (q.start > 0 and vocab.cue("change_link", doc[q.start - 1]) is not None)
    ):
        return False  # "A quarter of holidaymakers", "fell by more than a quarter": DATE there
    m = DIGITS.match(doc[q.num_start].text)
    if m is not None and exponent(m) != 0:
        return False  # "9.83e-3": no date is written in scientific notation
    return not opens_range(doc, q, vocab)


def _fraction_of_thing(doc: Doc, q: Quantity, labels: list[str]) -> bool:
    """A fraction before "of" and words outside any date ("a quarter of schools"; not "a
    quarter of a century")."""
    k = q.end
    return (
        k + 1 < len(doc)
        and doc[k].lower_ == "of"
        and not any(t.ent_type_ in labels for t in doc[k + 1 : k + 3])
    )


def _lone_non_day(doc: Doc, q: Quantity) -> bool:
    """The DATE entity is this whole number alone, and it is above any day of a month."""
    ent = next((e for e in doc.ents if e.start <= q.num_start < e.end), None)
    value = q.value if q.value is not None else 0
    return (
        ent is not None
        and (ent.start, ent.end) == (q.num_start, q.num_end)
        and q.kind == "digits"
        and float(value).is_integer()
        and value > 31
    )


def year(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A bare four-digit integer in the year range is a year, unless it counts a plural
    noun ("2000 workers") and follows no cue of ``role`` ("in 2000 cases" is still one);
    a plural noun of ``words`` it dates is not counted ("compared with 1990 levels")."""
    first = doc[q.num_start]
    if q.thousands or q.mult != 1.0 or "." in first.text:
        return False
    if not is_year(q.value or 0, first.text):
        return False
    before = _before(doc, q)
    after_prep = before is not None and vocab.cue(rule["role"], before) and q.qualifier == "exact"
    after = _after(doc, q)
    if after is not None and after.lower_ in rule["words"]:
        return True
    return bool(not _counts_plural(doc, q) or after_prep)


def score_pair(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """Two numbers joined by a hyphen with no space, the second not above the first
    ("won 3-1", "a 52-48 vote", "drew 2-2"), or the first a nought ("trailing 0-1"): a
    score or a tally, which no range is (a range increases, and starts above nothing).
    Both numbers go, whichever other rule took the first."""
    if q.num_end - q.num_start != 1:
        return False
    k = q.num_start
    after = _plain(doc, k + 2) if _glued_hyphen(doc, k + 1) else None
    before = _plain(doc, k - 2) if k >= 2 and _glued_hyphen(doc, k - 1) else None
    here = _plain(doc, k)
    if here is None:
        return False
    if (after is not None and after <= here) or (before is not None and here <= before):
        return True
    # "trailing 0-1": no range of a count starts at nothing ("aged 0-4", "0-2 percent"
    # are ranges: an age cue before, a unit after)
    start = k if after is not None else k - 2
    if not (here == 0 and after is not None) and not (before == 0 and here > 0):
        return False
    return vocab.unit_after(doc, start + 3) is None and not vocab.cue_ends_at(
        "age_before", doc, start
    )


def _glued_hyphen(doc: Doc, k: int) -> bool:
    return (
        0 < k < len(doc) - 1
        and doc[k].text in HYPHENS
        and not doc[k - 1].whitespace_
        and (not doc[k].whitespace_)
    )


def _plain(doc: Doc, k: int) -> float | None:
    """The value of a token of plain digits ("52", "1,200"), else None."""
    text = doc[k].text.replace(",", "") if 0 <= k < len(doc) else ""
    return float(text) if text.isdigit() else None


def list_marker(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "1." or "(2)": a number before one of ``words`` at the start of a sentence or a
    line, or after an opening bracket."""
    after, before = _after(doc, q), _before(doc, q)
    if after is None or after.text not in rule["words"]:
        return False
    return doc[q.num_start].is_sent_start or (
        before is not None and ("\n" in before.text or before.text == "(")
    )


def identifier(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "Article 5", "Phase 2", "Password One", "Flight BA 117", "Porsche 911 GT3": a
    number after a capitalised word or an acronym of ``pos``, not before a common noun it
    would count."""
    before, after = _before(doc, q), _after(doc, q)
    return (
        before is not None
        and _name_word(before)
        and before.pos_ in rule["pos"]
        and (
            after is None
            or after.pos_ not in ("NOUN",)
            or _name_word(after)
            or _code(after)
            or _names_singular(q, after)
        )
    )


def _names_singular(q: Quantity, after: Token) -> bool:
    """ "the Hornsea 3 wind farm", "the Expedition 70 crew": digits other than one before
    a singular noun count nothing; the name goes on over them."""
    return q.kind == "digits" and q.value != 1 and after.tag_ == "NN"


def numbered_noun(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "lap 58", "reactor 2", "car number 33", "runway 27L", "seat 12A": a whole number
    right after a singular noun (of ``pos``: the model tags some rare ones NNP; written in
    lower case; not one of ``words``: "age 58" is an age) that it numbers, and before no
    noun it would count, is the thing's number. Written in digits, with no scale or
    thousands separator; the parse makes the noun its head, or the digits carry one
    capital letter ("27L"), which is then a code, not litres."""
    before, after = _before(doc, q), _after(doc, q)
    if before is None or q.kind != "digits" or q.mult != 1.0 or q.thousands:
        return False
    if before.tag_ not in ("NN", "NNP") or before.pos_ not in rule["pos"] or not before.is_lower:
        return False
    if before.lower_ in rule["words"] or (after is not None and after.pos_ in ("NOUN", "NUM")):
        return False
    token = doc[q.num_start]
    code = _letter_code(token.text)
    if q.unit is not None and not code:
        return False
    return code or (token.head.i == before.i and token.text.isdigit())


def _letter_code(text: str) -> bool:
    """Whole digits and one capital letter: "27L", "777X", "5G"."""
    return len(text) > 1 and text[-1].isupper() and text[:-1].isdigit()


def model_code(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "Boeing 777X", "Vodafone 5G": whole digits with one capital letter glued, right
    after a word of a name (a proper noun), are the model's or the product's code, not a
    multiple or a measure; "2.0L" (a decimal) and "12x" (small letter) stay figures."""
    before = _before(doc, q)
    return (
        before is not None
        and q.num_end - q.num_start == 1
        and _letter_code(doc[q.num_start].text)
        and _name_word(before)
        and before.pos_ == "PROPN"  # not "A 65W charger"
    )


def code_name(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "the COP29 summit", "COP26 in Glasgow ended": letters glued before a small whole
    number with no scale, read as a currency code (COP, Colombian peso), are a name's
    when the token modifies a noun or is the sentence's subject; an amount in a code
    ("USD168 billion", "paid EUR50") is an object or carries a scale."""
    token = doc[q.num_start]
    if q.unit is None or q.unit["dimension"] != "currency" or q.mult != 1.0:
        return False
    head = "".join(c for c in token.text if not (c.isdigit() or c in ".,"))
    if not head.isalpha() or not token.text[len(head) :].isdigit() or (q.value or 0) >= 100:
        return False
    return token.dep_ in ("compound", "nsubj", "nsubjpass")


def phone_number(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "call 999", "the police hotline on 2860 5012", "ring 111": a whole number of three
    digits or more, with no thousands separator and no noun it counts, up to four words
    after a ``role`` cue ("call", "hotline", "helpline") with no verb between, is a number
    to dial."""
    first = doc[q.num_start]
    if q.thousands or q.mult != 1.0 or not first.text.isdigit() or len(first.text) < 3:
        return False
    after = _after(doc, q)
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ") or after.lower_ == "of"):
        return False  # "called 300 witnesses", "call 150 of its staff back"
    k = q.start - 1
    while k >= 0 and q.start - k <= 4:
        if vocab.cue(rule["role"], doc[k]):
            return True
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].like_num or doc[k].lower_ == "for":
            return False  # "called for 1000 more nurses"
        k -= 1
    return False


def type_of_thing(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "the 10-year Treasury", "30-year mortgage rates", "a 40-foot container": a
    hyphenated measure of ``dimensions`` before one of ``words`` (over up to two
    capitalised words or adjectives, "the 10-year German Bund", "a 30-year fixed
    mortgage") names a kind of thing, a bond's or loan's tenor or a box's size, not a
    figure."""
    if q.unit is None or q.unit["dimension"] not in rule["dimensions"]:
        return False
    if not any(t.text in HYPHENS and not t.whitespace_ for t in doc[q.num_end - 1 : q.end]):
        return False
    k = q.end
    while (
        k < min(len(doc), q.end + 2)
        and (_name_word(doc[k]) or doc[k].tag_ in ("JJ", "VBN"))
        and doc[k].lower_ not in rule["words"]
    ):
        k += 1
    return k < len(doc) and doc[k].lower_ in rule["words"]


def adjacent_number(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "245 23 yen": two plain numbers side by side with only a space between (no year,
    no thousands group, no "5 100-metre races") say neither figure; the text lost what
    stood between them."""
    before, after = q.num_start - 1, q.num_end
    if after < len(doc) and doc[after].text in HYPHENS and not doc[after - 1].whitespace_:
        return False  # "5 100-metre races": the second opens a hyphenated unit
    if _plain(doc, q.num_start) is None or (before >= 0 and _name_word(doc[before])):
        return False  # "CAC 40 +0.4%": a signed move after a name's number
    if before >= 0 and doc[before].whitespace_ and _lone_digits(doc, before):
        return True
    return after < len(doc) and doc[after - 1].whitespace_ and _lone_digits(doc, after)


def _lone_digits(doc: Doc, k: int) -> bool:
    """Token k is a plain number that is no year, in no name ("CAC 40") and opens no
    hyphenated unit."""
    value = _plain(doc, k)
    if value is None or is_year(value, doc[k].text) or (k > 0 and _name_word(doc[k - 1])):
        return False
    return not (k + 1 < len(doc) and doc[k + 1].text in HYPHENS and not doc[k].whitespace_)


def leading_zero(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "0800 555 0199", "007": a whole number written with a leading zero is a code or
    a telephone number (and so are the digit groups beside it); no amount is written
    so ("0.5" is)."""
    near = (q.num_start - 1, q.num_start, q.end)  # and the groups written beside it
    return any(0 <= k < len(doc) and _zero_led(doc[k].text) for k in near)


def _zero_led(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text.isdigit()


def street_address(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """ "432 Park Avenue", "10 Downing Street": a number before capitalised words that
    end in a street word of ``words`` is an address; so is one before a street word that
    opens a name ("13 Avenue du President Wilson", "12 Rue de Rivoli")."""
    k = q.end
    while k < min(len(doc), q.end + 4) and doc[k].is_title:
        if doc[k].text in rule["words"]:
            return k > q.end or _name_follows(doc, k + 1)
        k += 1
    return False


def _name_follows(doc: Doc, k: int) -> bool:
    """A capitalised word at k, or after one short lower-case particle ("du", "de")."""
    if k < len(doc) and doc[k].is_lower and len(doc[k]) <= 3:
        k += 1
    return k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN"


def capitalised_word(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A capitalised number word inside a sentence is part of a name: "Three Centers"."""
    first = doc[q.num_start]
    return first.is_title and not first.is_sent_start


def bare_one(doc: Doc, q: Quantity, vocab: Vocab, rule: dict) -> bool:
    """A bare "one" or "a": a pronoun or article far more often than a count, unless a
    ``ratio_link`` and a number follow ("one in five adults", "one out of ten")."""
    if (q.value or 0) > 1 or q.mult != 1.0:
        return False
    hit = vocab.phrase_cue("ratio_link", doc, q.end)
    return hit is None or hit[1] >= len(doc) or not doc[hit[1]].like_num


#: check name (``QuantityExclusionRule.check``) -> predicate
CHECKS: dict[str, Check] = {
    "ordinal_without_rank_cue": ordinal_without_rank_cue,
    "cue_before": cue_before,
    "cue_after": cue_after,
    "clock_time": clock_time,
    "glued_to_word": glued_to_word,
    "time_anchor": time_anchor,
    "in_date_entity": in_date_entity,
    "year": year,
    "score_pair": score_pair,
    "leading_zero": leading_zero,
    "type_of_thing": type_of_thing,
    "adjacent_number": adjacent_number,
    "street_address": street_address,
    "list_marker": list_marker,
    "identifier": identifier,
    "numbered_noun": numbered_noun,
    "model_code": model_code,
    "code_name": code_name,
    "phone_number": phone_number,
    "capitalised_word": capitalised_word,
    "bare_one": bare_one,
}


def opens_range(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "3-5 days" is tagged DATE as a whole: its first number waits for the range."""
    k = q.end
    return (
        k + 1 < len(doc)
        and vocab.cues.get("range_link", {}).get((norm(doc[k].text),)) is not None
        and (DIGITS.match(doc[k + 1].text) is not None or bool(vocab.words.get(doc[k + 1].lower_)))
    )
