"""Who is the source: the cue verb's subject (or the X of "according to X") classified by
its head, with the words of each class read from ``rules/attribution_words.jsonl``.

The naming rule: a gazetteer's canonical name only when the whole mention (determiners
aside) is the entity; otherwise the mention as written, so a local body ("Ningbo
Customs", "the provincial department of commerce") is never the national one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.stages.attribution.context import (
    ORG_LABELS,
    PERSON_LABELS,
    Claim,
    DocContext,
    Source,
)
from pipeline.stages.attribution.people import known_person, parsed_person, person


def cue_subject(verb: Token) -> list[Token] | None:
    """The subject tokens of a cue verb: its own, the agent of a passive, or (for
    'adding that', 'and noted that') the subject of the verb it hangs on."""
    token = verb
    for _ in range(3):
        subj = [c for c in token.children if c.dep_ == "nsubj"]
        if subj:
            return subj
        agents = [
            g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        if agents:
            return agents[:1]
        if token.dep_ in ("conj", "advcl") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def subject_phrase(subj: list[Token], verb: Token) -> Span:
    """The subject's words, never over its verb, without outer punctuation."""
    doc = verb.doc
    start = min(t.left_edge.i for t in subj)
    end = max(t.right_edge.i for t in subj) + 1
    if start < verb.i < end:
        end = verb.i
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text not in ("Ltd.", "Co.")
    ):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def without_determiner(np: Span, head: Token) -> Span:
    """'The WTO report' -> 'WTO report'; 'the World Bank's data' keeps its 'the'."""
    start = np.start
    while (
        start < np.end - 1
        and np.doc[start].dep_ in ("det", "amod")
        and np.doc[start].head == head
        and np.doc[start].pos_ == "DET"
    ):
        start += 1
    return np.doc[start : np.end]


def source_of(ctx: DocContext, np: Span, head: Token, claims: list[Claim]) -> Source | None:
    """The source a phrase names, or None when it names none we can tell."""
    if not len(np):
        return None
    v = ctx.vocab
    ent = ctx.ents.holding(head.i) if head.ent_type else _appositive_person(ctx, np, head)
    if ent is not None and ent.label_ in PERSON_LABELS:
        return person(ctx, np, ent)
    speaker = parsed_person(ctx, np, head) or (
        _appositive_organisation(ctx, np, head) if ent is None else None
    )
    if speaker is not None:
        return speaker
    if v.has("pronoun", head.lower_):
        named = antecedent(claims, head.idx)
        if named is None:
            return None
        return Source(named.name, "PERSON", (head.idx, head.idx + len(head.text)), named.role)
    head_text = ctx.text[head.idx : np.end_char].lower()
    if any(head_text.startswith(p) for p in v.phrases.get("unnamed", ())) or v.has(
        "unnamed", head.lower_
    ):
        role = without_determiner(np, head).text or None
        return Source(np.text, "UNNAMED", (np.start_char, np.end_char), role)
    if v.has("document", head.lemma_, head.lower_):
        return document(ctx, np, head)
    if v.has("vague", head.lemma_, head.lower_):
        if not any(
            e.label_ in PERSON_LABELS | ORG_LABELS for e in ctx.ents.within(np.start, np.end)
        ):
            return Source(None, "VAGUE", (np.start_char, np.end_char), None)
        if ent is None and _of_named_body(ctx, head):
            return _people_of(np, head)
    if ent is not None and ent.label_ in ORG_LABELS:
        return organisation(ctx, np, head, ent)
    if v.has("org_head", head.lemma_, head.lower_):
        return common_organisation(ctx, np, head)
    if head.pos_ == "PROPN" and len(np) <= 2:
        return surname(ctx, np, head, claims)
    if ent is None and head.tag_ == "NNS" and _of_named_body(ctx, head):
        return _people_of(np, head)
    return None


def _of_named_body(ctx: DocContext, head: Token) -> bool:
    """'Astronomers at the European Southern Observatory': a named body after the head."""
    return any(
        e.label_ == "ORG"
        for c in head.children
        if c.dep_ == "prep" and c.i > head.i
        for e in ctx.ents.within(c.i, c.right_edge.i + 1)
    )


def _people_of(np: Span, head: Token) -> Source:
    """'Analysts at Banco Sur': people of a named body, unnamed, named as written."""
    role = without_determiner(np, head).text or None
    return Source(np.text, "UNNAMED", (np.start_char, np.end_char), role)


def organisation(ctx: DocContext, np: Span, head: Token, ent: Span) -> Source:
    """A named organisation: canonical only when the entity is the whole mention (up to
    the entity's end: 'Ningbo Customs, which covers the port' is Ningbo Customs)."""
    if np.start <= ent.start <= head.i < ent.end <= np.end:
        np = np.doc[np.start : ent.end]
    whole = without_determiner(np, head)
    if (whole.start_char, whole.end_char) != (ent.start_char, ent.end_char) and ent.end == np.end:
        # an alias matches only the whole name: "Ningbo Customs" is not "Customs"
        return Source(whole.text, "ORG", (whole.start_char, whole.end_char), None)
    return Source(ctx.canonical_name(ent), "ORG", (ent.start_char, ent.end_char), None)


def common_organisation(ctx: DocContext, np: Span, head: Token) -> Source:
    """'the ministry', 'the provincial department of commerce', 'the company': a body
    named by a common noun. Named as written; a bare 'the ministry' or 'the company' is
    the organisation named last before it with that head word (or company suffix)."""
    whole = without_determiner(np, head)
    mention = (np.start_char, np.end_char)
    if len(whole) == 1 and whole.start > np.start:
        named = _named_before(ctx, head, np.start_char)
        if named is not None:
            return Source(named, "ORG", mention, None)
    return Source(whole.text, "ORG", mention, None)


def _named_before(ctx: DocContext, head: Token, before: int) -> str | None:
    """The organisation a bare 'the ministry' stands for: the last one named with that
    head word; for 'the company', 'the airline' (``org_anaphor``) the last company."""
    word = head.lemma_.lower()
    orgs = [e for e in ctx.ents.within_chars(0, before) if e.label_ == "ORG"]
    for ent in reversed(orgs):
        if word in (t.lemma_.lower() for t in ent):
            return ctx.canonical_name(ent)
    if not ctx.vocab.has("org_anaphor", f"the {head.lower_}"):
        return None
    company = ctx.last_company(before)
    if company:
        return company.strip()
    return ctx.canonical_name(orgs[-1]) if orgs else None


def _appositive_person(ctx: DocContext, np: Span, head: Token) -> Span | None:
    """'Its chief executive, Daniel Park,': the person named beside the title."""
    for ent in ctx.ents.within(np.start, np.end):
        if ent.label_ in PERSON_LABELS and ent.root.dep_ == "appos" and ent.root.head == head:
            return ent
    return None


def _appositive_organisation(ctx: DocContext, np: Span, head: Token) -> Source | None:
    """'Its parent company, Hanford Motors,' / 'Its new owner, Banco Sur Group,': the
    organisation named in apposition to the noun, named by the naming rule. Beside a noun
    of a person's office the entity must show it is a body (an org head or suffix)."""
    for c in head.children:
        if c.dep_ != "appos" or not np.start <= c.i < np.end:
            continue
        ent = ctx.ents.holding(c.i)
        if ent is None or ent.label_ not in ORG_LABELS or ent.root != c:
            continue
        if ctx.vocab.has("person_noun", head.lemma_, head.lower_) and not any(
            ctx.vocab.has(r, t.lemma_, t.lower_) for t in ent for r in ("org_head", "org_suffix")
        ):
            return None  # 'Its chief financial officer, Anneke de Vries,': NER's mistake
        phrase = np.doc[c.left_edge.i : min(c.right_edge.i + 1, np.end)]
        return organisation(ctx, phrase, c, ent)
    return None


def surname(ctx: DocContext, np: Span, head: Token, claims: list[Claim]) -> Source | None:
    """A name without an entity: a surname of a person named before."""
    named = antecedent(claims, head.idx, head.text)
    known = named.name if named is not None else known_person(ctx, head)
    if not known:
        return None
    return Source(known, "PERSON", (np.start_char, np.end_char), named.role if named else None)


def document(ctx: DocContext, np: Span, head: Token) -> Source:
    """A report or data release: named by its issuer when the issuer follows the noun
    ('data released by the General Administration of Customs'), else as written
    ('Customs data', 'the World Bank's logistics performance data')."""
    issuer = next(
        (
            e
            for e in ctx.ents.within(np.start, np.end)
            if e.label_ in ORG_LABELS | PERSON_LABELS and e.start > head.i
        ),
        None,
    )
    if issuer is not None:
        return Source(
            ctx.canonical_name(issuer), "DOCUMENT", (issuer.start_char, issuer.end_char), None
        )
    span = without_determiner(np, head)
    return Source(span.text, "DOCUMENT", (span.start_char, span.end_char), None)


def antecedent(claims: list[Claim], before: int, surname: str | None = None) -> Claim | None:
    """The last person who spoke before ``before`` (with that surname, if given)."""
    for c in sorted(claims, key=lambda c: c.start, reverse=True):
        if c.type == "PERSON" and c.name and c.start < before:
            if surname is None or surname in c.name.split():
                return c
    return None
