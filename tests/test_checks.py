"""helpers.exercises.checks: the exercise self-checks, their CSV and tools/make_check.py."""

import csv
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.exercises import checks
from helpers.exercises.checks import COLUMNS, KINDS, PLACEHOLDER, check, make_row, read_checks, upsert_check
from tools.make_check import main as make_check_main

ROOT = Path(__file__).resolve().parents[1]
REAL_CSV = ROOT / "helpers" / "data" / "checks.csv"

# Answers used in the temporary CSV: none of them may appear in printed output or in the file.
SECRETS = ["Tanjug", "Radio Free Europe", "0.4567", "0.46", "Vučić"]


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "checks.csv"
    upsert_check(make_row("t-1", "text", ["Radio Free Europe", "RFE/RL"],
                          hint="Look at who publishes it.",
                          wrong={"Reuters": "That is a wire service."}), path)
    upsert_check(make_row("t-2", "text", ["Vučić"], hint="The president of Serbia."), path)
    upsert_check(make_row("c-1", "choice", ["003"], hint="Look at the outlet column.",
                          wrong={"004": "That one is the rewrite."}), path)
    upsert_check(make_row("c-2", "choice", ["Tanjug", "AP"], hint="The wire agency."), path)
    upsert_check(make_row("n-1", "number", [0.4567], decimals=2, hint="Divide by the word count.",
                          wrong={"45.67": "Give a share between 0 and 1, not a percentage."}), path)
    upsert_check(make_row("n-2", "number", [5], decimals=0, hint="Count the rows."), path)
    upsert_check(make_row("s-1", "set", ["001, 003"], hint="Two sources.",
                          wrong={"001": "One more source."}), path)
    return path


def run(qid, answer, path, capsys):
    result = check(qid, answer, checks_file=path)
    out = capsys.readouterr().out
    assert out.count("\n") == 1, out  # exactly one friendly line
    for secret in SECRETS:
        assert secret.lower() not in out.lower(), (qid, out)
    return result, out


# --------------------------------------------------------------------------- verdicts

@pytest.mark.parametrize("qid, answer", [
    ("t-1", "Radio Free Europe"), ("t-1", "  radio  free EUROPE. "), ("t-1", "RadioFreeEurope"),
    ("t-1", "rfe/rl"), ("t-2", "Vucic"), ("t-2", "VUČIĆ"), ("t-2", "vučić"),
    ("c-1", "003"), ("c-1", "3"), ("c-1", 3), ("c-1", np.int64(3)), ("c-2", "ap"), ("c-2", "tanjug"),
    ("n-1", 0.4567), ("n-1", 0.456), ("n-1", 0.4649), ("n-1", "0.46"), ("n-1", "0,457"),
    ("n-1", np.float64(0.4567)), ("n-1", np.float32(0.4567)),
    ("n-2", 5), ("n-2", 5.0), ("n-2", "5"), ("n-2", np.int64(5)), ("n-2", 4.6),
    ("s-1", ["001", "003"]), ("s-1", ("003", "001", "003")), ("s-1", {1, 3}), ("s-1", "003,001"),
    ("s-1", "001; 003"), ("s-1", pd.Series(["003", "001"])), ("s-1", np.array([3, 1])),
    ("s-1", pd.Index(["001", "003"])),
])
def test_correct_answers(table, capsys, qid, answer):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is True
    assert out.startswith("✅ Correct!")


@pytest.mark.parametrize("qid, answer", [
    ("t-1", "Radio Free"), ("t-2", "Vucic Aleksandar"), ("c-1", "001"), ("c-1", 30), ("c-2", "A P X"),
    ("n-1", 0.44), ("n-1", 0.4651), ("n-1", "0.5"), ("n-2", 4), ("n-2", 5.5), ("n-2", -5),
    ("s-1", ["001"]), ("s-1", ["001", "003", "004"]), ("s-1", "001 003 004"), ("s-1", "002"),
])
def test_wrong_answers_say_not_yet_with_the_hint(table, capsys, qid, answer):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is False
    assert out.startswith("❌ Not yet. Hint: ")
    hint = read_checks(table)[qid]["hint"]
    wrong_hints = read_checks(table)[qid]["wrong_hints"].split("|")
    assert hint in out or any(h and h in out for h in wrong_hints)


@pytest.mark.parametrize("qid, answer, hint", [
    ("t-1", "reuters", "That is a wire service."),
    ("c-1", 4, "That one is the rewrite."), ("c-1", "004", "That one is the rewrite."),
    ("n-1", 45.67, "Give a share between 0 and 1, not a percentage."),
    ("n-1", "45.67%", "Give a share between 0 and 1, not a percentage."),
    ("s-1", ["1"], "One more source."),
])
def test_targeted_hints_for_common_wrong_answers(table, capsys, qid, answer, hint):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is False
    assert out == f"❌ Not yet. Hint: {hint}\n"


@pytest.mark.parametrize("answer", [..., None])
@pytest.mark.parametrize("qid", ["t-1", "c-1", "n-1", "s-1", "no-such-id"])
def test_placeholder_answers(table, capsys, qid, answer):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is False
    assert out == PLACEHOLDER + "\n"
    assert out.startswith("⏳ Not yet: replace ... with your answer")


def test_unknown_question_id_says_so(table, capsys):
    for qid in ["99-9", "", 42, None, ["c-1"]]:
        result, out = run(qid, "003", table, capsys)
        assert bool(result) is False
        assert out.startswith("❌ Not yet: there is no self-check called")
        assert "c-1" in out  # lists the known ids to help fix a typo


WEIRD = [
    pd.DataFrame({"article_id": ["001", "003"]}), {"answer": "003"}, {"001", "003"}, ["003"], ("AP",),
    True, False, b"003", object(), float("nan"), float("inf"), "", "   ", "not a number", 1 + 2j,
    pd.NA, np.array([[1, 2], [3, 4]]), pd.Series(dtype=float), [], print, type, Path("x"), 10**400,
    "1e999", [[1, 2]], [None], [...],
]


class Hostile:
    """An answer whose every dunder raises."""

    def __str__(self):
        raise RuntimeError("boom")

    __repr__ = __eq__ = __hash__ = __bool__ = __len__ = __iter__ = __float__ = __str__


@pytest.mark.parametrize("kind_qid", ["t-1", "c-1", "n-1", "s-1"])
@pytest.mark.parametrize("answer", [*WEIRD, Hostile()], ids=lambda a: type(a).__name__)
def test_weird_types_never_raise(table, capsys, kind_qid, answer):
    result, out = run(kind_qid, answer, table, capsys)
    assert isinstance(bool(result), bool) and type(result).__name__ == "CheckResult"
    assert out.startswith(("❌ Not yet", "✅ Correct!"))
    if isinstance(answer, (pd.DataFrame, dict)):
        assert bool(result) is False and "Hint:" in out


def test_type_messages_say_what_is_expected(table, capsys):
    assert "expects a single number" in run("n-1", {"a": 1}, table, capsys)[1]
    assert "dictionary" in run("n-1", {"a": 1}, table, capsys)[1]
    assert "table (DataFrame)" in run("s-1", pd.DataFrame({"a": [1]}), table, capsys)[1]
    assert "single word or label" in run("c-1", ["003"], table, capsys)[1]
    assert "True/False" in run("n-2", True, table, capsys)[1]


def test_broken_or_missing_csv_never_raises(tmp_path, capsys):
    missing = tmp_path / "nope.csv"
    assert bool(check("c-1", "003", checks_file=missing)) is False
    assert "could not be loaded" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("question_id,kind,salt,answer_hashes\nq,weird,,\nr,number,s,x\n", encoding="utf-8")
    assert bad.exists()
    assert bool(check("q", "x", checks_file=bad)) is False
    assert bool(check("r", "1", checks_file=bad)) is False  # decimals missing: rounds to 0 places
    out = capsys.readouterr().out
    assert out.count("❌ Not yet") == 2


def test_unprintable_console_does_not_raise(table, monkeypatch):
    def ascii_print(*args, **kwargs):
        " ".join(map(str, args)).encode("ascii")  # raises UnicodeEncodeError on emoji
    monkeypatch.setattr("builtins.print", ascii_print)
    assert bool(check("c-1", "003", checks_file=table)) is True


def test_public_name_and_default_csv(capsys):
    assert helpers.check is check
    assert bool(helpers.check("demo-1", 5)) is True  # the example row in helpers/data/checks.csv
    assert bool(helpers.check("demo-1", 6)) is False
    assert bool(helpers.check("demo-2", "ap")) is True
    assert bool(helpers.check("demo-2", "004")) is False
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("✅ Correct!") and out[1].startswith("❌ Not yet")
    assert "RT report" in out[-1]  # the targeted hint for the RT rewrite


# --------------------------------------------------------------------------- the CSV

def test_csv_never_contains_the_answers(table):
    text = table.read_text(encoding="utf-8").lower()
    for secret in SECRETS + ["RFE/RL", "vucic", "tanjug"]:
        assert secret.lower() not in text, secret
    rows = read_checks(table)
    readable = " ".join(row[c] for row in rows.values() for c in COLUMNS if "hashes" not in c and c != "salt")
    for short in ["001", "003", "rfe", "5"]:  # hex hashes may contain these by chance: only the text columns
        assert short not in readable.lower(), short
    assert list(rows) == ["t-1", "t-2", "c-1", "c-2", "n-1", "n-2", "s-1"]
    salts = [row["salt"] for row in rows.values()]
    assert len(set(salts)) == len(salts)  # one salt per question


def test_same_answer_hashes_differently_per_question(tmp_path):
    a = make_row("a", "choice", ["003"])
    b = make_row("b", "choice", ["003"])
    assert a["answer_hashes"] != b["answer_hashes"]


def test_real_csv_is_well_formed():
    with open(REAL_CSV, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    assert rows, "helpers/data/checks.csv has no rows"
    ids = [r["question_id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    for r in rows:
        assert r["kind"] in KINDS, r
        assert re.fullmatch(r"[0-9a-f]{8,}", r["salt"]), r["question_id"]
        for field in ("answer_hashes", "wrong_hashes"):
            for h in filter(None, r[field].split(";")):
                assert re.fullmatch(r"[0-9a-f]{64}", h), (r["question_id"], field)
        assert r["answer_hashes"], r["question_id"]
        n_wrong = len(r["wrong_hashes"].split(";")) if r["wrong_hashes"] else 0
        n_hints = len(r["wrong_hints"].split("|")) if r["wrong_hints"] else 0
        assert n_wrong == n_hints, r["question_id"]
        assert (r["decimals"] != "") == (r["kind"] == "number"), r["question_id"]


def test_make_row_rejects_bad_input():
    with pytest.raises(ValueError, match="kind"):
        make_row("x", "essay", ["a"])
    with pytest.raises(ValueError, match="at least one"):
        make_row("x", "text", [])
    with pytest.raises(ValueError, match="also an accepted answer"):
        make_row("x", "choice", ["003"], wrong={"3": "no"})
    with pytest.raises(ValueError, match="hint contains an accepted answer"):
        make_row("x", "text", ["Tanjug"], hint="It is tanjug, obviously")
    with pytest.raises(ValueError, match="hint contains an accepted answer"):
        make_row("x", "set", ["001, 003"], wrong={"001": "Add 003 too"})
    with pytest.raises(ValueError):
        make_row("x", "number", ["many"])
    with pytest.raises(ValueError, match="question_id"):
        make_row("a,b", "text", ["x"])
    assert make_row("x", "text", ["Tanjug"], hint="It is tanjug", allow_reveal=True)["hint"]
    assert make_row("x", "choice", ["AP"], hint="Look at the share_of_voice table")  # 'ap' not a word


def test_upsert_replaces_in_place(tmp_path):
    path = tmp_path / "c.csv"
    upsert_check(make_row("a", "text", ["one"]), path)
    upsert_check(make_row("b", "text", ["two"]), path)
    _, replaced = upsert_check(make_row("a", "text", ["three"], hint="new"), path)
    assert replaced
    rows = read_checks(path)
    assert list(rows) == ["a", "b"] and rows["a"]["hint"] == "new"
    assert bool(check("a", "three", checks_file=path)) is True
    assert bool(check("a", "one", checks_file=path)) is False


# --------------------------------------------------------------------------- tools/make_check.py

def make_check(capsys, *args):
    """Run the command line of tools/make_check.py in this process: exit code, stdout, stderr."""
    capsys.readouterr()
    try:
        code = make_check_main(list(args))
    except SystemExit as exc:  # argparse's errors
        code = exc.code
    out = capsys.readouterr()
    return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)


def test_make_check_command(tmp_path, capsys):
    path = tmp_path / "checks.csv"
    done = make_check(capsys, "03-2", "choice", "Balkan View", "--also", "000", "--hint",
                      "Look at the share_of_voice table", "--wrong", "ECFR=That source quotes no one at all.",
                      "--note", "who is quoted most", "--file", str(path))
    assert done.returncode == 0, done.stderr
    assert "Added check 03-2 (choice, 2 accepted answer(s), 1 targeted hint(s))" in done.stdout
    assert "balkan" not in (done.stdout + path.read_text(encoding="utf-8")).lower()
    assert bool(check("03-2", "balkan view", checks_file=path)) is True
    assert bool(check("03-2", 0, checks_file=path)) is True
    assert bool(check("03-2", "ECFR", checks_file=path)) is False
    assert capsys.readouterr().out.splitlines()[-1] == "❌ Not yet. Hint: That source quotes no one at all."

    done = make_check(capsys, "03-2", "number", "12.345", "--decimals", "1", "--file", str(path))
    assert done.returncode == 0 and "Replaced check 03-2" in done.stdout
    assert bool(check("03-2", 12.3, checks_file=path)) is True
    assert read_checks(path)["03-2"]["decimals"] == "1"

    done = make_check(capsys, "04-1", "set", "001, 003", "--hint", "see 003", "--file", str(path))
    assert done.returncode == 2 and "hint contains an accepted answer" in done.stderr
    done = make_check(capsys, "04-1", "set", "001,003", "--wrong", "no-equals-sign", "--file", str(path))
    assert done.returncode == 2 and "ANSWER=HINT" in done.stderr
    assert list(read_checks(path)) == ["03-2"]


def test_module_docstring_documents_columns():
    for column in COLUMNS:
        assert f"``{column}``" in checks.__doc__ or column in checks.__doc__


def test_result_is_truthy_and_shows_nothing_in_a_notebook(capsys):
    from helpers.exercises.checks import CheckResult

    r = check("demo-1", 5)
    assert isinstance(r, CheckResult) and r and r == True  # noqa: E712
    assert r._ipython_display_() is None and "Correct" in capsys.readouterr().out
    assert not check("demo-1", 6) and repr(check("demo-1", 6)) == "CheckResult(correct=False)"


# --------------------------------------------------------------------------- names and values (issue 16)

@pytest.mark.parametrize("qid, answer", [
    ("c-1", "ECFR"), ("c-1", "ecfr"), ("s-1", ["Balkan View", "ECFR"]), ("s-1", "balkan view, ECFR"),
    ("s-1", ["001", "ECFR"]), ("s-1", ("Balkan", "European Council on Foreign Relations")),
])
def test_a_source_may_be_named_instead_of_given_by_id(table, capsys, qid, answer):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is True, out


@pytest.mark.parametrize("qid, answer", [
    ("01-2", "ECFR"), ("02-1", ["Balkan View", "ECFR", "RT rewrite"]),
    ("02-1", ["Balkan", "ECFR", "RT"]),
    ("07-1", "Balkan View"),
    ("04-2", "Balkan View"), ("06-1", "Balkan View"), ("02-2", "ECFR"),
])
def test_course_list_answers_accept_the_short_names_single_answers_accept(capsys, qid, answer):
    """A list of short names is as good as a list of ids, as it is for a single answer."""
    assert bool(check(qid, answer)) is True, capsys.readouterr().out


@pytest.mark.parametrize("qid, value", [
    ("00-1", 1001), ("00-1", "23.6"), ("04-2", 0.29), ("04-1", "0.33"), ("06-1", 57.36),
    ("02-1", [0.5, 0.75]), ("c-1", 1001), ("s-1", [523, 1001]),
])
def test_a_value_typed_instead_of_an_id_is_told_to_give_the_id(table, capsys, qid, value):
    path = table if qid[0] in "cs" else None
    result = check(qid, value, checks_file=path)
    out = capsys.readouterr().out
    assert bool(result) is False
    assert out.startswith("❌ Not yet:") and "give the article id" in out, out


def test_a_value_typed_for_a_named_answer_asks_for_the_name(tmp_path, capsys):
    path = tmp_path / "checks.csv"
    upsert_check(make_row("k-1", "choice", ["eu_west"], hint="Give the group key."), path)
    assert bool(check("k-1", 0.88, checks_file=path)) is False
    out = capsys.readouterr().out
    assert "name or key" in out and "article id" not in out and "Give the group key." in out


@pytest.mark.parametrize("qid, answer", [("c-1", 30), ("c-1", "004"), ("s-1", "002"), ("c-2", "AP X")])
def test_a_plausible_id_or_name_still_gets_the_question_hint(table, capsys, qid, answer):
    result, out = run(qid, answer, table, capsys)
    assert bool(result) is False and out.startswith("❌ Not yet. Hint: ")


@pytest.mark.parametrize("answer, ok", [
    (["000-p26", "001-p18", "003-p07"], True), (["003-p07", "000-p26"], True),
    (["000-p24", "000-p26", "003-p07"], False), (["001-p18"], False),
])
def test_a_judgement_check_accepts_each_defensible_coding(capsys, answer, ok):
    """06-5 (episodic or thematic?): 001-p18 is borderline, so both codings of it pass; others do not."""
    assert bool(check("06-5", answer)) is ok, capsys.readouterr().out


@pytest.mark.parametrize("qid, answer, says", [
    ("04-2", "RT rewrite", "share column, not the counts"),  # the fewest paragraphs, not the smallest share
    ("04-2", "AP", "largest share"),
    ("03-3", 2, "count the quotations"),  # sources instead of quotations
    ("04-3", 8, "add up their words"),
])
def test_reworked_exercises_name_the_typical_mistake(capsys, qid, answer, says):
    assert bool(check(qid, answer)) is False
    assert says in capsys.readouterr().out


def _exercise_order(question_id):
    notebook, _, number = question_id.partition("-")
    return notebook, int(number) if number.isdigit() else 0


def test_no_hint_gives_the_answer_of_a_later_exercise_in_the_same_notebook():
    """A student who makes the expected mistake in exercise 2 must not read exercise 5's answer
    in the hint (twenty-eighth review: 07-2's wrong hint gave 07-5's 25). Every number and
    word in a check's hint and targeted hints is hashed as an answer to each later check of the
    same notebook; none may be accepted there."""
    rows = read_checks(REAL_CSV)
    leaks = []
    for qid, row in rows.items():
        text = " ".join([row["hint"], row["wrong_hints"].replace("|", " ")])
        tokens = set(re.findall(r"\d+(?:\.\d+)?", text)) | set(re.findall(r"[A-Za-z][\w-]*", text))
        nb, number = _exercise_order(qid)
        for later_id, later in rows.items():
            later_nb, later_number = _exercise_order(later_id)
            if later_nb != nb or later_number <= number:
                continue
            accepted = set(later["answer_hashes"].split(";"))
            for token in tokens:
                try:
                    canon = checks.canonical(later["kind"], token,
                                             int(later["decimals"]) if later["decimals"] else None)
                except ValueError:
                    continue
                if checks.answer_hash(later["salt"], canon) in accepted:
                    leaks.append((qid, later_id, token))
    assert not leaks, leaks
