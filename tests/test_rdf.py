"""graph/rdf.py and the ontology: the exact shape of graph-contract.md, determinism, the four formats."""

from __future__ import annotations

import copy
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare

from graph.errors import NewsgraphError
from graph.rdf import (
    OUTPUT_FILES,
    GraphWriter,
    build_dataset,
    document_graph,
    document_parts,
    document_quads,
    graph_iri,
    load_graph,
    mention_iri,
    read_quads,
    serialize_document,
    write_outputs,
)
from graph.records import BASE, Actor, actor_iri
from graph_fixtures import MACRON, RUSSIA, UKRAINE, ArticleBuilder, seedlike_results

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
# Open namespaces: rdflib's closed ones warn when pytest inspects the module's globals.
NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")
RDF = rdflib.Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = rdflib.Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = rdflib.Namespace("http://www.w3.org/2002/07/owl#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = rdflib.Namespace("https://schema.org/")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
CAMEO = rdflib.Namespace("https://w3id.org/newsgraph/cameo/")


def quad_set(dataset: rdflib.Dataset) -> set[tuple]:
    """All (s, p, o, graph) of a dataset; there are no blank nodes, so set equality is isomorphism."""
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None)) if not isinstance(s, rdflib.BNode)}


@pytest.fixture(scope="module")
def results():
    return seedlike_results()


@pytest.fixture(scope="module")
def dataset(results):
    return build_dataset(results)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "newsgraph.ttl")


@pytest.fixture(scope="module")
def cameo() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "cameo.ttl")


# --- the contract's shape ---------------------------------------------------------------------------

def test_one_named_graph_per_document(results, dataset):
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {graph_iri(r.doc) for r in results}
    assert graph_iri("000_seedlike") == rdflib.URIRef(f"{BASE}graph/000-seedlike")


def test_document_and_sentences_point_into_the_text(results):
    result = results[0]
    graph = document_graph(result)
    doc = rdflib.URIRef(result.id)
    assert (doc, RDF.type, NG.Document) in graph
    assert graph.value(doc, NG.docId) == rdflib.Literal("000_seedlike")
    assert graph.value(doc, NG.published) == rdflib.Literal("2022-11-24", datatype=XSD.date)
    assert graph.value(doc, NG.source) == rdflib.Literal("RT in French")
    assert graph.value(doc, NG.url).datatype == XSD.anyURI
    sentences = list(graph.subjects(RDF.type, NG.Sentence))
    assert len(sentences) == len(result.sentences)
    for sentence in sentences:
        start, end = graph.value(sentence, NG.start), graph.value(sentence, NG.end)
        assert start.datatype == XSD.integer and end.datatype == XSD.integer
        assert result.text[start.toPython():end.toPython()] == str(graph.value(sentence, NG.text))
        assert graph.value(sentence, NG.inDocument) == doc
    for mention in graph.subjects(RDF.type, NG.Mention):
        start, end = graph.value(mention, NG.start).toPython(), graph.value(mention, NG.end).toPython()
        assert result.text[start:end] == str(graph.value(mention, NG.text))
        assert str(mention) == mention_iri(result.doc, start, end)


def test_statement_triples(results):
    result = results[0]
    graph = document_graph(result)
    denial = next(s for s in result.statements if s.type == "deny" and s.cue == "rejects")
    node = rdflib.URIRef(denial.id)
    assert set(graph.objects(node, RDF.type)) == {NG.Statement, NG.Denial}
    russia = rdflib.URIRef(actor_iri("Russia"))
    assert graph.value(node, NG.speaker) == russia
    assert graph.value(node, PROV.wasAttributedTo) == russia
    assert set(graph.objects(node, NG.target)) == {rdflib.URIRef(actor_iri("Ukraine")), rdflib.URIRef(actor_iri("France"))}
    assert graph.value(node, NG.cue) == rdflib.Literal("rejects")
    assert graph.value(node, NG.cueStart) == rdflib.Literal(denial.cue_start, datatype=XSD.integer)
    assert graph.value(node, NG.cueEnd) == rdflib.Literal(denial.cue_end, datatype=XSD.integer)
    assert result.text[denial.cue_start:denial.cue_end] == "rejects"
    assert graph.value(node, NG.isQuote) == rdflib.Literal(False)
    assert graph.value(node, NG.charge) == rdflib.Literal("war crimes")
    assert graph.value(node, NG.date) == rdflib.Literal("2022-11-24", datatype=XSD.date)
    assert graph.value(node, NG.source) == rdflib.URIRef(denial.sentence.id)
    assert graph.value(node, NG.inDocument) == rdflib.URIRef(result.id)
    assert set(graph.objects(node, NG.respondsTo)) == {rdflib.URIRef(i) for i in denial.responds_to}
    assert set(graph.objects(node, NG.about)) == {rdflib.URIRef(i) for i in denial.events}


def test_a_date_without_year_is_a_gmonthday(results):
    graph = document_graph(results[1])
    dates = {graph.value(s, NG.date) for s in graph.subjects(RDF.type, NG.Denial)}
    assert rdflib.Literal("--04-04", datatype=XSD.gMonthDay) in dates


def test_actors_sides_wikidata_and_mentions(results):
    graph = document_graph(results[0])
    russia = rdflib.URIRef(actor_iri("Russia"))
    assert set(graph.objects(russia, RDF.type)) == {NG.Actor, NG.Country}
    assert graph.value(russia, RDFS.label) == rdflib.Literal("Russia")
    assert set(graph.objects(russia, SKOS.altLabel)) == {rdflib.Literal("Moscow"), rdflib.Literal("the Kremlin")}
    assert graph.value(russia, NG.country) == russia  # a country's own country is itself
    assert graph.value(russia, OWL.sameAs) == rdflib.URIRef("http://www.wikidata.org/entity/Q159")
    assert len(list(graph.objects(russia, NG.mention))) >= 3
    macron = rdflib.URIRef(MACRON.id)
    assert set(graph.objects(macron, RDF.type)) == {NG.Actor, NG.Person}
    assert graph.value(macron, NG.country) == rdflib.URIRef(actor_iri("France"))
    assert graph.value(macron, NG.role) == rdflib.Literal("President")


def test_a_side_named_only_as_country_is_described():
    article = ArticleBuilder("002_side", "Lavrov spoke", "2022-01-01")
    envoy = Actor(label="Some Envoy", kind="person", country="Belarus")
    article.state("Some Envoy said things.", "said", "claim", (envoy, "Some Envoy"))
    graph = document_graph(article.result)
    belarus = rdflib.URIRef(actor_iri("Belarus"))
    assert graph.value(rdflib.URIRef(envoy.id), NG.country) == belarus
    assert set(graph.objects(belarus, RDF.type)) == {NG.Actor, NG.Country}
    assert graph.value(belarus, RDFS.label) == rdflib.Literal("Belarus")


def test_events(results):
    graph = document_graph(results[0])
    event = rdflib.URIRef(results[0].events[0].id)
    assert (event, RDF.type, NG.Event) in graph
    assert graph.value(event, NG.eventType) == rdflib.Literal("strike")
    assert graph.value(event, NG.trigger) == rdflib.Literal("strikes")
    assert graph.value(event, NG.date) == rdflib.Literal("2022-11-23", datatype=XSD.date)
    assert graph.value(event, NG.place) == rdflib.Literal("Kyiv")
    assert set(graph.objects(event, NG.participant)) == {rdflib.URIRef(actor_iri("Russia")),
                                                          rdflib.URIRef(actor_iri("Ukraine"))}
    mention = graph.value(event, NG.mention)
    assert (mention, RDF.type, NG.Mention) in graph


def test_malformed_dates_and_wikidata_are_left_out_not_written_ill_typed():
    article = ArticleBuilder("003_dates", "Dates", "2022-02-30")  # no 30 February
    who = Actor(label="Somebody", kind="person", wikidata="not-a-qid")
    article.state("Somebody said it yesterday.", "said", "claim", (who, "Somebody"), date="yesterday")
    graph = document_graph(article.result)
    assert not list(graph.objects(None, NG.published))
    assert not list(graph.objects(None, NG.date))
    assert not list(graph.objects(None, OWL.sameAs))


def test_every_record_becomes_its_triples_once(results):
    quads = document_quads(results[0])
    assert len(quads) == len(set(quads))
    duplicated = copy.deepcopy(results[0])
    duplicated.statements[0].targets.append(duplicated.statements[0].targets[0])
    assert len(document_quads(duplicated)) == len(quads)


# --- determinism ------------------------------------------------------------------------------------

def test_building_twice_gives_the_same_graph(results):
    assert quad_set(build_dataset(results)) == quad_set(build_dataset(seedlike_results()))
    assert rdflib.compare.isomorphic(document_graph(results[0]), document_graph(seedlike_results()[0]))
    # ... whatever order the extractor listed things in
    shuffled = copy.deepcopy(results[0])
    shuffled.statements.reverse()
    shuffled.actors.reverse()
    shuffled.sentences.reverse()
    assert document_quads(shuffled) == document_quads(results[0])


def test_writing_twice_gives_the_same_bytes(results, tmp_path):
    first = write_outputs(results, tmp_path / "one")
    second = write_outputs(seedlike_results(), tmp_path / "two")
    assert [p.name for p in first] == list(OUTPUT_FILES)
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


# --- the four formats -------------------------------------------------------------------------------

def test_outputs_hold_the_same_graph_in_every_format(results, dataset, tmp_path):
    paths = {p.name: p for p in write_outputs(results, tmp_path)}
    expected = quad_set(dataset)
    for name in ("graph.trig", "graph.nq", "graph.jsonld"):
        assert quad_set(load_graph(paths[name])) == expected, name
        # and rdflib's own parsers read them too
        parsed = rdflib.Dataset()
        parsed.parse(paths[name], format={"graph.trig": "trig", "graph.nq": "nquads", "graph.jsonld": "json-ld"}[name])
        assert quad_set(parsed) == expected, name
    merged = rdflib.Graph().parse(paths["graph.ttl"], format="turtle")
    assert set(merged) == {(s, p, o) for s, p, o, _ in expected}
    # actors described in both documents are written once in the merged file
    text = paths["graph.ttl"].read_text()
    assert text.count("actor:russia a ng:Actor") == 1
    assert text.count("@prefix ng:") == 1 and paths["graph.trig"].read_text().count("@prefix ng:") == 1


NASTY = 'He said "} ; DROP ALL ; {" \\ <script>alert(1)</script>\n\ttab \x00 \x0b é 😀 \ud800 end'


def _nasty_article() -> ArticleBuilder:
    article = ArticleBuilder("004_nasty", NASTY, "2022-01-01")
    article.state(NASTY + " claimed Russia of Ukraine.", "claimed", "claim", (RUSSIA, "Russia"),
                  [(UKRAINE, "Ukraine")], content=NASTY, charge=NASTY)
    return article


def test_any_text_survives_the_round_trip(tmp_path):
    nasty = NASTY
    paths = write_outputs([_nasty_article().result], tmp_path)
    expected = {nasty.replace("\ud800", "\ufffd")}
    for path in paths:
        graph = load_graph(path)
        assert {str(o) for o in graph.objects(None, NG.content)} == expected, path.name
        parsed = rdflib.Dataset()  # rdflib's own parsers agree
        parsed.parse(path, format={".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".jsonld": "json-ld"}[path.suffix])
        assert {str(q[2]) for q in parsed.quads((None, NG.content, None, None))} == expected, path.name


def _lone_speaker() -> ArticleBuilder:
    """An article whose one actor is the last described and the first mentioned: its description
    and its ng:mention triples are one subject's, written together."""
    article = ArticleBuilder("005_lone", "Russia spoke", "2022-01-01")
    article.state("Russia said things.", "said", "claim", (RUSSIA, "Russia"))
    return article


@pytest.mark.parametrize("make", [lambda: seedlike_results()[0], lambda: seedlike_results()[1],
                                  lambda: _nasty_article().result, lambda: _lone_speaker().result],
                         ids=["first", "second", "nasty", "lone-speaker"])
def test_a_documents_chunks_are_its_quads_written_whole(make):
    # serialize_document writes a document's parts apart and puts its TriG and Turtle chunks together
    # from their lines; the same quads given as a plain list are written whole.
    parts = document_parts(make())
    assert serialize_document(parts) == serialize_document(list(parts.quads))


def test_the_lone_speaker_continues_one_subject_across_parts():
    parts = document_parts(_lone_speaker().result)
    assert parts.quads[parts.shared.stop - 1].subject == parts.quads[parts.shared.stop].subject


def test_writer_leaves_previous_outputs_when_interrupted(results, tmp_path):
    write_outputs(results, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(RuntimeError):
        with GraphWriter(tmp_path) as writer:
            writer.add(results[0])
            raise RuntimeError("killed half-way")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_the_same_document_twice_is_refused(results, tmp_path):
    with pytest.raises(NewsgraphError, match="twice"):
        with GraphWriter(tmp_path) as writer:
            writer.add(results[0])
            writer.add(results[0])


def test_write_outputs_accepts_datasets_and_files(results, dataset, tmp_path):
    write_outputs(dataset, tmp_path / "from-dataset")
    write_outputs(tmp_path / "from-dataset" / "graph.nq", tmp_path / "from-file")
    assert quad_set(load_graph(tmp_path / "from-file" / "graph.trig")) == quad_set(dataset)


@pytest.mark.parametrize("content, message", [
    (None, "no such graph file"),
    ("this is { not turtle", "not valid"),
])
def test_unreadable_graph_files_give_one_clear_line(tmp_path, content, message):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content)
    with pytest.raises(NewsgraphError, match=message) as error:
        load_graph(path)
    assert "\n" not in str(error.value) and str(path) in str(error.value)


def test_unknown_extension_and_folder(tmp_path):
    (tmp_path / "graph.docx").write_text("x")
    with pytest.raises(NewsgraphError, match="unknown graph file type"):
        read_quads(tmp_path / "graph.docx")
    with pytest.raises(NewsgraphError, match="folder"):
        read_quads(tmp_path)


# --- the ontology -----------------------------------------------------------------------------------

def used_terms(dataset: rdflib.Dataset) -> set[rdflib.URIRef]:
    terms = set()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        terms.add(p)
        if p == RDF.type:
            terms.add(o)
    return {t for t in terms if str(t).startswith(str(NG))}


def test_every_term_the_graph_uses_is_declared_labelled_and_defined(dataset, ontology):
    used = used_terms(dataset)
    assert len(used) > 40
    for term in used:
        assert (term, RDF.type, None) in ontology, f"{term} is not declared"
    for term in {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(NG))}:
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no label"
        assert (ontology.value(term, SKOS.definition) or ontology.value(term, RDFS.comment)), f"{term} undefined"


@pytest.mark.parametrize("subject, relation, other", [
    (NG.speaker, RDFS.subPropertyOf, PROV.wasAttributedTo),
    (NG.Actor, RDFS.subClassOf, PROV.Agent),
    (NG.Actor, RDFS.subClassOf, SEM.Actor),
    (NG.Statement, RDFS.subClassOf, PROV.Entity),
    (NG.Event, RDFS.subClassOf, SEM.Event),
    (NG.participant, RDFS.subPropertyOf, SEM.hasActor),
    (NG.date, RDFS.seeAlso, SEM.hasTime),
    (NG.place, RDFS.seeAlso, SEM.hasPlace),
    (NG.Document, RDFS.subClassOf, SCHEMA.NewsArticle),
    (NG.Person, RDFS.subClassOf, SCHEMA.Person),
    (NG.Organization, RDFS.subClassOf, SCHEMA.Organization),
    (NG.Country, RDFS.subClassOf, SCHEMA.Country),
    (NG.Sentence, RDFS.subClassOf, NIF.Sentence),
    (NG.start, RDFS.subPropertyOf, NIF.beginIndex),
    (NG.end, RDFS.subPropertyOf, NIF.endIndex),
    (NG.Accusation, NG.cameoCode, CAMEO["112"]),
    (NG.Denial, NG.cameoCode, CAMEO["016"]),
    (NG.Demand, NG.cameoCode, CAMEO["020"]),
    (NG.Claim, NG.cameoCode, CAMEO["010"]),
])
def test_alignments(ontology, subject, relation, other):
    assert (subject, relation, other) in ontology


def test_cameo_scheme(cameo):
    codes = {"010", "016", "02", "020", "10", "100", "11", "111", "112", "115", "1121", "1122", "1123", "1124", "1125"}
    for code in codes:
        concept = CAMEO[code]
        assert (concept, RDF.type, SKOS.Concept) in cameo, code
        assert cameo.value(concept, SKOS.notation) == rdflib.Literal(code)
        assert cameo.value(concept, SKOS.prefLabel) is not None
        assert cameo.value(concept, SKOS.inScheme) == rdflib.URIRef("https://w3id.org/newsgraph/cameo")
    assert (CAMEO["1124"], SKOS.broader, CAMEO["112"]) in cameo
    assert (CAMEO["112"], SKOS.broader, CAMEO["11"]) in cameo


def test_every_cameo_code_used_in_the_lexicons_exists(cameo):
    defined = set(cameo.subjects(RDF.type, SKOS.Concept))
    for path in ONTOLOGY.glob("*.ttl"):
        graph = rdflib.Graph().parse(path)
        for used in graph.objects(None, NG.cameoCode):
            assert used in defined, f"{path.name} uses {used}, which ontology/cameo.ttl does not define"


def test_ontology_files_parse_with_both_parsers():
    for name in ("newsgraph.ttl", "cameo.ttl", "shapes.ttl"):
        assert len(list(ox.parse(path=str(ONTOLOGY / name)))) > 50
        assert len(rdflib.Graph().parse(ONTOLOGY / name)) > 50
