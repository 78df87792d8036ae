"""The stages, one registered spaCy factory each. Importing this package registers them
(and the rule kinds they read) with spaCy."""

from pipeline.components import defects, entities, paragraphs, quantities  # noqa: F401
from pipeline.components import attribution  # noqa: F401
from pipeline.components import time  # noqa: F401
