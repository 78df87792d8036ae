"""Import every stage component, which registers its spaCy factory (``newsfacts_*``)."""

from pipeline.stages.attribution import component as attribution
from pipeline.stages.context import component as context
from pipeline.stages.defects import component as defects
from pipeline.stages.entities import component as entities
from pipeline.stages.paragraphs import component as paragraphs
from pipeline.stages.quantities import component as quantities
from pipeline.stages.time import component as time

__all__ = ["attribution", "context", "defects", "entities", "paragraphs", "quantities", "time"]
