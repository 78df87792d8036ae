"""Which period, measure and subject a figure belongs to, read from the dependency parse.

Pure functions over a parsed Doc. The cue words (comparison bases, continuation words,
subject prepositions, change nouns, "number of") are rules from ``rules/time_cues.jsonl``,
handed in as ``Cues``. Everything here prefers to say nothing over saying something wrong:
a figure with no period in its clause or sentence inherits one from the sentence before
only when the sentence opens with a continuation cue ("Among them, ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from pipeline.core.doctext import text_of
from pipeline.core.located import Located

#: Dependency labels of a clause nested in another; its figures and times are its own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "acl", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUNS = frozenset({"NOUN", "PROPN"})
#: Left dependents that are not part of what is measured ("the", "China's").
NOT_MEASURE_LEFT = frozenset(
    {"det", "poss", "predet", "case", "punct", "prep", "advmod", "cc", "nummod", "quantmod", "npadvmod"}
)


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns by role, plus the gazetteer kind of every gazetteer rule."""

    patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    entity_kinds: dict[str, str] = field(default_factory=dict)

    def match(self, role: str, text: str) -> bool:
        return any(p.search(text) for p in self.patterns.get(role, ()))


def compile_cues(time_cues: list[dict], gazetteer: list[dict] = ()) -> Cues:
    """``Cues`` from the rules of ``rules/time_cues.jsonl`` and ``rules/gazetteer.jsonl``."""
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for rule in time_cues:
        patterns.setdefault(rule["role"], []).append(re.compile(rule["pattern"], re.IGNORECASE))
    kinds = {rule["id"]: rule["kind"] for rule in gazetteer}
    return Cues({k: tuple(v) for k, v in patterns.items()}, kinds)


class Sentences:
    """The sentence of a token by binary search, and the Doc's text: ``Span.sent`` and
    ``Doc.text`` walk the whole Doc on every call."""

    def __init__(self, doc: Doc):
        self.text = text_of(doc)
        self.spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.starts = [s.start for s in self.spans]

    def of(self, i: int) -> Span:
        return self.spans[max(0, bisect_right(self.starts, i) - 1)]


# --- time -------------------------------------------------------------------------------


def is_basis(doc: Doc, t: Span, cues: Cues, sents: Sentences) -> bool:
    """A time after "than", "over", "compared with" is what a change is measured against,
    not the period of the figure ("up 30% over two years ago")."""
    sent = sents.of(t.start)
    return cues.match("basis_before", sents.text[sent.start_char : t.start_char])


def clause_head(token: Token) -> Token:
    """The verb (or the sentence root) that governs ``token``."""
    while token.dep_ != "ROOT" and token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def clause_indices(head: Token, inside: Token) -> set[int]:
    """Tokens of ``head``'s clause, without nested clauses that do not hold ``inside``."""
    keep = {t.i for t in head.subtree}
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS and not (child.left_edge.i <= inside.i <= child.right_edge.i):
            keep -= {t.i for t in child.subtree}
    return keep


SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "csubj"})


def subordinate(token: Token) -> bool:
    """Inside a subordinate clause ("Since the word first appeared in 2014, ...")."""
    while token.head != token:
        if token.dep_ in SUBORDINATE_DEPS and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def _nearest(q: Span, spans: list[Span]) -> Span | None:
    if not spans:
        return None
    return min(spans, key=lambda t: (min(abs(t.start - q.end), abs(q.start - t.end)), t.start))


def same_paragraph(sents: Sentences, a: Span, b: Span) -> bool:
    """Sentence ``a`` and the later ``b`` share a paragraph: no line break from the start
    of ``a`` (which may end with its paragraph's line break) to ``b``."""
    return "\n" not in sents.text[a.start_char : b.start_char]


def time_of(doc: Doc, q: Span, periods: Located, cues: Cues, sents: Sentences) -> Span | None:
    """The period of figure ``q``: in its clause, else its sentence, else the single
    period of the previous sentence of the paragraph when this one continues it."""
    sent = sents.of(q.start)
    if cues.match("basis_before", sents.text[sent.start_char : q.start_char]):
        return None  # the figure is itself a basis: "faster than the 48-hour time"
    in_sent = [t for t in periods.overlapping(sent.start, sent.end) if sents.of(t.start).start == sent.start]
    if in_sent:
        clause = clause_indices(clause_head(q.root), q.root)
        in_clause = [t for t in in_sent if t.root.i in clause]
        main = [t for t in in_sent if not subordinate(t.root)]
        return _nearest(q, in_clause) or _nearest(q, main)
    if sent.start == 0:
        return None
    previous = sents.of(sent.start - 1)
    if not same_paragraph(sents, previous, sent) or not cues.match("continuation", sent.text.strip()):
        return None
    before = [t for t in periods.overlapping(previous.start, previous.end) if sents.of(t.start).start == previous.start]
    return before[0] if len({(t.start, t.end) for t in before}) == 1 else None


def continues(doc: Doc, before: Span, q: Span, cues: Cues, sents: Sentences) -> bool:
    """``q`` goes on about the same thing as the figure ``before``: same sentence, or the
    next sentence of the paragraph opening with a continuation cue ("Among them, ...")."""
    sent, first = sents.of(q.start), sents.of(before.start)
    if first.start == sent.start:
        return True
    if sent.start == 0 or sents.of(sent.start - 1).start != first.start:
        return False
    return same_paragraph(sents, first, sent) and cues.match("continuation", sent.text.strip())


# --- measure ----------------------------------------------------------------------------


def _is_named(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC") and token.pos_ == "PROPN"


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
    while start < noun.i and (doc[start].dep_ in NOT_MEASURE_LEFT or _is_named(doc[start]) or doc[start].is_punct):
        start += 1
    end = _phrase_end(noun, q)
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1  # "e-commerce" is three tokens
    return doc[start].idx, doc[end].idx + len(doc[end])


def _phrase_end(noun: Token, q: Span | None) -> int:
    end = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            inside = q is not None and q.start <= child.right_edge.i and child.i < q.end
            if objects and not _is_named(objects[0]) and not inside:
                end = max(end, _phrase_end(objects[0], q))
            break
        if child.dep_ == "conj" and child.pos_ in NOUNS and child.i == end + 2:
            end = _phrase_end(child, q)
        elif child.dep_ not in ("cc", "conj"):
            break
    return end


def clause_subject(head: Token) -> Token | None:
    """The subject of a clause; a verb joined by "and" shares its first verb's subject, and
    a participle its main verb's ("Duoduo ... promoted ..., helping 10,000 factories")."""
    while True:
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head == head:
            return None
        head = clause_head(head.head)


def complements(root: Token, head: Token, cues: Cues) -> bool:
    """The figure is what the verb states of its subject ("reached 1.7 trillion yuan",
    "grew by 28.9%", "rose from 1% to 5%"), not an adverbial of place or time."""
    token = root.head if root != head else head
    while token != head:
        if not cues.match("figure_link", token.lower_):
            return False
        token = token.head
    return True


def measure_noun(doc: Doc, q: Span, cues: Cues) -> Token | None:
    """The noun whose amount ``q`` is: "volume" in "the volume reached 1.7 trillion yuan",
    "throughput" in "a throughput of 10 million tons"; None for a change ("an increase
    of 14.4%": the caller uses the figure it modifies) or an actor ("Shanghai set up 18")."""
    root = q.root
    for child in root.rights:
        if child.dep_ == "prep" and cues.match("measure_preposition", child.lower_):
            objects = [
                c for c in child.children
                if c.dep_ == "pobj" and c.pos_ in NOUNS and not _is_named(c) and not q.start <= c.i < q.end
            ]
            if objects:
                return objects[0]
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in NOUNS and root.head.i > root.i:
        return root.head  # "a 48-hour customs clearance time"
    if cues.match("measure_link", root.head.lower_) and root.head.head.pos_ in NOUNS:
        noun = root.head.head  # "a throughput of 10 million tons", "transactions worth 10 billion yuan"
        if cues.match("change_noun", noun.lemma_.lower()):
            return None
        return noun
    head = clause_head(root)
    if not complements(root, head, cues):
        return None  # "delivered thousands of miles away in five days": no measured subject
    subject = clause_subject(head)
    if subject is None or subject.i in range(q.start, q.end) or subject.pos_ == "PRON" or _is_named(subject):
        return None
    return subject


def is_change(q: Span, cues: Cues) -> bool:
    """A change rather than a level: marked so by the quantities stage, or the object of
    a change noun ("an increase of 14.4%")."""
    if q._.nf_q_change is not None:
        return True
    root = q.root
    return cues.match("measure_link", root.head.lower_) and cues.match("change_noun", root.head.head.lemma_.lower())


def measures(doc: Doc, quantities: list[Span], cues: Cues, sents: Sentences) -> list[tuple[int, int] | None]:
    """The measure of every figure, in order: a count's item (or "number of X"), else the
    noun from the parse; a change figure without one takes the previous figure's in its
    sentence, and so does a figure of the same unit there ("67.1% and 91.6%", "Guangzhou
    exceeded 100 billion yuan in X, while Dongguan reached 10 billion yuan")."""
    found: list[tuple[int, int] | None] = []
    for k, q in enumerate(quantities):
        item = q._.nf_q_item
        measure = None
        if item is not None:
            measure = tuple(item)
            sentence = sents.of(q.start)
            before = sents.text[sentence.start_char : item[0]]
            if cues.match("number_of", before):
                at = sents.text.rfind("number", sentence.start_char, item[0])
                measure = (at, item[1])
        else:
            noun = measure_noun(doc, q, cues)
            if noun is not None:
                measure = noun_phrase(doc, noun, q)
        if measure is None and k > 0:
            prev = quantities[k - 1]
            if sents.of(prev.start).start == sents.of(q.start).start and (
                (is_change(q, cues) and not is_change(prev, cues))
                or (prev.label_ == q.label_ and is_change(q, cues) == is_change(prev, cues))
            ):
                measure = found[k - 1]
        found.append(measure)
    return found


# --- subject ----------------------------------------------------------------------------


def subject_entities(doc: Doc, entities: list[Span], cues: Cues) -> list[Span]:
    """Entities that can own a figure: places and companies, not agencies that report it."""
    keep = []
    for ent in entities:
        rule = ent.id_ or ""
        if rule.startswith("gazetteer:"):
            if cues.match("subject_kind", cues.entity_kinds.get(rule.split(":", 1)[1], "")):
                keep.append(ent)
        elif ent.label_ == "GPE":
            keep.append(ent)
    return keep


def _within(ents: Located, start: int, end: int) -> list[Span]:
    return ents.within_chars(start, end)


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
    return [e for e in _within(ents, top.left_edge.idx, end) if owns(e, top, cues)]


def _holding(ents: Located, token: Token) -> Span | None:
    return ents.holding(token.i)


#: How far up the parse a figure's owner is looked for: its clause, then the clauses
#: that govern it ("Jiangsu proposes that ... 120 parks will be built").
OWNER_LEVELS = 3


def _clause_owner(head: Token, q: Span, places: Located, cues: Cues) -> Span | None:
    """The owner one clause states: its subject if a place or company, a place inside
    its subject ("the Pinduoduo processing center"), or a place it is about ("In Sichuan")."""
    subject = clause_subject(head)
    if subject is not None and subject.left_edge.i <= q.root.i <= subject.right_edge.i:
        subject = None  # the counted things are the subject: "helping 10,000 factories go"
    if subject is not None:
        owner = _holding(places, subject)
        if owner is not None:
            return owner
        if not _is_named(subject):
            inside = _owners(places, subject, cues)
            if inside:
                return inside[0]
    for child in head.children:
        if child.dep_ == "prep" and cues.match("subject_preposition", child.lower_):
            for obj in child.children:
                owner = _holding(places, obj)
                if owner is not None:
                    return owner
    return None


def subject_of(
    doc: Doc, q: Span, noun: Token | None, places: Located, cues: Cues, *, counted: bool = False
) -> Span | None:
    """Whose figure ``q`` is: the owner named in the measured noun phrase ("China's ...
    volume"), else the owner its clause states (subject, "In Sichuan, ..."), else the one
    a governing clause states, else a place in the figure's own phrase, else the nearest
    place or company before it in its clause. For a count (``counted``) the counted
    noun's places say where the things are, not who counts them: the clauses win."""
    head = clause_head(q.root)
    if noun is not None and not counted:
        inside = _owners(places, noun, cues)
        if inside:
            return inside[0]
    level = head
    for _ in range(OWNER_LEVELS):
        owner = _clause_owner(level, q, places, cues)
        if owner is not None:
            return owner
        if level.dep_ in ("ROOT", "conj") or level.head == level:
            break  # a verb joined by "and" is a sibling clause, not a governing one
        level = clause_head(level.head)
    inside = _owners(places, q.root, cues)
    if inside:
        return inside[0]
    clause = clause_indices(head, q.root)
    before = [
        e for e in places.overlapping(head.left_edge.i, head.right_edge.i + 1)
        if e.root.i in clause and e.end_char <= q.start_char and owns(e, head, cues)
    ]
    return before[-1] if before else None
