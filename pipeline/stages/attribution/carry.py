"""Claims that go on past their cue, sentence by sentence, never past the paragraph.

- a whole-sentence quote just before a speaker's cue is the speaker's;
- a whole-sentence quote just after a speaker's claim continues it;
- when a paragraph opens with a person's reported speech ("X said that ..."), the rest of
  the paragraph is X's, sentence by sentence;
- after a sourcing sentence ("According to Ningbo Customs, ...", "Data from the ministry
  showed that ..."), the following sentences that state figures are the same source's.
  The carry stops at a sentence with a cue of its own (a new source), a quote, the
  reporter speaking in the first person, a turn to another topic ("Specific to ...",
  "Meanwhile"), a sentence without figures, or the paragraph end.
- either carry stops at a sentence whose subject names another person (the reporter
  narrating: "Her deputy, Jonas Ek, met union leaders").
Each carried claim has no cue and ``carried_from`` = the content of the claim that named
the source; a quote whose speaker is not in the text gets no claim.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span

from pipeline.core.extensions import QUANTITIES
from pipeline.stages.attribution.content import inner
from pipeline.stages.attribution.context import (
    PERSON_LABELS,
    TRAILING,
    Claim,
    DocContext,
    same_paragraph,
    trim,
)
from pipeline.stages.attribution.people import parsed_person
from pipeline.stages.attribution.quotes import Quote

#: sources that speak (their quotes go on across sentences)
SPEAKERS = frozenset({"PERSON", "ORG", "UNNAMED"})
#: sourcing sentences whose figures go on across sentences: (claim kind, source type);
#: a person's speech goes on only when it opens the paragraph (below)
FIGURE_SOURCES = frozenset({"PERSON", "ORG", "UNNAMED", "DOCUMENT"})
FIGURE_KINDS = frozenset({"according_to", "data"})


class Sentences:
    """The non-blank sentences in text order, and the claims that overlap each, so every
    test below looks at one sentence's claims only."""

    def __init__(self, ctx: DocContext, claims: Iterable[Claim]):
        text = ctx.text  # a slice of it, where Span.text joins the tokens again
        self.sents = [s for s in ctx.doc.sents if text[s.start_char : s.end_char].strip()]
        self.starts = [s.start_char for s in self.sents]
        self.claims: dict[int, list[Claim]] = {}
        for claim in claims:
            self.add(claim)

    def index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.sents[i].end_char else None

    def add(self, claim: Claim) -> None:
        first = max(0, bisect.bisect_right(self.starts, claim.start) - 1)
        for i in range(first, bisect.bisect_left(self.starts, claim.end)):
            if self.sents[i].start_char < claim.end and claim.start < self.sents[i].end_char:
                self.claims.setdefault(i, []).append(claim)

    def covered(self, j: int, span: tuple[int, int]) -> bool:
        return any(c.start < span[1] and span[0] < c.end for c in self.claims.get(j, ()))


def whole_quote(ctx: DocContext, sent: Span) -> tuple[int, int] | None:
    """The inner span of a quote that makes up the whole sentence, if one does."""
    text = ctx.text
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    q = ctx.quotes.opening_at(start)
    if q is None:
        return None
    stop = q.end if q.close is None else q.close + 1
    if stop < end and text[stop : sent.end_char].strip(TRAILING):
        return None
    found = inner(text, Quote(q.open, q.start, min(q.end, sent.end_char), q.close))
    return found if found and len(text[found[0] : found[1]].split()) >= 3 else None


class Carry:
    """One document's carrying: the sentences, their quotes, figures and cues."""

    def __init__(self, ctx: DocContext, claims: list[Claim], cue_starts: Iterable[int]):
        self.ctx = ctx
        self.sents = Sentences(ctx, claims)
        self.whole = [whole_quote(ctx, s) for s in self.sents.sents]
        figures = ctx.doc.spans[QUANTITIES] if QUANTITIES in ctx.doc.spans else ()
        self.figures = sorted(q.start_char for q in figures)
        self.cued = {self.sents.index(ctx.doc[i].idx) for i in cue_starts}

    def same_paragraph(self, i: int, j: int) -> bool:
        return same_paragraph(self.ctx.text, self.sents.starts[i], self.sents.starts[j])

    def add(self, claim: Claim, out: list[Claim]) -> None:
        out.append(claim)
        self.sents.add(claim)

    def quotes_before(self, i: int, goes_on: Claim, out: list[Claim]) -> None:
        j = i - 1
        while j >= 0 and self.whole[j] and not self.sents.covered(j, self.whole[j]):
            start, end = self.whole[j]
            if not same_paragraph(self.ctx.text, start, self.sents.starts[i]):
                break
            self.add(replace(goes_on, start=start, end=end, kind="direct_quote"), out)
            j -= 1

    def going_on(self, i: int, claim: Claim, goes_on: Claim, out: list[Claim]) -> None:
        opens = (
            claim.kind == "reported"
            and claim.type in ("PERSON", "UNNAMED")
            and self.opens_paragraph(self.sents.sents[i])
        )
        figures = claim.type in FIGURE_SOURCES and (
            claim.kind in FIGURE_KINDS or (claim.kind == "reported" and claim.type == "ORG")
        )
        j = i + 1
        while j < len(self.sents.sents) and self.same_paragraph(i, j):
            sent = self.sents.sents[j]
            if self.whole[j] and claim.type in SPEAKERS:
                span, kind = self.whole[j], "direct_quote"
            elif (opens or (figures and self.states_figures(j))) and not self.about_another(
                j, claim
            ):
                span, kind = trim(self.ctx.text, sent.start_char, sent.end_char), claim.kind
            else:
                break
            if self.sents.covered(j, (sent.start_char, sent.end_char)) or span[1] <= span[0]:
                break
            self.add(replace(goes_on, start=span[0], end=span[1], kind=kind), out)
            j += 1

    def about_another(self, j: int, claim: Claim) -> bool:
        """A sentence whose subject names another person is the reporter narrating
        ('Luis Mora, the team's top scorer, met fans'; 'Her deputy, Jonas Ek, met ...'),
        not the source going on."""
        ctx, sent = self.ctx, self.sents.sents[j]
        for subj in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
            np = ctx.doc[subj.left_edge.i : subj.right_edge.i + 1]
            names = [e.text for e in ctx.ents.within(np.start, np.end) if e.label_ in PERSON_LABELS]
            named = parsed_person(ctx, np, subj, resolve=False)  # a surname is enough
            names += [named.name] if named is not None and named.name else []
            if any(not (claim.name and (n in claim.name or claim.name in n)) for n in names):
                return True
        return False

    def states_figures(self, j: int) -> bool:
        """A sentence of figures in nobody else's voice: a figure, no cue, no quote, and
        not the reporter speaking ('we', 'our')."""
        sent, ctx = self.sents.sents[j], self.ctx
        k = bisect.bisect_left(self.figures, sent.start_char)
        if k >= len(self.figures) or self.figures[k] >= sent.end_char or j in self.cued:
            return False
        if ctx.quotes.opening_in(sent.start_char, sent.end_char):
            return False
        opening = ctx.text[sent.start_char : sent.end_char].lstrip().lower()
        if any(
            opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum()
            for w in ctx.vocab.words.get("topic_shift", ())
        ):
            return False
        return not any(ctx.vocab.has("first_person", t.lower_) for t in sent)

    def opens_paragraph(self, sent: Span) -> bool:
        text = self.ctx.text
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        return not text[line_start : sent.start_char].strip()


def carry_claims(ctx: DocContext, claims: list[Claim], cue_starts: Iterable[int]) -> list[Claim]:
    """The claims with the ones carried across sentences added (see the module doc)."""
    carry = Carry(ctx, claims, cue_starts)
    out = list(claims)
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.type not in SPEAKERS | FIGURE_SOURCES or claim.cue is None:
            continue
        i = carry.sents.index(claim.cue[0])
        if i is None:
            continue
        goes_on = replace(claim, cue=None, mention=None, carried_from=(claim.start, claim.end))
        if claim.type in SPEAKERS:
            carry.quotes_before(i, goes_on, out)
        carry.going_on(i, claim, goes_on, out)
    return out
