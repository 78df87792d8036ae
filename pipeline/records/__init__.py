"""Processed Doc to plain records (build), and the JSON Schemas they follow (schema, schemas/)."""
