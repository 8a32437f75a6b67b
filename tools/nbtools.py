"""Tiny authoring helper: build a notebook from a list of ("md"|"code", source, tags)."""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


def build(cells, path):
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, c in enumerate(cells):
        kind, src = c[0], c[1].strip("\n")
        tags = list(c[2]) if len(c) > 2 else []
        cell = new_markdown_cell(src) if kind == "md" else new_code_cell(src)
        cell.id = f"c{i:03d}"  # stable ids: regenerating a notebook gives a clean diff
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.write(nb, path)
