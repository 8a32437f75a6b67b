"""One module per analysis question: tidy table in, tidy table out."""
