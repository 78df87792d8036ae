"""Named people as sources: the name apart from the title and affiliation (the role), a
surname alone resolved to the full name introduced earlier."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.stages.attribution.context import PERSON_LABELS, DocContext, Source

RELATIVES = ("which", "who", "where", "whose")
#: what NER may call a name it does not know (an organisation is never a person here)
NAME_LABELS = frozenset({"", "PERSON", "GPE", "NORP"})
#: word roles that are never part of a person's name ("The President Group")
NOT_NAMES = ("person_noun", "org_head", "org_suffix", "document")


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
    doc = ctx.doc
    pre = role_text(ctx, min(np.start_char, ent.start_char), name_span.start_char)
    post_end = np.end_char
    for t in doc[ent.end : np.end]:
        if _clause_opens(t):
            post_end = doc[t.i - 1].idx
            break
    post = role_text(ctx, ent.end_char, max(ent.end_char, post_end))
    if pre and post:
        joint = " " if post.split()[0].lower() in ("of", "at", "for") else ", "
        return f"{pre}{joint}{post}"
    return pre or post or None


def _clause_opens(t: Token) -> bool:
    """A clause after the name and its title, not part of the role: ', which runs ...',
    ', speaking in Lagos, ...'."""
    return t.i > 0 and t.doc[t.i - 1].text == "," and (t.lower_ in RELATIVES or t.pos_ == "VERB")


def role_text(ctx: DocContext, start: int, end: int) -> str:
    """The role written in [start, end), without the punctuation at its edges or the
    article before it ('the finance minister,' -> 'finance minister'; a possessor keeps
    its own: 'The study's lead author')."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return ctx.text[start:end].strip(" ,\n")
    i, j = span.start, span.end
    doc = ctx.doc
    while i < j and (
        doc[i].is_punct or doc[i].is_space or (doc[i].tag_ == "DT" and doc[i].head.dep_ != "poss")
    ):
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space):
        j -= 1
    return doc[i:j].text if j > i else ""


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
            if _clause_opens(t):
                stop = t.i - 1
                break
        last = doc[stop - 1]
        role = role_text(ctx, doc[ent.end + 1].idx, last.idx + len(last.text))
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


def appositive_speaker(
    ctx: DocContext, np: Span, head: Token, *, resolve: bool = True
) -> Source | None:
    """'The finance minister, Ana Ruiz,' / 'Ana Ruiz, the finance minister,': a proper
    name in apposition (the parse's ``appos``) to a noun that names a person by office or
    trade (``person_noun`` words) is a person, also where NER finds no PERSON.
    ``resolve=False``: a surname alone is not looked up (a search of the text before)."""
    pairs = [(head, c) for c in head.children if c.dep_ == "appos" and np.start <= c.i < np.end]
    for a, b in pairs:
        for name_tok, title in ((a, b), (b, a)):
            name = _proper_name(ctx, name_tok)
            if name is None or not ctx.vocab.has("person_noun", title.lemma_, title.lower_):
                continue
            if title.i < name.start:  # the title first: its words up to the name
                role = role_text(ctx, title.left_edge.idx, name.start_char)
            else:
                role = role_text(ctx, name.end_char, _role_end(ctx, title, np))
            full = _full_name(ctx, name, resolve) or name.text
            role = resolve_org(ctx, role, np.start_char) if role else None
            return Source(full, "PERSON", (name.start_char, name.end_char), role)
    return None


def parsed_person(ctx: DocContext, np: Span, head: Token, *, resolve: bool = True) -> Source | None:
    """A person NER missed, told by the parse: a proper name in apposition to a noun of
    office or trade, after such a noun ('Finance Minister Ana Ruiz'), or with a 'who'
    clause ('Ana Ruiz, who heads the ministry')."""
    found = appositive_speaker(ctx, np, head, resolve=resolve)
    if found is not None:
        return found
    name = _proper_name(ctx, head)
    if name is None:
        return None
    full = _full_name(ctx, name, resolve)
    if full is None:  # one word is a name only as the surname of a person named before
        return None
    mention = (name.start_char, name.end_char)
    title = ctx.doc[name.start - 1] if name.start > np.start else None
    if (
        title is not None
        and title.dep_ == "compound"
        and name.start <= title.head.i < name.end
        and ctx.vocab.has("person_noun", title.lemma_, title.lower_)
    ):
        role = role_text(ctx, np.start_char, name.start_char)
        return Source(full, "PERSON", mention, resolve_org(ctx, role, np.start_char) or None)
    if any(
        c.dep_ == "relcl"
        and any(g.lower_ == "who" and g.dep_.startswith("nsubj") for g in c.children)
        for c in head.children
    ):
        return Source(full, "PERSON", mention, introduced_role(ctx, full, np.start_char))
    return None


def _full_name(ctx: DocContext, name: Span, resolve: bool) -> str | None:
    """The name as written, or for a surname alone the full name introduced before
    (without ``resolve``: the surname itself)."""
    if len(name) > 1 or not resolve:
        return name.text
    return known_person(ctx, name[0])


def _proper_name(ctx: DocContext, token: Token) -> Span | None:
    """The proper name ``token`` ends ('Ruiz' -> 'Ana Ruiz'): capitalised proper nouns
    joined by ``compound``/``flat``, none of them a person noun, no organisation."""
    doc, v = ctx.doc, ctx.vocab

    def is_name(t: Token) -> bool:
        return (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ in NAME_LABELS
            and not any(v.has(r, t.lemma_, t.lower_) for r in NOT_NAMES)
        )

    if not is_name(token):
        return None
    start = token.i
    while (
        start > 0
        and is_name(doc[start - 1])
        and doc[start - 1].dep_ in ("compound", "flat")
        and token.i >= doc[start - 1].head.i >= start
    ):
        start -= 1
    return doc[start : token.i + 1]


def _role_end(ctx: DocContext, title: Token, np: Span) -> int:
    """Where a title after the name ends: its phrase, before a relative clause."""
    doc = ctx.doc
    stop = min(title.right_edge.i + 1, np.end)
    for t in doc[title.i + 1 : stop]:
        if _clause_opens(t):
            stop = t.i - 1
            break
    last = doc[stop - 1]
    return last.idx + len(last.text)
