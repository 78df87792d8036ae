"""Write ``rules/units_generated.jsonl`` from pint's default registry and CLDR (via babel).

Run ``python -m pipeline.stages.quantities.vocab_build [RULES_DIR]`` (``make rules``). pint and
babel are needed only here: the stage reads the committed JSONL, never the libraries.

What is taken from the sources and what is chosen here:
- pint: every unit's name, plural, symbol and aliases, its dimensionality (named below),
  SI and binary prefixes on the units that take them in practice (``PREFIXED``, with the
  range of prefixes each takes in ``PREFIX_RANGES``), and
  "square"/"cubic" forms of the common lengths ("km2", "km^2", "km squared"), and the
  lower-case symbols news writes for the common prefixed litres and bit rates ("ml",
  "mbps"); the few units pint counts as dimensionless that news writes as measures (bits,
  bytes, decibels, ppm: ``DIMENSIONLESS``), with no sub-unit prefixes on data. Short
  symbols that are English words or single letters ("in", "a", "m", "K", "B", "pc",
  "mil") are left out as forms of their own (read only as the numerator of a rate
  written with a slash, "W/min", "J/m^2", field ``numerator``): hand rules in
  ``rules/units.jsonl`` decide those by context.
- CLDR: every ISO 4217 code, its English name and plural, its English symbol, and the
  symbols used in the locales of the territories that use it ("RM" for MYR); a symbol
  claimed by several currencies is kept only for the one CLDR English names it for.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.stages.quantities.currency_names import (
    DEFAULTS,
    bare_nouns,
    country_words,
    currencies_in_use,
    forms,
)

#: pint dimensionality -> our ``dimension`` name (others become "measure")
DIMENSIONS = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[time]": "duration",
    "[temperature]": "temperature",
    "[length] / [time]": "speed",
    "[length] / [time] ** 2": "acceleration",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "1 / [time]": "frequency",
    "[information]": "data",
    "[information] / [time]": "data_rate",
    "[mass] / [length] / [time] ** 2": "pressure",
    "[current]": "electric",
    "[mass] * [length] / [time] ** 2": "force",
    "[mass] / [length] ** 3": "density",
    "[substance]": "substance",
    "[luminosity]": "light",
    "[luminosity] / [length] ** 2": "light",  # a display's "2,000 nits"
    "[current] * [time]": "electric",
    "[mass] * [length] ** 2 / [current] / [time] ** 3": "electric",
    "[length] ** 2 / [time] ** 2": "radiation",
    "[mass] * [length] ** 2 / [time]": "action",
    "[current] * [time] / [length] ** 2": "electric",
}
#: units pint counts as dimensionless that news writes as measures of their own, with
#: spelled forms pint does not list ("parts per million")
DIMENSIONLESS = {
    "bit": ("data", []),
    "byte": ("data", []),
    "decibel": ("sound_level", []),
    "ppm": ("concentration", ["parts per million"]),
    "ppb": ("concentration", ["parts per billion"]),
}

#: pint unit name -> our code, where the contract already had a code or pint's symbol
#: would read badly in a record ("d" for day, "a" for year)
CODES = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "hour": "h",
    "minute": "min",
    "second": "s",
    "metric_ton": "t",
    "tonne": "t",
    "degree": "deg",
    "degree_Celsius": "degC",
    "degree_Fahrenheit": "degF",
    "kelvin": "K",
    "liter": "L",
    "mile_per_hour": "mph",
    "kilometer_per_hour": "km/h",
    "horsepower": "hp",
    "british_horsepower": "hp",
    "inch": "in",
    "pound": "lb",
    "ounce": "oz",
    "kilowatt_hour": "kWh",
    "watt_hour": "Wh",
    "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh",
}

#: units read by hand rules or time rules, or too rare in news to risk a collision
SKIP_UNITS = {
    "gilbert",  # its "Gb" is the gigabit
    "percent",
    "permille",
    "ppt",
    "count",
    "radian",
    "steradian",
    "dimensionless",
    "point",
    "decade",
    "century",
    "millennium",
    "fortnight",
    "gross",
    "are",
    "hand",
    "stone",
    "bar",
    "cup",
    "dozen",
    "baker_dozen",
    "pi",
    "neper",
    "bel",
    "turn",
    "bag",
    "percent_by_mass",
}

#: surface forms never taken from pint: English words or news abbreviations with
#: another meaning after a number
SKIP_ALIASES = {
    # words, titles, road and place abbreviations, and other units' symbols: "Dr", "Rd",
    # "VA" (Virginia), "fps" (frames a second, not feet), "dpi" (dots per inch, not dry
    # pints), "e" (a letter), "kn"/"kt" (knots by name only), "mps" (a lower-case form
    # matches in any case, and "MPs" are members of parliament; "m/s" stays)
    "mps",
    "rod",
    "rd",
    "Rd",
    "fur",
    "dr",
    "li",
    "e",
    "jig",
    "pk",
    "gi",
    "gr",
    "th",
    "au",
    "dpi",
    "toe",
    "pdl",
    "fps",
    "cps",
    "sft",
    "smi",
    "kn",
    "kt",
    "ly",
    "Ry",
    "Eh",
    "Bi",
    "Ba",
    "BF",
    "FBM",
    "At",
    "SPL",
    "LMH",
    "RKM",
    "Gal",
    "VA",
    "in",
    "a",
    "at",
    "pc",
    "mil",
    "pt",
    "are",
    "point",
    "points",
    "gross",
    "bar",
    "bars",
    "hand",
    "hands",
    "stone",
    "stones",
    "cup",
    "cups",
    "cc",
    "min",
    "hr",
    "hrs",
    "h",
    "d",
    "s",
    "sec",
    "yr",
    "yrs",
    "mo",
    "wk",
    "Da",
    "u",
    "b",
    "B",
    "M",
    "k",
    "K",
    "c",
    "C",
    "F",
    "P",
    "T",
    "G",
    "E",
    "g",
    "l",
    "L",
    "m",
    "t",
    "N",
    "J",
    "W",
    "V",
    "A",
    "S",
    "H",
    "R",
    "Gy",
    "Sv",
    "lm",
    "lx",
    "cd",
    "mol",
    "kat",
    "Bd",
    "bd",
    "Bq",
    "Ci",
    "rad",
    "rem",
    "st",
    "grain",
    "grains",
    "line",
    "lines",
    "pica",
    "picas",
    "ton",
    "tons",
    "short_ton",
    "long_ton",
    "carat",
    "carats",
    "ct",
    "unit",
    "units",
    "degree",
    "degrees",
    "deg",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "pound",
    "pounds",
    "quad",
    "quads",
}

#: units that take SI prefixes in practice (pint allows a prefix on any unit)
PREFIXED = {
    "meter": "m",
    "gram": "g",
    "liter": "L",
    "watt": "W",
    "watt_hour": "Wh",
    "joule": "J",
    "hertz": "Hz",
    "volt": "V",
    "ampere": "A",
    "ampere_hour": "Ah",
    "electron_volt": "eV",
    "pascal": "Pa",
    "newton": "N",
    "byte": "B",
    "bit": "b",
    "gray": "Gy",
    "year": "yr",
    "second": "s",
    "ohm": "Ω",
    "tesla": "T",
    "barn": "b",
    "bar": "bar",
    "bit_per_second": "bps",
    "byte_per_second": "B/s",
}
#: spelled words for the prefixed symbols pint writes as products
WORDS = {
    "watt_hour": "watt-hour",
    "electron_volt": "electronvolt",
    "ampere_hour": "amp-hour",
    "bit_per_second": "bits per second",
    "byte_per_second": "bytes per second",
}
PREFIXES = [
    "atto",
    "femto",
    "pico",
    "nano",
    "micro",
    "milli",
    "centi",
    "deci",
    "kilo",
    "mega",
    "giga",
    "tera",
    "peta",
    "exa",
    "kibi",
    "mebi",
    "gibi",
    "tebi",
]
#: news writes the common prefixed litres and bit rates in lower case ("500ml", "100 cl",
#: "a 100 mbps line"); pint's symbols are "mL", "cL", "dL", "Mbps", "Gbps"
LOWER_FORMS = {
    "milliliter": ["ml"],
    "centiliter": ["cl"],
    "deciliter": ["dl"],
    "megabit_per_second": ["mbps"],
    "gigabit_per_second": ["gbps"],
}
LENGTHS = {
    "meter": "m",
    "kilometer": "km",
    "centimeter": "cm",
    "millimeter": "mm",
    "foot": "ft",
    "mile": "mi",
    "inch": "in",
    "yard": "yd",
}


#: the prefixes each unit takes in the writing this pipeline reads, from the smallest to
#: the largest used; any other prefixed symbol is an English word or a name more often
#: than a unit ("as" attosecond, "Ms" megasecond, "MT" megatesla, "EV" exavolt, "PA"
#: petaampere, "Kim" kibimetre, "mbps" millibit a second, "dB" decibyte)
PREFIX_RANGES = {
    "meter": ("atto", "kilo"),
    "gram": ("pico", "peta"),  # "Pg"/"Tg" of carbon
    "liter": ("micro", "giga"),  # "ML" of water
    "watt": ("nano", "tera"),
    "watt_hour": ("milli", "tera"),
    "joule": ("micro", "exa"),  # "EJ" of primary energy
    "hertz": ("kilo", "tera"),
    "volt": ("micro", "mega"),
    "ampere": ("nano", "kilo"),
    "ampere_hour": ("milli", "kilo"),
    "electron_volt": ("milli", "peta"),
    "pascal": ("milli", "giga"),
    "newton": ("micro", "mega"),
    "gray": ("micro", "milli"),
    "second": ("femto", "milli"),
    "ohm": ("milli", "giga"),
    "tesla": ("nano", "milli"),
    "year": ("kilo", "giga"),
    "barn": ("femto", "femto"),  # particle physics ("1 fb-1"); "ab", "pb" are words, "PB"
    "bar": ("milli", "milli"),  # weather ("960 millibars"); "bar" alone is a word
}
#: extra prefixes outside the SI steps of ``PREFIXES``
EXTRA_PREFIXES = {"pascal": ["hecto"], "liter": ["hecto"]}  # "1013 hPa", beer's "hectolitres"
BINARY = ["kibi", "mebi", "gibi", "tebi"]


def _prefixes(base: str) -> list[str]:
    """The prefixes a unit takes in practice (``PREFIX_RANGES``); data takes kilo and up,
    and the binary prefixes are for data only."""
    si = [p for p in PREFIXES if p not in BINARY]
    if base in ("byte", "bit") or base.endswith("_per_second"):
        return si[si.index("kilo") :] + (BINARY if base in ("byte", "bit") else [])
    low, high = PREFIX_RANGES[base]
    return si[si.index(low) : si.index(high) + 1] + EXTRA_PREFIXES.get(base, [])


def plural(word: str) -> str:
    """English plural of a unit word ("inches", "feet", "centuries", "lux")."""
    if word.endswith("foot"):
        return word[:-4] + "feet"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es" if not word.endswith(("lux", "hertz", "siemens")) else word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _spellings(name: str) -> list[str]:
    """pint writes American "meter"; news writes "metre" too."""
    words = [name.replace("_", " ")]
    for us, uk in (("meter", "metre"), ("liter", "litre")):
        if us in name:
            words.append(words[0].replace(us, uk))
    return words


def _plural_phrase(word: str) -> str:
    """The head takes the plural: "square feet", "degrees Celsius"."""
    head, _, rest = word.partition(" ")
    if head == "degree" and rest:
        return "degrees " + rest
    return word[: len(word) - len(word.split(" ")[-1])] + plural(word.split(" ")[-1])


def _forms(names: list[str], symbols: list[str]) -> list[str]:
    out: list[str] = []
    for k, name in enumerate(names):
        for word in _spellings(name):
            out.append(word)
            if (
                k == 0
                and word.replace(" ", "").replace("-", "").isalpha()
                and " per " not in word
                and (word.islower() or word.startswith("degree "))
            ):
                out.append(_plural_phrase(word))
    out += [s for s in symbols if s]
    seen: set[str] = set()
    return [f for f in out if f not in SKIP_ALIASES and not (f in seen or seen.add(f))]


def pint_units(source: str) -> list[dict]:
    import pint

    reg = pint.UnitRegistry()
    rows: dict[str, dict] = {}
    for name, unit in sorted(reg._units.items()):
        if name != unit.name or name in SKIP_UNITS or name.startswith(("planck", "atomic_unit")):
            continue
        dim, words = DIMENSIONLESS.get(name, (None, []))
        dim = dim or DIMENSIONS.get(str(reg.get_dimensionality(name)))
        if dim is None:
            continue
        code = CODES.get(name) or unit.symbol or name
        names = [name, *unit.aliases] if not words else words  # not "ppms"
        forms = _forms(names, [unit.symbol])
        rows[name] = _row(f"pint_{name}", code, dim, forms, source)
        symbol = unit.symbol
        if symbol in SKIP_ALIASES and len(symbol) <= 3 and symbol not in ("in", "a", "at"):
            rows[name]["numerator"] = [unit.symbol]  # "W" only in "W/min"
    for base, symbol in PREFIXED.items():
        expr = base.replace("_per_", " / ").replace("_hour", " * hour")
        dim = DIMENSIONS.get(str(reg.parse_units(expr).dimensionality))
        if base in ("byte", "bit"):
            dim = "data"
        elif base.endswith("_per_second"):
            dim = "data_rate"
        for prefix in _prefixes(base):
            full = prefix + base
            psym = reg._prefixes[prefix].symbol
            code = CODES.get(full) or psym + symbol
            word = prefix + WORDS.get(base, base)
            spaced = word.replace("-", " ")  # "kilowatt hour(s)": aliases get no plural
            words = [word, spaced, _plural_phrase(spaced)] if spaced != word else [word]
            symbols = [psym + symbol] + LOWER_FORMS.get(full, [])
            rows.setdefault(
                full,
                _row(f"pint_{full}", code, dim or "measure", _forms(words, symbols), source),
            )
    for name, symbol in LENGTHS.items():
        for power, word, short in ((2, "square", "sq"), (3, "cubic", "cu")):
            dim = "area" if power == 2 else "volume"
            words = [f"{word} {w}" for w in _spellings(name)]
            forms = _forms(
                words,
                [
                    f"{symbol}{power}",
                    f"{symbol}²" if power == 2 else f"{symbol}³",
                    f"{short} {symbol}",
                    # "3.1 cubic km", "40 square ft" (not "square in": a place)
                    f"{word} {symbol}" if symbol != "in" else "",
                    f"{symbol}^{power}",
                    f"{symbol} {'squared' if power == 2 else 'cubed'}",
                ],
            )
            rows[f"{word}_{name}"] = _row(
                f"pint_{word}_{name}", f"{symbol}{power}", dim, forms, source
            )
    return list(rows.values())


def _row(rid: str, code: str, dim: str, after: list[str], source: str, before=()) -> dict:
    return {
        "id": rid,
        "code": code,
        "dimension": dim,
        "after": after,
        "before": list(before),
        "hyphen": dim != "currency",
        "source": source,
    }


def _writes_after(symbol: str) -> bool:
    """A symbol a locale writes after the amount ("75 zł", "300 Kč", "500 FCFA") reads
    there in English text too, when it cannot be a word or a letter: it has a character
    beyond ASCII or a "$", or three letters or more not all lower case ("den" is a word).
    Invisible or spaced symbols ("F\u202fCFA", Arabic ones with a direction mark) are left
    out: news writes them otherwise."""
    if not symbol.isprintable() or any(c.isspace() for c in symbol):
        return False
    if any(not c.isascii() for c in symbol) or "$" in symbol:
        return True
    return len(symbol) >= 3 and not symbol.islower()


def cldr_currencies(source: str, taken: frozenset[str] = frozenset()) -> list[dict]:
    """One row per ISO 4217 currency: English names and plurals, the symbols CLDR's
    locales give it alone, and, after the amount, those of them a locale writes there
    (not ``taken``: the forms of measures, so "KM" stays kilometres)."""
    from babel import Locale, localedata, numbers

    en = Locale("en")
    bare = {
        head: codes
        for head, codes in bare_nouns().items()
        if len(codes) == 1 or head[0] in DEFAULTS
    }
    claims: dict[str, set[str]] = defaultdict(set)
    trailing: set[str] = set()
    for ident in localedata.locale_identifiers():
        if "_" not in ident:
            continue
        loc = Locale.parse(ident)
        for code in numbers.get_territory_currencies(loc.territory or "", tender=True):
            symbol = loc.currency_symbols.get(code)
            if symbol and symbol != code and any(c.isalpha() or not c.isascii() for c in symbol):
                claims[symbol].add(code)
                if loc.currency_formats["standard"].pattern.rstrip().endswith("¤"):
                    trailing.add(symbol)
    rows = []
    for code in sorted(numbers.list_currencies()):
        names = [numbers.get_currency_name(code, 1, "en"), numbers.get_currency_name(code, 2, "en")]
        if names[0] == code:
            continue
        own = en.currency_symbols.get(code)
        symbols = {own} if own and own != code else set()
        symbols |= {s for s, codes in claims.items() if codes == {code}}
        symbols -= {en_s for c, en_s in en.currency_symbols.items() if c != code}
        before = sorted(s for s in symbols if len(s) > 1 or not s.isascii()) + [code]
        behind = sorted(s for s in symbols & trailing if _writes_after(s) and s not in taken)
        after = list(dict.fromkeys(names + [n.lower() for n in names] + [code] + behind))
        after += [f for head, codes in bare.items() if codes == [code] for f in forms(head)]
        rows.append(_row(f"cldr_{code.lower()}", code, "currency", after, source, before))
    for head, codes in sorted(bare.items()):
        if len(codes) > 1 and head[0] in DEFAULTS:
            rid, code = f"cldr_bare_{head[0]}", DEFAULTS[head[0]]
            rows.append(_row(rid, code, "currency", forms(head), source))
    return rows


def cldr_currency_contexts(source: str) -> list[dict]:
    """For each bare noun several currencies share, one rule per currency other than its
    default: the noun reads as that one where the document names its country more."""
    in_use = currencies_in_use()
    rows = []
    for head, codes in sorted(bare_nouns().items()):
        default = DEFAULTS.get(head[0])
        if len(codes) < 2 or default is None:
            continue
        against = country_words(default, in_use[default])
        for code in codes:
            if code == default:
                continue
            rows.append(
                {
                    "id": f"cldr_bare_{head[0]}_{code.lower()}",
                    "symbol": head[0],
                    "forms": forms(head),
                    "default": f"cldr_bare_{head[0]}",
                    "unit": f"cldr_{code.lower()}",
                    "words": country_words(code, in_use[code]),
                    "against": against,
                    "source": source,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    import babel
    import pint

    rules = Path((argv or sys.argv[1:] or ["rules"])[0])
    cldr = f"CLDR via babel {babel.__version__}"
    measures = pint_units(f"pint {pint.__version__}")
    taken = frozenset(f for row in measures for f in row["after"] + row["before"])
    rows = measures + cldr_currencies(cldr, taken)
    _write(rules / "units_generated.jsonl", rows)
    print(
        f"units_generated.jsonl: {len(rows)} units, "
        f"{sum(len(r['after']) + len(r['before']) for r in rows)} forms"
    )
    contexts = cldr_currency_contexts(cldr)
    _write(rules / "currency_contexts_generated.jsonl", contexts)
    print(f"currency_contexts_generated.jsonl: {len(contexts)} contexts")
    return 0


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
