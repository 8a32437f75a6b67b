"""An age in apposition after a name: "Milica, 34, a teacher", "Ana Ilić, aged 58, said".

Reports introduce private people with their age between commas. The quote engine (a speaker's
appositive after the age, a first name standing alone) and the mention finder (names outside the
alias table) read that age with the one pattern here, so a name is a person in both or in neither.

A capitalised word with an age after it is read as a **first name alone** when the sentence goes on
in lower case after the age (", 34, a teacher", ", 17, said"; not a score "Partizan, 2, Zvezda, 1")
and the word does not follow a preposition or "the" ("a woman from Zaječar, 61, said" names a town;
"the Minister of the Interior, 54," a role).

Blind spots: an age written in words (", thirty-four,") or in brackets ("Milica (34)") is not read; a
name after another preposition than from, in, of, at, near is taken for a first name.
"""

from __future__ import annotations

from helpers._text.programs import re_compile

#: The age right after a name: a comma, perhaps "aged", one to three digits, a comma and a space.
AGE = r",\s+(?:aged\s+)?\d{1,3}(?=,\s)"
_AGE_AFTER = re_compile(AGE)
#: The age and the sentence going on in lower case: how a first name alone is introduced.
_AGE_THEN_LOWER = re_compile(AGE + r",\s+(?=[a-z])")
#: Words before a capitalised word that make it a place or a role, not a first name.
_NOT_A_FIRST_NAME_BEFORE = re_compile(r"(?:\d,|\b(?:from|in|of|at|near|the))\s+$")


def age_after(text: str, end: int) -> int | None:
    """Where an age in apposition that starts at ``end`` ends, or None without one.

    Returns
    -------
    int or None
        The offset of the comma closing the age (", 34" of "Milica, 34, a teacher"), None if no
        age follows ``end``.
    """
    m = _AGE_AFTER.match(text, end)
    return None if m is None else m.end()


def aged_first_name(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]``, a capitalised word, is a first name introduced with an age.

    "Milica, 34, a teacher", "His friend Karim, 17, said": an age follows and the sentence goes on in
    lower case; the word does not follow a preposition or "the" (module docstring).

    Returns
    -------
    bool
        Whether the word reads as a person's first name standing alone.
    """
    return (_AGE_THEN_LOWER.match(text, end) is not None
            and _NOT_A_FIRST_NAME_BEFORE.search(text, max(0, start - 8), start) is None)
