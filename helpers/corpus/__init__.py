"""The corpus: paths, catalogue, cleaning and loading."""
