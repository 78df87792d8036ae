"""The cue index (``pipeline.stages.attribution.matching``) finds exactly what one spaCy
Matcher holding every cue pattern finds, on sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.matcher import Matcher

from pipeline.stages.attribution.matching import (
    LEMMA_KEY,
    CueIndex,
    FirstToken,
    cue_patterns,
    first_word,
    longest,
)

SENTENCES = [
    "As the finance minister put it, the budget is tight.",
    "She told the reporters that sales fell, and he told journalists the same.",
    "According to the ministry, exports rose; it is understood that imports fell.",
    "The analysts pointed out the risks and put forward a plan, the report said.",
    "It is said prices will rise. As expected, they did. As he put it bluntly, no.",
    "Data show that output grew. The point is that nobody said anything at all.",
    "",
    "said",
    "as",
]


def _full_matcher(vocab, patterns):
    matcher = Matcher(vocab)
    for key, pattern in patterns:
        matcher.add(key, [pattern])
    return matcher


@pytest.fixture(scope="module")
def patterns(ruleset):
    return [kp for rule in ruleset["attribution_cues"] for kp in cue_patterns(rule)]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_one_matcher(nlp, patterns, text):
    doc = nlp(text)
    full = _full_matcher(nlp.vocab, patterns)
    expected = {(nlp.vocab.strings[m], s, e) for m, s, e in full(doc)}
    assert set(CueIndex.of(nlp.vocab, patterns).matches(doc)) == expected


def test_the_cues_a_reader_sees(nlp, patterns):
    doc = nlp("As the finance minister put it, she told the reporters that sales fell.")
    found = {
        (k.removesuffix(LEMMA_KEY), doc[s:e].text)
        for k, s, e in CueIndex.of(nlp.vocab, patterns).matches(doc)
    }
    assert ("as_put_it", "As the finance minister put it") in found
    assert ("tell_reporters", "told the reporters") in found
    assert ("tell", "told") in found
    assert not any(text == "put" for _, text in found)  # no cue of "put" alone


def test_a_pattern_that_can_begin_anywhere(nlp):
    """An optional first token: tried over the whole Doc, both lengths found."""
    pattern = [{"LOWER": "the", "OP": "?"}, {"LOWER": "data"}]
    index = CueIndex.of(nlp.vocab, [("x", pattern)])
    assert index.first == ()
    assert set(index.matches(nlp.make_doc("so the data show"))) == {("x", 1, 3), ("x", 2, 3)}


def test_a_window_as_long_as_the_longest_cue(nlp):
    """The source of "as ... put it" runs up to eight tokens: a window cut shorter would
    lose the longest match; one token more is no match."""
    index = CueIndex.of(nlp.vocab, [("x", [{"LOWER": "as"}, {"OP": "{1,8}"}, {"LOWER": "it"}])])
    eight = nlp.make_doc("as a b c d e f g h it")
    nine = nlp.make_doc("as a b c d e f g h i it")
    assert set(index.matches(eight)) == {("x", 0, 10)}
    assert set(index.matches(nine)) == set()


@pytest.mark.parametrize(
    "pattern, size",
    [
        ([{"LOWER": "say"}], 1),
        ([{"LOWER": "tell"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "reporter"}], 3),
        ([{"LOWER": "as"}, {"OP": "{1,8}"}, {"LOWER": "put"}], 10),
        ([{"LOWER": "a"}, {"OP": "{3}"}], 4),
        ([{"LOWER": "a"}, {"OP": "{,2}"}], 3),
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "!"}], 1),
        ([{"LOWER": "a"}, {"OP": "+"}], None),
        ([{"LOWER": "a"}, {"OP": "*"}], None),
        ([{"LOWER": "a"}, {"OP": "{2,}"}], None),
    ],
)
def test_longest(pattern, size):
    assert longest(pattern) == size


@pytest.mark.parametrize(
    "token, word",
    [
        ({"LEMMA": "say"}, ("LEMMA", "say")),
        ({"LOWER": "said"}, ("LOWER", "said")),
        ({"LOWER": "the", "OP": "?"}, None),
        ({"LOWER": {"IN": ["say", "tell"]}}, None),
        ({"ORTH": "Said"}, None),
        ({"LOWER": "say", "POS": "VERB"}, None),
    ],
)
def test_first_word(token, word):
    assert first_word([token, {"LOWER": "x"}]) == word


@pytest.mark.parametrize(
    "values, where",
    [
        ([5, 7, 9], [0, 2]),
        ([1, 4, 6, 8, 10], []),  # below, between and above every word
        ([9, 9, 5], [0, 1, 2]),
        ([], []),
    ],
)
def test_where_a_word_can_begin_a_cue(values, where):
    first = FirstToken("LOWER", np.array([5, 9], dtype=np.uint64), {}, {})
    assert first.where(np.array(values, dtype=np.uint64)) == where
