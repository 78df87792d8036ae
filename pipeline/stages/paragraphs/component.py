"""Line breaks are hard sentence boundaries.

News text scraped into plain files keeps one paragraph (or heading, or caption) per line,
often without a final full stop; left alone, the parser merges a heading into the next
paragraph's first sentence, and claims then leak across paragraphs. This component runs
before the parser, which respects sentence starts that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.base import Stage


@Language.factory("newsfacts_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    stage = ParagraphBoundaries()
    stage.name = name
    return stage


class ParagraphBoundaries(Stage):
    def annotate(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if after_break and not token.is_space:
                token.is_sent_start = True
                after_break = False
            if "\n" in token.text or "\n" in token.whitespace_:
                after_break = True
        return doc

    def to_bytes(self, *, exclude=()):  # stateless
        return b""

    def from_bytes(self, data, *, exclude=()):
        return self

    def to_disk(self, path, *, exclude=()):
        return None

    def from_disk(self, path, *, exclude=()):
        return self
