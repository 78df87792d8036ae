"""Some defect regexes are written to begin at their rare character (so that ``re`` skips
every position that cannot start a match) instead of at an assertion, or with a possessive
``++`` where backtracking can never succeed; each must find
exactly what its plain form, kept here, finds: on the clean texts, the corpus and their
damaged versions, and on random strings of the characters they look at. When a rule's
meaning changes on purpose, change or drop its row here."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from pipeline.bench.corruption import strip_digits

ROOT = Path(__file__).resolve().parents[1]

PLAIN = {
    "orphan_percent": r"(?P<before>\b(?:more than|less than|fewer than|up to|at least|[A-Za-z]+))"
    r"(?P<gap>[ \t(]+)(?P<after>%)",
    "space_before_punctuation": r"(?P<before>\b[A-Za-z]+|,)(?P<gap>[ \t]+)"
    r"(?P<after>[,;:)]|\.(?!\.\.|\d))",
    "double_space_gap": r"(?P<before>[\w%,]+)(?P<gap>[ \t]{2,})(?P<after>[\w$(][\w-]*)",
    "orphan_slash": r"(?:(?<=\s)(?P<gap>/)(?P<after>\d+|[ \t]+of\b)"
    r"|(?<=\d)(?P<gap2>/)(?=[\s,.;/]))",
    "orphan_separator": r"(?:(?<=[\s$€£¥￥(])|^)(?P<gap>[.,]+)(?P<after>%|-[A-Za-z]+|[ \t]+"
    r"(?:percentage points?|per cent|(?:{multiplier})(?:[ \t]+[A-Za-z]+)?|(?:{unit_word})\b))",
    "orphan_separator_word": r"(?:(?<=[\s$€£¥￥(])|^)(?P<gap>[.,]+)"
    r"(?P<after>[ \t]+(?!(?:{function_word})\b)[A-Za-z][\w-]*)",
    "currency_without_amount": r"(?<!\d)(?P<before>[$€£¥￥])(?P<gap>)"
    r"(?=[.,]*[ \t]+(?!\d)|[A-Za-z])",
    "photo_by_credit": r"(?P<span>\((?:Photo|Photos|Image|Picture|Video)s?(?:[ \t]+by|[ \t]*:"
    r"|[ \t]+courtesy of|[ \t]+provided by)[^()\n]{1,80}\)|\(Xinhua/[^()\n]{1,60}\)"
    r"|\bXinhua (?:photo|Photo)\b)",
}
PIECES = ["Xinhua", " ", "photo", "Photo", "(", ")", "aX", "1", "$", "¥", ".", ",", "%", "\t"]
PIECES += ["\n", "/", " of", "million", "per cent", "a", "-", "  ", "Photos by", "é", "_"]


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests/data/clean_news").glob("*.txt"))
    paths += sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    damaged = [
        strip_digits(t, share=0.3, seed=1, collapse_spaces=c)[0] for t in texts for c in (0, 1)
    ]
    rnd = random.Random(17)
    fuzz = ["".join(rnd.choices(PIECES, k=rnd.randint(0, 12))) for _ in range(5000)]
    return texts + damaged + fuzz


@pytest.fixture(scope="module")
def texts():
    return _texts()


def _found(stage, rule, regex, text):
    return [(m.span(), stage._from_regex(text, rule, m)) for m in regex.finditer(text)]


@pytest.mark.parametrize("rule_id", sorted(PLAIN))
def test_same_matches_as_the_plain_form(nlp, texts, rule_id):
    stage = nlp.get_pipe("defects")
    rules = [json.loads(line) for line in open(ROOT / "rules/defect_patterns.jsonl")]
    [rule] = [r for r in rules if r["id"] == rule_id]
    assert rule["regex"] != PLAIN[rule_id]
    plain = re.compile(stage._expand_regex(PLAIN[rule_id]))
    written = re.compile(stage._expand_regex(rule["regex"]))
    found = 0
    for text in texts:
        expected = _found(stage, rule, plain, text)
        assert _found(stage, rule, written, text) == expected, text
        found += len(expected)
    assert found > 0
