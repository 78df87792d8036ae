"""The review page as one self-contained HTML string, for the server and the static file.

The page's CSS and JS are package data (``static/``) inlined into the template; the data
is embedded as JSON in ``<script type="application/json">``, never executed, with ``<``,
``>`` and ``&`` written as ``\\u003c``... so no article text can close the element. The
script builds the article from that data with ``textContent`` only. A Content-Security-
Policy allows only the page's own inline script and style (by hash), no network at all in
the static file and only same-origin requests on the server.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

_MARKER = re.compile(r"@(CSP|TITLE|CSS|JS|DATA)@")


@cache
def asset(name: str) -> str:
    return resources.files("pipeline.review").joinpath("static", name).read_text(encoding="utf-8")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element (no "</script>", "<!--" or "]]>")."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _hash(text: str) -> str:
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        + "'"
    )


def content_security_policy(*, network: bool) -> str:
    css, js = asset("review.css"), asset("review.js")
    connect = "'self'" if network else "'none'"
    return (
        f"default-src 'none'; script-src {_hash(js)}; style-src {_hash(css)}; img-src data:; "
        f"connect-src {connect}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def build_page(data: dict[str, Any]) -> str:
    """The page for ``data`` (see view.page_data); ``data["mode"]`` is "server" or "static"."""
    values = {
        "CSP": html.escape(content_security_policy(network=data.get("mode") == "server")),
        "TITLE": html.escape(f"Review · {len(data.get('docs', []))} documents"),
        "CSS": asset("review.css"),
        "JS": asset("review.js"),
        "DATA": json_for_script(data),
    }
    return _MARKER.sub(lambda m: values[m.group(1)], asset("review.html"))
