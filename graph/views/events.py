"""The events view: what happened, when and where, and the statements about it, in time order.

Events are dark boxes in columns, one column per date (more when a date has many events), left to
right, with the date written above; events whose date is unknown come last, those whose year is
unknown (``--11-24``) just before them. Under each event hang the statements about it (``ng:about``),
coloured by type; a statement about several events hangs under the first and is linked to the
others. Positions are always computed here (time is the layout), so physics is off whatever the size.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any

from .data import EventInfo, GraphData
from .page import LegendEntry, Page, new_network, statement_table
from .style import STATEMENT_TYPES, TYPE_STYLES

__all__ = ["events_page"]

EVENT_COLOR = "#4d4d4d"
COLUMN_GAP = 280.0
ROW_GAP = 64.0
EVENT_GAP = 110.0  # between the last statement of one event and the next event in the same column
COLUMN_HEIGHT = 900.0  # a date with more events than fit in this height takes several columns


def events_page(data: GraphData) -> Page:
    """Build the events page from the graph's data."""
    rows, index = statement_table(data)
    events = sorted(data.events, key=_time_key)
    order = {event.iri: number for number, event in enumerate(events)}
    about: dict[str, list[str]] = defaultdict(list)  # event -> statements hanging under it
    elsewhere: dict[str, list[str]] = defaultdict(list)  # event -> statements about it hanging elsewhere
    links: list[tuple[str, str]] = []  # (statement, event)
    for statement in data.statements:
        targets = sorted((event for event in statement.about if event in order), key=order.__getitem__)
        if targets:
            about[targets[0]].append(statement.iri)
            for event in targets[1:]:
                elsewhere[event].append(statement.iri)
            links.extend((statement.iri, event) for event in targets)

    net = new_network()
    axis: list[dict[str, Any]] = []
    x = -COLUMN_GAP
    for label, group in groupby(events, key=_column_label):
        x += COLUMN_GAP
        axis.append({"x": x, "label": label})
        y = 40.0
        for event in group:
            if y > COLUMN_HEIGHT:  # a long day flows on into the next column, under the same date
                x, y = x + COLUMN_GAP, 40.0
            net.add_node(event.iri, label=_event_label(event), shape="box", color=EVENT_COLOR,
                         font={"color": "#ffffff"}, widthConstraint={"maximum": 200}, x=x, y=y, ng={"head": event.label, "lines": _event_lines(data, event),
                                       "stmts": [index[s] for s in about[event.iri] + elsewhere[event.iri]],
                                       "filter": "dates", "dates": [event.date] if event.date else [],
                                       "search": event.label})
            for row, iri in enumerate(about[event.iri], start=1):
                statement = rows[index[iri]]
                style = TYPE_STYLES[statement["type"]]
                net.add_node(iri, label=f"{statement['speaker']} {style.verb}", shape="dot", size=9,
                             color=style.color, x=x + (24 if row % 2 else -24), y=y + 20 + row * ROW_GAP,
                             ng={"type": statement["type"], "stmts": [index[iri]], "filter": "stmts",
                                 "search": f"{statement['speaker']} {style.verb}: "
                                           f"{statement['content'] or statement['sentence'] or ''}"})
            y += len(about[event.iri]) * ROW_GAP + EVENT_GAP

    for number, (iri, event) in enumerate(links):
        statement = rows[index[iri]]
        style = TYPE_STYLES[statement["type"]]
        net.add_edge(iri, event, id=f"a{number}", color=style.color, width=2,
                     ng={"type": statement["type"], "stmts": [index[iri]], "filter": "stmts",
                         "head": f"{statement['speaker']} {style.verb}, about this event"})

    net.options = {
        "nodes": {"font": {"size": 13, "face": "system-ui, DejaVu Sans, sans-serif", "color": "#222222"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
    }
    legend = [LegendEntry("event", EVENT_COLOR, "square")]
    legend += [LegendEntry(f"{TYPE_STYLES[key].label} (a statement about it)", TYPE_STYLES[key].color)
               for key in STATEMENT_TYPES]
    return Page(
        file="events.html", title="Events",
        intro="What happened, in time order from left to right, with the statements made about each "
              "event hanging beneath it. Events without a date come last.",
        network=net, statements=rows, types=list(STATEMENT_TYPES), legend=legend, axis=axis,
        search_hint="Find an event…",
    )


def _time_key(event: EventInfo) -> tuple[int, str, str, str]:
    """Dated events by date, then those of unknown year (--MM-DD), then the undated; ties by label."""
    date = event.date or ""
    rank = 2 if not date else 1 if date.startswith("--") else 0
    return (rank, date, event.label.lower(), event.iri)


def _column_label(event: EventInfo) -> str:
    if not event.date:
        return "date unknown"
    return f"{event.date[2:]} (year unknown)" if event.date.startswith("--") else event.date


def _event_label(event: EventInfo) -> str:
    where = f" · {event.place}" if event.place else ""
    return f"{event.label}\n{event.date or 'date unknown'}{where}"


def _event_lines(data: GraphData, event: EventInfo) -> list[str]:
    lines = [" · ".join(part for part in (event.event_type, event.date or "date unknown", event.place) if part)]
    if event.participants:
        lines.append("with " + ", ".join(data.actor_label(actor) for actor in event.participants))
    if event.doc:
        lines.append(f"reported in {data.doc_id(event.doc)}")
    return lines

