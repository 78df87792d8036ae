"""Paragraph boundaries: line breaks become sentence starts, before the parser."""
