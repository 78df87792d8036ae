"""The generated vocabulary (``rules/units_generated.jsonl``) is what its generator writes
from the installed pint and babel, and carries the choices the generator makes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.stages.quantities import vocab_build

RULES = Path(__file__).resolve().parents[1] / "rules"
GENERATED = RULES / "units_generated.jsonl"
CONTEXTS = RULES / "currency_contexts_generated.jsonl"


def _committed(path: Path = GENERATED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_committed_file_is_what_the_generator_writes():
    pint = pytest.importorskip("pint")
    babel = pytest.importorskip("babel")
    committed = _committed()
    sources = {r["source"] for r in committed}
    here = {f"pint {pint.__version__}", f"CLDR via babel {babel.__version__}"}
    if sources != here:
        pytest.skip(f"the file was generated from {sorted(sources)}, this machine has {here}")
    rows = vocab_build.pint_units(f"pint {pint.__version__}") + vocab_build.cldr_currencies(
        f"CLDR via babel {babel.__version__}"
    )
    assert rows == committed, "rules/units_generated.jsonl is stale: run `make rules`"
    contexts = vocab_build.cldr_currency_contexts(f"CLDR via babel {babel.__version__}")
    assert contexts == _committed(CONTEXTS), "currency_contexts_generated.jsonl is stale"


def test_units_pint_calls_dimensionless_are_measures_here():
    by_id = {r["id"]: r for r in _committed()}
    assert by_id["pint_byte"]["dimension"] == "data" and "bytes" in by_id["pint_byte"]["after"]
    assert by_id["pint_bit"]["code"] == "bit"
    assert by_id["pint_decibel"]["code"] == "dB"
    assert by_id["pint_ppm"]["after"] == ["parts per million", "ppm"]  # no "ppms"


def test_data_units_take_no_sub_unit_prefixes():
    """ "dB" is the decibel and "mbps" is megabits: no decibyte or millibit per second."""
    codes = {r["code"]: r["id"] for r in _committed()}
    assert codes["dB"] == "pint_decibel"
    assert "pint_millibit_per_second" not in codes.values()
    assert vocab_build._prefixes("byte")[0] == "kilo"
    assert "milli" in vocab_build._prefixes("meter")
    by_id = {r["id"]: r for r in _committed()}
    assert "mbps" in by_id["pint_megabit_per_second"]["after"]


def test_each_unit_takes_only_the_prefixes_news_writes():
    """ "Ms" is a title and "MT" a metric ton: no megasecond, no megatesla, no kibimetre."""
    ids = {r["id"] for r in _committed()}
    assert {"pint_kilometer", "pint_millisecond", "pint_gigawatt_hour", "pint_kibibyte"} <= ids
    assert not ids & {"pint_megasecond", "pint_megatesla", "pint_kibimeter", "pint_attosecond"}
    assert vocab_build._prefixes("pascal")[-1] == "hecto"
    assert "kibi" not in vocab_build._prefixes("byte_per_second")


def test_bare_currency_nouns_from_cldr():
    """A noun one currency in use has is its form; a shared one reads as its default and
    switches by the document's country words."""
    by_id = {r["id"]: r for r in _committed()}
    assert "zlotys" in by_id["cldr_pln"]["after"] and "baht" in by_id["cldr_thb"]["after"]
    assert by_id["cldr_bare_franc"]["code"] == "CHF"
    assert "roubles" in by_id["cldr_bare_ruble"]["after"]  # the British spelling
    assert "real" not in by_id["cldr_brl"]["after"]  # an English word
    contexts = {r["id"]: r for r in _committed(CONTEXTS)}
    rwf = contexts["cldr_bare_franc_rwf"]
    assert rwf["unit"] == "cldr_rwf" and {"Rwanda", "Rwandan"} <= set(rwf["words"])
    assert "Swiss" in rwf["against"]
