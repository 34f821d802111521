"""``newsgraph serve``: a SPARQL 1.1 Protocol endpoint over a graph file or an Oxigraph store.

The SPARQL engine is the real Oxigraph server from PyPI (``oxigraph serve-read-only``, or
``oxigraph serve`` when started writable), run on a private loopback port. In front of it sits a
small proxy, on 127.0.0.1 by default, because Oxigraph alone does not protect itself enough for a
shared endpoint:

* Read-only unless started ``writable``: updates (``/update``, an ``update=`` parameter, Graph Store
  writes) are refused with 403 before they reach the engine.
* A query time limit: Oxigraph's own ``--timeout-s`` is passed on, but it does not stop every query
  (a sort over a huge join runs on, holding memory), so the proxy also keeps a deadline; a query
  still running at the deadline gets 503 and the engine process is restarted, which really stops it.
* A result-size limit: the proxy reads the engine's answer as a stream of rows (TSV or N-Triples, one
  line per row) and refuses with 400 once there are more than ``limit``; closing the stream makes the
  engine stop too. Answers within the limit are converted to whatever format the client asked for.
* A query page at ``/`` that works offline (no CDN): a text box, the named queries, a results table.
* A store that a build replaces while it is served (``newsgraph build --store`` swaps a new copy in
  and leaves a new stamp beside it) is picked up at the next request: the engine starts again on it.

Endpoints: ``/query`` and ``/sparql`` (SPARQL 1.1 Protocol, GET or POST), ``/update`` (writable
only), ``/store`` (Graph Store Protocol: reads always, writes when writable).
"""

from __future__ import annotations

import html
import http.client
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pyoxigraph as ox

from .errors import NewsgraphError, UsageError
from .query import describe_query, named_queries, sparql_keywords
from .rdf import rdf_format
from .store import merge_into_default, store_stamp

__all__ = ["Endpoint", "start_endpoint", "run_command", "oxigraph_binary"]

DEFAULT_GRAPH = Path("out/graph.trig")
GRACE = 1.0  # seconds the proxy waits beyond the time limit for the engine to cancel on its own
MAX_QUERY_BODY = 10 * 1024 * 1024
MAX_STORE_BODY = 512 * 1024 * 1024
CANCELLED = b"The SPARQL operation has been cancelled"
# What the proxy asks the engine for: formats with exactly one line per result row.
ROW_FORMATS = "text/tab-separated-values, application/n-triples;q=0.9"
FORM = "application/x-www-form-urlencoded"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program installed with the ``oxigraph`` package."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise NewsgraphError("the Oxigraph server is not installed: pip install oxigraph")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Engine:
    """One Oxigraph server process on a private loopback port."""

    def __init__(self, location: Path, writable: bool, timeout: float) -> None:
        self.location = location
        self.writable = writable
        self.timeout = timeout
        self.log: Path | None = None  # where its messages go, read when it fails to start
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    def _merged_default(self) -> bool:
        from .store import has_merged_default

        try:
            return has_merged_default(ox.Store.read_only(str(self.location)))
        except OSError:
            return True  # the engine itself will say what is wrong with the store

    def start(self) -> None:
        self.stop()  # never two engines: a running one would be orphaned
        self.port = _free_port()
        command = [
            oxigraph_binary(), "serve" if self.writable else "serve-read-only",
            "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
            "--timeout-s", str(max(1, math.ceil(self.timeout))),
        ]
        if self.writable or not self._merged_default():
            # Queries see the union of the document graphs, like `newsgraph query` does: a store
            # newsgraph loads keeps it as its default graph, but updates would not keep it, so a
            # writable engine (whose store lost that copy, see start_endpoint) and a store of an
            # older newsgraph ask Oxigraph for the union instead.
            command.append("--union-default-graph")
        log = Path(self.log or os.devnull)
        with open(log, "ab") as stream:
            # Its own session: Ctrl+C in the terminal goes to newsgraph, which stops it in order.
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stream, stderr=stream,
                                            start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                lines = self.log.read_text(errors="replace").strip().splitlines() if self.log else []
                raise NewsgraphError(f"the Oxigraph server did not start: {(lines or ['no message'])[-1]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise NewsgraphError("the Oxigraph server did not start within 30 seconds")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class _Refused(Exception):
    """A request the proxy answers itself: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _negotiate(accept: str, kind: str) -> Any:
    """The format to answer in: pyoxigraph's parsers know the media types, q-values decide."""
    defaults = {"results": ox.QueryResultsFormat.JSON, "graph": ox.RdfFormat.TURTLE,
                "dataset": ox.RdfFormat.N_QUADS}
    lookup = ox.QueryResultsFormat.from_media_type if kind == "results" else ox.RdfFormat.from_media_type
    if not accept.strip():
        return defaults[kind]
    choices = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        choices.append((-quality, position, media.strip().lower()))
    for negative_quality, _, media in sorted(choices):
        if negative_quality >= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            return defaults[kind]
        found = lookup(media)
        if found is not None and (kind != "dataset" or found.supports_datasets):
            return found
    raise _Refused(406, f"none of the formats in Accept: {accept} can carry this result")


def _content_type(target: Any) -> str:
    media = target.media_type
    return media if "charset" in media else f"{media}; charset=utf-8"


class _Handler(BaseHTTPRequestHandler):
    server_version = "newsgraph"
    timeout = 120  # seconds a client may take to send its request: idle connections do not pile up
    endpoint: Endpoint  # set on the subclass each Endpoint makes

    # --- plumbing -------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.endpoint.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8",
              head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _body(self, limit: int) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            raise _Refused(413, f"the request body is larger than {limit} bytes")
        return self.rfile.read(length) if length else b""

    def _content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._dispatch("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        try:
            self._route(method)
        except _Refused as refusal:
            self._send(refusal.status, (refusal.message + "\n").encode(), head=method == "HEAD")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away

    # --- routes ---------------------------------------------------------------------------------

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        endpoint = self.endpoint
        if url.path in ("/", "/index.html"):
            if method not in ("GET", "HEAD"):
                raise _Refused(405, f"{method} / is not supported")
            self._send(200, endpoint.page(), "text/html; charset=utf-8", head=method == "HEAD")
        elif url.path in ("/query", "/sparql"):
            self._sparql(method, url.query)
        elif url.path == "/update":
            if not endpoint.writable:
                raise _Refused(403, "this endpoint is read-only: SPARQL updates are refused "
                                    "(start it with `newsgraph serve --writable` to allow them)")
            self._forward(method, self.path, self._body(MAX_QUERY_BODY))
        elif url.path == "/store":
            if method in ("GET", "HEAD"):
                self._store_read(url.query, head=method == "HEAD")
            elif not endpoint.writable:
                raise _Refused(403, "this endpoint is read-only: Graph Store writes are refused "
                                    "(start it with `newsgraph serve --writable` to allow them)")
            else:
                self._forward(method, self.path, self._body(MAX_STORE_BODY))
        else:
            raise _Refused(404, f"{method} {url.path} is not served here: use /query, /update or /store")

    def _sparql(self, method: str, query_string: str) -> None:
        params = parse_qsl(query_string, keep_blank_values=True)
        update_body = None
        if method == "POST":
            body = self._body(MAX_QUERY_BODY)
            content_type = self._content_type()
            if content_type == FORM:
                params += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            elif content_type == "application/sparql-query":
                params.append(("query", body.decode("utf-8", "replace")))
            elif content_type == "application/sparql-update":
                update_body = body
            else:
                raise _Refused(415, f"unsupported Content-Type {content_type or '(none)'}: use {FORM}, "
                                    "application/sparql-query or application/sparql-update")
        elif method not in ("GET", "HEAD"):
            raise _Refused(405, f"{method} is not a SPARQL protocol method: use GET or POST")
        if update_body is not None or any(key == "update" for key, _ in params):
            if not self.endpoint.writable:
                raise _Refused(403, "this endpoint is read-only: SPARQL updates are refused "
                                    "(start it with `newsgraph serve --writable` to allow them)")
            if method != "POST":
                raise _Refused(405, "SPARQL updates must be sent with POST")
            if update_body is not None:
                self._forward("POST", "/update", update_body, "application/sparql-update")
            else:
                self._forward("POST", "/update", urlencode(params).encode(), FORM)
            return
        queries = [value for key, value in params if key == "query"]
        if not queries:
            if method == "POST":
                raise _Refused(400, "no query: send it as the 'query' parameter")
            self._forward("GET", "/query", b"")  # the SPARQL service description
            return
        if len(queries) > 1:
            raise _Refused(400, "more than one 'query' parameter")
        if "SERVICE" in sparql_keywords(queries[0]):
            # The engine would fetch any URL a SERVICE clause names, from inside this network.
            raise _Refused(403, "federated queries (SERVICE) are not allowed on this endpoint")
        self._query(params, head=method == "HEAD")

    # --- talking to the engine ------------------------------------------------------------------

    def _forward(self, method: str, path: str, body: bytes, content_type: str | None = None) -> None:
        """Pass a request through unchanged (updates, store writes, the service description)."""
        headers = {"Content-Type": content_type or self.headers.get("Content-Type") or FORM}
        if self.headers.get("Accept"):
            headers["Accept"] = self.headers["Accept"]
        connection = http.client.HTTPConnection("127.0.0.1", self.endpoint.engine_port(), timeout=600)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except OSError as error:
            raise _Refused(503, f"the query engine is not answering ({error}); retry") from None
        finally:
            connection.close()
        self._send(response.status, data, response.getheader("Content-Type") or "text/plain",
                   head=method == "HEAD")

    def _read_rows(self, method: str, path: str, body: bytes | None, headers: dict[str, str],
                   what: str) -> tuple[int, str, bytes]:
        """Ask the engine, reading its answer as a stream of rows within the time and size limits."""
        endpoint = self.endpoint
        deadline = time.monotonic() + endpoint.timeout + GRACE
        engine = endpoint.engine_port()
        connection = http.client.HTTPConnection("127.0.0.1", engine, timeout=endpoint.timeout + GRACE)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
            if response.status != 200:
                return response.status, content_type, response.read()
            chunks: list[bytes] = []
            lines = 0
            # TSV results have a header line; N-Triples and N-Quads have none.
            allowed = endpoint.limit + (1 if content_type == "text/tab-separated-values" else 0)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if connection.sock is not None:
                    connection.sock.settimeout(remaining)
                chunk = response.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                lines += chunk.count(b"\n")
                if lines > allowed:
                    # Closing the connection makes the engine stop producing rows.
                    raise _Refused(400, f"{what} has more than {endpoint.limit} rows, the limit of this "
                                        "endpoint: add a LIMIT or narrow the query")
            data = b"".join(chunks)
        except (TimeoutError, socket.timeout):
            connection.close()
            endpoint.restart_engine(engine)  # the only sure way to stop a runaway query
            raise _Refused(503, f"{what} ran longer than {endpoint.timeout:g} s, the time limit of this "
                                "endpoint, and was stopped") from None
        except (http.client.HTTPException, OSError) as error:
            connection.close()
            endpoint.restart_engine(engine)
            raise _Refused(503, f"the query engine stopped while answering ({error}); retry") from None
        finally:
            connection.close()
        if CANCELLED in data[-200:]:
            raise _Refused(503, f"{what} ran longer than {endpoint.timeout:g} s, the time limit of this "
                                "endpoint, and was stopped")
        return 200, content_type, data

    def _query(self, params: list[tuple[str, str]], head: bool) -> None:
        status, content_type, data = self._read_rows(
            "POST", "/query", urlencode(params).encode(),
            {"Content-Type": FORM, "Accept": ROW_FORMATS}, "the query's result",
        )
        if status != 200:
            self._send(status, data, content_type or "text/plain", head=head)
            return
        accept = self.headers.get("Accept", "")
        try:
            if content_type == "text/tab-separated-values":
                results = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
                target = _negotiate(accept, "results")
                body = results.serialize(format=target)
            else:
                triples = [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
                target = _negotiate(accept, "graph")
                body = ox.serialize(triples, format=target)
        except (SyntaxError, ValueError):
            # The engine had started answering when evaluation failed: its message ends the stream.
            tail = data.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            raise _Refused(500, f"the query failed while running: {tail[0]}") from None
        self._send(200, body, _content_type(target), head=head)

    def _store_read(self, query_string: str, head: bool) -> None:
        params = dict(parse_qsl(query_string, keep_blank_values=True))
        one_graph = "graph" in params or "default" in params
        status, content_type, data = self._read_rows(
            "GET", f"/store?{query_string}" if query_string else "/store", None,
            {"Accept": "application/n-quads"}, "the graph",
        )
        if status != 200:
            self._send(status, data, content_type or "text/plain", head=head)
            return
        target = _negotiate(self.headers.get("Accept", ""), "graph" if one_graph else "dataset")
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        items = [quad.triple for quad in quads] if one_graph and not target.supports_datasets else quads
        self._send(200, ox.serialize(items, format=target), _content_type(target), head=head)


class Endpoint:
    """A running endpoint: the Oxigraph engine plus the proxy in front of it.

    Use as a context manager, or call ``start()`` and ``stop()``. ``port=0`` picks a free port.
    """

    def __init__(self, location: Path, *, host: str = "127.0.0.1", port: int = 0, writable: bool = False,
                 timeout: float = 30.0, limit: int = 100_000, description: str = "",
                 temporary: Path | None = None, quiet: bool = True) -> None:
        if timeout <= 0 or limit <= 0:
            raise UsageError("--timeout and --limit must be positive")
        self.location = Path(location)
        self.host = host
        self.port = port
        self.writable = writable
        self.timeout = timeout
        self.limit = limit
        self.description = description or str(location)
        self.quiet = quiet
        self._temporary = temporary  # a folder of ours to delete at the end (a graph file's store)
        self._work: Path | None = None  # the engine's log lives here while it runs
        self._engine = _Engine(self.location, writable, timeout)
        self._engine_lock = threading.Lock()
        self._stamp: str | None = None  # the store's stamp when the engine started (graph.store)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._page: bytes | None = None

    # --- URLs -----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        return f"{self.url}/store"

    # --- engine ---------------------------------------------------------------------------------

    def engine_port(self) -> int:
        with self._engine_lock:
            stamp = store_stamp(self.location)
            if stamp != self._stamp:
                # A build swapped a new store in (its stamp changed): the engine still reads the
                # files of the old one, so it starts again on the new one.
                self._stamp = stamp
                self._engine.stop()
            if self._engine.process is None or self._engine.process.poll() is not None:
                self._engine.start()  # it died (or was stopped after a runaway query): bring it back
            return self._engine.port

    def restart_engine(self, port: int) -> None:
        """Restart the engine if it is still the one on ``port`` (another thread may have already)."""
        with self._engine_lock:
            if self._engine.port == port:
                self._engine.stop()
                self._engine.start()

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Endpoint:
        if self._server is not None:
            return self  # already running (start_endpoint starts it; `with` may start it again)
        try:
            self._work = Path(tempfile.mkdtemp(prefix="newsgraph-endpoint-"))
            self._engine.log = self._work / "oxigraph.log"
            with self._engine_lock:
                self._stamp = store_stamp(self.location)
                self._engine.start()
            handler = type("Handler", (_Handler,), {"endpoint": self})
            try:
                family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
                server_class = type("Server", (ThreadingHTTPServer,),
                                    {"address_family": family, "daemon_threads": True})
                self._server = server_class((self.host, self.port), handler)
            except OSError as error:
                raise NewsgraphError(f"cannot listen on {self.host}:{self.port}: {error.strerror or error} "
                                     "(choose another --port)") from None
            self.port = int(self._server.server_address[1])
            self._thread = threading.Thread(target=self._server.serve_forever, name="newsgraph-endpoint",
                                            daemon=True)
            self._thread.start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._engine_lock:
            self._engine.stop()
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *_: Any) -> None:
        self.stop()

    def wait(self) -> None:
        """Block until the process is interrupted (Ctrl+C or SIGTERM)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    # --- the query page -------------------------------------------------------------------------

    def page(self) -> bytes:
        if self._page is None:
            self._page = _query_page(self).encode("utf-8")
        return self._page


def _query_page(endpoint: Endpoint) -> str:
    """A self-contained page (no network) to run SPARQL and the named queries against /query."""
    queries = {name: {"text": path.read_text(encoding="utf-8"), "about": describe_query(path)}
               for name, path in named_queries().items()}
    # JSON inside <script>: "</" is escaped so that no query text can close the element.
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    mode = "writable (updates accepted at /update)" if endpoint.writable else "read-only"
    return _PAGE.replace("{{DATA}}", data).replace("{{TITLE}}", html.escape(endpoint.description)).replace(
        "{{MODE}}", html.escape(mode)).replace("{{LIMITS}}", html.escape(
            f"queries stop after {endpoint.timeout:g} s; results are limited to {endpoint.limit} rows"))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph SPARQL</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;height:16em;font:13px ui-monospace,monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}#status{margin-left:1em;color:#555}.error{color:#b00020;white-space:pre-wrap}
small{color:#666}
</style></head><body>
<h1>newsgraph SPARQL endpoint</h1>
<p>Serving <code>{{TITLE}}</code>, {{MODE}}; {{LIMITS}}. Endpoint: <code>/query</code> (SPARQL 1.1 Protocol).</p>
<p><label>Named query: <select id="named"><option value="">(write your own)</option></select></label>
<small id="about"></small></p>
<textarea id="query" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="results"></div>
<script type="application/json" id="queries">{{DATA}}</script>
<script>
"use strict";
const queries = JSON.parse(document.getElementById("queries").textContent);
const named = document.getElementById("named"), box = document.getElementById("query");
for (const name of Object.keys(queries)) {
  const option = document.createElement("option");
  option.value = name; option.textContent = name; named.appendChild(option);
}
named.addEventListener("change", () => {
  const chosen = queries[named.value];
  document.getElementById("about").textContent = chosen ? chosen.about : "";
  if (chosen) box.value = chosen.text;
});
function cell(term) {
  const td = document.createElement("td");
  if (term) td.textContent = term.value;   // text, never HTML: article text stays data
  if (term && term.type === "uri") td.title = term.value;
  return td;
}
async function run() {
  const status = document.getElementById("status"), out = document.getElementById("results");
  status.textContent = "running…"; out.textContent = "";
  const started = performance.now();
  try {
    const response = await fetch("query", {method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json, text/turtle;q=0.5"},
      body: new URLSearchParams({query: box.value})});
    const text = await response.text();
    if (!response.ok) { const p = document.createElement("p"); p.className = "error"; p.textContent = text; out.appendChild(p); status.textContent = "HTTP " + response.status; return; }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!(response.headers.get("Content-Type") || "").includes("json")) {
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
      status.textContent = seconds + " s"; return;
    }
    const data = JSON.parse(text);
    if ("boolean" in data) { out.textContent = data.boolean ? "yes" : "no"; status.textContent = seconds + " s"; return; }
    const table = document.createElement("table"), head = table.insertRow();
    for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const binding of data.results.bindings) {
      const row = table.insertRow();
      for (const v of data.head.vars) row.appendChild(cell(binding[v]));
    }
    out.appendChild(table);
    status.textContent = data.results.bindings.length + " rows, " + seconds + " s";
  } catch (error) { status.textContent = String(error); }
}
document.getElementById("run").addEventListener("click", run);
box.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
</script></body></html>
"""


def _load_file_into_store(graph: Path) -> Path:
    """A temporary Oxigraph store holding a graph file (the engine serves stores, not files)."""
    graph = Path(graph)
    if graph.is_dir():
        raise NewsgraphError(f"{graph}: is a folder, not a graph file (for an Oxigraph store use --store)")
    if not graph.exists():
        raise NewsgraphError(f"{graph}: no such graph file (build one with `newsgraph build`)")
    fmt = rdf_format(graph)
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-serve-"))
    try:
        store = ox.Store(str(folder / "store"))
        store.bulk_load(path=str(graph), format=fmt)
        merge_into_default(store)
        store.flush()
        del store  # closes it, so that the engine can open it
    except SyntaxError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise NewsgraphError(f"{graph}: not valid {fmt.name}: {' '.join(str(error).split())}") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def start_endpoint(graph: Path | None = None, *, store: Path | None = None, port: int = 0,
                   host: str = "127.0.0.1", writable: bool = False, timeout: float = 30.0,
                   limit: int = 100_000, quiet: bool = True) -> Endpoint:
    """Start serving a graph file or a store in the background; returns the running ``Endpoint``.

    A graph file is loaded into a temporary store first (deleted by ``stop()``; updates made to a
    writable endpoint over a file are therefore not kept). ``port=0`` picks a free port.
    """
    if graph is not None and store is not None:
        raise UsageError("serve either a graph file or --store DIR, not both")
    if store is not None:
        store = Path(store)
        if not store.is_dir():
            raise NewsgraphError(f"{store}: no Oxigraph store here (build one with `newsgraph build --store DIR`)")
        if writable:
            from .store import drop_merged_default

            # Updates would leave the store's union of the document graphs out of date: drop it,
            # and let the next build load every document again and remake it.
            drop_merged_default(store)
        return Endpoint(store, host=host, port=port, writable=writable, timeout=timeout, limit=limit,
                        description=str(store), quiet=quiet).start()
    graph = Path(graph) if graph is not None else DEFAULT_GRAPH
    folder = _load_file_into_store(graph)
    try:
        endpoint = Endpoint(folder / "store", host=host, port=port, writable=writable, timeout=timeout,
                            limit=limit, description=str(graph), temporary=folder, quiet=quiet)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return endpoint.start()


def run_command(graph: Path | None, *, store: Path | None = None, port: int = 7878, host: str = "127.0.0.1",
                writable: bool = False, timeout: float = 30.0, limit: int = 100_000) -> None:
    """``newsgraph serve``: serve until Ctrl+C (or SIGTERM), then stop the engine and clean up."""
    endpoint = start_endpoint(graph, store=store, port=port, host=host, writable=writable, timeout=timeout,
                              limit=limit, quiet=False)

    def stop_on_term(*_: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop_on_term)
    try:
        mode = "writable: updates at /update" if writable else "read-only"
        print(f"Serving {endpoint.description} ({mode}) at {endpoint.query_url}; "
              f"query page at {endpoint.url}/ - Ctrl+C stops", flush=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            print(f"warning: listening on {host}: anyone who can reach this machine can query it",
                  file=sys.stderr, flush=True)
        endpoint.wait()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        endpoint.stop()
