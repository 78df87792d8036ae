"""Any text survives a round trip: written by ``pipeline extract``, read back by every
consumer (the JSONL reader, run.json, ``pipeline table``, the review app's run reader and
page, extract's reuse of the previous outputs, review decisions, gold export).

The texts hold what broke readers before: U+2028, U+2029 and U+0085, which JSON writes
raw inside strings and ``str.splitlines()`` splits at; NUL, which JSON escapes; text
decoded from Windows-1252 bytes; and names and texts that arrive as surrogate-escaped
bytes (Python's ``surrogateescape`` for invalid UTF-8), which no UTF-8 output can hold
and which must therefore be a clear error record, never a crash.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import RULES
from record_spans import spans_in

from pipeline.cli import main
from pipeline.core.jsonl import read_jsonl
from pipeline.records.build import OUTPUT_KINDS
from pipeline.records.schema import schema_errors
from pipeline.review.documents import load_run
from pipeline.review.gold import export_gold
from pipeline.review.server import TOKEN_HEADER, make_server
from pipeline.review.store import append_decisions, load_decisions
from pipeline.run.output import ORPHANS_FILE
from pipeline.table import facts_table

BREAKS = "\u2028\u2029\u0085"
SENTENCE = "Exports rose 12% to 3 billion yuan.{}Imports fell 2% in May, the ministry said.\n"
# one document per line-break character, as UTF-8 .txt files
TXT = {f"u{ord(ch):04x}": SENTENCE.format(ch) for ch in BREAKS}
# a JSONL document with NUL and all three breaks in its text and title
MIXED = (
    "Sales rose 8%\u0000 to 4 billion yuan.\u2028Profit fell 3%.\u2029"
    "Costs rose 5%\u0085 said the company.\n"
)
MIXED_TITLE = "Sales\u2028and\u2029profit\u0085\u0000"
# Windows-1252: curly quotes, an ellipsis (0x85) and an e-acute; not UTF-8
CP1252 = (
    "\u201cCaf\u00e9 sales rose 12% to 3 billion yuan\u2026\u201d the company said on "
    "Monday, and exports reached 1,200 tonnes, up 5% on the year.\n"
)
# what Python gives for invalid UTF-8 read with errors="surrogateescape"
TITLE = "Caf\u00e9 sales \u2013 a \u201creport\u201d"
ESCAPED = b"Caf\xe9 sales rose 12%.\n".decode("utf-8", errors="surrogateescape")


def write_inputs(root: Path) -> tuple[list[Path], dict[str, str]]:
    """The inputs, and the text each accepted document must have once decoded."""
    src = root / "in"
    src.mkdir()
    for name, text in TXT.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    (src / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (src / "nul.txt").write_bytes(b"Exports rose\x00 5% in May.\n")
    # manifests as spreadsheets save them (CRLF): "CSV UTF-8" starts with a BOM and is
    # read; Windows-1252 is not UTF-8: one error record, its documents read without it
    manifest = f"doc_id,file,title,published,source,url\r\n{{}},{{}}.txt,{TITLE},2023-05,,\r\n"
    (src / "manifest.csv").write_bytes(manifest.format("u2028", "u2028").encode("cp1252"))
    other = root / "other"
    other.mkdir()
    (other / "plain.txt").write_text(SENTENCE.format(" "), encoding="utf-8")
    (other / "manifest.csv").write_bytes(manifest.format("plain", "plain").encode("utf-8-sig"))
    # a file name that is not UTF-8: Python names it with a lone surrogate
    (src / os.fsdecode(b"caf\xe9.txt")).write_text(SENTENCE.format(" "), encoding="utf-8")
    baddir = root / os.fsdecode(b"d\xe9p\xf4t")
    baddir.mkdir()
    (baddir / "inside.txt").write_text(SENTENCE.format(" "), encoding="utf-8")
    lines = [
        json.dumps({"id": "mixed", "text": MIXED, "title": MIXED_TITLE}).encode(),
        # the surrogate-escaped text as a JSON writer escapes it ("\udce9")
        json.dumps({"id": "escaped", "text": ESCAPED}).encode(),
        # the same bytes raw: not UTF-8
        b'{"id": "rawbytes", "text": "Caf\xe9 sales rose 12%."}',
    ]
    (src / "docs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    texts = {**TXT, "mixed": MIXED, "cp1252": CP1252, "plain": SENTENCE.format(" ")}
    return [src, src / "docs.jsonl", baddir, other], texts


EXPECTED_ERRORS = [  # (doc_id, error) of each refused input
    ("nul", "binary_input"),
    (None, "unreadable"),  # caf\xe9.txt
    (None, "unreadable"),  # the directory d\xe9p\xf4t
    ("escaped", "lone_surrogate"),
    (None, "bad_jsonl"),
    (None, "undecodable"),  # in/manifest.csv
]


def extract_cli(inputs: list[Path], out: Path, *extra: str):
    args = ["extract", *map(str, inputs), "--out", str(out), "--rules", str(RULES)]
    return CliRunner().invoke(main, [*args, "--workers", "1", *extra])


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("roundtrip")
    inputs, texts = write_inputs(root)
    result = extract_cli(inputs, root / "out")
    assert result.exit_code == 1, result.output  # some inputs refused, nothing crashed
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return root, inputs, texts


def assert_spans_hold(records: list[dict], texts: dict[str, str]) -> int:
    """raw[start:end] == text for every span of every record; returns how many."""
    n = 0
    for rec in records:
        raw = texts[rec["doc_id"]]
        for where, s in spans_in(rec):
            assert raw[s["start"] : s["end"]] == s["text"], (rec["doc_id"], where, s)
            n += 1
    return n


def test_every_output_file_reads_back_whole(run):
    root, _, texts = run
    out = root / "out"
    meta = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert set(meta["documents"]) == set(texts)
    assert meta["documents"]["mixed"]["title"] == MIXED_TITLE
    assert meta["documents"]["plain"]["title"] == TITLE  # the manifest with a BOM
    assert meta["documents"]["plain"]["published"] == "2023-05"
    assert meta["documents"]["u2028"]["title"] == ""  # the cp1252 one is refused
    counted = 0
    for kind in OUTPUT_KINDS:
        raw = (out / f"{kind}.jsonl").read_bytes()
        records = read_jsonl(out / f"{kind}.jsonl")
        assert raw.count(b"\n") == len(records), kind  # one record a line, whatever the text
        assert all(schema_errors(kind, r) == [] for r in records), kind
        counted += assert_spans_hold(records, texts)
    facts = read_jsonl(out / "facts.jsonl")
    for doc_id in texts:
        assert any(f["doc_id"] == doc_id for f in facts), doc_id
    assert counted > 3 * len(texts)
    for ch in BREAKS:  # the case that broke str.splitlines(): written raw, read back whole
        assert ch.encode("utf-8") in (out / "facts.jsonl").read_bytes()
    assert b"8%\\u0000 to" in (out / "facts.jsonl").read_bytes()  # NUL: escaped by JSON
    assert any("8%\u0000 to 4 billion" in f["sentence"]["text"] for f in facts)


def test_refused_inputs_are_clear_error_records(run):
    root, _, _ = run
    errors = read_jsonl(root / "out" / "errors.jsonl")
    assert sorted((e["doc_id"] or "", e["error"]) for e in errors) == sorted(
        (d or "", e) for d, e in EXPECTED_ERRORS
    )
    assert all(schema_errors("errors", e) == [] and e["message"] for e in errors)
    names = {e["input"]: e["message"] for e in errors if e["error"] == "unreadable"}
    assert {Path(n).name for n in names} == {"caf\\xe9.txt", "d\\xe9p\\xf4t"}, names
    assert all("not UTF-8 (byte 0xE9)" in m and "rename" in m for m in names.values())
    (manifest,) = [e for e in errors if e["input"].endswith("manifest.csv")]
    assert manifest["error"] == "undecodable" and "not UTF-8" in manifest["message"]
    escaped = next(e for e in errors if e["error"] == "lone_surrogate")
    assert "U+DCE9" in escaped["message"] and escaped["input"].endswith("docs.jsonl:2")


def test_review_reads_the_run_back(run, tmp_path):
    root, _, texts = run
    out = root / "out"
    loaded = load_run(out)
    assert loaded.texts() == texts  # read again from the inputs, hashes match
    for kind in ("facts", "claims", "defects", "entities"):
        assert loaded.records[kind] == read_jsonl(out / f"{kind}.jsonl")
        assert_spans_hold(loaded.records[kind], loaded.texts())
    page = tmp_path / "r.html"
    args = ["review", str(out), "--static", str(page), "--decisions", str(tmp_path / "d.jsonl")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = page_json(page.read_text(encoding="utf-8"))
    docs = {d["doc_id"]: d for d in data["docs"]}
    assert {d: doc["text"] for d, doc in docs.items()} == texts
    for doc in docs.values():
        assert doc["cards"] and not doc["problem"], doc["doc_id"]
        for item in doc["cards"] + doc["marks"]:
            assert 0 <= item["start"] < item["end"] <= len(doc["text"])
        for card in doc["cards"]:
            assert doc["text"][card["start"] : card["end"]] == card["span"]["text"]


def page_json(page: str) -> dict:
    """The data embedded in a review page, as the browser's JSON.parse reads it."""
    found = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert found, "no data element"
    return json.loads(found.group(1))


def test_table_reads_the_run_back(run, tmp_path):
    root, _, texts = run
    facts = read_jsonl(root / "out" / "facts.jsonl")
    table = facts_table(root / "out")
    assert len(table) == len(facts)
    for row in table.itertuples():
        assert texts[row.doc_id][row.span_start : row.span_end] == row.span_text
    result = CliRunner().invoke(
        main, ["table", str(root / "out"), "--out", str(tmp_path / "f.csv")]
    )
    assert result.exit_code == 0 and f"{len(facts)} facts written" in result.output


def test_a_second_run_reuses_every_document_byte_for_byte(run, tmp_path):
    root, inputs, texts = run
    out = tmp_path / "out"
    assert extract_cli(inputs, out).exit_code == 1
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    again = extract_cli(inputs, out)
    assert again.exit_code == 1, again.output
    assert f"{len(texts)} unchanged document(s) reused" in again.output
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")} == before


# ---- decisions with such text ---------------------------------------------------------------

REASON = "wrong\u2028value\u2029see\u0085the\u0000note"
NOTE = "was 8%\u2028not\u0085\u0000 8"


def post(srv, payload: dict) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    headers = {
        "Content-Type": "application/json",
        "Origin": srv.url.rstrip("/"),
        TOKEN_HEADER: srv.token,
    }
    conn.request("POST", "/api/decisions", body=json.dumps(payload).encode(), headers=headers)
    res = conn.getresponse()
    body = json.loads(res.read())
    conn.close()
    return res.status, body


@pytest.fixture
def server(run, tmp_path):
    root, _, _ = run
    srv = make_server(root / "out", tmp_path / "decisions.jsonl", "ana", port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def mixed_payloads(run) -> list[dict]:
    """A rejection with the breaks and NUL in its reason, and a correction with them in
    its note and a span across the U+2028 of the text."""
    root, _, _ = run
    facts = [f for f in read_jsonl(root / "out" / "facts.jsonl") if f["doc_id"] == "mixed"]
    first, second = facts[0], facts[1]
    across = MIXED.index("4 billion yuan.\u2028Profit")
    base = {"doc_id": "mixed", "record_kind": "fact", "reviewer": "ana"}
    return [
        {**base, "record_id": first["id"], "decision": "reject", "reason": REASON},
        {
            **base,
            "record_id": second["id"],
            "decision": "correct",
            "correction": {
                "value": 4e9,
                "unit": "CNY",
                "note": NOTE,
                "span": {"start": across, "end": across + len("4 billion yuan.\u2028Profit")},
            },
        },
    ]


def test_decisions_with_line_breaks_and_nul_are_stored_and_read_back(run, server, tmp_path):
    root, inputs, texts = run
    payloads = mixed_payloads(run)
    for payload in payloads:
        status, body = post(server, payload)
        assert status == 201, body
    path = server.app.decisions_path
    assert path.read_bytes().count(b"\n") == 2
    stored, problems = load_decisions(path)
    assert problems == []
    assert [d.get("reason") for d in stored] == [REASON, None]
    fix = stored[1]["correction"]
    assert fix["note"] == NOTE and fix["span"]["text"] == "4 billion yuan.\u2028Profit"
    # the page shows them (server mode)
    cards = {
        c["id"]: c
        for d in page_json(server.app.page(token=server.token))["docs"]
        for c in d["cards"]
    }
    assert cards[payloads[0]["record_id"]]["review"]["reason"] == REASON
    assert cards[payloads[1]["record_id"]]["review"]["correction"]["note"] == NOTE
    # a decision on a figure that is no longer there, with the same text in its key
    lost = {**stored[0], "key": {**stored[0]["key"], "text": "9%\u2028\u0085", "rule": "gone"}}
    append_decisions(path, [lost])
    # extract attaches them to the records, and lists the orphan
    out = tmp_path / "out"
    assert extract_cli(inputs, out, "--decisions", str(path)).exit_code == 1
    reviewed = {f["id"]: f for f in read_jsonl(out / "facts.jsonl")}
    assert reviewed[payloads[0]["record_id"]]["review"]["reason"] == REASON
    assert reviewed[payloads[1]["record_id"]]["review"]["correction"]["note"] == NOTE
    assert_spans_hold(list(reviewed.values()), texts)
    (orphan,) = read_jsonl(out / ORPHANS_FILE)
    assert orphan["key"]["text"] == "9%\u2028\u0085" and orphan["reason"] == REASON
    assert orphan["orphan_reason"] == "no_matching_record"


def test_a_static_export_with_such_text_imports_once(run, server, tmp_path):
    for payload in mixed_payloads(run):
        assert post(server, payload)[0] == 201
    exported = server.app.decisions_path  # a static export has the same lines
    target = tmp_path / "merged.jsonl"
    args = ["review", "--import", str(exported), "--decisions", str(target)]
    for expected in ("2 decision(s) appended", "0 decision(s) appended"):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and expected in result.output, result.output
    assert load_decisions(target) == load_decisions(exported)


def test_gold_export_of_such_decisions_reads_back(run, server, tmp_path):
    root, _, texts = run
    for payload in mixed_payloads(run):
        assert post(server, payload)[0] == 201
    decisions, _ = load_decisions(server.app.decisions_path)
    gold = tmp_path / "gold"
    added = export_gold(load_run(root / "out"), decisions, gold)
    assert added["quantities.jsonl"] == 1 and added["skipped"] == 0
    (line,) = read_jsonl(gold / "quantities.jsonl")
    assert line["text"] == "4 billion yuan.\u2028Profit" and NOTE in line["note"]
    assert texts["mixed"][line["start"] : line["end"]] == line["text"]
