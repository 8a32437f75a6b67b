"""Real browser: JupyterLab and Voila render the comparison widgets and react to the controls.

JupyterLab opens a temp copy of ``notebooks/widgets_tour.ipynb`` (every view once), runs all cells
and drives the CompareView: a real ``<select>`` and real checkboxes must render (a broken widget
manager shows only the text fallback), a new theme and an unticked source must change the columns,
and no "Error displaying widget" may show. Voila serves ``dashboard.ipynb`` and the same checks run.
Screenshots go to ``screenshots/``; with ``BEW_UPDATE_SCREENSHOTS=1`` the final Lab comparison is
also copied to ``docs/screenshots/compare_lab.png`` (the committed evidence), so that an ordinary
test run never changes a tracked file.
"""

import os
import re
import shutil
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

COMPARE = ".bew-compare"


def no_widget_errors(page):
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    expect(page.get_by_text("Loading widget...")).to_have_count(0)


def drive_compare(page, scope, timings, label):
    """Change the theme and one source checkbox of the first CompareView and check the columns."""
    view = page.locator(f"{scope} {COMPARE}").first
    select = view.locator(".widget-dropdown select").first
    t0 = time.perf_counter()
    expect(select).to_be_attached(timeout=90_000)  # a real <select>, not the text/plain fallback
    view.scroll_into_view_if_needed()
    expect(select).to_be_visible()
    timings[f"{label}: compare view rendered"] = time.perf_counter() - t0
    boxes = view.locator(".widget-checkbox input[type=checkbox]")
    expect(boxes.first).to_be_visible()
    n_sources = boxes.count()
    assert n_sources >= 5, f"expected one checkbox per source, found {n_sources}"
    cols = view.locator(".bew-col")
    expect(cols).to_have_count(n_sources)
    expect(view.locator(".bew-cols")).to_contain_text("sanctions")  # default theme: sanctions
    expect(view.locator(".bew-col[data-source='000']")).to_contain_text("Russia")
    before = view.locator(".bew-cols").text_content()

    t0 = time.perf_counter()
    expect(select.locator("option")).to_have_count(12, timeout=30_000)  # one per theme
    labels = select.evaluate("el => Array.from(el.options).map(o => o.label || o.text)")
    select.select_option(label=next(x for x in labels if x.startswith("kosovo")))
    expect(view.locator(".bew-cols")).to_contain_text("kosovo")
    expect(view.locator(".bew-col[data-source='002']")).to_contain_text("Kosovo")
    timings[f"{label}: theme change shown"] = time.perf_counter() - t0
    assert view.locator(".bew-cols").text_content() != before

    t0 = time.perf_counter()
    view.get_by_role("checkbox", name="AP", exact=True).uncheck()
    expect(cols).to_have_count(n_sources - 1)
    expect(view.locator(".bew-col[data-source='000']")).to_have_count(0)
    timings[f"{label}: source unticked shown"] = time.perf_counter() - t0
    no_widget_errors(page)
    return view


def test_jupyterlab_widgets_tour(lab_server, page, timings, shots, evidence_dir):
    t0 = time.perf_counter()
    page.goto(f"{lab_server}/lab/tree/widgets_tour.ipynb?reset")  # ?reset: ignore a saved workspace
    expect(page.get_by_role("button", name=re.compile(r"\| Idle$"))).to_be_visible(timeout=60_000)
    timings["lab: page ready (kernel idle)"] = time.perf_counter() - t0
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    view = drive_compare(page, ".jp-OutputArea-output", timings, "lab")
    # every view of the tour rendered as real controls (not the text fallback)
    for cls in ("bew-frames", "bew-kwic", "bew-quotes", "bew-timeline", "bew-coding"):
        expect(page.locator(f".{cls}").first).to_be_attached(timeout=60_000)
    expect(page.locator(".bew-timeline .widget-slider").first).to_be_attached()
    expect(page.locator(".bew-frames textarea").first).to_be_attached()
    no_widget_errors(page)
    view.evaluate("el => el.scrollIntoView({block: 'start'})")  # the comparison fills the viewport
    page.wait_for_timeout(300)
    shot = shots / "compare_lab.png"
    page.screenshot(path=shot)
    if os.environ.get("BEW_UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(shot, evidence_dir / "compare_lab.png")
    page.screenshot(path=shots / "lab_widgets_tour.png", full_page=True)
    timings["lab: whole test"] = time.perf_counter() - t0


def test_voila_dashboard(voila_server, page, timings, shots):
    t0 = time.perf_counter()
    page.goto(voila_server)  # Voila runs every cell server-side before the page loads
    timings["voila: page loaded"] = time.perf_counter() - t0
    drive_compare(page, "body", timings, "voila")
    expect(page.locator(".bew-quotes .widget-dropdown select").first).to_be_visible()
    no_widget_errors(page)
    page.screenshot(path=shots / "voila_dashboard.png", full_page=True)
    timings["voila: whole test"] = time.perf_counter() - t0
