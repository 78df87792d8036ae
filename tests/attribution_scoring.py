"""Scoring predicted claims against gold claims (shared by the attribution gold tests).

A gold claim is matched when a predicted claim's content overlaps its content (the
largest overlap is the match); its source is correct when the names match after
case-folding (or one contains the other) and the types are equal. Precision counts the
predicted claims that overlap some gold claim of their document."""

from __future__ import annotations

from dataclasses import dataclass, field


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def same_name(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = gold.casefold(), predicted.casefold()
    return g == p or g in p or p in g


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    hits: int = 0
    matched: int = 0
    correct: int = 0
    cue_exact: int = 0
    cue_total: int = 0
    content_exact: int = 0
    wrong: list = field(default_factory=list)
    missed: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.gold} gold, {self.predicted} predicted; precision "
            f"{self.precision:.3f}, recall {self.recall:.3f}, source accuracy "
            f"{self.accuracy:.3f} ({self.correct}/{self.matched}), cue exact "
            f"{self.cue_exact}/{self.cue_total}, content exact {self.content_exact}/{self.matched}"
        )


def _judge(score: Score, g: dict, best: dict) -> None:
    source = best["source"]
    if same_name(g["source_name"], source["name"]) and g["source_type"] == source["type"]:
        score.correct += 1
    else:
        score.wrong.append(
            (g["doc_id"], g["source_name"], g["source_type"], source["name"], source["type"])
        )
    content = (best["content"]["start"], best["content"]["end"])
    score.content_exact += content == (g["content"]["start"], g["content"]["end"])
    if g["cue"] is not None:
        score.cue_total += 1
        cue = best["cue"]
        score.cue_exact += cue is not None and (cue["start"], cue["end"]) == (
            g["cue"]["start"],
            g["cue"]["end"],
        )


def score_claims(gold: list[dict], predicted: dict[str, list[dict]]) -> Score:
    score = Score(gold=len(gold), predicted=sum(len(v) for v in predicted.values()))
    for g in gold:
        candidates = [
            p for p in predicted.get(g["doc_id"], []) if overlap(p["content"], g["content"])
        ]
        if not candidates:
            score.missed.append((g["doc_id"], g["content"]["text"][:60]))
            continue
        score.matched += 1
        _judge(score, g, max(candidates, key=lambda p: overlap(p["content"], g["content"])))
    score.hits = sum(
        any(overlap(p["content"], g["content"]) > 0 for g in gold if g["doc_id"] == doc_id)
        for doc_id, records in predicted.items()
        for p in records
    )
    return score
