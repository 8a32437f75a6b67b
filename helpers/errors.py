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


def require_same_articles(ids, known, argument: str, source: str) -> None:
    """Refuse a table of results whose articles the ``articles`` table does not hold.

    ``ids``: the article ids of the results (``argument``, e.g. ``"tagged"``); ``known``: those of the
    ``articles`` table. Results of a corpus with articles the table lacks would be dropped without a
    word (a table loaded before an article was added, or the shipped corpus by default), so this
    raises :class:`CorpusError` naming the missing ids and the fix. ``source`` names the function
    whose results they are.
    """
    missing = sorted(set(map(str, ids)) - set(map(str, known)))
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise CorpusError(f"{argument} holds article(s) {shown} that the articles table does not (their rows "
                          f"would be dropped). Pass the articles of the same corpus: {source}(..., "
                          "articles=load_articles(folder)); without articles= the course's own corpus is "
                          "used. If you added an article after loading, load the tables again.")
