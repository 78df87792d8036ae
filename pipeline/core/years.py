"""What counts as a year of modern news, defined once: a format, not a vocabulary.

The quantities stage skips such numbers (they are dates, not figures) and the time stage
reads them; both must agree, or a number would be neither or both.
"""

from __future__ import annotations

FIRST_YEAR = 1800
LAST_YEAR = 2099
#: a four-digit year from FIRST_YEAR to LAST_YEAR, as a regex (no anchors, no groups)
YEAR_PATTERN = r"(?:1[89]\d\d|20\d\d)"


def is_year(value: float, digits: str) -> bool:
    """``digits`` as written ("2023") is a year: four digits in the range."""
    return len(digits) == 4 and FIRST_YEAR <= value <= LAST_YEAR
