"""Stage 5, defects: what is wrong with the text itself (pure checks, no pandas)."""
