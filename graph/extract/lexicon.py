"""The editable word lists of ``ontology/``, loaded once: cues, charges and event triggers.

Each list is a SKOS scheme in Turtle so that people extend newsgraph by editing data, not code.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, SKOS

__all__ = ["Cue", "Lexicon", "ONTOLOGY", "NG", "TYPE_OF_CLASS", "load_lexicon"]

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
NG = Namespace("https://w3id.org/newsgraph/ontology#")
TYPE_OF_CLASS = {NG.Accusation: "accuse", NG.Denial: "deny", NG.Demand: "demand", NG.Claim: "claim"}


@dataclass(frozen=True)
class Cue:
    """A cue: ``words[0]`` is the head lemma, the rest are particles, prepositions or objects."""

    words: tuple[str, ...]
    type: str  # accuse / deny / demand / claim
    part_of_speech: str  # verb / noun / preposition
    cameo: str
    responds: bool = False
    reciprocal: bool = False  # "trade blame": each speaker accuses the others
    complement: bool = False  # "called the claims absurd": a cue only with a complement
    quoted_object: bool = False  # "cries 'witch hunt'": a cue only with quoted words as its object
    after_quote: bool = False  # "«...», he launched": a cue only as a quotation's attribution
    said_object: bool = False  # "stands by its findings": a cue only with something said as its object
    appeal_object: bool = False  # "called the parties to restraint": a cue only with conduct asked for
    court_order: bool = False  # "court halts works": a cue only with a court or a judge as its subject
    sanction: bool = False  # "fined X over Y": a punishment, an accusation only with its reason
    accuses_owner: bool = False  # "points to the city's design": accuses the city, else a claim

    @property
    def label(self) -> str:
        return " ".join(self.words)


@dataclass
class Lexicon:
    verb_cues: dict[str, list[Cue]] = field(default_factory=dict)  # head lemma -> cues, longest first
    noun_cues: dict[str, Cue] = field(default_factory=dict)
    negated_cues: dict[str, Cue] = field(default_factory=dict)  # "do not accept that": cues only negated
    cue_objects: frozenset[str] = frozenset()  # "finger" in "point finger at": the object inside a cue
    charges: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-cased words -> charge label
    charge_starts: frozenset[str] = frozenset()  # the first words of the charges
    wrongdoing: frozenset[str] = frozenset()
    condemning: frozenset[str] = frozenset()  # wrongdoing words that accuse even with no culprit named
    denial_terms: frozenset[str] = frozenset()
    rejecting_terms: frozenset[str] = frozenset()  # "a travesty", "disproportionate": wrong, not false
    credibility_terms: frozenset[str] = frozenset()  # "credible", "serious": rejecting when denied
    involvement_terms: frozenset[str] = frozenset()  # "had no role in": denying a part in a wrong
    innocence_phrases: frozenset[str] = frozenset()  # "nothing to hide": said of oneself, a denial
    falsity_phrases: frozenset[str] = frozenset()  # "has nothing to do with reality": what was said is not so
    wrongdoers: frozenset[str] = frozenset()  # "smuggler", "terrorist": "not a smuggler" denies
    event_triggers: dict[tuple[str, ...], str] = field(default_factory=dict)  # lemmas -> event type
    # What every document's event finder asks of the triggers: the words they start with, the most words.
    trigger_starts: frozenset[str] = frozenset()
    longest_trigger: int = 1
    scheduling: frozenset[str] = frozenset()  # verbs that date the event named before them
    future_verbs: frozenset[str] = frozenset()  # verbs whose dates lie ahead ("scheduled for October 14")
    prospective_verbs: frozenset[str] = frozenset()  # verbs whose complements lie ahead ("invited them to meet")
    light_verbs: frozenset[str] = frozenset()  # "was", "took": verbs that name no act of their own
    irrealis: frozenset[str] = frozenset()  # "has until ... to respond": heads of cues not (yet) said
    source_nouns: frozenset[str] = frozenset()  # "statement", "report": documents that speak for their issuer
    said_nouns: frozenset[str] = frozenset()  # "suggestion", "account": something said
    appeal_nouns: frozenset[str] = frozenset()  # "restraint", "calm": conduct asked of others
    obligation_nouns: frozenset[str] = frozenset()  # "reminded the parties of their obligations": asked to keep them
    answer_nouns: frozenset[str] = frozenset()  # "a reaction of the UN": what the one asked is to give
    decision_nouns: frozenset[str] = frozenset()  # "move", "measure": something decided
    issuing_verbs: frozenset[str] = frozenset()  # "published a report": the subject issued it
    expressing_verbs: frozenset[str] = frozenset()  # "expressed its condemnation": the object says what it is
    document_cues: dict[str, Cue] = field(default_factory=dict)  # "the note reads": a cue only with a document
    headline_colon: Cue | None = None  # "Management: safety not at risk": a headline's speaker before a colon
    headline_intent: Cue | None = None  # "company to appeal": what a headline's noun says it will do
    intent_verbs: frozenset[str] = frozenset()  # "appeal", "challenge": the verbs of ``headline_intent``
    court_nouns: frozenset[str] = frozenset()  # "court", "judge": the subjects of court-order cues
    official_acts: frozenset[str] = frozenset()  # event types that are an actor's decisions (fines, rulings)
    undergone_after_of: frozenset[str] = frozenset()  # "the arrest of a journalist": whom it befalls
    noun_triggered: frozenset[str] = frozenset()  # event types named by a one-word trigger only as a noun
    statement_starts: frozenset[str] = frozenset()  # the first words of cues, "according", "for", speaking documents
    denial_verbs: frozenset[str] = frozenset()  # the first words of the verb cues of denials
    # The verbs a misread headline may hide ("watchdog fines airline"): the verb cues' first words, but
    # not a reciprocal's ("India, Pakistan trade blame" is read as it is, by its own rule).
    headline_verbs: frozenset[str] = frozenset()
    verb_phrases: frozenset[tuple[str, str]] = frozenset()  # ("trade", "blame"): the first two words of verb cues


def _parse(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY / name, format="turtle")
    return graph


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as spaCy's tokens: lower case, and a hyphen between letters is a token of its own
    ("sit-in" is "sit", "-", "in"), else "sit-in" never matches."""
    return tuple(re.findall(r"[^\s-]+|-", phrase.lower()))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lexicon = Lexicon()
    cues = _parse("cues.ttl")
    for concept in cues.subjects(RDF.type, SKOS.Concept):
        written = phrase_words(str(cues.value(concept, SKOS.prefLabel)))
        # "refuse to recognise": the infinitive's "to" hangs on the second verb, not on the cue.
        words = tuple(word for number, word in enumerate(written) if word != "to" or number == len(written) - 1)
        cue = Cue(
            words=words,
            type=TYPE_OF_CLASS[cues.value(concept, NG.cueType)],
            part_of_speech=str(cues.value(concept, NG.partOfSpeech)),
            cameo=str(cues.value(concept, NG.cameoCode)).rsplit("/", 1)[-1],
            responds=cues.value(concept, NG.respondCue) == Literal(True),
            reciprocal=cues.value(concept, NG.reciprocal) == Literal(True),
            complement=cues.value(concept, NG.requiresComplement) == Literal(True),
            quoted_object=cues.value(concept, NG.quotedObject) == Literal(True),
            after_quote=cues.value(concept, NG.afterQuote) == Literal(True),
            said_object=cues.value(concept, NG.saidObject) == Literal(True),
            appeal_object=cues.value(concept, NG.appealObject) == Literal(True),
            court_order=cues.value(concept, NG.courtOrder) == Literal(True),
            sanction=cues.value(concept, NG.sanctionCue) == Literal(True),
            accuses_owner=cues.value(concept, NG.accusesOwner) == Literal(True),
        )
        if cues.value(concept, NG.whenNegated) == Literal(True):
            lexicon.negated_cues[words[0]] = cue
        elif cues.value(concept, NG.documentOnly) == Literal(True):
            lexicon.document_cues[words[0]] = cue
        elif cue.part_of_speech == "noun":
            lexicon.noun_cues[words[0]] = cue
        elif cue.part_of_speech == "verb":
            lexicon.verb_cues.setdefault(words[0], []).append(cue)
        elif cue.part_of_speech == "punctuation":
            lexicon.headline_colon = cue
        elif cue.part_of_speech == "infinitive":
            lexicon.headline_intent = cue
            lexicon.intent_verbs = frozenset(str(verb) for verb in cues.objects(concept, NG.intentVerb))
    for options in lexicon.verb_cues.values():
        options.sort(key=lambda cue: -len(cue.words))
    lexicon.denial_verbs = frozenset(cue.words[0] for options in lexicon.verb_cues.values() for cue in options
                                     if cue.type == "deny")
    lexicon.headline_verbs = frozenset(first for first, options in lexicon.verb_cues.items()
                                       if not any(cue.reciprocal for cue in options))
    lexicon.verb_phrases = frozenset(cue.words[:2] for options in lexicon.verb_cues.values() for cue in options
                                     if len(cue.words) > 1)
    lexicon.cue_objects = frozenset(cue.words[1] for options in lexicon.verb_cues.values() for cue in options
                                    if len(cue.words) == 3)

    lexicon.irrealis = frozenset(str(word) for word in cues.objects(None, NG.irrealisHead))
    lexicon.source_nouns = frozenset(str(word) for word in cues.objects(None, NG.sourceNoun))
    lexicon.said_nouns = frozenset(str(word) for word in cues.objects(None, NG.saidNoun))
    lexicon.appeal_nouns = frozenset(str(word) for word in cues.objects(None, NG.appealNoun))
    lexicon.obligation_nouns = frozenset(str(word) for word in cues.objects(None, NG.obligationNoun))
    lexicon.answer_nouns = frozenset(str(word) for word in cues.objects(None, NG.answerNoun))
    lexicon.decision_nouns = frozenset(str(word) for word in cues.objects(None, NG.decisionNoun))
    lexicon.issuing_verbs = frozenset(str(word) for word in cues.objects(None, NG.issuingVerb))
    lexicon.expressing_verbs = frozenset(str(word) for word in cues.objects(None, NG.expressingVerb))
    lexicon.court_nouns = frozenset(str(word) for word in cues.objects(None, NG.courtNoun))

    charges = _parse("charges.ttl")
    for concept in charges.subjects(RDF.type, NG.Charge):
        label = str(charges.value(concept, SKOS.prefLabel))
        for name in [label, *map(str, charges.objects(concept, SKOS.altLabel))]:
            lexicon.charges[phrase_words(name)] = label
    lexicon.charge_starts = frozenset(words[0] for words in lexicon.charges if words)
    lexicon.wrongdoing = frozenset(str(term).lower() for term in charges.objects(None, NG.wrongdoingTerm))
    lexicon.denial_terms = frozenset(str(term).lower() for term in charges.objects(None, NG.denialTerm))
    lexicon.involvement_terms = frozenset(str(term).lower() for term in charges.objects(None, NG.involvementTerm))
    lexicon.innocence_phrases = frozenset(str(term).lower() for term in charges.objects(None, NG.innocencePhrase))
    lexicon.falsity_phrases = frozenset(str(term).lower() for term in charges.objects(None, NG.falsityPhrase))
    lexicon.wrongdoers = frozenset(str(term).lower() for term in charges.objects(None, NG.wrongdoerNoun))
    lexicon.rejecting_terms = frozenset(str(term).lower() for term in charges.objects(None, NG.rejectingTerm))
    lexicon.credibility_terms = frozenset(str(term).lower() for term in charges.objects(None, NG.credibilityTerm))
    lexicon.condemning = frozenset(str(term).lower() for term in charges.objects(None, NG.condemningTerm))
    lexicon.wrongdoing |= lexicon.condemning  # (a word that condemns by itself is a word of wrongdoing too)

    events = _parse("events.ttl")
    official, undergone, nouns = set(), set(), set()
    for concept in events.subjects(RDF.type, NG.EventType):
        event_type = str(events.value(concept, SKOS.prefLabel))
        if events.value(concept, NG.officialAct) == Literal(True):
            official.add(event_type)
        if events.value(concept, NG.undergoneAfterOf) == Literal(True):
            undergone.add(event_type)
        if events.value(concept, NG.nounTriggers) == Literal(True):
            nouns.add(event_type)
        for trigger in events.objects(concept, SKOS.altLabel):
            lexicon.event_triggers[phrase_words(str(trigger))] = event_type
    lexicon.trigger_starts = frozenset(words[0] for words in lexicon.event_triggers)
    lexicon.longest_trigger = max((len(words) for words in lexicon.event_triggers), default=1)
    lexicon.official_acts = frozenset(official)
    lexicon.undergone_after_of = frozenset(undergone)
    lexicon.noun_triggered = frozenset(nouns)
    lexicon.scheduling = frozenset(str(verb) for verb in events.objects(None, NG.schedulingVerb))
    lexicon.future_verbs = frozenset(str(verb) for verb in events.objects(None, NG.futureVerb))
    lexicon.prospective_verbs = frozenset(str(verb) for verb in events.objects(None, NG.prospectiveVerb))
    lexicon.light_verbs = frozenset(str(verb) for verb in events.objects(None, NG.lightVerb))
    lexicon.statement_starts = frozenset(
        [*lexicon.verb_cues, *lexicon.negated_cues, *lexicon.source_nouns, *lexicon.noun_cues, *lexicon.document_cues,
         "according", "for", "in", "thus", "so", "know"])  # ("know" of "let know", when "let" is its auxiliary to the parser)
    return lexicon
