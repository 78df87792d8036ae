"""Reading the number itself at a token: digits (with a sign, a glued currency, scale
abbreviation or unit), fractions, and number words ("ten thousand", "a quarter of a
million", "tens of millions", "doubled"). Each reader returns a ``Quantity`` over the
number's tokens, or None when the token is no number (or a name such as "5G", "COVID-19")."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import (
    CLAUSE_END,
    DIGITS,
    ELAPSED,
    FRACTION,
    HYPHENS,
    ORDINAL_SUFFIXES,
    RANGE_TOKEN,
    SIGNS,
    Quantity,
    digits_value,
    elapsed_seconds,
)
from pipeline.stages.quantities.vocab import Vocab

#: a group of three digits after a space ("10 000"), the last may carry decimals
THREE = re.compile(r"^\d{3}(?:\.\d+)?$")


#: a token that may open a number: a decimal digit anywhere (what ``\d`` matches)
HAS_DIGIT = re.compile(r"\d")


def number_starts(doc: Doc, vocab: Vocab) -> list[int]:
    """The tokens ``read_number`` may read, picked once per Doc: a digit, a one-character
    vulgar fraction, an article or a number word; every other token reads as None."""
    known, strings = vocab.starts, doc.vocab.strings
    out = []
    # by the token's text hash, read off the Doc in one call: no Token object per token
    for i, orth in enumerate(doc.to_array("ORTH").tolist()):
        may = known.get(orth)
        if may is None:
            may = known[orth] = _may_start(strings[orth], vocab)
        if may:
            out.append(i)
    return out


def _may_start(text: str, vocab: Vocab) -> bool:
    low = text.lower()
    return (
        HAS_DIGIT.search(text) is not None
        or low in vocab.words
        or low in ("a", "an")
        or _vulgar(text) is not None
        or _fold_word(low, vocab) is not None
    )


def _fold_word(low: str, vocab: Vocab) -> float | None:
    """ "fourfold", "thirtyfold", "hundredfold": a multiple written as one word, a number
    word of the rules (a digit or a scale) and "fold"."""
    if not low.endswith("fold"):
        return None
    head = low[:-4].rstrip("-")
    rule = vocab.word(head, "digit") or vocab.word(head, "scale")
    return rule["value"] if rule and rule["value"] > 1 else None


def read_number(doc: Doc, i: int, vocab: Vocab) -> Quantity | None:
    tok = doc[i]
    m = DIGITS.match(tok.text)
    if m:
        return _read_digits(doc, i, m, vocab)
    m = RANGE_TOKEN.match(tok.text)
    if m and float(m["lo"]) < float(m["hi"]) and vocab.unit_after(doc, i + 1):
        # "3.5–4.0 TeV" in one token: a range only before a unit (not "3–1", "2019–20")
        lo, hi = float(m["lo"]), float(m["hi"])
        return Quantity(i, i + 1, i, i + 1, "range", None, low=lo, high=hi, qualifier="range")
    m = ELAPSED.match(tok.text)
    if m and not (i > 0 and vocab.cue("clock_before", doc[i - 1])):
        # "finished in 2:09:44": a time taken, in seconds ("at 10:30:00" is a clock's)
        return Quantity(
            i, i + 1, i, i + 1, "elapsed", elapsed_seconds(m), unit=vocab.units.get("s")
        )
    vulgar = _vulgar(tok.text)
    if vulgar is not None:  # "½", "⅓"
        return Quantity(i, i + 1, i, i + 1, "fraction", vulgar, unit=vocab.units.get("fraction"))
    m = FRACTION.match(tok.text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if b == 0 or a >= b:
            return None  # "24/7", "3/2": not a fraction of something
        return Quantity(i, i + 1, i, i + 1, "fraction", a / b, unit=vocab.units.get("fraction"))
    return _read_words(doc, i, vocab)


def _vulgar(text: str) -> float | None:
    """A one-character vulgar fraction ("½", "⅓"), its value from the Unicode database."""
    if len(text) != 1 or unicodedata.category(text) != "No":
        return None
    value = unicodedata.numeric(text, None)
    return value if value is not None and 0 < value < 1 else None


def _sign(doc: Doc, i: int, pre: str) -> tuple[float | None, str]:
    """ "+0.4%", "-1.1%", "$-12.7bn": a sign glued before the digits, when it follows a space,
    a currency or an opening bracket (not "COVID-19", read as a name elsewhere)."""
    if pre[1:] and pre[0] in SIGNS and pre[-1] not in SIGNS:  # "-$3.4bn": sign, currency
        sign, rest = _sign(doc, i, pre[0])
        return sign, rest + pre[1:]
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


def _read_digits(doc: Doc, i: int, m: re.Match, vocab: Vocab) -> Quantity | None:
    pre, num, suf = m["pre"], m["num"], m["suf"]
    num, grouped = _space_groups(doc, i, m, num)
    value = digits_value(m, num)
    pre = pre.removeprefix("±")  # "±3.1 points": the margin itself, give or take
    sign, pre = _sign(doc, i, pre)
    if sign is None:
        return None
    unit, first = None, i
    if pre:
        unit = vocab.units_attached.get(pre) or vocab.units_attached.get(pre.lower())
        if unit is None and i > 0 and not doc[i - 1].whitespace_:  # "$US1.9": "$", "US1.9"
            joined = doc[i - 1].text + pre
            unit = vocab.units_attached.get(joined) or vocab.units_attached.get(joined.lower())
            first = i - 1
        if unit is None or unit["dimension"] != "currency" or not vocab.named_by(doc, unit):
            return None  # letters glued before digits: a name ("COVID-19", "B2C", "R8")
        if pre.isalpha() and first > 0 and doc[first - 1].pos_ == "PROPN":
            return None  # a model after its maker: "the Audi R8", not 8 rand
    whole = value
    value = _mixed_fraction(doc, i, value)
    money = unit is not None or _currency_before(doc, i, vocab)
    kind, mult = "digits", 1.0
    if suf:
        read = _suffix(doc, i, suf, num, money, vocab)
        if read is None:
            return None  # "5G", "4K", "12B": a name, not a figure
        kind, mult, suf_unit = read
        unit = suf_unit or unit
    j = i + 1 + grouped + (value != whole)
    if not suf and not m["exp"] and j + 3 < len(doc):
        power = _spaced_power(doc, j)
        if power is not None:  # "3 x 10 ^ 5": tokens x, 10, ^, 5
            value, j = value * 10.0**power, j + 4
    if not suf and not m["exp"] and (times := _spaced_power_token(doc, j)) is not None:
        value, j = value * times, j + 2  # "3 x 10^5": tokens x, 10^5
    if mult == 1.0 and j < len(doc):
        abbr = _abbreviation(doc, j, doc[j].text, money, vocab)
        if abbr is not None:
            mult, j = abbr, j + 1
    if mult == 1.0 and _hyphen_scale(doc, j, vocab):
        j += 1  # "a $2-million grant", "C$17-billion": the scale joined by a hyphen
    j, scale = _read_scales(doc, j, vocab)
    mult *= scale
    value = sign * value * mult
    return Quantity(first, j, i, j, kind, value, mult=mult, unit=unit, thousands="," in num)


def _hyphen_scale(doc: Doc, j: int, vocab: Vocab) -> bool:
    """A hyphen written against the digits and a scale word of a thousand or more."""
    if j + 1 >= len(doc) or doc[j].text not in HYPHENS or doc[j - 1].whitespace_:
        return False
    if doc[j].whitespace_:
        return False
    rule = vocab.word(doc[j + 1].lower_, "scale")
    return rule is not None and rule["value"] >= 1000


def _space_groups(doc: Doc, i: int, m: re.Match, num: str) -> tuple[str, int]:
    """ "10 000 dollars": thousands grouped by a space (SI style), one group of three
    digits after one to three; the number and how many tokens it took beyond the first."""
    k = i + 1
    if m["suf"] or m["exp"] or len(num) > 3 or not num.isdigit():
        return num, 0
    while k < len(doc) and doc[k - 1].whitespace_ == " " and THREE.match(doc[k].text):
        if k + 1 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text in HYPHENS:
            break  # "5 100-metre races"
        num, k = num + doc[k].text, k + 1
        if "." in num:
            break
    return num, k - i - 1


def _spaced_power(doc: Doc, j: int) -> int | None:
    """ "x 10 ^ 5" written over four tokens: the power of ten, or None."""
    times, ten, caret, power = (t.text for t in doc[j : j + 4])
    if times in ("x", "×") and ten == "10" and caret in ("^", "**"):
        m = re.fullmatch(r"[-+−]?\d+", power)
        return int(power.replace("−", "-")) if m else None
    return None


def _spaced_power_token(doc: Doc, j: int) -> float | None:
    """ "x 10^5" written as "x" and one power token (``keep_powers``): its value."""
    if j + 1 >= len(doc) or doc[j].text not in ("x", "×"):
        return None
    m = DIGITS.match(doc[j + 1].text)
    if m is None or not m["caret"] or m["pre"] or m["suf"]:
        return None
    return digits_value(m, m["num"])


def _suffix(doc: Doc, i: int, suf: str, num: str, money: bool, vocab: Vocab):
    """What is glued after the digits: (kind, multiplier, unit) or None for a name."""
    low = suf.lower()
    if suf in HYPHENS and i + 1 < len(doc) and vocab.cue("range_link", doc[i + 1]):
        return "digits", 1.0, None  # "8- to 16-meter": the first of a range
    if low in ORDINAL_SUFFIXES and "." not in num and "," not in num:
        return "ordinal", 1.0, None
    abbr = _abbreviation(doc, i, suf, money, vocab)  # glued: what follows is doc[i + 1]
    if abbr is not None:
        return "digits", abbr, None
    unit = vocab.units_attached.get(suf) or _any_case(vocab.units_attached.get(low))
    if unit is not None and (unit["dimension"] != "currency" or not suf.isalpha()):
        return "digits", 1.0, unit  # "45kg", and a currency sign after: "15€"
    if low == "p" and _pence_context(doc, i, vocab):
        return "digits", 1.0, vocab.units.get("gbp_pence")
    if vocab.word(low, "scale"):
        return "digits", vocab.word(low, "scale")["value"], None
    return None


def _any_case(unit: dict | None) -> dict | None:
    """A unit found by its lower-cased form, unless its forms match only as written
    ("5G" is no gram)."""
    return None if unit is None or unit.get("exact_case") else unit


def _abbreviation(doc: Doc, j: int, word: str, money: bool, vocab: Vocab) -> float | None:
    """ "3.1b", "9.6 m tonnes", "52.3 bn": a scale abbreviation ``word`` at token j (or
    glued to it), attached or spaced. One
    that is also a unit symbol ("a 25m yacht") is a scale only next to money, or before
    a plural noun, "of", a unit or the end of the clause."""
    rule = vocab.attached_scales.get(word) or vocab.attached_scales.get(word.lower())
    if rule is None:
        return None
    if rule.get("ambiguous") and not money:
        nxt = _noun_after(doc, j + 1, vocab)
        if _bare_object(doc, j):
            return rule["value"]  # "adding 9.3m in the quarter"
        if nxt is None or not (
            nxt.tag_ in ("NNS", "NNPS")
            or nxt.lower_ == "of"
            or vocab.unit_after(doc, j + 1) is not None  # with its context: not "in the"
        ):
            return None
    return rule["value"]


def _bare_object(doc: Doc, j: int) -> bool:
    """The figure is a verb's object with nothing after it in its phrase and no
    determiner ("adding 9.3m in the quarter", "sold 2m"): a number of things; "won the
    100m" names a distance, "a 25m yacht" describes one."""
    tok = doc[j]
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (
        tok.dep_ == "dobj"
        and tok.head.pos_ == "VERB"
        and not any(c.dep_ == "det" for c in tok.children)
        and (nxt is None or nxt.pos_ in ("ADP", "PUNCT"))
    )


#: adjectives and participles before a noun ("postal", "registered", "paying")
MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG"})


def _noun_after(doc: Doc, k: int, vocab: Vocab):
    """The token after a scale abbreviation, past up to two adjectives that are not of
    size ("4.5m postal ballots" -> ballots; "25m tall trees" stops at "tall")."""
    for _ in range(2):
        if (
            k + 1 < len(doc)
            and doc[k].tag_ in MODIFIER_TAGS
            and not vocab.cue("measure_adjective", doc[k])
        ):
            k += 1
    return doc[k] if k < len(doc) else None


def _read_scales(doc: Doc, j: int, vocab: Vocab) -> tuple[int, float]:
    scale = 1.0
    while j < len(doc):
        rule = vocab.word(doc[j].lower_, "scale")
        if rule is None:
            break
        scale *= rule["value"]
        j += 1
    return j, scale


def _currency_before(doc: Doc, i: int, vocab: Vocab) -> bool:
    hit = vocab.unit_before(doc, i)
    return hit is not None and hit[0]["dimension"] == "currency"


def _pence_context(doc: Doc, i: int, vocab: Vocab) -> bool:
    """ "down 12p at 845p": "p" is pence only where prices are talked about."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    return vocab.any_cue("pence_context", sent)


def _multiple_word(doc: Doc, i: int, rule: dict, vocab: Vocab) -> Quantity | None:
    """ "about double the 2019 rate", "twice as fast", "twice a week": a multiple written
    as a word, only before a ``multiple_of`` cue or a rate ("a double" is none)."""
    if i + 1 >= len(doc):
        return None
    nxt = doc[i + 1]
    rate = vocab.cue("per", nxt) and i + 2 < len(doc) and vocab.unit_after(doc, i + 2)
    if not (vocab.cue("multiple_of", nxt) or rate):
        return None
    return Quantity(i, i + 1, i, i + 1, "words", rule["value"], unit=vocab.units.get("times"))


def _read_words(doc: Doc, i: int, vocab: Vocab) -> Quantity | None:
    tok = doc[i]
    low = tok.lower_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if low in ("a", "an") and nxt is not None:
        return _read_article(doc, i, vocab)
    kinds = vocab.words.get(low, {})
    fold = None if kinds else _fold_word(low, vocab)
    if fold is not None:
        return Quantity(i, i + 1, i, i + 1, "words", fold, unit=vocab.units.get("times"))
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
            unit=vocab.units.get("times"),
            change=rule["direction"],
            change_from="verb",
        )
    if "multiple_word" in kinds:
        return _multiple_word(doc, i, kinds["multiple_word"], vocab)
    if "vague" in kinds:
        return _read_vague(doc, i, kinds["vague"], vocab)
    if "digit" in kinds:
        return _read_word_sequence(doc, i, vocab)
    article = "fraction" in kinds and nxt is not None and nxt.lower_ in ("a", "an")
    scale = vocab.word(doc[i + 2].lower_, "scale") if article and i + 2 < len(doc) else None
    if scale:
        # "half a million", "half a dozen"
        whole = scale["value"]
        value = kinds["fraction"]["value"] * whole
        return Quantity(i, i + 3, i, i + 3, "words", value, mult=whole if whole >= 1000 else 1.0)
    if article and _article_one(doc, i + 1, vocab):  # "half a tonne", "half an acre"
        return Quantity(i, i + 2, i, i + 2, "words", kinds["fraction"]["value"])
    if "fraction" in kinds and nxt is not None:
        # "half a percentage point", "a half-point cut" (the article was read before)
        at = i + 2 if nxt.lower_ in ("a", "an") else i + 1
        point = _fraction_point(doc, i, at, kinds["fraction"], vocab)
        if point is not None:
            return point
    if "fraction" in kinds and low.startswith("half") and nxt is not None and nxt.lower_ == "of":
        return Quantity(
            i,
            i + 1,
            i,
            i + 1,
            "fraction",
            kinds["fraction"]["value"],
            unit=vocab.units.get("fraction"),
        )
    if "ordinal" in kinds:
        return Quantity(i, i + 1, i, i + 1, "ordinal", kinds["ordinal"]["value"])
    return None


def _change_by(doc: Doc, i: int, vocab: Vocab) -> bool:
    """ "cut by a third", "fallen by more than a quarter", "a third below": a fraction
    after a change's link word (over a qualifier's two words at most) or before a
    ``comparison_after`` word, that names no thing after it ("by a third party")."""
    if i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if i + 2 < len(doc) and vocab.cue("comparison_after", doc[i + 2]):
        return True
    k = i - 1
    while k > 0 and i - k <= 2 and doc[k].pos_ in ("ADV", "ADJ", "ADP", "SCONJ"):
        if vocab.cue("change_link", doc[k]):
            break
        k -= 1
    return k >= 0 and vocab.cue("change_link", doc[k]) is not None


def _read_article(doc: Doc, i: int, vocab: Vocab) -> Quantity | None:
    """ "a million", "a dozen", "a third of", "a quarter of a million"."""
    nxt = doc[i + 1]
    if vocab.word(nxt.lower_, "scale"):
        return _read_word_sequence(doc, i, vocab, first=1.0)
    fraction = vocab.word(nxt.lower_, "fraction")
    point = _fraction_point(doc, i, i + 2, fraction, vocab) if fraction else None
    if point is not None:
        return point
    of = i + 2 < len(doc) and doc[i + 2].lower_ == "of"
    if fraction and of:
        whole = _fraction_of_scale(doc, i + 3, vocab)
        if whole is not None:  # "a quarter of a million"
            return Quantity(i, i + 5, i, i + 5, "words", fraction["value"] * whole, mult=whole)
    if fraction and (of or _change_by(doc, i, vocab)):
        return Quantity(
            i,
            i + 2,
            i,
            i + 2,
            "fraction",
            fraction["value"],
            unit=vocab.units.get("fraction"),
        )
    if _article_one(doc, i, vocab):
        return Quantity(i, i + 1, i, i + 1, "words", 1.0)
    return None


def _article_one(doc: Doc, i: int, vocab: Vocab) -> bool:
    """ "a gallon of beer", "cut by a penny", "a mile from the coast": the article is one
    of an ``article_unit`` cue's unit, unless the unit word names a thing ("a dollar
    store", "a euro-zone bond"), the clause denies it ("did not pay a penny") or an
    ``article_idiom`` phrase holds it ("won by a mile")."""
    unit = doc[i + 1]
    if vocab.cue("article_unit", unit) is None or unit.dep_ == "compound":
        return False
    if i + 2 < len(doc) and doc[i + 2].text in HYPHENS:
        return False
    if any(t.dep_ == "neg" for t in doc[max(0, i - 3) : i]):
        return False
    for k in range(max(0, i - 2), i + 1):
        hit = vocab.phrase_cue("article_idiom", doc, k)
        if hit is not None and hit[1] >= i + 2:
            return False
    return True


def _fraction_point(doc: Doc, i: int, j: int, fraction: dict, vocab: Vocab) -> Quantity | None:
    """ "a quarter point", "half a percentage point", "a half-point cut", "a quarter of a
    percentage point": a fraction of a
    point is of a percentage point (rates and yields); no index moves by a quarter point."""
    if j < len(doc) and doc[j].text in HYPHENS and not doc[j - 1].whitespace_:
        j += 1
    elif j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("a", "an"):
        j += 2  # "a quarter of a percentage point"
    hit = vocab.unit_after(doc, j) if j < len(doc) else None
    if hit is None or hit[0]["id"] not in ("points", "pp"):
        return None
    end = hit[1]
    return Quantity(i, end, i, end, "fraction", fraction["value"], unit=vocab.units.get("pp"))


def _fraction_word(doc: Doc, j: int, count: float, vocab: Vocab) -> float | None:
    """ "two thirds", "three halves", "one sixth": a small count of a fraction word (in
    the plural after two or more), not glued to a hyphen ("one third-party")."""
    if j >= len(doc) or not 1 <= count <= 10 or (j + 1 < len(doc) and doc[j + 1].text == "-"):
        return None
    rule = vocab.word(doc[j].lower_, "fraction")
    if rule is None or (count > 1) != doc[j].lower_.endswith("s"):
        return None
    return count * rule["value"]


def _and_a_fraction(doc: Doc, j: int, vocab: Vocab) -> float | None:
    """ "and a half", "and a quarter" at token j: the fraction, or None."""
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].lower_ not in ("a", "an"):
        return None
    rule = vocab.word(doc[j + 2].lower_, "fraction")
    return rule["value"] if rule is not None else None


def _fraction_of_scale(doc: Doc, k: int, vocab: Vocab) -> float | None:
    if k + 1 < len(doc) and doc[k].lower_ in ("a", "one"):
        rule = vocab.word(doc[k + 1].lower_, "scale")
        if rule is not None and rule["value"] >= 1000:
            return rule["value"]
    return None


def _read_vague(doc: Doc, i: int, rule: dict, vocab: Vocab) -> Quantity | None:
    """ "tens of millions", "hundreds of", "dozens of": a range, never a value."""
    j = i + 1
    low, high = rule["low"], rule["high"]
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        inner = vocab.word(doc[j + 1].lower_, "vague")
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


def _comma_continues(doc: Doc, j: int, total: float, current: float, vocab: Vocab) -> bool:
    """A comma after a scale word goes on with a smaller scaled part ("three million, two
    hundred thousand"), never with a bare count ("three million, two years later")."""
    if doc[j].text != "," or total <= 0 or current != 0 or j + 2 >= len(doc):
        return False
    digit = vocab.word(doc[j + 1].lower_, "digit")
    scale = vocab.word(doc[j + 2].lower_, "scale")
    last = vocab.word(doc[j - 1].lower_, "scale")
    return (
        digit is not None
        and scale is not None
        and last is not None
        and scale["value"] < last["value"]
    )


def _read_word_sequence(
    doc: Doc, i: int, vocab: Vocab, first: float | None = None
) -> Quantity | None:
    """ "ten thousand", "twenty-five", "one hundred and twenty", "two-thirds", "a dozen"."""
    total = 0.0
    current = first if first is not None else float(vocab.word(doc[i].lower_, "digit")["value"])
    j = i + 1
    part = _fraction_word(doc, i + 1, current, vocab) if first is None else None
    if part is not None:  # "two thirds", "one sixth"
        return Quantity(i, i + 2, i, i + 2, "fraction", part, unit=vocab.units.get("fraction"))
    while j < len(doc):
        t = doc[j]
        rule = vocab.word(t.lower_, "scale")
        if t.text in HYPHENS and not doc[j - 1].whitespace_ and j + 1 < len(doc):
            fraction = vocab.word(doc[j + 1].lower_, "fraction")
            digit = vocab.word(doc[j + 1].lower_, "digit")
            if fraction is not None:
                value = (total + current) * fraction["value"]
                return Quantity(
                    i, j + 2, i, j + 2, "fraction", value, unit=vocab.units.get("fraction")
                )
            if digit is not None and digit["value"] < 10 and current % 10 == 0 and current >= 20:
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
        digit = vocab.word(t.lower_, "digit")
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
        half = _and_a_fraction(doc, j, vocab)
        if half is not None and total == 0 and 0 < current < 100:
            current += half  # "two and a half"
            j += 3
            scale = vocab.word(doc[j].lower_, "scale") if j < len(doc) else None
            if scale is not None and scale["value"] >= 1000:  # "one and a half million"
                total, current, j = current * scale["value"], 0.0, j + 1
            break
        if _comma_continues(doc, j, total, current, vocab):
            j += 1  # "three million, two hundred thousand"
            continue
        if t.lower_ in ("and", "&") and j + 1 < len(doc) and current >= 100 and current % 100 == 0:
            after = vocab.word(doc[j + 1].lower_, "digit")
            if after is not None:
                current += after["value"]
                j += 2
                continue
        break
    value = total + current
    mult = 1.0
    for t in doc[i:j]:
        rule = vocab.word(t.lower_, "scale")
        if rule is not None and rule["value"] >= 1000:
            mult = rule["value"]
    return Quantity(i, j, i, j, "words", value, mult=mult)
