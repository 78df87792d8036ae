"""The rules loader names file, line and problem for every fault, before any text."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.rules.loader import RulesError
from pipeline.stages import RULE_KINDS, load_rules


@pytest.fixture
def rules_copy(tmp_path):
    from conftest import RULES

    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def append(path, *lines):
    with open(path, "a", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")


def test_shipped_rules_are_valid(ruleset):
    assert ruleset.digest.startswith("sha256:")
    assert len(ruleset["gazetteer"]) > 50


def test_every_problem_is_reported_with_file_and_line(rules_copy):
    gaz = rules_copy / "gazetteer.jsonl"
    n = len(gaz.read_text(encoding="utf-8").splitlines())
    append(
        gaz,
        json.dumps(
            {"id": "x1", "label": "ORG", "kind": "agency", "canonical": "X", "colour": "red"}
        ),
        json.dumps({"id": "x2", "label": "ORG", "kind": "agency"}),
        "{not json",
        json.dumps({"id": "gac", "label": "ORG", "kind": "agency", "canonical": "Dup"}),
        json.dumps({"id": "x3", "label": "BANANA", "kind": "agency", "canonical": "Y"}),
    )
    with pytest.raises(RulesError) as info:
        load_rules(rules_copy)
    problems = info.value.problems
    where = "gazetteer.jsonl"
    assert any(
        p.endswith(f"{where}:{n + 1}: rule 'x1': colour: unknown field") for p in problems
    ), problems
    assert any(f"{where}:{n + 2}: rule 'x2': canonical: missing field" in p for p in problems), (
        problems
    )
    assert any(f"{where}:{n + 3}: not valid JSON" in p for p in problems), problems
    assert any(f"{where}:{n + 4}: id 'gac' is a duplicate of line" in p for p in problems), problems
    assert any(f"{where}:{n + 5}: rule 'x3': label:" in p for p in problems), problems
    assert len(problems) == 5


def test_unknown_and_missing_rule_files(rules_copy):
    (rules_copy / "colours.jsonl").write_text("{}\n", encoding="utf-8")
    (rules_copy / "gazetteer.jsonl").unlink()
    with pytest.raises(RulesError) as info:
        load_rules(rules_copy)
    text = "\n".join(info.value.problems)
    assert "colours.jsonl:0: unknown rule file" in text
    assert "gazetteer.jsonl:0: rule file missing" in text


def test_bad_regex_is_reported(rules_copy):
    from pipeline.rules.loader import Regex, Rule
    from pipeline.rules.loader import load_rules as load_with

    class PatternRule(Rule):
        pattern: Regex

    (rules_copy / "test_patterns.jsonl").write_text(
        json.dumps({"id": "ok", "pattern": "a+"})
        + "\n"
        + json.dumps({"id": "bad", "pattern": "(a"})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError) as info:
        load_with(rules_copy, {**RULE_KINDS, "test_patterns": PatternRule})
    assert any(
        "test_patterns.jsonl:2: rule 'bad': pattern: bad regular expression '(a'" in p
        for p in info.value.problems
    )


def test_validate_rules_command(rules_copy):
    runner = CliRunner()
    ok = runner.invoke(main, ["validate-rules", str(rules_copy)])
    assert ok.exit_code == 0 and "valid" in ok.output
    append(
        rules_copy / "gazetteer.jsonl",
        json.dumps({"id": "x", "label": "ORG", "kind": "agency", "canonical": "X", "oops": 1}),
    )
    bad = runner.invoke(main, ["validate-rules", str(rules_copy)])
    assert bad.exit_code == 2
    assert "gazetteer.jsonl:" in bad.output and "oops: unknown field" in bad.output


def test_extract_refuses_to_start_with_broken_rules(rules_copy, tmp_path):
    from conftest import CORPUS

    append(rules_copy / "gazetteer.jsonl", "[]")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["extract", str(CORPUS), "--out", str(out), "--rules", str(rules_copy), "--workers", "1"],
    )
    assert result.exit_code == 2
    assert "a rule must be a JSON object" in result.output
    assert not out.exists(), "nothing may be written when the rules are broken"


def test_a_yearly_event_rule_without_its_date_is_reported(rules_copy):
    times = rules_copy / "time_patterns.jsonl"
    n = len(times.read_text(encoding="utf-8").splitlines())
    append(
        times,
        json.dumps(
            {
                "id": "harvest_fair",
                "pattern": "Harvest Fair",
                "resolve": "nth_weekday",
                "month": 9,
                "weekday": 5,
            }
        ),
        json.dumps(
            {
                "id": "spring_fair",
                "pattern": "Spring Fair",
                "resolve": "nth_weekday",
                "month": 13,
                "weekday": 5,
                "nth": 1,
            }
        ),
    )
    with pytest.raises(RulesError) as info:
        load_rules(rules_copy)
    problems = info.value.problems
    assert any(
        f"time_patterns.jsonl:{n + 1}: rule 'harvest_fair':" in p and "needs nth" in p
        for p in problems
    ), problems
    assert any(f"time_patterns.jsonl:{n + 2}: rule 'spring_fair': month:" in p for p in problems), (
        problems
    )
    assert len(problems) == 2
