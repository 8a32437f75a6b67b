"""What students look at: figures (plots) and ipywidgets views."""
