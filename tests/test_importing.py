"""Importing web pages (helpers.corpus.importing), offline against a local server of constructed pages."""

import socket

import pytest
from corpus_tools import folder_digest
from webserver import PAGES, LocalServer

from helpers import (
    CorpusError,
    add_article,
    cleaning_log,
    import_articles,
    load_articles,
    load_paragraphs,
    new_corpus,
)
from helpers.corpus.importing import USER_AGENT

BODY = [
    "This page was constructed for the course's tests: the outlet, the reporter and every quotation are "
    "invented. In this constructed scenario the government in Belgrade says it will sign a new gas contract "
    "with Russia before the winter.",
    "Officials of the European Union have pressed Serbia for months to align with the bloc's sanctions on "
    "Russia, and a diplomat in Brussels said the contract would be a step in the wrong direction for a "
    "country that wants to join the Union.",
    "“We have no other choice this winter,” said Milan Novak, a fictional energy lobbyist, at a news "
    "conference in Belgrade. “Our households need heat, and Russian gas is what we can get.”",
    "Analysts at the fictional Danube Policy Lab said the deal would complicate accession talks that have "
    "stalled for years, and that Belgrade was trying to keep both partners without choosing between them.",
    "The ministry of energy did not answer questions about the price of the contract, which it described "
    "as confidential.",
]
CLUTTER = ["Share on Facebook", "Advertisement", "winter tyres", "Copyright Test Photographer",
           "EU ministers meet", "All rights reserved", "Privacy policy", "Log in"]


@pytest.fixture(autouse=True)
def forget_loaded_corpora(monkeypatch):
    """Corpora loaded here stay out of later tests (source_names looks in every loaded corpus)."""
    import helpers.corpus.loading as loading

    monkeypatch.setattr(loading, "_CACHE", dict(loading._CACHE))


@pytest.fixture
def corpus(tmp_path):
    return new_corpus(tmp_path / "my_work" / "corpus")


@pytest.fixture(scope="module")
def server():
    with LocalServer() as s:
        yield s


def _body(folder, aid):
    p = load_paragraphs(folder, kinds=["body"])
    return list(p[p.article_id == aid].text)


def test_a_page_with_clutter_gives_the_article_text_headline_date_and_outlet(corpus, server):
    status = import_articles(corpus, [server.url("/news/gas")], genre="constructed_example")
    assert list(status.columns) == ["url", "id", "status", "message"]
    assert status.status.tolist() == ["added"] and status.id.tolist() == ["005"]
    art = load_articles(corpus).set_index("article_id").loc["005"]
    assert art.headline == "Belgrade weighs a winter gas deal as Brussels presses on sanctions"
    assert art.published_text == "2025-11-20" and art.date_precision == "exact"
    assert "htmldate" in art.date_note
    assert art.outlet == "Danube Courier" and art.short == "Danube Courier" and art.author == "Mara Test"
    assert art.address == server.url("/news/gas") and art.retrieved  # address and retrieval date recorded
    assert _body(corpus, "005") == BODY
    for junk in CLUTTER:
        assert junk not in art.text


def test_requests_name_the_course_and_a_rerun_uses_the_cache(corpus, server):
    url = server.url("/news/gas-2")
    before = len(server.requests)
    import_articles(corpus, [url], genre="news_report")
    assert [ua for path, ua in server.requests[before:]] == [USER_AGENT]
    again = import_articles(corpus, [url], genre="news_report")  # already imported: skipped, not fetched
    assert again.status.tolist() == ["skipped"] and "005" in again.message.iloc[0]
    assert len(server.requests) == before + 1
    fresh = new_corpus(corpus.parent / "second", exist_ok=False)
    (fresh / "web_cache").mkdir()
    for f in (corpus / "web_cache").iterdir():  # same cache: no new request
        (fresh / "web_cache" / f.name).write_bytes(f.read_bytes())
    got = import_articles(fresh, [url], genre="news_report")
    assert got.status.tolist() == ["added"] and "from the cache" in got.message.iloc[0]
    assert len(server.requests) == before + 1
    assert sorted(p.suffix for p in (corpus / "web_cache").iterdir()) == [".html", ".json"]  # no pickles


def _closed_port_url():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/news"


@pytest.mark.parametrize("path,needles", [
    ("/missing", ["404", "not found"]),
    ("/forbidden", ["403", "refused access", "Save Page As"]),
    ("/report.pdf", ["not a web page", "application/pdf", "text="]),
    ("/paywall", ["words of article text", "paywall", "text="]),
])
def test_each_failure_has_its_own_message_and_the_rest_go_on(corpus, server, path, needles):
    before = folder_digest(corpus)
    status = import_articles(corpus, [server.url(path), server.url("/news/gas")], genre="news_report")
    assert status.status.tolist() == ["failed", "added"]
    for n in needles:
        assert n in status.message.iloc[0], status.message.iloc[0]
    assert status.id.iloc[0] == ""
    after = folder_digest(corpus)
    assert {k: v for k, v in after.items() if k in before and k != "catalog.csv"} == {
        k: v for k, v in before.items() if k != "catalog.csv"}  # the raw files are unchanged


def test_network_error_and_timeout(corpus, server):
    status = import_articles(corpus, [_closed_port_url()], genre="news_report")
    assert status.status.tolist() == ["failed"] and "could not reach" in status.message.iloc[0]
    status = import_articles(corpus, [server.url("/slow")], genre="news_report", timeout=0.5)
    assert status.status.tolist() == ["failed"] and "timed out" in status.message.iloc[0]


def test_a_page_that_trickles_in_is_given_up_after_the_timeout_in_all(corpus, server):
    status = import_articles(corpus, [server.url("/trickle")], genre="news_report", timeout=1)
    assert status.status.tolist() == ["failed"] and "within 1 seconds" in status.message.iloc[0]


@pytest.mark.parametrize("timeout", [-1, 0, "5", True])
def test_a_timeout_that_is_not_a_positive_number_is_refused(corpus, server, timeout):
    with pytest.raises(CorpusError, match=r"timeout=.*positive number"):
        add_article(corpus, url=server.url("/news/gas"), short="T", genre="news_report", timeout=timeout)


def test_an_address_with_cyrillic_letters_is_fetched(corpus, server):
    row = add_article(corpus, url=server.url("/вести"), short="Vesti", genre="constructed_example")
    assert row["address"].endswith("/вести") and _body(corpus, row["id"]) == BODY


def test_a_page_that_gave_no_article_is_not_kept_so_a_retry_fetches_it_again(corpus, server):
    with pytest.raises(CorpusError, match="words of article text"):
        add_article(corpus, url=server.url("/flip"), short="Flip", genre="constructed_example")
    assert not list((corpus / "web_cache").glob("*"))  # nothing of the failed page kept
    row = add_article(corpus, url=server.url("/flip"), short="Flip", genre="constructed_example")
    assert _body(corpus, row["id"]) == BODY


def test_a_redirect_loop_a_compressed_page_and_a_password_in_the_address_say_what_happened(corpus, server):
    status = import_articles(corpus, [server.url("/loop"), server.url("/gzip")], genre="news_report")
    assert status.status.tolist() == ["failed", "failed"]
    assert "redirects in a loop" in status.message.iloc[0]
    assert "compressed (gzip)" in status.message.iloc[1]
    secret = server.url("/news/gas").replace("http://", "http://student:s3cret@")
    with pytest.raises(CorpusError, match="user name or password") as err:
        add_article(corpus, url=secret, short="S", genre="news_report")
    assert "s3cret" not in str(err.value)
    assert not (corpus / "web_cache").exists() or not list((corpus / "web_cache").iterdir())


def test_not_a_web_address(corpus):
    status = import_articles(corpus, ["www.example.org/page", "file:///etc/passwd"], genre="news_report")
    assert status.status.tolist() == ["failed", "failed"]
    assert all("not a web address" in m for m in status.message)


def test_fields_the_page_cannot_give_are_asked_for(corpus, server):
    before = folder_digest(corpus)
    status = import_articles(corpus, [server.url("/news/gas")])
    assert status.status.tolist() == ["failed"]
    assert "genre=" in status.message.iloc[0] and "the page does not give them" in status.message.iloc[0]
    assert folder_digest(corpus) == before


def test_a_saved_page_and_an_html_string(corpus):
    saved = corpus.parent / "page.html"
    saved.write_bytes((PAGES / "article.html").read_bytes())
    row = add_article(corpus, file=saved, genre="constructed_example")
    assert row["headline"].startswith("Belgrade weighs") and row["address"] == ""
    assert _body(corpus, row["id"]) == BODY
    with pytest.raises(CorpusError, match="short 'Danube Courier' is already used"):
        add_article(corpus, html=(PAGES / "article.html").read_text(), genre="news_report",
                    short="Danube Courier")
    with pytest.warns(UserWarning, match="identical to article 005 .*count it twice"):
        row2 = add_article(corpus, html=(PAGES / "article.html").read_text(), genre="news_report")
    assert row2["short"] == "Danube Courier 2"  # a short name of its own


def test_the_same_address_twice_is_refused_and_within_one_list_added_once(corpus, server):
    url = server.url("/news/gas")
    status = import_articles(corpus, [url, url], genre="constructed_example")
    assert status.status.tolist() == ["added", "skipped"] and status.id.tolist() == ["005", "005"]
    before = folder_digest(corpus)
    with pytest.raises(CorpusError, match=r"already in the corpus as article 005 .*replace=True"):
        add_article(corpus, url=url, short="Again", genre="constructed_example")
    assert folder_digest(corpus) == before


def test_a_page_with_text_but_no_article_found_and_an_image_say_so_rather_than_blame_a_paywall():
    from helpers.corpus.importing import page_fields

    deep = "<div>" * 300 + "".join(f"<p>{b}</p>" for b in BODY) + "</div>" * 300
    with pytest.raises(CorpusError, match=r"holds about \d+ words of text, but trafilatura could not find"):
        page_fields(f"<html><body>{deep}</body></html>")
    with pytest.raises(CorpusError, match="not a web page but a PNG image"):
        page_fields(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(CorpusError, match="paywall"):
        page_fields((PAGES / "paywall.html").read_bytes())


def test_an_empty_or_tiny_page_is_refused(corpus):
    for html in ("", "<html><body><p>Too short.</p></body></html>"):
        with pytest.raises(CorpusError, match="empty|words of article text"):
            add_article(corpus, html=html, genre="news_report")


def test_concurrency_is_capped(corpus, server, monkeypatch):
    import helpers.corpus.importing as imp

    seen = []

    class Spy(imp.ThreadPoolExecutor):
        def __init__(self, max_workers=None, **kw):
            seen.append(max_workers)
            super().__init__(max_workers=max_workers, **kw)

    monkeypatch.setattr(imp, "ThreadPoolExecutor", Spy)
    import_articles(corpus, [server.url(f"/missing{i}") for i in range(10)], max_concurrent=50,
                    genre="news_report")
    assert seen == [imp.MAX_CONCURRENT]


def test_add_article_from_a_url_records_address_and_retrieval_date(corpus, server):
    url = server.url("/news/gas?one")
    row = add_article(corpus, url=url, genre="constructed_example", short="Courier")
    assert row["address"] == url and len(row["retrieved"]) == 10 and row["outlet"] == "Danube Courier"
    assert _body(corpus, row["id"]) == BODY
    with pytest.raises(CorpusError, match="could not reach"):
        add_article(corpus, url=_closed_port_url(), genre="news_report", short="Other")


def _undated_page() -> str:
    """The test page without its date markup, and with a dated related link in its text."""
    html = (PAGES / "article.html").read_text(encoding="utf-8")
    html = html.replace('<meta property="article:published_time" content="2025-11-20T09:30:00+01:00">', "")
    html = html.replace('<time datetime="2025-11-20T09:30:00+01:00">20 November 2025</time>', "")
    assert "2025-11-20" not in html
    return html.replace("</body>", "<aside><p>Related: Sanctions talks resume (11 September 2025)</p>"
                                   "</aside></body>")


def test_a_date_only_found_in_the_page_text_is_inferred_with_a_warning_not_exact(corpus):
    row = add_article(corpus, html=_undated_page(), short="Undated", genre="news_report")
    assert row["published"] == "2025-09-11"  # htmldate's text search found the related link's date
    assert row["date_precision"] == "inferred"
    assert "related link" in row["date_note"] and "published=" in row["date_note"]
    art = load_articles(corpus).set_index("article_id").loc[row["id"]]
    assert art.date_precision != "exact"


def test_a_date_in_the_page_markup_is_exact():
    from helpers.corpus.importing import page_fields

    _text, fields = page_fields((PAGES / "article.html").read_bytes())
    assert fields["published"] == "2025-11-20" and fields["date_precision"] == "exact"
    assert "markup" in fields["date_note"]


def test_a_date_from_one_of_several_time_elements_and_no_metadata_is_inferred_not_exact():
    from helpers.corpus.importing import page_fields

    related = "".join(f"<li><a href='/x{k}'><time datetime='2010-0{k}-01'>2010</time> Old {k}</a></li>"
                      for k in range(1, 6))
    html = (f"<html><body><article><h1><time datetime='2019-01-01'>1 January 2019</time> Gas talks</h1>"
            f"<ul>{related}</ul>{''.join(f'<p>{b}</p>' for b in BODY)}"
            "<p>Published <time datetime='2025-11-20'>20 November 2025</time></p></article></body></html>")
    _text, fields = page_fields(html)
    assert fields["date_precision"] == "inferred" and "several" in fields["date_note"]
    _text, fields = page_fields((PAGES / "article.html").read_bytes())  # a date in the metadata: exact
    assert fields["date_precision"] == "exact"


def test_the_callers_date_replaces_the_pages_date_with_its_precision_and_note(corpus):
    row = add_article(corpus, html=_undated_page(), short="Dated", genre="news_report",
                      published="2025-11-19", date_precision="exact", date_note="From the print edition.")
    assert (row["published"], row["date_precision"], row["date_note"]) == (
        "2025-11-19", "exact", "From the print edition.")
    with pytest.raises(CorpusError, match="date_precision"):  # a date alone does not inherit the page's
        add_article(corpus, html=_undated_page(), short="Dated2", genre="news_report", published="2025-11-19")


def _live_page(stamp_inside_paragraph: bool = False) -> str:
    """A constructed live page: four entries, each with its time in a <time> element of its own."""
    entries = [("09:05", BODY[0]), ("09:40", BODY[1]), ("10:15", BODY[2]), ("11:30 CET", BODY[3])]
    if stamp_inside_paragraph:
        posts = "".join(f"<p>At <time>{t}</time> the desk wrote: {text}</p>" for t, text in entries)
    else:
        posts = "".join(f'<div class="post"><time datetime="2025-11-20T{t[:5]}">{t}</time><p>{text}</p></div>'
                        for t, text in entries)
    return ("<html><head><title>Live: gas talks</title>"
            '<meta property="article:published_time" content="2025-11-20"></head>'
            f"<body><article><h1>Live: gas talks</h1>{posts}</article></body></html>")


def test_a_live_pages_entry_times_come_through_as_lines_of_their_own_and_are_logged(corpus):
    from helpers.corpus.importing import page_fields

    text, fields = page_fields(_live_page())
    lines = text.decode().splitlines()
    for stamp, body in (("09:05", BODY[0]), ("09:40", BODY[1]), ("11:30 CET", BODY[3])):
        assert lines[lines.index(body) - 1] == stamp  # the time just before its entry
    assert fields["published"] == "2025-11-20"  # the date in the markup is still read
    row = add_article(corpus, html=_live_page(), short="Live desk", outlet="Live desk", genre="news_report")
    assert _body(corpus, row["id"]) == BODY[:4]  # the times are not analysed as body text ...
    log = cleaning_log(corpus)
    logged = log[log.article_id == row["id"]]
    assert {"09:05", "10:15", "11:30 CET"} <= set(logged.before)  # ... but logged, and kept in the file


def test_a_time_inside_a_sentence_stays_in_its_sentence_and_the_markup_date_is_still_read():
    from helpers.corpus.importing import page_fields

    text, _fields = page_fields(_live_page(stamp_inside_paragraph=True))
    lines = text.decode().splitlines()
    assert "09:05" not in lines and f"At 09:05 the desk wrote: {BODY[0]}" in lines
    dated = ('<html><body><article><p class="byline">Published <time datetime="2025-11-20">20 November '
             f"2025</time></p>{''.join(f'<p>{b}</p>' for b in BODY)}</article></body></html>")
    _text, fields = page_fields(dated)
    assert (fields["published"], fields["date_precision"]) == ("2025-11-20", "exact")
