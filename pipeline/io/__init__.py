"""Reading input: bytes to text (decoding), refusals (screening), documents (inputs),
long texts in pieces (chunking)."""
