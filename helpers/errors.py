"""The one exception type the package raises for problems a user can fix."""


class CorpusError(ValueError):
    """A problem with the corpus or with an argument, explained for a student.

    The message names the file (or argument), the field and what to do.
    It subclasses ``ValueError`` so ``except ValueError`` also catches it.
    """


def choice_error(argument: str, value, allowed) -> CorpusError:
    """Build the error for an unknown name: says the argument and the allowed values."""
    allowed = sorted(str(a) for a in allowed)
    return CorpusError(
        f"{argument}={value!r} is not known. Allowed values: {', '.join(allowed)}."
    )


def require_table(table, columns, argument: str, what: str | None = None, allow_empty: bool = False,
                  copy: bool = True):
    """Check an argument that must be a table, and return a copy of it.

    Callers never change the user's table; ``copy=False`` returns the table itself, for callers that
    only read it.

    Raises :class:`CorpusError` naming ``argument`` when ``table`` is not a pandas DataFrame, lacks
    one of ``columns``, or (unless ``allow_empty``) has no rows. ``what`` says where such a table
    usually comes from (e.g. ``"load_sentences()"``) and is added to the message.
    """
    import pandas as pd

    cols = ", ".join(columns)
    usually = f"; it usually comes from {what}" if what else ""
    if not isinstance(table, pd.DataFrame):
        raise CorpusError(f"{argument} must be a pandas DataFrame with columns {cols}{usually}; "
                          f"got {type(table).__name__}.")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise CorpusError(f"{argument} is missing columns {', '.join(missing)} (needed: {cols}{usually}).")
    if table.empty and not allow_empty:
        raise CorpusError(f"{argument} is empty: there is nothing to analyse. Pass a table with at least "
                          "one row (or None for the shipped corpus).")
    return table.copy() if copy else table
