"""Where graphs are kept besides files: an embedded Oxigraph store on disk, or any SPARQL 1.1 store.

Embedded store (``--store DIR``): a pyoxigraph (RocksDB) store that build, query, view and serve share.
Loading replaces each document's named graph, so loading twice or loading a changed document never
duplicates anything, and only the documents given are touched (incremental builds). A load is
all-or-nothing: it works on a copy of the store (a RocksDB checkpoint, made of hard links, so cheap)
and swaps it in at the end; a build killed half-way leaves the store exactly as it was. Every
successful load leaves a new random stamp beside the store (``.NAME.stamp``), and a writable server
removes it: a build that finds the stamp its previous load left knows that nothing has written to
the store since, and need not load its unchanged documents again.

The default graph of a newsgraph store is the union of its document graphs, each triple once,
kept so by the loader (``merge_into_default``): queries read it, and not Oxigraph's
``use_default_graph_as_union``, because that union is a bag, with a triple repeated once per
document graph that holds it, and every document describes again the actors it names. On a graph
of a million triples, queries that join statements to their speakers' labels went from minutes
(or out of memory) to seconds. A store written by an older newsgraph, without that default graph,
gets one at its next load; until then queries fall back on the union (``has_merged_default``).

Remote store (``--endpoint URL``): each document's named graph is sent with the SPARQL 1.1 Graph Store
HTTP Protocol, ``PUT URL?graph=<iri>``, which replaces that graph: loading is idempotent on any
compliant store (Oxigraph ``/store``, Fuseki ``/ds/data``, GraphDB, Virtuoso ``/sparql-graph-crud``).

For the build::

    load_into_store(store_dir, results)       # any iterable of DocumentResult, streamed
    load_into_endpoint(url, results)

or, to feed one document at a time while doing other things with it::

    with StoreLoader(store_dir) as loader:
        for result in results:
            loader.add(result)            # or loader.add_chunks(DocumentOutput.of(result).chunks)

``add_chunks`` is what a build uses: Oxigraph parses the document's serialized chunks itself, many
documents at a time, where ``add`` hands it Python quads one by one.
"""

from __future__ import annotations

import fcntl
import secrets
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import NewsgraphError
from .fileio import atomic_write_text
from .records import DocumentResult
from .rdf import PREFIX_LINES, DocumentChunks, GraphSource, document_graphs, document_quads, graph_iri

__all__ = [
    "StoreLoader",
    "open_store",
    "load_into_store",
    "stored_graphs",
    "store_stamp",
    "forget_stamp",
    "has_merged_default",
    "merge_into_default",
    "drop_merged_default",
    "EndpointLoader",
    "load_into_endpoint",
]

_BATCH = 50_000  # quads buffered before a bulk write: few large RocksDB files, bounded memory
_SMALL = 2_000  # below this, a plain transaction beats writing new files
_BATCH_BYTES = 5_000_000  # the same for serialized chunks (about 100 bytes of TriG a quad)
_SMALL_BYTES = 200_000
# Removing a graph checks, triple by triple, that no other graph still holds what leaves the default
# graph. Past this many removals in one load, remaking the default graph once at the end is faster.
_CHECKED_REMOVALS = 200
DEFAULT = ox.DefaultGraph()


def has_merged_default(store: ox.Store) -> bool:
    """Whether the store's default graph holds the union of its named graphs (or it has no named graph)."""
    if next(iter(store.quads_for_pattern(None, None, None, DEFAULT)), None) is not None:
        return True
    return next(iter(store.named_graphs()), None) is None


def drop_merged_default(store_dir: Path) -> None:
    """Before something else writes to the store (a writable server): empty its default graph and
    forget its stamp, so that the next load remakes the union and loads every document again."""
    forget_stamp(store_dir)
    try:
        store = ox.Store(str(store_dir))
        store.clear_graph(DEFAULT)
        store.flush()
        del store
    except OSError as error:
        raise _store_error(Path(store_dir), error) from None


def merge_into_default(store: ox.Store, *, clear: bool = False) -> None:
    """Put every triple of every named graph in the default graph, once (``clear`` empties it first)."""
    if clear:
        store.clear_graph(DEFAULT)
    batch: list[ox.Quad] = []
    for name in list(store.named_graphs()):
        batch.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name))
        if len(batch) >= _BATCH:
            store.bulk_extend(batch)
            batch = []
    if batch:
        store.bulk_extend(batch)


def _siblings(store_dir: Path) -> tuple[Path, Path, Path]:
    """The staging copy, the copy being swapped out, and the marker saying staging is complete."""
    parent, name = store_dir.parent, store_dir.name
    return parent / f".{name}.staging", parent / f".{name}.old", parent / f".{name}.ready"


def _stamp_file(store_dir: Path) -> Path:
    return store_dir.parent / f".{store_dir.name}.stamp"


def store_stamp(store_dir: Path) -> str | None:
    """The stamp the last load into the store left, or None (never loaded by newsgraph, or written since)."""
    try:
        return _stamp_file(Path(store_dir)).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def forget_stamp(store_dir: Path) -> None:
    """Say that something else may write to the store (a writable server): the next build loads everything."""
    _stamp_file(Path(store_dir)).unlink(missing_ok=True)


def _recover(store_dir: Path, *, clean: bool = False) -> None:
    """Finish or undo a load that was killed while swapping the new store in.

    A load goes: fill staging -> write the ready marker -> rename store to old -> rename staging to
    store -> remove old and the marker. Whatever step it died at, this puts one complete store back.
    ``clean`` also removes the leftovers of a killed load; only a loader does that, because a reader
    cannot tell a dead load's staging copy from a running one's.
    """
    staging, old, ready = _siblings(store_dir)
    if not store_dir.exists():
        if ready.exists() and staging.exists():
            staging.rename(store_dir)  # died between the two renames: the new store is complete
        elif old.exists():
            old.rename(store_dir)  # the previous store is still whole
    if clean and store_dir.exists():
        shutil.rmtree(staging, ignore_errors=True)  # an unfinished copy: the previous store stands
        shutil.rmtree(old, ignore_errors=True)
        ready.unlink(missing_ok=True)


def _store_error(store_dir: Path, error: OSError) -> NewsgraphError:
    text = " ".join(str(error).split())
    if "lock" in text.lower():
        return NewsgraphError(f"{store_dir}: the store is in use by another process (a writable server or a build?)")
    return NewsgraphError(f"{store_dir}: cannot open the Oxigraph store: {text}")


def open_store(store_dir: Path, *, read_only: bool = True) -> ox.Store:
    """Open the Oxigraph store in ``store_dir`` (for query, view and serve: read-only by default)."""
    store_dir = Path(store_dir)
    _recover(store_dir)
    if not store_dir.is_dir():
        raise NewsgraphError(f"{store_dir}: no Oxigraph store here (build one with `newsgraph build --store DIR`)")
    if not (store_dir / "CURRENT").is_file():  # every RocksDB database has this file
        raise NewsgraphError(f"{store_dir}: is a folder but not an Oxigraph store")
    try:
        return ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as error:
        raise _store_error(store_dir, error) from None


def stored_graphs(store_dir: Path) -> set[str]:
    """The IRIs of the named graphs in the store (one per document loaded)."""
    store = open_store(store_dir)
    return {graph.value for graph in store.named_graphs()}


class StoreLoader:
    """Replaces documents' named graphs in an Oxigraph store, all at once when the block succeeds.

    Inside the ``with`` block, ``add`` replaces a document's graph and ``remove`` deletes one, in a
    staging copy of the store; leaving the block without an exception swaps the copy in, leaving it
    with an exception (or being killed) leaves the store as it was.
    """

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = Path(store_dir)
        self.graphs: set[str] = set()  # the graphs written by this load
        self.stamp: str | None = None  # the store's stamp: as found inside the block, the new one after
        self._store: ox.Store | None = None
        self._buffer: list[ox.Quad] = []
        self._trig: list[bytes] = []  # TriG chunks, for the named graphs
        self._triples: list[bytes] = []  # Turtle chunks and N-Triples lines, for the default graph
        self._pending = 0  # bytes in _trig
        self._buffered: set[str] = set()
        self._removals = 0
        self._changed = False  # whether this load wrote anything: a load that did not leaves the store be
        self._remake_default = False  # set when removals were many, or the store has no merged default graph
        self._lock: Any = None

    def __enter__(self) -> StoreLoader:
        staging, _, _ = _siblings(self.store_dir)
        self.store_dir.parent.mkdir(parents=True, exist_ok=True)
        # One load at a time: a second build into the same store must not share the staging copy.
        self._lock = open(self.store_dir.parent / f".{self.store_dir.name}.lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise NewsgraphError(f"{self.store_dir}: another build is loading into this store") from None
        _recover(self.store_dir, clean=True)
        self.stamp = store_stamp(self.store_dir) if self.store_dir.exists() else None
        shutil.rmtree(staging, ignore_errors=True)
        try:
            if self.store_dir.exists():
                # A checkpoint: hard links to the immutable RocksDB files, so it costs little.
                ox.Store(str(self.store_dir)).backup(str(staging))
            self._store = ox.Store(str(staging))
            self._remake_default = not has_merged_default(self._store)  # a store of an older newsgraph
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            self._lock.close()
            raise _store_error(self.store_dir, error) from None
        return self

    @property
    def changed(self) -> bool:
        """Whether this load wrote to the store (false when every document it was given was already there)."""
        return self._changed or self._remake_default

    def _flush(self) -> None:
        assert self._store is not None
        if self._buffer:
            if len(self._buffer) >= _SMALL:
                self._store.bulk_extend(self._buffer)  # writes sorted files directly: fast for many
            else:
                self._store.extend(self._buffer)  # one transaction: faster for a few (incremental builds)
            self._buffer = []
        if self._trig:
            load = self._store.bulk_load if self._pending >= _SMALL_BYTES else self._store.load
            load(PREFIX_LINES + b"".join(self._trig), format=ox.RdfFormat.TRIG)
            if self._triples:
                load(PREFIX_LINES + b"".join(self._triples), format=ox.RdfFormat.TURTLE, to_graph=DEFAULT)
            self._trig, self._triples, self._pending = [], [], 0
        self._buffered = set()

    def remove(self, graph: str | DocumentResult) -> None:
        """Delete a document's named graph (a document id's graph IRI, or the record)."""
        assert self._store is not None, "StoreLoader used outside a with block"
        name = str(graph_iri(graph.doc)) if isinstance(graph, DocumentResult) else str(graph)
        node = ox.NamedNode(name)
        if name not in self._buffered and not self._store.contains_named_graph(node):
            return
        self._changed = True
        self._removals += 1
        self._remake_default = self._remake_default or self._removals > _CHECKED_REMOVALS
        if self._remake_default:
            if name in self._buffered:
                self._flush()
            self._store.remove_graph(node)
            return
        self._flush()  # what other graphs hold must be in the store to be seen
        leaving = [quad.triple for quad in self._store.quads_for_pattern(None, None, None, node)]
        self._store.remove_graph(node)
        # A triple leaves the default graph unless another document graph still holds it.
        orphans = [ox.Quad(t.subject, t.predicate, t.object) for t in leaving
                   if all(isinstance(q.graph_name, ox.DefaultGraph)
                          for q in self._store.quads_for_pattern(t.subject, t.predicate, t.object, None))]
        for quad in orphans:
            self._store.remove(quad)

    def add(self, item: DocumentResult | Sequence[ox.Quad], graph: str | None = None,
            graphs: Iterable[str] = ()) -> int:
        """Replace one document's named graph with a record's quads (or the quads of one graph).

        ``graph`` or ``graphs`` name the graphs to replace when the quads may not say them all.
        """
        quads = document_quads(item) if isinstance(item, DocumentResult) else list(item)
        if not quads:
            return 0
        names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        names |= {name for name in (graph, *graphs) if name}
        for name in names:
            self.remove(name)
        self._buffer.extend(quads)
        if not self._remake_default:
            self._buffer.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads
                                if not isinstance(q.graph_name, ox.DefaultGraph))
        self._buffered |= names
        self.graphs |= names
        self._changed = True
        if len(self._buffer) >= _BATCH:
            self._flush()
        return len(quads)

    def add_chunks(self, chunks: DocumentChunks) -> None:
        """Replace one document's named graph with its serialized chunks (``DocumentOutput.chunks``).

        Oxigraph parses the TriG chunk into the named graph, and the Turtle chunk and the actor
        triples (which together are the document's triples) into the default graph, many documents
        at a time: no Python object per quad. Handing Oxigraph quads one by one made loading the
        store the parent's bottleneck with ``--jobs``. Chunks of many documents can be parsed as
        one text because a newsgraph document's graph has no blank nodes (every node is an IRI).
        """
        assert self._store is not None, "StoreLoader used outside a with block"
        if "" in chunks.graphs:  # quads in the default graph: not a newsgraph document's chunks
            self.add(chunks.quads(), graphs=chunks.graphs)
            return
        if not chunks.trig:
            return
        for name in chunks.graphs:
            self.remove(name)
        self._trig.append(chunks.trig)
        if not self._remake_default:
            self._triples.append(chunks.turtle)
            self._triples.extend(chunks.shared)
        self._pending += len(chunks.trig)
        self._buffered.update(chunks.graphs)
        self.graphs.update(chunks.graphs)
        self._changed = True
        if self._pending >= _BATCH_BYTES:
            self._flush()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        staging, old, ready = _siblings(self.store_dir)
        try:
            try:
                if exc_type is None:
                    self._flush()
                    assert self._store is not None
                    if self._remake_default:
                        merge_into_default(self._store, clear=True)
                    self._store.flush()
            finally:
                self._store = None  # closes the RocksDB handle (pyoxigraph closes on release)
            if exc_type is not None or not (self.changed or not self.store_dir.exists()):
                shutil.rmtree(staging, ignore_errors=True)  # the store stays as it was, stamp and all
                return
            forget_stamp(self.store_dir)  # until the new store is in place, no stamp vouches for it
            ready.touch()
            if self.store_dir.exists():
                self.store_dir.rename(old)
            staging.rename(self.store_dir)
            ready.unlink(missing_ok=True)
            self.stamp = secrets.token_hex(16)
            atomic_write_text(_stamp_file(self.store_dir), self.stamp + "\n")
            shutil.rmtree(old, ignore_errors=True)
        finally:
            self._lock.close()  # releases the flock


def load_into_store(store_dir: Path, source: GraphSource) -> int:
    """Replace, in the store at ``store_dir``, the named graph of every document of ``source``.

    ``source`` is one record, an iterable of records (streamed), an rdflib or pyoxigraph dataset, or a
    graph file. Returns the number of graphs written. Idempotent; documents not in ``source`` stay.
    """
    with StoreLoader(Path(store_dir)) as loader:
        for name, quads in document_graphs(source):
            loader.add(quads, graph=None if isinstance(name, ox.DefaultGraph) else name.value)
    return len(loader.graphs)


# --- SPARQL 1.1 Graph Store HTTP Protocol -----------------------------------------------------------

def _graph_url(url: str, graph: str) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{separator}{urllib.parse.urlencode({'graph': graph})}"


class EndpointLoader:
    """Sends documents' named graphs to a Graph Store Protocol URL, one HTTP PUT per graph."""

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise NewsgraphError(f"{url}: not an http(s) URL of a SPARQL graph store")
        self.url = url
        self.timeout = timeout
        self.graphs: set[str] = set()

    def __enter__(self) -> EndpointLoader:
        return self

    def __exit__(self, *_: Any) -> None:
        return None

    def put(self, graph: str, quads: Sequence[ox.Quad]) -> None:
        """Replace ``graph`` on the store with ``quads`` (their own graph names are ignored)."""
        body = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        request = urllib.request.Request(
            _graph_url(self.url, graph), data=body, method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            detail = " ".join(error.read().decode("utf-8", "replace").split())[:200]
            raise NewsgraphError(
                f"{self.url}: the store refused graph <{graph}>: HTTP {error.code} {error.reason}"
                + (f": {detail}" if detail else "")
            ) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise NewsgraphError(f"{self.url}: cannot reach the SPARQL store: {reason}") from None
        self.graphs.add(graph)

    def add(self, item: DocumentResult | Sequence[ox.Quad], graph: str | None = None) -> int:
        """Replace one document's named graph on the store; returns the number of triples sent."""
        quads = document_quads(item) if isinstance(item, DocumentResult) else list(item)
        if graph is None:
            names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
            if len(names) != 1:
                raise ValueError("give the graph name: these quads are not all in one named graph")
            graph = names.pop()
        self.put(graph, quads)
        return len(quads)


def load_into_endpoint(url: str, source: GraphSource, *, timeout: float = 60.0) -> int:
    """PUT every named graph of ``source`` to the Graph Store Protocol ``url``; returns the graph count.

    Example URLs: Oxigraph ``http://127.0.0.1:7878/store``, Fuseki ``http://host:3030/ds/data``.
    Triples outside any named graph are not sent: newsgraph keeps everything in document graphs.
    """
    with EndpointLoader(url, timeout=timeout) as loader:
        for name, quads in document_graphs(source):
            if isinstance(name, ox.NamedNode):
                loader.add(quads, graph=name.value)
    return len(loader.graphs)
