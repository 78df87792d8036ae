"""What every rule-driven stage shares: rules enter at ``initialize()`` and travel with the
pipeline through ``to_disk``/``to_bytes``, so a saved pipeline carries its own rules and
nothing depends on the working directory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path, raise_error

from pipeline.core.jsonl import jsonl_text, read_jsonl
from pipeline.rules.loader import Rule, RulesError, parse_rule_lines


class Stage:
    """A component whose ``__call__`` goes through spaCy's error handler, as spaCy's own
    components do: ``nlp.set_error_handler()`` (or ``nlp.pipe(..., )`` with one) decides
    what a raising document becomes. Subclasses implement ``annotate``."""

    name: str = ""
    _error_handler: Callable[..., Any] = staticmethod(raise_error)

    def annotate(self, doc: Doc) -> Doc:  # pragma: no cover - overridden
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.annotate(doc)
        except Exception as err:
            return self.get_error_handler()(self.name, self, [doc], err)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def get_error_handler(self) -> Callable[..., Any]:
        return self._error_handler

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self._error_handler = error_handler


class RuleComponent(Stage):
    """Base of the rule stages: subclasses set ``rule_kinds`` and implement ``compile``
    and ``annotate``."""

    #: rule file stem -> the pydantic model of its lines
    rule_kinds: Mapping[str, type[Rule]] = {}

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name
        self.rules: dict[str, list[dict[str, Any]]] = {kind: [] for kind in self.rule_kinds}
        self.compile()

    # rules in -------------------------------------------------------------
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        rules: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        """Replace the rules (validated again: they may come from anywhere) and recompile."""
        self.set_rules(rules or {})

    def set_rules(self, rules: dict[str, list[dict[str, Any]]]) -> None:
        problems: list[str] = []
        clean: dict[str, list[dict[str, Any]]] = {}
        for kind, model in self.rule_kinds.items():
            lines = [json.dumps(rule) for rule in rules.get(kind, [])]
            clean[kind] = parse_rule_lines(model, lines, f"{self.name}:{kind}", problems)
        if problems:
            raise RulesError(problems)
        self.rules = clean
        self.compile()

    def compile(self) -> None:  # pragma: no cover - overridden
        """Build matchers and lookup tables from ``self.rules`` once."""

    # serialisation -----------------------------------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.rules)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RuleComponent:
        self.set_rules(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for kind, rules in self.rules.items():
            # the json module both ways, not srsly's ujson: it keeps 10 significant
            # digits and reads floats inexactly (1/3 came back as 0.33333333330000003)
            (path / f"{kind}.jsonl").write_text(jsonl_text(rules), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        path = ensure_path(path)
        rules = {}
        for kind in self.rule_kinds:
            rules[kind] = read_jsonl(path / f"{kind}.jsonl")
        self.set_rules(rules)
        return self
