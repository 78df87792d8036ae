"""Stage 1, entities: spaCy NER plus a gazetteer of this domain's agencies, companies,
platforms and places, each with a canonical name and aliases.

Gazetteer matches win over overlapping NER entities (the gazetteer knows that "China
Customs" is one agency, NER often splits it). The result goes to ``doc.ents`` (so later
stages and other people's components see it) and, for named entities only, to the span
group ``nf_entities`` with ``span.id_`` = the rule that made it and ``_.nf_canonical``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.core.extensions import ENTITIES
from pipeline.stages.base import RuleComponent
from pipeline.stages.entities.rules import RULE_KINDS

#: NER labels that name something; numeric labels belong to the quantity and time stages.
NAME_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
NER_RULE = "ner"


@Language.factory("newsfacts_entities")
def make_entities(nlp: Language, name: str) -> EntityStage:
    return EntityStage(nlp, name)


class EntityStage(RuleComponent):
    rule_kinds = RULE_KINDS

    def compile(self) -> None:
        self._exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._entries: dict[str, dict] = {}
        for entry in self.rules.get("gazetteer", []):
            self._entries[entry["id"]] = entry
            names = sorted({entry["canonical"], *entry["aliases"]})
            patterns = [self.nlp.make_doc(n) for n in names]
            matcher = self._exact if entry["case_sensitive"] else self._lower
            matcher.add(entry["id"], patterns)

    def gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for matcher in (self._exact, self._lower):
            for match_id, start, end in matcher(doc):
                rule_id = self.nlp.vocab.strings[match_id]
                entry = self._entries[rule_id]
                span = Span(doc, start, end, label=entry["label"], span_id=f"gazetteer:{rule_id}")
                spans.append(span)
        return filter_spans(sorted(spans, key=lambda s: (s.start, -len(s), s.id_)))

    def annotate(self, doc: Doc) -> Doc:
        # A person's name may contain a gazetteer alias ("Ali" in "Ali Zahiri"): the
        # longer PERSON entity from NER wins over a match strictly inside it.
        # Unless gazetteer names cover all of it ("Pinduoduo's Temu" is no person).
        found = self.gazetteer_spans(doc)
        covered = {i for g in found for i in range(g.start, g.end)}
        people = [
            e
            for e in doc.ents
            if e.label_ == "PERSON"
            and any(t.i not in covered and t.is_alpha and t.lower_ != "s" for t in e)
        ]
        person_at = {i: p for p in people for i in range(p.start, p.end)}  # entities do not overlap
        gazetteer = [
            g
            for g in found
            if not (
                (p := person_at.get(g.start)) is not None and g.end <= p.end and len(p) > len(g)
            )
        ]
        taken = set()
        for span in gazetteer:
            taken.update(range(span.start, span.end))
        ner = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*ner, *gazetteer], key=lambda s: s.start)
        named = []
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            rule = ent.id_ or NER_RULE
            span = Span(doc, ent.start, ent.end, label=ent.label_, span_id=rule)
            if rule.startswith("gazetteer:"):
                span._.nf_canonical = self._entries[rule.split(":", 1)[1]]["canonical"]
            named.append(span)
        doc.spans[ENTITIES] = named
        return doc
