"""SHACL validation of a newsgraph graph against ``ontology/shapes.ttl`` (``newsgraph validate``).

pyshacl does the checking; this module feeds it the graph with all named graphs merged (a statement
may respond to a statement of another document, and actors are described in every document that
mentions them) and turns its results graph into a short report people can read: one line per
problem, naming the node, the property and the rule it breaks, grouped by shape.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyshacl
import rdflib
from rdflib.namespace import RDF, SH

from .errors import NewsgraphError
from .rdf import GraphSource, PREFIXES, quads_of, to_rdflib_graph

__all__ = ["SHAPES", "validate_graph", "run_command"]

SHAPES = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
MAX_LINES = 50  # a broken build can break thousands of nodes the same way; the first ones tell the story


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    try:
        return rdflib.Graph().parse(SHAPES, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise NewsgraphError(f"{SHAPES}: cannot read the SHACL shapes: {error}") from None


def _merged(data: GraphSource | rdflib.Graph) -> rdflib.Graph:
    if isinstance(data, rdflib.Graph) and not isinstance(data, rdflib.ConjunctiveGraph):
        return data
    return to_rdflib_graph(quads_of(data))


def _short(node: Any) -> str:
    """A node as people write it: ng:speaker, actor:russia, "text", <iri>."""
    if isinstance(node, rdflib.URIRef):
        value = str(node)
        for prefix, namespace in PREFIXES.items():
            if value.startswith(namespace) and "/" not in value[len(namespace):]:
                return f"{prefix}:{value[len(namespace):]}"
        return f"<{value}>"
    if isinstance(node, rdflib.Literal):
        text = str(node)
        text = text if len(text) <= 40 else text[:39] + "…"
        suffix = f"^^{_short(node.datatype)}" if node.datatype else ""
        return f'"{text}"{suffix}'
    return str(node)


def _shape_name(shape: Any) -> str:
    """ngsh:StatementShape -> "Statement"; a nameless shape -> "other"."""
    if not isinstance(shape, rdflib.URIRef):
        return "other"
    return str(shape).rsplit("#", 1)[-1].rsplit("/", 1)[-1].removesuffix("Shape")


def _describe(results: rdflib.Graph) -> tuple[list[str], int, int]:
    """Report lines, and the numbers of violations and warnings."""
    by_shape: dict[str, list[tuple[str, str]]] = defaultdict(list)
    counts = {SH.Violation: 0, SH.Warning: 0}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        counts[severity] = counts.get(severity, 0) + 1
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
        source = results.value(result, SH.sourceShape)
        shape = source
        # Property shapes are blank nodes: name the node shape that holds them instead.
        for holder in results.subjects(SH.property, source) if source is not None else ():
            shape = holder
        kind = "warning" if severity == SH.Warning else "error"
        where = _short(focus) + (f" {_short(path)}" if path is not None else "")
        found = f" (found {_short(value)})" if value is not None and value != focus else ""
        by_shape[_shape_name(shape)].append((kind, f"{where}: {message}{found}"))
    lines: list[str] = []
    shown = 0
    for shape in sorted(by_shape):
        problems = sorted(set(by_shape[shape]))
        lines.append(f"{shape}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
        for kind, text in problems:
            if shown < MAX_LINES:
                lines.append(f"  {kind}: {text}")
            shown += 1
    if shown > MAX_LINES:
        lines.append(f"  … and {shown - MAX_LINES} more")
    return lines, counts.get(SH.Violation, 0), counts.get(SH.Warning, 0)


def validate_graph(dataset: GraphSource | rdflib.Graph) -> tuple[bool, str]:
    """Check ``dataset`` (any graph source: records, an rdflib or pyoxigraph dataset, a file).

    Returns whether it conforms (warnings do not count) and a readable report.
    """
    data = _merged(dataset)
    shapes = _shapes()
    # The results graph of pyshacl also holds the shapes, so the report can name the node shape.
    _, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True,
    )
    results += shapes
    lines, violations, warnings = _describe(results)
    conforms = violations == 0
    nodes = len(set(data.subjects()))
    if conforms:
        head = f"conforms: {len(data)} triples about {nodes} nodes pass {SHAPES.name}"
        if warnings:
            head += f" ({warnings} warning{'s' if warnings != 1 else ''})"
    else:
        head = (f"does not conform: {violations} violation{'s' if violations != 1 else ''}"
                + (f" and {warnings} warning{'s' if warnings != 1 else ''}" if warnings else "")
                + f" in {len(data)} triples")
    return conforms, "\n".join([head, *lines])


def run_command(path: Path) -> bool:
    """``newsgraph validate GRAPH``: print the report; True when the graph conforms."""
    conforms, report = validate_graph(Path(path))
    print(f"{path}: {report}")
    return conforms
