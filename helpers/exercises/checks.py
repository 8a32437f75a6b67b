"""Self-checks for exercises: ``check("03-2", answer)`` says whether an answer is right.

A student writes an answer into a variable and runs ``check(question_id, answer)``. It prints one
friendly line and returns ``True`` or ``False``:

- ``✅ Correct! ...`` when the answer is accepted;
- ``❌ Not yet. Hint: ...`` when it is not (with a targeted hint for common wrong answers);
- ``⏳ Not yet: replace ... with your answer, then run this cell again.`` while the answer is still
  ``...`` (the placeholder in the student edition) or ``None``.

``check`` never raises (an unknown question id, an answer of the wrong type, a broken CSV: it prints
a "not yet" line saying what to do) and never prints the expected answer.

Two kindnesses for beginners, for ``choice`` and ``set`` questions:

- a source may be given by its short name or outlet as well as by its id, in a single answer and
  in a list alike (``["Balkan View", "ECFR"]`` is the same answer as ``["001", "003"]``); the names
  come from the corpus catalogue (``seeds/catalog.csv``: ``short``, ``outlet`` and the first word of
  ``short``, e.g. ``"RT"`` for ``"RT rewrite"``);
- a number that cannot be an id (``1001``, ``0.54``: a value read off a table instead of the row's
  id) gets "give the article id" instead of the question's hint.

The answers live in ``helpers/data/checks.csv``, one row per question, *hashed*: the SHA-256 of
``salt + ":" + normalised answer``, with a random salt per question, so reading the CSV does not show
them. This stops accidental spoilers, not a determined student: a short answer (an article id, a
number) can be found by trying all candidates. Columns:

``question_id``
    e.g. ``03-2`` (notebook 03, exercise 2).
``kind``
    ``text`` (case-, diacritic-, quote- and space-insensitive), ``choice`` (the same; for an article id
    such as ``003`` or a short label such as ``AP``; ``3`` and ``"003"`` are the same answer),
    ``number`` (compared after rounding to ``decimals`` places: that rounding is the tolerance; an int,
    float, numpy number or a string such as ``"0.25"``, ``"0,25"`` or ``"25%"`` for 25) or ``set``
    (a list, tuple, set, pandas Series or comma-separated string of items, order- and
    duplicate-insensitive; items are normalised like ``choice``).
``salt``
    random hex string, one per question.
``answer_hashes``
    ``;``-joined hashes of every accepted answer.
``decimals``
    for ``number`` only: how many decimal places must match.
``hint``
    the hint printed for a wrong answer.
``wrong_hashes`` / ``wrong_hints``
    optional targeted hints: ``;``-joined hashes of common wrong answers and the ``|``-joined hints,
    in the same order.
``note``
    for instructors: what the question asks (never printed).

Do not hash by hand: ``python tools/make_check.py 03-2 choice "AP" --also "000" --hint "..."
--wrong "ECFR=That source quotes no one at all."`` adds or replaces a row (see ``docs/editions.md``).
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
import secrets
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file, seeds_dir

__all__ = ["check", "KINDS", "COLUMNS", "answer_hash", "canonical", "make_row", "read_checks",
           "write_checks", "upsert_check"]

KINDS = ("text", "choice", "number", "set")
COLUMNS = ["question_id", "kind", "salt", "answer_hashes", "decimals", "hint", "wrong_hashes",
           "wrong_hints", "note"]
CHECKS_FILE = "checks.csv"

PLACEHOLDER = "⏳ Not yet: replace ... with your answer, then run this cell again."
DEFAULT_HINT = "Re-read the question, check your work and try again."
_SEPARATORS = re_compile(r"[,;\n|]")
_SPACES = re_compile(r"\s+")
_EDGE_PUNCT = ".!?\"'`"


class _Unusable(ValueError):
    """The answer cannot be read as the kind of answer the question expects (message for the student)."""


# --------------------------------------------------------------------------- normalising answers

def _type_name(value) -> str:
    if isinstance(value, Mapping):
        return "a dictionary"
    name = type(value).__name__
    if name == "DataFrame":
        return "a table (DataFrame)"
    if name == "Series":
        return "a column (Series)"
    return f"a {name}"


def _is_scalar_text(value) -> bool:
    return isinstance(value, (str, int, float)) or type(value).__module__ == "numpy" and not hasattr(
        value, "__len__")


def _text(value) -> str:
    """Normalised text answer: folded (case, diacritics, quotes), no white space, no edge punctuation."""
    if isinstance(value, bool):
        raise _Unusable("this question expects a word or a label, not True/False")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not _is_scalar_text(value):
        raise _Unusable(f"this question expects a single word or label, but your answer is "
                        f"{_type_name(value)}")
    s = _SPACES.sub("", fold(str(value))).strip(_EDGE_PUNCT)
    if s.isdigit():  # article ids: "003", "3" and 3 are the same answer
        s = str(int(s))
    if not s:
        raise _Unusable("your answer is empty")
    return s


def _number(value, decimals: int) -> str:
    """Normalised number: rounded half-up to ``decimals`` places, as text."""
    if isinstance(value, bool):
        raise _Unusable("this question expects a number, not True/False")
    if isinstance(value, str):
        # "25%" means the number 25 (say in the question whether you want 25 or 0.25)
        s = _SPACES.sub("", value).replace("_", "").replace("−", "-").rstrip("%")
        if "," in s and "." not in s and s.count(",") == 1:
            s = s.replace(",", ".")  # decimal comma: "0,25"
        else:
            s = s.replace(",", "")  # thousands separators: "1,234"
        try:
            number = Decimal(s)
        except InvalidOperation:
            raise _Unusable("this question expects a number, and your text is not one") from None
    elif isinstance(value, (int, float)) or type(value).__module__ == "numpy" and not hasattr(
            value, "__len__"):
        try:
            as_float = float(value)
        except (TypeError, ValueError):
            raise _Unusable(f"this question expects a number, but your answer is {_type_name(value)}") \
                from None
        if isinstance(value, int) or type(value).__name__.startswith(("int", "uint")):
            number = Decimal(int(value))
        else:
            if not math.isfinite(as_float):
                raise _Unusable("your answer is not a finite number (NaN or infinity)")
            number = Decimal(repr(as_float))
    else:
        raise _Unusable(f"this question expects a single number, but your answer is {_type_name(value)}")
    if not number.is_finite():
        raise _Unusable("your answer is not a finite number (NaN or infinity)")
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # -0.00 == 0.00
    return format(rounded, "f")


def _items(value) -> list:
    """The items of a set answer (list/tuple/set/Series/array or a comma-separated string)."""
    if isinstance(value, str):
        return [part for part in _SEPARATORS.split(value) if part.strip()]
    if isinstance(value, Mapping):
        raise _Unusable("this question expects a list of items, but your answer is a dictionary")
    if type(value).__name__ == "DataFrame":
        raise _Unusable("this question expects a list of items, but your answer is a whole table "
                        "(DataFrame); pick one column, e.g. table['article_id']")
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy" and not hasattr(value, "__len__"):
        return [value]
    if hasattr(value, "tolist") and callable(value.tolist):  # Series, Index, numpy arrays
        value = value.tolist()
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        items = list(value)
        if len(items) > 10_000:
            raise _Unusable("your answer has far too many items")
        return items
    raise _Unusable(f"this question expects a list of items, but your answer is {_type_name(value)}")


def canonical(kind: str, answer, decimals: int | None = None) -> str:
    """The normalised form of ``answer`` for a question of ``kind`` (what gets hashed).

    Raises ``ValueError`` if the answer cannot be read as that kind (``check`` turns this into a
    friendly message; ``tools/make_check.py`` reports it to the author).
    """
    if kind in ("text", "choice"):
        return _text(answer)
    if kind == "number":
        return _number(answer, 0 if decimals is None else int(decimals))
    if kind == "set":
        items = sorted({_text(item) for item in _items(answer)})
        if not items:
            raise _Unusable("your answer has no items")
        return "\x1f".join(items)
    raise ValueError(f"kind={kind!r} is not known. Allowed values: {', '.join(KINDS)}.")


_NUMBER = re_compile(r"^[+-]?\d+(?:[.,]\d+)?%?$")
_PAREN = re_compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=4)
def _source_names(folder: str | None = None) -> dict[str, str]:
    """Folded short names and outlets of the catalogue's articles -> canonical id (``"003"`` -> ``"3"``).

    Empty if the catalogue cannot be read (the check then works on ids only).
    """
    names: dict[str, str] = {}
    try:
        with open(seeds_dir(folder) / "catalog.csv", encoding="utf-8-sig", newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if (r.get("id") or "").strip().isdigit()]
    except Exception:
        return names
    firsts: dict[str, set] = {}
    for r in rows:
        ident = str(int(r["id"].strip()))
        for name in (r.get("short") or "", _PAREN.sub("", r.get("outlet") or "")):
            key = _SPACES.sub("", fold(name)).strip(_EDGE_PUNCT)
            if key and not key.isdigit():
                names.setdefault(key, ident)
        words = fold(r.get("short") or "").split()
        if len(words) > 1 and len(words[0]) >= 2:
            firsts.setdefault(words[0], set()).add(ident)
    for word, ids in firsts.items():
        if len(ids) == 1:
            names.setdefault(word, next(iter(ids)))
    return names


def _as_source_id(canonical_item: str) -> str:
    """A normalised item with a source name replaced by its id (other items unchanged)."""
    return _source_names().get(canonical_item, canonical_item)


def _aliased(kind: str, canonical_answer: str) -> str:
    """The canonical answer with source names replaced by article ids (``choice`` and ``set``)."""
    if kind == "choice":
        return _as_source_id(canonical_answer)
    if kind == "set":
        return "\x1f".join(sorted({_as_source_id(item) for item in canonical_answer.split("\x1f")}))
    return canonical_answer


def _looks_like_a_value(item) -> bool:
    """True for a number that cannot be an article id (``1001``, ``0.54``, ``"57.4"``, ``-3``)."""
    if isinstance(item, bool):
        return False
    if isinstance(item, str):
        text = item.strip()
        if not _NUMBER.match(text):
            return False
        if text.isdigit():
            return int(text) > 99
        return True
    if isinstance(item, int) or type(item).__name__.startswith(("int", "uint")):
        return not 0 <= int(item) <= 99
    if isinstance(item, float) or type(item).__module__ == "numpy" and not hasattr(item, "__len__"):
        try:
            number = float(item)
        except (TypeError, ValueError, OverflowError):
            return False
        return not (math.isfinite(number) and number.is_integer() and 0 <= number <= 99)
    return False


def _value_instead_of_id(kind: str, answer, row) -> str | None:
    """The message for a value typed where an id (or a name) is expected, else None."""
    if kind not in ("choice", "set"):
        return None
    try:
        items = [answer] if kind == "choice" else _items(answer)
    except _Unusable:
        return None
    values = [item for item in items if _looks_like_a_value(item)]
    if not values:
        return None
    shown = str(values[0])[:20]
    accepted = row["answer_hashes"].split(";")
    wants_id = kind == "set" or any(answer_hash(row["salt"], str(i)) in accepted for i in range(10))
    if wants_id:
        return (f"❌ Not yet: {shown} looks like a value read off a table. "
                "This question asks for the article "
                f"id (such as \"003\") of the row where you found it: give the article id.")
    return (f"❌ Not yet: {shown} looks like a value read off a table. This question asks for a name or "
            f"key, written as in the table (not a number). Hint: {row['hint'] or DEFAULT_HINT}")


def answer_hash(salt: str, canonical_answer: str) -> str:
    """SHA-256 (hex) of ``salt:canonical_answer``."""
    return hashlib.sha256(f"{salt}:{canonical_answer}".encode()).hexdigest()


# --------------------------------------------------------------------------- the CSV

def read_checks(path=None) -> dict[str, dict[str, str]]:
    """The rows of the checks CSV as ``{question_id: row}`` (later rows win)."""
    path = Path(path) if path is not None else data_file(CHECKS_FILE)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = {}
        for row in csv.DictReader(fh):
            qid = (row.get("question_id") or "").strip()
            if qid:
                rows[qid] = {col: (row.get(col) or "").strip() for col in COLUMNS}
        return rows


def write_checks(rows: Iterable[Mapping[str, str]], path=None) -> Path:
    """Write rows (in order) to the checks CSV."""
    path = Path(path) if path is not None else data_file(CHECKS_FILE)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({col: row.get(col, "") for col in COLUMNS})
    return path


def _reveals(answer: str, text: str) -> bool:
    """True if the folded answer appears as a whole word (or phrase) in ``text``."""
    a = _SPACES.sub(" ", fold(str(answer))).strip()
    return bool(a) and re.search(rf"(?<!\w){re.escape(a)}(?!\w)", fold(text)) is not None


def make_row(question_id: str, kind: str, answers, *, hint: str = "", wrong: Mapping | None = None,
             decimals: int | None = None, note: str = "", salt: str | None = None,
             allow_reveal: bool = False) -> dict[str, str]:
    """Build one checks.csv row: accepted ``answers`` (a list) hashed with a fresh salt.

    ``wrong`` maps common wrong answers to targeted hints. Raises ``ValueError`` for an unknown kind,
    an answer that cannot be normalised, a wrong answer that is also accepted, or (unless
    ``allow_reveal``) a hint that contains an accepted answer.
    """
    question_id = str(question_id).strip()
    if not question_id or any(c in question_id for c in ",\n\"") or question_id != question_id.strip():
        raise ValueError(f"question_id={question_id!r} must be a short id such as '03-2'.")
    if kind not in KINDS:
        raise ValueError(f"kind={kind!r} is not known. Allowed values: {', '.join(KINDS)}.")
    if kind == "number":
        decimals = 2 if decimals is None else int(decimals)
    elif decimals is not None:
        raise ValueError("decimals is only used by kind='number'.")
    answers = list(answers)
    if not answers:
        raise ValueError("give at least one accepted answer.")
    wrong = dict(wrong or {})
    salt = salt or secrets.token_hex(8)
    good = [canonical(kind, a, decimals) for a in answers]
    bad = [canonical(kind, w, decimals) for w in wrong]
    clash = set(good) & set(bad)
    if clash:
        raise ValueError("a --wrong answer is also an accepted answer.")
    hints = [hint, *wrong.values()]
    if any("|" in h for h in wrong.values()):
        raise ValueError("targeted hints cannot contain '|' (it separates them in the CSV).")
    if not allow_reveal:
        for a in answers:
            for piece in _items(a) if kind == "set" else [a]:
                if any(_reveals(piece, h) for h in hints if h):
                    raise ValueError("a hint contains an accepted answer; reword it "
                                     "(or pass allow_reveal=True / --allow-reveal).")
    return {
        "question_id": question_id,
        "kind": kind,
        "salt": salt,
        "answer_hashes": ";".join(dict.fromkeys(answer_hash(salt, g) for g in good)),
        "decimals": "" if decimals is None else str(decimals),
        "hint": hint.strip(),
        "wrong_hashes": ";".join(answer_hash(salt, b) for b in bad),
        "wrong_hints": "|".join(h.strip() for h in wrong.values()),
        "note": note.strip(),
    }


def upsert_check(row: Mapping[str, str], path=None) -> tuple[Path, bool]:
    """Add ``row`` to the checks CSV, replacing a row with the same question_id in place.

    Returns ``(path, replaced)``.
    """
    path = Path(path) if path is not None else data_file(CHECKS_FILE)
    rows = list(read_checks(path).values()) if path.exists() else []
    replaced = False
    for i, old in enumerate(rows):
        if old["question_id"] == row["question_id"]:
            rows[i], replaced = dict(row), True
    if not replaced:
        rows.append(dict(row))
    return write_checks(rows, path), replaced


# --------------------------------------------------------------------------- check()

def _say(message: str) -> None:
    try:
        print(message)
    except Exception:  # e.g. a console that cannot print emoji
        try:
            print(message.encode("ascii", "replace").decode("ascii"))
        except Exception:
            pass


def _verdict(question_id, answer, checks_file) -> tuple[bool, str]:
    if answer is ... or answer is None:
        return False, PLACEHOLDER
    try:
        qid = str(question_id).strip()
    except Exception:
        qid = ""
    try:
        rows = read_checks(checks_file)
    except Exception:
        return False, ("❌ Not yet: the self-checks could not be loaded (helpers/data/checks.csv is "
                       "missing or broken). Ask your instructor.")
    row = rows.get(qid)
    if row is None:
        ids = sorted(rows)
        known = ", ".join(ids[:30]) + (", ..." if len(ids) > 30 else "") if ids else "none"
        return False, (f"❌ Not yet: there is no self-check called {qid[:40]!r}. Check the question id "
                       f"in the exercise (known ids: {known}).")
    kind = row["kind"]
    hint = row["hint"] or DEFAULT_HINT
    try:
        decimals = int(row["decimals"]) if row["decimals"] else None
        given = canonical(kind, answer, decimals)
    except _Unusable as exc:
        return False, f"❌ Not yet: {exc}. Hint: {hint}"
    except Exception:
        return False, f"❌ Not yet: I could not read your answer. Hint: {hint}"
    # the answer as written, and with source names turned into ids ("ECFR" -> "3")
    digests = list(dict.fromkeys(answer_hash(row["salt"], g) for g in (given, _aliased(kind, given))))
    if any(d in row["answer_hashes"].split(";") for d in digests):
        return True, f"✅ Correct! Well done on question {qid}."
    wrong_hashes = row["wrong_hashes"].split(";") if row["wrong_hashes"] else []
    wrong_hints = row["wrong_hints"].split("|") if row["wrong_hints"] else []
    for digest in digests:
        if digest in wrong_hashes:
            i = wrong_hashes.index(digest)
            if i < len(wrong_hints) and wrong_hints[i].strip():
                return False, f"❌ Not yet. Hint: {wrong_hints[i].strip()}"
    value_message = _value_instead_of_id(kind, answer, row)
    if value_message:
        return False, value_message
    return False, f"❌ Not yet. Hint: {hint}"


class CheckResult:
    """What :func:`check` returns: true when the answer is correct, and invisible in a notebook.

    ``bool(result)`` (or ``result.correct``) says whether the answer was right. It has no display
    of its own, so a cell ending in ``check(...)`` shows only the printed message, not a bare
    ``True``/``False`` that a beginner might misread.
    """

    __slots__ = ("correct",)

    def __init__(self, correct: bool):
        self.correct = bool(correct)

    def __bool__(self) -> bool:
        return self.correct

    def __eq__(self, other) -> bool:
        return self.correct == (other.correct if isinstance(other, CheckResult) else other)

    def __hash__(self) -> int:
        return hash(self.correct)

    def __repr__(self) -> str:
        return f"CheckResult(correct={self.correct})"

    def _ipython_display_(self) -> None:  # the message was printed already: show nothing more
        return None


def check(question_id, answer, *, checks_file=None) -> CheckResult:
    """Check an exercise answer: print a friendly line; the result is true if the answer is correct.

    While ``answer`` is still ``...`` it reminds you to fill it in. It never raises and never shows
    the expected answer.

    Parameters
    ----------
    question_id : str
        The id given in the exercise (e.g. ``"03-2"``).
    answer : object
        Your answer: a word, an article id such as ``"003"``, a number, or a list of items, as the
        exercise says.
    checks_file : str or Path, optional
        For testing (default: ``helpers/data/checks.csv``).

    Returns
    -------
    CheckResult
        ``bool(check(...))`` (or ``.correct``) is ``True`` when the answer is correct, else
        ``False``; a notebook shows nothing for it beyond the printed line.
    """
    try:
        ok, message = _verdict(question_id, answer, checks_file)
    except Exception:  # never let a self-check crash a student's notebook
        ok, message = False, "❌ Not yet: I could not check this answer. Hint: " + DEFAULT_HINT
    _say(message)
    return CheckResult(ok)
