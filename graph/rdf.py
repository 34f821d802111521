"""Turn extraction records into RDF: one named graph per document, written in up to four formats.

The shape of the triples is ``notes/graph-contract.md``; the vocabulary is ``ontology/newsgraph.ttl``.
This module is on the hot path of large builds, so a document's triples are made as pyoxigraph quads
(``document_quads``, written as N-Quads lines that pyoxigraph reads) and serialized by pyoxigraph,
which is an order of magnitude faster than building and serializing rdflib graphs. rdflib objects (``document_graph``, ``build_dataset``,
``load_graph``) are offered for the rest of the Python world (SHACL, notebooks, tests).

Determinism: every IRI comes from ``graph.records`` (document id, offsets, canonical names), and the
quads of a document are emitted in a fixed order, so building twice gives the same bytes.

Typical use in a build, streaming so that memory stays flat::

    with GraphWriter(out_dir) as writer:
        for result in results:
            writer.add(result)
    written = writer.paths
"""

from __future__ import annotations

import datetime as _dt
import gc
import re
import sys
from dataclasses import dataclass
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import NewsgraphError
from .fileio import ChunkStream, wait_all
from .records import BASE, Actor, DocumentResult, Event, Sentence, Statement, actor_iri, slug

__all__ = [
    "NG",
    "PREFIXES",
    "PREFIX_LINES",
    "DEFAULT_OUTPUTS",
    "FORMATS",
    "OUTPUT_FILES",
    "GraphSource",
    "collector_paused",
    "graph_iri",
    "mention_iri",
    "literal_date",
    "literal_text",
    "document_quads",
    "document_parts",
    "DocumentQuads",
    "document_graph",
    "build_dataset",
    "document_graphs",
    "quads_of",
    "to_rdflib",
    "to_rdflib_graph",
    "rdflib_term",
    "oxigraph_term",
    "DocumentChunks",
    "GraphWriter",
    "Places",
    "serialize_document",
    "write_outputs",
    "read_quads",
    "load_graph",
    "load_oxigraph",
    "rdf_format",
]

NG = "https://w3id.org/newsgraph/ontology#"
WIKIDATA = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Prefixes used when writing Turtle and TriG. Only namespaces whose local names have no "/" get a
# prefix: sentence, statement, event and mention IRIs stay whole rather than become "id:a\/b".
PREFIXES: dict[str, str] = {
    "ng": NG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "wd": WIKIDATA,
    "actor": f"{BASE}actor/",
    "doc": f"{BASE}document/",
    "graph": f"{BASE}graph/",
}
# The @prefix lines that head graph.trig and graph.ttl; a document's chunks are written without them.
PREFIX_LINES = b"".join(f"@prefix {prefix}: <{iri}> .\n".encode() for prefix, iri in PREFIXES.items())

# The files ``write_outputs`` writes, and how.
OUTPUT_FILES: dict[str, ox.RdfFormat] = {
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.nq": ox.RdfFormat.N_QUADS,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
}
# What a build writes unless told otherwise (``--formats``): the files of the contract. N-Quads and
# JSON-LD hold the same quads at several times the size (graph.nq is five times graph.trig).
DEFAULT_OUTPUTS = ("graph.trig", "graph.ttl")
FORMATS = {"trig": "graph.trig", "ttl": "graph.ttl", "nq": "graph.nq", "jsonld": "graph.jsonld"}

# Anything that holds graphs: extraction results, an rdflib or pyoxigraph dataset, a store, a file.
GraphSource = Union[
    DocumentResult, Iterable[DocumentResult], rdflib.Dataset, rdflib.Graph, ox.Store, ox.Dataset, Path
]


# --- terms ------------------------------------------------------------------------------------------

def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _ng(name: str) -> ox.NamedNode:
    return ox.NamedNode(NG + name)


RDF_TYPE = _iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = _iri("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT_LABEL = _iri("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAME_AS = _iri("http://www.w3.org/2002/07/owl#sameAs")
PROV_ATTRIBUTED = _iri("http://www.w3.org/ns/prov#wasAttributedTo")
XSD_INTEGER = _iri(XSD + "integer")
XSD_BOOLEAN = _iri(XSD + "boolean")
XSD_DATE = _iri(XSD + "date")
XSD_GMONTHDAY = _iri(XSD + "gMonthDay")
XSD_ANYURI = _iri(XSD + "anyURI")
XSD_STRING = XSD + "string"

STATEMENT_CLASSES = {
    "accuse": _ng("Accusation"),
    "deny": _ng("Denial"),
    "demand": _ng("Demand"),
    "claim": _ng("Claim"),
}
ACTOR_CLASSES = {
    "person": _ng("Person"),
    "organization": _ng("Organization"),
    "country": _ng("Country"),
    "group": _ng("Group"),
}
P = {name: _ng(name) for name in (
    "Document", "Sentence", "Statement", "Actor", "Event", "Mention",
    "docId", "title", "published", "source", "url", "language",
    "inDocument", "text", "start", "end", "section",
    "speaker", "target", "cue", "cueStart", "cueEnd", "content", "isQuote", "charge", "date",
    "about", "respondsTo", "country", "role", "mention",
    "eventType", "trigger", "place", "participant",
)}

# The same terms in N-Quads, as ``document_parts`` writes them.
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS, _ATTRIBUTED_TO = (
    str(node) for node in (RDF_TYPE, RDFS_LABEL, SKOS_ALT_LABEL, OWL_SAME_AS, PROV_ATTRIBUTED))
_STATEMENT_CLASS_TERMS = {kind: str(cls) for kind, cls in STATEMENT_CLASSES.items()}
_ACTOR_CLASS_TERMS = {kind: str(cls) for kind, cls in ACTOR_CLASSES.items()}
_P = {name: str(node) for name, node in P.items()}

_SURROGATES = re.compile("[\ud800-\udfff]")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
_QID = re.compile(r"^(?:wd:|https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/)?(Q[1-9][0-9]*)$")


def _string(value: str) -> ox.Literal:
    try:
        return ox.Literal(value)
    except (UnicodeEncodeError, ValueError):
        # Lone surrogates cannot be encoded in any RDF syntax; they only come from broken decoding.
        return ox.Literal(_SURROGATES.sub("\ufffd", value))


def literal_text(value: str) -> str:
    """The text of the literal ``_string(value)``: lone surrogates replaced, as no RDF syntax holds them."""
    return value if value.isascii() else _SURROGATES.sub("\ufffd", value)


def literal_date(value: str | None) -> str | None:
    """The text of the date literal of ``value`` (``_date_term``), or None when the date is left out of the graph."""
    return value if _date_datatype(value) is not None else None


def _date_datatype(value: str | None) -> str | None:
    """xsd:date for YYYY-MM-DD, xsd:gMonthDay for --MM-DD, None for anything else.

    The record contract allows only those two forms; a malformed date would make the whole graph
    unparsable for strict readers, so it is left out rather than written ill-typed.
    """
    if not value:
        return None
    if _FULL_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return None
        return XSD_DATE.value
    match = _MONTH_DAY.match(value)
    if match and 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31:
        return XSD_GMONTHDAY.value
    return None


def _wikidata_iri(value: str | None) -> str | None:
    match = _QID.match(value.strip()) if value else None
    return WIKIDATA + match.group(1) if match else None


# ``document_parts`` writes a document's quads as N-Quads lines and has pyoxigraph's parser make the
# quads of them, so its terms are N-Quads text. ``ox.Quad`` costs 2.9 us when its object is a literal
# (half of a document's quads): pyoxigraph's bindings try the object as a NamedNode, then as a
# BlankNode, and raise and chain an exception for each before they take it as a Literal. The parser
# makes a quad in 0.7 us when it does not check IRIs (``lenient``), 1.4 us when it does: the IRIs
# are made of slugs and numbers (``graph.records``) or are the vocabulary's, and the few a record
# holds as plain strings are checked as ``ox.NamedNode`` checks them (``_checked_iri_term``).
def _iri_term(iri: str) -> str:
    return f"<{iri}>"


def _checked_iri_term(iri: str) -> str:
    """``_iri_term(iri)``, or the ValueError of an invalid IRI."""
    return str(ox.NamedNode(iri))


def _escaped(text: str) -> str:
    """``text`` inside an N-Quads string literal: the four characters the grammar does not allow raw."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _string_term(value: str) -> str:
    """The literal ``_string(value)`` in N-Quads."""
    return f'"{_escaped(literal_text(value))}"'


def _typed_term(lexical: str, datatype: str) -> str:
    return f'"{_escaped(lexical)}"^^<{datatype}>'


def _integer_term(value: int) -> str:
    return f'"{int(value)}"^^<{XSD_INTEGER.value}>'


def _date_term(value: str | None) -> str | None:
    """The date literal of ``value`` in N-Quads, or None when the date is left out (``_date_datatype``)."""
    datatype = _date_datatype(value)
    return _typed_term(value, datatype) if datatype is not None else None


def graph_iri(doc: str) -> rdflib.URIRef:
    """The named graph that holds everything extracted from document ``doc``."""
    return rdflib.URIRef(f"{BASE}graph/{slug(doc)}")


def mention_iri(doc: str, start: int, end: int) -> str:
    """The IRI of a mention, as fixed by notes/graph-contract.md."""
    return f"{BASE}mention/{slug(doc)}/{start}-{end}"


# --- one document -----------------------------------------------------------------------------------

def _merge_actors(result: DocumentResult) -> dict[str, Actor]:
    """Every actor the document mentions, once, with what its several copies know combined.

    ``result.actors`` comes first, so that its (canonical) kind and label win over the copies
    attached to statements and events.
    """
    merged: dict[str, Actor] = {}
    sources: list[Actor] = list(result.actors)
    for statement in result.statements:
        sources.append(statement.speaker)
        sources.extend(statement.targets)
    for event in result.events:
        sources.extend(event.participants)
    # Statements and events share the document's actor objects: a speaker of thirty statements is
    # one object listed thirty times. Merging an object a second time adds nothing (its aliases are
    # in already, its mentions are written once each), so each is merged once (actors hash by identity).
    for actor in dict.fromkeys(sources):
        known = merged.get(actor.id)
        if known is None:
            merged[actor.id] = Actor(
                label=actor.label, kind=actor.kind, aliases=list(actor.aliases), country=actor.country,
                wikidata=actor.wikidata, role=actor.role, mentions=list(actor.mentions),
            )
            continue
        known.aliases.extend(alias for alias in actor.aliases if alias not in known.aliases)
        known.country = known.country or actor.country
        known.wikidata = known.wikidata or actor.wikidata
        known.role = known.role or actor.role
        known.mentions.extend(actor.mentions)
    return merged


@dataclass(frozen=True)
class DocumentQuads:
    """One document's quads, and what the writers would otherwise find out quad by quad."""

    quads: list[ox.Quad]  # in a fixed order, without duplicates
    graph: str  # the IRI of the named graph they are in
    actors: list[str]  # the IRIs of the actors the graph describes
    shared: range  # where the actors' descriptions stand in ``quads`` (every other quad is the document's own)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a block (or, as ``@collector_paused()``, a call), then
    back as it was.

    pyoxigraph's terms, triples and quads are objects the collector tracks. A document's RDF is about
    2,000 of them, alive until its chunks are written: the collector would walk them several times
    per document, and move them into older generations that it then walks whole more often, only
    to find no cycle among them. Reference counting frees them; a cycle made meanwhile waits for
    the next collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def document_quads(result: DocumentResult) -> list[ox.Quad]:
    """The quads of one document's named graph, in a fixed order, without duplicates."""
    return document_parts(result).quads


@collector_paused()
def document_parts(result: DocumentResult) -> DocumentQuads:
    """``document_quads`` with the graph, the actors and where their descriptions stand."""
    graph = str(graph_iri(result.doc))
    g = _iri_term(graph)
    out: list[str] = []  # N-Quads lines

    def add(subject: str, predicate: str, obj: str) -> None:
        out.append(f"{subject} {predicate} {obj} {g} .\n")  # the ``out`` of the section being made

    doc = _iri_term(result.id)
    add(doc, _TYPE, _P["Document"])
    add(doc, _P["docId"], _string_term(result.doc))
    if result.title:
        add(doc, _P["title"], _string_term(result.title))
    published = _date_term(result.published)
    if published is not None:
        add(doc, _P["published"], published)
    if result.source:
        add(doc, _P["source"], _string_term(result.source))
    if result.url:
        add(doc, _P["url"], _typed_term(result.url, XSD_ANYURI.value))
    if result.language:
        add(doc, _P["language"], _string_term(result.language))

    # Sentences: those listed, plus any a statement points at that the list missed.
    sentences: dict[str, Sentence] = {}
    for sentence in [*result.sentences, *(statement.sentence for statement in result.statements)]:
        sentences.setdefault(sentence.id, sentence)
    for sentence in sorted(sentences.values(), key=lambda s: (s.start, s.end)):
        node = _iri_term(sentence.id)
        add(node, _TYPE, _P["Sentence"])
        add(node, _P["inDocument"], doc)
        add(node, _P["text"], _string_term(sentence.text))
        add(node, _P["start"], _integer_term(sentence.start))
        add(node, _P["end"], _integer_term(sentence.end))
        if sentence.section:
            add(node, _P["section"], _string_term(sentence.section))

    mentions: dict[str, tuple[int, int, str]] = {}

    def mention(start: int, end: int, text: str) -> str:
        iri = mention_iri(result.doc, start, end)
        mentions.setdefault(iri, (start, end, text))
        return _iri_term(iri)

    # Actors are described in one run of quads (their mentions come after it), so that the writers
    # know which triples other documents repeat without looking at every quad.
    # Each section is deduplicated on its own (the same target or alias twice must not give two lines);
    # ``add`` then appends to a new ``out``.
    head = list(dict.fromkeys(out))
    out = []
    actor_mentions: list[tuple[str, str]] = []
    actors = _merge_actors(result)
    described = set(actors)
    for iri in sorted(actors):
        actor = actors[iri]
        node = _iri_term(iri)
        add(node, _TYPE, _P["Actor"])
        kind = _ACTOR_CLASS_TERMS.get(actor.kind)
        if kind is not None:
            add(node, _TYPE, kind)
        add(node, _LABEL, _string_term(actor.label))
        for alias in sorted(set(actor.aliases) - {actor.label}):
            add(node, _ALT_LABEL, _string_term(alias))
        country = actor.country or (actor.label if actor.kind == "country" else None)
        if country:
            add(node, _P["country"], _iri_term(actor_iri(country)))
        if actor.role:
            add(node, _P["role"], _string_term(actor.role))
        wikidata = _wikidata_iri(actor.wikidata)
        if wikidata is not None:
            add(node, _SAME_AS, _iri_term(wikidata))
        for m in sorted({(m.start, m.end, m.text) for m in actor.mentions if m.doc == result.doc}):
            actor_mentions.append((node, mention(*m)))
    # A side named only through ng:country still needs to be a described actor of this graph.
    for country in sorted({a.country for a in actors.values() if a.country} - {a.label for a in actors.values()}):
        iri = actor_iri(country)
        if iri in described:
            continue
        described.add(iri)
        node = _iri_term(iri)
        add(node, _TYPE, _P["Actor"])
        add(node, _TYPE, _ACTOR_CLASS_TERMS["country"])
        add(node, _LABEL, _string_term(country))
        add(node, _P["country"], node)
    descriptions = list(dict.fromkeys(out))
    out = []
    for node, mentioned in actor_mentions:
        add(node, _P["mention"], mentioned)

    for event in sorted(result.events, key=lambda e: (e.start, e.end, e.id)):
        _event_quads(event, add, mention)

    for statement in sorted(result.statements, key=lambda s: (s.cue_start, s.cue_end, s.id)):
        _statement_quads(statement, doc, add)

    for iri, (start, end, text) in sorted(mentions.items(), key=lambda item: (item[1][0], item[1][1])):
        node = _iri_term(iri)
        add(node, _TYPE, _P["Mention"])
        add(node, _P["inDocument"], doc)
        add(node, _P["start"], _integer_term(start))
        add(node, _P["end"], _integer_term(end))
        add(node, _P["text"], _string_term(text))

    # A line is a quad (line breaks in literals are escaped), and the same quad is the same line.
    lines = "".join([*head, *descriptions, *dict.fromkeys(out)]).encode()
    quads = list(ox.parse(lines, format=ox.RdfFormat.N_QUADS, lenient=True))
    return DocumentQuads(quads=quads, graph=graph, actors=sorted(described),
                         shared=range(len(head), len(head) + len(descriptions)))


def _event_quads(event: Event, add: Any, mention: Any) -> None:
    node = _iri_term(event.id)
    add(node, _TYPE, _P["Event"])
    add(node, _LABEL, _string_term(event.label))
    if event.event_type:
        add(node, _P["eventType"], _string_term(event.event_type))
    if event.trigger:
        add(node, _P["trigger"], _string_term(event.trigger))
    date = _date_term(event.date)
    if date is not None:
        add(node, _P["date"], date)
    if event.place:
        add(node, _P["place"], _string_term(event.place))
    for participant in sorted({actor.id for actor in event.participants}):
        add(node, _P["participant"], _iri_term(participant))
    add(node, _P["mention"], mention(event.start, event.end, event.trigger))


def _statement_quads(statement: Statement, doc: str, add: Any) -> None:
    node = _iri_term(statement.id)
    add(node, _TYPE, _P["Statement"])
    cls = _STATEMENT_CLASS_TERMS.get(statement.type)
    if cls is not None:  # an unknown type is left for SHACL validation to report
        add(node, _TYPE, cls)
    speaker = _iri_term(statement.speaker.id)
    add(node, _P["speaker"], speaker)
    add(node, _ATTRIBUTED_TO, speaker)
    for target in statement.targets:
        add(node, _P["target"], _iri_term(target.id))
    add(node, _P["cue"], _string_term(statement.cue))
    add(node, _P["cueStart"], _integer_term(statement.cue_start))
    add(node, _P["cueEnd"], _integer_term(statement.cue_end))
    if statement.content:
        add(node, _P["content"], _string_term(statement.content))
    add(node, _P["isQuote"], _typed_term("true" if statement.quote else "false", XSD_BOOLEAN.value))
    if statement.charge:
        add(node, _P["charge"], _string_term(statement.charge))
    date = _date_term(statement.date)
    if date is not None:
        add(node, _P["date"], date)
    add(node, _P["source"], _iri_term(statement.sentence.id))
    add(node, _P["inDocument"], doc)
    for event in statement.events:  # ids that records hold as strings
        add(node, _P["about"], _checked_iri_term(event))
    for other in statement.responds_to:
        add(node, _P["respondsTo"], _checked_iri_term(other))


# --- pyoxigraph <-> rdflib --------------------------------------------------------------------------

def rdflib_term(term: Any) -> rdflib.term.Node:
    """A pyoxigraph term as the equal rdflib term (plain strings lose the explicit xsd:string)."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else rdflib.URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    raise TypeError(f"cannot convert {term!r} to rdflib")


def oxigraph_term(term: rdflib.term.Node) -> Any:
    """An rdflib term as the equal pyoxigraph term."""
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return _string(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot convert {term!r} to pyoxigraph")


def to_rdflib(quads: Iterable[ox.Quad]) -> rdflib.Dataset:
    """An rdflib Dataset holding ``quads`` in their named graphs (the default graph for triples).

    Its default graph is the union of all graphs (``default_union``), so ``dataset.triples(...)`` and
    ``dataset.query(...)`` see every document, as SPARQL on the other sources does.
    """
    dataset = rdflib.Dataset(default_union=True)
    graphs: dict[Any, rdflib.Graph] = {}
    for quad in quads:
        name = quad.graph_name
        graph = graphs.get(name)
        if graph is None:
            identifier = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else rdflib_term(name)
            graph = graphs[name] = dataset.graph(identifier)
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
    return dataset


def to_rdflib_graph(quads: Iterable[ox.Quad]) -> rdflib.Graph:
    """All ``quads`` merged into one rdflib Graph (graph names dropped), e.g. for SHACL validation."""
    graph = rdflib.Graph()
    graph.addN(
        (rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object), graph) for q in quads
    )
    return graph


def document_graph(result: DocumentResult) -> rdflib.Graph:
    """The triples of one document as an rdflib Graph named by ``graph_iri(result.doc)``."""
    graph = rdflib.Graph(identifier=graph_iri(result.doc))
    graph.addN(
        (rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object), graph)
        for q in document_quads(result)
    )
    return graph


def build_dataset(results: Iterable[DocumentResult]) -> rdflib.Dataset:
    """An rdflib Dataset with one named graph per document (a later duplicate replaces an earlier one)."""
    latest: dict[str, DocumentResult] = {}
    for result in results:
        latest[str(graph_iri(result.doc))] = result
    return to_rdflib(q for result in latest.values() for q in document_quads(result))


# --- any source -> graphs ---------------------------------------------------------------------------

def _graph_key(name: Any) -> str:
    return "" if isinstance(name, ox.DefaultGraph) else str(name)


def _rdflib_quads(dataset: rdflib.Graph) -> Iterator[tuple[Any, list[ox.Quad]]]:
    if isinstance(dataset, rdflib.Dataset):
        contexts = list(dataset.graphs())
        names = [c.identifier for c in contexts]
    elif isinstance(dataset, rdflib.ConjunctiveGraph):  # rdflib's older, deprecated dataset class
        contexts = list(dataset.contexts())
        names = [c.identifier for c in contexts]
    else:  # a plain Graph is the default graph, whatever rdflib calls it
        contexts, names = [dataset], [DATASET_DEFAULT_GRAPH_ID]
    for context, name in sorted(zip(contexts, names), key=lambda pair: str(pair[1])):
        graph_name = ox.DefaultGraph() if name == DATASET_DEFAULT_GRAPH_ID else oxigraph_term(name)
        triples = sorted(context, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3()))
        if triples:
            yield graph_name, [
                ox.Quad(oxigraph_term(s), oxigraph_term(p), oxigraph_term(o), graph_name) for s, p, o in triples
            ]


def _grouped(quads: Iterable[ox.Quad]) -> Iterator[tuple[Any, list[ox.Quad]]]:
    groups: dict[Any, list[ox.Quad]] = {}
    for quad in quads:
        groups.setdefault(quad.graph_name, []).append(quad)
    for name in sorted(groups, key=_graph_key):
        yield name, groups[name]


def document_graphs(source: GraphSource) -> Iterator[tuple[Any, list[ox.Quad]]]:
    """``(graph name, quads)`` for every graph of ``source``, one at a time.

    ``source`` may be one ``DocumentResult`` or an iterable of them (streamed: each document is turned
    into quads only when its turn comes), an rdflib Dataset or Graph, a pyoxigraph Store or Dataset,
    or the path of a graph file.
    """
    if isinstance(source, DocumentResult):
        source = [source]
    if isinstance(source, (rdflib.Graph,)):
        yield from _rdflib_quads(source)
    elif isinstance(source, ox.Store):
        names = sorted(source.named_graphs(), key=_graph_key)
        for name in names:
            yield name, list(source.quads_for_pattern(None, None, None, name))
        # With document graphs, the default graph is their union (``graph.store``), not more data.
        default = [] if names else list(source.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        if default:
            yield ox.DefaultGraph(), default
    elif isinstance(source, ox.Dataset):
        yield from _grouped(source)
    elif isinstance(source, (str, Path)):
        yield from _grouped(read_quads(Path(source)))
    else:
        for result in source:
            if not isinstance(result, DocumentResult):
                raise TypeError(f"expected DocumentResult records, got {type(result).__name__}")
            yield _iri(str(graph_iri(result.doc))), document_quads(result)


def quads_of(source: GraphSource) -> Iterator[ox.Quad]:
    """Every quad of ``source`` (see ``document_graphs``)."""
    for _, quads in document_graphs(source):
        yield from quads


# --- writing ----------------------------------------------------------------------------------------

def _strip_prefixes(chunk: bytes) -> bytes:
    """A Turtle/TriG chunk without the @prefix lines pyoxigraph puts first (written once per file)."""
    while chunk.startswith(b"@prefix "):
        chunk = chunk[chunk.index(b"\n") + 1:]
    return chunk


@dataclass(frozen=True)
class DocumentChunks:
    """One document's part of every graph file, serialized: what ``GraphWriter`` writes.

    A build caches these with each document's result, so that a rebuild copies the bytes of the
    unchanged documents instead of building and serializing their quads again. Actor descriptions
    are repeated in every document that mentions the actor; ``graph.ttl`` holds each triple once,
    so they travel apart, as N-Triples lines (``shared``), and the writer keeps the first of each.
    """

    graphs: tuple[str, ...]  # the named graphs the document fills ("" for the default graph)
    trig: bytes = b""
    nquads: bytes = b""  # b"" until asked for, as jsonld
    jsonld: bytes = b""  # the objects of the JSON-LD array, without the brackets; b"" until asked for
    turtle: bytes = b""  # the triples that are the document's own
    shared: tuple[bytes, ...] = ()  # N-Triples lines of the actor descriptions

    def quads(self) -> list[ox.Quad]:
        """The document's quads again (for an endpoint, N-Quads, JSON-LD), parsed back from a chunk."""
        if self.nquads:
            return list(ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS))
        return list(ox.parse(PREFIX_LINES + self.trig, format=ox.RdfFormat.TRIG)) if self.trig else []

    # Only builds that write graph.nq or graph.jsonld need those chunks: they are made with the
    # others when asked for (``serialize_document(nquads=True, jsonld=True)``), else from the TriG
    # chunk when a build asks for them (a cached document written by a build without them).
    def n_quads(self) -> bytes:
        """The N-Quads chunk (one line per quad; five times the size of the TriG chunk)."""
        return self.nquads if self.nquads or not self.trig else ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS)

    def json_ld(self) -> bytes:
        """The JSON-LD chunk (writing JSON-LD costs more than the three other formats together)."""
        return self.jsonld if self.jsonld or not self.trig else _jsonld_chunk(self.quads())


def _jsonld_chunk(quads: Sequence[ox.Quad]) -> bytes:
    if not quads:
        return b""
    jsonld = ox.serialize(quads, format=ox.RdfFormat.JSON_LD).strip()
    return jsonld[1:-1] if jsonld.startswith(b"[") and jsonld.endswith(b"]") else jsonld


def serialize_document(item: DocumentResult | DocumentQuads | Sequence[ox.Quad], jsonld: bool = False,
                       nquads: bool = False) -> DocumentChunks:
    """A document (a record, its quads, or the quads of any graph) serialized for the graph files:
    TriG and Turtle always, N-Quads and JSON-LD when asked for (``DocumentChunks.n_quads`` and
    ``json_ld`` make them later otherwise)."""
    if isinstance(item, DocumentResult):
        item = document_parts(item)
    quads = item.quads if isinstance(item, DocumentQuads) else list(item)
    if not quads:
        return DocumentChunks(graphs=())
    # Actors are described again in every document that mentions them; other subjects belong to
    # one document (an actor's ng:mention triples point into one document each).
    if isinstance(item, DocumentQuads):
        graphs: tuple[str, ...] = (item.graph,)
        actors = [quad.triple for quad in quads[item.shared.start:item.shared.stop]]
        trig, turtle = _trig_and_turtle(quads, item.shared)
    else:
        graphs = tuple(sorted({q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
                               for q in quads}))
        actor_prefix, mention = f"{BASE}actor/", P["mention"]
        actors, own = [], []
        for quad in quads:
            subject = quad.subject
            describes_actor = (type(subject) is ox.NamedNode and subject.value.startswith(actor_prefix)
                               and quad.predicate != mention)
            (actors if describes_actor else own).append(quad.triple)
        trig = _written(quads, ox.RdfFormat.TRIG)
        turtle = _written(own, ox.RdfFormat.TURTLE) if own else b""
    # N-Triples writes one triple per line (newlines in literals are escaped): one line, one triple.
    shared = dict.fromkeys(ox.serialize(actors, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True))
    return DocumentChunks(
        graphs=graphs,
        trig=trig,
        nquads=ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if nquads else b"",
        jsonld=_jsonld_chunk(quads) if jsonld else b"",
        turtle=turtle,
        shared=tuple(shared),
    )


def _written(items: Iterable[ox.Quad] | Iterable[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    """``items`` in Turtle or TriG, with the file's prefixes but without their @prefix lines."""
    return _strip_prefixes(ox.serialize(items, format=fmt, prefixes=PREFIXES))


def _trig_and_turtle(quads: list[ox.Quad], shared: range) -> tuple[bytes, bytes]:
    """The TriG chunk of a document's ``quads`` (all in its named graph) and the Turtle chunk of
    its own triples (those outside ``shared``), each quad written once.

    pyoxigraph writes a named graph in TriG as its ``NAME {`` line, then lines that each start with
    a tab (a subject's triples together, one predicate a line, the last one ending in " ."), then
    ``}``; and it writes Turtle as TriG's default graph: the same lines without that tab. So the
    quads before, in and after ``shared`` are written once each, as three graphs, and both chunks
    are put together from their lines: the bytes of writing the whole, as long as the subject
    changes from one run to the next. Where it does not (rarely: the last actor described is the
    first one mentioned), both chunks are written whole.
    """
    runs = [quads[:shared.start], quads[shared.start:shared.stop], quads[shared.stop:]]
    nonempty = [run for run in runs if run]
    if any(before[-1].subject == after[0].subject for before, after in zip(nonempty, nonempty[1:])):
        own = [*runs[0], *runs[2]]
        return _written(quads, ox.RdfFormat.TRIG), _unindented(_graph_lines(own)[1]) if own else b""
    graph_line, lines = b"", []
    for run in runs:
        graph_line, run_lines = _graph_lines(run) if run else (graph_line, b"")
        lines.append(run_lines)
    head, descriptions, rest = lines
    return graph_line + head + descriptions + rest + b"}\n", _unindented(head + rest)


def _graph_lines(quads: list[ox.Quad]) -> tuple[bytes, bytes]:
    """The TriG of quads all in one named graph, cut in two: its ``NAME {`` line, and the lines of
    its triples (each starting with a tab), without the closing ``}``."""
    trig = _written(quads, ox.RdfFormat.TRIG)
    first_line_end = trig.index(b"\n") + 1
    if not trig.endswith(b"\n}\n") or trig[first_line_end:first_line_end + 1] != b"\t":
        raise ValueError("pyoxigraph wrote a named graph in an unexpected layout")
    return trig[:first_line_end], trig[first_line_end:-len(b"}\n")]


def _unindented(lines: bytes) -> bytes:
    """Triple lines of a TriG named graph as Turtle writes them: without the tab that starts each.
    (A literal's line breaks and tabs are escaped, so a raw line break and tab start a line.)"""
    return lines[1:].replace(b"\n\t", b"\n")


Places = dict[str, tuple[int, int]]  # output file -> (offset, length) of one document's chunk in it

# Between two documents' chunks in each file ("," between the objects of the JSON-LD array).
SEPARATORS = {"graph.jsonld": b",\n"}


class GraphWriter:
    """Streams document graphs into the graph ``files`` (by default ``graph.trig``, ``graph.ttl``,
    ``graph.nq`` and ``graph.jsonld``).

    Each file is written under a temporary name and renamed into place when the ``with`` block ends
    without an exception (``detached``: when ``wait`` returns, so that the caller can go on while the
    files are copied and synced), so an interrupted build leaves the previous outputs untouched. Memory stays
    flat: a document is written as soon as it is added. Every file is a header, one chunk per
    document in input order, and a footer; ``graph.ttl``'s footer holds the actor descriptions,
    each triple once (the writer keeps the actor triples it has seen: a few dozen per actor), so that
    each document's chunk is the same wherever it stands. That lets a rebuild ``copy`` an unchanged
    document's chunks from the ``previous`` files (open descriptors by name; ``Places`` say where
    the chunks are) instead of writing them again, and a file that comes out equal to its previous
    version is not written at all (``unchanged``; see ``ChunkStream``).
    """

    def __init__(self, out_dir: Path, files: Iterable[str] = tuple(OUTPUT_FILES),
                 previous: dict[str, int] | None = None, *, detached: bool = False) -> None:
        unknown = set(files) - set(OUTPUT_FILES)
        if unknown:
            raise ValueError(f"unknown output files {sorted(unknown)}; known: {sorted(OUTPUT_FILES)}")
        self.out_dir = Path(out_dir)
        self.files = list(files)
        self.previous = previous or {}  # the previous version of each file, open, to copy chunks from
        self.detached = detached  # the with block ends without waiting for the files: see ``wait``
        self.paths: list[Path] = []
        self._streams: dict[str, ChunkStream] = {}
        self._stack: ExitStack | None = None
        self._graphs: set[str] = set()
        self._shared: set[bytes] = set()

    def __enter__(self) -> GraphWriter:
        self._stack = ExitStack()
        try:
            for name in self.files:
                self._streams[name] = self._stack.enter_context(
                    ChunkStream(self.out_dir / name, SEPARATORS.get(name, b""), self.previous.get(name),
                                detached=self.detached))
            for name in ("graph.trig", "graph.ttl"):
                if name in self._streams:
                    self._streams[name].raw(PREFIX_LINES)
            if "graph.jsonld" in self._streams:
                self._streams["graph.jsonld"].raw(b"[")
        except BaseException:
            self._stack.close()
            raise
        return self

    @property
    def unchanged(self) -> list[Path]:
        """The files that came out equal to their previous version, and were left as they were."""
        return [self.out_dir / name for name, stream in self._streams.items() if stream.unchanged]

    def _note(self, graphs: Iterable[str], shared: Iterable[bytes]) -> None:
        for name in graphs:
            if name and name in self._graphs:
                raise NewsgraphError(f"graph <{name}> was written twice: two inputs have the same document id")
            self._graphs.add(name)
        self._shared.update(shared)

    def add(self, item: DocumentResult | Sequence[ox.Quad] | DocumentChunks) -> Places:
        """Write one document (a record, the quads of one graph, or both serialized); returns its places."""
        chunks = item if isinstance(item, DocumentChunks) else serialize_document(
            item, jsonld="graph.jsonld" in self._streams, nquads="graph.nq" in self._streams)
        self._note(chunks.graphs, chunks.shared)
        parts = {"graph.trig": chunks.trig, "graph.ttl": chunks.turtle}
        made = {"graph.nq": chunks.n_quads, "graph.jsonld": chunks.json_ld}  # made now if need be
        return {name: stream.write(parts[name] if name in parts else made[name]())
                for name, stream in self._streams.items()}

    def copy(self, places: Places, graphs: Iterable[str], shared: Iterable[bytes]) -> Places:
        """Write one document by copying its chunks from the previous files (``previous``)."""
        self._note(graphs, shared)
        return {name: stream.copy(self.previous[name], *places[name]) for name, stream in self._streams.items()}

    def diverge(self) -> None:
        """Every file will differ from its previous version: see ``ChunkStream.diverge``."""
        for stream in self._streams.values():
            stream.diverge()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        assert self._stack is not None, "GraphWriter used outside a with block"
        try:
            if exc_type is None:
                if "graph.ttl" in self._streams and self._shared:
                    triples = ox.parse(b"".join(sorted(self._shared)), format=ox.RdfFormat.N_TRIPLES)
                    self._streams["graph.ttl"].raw(_written(triples, ox.RdfFormat.TURTLE))
                if "graph.jsonld" in self._streams:
                    self._streams["graph.jsonld"].raw(b"]\n")
        except BaseException:
            self._stack.__exit__(*sys.exc_info())
            raise
        suppressed = self._stack.__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.paths = [self.out_dir / name for name in self.files]
        return bool(suppressed)

    def wait(self) -> None:
        """Wait until every file is in place (``detached`` writers); raises what went wrong, after
        giving up the files not yet in place."""
        wait_all(*self._streams.values())


def write_outputs(dataset: GraphSource, out_dir: Path, files: Iterable[str] = tuple(OUTPUT_FILES)) -> list[Path]:
    """Write every graph of ``dataset`` (see ``document_graphs``) to the graph ``files`` in ``out_dir``
    (all four unless told otherwise)."""
    with GraphWriter(Path(out_dir), files) as writer:
        for _, quads in document_graphs(dataset):
            writer.add(quads)
    return writer.paths


# --- reading ----------------------------------------------------------------------------------------

_EXTENSIONS = {"json": ox.RdfFormat.JSON_LD, "turtle": ox.RdfFormat.TURTLE, "owl": ox.RdfFormat.RDF_XML}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF syntax of a file, from its extension."""
    extension = path.suffix.lstrip(".").lower()
    found = _EXTENSIONS.get(extension) or ox.RdfFormat.from_extension(extension)
    if found is None:
        raise NewsgraphError(
            f"{path}: unknown graph file type {path.suffix or '(none)'!r} "
            "(use .trig, .ttl, .nq, .nt, .jsonld or .rdf)"
        )
    return found


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NewsgraphError(f"{path}: is a folder, not a graph file (for an Oxigraph store use --store)")
    if not path.exists():
        raise NewsgraphError(f"{path}: no such graph file (build one with `newsgraph build`)")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def read_quads(path: Path) -> list[ox.Quad]:
    """Every quad of a graph file (triple formats land in the default graph)."""
    path = Path(path)
    _check_file(path)
    fmt = rdf_format(path)
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as error:
        raise NewsgraphError(f"{path}: not valid {fmt.name}: {_one_line(error)}") from None
    except (OSError, ValueError) as error:
        raise NewsgraphError(f"{path}: cannot read: {_one_line(error)}") from None


def load_graph(path: Path) -> rdflib.Dataset:
    """A graph file (any of the formats ``write_outputs`` writes, and N-Triples, RDF/XML) as a Dataset."""
    return to_rdflib(read_quads(Path(path)))


def load_oxigraph(path: Path, store: ox.Store | None = None, union: Path | None = None) -> ox.Store:
    """A graph file loaded into an Oxigraph store (a new one in memory unless ``store`` is given),
    its default graph being the union of its named graphs (see ``graph.store``): ``union``, a
    Turtle file of that union (a build's ``graph.ttl``), is loaded as it instead of being made.

    For reading a large graph: Oxigraph parses and indexes it many times faster than rdflib and in
    a fraction of the memory, and answers SPARQL over it as fast.
    """
    from .store import merge_into_default

    path = Path(path)
    _check_file(path)
    store = store if store is not None else ox.Store()
    for source, into in ((path, None), (union, ox.DefaultGraph())):
        if source is None:
            continue
        fmt = rdf_format(source)
        try:
            store.bulk_load(path=str(source), format=fmt, to_graph=into)
        except SyntaxError as error:
            raise NewsgraphError(f"{source}: not valid {fmt.name}: {_one_line(error)}") from None
        except (OSError, ValueError) as error:
            raise NewsgraphError(f"{source}: cannot read: {_one_line(error)}") from None
    if union is None:
        merge_into_default(store)  # the default graph is the union of the document graphs, as in a store
    return store
