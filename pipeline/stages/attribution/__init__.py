"""Stage 4, attribution: quotes, reported speech, according-to and data sources."""
