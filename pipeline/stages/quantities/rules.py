"""The rule kinds of the quantities stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from pipeline.rules.loader import Rule


class NumberWordRule(Rule):
    word: str
    #: multiple_word: "twice", "double", read as a multiple only before a
    #: ``multiple_of`` cue ("twice the size", "double that of 2019", "twice as fast") or
    #: a rate ("twice a week")
    kind: Literal[
        "digit", "scale", "vague", "fraction", "ordinal", "multiple_verb", "multiple_word"
    ]
    value: float
    low: float | None = None
    high: float | None = None
    direction: Literal["increase", "decrease"] | None = None
    attached_only: bool = False
    #: an abbreviation that is also a unit symbol ("m" metres, "K" kelvin, "B" bytes): a
    #: scale only next to a currency or before a plural noun, "of" or a unit
    ambiguous: bool = False


class UnitRule(Rule):
    code: str
    dimension: Literal[
        "currency",
        "percent",
        "pp",
        "bp",
        "points",
        "multiple",
        "count",
        "rank",
        "fraction",
        "mass",
        "area",
        "length",
        "volume",
        "energy",
        "power",
        "duration",
        "age",
        "temperature",
        "speed",
        "acceleration",
        "frequency",
        "data",
        "data_rate",
        "pressure",
        "electric",
        "force",
        "density",
        "substance",
        "light",
        "radiation",
        "action",
        "fuel_economy",
        "angle",
        "concentration",
        "sound_level",
        "measure",
    ]
    after: list[str] = []
    before: list[str] = []
    hyphen: bool = False
    #: where a generated entry came from ("pint 0.25.3", "CLDR via babel 2.19.0")
    source: str | None = None
    #: a subunit: the value is given in ``code`` times ``factor`` ("42 cents" = USD 0.42)
    factor: float = 1.0
    #: a subunit several currencies name alike ("cents"): it is the hundredth of the
    #: nearest money figure of its sentence when that figure's currency is listed here
    #: ("€1.79 a litre, 6 cents more" is EUR 0.06), else of ``code``
    minor_of: list[str] = []
    #: symbols too short to read alone, read (as written) only before a slash and a
    #: unit: "W" in "W/min", "J" in "J/m^2"
    numerator: list[str] = []
    #: the forms match only as written ("L" is litres, "l" is not read)
    exact_case: bool = False
    #: a form that is also an English word, read as the unit only where the parse says
    #: so: "no_object" = the word has no object ("2 in." and "2 in thick" are inches,
    #: "two in my car" is not); "before_of" = only before "of" ("2 cups of flour", not
    #: "won 3 cups"); "glued" = only written against the digits ("39.5C", "65W"; a
    #: spaced "7 C" is a letter)
    context: Literal["no_object", "before_of", "glued"] | None = None
    #: the id of a currency rule the same word names where money is talked about
    #: ("pounds": lb, or GBP after a scale word or with a ``money_context`` cue in the
    #: sentence or "£" in the document, unless a ``weight_context`` cue is there)
    money_unit: str | None = None
    #: the forms are this unit only in a document that names one of these words or
    #: phrases (as written, whole words): "R14.2bn" is rand in a story that names South
    #: Africa, "R8" elsewhere is an Audi
    document_words: list[str] = []
    #: the unit's length in seconds, so that a duration written in several units adds
    #: up to one figure ("2 hours, 1 minute and 9 seconds" is 7269 s)
    seconds: float | None = None


class CurrencyContextRule(Rule):
    """A currency symbol two currencies write ("¥": yuan and yen) reads as ``unit`` (a
    unit rule id) instead of ``default`` in a document whose words name ``unit``'s
    country more often than ``default``'s (``words`` against ``against``, as written)."""

    symbol: str
    #: the symbol's written forms, if more than itself ("francs", "kroner")
    forms: list[str] = []
    default: str
    unit: str
    words: list[str]
    against: list[str]
    #: where a generated entry came from ("CLDR via babel 2.19.0")
    source: str | None = None


class NotQuantityRule(Rule):
    """A name that carries a number ("FTSE 100", "iPhone 15", "Game 7"): the number is no
    quantity. ``words`` are the lower-cased tokens just before the number; ``pos`` says
    ``unit`` turns the number into that
    unit instead of dropping it ("category 3" is a rank)."""

    words: list[str]
    unit: str | None = None
    #: the name of a market index: a bare figure after a level cue is in index points
    index: bool = False
    #: ``words`` follow the number, written against it ("5G", "4G": a network generation)
    glued_after: bool = False
    note: str = ""


class QualifierRule(Rule):
    phrase: str
    qualifier: Literal["exact", "about", "over", "at_least", "under", "at_most"]
    bound: Literal["low", "high"] | None = None


CueRole = Literal[
    "change_before",
    "change_after",
    "change_after_speed",
    "change_link",
    "change_modifier",
    "basis_after",
    "rank",
    "anchor_before",
    "age_before",
    "multiple_before",
    "comparison_after",
    "multiple_of",
    "exchange_link",
    "anchor_after_superlative",
    "poll_word",
    "anchor_after",
    "anchor_to_date",
    #: "for", "lasted": the measure after it is how long something went on, not an anchor
    "duration_before",
    "duration_modifier",
    "time_of_day",
    "month",
    "year_preposition",
    "range_link",
    #: "ranged", "varied": a verb whose "from X to Y" is a range in either order; after
    #: other verbs a falling one is two levels ("went from 5.25% to 5%")
    "range_verb",
    #: "recharged", "moved": a verb whose "from X to Y" is two levels either way, though
    #: no change cue says which way is growth ("recharged from 10% to 80%")
    "level_verb",
    #: "5.2 ± 0.3 kg": the uncertainty joins the figure before it
    "plus_minus",
    "ratio_link",
    "clock_before",
    "range_open",
    "respectively",
    "number_of",
    "negative",
    "pence_context",
    #: words of a sentence that talks money or weight ("paid", "costs"; "weighs", "tow"):
    #: which of its two units a word such as "pounds" is
    "money_context",
    "weight_context",
    "per",
    "level_before",
    #: "call", "hotline": the number after it is one to dial
    "phone_before",
    #: "index", "gauge": in a moving verb's subject, its bare level is in points
    "index_word",
    #: "the 50 mark": a level named by its number
    "level_mark",
    #: a quote mark a counted noun phrase may hold besides those of quote_marks.jsonl
    #: (single quotes, left out there: "businesses'" is no quote to attribution)
    "quote_mark",
    #: an adjective of size after "25m" that keeps the "m" a metre ("a 25m long yacht",
    #: "25m tall trees"); other adjectives are skipped to the noun ("4.5m postal ballots")
    "measure_adjective",
    #: an everyday unit whose singular the article counts as one ("a gallon of beer",
    #: "cut by a penny"); units whose singular is an idiom ("a bit", "a second", "a
    #: pound") are left out
    "article_unit",
    #: a phrase in which the article before such a unit is no figure ("by a mile")
    "article_idiom",
    #: "price", "cost": "the price of a barrel of Brent rose to $84" is a price per barrel
    "price_word",
]


class QuantityCueRule(Rule):
    role: CueRole
    words: list[str]
    direction: Literal["increase", "decrease"] | None = None
    match: Literal["lemma", "lower"] = "lower"


#: how a number was read (``Quantity.kind`` when exclusions are checked)
ReadKind = Literal["digits", "words", "vague", "fraction", "ordinal", "multiple_verb", "named"]

#: the checks of ``quantities/exclusions.py`` and the parameters each needs
EXCLUSION_CHECKS: dict[str, tuple[str, ...]] = {
    "ordinal_without_rank_cue": ("role", "words", "pos"),
    "cue_before": ("role",),
    "cue_after": ("role",),
    "clock_time": ("role",),
    "glued_to_word": (),
    "time_anchor": ("dimensions", "words"),
    "in_date_entity": ("labels", "dimensions"),
    "year": ("role", "words"),
    "score_pair": (),
    "leading_zero": (),
    "street_address": ("words",),
    "list_marker": ("words",),
    "identifier": ("pos",),
    "numbered_noun": ("pos", "words"),
    "model_code": (),
    "code_name": (),
    "phone_number": ("role",),
    "capitalised_word": (),
    "bare_one": (),
    "type_of_thing": ("dimensions", "words"),
    "adjacent_number": (),
}

ExclusionCheck = Literal[
    "ordinal_without_rank_cue",
    "cue_before",
    "cue_after",
    "clock_time",
    "glued_to_word",
    "time_anchor",
    "in_date_entity",
    "year",
    "score_pair",
    "leading_zero",
    "street_address",
    "list_marker",
    "identifier",
    "numbered_noun",
    "model_code",
    "code_name",
    "phone_number",
    "capitalised_word",
    "bare_one",
    "type_of_thing",
    "adjacent_number",
]


class QuantityExclusionRule(Rule):
    """A number read that is no quantity: ``check`` names a predicate of
    ``pipeline/stages/quantities/exclusions.py``, tried on figures read as one of
    ``kinds`` (and, with ``unitless``/``exact``, only without a unit or a qualifier); the
    first rule that holds drops the figure. The other fields are the check's parameters."""

    check: ExclusionCheck
    kinds: list[ReadKind]
    unitless: bool = False
    exact: bool = False
    #: a ``quantity_cues`` role the check looks up
    role: CueRole | None = None
    #: words or marks the check reads (what each means is in the check's docstring)
    words: list[str] = []
    #: spaCy coarse part-of-speech tags
    pos: list[str] = []
    #: spaCy entity labels
    labels: list[str] = []
    #: unit dimensions
    dimensions: list[str] = []
    #: time_anchor: unit code -> the value from which a span in it is an age in deep
    #: time ("66 million years ago", "4.5 Gyr ago"), a figure no calendar places, kept
    deep_time: dict[str, float] = {}
    #: time_anchor: units of a span after a change's "in" that measure how long it took
    #: ("dropped 6,000 feet in three minutes"), not the period it is counted over
    measured: list[str] = []
    note: str = ""

    @model_validator(mode="after")
    def _parameters(self) -> QuantityExclusionRule:
        missing = [f for f in EXCLUSION_CHECKS[self.check] if not getattr(self, f)]
        if missing:
            raise ValueError(f"check {self.check!r} needs {', '.join(missing)}")
        return self


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "numbers": NumberWordRule,
    "units": UnitRule,
    "units_generated": UnitRule,
    "not_quantities": NotQuantityRule,
    "qualifiers": QualifierRule,
    "quantity_cues": QuantityCueRule,
    "quantity_exclusions": QuantityExclusionRule,
    "currency_contexts": CurrencyContextRule,
    "currency_contexts_generated": CurrencyContextRule,
}
