"""Whose figure it is: an entity (ORG, PERSON, GPE, NORP, FAC, PRODUCT), a gazetteer
place or company, or a noun phrase that names no entity ("the project").

An agency that only reports the figure is never its owner (gazetteer agencies are left
out, and no owner is taken from a reporting verb's subject above the figure's clause); a
destination ("to Asia") or a comparison basis ("than Germany") is never one either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.core.located import Located
from pipeline.stages.context.parse import (
    AMOUNT_LABELS,
    NAMED_LABELS,
    NOUNS,
    SUBJECT_DEPS,
    Cues,
    clause_head,
    clause_indices,
    clause_subject,
    is_named,
)

#: (name, start_char, end_char, kind): kind is "entity", "gazetteer" or "noun_phrase".
Subject = tuple[str, int, int, str]

#: How far up the parse a figure's owner is looked for: its clause, then the clauses
#: that govern it ("Jiangsu proposes that ... 120 parks will be built").
OWNER_LEVELS = 3
#: Left dependents of a noun phrase subject that are not part of its name.
NOT_NAME_LEFT = frozenset({"punct", "cc", "prep", "advmod", "nummod", "quantmod", "npadvmod"})
#: Modifiers that come before a noun; one after a proper noun means the parse is broken.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})


def subject_entities(doc: Doc, entities: list[Span], cues: Cues) -> list[Span]:
    """Entities that can own a figure: named things and gazetteer places and companies,
    not the agencies of the gazetteer that report figures."""
    keep = []
    for ent in entities:
        rule = ent.id_ or ""
        if rule.startswith("gazetteer:"):
            if cues.match("subject_kind", cues.entity_kinds.get(rule.split(":", 1)[1], "")):
                keep.append(ent)
        elif ent.label_ in NAMED_LABELS:
            keep.append(ent)
    return keep


def entity_subject(ent: Span) -> Subject:
    """An entity as a subject, without a possessive marker the model took into it
    ("Manchester City's" -> "Manchester City")."""
    kind = "gazetteer" if (ent.id_ or "").startswith("gazetteer:") else "entity"
    canonical = ent._.nf_canonical
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        ent = ent[:-1]
    return (canonical or ent.text, ent.start_char, ent.end_char, kind)


def phrase_subject(doc: Doc, noun: Token) -> Subject:
    """A noun phrase as written, with its determiner and modifiers, without what follows
    the noun ("the project", "The Yungang platform")."""
    start = noun.i
    for child in noun.lefts:
        if child.dep_ not in NOT_NAME_LEFT:
            start = min(start, child.left_edge.i)
    while start < noun.i and (
        doc[start].is_punct
        or doc[start].dep_ in NOT_NAME_LEFT
        or (doc[start].dep_ == "det" and doc[start + 1].is_quote)
    ):
        start += 1  # 'the "Land-Sea Cloud Port ..."' is named without 'the "'
    span = doc[start : noun.i + 1]
    return (span.text, span.start_char, span.end_char, "noun_phrase")


def untagged_name(doc: Doc, token: Token) -> Subject | None:
    """A proper noun the model's entity recogniser left untagged ("Tesla delivered ...",
    "Evergrande's debts"): its run of proper-noun compounds, an entity without a label."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.is_punct:
        return None
    if any(c.i > token.i and c.dep_ in MODIFIER_DEPS for c in token.children):
        return None  # a modifier after it: a misparsed phrase ("global B2C cross-border ...")
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        if doc[start - 1].ent_type_:
            return None
        start -= 1
    span = doc[start : token.i + 1]
    return (span.text, span.start_char, span.end_char, "entity")


def owns(ent: Span, top: Token, cues: Cues) -> bool:
    """``ent`` hangs from ``top`` through possessives, compounds and subject prepositions
    ("in Sichuan", "of China"), not through "to Asia" (a destination is no owner) or a
    verb."""
    token = ent.root
    while token != top:
        if token.dep_ == "pobj" and not cues.match("subject_preposition", token.head.lower_):
            return False
        if token != ent.root and token.pos_ in ("VERB", "AUX"):
            return False  # "a commodity sent from China": China owns no figure here
        if token.head == token:
            return False
        token = token.head
    return True


def _owners(ents: Located, top: Token, cues: Cues) -> list[Span]:
    end = top.right_edge.idx + len(top.right_edge)
    return [e for e in ents.within_chars(top.left_edge.idx, end) if owns(e, top, cues)]


def _names_noun(ent: Span, noun: Token) -> bool:
    """A named modifier of a noun that is part of its name ("the Yungang platform", "the
    Chinese team"): the phrase is the subject, not the modifier alone."""
    return not (ent.id_ or "").startswith("gazetteer:") and ent.end == noun.i and noun.pos_ in NOUNS


def _subject_owner(
    doc: Doc, subject: Token, places: Located, cues: Cues, measure: tuple[int, int] | None
) -> Subject | None:
    owner = places.holding(subject.i)
    if owner is not None:
        return entity_subject(owner)
    if is_named(subject):
        return None
    if measure is None or not measure[0] <= subject.idx < measure[1]:
        name = untagged_name(doc, subject)
        if name is not None:
            return name
    inside = [e for e in _owners(places, subject, cues) if not _within(e, measure)]
    if not inside:
        return None
    if _names_noun(inside[0], subject):
        return phrase_subject(doc, subject)
    return entity_subject(inside[0])


def _clause_owner(
    doc: Doc, head: Token, q: Span, places: Located, cues: Cues, measure: tuple[int, int] | None
) -> Subject | None:
    """The owner one clause states: its subject if an entity, an entity inside its subject
    ("the Pinduoduo processing center"), or a place it is about ("In Sichuan, ...")."""
    subject = clause_subject(head)
    if subject is not None and not subject.left_edge.i <= q.root.i <= subject.right_edge.i:
        owner = _subject_owner(doc, subject, places, cues, measure)
        if owner is not None:
            return owner
    measured = subject is None or (measure is not None and measure[0] <= subject.idx < measure[1])
    return _place_about(head, places, cues, after=measured)


def _governing_owner(
    doc: Doc, head: Token, q: Span, places: Located, cues: Cues, measure: tuple[int, int] | None
) -> Subject | None:
    """The owner the figure's clause states, else one a governing clause states; never
    the subject of a reporting verb above the figure's clause ("the bureau said ...")."""
    level = head
    for depth in range(OWNER_LEVELS):
        if depth and cues.match("report_verb", level.lemma_.lower()):
            return None
        owner = _clause_owner(doc, level, q, places, cues, measure)
        if owner is not None:
            return owner
        if level.dep_ == "conj":
            # a verb joined by "and" is a sibling clause: only the place its first verb
            # is about ("In Sichuan, parks have grown ..., gathering ...") covers it
            return _place_along(clause_head(level.head), places, cues)
        if level.dep_ == "ROOT" or level.head == level:
            return None
        level = clause_head(level.head)
    return None


def _place_along(head: Token, places: Located, cues: Cues) -> Subject | None:
    """A place the clause or the clauses it hangs from as a participle or a second verb
    are about."""
    for _ in range(OWNER_LEVELS):
        owner = _place_about(head, places, cues)
        if owner is not None or head.dep_ not in ("conj", "advcl", "xcomp") or head.head == head:
            return owner
        head = clause_head(head.head)
    return None


def _place_about(
    head: Token, places: Located, cues: Cues, *, after: bool = False
) -> Subject | None:
    """A place a clause is about, fronted before its verb: "In Sichuan, ...". After the
    verb a place says where something happened ("dropped 4% in Chicago", "enrolled
    patients in Japan"), not whose figure it is; unless ``after`` (the clause subject is
    what is measured) and the place is a country or region of the gazetteer ("Car sales
    rose 9% in Germany"; cue ``region_kind``)."""
    for child in head.children:
        if child.dep_ != "prep" or not cues.match("subject_preposition", child.lower_):
            continue
        for obj in child.children:
            owner = places.holding(obj.i)
            if owner is None:
                continue
            if child.i < head.i or (after and _region(owner, cues)):
                return entity_subject(owner)
    return None


def _region(ent: Span, cues: Cues) -> bool:
    rule = ent.id_ or ""
    kind = cues.entity_kinds.get(rule.split(":", 1)[1], "") if ":" in rule else ""
    return rule.startswith("gazetteer:") and cues.match("region_kind", kind)


def possessor(doc: Doc, noun: Token, places: Located) -> Subject | None:
    """A common-noun possessor of the measured noun ("the car" in "the car's range"), an
    untagged name, or what a possessive pronoun points back to."""
    for child in noun.lefts:
        if child.dep_ == "poss" and child.pos_ == "NOUN":
            return phrase_subject(doc, child)
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return antecedent(doc, noun, places)
        if child.dep_ == "poss":
            return untagged_name(doc, child)
    return None


def antecedent(doc: Doc, noun: Token, places: Located) -> Subject | None:
    """The subject a possessive pronoun points back to: the nearest clause subject above
    ``noun`` that is a noun ("The company said its profit fell 20%" -> "The company");
    an agency of the gazetteer or a tagged name that is no owner gives none."""
    token = clause_head(noun)
    for _ in range(OWNER_LEVELS):
        subject = clause_subject(token)
        if subject is not None and subject != noun and noun not in subject.subtree:
            if subject.pos_ not in NOUNS:
                return None
            owner = places.holding(subject.i)
            if owner is not None:
                return entity_subject(owner)
            if subject.pos_ == "PROPN":
                return untagged_name(doc, subject)
            return phrase_subject(doc, subject)
        if token.head == token:
            return None
        token = clause_head(token.head)
    return None


def phrase_owner(
    doc: Doc, head: Token, q: Span, noun: Token | None, places: Located
) -> Subject | None:
    """The clause's subject as a noun phrase when the figure measures something after the
    verb ("The project has an estimated total investment of ..."), or acts on it as the
    verb's object ("The mall covers 120,000 square metres"): not for another figure
    without a measure, nor one fronted before the verb ("From the 60-day delivery ..."), not
    when the subject is what is measured, the figure, or an amount ("Dozens of ..."). A
    subject with a possessor is the possessor's ("The company's workforce ... to 45,000
    employees" -> "The company")."""
    subject = clause_subject(head)
    nearest = [
        c
        for c in head.children
        if c.dep_ in SUBJECT_DEPS and c.i < head.i and c.i > 0 and doc[c.i - 1].text != "-"
    ]
    if nearest:
        subject = nearest[-1]  # of two subjects (run-on text misparsed) the nearest
    if subject is None or subject.pos_ != "NOUN" or q.start <= head.i:
        return None
    if noun is None and not _acts_on(q, head):
        return None  # without a measure only the subject acting on the figure ("covers")
    if (
        subject.left_edge.i <= q.root.i <= subject.right_edge.i
        or subject.ent_type_ in AMOUNT_LABELS
    ):
        return None
    if noun is not None and (noun == subject or subject in noun.subtree or noun in subject.subtree):
        return None
    return possessor(doc, subject, places) or phrase_subject(doc, subject)


def _acts_on(q: Span, head: Token) -> bool:
    """The figure is the verb's object ("covers 120,000 square metres") or grades its
    predicate ("is 30% faster"): the subject is what the figure is about."""
    root = q.root
    if root.head == head and root.dep_ == "dobj":
        return True
    return root.dep_ == "npadvmod" and root.head.dep_ == "acomp" and root.head.head == head


def _within(ent: Span, offsets: tuple[int, int] | None) -> bool:
    return offsets is not None and offsets[0] <= ent.start_char and ent.end_char <= offsets[1]


def subject_of(
    doc: Doc,
    q: Span,
    noun: Token | None,
    places: Located,
    cues: Cues,
    *,
    counted: bool = False,
    measure: tuple[int, int] | None = None,
) -> Subject | None:
    """Whose figure ``q`` is: an owner named in the measured noun phrase ("Apple's revenue"),
    else one its clause or a governing one states, else one in the figure's own phrase,
    else the nearest before it in its clause, else a common-noun possessor or clause
    subject. For a count (``counted``) the counted noun's places say where the things
    are, not who counts them: the clauses win."""
    head = clause_head(q.root)
    if noun is not None and not counted:
        # a name inside the measure is part of what is measured ("International shipping")
        inside = [e for e in _owners(places, noun, cues) if not _within(e, measure)]
        if inside:
            return entity_subject(inside[0])
    owner = _governing_owner(doc, head, q, places, cues, measure)
    if owner is not None:
        return owner
    inside = [e for e in _owners(places, q.root, cues) if not _within(e, measure)]
    if inside:
        return entity_subject(inside[0])
    clause = clause_indices(head, q.root)
    before = [
        e
        for e in places.overlapping(head.left_edge.i, head.right_edge.i + 1)
        if e.root.i in clause
        and e.end_char <= q.start_char
        and owns(e, head, cues)
        and not _within(e, measure)
    ]
    if before:
        return entity_subject(before[-1])
    if noun is not None and not counted:
        owner = possessor(doc, noun, places)
        if owner is not None:
            return owner
    return phrase_owner(doc, head, q, noun, places)
