"""The rule kinds of the time stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from pipeline.rules.loader import Regex, Rule
from pipeline.stages.context.rules import TimeCueRule
from pipeline.stages.time.periods import RESOLVE_KINDS


class TimePatternRule(Rule):
    pattern: Regex
    resolve: Literal[RESOLVE_KINDS]  # type: ignore[valid-type]
    # a yearly event: its month, then for "fixed_days" its first day, for "nth_weekday" the
    # nth (1-5) weekday (0 = Monday) of the month moved by ``offset`` days; its length in days
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=0, le=6)
    nth: int | None = Field(default=None, ge=1, le=5)
    offset: int = Field(default=0, ge=-31, le=31)
    days: int | None = Field(default=None, ge=1, le=366)

    @model_validator(mode="after")
    def _yearly_event_fields(self) -> TimePatternRule:
        needs = {"fixed_days": ("month", "day"), "nth_weekday": ("month", "weekday", "nth")}.get(
            self.resolve, ()
        )
        missing = [name for name in needs if getattr(self, name) is None]
        if missing:
            raise ValueError(f"resolve {self.resolve!r} needs {', '.join(missing)}")
        return self


class TimeWordRule(Rule):
    word: str
    kind: Literal["month", "weekday", "number", "ordinal", "relative"]
    value: int


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "time_patterns": TimePatternRule,
    "time_words": TimeWordRule,
    "time_cues": TimeCueRule,  # context's model: the file serves both stages
}
