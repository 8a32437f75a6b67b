"""Setup: the pins, the lock, Binder and conda files agree; the env check is OK without JupyterLab."""

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from helpers.exercises import envcheck
from helpers.exercises.envcheck import check_environment

ROOT = Path(__file__).resolve().parents[1]
TEST_TOOLS = {"pytest", "nbval", "hypothesis", "playwright", "ruff", "otter-grader"}


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path):
    """{name: version} of the exact pins in a requirements file (comments, markers, -r ignored)."""
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        line = line.split("#")[0].split(";")[0].strip()
        if "==" in line and not line.startswith("-"):
            name, version = line.split("==")
            found[norm(name)] = version.strip()
    return found


def lock_versions():
    """{name: versions} of requirements-lock.txt (a universal lock may pin two, by Python version)."""
    found = {}
    for line in (ROOT / "requirements-lock.txt").read_text().splitlines():
        line = line.split("#")[0].split(";")[0].strip()
        if "==" in line:
            name, version = line.split("==")
            found.setdefault(norm(name), set()).add(version.strip())
    return found


def pip_section_of_environment_yml():
    text = (ROOT / "environment.yml").read_text()
    pip = text.split("- pip:")[1]
    return {m.strip() for m in re.findall(r"^\s+- (.+)$", pip, flags=re.M)}


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_environment_yml_pins_the_course_exactly_as_requirements_txt():
    env = pip_section_of_environment_yml()
    lines = {line.strip() for line in (ROOT / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")}
    assert env - {"-e ."} == lines
    assert "-e ." in env
    assert "conda-forge" in (ROOT / "environment.yml").read_text()


def test_every_requirement_is_pinned_exactly():
    for path in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / path).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r ")):
                assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", line), (path, line)


def test_the_lock_holds_every_top_level_pin_at_the_same_version():
    lock = lock_versions()
    top = {**pins("requirements.txt"), **pins("requirements-dev.txt")}
    assert {name: lock.get(name) for name in top} == {name: {version} for name, version in top.items()}
    assert len(lock) > 3 * len(top)  # the lock pins the dependencies too, not only the top level


def test_binder_holds_the_course_without_test_tools_and_agrees_with_the_lock():
    binder = pins("binder/requirements.txt")
    lock = lock_versions()
    assert not TEST_TOOLS & set(binder), TEST_TOOLS & set(binder)
    assert pins("requirements.txt").items() <= binder.items()
    assert {n: v for n, v in binder.items() if v not in lock.get(n, {v})} == {}
    post = (ROOT / "binder" / "postBuild").read_text()
    assert "pip install --no-deps" in post
    assert "-e ." not in (ROOT / "binder" / "requirements.txt").read_text()


def test_test_tools_are_not_in_the_course_pins_or_the_runtime_dependencies():
    assert not TEST_TOOLS & set(pins("requirements.txt"))
    runtime = {norm(re.split(r"[<>=!~ \[]", d)[0]) for d in pyproject()["project"]["dependencies"]}
    assert runtime == {"pandas", "numpy", "matplotlib", "ipywidgets", "ftfy", "trafilatura", "htmldate"}
    extras = pyproject()["project"]["optional-dependencies"]
    assert {"lab", "voila", "kernel", "grading", "dev"} <= set(extras)
    assert any(d.startswith("otter-grader") for d in extras["grading"])


def test_envcheck_minimums_are_the_pyproject_minimums():
    declared = {}
    for dep in pyproject()["project"]["dependencies"]:
        name, version = re.fullmatch(r"([A-Za-z0-9_.\-]+)>=([0-9.]+)", dep).groups()
        declared[norm(name)] = tuple(int(p) for p in version.split("."))
    assert declared == envcheck.MINIMUMS
    assert set(envcheck.REQUIRED.values()) == set(declared)


def test_the_pins_satisfy_the_minimums():
    pinned = pins("requirements.txt")
    for name, minimum in envcheck.MINIMUMS.items():
        assert envcheck._version_tuple(pinned[name]) >= minimum, name


def test_environment_check_reports_ok(capsys):
    rows = check_environment()
    assert all(status != "FAIL" for _, status, _ in rows), rows
    assert "OK" in capsys.readouterr().out


def fake_versions(monkeypatch, **versions):
    real = metadata.version

    def version(dist):
        if dist in versions:
            if versions[dist] is None:
                raise metadata.PackageNotFoundError(dist)
            return versions[dist]
        return real(dist)

    monkeypatch.setattr(envcheck.metadata, "version", version)


def statuses(rows):
    return {name: status for name, status, _ in rows}


def test_a_runtime_only_environment_gets_no_fail_jupyterlab_is_optional(monkeypatch):
    fake_versions(monkeypatch, jupyterlab=None, ipykernel=None)
    got = statuses(check_environment(verbose=False))
    assert got["jupyterlab"] == "INFO" and got["ipykernel"] == "INFO"
    assert "FAIL" not in got.values()


def test_a_missing_or_too_old_runtime_package_fails(monkeypatch):
    fake_versions(monkeypatch, ftfy=None, pandas="2.1.4", numpy="1.26.0rc1")
    rows = check_environment(verbose=False)
    got = statuses(rows)
    assert got["ftfy"] == "FAIL" and got["pandas"] == "FAIL" and got["numpy"] != "FAIL"
    assert any("2.2 or newer" in detail for name, _, detail in rows if name == "pandas")
    assert envcheck.main() == 1


def test_pins_are_read_only_in_a_checkout(monkeypatch, tmp_path):
    monkeypatch.setattr(envcheck, "__file__", str(tmp_path / "helpers" / "envcheck.py"))
    assert envcheck._pins() == {}


def test_ci_runs_the_readme_test_command_and_the_install_checks():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and "make lab" in readme
    for step in ("make test", ".ci/readme_commands", ".ci/runtime_only", ".ci/min_versions"):
        assert step in ci, step


def readme_block(name):
    text = (ROOT / "README.md").read_text()
    block = text.split(f"<!-- {name} -->")[1].split(f"<!-- /{name} -->")[0]
    return [line for line in block.strip().splitlines() if not line.startswith("```")]


def test_readme_windows_commands_are_the_unix_commands_with_scripts_paths():
    windows, unix = readme_block("windows-commands"), readme_block("unix-commands")
    assert [line.replace(".venv\\Scripts\\", ".venv/bin/") for line in windows] == unix
    assert all("make" not in line.split() and "sha256sum" not in line for line in windows)
    assert windows[0] == "python -m venv .venv"


@pytest.mark.skipif(sys.platform == "win32", reason="shell scripts")
def test_the_ci_scripts_are_executable():
    import os

    for script in ("run", "readme_commands", "runtime_only", "min_versions"):
        assert os.access(ROOT / ".ci" / script, os.X_OK), script


def test_licences_citation_and_contributing_exist_and_say_what_they_cover():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    content = (ROOT / "LICENSE-CONTENT.md").read_text()
    assert "CC BY 4.0" in content and "belong to their publishers" in content
    assert "cff-version:" in (ROOT / "CITATION.cff").read_text()
    contributing = (ROOT / "CONTRIBUTING.md").read_text()
    for topic in ("## Add an article", "## Add an exercise", "## Add a theme", "make test"):
        assert topic in contributing
