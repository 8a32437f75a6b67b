"""The private text engine: folding, terms to patterns, quotation spans, scanning."""
