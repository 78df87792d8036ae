"""Stage 1, entities: spaCy NER plus gazetteer rules with canonical names."""
