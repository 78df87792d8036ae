"""What a figure without a unit counts: the noun phrase after it ("1,500 overseas
warehouses"), X in "the number of X has exceeded N", an index level in points ("the FTSE
100 closed at 7,412"), or a rank ("ranked 19th")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.stages.quantities.names import names_index
from pipeline.stages.quantities.quantity import HYPHENS, Quantity
from pipeline.stages.quantities.units import count_rate
from pipeline.stages.quantities.vocab import Vocab


def counted(doc: Doc, sent: Span, q: Quantity, vocab: Vocab) -> Quantity:
    """A figure without a unit counts the noun phrase after it ("1,500 overseas warehouses")."""
    if q.unit is None and q.kind == "digits":
        unit = _index_level(doc, sent, q, vocab)
        if unit is not None:
            return replace(q, unit=unit)
    if q.unit is not None and _occasions(doc, q, vocab):
        last = doc[q.end - 1]
        return replace(q, unit=vocab.units.get("count"), item=(last.idx, last.idx + len(last)))
    if q.unit is not None or q.kind in ("ordinal",):
        if q.kind == "ordinal":
            return replace(q, unit=vocab.units.get("rank"))
        return q
    k = q.end
    if k < len(doc) and doc[k].lower_ == "of" and q.kind in ("vague", "words", "range"):
        k += 1
    item = counted_phrase(doc, k, sent.end, vocab.quotes)
    if item is None and q.kind in ("digits", "range"):
        item = _number_of(doc, sent, q, vocab)
    unit, end = vocab.units.get("count"), q.end
    after = _token_at(doc, item[1]) if item is not None and item[1] > doc[q.end - 1].idx else q.end
    rate = count_rate(doc, unit, after, vocab) if unit is not None else None
    if rate is not None:
        unit = rate[0]
        end = rate[1] if item is None else end  # "24 a day"; a counted noun stays apart
    return replace(q, unit=unit, item=item, end=end)


def _occasions(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "won the World Cup four times", "arrested three times this year": "times" that
    counts occasions, not a multiple ("three times higher", "four times the size",
    "25 times earnings", "twice as fast", "rose three times", "grew by four times")."""
    if q.unit["id"] != "times" or doc[q.end - 1].lower_ != "times" or q.kind == "range":
        return False
    if q.value is None or not float(q.value).is_integer():
        return False  # "from 2.3 times": no number of occasions has a fraction
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is not None and (nxt.tag_ in ("JJR", "RBR") or vocab.cue("multiple_of", nxt)):
        return False
    if _times_noun(doc, q.end):
        return False  # "25 times earnings", "30 times forward earnings": a multiple of it
    if q.start > 0 and doc[q.start - 1].lower_ == "by":
        return False
    verb = doc[q.end - 1].head
    return not (verb.pos_ == "VERB" and vocab.cue("change_before", verb))


def _times_noun(doc: Doc, k: int) -> bool:
    """A common noun at token k, over one adjective or adverb, that names no time ("last
    year" after "arrested three times" is when it happened)."""
    if k < len(doc) and doc[k].pos_ in ("ADJ", "ADV"):
        k += 1
    if k >= len(doc) or doc[k].pos_ != "NOUN" or doc[k].tag_ not in ("NN", "NNS"):
        return False
    return doc[k].ent_type_ not in ("DATE", "TIME")


def _token_at(doc: Doc, char: int) -> int:
    """The token that starts at or after ``char`` (the end of a counted noun phrase)."""
    span = doc.char_span(char, char, alignment_mode="expand")
    if span is not None:
        return span.start
    return next((t.i for t in doc if t.idx >= char), len(doc))


def _index_level(doc: Doc, sent: Span, q: Quantity, vocab: Vocab) -> dict | None:
    """ "the FTSE 100 closed at 7,412", "the Dow rose 1.2% to 39,150", "the Nikkei jumped to
    a record 41,250", "the PMI rose to 52.3 from 51.7", "below the 50 mark": a level of an
    index named in the sentence (a market index's name), or of the moving verb's subject
    when it holds an ``index_word`` ("index", "gauge"), in points. A number before a noun
    counts it instead."""
    mark = _mark(doc, q, vocab)
    if q.end < len(doc) and doc[q.end].pos_ in ("NOUN", "PROPN") and not mark:
        return None
    if mark and _index_word_before(doc, sent, q.start, vocab):
        return vocab.units.get("points")  # "below the 50 mark"
    b = q.start - 1
    while b > sent.start and q.start - b <= 2 and doc[b].pos_ in ("DET", "ADJ", "NOUN"):
        b -= 1  # "to a record 41,250"
    if b <= sent.start or doc[b].lower_ not in ("at", "to", "from"):
        return None
    # "closed at 7,412", or "rose 312 points, or 0.8%, to 39,150": the level a change reached
    head = doc[b].head
    after_change = doc[b].lower_ in ("to", "from") and vocab.cue("change_before", head)
    level = doc[b].lower_ == "at" and (
        vocab.cue("level_before", doc[b - 1]) or vocab.cue("level_before", head)
    )
    named = names_index(doc, sent.start + 1, q.start, vocab)
    moved = after_change or (doc[b].lower_ == "to" and head.pos_ == "VERB")
    if (level or moved) and (named or _index_subject(head, vocab)):
        return vocab.units.get("points")
    if doc[b].lower_ == "at" and vocab.cue("index_word", head):
        return vocab.units.get("points")  # "with the services gauge at 53.1"
    if after_change and _moved_in_points(doc, head.i, b, vocab):
        return vocab.units.get("points")
    return None


def _index_word_before(doc: Doc, sent: Span, end: int, vocab: Vocab) -> bool:
    return any(vocab.cue("index_word", t) for t in doc[sent.start : end])


def _index_subject(verb: Token, vocab: Vocab) -> bool:
    """The verb's subject is an index or a gauge ("the PMI index rose to 52.3"; not "the
    index showed that unemployment rose to 1,500")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(vocab.cue("index_word", t) for t in c.subtree)
        for c in verb.children
    )


def _mark(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "the 50 mark": the number names a level of ``level_mark`` ("mark", "threshold")."""
    return q.end < len(doc) and vocab.cue("level_mark", doc[q.end]) is not None


def _moved_in_points(doc: Doc, verb: int, to: int, vocab: Vocab) -> bool:
    """ "rose 1,050 points to 128,400", "fell 4.3 points to 97.1": the change verb moved
    something by points just before "to", so the level it reached is in points too."""
    for k in range(verb + 1, to):
        hit = vocab.unit_after(doc, k) if doc[k - 1].like_num else None
        if hit is not None and hit[0]["id"] == "points":
            return True
    return False


def counted_phrase(doc: Doc, k: int, limit: int, quotes: frozenset[str]) -> tuple[int, int] | None:
    """The char offsets of the noun phrase from token k (before ``limit``), through
    adjectives, participles, hyphenated words, quote marks and "X and Y" of nouns."""
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
        elif t.text in quotes:
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


def _number_of(doc: Doc, sent: Span, q: Quantity, vocab: Vocab) -> tuple[int, int] | None:
    """ "the number of X has exceeded 100,000": the count is of X."""
    for j in range(q.start - 2, sent.start - 1, -1):
        hit = vocab.phrase_cue("number_of", doc, j)
        if hit is not None:
            return counted_phrase(doc, hit[1], q.start, vocab.quotes)
    return None


def bare_word_count(doc: Doc, q: Quantity) -> bool:
    """A small number written in words with nothing counted is an idiom ("greater than
    two", "the two met", "one in a million"); a compound one is a figure whose noun the
    sentence left out ("the toll rose to two hundred", "a hundred and two of those",
    "about two dozen were injured")."""
    if q.kind != "words" or q.unit is None or q.unit["dimension"] != "count" or q.item:
        return False
    if _partitive(doc, q.end):
        return False  # "five of its last six games", "two of the suspects": a count of them
    if _counted_people(doc, q):
        return False  # "Five were killed", "the storm killed three": a count of people
    article_scale = doc[q.num_start].lower_ in ("a", "an") and q.num_end - q.num_start == 2
    one_word = q.num_end - q.num_start == 1  # not "about two dozen were injured"
    return ((q.value or 0) < 100 and one_word) or article_scale


def _counted_people(doc: Doc, q: Quantity) -> bool:
    """A number word that is a verb's subject or object on its own, with no determiner
    ("Five were killed", "killed three and injured 12"), counts those it stands for; "the
    two met" and "those three" point back at people already named."""
    tok = doc[q.num_start]
    if q.num_end - q.num_start != 1 or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return q.start == 0 or doc[q.start - 1].tag_ not in ("DT", "PRP$", "WDT")


def _partitive(doc: Doc, i: int) -> bool:
    """ "of" and a determiner or possessive at token i: the number counts some of a set
    the sentence names ("of the 650 seats", "of his four attempts"; not "of them")."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].tag_ in ("DT", "PRP$")
