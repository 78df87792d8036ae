"""``make bench-quantities``: our quantities stage against quantulum3 on the same texts.

Two inputs: the corpus (five articles, one document each) and the corpus repeated ten
times as ONE document, to show how each tool scales with document length. For each we
report time per 1,000 words of
- quantulum3 (``parser.parse`` on the raw text: it does its own tokenising),
- our stage alone (``QuantityStage`` on Docs the model has already processed), and
- the model plus our stage (what a user pays to get our figures from raw text),
and the ratios. Best of N runs, in this process, one after the other.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

#: quantulum3 unit names -> our unit codes (for value+unit F1 on its own suite); a pair
#: (code, factor) where quantulum3 counts in a unit we write in another ("a dozen" is 1
#: dozen there, 12 here; "one hundred cents" is 100 cents there, USD 1 here); a list
#: where one unit there is several codes here
Q3_UNITS = {
    "dimensionless": "count",
    "milligram": "mg",
    "dollar": "USD",
    "mile": "mi",
    "inch": "in",
    "year": "year",
    "degree Celsius": "degC",
    "kilometre": "km",
    "square kilometre": "km2",
    "metre": "m",
    "cubic kilometre": "km3",
    "euro": "EUR",
    "day": "day",
    "month": "month",
    "hour": "h",
    "gallon": "gal",
    "electronvolt": "eV",
    "gigayear": "Gyr",
    "picometre": "pm",
    "cubic centimetre": ["cm3", "mL"],  # one unit there ("44 ml"), two codes here
    "pound sterling": "GBP",
    "week": "week",
    "nanometre": "nm",
    "litre": "L",
    "percentage": "percent",
    "teraelectronvolt": "TeV",
    "square mile": "mi2",
    "exabyte": "EB",
    "kibibyte": "KiB",
    "bit": "bit",
    "byte": "B",
    "watt hour": "Wh",
    "megawatt hour": "MWh",
    "penny": ("GBP", 0.01),
    "cent": ("USD", 0.01),
    "tonne": "t",
    "megayear": "Myr",
    "gigahertz": "GHz",
    "megabyte": "MB",
    "milligray": "mGy",
    "degree fahrenheit": "degF",
    "kilometre per hour": "km/h",
    "kelvin": "K",
    "attometre": "am",
    "centilitre": "cL",
    "kilogram": "kg",
    "pound-mass": "lb",
    "dozen": ("count", 12),
    "baker's dozen": ("count", 13),
    "gross": ("count", 144),  # a dozen dozen, counted as "a dozen" is
    "dollar per hour": "USD/h",
    "dollar per kilogram": "USD/kg",
    "ton per day": "t/day",
    "count per week": "times/week",  # "four times per week": occurrences a week
    "cup": "cup",
    "tablespoon": "tbsp",
    "dime": ("USD", 0.1),
    "watt per minute": "W/min",
    "inverse second": "1/s",
    "inverse femtobarn": "1/fb",
    "kilometre per square second": "km/s2",
    "joule per square metre per year": "J/m2/year",
}

#: Stages after quantities, left out of "model+stage".
LATER_STAGES = ["time", "attribution", "defects"]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _suite() -> list[dict]:
    """quantulum3's own English suite, read from the installed package (never copied)."""
    import importlib.resources
    import json

    path = importlib.resources.files("quantulum3") / "_lang/en_US/tests/quantities.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _f1(gold: list[set], found: list[set]) -> float:
    tp = sum(len(g & f) for g, f in zip(gold, found, strict=True))
    n_gold, n_found = sum(map(len, gold)), sum(map(len, found))
    if tp == 0:
        return 0.0
    p, r = tp / n_found, tp / n_gold
    return 2 * p * r / (p + r)


#: quantulum3's "dimensionless" is what we write as a count or as a fraction ("1/40 of")
DIMENSIONLESS = ("count", "fraction")


def _key(value: float, unit: str | None) -> tuple:
    return (round(float(value), 6), unit) if unit is not None else (round(float(value), 6),)


def _gold_keys(value: float, unit: str) -> list[tuple]:
    """The value+unit keys a quantulum3 result may match in our codes."""
    if unit == "dimensionless":
        return [_key(value, code) for code in DIMENSIONLESS]
    code = Q3_UNITS.get(unit, unit)
    if isinstance(code, list):
        return [_key(value, c) for c in code]
    if isinstance(code, tuple):
        code, factor = code
        return [_key(value * factor, code)]
    return [_key(value, code)]


def _point(span) -> float | None:
    """quantulum3 writes a range as its middle ("3 to 4 L" = 3.5): ours, compared alike."""
    if span._.nf_q_value is not None:
        return span._.nf_q_value
    if span._.nf_q_low is not None and span._.nf_q_high is not None:
        return (span._.nf_q_low + span._.nf_q_high) / 2
    return None


def _by_design(doc, result: dict) -> bool:
    """A result we leave out on purpose: a year, or a bare number that counts no noun
    ("The answer is 42", "Voyager 2")."""
    from pipeline.core.years import is_year

    if result["unit"] != "dimensionless":
        return False
    if is_year(float(result["value"]), result["surface"]):
        return True
    at = doc.text.find(result["surface"])
    span = doc.char_span(at, at + len(result["surface"]), alignment_mode="expand")
    if at < 0 or span is None:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


def _unit_gold(gold: list[tuple], found: set) -> set:
    """Each gold result as the one of its keys that was found, else its first."""
    return {next((u for u in us if u in found), us[0]) for _, us in gold}


class _Suite:
    """Per-sentence sets of gold and found keys, raw and without what we leave out."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, bool], list[list[set]]] = {}

    def add(self, name: str, gold: list[tuple], found: list[tuple], skip: set) -> None:
        """gold: (value key, [value+unit keys]); found: (value key, value+unit key)."""
        for design in (False, True):
            kept_gold = [(v, us) for v, us in gold if not (design and v in skip)]
            kept = [(v, u) for v, u in found if not (design and v in skip)]
            row = self.rows.setdefault((name, design), [[], [], [], []])
            row[0].append({v for v, _ in kept_gold})
            row[1].append({v for v, _ in kept})
            row[2].append(_unit_gold(kept_gold, {u for _, u in kept}))
            row[3].append({u for _, u in kept})

    def scores(self, name: str, design: bool) -> tuple[float, float]:
        g_v, f_v, g_u, f_u = self.rows[(name, design)]
        return _f1(g_v, f_v), _f1(g_u, f_u)


def suite_scores(nlp, q3, misses: bool = False) -> dict[str, tuple[float, float]]:
    """Value F1 and value+unit F1 of each system on quantulum3's suite (sets per sentence),
    raw and excluding the bare numbers and years we leave out by design."""
    cases = _suite()
    suite = _Suite()
    for case, doc in zip(cases, nlp.pipe(c["req"] for c in cases), strict=True):
        # the value in our unit: "3 dimes" is 3 there, USD 0.3 here
        gold = [(us[0][:1], us) for us in (_gold_keys(r["value"], r["unit"]) for r in case["res"])]
        skip = {_key(r["value"], None) for r in case["res"] if _by_design(doc, r)}
        found = [(_point(s), s.label_) for s in doc.spans["nf_quantities"]]
        ours = [(_key(v, None), _key(v, u)) for v, u in found if v is not None]
        suite.add("ours", gold, ours, skip)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = [
                (us[0][:1], us[0])
                for us in (_gold_keys(q.value, q.unit.name) for q in q3.parse(case["req"]))
            ]
        suite.add("quantulum3", gold, theirs, skip)
        if misses:
            _print_miss(case, gold, ours, skip)
    out = {name: suite.scores(name, False) for name in ("ours", "quantulum3")}
    out |= {f"{name}*": suite.scores(name, True) for name in ("ours", "quantulum3")}
    return out | {"n": (len(cases), 0)}


def _print_miss(case: dict, gold: list[tuple], ours: list[tuple], skip: set) -> None:
    got = {u for _, u in ours}
    missed = [us[0] for v, us in gold if not set(us) & got and v not in skip]
    extra = [u for v, u in ours if not any(u in us for _, us in gold) and v not in skip]
    if missed or extra:
        print(f"MISS {case['req']!r}\n     missed {missed} extra {extra}")


def _timings(nlp, q3, texts: list[str], repeat: int) -> tuple[float, float, float]:
    """Best times of quantulum3, our stage alone and the model plus our stage on texts."""
    stage = nlp.get_pipe("quantities")
    with nlp.select_pipes(disable=["quantities"]):
        parsed = list(nlp.pipe(texts))
    with nlp.select_pipes(disable=LATER_STAGES):
        full = _best(lambda: list(nlp.pipe(texts)), repeat)
    ours = _best(lambda: [stage(d) for d in parsed], repeat)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = _best(lambda: [q3.parse(t) for t in texts], max(1, repeat - 1))
    return theirs, ours, full


def _print_timings(rows: list[tuple[str, int, float, float, float]]) -> None:
    print(
        f"{'input':20} {'words':>7} {'quantulum3':>12} {'our stage':>11} {'model+stage':>12}"
        f" {'q3/stage':>9} {'q3/full':>8}"
    )
    print(f"{'':20} {'':>7} {'s/1k words':>12} {'s/1k words':>11} {'s/1k words':>12}")
    for name, words, theirs, ours, full in rows:
        k = words / 1000
        print(
            f"{name:20} {words:7d} {theirs / k:12.4f} {ours / k:11.4f} {full / k:12.4f}"
            f" {theirs / ours:8.1f}x {theirs / full:7.2f}x"
        )
    (_, w1, t1, o1, f1), (_, w2, t2, o2, f2) = rows
    growth = lambda a, b: (b / w2) / (a / w1)  # noqa: E731  per-word cost, long vs short
    print(
        f"\nper-word cost, 10x longer document vs corpus: quantulum3 {growth(t1, t2):.2f}x, "
        f"our stage {growth(o1, o2):.2f}x, model+stage {growth(f1, f2):.2f}x (1.00x = linear)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus", type=Path)
    ap.add_argument("--repeat", default=3, type=int)
    ap.add_argument("--suite-only", action="store_true", help="only quantulum3's test suite")
    ap.add_argument("--misses", action="store_true", help="print each miss on the suite")
    args = ap.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional classifier is not needed here
            from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    scores = suite_scores(nlp, q3, misses=args.misses)
    print(f"quantulum3's own suite ({scores['n'][0]} sentences, read from the installed package)")
    print(f"{'system':12} {'value F1':>9} {'value+unit F1':>14}")
    for system in ("ours", "quantulum3"):
        print(f"{system:12} {scores[system][0]:9.3f} {scores[system][1]:14.3f}")
    print("excluding bare numbers/years by design (gold and found alike):")
    for system in ("ours", "quantulum3"):
        print(f"{system:12} {scores[system + '*'][0]:9.3f} {scores[system + '*'][1]:14.3f}")
    if args.suite_only:
        return 0
    print()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    inputs = {"corpus (5 docs)": texts, "corpus x10 (1 doc)": ["\n".join(texts * 10)]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q3.parse(texts[0])  # load quantulum3's data before timing

    rows = [
        (name, sum(len(t.split()) for t in docs), *_timings(nlp, q3, docs, args.repeat))
        for name, docs in inputs.items()
    ]
    _print_timings(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
