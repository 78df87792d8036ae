"""Bad input gets a precise error record and never stops the batch; a killed run loses
nothing; the same inputs give the same bytes whatever the order, workers or locale."""

from __future__ import annotations

import codecs
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT, RULES, read_outputs

from pipeline.cli import main
from pipeline.core.jsonl import read_jsonl
from pipeline.io.chunking import pieces
from pipeline.run.extract import extract

ENGLISH = (
    "Exports from Fujian reached 3.2 billion yuan in 2022, up 8.5%, "
    "the Ministry of Commerce said.\n"
)


LINE_BREAKS = {"u2028": "\u2028", "u2029": "\u2029", "u0085": "\u0085"}


def hostile_corpus(root: Path) -> dict[str, str | None]:
    """Files in one directory; value = the expected error code, None = must be processed."""
    root.mkdir()
    rng = random.Random(7)
    cases: dict[str, tuple[bytes, str | None]] = {
        "empty": (b"", "empty_input"),
        "blank": (b"  \n\t \n", "empty_input"),
        "page": (
            b"<!DOCTYPE html>\n<html><head><title>x</title></head>"
            b"<body><p>Exports rose 5%.</p></body></html>",
            "html_input",
        ),
        "pdf": (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "binary_input",
        ),
        "zip": (
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(rng.randrange(256) for _ in range(200)),
            "binary_input",
        ),
        "nul": (b"Exports rose\x00 5% in May.\n", "binary_input"),
        "noise": (bytes(rng.randrange(256) for _ in range(4000)), "binary_input"),
        "chinese": (
            "海关总署数据显示，前三季度我国跨境电商进出口1.7万亿元，增长14.4%。\n".encode() * 5,
            "unsupported_language",
        ),
        "gbk": (
            "海关总署数据显示，前三季度我国跨境电商进出口1.7万亿元，增长14.4%。\n".encode("gbk")
            * 5,
            "unsupported_language",
        ),
        "latin1": (
            ("Café owners in Xiamen sold 1,200 cups a day, up 12% on the year.\n" + ENGLISH).encode(
                "latin-1"
            ),
            None,
        ),
        "utf16": (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), None),
        "utf8bom": (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), None),
        "plain": (ENGLISH.encode("utf-8"), None),
        "longline": ((ENGLISH.strip() + " ").encode("utf-8") * 2000, None),  # ~190 KB, one line
        # line breaks that str.splitlines() honours inside a JSON string: the outputs hold
        # them raw, and every reader must still see one record a line
        **{
            name: (
                f"Exports rose 12% to 3 billion yuan.{ch}Imports fell 2%.\n".encode(),
                None,
            )
            for name, ch in LINE_BREAKS.items()
        },
    }
    for name, (data, _) in cases.items():
        (root / f"{name}.txt").write_bytes(data)
    return {name: code for name, (_, code) in cases.items()}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The hostile corpus in one batch, with a low max_length so that the long line is
    processed in pieces (as a 20 MB line would be with the default 1,000,000)."""
    import pipeline.run.engines as engines
    from pipeline.nlp import build_nlp

    root = tmp_path_factory.mktemp("hostile")
    expected = hostile_corpus(root / "in")

    def small_pieces(model, ruleset):
        nlp = build_nlp(model, ruleset)
        nlp.max_length = 40_000
        return nlp

    original = engines.build_nlp
    engines.build_nlp = small_pieces
    try:
        summary = extract([root / "in"], root / "out", rules=RULES, workers=1)
    finally:
        engines.build_nlp = original
    return root, expected, summary, read_outputs(root / "out")


def test_one_precise_error_per_bad_file(hostile_run):
    _, expected, summary, out = hostile_run
    got = {e["doc_id"]: e["error"] for e in out["errors"]}
    assert got == {name: code for name, code in expected.items() if code}
    assert all(e["message"] and e["input"].endswith(f"{e['doc_id']}.txt") for e in out["errors"])
    assert summary.errors == len(got)


def test_good_files_are_processed_whole(hostile_run):
    root, expected, summary, out = hostile_run
    good = {name for name, code in expected.items() if code is None}
    assert summary.processed == len(good)
    assert set(out["run"]["documents"]) == good
    assert {f["doc_id"] for f in out["facts"]} == good
    encodings = {k: v["encoding"] for k, v in out["run"]["documents"].items()}
    assert encodings["utf16"].startswith("utf-16") and encodings["utf8bom"].startswith("utf-8")
    assert encodings["latin1"] not in ("utf-8", "utf-8 (BOM)")
    assert "decoded text" in out["run"]["offsets"]


def test_offsets_point_into_the_decoded_text(hostile_run):
    root, _, _, out = hostile_run
    texts = {
        "latin1": (root / "in" / "latin1.txt").read_bytes().decode("latin-1"),
        "utf16": (root / "in" / "utf16.txt").read_bytes().decode("utf-16"),
        "utf8bom": (root / "in" / "utf8bom.txt").read_bytes().decode("utf-8-sig"),
        "longline": (root / "in" / "longline.txt").read_text(encoding="utf-8"),
    }
    for kind in ("facts", "entities", "claims", "defects"):
        for rec in out[kind]:
            if rec["doc_id"] in texts:
                span = rec.get("span") or rec["content"]
                assert texts[rec["doc_id"]][span["start"] : span["end"]] == span["text"]
    assert any(f["span"]["text"] == "1,200" for f in out["facts"] if f["doc_id"] == "latin1")


def test_a_long_line_is_processed_in_pieces_to_its_end(hostile_run):
    root, _, _, out = hostile_run
    text = (root / "in" / "longline.txt").read_text(encoding="utf-8")
    assert len(text) > 40_000 * 4
    starts = sorted(
        f["span"]["start"]
        for f in out["facts"]
        if f["doc_id"] == "longline" and f["span"]["text"] == "3.2 billion yuan"
    )
    assert len(starts) >= 1990, "figures must be found in every piece, the last one included"
    assert starts[-1] > len(text) - 200


def test_line_breaks_in_the_text_stay_inside_their_records(hostile_run, tmp_path):
    """U+2028, U+2029 and U+0085 are written raw inside JSON strings; ``str.splitlines()``
    cut such a record in two, so extract, table and review all failed on this run."""
    root, _, _, out = hostile_run
    for name, ch in LINE_BREAKS.items():
        facts = [f["span"]["text"] for f in out["facts"] if f["doc_id"] == name]
        assert facts == ["12%", "3 billion yuan", "2%"], (name, facts)
        raw = (root / "out" / "facts.jsonl").read_bytes()
        assert ch.encode("utf-8") in raw  # raw in the sentence of the facts: the case to read
    entities = (root / "out" / "entities.jsonl").read_bytes()
    assert len(entities.split(b"\n")) - 1 == len(out["entities"])
    runner = CliRunner()
    table = runner.invoke(main, ["table", str(root / "out"), "--out", str(tmp_path / "f.csv")])
    assert table.exit_code == 0, table.output
    assert f"{len(out['facts'])} facts written" in table.output
    page = runner.invoke(
        main,
        [
            "review",
            str(root / "out"),
            "--static",
            str(tmp_path / "r.html"),
            "--decisions",
            str(tmp_path / "d.jsonl"),
        ],
    )
    assert page.exit_code == 0, page.output
    assert "u2028" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_20_mb_line_is_read_whole_and_cut_at_sentence_ends(tmp_path):
    """The 20 MB one-line dump: decoded, screened and cut into pieces within spaCy's
    max_length that tile it to the last character. (Running the model over all of it
    would take about 25 minutes here; the hostile run above processes a long line in
    pieces end to end.)"""
    from pipeline.io.inputs import Document, iter_documents

    line = ENGLISH.strip() + " "
    path = tmp_path / "dump.txt"
    path.write_bytes(line.encode("utf-8") * (20_000_000 // len(line) + 1))
    doc = next(iter_documents([path]))
    assert isinstance(doc, Document) and len(doc.text) >= 20_000_000 and "\n" not in doc.text
    cut = pieces(doc.text, 1_000_000)
    assert cut[0][0] == 0 and cut[-1][1] == len(doc.text)
    assert all(a[1] == b[0] for a, b in zip(cut, cut[1:], strict=False))
    assert all(e - s <= 1_000_000 for s, e in cut) and len(cut) == 21
    assert all(doc.text[e - 2 : e] == ". " for _, e in cut[:-1]), "cuts fall after a sentence end"


@pytest.mark.parametrize("limit", [1, 7, 50, 1000])
def test_pieces_tile_the_text(limit):
    text = (
        "First paragraph. It ends here.\nSecond one has no full stop\n" + "word " * 300 + "x" * 120
    )
    cut = pieces(text, limit)
    assert cut[0][0] == 0 and cut[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cut, cut[1:], strict=False))
    assert all(0 < e - s <= limit for s, e in cut)


def test_pieces_prefer_line_breaks_then_sentences():
    text = "Alpha beta.\nGamma delta. Epsilon zeta eta theta."
    assert pieces(text, 20)[0] == (0, 12)
    other = "One two. Three four five six seven"
    assert other[slice(*pieces(other, 20)[0])] == "One two. "


def _extract_args(src: Path, out: Path, *extra: str) -> list[str]:
    """`pipeline extract SRC --out OUT` on the repository's rules, one worker."""
    return ["extract", str(src), "--out", str(out), "--rules", str(RULES), "--workers", "1", *extra]


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", *map(str, args), "--rules", str(RULES)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )


def test_strict_stops_at_the_first_refused_input_and_writes_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, _extract_args(src, out)).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (src / "b.txt").write_bytes(b"")
    (src / "c.txt").write_text(ENGLISH.replace("3.2", "4.4"), encoding="utf-8")
    result = CliRunner().invoke(main, _extract_args(src, out, "--strict"))
    assert result.exit_code == 1
    assert "empty_input" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".tmp-*"))


def _many_documents(root: Path, n: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    src = root / "many"
    src.mkdir()
    for i in range(n):
        (src / f"doc{i:03d}.txt").write_text(
            f"Copy {i}.\n" + texts[i % len(texts)], encoding="utf-8"
        )
    return src


def _default_sigint() -> None:
    """In the child: SIGINT as a terminal would deliver it. A pytest started from a
    background job ignores SIGINT, the child would inherit that, and Python then installs
    no KeyboardInterrupt handler: the test would check how pytest was launched."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_killed_run_leaves_the_previous_outputs_intact(tmp_path, sig):
    out = tmp_path / "out"
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(ENGLISH, encoding="utf-8")
    assert run_cli(small, "--out", out, "--workers", "1").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    src = _many_documents(tmp_path, 40)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", *_extract_args(src, out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # wait until records of some documents are spooled
        spools = list(out.glob(".tmp-*/facts.spool"))
        if spools and spools[0].stat().st_size > 0:
            break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the run never started writing")
    proc.send_signal(sig)
    proc.wait(timeout=120)
    assert proc.returncode != 0
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    for name in before:
        if name.endswith(".jsonl"):
            read_jsonl(out / name)
    if sig == signal.SIGINT:
        assert not list(out.glob(".tmp-*")), "Ctrl-C cleans up after itself"
    again = run_cli(small, "--out", out, "--workers", "1", "--force")
    assert again.returncode == 0, again.stderr
    assert not list(out.glob(".tmp-*")), "the next run removes what a killed run left"


def test_same_bytes_whatever_the_input_order_and_locale(tmp_path):
    src = _many_documents(tmp_path, 5)
    files = sorted(src.glob("*.txt"))
    a = run_cli(*files, "--out", tmp_path / "a", "--workers", "1")
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    b = run_cli(*reversed(files), "--out", tmp_path / "b", "--workers", "2", env=env)
    assert a.returncode == 0 and b.returncode == 0, (a.stderr, b.stderr)
    for name in ("facts.jsonl", "claims.jsonl", "entities.jsonl", "defects.jsonl", "errors.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    shutil.rmtree(src)
