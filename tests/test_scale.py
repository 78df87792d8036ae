"""Scale: the same outputs from every engine and worker count, incremental runs,
cross-document conflicts, and memory that does not grow with the number of documents."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from conftest import RULES, read_outputs

from pipeline.run.extract import extract

TEXTS = {
    "a": "In 2022, China's exports of cross-border e-commerce reached 1.55 trillion yuan, "
    "up 11.7%.\n"
    "The General Administration of Customs said more than 1,500 overseas warehouses were built.\n",
    "b": "In 2022, China's exports of cross-border e-commerce reached 1.83 trillion yuan.\n"
    "Zhang Wei, an analyst, said that about 40% of sellers were new.\n",
    "c": "Guangdong opened 12 bonded zones in 2021, according to the Ministry of Commerce.\n",
    "d": "Sichuan's online retail grew by 8.5% in the first half of the year.\n",
}


@pytest.fixture
def inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    (src / "manifest.csv").write_text(
        "doc_id,file,title,published,source,url\n"
        + "".join(f"{n},{n}.txt,,2023-06-01,,\n" for n in TEXTS),
        encoding="utf-8",
    )
    return src


def files(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def test_workers_and_dask_give_identical_outputs(inputs, tmp_path, ruleset):
    one = extract([inputs], tmp_path / "one", rules=ruleset, workers=1)
    two = extract([inputs], tmp_path / "two", rules=ruleset, workers=2)
    dask = extract([inputs], tmp_path / "dask", rules=ruleset, workers=2, engine="dask")
    assert one.processed == two.processed == dask.processed == len(TEXTS)
    assert files(tmp_path / "one") == files(tmp_path / "two") == files(tmp_path / "dask")
    assert read_outputs(tmp_path / "one")["facts"], (
        "nothing extracted: the comparison would prove nothing"
    )


def test_unchanged_documents_are_reused(inputs, tmp_path, ruleset, monkeypatch):
    out = tmp_path / "out"
    first = extract([inputs], out, rules=ruleset)
    before = files(out)
    import pipeline.run.engines

    def no_model(*args, **kwargs):
        raise AssertionError("the model must not be loaded when nothing changed")

    monkeypatch.setattr(pipeline.run.engines, "build_nlp", no_model)
    again = extract([inputs], out, rules=ruleset)
    assert (again.processed, again.reused) == (0, len(TEXTS))
    assert files(out) == before
    assert json.loads((out / "run.json").read_text())["inputs"]["reused"] == len(TEXTS)
    monkeypatch.undo()

    (inputs / "c.txt").write_text(TEXTS["c"].replace("12", "14"), encoding="utf-8")
    changed = extract([inputs], out, rules=ruleset)
    assert (changed.processed, changed.reused) == (1, len(TEXTS) - 1)
    facts = read_outputs(out)["facts"]
    assert [f["span"]["text"] for f in facts if f["doc_id"] == "c"] == ["14"]

    forced = extract([inputs], out, rules=ruleset, force=True)
    assert (forced.processed, forced.reused) == (len(TEXTS), 0)
    assert first.processed == len(TEXTS)


def test_changed_rules_or_publication_date_invalidate_reuse(inputs, tmp_path, ruleset):
    out = tmp_path / "out"
    extract([inputs], out, rules=ruleset)
    manifest = inputs / "manifest.csv"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("d,d.txt,,2023-06-01", "d,d.txt,,2024-06-01"),
        encoding="utf-8",
    )
    run = extract([inputs], out, rules=ruleset)
    assert (run.processed, run.reused) == (1, len(TEXTS) - 1)
    from pipeline.rules.loader import RuleSet

    other = RuleSet(rules=ruleset.rules, digest="sha256:" + "0" * 64, files=ruleset.files)
    assert extract([inputs], out, rules=other).processed == len(TEXTS)


def test_a_code_change_invalidates_reuse(inputs, tmp_path, ruleset, monkeypatch):
    """A stage edited between releases changes records without changing the version or
    the rules: the run's code digest must send every document through the stages again."""
    out = tmp_path / "out"
    extract([inputs], out, rules=ruleset)
    import pipeline.run.extract

    monkeypatch.setattr(pipeline.run.extract, "code_digest", lambda: "sha256:" + "1" * 64)
    run = extract([inputs], out, rules=ruleset)
    assert (run.processed, run.reused) == (len(TEXTS), 0)
    assert json.loads((out / "run.json").read_text())["code_digest"] == "sha256:" + "1" * 64


def test_code_digest_covers_the_stages_and_not_the_web_app(tmp_path):
    from pipeline.core.code_digest import digest_of

    for rel in ("stages/quantities/numbers.py", "review/app.py", "bench/pipeline.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x = 1\n", encoding="utf-8")
    before = digest_of(tmp_path)
    (tmp_path / "review/app.py").write_text("x = 2\n", encoding="utf-8")
    (tmp_path / "bench/pipeline.py").write_text("x = 2\n", encoding="utf-8")
    assert digest_of(tmp_path) == before
    (tmp_path / "stages/quantities/numbers.py").write_text("x = 2\n", encoding="utf-8")
    assert digest_of(tmp_path) != before


def test_cross_document_conflicts(inputs, tmp_path, ruleset):
    out = tmp_path / "out"
    extract([inputs], out, rules=ruleset)
    outputs = read_outputs(out)
    conflicts = [d for d in outputs["defects"] if d["kind"] == "conflicting_figures"]
    assert {(d["doc_id"], d["span"]["text"]) for d in conflicts} == {
        ("a", "1.55 trillion yuan"),
        ("b", "1.83 trillion yuan"),
    }
    a = next(d for d in conflicts if d["doc_id"] == "a")
    assert a["related"] == [
        {"doc_id": "b", "span": next(d["span"] for d in conflicts if d["doc_id"] == "b")}
    ]
    fact = next(
        f
        for f in outputs["facts"]
        if f["doc_id"] == "a" and f["span"]["text"] == "1.55 trillion yuan"
    )
    assert a["id"] in fact["defect_ids"]
    # reused on the next run, and found again (conflicts are recomputed, never copied)
    extract([inputs], out, rules=ruleset)
    assert read_outputs(out)["defects"] == outputs["defects"]


def test_memory_does_not_grow_with_the_number_of_documents(tmp_path):
    """Peak RSS of a run over 300 documents stays close to that of a run over 30."""
    script = textwrap.dedent(
        f"""
        import json, resource, sys
        from pathlib import Path
        from pipeline.run.extract import extract
        n = int(sys.argv[1]); out = Path(sys.argv[2]); src = out.parent / ("in%d" % n)
        src.mkdir()
        with open(src / "docs.jsonl", "w") as fh:
            for i in range(n):
                line = "Exporters in Fujian shipped %d parcels, up %d.5%%, "
                line += "the Ministry of Commerce said. "
                text = (line % (1000 + i, i % 50)) * 5
                fh.write(json.dumps({{"id": "d%05d" % i, "text": text}}) + "\\n")
        extract([src / "docs.jsonl"], out, rules={str(RULES)!r}, workers=1)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        """
    )
    peaks = {}
    for n in (30, 300):
        done = subprocess.run(
            [sys.executable, "-c", script, str(n), str(tmp_path / f"out{n}")],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        peaks[n] = int(done.stdout.split()[-1])  # KiB
    assert peaks[300] - peaks[30] < 60 * 1024, peaks
