"""Tests of the stripped-number corruption generator (pipeline/bench/corruption.py)."""

import pathlib
import re

import pytest

from pipeline.bench.corruption import find_numbers, strip_digits

CLEAN_DIR = pathlib.Path(__file__).resolve().parent / "data" / "clean_news"
SAMPLE = (
    "Trade reached 1.7 trillion yuan, up 12.5% on 1,250 firms, from 2019 to 2023; "
    "about 1/3 of ten thousand shops. A dozen ports ranked 3rd at 6:30 a.m."
)


def clean_texts():
    paths = sorted(CLEAN_DIR.glob("*.txt"))
    assert paths, "no clean_news files"
    return [p.read_text(encoding="utf-8") for p in paths]


def test_examples_from_real_damage():
    out, sites = strip_digits(SAMPLE, share=1.0, seed=0)
    assert "reached . trillion yuan" in out
    assert "up .% on , firms" in out
    assert "from  to ;" in out
    assert "about / of ten thousand shops" in out
    assert "A dozen ports ranked rd at : a.m." in out
    assert not re.search(r"\d", out)
    assert [s.original for s in sites] == [m.group() for m in find_numbers(SAMPLE)]


def test_collapse_spaces_matches_corpus_style():
    out, sites = strip_digits(
        "grew from 2019 to 2023, the", share=1.0, seed=1, collapse_spaces=True
    )
    assert out == "grew from to , the"
    assert [(s.start, s.end) for s in sites] == [(10, 10), (13, 13)]


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_deterministic_per_seed(seed):
    text = clean_texts()[0]
    assert strip_digits(text, share=0.3, seed=seed) == strip_digits(text, share=0.3, seed=seed)


def test_different_seeds_differ():
    text = "\n".join(clean_texts())
    a = strip_digits(text, share=0.3, seed=1)[1]
    b = strip_digits(text, share=0.3, seed=2)[1]
    assert [(s.original, s.context) for s in a] != [(s.original, s.context) for s in b]


@pytest.mark.parametrize("share", [0.0, 0.1, 0.25, 0.5, 1.0])
def test_share_honoured(share):
    text = "\n".join(clean_texts())
    n = len(find_numbers(text))
    out, sites = strip_digits(text, share=share, seed=7)
    assert abs(len(sites) - share * n) <= 1
    # the numbers left intact are exactly the ones not chosen
    assert len(find_numbers(out)) == n - len(sites)


def test_share_out_of_range():
    with pytest.raises(ValueError):
        strip_digits("1 2 3", share=1.5, seed=0)


@pytest.mark.parametrize("seed", range(5))
def test_site_offsets_and_leftover_punctuation(seed):
    for text in clean_texts():
        out, sites = strip_digits(text, share=0.4, seed=seed)
        assert len(out) == len(text) - sum(sum(c.isdigit() for c in s.original) for s in sites)
        for s in sites:
            leftover = "".join(c for c in s.original if not c.isdigit())
            assert out[s.start : s.end] == leftover
            assert s.original in s.context
        # everything but the removed digits is preserved, in order
        removed = iter(sorted(sites, key=lambda s: s.start))
        rebuilt, last = [], 0
        for s in removed:
            rebuilt.append(out[last : s.start])
            it = iter(out[s.start : s.end])
            rebuilt.append("".join(c if c.isdigit() else next(it) for c in s.original))
            last = s.end
        rebuilt.append(out[last:])
        assert "".join(rebuilt) == text


def test_no_damage_outside_numbers():
    text = "ten thousand shops, a dozen ports."
    assert strip_digits(text, share=1.0, seed=3) == (text, [])
