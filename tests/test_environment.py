"""Setup: environment.yml and requirements.txt pin the same packages; the env check works."""

import re
from pathlib import Path

from helpers.exercises.envcheck import check_environment

ROOT = Path(__file__).resolve().parents[1]


def pins_from_requirements():
    return {line.strip() for line in (ROOT / "requirements.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}


def pip_section_of_environment_yml():
    text = (ROOT / "environment.yml").read_text()
    pip = text.split("- pip:")[1]
    return {m.strip() for m in re.findall(r"^\s+- (.+)$", pip, flags=re.M)}


def test_environment_yml_matches_requirements():
    env = pip_section_of_environment_yml()
    assert env - {"-e ."} == pins_from_requirements()
    assert "-e ." in env
    assert "conda-forge" in (ROOT / "environment.yml").read_text()


def test_every_requirement_is_pinned_exactly():
    for pin in pins_from_requirements():
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", pin), pin


def test_environment_check_reports_ok(capsys):
    rows = check_environment()
    assert all(status != "FAIL" for _, status, _ in rows), rows
    assert "OK" in capsys.readouterr().out


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and "make lab" in readme
    assert "make test" in ci
