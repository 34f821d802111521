"""Graphs for the view tests: small hand-made corpora, a hostile one and a large synthetic one.

The records are ``graph.records`` dataclasses, turned into RDF by ``graph.rdf.build_dataset``, so the
views are tested against the graph they will really read.
"""

from __future__ import annotations

import random

import rdflib

from graph.rdf import build_dataset
from graph_fixtures import ArticleBuilder
from graph.records import Actor, DocumentResult, Event, Statement

__all__ = [
    "HOSTILE_IMG",
    "HOSTILE_SCRIPT",
    "big_results",
    "hostile_results",
    "sample_results",
    "to_dataset",
]

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "<script>alert(1)</script>"



def to_dataset(results: list[DocumentResult]) -> rdflib.Dataset:
    """The graph the build would write for these records."""
    return build_dataset(results)


# --- a small corpus ---------------------------------------------------------------------------------

def _actor(label: str, kind: str, country: str | None = None, wikidata: str | None = None,
           role: str | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(label=label, kind=kind, country=country, wikidata=wikidata, role=role, aliases=list(aliases))


RUSSIA = _actor("Russia", "country", "Russia", "Q159", aliases=("Moscow", "the Kremlin"))
UKRAINE = _actor("Ukraine", "country", "Ukraine", "Q212", aliases=("Kyiv",))
FRANCE = _actor("France", "country", "France", "Q142", aliases=("Paris",))
ZELENSKY = _actor("Volodymyr Zelensky", "person", "Ukraine", "Q3874799", role="President")
MACRON = _actor("Emmanuel Macron", "person", "France", "Q3052772", role="President")
MOD = _actor("Russian Ministry of Defence", "organization", "Russia")
UN = _actor("United Nations", "organization", None, "Q1065")


class _Doc(ArticleBuilder):
    """Writes an article sentence by sentence (offsets right by construction), with plain actors."""

    def state(self, text: str, cue: str, type_: str, speaker: Actor, targets: list[Actor],
              content: str | None = None, date: str | None = None, quote: bool = False,
              charge: str | None = None, responds_to: list[Statement] | None = None,
              events: list[Event] | None = None) -> Statement:
        sentence = self.add_sentence(text)
        cue_start = sentence.start + text.index(cue)
        statement = Statement(
            doc=self.result.doc, type=type_, cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
            sentence=sentence, speaker=speaker, targets=targets, content=content, quote=quote,
            charge=charge, date=date, responds_to=[other.id for other in responds_to or []],
            events=[event.id for event in events or []],
        )
        self.result.statements.append(statement)
        for actor in [speaker, *targets]:
            if actor not in self.result.actors:
                self.result.actors.append(actor)
        return statement

    def event(self, text: str, trigger: str, event_type: str, date: str | None, place: str | None,
              participants: list[Actor]) -> Event:
        sentence = self.add_sentence(text)
        start = sentence.start + text.index(trigger)
        event = Event(doc=self.result.doc, label=f"{event_type} in {place}" if place else event_type,
                      event_type=event_type, trigger=trigger, start=start, end=start + len(trigger),
                      date=date, place=place, participants=participants)
        self.result.events.append(event)
        for actor in participants:
            if actor not in self.result.actors:
                self.result.actors.append(actor)
        return event


def sample_results() -> list[DocumentResult]:
    """Two articles: accusations, a denial answering them, a counter-accusation, a demand, a claim."""
    one = _Doc("000_sample", "Moscow rejects war crimes charges brought by Kyiv and Paris", "2022-11-24")
    strike = one.event("Strikes hit Kyiv on November 23.", "Strikes", "strike", "2022-11-23", "Kyiv",
                       [RUSSIA, UKRAINE])
    accusation = one.state(
        "Zelensky accused Russia of deliberately targeting civilian infrastructure.", "accused", "accuse",
        ZELENSKY, [RUSSIA], "Russia deliberately targeted civilian infrastructure", "2022-11-23",
        charge="war crimes", events=[strike])
    accusation_fr = one.state(
        "Macron said the strikes on civilians were war crimes.", "said", "accuse", MACRON, [RUSSIA],
        "the strikes on civilians were war crimes", "2022-11-23", charge="war crimes", events=[strike])
    denial = one.state(
        "Moscow disputed claims by Ukraine and France that its bombings targeted civilians.", "disputed",
        "deny", RUSSIA, [UKRAINE, FRANCE], "its bombings targeted civilians", "2022-11-24",
        responds_to=[accusation, accusation_fr], events=[strike])
    one.state(
        "The Russian defence ministry blamed Ukrainian air defence for the damage in Kyiv.", "blamed",
        "accuse", MOD, [UKRAINE], "Ukrainian air defence caused the damage", "2022-11-24",
        responds_to=[denial], events=[strike])
    one.state(
        "“All designated targets were hit,” the ministry said.", "said", "claim", MOD, [],
        "All designated targets were hit", "2022-11-24", quote=True)

    two = _Doc("001_sample", "UN demands an inquiry", "2022-12-02")
    meeting = two.event("The Security Council met in New York on December 1.", "met", "meeting",
                        "2022-12-01", "New York", [UN])
    two.state("The United Nations demanded that Russia allow an independent inquiry.", "demanded", "demand",
              UN, [RUSSIA], "Russia allow an independent inquiry", "2022-12-01", events=[meeting])
    two.state("Russia accused Ukraine of shelling its own cities.", "accused", "accuse", RUSSIA, [UKRAINE],
              "Ukraine shelled its own cities", "2022-12-02")
    two.state("Kyiv accused Moscow of lying about the strikes.", "accused", "accuse", UKRAINE, [RUSSIA],
              "Moscow lied about the strikes", "--12-02")
    two.state("Paris rejected the accusation.", "rejected", "deny", FRANCE, [], None, None)
    return [one.result, two.result]


def hostile_results() -> list[DocumentResult]:
    """An article whose title, quotes, actor label, event place and cue are HTML that would run."""
    evil = _actor(f"Evil {HOSTILE_IMG} Corp {HOSTILE_SCRIPT}", "organization", "Russia")
    doc = _Doc("002_hostile", f"Title {HOSTILE_SCRIPT} {HOSTILE_IMG}", "2022-11-25")
    event = doc.event(f"Strikes hit {HOSTILE_IMG} city.", "Strikes", "strike", "2022-11-25",
                      f"Town {HOSTILE_SCRIPT}", [evil])
    accusation = doc.state(
        f"“{HOSTILE_IMG} and {HOSTILE_SCRIPT} & more,” Ukraine accused the company.", "accused", "accuse",
        UKRAINE, [evil], f"{HOSTILE_IMG} {HOSTILE_SCRIPT}", "2022-11-25", quote=True,
        charge=f"crimes {HOSTILE_SCRIPT}", events=[event])
    doc.state(f"The company {HOSTILE_SCRIPT} denied {HOSTILE_IMG} everything.", "denied", "deny", evil,
              [UKRAINE], f"everything {HOSTILE_IMG}", "2022-11-26", responds_to=[accusation], events=[event])
    return [doc.result]


def big_results(statements: int = 5000, actors: int = 400, documents: int = 250,
                seed: int = 5) -> list[DocumentResult]:
    """A synthetic corpus with ``statements`` statements (about as many actor-view edges).

    Responses chain within documents, so the statements view has long left-to-right chains too.
    """
    rng = random.Random(seed)
    kinds = ("person", "organization", "country", "group")
    sides = [f"Country {n}" for n in range(12)]
    people = [_actor(f"Actor {n}", kinds[n % 4], rng.choice(sides)) for n in range(actors)]
    types = ("accuse", "accuse", "deny", "demand", "claim")
    docs = [_Doc(f"{n:04d}_big", f"Article {n}", f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}")
            for n in range(documents)]
    events = [doc.event(f"Strikes hit Town {n}.", "Strikes", "strike", doc.result.published, f"Town {n}",
                        rng.sample(people, 2)) for n, doc in enumerate(docs)]
    previous: dict[int, Statement] = {}
    for n in range(statements):
        index = n % documents
        doc = docs[index]
        speaker, target = rng.sample(people, 2)
        type_ = types[n % len(types)]
        earlier = previous.get(index)
        responds = [earlier] if earlier is not None and rng.random() < 0.4 else []
        about = [events[index]] if rng.random() < 0.3 else []
        previous[index] = doc.state(
            f"{speaker.label} said things about {target.label} ({n}).", "said", type_, speaker, [target],
            f"things ({n})", doc.result.published, responds_to=responds, events=about)
    return [doc.result for doc in docs]


# --- the RDF shape of notes/graph-contract.md -------------------------------------------------------
