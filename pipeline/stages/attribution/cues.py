"""Cues and the claim each one makes: a speech verb with its subject and complement (in
either order), "according to X" at either end, "as X put it", vague phrases."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from pipeline.stages.attribution.content import (
    clause_after,
    clause_before,
    quote_after,
    quote_before,
    sentence_end,
)
from pipeline.stages.attribution.context import SENT_END, Claim, DocContext, trim
from pipeline.stages.attribution.matching import LEMMA_KEY
from pipeline.stages.attribution.sources import cue_subject, source_of, subject_phrase
from pipeline.stages.attribution.vocab import Vocab

#: A speech cue matched by lemma must start with a verb.
SPEECH_POS = frozenset({"VERB", "AUX"})


def find_cues(doc: Doc, vocab: Vocab) -> list[tuple[str, int, int]]:
    """Cue matches (rule id, start token, end token), longest first where they overlap,
    in text order."""
    found = set()
    for key, s, e in vocab.cues.matches(doc):
        if key.endswith(LEMMA_KEY):
            key = key[: -len(LEMMA_KEY)]
            if vocab.cue_rules[key]["cue"] == "speech" and doc[s].pos_ not in SPEECH_POS:
                continue  # "the point" is no "point out"
        found.add((key, s, e))
    taken: set[int] = set()
    kept = []
    for rule_id, start, end in sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], m[0])):
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append((rule_id, start, end))
    return sorted(kept, key=lambda m: (m[1], m[0]))


def cue_claims(ctx: DocContext, cues: list[tuple[str, int, int]]) -> list[Claim]:
    """One claim per cue that makes one; a cue inside a quote is part of what was said."""
    doc = ctx.doc
    claims: list[Claim] = []
    quoted_until = -1  # cues come in text order: the end of the furthest quote so far
    for rule_id, start, end in cues:
        if doc[start].idx < quoted_until and any(
            c.kind == "direct_quote" and c.start <= doc[start].idx < c.end for c in claims
        ):
            continue
        claim = claim_at(ctx, ctx.vocab.cue_rules[rule_id], start, end, claims)
        if claim is not None:
            claims.append(claim)
            if claim.kind == "direct_quote":
                quoted_until = max(quoted_until, claim.end)
    return untangle(ctx.text, claims)


def claim_at(ctx: DocContext, rule: dict[str, Any], start: int, end: int, claims) -> Claim | None:
    kind = rule["cue"]
    if kind == "vague":
        return vague_claim(ctx, rule, start, end)
    if kind in ("according_to", "as_put"):
        return framed_claim(ctx, rule, start, end, claims)
    return verb_claim(ctx, rule, start, end, claims)


def _offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def vague_claim(ctx: DocContext, rule, start: int, end: int) -> Claim | None:
    """'It is understood that ...': no source but the phrase."""
    doc = ctx.doc
    cue = _offsets(doc, start, end)
    cs, ce = trim(ctx.text, cue[1], sentence_end(ctx, doc[start].sent))
    if ce <= cs:
        return None
    return Claim(cs, ce, "vague", rule["id"], None, "VAGUE", None, None, cue)


def _framed_source(ctx: DocContext, rule, start: int, end: int):
    """The source tokens [np_start, np_end), the token after them and the cue offsets."""
    doc, sent = ctx.doc, ctx.doc[start].sent
    if rule["cue"] == "according_to":
        np_end = end
        while (
            np_end < sent.end
            and doc[np_end].text != ","
            and not (doc[np_end].is_punct and doc[np_end].text in SENT_END + ";")
        ):
            np_end += 1
        return end, np_end, np_end, _offsets(doc, start, end)
    return start + 1, end - 2, end, _offsets(doc, end - 2, end)


def framed_claim(ctx: DocContext, rule, start: int, end: int, claims) -> Claim | None:
    """'According to X, ...' / '..., according to X' / 'As X put it, ...'."""
    doc, sent = ctx.doc, ctx.doc[start].sent
    np_start, np_end, after, cue = _framed_source(ctx, rule, start, end)
    if np_end <= np_start or not (start == sent.start or doc[start - 1].text == ","):
        return None
    rest = [t for t in doc[after : sent.end] if not (t.is_punct or t.is_space)]
    if after < sent.end and doc[after].text == "," and rest:
        cs, ce = trim(ctx.text, doc[after].idx + 1, sentence_end(ctx, sent))
    elif not rest and start > sent.start:
        cs, ce = trim(ctx.text, sent.start_char, doc[start - 1].idx)
    else:
        return None
    np = doc[np_start:np_end]
    source = source_of(ctx, np, np.root, claims) if ce > cs else None
    if source is None:
        return None
    if rule["cue"] == "according_to":
        kind = "according_to"
    else:
        kind = "vague" if source.type == "VAGUE" else "reported"
    return Claim.of(cs, ce, kind, rule["id"], source, cue)


def verb_claim(ctx: DocContext, rule, start: int, end: int, claims) -> Claim | None:
    """A speech verb: its subject is the source, what it introduces the content."""
    doc = ctx.doc
    verb = doc[start]
    subj = cue_subject(verb)
    if subj is None:
        return None
    np = subject_phrase(subj, verb)
    source = source_of(ctx, np, subj[0], claims)
    if source is None or (rule["sources"] and source.type not in rule["sources"]):
        return None
    end = _audience_end(verb, end) if rule["audience"] else end
    cue = _offsets(doc, start, end)
    content, kind = _verb_content(ctx, rule, verb, end, np, cue)
    if content is None or content[1] <= content[0]:
        return None
    if source.type == "DOCUMENT" and kind == "reported":
        kind = "data"
    if source.type == "VAGUE":
        kind = "vague"
    return Claim.of(*content, kind, rule["id"], source, cue)


def _audience_end(verb, end: int) -> int:
    """The end of 'told parliament' / 'told a news conference': the verb's object right
    after the cue, when the content clause follows it."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.left_edge.i == end:
            after = c.right_edge.i + 1
            clause = (k.left_edge.i for k in verb.children if k.dep_ == "ccomp")
            if after < len(doc) and (doc[after].lower_ == "that" or after in clause):
                return after
    return end


def _verb_content(ctx: DocContext, rule, verb, end: int, np, cue):
    """What was said: a quote after the cue, a clause after it, a quote before it, a
    clause before it; in that order ('"..." The official told reporters that ...' gives
    the clause, the quote before is found across sentences)."""
    sent = verb.sent
    found = quote_after(ctx, cue)
    if found is not None:
        return found, "direct_quote"
    found = clause_after(ctx, verb, end, rule, sent)
    if found is not None:
        return found, "reported"
    found = quote_before(ctx, cue, np)
    if found is not None:
        return found, "direct_quote"
    return clause_before(ctx, verb, np, sent), "reported"


def _anchor(claim: Claim) -> int:
    marks = [p[0] for p in (claim.mention, claim.cue) if p is not None]
    return min(marks) if marks else claim.start


def untangle(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims whose source or cue lies inside another claim's content: after a ';' they
    are the next item of a list ("X proposed A; Y proposed B"), and the first content
    ends at that ';'; otherwise they are nested in what was said and dropped."""
    out: list[Claim] = []
    spans: Counter[tuple[int, int]] = Counter()  # (start, end) of the claims in out
    for claim in sorted(claims, key=lambda c: (c.start, c.end, c.rule)):
        anchor = _anchor(claim)
        keep = True
        for k, other in enumerate(out):
            if not (other.start <= anchor < other.end):
                continue
            cut = text.rfind(";", other.start, anchor)
            if cut < 0:
                keep = False
                break
            spans[other.start, other.end] -= 1
            out[k] = replace(other, end=trim(text, other.start, cut)[1])
            spans[out[k].start, out[k].end] += 1
        if keep and spans[claim.start, claim.end] <= 0:
            out.append(claim)
            spans[claim.start, claim.end] += 1
    return out
