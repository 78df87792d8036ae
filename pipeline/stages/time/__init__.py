"""Stage 3, time: time expressions resolved to periods against the publication date."""
