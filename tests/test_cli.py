"""The CLI on .txt files, directories and .jsonl inputs; exit codes; determinism."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from conftest import CORPUS, RULES, read_outputs

from pipeline.cli import main


def run_cli(*args):
    return CliRunner().invoke(
        main, ["extract", *map(str, args), "--rules", str(RULES), "--workers", "1"]
    )


def test_txt_files_keep_their_stems_as_doc_ids(tmp_path):
    a = tmp_path / "alpha.txt"
    a.write_text(
        "Exports reached 1.3 trillion yuan in 2023, the General Administration of Customs said.\n",
        encoding="utf-8",
    )
    result = run_cli(a, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    out = read_outputs(tmp_path / "out")
    assert {r["doc_id"] for r in out["entities"]} == {"alpha"}
    assert "documents" in result.output and "facts" in result.output  # summary table


def test_directory_reads_manifest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "b.txt").write_text("China Customs said so.\n", encoding="utf-8")
    (src / "manifest.csv").write_text(
        "doc_id,file,title,published,source,url\nb,b.txt,Bee,2023-05,,\n", encoding="utf-8"
    )
    assert run_cli(src, "--out", tmp_path / "out").exit_code == 0
    run = read_outputs(tmp_path / "out")["run"]
    assert run["documents"]["b"]["published"] == "2023-05"


def test_jsonl_input_and_bad_lines(tmp_path):
    src = tmp_path / "docs.jsonl"
    lines = [
        json.dumps(
            {
                "id": "j1",
                "text": "The Ministry of Commerce said 20 countries signed.",
                "published": "2022",
            }
        ),
        "not json",
        json.dumps({"id": "j2"}),
        json.dumps({"id": "j3", "text": "Bad date.", "published": "22/01/2023"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli(src, "--out", tmp_path / "out")
    assert result.exit_code == 1, "refused inputs give exit code 1"
    out = read_outputs(tmp_path / "out")
    assert {r["doc_id"] for r in out["entities"]} == {"j1"}
    errors = {(e["input"].rsplit(":", 1)[1], e["error"]) for e in out["errors"]}
    assert errors == {("2", "bad_jsonl"), ("3", "bad_jsonl"), ("4", "bad_published")}
    assert out["run"]["inputs"] == {"documents": 4, "processed": 1, "reused": 0, "errors": 3}


def test_missing_input_and_duplicate_ids(tmp_path):
    a = tmp_path / "x.txt"
    a.write_text("One text.\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(a, sub / "x.txt")
    result = run_cli(a, sub / "x.txt", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    errors = sorted(e["error"] for e in read_outputs(tmp_path / "out")["errors"])
    assert errors == ["duplicate_doc_id", "not_found"]


def test_two_runs_are_byte_identical(corpus_run, tmp_path):
    first, _ = corpus_run
    assert run_cli(CORPUS, "--out", tmp_path / "again").exit_code == 0
    for path in sorted(first.glob("*.jsonl")):
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name
    a = json.loads((first / "run.json").read_text())
    b = json.loads((tmp_path / "again" / "run.json").read_text())
    a.pop("timings"), b.pop("timings")
    assert a == b


def test_rerun_replaces_outputs_and_leaves_no_temp_files(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Guangdong said so.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_cli(a, "--out", out)
    a.write_text("Sichuan said so.\n", encoding="utf-8")
    run_cli(a, "--out", out)
    entities = read_outputs(out)["entities"]
    assert [e["canonical"] for e in entities] == ["Sichuan"]
    assert not list(out.glob(".tmp-*"))


def test_run_stages_gives_what_nlp_gives(nlp):
    """The streaming runner must apply every component, in order, exactly like nlp()."""
    from pipeline.io.inputs import Document
    from pipeline.records.build import doc_records
    from pipeline.run.batch import run_stages

    texts = [
        "Partners increase opportunities\nAli Zahiri said 20 countries joined.",
        "China Customs said exports rose 5%.",
    ]
    docs, timings = run_stages(nlp, [Document(f"d{i}", t, "mem") for i, t in enumerate(texts)])
    for i, (doc, text) in enumerate(zip(docs, texts, strict=False)):
        assert doc_records(doc, f"d{i}") == doc_records(nlp(text), f"d{i}")
        assert [s.text for s in doc.sents] == [s.text for s in nlp(text).sents]
    assert set(timings) == {"tokenizer", *nlp.pipe_names}
