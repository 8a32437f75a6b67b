"""Importing articles from the web or from saved pages, with trafilatura.

:func:`fetch_page` downloads one address politely: a User-Agent naming the course, a timeout, a
size limit, and a local cache (``<corpus>/web_cache/``: the page's HTML and a small JSON file
with its address and retrieval date; never pickles) so that running a notebook again does not
fetch again. :func:`page_fields` reduces a page to its main text with trafilatura (navigation,
share buttons, advertisements, captions, related links and footers are dropped) and reads the
headline, date (htmldate), author and site name. :func:`import_articles` adds many addresses,
a few at a time, and reports one row per address.

Every failure is a :class:`~helpers.errors.CorpusError` that says what happened and what to do:
an address that cannot be reached, a timeout, a status such as 404 or 403, a file that is not a web
page (a PDF, an image), or a page with too little text (a paywall or a cookie wall).
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from helpers._text.programs import re_compile
from helpers.errors import CorpusError

#: Sent with every request, so that a site's owner can see who fetched the page and why.
USER_AGENT = ("BetweenEastAndWest-course/0.1 (teaching helpers for a university course on media framing; "
              "one request per article, cached)")
#: Seconds to wait for a server before giving up.
TIMEOUT = 20.0
#: Most pages fetched at the same time (a few, to be polite to the sites).
MAX_CONCURRENT = 4
#: Largest page accepted (bytes).
MAX_BYTES = 10_000_000
#: A page with fewer words of main text is refused (a paywall, a cookie wall, an index page).
MIN_WORDS = 80
CACHE_DIR = "web_cache"
STATUS_COLUMNS = ["url", "id", "status", "message"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REASONS = {
    401: "the page needs a login", 403: "the site refused access (it may block automated downloads)",
    404: "the page was not found", 410: "the page was removed",
    429: "the site asks to wait (too many requests)",
    451: "the page is not available in this country",
}


@dataclass(frozen=True)
class Page:
    """A fetched page: its address, HTML bytes, retrieval date and whether it came from the cache."""

    url: str
    html: bytes
    retrieved: str
    from_cache: bool


def _cache_paths(folder: Path, url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    base = Path(folder) / CACHE_DIR
    return base / f"{key}.html", base / f"{key}.json"


def _check_url(url) -> str:
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url.strip()):
        raise CorpusError(f"{url!r}: not a web address. Give the full address, starting with https:// "
                          "(copy it from the browser's address bar).")
    if "@" in urllib.parse.urlsplit(url.strip()).netloc:  # user:password@host: never sent, never shown
        raise CorpusError("The address holds a user name or password before '@'. Give the page's address "
                          "without them; a page behind a login is saved from the browser and added with "
                          "file=.")
    return url.strip()


def _check_timeout(timeout) -> float:
    """``timeout`` as seconds (default :data:`TIMEOUT`); a clear error for anything but a positive number."""
    if timeout is None:
        return TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise CorpusError(f"timeout={timeout!r}: give the seconds to wait as a positive number, e.g. "
                          f"timeout=30 (default {TIMEOUT:g}).")
    return float(timeout)


def _ascii_url(url: str) -> str:
    """The address with non-ASCII letters percent-encoded (and the host in IDNA), as a browser sends it."""
    if url.isascii():
        return url
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    try:
        netloc = parts.netloc.replace(host, host.encode("idna").decode("ascii")) if not host.isascii() \
            else parts.netloc
    except UnicodeError:
        raise CorpusError(f"{url}: the site's name cannot be written as a web address.") from None
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=~")
    query = urllib.parse.quote(parts.query, safe="=&%/:?@!$'()*+,;~")
    fragment = urllib.parse.quote(parts.fragment, safe="")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path, query, fragment))


def forget_page(url: str, folder) -> None:
    """Remove ``url``'s copy from ``folder/web_cache`` (a page that gave no article is fetched again)."""
    for path in _cache_paths(folder, _check_url(url)):
        path.unlink(missing_ok=True)


def fetch_page(url: str, folder, *, timeout: float | None = None, refresh: bool = False) -> Page:
    """Fetch ``url`` (or read it from ``folder/web_cache``); return the :class:`Page`.

    Parameters
    ----------
    url : str
        A web address (http or https).
    folder : str or Path
        The corpus folder; its ``web_cache/`` keeps every fetched page.
    timeout : float, optional
        Seconds to wait (default :data:`TIMEOUT`).
    refresh : bool
        Fetch again even when the page is in the cache.

    Returns
    -------
    Page
        ``url``, ``html`` (bytes as received), ``retrieved`` (ISO date of the download) and
        ``from_cache``.
    """
    url = _check_url(url)
    timeout = _check_timeout(timeout)
    html_path, meta_path = _cache_paths(folder, url)
    if not refresh and html_path.is_file() and meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("url") == url:
            return Page(url, html_path.read_bytes(), meta.get("retrieved", ""), True)
    data = _download(url, timeout)
    retrieved = date.today().isoformat()
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_bytes(data)
    meta_path.write_text(json.dumps({"url": url, "retrieved": retrieved}, indent=1), encoding="utf-8")
    return Page(url, data, retrieved, False)


def _download(url: str, timeout: float) -> bytes:
    """The page's bytes; ``timeout`` bounds each wait and the whole download (a server that trickles)."""
    import time

    deadline = time.monotonic() + timeout
    request = urllib.request.Request(_ascii_url(url), headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity"})
    host = urllib.parse.urlsplit(url).netloc
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            coding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            if coding != "identity":  # asked for none: not decoded (a small download may unpack to gigabytes)
                raise CorpusError(f"{url}: the server sent the page compressed ({coding}) although the "
                                  "course asks for it uncompressed. Save the page from the browser and use "
                                  "file=.")
            if ctype not in _HTML_TYPES:
                raise CorpusError(f"{url}: this is not a web page but {ctype}. Open it, copy the article's "
                                  "text and add it with add_article(folder, text=...).")
            chunks, size = [], 0
            while size <= MAX_BYTES:
                chunk = response.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if time.monotonic() > deadline:
                    raise TimeoutError
            data = b"".join(chunks)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise CorpusError(f"{url}: the address redirects in a loop, too many times, or to an address "
                              f"that is not a web page (answer {exc.code}). Open it in a browser and copy "
                              "the address of the page it shows.") from None
        why = _REASONS.get(exc.code,
                           "the server reported an error" if exc.code >= 500 else "the request failed")
        raise CorpusError(f"{url}: the server answered {exc.code} ({why}). "
                          "Check the address in a browser; if the page opens there, "
                          "save it (File > Save Page As, .html) and use "
                          "add_article(folder, file='page.html', ...).") from None
    except TimeoutError:
        raise CorpusError(f"{url}: no answer from {host} within {timeout:g} seconds (timed out, or the page "
                          "came too slowly). Try again later, or save the page from the browser and use "
                          "file=.") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise CorpusError(f"{url}: no answer from {host} within {timeout:g} seconds (timed out). Try "
                              "again later, or save the page from the browser and use file=.") from None
        raise CorpusError(f"{url}: could not reach {host} ({reason}). Check the address and the internet "
                          "connection.") from None
    except (ConnectionError, OSError) as exc:
        raise CorpusError(f"{url}: the connection to {host} failed ({exc}). Try again later.") from None
    if len(data) > MAX_BYTES:
        raise CorpusError(f"{url}: the page is larger than {MAX_BYTES // 1_000_000} MB; this is not an "
                          "article page. Save the article's text and use text=.")
    return data


def page_fields(html, url: str | None = None, retrieved: str | None = None) -> tuple[bytes, dict]:
    """The main text of a page and the catalogue fields it gives.

    Parameters
    ----------
    html : str or bytes
        The page's HTML (as fetched, or read from a saved ``.html`` file).
    url : str, optional
        Its address, recorded in ``address`` (and used by trafilatura to resolve metadata).
    retrieved : str, optional
        When it was downloaded (ISO date); default today when ``url`` is given.

    Returns
    -------
    tuple of (bytes, dict)
        The text (UTF-8, one paragraph per line) and the fields found: ``headline``,
        ``headline_source``, ``published``, ``date_precision``, ``date_note``, ``author``, ``outlet``,
        ``address``, ``retrieved`` (only those the page gives).
    """
    import trafilatura

    if isinstance(html, bytes) and not html.strip() or isinstance(html, str) and not html.strip():
        raise CorpusError(f"{url or 'the saved page'}: the page is empty: there is no HTML to read.")
    # the date from the page's markup only (meta tags, JSON-LD, <time>): htmldate's extensive search
    # reads any date in the text, which on a page without a date is often a related link's
    doc = trafilatura.bare_extraction(_times_kept(html), url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False,
                                      date_extraction_params=_date_params(extensive=False))
    where = url or "the saved page"
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    n_words = len(text.split())
    if n_words < MIN_WORDS:
        raise CorpusError(f"{where}: only {n_words} words of article text found (at least {MIN_WORDS} are "
                          f"needed). {_why_no_text(html)} Open it in a browser, copy the article's text and "
                          "use add_article(folder, text=...).")
    fields = {"headline_source": "from the page's metadata (trafilatura)"}
    if doc.title:
        fields["headline"] = doc.title.strip()
    fields.update(_page_date(html, doc.date, url))
    if doc.author:
        fields["author"] = doc.author.strip()
    outlet = (doc.sitename or "").strip() or (urllib.parse.urlsplit(url).hostname if url else "")
    if outlet:
        fields["outlet"] = outlet
    if url:
        fields["address"] = url
        fields["retrieved"] = retrieved or date.today().isoformat()
    return (text + "\n").encode("utf-8"), fields


#: The text of a ``<time>`` element that stamps an entry of a live page: a time of day, perhaps with
#: "am"/"pm", "h" or a time zone ("09:05", "2.05 pm", "14:05 CET").
_TIME_STAMP = re_compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|h|hrs))?"
                         r"(?:\s*(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?$", re.IGNORECASE)
#: Elements a ``<time>`` stays inside as part of the running text ("at <time>09:05</time> police ...").
_RUNNING_TEXT = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "q", "a", "td", "th",
                           "figcaption", "caption", "dd", "dt", "em", "strong", "b", "i", "small", "cite"})


def _times_kept(html):
    """The page with the text of its ``<time>`` elements where trafilatura will keep it.

    trafilatura leaves ``<time>`` elements out of the text: "At <time>09:05</time> police moved
    in" would become "At police moved in", and a live page's entries would lose their times. So the
    text of a ``<time>`` inside running text moves into that text, and a ``<time>`` of its own whose
    text is a time of day (a live page's entry: "09:05", "2.05 pm", "14:05 CET") gets a ``<p>`` with
    that time just before it: it comes through as a line of its own (the cleaner marks it, logged,
    not analysed). The ``<time>`` elements stay, with their attributes, for the page's date. Returns
    the HTML as given when it has no ``<time>``, else the parsed tree.
    """
    raw = html if isinstance(html, str) else bytes(html).decode("utf-8", "replace")
    if "<time" not in raw.lower():
        return html
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    for el in list(tree.iter("time")):
        words = " ".join(el.text_content().split())
        if not words:
            continue
        if any(a.tag in _RUNNING_TEXT for a in el.iterancestors()):
            _move_text_before(el, el.text_content())
        elif _TIME_STAMP.match(words):
            line = etree.Element("p")
            line.text = words
            el.addprevious(line)
    return tree


def _move_text_before(el, text: str) -> None:
    """Put ``text`` (an element's own text) just before the element, in its parent's running text."""
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    elif parent is not None:
        parent.text = (parent.text or "") + text
    for child in list(el):
        el.remove(child)
    el.text = None


_BINARY_STARTS = ((b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
                  (b"%PDF", "a PDF document"), (b"\x1f\x8b", "gzip-compressed data"),
                  (b"PK\x03\x04", "a zip file"))
_TAG = re_compile(r"<[^<>]*>")


def _visible_words(raw: str) -> int:
    """Words of a page outside its tags, scripts and styles (one pass: time linear in the page)."""
    low, parts, pos = raw.lower(), [], 0
    while True:
        starts = [i for i in (low.find("<script", pos), low.find("<style", pos)) if i >= 0]
        if not starts:
            parts.append(raw[pos:])
            break
        a = min(starts)
        parts.append(raw[pos:a])
        close = "</script>" if low.startswith("<script", a) else "</style>"
        b = low.find(close, a)
        if b < 0:
            break
        pos = b + len(close)
    return len(_TAG.sub(" ", " ".join(parts)).split())


def _why_no_text(html) -> str:
    """The likely reason a page gave too little article text: not HTML, HTML too odd to read, or no text."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else bytes(html)
    for magic, what in _BINARY_STARTS:
        if raw.lstrip()[:8].startswith(magic):
            return f"This is not a web page but {what}."
    visible = _visible_words(_as_text(html))
    if visible >= MIN_WORDS:
        return (f"The page holds about {visible} words of text, but trafilatura could not find an article in "
                "its HTML (nested very deeply, or laid out unusually).")
    return "The page may be behind a paywall or a cookie wall, or be an index page."


def _date_params(extensive: bool) -> dict:
    """Parameters for htmldate: the original (not the updated) date, none later than today."""
    return {"original_date": True, "extensive_search": extensive, "max_date": date.today().isoformat()}


#: A publication date in a page's metadata: a meta tag or JSON-LD (not a <time> element of the text).
#: Tags are read up to 500 characters, so that a page with an unclosed tag costs time linear in its size.
_META_DATE = re_compile(r"<meta[^>]{0,500}?(?:date|time)[^>]{0,500}?content=[\"']?\d{4}-\d{2}-\d{2}"
                        r"|<meta[^>]{0,500}?content=[\"']?\d{4}-\d{2}-\d{2}[^>]{0,500}?(?:date|time)"
                        r"|\"date(?:Published|Created)\"\s*:\s*\"\d{4}", re.IGNORECASE)
_TIME_DATE = re_compile(r"<time[^>]{0,500}?datetime=[\"']?(\d{4}-\d{2}-\d{2})", re.IGNORECASE)


def _as_text(html) -> str:
    return html if isinstance(html, str) else bytes(html).decode("utf-8", "replace")


def _time_dates(html) -> set[str]:
    """The distinct dates (YYYY-MM-DD) of the page's ``<time datetime=...>`` elements."""
    return set(_TIME_DATE.findall(_as_text(html)))


def _page_date(html, markup_date: str | None, url: str | None) -> dict:
    """The date fields of a page.

    ``exact`` when its markup gives the date; ``inferred`` with a warning when only a date in the
    page's text was found (it may belong to a related link or a comment); nothing when there is none
    (``add_article`` then asks for ``published=``).
    """
    if markup_date and re.match(r"^\d{4}-\d{2}-\d{2}$", markup_date):
        shown = _time_dates(html)
        if len(shown) > 1 and not _META_DATE.search(_as_text(html)):  # no metadata: one <time> of many
            listed = ", ".join(sorted(shown)[:6]) + (" …" if len(shown) > 6 else "")
            return {"published": markup_date, "date_precision": "inferred",
                    "date_note": f"The page's metadata gives no date, and its <time> elements give several "
                                 f"({listed}): this is the one htmldate chose. Check it against the page "
                                 "and pass published= if it is wrong."}
        return {"published": markup_date, "date_precision": "exact",
                "date_note": "Publication date read from the page's markup (htmldate); check it against "
                             "the page."}
    from htmldate import find_date

    guess = find_date(html, url=url, **_date_params(extensive=True))
    if guess and re.match(r"^\d{4}-\d{2}-\d{2}$", guess):
        return {"published": guess, "date_precision": "inferred",
                "date_note": "The page's markup gives no date: this is a date found in the page's text "
                             "(htmldate), possibly that of a related link or a comment. Check it against "
                             "the page and pass published= if it is wrong."}
    return {}


class _Progress:
    """A progress bar in a notebook (ipywidgets); nothing elsewhere."""

    def __init__(self, total: int, show: bool | None):
        self.bar = None
        if show is False or total < 1:
            return
        try:
            from IPython import get_ipython

            if show is None and (get_ipython() is None or "IPKernelApp" not in get_ipython().config):
                return
            import ipywidgets as w
            from IPython.display import display

            self.bar = w.IntProgress(value=0, min=0, max=total, description="Importing",
                                     layout=w.Layout(width="40em"))
            self.label = w.Label(f"0 of {total}")
            display(w.HBox([self.bar, self.label]))
        except Exception:  # no widgets here: import without a bar
            self.bar = None

    def step(self, text: str) -> None:
        if self.bar is not None:
            self.bar.value += 1
            self.label.value = f"{self.bar.value} of {self.bar.max}: {text[:60]}"


def import_articles(folder, urls, *, timeout: float | None = None, max_concurrent: int = MAX_CONCURRENT,
                    progress: bool | None = None, **fields) -> pd.DataFrame:
    """Import many web addresses into the corpus in ``folder``; go on past failures.

    Pages are fetched a few at a time (at most :data:`MAX_CONCURRENT`), each once (cached in
    ``folder/web_cache/``), then added in the order given with :func:`~helpers.corpus.adding.add_article`.
    An address already in the catalogue (its ``address`` field) is skipped, not added twice.

    Parameters
    ----------
    folder : str or Path
        A working corpus made with :func:`~helpers.corpus.adding.new_corpus`.
    urls : list of str
        Web addresses.
    timeout : float, optional
        Seconds to wait for each page (default :data:`TIMEOUT`).
    max_concurrent : int
        Pages fetched at the same time (1 to :data:`MAX_CONCURRENT`).
    progress : bool, optional
        Show a progress bar (default: in a notebook only).
    **fields
        Catalogue fields for every article, e.g. ``genre="news_report"`` (the page cannot say its
        genre). Fields the page gives (headline, date, author, outlet) are used when not given here.

    Returns
    -------
    pandas.DataFrame
        One row per address, in the order given: ``url``, ``id`` (the new article's id, empty when
        it failed), ``status`` (``added``, ``skipped`` or ``failed``) and ``message`` (what happened,
        and for a failure what to do).
    """
    from helpers.corpus.adding import _read_rows, add_article

    if isinstance(urls, str):
        urls = [urls]
    urls = list(urls)
    folder = Path(folder).expanduser().resolve()
    known = {r.get("address", ""): r["id"] for r in _read_rows(folder)[1] if r.get("address")}
    bar = _Progress(len(urls), progress)
    workers = max(1, min(int(max_concurrent), MAX_CONCURRENT, len(urls) or 1))

    def fetch(url):
        if url in known:
            return None
        try:
            return fetch_page(url, folder, timeout=timeout)
        except CorpusError as exc:
            return exc

    rows = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for url, got in zip(urls, pool.map(fetch, urls)):
            rows.append(_add_one(folder, url, got, known, fields, add_article))
            bar.step(f"{rows[-1]['status']} {url}")
    return pd.DataFrame(rows, columns=STATUS_COLUMNS)


def _add_one(folder: Path, url, got, known: dict, fields: dict, add_article) -> dict:
    if got is None or url in known:  # in the catalogue before, or earlier in this list
        return {"url": url, "id": known[url], "status": "skipped",
                "message": f"Already in the corpus as article {known[url]}; nothing fetched."}
    if isinstance(got, CorpusError):
        return {"url": url, "id": "", "status": "failed", "message": str(got)}
    try:
        row = add_article(folder, html=got.html, **{"address": got.url, "retrieved": got.retrieved, **fields})
    except CorpusError as exc:
        forget_page(url, folder)  # a page that gave no article is fetched again next time
        return {"url": url, "id": "", "status": "failed", "message": str(exc)}
    known[url] = row["id"]
    cached = " (from the cache)" if got.from_cache else ""
    return {"url": url, "id": row["id"], "status": "added",
            "message": f"Added as {row['file']}{cached}: {row['headline'][:80]}"}
