"""Running a batch (batch), engines (local pool, Dask), extract in small steps, the atomic
output writer, reuse and cross-document conflicts."""
