"""Review: decision keys and re-attachment, the append-only store, extract feedback, gold
export, the server's validation and the escaping of article text in both pages."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import threading

import pytest
from click.testing import CliRunner
from conftest import RULES, read_outputs

from pipeline.cli import main
from pipeline.core.ids import make_id
from pipeline.records.schema import schema_errors
from pipeline.review.decisions import attach, latest_by_key, make_key, parse_lines
from pipeline.review.documents import load_run
from pipeline.review.feedback import ORPHANS_FILE, apply_review
from pipeline.review.gold import export_gold
from pipeline.review.page import build_page
from pipeline.review.server import MAX_BODY, TOKEN_HEADER, make_server
from pipeline.review.store import append_decisions, load_decisions
from pipeline.review.view import page_data

TEXT = (
    "The harbour handled 42 million tonnes of cargo last year, port officials said on Monday.\n\n"
    "Revenue rose by 12% to 3 billion dollars, the operator reported in its annual filing.\n\n"
    "It was the the busiest season since the terminal opened.\n"
)
EVIL = 'Prices </script><script>alert("x")</script> rose <!-- 7% --> & fell ]]> today.\n'


def span(text: str, needle: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def fact(
    doc_id: str, text: str, needle: str, value: float, unit: str, rule: str = "units:test"
) -> dict:
    s = span(text, needle)
    sent_start = text.rfind("\n", 0, s["start"]) + 1
    sent_end = text.index("\n", s["end"])
    return {
        "id": make_id("f", doc_id, "fact", s["start"], s["end"]),
        "doc_id": doc_id,
        "span": s,
        "sentence": {"start": sent_start, "end": sent_end, "text": text[sent_start:sent_end]},
        "value": value,
        "low": None,
        "high": None,
        "unit": unit,
        "item": None,
        "item_span": None,
        "qualifier": "exact",
        "change": None,
        "measure": None,
        "subject": None,
        "time": None,
        "claim_id": None,
        "counterpart_id": None,
        "defect_ids": [],
        "rule": rule,
    }


def claim(doc_id: str, text: str, source: str, cue: str, content: str) -> dict:
    c = span(text, content)
    return {
        "id": make_id("c", doc_id, "claim", c["start"], c["end"]),
        "doc_id": doc_id,
        "kind": "reported",
        "source": {"name": source, "type": "ORG", "mention": span(text, source), "role": None},
        "cue": span(text, cue),
        "content": c,
        "fact_ids": [],
        "carried_from": None,
        "rule": "cue:report",
    }


def defect(doc_id: str, text: str, needle: str) -> dict:
    s = span(text, needle)
    return {
        "id": make_id("d", doc_id, "defect", "repeated_word", s["start"], s["end"]),
        "doc_id": doc_id,
        "kind": "repeated_word",
        "severity": "warning",
        "span": s,
        "message": "word repeated",
        "rule": "words:repeat",
    }


def records_for(doc_id: str, text: str) -> dict[str, list[dict]]:
    facts = [
        fact(doc_id, text, n, v, u)
        for n, v, u in (("42 million tonnes", 42e6, "t"), ("12%", 12, "percent"))
        if n in text
    ]
    claims = (
        [
            claim(
                doc_id, text, "the operator", "reported", "Revenue rose by 12% to 3 billion dollars"
            )
        ]
        if "Revenue rose by" in text
        else []
    )
    defects = [defect(doc_id, text, "the the")] if "the the" in text else []
    return {"facts": facts, "claims": claims, "defects": defects}


def write_run(out, texts: dict[str, str]) -> None:
    """A hand-made outputs dir (the shape `pipeline extract` writes) over texts in out/in/."""
    (out / "in").mkdir(parents=True, exist_ok=True)
    documents, all_records = {}, {"facts": [], "claims": [], "defects": [], "entities": []}
    for doc_id, text in sorted(texts.items()):
        path = out / "in" / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        documents[doc_id] = {
            "input": str(path),
            "encoding": "utf-8",
            "published": "",
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        }
        for kind, recs in records_for(doc_id, text).items():
            all_records[kind] += recs
    for kind, recs in all_records.items():
        (out / f"{kind}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
        )
    (out / "run.json").write_text(
        json.dumps({"documents": documents, "pipeline_version": "test"}), encoding="utf-8"
    )


def decision(
    kind: str,
    rec: dict,
    text: str,
    verdict: str = "accept",
    time: str = "2026-01-02T03:04:05Z",
    **extra,
) -> dict:
    anchor = rec["content"] if kind == "claim" else rec["span"]
    return {
        "doc_id": rec["doc_id"],
        "record_id": rec["id"],
        "record_kind": kind,
        "decision": verdict,
        "reviewer": "tester",
        "time": time,
        "key": make_key(kind, rec, text),
        "span": anchor,
        **extra,
    }


# ---- keys and attach ----------------------------------------------------------------


def test_exact_match_attaches_the_decision():
    recs = records_for("d1", TEXT)
    d = decision("fact", recs["facts"][0], TEXT)
    out, orphans = attach(recs, {"d1": TEXT}, [d])
    assert orphans == []
    assert out["facts"][0]["review"]["decision"] == "accept"
    assert out["facts"][0]["review"]["match"] == "exact"
    assert "review" not in out["facts"][1]


@pytest.mark.parametrize(
    "edit, match",
    [
        (
            lambda t: "UPDATED with corrections from the port authority.\n\n" + t,
            "moved",
        ),  # offsets shift
        (
            lambda t: t.replace("Revenue rose", "Turnover rose").replace(
                "harbour handled", "harbour moved"
            ),
            "fuzzy",
        ),
    ],
)
def test_decision_reattaches_after_the_article_is_edited(edit, match):
    old = records_for("d1", TEXT)
    decisions = [
        decision("fact", old["facts"][0], TEXT),
        decision("fact", old["facts"][1], TEXT, "reject", reason="wrong unit"),
    ]
    new_text = edit(TEXT)
    new = records_for("d1", new_text)
    out, orphans = attach(new, {"d1": new_text}, decisions)
    assert orphans == []
    assert [f["review"]["decision"] for f in out["facts"]] == ["accept", "reject"]
    assert {f["review"]["match"] for f in out["facts"]} == {match}
    assert out["facts"][1]["review"]["reason"] == "wrong unit"


def test_decision_without_its_record_is_an_orphan():
    recs = records_for("d1", TEXT)
    decisions = [
        decision("fact", recs["facts"][0], TEXT),
        decision("defect", recs["defects"][0], TEXT),
    ]
    edited = TEXT.replace("42 million", "43 million")  # the judged figure itself changed
    out, orphans = attach(records_for("d1", edited), {"d1": edited}, decisions)
    assert [o["record_id"] for o in orphans] == [recs["facts"][0]["id"]]
    assert orphans[0]["orphan_reason"] == "no_matching_record"
    assert out["defects"][0]["review"]["decision"] == "accept"
    _, gone = attach({"facts": [], "claims": [], "defects": []}, {}, decisions)
    assert {o["orphan_reason"] for o in gone} == {"document_missing"}


def test_rule_is_part_of_the_key():
    recs = records_for("d1", TEXT)
    d = decision("fact", recs["facts"][0], TEXT)
    recs["facts"][0]["rule"] = "units:renamed"
    _, orphans = attach(recs, {"d1": TEXT}, [d])
    assert len(orphans) == 1


def test_latest_decision_per_key_wins():
    rec = records_for("d1", TEXT)["facts"][0]
    first = decision("fact", rec, TEXT, "accept", "2026-01-01T00:00:00Z")
    later = decision("fact", rec, TEXT, "reject", "2026-01-03T00:00:00Z", reason="not a figure")
    assert list(latest_by_key([later, first]).values()) == [later]
    out, _ = attach(records_for("d1", TEXT), {"d1": TEXT}, [first, later])
    assert out["facts"][0]["review"]["decision"] == "reject"


def test_bad_lines_are_reported_with_file_and_line():
    rec = records_for("d1", TEXT)["facts"][0]
    good = json.dumps(decision("fact", rec, TEXT))
    bad_verdict = json.dumps({**decision("fact", rec, TEXT), "decision": "maybe"})
    decisions, problems = parse_lines(
        [good, "{not json", bad_verdict, ""], "reviews/decisions.jsonl"
    )
    assert len(decisions) == 1
    assert [p.split(": ")[0] for p in problems] == [
        "reviews/decisions.jsonl:2",
        "reviews/decisions.jsonl:3",
    ]


# ---- the store ------------------------------------------------------------------------


def test_appends_never_rewrite_earlier_lines(tmp_path):
    path = tmp_path / "reviews" / "decisions.jsonl"
    rec = records_for("d1", TEXT)["facts"][0]
    append_decisions(path, [decision("fact", rec, TEXT)])
    before = path.read_bytes()
    append_decisions(
        path, [decision("fact", rec, TEXT, "reject", "2026-02-01T00:00:00Z", reason="typo")]
    )
    after = path.read_bytes()
    assert after.startswith(before) and after.count(b"\n") == 2
    loaded, problems = load_decisions(path)
    assert problems == [] and [d["decision"] for d in loaded] == ["accept", "reject"]


def test_concurrent_appends_keep_every_line_whole(tmp_path):
    path = tmp_path / "decisions.jsonl"
    rec = records_for("d1", TEXT)["facts"][0]
    threads = [
        threading.Thread(
            target=append_decisions,
            args=(path, [decision("fact", rec, TEXT, time=f"2026-01-01T00:00:{i:02d}Z")]),
        )
        for i in range(24)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    loaded, problems = load_decisions(path)
    assert problems == [] and sorted(d["time"][-3:-1] for d in loaded) == [
        f"{i:02d}" for i in range(24)
    ]


# ---- feedback into extract outputs ------------------------------------------------------


def test_apply_review_marks_records_and_lists_orphans(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"d1": TEXT})
    recs = records_for("d1", TEXT)
    dec = tmp_path / "decisions.jsonl"
    stale = decision(
        "fact", fact("d1", "Sales of 9 tonnes.\n", "9 tonnes", 9, "t"), "Sales of 9 tonnes.\n"
    )
    append_decisions(
        dec,
        [
            decision(
                "claim",
                recs["claims"][0],
                TEXT,
                "correct",
                correction={"source": "the port operator"},
            ),
            stale,
        ],
    )
    report = apply_review(out, dec)
    assert report.attached == 1 and len(report.orphans) == 1
    outputs = read_outputs(out)
    assert outputs["claims"][0]["review"]["correction"] == {"source": "the port operator"}
    assert all("review" not in f for f in outputs["facts"])
    assert [o["record_id"] for o in outputs["review_orphans"]] == [stale["record_id"]]
    for kind in ("facts", "claims", "defects"):
        for rec in outputs[kind]:
            assert schema_errors(kind, rec) == []
    assert not list(out.glob(".*")), "temporary files left behind"


def test_extract_attaches_decisions_and_reports_orphans(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = "Factory output rose to 120,000 tonnes in March, the statistics bureau said.\n"
    (src / "mill.txt").write_text(text, encoding="utf-8")
    args = [
        "extract",
        str(src),
        "--out",
        str(tmp_path / "out"),
        "--rules",
        str(RULES),
        "--workers",
        "1",
    ]
    assert CliRunner().invoke(main, args).exit_code == 0
    facts = read_outputs(tmp_path / "out")["facts"]
    assert facts, "the quantities stage should find the figure"
    dec = tmp_path / "decisions.jsonl"
    orphan = decision(
        "fact", fact("gone", "It cost 5 tonnes.\n", "5 tonnes", 5, "t"), "It cost 5 tonnes.\n"
    )
    append_decisions(dec, [decision("fact", facts[0], text), orphan])
    result = CliRunner().invoke(main, [*args, "--decisions", str(dec)])
    assert result.exit_code == 0, result.output
    assert "1 decision(s) match no record" in result.stderr
    again = read_outputs(tmp_path / "out")
    assert again["facts"][0]["review"]["decision"] == "accept"
    assert len(again["review_orphans"]) == 1


# ---- gold export --------------------------------------------------------------------------


def test_export_gold_adds_accepted_and_corrected_sites_only_once(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"d1": TEXT})
    recs = records_for("d1", TEXT)
    better = span(TEXT, "3 billion dollars")
    decisions = [
        decision("fact", recs["facts"][0], TEXT),
        decision(
            "fact",
            recs["facts"][1],
            TEXT,
            "correct",
            correction={"span": better, "value": 3e9, "unit": "USD"},
        ),
        decision("defect", recs["defects"][0], TEXT, "reject", reason="not a defect"),
        decision(
            "claim", recs["claims"][0], TEXT, "correct", correction={"source": "the port operator"}
        ),
    ]
    gold = tmp_path / "gold"
    gold.mkdir()
    hand = (
        '{"doc_id": "d1", "start": 20, "end": 37, "text": "42 million tonnes", '
        '"note": "hand-made"}\n'
    )
    (gold / "quantities.jsonl").write_text(hand, encoding="utf-8")
    added = export_gold(load_run(out), decisions, gold)
    assert added == {"skipped": 0, "quantities.jsonl": 1, "claims.jsonl": 1, "defects.jsonl": 0}
    lines = (gold / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0] + "\n" == hand
    corrected = json.loads(lines[1])
    assert (corrected["text"], corrected["value"], corrected["unit"]) == (
        "3 billion dollars",
        3e9,
        "USD",
    )
    assert TEXT[corrected["start"] : corrected["end"]] == corrected["text"]
    assert json.loads((gold / "claims.jsonl").read_text())["source_name"] == "the port operator"
    assert export_gold(load_run(out), decisions, gold)["quantities.jsonl"] == 0


# ---- pages: escaping ------------------------------------------------------------------------


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


@pytest.mark.parametrize("mode", ["server", "static"])
def test_article_markup_cannot_escape_the_data_element(tmp_path, mode):
    out = tmp_path / "out"
    write_run(out, {"evil": EVIL, "d1": TEXT})
    page = build_page(page_data(load_run(out), [], mode=mode, reviewer="<b>me</b>"))
    assert page.count("</script>") == 2  # the data element and the script element, nothing more
    assert "<script>alert" not in page and "<!-- 7%" not in page and "<b>me" not in page
    data = embedded_data(page)
    assert {d["doc_id"]: d["text"] for d in data["docs"]} == {"evil": EVIL, "d1": TEXT}
    assert data["reviewer"] == "<b>me</b>"
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_static_page_allows_no_network(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"d1": TEXT})
    page = build_page(page_data(load_run(out), [], mode="static", reviewer="me"))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "connect-src &#x27;none&#x27;" in csp and "default-src &#x27;none&#x27;" in csp


def test_static_file_from_the_command_line(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"evil": EVIL})
    target = tmp_path / "review.html"
    result = CliRunner().invoke(
        main,
        ["review", str(out), "--static", str(target), "--decisions", str(tmp_path / "d.jsonl")],
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "<script>alert" not in page and embedded_data(page)["docs"][0]["text"] == EVIL


# ---- the server ----------------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"d1": TEXT, "evil": EVIL})
    srv = make_server(out, tmp_path / "reviews" / "decisions.jsonl", "tester", port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(srv, method, path, body=None, headers=None):
    """A request as the page sends it (same Origin, the server's token), but for ``headers``."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    data = (
        body
        if isinstance(body, bytes)
        else (json.dumps(body).encode() if body is not None else None)
    )
    hdrs = {
        "Content-Type": "application/json",
        "Origin": srv.url.rstrip("/"),
        TOKEN_HEADER: srv.token,
    }
    hdrs = {k: v for k, v in {**hdrs, **(headers or {})}.items() if v is not None}
    conn.request(method, path, body=data, headers=hdrs)
    res = conn.getresponse()
    payload = res.read()
    conn.close()
    return res.status, payload


def good_payload(**over):
    rec = records_for("d1", TEXT)["facts"][0]
    return {
        "doc_id": "d1",
        "record_id": rec["id"],
        "record_kind": "fact",
        "decision": "accept",
        "reviewer": "tester",
        **over,
    }


def test_server_binds_loopback_and_escapes_the_article(server):
    assert server.server_address[0] == "127.0.0.1"
    status, body = request(server, "GET", "/")
    page = body.decode()
    assert status == 200 and "<script>alert" not in page
    assert {d["doc_id"]: d["text"] for d in embedded_data(page)["docs"]}["evil"] == EVIL


def test_server_appends_a_keyed_decision(server):
    status, body = request(
        server, "POST", "/api/decisions", good_payload(decision="reject", reason="not a figure")
    )
    assert status == 201, body
    lines = server.app.decisions_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert line["key"]["text"] == "42 million tonnes" and line["key"]["before"] == TEXT[:20][-30:]
    assert line["reason"] == "not a figure" and line["time"].endswith("Z")
    assert json.loads(body)["review"]["decision"] == "reject"


def test_server_stores_the_text_of_a_corrected_span(server):
    fix = {"span": {"start": TEXT.index("42 million"), "end": TEXT.index("42 million") + 10}}
    status, _ = request(
        server, "POST", "/api/decisions", good_payload(decision="correct", correction=fix)
    )
    assert status == 201
    line = json.loads(server.app.decisions_path.read_text(encoding="utf-8"))
    assert line["correction"]["span"]["text"] == "42 million"


FACT_ID = records_for("d1", TEXT)["facts"][0]["id"]
CLAIM_ID = records_for("d1", TEXT)["claims"][0]["id"]


@pytest.mark.parametrize(
    "body, headers, status",
    [
        (b"{not json", None, 400),
        (b"\xff\xfe", None, 400),
        (good_payload(), {"Content-Type": "text/plain"}, 415),
        (good_payload(extra="x"), None, 422),
        (good_payload(decision="approve"), None, 422),
        (good_payload(decision="reject"), None, 422),  # a rejection needs a reason
        (good_payload(decision="correct"), None, 422),  # a correction needs the corrected fields
        (good_payload(reason="because"), None, 422),  # an acceptance has no reason
        (good_payload(reviewer="a\nb"), None, 422),
        (good_payload(reviewer=""), None, 422),
        (good_payload(record_id="f_../../../etc"), None, 422),
        (good_payload(correction={"value": "ten"}, decision="correct"), None, 422),
        (
            good_payload(correction={"span": {"start": 5, "end": 99999}}, decision="correct"),
            None,
            422,
        ),
        (good_payload(correction={"span": {"start": 9, "end": 3}}, decision="correct"), None, 422),
        (["not", "an", "object"], None, 422),
        (good_payload(doc_id="nope"), None, 404),
        (good_payload(record_id="f_0000000000000000"), None, 404),
        (good_payload(record_id=CLAIM_ID), None, 404),  # a claim id sent as a fact
        (good_payload(), {"Host": "evil.example:80"}, 403),
        (b"x" * (MAX_BODY + 1), None, 413),
        # every request gets an answer: these dropped the connection before
        (b'{"doc_id": "d1", "value": NaN}', None, 400),
        (b'{"doc_id": "d1", "value": Infinity}', None, 400),
        (b'{"doc_id": "d1", "value": -Infinity}', None, 400),
        (b'{"doc_id": "d1", "value": 1e400}', None, 400),
        (b'{"doc_id": "d1", "value": ' + b"9" * 5000 + b"}", None, 400),
        (b"[" * 7000 + b"]" * 7000, None, 400),
        (b'{"a": ' * 1500 + b"1" + b"}" * 1500, None, 400),
        (b'{"doc_id": "\\ud800", "record_id": "x"}', None, 400),
        # writes come from the page this server served
        (good_payload(), {"Origin": "http://evil.example"}, 403),
        (good_payload(), {"Origin": "null"}, 403),
        (good_payload(), {"Origin": None, "Sec-Fetch-Site": "cross-site"}, 403),
        (good_payload(), {"Sec-Fetch-Site": "same-site"}, 403),
        (good_payload(), {"Origin": None}, 403),
        (good_payload(), {TOKEN_HEADER: None}, 403),
        (good_payload(), {TOKEN_HEADER: "stale-token-from-an-earlier-start"}, 403),
        (good_payload(), {TOKEN_HEADER: "\u00e9"}, 403),
    ],
)
def test_server_rejects_bad_payloads(server, body, headers, status):
    got, _ = request(server, "POST", "/api/decisions", body, headers)
    assert got == status
    assert not server.app.decisions_path.exists(), "nothing may be written for a rejected payload"


def test_a_page_sent_write_needs_no_origin_when_fetch_metadata_says_same_origin(server):
    status, body = request(
        server,
        "POST",
        "/api/decisions",
        good_payload(),
        {"Origin": None, "Sec-Fetch-Site": "same-origin"},
    )
    assert status == 201, body


def test_the_token_is_new_at_each_start_and_only_in_the_page(server, tmp_path):
    status, body = request(server, "GET", "/")
    assert status == 200 and embedded_data(body.decode())["token"] == server.token
    other = make_server(tmp_path / "out", tmp_path / "other.jsonl", "tester", port=0)
    try:
        assert other.token != server.token and len(server.token) >= 32
    finally:
        other.server_close()


def raw_exchange(srv, data: bytes) -> tuple[int, dict]:
    """Bytes on a socket to 127.0.0.1; (status, JSON body) of the answer."""
    with socket.create_connection(("127.0.0.1", srv.server_address[1]), timeout=10) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    assert b"application/json" in head, head
    return status, json.loads(body)


@pytest.mark.parametrize(
    "data, status",
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET / HTTP/9.9\r\n\r\n", 505),
        (b"BREW /api/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 501),
        (b"OPTIONS /api/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 501),
        (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414),
    ],
)
def test_malformed_requests_get_a_json_answer(server, data, status):
    assert raw_exchange(server, data)[0] == status


def test_an_internal_error_is_a_json_500_and_the_server_lives_on(server, monkeypatch):
    def broken(payload):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(server.app, "decide", broken)
    status, body = request(server, "POST", "/api/decisions", good_payload())
    assert status == 500 and "RuntimeError" in json.loads(body)["error"]
    monkeypatch.undo()
    assert request(server, "POST", "/api/decisions", good_payload())[0] == 201


def test_server_unknown_routes(server):
    assert request(server, "GET", "/etc/passwd")[0] == 404
    assert request(server, "POST", "/api/other", good_payload())[0] == 404


def test_import_appends_a_static_export_once(tmp_path):
    rec = records_for("d1", TEXT)["facts"][0]
    exported = tmp_path / "export.jsonl"
    exported.write_text(json.dumps(decision("fact", rec, TEXT)) + "\n", encoding="utf-8")
    target = tmp_path / "reviews" / "decisions.jsonl"
    args = ["review", "--import", str(exported), "--decisions", str(target), str(tmp_path)]
    for expected in ("1 decision(s) appended", "0 decision(s) appended"):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and expected in result.output
    assert len(target.read_text().splitlines()) == 1
    exported.write_text("{broken\n", encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "export.jsonl:1" in result.stderr


def test_without_a_decisions_file_stale_reviews_are_dropped(tmp_path):
    out = tmp_path / "out"
    write_run(out, {"d1": TEXT})
    dec = tmp_path / "decisions.jsonl"
    append_decisions(dec, [decision("fact", records_for("d1", TEXT)["facts"][0], TEXT)])
    assert apply_review(out, dec).attached == 1
    assert apply_review(out, tmp_path / "missing.jsonl") is None
    outputs = read_outputs(out)
    assert all("review" not in f for f in outputs["facts"]) and not (out / ORPHANS_FILE).exists()
