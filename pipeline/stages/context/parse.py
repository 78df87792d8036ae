"""What the context modules share: compiled cues, the sentence of a token, and walks over
the dependency parse (the clause a token is in, its subject).

The cue words are rules from ``rules/time_cues.jsonl``, handed in as ``Cues``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.core.doctext import text_of

#: Dependency labels of a clause nested in another; its figures and times are its own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "acl", "xcomp"})
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUNS = frozenset({"NOUN", "PROPN"})
#: Entity labels that name a possible owner of a figure.
NAMED_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "PRODUCT"})
#: Entity labels of amounts: "Dozens of lectures" is no owner, "yuan" in "1.3 trillion
#: yuan" no measure.
AMOUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


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


def is_named(token: Token) -> bool:
    """A proper noun inside a named entity: an owner, never a measure."""
    return token.ent_type_ in NAMED_LABELS and token.pos_ == "PROPN"


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


def subordinate(token: Token) -> bool:
    """Inside a subordinate clause ("Since the word first appeared in 2014, ...")."""
    while token.head != token:
        if token.dep_ in SUBORDINATE_DEPS and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


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
