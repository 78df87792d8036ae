"""Named people as sources: the name apart from the title and affiliation (the role), a
surname alone resolved to the full name introduced earlier."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.stages.attribution.context import PERSON_LABELS, DocContext, Source

RELATIVES = ("which", "who", "where", "whose")


def known_person(ctx: DocContext, token: Token) -> str | None:
    """The last full name before ``token`` that contains it as a word (surname only)."""
    best = None
    for e in ctx.ents:
        if (
            e.label_ in PERSON_LABELS
            and e.end_char <= token.idx
            and len(e) > 1
            and token.text in [t.text for t in e]
        ):
            best = e.text
    return best


def _name_part(ctx: DocContext, ent: Span) -> Span:
    """The entity without the titles NER glued to it ('Professor Li Ming' -> 'Li Ming')."""
    doc, titles = ctx.doc, ctx.vocab.words.get("title", frozenset())
    n0 = ent.start
    while n0 < ent.end - 1 and (
        doc[n0].lower_ in titles or doc[n0 : n0 + 2].text.lower() in titles
    ):
        n0 += 2 if doc[n0 : n0 + 2].text.lower() in titles else 1
    return doc[n0 : ent.end]


def _role_around(ctx: DocContext, np: Span, ent: Span, name_span: Span) -> str | None:
    """The title before the name and the affiliation after it, as written."""
    doc, text = ctx.doc, ctx.text
    pre = text[min(np.start_char, ent.start_char) : name_span.start_char].strip(" ,")
    post_end = np.end_char
    for t in doc[ent.end : np.end]:
        if t.lower_ in RELATIVES and t.i > 0 and doc[t.i - 1].text == ",":
            post_end = doc[t.i - 1].idx
            break
    post = text[ent.end_char : max(ent.end_char, post_end)].strip(" ,\n")
    if pre and post:
        joint = " " if post.split()[0].lower() in ("of", "at", "for") else ", "
        return f"{pre}{joint}{post}"
    return pre or post or None


def person(ctx: DocContext, np: Span, ent: Span) -> Source:
    """A named person: the name apart from title and affiliation."""
    name_span = _name_part(ctx, ent)
    name = ctx.canonical.get((ent.start_char, ent.end_char)) or name_span.text
    if len(name_span) == 1:  # a surname alone: the full name introduced earlier
        name = known_person(ctx, name_span[0]) or name
    role = _role_around(ctx, np, ent, name_span)
    if role:
        role = resolve_org(ctx, role, np.start_char)
    else:
        role = introduced_role(ctx, name, np.start_char)
    return Source(name, "PERSON", (name_span.start_char, name_span.end_char), role)


def introduced_role(ctx: DocContext, name: str, before: int) -> str | None:
    """The title given where the person was introduced ('Zhong Zeyu, Vice President of
    ..., delivered a speech'), for later mentions by name alone."""
    doc = ctx.doc
    for ent in ctx.ents:
        if ent.start_char >= before:
            break
        if ent.label_ not in PERSON_LABELS or not ent.text.endswith(name):
            continue
        appos = [c for c in ent.root.children if c.dep_ in ("appos", "conj") and c.i >= ent.end]
        if not appos or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        stop = appos[0].right_edge.i + 1
        for t in doc[ent.end + 1 : stop]:
            if t.lower_ in RELATIVES and doc[t.i - 1].text == ",":
                stop = t.i - 1
                break
        last = doc[stop - 1]
        role = ctx.text[doc[ent.end + 1].idx : last.idx + len(last.text)].strip(" ,\n")
        if role:
            return resolve_org(ctx, role, ent.start_char)
    return None


def resolve_org(ctx: DocContext, role: str, before: int) -> str:
    """'General Manager ... of the company' after naming the company: name it."""
    v = ctx.vocab
    if v.company is None:
        return role
    single = sorted(w for w in v.words.get("org_anaphor", ()) if " " not in w)
    for phrase in v.phrases.get("org_anaphor", ()) + tuple(single):
        m = re.search(r"\b" + re.escape(phrase) + r"\b", role, flags=re.IGNORECASE)
        if not m:
            continue
        company = ctx.last_company(before)
        if company:
            return role[: m.start()] + company.strip() + role[m.end() :]
    return role
