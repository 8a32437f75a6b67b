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
