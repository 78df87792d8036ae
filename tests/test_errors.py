"""The error catalogue (pipeline/core/errors.py) is the one place codes and messages live."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from pipeline.core.errors import INPUT_ERROR_CODES, Errors, RuleErrors, entries
from pipeline.io.decoding import DecodeError, decode_bytes
from pipeline.io.inputs import make_document
from pipeline.rules.loader import RulesError
from pipeline.stages import load_rules

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"


def test_the_error_schema_lists_exactly_the_catalogue_codes():
    schema = json.loads((PACKAGE / "records" / "schemas" / "error.json").read_text())
    assert set(schema["properties"]["error"]["enum"]) == INPUT_ERROR_CODES


def test_every_code_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted(c for c in INPUT_ERROR_CODES if f"`{c}`" not in readme)
    assert not missing, f"README does not document: {missing}"


def test_no_error_code_is_written_literally_outside_the_catalogue():
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "core" / "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in INPUT_ERROR_CODES:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not found


def test_entries_format_to_code_and_message():
    assert len({e.template for e in entries()}) == len(entries())  # no entry written twice
    code, message = Errors.BAD_PUBLISHED.format(published="May 3")
    assert code == "bad_published"
    assert message.startswith("published date 'May 3' is not YYYY")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"%PDF-1.7 ...", "binary_input"),
        (b"Exports rose\x00 5%.", "binary_input"),
        (b"\xef\xbb\xbf\xff\xfe bad", "undecodable"),
    ],
)
def test_decoding_refusals_carry_catalogue_codes(data, code):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert err.value.code == code
    assert err.value.message


@pytest.mark.parametrize(
    ("text", "meta", "code"),
    [
        ("   \n", {}, "empty_input"),
        ("<html><body>Exports rose 5%.</body></html>", {}, "html_input"),
        ("Exports rose 5%.", {"published": "last week"}, "bad_published"),
        ("Exports rose \ud800 5%.", {}, "lone_surrogate"),
    ],
)
def test_document_refusals_carry_catalogue_codes(text, meta, code):
    refused = make_document("d1", text, "d1.txt", meta)
    assert refused.record()["error"] == code
    assert refused.record()["message"]


def test_rule_errors_come_from_the_catalogue(tmp_path):
    with pytest.raises(RulesError) as err:
        load_rules(tmp_path / "nowhere")
    assert err.value.problems[0].endswith(f":0: {RuleErrors.DIRECTORY_NOT_FOUND}")
    (tmp_path / "stray.jsonl").write_text("")
    with pytest.raises(RulesError) as err:
        load_rules(tmp_path)
    assert any(
        "unknown rule file; rule files are named KIND.jsonl" in p for p in err.value.problems
    )
    assert any(p.endswith(f":0: {RuleErrors.FILE_MISSING}") for p in err.value.problems)
