"""Load and validate the rule files in ``rules/``.

Each file ``rules/KIND.jsonl`` holds one rule per line (blank lines and lines starting
with ``//`` are ignored); ``KIND`` names a pydantic model, given by the caller as a
``{kind: model}`` map (the stages' map is ``pipeline.stages.RULE_KINDS``). The loader
knows no stage and imports none: it checks JSON against models, nothing else. Every problem
in every file is collected and reported
as ``rules/FILE:LINE: what is wrong`` before any text is processed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from pipeline.core.errors import RuleErrors
from pipeline.core.jsonl import lines_of, parse_lines


class Rule(BaseModel):
    """Base of every rule kind: unknown keys are errors, ``id`` is required and unique."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str


def _compile(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as err:
        raise ValueError(f"bad regular expression {pattern!r}: {err}") from err
    return pattern


Regex = Annotated[str, AfterValidator(_compile)]
"""A string field that must compile as a Python regular expression."""


class RulesError(Exception):
    """Rule files with problems; ``problems`` lists one ``file:line: message`` each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in rule files:\n" + "\n".join(problems))


@dataclass(frozen=True)
class RuleSet:
    """Validated rules by kind (as plain dicts, in file order) and a digest of the files."""

    rules: dict[str, list[dict[str, Any]]]
    digest: str
    files: tuple[str, ...] = field(default=())

    def __getitem__(self, kind: str) -> list[dict[str, Any]]:
        return self.rules.get(kind, [])


def _describe(err: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in err.get("loc", ())) or "(rule)"
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return f"{loc}: unknown field"
    if kind == "missing":
        return f"{loc}: missing field"
    msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{loc}: {msg}"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def parse_rule_lines(
    model: type[Rule], lines: Iterable[str], where: str, problems: list[str]
) -> list[dict[str, Any]]:
    """Validate the lines of one rule file against ``model``; append problems, return the
    good rules. The JSONL parsing is ``pipeline.core.jsonl.parse_lines``, as for decisions."""
    seen: dict[str, int] = {}
    good: list[dict[str, Any]] = []
    parsed = parse_lines(
        enumerate(lines, start=1),
        where,
        _not_object,
        problems,
        comments=True,
        describe=lambda err: f"not valid JSON ({err.msg} at column {err.colno})",
    )
    for lineno, data in parsed:
        try:
            rule = model.model_validate(data)
        except ValidationError as err:
            rid = data.get("id")
            prefix = f"{where}:{lineno}: " + (f"rule {rid!r}: " if isinstance(rid, str) else "")
            problems.extend(prefix + _describe(e) for e in err.errors())
            continue
        if rule.id in seen:
            dup = RuleErrors.DUPLICATE_ID.format(id=rule.id, line=seen[rule.id])
            problems.append(f"{where}:{lineno}: {dup}")
            continue
        seen[rule.id] = lineno
        good.append(rule.model_dump(mode="json", exclude_none=False))
    return good


def _not_object(data: Any) -> list[str]:
    if isinstance(data, dict):
        return []
    return [f"a rule must be a JSON object, got {type(data).__name__}"]


def load_rules(directory: str | Path, kinds: Mapping[str, type[Rule]]) -> RuleSet:
    """Read every ``*.jsonl`` in ``directory``, each validated with ``kinds[file stem]``;
    raise ``RulesError`` listing all problems (unknown and missing files included)."""
    directory = Path(directory)
    problems: list[str] = []
    if not directory.is_dir():
        raise RulesError([f"{_display(directory)}:0: {RuleErrors.DIRECTORY_NOT_FOUND}"])
    rules: dict[str, list[dict[str, Any]]] = {}
    digest = hashlib.sha256()
    files = sorted(directory.glob("*.jsonl"))
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
        where = _display(path)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            bad = RuleErrors.NOT_UTF8.format(reason=err.reason, at=err.start)
            problems.append(f"{where}:0: {bad}")
            continue
        model = kinds.get(path.stem)
        if model is None:
            known = ", ".join(sorted(kinds))
            problems.append(f"{where}:0: {RuleErrors.UNKNOWN_FILE.format(known=known)}")
            continue
        rules[path.stem] = parse_rule_lines(
            model, [line for _, line in lines_of(text)], where, problems
        )
    for kind in sorted(kinds):
        if kind not in rules:
            missing = _display(directory / (kind + ".jsonl"))
            problems.append(f"{missing}:0: {RuleErrors.FILE_MISSING}")
    if problems:
        raise RulesError(problems)
    return RuleSet(
        rules=rules, digest="sha256:" + digest.hexdigest(), files=tuple(p.name for p in files)
    )
