"""The review server: the page and one endpoint that appends decisions.

Standard library only (``http.server.ThreadingHTTPServer``): it serves one reviewer on
127.0.0.1, two routes and small JSON bodies, so a web framework would add dependencies
and attack surface without doing anything needed here. Bound to the loopback interface
only; requests whose Host is not the loopback address are refused (DNS rebinding), and
decisions must be ``application/json`` (a cross-site form cannot send that without a
CORS preflight, which this server never grants).
"""

from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pipeline.review.decisions import KIND_OF, make_key, review_field
from pipeline.review.documents import REVIEWED_KINDS, Run, load_run
from pipeline.review.page import build_page, content_security_policy
from pipeline.review.schema import payload_problems
from pipeline.review.store import append_decisions, load_decisions, utc_now
from pipeline.review.view import page_data

MAX_BODY = 16 * 1024
HOST = "127.0.0.1"


class Rejected(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class ReviewApp:
    """The run under review and the decisions file; no HTTP in here."""

    def __init__(self, run: Run, decisions_path: str | Path, reviewer: str):
        self.run = run
        self.decisions_path = Path(decisions_path)
        self.reviewer = reviewer
        self.index: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
            (rec["doc_id"], rec["id"]): (KIND_OF[kind], rec) for kind in REVIEWED_KINDS for rec in run.records[kind]
        }
        self._lock = threading.Lock()

    def page(self) -> str:
        decisions, _problems = load_decisions(self.decisions_path)
        return build_page(page_data(self.run, decisions, mode="server", reviewer=self.reviewer))

    def decision_line(self, payload: Any) -> dict[str, Any]:
        """The line to append for ``payload``, or Rejected with the reason."""
        problems = payload_problems(payload)
        if problems:
            raise Rejected(HTTPStatus.UNPROCESSABLE_ENTITY, "; ".join(problems[:5]))
        doc = self.run.documents.get(payload["doc_id"])
        if doc is None:
            raise Rejected(HTTPStatus.NOT_FOUND, f"unknown document {payload['doc_id']!r}")
        found = self.index.get((payload["doc_id"], payload["record_id"]))
        if found is None or found[0] != payload["record_kind"]:
            raise Rejected(HTTPStatus.NOT_FOUND, f"no {payload['record_kind']} {payload['record_id']!r} in document {payload['doc_id']!r}")
        if not doc.usable or doc.text is None:
            raise Rejected(HTTPStatus.CONFLICT, f"document {doc.doc_id!r} cannot be reviewed: {doc.problem}")
        kind, record = found
        text = doc.text
        key = make_key(kind, record, text, doc.sha256 or None)
        span = record["content"] if kind == "claim" else record["span"]
        line = {**payload, "time": utc_now(), "key": key, "span": dict(span)}
        fix = payload.get("correction")
        if fix and "span" in fix:
            s, e = fix["span"]["start"], fix["span"]["end"]
            if not 0 <= s < e <= len(text):
                raise Rejected(HTTPStatus.UNPROCESSABLE_ENTITY, f"correction/span: [{s}, {e}) is not a non-empty span of the text (length {len(text)})")
            line["correction"] = {**fix, "span": {"start": s, "end": e, "text": text[s:e]}}
        return line

    def decide(self, payload: Any) -> dict[str, Any]:
        line = self.decision_line(payload)
        with self._lock:
            append_decisions(self.decisions_path, [line])
        return {"review": review_field(line, "exact"), "line": line}


class Handler(BaseHTTPRequestHandler):
    server: "ReviewServer"
    server_version = "newsfacts-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: Any) -> None:
        self._send(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in {f"{HOST}:{port}", f"localhost:{port}"}

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if not self._host_ok():
            return self._json(HTTPStatus.FORBIDDEN, {"error": "this server answers only at 127.0.0.1"})
        if self.path in ("/", "/index.html"):
            body = self.server.app.page().encode("utf-8")
            return self._send(HTTPStatus.OK, body, "text/html; charset=utf-8",
                              {"Content-Security-Policy": content_security_policy(network=True), "X-Frame-Options": "DENY"})
        return self._json(HTTPStatus.NOT_FOUND, {"error": f"no such page: {self.path}"})

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        if not self._host_ok():
            return self._json(HTTPStatus.FORBIDDEN, {"error": "this server answers only at 127.0.0.1"})
        if self.path != "/api/decisions":
            return self._json(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint: {self.path}"})
        if self.headers.get_content_type() != "application/json":
            return self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send the decision as application/json"})
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._json(HTTPStatus.LENGTH_REQUIRED, {"error": "Content-Length is required"})
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            return self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": f"a decision is at most {MAX_BODY} bytes"})
        try:
            payload = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            return self._json(HTTPStatus.BAD_REQUEST, {"error": f"the body is not JSON in UTF-8: {err}"})
        try:
            result = self.server.app.decide(payload)
        except Rejected as err:
            return self._json(err.status, {"error": err.message})
        return self._json(HTTPStatus.CREATED, result)


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, app: ReviewApp, port: int = 0, verbose: bool = False):
        self.app = app
        self.verbose = verbose
        super().__init__((HOST, port), Handler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(out_dir: str | Path, decisions_path: str | Path, reviewer: str, port: int = 0, *, verbose: bool = False,
                bases: list[Path] | None = None) -> ReviewServer:
    """A server for the run in ``out_dir`` on 127.0.0.1:``port`` (0: a free port)."""
    return ReviewServer(ReviewApp(load_run(out_dir, bases), decisions_path, reviewer), port, verbose)
