"""Stage 3b, context: what each figure measures, whose it is and when (from the parse)."""
