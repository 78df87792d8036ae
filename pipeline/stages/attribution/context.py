"""What one document's attribution works with: the claims being built, their sources, and
the per-document lookups (entities, canonical names, quotes). A ``DocContext`` is made
for each call, so the component keeps no state between documents and is reentrant."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pipeline.core.doctext import text_of
from pipeline.core.extensions import ENTITIES
from pipeline.core.located import Located
from pipeline.stages.attribution.quotes import QuoteIndex, find_quotes
from pipeline.stages.attribution.vocab import Vocab

PERSON_LABELS = frozenset({"PERSON"})
#: A place speaks for its government ("Jiangsu proposes that ...").
ORG_LABELS = frozenset({"ORG", "GPE"})
TRAILING = " \t\r\n.,;:!?…"
SENT_END = ".!?…"


@dataclass(frozen=True)
class Source:
    name: str | None
    type: str
    mention: tuple[int, int] | None
    role: str | None


@dataclass(frozen=True)
class Claim:
    """A claim being built, in character offsets of the raw text. ``carried_from``: the
    content offsets of the claim that named the source, for a claim without a cue of its
    own (a quote going on, a paragraph of figures after a sourcing sentence)."""

    start: int
    end: int
    kind: str
    rule: str
    name: str | None
    type: str
    mention: tuple[int, int] | None
    role: str | None
    cue: tuple[int, int] | None
    carried_from: tuple[int, int] | None = None

    @classmethod
    def of(cls, start: int, end: int, kind: str, rule: str, source: Source, cue) -> Claim:
        return cls(
            start, end, kind, rule, source.name, source.type, source.mention, source.role, cue
        )


@dataclass
class DocContext:
    """One document's lookups, built once per call (``doc.ents`` builds every Span on
    each access)."""

    doc: Doc
    text: str
    vocab: Vocab
    ents: Located
    canonical: dict[tuple[int, int], str | None]
    quotes: QuoteIndex
    #: (start, end, text) of company names, found on first use
    companies: list[tuple[int, int, str]] | None = field(default=None)

    @classmethod
    def of(cls, doc: Doc, vocab: Vocab) -> DocContext:
        text = text_of(doc)
        canonical = {
            (s.start_char, s.end_char): s._.nf_canonical
            for s in (doc.spans[ENTITIES] if ENTITIES in doc.spans else ())
        }
        return cls(
            doc,
            text,
            vocab,
            Located(doc.ents),
            canonical,
            QuoteIndex(find_quotes(text, vocab.pairs)),
        )

    def canonical_name(self, ent: Span) -> str:
        return self.canonical.get((ent.start_char, ent.end_char)) or ent.text

    def last_company(self, before: int) -> str | None:
        """The last company name ending by ``before``. The names are found once per Doc
        (a search of the text before every role grows with the square of its length);
        only a name running across ``before`` needs the search of the text before it."""
        pattern = self.vocab.company
        if pattern is None:
            return None
        if self.companies is None:
            self.companies = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(self.text)]
        k = bisect.bisect_right(self.companies, (before, before, "\uffff")) - 1
        while k >= 0 and self.companies[k][1] > before:
            if self.companies[k][0] < before:  # runs across: search as before
                found = [c.group(0) for c in pattern.finditer(self.text, 0, before)]
                return found[-1] if found else None
            k -= 1
        return self.companies[k][2] if k >= 0 else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, leading commas and final punctuation."""
    while start < end and text[start] in " \t\r\n,:;":
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


def same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[min(a, b) : max(a, b)]
