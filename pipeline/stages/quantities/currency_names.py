"""Bare currency nouns ("francs", "zlotys", "pesos") from CLDR, for ``vocab_build``.

News writes "1.3 billion francs" with no country adjective. CLDR (via babel) names each
currency in English ("Swiss franc", "Swiss francs"); its last word is the bare noun. Where
one currency in use has that noun ("zloty", "baht", "rupiah") the noun is a form of it.
Where several do ("franc": CHF, XOF, XAF, RWF...), the noun reads as the one in
``DEFAULTS`` (a choice made here: the currency English news means when it names no
country), and a generated currency context switches it to another where the document
names that currency's country or adjective ("Rwanda", "Rwandan") more often than the
default's. Nouns that are English words ("real", "mark", "gold", "sol") are left out, and so
are "dollar", "pound" and "won", which the hand rules read ("$", "pounds" of weight).
"""

from __future__ import annotations

from collections import defaultdict

#: bare noun -> the currency it means when the document names no country
DEFAULTS = {
    "franc": "CHF",
    "peso": "MXN",
    "dirham": "AED",
    "krone": "NOK",
    "riyal": "SAR",
    "rial": "IRR",
    "ruble": "RUB",
    "rupee": "INR",
    "shilling": "KES",
    "kwacha": "ZMW",
    "leu": "RON",
}
#: bare nouns never read alone
SKIP = {"real", "mark", "gold", "sol", "dollar", "pound", "dinar", "kip", "dram", "dong", "won"}
#: British spellings CLDR does not write
SPELLINGS = {"ruble": ["rouble", "roubles"]}
#: words of territory and currency names too general to say which country a story is
#: about
GENERIC = {"New", "South", "North", "Central", "West", "East", "African", "Islands", "Island"}
GENERIC |= {"Republic", "Saint", "St.", "United", "States", "Kingdom", "Democratic", "CFA"}
GENERIC |= {"the", "and", "of", "Special", "Administrative", "Region", "SAR", "China"}


def currencies_in_use() -> dict[str, set[str]]:
    """ISO code -> the territories (CLDR codes) whose legal tender it is today."""
    from babel import Locale, numbers

    out: dict[str, set[str]] = defaultdict(set)
    for territory in Locale("en").territories:
        for code in numbers.get_territory_currencies(territory, tender=True):
            out[code].add(territory)
    return out


def bare_nouns() -> dict[tuple[str, str], list[str]]:
    """(singular, plural) bare noun -> the ISO codes in use that CLDR names with it."""
    from babel import numbers

    heads: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code in sorted(currencies_in_use()):
        one, many = (numbers.get_currency_name(code, n, "en") for n in (1, 2))
        if one == code:
            continue
        head = (one.split()[-1].lower(), many.split()[-1].lower())
        if head[0] not in SKIP:
            heads[head].append(code)
    return heads


def forms(head: tuple[str, str]) -> list[str]:
    return list(dict.fromkeys([*head, *SPELLINGS.get(head[0], [])]))


def country_words(code: str, territories: set[str]) -> list[str]:
    """The single words of the currency's English name and of its territories' names that
    point to one country ("Swiss", "Switzerland", "Rwandan", "Rwanda")."""
    from babel import Locale, numbers

    en = Locale("en")
    names = [numbers.get_currency_name(code, 1, "en")] + [en.territories[t] for t in territories]
    words = [w.strip(",()") for name in names for w in name.split()]
    keep = (w for w in words if w[:1].isupper() and w not in GENERIC and len(w) > 2)
    return sorted(set(keep))
