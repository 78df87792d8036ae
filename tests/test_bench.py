"""The bench's inputs and part (a) on a few texts (figures are printed, never asserted)."""

from __future__ import annotations

import pytest

from pipeline.bench import pipeline as bench


def test_quantulum_sentences_come_from_the_installed_package():
    pytest.importorskip("quantulum3")
    sentences = bench.quantulum_sentences()
    assert len(sentences) > 100
    assert all(isinstance(s, str) and s.strip() for s in sentences)


def test_varied_mix_joins_the_sentences_twenty_to_a_document(tmp_path):
    pytest.importorskip("quantulum3")  # the bench extra; `make test` installs only `test`
    corpus, news = tmp_path / "corpus", tmp_path / "news"
    corpus.mkdir(), news.mkdir()
    (corpus / "a.txt").write_text("The port moved 3 million tonnes.", encoding="utf-8")
    (news / "b.txt").write_text("Sales rose 4% in May.", encoding="utf-8")
    sentences = bench.quantulum_sentences()
    mix = bench.varied_mix(corpus, news)
    assert mix[:2] == ["The port moved 3 million tonnes.", "Sales rose 4% in May."]
    assert len(mix) == 2 + -(-len(sentences) // bench.MIX_SENTENCES_PER_DOC)
    assert sentences[0].strip() in mix[2]
    assert sentences[bench.MIX_SENTENCES_PER_DOC].strip() in mix[3]


def test_quick_runs_parts_a_and_c_on_100_documents():
    args = bench.parse_args(["--quick"])
    assert (args.parts, args.cores) == ("ac", "100")
    assert args.repeat <= 2


def test_throughput_prints_both_rows_and_the_share_of_every_component(nlp, capsys):
    rows = {
        "one": ["Exports rose 12% to $3.4 billion in 2023, the ministry said."],
        "two": ["Revenue fell 5% in the first quarter of 2024.", "It hired 40 people."],
    }
    bench.print_throughput(rows, nlp, 1)
    out = capsys.readouterr().out
    assert "    one " in out and "    two " in out
    for name in ("tokenizer", *nlp.pipe_names):
        assert f" {name} " in out


def test_cores_available_is_a_ratio_of_cpu_seconds():
    ratio = bench.cores_available(0.2)
    assert 0.0 < ratio <= 2.5  # two processes never get more than twice one's CPU (+ noise)
