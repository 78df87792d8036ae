"""Numbers that belong to a name ("FTSE 100", "iPhone 15", "Game 7": ``not_quantities``
rules) and ages: set off by commas ("Jones, 58, said") or after an ``age_before`` cue
("aged 18 to 65", "who is 44")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.vocab import Vocab, match_after, match_before


def name_before(doc: Doc, j: int, vocab: Vocab) -> dict | None:
    """The ``not_quantities`` rule whose words end just before token j, if any."""
    hit = match_before(doc, j, vocab.not_quantities, vocab.longest["not"])
    return hit[0] if hit and not hit[0]["glued_after"] else None


def name_after(doc: Doc, i: int, vocab: Vocab) -> dict | None:
    """The ``glued_after`` rule whose words follow token i-1 with no space ("5G")."""
    if i <= 0 or i >= len(doc) or doc[i - 1].whitespace_:
        return None
    hit = match_after(doc, i, vocab.not_quantities, vocab.longest["not"])
    if hit is None or not hit[0]["glued_after"]:
        return None
    # as written: "5G" is a network, "5g" five grams
    return hit[0] if [t.text for t in doc[i : hit[1]]] == hit[0]["words"] else None


def names_index(doc: Doc, start: int, end: int, vocab: Vocab) -> bool:
    """Tokens start..end name a market index ("the FTSE 100", "the Dow")."""
    return any(
        (rule := name_before(doc, k, vocab)) is not None and rule["index"]
        for k in range(start, end)
    )


def name_rule(doc: Doc, q: Quantity, vocab: Vocab) -> dict | None:
    """The name the number of q belongs to: words before it ("Game 7"), before the list
    it ends ("junctions 10 and 16", "Articles 3, 4 and 5") or glued after it."""
    k = q.num_start
    rule = name_before(doc, k, vocab)
    while rule is None and k >= 2 and doc[k - 1].lower_ in NAME_LIST_LINKS and doc[k - 2].is_digit:
        k -= 2
        rule = name_before(doc, k, vocab)
    return rule or name_after(doc, q.end, vocab)


#: what joins the numbers of a list of names; not ``lists.LIST_LINKS``, which joins
#: figures (with "to" and ";") and has no "&"
NAME_LIST_LINKS = frozenset({",", "and", "or", "&"})


def named(doc: Doc, q: Quantity, vocab: Vocab) -> Quantity | None:
    """ "FTSE 100", "iPhone 15", "Game 7": a number in a name is none; "a category 3
    storm" is a rank."""
    if q.unit is None and q.kind in ("digits", "words") and age_after_cue(doc, q, vocab):
        return replace(q, unit=vocab.units.get("year_of_age"))
    if q.unit is not None or q.start != q.num_start or q.kind not in ("digits", "words"):
        return q
    if q.kind == "digits" and age_apposition(doc, q):
        return replace(q, unit=vocab.units.get("year_of_age"))
    rule = name_rule(doc, q, vocab)
    if rule is None or (q.kind == "words" and rule["unit"] is None):
        return q  # a number word after a name's word is read ("Phase two") only as a rank
    if rule["unit"] is None:
        return None
    return replace(q, unit=vocab.units.get(rule["unit"]), kind="named")


def age_after_cue(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "patients aged 18 to 65", "aged between 5 and 11", "the minister, who is 44,", "at
    the age of 91": a whole number of years after an ``age_before`` cue phrase, counting
    no plural noun after it, is an age."""
    if not _age_like(q):
        return False
    if q.end < len(doc) and doc[q.end].tag_ in ("NNS", "NNPS"):
        return False  # "the average age of 40 workers": the number counts the workers
    start = q.start
    if start >= 2 and vocab.cue("range_link", doc[start - 1]) and doc[start - 2].like_num:
        start -= 2  # the second bound of "aged 18 to 65", which the model puts in a DATE
    while start >= 2 and doc[start - 1].lower_ in NAME_LIST_LINKS and doc[start - 2].like_num:
        start -= 2  # "aged 24, 27 and 31": a list of ages after one cue
    return vocab.cue_ends_at("age_before", doc, start)


def _age_like(q: Quantity) -> bool:
    return (
        q.value is not None
        and 0 < q.value < 130
        and float(q.value).is_integer()
        and q.mult == 1.0
        and q.thousands is False
    )


def age_apposition(doc: Doc, q: Quantity) -> bool:
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
        and doc[a + 1].pos_ in ("VERB", "AUX", "PROPN", "DET", "ADV", "ADP", "PRON", "SCONJ")
    )
