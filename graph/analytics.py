"""The graph as a networkx network: actors are nodes, statements are typed edges speaker -> target.

``to_networkx`` reads any graph source ``graph.query`` reads (a file, a store, an endpoint, an rdflib
dataset, extraction records) with three SPARQL queries and builds a ``MultiDiGraph``:

* node = actor IRI; attributes ``label``, ``kind``, ``side`` (the country or bloc it speaks for),
  ``wikidata`` (a Q-id or ""), ``role``, ``statements`` (how many it makes), ``targeted`` (how many
  target it);
* one edge per statement and target, keyed by ``"<statement IRI> -> <target IRI>"``; attributes
  ``type`` (accuse / deny / demand / claim), ``statement``, ``cue``, ``sentence``, ``date``, ``doc``,
  ``charge``, ``content``, ``quote``;
* one ``type="responds"`` edge from the responder to the speaker it answers, per ng:respondsTo link,
  with ``statement``, ``responds_to``, ``response_type``, ``date`` and ``doc``.

Missing values are "" (and counts 0), so every attribute has one type, as GraphML and GEXF require.
Statements without targets make no edge; they are counted in ``statements``.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from .fileio import atomic_write
from .query import Source, prepare_source, run_query

__all__ = [
    "to_networkx",
    "collapse",
    "most_accused",
    "top_accusers",
    "mutual_accusations",
    "reciprocity",
    "write_graphml",
    "write_gexf",
    "write_edge_csv",
    "write_exports",
]

_PREFIXES = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
_TYPES = '(ng:Accusation "accuse") (ng:Denial "deny") (ng:Demand "demand") (ng:Claim "claim")'

ACTORS = _PREFIXES + """
SELECT DISTINCT ?actor ?label ?kind ?side ?wikidata ?role WHERE {
  ?actor a ng:Actor ; rdfs:label ?label .
  OPTIONAL {
    VALUES (?kindClass ?kind) {
      (ng:Person "person") (ng:Organization "organization") (ng:Country "country") (ng:Group "group")
    }
    ?actor a ?kindClass .
  }
  OPTIONAL { ?actor ng:country/rdfs:label ?side }
  OPTIONAL { ?actor owl:sameAs ?wikidata }
  OPTIONAL { ?actor ng:role ?role }
}
ORDER BY ?actor ?label ?kind ?side ?wikidata ?role
"""

STATEMENTS = _PREFIXES + """
SELECT DISTINCT ?statement ?type ?speaker ?target ?cue ?sentence ?date ?doc ?charge ?content ?quote WHERE {
  VALUES (?class ?type) { """ + _TYPES + """ }
  ?statement a ?class ;
             ng:speaker ?speaker ;
             ng:cue ?cue ;
             ng:source/ng:text ?sentence ;
             ng:inDocument/ng:docId ?doc .
  OPTIONAL { ?statement ng:target ?target }
  OPTIONAL { ?statement ng:date ?date }
  OPTIONAL { ?statement ng:charge ?charge }
  OPTIONAL { ?statement ng:content ?content }
  OPTIONAL { ?statement ng:isQuote ?quote }
}
ORDER BY ?doc ?statement ?target
"""

RESPONSES = _PREFIXES + """
SELECT DISTINCT ?response ?original ?from ?to ?type ?date ?doc WHERE {
  VALUES (?class ?type) { """ + _TYPES + """ }
  ?response ng:respondsTo ?original ;
            a ?class ;
            ng:speaker ?from ;
            ng:inDocument/ng:docId ?doc .
  ?original ng:speaker ?to .
  OPTIONAL { ?response ng:date ?date }
}
ORDER BY ?doc ?response ?original
"""


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _qid(value: Any) -> str:
    return _text(value).rsplit("/", 1)[-1] if value is not None else ""


def to_networkx(dataset: Source) -> nx.MultiDiGraph:
    """The actor network of a graph (see the module docstring for nodes, edges and attributes)."""
    graph = nx.MultiDiGraph()
    dataset = prepare_source(dataset)  # records or an rdflib dataset: into a store once, not per query
    _, actor_rows = run_query(ACTORS, dataset)
    for actor, label, kind, side, wikidata, role in actor_rows:
        node = str(actor)
        if node in graph:
            continue  # an actor described differently by two articles: the first description wins
        graph.add_node(node, label=_text(label), kind=_text(kind), side=_text(side), wikidata=_qid(wikidata),
                       role=_text(role), statements=0, targeted=0)

    def ensure(node: str) -> None:
        if node not in graph:  # an actor only named as a speaker, never described (a broken graph)
            graph.add_node(node, label=node.rsplit("/", 1)[-1], kind="", side="", wikidata="", role="",
                           statements=0, targeted=0)

    _, statement_rows = run_query(STATEMENTS, dataset)
    counted: set[str] = set()
    for statement, type_, speaker, target, cue, sentence, date, doc, charge, content, quote in statement_rows:
        statement_id, source = str(statement), str(speaker)
        ensure(source)
        if statement_id not in counted:
            counted.add(statement_id)
            graph.nodes[source]["statements"] += 1
        if target is None:
            continue
        sink = str(target)
        ensure(sink)
        graph.nodes[sink]["targeted"] += 1
        graph.add_edge(source, sink, key=f"{statement_id} -> {sink}", type=_text(type_), statement=statement_id,
                       cue=_text(cue), sentence=_text(sentence), date=_text(date), doc=_text(doc),
                       charge=_text(charge), content=_text(content),
                       quote=bool(quote.toPython()) if quote is not None else False)

    _, response_rows = run_query(RESPONSES, dataset)
    for response, original, source, sink, type_, date, doc in response_rows:
        ensure(str(source))
        ensure(str(sink))
        graph.add_edge(str(source), str(sink), key=f"{response} responds to {original}", type="responds",
                       statement=str(response), responds_to=str(original), response_type=_text(type_),
                       date=_text(date), doc=_text(doc))
    return graph


# --- measures ---------------------------------------------------------------------------------------

def collapse(graph: nx.MultiDiGraph, types: tuple[str, ...] = ("accuse",)) -> nx.DiGraph:
    """A simple directed graph of the edges of ``types``, with ``weight`` = number of statements."""
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes(data=True))
    for source, sink, data in graph.edges(data=True):
        if data.get("type") in types:
            weight = simple.edges[source, sink]["weight"] + 1 if simple.has_edge(source, sink) else 1
            simple.add_edge(source, sink, weight=weight)
    return simple


def _ranked(counts: Counter[str], graph: nx.MultiDiGraph, n: int | None) -> list[tuple[str, int]]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], graph.nodes[item[0]]["label"]))
    return [(graph.nodes[node]["label"], count) for node, count in ranked[:n]]


def most_accused(graph: nx.MultiDiGraph, n: int | None = 10) -> list[tuple[str, int]]:
    """(label, accusations against it), most accused first."""
    counts = Counter(sink for _, sink, t in graph.edges(data="type") if t == "accuse")
    return _ranked(counts, graph, n)


def top_accusers(graph: nx.MultiDiGraph, n: int | None = 10) -> list[tuple[str, int]]:
    """(label, accusations it makes, one per target), most accusing first."""
    counts = Counter(source for source, _, t in graph.edges(data="type") if t == "accuse")
    return _ranked(counts, graph, n)


def mutual_accusations(graph: nx.MultiDiGraph) -> list[tuple[str, str, int, int]]:
    """(A, B, accusations A -> B, accusations B -> A) for every pair accusing each other."""
    simple = collapse(graph, ("accuse",))
    pairs = []
    for source, sink, data in simple.edges(data=True):
        if source < sink and simple.has_edge(sink, source):
            pairs.append((graph.nodes[source]["label"], graph.nodes[sink]["label"], data["weight"],
                          simple.edges[sink, source]["weight"]))
    return sorted(pairs, key=lambda p: (-(p[2] + p[3]), p[0], p[1]))


def reciprocity(graph: nx.MultiDiGraph, type_: str = "accuse") -> float:
    """The share of accuse (or ``type_``) links between two actors that go both ways (0 when none)."""
    simple = collapse(graph, (type_,))
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    if simple.number_of_edges() == 0:
        return 0.0
    return float(nx.reciprocity(simple))


# --- exports ----------------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold at all; article text can contain them (form feeds, stray controls).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _safe_value(value: Any) -> Any:
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        value = "; ".join(str(item) for item in value)
    return _XML_INVALID.sub("\ufffd", str(value))


def _safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values GraphML and GEXF can hold (text cleaned of invalid XML)."""
    safe = nx.MultiDiGraph()
    safe.graph.update({k: _safe_value(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(_safe_value(node), **{k: _safe_value(v) for k, v in data.items()})
    for source, sink, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(_safe_value(source), _safe_value(sink), key=_safe_value(key),
                      **{k: _safe_value(v) for k, v in data.items()})
    return safe


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """GraphML (yEd, Cytoscape, networkx), written atomically."""
    with atomic_write(Path(path), "wb") as stream:
        nx.write_graphml(_safe(graph), stream, encoding="utf-8")
    return Path(path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF for Gephi, written atomically; node labels are the actors' names."""
    safe = _safe(graph)
    # Gephi shows the ``label`` attribute as the node label; edge ids must be unique strings.
    with atomic_write(Path(path), "wb") as stream:
        nx.write_gexf(safe, stream, encoding="utf-8")
    return Path(path)


EDGE_COLUMNS = ["source", "target", "source_label", "target_label", "type", "statement", "responds_to", "cue",
                "date", "doc", "charge", "quote", "content", "sentence"]


def write_edge_csv(graph: nx.MultiDiGraph, path: Path) -> Path:
    """One CSV row per edge (statements and responds links), with both actors' labels."""
    with atomic_write(Path(path), "w") as stream:
        writer = csv.writer(stream)
        writer.writerow(EDGE_COLUMNS)
        for source, sink, data in sorted(graph.edges(data=True), key=lambda e: (e[2].get("doc", ""),
                                                                                 e[2].get("statement", ""), e[1])):
            row = {"source": source, "target": sink, "source_label": graph.nodes[source]["label"],
                   "target_label": graph.nodes[sink]["label"], **data}
            writer.writerow(["" if row.get(c) is None else row.get(c, "") for c in EDGE_COLUMNS])
    return Path(path)


def write_exports(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """``actors.graphml``, ``actors.gexf`` and ``edges.csv`` in ``out_dir``."""
    out_dir = Path(out_dir)
    return [write_graphml(graph, out_dir / "actors.graphml"), write_gexf(graph, out_dir / "actors.gexf"),
            write_edge_csv(graph, out_dir / "edges.csv")]
