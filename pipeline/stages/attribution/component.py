"""Stage 4, attribution: who says so, for every claim, with source, role, cue and content.

Cues come from ``rules/attribution_cues.jsonl`` (speech and data verbs by lemma, "according
to", "as X put it", vague phrases), source words from ``rules/attribution_words.jsonl``
and quote marks from ``rules/quote_marks.jsonl``. One claim per statement goes to
``doc.spans["nf_claims"]``: the span is the CONTENT (label = kind, ``span.id_`` = the cue
rule), and ``_.nf_c_*`` carry the source, its role, the mention and the cue.

Why rules over the parse rather than a library: textacy's quote extractor finds direct
quotes only and fails on possessive apostrophes; in these articles most attributions are
reported speech ("X pointed out that ..."), data releases and "according to". The parser
gives the subject and the complement clause of each cue verb; the rules say which verbs
and which subjects count. Across sentences (same paragraph only): a quote before its
speaker, a quote continuing the previous speaker; surnames and he/she resolve to the full
name introduced earlier. The article's own statements have no cue and get no claim.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.core.doctext import text_of
from pipeline.core.extensions import CLAIMS, ENTITIES
from pipeline.core.located import Located
from pipeline.stages.attribution.quotes import Quote, QuoteIndex, find_quotes
from pipeline.stages.attribution.rules import (
    RULE_KINDS,
)
from pipeline.stages.base import RuleComponent

# --- rule kinds -------------------------------------------------------------------------


PERSON_LABELS = frozenset({"PERSON"})
#: A place speaks for its government ("Jiangsu proposes that ...").
ORG_LABELS = frozenset({"ORG", "GPE"})
TRAILING = " \t\r\n.,;:!?…"
SENT_END = ".!?…"
#: Match keys of the by-lemma cue patterns end with this (by-form keys are the rule id).
LEMMA_KEY = "#lemma"
#: A speech cue matched by lemma must start with a verb.
SPEECH_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Claim:
    """A claim being built, in character offsets of the raw text."""

    start: int
    end: int
    kind: str
    rule: str
    name: str | None
    type: str
    mention: tuple[int, int] | None
    role: str | None
    cue: tuple[int, int] | None


@dataclass(frozen=True)
class Source:
    name: str | None
    type: str
    mention: tuple[int, int] | None
    role: str | None


@Language.factory("newsfacts_attribution")
def make_attribution(nlp: Language, name: str) -> AttributionStage:
    return AttributionStage(nlp, name)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, leading commas and final punctuation."""
    while start < end and text[start] in " \t\r\n,:;":
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


class AttributionStage(RuleComponent):
    rule_kinds = RULE_KINDS

    # --- compile ---------------------------------------------------------------------------
    def compile(self) -> None:
        self._ents = Located([])
        self._companies: list[tuple[int, int, str]] | None = None
        self._matcher = Matcher(self.nlp.vocab)
        self._cue_rules: dict[str, dict] = {}
        for rule in self.rules.get("attribution_cues", []):
            self._cue_rules[rule["id"]] = rule
            for key, pattern in self._patterns(rule):
                self._matcher.add(key, [pattern])
        words: dict[str, set[str]] = {}
        for rule in self.rules.get("attribution_words", []):
            words.setdefault(rule["role"], set()).update(w.lower() for w in rule["words"])
        self._words = words
        self._phrases = {
            role: sorted((w for w in ws if " " in w), key=len, reverse=True)
            for role, ws in words.items()
        }
        suffixes = sorted(
            (
                re.escape(w)
                for r in self.rules.get("attribution_words", [])
                if r["role"] == "org_suffix"
                for w in r["words"]
            ),
            key=len,
            reverse=True,
        )
        self._company = (
            re.compile(r"(?:[A-Z][\w&'’.-]*[ ]+)+?(?:" + "|".join(suffixes) + r")(?!\w)")
            if suffixes
            else None
        )
        self._pairs = [(r["open"], r["close"]) for r in self.rules.get("quote_marks", [])]

    @staticmethod
    def _patterns(rule: dict) -> list[tuple[str, list[dict]]]:
        """Each cue as two token patterns, keyed apart: by lemma (``rule id + LEMMA_KEY``;
        a speech verb's part of speech is checked on the match) and by lower-case form.
        Tokens compare exact values: a set predicate such as ``{"IN": [...]}`` is run in
        Python for every token and pattern, and made this stage the slowest of all."""
        keyed = []
        for attr, key in (("LEMMA", rule["id"] + LEMMA_KEY), ("LOWER", rule["id"])):
            pattern = []
            for word in rule["lemmas"]:
                if word == "*":
                    pattern.append({"IS_SENT_START": False, "IS_PUNCT": False, "OP": "{1,8}"})
                    continue
                optional = word.endswith("?") and len(word) > 1
                token: dict = {attr: (word.rstrip("?") if optional else word).lower()}
                if optional:
                    token["OP"] = "?"
                pattern.append(token)
            keyed.append((key, pattern))
        return keyed

    # --- processing ------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> Doc:
        existing = list(doc.spans[CLAIMS]) if CLAIMS in doc.spans else []
        if not doc.has_annotation("DEP") or not len(doc):
            doc.spans[CLAIMS] = existing
            return doc
        self._ents = Located(doc.ents)  # doc.ents builds every Span on each access: once per doc
        self._companies = None  # (start, end, text) of company names, found on first use
        quotes = QuoteIndex(find_quotes(text_of(doc), self._pairs))
        canonical = {
            (s.start_char, s.end_char): s._.nf_canonical
            for s in (doc.spans[ENTITIES] if ENTITIES in doc.spans else ())
        }
        claims: list[Claim] = []
        quoted_until = -1  # cues come in text order: the end of the furthest quote so far
        for rule_id, start, end in self._cues(doc):
            if doc[start].idx < quoted_until and any(
                c.kind == "direct_quote" and c.start <= doc[start].idx < c.end for c in claims
            ):
                continue  # a cue inside a quote is part of what was said
            claim = self._claim(
                doc, self._cue_rules[rule_id], start, end, quotes, canonical, claims
            )
            if claim is not None:
                claims.append(claim)
                if claim.kind == "direct_quote":
                    quoted_until = max(quoted_until, claim.end)
        claims = self._untangle(text_of(doc), claims)
        claims = self._across_sentences(doc, claims, quotes)
        spans = []
        for c in sorted(claims, key=lambda c: (c.start, c.end, c.rule)):
            span = doc.char_span(
                c.start, c.end, label=c.kind, span_id=c.rule, alignment_mode="contract"
            )
            if span is None or not len(span):
                continue
            span._.nf_c_source_name = c.name
            span._.nf_c_source_type = c.type
            span._.nf_c_mention = c.mention
            span._.nf_c_role = c.role
            span._.nf_c_cue = c.cue
            spans.append(span)
        doc.spans[CLAIMS] = [*existing, *spans]
        return doc

    def _cues(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Cue matches, longest first where they overlap, in text order."""
        found = set()
        for m, s, e in self._matcher(doc):
            key = self.nlp.vocab.strings[m]
            if key.endswith(LEMMA_KEY):
                key = key[: -len(LEMMA_KEY)]
                if self._cue_rules[key]["cue"] == "speech" and doc[s].pos_ not in SPEECH_POS:
                    continue  # "the point" is no "point out"
            found.add((key, s, e))
        matches = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], m[0]))
        taken: set[int] = set()
        kept = []
        for rule_id, start, end in matches:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            kept.append((rule_id, start, end))
        return sorted(kept, key=lambda m: (m[1], m[0]))

    # --- one cue -> one claim -----------------------------------------------------------------
    def _claim(self, doc, rule, start, end, quotes, canonical, claims) -> Claim | None:
        kind = rule["cue"]
        if kind == "vague":
            return self._vague_claim(doc, rule, start, end)
        if kind in ("according_to", "as_put"):
            return self._framed_claim(doc, rule, start, end, canonical, claims)
        return self._verb_claim(doc, rule, start, end, quotes, canonical, claims)

    def _vague_claim(self, doc, rule, start, end) -> Claim | None:
        sent = doc[start].sent
        cs, ce = trim(
            text_of(doc), doc[end - 1].idx + len(doc[end - 1].text), self._sentence_end(doc, sent)
        )
        if ce <= cs:
            return None
        cue = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        return Claim(cs, ce, "vague", rule["id"], None, "VAGUE", None, None, cue)

    def _framed_claim(self, doc, rule, start, end, canonical, claims) -> Claim | None:
        """'According to X, ...' / '..., according to X' / 'As X put it, ...'."""
        sent = doc[start].sent
        if rule["cue"] == "according_to":
            np_start = end
            np_end = np_start
            while (
                np_end < sent.end
                and doc[np_end].text != ","
                and not (doc[np_end].is_punct and doc[np_end].text in SENT_END + ";")
            ):
                np_end += 1
            after = np_end  # the comma (or the sentence end) after the source
            cue = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        else:
            np_start, np_end = start + 1, end - 2
            after = end
            cue = (doc[end - 2].idx, doc[end - 1].idx + len(doc[end - 1].text))
        if np_end <= np_start:
            return None
        at_start = start == sent.start or doc[start - 1].text == ","
        if not at_start:
            return None
        rest = [t for t in doc[after : sent.end] if not (t.is_punct or t.is_space)]
        if after < sent.end and doc[after].text == "," and rest:
            cs, ce = trim(text_of(doc), doc[after].idx + 1, self._sentence_end(doc, sent))
        elif not rest and start > sent.start:
            cs, ce = trim(text_of(doc), sent.start_char, doc[start - 1].idx)
        else:
            return None
        if ce <= cs:
            return None
        np = doc[np_start:np_end]
        source = self._source(doc, np, np.root, canonical, claims)
        if source is None:
            return None
        kind = (
            "according_to"
            if rule["cue"] == "according_to"
            else ("vague" if source.type == "VAGUE" else "reported")
        )
        return Claim(
            cs, ce, kind, rule["id"], source.name, source.type, source.mention, source.role, cue
        )

    def _verb_claim(self, doc, rule, start, end, quotes, canonical, claims) -> Claim | None:
        verb = doc[start]
        sent = verb.sent
        subj = self._subject(verb)
        if subj is None:
            return None
        np = self._noun_phrase(doc, subj, verb)
        source = self._source(doc, np, subj[0], canonical, claims)
        if source is None:
            return None
        if rule["sources"] and source.type not in rule["sources"]:
            return None
        cue = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        # what was said: a quote after the cue, a clause after it, a quote before it, a
        # clause before it; in that order ('"..." The official told reporters that ...'
        # gives the clause, the quote before is found across sentences).
        content, kind = self._quote_after(doc, cue, quotes), "direct_quote"
        if content is None:
            content, kind = (
                self._clause_content(doc, verb, end, np, rule, sent, after=True),
                "reported",
            )
        if content is None:
            content, kind = self._quote_before(doc, cue, np, quotes), "direct_quote"
        if content is None:
            content, kind = (
                self._clause_content(doc, verb, end, np, rule, sent, after=False),
                "reported",
            )
        if content is None or content[1] <= content[0]:
            return None
        if source.type == "DOCUMENT" and kind == "reported":
            kind = "data"
        if source.type == "VAGUE":
            kind = "vague"
        return Claim(
            *content, kind, rule["id"], source.name, source.type, source.mention, source.role, cue
        )

    # --- content ---------------------------------------------------------------------------
    def _quote_after(self, doc, cue, quotes: QuoteIndex) -> tuple[int, int] | None:
        """A quote right after the cue: 'said: "..."', 'said, "..."'."""
        text = text_of(doc)
        i = cue[1]
        while i < len(text) and text[i] in " \t,:":
            i += 1
        q = quotes.opening_at(i)
        return None if q is None else self._inner(text, q)

    def _quote_before(self, doc, cue, np, quotes: QuoteIndex) -> tuple[int, int] | None:
        """A quote right before the cue, on the same line: '"...," said X', '"...," X said'."""
        text = text_of(doc)
        subject_text = text[np.start_char : np.end_char].strip() if np is not None else ""
        # only a quote closed after the last line break before the cue is on its line
        for q in quotes.closing_in(text.rfind("\n", 0, cue[0]), cue[0]):
            rest = text[q.close + 1 : cue[0]].strip(" \t,")
            if rest == "" or (subject_text and rest == subject_text and np.end_char <= cue[0]):
                return self._inner(text, q)
        return None

    @staticmethod
    def _inner(text: str, q: Quote) -> tuple[int, int] | None:
        """Everything inside the marks (their own punctuation included), spaces aside."""
        start, end = q.start, q.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _clause_content(
        self, doc, verb: Token, cue_end: int, np: Span, rule, sent, *, after: bool
    ) -> tuple[int, int] | None:
        """``after``: the complement after 'that' (or after the cue; an object or a
        to-infinitive for cues that take one) to the end of the sentence. Otherwise the
        clause before the cue ('Trade will grow, the minister said')."""
        text = text_of(doc)
        comps = [c for c in verb.children if c.dep_ == "ccomp"]
        if not after:
            before = [c for c in comps if c.i < verb.i]
            if before and np.start > verb.i:
                return trim(text, sent.start_char, verb.idx)
            if before and np.end <= verb.i and np.start > min(c.left_edge.i for c in before):
                return trim(text, sent.start_char, np.start_char)
            return None
        first = None
        later = [c for c in comps if c.i >= cue_end]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i >= cue_end]
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
        return trim(text, doc[first].idx, self._sentence_end(doc, sent))

    @staticmethod
    def _sentence_end(doc: Doc, sent: Span) -> int:
        """The end of the sentence, over a false break the parser made: a 'sentence' that
        starts in lower case on the same line continues this one ("reached . trillion")."""
        end = sent.end_char
        nxt = sent.end
        while nxt < len(doc):
            first = doc[nxt]
            if (
                first.is_space
                or "\n" in text_of(doc)[end : first.idx]
                or not first.text[:1].islower()
            ):
                break
            following = first.sent
            end, nxt = following.end_char, following.end
        return end

    # --- source ----------------------------------------------------------------------------
    @staticmethod
    def _subject(verb: Token) -> list[Token] | None:
        """The subject tokens of a cue verb: its own, the agent of a passive, or (for
        'adding that', 'and noted that') the subject of the verb it hangs on."""
        token = verb
        for _ in range(3):
            subj = [c for c in token.children if c.dep_ == "nsubj"]
            if subj:
                return subj
            agents = [
                g
                for c in token.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if agents:
                return agents[:1]
            if token.dep_ in ("conj", "advcl") and token.head is not token:
                token = token.head
                continue
            return None
        return None

    @staticmethod
    def _noun_phrase(doc: Doc, subj: list[Token], verb: Token) -> Span:
        start = min(t.left_edge.i for t in subj)
        end = max(t.right_edge.i for t in subj) + 1
        if start < verb.i < end:  # never let a subject span over its verb
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

    def _source(self, doc, np: Span, head: Token, canonical, claims) -> Source | None:
        if not len(np):
            return None
        words = self._words
        ent = self._ents.holding(head.i) if head.ent_type else None
        if ent is not None and ent.label_ in PERSON_LABELS:
            return self._person(doc, np, ent, canonical)
        if head.lower_ in words.get("pronoun", ()):
            named = self._antecedent(claims, head.idx, lambda c: True)
            if named is None:
                return None
            return Source(named.name, "PERSON", (head.idx, head.idx + len(head.text)), named.role)
        head_text = text_of(doc)[head.idx : np.end_char].lower()
        if any(
            head_text.startswith(p) for p in self._phrases.get("unnamed", ())
        ) or head.lower_ in words.get("unnamed", ()):
            return Source(
                np.text,
                "UNNAMED",
                (np.start_char, np.end_char),
                self._without_determiner(np, head).text or None,
            )
        if head.lemma_.lower() in words.get("document", ()) or head.lower_ in words.get(
            "document", ()
        ):
            return self._document(np, head, canonical)
        if head.lemma_.lower() in words.get("vague", ()) and not any(
            e.label_ in PERSON_LABELS | ORG_LABELS for e in self._ents.within(np.start, np.end)
        ):
            return Source(None, "VAGUE", (np.start_char, np.end_char), None)
        if ent is not None and ent.label_ in ORG_LABELS:
            whole = self._without_determiner(np, head)
            if (whole.start_char, whole.end_char) != (
                ent.start_char,
                ent.end_char,
            ) and ent.end == np.end:
                # an alias matches only the whole name: "Ningbo Customs" is not "Customs"
                return Source(whole.text, "ORG", (whole.start_char, whole.end_char), None)
            name = canonical.get((ent.start_char, ent.end_char)) or ent.text
            return Source(name, "ORG", (ent.start_char, ent.end_char), None)
        if head.pos_ == "PROPN" and len(np) <= 2:
            surname = head.text
            named = self._antecedent(claims, head.idx, lambda c: surname in c.name.split())
            known = named.name if named is not None else self._known_person(doc, head)
            if known:
                return Source(
                    known, "PERSON", (np.start_char, np.end_char), named.role if named else None
                )
        return None

    @staticmethod
    def _without_determiner(np: Span, head: Token) -> Span:
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

    def _document(self, np: Span, head: Token, canonical) -> Source:
        """A report or data release: named by its issuer when the issuer follows the noun
        ('data released by the General Administration of Customs'), else as written
        ('Customs data', 'the World Bank's logistics performance data')."""
        issuer = next(
            (
                e
                for e in self._ents.within(np.start, np.end)
                if e.label_ in ORG_LABELS | PERSON_LABELS and e.start > head.i
            ),
            None,
        )
        if issuer is not None:
            name = canonical.get((issuer.start_char, issuer.end_char)) or issuer.text
            return Source(name, "DOCUMENT", (issuer.start_char, issuer.end_char), None)
        span = self._without_determiner(np, head)
        return Source(span.text, "DOCUMENT", (span.start_char, span.end_char), None)

    @staticmethod
    def _antecedent(claims: list[Claim], before: int, accept) -> Claim | None:
        for c in sorted(claims, key=lambda c: c.start, reverse=True):
            if c.type == "PERSON" and c.name and c.start < before and accept(c):
                return c
        return None

    def _known_person(self, doc: Doc, token: Token) -> str | None:
        """The last full name before ``token`` that contains it as a word (surname only)."""
        best = None
        for e in self._ents:
            if (
                e.label_ in PERSON_LABELS
                and e.end_char <= token.idx
                and len(e) > 1
                and token.text in [t.text for t in e]
            ):
                best = e.text
        return best

    def _person(self, doc: Doc, np: Span, ent: Span, canonical) -> Source:
        """A named person: the name apart from title and affiliation."""
        titles = self._words.get("title", ())
        n0 = ent.start
        while n0 < ent.end - 1 and (
            doc[n0].lower_ in titles or doc[n0 : n0 + 2].text.lower() in titles
        ):
            n0 += 2 if doc[n0 : n0 + 2].text.lower() in titles else 1
        name_span = doc[n0 : ent.end]
        name = canonical.get((ent.start_char, ent.end_char)) or name_span.text
        if len(name_span) == 1:  # a surname alone: the full name introduced earlier
            name = self._known_person(doc, name_span[0]) or name
        pre = text_of(doc)[min(np.start_char, ent.start_char) : name_span.start_char].strip(" ,")
        post_end = np.end_char
        for t in doc[ent.end : np.end]:
            if (
                t.lower_ in ("which", "who", "where", "whose")
                and t.i > 0
                and doc[t.i - 1].text == ","
            ):
                post_end = doc[t.i - 1].idx
                break
        post = text_of(doc)[ent.end_char : max(ent.end_char, post_end)].strip(" ,\n")
        if pre and post:
            role = (
                f"{pre} {post}"
                if post.split()[0].lower() in ("of", "at", "for")
                else f"{pre}, {post}"
            )
        else:
            role = pre or post or None
        if role:
            role = self._resolve_org(doc, role, np.start_char)
        else:
            role = self._introduced_role(doc, name, np.start_char)
        return Source(name, "PERSON", (name_span.start_char, name_span.end_char), role)

    def _introduced_role(self, doc: Doc, name: str, before: int) -> str | None:
        """The title given where the person was introduced ('Zhong Zeyu, Vice President of
        ..., delivered a speech'), for later mentions by name alone."""
        for ent in self._ents:
            if ent.start_char >= before:
                break
            if ent.label_ not in PERSON_LABELS or not ent.text.endswith(name):
                continue
            appos = [c for c in ent.root.children if c.dep_ in ("appos", "conj") and c.i >= ent.end]
            if not appos or ent.end >= len(doc) or doc[ent.end].text != ",":
                continue
            stop = appos[0].right_edge.i + 1
            for t in doc[ent.end + 1 : stop]:
                if t.lower_ in ("which", "who", "where", "whose") and doc[t.i - 1].text == ",":
                    stop = t.i - 1
                    break
            role = text_of(doc)[
                doc[ent.end + 1].idx : doc[stop - 1].idx + len(doc[stop - 1].text)
            ].strip(" ,\n")
            if role:
                return self._resolve_org(doc, role, ent.start_char)
        return None

    def _resolve_org(self, doc: Doc, role: str, before: int) -> str:
        """'General Manager ... of the company' after naming the company: name it."""
        if self._company is None:
            return role
        for phrase in self._phrases.get("org_anaphor", ()) + sorted(
            w for w in self._words.get("org_anaphor", ()) if " " not in w
        ):
            m = re.search(r"\b" + re.escape(phrase) + r"\b", role, flags=re.IGNORECASE)
            if not m:
                continue
            company = self._last_company(doc, before)
            if company:
                return role[: m.start()] + company.strip() + role[m.end() :]
        return role

    def _last_company(self, doc: Doc, before: int) -> str | None:
        """The last company name ending by ``before``. The names are found once per Doc
        (a search of the text before every role grows with the square of its length);
        only a name running across ``before`` needs the search of the text before it."""
        assert self._company is not None
        if self._companies is None:
            self._companies = [
                (m.start(), m.end(), m.group(0)) for m in self._company.finditer(text_of(doc))
            ]
        k = bisect.bisect_right(self._companies, (before, before, "\uffff")) - 1
        while k >= 0 and self._companies[k][1] > before:
            if self._companies[k][0] < before:  # runs across: search as before
                found = [c.group(0) for c in self._company.finditer(text_of(doc), 0, before)]
                return found[-1] if found else None
            k -= 1
        return self._companies[k][2] if k >= 0 else None

    @staticmethod
    def _untangle(text: str, claims: list[Claim]) -> list[Claim]:
        """Claims whose source or cue lies inside another claim's content: after a ';' they
        are the next item of a list ("X proposed A; Y proposed B"), and the first content
        ends at that ';'; otherwise they are nested in what was said and dropped."""
        claims = sorted(claims, key=lambda c: (c.start, c.end, c.rule))
        out: list[Claim] = []
        spans: Counter[tuple[int, int]] = Counter()  # (start, end) of the claims in out
        for claim in claims:
            anchor = (
                min(p[0] for p in (claim.mention, claim.cue) if p is not None)
                if (claim.mention or claim.cue)
                else claim.start
            )
            keep = True
            for k, other in enumerate(out):
                if other is claim or not (other.start <= anchor < other.end):
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

    # --- across sentences ------------------------------------------------------------------
    def _across_sentences(self, doc: Doc, claims: list[Claim], quotes: QuoteIndex) -> list[Claim]:
        """Speech that goes on past its cue, never across a line break:
        - a whole-sentence quote just before a speaker's cue is the speaker's (cue null);
        - a whole-sentence quote just after a speaker's claim continues it (cue null);
        - when a paragraph opens with a person's reported speech ("X said that ..."), the
          rest of the paragraph is X's, sentence by sentence, until another cue."""
        sents = [s for s in doc.sents if s.text.strip()]
        whole = [self._whole_quote(doc, s, quotes) for s in sents]
        starts = [s.start_char for s in sents]
        out = list(claims)
        # the claims overlapping each sentence: every span tested below lies in one sentence
        by_sent: dict[int, list[Claim]] = {}

        def sent_index(offset: int) -> int | None:
            i = bisect.bisect_right(starts, offset) - 1
            return i if i >= 0 and offset < sents[i].end_char else None

        def add(claim: Claim) -> None:
            first = max(0, bisect.bisect_right(starts, claim.start) - 1)
            for i in range(first, bisect.bisect_left(starts, claim.end)):
                if sents[i].start_char < claim.end and claim.start < sents[i].end_char:
                    by_sent.setdefault(i, []).append(claim)

        def covered(j: int, span: tuple[int, int]) -> bool:
            return any(c.start < span[1] and span[0] < c.end for c in by_sent.get(j, ()))

        for claim in claims:
            add(claim)

        speakers = ("PERSON", "ORG", "UNNAMED")
        for claim in sorted(claims, key=lambda c: c.start):
            if claim.type not in speakers or claim.cue is None:
                continue
            i = sent_index(claim.cue[0])
            if i is None:
                continue
            goes_on = replace(claim, cue=None, mention=None)
            j = i - 1
            while (
                j >= 0
                and whole[j]
                and not covered(j, whole[j])
                and self._same_paragraph(doc, whole[j][0], sents[i].start_char)
            ):
                out.append(
                    replace(goes_on, start=whole[j][0], end=whole[j][1], kind="direct_quote")
                )
                add(out[-1])
                j -= 1
            opens = (
                claim.kind == "reported"
                and claim.type in ("PERSON", "UNNAMED")
                and self._opens_paragraph(doc, sents[i])
            )
            j = i + 1
            while j < len(sents) and self._same_paragraph(
                doc, sents[i].start_char, sents[j].start_char
            ):
                if whole[j]:
                    span, kind = whole[j], "direct_quote"
                elif opens:
                    span, kind = (
                        trim(text_of(doc), sents[j].start_char, sents[j].end_char),
                        "reported",
                    )
                else:
                    break
                if covered(j, (sents[j].start_char, sents[j].end_char)) or span[1] <= span[0]:
                    break
                out.append(replace(goes_on, start=span[0], end=span[1], kind=kind))
                add(out[-1])
                j += 1
        return out

    @staticmethod
    def _opens_paragraph(doc: Doc, sent: Span) -> bool:
        line_start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
        return not text_of(doc)[line_start : sent.start_char].strip()

    @staticmethod
    def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
        return "\n" not in text_of(doc)[min(a, b) : max(a, b)]

    @staticmethod
    def _whole_quote(doc: Doc, sent: Span, quotes: QuoteIndex) -> tuple[int, int] | None:
        """The inner span of a quote that makes up the whole sentence, if one does."""
        start, end = sent.start_char, sent.end_char
        text = text_of(doc)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        q = quotes.opening_at(start)
        if q is not None:
            stop = q.end if q.close is None else q.close + 1
            tail = text[stop : sent.end_char].strip(TRAILING)
            if stop >= end or not tail:
                inner = AttributionStage._inner(
                    text, Quote(q.open, q.start, min(q.end, sent.end_char), q.close)
                )
                if inner and len(text[inner[0] : inner[1]].split()) >= 3:
                    return inner
        return None
