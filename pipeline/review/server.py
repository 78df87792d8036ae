"""The review server: the page and one endpoint that appends decisions.

Standard library only (``http.server.ThreadingHTTPServer``): it serves one reviewer on
127.0.0.1, two routes and small JSON bodies, so a web framework would add dependencies
and attack surface without doing anything needed here. Bound to the loopback interface
only; requests whose Host is not the loopback address are refused (DNS rebinding), and
writes need a same-origin ``Origin`` or ``Sec-Fetch-Site``, the token this server made at
start (given only to its own page, sent back in ``X-Review-Token``) and ``application/json``
(a cross-site form cannot send either without a CORS preflight, which is never granted).
Bodies are parsed strictly (no NaN or Infinity, depth capped) and every request is
answered with JSON, a 4xx or a 500, never a dropped connection.
"""

from __future__ import annotations

import hmac
import json
import math
import secrets
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pipeline.review.decisions import KIND_OF, key_id, latest_by_key, make_key, review_field
from pipeline.review.documents import REVIEWED_KINDS, Run, load_run
from pipeline.review.page import build_page, content_security_policy
from pipeline.review.schema import payload_problems
from pipeline.review.store import append_decisions, load_decisions, utc_now
from pipeline.review.view import page_data

MAX_BODY = 16 * 1024
MAX_DEPTH = 16  # a decision nests 4 levels deep; deeper JSON is refused before parsing
HOST = "127.0.0.1"
TOKEN_HEADER = "X-Review-Token"


class Rejected(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings (linear; no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is out of range for a JSON number")
    return value


def parse_body(body: bytes) -> Any:
    """The JSON of a request body, or Rejected (400): not UTF-8, not JSON, NaN or Infinity,
    a number out of range, deeper than MAX_DEPTH, or a lone surrogate escape."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Rejected(
            HTTPStatus.BAD_REQUEST, f"the body is not UTF-8: {err.reason} at byte {err.start}"
        ) from None
    if _depth(text) > MAX_DEPTH:
        raise Rejected(HTTPStatus.BAD_REQUEST, f"the body nests deeper than {MAX_DEPTH} levels")
    try:
        payload = json.loads(text, parse_constant=_not_json, parse_float=_finite)
        json.dumps(payload, ensure_ascii=False).encode("utf-8")  # a lone surrogate cannot be stored
    except UnicodeEncodeError:
        raise Rejected(
            HTTPStatus.BAD_REQUEST, "the body holds a lone surrogate escape (\\ud800...)"
        ) from None
    except ValueError as err:  # JSONDecodeError, NaN/Infinity, 1e400, an int of 5,000 digits
        raise Rejected(HTTPStatus.BAD_REQUEST, f"the body is not JSON: {err}") from None
    return payload


class ReviewApp:
    """The run under review and the decisions file; no HTTP in here."""

    def __init__(
        self,
        run: Run,
        decisions_path: str | Path,
        reviewer: str,
        reasons: list[str] | None = None,
    ):
        self.run = run
        self.reasons = reasons
        self.decisions_path = Path(decisions_path)
        self.reviewer = reviewer
        self.index: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
            (rec["doc_id"], rec["id"]): (KIND_OF[kind], rec)
            for kind in REVIEWED_KINDS
            for rec in run.records[kind]
        }
        self._lock = threading.Lock()

    def page(self, token: str = "") -> str:
        decisions, _problems = load_decisions(self.decisions_path)
        return build_page(
            page_data(
                self.run,
                decisions,
                mode="server",
                reviewer=self.reviewer,
                token=token,
                reasons=self.reasons,
            )
        )

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
            raise Rejected(
                HTTPStatus.NOT_FOUND,
                f"no {payload['record_kind']} {payload['record_id']!r} "
                f"in document {payload['doc_id']!r}",
            )
        if not doc.usable or doc.text is None:
            raise Rejected(
                HTTPStatus.CONFLICT, f"document {doc.doc_id!r} cannot be reviewed: {doc.problem}"
            )
        kind, record = found
        text = doc.text
        key = make_key(kind, record, text, doc.sha256 or None)
        span = record["content"] if kind == "claim" else record["span"]
        line = {**payload, "time": utc_now(), "key": key, "span": dict(span)}
        fix = payload.get("correction")
        if fix and "span" in fix:
            s, e = fix["span"]["start"], fix["span"]["end"]
            if not 0 <= s < e <= len(text):
                raise Rejected(
                    HTTPStatus.UNPROCESSABLE_ENTITY,
                    f"correction/span: [{s}, {e}) is not a non-empty span of the text "
                    f"(length {len(text)})",
                )
            line["correction"] = {**fix, "span": {"start": s, "end": e, "text": text[s:e]}}
        return line

    def decide(self, payload: Any) -> dict[str, Any]:
        line = self.decision_line(payload)
        with self._lock:
            append_decisions(self.decisions_path, [line])
            if line["decision"] != "retract":
                return {"review": review_field(line, "exact"), "line": line}
            decisions, _problems = load_decisions(self.decisions_path)
        standing = latest_by_key(decisions).get(key_id(line["key"]))
        return {"review": review_field(standing, "exact") if standing else None, "line": line}


class Handler(BaseHTTPRequestHandler):
    """Every request gets an answer: a JSON body with a 4xx for what the client did wrong,
    a 500 for anything else (logged), never a dropped connection."""

    server: ReviewServer
    server_version = "newsfacts-review"
    sys_version = ""
    error_content_type = "application/json; charset=utf-8"
    default_request_version = "HTTP/1.0"  # errors for a garbled request line get headers too

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.verbose:
            super().log_message(format, *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's errors (bad request line, unknown method...) as JSON."""
        self.close_connection = True
        try:
            self._json(code, {"error": message or HTTPStatus(code).phrase})
        except (OSError, ValueError):
            pass

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
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
        self._send(
            status,
            json.dumps(obj, ensure_ascii=True).encode("utf-8"),
            "application/json; charset=utf-8",
        )

    def _answer(self, route: Callable[[], None]) -> None:
        try:
            route()
        except Rejected as err:
            self._json(err.status, {"error": err.message})
        except Exception as err:  # noqa: BLE001 - the client must hear something
            self.log_error("internal error: %r", err)
            self.close_connection = True
            self._json(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                {"error": f"internal error ({type(err).__name__}); see the server log"},
            )

    def _check_host(self) -> None:
        if self.headers.get("Host", "") not in self.server.hosts:
            raise Rejected(HTTPStatus.FORBIDDEN, "this server answers only at 127.0.0.1")

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._answer(self._get)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        self._answer(self._post)

    def _get(self) -> None:
        self._check_host()
        if self.path not in ("/", "/index.html"):
            raise Rejected(HTTPStatus.NOT_FOUND, f"no such page: {self.path}")
        body = self.server.app.page(token=self.server.token).encode("utf-8")
        self._send(
            HTTPStatus.OK,
            body,
            "text/html; charset=utf-8",
            {
                "Content-Security-Policy": content_security_policy(network=True),
                "X-Frame-Options": "DENY",
            },
        )

    def _post(self) -> None:
        self._check_host()
        if self.path != "/api/decisions":
            raise Rejected(HTTPStatus.NOT_FOUND, f"no such endpoint: {self.path}")
        self._check_origin()
        if self.headers.get_content_type() != "application/json":
            raise Rejected(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the decision as application/json"
            )
        payload = parse_body(self._body())
        self._json(HTTPStatus.CREATED, self.server.app.decide(payload))

    def _check_origin(self) -> None:
        """Writes come from the page this server served: same origin, and its token."""
        origin, site = self.headers.get("Origin"), self.headers.get("Sec-Fetch-Site")
        if origin is not None and origin not in self.server.origins:
            raise Rejected(
                HTTPStatus.FORBIDDEN, f"cross-origin write refused (Origin {origin[:100]!r})"
            )
        if site is not None and site != "same-origin":
            raise Rejected(
                HTTPStatus.FORBIDDEN, f"cross-site write refused (Sec-Fetch-Site {site[:40]!r})"
            )
        if origin is None and site is None:
            raise Rejected(
                HTTPStatus.FORBIDDEN, "a write needs a same-origin Origin or Sec-Fetch-Site header"
            )
        token = self.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(
            token.encode("utf-8", "replace"), self.server.token.encode("ascii")
        ):
            raise Rejected(
                HTTPStatus.FORBIDDEN, f"missing or stale {TOKEN_HEADER}: reload the page"
            )

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Rejected(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required") from None
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            raise Rejected(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a decision is at most {MAX_BODY} bytes"
            )
        return self.rfile.read(length)


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, app: ReviewApp, port: int = 0, verbose: bool = False):
        self.app = app
        self.verbose = verbose
        self.token = secrets.token_urlsafe(32)  # made anew at each start; the page carries it
        super().__init__((HOST, port), Handler)
        port = self.server_address[1]
        self.hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        self.origins = {f"http://{h}" for h in self.hosts}

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(
    out_dir: str | Path,
    decisions_path: str | Path,
    reviewer: str,
    port: int = 0,
    *,
    verbose: bool = False,
    bases: list[Path] | None = None,
    reasons: list[str] | None = None,
) -> ReviewServer:
    """A server for the run in ``out_dir`` on 127.0.0.1:``port`` (0: a free port)."""
    return ReviewServer(
        ReviewApp(load_run(out_dir, bases), decisions_path, reviewer, reasons), port, verbose
    )
