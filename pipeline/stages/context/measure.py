"""What a figure measures: the noun phrase it belongs to, read from the dependency parse.

"volume" in "the volume reached 1.7 trillion yuan", "throughput" in "a throughput of 10
million tons", "driving range" in "extends the car's driving range by 40 miles" (the
object a verb changes, not its grammatical subject), "prices" in "a 5% rise in prices".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.stages.context.parse import (
    AMOUNT_LABELS,
    NOUNS,
    Cues,
    Sentences,
    clause_head,
    clause_subject,
    is_named,
)

#: Left dependents that are not part of what is measured ("the", "China's").
NOT_MEASURE_LEFT = frozenset(
    {
        "det",
        "poss",
        "predet",
        "case",
        "punct",
        "prep",
        "advmod",
        "cc",
        "nummod",
        "quantmod",
        "npadvmod",
    }
)


def noun_phrase(doc: Doc, noun: Token, q: Span | None = None) -> tuple[int, int]:
    """What a noun names, as character offsets: its modifiers and "of" phrases, without
    determiners, possessors ("China's"), place names in front, other prepositions, or
    the figure itself ("a throughput of 10 million tons" -> "throughput")."""
    start = noun.i
    floor = noun.left_edge.i
    for child in noun.lefts:
        if child.pos_ in ("VERB", "AUX") and any(c.i < child.i for c in child.children):
            # a verb with its own subject is a misparsed clause, not a modifier:
            # "the fair generated transactions worth ..." -> "transactions"
            floor = max(floor, child.right_edge.i + 1)
        elif child.dep_ not in NOT_MEASURE_LEFT and (
            q is None or child.right_edge.i < q.start or child.left_edge.i >= q.end
        ):
            start = min(start, child.left_edge.i)
    start = max(start, floor)
    if q is not None and start < q.end <= noun.i:
        start = q.end  # "the original 60-day delivery" -> "delivery"
    while (
        start < noun.i
        and (doc[start].dep_ in NOT_MEASURE_LEFT or is_named(doc[start]) or doc[start].is_punct)
        and not _hyphenated(doc, start)
    ):
        start += 1
    end = _phrase_end(noun, q)
    while (
        end + 1 < len(doc)
        and not doc[end].whitespace_
        and "-" in (doc[end].text, doc[end + 1].text)
    ):
        end += 1  # "e-commerce" is three tokens
    return doc[start].idx, doc[end].idx + len(doc[end])


def _hyphenated(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a hyphenated compound ("two-year"), which stays whole."""
    return (
        not doc[i].is_punct
        and i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
    )


def _phrase_end(noun: Token, q: Span | None) -> int:
    end = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            inside = q is not None and q.start <= child.right_edge.i and child.i < q.end
            if objects and not is_named(objects[0]) and not inside:
                end = max(end, _phrase_end(objects[0], q))
            break
        if child.dep_ == "conj" and child.pos_ in NOUNS and child.i == end + 2:
            end = _phrase_end(child, q)
        elif child.dep_ not in ("cc", "conj"):
            break
    return end


def complements(root: Token, head: Token, cues: Cues) -> bool:
    """The figure is what the verb states of its subject ("reached 1.7 trillion yuan",
    "grew by 28.9%", "rose from 1% to 5%"), not an adverbial of place or time."""
    token = root.head if root != head else head
    while token != head:
        if not (
            cues.match("figure_link", token.lower_)
            or (token.dep_ == "acomp" and cues.match("level_comparative", token.lower_))
        ):
            return False
        token = token.head
    return True


def is_ratio(q: Span, cues: Cues) -> bool:
    """A share stated of the clause's subject, over a base after "of": "the deficit was
    5.5% of GDP", "debt will rise to 64% of GDP" (GDP is the denominator, not the
    measure), or after a verb of share ("accounted for 52% of all exports"; cue
    ``share_verb``), unlike a share taken as an object ("won 51.3% of the vote")."""
    root = q.root
    if q.label_ != "percent" or root.dep_ not in ("attr", "pobj", "dobj"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.rights):
        return False  # no base stated
    head = clause_head(root)
    subject = clause_subject(head)
    if subject is None or subject.pos_ != "NOUN" or q.start <= subject.i < q.end:
        return False
    if cues.match("share_verb", head.lemma_.lower()):
        return True  # "exports accounted for 52% of the total", "made up 30% of sales"
    return root.dep_ != "dobj" and complements(root, head, cues)


def changed_thing(noun: Token, q: Span, cues: Cues) -> Token | None:
    """What a change noun changes: "prices" in "a rise in prices"; None without one."""
    for child in noun.rights:
        if child.dep_ == "prep" and cues.match("changed_preposition", child.lower_):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in NOUNS and not is_named(obj):
                    if not q.start <= obj.i < q.end:
                        return obj
    return None


def _of_noun(noun: Token, q: Span, cues: Cues) -> Token | None:
    """A noun the figure modifies or is linked to: a change noun gives what it changes."""
    if cues.match("change_noun", noun.lemma_.lower()):
        return changed_thing(noun, q, cues)
    return noun


def _amount(noun: Token) -> bool:
    """A noun that is itself a figure ("reached 1.3 trillion yuan")."""
    return noun.ent_type_ in AMOUNT_LABELS or any(c.like_num for c in noun.children)


def changed_object(head: Token, q: Span, cues: Cues) -> Token | None:
    """The object a verb changes by the figure ("extends the car's driving range by 40
    miles", "cut its key rate to 4.5%"): a noun object that is not the figure, nor the
    noun the figure stands in apposition to ("hit a record $10,850"). A counted object
    is what a change changes ("carried 12 million passengers ..., up 9%")."""
    if q.root.head == head and q.root.dep_ in ("dobj", "attr"):
        return None
    change = is_change(q, cues)
    for child in head.children:
        if (
            child.dep_ == "dobj"
            and child.pos_ in NOUNS
            and not is_named(child)
            and child != q.root.head
            and not (_amount(child) and not (change and child.ent_type_ not in AMOUNT_LABELS))
        ):
            if not q.start <= child.i < q.end and child.i not in range(q.root.left_edge.i, q.end):
                return child
    return None


def _preposition_object(q: Span, cues: Cues) -> Token | None:
    """The noun after the figure's own preposition: "$5 billion in revenue", "a
    throughput of 10 million tons" seen from the figure."""
    for child in q.root.rights:
        if child.dep_ == "prep" and cues.match("measure_preposition", child.lower_):
            objects = [
                c
                for c in child.children
                if c.dep_ == "pobj"
                and c.pos_ in NOUNS
                and not is_named(c)
                and not q.start <= c.i < q.end
            ]
            if objects:
                return objects[0]
    return None


def _verb_object(q: Span, cues: Cues) -> Token | None:
    """The object of the verb the figure completes ("lowered blood pressure by 12 points
    in older patients"): it wins over a phrase after the figure."""
    root = q.root
    head = clause_head(root)
    if root.dep_ != "pobj" or not complements(root, head, cues):
        return None  # only a figure the verb takes through "by", "to" ...: not its subject
    return changed_object(head, q, cues)


def measure_noun(doc: Doc, q: Span, cues: Cues) -> Token | None:
    """The noun whose amount ``q`` is; None for a change without a changed thing ("an
    increase of 14.4%": the caller uses the figure it modifies) or an actor ("Shanghai
    set up 18")."""
    root = q.root
    if is_ratio(q, cues):
        return _subject_measure(clause_head(root), q)  # "the deficit was 5.5% of GDP"
    found = _preposition_object(q, cues)
    if found is not None:
        return _verb_object(q, cues) or found
    if (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ in NOUNS
        and root.head.i > root.i
    ):
        noun = root.head  # "a 48-hour customs clearance time", "a 5% rise in prices"
        return changed_thing(noun, q, cues) or noun
    if cues.match("measure_link", root.head.lower_) and root.head.head.pos_ in NOUNS:
        # "a throughput of 10 million tons", "transactions worth 10 billion yuan"
        return _of_noun(root.head.head, q, cues)
    if root.dep_ == "appos" and root.head.dep_ in ("dobj", "attr"):
        root = root.head  # "hit a record $10,850": the figure stands for the object
    head = clause_head(root)
    if not complements(root, head, cues):
        return None  # "delivered thousands of miles away in five days": no measured subject
    changed = changed_object(head, q, cues)
    if changed is not None and root.dep_ != "dobj":
        return changed
    if root.dep_ == "dobj" and root.head == head and not cues.match("level_verb", head.lemma_):
        return None  # "The club paid £100 million": the subject acts, it is not measured
    return _subject_measure(head, q)


def _subject_measure(head: Token, q: Span) -> Token | None:
    """The clause subject as what is measured ("Copper prices hit ..."), unless it is the
    figure, a pronoun or a name."""
    subject = clause_subject(head)
    if (
        subject is None
        or q.start <= subject.i < q.end
        or subject.pos_ == "PRON"
        or is_named(subject)
    ):
        return None
    return subject


def is_change(q: Span, cues: Cues) -> bool:
    """A change rather than a level: marked so by the quantities stage, or the object of
    a change noun ("an increase of 14.4%")."""
    if q._.nf_q_change is not None:
        return True
    root = q.root
    return cues.match("measure_link", root.head.lower_) and cues.match(
        "change_noun", root.head.head.lemma_.lower()
    )


def _counted(doc: Doc, q: Span, cues: Cues, sents: Sentences) -> tuple[int, int] | None:
    """A count's measure: its counted noun, or "number of X"; None when the counted noun
    is an adverbial of a verb ("the contract rose 42 cents"): then the verb's subject."""
    item = q._.nf_q_item
    noun = doc.char_span(*item, alignment_mode="expand")
    if noun is not None and noun.root.dep_ == "npadvmod" and noun.root.head.pos_ == "VERB":
        subject = clause_subject(noun.root.head)
        if subject is None or subject.pos_ not in NOUNS or is_named(subject):
            return None
        return noun_phrase(doc, subject, q)
    sentence = sents.of(q.start)
    if cues.match("number_of", sents.text[sentence.start_char : item[0]]):
        return sents.text.rfind("number", sentence.start_char, item[0]), item[1]
    return tuple(item)


def _inherits(prev: Span, q: Span, cues: Cues, sents: Sentences) -> bool:
    """A figure of its sentence without a measure takes the previous figure's: a change
    after a level, or the same unit ("67.1% and 91.6%")."""
    if sents.of(prev.start).start != sents.of(q.start).start:
        return False
    change, prev_change = is_change(q, cues), is_change(prev, cues)
    return (change and not prev_change) or (prev.label_ == q.label_ and change == prev_change)


def time_tokens(doc: Doc, times: list[Span]) -> list[Span]:
    """Time expressions: the time stage's spans and the model's DATE entities."""
    return sorted([*times, *(e for e in doc.ents if e.label_ == "DATE")], key=lambda t: t.start)


def without_times(
    doc: Doc, measure: tuple[int, int] | None, times: list[Span]
) -> tuple[int, int] | None:
    """A time expression never belongs to a measure: "jobs last year" -> "jobs". Cut
    before the first one inside the measure that does not modify a noun after it (the
    modifier "two-year" stays in "two-year bond yield")."""
    if measure is None:
        return None
    start, end = measure
    if any(t.start_char <= start and end <= t.end_char for t in times):
        return None  # the measure is itself a time ("in the first quarter")
    for t in times:
        if not start < t.start_char < end:
            continue
        head = t.root.head
        if head.i >= t.end and head.idx < end and head.pos_ in NOUNS:
            continue  # a modifier of the measured noun
        cut = t.start
        while cut > 0 and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in ("cc", "prep")):
            cut -= 1
        if cut == 0 or doc[cut - 1].idx + len(doc[cut - 1]) <= start:
            return None
        return start, doc[cut - 1].idx + len(doc[cut - 1])
    return measure


def measures(
    doc: Doc,
    quantities: list[Span],
    cues: Cues,
    sents: Sentences,
    times: list[Span] = (),
) -> list[tuple[int, int] | None]:
    """The measure of every figure, in order: a count's item (or "number of X"), else the
    noun from the parse, else the previous figure's in its sentence (``_inherits``); never
    a time expression (``without_times``)."""
    times = time_tokens(doc, list(times))
    found: list[tuple[int, int] | None] = []
    for k, q in enumerate(quantities):
        measure = None
        if q._.nf_q_item is not None:
            measure = _counted(doc, q, cues, sents)
        if measure is None:
            noun = measure_noun(doc, q, cues)
            if noun is not None:
                measure = noun_phrase(doc, noun, q)
        if measure is None and k > 0 and _inherits(quantities[k - 1], q, cues, sents):
            measure = found[k - 1]
        found.append(without_times(doc, measure, times))
    return found
