"""What every layer shares: spans and positions (text_of, Located), ids, the Doc/Span extensions."""
