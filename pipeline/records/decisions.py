"""Review decisions: keys that survive a re-run, and re-attaching decisions to records.

Pure functions (and ``read_decisions``; the append-only writes are ``review/store.py``).
A decision is keyed by
what a reviewer actually judged, not by offsets or ids that move when the article is
edited: the document's content hash, the record kind and rule, and the judged span's
text with ``CONTEXT`` characters either side. After a re-run the key is recomputed for
every record; an unchanged document matches exactly, an edited one by span text and
context in the new text (offsets may have moved). A decision that matches nothing is an
orphan and is returned, never dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.core.jsonl import lines_of
from pipeline.core.jsonl import parse_lines as parse_lines_of
from pipeline.records.schema import validator

Record = dict[str, Any]

CONTEXT = 30
# record kind (singular, stored in decisions) -> output file kind
FILE_OF = {"fact": "facts", "claim": "claims", "defect": "defects"}
KIND_OF = {v: k for k, v in FILE_OF.items()}
DECISIONS = ("accept", "reject", "correct", "skip", "unsure", "retract")
# with partly edited context, this many of the 2 * CONTEXT characters must still agree
MIN_CONTEXT_AGREEMENT = CONTEXT


def text_sha256(text: str) -> str:
    """The content hash ``pipeline extract`` writes to run.json for each document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def anchor(kind: str, record: Record) -> tuple[int, int]:
    """The span a reviewer judges: a claim's content, otherwise the record's span."""
    span = record["content"] if kind == "claim" else record["span"]
    return span["start"], span["end"]


def make_key(kind: str, record: Record, text: str, sha256: str | None = None) -> dict[str, str]:
    start, end = anchor(kind, record)
    return {
        "doc_sha256": sha256 or text_sha256(text),
        "kind": kind,
        "rule": record["rule"],
        "text": text[start:end],
        "before": text[max(0, start - CONTEXT) : start],
        "after": text[end : end + CONTEXT],
    }


def key_id(key: Mapping[str, str]) -> str:
    """One string per key, for grouping decisions."""
    return hashlib.sha1(
        json.dumps(dict(key), sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def parse_lines(lines: Iterable[str], where: str = "decisions") -> tuple[list[Record], list[str]]:
    """Decisions from JSONL lines, and a ``where:LINE: problem`` message for each bad line
    (bad lines are reported, never fatal: the file is append-only and may be hand-merged)."""
    problems: list[str] = []
    check = lambda obj: schema_problems("decision_record", obj)[:1]  # noqa: E731 - the first says enough
    decisions = [
        obj for _, obj in parse_lines_of(enumerate(lines, start=1), where, check, problems)
    ]
    return decisions, problems


def schema_problems(name: str, obj: Any) -> list[str]:
    """Problems of ``obj`` against the JSON Schema ``name`` (decision or decision_record)."""
    errors = sorted(validator(name).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(decision)'}: {e.message}" for e in errors]


def read_decisions(path: str | Path) -> tuple[list[Record], list[str]]:
    """Valid decisions of a file in file order, and ``FILE:LINE: problem`` for bad lines.
    A missing file has none; a bad byte spoils its line only."""
    path = Path(path)
    if not path.exists():
        return [], []
    text = path.read_bytes().decode("utf-8", errors="replace")
    return parse_lines([line for _, line in lines_of(text)], str(path))


def _in_order(decisions: Iterable[Record]) -> list[Record]:
    """Decisions by time, then by position in the file."""
    return [d for _, _, d in sorted((d["time"], pos, d) for pos, d in enumerate(decisions))]


def standing_by_key(decisions: Iterable[Record]) -> dict[str, list[Record]]:
    """For each key, the decisions still standing, oldest first: a ``retract`` line takes
    back the latest standing decision of its reviewer on that key, and a decision with
    ``settle`` replaces every earlier one (it settles a disagreement)."""
    standing: dict[str, list[Record]] = {}
    for d in _in_order(decisions):
        stack = standing.setdefault(key_id(d["key"]), [])
        if d["decision"] == "retract":
            mine = [i for i, old in enumerate(stack) if old["reviewer"] == d["reviewer"]]
            if mine:
                del stack[mine[-1]]
        elif d.get("settle"):
            stack[:] = [d]
        else:
            stack.append(d)
    return standing


def latest_by_key(decisions: Iterable[Record]) -> dict[str, Record]:
    """The latest standing decision for each key (retracted ones do not count; a key whose
    every decision was retracted is undecided and absent)."""
    return {k: stack[-1] for k, stack in standing_by_key(decisions).items() if stack}


def _verdict(d: Record) -> str:
    return json.dumps([d["decision"], d.get("correction")], sort_keys=True, ensure_ascii=False)


def disagreements(decisions: Iterable[Record]) -> dict[str, list[Record]]:
    """Keys on which reviewers disagree: the latest standing decision of each reviewer,
    when they differ (in decision, or in the correction). Skips do not disagree."""
    out = {}
    for k, stack in standing_by_key(decisions).items():
        last: dict[str, Record] = {}
        for d in stack:
            last[d["reviewer"]] = d
        judged = [d for d in last.values() if d["decision"] != "skip"]
        if len({_verdict(d) for d in judged}) > 1:
            out[k] = sorted(judged, key=lambda d: (d["time"], d["reviewer"]))
    return out


def review_field(decision: Record, match: str) -> Record:
    """What a record carries of its latest decision."""
    review = {
        "decision": decision["decision"],
        "reviewer": decision["reviewer"],
        "time": decision["time"],
        "match": match,
    }
    for extra in ("reason", "correction", "span", "settle"):
        if extra in decision:
            review[extra] = decision[extra]
    return review


def _agreement(a: Mapping[str, str], b: Mapping[str, str]) -> int:
    """Characters of context that agree next to the span (common suffix of ``before``,
    common prefix of ``after``)."""
    return sum(_sides(a, b))


def _same_context(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Context equal as far as both keys have it (near a document's start or end one key
    may hold fewer than CONTEXT characters)."""
    n, m = _sides(a, b)
    return n == min(len(a["before"]), len(b["before"])) and m == min(
        len(a["after"]), len(b["after"])
    )


def _sides(a: Mapping[str, str], b: Mapping[str, str]) -> tuple[int, int]:
    n = 0
    for x, y in zip(reversed(a["before"]), reversed(b["before"]), strict=False):
        if x != y:
            break
        n += 1
    m = 0
    for x, y in zip(a["after"], b["after"], strict=False):
        if x != y:
            break
        m += 1
    return n, m


def attach(
    records: Mapping[str, list[Record]], texts: Mapping[str, str], decisions: Iterable[Record]
) -> tuple[dict[str, list[Record]], list[Record]]:
    """Records (by file kind: facts, claims, defects) with a ``review`` field from their
    latest decision, and the orphan decisions (each with ``orphan_reason``).

    ``texts`` maps doc_id to the current text. Matching, best first: same content hash and
    same key (``exact``); same document, span text and context as far as both have it
    (``moved``); same
    document and span text with at least MIN_CONTEXT_AGREEMENT characters of context
    agreeing (``fuzzy``). Ties go to the candidate nearest the decision's old offset; a
    record judged by several decisions carries the latest one.
    """
    candidates = _candidates(records, texts)
    chosen: dict[tuple[str, int], tuple[Record, str]] = {}
    orphans: list[Record] = []
    for decision in sorted(
        latest_by_key(decisions).values(), key=lambda d: (d["time"], key_id(d["key"]))
    ):
        key = decision["key"]
        cands = candidates.get((key["kind"], key["rule"], key["text"]), [])
        found = _match(decision, cands, records)
        if found is None:
            orphans.append({**decision, "orphan_reason": _orphan_reason(decision, cands, texts)})
            continue
        (file_kind, i, _key, _doc), match = found
        chosen[(file_kind, i)] = (decision, match)

    out: dict[str, list[Record]] = {}
    for file_kind, recs in records.items():
        out[file_kind] = [
            {**rec, "review": review_field(*chosen[(file_kind, i)])}
            if (file_kind, i) in chosen
            else rec
            for i, rec in enumerate(recs)
        ]
    return out, orphans


Candidate = tuple[str, int, dict[str, str], str]  # file kind, index, key, doc_id


def _candidates(
    records: Mapping[str, list[Record]], texts: Mapping[str, str]
) -> dict[tuple[str, str, str], list[Candidate]]:
    """Every record that a decision could match, by (kind, rule, span text)."""
    candidates: dict[tuple[str, str, str], list[Candidate]] = {}
    for file_kind, recs in records.items():
        kind = KIND_OF.get(file_kind)
        if kind is None:
            continue
        sha_cache: dict[str, str] = {}
        for i, rec in enumerate(recs):
            text = texts.get(rec.get("doc_id", ""))
            if text is None:
                continue
            sha = sha_cache.setdefault(rec["doc_id"], text_sha256(text))
            key = make_key(kind, rec, text, sha)
            candidates.setdefault((kind, key["rule"], key["text"]), []).append(
                (file_kind, i, key, rec["doc_id"])
            )
    return candidates


def _match(
    decision: Record, cands: list[Candidate], records: Mapping[str, list[Record]]
) -> tuple[Candidate, str] | None:
    """The record a decision judges, and how it matched (exact, moved, fuzzy), or None."""
    key = decision["key"]
    old_start = (decision.get("span") or {}).get("start", 0)
    same_doc = [c for c in cands if c[3] == decision["doc_id"]]
    for match in ("exact", "moved", "fuzzy"):
        if match == "exact":
            pool = [c for c in cands if c[2] == key]
        elif match == "moved":
            pool = [c for c in same_doc if _same_context(c[2], key)]
        else:
            scored = [(c, _agreement(c[2], key)) for c in same_doc]
            best = max((s for _, s in scored), default=-1)
            pool = [c for c, s in scored if s == best and s >= MIN_CONTEXT_AGREEMENT]
        if pool:
            nearest = min(
                pool, key=lambda c: abs(anchor(key["kind"], records[c[0]][c[1]])[0] - old_start)
            )
            return nearest, match
    return None


def _orphan_reason(decision: Record, cands: list[Candidate], texts: Mapping[str, str]) -> str:
    """Why a decision matched no record: its document is gone, or only its record is."""
    key = decision["key"]
    if decision["doc_id"] not in texts and not any(
        c[2]["doc_sha256"] == key["doc_sha256"] for c in cands
    ):
        return "document_missing"
    return "no_matching_record"
