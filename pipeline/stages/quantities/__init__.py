"""Stage 2, quantities: numbers, units, qualifiers, ranges, level vs change."""
