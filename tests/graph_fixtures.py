"""Hand-made extraction records for the graph tests (RDF, SHACL, SPARQL, store, endpoint, networkx).

The records mirror the seed articles (France and Ukraine accuse Russia, Russia denies the charges of
both, Peskov responds to Macron, Kyiv and Moscow accuse each other) but are written by hand, so the
graph tests do not depend on the extractor. ``ArticleBuilder`` appends sentence after sentence, so
every offset is right by construction: ``text[start:end] == sentence``.
"""

from __future__ import annotations

import copy

from graph.records import Actor, DocumentResult, Event, Mention, Sentence, Statement

__all__ = [
    "ArticleBuilder",
    "RUSSIA", "UKRAINE", "FRANCE", "WEST", "MACRON", "ZELENSKY", "PESKOV", "LAVROV",
    "seedlike_results",
    "changed_first_document",
]


def _actor(label: str, kind: str, country: str | None = None, wikidata: str | None = None,
           role: str | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(label=label, kind=kind, country=country, wikidata=wikidata, role=role, aliases=list(aliases))


RUSSIA = _actor("Russia", "country", "Russia", "Q159", aliases=("Moscow", "the Kremlin"))
UKRAINE = _actor("Ukraine", "country", "Ukraine", "Q212", aliases=("Kyiv", "kyiv"))
FRANCE = _actor("France", "country", "France", "Q142", aliases=("Paris",))
WEST = _actor("the West", "group", None, None, aliases=("Western camp",))
MACRON = _actor("Emmanuel Macron", "person", "France", "Q3052772", role="President", aliases=("Macron",))
ZELENSKY = _actor("Volodymyr Zelensky", "person", "Ukraine", "Q3874799", role="President")
PESKOV = _actor("Dmitry Peskov", "person", "Russia", "Q4071195", role="spokesman",
                aliases=("Dmitri Peskov", "Peskov"))
LAVROV = _actor("Sergei Lavrov", "person", "Russia", "Q80137", role="Foreign Minister")


class ArticleBuilder:
    """Writes an article sentence by sentence and records statements and events with exact offsets."""

    def __init__(self, doc: str, title: str, published: str | None) -> None:
        self.result = DocumentResult(doc=doc, text="", title=title, published=published,
                                     source="RT in French", url=f"https://example.org/{doc}", language="en")
        self.add_sentence(title, "title")

    def add_sentence(self, text: str, section: str = "paragraph") -> Sentence:
        start = len(self.result.text)
        self.result.text += text + "\n\n"
        sentence = Sentence(doc=self.result.doc, start=start, end=start + len(text), text=text,
                            section=section)
        self.result.sentences.append(sentence)
        return sentence

    def _note(self, actor: Actor, sentence: Sentence, name: str) -> Actor:
        """The document's copy of ``actor``, with a mention where ``name`` occurs in the sentence."""
        for known in self.result.actors:
            if known.id == actor.id:
                break
        else:
            known = copy.deepcopy(actor)
            self.result.actors.append(known)
        if name and name in sentence.text:
            start = sentence.start + sentence.text.index(name)
            known.mentions.append(Mention(doc=self.result.doc, start=start, end=start + len(name), text=name))
        return known

    def state(self, text: str, cue: str, type_: str, speaker: tuple[Actor, str],
              targets: list[tuple[Actor, str]] = (), content: str | None = None, date: str | None = None,
              quote: bool = False, charge: str | None = None, responds_to: list[Statement] = (),
              events: list[Event] = (), sentence: Sentence | None = None) -> Statement:
        """A statement; ``speaker`` and ``targets`` are (actor, the name the sentence uses)."""
        sentence = sentence or self.add_sentence(text)
        cue_start = sentence.start + sentence.text.index(cue)
        who = self._note(speaker[0], sentence, speaker[1])
        whom = [self._note(actor, sentence, name) for actor, name in targets]
        statement = Statement(
            doc=self.result.doc, type=type_, cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
            sentence=sentence, speaker=who, targets=whom, content=content, quote=quote, charge=charge,
            date=date, responds_to=[other.id for other in responds_to], events=[e.id for e in events],
        )
        self.result.statements.append(statement)
        return statement

    def event(self, text: str, trigger: str, event_type: str, date: str | None, place: str | None,
              participants: list[tuple[Actor, str]]) -> Event:
        sentence = self.add_sentence(text)
        start = sentence.start + text.index(trigger)
        event = Event(doc=self.result.doc, label=f"{event_type} in {place}" if place else event_type,
                      event_type=event_type, trigger=trigger, start=start, end=start + len(trigger),
                      date=date, place=place,
                      participants=[self._note(actor, sentence, name) for actor, name in participants])
        self.result.events.append(event)
        return event


def _first_document(extra_claim: bool = False) -> DocumentResult:
    one = ArticleBuilder("000_seedlike", "Moscow rejects war crimes charges brought by Kyiv and Paris",
                         "2022-11-24")
    title = one.result.sentences[0]
    strike = one.event("A new wave of strikes hit Kyiv on November 23.", "strikes", "strike", "2022-11-23",
                       "Kyiv", [(RUSSIA, "Russia"), (UKRAINE, "Kyiv")])
    by_kyiv = one.state("", "charges", "accuse", (UKRAINE, "Kyiv"), [(RUSSIA, "Moscow")],
                        content="war crimes", date="2022-11-24", charge="war crimes", sentence=title,
                        events=[strike])
    by_paris = one.state("", "charges", "accuse", (FRANCE, "Paris"), [(RUSSIA, "Moscow")],
                         content="war crimes", date="2022-11-24", charge="war crimes", sentence=title,
                         events=[strike])
    one.state("", "rejects", "deny", (RUSSIA, "Moscow"), [(UKRAINE, "Kyiv"), (FRANCE, "Paris")],
              content="war crimes charges", date="2022-11-24", charge="war crimes", sentence=title,
              responds_to=[by_kyiv, by_paris], events=[strike])
    zelensky = one.state(
        "Volodymyr Zelensky denounced a crime against humanity perpetrated by Russia.", "denounced",
        "accuse", (ZELENSKY, "Volodymyr Zelensky"), [(RUSSIA, "Russia")],
        content="a crime against humanity perpetrated by Russia", date="2022-11-23",
        charge="crimes against humanity", events=[strike])
    macron = one.state(
        "Emmanuel Macron affirmed that “any strike against civilian infrastructure constitutes a war crime”.",
        "affirmed", "accuse", (MACRON, "Emmanuel Macron"), [],
        content="any strike against civilian infrastructure constitutes a war crime", date="2022-11-23",
        quote=True, charge="war crimes", events=[strike])
    one.state("Moscow brushed aside the accusations leveled against it by the Ukrainian and French presidents.",
              "brushed aside", "deny", (RUSSIA, "Moscow"), [(ZELENSKY, "Ukrainian"), (MACRON, "French")],
              content="the accusations", date="2022-11-24", responds_to=[zelensky, macron], events=[strike])
    one.state("Asked about Macron's remarks, Dmitry Peskov indicated that Russia was ready to accept them.",
              "indicated", "claim", (PESKOV, "Dmitry Peskov"), [], content="Russia was ready to accept them",
              date="2022-11-24", responds_to=[macron])
    mutual = one.add_sentence("On November 17, Kyiv and Moscow had already accused each other.")
    one.state("", "accused", "accuse", (UKRAINE, "Kyiv"), [(RUSSIA, "Moscow")], date="2022-11-17",
              sentence=mutual)
    one.state("", "accused", "accuse", (RUSSIA, "Moscow"), [(UKRAINE, "Kyiv")], date="2022-11-17",
              sentence=mutual)
    one.state("The French Foreign Ministry issued a press release accusing Russia of war crimes.", "accusing",
              "accuse", (FRANCE, "French"), [(RUSSIA, "Russia")], content="war crimes", date="2022-11-24",
              charge="war crimes")
    if extra_claim:
        one.state("Paris later said it would host a conference on December 13.", "said", "claim",
                  (FRANCE, "Paris"), [], content="it would host a conference", date="2022-11-24")
    return one.result


def _second_document() -> DocumentResult:
    two = ArticleBuilder("001_seedlike", "Moscow rejects responsibility and calls for international discussions",
                         "2022-04-04")
    killing = two.event("Footage showed dead civilians in Bucha.", "dead civilians", "killing", None, "Bucha",
                        [(UKRAINE, "Bucha")])
    west = two.state("Moscow is accused of war crimes by the Western camp.", "accused", "accuse",
                     (WEST, "Western camp"), [(RUSSIA, "Moscow")], content="war crimes", date="2022-04-04",
                     charge="war crimes", events=[killing])
    denial = two.state("“We categorically reject all charges,” Dmitry Peskov told reporters.", "reject", "deny",
                       (PESKOV, "Dmitry Peskov"), [(WEST, "")], content="all charges", date="--04-04",
                       quote=True, responds_to=[west], events=[killing])
    two.state("He called on foreign leaders not to make hasty accusations against Moscow.", "called on", "demand",
              (PESKOV, "He"), [(WEST, "foreign leaders")], content="not to make hasty accusations",
              date="2022-04-04", responds_to=[denial])
    two.state("Sergei Lavrov described the facts reported in Bucha as an attack using false information.",
              "described", "claim", (LAVROV, "Sergei Lavrov"), [], content="an attack using false information",
              date="2022-04-04", events=[killing])
    return two.result


def seedlike_results() -> list[DocumentResult]:
    """Two articles shaped like the seeds (see the module docstring for what they say)."""
    return [_first_document(), _second_document()]


def changed_first_document() -> DocumentResult:
    """The first article again, with one more statement: loading it must replace its named graph."""
    return _first_document(extra_claim=True)
