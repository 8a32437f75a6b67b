"""A local HTTP server for the importer's tests: serves the constructed pages in tests/fixtures/web.

Routes: ``/news/gas`` (the article page), ``/news/gas-2`` (the same page at a second address),
``/paywall`` (too little text), ``/missing`` (404), ``/forbidden`` (403), ``/report.pdf`` (not HTML),
``/slow`` (answers after 3 s), ``/trickle`` (sends a page one byte every 0.2 s), ``/вести`` (a
Cyrillic address; the article page), ``/flip`` (the paywall page on the first request, then the
article), ``/loop`` (redirects to itself), ``/gzip`` (the page gzip-compressed, unasked). Every
request's path and User-Agent is recorded in ``server.requests``.
"""

import http.server
import threading
import time
import urllib.parse
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "fixtures" / "web"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def _send(self, code, ctype, body: bytes):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            pass

    def _trickle(self, body: bytes):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for k in range(len(body)):
                self.wfile.write(body[k:k + 1])
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up
            pass

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        self.server.requests.append((self.path, self.headers.get("User-Agent", "")))
        path = self.path.split("?")[0]
        if path in ("/news/gas", "/news/gas-2"):
            self._send(200, "text/html; charset=utf-8", (PAGES / "article.html").read_bytes())
        elif path == "/paywall":
            self._send(200, "text/html; charset=utf-8", (PAGES / "paywall.html").read_bytes())
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n% constructed test file\n")
        elif path == "/forbidden":
            self._send(403, "text/html", b"<html><body>Forbidden</body></html>")
        elif urllib.parse.unquote(path) == "/вести":
            self._send(200, "text/html; charset=utf-8", (PAGES / "article.html").read_bytes())
        elif path == "/flip":
            first = sum(p.split("?")[0] == "/flip" for p, _ua in self.server.requests) == 1
            page = PAGES / ("paywall.html" if first else "article.html")
            self._send(200, "text/html; charset=utf-8", page.read_bytes())
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/gzip":
            import gzip

            body = gzip.compress((PAGES / "article.html").read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/trickle":
            self._trickle((PAGES / "article.html").read_bytes())
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", (PAGES / "article.html").read_bytes())
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")


class LocalServer:
    """``with LocalServer() as server: server.url("/news/gas")``."""

    def __enter__(self):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def requests(self):
        return self.httpd.requests

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
