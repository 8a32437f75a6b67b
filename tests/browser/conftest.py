"""Fixtures for the browser tests: JupyterLab and Voila (started and stopped by PID) and a
Playwright page on Debian's chromium.

Without ``/usr/bin/chromium`` (or ``$CHROMIUM``) or the ``playwright`` package the tests skip with
the reason; with ``BEW_REQUIRE_BROWSER=1`` (set by CI) they fail instead. Never run
``playwright install``: the tests drive the system chromium through ``executable_path``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = Path(os.environ.get("SHOT_DIR", ROOT / "screenshots"))
EVIDENCE = ROOT / "docs" / "screenshots"
#: Ports well away from Jupyter's defaults (8888/8866) so a running server never clashes.
LAB_PORT = int(os.environ.get("BEW_LAB_PORT", "18931"))
VOILA_PORT = int(os.environ.get("BEW_VOILA_PORT", "18932"))
REQUIRE = os.environ.get("BEW_REQUIRE_BROWSER") == "1"
TIMINGS: dict[str, float] = {}


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium; never `playwright install`)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is missing (pip install -r requirements.txt)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    if reason is None or REQUIRE:  # with BEW_REQUIRE_BROWSER=1 the `browser` fixture fails instead
        return
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


@pytest.fixture(scope="session")
def timings():
    return TIMINGS


@pytest.fixture(scope="session")
def shots():
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


@pytest.fixture(scope="session")
def evidence_dir():
    EVIDENCE.mkdir(parents=True, exist_ok=True)
    return EVIDENCE


@pytest.fixture(scope="session")
def browser_ready():
    """Fail (BEW_REQUIRE_BROWSER=1) before any server starts when chromium or playwright is missing."""
    reason = _missing()
    if reason:
        pytest.fail(f"BEW_REQUIRE_BROWSER=1 but {reason}")


@pytest.fixture(scope="session")
def jupyter_home(tmp_path_factory, browser_ready):
    """Isolated Jupyter dirs and a temp copy of notebooks/ (the browser never rewrites the repo)."""
    home = tmp_path_factory.mktemp("jhome")
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(home / "cfg"), JUPYTER_DATA_DIR=str(home / "data"),
               JUPYTER_RUNTIME_DIR=str(home / "run"), IPYTHONDIR=str(home / "ipy"),
               MPLCONFIGDIR=str(home / "mpl"), JUPYTER_PLATFORM_DIRS="1")
    env.pop("BEW_SEEDS", None)
    for d in ("cfg", "data", "run", "ipy", "mpl"):
        (home / d).mkdir()
    s = home / "cfg/lab/user-settings/@jupyterlab/apputils-extension"
    s.mkdir(parents=True)  # no "Would you like to get notified about Jupyter news?" toast
    (s / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    nbroot = home / "nb"
    shutil.copytree(ROOT / "notebooks", nbroot)
    return env, nbroot


def _serve(cmd, port, env, cwd, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:
            pytest.fail(f"port {port} on 127.0.0.1 is already in use: stop what runs there or set "
                        f"BEW_{name.upper()}_PORT to a free port")
    log = open(SHOTS / f"{name}.log", "w")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:  # Voila executes the notebook on GET /, so probe the TCP port only
            if proc.poll() is not None:
                pytest.fail(f"{name} exited early (code {proc.returncode}), see {log.name}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.perf_counter() - t0 > 60:
                pytest.fail(f"{name} not listening on port {port} after 60 s, see {log.name}")
            time.sleep(0.05)
        TIMINGS[f"{name} server start (port open)"] = time.perf_counter() - t0
        yield url
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # stop by PID: the server shuts its kernels down itself
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


@pytest.fixture(scope="session")
def lab_server(jupyter_home):
    env, nbroot = jupyter_home
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--port", str(LAB_PORT),
           "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=",
           "--ServerApp.password=", "--allow-root", f"--ServerApp.root_dir={nbroot}",
           "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    yield from _serve(cmd, LAB_PORT, env, nbroot, "lab")


@pytest.fixture(scope="session")
def voila_server(jupyter_home):
    env, nbroot = jupyter_home
    cmd = [sys.executable, "-m", "voila", "dashboard.ipynb", "--no-browser", "--port", str(VOILA_PORT),
           "--Voila.port_retries=0", "--Voila.ip=127.0.0.1",
           f"--Voila.connection_dir_root={env['JUPYTER_RUNTIME_DIR']}"]
    yield from _serve(cmd, VOILA_PORT, env, nbroot, "voila")


@pytest.fixture(scope="session")
def browser(browser_ready):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1500, "height": 1000})
    pg = ctx.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    ctx.close()


def pytest_terminal_summary(terminalreporter):
    for k, v in TIMINGS.items():
        terminalreporter.write_line(f"timing: {k}: {v:.2f} s")
