"""What was said: the quote or the clause a cue introduces, in character offsets."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from pipeline.stages.attribution.context import DocContext, trim
from pipeline.stages.attribution.quotes import Quote


def inner(text: str, q: Quote) -> tuple[int, int] | None:
    """Everything inside the marks (their own punctuation included), spaces aside."""
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def quote_after(ctx: DocContext, cue: tuple[int, int]) -> tuple[int, int] | None:
    """A quote right after the cue: 'said: "..."', 'said, "..."'."""
    text = ctx.text
    i = cue[1]
    while i < len(text) and text[i] in " \t,:":
        i += 1
    q = ctx.quotes.opening_at(i)
    return None if q is None else inner(text, q)


def quote_before(ctx: DocContext, cue: tuple[int, int], np: Span | None) -> tuple[int, int] | None:
    """A quote right before the cue, on the same line: '"...," said X', '"...," X said'."""
    text = ctx.text
    subject_text = text[np.start_char : np.end_char].strip() if np is not None else ""
    # only a quote closed after the last line break before the cue is on its line
    for q in ctx.quotes.closing_in(text.rfind("\n", 0, cue[0]), cue[0]):
        rest = text[q.close + 1 : cue[0]].strip(" \t,")
        if rest == "" or (subject_text and rest == subject_text and np.end_char <= cue[0]):
            return inner(text, q)
    return None


def clause_before(ctx: DocContext, verb: Token, np: Span, sent: Span) -> tuple[int, int] | None:
    """The clause before the cue ('Trade will grow, the minister said' and 'Trade will
    grow, said the minister'): the cue verb's complement lies before it."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not before and _hangs_after_comma(verb, np):
        return trim(ctx.text, sent.start_char, np.start_char)
    if before and np.start > verb.i:
        return trim(ctx.text, sent.start_char, verb.idx)
    if before and np.end <= verb.i and np.start > min(c.left_edge.i for c in before):
        return trim(ctx.text, sent.start_char, np.start_char)
    return None


def _hangs_after_comma(verb: Token, np: Span) -> bool:
    """'Profits rose 12%, Reuters reported on Friday.': the parser hangs the cue on the
    clause before it (a modifier, not its object); the source opens after the comma."""
    doc = verb.doc
    return (
        verb.dep_ in ("advcl", "conj", "parataxis")
        and verb.head.i < np.start
        and np.end <= verb.i
        and np.start > verb.sent.start
        and doc[np.start - 1].text == ","
        and not any(t.dep_ in ("mark", "cc") or t.tag_ == "WDT" for t in doc[np.start - 1 : verb.i])
    )


def clause_after(
    ctx: DocContext, verb: Token, cue_end: int, rule: dict[str, Any], sent: Span
) -> tuple[int, int] | None:
    """The complement after 'that' (or after the cue; an object or a to-infinitive for
    cues that take one) to the end of the sentence."""
    doc = ctx.doc
    later = [c for c in verb.children if c.dep_ == "ccomp" and c.i >= cue_end]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i >= cue_end]
    first = None
    if cue_end < sent.end and doc[cue_end].lower_ == "that":
        first = cue_end + 1
    elif later:
        first = min(c.left_edge.i for c in later)
        if doc[first].lower_ == "that":
            first += 1
    elif objects and rule["needs"] == "clause_or_object":
        first = min(c.left_edge.i for c in objects)
    if first is None or first >= sent.end:
        return None
    return trim(ctx.text, doc[first].idx, sentence_end(ctx, sent))


def sentence_end(ctx: DocContext, sent: Span) -> int:
    """The end of the sentence, over a false break the parser made: a 'sentence' that
    starts in lower case on the same line continues this one ("reached . trillion")."""
    doc = ctx.doc
    end = sent.end_char
    nxt = sent.end
    while nxt < len(doc):
        first = doc[nxt]
        if first.is_space or "\n" in ctx.text[end : first.idx] or not first.text[:1].islower():
            break
        following = first.sent
        end, nxt = following.end_char, following.end
    return end
