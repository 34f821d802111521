"""Actors: the gazetteer, and turning noun phrases into canonical actors within one document.

Three sources of knowledge, in order of trust:
1. the gazetteer ``ontology/actors.ttl`` (labels, aliases and metonyms, demonyms, people's roles);
2. the document itself (titles before names, "Ukrainian President Volodymyr Zelensky");
3. the office and institution nouns of ``ontology/roles.ttl`` ("the French president", "the ministry").

An ``ActorBook`` holds the actors of one document. It first scans every sentence for mentions, so that
role nouns and pronouns can be resolved against the whole document ("the French president" -> the
Emmanuel Macron named three paragraphs later), then answers ``resolve(token)`` for the extractor.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from ..records import Actor, Mention
from .lexicon import NG, ONTOLOGY
from .quotes import OPENING

__all__ = ["ActorBook", "Gazetteer", "GazetteerEntry", "load_gazetteer", "gazetteer_patterns", "normalize"]

KIND_OF_CLASS = {NG.Person: "person", NG.Organization: "organization", NG.Country: "country", NG.Group: "group"}
RULER_LABEL = {"person": "PERSON", "organization": "ORG", "country": "GPE", "group": "NORP"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PERSONAL_PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
                     "it": "thing", "its": "thing", "they": "plural", "them": "plural", "their": "plural"}
PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# "called on the government": the country named before (or the one the story is about)
COUNTRY_NOUNS = {"government", "authorities", "junta"}
CHARGING_VERBS = {"accuse", "suspect", "convict", "acquit", "charge"}  # "of" after their object is the charge
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "det", "nummod", "quantmod", "advmod"}


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """A name as compared: ASCII-folded, lower case, no quotes, possessive or leading article."""
    # (a curly apostrophe is the straight one: "Quai d’Orsay", "Côte d’Ivoire", not "Quai dOrsay")
    folded = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'")).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"[\"“”«»\[\]()]", " ", folded)
    folded = re.sub(r"['’]s?\s*$", "", folded.strip())
    folded = re.sub(r"^(the|a|an)\s+", "", folded.strip())
    return re.sub(r"\s+", " ", folded).strip(" ,.;:")


ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr)\.$")


@lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """A surface form as shown to people: quotes, possessives and leading articles removed."""
    text = re.sub(r"[\"“”«»]", "", text).strip()
    text = re.sub(r"\s*\(\s*\)", "", text)  # "... Union ()" once its acronym is set aside
    text = re.sub(r"['’]s?$", "", text).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE).strip(" ,;:")
    # A final period is the sentence's, unless it ends an abbreviation: "Hydrotech Aegean S.A.", "Acme Inc."
    return text if ABBREVIATION_END.search(text) else text.strip(" ,.;:")


@dataclass
class GazetteerEntry:
    label: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    country: str | None = None  # label of the country or bloc
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None
    described_as: list[str] = field(default_factory=list)  # "group" in "the London-based rights group"

    @property
    def adjective(self) -> str:
        """The demonym that names its bodies: "Turkish Ministry of Defence", not "Turk" or "Turks"."""
        singular = [word for word in self.demonyms if not word.endswith("s") or word.endswith("ss")]
        return max(singular or self.demonyms, key=len) if self.demonyms else self.label


@dataclass
class Office:
    """A role or institution noun phrase from roles.ttl."""

    label: str
    is_person: bool
    stands_for_country: bool = False
    relational: bool = False  # "its enemy": the possessor is not the country meant
    posted_abroad: bool = False  # "the EU delegation in Manila": the place is not its country
    # "the diplomat" after "Foreign Ministry spokeswoman Yelena Vorontsova": other roles whose holders the
    # office's noun names again
    also_held_by: frozenset[str] = frozenset()


SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "while"})  # "denied it, before accusing ..."
GENERIC_LEADERS = {"leader", "official", "member", "executive", "officer", "head", "chief"}  # no role of their own
WARRING_SIDES = {"camp", "side", "belligerent"}  # "the two camps": the story's two sides


@dataclass
class Gazetteer:
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_name: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_demonym: dict[str, GazetteerEntry] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)  # lower-case phrase -> office
    anaphoric: set[str] = field(default_factory=set)  # "company", "union": organizations named again
    governed_places: set[str] = field(default_factory=set)  # "the city": the city named before
    kinds: dict[str, set[str]] = field(default_factory=dict)  # "company" -> {"company", "firm", "carmaker", ...}
    generic_kinds: set[str] = field(default_factory=set)  # "company", "union": each kind's own word
    body_words: set[str] = field(default_factory=set)  # every word above: a noun that says "a body"
    name_endings: set[str] = field(default_factory=set)  # "Watch" in "Mizani Watch": a body's name, not a person's
    self_describing: set[str] = field(default_factory=set)  # "group" in "the Hamas militant group": Hamas itself
    name_particles: set[str] = field(default_factory=set)  # "al" in "Hamoud al-Sharafi": part of a name
    generic_bodies: set[str] = field(default_factory=set)  # "the group", "the institution": the body last named
    envoy_bodies: set[str] = field(default_factory=set)  # "the ICRC delegation": the body it is sent by
    name_prefixes: set[str] = field(default_factory=set)  # "PT" in "PT Halmahera Sentosa Nikel": a company's name
    state_roles: set[str] = field(default_factory=set)  # "Foreign Minister": a role that speaks for its state
    people: set[str] = field(default_factory=set)  # "analysts", "witnesses": unnamed speakers
    groups: set[str] = field(default_factory=set)  # "loggers", "visitors": blamed, described, not named
    body_roles: set[str] = field(default_factory=set)  # "executive director": an office only a body has
    places: set[str] = field(default_factory=set)  # "territory", "province": kinds of place
    local_modifiers: set[str] = field(default_factory=set)  # "municipal government": not the country
    home_bodies: set[str] = field(default_factory=set)  # "the army", "police": the dateline country's
    member_nouns: set[str] = field(default_factory=set)  # "the federation's leaders": the federation
    campaign_nouns: set[str] = field(default_factory=set)  # "the candidacy of Januário Lopes": his campaign
    inhabitants: set[str] = field(default_factory=set)  # "residents of Kamsar": Kamsar is a place
    vessels: set[str] = field(default_factory=set)  # "the minesweeper Ivan Golubets": a ship
    trades: set[str] = field(default_factory=set)  # "the prosecutors": the prosecutor's office named before
    genders: dict[str, str] = field(default_factory=dict)  # "spokeswoman" -> "female", "Mr" -> "male"
    longest_office: int = 1
    office_ends: set[str] = field(default_factory=set)  # the first and last words of every office phrase

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self.by_name.get(normalize(text))

    def persons_office(self, word: str) -> bool:
        """Whether a (lower-case) word names a person's office or title: "minister", "coordinator", "general"."""
        office = self.offices.get(word)
        return office is not None and office.is_person

    def names_country(self, text: str) -> bool:
        """Whether a name is a country's, or one of its aliases ("Kyiv", "Moscow")."""
        entry = self.lookup(text)
        return entry is not None and entry.kind == "country"

    def demonym(self, text: str) -> GazetteerEntry | None:
        """Nationality words are capitalised in English: "western Ukraine" names no bloc."""
        if not text[:1].isupper():
            return None
        entry = self.by_demonym.get(normalize(text))
        if entry is None and text.endswith(("man", "woman")):  # "Dutchman", "Frenchwoman"
            entry = self.by_demonym.get(normalize(text.removesuffix("woman").removesuffix("man")))
        return entry

    def country_of(self, entry: GazetteerEntry) -> str | None:
        if entry.kind in ("country", "group"):
            return entry.label
        return entry.country


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return sorted(str(value) for value in graph.objects(subject, predicate) if isinstance(value, Literal))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read actors.ttl and roles.ttl once per process."""
    graph = Graph()
    actors_file = ONTOLOGY / "actors.ttl"
    if actors_file.exists():
        graph.parse(actors_file, format="turtle")
    gazetteer = Gazetteer()
    for actor_class, kind in KIND_OF_CLASS.items():
        for subject in graph.subjects(RDF.type, actor_class):
            label = graph.value(subject, RDFS.label)
            if label is None:
                continue
            country = graph.value(subject, NG.country)
            wikidata = graph.value(subject, OWL.sameAs)
            entry = GazetteerEntry(
                label=str(label), kind=kind, aliases=_strings(graph, subject, SKOS.altLabel),
                demonyms=_strings(graph, subject, NG.demonym),
                country=str(graph.value(country, RDFS.label)) if country is not None else None,
                roles=_strings(graph, subject, NG.role),
                wikidata=str(wikidata).rsplit("/", 1)[-1] if wikidata is not None else None,
                described_as=_strings(graph, subject, NG.describedAs),
            )
            gazetteer.entries[entry.label] = entry
    # Labels win over aliases, so that an alias can never steal another actor's own name.
    for entry in gazetteer.entries.values():
        for alias in entry.aliases:
            gazetteer.by_name.setdefault(normalize(alias), entry)
        for demonym in entry.demonyms:
            gazetteer.by_demonym.setdefault(normalize(demonym), entry)
    for entry in gazetteer.entries.values():
        gazetteer.by_name[normalize(entry.label)] = entry

    roles = Graph()
    roles.parse(ONTOLOGY / "roles.ttl", format="turtle")
    for subject in roles.subjects(RDF.type, NG.AnaphoricNoun):
        gazetteer.anaphoric.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel))
    for subject in roles.subjects(RDF.type, NG.PeopleNoun):
        gazetteer.people.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel))
    for subject in roles.subjects(RDF.type, NG.GroupNoun):
        gazetteer.groups.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel))
    for subject in roles.subjects(RDF.type, NG.GenderedNoun):
        gender = str(roles.value(subject, NG.gender))
        gazetteer.genders.update((phrase.lower(), gender) for phrase in _strings(roles, subject, SKOS.altLabel))
    gazetteer.local_modifiers = {str(word).lower() for word in roles.objects(None, NG.localModifier)}
    gazetteer.home_bodies = {str(word).lower() for word in roles.objects(None, NG.homeBody)}
    gazetteer.member_nouns = {str(word).lower() for word in roles.objects(None, NG.memberNoun)}
    gazetteer.campaign_nouns = {str(word).lower() for word in roles.objects(None, NG.campaignNoun)}
    gazetteer.governed_places = {str(word).lower() for word in roles.objects(None, NG.governedPlace)}
    gazetteer.inhabitants = {str(word).lower() for word in roles.objects(None, NG.inhabitantNoun)}
    gazetteer.vessels = {str(word).lower() for word in roles.objects(None, NG.vesselNoun)}
    gazetteer.trades = {str(word).lower() for word in roles.objects(None, NG.tradeNoun)}
    gazetteer.name_endings = {str(word).lower() for word in roles.objects(None, NG.nameEnding)}
    gazetteer.name_prefixes = {str(word).lower() for word in roles.objects(None, NG.namePrefix)}
    gazetteer.self_describing = {str(word).lower() for word in roles.objects(None, NG.selfDescribingNoun)}
    gazetteer.name_particles = {str(word).lower() for word in roles.objects(None, NG.nameParticle)}
    gazetteer.generic_bodies = {str(word).lower() for word in roles.objects(None, NG.genericBodyNoun)}
    gazetteer.envoy_bodies = {str(word).lower() for word in roles.objects(None, NG.envoyBodyNoun)}
    gazetteer.state_roles = {str(roles.value(role, SKOS.prefLabel)) for role in roles.subjects(NG.speaksForState, None)}
    for subject in roles.subjects(RDF.type, NG.PlaceNoun):
        gazetteer.places.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel))
    for subject in roles.subjects(RDF.type, NG.BodyRoleNoun):
        gazetteer.body_roles.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel))
    for subject in roles.subjects(RDF.type, NG.OrganizationKind):
        gazetteer.generic_kinds.update(phrase.lower() for phrase in _strings(roles, subject, SKOS.prefLabel))
        synonyms = {phrase.lower() for phrase in _strings(roles, subject, SKOS.altLabel)}
        for word in synonyms:
            gazetteer.kinds[word] = synonyms
    gazetteer.body_words = gazetteer.anaphoric | set(gazetteer.kinds)
    for office_class, is_person in ((NG.RoleNoun, True), (NG.InstitutionNoun, False)):
        for subject in roles.subjects(RDF.type, office_class):
            office = Office(str(roles.value(subject, SKOS.prefLabel)), is_person,
                            roles.value(subject, NG.standsForCountry) == Literal(True),
                            roles.value(subject, NG.relational) == Literal(True),
                            roles.value(subject, NG.postedAbroad) == Literal(True),
                            frozenset(word.lower() for word in _strings(roles, subject, NG.alsoHeldBy)))
            for phrase in _strings(roles, subject, SKOS.altLabel):
                gazetteer.offices.setdefault(phrase.lower(), office)
                words = phrase.lower().split()
                gazetteer.longest_office = max(gazetteer.longest_office, len(words))
                gazetteer.office_ends.update((words[0], words[-1]))
    return gazetteer


def gazetteer_patterns() -> list[dict]:
    """Entity ruler patterns for every gazetteer name, matched on the exact spelling.

    Single-word country names also match in lower case: machine translation writes "kyiv".
    Case matters otherwise, so that "US" never matches the pronoun "us".
    """
    patterns = []
    for entry in load_gazetteer().entries.values():
        for name in {entry.label, *entry.aliases}:
            variants = {name, name[:1].upper() + name[1:]}
            if entry.kind == "country" and " " not in name and len(name) > 3 and not name.isupper():
                variants.add(name.lower())
            for variant in variants:
                patterns.append({"label": RULER_LABEL[entry.kind], "pattern": variant, "id": entry.label})
    return patterns




_BRACKETED_ACRONYM = re.compile(r"^(.+?)\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)?$")
_MINOR_WORDS = {"of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le", "&",
                "della", "delle", "dei", "degli", "del", "di", "e", "y", "da", "do", "dos", "das", "et", "pour",
                "par", "sur", "au", "aux", "les", "el", "los", "las", "para", "por", "per", "der", "die", "und",
                "für", "van", "von"}


def _initials(name: str) -> str:
    """"International Table Tennis Union" -> "ITTU" (minor words left out)."""
    return "".join(word[0] for word in name.split() if word.lower() not in _MINOR_WORDS and word[:1].isalpha()).upper()


def written(words: Iterable[Token]) -> str:
    """Words of a phrase as the text writes them, with a space where words left out stood between
    ("Kuki-Zo legislators, including seven ..., said": "Kuki-Zo legislators", not "legislatorsincluding")."""
    words = sorted(words, key=lambda t: t.i)
    return "".join(t.text + (t.whitespace_ or (" " if following.i > t.i + 1 else ""))
                   for t, following in zip(words, words[1:])) + (words[-1].text if words else "")


def left_modifiers(head: Token) -> list[Token]:
    """Tokens that modify a noun from the left (articles, adjectives, compounds, possessives)."""
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ == "case":
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda token: token.i)


def called_a_place(name: Token, gazetteer: Gazetteer) -> bool:
    """Whether the text says what place a name is: "the coastal town of Gunjur"."""
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in gazetteer.places


def subject_bearer(verb: Token) -> Token:
    """The verb whose subject a coordinated verb or a participle shares: "Veridian disputed ... and said
    it would ask", "the coast guard boarded and seized a trawler", "the court ordered ..., ruling that"."""
    while (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head != verb:
        verb = verb.head
    return verb


def gerund_of_time(verb: Token) -> bool:
    """ "denied any involvement, before accusing French television of ...": a gerund after "before", "after"
    or "while" shares the subject of the verb the phrase hangs on."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SEQUENCE_PREPOSITIONS \
        and verb.head.head != verb.head


@dataclass(frozen=True)
class TokenTable:
    """The lower-case form, lower-case lemma, coarse part of speech and tag of every token of a parsed
    block, by token index, read once per block.

    spaCy makes a new string each time a token is asked for ``lower_``, ``lemma_``, ``pos_`` or ``tag_``
    (about 100 ns each), and a new ``Token`` for each token a span yields. Statements, events and the
    scan for actors each walk every token of every sentence, most only to pass it over at once: they
    look here first, and make the token only for the few that may matter.

    The table itself is read as one array of the four attributes' hashes (``Doc.to_array``), whose
    strings are looked up in ``_TEXTS``: half the cost of asking each token for them.
    """

    lower: list[str]
    lemma: list[str]  # lower-cased, as every test of a lemma compares it
    pos: list[str]
    tag: list[str]

    @classmethod
    def of(cls, doc) -> TokenTable:
        if not len(doc):
            return cls([], [], [], [])
        lower, lemma, pos, tag = doc.to_array([LOWER, LEMMA, POS, TAG]).T.tolist()
        strings = doc.vocab.strings
        return cls(lower=_texts(lower, strings), lemma=_texts(lemma, strings, lowered=True),
                   pos=_texts(pos, strings), tag=_texts(tag, strings))


# A hash of spaCy's StringStore (or a part of speech's id) -> its string, and in lower case: the
# words of a process's articles are mostly the same few thousand.
_TEXTS: dict[int, str] = {}
_LOWERED_TEXTS: dict[int, str] = {}


def _texts(keys: list[int], strings, lowered: bool = False) -> list[str]:
    known = _LOWERED_TEXTS if lowered else _TEXTS
    if len(known) > 1_000_000:  # a bound for a process that reads a whole archive
        known.clear()
    try:  # mostly words met before: looked up at C speed, without a test per word
        return list(map(known.__getitem__, keys))
    except KeyError:
        return [known[key] if key in known else _learn(known, key, strings, lowered) for key in keys]


def _learn(known: dict[int, str], key: int, strings, lowered: bool) -> str:
    text = strings[key].lower() if lowered else strings[key]
    known[key] = text
    return text


def _one_of(name: Token) -> list[Token]:
    """The nouns a name is one of: "companies" for "Guaraní Hash" in "one of the raided companies, Guaraní
    Hash"."""
    if name.dep_ != "appos" or not (name.head.lower_ == "one" or name.head.pos_ == "NUM"):
        return []
    return [pobj for prep in name.head.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def _with_compounds(name: Token) -> str:
    """A proper noun with the names the parser hangs on it as compounds: "North Macedonia", "Sri Lanka"
    (the possessive "North Macedonia's" has "Macedonia" for its word)."""
    words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [name]
    return " ".join(word.text for word in words)


def _gathering(token: Token) -> Token | None:
    """The "of" phrase by which an indefinite noun says whom it gathers: "an association of private
    clinics", "a coalition of 30 civil society groups" (a body introduced, not one named before)."""
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in token.lefts):
        return None
    return next((prep for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of" and any(
        p.dep_ == "pobj" and p.tag_ == "NNS" and not p.ent_type_ for p in prep.children)), None)


def _described(actor: Actor) -> bool:
    """Whether an actor is people described, not named: a group ("Witnesses", "residents of Kamsar"), or
    its head word is lower case ("Indian Security forces"; not "United Nations", "Armed Forces of Ukraine")."""
    head = actor.label.split(" of ")[0].split()
    return actor.kind == "group" or bool(head) and head[-1][:1].islower()


def is_plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or any(child.dep_ == "conj" for child in token.children)


class ActorBook:
    """The actors of one document and where they were mentioned."""

    def __init__(self, doc_id: str, gazetteer: Gazetteer | None = None) -> None:
        self.doc_id = doc_id
        self.gazetteer = gazetteer or load_gazetteer()
        self.actors: dict[str, Actor] = {}
        self.entries: dict[str, GazetteerEntry] = {}
        self.history: list[tuple[int, Actor, bool, bool]] = []  # (offset, actor, plural, salient)
        self.quoted: dict[int, set[int]] = {}  # id(spaCy doc) -> indices of tokens inside quotation marks
        self.cache: dict[tuple[int, int], list[Actor]] = {}
        self.offices: dict[tuple[int, int], Office | None] = {}  # (id(doc), token index) -> what ``office`` found
        self.offsets: dict[int, int] = {}  # id(spaCy doc) -> offset of its block in the text
        self.text = ""  # the document's decoded text, which every offset points into
        self.sentences: dict[int, list[Span]] = {}  # id(spaCy doc) -> the sentence of each token
        self.entities: dict[int, list[Span | None]] = {}  # id(spaCy doc) -> the entity of each token
        self.sentence_entities: dict[tuple[int, int], list[Span]] = {}  # (id(doc), sentence start) -> entities
        self.tables: dict[int, TokenTable] = {}  # id(spaCy doc) -> the words of its tokens
        self.named_people: set[str] = set()  # gazetteer people named in this document
        self.genders: dict[int, str] = {}  # id(person) -> "female" / "male", from words and pronouns
        self.sentence_starts: list[int] = []  # offsets of the document's sentences, in order
        self.quote_openings: set[int] = set()  # offsets of sentences that open a quote going on after them
        self.scanned: list[Span] = []  # the document's sentences, in order
        self.quoted_starts: set[int] = set()  # offsets of mentions inside quotation marks
        self.descriptors: dict[str, set[str]] = {}  # actor label -> nouns it was described with
        self.referred_as: dict[str, set[str]] = {}  # actor label -> nouns that named it again ("the company")
        self.issuers: dict[str, Actor] = {}  # "statement" -> who last spoke "in a statement"
        self.body_names: dict[str, str] = {}  # "Kestrel" -> "Kestrel Resources", named anywhere in the text
        self.places_named: set[str] = set()  # names the text calls a place: "the town of Gunjur"
        self.campaigns: dict[str, Actor] = {}  # a candidate's label -> the campaign running for them
        self.outlet = ""  # who published the story ("Vostok-Inform"): a headline's "– Vostok-Inform" is no speaker
        self.home: str | None = None  # the country of the dateline's capital ("ACCRA, Nov 3 (Meridian)")
        self.home_is_local = False  # the dateline names the country after a town ("GUSAU, Nigeria")
        self.names_given: list[tuple[int, str, Actor]] = []  # "The group, Clearline": (place, noun, body)
        self.headlines: set[int] = set()  # id(spaCy doc) of title and heading blocks
        self.headline_people: set[str] = set()  # people named only in a headline so far ("Hurdler Quental")
        self.voices: list[tuple[int, Actor, str | None]] = []  # (place, body, gender) of unnamed spokespeople
        self.subject_pronouns: dict[int, tuple[str, Actor]] = {}  # place of a "he"/"she" subject -> (it, whom)

    # ----- the parsed blocks ------------------------------------------------------------------

    def record_issuer(self, document: str, author: Actor) -> None:
        """Who issued the latest document of a kind ("statement" -> the ministry), kept in the order
        issued: "the text" is the latest of any kind."""
        self.issuers.pop(document, None)
        self.issuers[document] = author

    def set_dateline(self, place: str) -> None:
        """ "ACCRA, Nov 3 (Meridian)": a capital the gazetteer knows gives the story's home country, and
        so does the country after a town it does not know ("GUSAU, Nigeria, Nov 12")."""
        self.home, self.home_is_local = None, False
        # ("VEJLE - ...": the town datelined is a place wherever NER takes it for a body below)
        self.places_named.add(place.split("(")[0].split(",")[0].strip().title())
        for number, part in enumerate(place.split("(")[0].split(",")[:2]):
            entry = self.gazetteer.lookup(part.strip().title())
            if entry is not None and self.gazetteer.country_of(entry):
                self.home = self.gazetteer.country_of(entry)
                self.home_is_local = number == 1  # a town in that country, not a capital's news bureau
                return

    def add_block(self, doc, offset: int, headline: bool = False) -> None:
        """Index a parsed block once: ``token.sent`` and entity look-ups are slow in spaCy."""
        self.offsets[id(doc)] = offset
        self.tables[id(doc)] = TokenTable.of(doc)
        if headline:
            self.headlines.add(id(doc))
        sentences: list[Span] = [None] * len(doc)  # type: ignore[list-item]
        for sent in doc.sents:
            for index in range(sent.start, sent.end):
                sentences[index] = sent
        self.sentences[id(doc)] = sentences
        entities: list[Span | None] = [None] * len(doc)
        ents = doc.ents  # (a new tuple of new spans on each call)
        for entity in ents:
            for index in range(entity.start, entity.end):
                entities[index] = entity
            # Span.ents walks the whole document each time: keep each sentence's entities once.
            self.sentence_entities.setdefault((id(doc), sentences[entity.start].start), []).append(entity)
        self.entities[id(doc)] = entities
        for entity in ents:
            if entity.label_ == "ORG" and len(entity) > 1 and entity[0].pos_ == "PROPN":
                self.body_names.setdefault(entity[0].text, clean_surface(self.span_text(entity)))

    def entities_in(self, sentence: Span) -> list[Span]:
        return self.sentence_entities.get((id(sentence.doc), sentence.start), [])

    def sentence(self, token: Token) -> Span:
        return self.sentences[id(token.doc)][token.i]

    def entity(self, token: Token) -> Span | None:
        entity = self.entities[id(token.doc)][token.i]
        return entity if entity is not None and entity.label_ in NAME_ENTITIES else None

    def span_text(self, span: Span) -> str:
        """``span.text``, cut from the document's text: spaCy joins the span's tokens again on each call."""
        offset = self.offsets.get(id(span.doc), 0)
        return self.text[offset + span.start_char: offset + span.end_char]

    def slice(self, first: Token, last: Token) -> str:
        """The document text from ``first`` to ``last`` (inclusive), without rebuilding ``doc.text``."""
        offset = self.offsets.get(id(first.doc), 0)
        return self.text[offset + first.idx: offset + last.idx + len(last.text)]

    # ----- building actors -------------------------------------------------------------------

    def from_entry(self, entry: GazetteerEntry) -> Actor:
        actor = self.actors.get(entry.label)
        if actor is None:
            actor = Actor(
                label=entry.label, kind=entry.kind, aliases=[], wikidata=entry.wikidata,
                country=self.gazetteer.country_of(entry), role=entry.roles[0] if entry.roles else None,
            )
            self.actors[entry.label] = actor
            self.entries[entry.label] = entry
            if entry.described_as:  # ("the London-based rights group": what the news knows it as)
                self.descriptors.setdefault(entry.label, set()).update(entry.described_as)
        return actor

    def named(self, label: str, kind: str, country: str | None = None, role: str | None = None) -> Actor:
        entry = self.gazetteer.lookup(label)
        if entry is not None:
            return self.from_entry(entry)
        actor = self.actors.get(label)
        if actor is None:
            actor = Actor(label=label, kind=kind, country=country, role=role)
            self.actors[label] = actor
        else:
            actor.country = actor.country or country
            actor.role = actor.role or role
        return actor

    def country(self, label: str) -> Actor:
        return self.named(label, "country", country=label)

    def note(self, actor: Actor, token_or_span: Token | Span, surface: str | None = None,
             antecedent: bool = True) -> None:
        """Record a mention: offsets for provenance, the surface as an alias, the place for pronouns
        (unless not an ``antecedent``)."""
        start_token = token_or_span if isinstance(token_or_span, Token) else token_or_span[0]
        end_token = token_or_span if isinstance(token_or_span, Token) else token_or_span[-1]
        offset = self.offsets.get(id(start_token.doc), 0)
        start, end = offset + start_token.idx, offset + end_token.idx + len(end_token.text)
        written = self.slice(start_token, end_token)
        text = surface if surface is not None else clean_surface(written)
        # Aliases are names ("Moscow", "Russian Defense Ministry", "kyiv"), never bare common nouns.
        is_name = any(char.isupper() for char in text) or " " in text.strip() or (
            self.gazetteer.lookup(text) is not None and self.gazetteer.lookup(text).label == actor.label)
        if not is_name and actor.country and written.lower() in self.gazetteer.home_bodies and actor.kind == "organization":
            # "the military", said of the Burmese army: a name once its country is said ("Myanmar's military").
            text, is_name = f"{actor.country}'s {written.lower()}", True
        if text and is_name and normalize(text) != normalize(actor.label) and text not in actor.aliases \
                and not text.lower() in PERSONAL_PRONOUNS and len(text) <= 80:
            actor.aliases.append(text)
        if not any(m.start == start and m.end == end for m in actor.mentions):
            actor.mentions.append(Mention(self.doc_id, start, end, written))
        head = token_or_span if isinstance(token_or_span, Token) else token_or_span.root
        if head.pos_ == "NOUN":
            # Someone described, not named, goes by the description as written: "the city council", "The
            # Sao Paulo-based company", "a source in the Ministry of Foreign Affairs".
            first = start_token.doc[head.left_edge.i]
            for phrase in (self.slice(first, end_token), self.slice(first, head.right_edge)):
                article = phrase.split(" ", 1)[0]
                as_written = normalize(phrase) == normalize(f"{article} {actor.label}")
                if article.lower() in ("the", "a", "an") and as_written and phrase not in actor.aliases:
                    actor.aliases.append(phrase)
        quoted = head.i in self.quoted.get(id(head.doc), set())
        if quoted:
            self.quoted_starts.add(start)
        # Kept in text order: mentions resolved during extraction come after the scan's, and "the
        # latest actor before a pronoun" is the latest in the text, not the latest resolved.
        salient = antecedent and not quoted and self.salient(head)
        bisect.insort(self.history, (start, actor, is_plural(head), salient), key=lambda item: item[0])

    def salient(self, head: Token) -> bool:
        """A mention a later "he" or "they" can point to: a subject (its caller sets aside those inside
        quotation marks)."""
        # "According to the Minister of Security and Civil Protection, Komlan Adjévi, ...": the source's name
        # set off after its office, wherever the parser hangs it
        name = self.entity(head) if head.ent_type_ == "PERSON" else None
        if name is not None and name.start >= 2 and head.doc[name.start - 1].text == ",":
            node = head.doc[name.start - 2]
            while node.dep_ in ("pobj", "prep", "compound", "conj", "cc") and node.head != node:
                if _according_to_source(node):
                    return True
                node = node.head
        # "The head of Russian diplomacy Sergei Lavrov said": the name sits inside the subject phrase.
        while head.dep_ in ("pobj", "prep", "appos", "compound", "conj") and head.head != head \
                and head.head.pos_ in ("NOUN", "PROPN", "ADP"):
            if _according_to_source(head):
                return True  # "according to the ministry": the source speaks
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            # The subject of a main clause, not of what it reports: in "the regulator said Kestrel had
            # processed ...", a later "It ordered" is the regulator. (A report put first is the
            # sentence's topic: "The FDA does not comment ..., a spokeswoman said.")
            verb = head.head
            if verb.dep_ in ("ccomp", "relcl", "acl") and not (verb.dep_ == "ccomp" and verb.i < verb.head.i):
                return False
            # "According to the ministry, Armenian units fired": units is what the ministry reports
            # (most blocks have no "according" at all, and then no child of the verb is one)
            # ("rejected the accusations of Kyiv, according to which ...": a relative clause, her subject's)
            lower = self.tables[id(verb.doc)].lower
            return "according" not in lower or not any(
                lower[c.i] == "according" and lower[min(c.i + 2, len(lower) - 1)] not in ("which", "whom")
                for c in verb.children)
        return head.dep_ == "ROOT" or (head.dep_ == "pobj" and head.head.dep_ == "agent")

    # ----- scanning a document ---------------------------------------------------------------

    def scan(self, sentences: Iterable[Span]) -> None:
        """Find every named or office mention first, so later resolution sees the whole document."""
        sentences = list(sentences)
        self.sentence_starts = sorted(self.position(sentence[0]) for sentence in sentences if len(sentence))
        self.quote_openings = {self.position(sentence[0]) for sentence in sentences if _opens_a_quote(sentence)}
        self.scanned = sentences
        named = self._named_countries(sentences)
        if self.home is not None and not self.home_is_local and named.get(self.home, 0) <= (
                1 if max(named.values(), default=0) >= 4 else 0) < max(named.values(), default=0):
            # BANGKOK on a story about Myanmar: a bureau, not the story's country, though the story may
            # name it once in passing (a story that names no country is the capital's country's)
            self.home = None
        if self.home is None and named:
            ranked = sorted(named.values(), reverse=True) + [0]
            if ranked[0] >= 2 * ranked[1]:
                self.home = max(named, key=lambda country: named[country])  # a story about one country
        # Full names first, for the role nouns and surnames before them; a one-word "person" waits
        # for its turn in the text, where it may be a body's short name ("Baltholm" after
        # "Baltholm Ferries").
        for sentence in sentences:
            for entity in self.entities_in(sentence):
                if entity.label_ == "PERSON" and len(entity) > 1:
                    self.resolve(entity.root)
        # A headline's unnamed "Watchdog sues grocer" is the regulator the body names below: its nouns
        # are resolved once the body's names are known (a resolution, once made, is kept).
        headline_nouns: list[Token] = []
        for sentence in sentences:
            doc = sentence.doc
            headline = id(doc) in self.headlines
            pos = self.tables[id(doc)].pos
            for index in range(sentence.start, sentence.end):
                if pos[index] not in ("PROPN", "NOUN"):
                    continue
                token = doc[index]
                # (and a body named without its country: "Ministry of Foreign Affairs: «...»" is the one the
                # text names "of Ukraine")
                if headline and (token.ent_type_ not in NAME_ENTITIES or token.ent_type_ == "ORG" and any(
                        word.lower_ in self.gazetteer.body_words for word in self.entity(token))):
                    headline_nouns.append(token)
                else:
                    self._scan_noun(token)
        for token in headline_nouns:
            self._scan_noun(token)

    def _scan_noun(self, token: Token) -> None:
        """Resolve a noun that may name an actor, so that it is known before anything is read."""
        # Every noun of every article passes here: the cheap tests first (n_rights, isupper, the table).
        words, index = self.tables[id(token.doc)], token.i
        pos = words.pos[index]
        named_by_apposition = pos == "NOUN" and token.n_rights and any(  # "technology group Orbitex"
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == index + 1
            and _title_words(token.doc[index + 1:c.i + 1]) for c in token.rights)
        if words.lower[index] in self.gazetteer.offices and token.n_lefts:
            self._owner_is_a_body(token)  # "Mizani's executive director"
        if token.ent_type_ in NAME_ENTITIES or self.office(token) or named_by_apposition:
            # (and a body the gazetteer knows, named before its person's office, "The WHO representative Jarno
            # Halvorsen": "the organisation" after it is the WHO)
            if token.dep_ not in ("compound", "amod") or token.ent_type_ == "PERSON" or token.ent_type_ == "ORG" \
                    and token.dep_ == "compound" and self.gazetteer.persons_office(token.head.lower_) \
                    and (entry := self.gazetteer.lookup(token.text)) is not None and entry.kind == "organization":
                found = self.resolve(token)
                head = token.head
                if token.dep_ == "appos" and head.pos_ == "NOUN" and len(found) == 1 \
                        and found[0].kind == "organization" and any(
                            c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
                    # "The group, Clearline, said": the name of "a rights group" described before.
                    self.names_given.append((self.position(head), head.lemma_.lower(), found[0]))
        elif (token.text.isupper() or token.is_title) and token.i and token.doc[token.i - 1].text == "(":
            self.acronym(token)  # "... Economic Defence (CADE)": defined for the mentions after it
        elif pos == "PROPN" and len(token) > 1 and token.text.isupper():
            # "The IIHF rejected that account. '...,' a spokeswoman said": an abbreviation NER left
            # out is a mention as early as a name, which "a spokeswoman" or "it" may point to.
            self.resolve(token)
        elif token.dep_ == "nsubj" and words.tag[index] == "NN" and words.lemma[index] in self.gazetteer.people \
                and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in token.lefts):
            # "One former deckhand ... described being struck": someone "he" may be next, though
            # no speech verb of his was met yet
            self.unnamed(token)
        elif token.dep_ in ("nsubj", "nsubjpass") and token.is_title and (
                pos == "PROPN" or token.is_sent_start):  # the tagger's "Lobo faces": a noun
            # "Quental faces a ban": a surname NER missed is still a mention "her" can point to.
            known = self._known_name(token)
            if known is not None and known.kind == "person":
                self.note(known, token)

    def _named_countries(self, sentences: list[Span]) -> dict[str, int]:
        """How often the text names each country, by name, capital or nationality ("Myanmar", "Caracas",
        "Thai")."""
        counts: dict[str, int] = {}
        for sentence in sentences:
            for entity in self.entities_in(sentence):
                if entity.label_ in ("GPE", "NORP"):
                    text = self.span_text(entity)
                    entry = self.gazetteer.lookup(text) or self.gazetteer.demonym(text)
                elif entity.label_ == "ORG":  # the small model's "Cameroon's" (ORG): still the country
                    entry = self.gazetteer.lookup(clean_surface(self.span_text(entity)))  # (without its "'s")
                    entry = entry if entry is not None and entry.kind == "country" else None
                else:
                    continue
                country = self.gazetteer.country_of(entry) if entry is not None else None
                if country is not None:
                    counts[country] = counts.get(country, 0) + 1
        return counts

    # ----- resolution ------------------------------------------------------------------------

    def resolve(self, token: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` refers to, one per coordinated member."""
        key = (id(token.doc), token.i)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = []  # guards against cycles through appositions and relative clauses
        actors: list[Actor] = []
        members = [*self._name_joined_before(token), token, *(
            member for member in (token.conjuncts if token.dep_ != "conj" else []) if spliced_verb(member) is None)]
        for member in members:
            # "The faculty association and the librarians' union", "A private freight operator and the
            # state railway company": a described body beside another one
            # (or initials NER missed: "South Sudan's army and the main opposition SPLM-IO")
            found = self._resolve_one(member) or (self.unnamed(member) or (
                self.proper(member) if member.pos_ == "PROPN" and member.is_upper and actors else []) if len(members) > 1 else [])
            for actor in found:
                if actor not in actors:
                    actors.append(actor)
        if token.lower_ not in PERSONAL_PRONOUNS and token.lower_ not in RELATIVE_PRONOUNS:
            self.cache[key] = actors
        else:
            del self.cache[key]
        return actors

    def _name_joined_before(self, token: Token) -> list[Token]:
        """ "Amnesty International and Human Rights Watch demanded": a name joined by "and" to the one a
        phrase is headed by, which the parser hangs inside that phrase instead of coordinating the two."""
        name = self.entity(token) if token.ent_type_ in ("ORG", "PERSON") else None
        if name is None or name.root != token or name.start < 2 or token.doc[name.start - 1].lower_ != "and":
            return []
        before = self.entity(token.doc[name.start - 2])
        if before is None or before.label_ not in ("ORG", "PERSON") or before.start < token.left_edge.i:
            return []
        return [before.root] if before.root.head.i in range(before.end, name.end) else []

    def _latter(self, token: Token) -> list[Actor]:
        """ "the latter": the actor named last before it (outside quotes); "the former": the one before.
        Not the subject of a clause before it in the same sentence: "an NGO accuses a mining company of
        ..., the latter denies" contrasts the two."""
        here, named = self.position(token), []
        sentence = self.sentence(token)
        subjects = {self.position(t) for t in sentence if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")}
        for start, actor, _plural, _salient in reversed(self.history):
            if start < here and start not in self.quoted_starts and start not in subjects and actor not in named:
                named.append(actor)
            if len(named) == 2:
                break
        wanted = 0 if token.lower_ == "latter" else 1
        return [named[wanted]] if len(named) > wanted else []

    def _headline_answer(self, token: Token) -> list[Actor]:
        """ "Italian watchdog fines airline Volaria over seat fees; carrier to appeal", "Mayor blames
        contractor for collapse; builder points to city's design": the bare noun that is the subject of a
        headline's later clause is the one its first clause acted on (that clause's object), when the noun
        can name it (a body's word names a body, a people word a person or a group). Else nothing: "jury
        chief" is no broadcaster, and the story's body of that kind is looked for as usual."""
        if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.ent_type_ or id(token.doc) not in self.headlines \
                or any(c.dep_ in ("det", "poss", "nummod") for c in token.lefts):
            return []
        earlier = token.doc[:token.left_edge.i]
        if not any(t.dep_ == "nsubj" for t in earlier):
            return []
        noun = token.lemma_.lower()
        if noun in COUNTRY_NOUNS:
            kinds: tuple[str, ...] = ("country",)
        elif noun in self.gazetteer.body_words:
            kinds = ("organization",)
        elif self._people_word(token):
            kinds = ("person", "group")
        else:
            return []
        # ("salmon farmer" is no "company"; "nickel miner" and "budget airline Volaria" are)
        same_kind = self.gazetteer.kinds.get(noun)
        acted_on = [actor for t in earlier if t.dep_ in ("dobj", "dative")
                    and (same_kind is None or any(w.lemma_.lower() in same_kind for w in t.subtree))
                    for actor in self.resolve(t) if actor.kind in kinds and not self._people_group(actor)]
        if not acted_on:
            return []
        self.note(acted_on[0], token, surface="")
        return acted_on[:1]

    def _sent_by(self, token: Token) -> list[Actor]:
        """ "Observers from the OSCE", "inspectors from the agency": the body that sent them speaks."""
        if token.pos_ != "NOUN" or not token.n_rights or token.lemma_.lower() not in self.gazetteer.people:
            return []
        return [actor for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "from"
                for pobj in prep.children if pobj.dep_ == "pobj" for actor in self.resolve(pobj)
                if actor.kind == "organization"]

    def _named_in_apposition(self, token: Token) -> list[Actor]:
        """ "A coalition of 30 civil society groups, the Civic Space Network, said": the parser hangs the
        name on the last noun of the description (or on the description: "The operator of the terminal,
        the company Dunai-Agro"); the name is the described body's."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.gazetteer.anaphoric or not token.n_rights:
            return []
        described = [token, *(pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                              for pobj in prep.children)]
        for noun in described:
            for name in noun.rights:
                if name.dep_ == "appos" and name.pos_ == "NOUN" and name.lemma_.lower() in self.gazetteer.anaphoric:
                    # ("The operator of the terminal, the company Dunai-Agro, estimated": named by its kind)
                    name = next((c for c in name.rights if c.dep_ == "appos"), name)
                if name.dep_ == "appos" and name.ent_type_ == "ORG" and name.pos_ == "PROPN":
                    return [actor for actor in self.resolve(name) if actor.kind == "organization"]
        return []

    def _resolve_one(self, token: Token) -> list[Actor]:
        including = [c for c in token.children if c.lower_ in ("including", "notably", "especially")]
        for word in including:
            members = [c for c in word.children if c.dep_ == "pobj"]
            if members:
                return self.resolve(members[0])
        if token.lower_ == "one" and token.pos_ == "NUM":
            # "One of the former detainees, a 52-year-old engineer from Mariupol, told": the person described
            described = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
            if described is not None:
                return self.unnamed(described) or self.resolve(described)
            # "One of the detainees tells that ...": one of the people the text describes, as written
            among = next((pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for pobj in prep.children if pobj.dep_ == "pobj" and pobj.tag_ == "NNS"
                          and self._people_or_group_word(pobj)), None)
            if among is not None:
                label = clean_surface(self.slice(token, among))
                actor = self.named(label[:1].lower() + label[1:], "person")
                self.note(actor, token, surface="")
                return [actor]
        sent_by = self._sent_by(token) or self._named_in_apposition(token)
        if sent_by:
            return sent_by
        lower = token.lower_
        if lower in ("latter", "former") and any(c.lower_ == "the" for c in token.children):
            return self._latter(token)
        if lower == "both" and token.pos_ == "PRON":
            return self._both(token)
        if token.pos_ == "PRON" or lower in PERSONAL_PRONOUNS:
            if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                # "the movement seeking independence for Western Sahara, which called on ...": the parser
                # hangs the clause on the last noun; the antecedent is the first actor up from it.
                antecedent = token.head.head
                for _ in range(6):
                    found = self.resolve(antecedent)
                    if lower == "who" and len(found) > 1:
                        # "the mayor of the commune of Kpendjal-Ouest, Fousséni Lardja, who rejected it":
                        # the parser coordinates the name with the place; "who" is the person
                        found = [actor for actor in found if actor.kind in ("person", "group")] or found
                    if found or antecedent.head == antecedent or antecedent.pos_ in ("VERB", "AUX") \
                            and antecedent.dep_ not in ("acl",):
                        return found
                    antecedent = antecedent.head
                return []
            return self.pronoun(token)
        answering = self._headline_answer(token)
        if answering:
            return answering
        if lower in self.gazetteer.governed_places and [c.lower_ for c in token.children if c.dep_ not in (
                "cc", "conj", "case")] == ([] if id(token.doc) in self.headlines else ["the"]):  # (a headline drops "the")
            # "accused the city of 'systematic overload'": the city named before, as the place's actor;
            # "According to the province": the body named for it ("the Gangwon Special Self-Governing
            # Province", an organization to NER) or, without one, the place named before.
            place = self._recent(token, lambda a: a.label.split()[-1].lower() == lower) or \
                self._recent(token, lambda a: a.kind == "country" and not self._known_country(a))
            if place is not None:
                self.note(place, token, surface="")
                return [place]
        span = self.entity(token)
        # ("said to our newspaper its spokeswoman Sophie Ammann": her title makes her a person, though
        # the parser hangs her name on the newspaper as if it named it)
        if span is not None and (span.label_ == "PERSON" and (self._titled(span) or not self._organization_named(span))
                                 and not self._demonym_taken_for_name(span)
                                 or span.label_ in ("ORG", "GPE") and (self._titled(span) or self._surname(span))):
            return [self.person(span)]
        person = self._embedded_person(token)
        if person is not None:
            found = self.proper(person) if self._body_taken_for_place(token, person) else \
                self.resolve(person) or self.proper(person)
            if token.pos_ == "NOUN" and person.dep_ == "appos":  # "group Orbitex": the company is a group
                for actor in found:
                    self.descriptors.setdefault(actor.label, set()).add(token.lemma_.lower())
            office = self.office(token) if token.pos_ in ("NOUN", "PROPN") else None  # ("The Ukrainian Minister")
            role = self._role_named(office, token) if office is not None and office.is_person else None
            if role is not None:
                # "the head of Russian diplomacy Sergei Lavrov": he holds the office ("the diplomat" later),
                # for his country
                country = self._country_in([t for t in token.subtree if t.i < person.i])
                for actor in found:
                    if actor.kind == "person":
                        actor.role = actor.role or role
                        actor.country = actor.country or country
            return found
        called_by_name = self._group_called_by_name(token)
        if called_by_name is not None:
            self.note(called_by_name, token, surface="")
            return [called_by_name]
        pair = self._pair(token)
        if pair is not None:
            return pair
        if token.lemma_.lower() in self.gazetteer.member_nouns:
            # "the federation's leaders", "union leaders", "local ONPE staff": the body, through its people
            # (a country's are its own: "Thai officials", "Kenya's leaders")
            # ("A senior Indian army official": India's army, which the office below finds, not the army
            # named last)
            national = any(c.dep_ in ("amod", "compound") and self.gazetteer.demonym(c.text) for c in token.lefts)
            owners = [c for c in token.lefts if c.dep_ in ("poss", "compound") and not national
                      and c.ent_type_ not in ("GPE", "NORP") and not self.gazetteer.demonym(c.text)]
            # "sources of the operator", "staff at the hospital": the body they belong to, on the right
            owners += [pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "in")
                       for pobj in prep.children if pobj.dep_ == "pobj"]
            side = self.gazetteer.lookup(" ".join(t.text for t in [*left_modifiers(token), token]
                                                  if t.dep_ not in ("det", "poss", "case"))) if national else None
            if side is not None:  # ("the Western members of the Council": the West, as the gazetteer says)
                actor = self.from_entry(side)
                self.note(actor, token, surface="")
                return [actor]
            body = self._owning_body(token, owners)
            if body:
                return body
        if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ and token.lemma_.lower() in self.gazetteer.campaign_nouns:
            return self._campaign(token)
        if token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children) \
                and token.i not in self.quoted.get(id(token.doc), ()) \
                and (office := self.office(token)) is not None and office.is_person:
            return []  # ("From our special envoy in the Kharkiv region": the newspaper's own, no one in the story)
        if token.lemma_.lower() in self.gazetteer.envoy_bodies:
            # "The ICRC delegation in Kyiv confirmed": a body's delegation speaks for it (a country's is the country)
            parents = [actor for c in token.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG"
                       for actor in self.resolve(c) if actor.kind == "organization"]
            if len(parents) == 1:
                self.note(parents[0], token, surface="")
                return parents
        office_actors = self._office_actors(token)
        if office_actors is not None:
            return office_actors
        if span is not None:
            actor = self._named_entity(span)
            return [actor] if actor is not None else []
        short = self.acronym(token) if token.pos_ in ("PROPN", "NOUN") else None  # "the ITTU", tagged either way
        if short is not None:
            self.note(short, token)
            return [short]
        # A name the tagger took for a common noun at the start of a sentence ("Whitlock did not deny").
        if token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.is_sent_start and token.is_title:
            known = self._known_name(token)
            if known is not None:
                self.note(known, token)
                return [known]
        # "the Western camp": a gazetteer name written as a plain noun phrase.
        phrase = " ".join(t.text for t in [*left_modifiers(token), token] if t.dep_ not in ("det", "poss", "case"))
        entry = self.gazetteer.lookup(phrase)
        if entry is not None:
            actor = self.from_entry(entry)
            self.note(actor, token, surface=phrase)  # "UN human rights office", as written
            return [actor]
        entry = self.gazetteer.lookup(token.text)
        if entry is not None:
            actor = self.from_entry(entry)
            self.note(actor, token)
            return [actor]
        if token.ent_type_ == "NORP" or self.gazetteer.demonym(token.text):
            entry = self.gazetteer.demonym(token.text)
            if entry is not None:
                actor = self.from_entry(entry)
                self.note(actor, token)
                return [actor]
        return []

    def acronym(self, token: Token) -> Actor | None:
        """The actor an all-capital word abbreviates: defined in brackets after its name ("the
        International Table Tennis Union (ITTU)", "the Administrative Council for Economic Defence
        (CADE)"), or the initials of a body's name; or the short name in brackets after a name, written
        as a word ("the Federation of Artisanal Fishing Cooperatives of El Salvador (Fecopes)"). The
        gazetteer's own short names ("EU", "UN") are looked up before this."""
        text, doc = token.text, token.doc
        bracketed = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
        # (or a short name in brackets, written as a word: "the Federation of ... of El Salvador (Fecopes)")
        if not (2 <= len(text) <= 10 and text.isalpha() and (text.isupper() or bracketed and text.istitle())):
            return None
        for actor in self.actors.values():
            if text in actor.aliases:
                return actor
        if bracketed:
            # Defined here: the words before the bracket it spells, the body it stands beside ("the ...
            # Mission in Armenia (EUMA)"), or else the actor whose mention ends right before the bracket.
            named = self._named_by_initials(token)
            if named is not None:
                return named
            head = token.head if token.dep_ == "appos" and token.head.i < token.i else None
            while head is not None:
                named = [actor for actor in self.resolve(head) if actor.kind not in ("person", "country")]
                if len(named) == 1:
                    named[0].aliases.append(text)
                    return named[0]
                # "the ... Observatory in Bolivia (AWOB)": up from the place to the body it is in.
                head = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            bracket = self.offsets.get(id(doc), 0) + doc[token.i - 1].idx
            before = [(start, actor) for start, actor, _p, _s in self.history if start < bracket and any(
                m.start == start and 0 <= bracket - m.end <= 1 for m in actor.mentions)]
            if before:
                actor = max(before, key=lambda item: item[0])[1]
                if actor.kind not in ("person", "country"):
                    actor.aliases.append(text)
                    return actor
        if not text.isupper():
            return None
        for actor in self.actors.values():
            if actor.kind in ("organization", "group") and _initials(actor.label) == text:
                actor.aliases.append(text)
                return actor
        return None

    def _named_by_initials(self, token: Token) -> Actor | None:
        """ "the Société minière du Rio Nunez (SMRN)": a body's name NER missed, found as the words
        before the bracket whose initials the abbreviation spells (small linking words aside)."""
        doc, words = token.doc, []
        for word in reversed(doc[max(0, token.i - 12):token.i - 1]):
            if not word.is_alpha:
                return None
            words.insert(0, word)
            initials = _initials(" ".join(w.text for w in words))
            if not token.text.endswith(initials):
                return None
            if initials == token.text and word.is_title and word.lower_ not in _MINOR_WORDS:
                name = doc[word.i:token.i - 1]
                label = clean_surface(name.text)
                whole = next((actor for actor in self.actors.values() if actor.kind == "organization"
                              and actor.label.endswith(label)), None)
                if whole is not None:  # "the US Food and Drug Administration (FDA)", named before
                    whole.aliases.append(token.text)
                    return whole
                # NER may have found the name's end alone ("de la Falémé"): that actor, named in full
                part = next((actor for actor in self.actors.values() if actor.kind != "country"
                             and label.endswith(" " + actor.label)), None)
                if part is not None:
                    self.actors.pop(part.label)
                    part.aliases.append(part.label)
                    part.label, part.kind = label, "organization"
                    self.actors[label] = part
                actor = part or self.named(label, "organization", country=self._country_in(name))
                actor.aliases.append(token.text)
                self.note(actor, name)
                self.cache[(id(doc), name.root.i)] = [actor]  # resolved as empty on the way here
                return actor
        return None

    def known_name(self, token: Token) -> list[Actor]:
        """The actor of this document a word names though the tagger took it for no name ("Dumitrescu
        disputes that", an adjective to the tagger)."""
        known = self._known_name(token) if token.is_title else None
        if known is None:
            return []
        self.note(known, token)
        return [known]

    def _known_name(self, token: Token) -> Actor | None:
        """A proper noun NER missed that names an actor of this document ("Northbridge", "Orbitex")."""
        # As written, from the first word the parser joins to it: "Zielińska-Kurek" keeps its hyphen.
        first = next((c for c in token.lefts if c.dep_ == "compound"), token)
        name = normalize(token.doc[first.i:token.i + 1].text)
        for actor in self.actors.values():
            names = [normalize(actor.label), *map(normalize, actor.aliases)]
            # ("Vardar Cargo", a product to NER, after "Vardar Cargo Rail": a body's name less its last word)
            if name in names or (actor.kind != "person" and (name in (names[0].split()[0], self._short_name(names[0]))
                                                              or self._head_word_of(name, names[0])
                                                              or " " in name and names[0].startswith(name + " "))) \
                    or (actor.kind == "person" and name == names[0].split()[-1]):
                return actor
        return None

    def _head_word_of(self, word: str, label: str) -> bool:
        """ "observatory" of "tunisian observatory for the freedom of the press": the second or third word
        of a body's name, which says what it is ("the Observatory"), when it says no more than that of
        any body kind (not "commission", "union"; but "the Command" is the "General Command of the Armed Forces")."""
        return " " not in word and word not in self.gazetteer.kinds and word in label.split()[1:3]

    def _short_name(self, label: str) -> str | None:
        """The word a body is called by on its own ("trasmonte" in "grupo trasmonte"): what is left of
        its name without the words that say what kind of body it is, when one word is left."""
        words = [word for word in label.split() if word not in self.gazetteer.body_words and word not in _MINOR_WORDS]
        return words[0] if len(words) == 1 else None

    def _embedded_person(self, token: Token) -> Token | None:
        """The name inside a descriptive phrase: "the head of Russian diplomacy Sergei Lavrov",
        "Its director, James Whitfield", "US technology group Orbitex"."""
        if token.ent_type_ or token.pos_ == "PRON":
            return None
        names = [child for child in token.children
                 if child.dep_ in ("appos", "compound") and child.ent_type_ in ("PERSON", "ORG") and child.i > token.i
                 or child.dep_ == "appos" and child.ent_type_ == "PERSON"
                 # ("The association Savanes Solidarité": a name of two words right after the noun, or in
                 # quotation marks: "the civic initiative «Crimean Solidarity»")
                 or child.dep_ == "appos" and child.pos_ == "PROPN" and (
                     child.left_edge.i == token.i + 1 and _title_words(token.doc[token.i + 1:child.i + 1])
                     or child.left_edge.i in (token.i + 1, token.i + 2) and opening_quote(token.doc[token.i + 1])
                     and _title_words(token.doc[token.i + 2:child.i + 1]))
                 # (a name in quotation marks NER takes for a title: "the centre «Viasna»")
                 and (not child.ent_type_ or child.ent_type_ == "WORK_OF_ART" or self._body_taken_for_place(token, child))]
        if names:  # "US technology group Orbitex", "water regulator Ofwat": a name NER missed
            # ("the Minister of Natural Resources and Environmental Sustainability of Malaysia, Nik Azlan
            # Hashim": the parser hangs the portfolio on the office too; the person holds it)
            return next((name for name in names if name.ent_type_ == "PERSON"), names[0])
        if token.dep_ == "appos" and token.head.i < token.i and self.office(token) is not None and (
                token.head.ent_type_ == "PERSON" or token.head.is_title and token.head.pos_ in ("PROPN", "NOUN")
                and (known := self._known_name(token.head)) is not None and known.kind == "person"):
            # "Jean-Paul Mukendi, the administrator of Rutshuru territory"; "Menezes, a former city
            # councillor", a surname the tagger took for a common noun
            return token.head
        if self.office(token) is not None:
            # "The head of the Kremlin, Vladimir Putin, said": the apposition hangs on "Kremlin".
            # "The UN special rapporteur on the situation of human rights in Cambodia, Anders Holm, said":
            # the parser hangs the name on the last noun of the office's phrase, which it ends.
            for inner in token.subtree:
                if inner.dep_ == "appos" and inner.ent_type_ == "PERSON" and inner.head != token \
                        and inner.i > token.i and token.right_edge.i <= inner.i + 1:
                    return inner
        people = token.pos_ == "NOUN" and token.lemma_.lower() in self.gazetteer.people
        if people:
            # "A resident of Gayan, Gul Rahman, who lost ..., said": the parser hangs the name on the place
            # (a place or a body has no name of a person; "the lawyer of the journalist, X" may)
            for prep in token.rights:
                for pobj in (c for c in prep.children if c.dep_ == "pobj") if prep.dep_ == "prep" else ():
                    name = next((c for c in pobj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                 and token.doc[c.left_edge.i - 1].text == ","), None)
                    if name is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC")):
                        return name
                    # "The researcher of Human Rights Watch Tomás Barrera": a name right after the body's
                    name = self.entity(pobj) if pobj.ent_type_ == "PERSON" else None
                    before = token.doc[name.start - 1] if name is not None else None
                    if before is not None and before.ent_type_ in ("ORG", "GPE") and before.head.i in range(
                            name.start, name.end):
                        return pobj
            return None
        if not self.office(token):
            return None
        after = token.right_edge.i + 1
        if after + 1 < len(token.doc) and token.doc[after].text == ",":
            # "took aim at the match commissioner, Tunisian official Karim Ben Salah": an apposition the
            # parser hung elsewhere (a name within a few words after the comma, attached to nothing else).
            for word in token.doc[after + 1:after + 5]:
                if word.ent_type_ == "PERSON" and word.ent_iob_ == "B":
                    name = self.entity(word)
                    if name is not None and name.root.dep_ in ("npadvmod", "appos", "dep"):
                        return name.root
                    break
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.ent_type_ == "PERSON" and pobj.dep_ == "pobj":
                        return pobj
        # "The Ukrainian Parliament Commissioner for Human Rights Mykola Lysenko", "The Russian Commissioner
        # for Children's Rights Olga Tereshkova": a name that ends the office's phrase, right after its
        # portfolio, however the parser hangs it
        # ("The official representative of the Russian Ministry of Foreign Affairs Yelena Barsukova"; not
        # "the spokesman of President Vladimir Putin", whose title says he is someone else)
        if any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in token.rights):
            last = token.doc[after - 1] if token.doc[after - 1].ent_type_ == "PERSON" else \
                token.doc[after] if after < len(token.doc) else None
            name = self.entity(last) if last is not None and last.ent_type_ == "PERSON" else None
            before = token.doc[name.start - 1] if name is not None else None
            if name is not None and (name.end == after or name.start == after) and before.is_title \
                    and before.ent_type_ != "PERSON" and self.office(before) is None:
                return name.root
        return None

    def _body_taken_for_place(self, noun: Token, name: Token) -> bool:
        """NER calls a body's unknown name a place: "Britain's water regulator Ofwat" (GPE)."""
        return name.ent_type_ in ("GPE", "LOC", "FAC", "NORP") and noun.lemma_.lower() in self.gazetteer.anaphoric \
            and self.gazetteer.lookup(name.text) is None and self.gazetteer.demonym(name.text) is None

    def _surname(self, span: Span) -> bool:
        """ "Mwila urged" after "ECZ chairperson Grace Mwila": NER calls the surname alone a body."""
        if len(span) != 1:
            return False
        text = self.span_text(span)
        return any(actor.kind == "person" and len(actor.label.split()) > 1 and actor.label.split()[-1] == text
                   for actor in self.actors.values())

    def _titled(self, span: Span) -> bool:
        """A name after a person's title is a person's, whatever NER says ("commissioner Helena Moura"),
        and so is a name the gazetteer does not know described as a person ("Nino Kapanadze, an editor")."""
        for modifier in span.root.lefts:
            office = self.gazetteer.offices.get(modifier.lower_) if modifier.i == span.start - 1 else None
            if modifier.dep_ == "compound" and office is not None and office.is_person:
                return True
        if self.gazetteer.lookup(self.span_text(span)) is not None or span[-1].lower_ in self.gazetteer.body_words:
            return False  # (nor "The Syria Monitoring Network, a Britain-based war monitor": a body's name)
        # (or a title NER ran into the name: "Lieutenant General Vadim Zotov", a body to NER)
        titles = self._leading_titles(list(span))
        if titles and 2 <= len(span) - titles <= 3 and all(
                word.is_title and word.lower_ not in self.gazetteer.body_words for word in span[titles:]):
            return True
        for apposition in span.root.rights:
            if apposition.dep_ == "appos" and apposition.pos_ == "NOUN":
                office = self.gazetteer.offices.get(apposition.lower_)
                if office is not None and office.is_person or apposition.lemma_.lower() in self.gazetteer.people \
                        and apposition.tag_ == "NN":
                    return True
        return False

    def _leading_titles(self, words: list[Token]) -> int:
        """How many of a name's first words are a person's titles, two words at least left for the name:
        "Lieutenant General" of "Lieutenant General Vadim Zotov"."""
        titles = 0
        while titles < len(words) - 2 and self.gazetteer.persons_office(words[titles].lower_):
            titles += 1
        return titles

    def _in_persons_phrase(self, noun: Token) -> bool:
        """Whether a noun completes a phrase about a person: "a researcher in her group", "the head of the
        union"."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or not noun.head.i:
            return False
        # (right before the preposition, however the parser hangs the phrase: "lodged by a researcher in")
        person = noun.doc[noun.head.i - 1]
        if person.pos_ != "NOUN":
            return False
        office = self.office(person)
        return self._people_word(person) or office is not None and office.is_person

    def _organization_named(self, span: Span) -> bool:
        """A "person" that is really a body: "technology group Orbitex", "operator Harbourside
        Stevedoring", or named as one before."""
        companies = self.gazetteer.kinds.get("company", set())
        root = span.root
        # "technology group Orbitex", "the collective Eau Propre Boké" (tagged an adjective)
        if root.n_lefts and any(c.dep_ in ("compound", "amod") and c.i < span.start and (
                c.lemma_.lower() in companies or c.lower_ in self.gazetteer.kinds.get("ngo", ())) for c in root.lefts):
            return True
        # "carmaker Halvorsen", "energy regulator Enerwat"; not "the Yorkshire utility", a place, nor
        # a spokesperson the parser hangs on a named body ("of the Tajik Ministry of ..., Nilufar Saidova").
        # (Nor "a former researcher in her group, Mikael Sirviö": the name is the researcher's.)
        if root.dep_ in ("compound", "appos") and not root.head.ent_type_ and (
                root.head.lemma_.lower() in companies or root.head.lemma_.lower() in self.gazetteer.anaphoric) \
                and not (root.i < root.head.i and any(c.dep_ == "det" for c in root.head.children)) \
                and not (root.dep_ == "appos" and self._in_persons_phrase(root.head)):
            return True
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self.gazetteer.anaphoric
               and c.lemma_.lower() not in self.gazetteer.people for c in root.rights):
            return True  # "Open Ballot, a domestic monitoring group" (not "Wilson Jaramillo, a miner")
        if any(kind.lemma_.lower() in companies for kind in _one_of(root)):
            return True  # "one of the raided companies, Guaraní Hash"
        last = span[-1].lower_
        if len(span) > 1 and (last in self.gazetteer.body_words or last in self.gazetteer.name_endings
                              or span[0].lower_ in self.gazetteer.name_prefixes):
            return True  # "Mizani Watch", "Open Deck Watch", "PT Sentosa Nikel": a name that says what body it is
        text = clean_surface(self.span_text(span))
        if len(span) == 1 and text in self.body_names:
            return True  # "Kestrel" in a headline, "Kestrel Resources" in the text
        known = self.actors.get(text)
        # "Dunmore" after "Dunmore Haulage": a body's first word; "Observatory" after "the Tunisian
        # Observatory for ...": the word that says what it is.
        return known is not None and known.kind == "organization" or any(
            actor.kind == "organization" and " " in actor.label and (
                actor.label.split()[0] == text or self._head_word_of(text.lower(), actor.label.lower())
                or f"{self._without_prefix(actor.label)} ".startswith(f"{text} "))
            for actor in self.actors.values())

    def _without_prefix(self, label: str) -> str:
        """A company's name without the legal form written before it: "PT Halmahera Sentosa Nikel" ->
        "Halmahera Sentosa Nikel"."""
        first, _, rest = label.partition(" ")
        return rest if rest and first.lower() in self.gazetteer.name_prefixes else label

    def _inhabited(self, span: Span) -> bool:
        """ "residents of Kamsar": a name NER took for a body, which people live in (the gazetteer's
        countries and cities speak for themselves all the same)."""
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in self.gazetteer.inhabitants \
            and span.label_ in ("ORG", "GPE", "LOC", "PERSON") and self.gazetteer.lookup(self.span_text(span)) is None

    def _demonym_taken_for_name(self, span: Span) -> GazetteerEntry | None:
        """NER sometimes calls a nationality a person or a body ("Tajik servicemen", "the Tajik side")."""
        return self.gazetteer.demonym(self.span_text(span)) if len(span) == 1 and span.label_ in ("PERSON", "ORG") \
            else None

    def _named_entity(self, span: Span) -> Actor | None:
        text = clean_surface(self.span_text(span))
        if self._inhabited(span):
            return None
        defined = _BRACKETED_ACRONYM.match(text)
        if defined:  # NER ran into the bracket: "Brazilian Restaurant Owners' Association (ABPR"
            text = defined.group(1)
        entry = self.gazetteer.lookup(text) or (self.gazetteer.lookup(span.ent_id_) if span.ent_id_ else None) \
            or self._demonym_taken_for_name(span)
        if entry is None and len(span) == 1 and text in self.body_names:
            text = self.body_names[text]  # "Kestrel" in a headline: "Kestrel Resources" below
            known = self.actors.get(text)
            if known is not None and known.kind == "organization":
                self.note(known, span)
                return known
        if entry is None and len(span) == 1:
            short = self.acronym(span[0])
            if short is not None:
                self.note(short, span)
                return short
        # ("al-Nour" after "Khalid al-Nour": a surname with its particle, whatever NER takes it for)
        if entry is None and text.split("-")[0] in self.gazetteer.name_particles and "-" in text:
            person = next((actor for actor in self.actors.values()
                           if actor.kind == "person" and actor.label.endswith(" " + text)), None)
            if person is not None:
                self.note(person, span)
                return person
        # "the Commission" after "the European Commission", "Dunmore" after "Dunmore Haulage", "Aurora
        # Pacific" after "Aurora Pacific Airlines".
        longer = self._longer_body(text)
        if entry is None and longer is not None:
            # "the Commission" after "the European Commission" is the same body, and so is "Corrib"
            # after "Corrib Health", whatever NER takes it for.
            actor = longer
        elif entry is not None:
            actor = self.from_entry(entry)
        elif span.label_ == "NORP":
            entry = self.gazetteer.demonym(text)
            # NER sometimes calls a company's short name a nationality ("rejected Helix's claims"), and a
            # surname too ("Sandqvist accuses", after "Elin Sandqvist").
            named = next((a for a in self.actors.values() if a.kind != "person" and text in (a.label, *a.aliases)
                          or a.kind == "person" and a.label.endswith(" " + text)), None)
            if entry is None and named is None:
                return None
            actor = self.from_entry(entry) if entry is not None else named
        elif span.label_ in ("ORG", "PERSON"):
            if text in self.places_named:
                actor = self.country(text)  # "Gunjur factory" in a headline, after "the town of Gunjur"
                self.note(actor, span)
                return actor
            actor = self.named(text, "organization", country=self._country_in(span))
            if defined and defined.group(2) not in actor.aliases:
                actor.aliases.append(defined.group(2))
            actor.kind = "organization"  # a headline may have made it a "person" before the body said otherwise
            self.describe(actor, span.root)
            holder = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" else None
            office = self.office(holder) if holder is not None and holder.pos_ in ("NOUN", "PROPN") else None
            if office is not None and "minister" in office.label.lower():
                # "the Minister of Mines and Geology": a ministry, no company "the company" could name
                self.descriptors.setdefault(actor.label, set()).add("ministry")
            kind = kind_before_quoted_name(span.doc, span.start, span.end, self.gazetteer.body_words)
            if kind is not None:
                self.descriptors.setdefault(actor.label, set()).add(kind.lemma_.lower())
            seat = next((pobj for prep in span.root.rights if prep.dep_ == "prep" and prep.lower_ == "in"
                         and prep.i == span.end for pobj in prep.children if pobj.ent_type_ == "GPE"), None)
            if seat is not None and span[-1].lemma_.lower() in self.gazetteer.anaphoric:
                # "The Municipal Court in Prague", "the District Court in Oslo": also its full name
                place = self.entity(seat)
                full = f"{text} in {(place or seat).text}"
                if full not in actor.aliases:
                    actor.aliases.append(full)
            if span.label_ == "PERSON":  # a body NER took for a person: "the group" is how it is named again
                for apposition in span.root.rights:
                    if apposition.dep_ == "appos" and apposition.lemma_.lower() in self.gazetteer.anaphoric:
                        self.descriptors.setdefault(actor.label, set()).add(apposition.lemma_.lower())
        elif span.label_ == "GPE":
            known = self.actors.get(text)  # a body NER took for a place, named as a body before ("Ofwat")
            if called_a_place(span.root, self.gazetteer):
                self.places_named.add(text)  # "the coastal town of Gunjur": a place, whatever NER says elsewhere
                if known is not None and known.kind == "organization":
                    known.kind = "country"
            actor = known if known is not None and known.kind == "organization" else self.country(text)
        else:
            return None
        self.note(actor, span)
        return actor

    def _longer_body(self, text: str) -> Actor | None:
        """The body named before whose name this one shortens: "the Commission" after "the European
        Commission", "Dunmore" after "Dunmore Haulage", "Hydrotech Aegean" after "Hydrotech Aegean S.A.",
        "Golden Shore" after "Golden Shore Marine Products", "Halmahera Sentosa" after "PT Halmahera Sentosa
        Nikel"."""
        lowered = text.lower()

        def shortens(label: str) -> bool:
            return label.endswith(" " + lowered) or label.startswith(lowered + " ") and (" " not in text or all(
                word in self.gazetteer.body_words for word in label[len(text) + 1:].split())
                # "Golden Shore" after "Golden Shore Marine Products": a name of two words or more, less its
                # last word or two (not "South African", after "South African Airways")
                or len(label.split()) - len(text.split()) <= 2 and not self.gazetteer.demonym(text)
                and self.gazetteer.lookup(text) is None) or self._head_word_of(lowered, label)
        def shortened(actor: Actor) -> bool:
            full, bare = actor.label.lower(), self._without_prefix(actor.label).lower()
            # ("Halmahera Sentosa" after "PT Halmahera Sentosa Nikel": the legal form left out too)
            return shortens(full) or bare == lowered or bare != full and shortens(bare)
        return next((actor for actor in self.actors.values() if actor.kind == "organization" and shortened(actor)), None)

    def _country_in(self, tokens: Iterable[Token]) -> str | None:
        """The country a phrase names through a demonym or a gazetteer name ("Russian", "Kremlin")."""
        for token in tokens:
            entry = self.gazetteer.demonym(token.text) or (
                self.gazetteer.lookup(token.text) if token.pos_ == "PROPN" else None)
            if entry is not None and self.gazetteer.country_of(entry):
                return self.gazetteer.country_of(entry)
        return None

    def resolve_name(self, token: Token) -> list[Actor]:
        """``resolve``, or for a proper noun that resolves to nobody, the name NER missed (``proper``):
        "the consortium Oga Ocean Wind issued a comment", "on the part of Hydrotech Aegean"."""
        return self.resolve(token) or (self.proper(token) if token.pos_ == "PROPN" else [])

    def proper(self, token: Token) -> list[Actor]:
        """A name NER did not label, as the subject of a speech verb: "Tunelo said" names an actor,
        and so does "travel industry body TourUK" (the capitalized words next to the head; a word
        the tagger took for a common noun counts when it is capitalized inside the sentence)."""
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or not self._name_like(token):
            return []
        words = [token]
        for left in reversed([t for t in token.lefts if t.dep_ in ("compound", "flat", "nmod")]):
            if left.i != words[0].i - 1:
                # "the Cooperative of Artisanal Fishermen of San Clemente del Tuyú": the parser may hang
                # the name's head on its last word, with the rest of the name in between
                between = list(token.doc[left.left_edge.i:words[0].i])
                if left.right_edge.i == words[0].i - 1 and self._name_like(left) and all(
                        self._name_like(t) or t.lower_ in _MINOR_WORDS for t in between):
                    words[:0] = between
                break
            if not self._name_like(left):
                # "Dragados del Plata", "the Cooperative of Artisanal Fishermen of San Clemente del Tuyú":
                # a joining word inside a name the parser hangs on its last word
                if left.lower_ not in _MINOR_WORDS or left.lower_ in ("and", "&", "the") or not words[0].is_title:
                    break
            words.insert(0, left)
            for inner in reversed(list(left.subtree)):  # the "of" phrase a part of the name carries
                if inner.i == words[0].i - 1 and (self._name_like(inner) or inner.lower_ in ("of", "for")):
                    words.insert(0, inner)
        while words[0].lower_ in _MINOR_WORDS:
            words.pop(0)
        kind = words.pop(0) if len(words) > 2 and words[0].lower_ in self.gazetteer.kinds.get("ngo", ()) \
            and words[1].is_title else None  # ("The NGO Aide Sans Frontière": what it is, then its name)
        while words[0].i >= 2 and token.doc[words[0].i - 1].text == "-" and not token.doc[words[0].i - 1].whitespace_ \
                and not token.doc[words[0].i - 2].whitespace_ and token.doc[words[0].i - 2].is_alpha:
            words[:0] = token.doc[words[0].i - 2:words[0].i]  # "SPLM-IO", one name the tokenizer cut at its hyphen
        while words[-1].i + 2 < len(token.doc) and token.doc[words[-1].i + 1].text == "-" \
                and not words[-1].whitespace_ and not token.doc[words[-1].i + 1].whitespace_ \
                and token.doc[words[-1].i + 2].is_alpha and token.doc[words[-1].i + 2].is_upper:
            words.extend(token.doc[words[-1].i + 1:words[-1].i + 3])
        if token.lower_ in self.gazetteer.anaphoric or token.lower_ in self.gazetteer.places:
            # "The Region of South Aegean announced": a body's or a place's word with the name it is of
            of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
            named = next((c for c in of.children if c.dep_ == "pobj" and self._name_like(c)), None) if of else None
            if named is not None and all(self._name_like(t) or t.lower_ in _MINOR_WORDS
                                         for t in token.doc[of.i + 1:named.i + 1]):
                words += list(token.doc[of.i:named.i + 1])
            # ("Serbia's Office for Kosovo and Metohija said": and its remit)
            remit = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1 and self._remit(c)), None)
            if remit is not None:
                words += list(remit.subtree)
        contiguous = all(after.i == before.i + 1 for before, after in zip(words, words[1:]))
        # (as written where the words run on: "SPLM-IO")
        name = "".join(t.text_with_ws for t in words).strip() if contiguous else " ".join(t.text for t in words)
        # "miner Kestrel" in a headline is the "Kestrel Resources" of the text below.
        name = self.body_names.get(name, name) if len(words) == 1 else name
        # (the parser may take the possessor for a modifier: "The Seychelles Hoteliers’ Council")
        owners = [c for c in token.lefts if c.dep_ in ("poss", "nmod") and c.is_title and (c.tag_ in ("NNS", "NNPS")
                                                                                 or c.text.endswith("s"))
                  and c.i + 2 == words[0].i and token.doc[c.i + 1].text in ("'", "\u2019")]
        if owners:  # "Racers' Voice", "Farmers' Union": a body named for those it speaks for
            # (with the capitalized words before them: "Latin American Shippers' Council")
            first = min([owners[0], *(t for t in owners[0].lefts if t.dep_ in ("compound", "amod") and t.is_title)],
                        key=lambda t: t.i)
            actor = self.named(clean_surface(self.slice(first, token)), "organization")
            self.describe(actor, token)
            self.note(actor, token.doc[first.i:token.i + 1])
            return [actor]
        # "the collective Eau Propre Boké": several words are a person's name unless a body's noun describes them
        # ("the West African Elections Network": the name's own last word says it is a body)
        # ("the company Dragados del Plata", however the parser hangs "company")
        before = token.doc[words[0].i - 1] if words[0].i else None
        office = self.office(token)  # ("... Food Administration": an institution's word ends the name)
        described_as_body = token.lemma_.lower() in self.gazetteer.anaphoric or office is not None \
            and not office.is_person or any(
            left.dep_ in ("compound", "amod") and left.i < words[0].i
            and left.lemma_.lower() in self.gazetteer.anaphoric for left in token.lefts) or (
            before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in self.gazetteer.anaphoric) or (
            # "Cooperative of Artisanal Fishermen of ...": a body's word heads a name with an "of" phrase
            len(words) > 2 and words[0].lower_ in self.gazetteer.anaphoric and any(w.lower_ == "of" for w in words))
        longer = self._longer_body(name) if len(words) > 1 else None  # ("Hydrotech Aegean S.A." named before)
        if longer is not None:
            actor = longer
        elif len(words) > 1 and not described_as_body and not name.replace("-", "").isupper():
            # (not "SPLM-IO": initials name a body)
            # ("Lieutenant General Vadim Zotov", which NER missed: his rank is his role, not his name)
            titles = self._leading_titles(words) if all(word.is_title for word in words) else 0
            actor = self._person_named(" ".join(t.text for t in words[titles:]) if titles else name, token.doc)
            actor.role = actor.role or self._role_in(words[:titles])
        else:
            actor = self.named(name, "organization")
        self.describe(actor, token)  # "technology group Orbitex": "the company" may name it again
        if kind is not None:
            self.describe(actor, kind)
        self.note(actor, token)
        return [actor]

    @staticmethod
    def _name_like(token: Token) -> bool:
        if token.pos_ == "PROPN":
            return token.text[:1].isupper()
        return token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start \
            and any(char.isupper() for char in token.text[1:])  # "TourUK", not a title's "Group"

    def kind_as_written(self, token: Token, leave_out: Token | None = None) -> list[Actor]:
        """"The regulator said", "the collective demands": a speaker named only by its kind, which refers
        back to no body this reader found (the text may not name it, or names it in words that do not
        say what it is). What it says is kept: a body of its own, labelled as written ("regulator", also
        "the regulator"), and the story's when it is a state's body (a regulator, a ministry, the police)."""
        noun = token.lemma_.lower()
        office = self.gazetteer.offices.get(noun)
        # ("The presidency condemned the killings": a state's body, named only by what it is; "the labour
        # ministry", which the tagger may call a proper noun, lower case though it is)
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_lower):
            return []
        unit = None
        if noun not in self.gazetteer.anaphoric and (office is None or office.is_person):
            # ("The state police command said": a unit of a state's body the noun before it names)
            unit = next((body for c in token.lefts if c.dep_ == "compound"
                         and (body := self.gazetteer.offices.get(c.lower_)) is not None and not body.is_person), None)
            if unit is None:
                return []
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.lefts):
            # "a regulator", "regulators": someone described, not referred to; "their ministry", "its
            # office": whose it is says who
            return []
        label = self._surface(token, leave_out=leave_out)  # (without the charge: "the miners of theft")
        state = office is not None and not office.is_person or unit is not None
        # Not a body a later "it" points to: the text's own antecedents (the body it does name) stay first.
        return self._body_as_written(token, label, self.home if state else None, antecedent=False)

    @staticmethod
    def _as_written(token: Token, leave_out: Token | None = None) -> str:
        """A described noun phrase as the text writes it, without its article and without what relative
        clauses and appositions add ("who spoke on condition of anonymity"), nor the phrase ``leave_out``."""
        added = {t.i for clause in token.subtree if clause != token and clause.dep_ in ("relcl", "appos")
                 for t in clause.subtree}
        # (nor the members it counts: "legislators, including seven from the chief minister's party")
        added.update(t.i for clause in token.children if clause.dep_ == "prep"
                     and clause.lower_ in ("including", "among") for t in clause.subtree)
        # ("the government and the union": each one as written)
        added.update(t.i for other in token.children if other.dep_ in ("cc", "conj") for t in other.subtree)
        if leave_out is not None:
            added.update(t.i for t in leave_out.subtree)
        # (nor an age: "a 52-year-old engineer from Mariupol" is an engineer from Mariupol)
        words = [t for t in token.subtree if not (t.head == token and t.dep_ in ("det", "predet", "relcl"))
                 and (t.dep_ != "punct" or t.tag_ == "HYPH") and t.i not in added
                 and not (t.i < token.i and t.ent_type_ == "DATE")]
        words = [t for t in words if t.i >= token.i - 3 and t.i <= token.i + 6]
        return clean_surface(written(words).strip())

    def addressee(self, token: Token) -> list[Actor]:
        """ "invited the other dating platforms to verify", "urged the committee to hear her": whom a
        demand asks to act, described and not named, is a group (or a body) of its own, labelled as
        written. Not an antecedent: the text goes on with those it names."""
        office = self.office(token)
        if token.pos_ != "NOUN" or token.ent_type_ or office is not None and office.stands_for_country \
                and not is_plural(token):
            return []  # ("called on the government to": a country's, if the text says which)
        return self._named_as_written(token, "group" if is_plural(token) else "organization")

    def _named_as_written(self, token: Token, kind: str, leave_out: Token | None = None) -> list[Actor]:
        """An actor of ``kind`` labelled as the text writes the phrase ``token`` heads (``_as_written``),
        noted there but not an antecedent: the text goes on with those it names."""
        label = self._as_written(token, leave_out=leave_out)
        if not label:
            return []
        actor = self.named(label, kind)
        self.note(actor, token, surface=label, antecedent=False)
        return [actor]

    def spreaders(self, token: Token) -> list[Actor]:
        """Who spread a falsehood, as written when no one named: "fakes spread by the Western media"."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" and token.lower_ not in ("media", "press"):
            return []
        return self._named_as_written(token, "group")

    def described_group(self, token: Token, charge: Token | None = None) -> list[Actor]:
        """ "accused illegal mining farms of stealing", "blamed Serbian fans for": the people or bodies an
        accusation blames, described and not named, are a group of their own, labelled as written
        without the ``charge`` the parser hung on them. Not a country's officials, troops or leaders
        (an office or a member noun: theirs), not "the experts" (named before), and not an antecedent."""
        noun = token.lemma_.lower()
        if token.tag_ != "NNS" or token.ent_type_ or self.office(token) is not None \
                or noun in self.gazetteer.member_nouns \
                or not (self._people_or_group_word(token) or noun in self.gazetteer.anaphoric):
            return []
        if any(t.tag_ == "VBN" and t.i and t.doc[t.i - 1].text == "-" for t in token.lefts):
            return []  # "Rwanda-backed rebels": who stands behind them is named
        if any(t.ent_type_ in ("ORG", "PERSON") for t in token.lefts):
            return []  # "New People's Army guerrillas": the body named
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("the", "these", "those") for c in token.lefts):
            return []  # "their members", "some fans": someone the text named before, or not one group
        # ("accused the insurgents of beheading civilians": the group as written, again if written so before;
        # "accused the experts of bias" after "Experts advising UNESCO said": those named so)
        named = self._recent(token, lambda actor: actor.kind in ("group", "organization")
                             and token.lower_ in actor.label.lower().split()[:2]) \
            if any(c.lower_ == "the" for c in token.lefts) else None
        if named is not None:
            self.note(named, token, surface="")
            return [named]
        return self._named_as_written(token, "group", leave_out=charge)

    def unnamed(self, token: Token) -> list[Actor]:
        """Speakers described, not named: "analysts", "people familiar with the matter", "a liver
        specialist", "a rights group", "an indigenous organisation".

        They are actors of their own, labelled as written, so that what they say is kept and attributed.
        """
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.gazetteer.anaphoric:
            return self._described_body(token)
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.gazetteer.people and token.lower_ not in self.gazetteer.people:
            return []
        # "A person in charge of the Agency for Natural Resources" (the Japanese "担当者"): the agency's voice
        in_charge_of = [pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "in"
                        for charge in prep.children if charge.lower_ == "charge"
                        for of in charge.children if of.lower_ == "of" for pobj in of.children if pobj.dep_ == "pobj"]
        if in_charge_of:
            body, name = self._owning_body(token, in_charge_of), in_charge_of[0]
            if body:
                return body
            if name.pos_ == "PROPN":  # a name NER missed: as written
                return self._body_as_written(name, clean_surface(self.slice(name.left_edge, name.right_edge)), None)
        group = self._group_of(token)
        if group is not None:
            self.note(group, token, surface="")
            return [group]
        staff = self._trade_body(token)  # "According to investigators" after "the Investigative Committee"
        if staff:
            return staff
        label = self._as_written(token)
        if not label:
            return []
        plural = token.tag_ == "NNS" or token.lower_ in ("people", "police", "staff", "fishermen")
        actor = self.named(label, "group" if plural else "person")
        if token.lower_ != label.lower() and token.lower_ not in actor.aliases:
            actor.aliases.append(token.lower_)
        self.note(actor, token, surface="")
        return [actor]

    def _people_group(self, actor: Actor) -> bool:
        """People described, not a body: "residents of Kamsar", "local officials" are no "it" and no "the group"."""
        words = actor.label.lower().split()
        return actor.kind == "group" and any(word in self.gazetteer.people or word.removesuffix("s") in self.gazetteer.people
                                             for word in words[:2])

    def _people_or_group_word(self, token: Token) -> bool:
        """A noun for people or a group blamed as one, by its lemma or as written: "detainees", "jihadists"."""
        return any(word in self.gazetteer.people or word in self.gazetteer.groups
                   for word in (token.lemma_.lower(), token.lower_))

    def _people_word(self, token: Token) -> bool:
        """A noun for people, however tagged: "the librarians' union" (a proper noun to the tagger)."""
        return token.lemma_.lower() in self.gazetteer.people or self._says_people(token.text)

    def _says_people(self, word: str) -> bool:
        """A word for people, singular or plural, as written ("Pilots" in a body's name)."""
        lower = word.lower()
        return lower in self.gazetteer.people or lower.removesuffix("s") in self.gazetteer.people

    def _group_of(self, token: Token) -> Actor | None:
        """ "Families accuse hospital trust": bare "families" are the story's "Severnside Maternity
        Families Group", a body named after them."""
        if token.tag_ != "NNS" or any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in token.lefts):
            return None
        return next((actor for actor in self.actors.values() if actor.kind in ("organization", "group")
                     and token.lower_ in actor.label.lower().split()[:-1]
                     and actor.label.split()[-1].lower() in self.gazetteer.anaphoric), None)

    def _known_country_name(self, token: Token) -> bool:
        return token.pos_ == "PROPN" and self.gazetteer.names_country(_with_compounds(token))

    def _described_body(self, token: Token) -> list[Actor]:
        """"A rights group", "an indigenous organisation in Peru's Amazon": a body described by what
        it is, not named yet (``_anaphoric`` leaves a described noun alone: it introduces someone).
        Labelled by its description ("rights group"), which is how a reader refers to it."""
        # "farmers' group" is a description too; "Orbitex's group" is owned; "Argentina's main farm groups"
        # are that country's.
        # ("state-owned", "family-run": a participle joined to a noun by a hyphen describes as an adjective;
        # "Berlin-based" says where, not what)
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss") and not c.ent_type_
                     and (c.pos_ in ("ADJ", "NOUN") or c.dep_ == "poss" and self._people_word(c)
                          or c.tag_ == "VBN" and any(h.text == "-" for h in c.lefts)
                          and all(w.is_lower or w.is_punct for w in c.subtree))]
        country = next((c for c in token.lefts if c.dep_ == "poss" and self._known_country_name(c)), None)
        # "Poland's competition and consumer protection office": the parser makes the description's first
        # word its head, and the body's noun a conjunct of it.
        joined = token.head if token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i \
            and not any(c.dep_ == "det" for c in token.head.lefts) \
            and token.head.lemma_.lower() not in self.gazetteer.body_words \
            and token.head.lemma_.lower() not in self.gazetteer.people else None
        if joined is not None:
            modifiers.append(joined)
            country = country or next((c for c in joined.lefts if c.dep_ == "poss" and self._known_country_name(c)),
                                      None)
        # "the Dutch central bank": a nationality makes a description specific, even after "the".
        nationality = next((c for c in token.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                            and self.gazetteer.demonym(c.text)), None)
        described = {m.i for m in (country, nationality, *modifiers) if m is not None}
        # "A union representing Indonesian migrant fishers": described by what it does
        doing = next((c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBG" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in token.lefts)), None)
        # "an association of private clinics", "a coalition of 30 civil society groups": described by whom
        # it gathers
        gathering = _gathering(token) if doing is None else None
        if not (modifiers or doing is not None or gathering is not None
                or nationality is not None and token.tag_ == "NNS") or any(  # "Australian exporters"
                (c.ent_type_ or c.pos_ in ("PROPN", "PRON")) and c.dep_ != "det" and c.i not in described
                for c in token.lefts):
            return []
        definite = ("the", "this", "that", "these", "those", "its", "their")
        # "The students' union": "the" is the students', and the union is theirs, said for the first time.
        owned_by_people = any(m.dep_ == "poss" and self._people_word(m) for m in modifiers)
        if nationality is None and not owned_by_people and any(
                t.dep_ in ("det", "poss") and t.lower_ in definite for t in [*token.lefts, *(
                c for m in modifiers for c in m.children)]):
            return []  # "the rights group", "the plant's operator" refer back to someone named before
        here = self.position(token)
        named_later = next((actor for place, noun, actor in self.names_given
                            if place > here and noun == token.lemma_.lower()), None) or self._named_below(token) \
            or (self._headline_body_named_below(token, modifiers) if country is None and nationality is None else None)
        if named_later is not None:
            # "a Berlin-based digital rights group alleged ... The group, Clearline, said": one body.
            return self._described_as(named_later, token)
        words = sorted({t for m in modifiers for t in m.subtree} | {token}, key=lambda t: t.i) if joined is None \
            else list(token.doc[joined.i:token.i + 1])
        label = clean_surface("".join(t.lower_ + t.whitespace_ for t in words).strip())
        if doing is not None:
            label = clean_surface(f"{label} {self.slice(doing, doing.right_edge)}")
        elif gathering is not None:
            label = clean_surface(f"{label} {self.slice(gathering, gathering.right_edge)}")
        if country is not None:
            home = self.gazetteer.country_of(self.gazetteer.lookup(_with_compounds(country)))
            # "Mauritius' main opposition party": the possessive as written, not a regular "'s"
            owner = _with_compounds(country) + "".join(t.text for t in country.children if t.dep_ == "case").replace("’", "'")
            actor = self._same_description(owner, label) or self.named(f"{owner} {label}", "organization", country=home)
        elif nationality is not None:
            entry = self.gazetteer.demonym(nationality.text)
            actor = self.named(f"{nationality.text} {label}", "organization", country=self.gazetteer.country_of(entry))
        else:  # ("unlicensed miners" are people, no company a later "the company" names)
            actor = self.named(label, "group" if token.tag_ == "NNS" and self._people_word(token) else "organization")
        self.describe(actor, token)
        self.note(actor, token, surface="")
        return [actor]

    def _body_described(self, token: Token, modifiers: list[Token]) -> list[Actor]:
        """ "The Hamas militant group", "Ukraine's SBU security service": a known body's name before a noun that
        says what it is (a self-describing noun, or one of its own name's words) is that body."""
        noun = token.lemma_.lower()
        for modifier in modifiers:
            entry = self.gazetteer.lookup(modifier.text) if modifier.dep_ != "poss" else None
            if entry is None or entry.kind != "organization" or not (
                    noun in self.gazetteer.self_describing or noun in entry.label.lower().split()):
                continue
            found = self.resolve(modifier)
            for actor in found:
                self.descriptors.setdefault(actor.label, set()).add(noun)
                self.note(actor, token, surface="")
            return found
        return []

    def _headline_body_named_below(self, token: Token, modifiers: list[Token]) -> Actor | None:
        """A headline's "rights group demands inquiry" (no country's): the first body named below whose name
        has the description's words ("Human Rights Watch")."""
        words = {m.lower_ for m in modifiers if m.pos_ == "NOUN"}
        # (nor "South African esports team", someone's)
        if id(token.doc) not in self.headlines or not words or any(
                t.ent_type_ or not t.is_lower or self.gazetteer.demonym(t.text.title())
                for t in token.subtree if t.i < token.i and t.dep_ != "det"):
            return None
        here = self.position(token)
        kinds = self.gazetteer.kinds.get(token.lemma_.lower(), {token.lemma_.lower()})
        # (not the "United Nations Human Rights Council": a name ending on another kind of body)
        return next((actor for start, actor, _plural, _salient in self.history if start > here
                     and actor.kind == "organization" and words <= set(actor.label.lower().split())
                     and (actor.label.split()[-1].lower() in kinds
                          or actor.label.split()[-1].lower() not in self.gazetteer.body_words)), None)

    def _same_description(self, owner: str, label: str) -> Actor | None:
        """The body described before with the same owner and noun, in fewer or more words: "Romania's
        hockey federation" in a headline is "Romania's ice hockey federation" of the text."""
        words = label.split()
        for actor in self.actors.values():
            known = actor.label[len(owner) + 1:].split()
            if actor.kind == "organization" and actor.label.startswith(owner + " ") and known[-1:] == words[-1:] \
                    and (set(words) <= set(known) or set(known) <= set(words)):
                if f"{owner} {label}" not in (actor.label, *actor.aliases):
                    actor.aliases.append(f"{owner} {label}")
                return actor
        return None

    def _described_as(self, body: Actor, noun: Token) -> list[Actor]:
        """A mention of ``body`` by a description ("a rights group"), which "the group" names again."""
        self.describe(body, noun)
        self.descriptors.setdefault(body.label, set()).add(noun.lemma_.lower())
        self.note(body, noun, surface="")
        return [body]

    def _named_below(self, token: Token) -> Actor | None:
        """"A Kenyan anti-corruption watchdog has accused the ministry ... Mizani Watch said": the body a
        description introduces is the body the next sentences name as a subject, when nothing named it
        before and the gazetteer does not know it (a story introduces a little-known body that way)."""
        if id(token.doc) in self.headlines \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts):
            return None
        index = next((number for number, sentence in enumerate(self.scanned)
                      if sentence.doc is token.doc and sentence.start <= token.i < sentence.end), None)
        if index is None:
            return None
        for sentence in self.scanned[index + 1:index + 4]:
            for name in sentence:
                # (NER takes some bodies' names for people's: "Mizani Watch")
                if name.dep_ not in ("nsubj", "nsubjpass") or name.ent_type_ not in ("ORG", "PERSON") \
                        or name.pos_ != "PROPN":
                    continue
                found = self.resolve(name)
                # named here for the first time: not even its first word written before
                before = self.text[:self.position((self.entity(name) or name)[0])]
                if len(found) == 1 and found[0].kind == "organization" and found[0].label not in self.entries \
                        and found[0].label.split()[0] not in before:
                    return found[0]
        return None

    # ----- people ----------------------------------------------------------------------------

    def person(self, span: Span) -> Actor:
        """A named person; titles before the name give the role and country."""
        name = clean_surface(self.span_text(span))
        titles = [t for t in left_modifiers(span.root) if t.i < span.start]
        # NER sometimes swallows the title: "Kremlin spokesman Dmitry Peskov".
        words = name.split()
        # (and what the person is: "Activist Rosa Huamán", "Fisherman Ali Musa")
        while len(words) > 2 and (self.gazetteer.offices.get(words[0].lower()) or self.gazetteer.demonym(words[0])
                                  or self.gazetteer.lookup(words[0]) or self._says_people(words[0])):
            words = words[1:]
        before = span.doc[span.start - 1] if span.start else None
        if len(words) > 2 and before is not None and before.lower_ == "of" and (
                office := self.office(before.head)) is not None and office.is_person:
            # "the mayor of Irpin Oleksandr Markushyn", "the minister ... of Transnistria Stanislav Gumenyuk":
            # NER runs the place the office is of into the holder's name
            words = words[1:]
        name = " ".join(words)
        entry = self.gazetteer.lookup(name)
        if entry is None or entry.kind != "person":
            entry = self._person_entry_by_surname(name)
        role = self._role_in(titles) or self._role_in(list(span)[: len(span) - len(words)])
        country = self._country_in(titles) or self._country_in(span) or (
            # ("army spokesman Brigadier General Khalid al-Nour", in a story from Sudan: the army is the country's)
            self.home if any(t.lower_ in self.gazetteer.home_bodies for t in titles) else None)
        office, office_phrase = self._office_in_apposition(span)
        if office:  # "The head of the Kyrgyz diplomacy, Temir Asanbekov": later "the minister"
            role = role or office
            country = country or self._country_in(office_phrase)
        body = self.entity(span.root.head) if span.root.dep_ == "appos" else None
        if country is None and body is not None and body.label_ == "ORG":
            # "the representative of the Tajik Ministry of Foreign Affairs, Nilufar Saidova": the parser
            # hangs her name on the ministry, whose country is hers
            country = self._country_in(body)
        if entry is not None:
            actor = self.from_entry(entry)
            self.named_people.add(entry.label)
        else:
            actor = self._person_named(name, span.doc)
        actor.role = actor.role or role
        actor.country = actor.country or country
        root = span.root
        described = [*titles, *span, *(c for c in root.children if c.dep_ == "appos")]
        self.learn_gender(actor, [*described, root.head] if root.dep_ == "appos" else described)
        self.note(actor, span, surface=name)
        return actor

    def _office_in_apposition(self, span: Span) -> tuple[str | None, list[Token]]:
        """The office phrase a name stands in apposition with, either way round: "the head of the
        Kyrgyz diplomacy, Temir Asanbekov" or "Jean-Paul Mukendi, the administrator of Rutshuru"."""
        root = span.root
        phrases = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            phrases.append(root.head)
        elif root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ in ("to", "in", "at", "for") \
                and root.head.head.head.pos_ == "NOUN":
            phrases.append(root.head.head.head)  # "The Russian ambassador to the United States, Anatoly Seregin"
        for head in phrases:
            office = self.office(head)
            if office is not None and office.is_person:
                return office.label, [t for t in head.subtree if not span.start <= t.i < span.end]
        return None, []

    def learn_gender(self, person: Actor, words: Iterable[Token]) -> None:
        """ "spokeswoman Ana Reyes", "Mr Castillo", "UDP chairman Yusuf Kombo": a word that says it."""
        if id(person) in self.genders:
            return
        for word in words:
            gender = self.gazetteer.genders.get(word.lower_)
            if gender is not None:
                self.genders[id(person)] = gender
                return

    def _person_entry_by_surname(self, name: str) -> GazetteerEntry | None:
        words = normalize(name).split()
        if not words:
            return None
        entry = self.gazetteer.lookup(words[-1])
        if entry is None or entry.kind != "person":
            return None
        first = normalize(entry.label).split()[0]
        if len(words) == 1 or words[0][:4] == first[:4]:
            return entry
        return None

    def _person_named(self, name: str, doc) -> Actor:
        """The person a name names: one named before under a variant of it, or a new one (remembered
        as named only in a headline, when it is)."""
        in_headline = id(doc) in self.headlines
        actor = self._known_person(name, in_headline) or self.named(name, "person")
        if in_headline:
            self.headline_people.add(actor.label)
        return actor

    def _known_person(self, name: str, in_headline: bool = False) -> Actor | None:
        """Merge variants within the document: "Dmitri Peskov" and "Peskov" are one person, and so are
        a headline's "Hurdler Quental" and the text's "Marisa Quental" (a headline puts a description
        where a first name would be)."""
        words = normalize(name).split()
        for actor in self.actors.values():
            if actor.kind != "person":
                continue
            known = normalize(actor.label).split()
            if not known or known[-1] != words[-1]:
                continue
            from_headline = actor.label in self.headline_people and not in_headline
            # ("Solís Mora" after "Andrea Solís Mora": a surname of two words)
            surname = len(words) < len(known) and known[-len(words):] == words
            if len(words) == 1 or len(known) == 1 or known[0][:4] == words[0][:4] or surname or in_headline \
                    or from_headline:
                if len(words) > len(known) or from_headline and len(words) == len(known):  # the full name
                    self.headline_people.discard(actor.label)
                    self.actors.pop(actor.label, None)
                    actor.aliases.append(actor.label)
                    actor.label = name
                    self.actors[name] = actor
                return actor
        return None

    def _role_in(self, tokens: list[Token]) -> str | None:
        words = [t.lower_ for t in tokens]
        for size in range(min(len(words), self.gazetteer.longest_office), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start:start + size])
                office = self.gazetteer.offices.get(phrase)
                if office is not None and office.is_person:
                    # ("Mayor Ivana Novak" is later "the mayor": a leader's title is kept as written)
                    return phrase if office.label == "leader" else office.label
        return None

    # ----- offices and institutions ----------------------------------------------------------

    def office(self, token: Token) -> Office | None:
        """The office a noun names, trying its compounds first ("Defense Ministry" before "Ministry")."""
        key = (id(token.doc), token.i)  # asked again for the same noun by most steps of resolution
        if key not in self.offices:
            self.offices[key] = self._office(token)
        return self.offices[key]

    def _office(self, token: Token) -> Office | None:
        # Every phrase tried below starts ("ministry of defence") or ends ("defence ministry") with the
        # noun, or is its lemma: most nouns of a text are no office, and are passed over at once.
        words = self.tables[id(token.doc)]
        if words.lower[token.i] not in self.gazetteer.office_ends and words.lemma[token.i] not in self.gazetteer.offices:
            return None
        compounds = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        words = [c.lower_ for c in compounds] + [token.lower_]
        # ("the Ministry for Foreign Affairs", as some countries name theirs)
        of_phrase = [c for c in token.children if c.dep_ == "prep" and (c.lower_ == "of" or self._remit(c))]
        candidates = []
        if of_phrase:
            tail = [t.lower_ for t in of_phrase[0].subtree if t.ent_type_ not in ("GPE", "NORP") and t.dep_ != "det"
                    and t != of_phrase[0]]
            candidates.append(" ".join([token.lower_, "of", *tail]))
        for start in range(len(words)):
            candidates.append(" ".join(words[start:]))
        candidates.append(token.lemma_.lower())
        for phrase in candidates:
            office = self.gazetteer.offices.get(phrase)
            if office is not None:
                # ("hostage diplomacy" is a practice, not a ministry: "diplomacy" names one only bare or national)
                if phrase == "diplomacy" and any(c.pos_ == "NOUN" for c in compounds):
                    return None
                return office
        return None

    def _countries_of(self, token: Token) -> list[str]:
        """Countries an office phrase belongs to: demonyms (coordinated too), names, possessors, "of X"."""
        countries: list[str] = []

        def add(label: str | None) -> None:
            if label and label not in countries:
                countries.append(label)

        office = self.office(token)
        relational = office is not None and office.relational
        for modifier in token.lefts:
            members = [modifier, *[c for c in modifier.children if c.dep_ == "conj"]]
            for member in members:
                if member.dep_ == "poss" or modifier.dep_ == "poss":
                    if relational:
                        continue
                    for actor in self.resolve(member):
                        add(actor.country or (actor.label if actor.kind in ("country", "group") else None))
                    continue
                entry = self.gazetteer.demonym(member.text)
                if entry is None and member.pos_ == "PROPN":
                    entry = self.gazetteer.lookup(member.text)
                if entry is None:
                    entry = self._in_country_name(member)
                if entry is not None:
                    add(self.gazetteer.country_of(entry))
                elif member.ent_type_ == "GPE":
                    add(clean_surface(member.text))
        own_name = self.entity(token)
        # ("accused the regime in Asmara of aggression": the parser may hang "in Asmara" on the verb)
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        places = [after] if after is not None and after.lower_ == "in" and after.head != token else []
        for child in [*token.children, *places]:
            if child.dep_ == "prep" and child.lower_ == "in" and office is not None and office.stands_for_country \
                    and not office.posted_abroad:
                # "the government in Kinshasa", "the authorities in Minsk": a capital names its country
                for pobj in child.children:
                    entry = self.gazetteer.lookup(pobj.text) if pobj.dep_ == "pobj" else None
                    if entry is not None:
                        add(self.gazetteer.country_of(entry))
            # ("the Western sponsors of kyiv": the West, whose relation to Kyiv the "of" phrase says)
            if child.dep_ == "prep" and child.lower_ == "of" and not (relational and countries):
                for pobj in child.children:
                    if own_name is not None and own_name.start <= pobj.i < own_name.end:
                        continue  # "the Ministry of Health": part of the body's own name, not its country
                    # (or a state's body: "the spokeswoman of the Russian diplomacy")
                    body = self.office(pobj) if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" else None
                    if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "ORG", "NORP") or self.gazetteer.lookup(pobj.text)
                                                or body is not None and not body.is_person):
                        for actor in self.resolve(pobj):
                            add(actor.country or (actor.label if body is None else None))
        return countries

    def _in_country_name(self, word: Token) -> GazetteerEntry | None:
        """The country or nationality a word is part of: "South" in "South African", "New" in "New Zealand"."""
        name = self.entity(word) if word.ent_type_ in ("NORP", "GPE") else None
        if name is None or len(name) < 2:
            return None
        return self.gazetteer.demonym(name.text) or self.gazetteer.lookup(name.text)

    def _surface(self, token: Token, drop_countries: bool = False, leave_out: Token | None = None) -> str:
        """The written name of an office phrase: modifiers, the noun, and an "of ..." complement.

        A possessor stays when it is a country ("Japan's defence ministry") and goes otherwise
        ("the organization's Secretary General" is the Secretary General).
        """
        tokens = {t for t in token.subtree if t.i <= token.i}
        for prep in token.children:
            # "of Culture, Sports and Tourism", without "of Poland, Ukraine's western neighbor" (nor "of
            # colluding with ...", what the body is accused of).
            # (Nor a headline's "troops of burning mining camp", where the parser hangs the charge on the noun.)
            # (past a quotation mark: "the district officer of “working hand in glove”")
            # (Nor "accused the minister of lying", a gerund the tagger takes for a noun after an object.)
            after = next((t for t in token.doc[prep.i + 1:prep.i + 3] if not t.is_punct), prep)
            # (Nor "accused the Qatari coast guard of “a policy of intimidation”": whatever one is accused of.)
            charge = after.is_lower and (after.tag_ == "VBG" or token.dep_ == "dobj" and after.lower_.endswith("ing")) \
                or token.dep_ == "dobj" and token.head.lemma_ in CHARGING_VERBS
            # (and where a mission is sent: "the permanent mission of Russia to the UN")
            sent_to = prep.lower_ == "to" and token.lemma_.lower() in self.gazetteer.kinds.get("mission", ())
            # (and where an embassy is posted: "the Russian embassy in Bucharest")
            posted_in = prep == self._post(token)
            # (without the country when it is named apart: "the embassy of Russia in Mali" is Russia's embassy)
            of_country = drop_countries and prep.lower_ == "of" and all(
                self.gazetteer.names_country(c.text) for c in prep.children if c.dep_ == "pobj")
            # (nor whom an army serves, as its enemies call it: "the army of the junta and its militias")
            of_rulers = prep.lower_ == "of" and token.lower_ in self.gazetteer.kinds.get("military", ()) and all(
                c.pos_ == "NOUN" for c in prep.children if c.dep_ == "pobj")
            if prep.dep_ == "prep" and (prep.lower_ == "of" and not (of_country or of_rulers) or sent_to or posted_in
                                        or self._remit(prep)) \
                    and any(c.dep_ == "pobj" for c in prep.children) \
                    and not charge and prep != leave_out:
                aside = {t for inner in prep.subtree if inner.dep_ in ("appos", "relcl", "acl") for t in inner.subtree}
                tokens |= set(prep.subtree) - aside
        for part in token.rights:
            # "The French Ministry of Europe and Foreign Affairs": a portfolio the parser coordinates with the
            # body's noun, inside the one name NER found
            if part.dep_ in ("cc", "conj") and part.ent_iob_ == "I" and token.ent_type_ == "ORG" \
                    and all(t.ent_iob_ == "I" for t in part.subtree):
                tokens |= set(part.subtree)
        for child in token.lefts:
            named = self.gazetteer.lookup(child.text) or child.ent_type_ in ("GPE", "NORP")
            if child.dep_ == "poss" and (drop_countries or not named):
                tokens -= set(child.subtree)
            elif child.dep_ in ("det", "predet", "preconj", "nummod") or child.lower_ == "own":  # "its own", "both"
                tokens -= set(child.subtree)
            elif drop_countries and (self.gazetteer.demonym(child.text) or named and child.pos_ == "PROPN"):
                tokens -= {child}
            elif drop_countries and self._in_country_name(child):
                tokens -= set(self.entity(child))  # "South African"
        return clean_surface(re.sub(r"\s+", " ", written(tokens)))

    @staticmethod
    def _remit(prep: Token) -> bool:
        """Whether a "for" phrase names a body's remit, as part of its name: "the French Ministry for Europe
        and Foreign Affairs" (not "the ministry, for its part")."""
        return prep.lower_ == "for" and prep.head.pos_ == "PROPN" and prep.n_rights > 0 and all(
            word.is_title or word.lower_ == "and" for word in list(prep.subtree)[1:])

    def _post(self, token: Token) -> Token | None:
        """Where an office abroad is posted, part of its name: "in Bucharest" of "the Russian embassy in
        Bucharest" (one of several embassies of Russia a story may quote)."""
        office = self.office(token)
        if office is None or not office.posted_abroad:
            return None
        return next((prep for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "in" and any(
            place.dep_ == "pobj" and (place.ent_type_ in ("GPE", "LOC") or self.gazetteer.lookup(place.text))
            for place in prep.children)), None)

    def _holder_after_office(self, token: Token) -> Span | None:
        """The person named right after an office, or after its portfolio or country: "their lawyer Mihai
        Dumitrescu", "The Prosecutor General of Ukraine Serhiy Marchenko", "The Russian ambassador to the
        United States, Anatoly Seregin"."""
        doc, index = token.doc, token.i + 1
        if index < len(doc) and doc[index].lower_ == "general":
            index += 1
        if index < len(doc) and doc[index].lower_ in ("of", "for", "to", "in", "on", "at"):
            end = min(index + 10, len(doc))
            # (over the words of where or whose it is: "The spokeswoman of the Russian diplomacy Yelena
            # Vorontsova")
            # (or a rank: "the spokesman of the armed forces in Sanaa, Brigadier General Hamoud al-Sharafi")
            index = next((i for i in range(index + 1, end) if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"
                          and all(t.pos_ in ("DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ") and t.ent_type_ != "PERSON"
                                  or t.text == "," and all(w.is_title and self.gazetteer.persons_office(w.lower_)
                                                           for w in doc[t.i + 1:i])
                                  for t in doc[index + 1:i])), end)
        holder = self.entity(doc[index]) if index < len(doc) else None
        return holder if holder is not None and holder.label_ == "PERSON" and holder.start == index else None

    def _office_actors(self, token: Token) -> list[Actor] | None:
        office = self.office(token)
        if office is None:
            return self._anaphoric(token)
        countries = self._countries_of(token)
        surface = self._surface(token)
        known = self.gazetteer.lookup(surface) if office.relational else None
        if known is not None and known.kind != "person":
            # "Kyiv's sponsors", "the Western sponsors": a relation the gazetteer names ("the West")
            actor = self.from_entry(known)
            self.note(actor, token, surface="")
            return [actor]
        entity = self.entity(token)
        if office.stands_for_country and entity is not None and entity.label_ == "ORG" and any(
                t.pos_ in ("PROPN", "NOUN") and t.i < token.i and not self.gazetteer.lookup(t.text)
                and not self.gazetteer.demonym(t.text) for t in entity):
            # "the US Food and Drug Administration" is a body, not the American government.
            actor = self._named_entity(entity)
            return [actor] if actor is not None else []
        if office.stands_for_country and entity is None and token.pos_ == "PROPN" and token.is_title and any(
                t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN" and t.is_title
                and not self.gazetteer.lookup(t.text) and not self.gazetteer.demonym(t.text) for t in token.lefts):
            # "The Danish Veterinary and Food Administration", which NER missed: a body's name
            return self.proper(token)
        if office.stands_for_country and any(c.lower_ in self.gazetteer.local_modifiers for c in token.lefts) \
                and not self._people_word(token):  # not "local officials", people
            # "the Phnom Penh municipal government": a body of the city, in its country
            return self._body_as_written(token, surface, countries[0] if countries else None)
        if office.stands_for_country:
            if not countries:
                # "the school's administration", "the club's leadership": the body's own
                owner = self._owning_body(token, [c for c in token.lefts if c.dep_ == "poss"
                                                  and c.pos_ in ("NOUN", "PROPN")])
                if owner:
                    return owner
                named = self._named_for_its_word(token)
                if named is not None:
                    # "The administration has ordered" after "the Danish Veterinary and Food Administration":
                    # the body whose name ends on the word, not a country's government
                    self.note(named, token, surface="")
                    return [named]
                if token.lower_ in COUNTRY_NOUNS:
                    # A headline's "government accuses them" names a country only below: the story's.
                    return self._anaphoric(token) or ([self.country(self.home)] if self.home else None)
                if token.lemma_.lower() == "official" and any(c.dep_ == "compound" for c in token.lefts):
                    return self._spokes_for(token) or None  # "league officials": the league's
                return None
            actors = [self.country(label) for label in countries]
            for actor in actors:
                self.note(actor, token, surface=surface if len(actors) == 1 else "")
            return actors
        holder = self._holder_after_office(token) if office.is_person else None
        if holder is not None:
            # "their lawyer Mihai Dumitrescu said" (however the parser hangs the two): named, he speaks
            # for himself, and holds the office ("the diplomat" later is he)
            named = self.resolve(holder.root)
            role = self._role_named(office, token)
            for actor in named:
                if actor.kind == "person" and actor.role is None and role is not None:
                    actor.role = role
                if actor.kind == "person" and actor.country is None and len(countries) == 1:
                    actor.country = countries[0]  # ("The permanent representative of Russia to the UN Pavel Sedykh")
            return named
        if office.is_person:
            # An unnamed spokesperson speaks for a body, and so does an official described by one
            # ("a defence ministry official", "a company official"; not "a senior official");
            # "the official" is the one named before.
            spoken_for = []
            unnamed = office.label == "spokesman" or token.lemma_.lower() == "official"
            # ("an official of the agency": described by the body on the right too)
            described = any(c.dep_ in ("compound", "poss", "nmod") for c in token.lefts) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at") for c in token.children)
            if unnamed and not described and [c.lower_ for c in token.lefts] == ["the"]:
                spoken_for = self._mentioned_as(token) or self._described_before_as(token)  # "the spokeswoman added"
                if not spoken_for and token.lemma_.lower() == "official":
                    # "The governor of the region Vladimir Saltykov rejected the findings. Nobody, the official
                    # claimed, ...": the office holder just named
                    holder = self._recent(token, lambda actor: actor.kind == "person" and actor.role is not None,
                                          since=self._previous_sentence_start(token))
                    spoken_for = [holder] if holder is not None else []
            # "Her lawyer said", "a lawyer for the two men said": counsel speaks for the client named.
            client = office.label == "lawyer" and any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
            if not spoken_for and (office.label == "spokesman" or unnamed and described or client):
                spoken_for = self._spokes_for(token)
            if spoken_for:
                for actor in spoken_for:
                    self.note(actor, token, surface="")
                if len(spoken_for) == 1 and token.tag_ == "NN" and self.salient(token):  # "..., she added"
                    self.voices.append((self.position(token), spoken_for[0], self.gazetteer.genders.get(token.lower_)))
                return spoken_for
            actors = []
            for label in countries or [None]:
                # "the Ukrainian and French presidents" hold an office each; bare "lawyers" are nobody named
                actor = self._holder(office, token, label) if token.tag_ != "NNS" or label else None
                if actor is None:
                    name = surface if len(countries) <= 1 else f"{office.label} of {label}"
                    body = self._owning_organization(token) if len(countries) <= 1 else None
                    if body is not None:
                        # "Its director general", "the IAEA's director general": the body's, named by it
                        bare = self._surface(token, drop_countries=True)
                        short = next((alias for alias in (body.label, *body.aliases)
                                      if alias.isalpha() and alias.isupper() and 2 <= len(alias) <= 8), body.label)
                        name = f"{short} {bare}"
                    actor = self.named(name, "person", country=label, role=office.label)
                    if body is not None:
                        for alias in (f"{bare} of the {body.label}", f"{bare} of {short}"):
                            if alias not in actor.aliases:
                                actor.aliases.append(alias)
                    self.learn_gender(actor, [token])  # "the spokeswoman"
                actors.append(actor)
                self.note(actor, token, surface=surface if len(countries) <= 1 else "")
            return actors
        # A ministry, agency or armed force: "Russian Defense Ministry", "French diplomacy", "Israel's military".
        named_below = self._named_below(token)  # "A Kenyan anti-corruption watchdog ... Mizani Watch said"
        if named_below is not None:
            return self._described_as(named_below, token)
        staff = self._trade_body(token) if not countries else []
        if staff:  # "According to the prosecutors" after "the Office of the Prosecutor General of Ukraine"
            return staff
        if not countries:
            if id(token.doc) in self.headlines:  # (a heading's "Ministry of Foreign Affairs:" is the one below)
                found = self._office_named_before(office, token) or self._anaphoric(token)
            else:
                found = self._anaphoric(token) or self._office_named_before(office, token)
            # The story's country's: a bare home body ("According to the army", "Police in Kumasi said" in a
            # story datelined ACCRA) or another body a noun describes ("the tax agency alleged" in a story
            # about Argentina). A bare "the regulator" or "the ministry" is rather one named before, found
            # later on; "the army's media wing" or "the local police" are not the country's army or police.
            described = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.lefts)
            home_body = token.lemma_.lower() in self.gazetteer.home_bodies
            the_countrys = home_body and not described or described and not home_body
            if found is not None or self.home is None or token.ent_type_ or not the_countrys or any(
                    c.dep_ in ("amod", "poss") for c in token.lefts):
                return found
            countries = [self.home]
        entity = self.entity(token)
        if entity is not None and entity.label_ == "ORG" and len(entity) > 1 and not office.label.startswith("Ministry"):
            # "Britain's Financial Conduct Authority" has a name of its own: keep it.
            # NER sometimes runs on ("... Authority fined"); a name goes on past its noun ("Inter-American
            # Commission on Human Rights")
            end = entity.end
            while end > token.i + 1 and entity.doc[end - 1].pos_ in ("VERB", "AUX", "PUNCT"):
                end -= 1
            name = entity.doc[entity.start:end]
            return self._body_as_written(token, clean_surface(name.text), countries[0], surface=surface)
        # (a bare "the Russian ministry" too, after "the Russian Ministry of Defence"; not "the Russian foreign
        # ministry", another one)
        bare_ministry = office.label == "Ministry" and all(
            c.dep_ == "det" or self.gazetteer.demonym(c.text) or self._in_country_name(c) for c in token.lefts) \
            and not any(c.dep_ == "prep" for c in token.children)
        if len(countries) == 1 and (not office.label.startswith("Ministry") or bare_ministry) \
                and token.lemma_.lower() not in self.gazetteer.home_bodies and self._post(token) is None:
            # "The Kenyan regulator" after "Kenya's Competition Authority", a headline's "NZ watchdog"
            # before "New Zealand's Commerce Commission": that body, not a second one (a country's army
            # or police are named by their country: "Philippine military").
            found = self._anaphoric(token, of_country=countries[0])
            if found:
                return found
        actors = []
        for label in countries:
            entry = self.gazetteer.lookup(label)
            demonym = entry.adjective if entry is not None else label
            canonical = office.label if office.label.startswith("Ministry of") else self._surface(token, True)
            if token.is_sent_start and token.pos_ == "NOUN" and canonical == token.text:
                canonical = token.lower_  # "Police said" and "police said" are one body
            actor = self.named(f"{demonym} {canonical}", "organization", country=label)
            self.note(actor, token, surface=surface if len(countries) == 1 else "")
            # "Myanmar's information ministry"; "Its foreign ministry" of Croatia is also the "Croatian
            # foreign ministry", as written, beside the "Croatian Ministry of Foreign Affairs".
            if demonym != label:
                written = self._surface(token, True)
                for alias in (f"{label}'s {canonical}", f"{demonym} {written}", f"{label}'s {written}"):
                    if alias not in actor.aliases and alias != actor.label:
                        actor.aliases.append(alias)
            actors.append(actor)
        return actors

    def _office_named_before(self, office: Office, token: Token) -> list[Actor] | None:
        """ "the military department" after "the Russian Ministry of Defence", a headline's "Ministry of Foreign
        Affairs:" before "the Ministry of Foreign Affairs of Ukraine": another name of a ministry's office, or
        its bare name, without its country is the one ministry of that office the text names."""
        entity = self.entity(token) if token.ent_type_ else None
        generic = entity is not None and normalize(entity.text) == office.label.lower()  # "Ministry of Foreign Affairs"
        if not office.label.startswith("Ministry of") or (token.pos_ == "PROPN" or token.ent_type_) and not generic:
            return None  # (not "the State Department", a name)
        # (a headline's: named anywhere below, and first the one named right below a heading)
        headline = id(token.doc) in self.headlines
        here = len(self.text) if headline else self.position(token)
        named = {actor.label: actor for start, actor, _plural, _salient in self.history
                 if start < here and actor.kind == "organization" and office.label.lower() in actor.label.lower()}
        below = next((actor for start, actor, _plural, _salient in self.history
                      if headline and start > self.position(token) and actor.label in named), None)
        if below is not None and len(named) > 1:
            named = {below.label: below}
        if len(named) != 1:
            return None  # ("the foreign ministry" after two countries' foreign ministries: which one is unsaid)
        ministry = next(iter(named.values()))
        self.note(ministry, token, surface="")
        return [ministry]

    def _owner_is_a_body(self, token: Token) -> None:
        """"Mizani's executive director": Mizani is an organization, though NER took it for a person
        (and so is "Mizani Watch", named before)."""
        owners = [c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        office = self.office(token) if owners else None
        if office is None or not office.is_person:
            return
        words = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")] + [token.lower_]
        if not any(" ".join(words[begin:]) in self.gazetteer.body_roles for begin in range(len(words))):
            return
        for owner in owners:
            for actor in self.resolve(owner):
                if actor.kind != "person" or actor.label in self.entries or " " in actor.label:
                    continue
                for named in self.actors.values():
                    if named.kind == "person" and named.label.split()[0] == actor.label and named.label not in self.entries:
                        named.kind = "organization"
                actor.kind = "organization"

    def _mentioned_as(self, token: Token) -> list[Actor]:
        """The actor last mentioned by a phrase ending in this word, before it ("a senior Indian
        army official ... the official said")."""
        here, word = self.position(token), token.lower_
        mentions = [(mention.start, actor) for actor in self.actors.values() for mention in actor.mentions
                    if mention.start < here and mention.text.lower().endswith(word)]
        return [max(mentions, key=lambda found: found[0])[1]] if mentions else []

    def _group_called_by_name(self, token: Token) -> Actor | None:
        """ "Oromo rebels" for "the Oromo Liberation Army", "Wagner mercenaries" for the Wagner Group: people
        called by the first word of a body's name, the body named in the text (before them, or below a
        headline)."""
        if token.tag_ != "NNS" or not self._people_or_group_word(token):
            return None
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if len(names) != 1 or any(c.dep_ in ("amod", "poss") for c in token.lefts) \
                or self.gazetteer.demonym(names[0].text) or self.gazetteer.lookup(names[0].text):
            return None  # (not "Thai officials", a country's)
        word, here = names[0].text, self.position(token)
        bodies = [(start, actor) for start, actor, _plural, _salient in self.history
                  if actor.kind in ("organization", "group") and len(actor.label.split()) > 1
                  and actor.label.split()[0] == word]
        before = [item for item in bodies if item[0] < here]
        after = [item for item in bodies if item[0] > here]
        return before[-1][1] if before else after[0][1] if after else None

    def _described_before_as(self, token: Token) -> list[Actor]:
        """The person the same office word described last: "the Minister of Communication, spokesman of the
        government, Sidiki Zongo, ... The spokesman accused the NGO" (his name, not that phrase, is his mention)."""
        here, found = self.position(token), []
        for sentence in self.scanned:
            if len(sentence) and self.position(sentence[0]) >= here:
                break  # (only the words before it)
            for word in sentence:
                if word.lower_ == token.lower_ and self.position(word) < here:
                    actors = self.cache.get((id(word.doc), word.i))
                    if actors and len(actors) == 1 and actors[0].kind == "person":
                        found = actors
        return found

    def _spokes_for(self, token: Token) -> list[Actor]:
        """Whom an unnamed spokesperson speaks for: "a Chinese foreign ministry spokeswoman",
        "a State Department spokesman", "the company's spokeswoman", or else the body just mentioned."""
        modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
        phrase = sorted({t for m in modifiers for t in m.subtree}, key=lambda t: t.i)
        words = [t.lower_ for t in phrase]
        if len(modifiers) == 1 and modifiers[0].pos_ == "NOUN" \
                and modifiers[0].lemma_.lower() in self.gazetteer.anaphoric:
            # "the agency's spokeswoman", "an agency spokesman": the agency named before, if there is one,
            # rather than a country's agency
            found = self.resolve(modifiers[0]) if modifiers[0].dep_ == "poss" else self._anaphoric(modifiers[0])
            if found:
                return found
        for size in range(len(words), 0, -1):
            for begin in range(len(words) - size + 1):
                office = self.gazetteer.offices.get(" ".join(words[begin:begin + size]))
                if office is None or office.is_person:
                    continue
                countries = self._countries_of(token) or [
                    country for t in phrase for country in self._countries_of(t)]
                if not countries and self.home is not None and " ".join(words[begin:begin + size]) in self.gazetteer.home_bodies:
                    countries = [self.home]  # "a police spokesman" in a story from Ulaanbaatar
                if countries and not office.stands_for_country:
                    entry = self.gazetteer.lookup(countries[0])
                    demonym = entry.adjective if entry is not None else countries[0]
                    name = office.label if office.label.startswith("Ministry of") else " ".join(
                        t.text for t in phrase[begin:begin + size])
                    return [self.named(f"{demonym} {name}", "organization", country=countries[0])]
        for modifier in reversed(modifiers):
            if modifier.dep_ == "poss" or modifier.pos_ == "PROPN" or modifier.ent_type_:
                found = self.resolve(modifier)
                if found:
                    return found
            elif modifier.pos_ == "NOUN" and modifier.lemma_.lower() in self.gazetteer.anaphoric:
                found = self._anaphoric(modifier)  # "a company spokesperson": the company named before
                if found:
                    return found
        # "a spokesman for the operator", "the press service of the Ministry of Defence of Uzbekistan":
        # the body named, before the country named inside its name.
        spoken_for = [actor for child in token.children if child.dep_ == "prep" and child.lower_ in ("for", "of", "at")
                      for pobj in child.children if pobj.dep_ == "pobj" for actor in self.resolve(pobj)]
        if any(actor.kind == "organization" for actor in spoken_for):
            return spoken_for
        countries = self._countries_of(token)
        if countries:
            return [self.country(label) for label in countries]
        if spoken_for:
            return spoken_for
        if modifiers or any(child.dep_ in ("prep", "appos") for child in token.children):
            return []
        recent = self._recent(token, lambda a: a.kind in ("organization", "country", "group"), salient_only=True)
        return [recent] if recent is not None else []

    def _body_as_written(self, token: Token, label: str, country: str | None,
                         surface: str | None = None, antecedent: bool = True) -> list[Actor]:
        """A body of its own, named as the text writes it ("the Phnom Penh municipal government", "the
        city council"), mentioned at ``token`` (as ``surface``, or its label; see ``note``)."""
        body = self.named(label, "organization", country=country)
        self.note(body, token, surface=label if surface is None else surface, antecedent=antecedent)
        return [body]

    def _owning_body(self, token: Token, owners: list[Token]) -> list[Actor]:
        """The first organization the possessors of a noun name, which speaks through it ("the
        university's board", "the school's administration"), noted as mentioned there."""
        body = next((actor for owner in owners for actor in self.resolve(owner) if actor.kind == "organization"), None)
        if body is None:
            return []
        self.note(body, token, surface="")
        return [body]

    def _named_for_people(self, token: Token, possessor: Token) -> Actor | None:
        """The body of kind ``token`` whose name says whose it is: "their association" of the players
        is the "Fiji Sevens Players' Guild", wherever the text names it."""
        # Whose: the people "their" stands for, or the plural nouns before it in its sentence.
        people = [actor.label for actor in self.resolve(possessor) if actor.kind == "group"]
        people += [t.lower_ for t in self.sentence(token) if t.i < token.i and t.tag_ == "NNS"]
        words = {word.lower().rstrip("'’") for label in people for word in label.split()}
        kinds = self.gazetteer.kinds.get(token.lemma_.lower(), {token.lemma_.lower()})
        for actor in self.actors.values():
            name = [word.lower().rstrip("'’") for word in actor.label.split()]
            if actor.kind == "organization" and words & set(name[:-1]) and name[-1] in kinds:
                self.note(actor, token, surface="")
                return actor
        return None

    def _campaign(self, token: Token) -> list[Actor]:
        """ "The candidacy of Januário Lopes", "the Lopes campaign", "Semedo's campaign": the body a
        candidate runs with, one per candidate, labelled as first written; "the candidacy" is the one
        named last. Not "an election campaign", "a smear campaign": no one's."""
        owners = [pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        owners += [c for c in token.lefts if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
        # (a candidate's name NER calls a body: "the candidacy of Filomena Semedo", ORG to it)
        candidates = [actor for owner in owners if owner.ent_type_ in ("PERSON", "ORG", "")
                      for actor in [a for a in self.resolve(owner) if a.kind == "person"] or self._taken_for_a_body(owner)]
        if candidates:
            candidate = candidates[0]
            campaign = self.campaigns.get(candidate.label)
            if campaign is None:
                campaign = self.named(f"{token.lower_} of {candidate.label}", "organization", country=candidate.country)
                self.campaigns[candidate.label] = campaign
            self.note(campaign, token, surface="")
            return [campaign]
        if [c.lower_ for c in token.lefts] in (["the"], ["its"], ["his"], ["her"], ["their"]):
            campaign = self._recent(token, lambda actor: actor in self.campaigns.values())
            if campaign is not None:
                self.note(campaign, token, surface="")
                return [campaign]
        return []

    def _taken_for_a_body(self, name: Token) -> list[Actor]:
        """A person's name of two or more capitalized words that NER calls a body or missed ("Filomena
        Semedo"): a person's, where only a person can be meant."""
        words = _with_compounds(name).split()
        if len(words) < 2 or not all(word[:1].isupper() for word in words) or self.gazetteer.lookup(" ".join(words)) \
                or any(word.lower() in self.gazetteer.body_words for word in words):
            return []
        actor = self.named(" ".join(words), "person")
        actor.kind = "person"
        self.note(actor, name.doc[name.i - len(words) + 1:name.i + 1])
        return [actor]

    def _named_for_its_word(self, token: Token) -> Actor | None:
        """The body the story named last with the word "the <token>" says, as its name's last word ("the
        administration" after "the Food Administration"): a body's word, after "the" alone."""
        if token.lemma_.lower() not in self.gazetteer.body_words or token.tag_ != "NN" \
                or [c.lower_ for c in token.lefts] != ["the"]:
            return None
        word = token.lower_.capitalize()
        return self._recent(token, lambda actor: actor.kind == "organization" and " " in actor.label
                            and actor.label.split()[-1] == word)

    def _anaphoric(self, token: Token, of_country: str | None = None) -> list[Actor] | None:
        """"The company", "the union", "the league": the organization of that kind named before
        (or, in a headline, the first one named after). "The EU mission" is a body of the EU. With
        ``of_country``, only a body of that country ("the Kenyan regulator")."""
        noun = token.lemma_.lower()
        # Title case makes a headline's "Union" a proper noun; a real name would carry an entity label.
        # (A plural that names a country's state where its singular names a body: "the authority" is a body
        # named before, "the authorities" a country's, found as an office.)
        if noun not in self.gazetteer.anaphoric or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ \
                or token.lower_ != noun and token.lower_ in COUNTRY_NOUNS:
            return None
        if token.pos_ == "PROPN" and token.is_title and id(token.doc) not in self.headlines and any(
                c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" and c.is_title
                and not self.gazetteer.demonym(c.text) and not self.gazetteer.lookup(c.text) for c in token.lefts):
            # "The West African Elections Network", "the Clean Rivers Trust", "The Latin American Shippers'
            # Council", "The Seychelles Hoteliers’ Council": a name NER missed, which ends on a kind of body;
            # not the network named before
            return self.proper(token)
        if token.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and self.gazetteer.demonym(c.text)
                                       for c in token.lefts):
            return None  # "Australian exporters": all of a country's, no one body named before
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            # "the Polisario Front, the Algeria-backed movement ...": the body just named, described
            named = [actor for actor in self.resolve(token.head) if actor.kind == "organization"]
            if named:
                return named
        holder_word = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                            and not c.ent_type_ and (office := self.office(c)) is not None and office.is_person), None)
        if noun == "office" and holder_word is not None:
            # "The General Prosecutor's office of Ukraine", "the president's office": a body named by
            # the office it serves
            first = token.doc[holder_word.left_edge.i]
            start = first.i + 1 if first.lower_ in ("the", "a", "an") else first.i
            end = next((t.i - 1 for t in token.doc[token.i + 1:token.right_edge.i + 1]
                        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON")), token.right_edge.i)
            surface = self.slice(token.doc[start], token.doc[end])
            countries = self._countries_of(token)
            return self._body_as_written(token, surface, countries[0] if countries else None)
        if noun == "office" and any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in token.lefts):
            # "her office said": the minister's own office speaks for her
            holder = [a for c in token.lefts if c.dep_ == "poss" for a in self.resolve(c)]
            if holder:
                self.note(holder[0], token, surface="")
                return holder[:1]
        # "The tribunal of the Administrative Council for Economic Defence", "the board of the federation",
        # "The World Health Organization's office in Port Louis": the body speaks through its organ.
        owners = [pobj for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        # (but "called on ANDE's board to resign": a board is someone of its own)
        owners += [c for c in token.lefts if c.dep_ == "poss" and c.ent_type_ == "ORG" and noun == "office"]
        # (not "The tenants' association of Olsztyn": a body of people, of the place it is in)
        of_people = any(c.dep_ == "poss" and self._people_word(c) for c in token.lefts)
        parents = [actor for owner in owners if (owner.pos_ == "PROPN" or owner.text.isupper()) and not of_people
                   for actor in self.resolve(owner) if actor.kind == "organization"]
        if parents:
            for actor in parents:
                self.note(actor, token, surface="")
            return parents
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss")]
        described = self._body_described(token, modifiers)
        if described:
            return described
        deferred: tuple[str, str] | None = None  # a headline's "Peru election jury", if the story names no jury
        for modifier in modifiers:
            if modifier.dep_ == "poss" and modifier.lower_ == "their":
                # "the players ..., their association said": the body named for them ("Players' Guild")
                body = self._named_for_people(token, modifier)
                if body is not None:
                    return [body]
            if modifier.dep_ == "poss" and self._people_word(modifier):
                return None  # "the students' union" is theirs, not the faculty union named before
            if noun == "office" and modifier.dep_ == "poss" and modifier.pos_ == "NOUN" and (
                    self.office(modifier) or modifier.lemma_.lower() in self.gazetteer.body_words):
                # "the national ombudsman's office", "the prosecutor's office": the office-holder's, not
                # the latest body called an office
                holder = self.resolve(modifier)
                if not holder:
                    first = min(t.i for t in token.subtree if t.dep_ != "det")
                    holder = self._body_as_written(token, clean_surface(self.slice(token.doc[first], token)),
                                                   self.home)
                return holder
            # "the university's board of governors": the body named before speaks through it
            # (and "the IIHF's directorate", an abbreviation NER left out)
            parent = self._owning_body(token, [modifier]) if modifier.dep_ == "poss" and (
                modifier.pos_ == "NOUN" or modifier.text.isupper() and not modifier.ent_type_) else []
            if parent:
                return parent
            owner = self.gazetteer.lookup(modifier.text) if modifier.pos_ == "PROPN" else None
            if owner is None and modifier.ent_type_ == "ORG" and modifier.dep_ == "compound" \
                    and not self.gazetteer.demonym(modifier.text):  # (NER calls "Ugandan" a body at times)
                # "the United Vehicle Workers union": the noun says what the named body is.
                named = self.resolve(modifier)
                for actor in named:
                    self.descriptors.setdefault(actor.label, set()).add(noun)
                    self.note(actor, token, surface="")
                return named or None
            if owner is not None or modifier.ent_type_ in ("ORG", "GPE"):
                parent = self.resolve(modifier)
                # "CAF's disciplinary board", "the EU mission": a body of the body named.
                body_of_body = modifier.dep_ == "poss" and parent and parent[0].kind == "organization" \
                    and any(c.dep_ in ("amod", "compound") for c in token.lefts)
                if parent and (modifier.dep_ != "poss" or body_of_body):
                    surface = self._surface(token)
                    country = parent[0].country or parent[0].label
                    if id(token.doc) in self.headlines and modifier.dep_ == "compound":
                        deferred = (surface, country)  # the body of that kind the story names below, if any
                        continue
                    return self._body_as_written(token, surface, country)  # "UN human rights office"
                if parent and token.lemma_.lower() in self.gazetteer.kinds.get("mission", ()):
                    # "the European Union's delegation": the body speaks through it.
                    for actor in parent:
                        self.note(actor, token, surface="")
                    return parent
                if parent:
                    return None
        if _gathering(token) is not None:
            return None  # "an association of private clinics" introduces one (``_described_body``)
        if any(c.dep_ in ("amod", "compound") and not self.gazetteer.demonym(c.text) for c in token.lefts) \
                and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                            or c.dep_ == "poss" and c.lower_ in ("her", "his", "its", "their") for c in token.lefts) \
                and id(token.doc) not in self.headlines:
            # "a rival company", "an oil company" introduce someone; "the Sao Paulo-based company" and "her
            # national federation" do not, nor does a headline's "Danish ferry firm", which the story names
            # below.
            return None
        kinds = self.gazetteer.kinds.get(noun, {noun})
        companies = self.gazetteer.kinds.get("company", set())

        own_labels: set[str] | None = None

        def own() -> set[str]:
            """A body rarely acts on itself: in "the RSF accused the military", the military is
            another, and in "the company accused Helix", the company is not Helix. The clause's
            subject, or its object, found only when a candidate needs checking."""
            nonlocal own_labels
            if own_labels is None:
                other = ("dobj",) if token.dep_ == "nsubj" else () if token.dep_ == "nsubjpass" else ("nsubj",)
                # A subject sets aside the object it names ("accused Helix"), not one it describes
                # ("blames Spanish yard"), which is resolved against the subject in turn.
                own_labels = {a.label for c in token.head.children if c.dep_ in other and c != token
                              and (token.dep_ != "nsubj" or c.pos_ == "PROPN" or c.ent_type_)
                              for a in self.resolve(c) or [self._known_name(c)] if a is not None}
            return own_labels

        def called(actor: Actor, words: set[str]) -> bool:
            if actor.kind == "person" or self._people_group(actor) and noun in companies:
                return False  # ("unlicensed miners" are no company; "experts advising UNESCO" may be a mission)
            # ("the airline" again is the body "the airline" referred to before, though an engine maker was
            # named since; "the company" follows the story to whichever company acts last)
            referred = self.referred_as.get(actor.label, ()) if noun not in self.gazetteer.generic_kinds else ()
            # ("the airline" is not the "Federation of Indian Airline Pilots": a word before people describes
            # them, within one of its names; the nouns that described it or named it again stand alone)
            named = [name.split() for name in (actor.label, *actor.aliases)]
            names = [word.lower() for words_of_name in named
                     for word, after in zip(words_of_name, [*words_of_name[1:], ""]) if not self._says_people(after)]
            names += [word.lower() for word in (*self.descriptors.get(actor.label, ()), *referred)]
            # "hospital trust": "Severnside Hospitals NHS Trust" (a name's plural, not "rival clubs")
            names += [word[:-1].lower() for words_of_name in named for word in words_of_name
                      if word.endswith("s") and word[:1].isupper()]
            if of_country is not None and (actor.kind == "country" or actor.country != of_country and (
                    actor.country or self.home != of_country)):
                return False
            return any(word in names for word in words) and actor.label not in own()

        # ("the company" is no body only called a group: "an environmental group" is none; "the group"
        # may still be a company)
        fitting = kinds - {"group"} if noun != "group" else kinds

        def fits(actor: Actor) -> bool:
            return called(actor, fitting)
        # The noun itself before its kind: "the army" is the army named before, not the forces. ("The
        # government" is a country's, below, not "the municipal government" named before.)
        # ("the army" is a state's, not the "New People's Army" named before, a rebel group's name)
        def a_states(actor: Actor) -> bool:
            return noun not in self.gazetteer.home_bodies or actor.country is not None
        found = None if noun in COUNTRY_NOUNS else \
            self._recent(token, lambda actor: called(actor, {noun}) and a_states(actor)) \
            or self._recent(token, lambda actor: fits(actor) and a_states(actor))
        a_company = kinds is self.gazetteer.kinds.get("company")

        def undescribed(actor: Actor) -> bool:
            """"Calder Vale said ... The company denied": a body never described yet is likely the
            company, when nothing describes it as another kind of body (a regulator, a union). (A body
            known only by a description, "an environmental group", would be called what it is; "Danish
            police", a country's body, is no company.)"""
            return actor.kind == "organization" and actor.label[:1].isupper() and actor.label not in self.entries \
                and not (actor.country and self.gazetteer.demonym(actor.label.split()[0])) \
                and not self._described_otherwise(actor, kinds) and actor.label not in own()
        if found is None and a_company:
            # (one called "the company" before stays the company: "the Ubuntu Law Clinic" named since,
            # never described, is no company for all that)
            found = self._recent(token, lambda actor: undescribed(actor) and noun in self.referred_as.get(
                actor.label, ())) or self._recent(token, undescribed, salient_only=True) \
                or self._recent(token, undescribed)
        if found is None:
            here = self.position(token)
            # A headline's subject is the first body of its kind named below, its object another one;
            # what describes it must describe that body too ("ferry firm": "ferry operator Skarvik"). In
            # the text, only a body its noun names: "the trade union" before "the Independent Trade Union
            # of Miners", but "the city council" is no commission named later.
            headline = id(token.doc) in self.headlines
            others = own() if token.dep_ not in ("nsubj", "nsubjpass") else set()
            # ("NZ watchdog" says whose the watchdog is, not what it is called.)
            described = {c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                         and self.gazetteer.lookup(c.text) is None} if headline else set()
            later = [(start, actor) for start, actor, _p, _s in self.history if start > here
                     and (fits(actor) if headline else called(actor, {noun})) and a_states(actor)
                     and actor.label not in others and (not described or called(actor, described))]
            if not later and headline and a_company and noun != "group":
                # "Union hails ruling; company says it will appeal": the story's first body that
                # nothing describes as another kind ("Azure Atoll Resorts"; a "rights group" may be none)
                later = [(start, actor) for start, actor, _p, _s in self.history
                         if start > here and undescribed(actor) and actor.label not in others]
            found = min(later, key=lambda item: item[0])[1] if later else None
        if found is None and noun in self.gazetteer.generic_bodies:
            # "Israel blamed the group": the body last named as a subject, other than this clause's own
            # (and not one called a company: "the environmental organization" is not the miner).
            businesses = companies - {"group"}
            found = self._recent(token, lambda a: a.kind in ("organization", "group") and a.label not in own()
                                 and not businesses & self.referred_as.get(a.label, set())
                                 and not self._people_group(a), salient_only=True)
        if found is None and noun in COUNTRY_NOUNS:
            # "Opposition lawmaker Diana Cevallos called on the government to recall ...": someone who
            # does not speak for a state means their own country's government.
            found = self._own_government(token)
        if found is None and noun in COUNTRY_NOUNS:
            # "called on the government to revoke the licence": the country last named, other than
            # the clause's own (its country speaks for its government).
            found = self._recent(token, lambda a: self._known_country(a) and a.label not in own())
        if found is None and of_country is None and any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.gazetteer.local_modifiers for c in token.lefts):
            # "The city council said", none named before: the story's local body, as written
            return self._body_as_written(token, self._surface(token), self.home)
        if found is None and deferred is not None and of_country is None:
            return self._body_as_written(token, *deferred)
        if found is None:
            return None
        if id(token.doc) in self.headlines:
            return [found]  # a headline's guess at whom it means: no mention for the text below to go by
        self.note(found, token, surface="")
        if found.kind != "country":  # "The company denied": now known to be one
            self.referred_as.setdefault(found.label, set()).add(noun)
        return [found]

    def _own_government(self, token: Token) -> Actor | None:
        """The country of the clause's subject, when the subject speaks for no state: a lawmaker, a
        party, an association ("urged the government"), not a minister or a ministry, who mean another's."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subject = next((c for c in subject_bearer(verb).children if c.dep_ == "nsubj"), None)
        found = self.resolve(subject) if subject is not None else []
        if len(found) == 1 and found[0].kind != "country":
            speaker = found[0]
            if speaker.kind == "person" and speaker.role in self.gazetteer.state_roles or speaker.kind != "person" and any(
                    (office := self.gazetteer.offices.get(word.lower())) is not None and not office.is_person
                    for word in speaker.label.split()):
                return None
            home = speaker.country
        elif not found and subject is not None and subject.pos_ == "PROPN":
            # a name being resolved as this is (what office, what country): by the office written with it
            offices = [self.office(t) for t in subject.subtree if t.pos_ == "NOUN"]
            if any(office is not None and office.label in self.gazetteer.state_roles for office in offices):
                return None
            home = None
        else:
            return None
        # (of the story's country, when nothing says whose it is: "QUITO ... Opposition lawmaker Diana Cevallos")
        country = self.actors.get(home or self.home or "")
        return country if country is not None and self._known_country(country) else None

    def _both(self, token: Token) -> list[Actor]:
        """ "... said both parties had encouraged their youths. Both denied the claim.": a bare "Both"
        subject is the two that "both parties" (or "the two parties") in the sentence before stands for."""
        sentence = self.sentence(token)
        if token.dep_ not in ("nsubj", "nsubjpass") or token.n_lefts or not sentence.start:
            return []
        before = self.sentence(token.doc[sentence.start - 1])
        plurals = [t for t in before if t.tag_ == "NNS"]
        return next((pair for t in reversed(plurals) if (pair := self._pair(t, both=True))), [])

    def _trade_body(self, token: Token) -> list[Actor]:
        """People of a trade, plural and undescribed ("the prosecutors", "investigators"): the latest body
        named before whose name has a word of the same stem ("Office of the Prosecutor General",
        "Investigative Committee"), noted as mentioned there."""
        if token.lemma_.lower() not in self.gazetteer.trades or token.tag_ != "NNS" or any(
                c.dep_ in ("amod", "compound", "poss") for c in token.lefts):
            return []
        stem = token.lemma_.lower()[:6]
        here = self.position(token)
        for start, actor, _plural, _salient in reversed(self.history):
            if start < here and actor.kind == "organization" and any(
                    word.lower().startswith(stem) for word in actor.label.split()):
                self.note(actor, token, surface="")
                return [actor]
        return []

    def _main_sides(self, token: Token) -> list[Actor] | None:
        """ "The two camps accuse each other", "the two belligerents", "the two sides": the two countries the
        story has named most so far (not the last two: a mediator is often named in between)."""
        here = self.position(token)
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for start, actor, _plural, _salient in self.history:
            if start < here and actor.kind == "country":
                counts[actor.label] = counts.get(actor.label, 0) + 1
                actors[actor.label] = actor
        if len(counts) < 2:
            return None
        found = [actors[label] for label in sorted(counts, key=lambda label: -counts[label])[:2]]
        for actor in found:
            self.note(actor, token, surface="")
        return found

    def _pair(self, token: Token, both: bool = False) -> list[Actor] | None:
        """"The two companies", "the two countries": the two bodies of that kind named last, those the noun
        names first ("the two parties": two named parties, not the police named since); with ``both``,
        "both parties" too (a call on "both parties" stays addressed to no one named: only ``_both`` asks).
        ("Both sides" is left alone: it often means parties never named as such.)"""
        noun = token.lemma_.lower()
        two = any(c.lower_ == "two" and c.dep_ == "nummod" for c in token.children)
        if token.tag_ == "NNS" and two and noun in WARRING_SIDES:
            return self._main_sides(token)
        if token.tag_ != "NNS" or noun == "side" or not any(
                c.lower_ == "two" and c.dep_ == "nummod" or both and c.lower_ == "both" and c.dep_ in ("det", "predet")
                for c in token.children):
            return None
        office = self.office(token)
        if office is not None and office.stands_for_country:
            kinds: tuple[str, ...] = ("country",)
        elif noun in self.gazetteer.anaphoric or noun in self.gazetteer.kinds:
            kinds = ("organization", "group")
        else:
            return None
        # "Brazil and the United States urged the two neighbours": not the clause's own subjects.
        own = [actor for c in token.head.children if c.dep_ == "nsubj" and token.dep_ != "nsubj"
               for actor in self.resolve(c)]
        here = self.position(token)
        candidates = [actor for start, actor, _plural, _salient in reversed(self.history)
                      if start < here and actor.kind in kinds and actor not in own]
        named = [actor for actor in candidates if noun in actor.label.lower().split()]
        found: list[Actor] = []
        for actor in named if len(set(map(id, named))) >= 2 else candidates:
            if actor not in found:
                found.append(actor)
            if len(found) == 2:
                for pair_member in found:
                    self.note(pair_member, token, surface="")
                return found[::-1]
        return None

    def _described_otherwise(self, actor: Actor, kinds: set[str]) -> bool:
        """Whether a body was described, or is named, as a kind of body outside ``kinds``
        ("regulator Ofwat", "the Administrative Council for Economic Defence")."""
        words = {*self.descriptors.get(actor.label, ()), *actor.label.lower().split()}
        return any(word in self.gazetteer.body_words and word not in kinds for word in words)

    def describe(self, actor: Actor, head: Token) -> None:
        """Remember what kind of body a name is ("technology group Orbitex", "carmaker Halvorsen")."""
        # Not the head of a conjunct: in "Sudan's army and RSF", RSF is not an army.
        words = [*head.lefts, *([head.head] if head.dep_ != "conj" else [])]
        words += _one_of(head)  # "one of the raided companies, Guaraní Hash": a company
        first = min([head.i, *(t.i for t in head.lefts if t.dep_ == "compound")])
        before = head.doc[first - 1] if first else None
        if before is not None and before.head == head.head and before.dep_ == head.dep_ and before.pos_ == "NOUN" \
                and before.lemma_.lower() in self.gazetteer.anaphoric:
            words.append(before)  # "The union SEBL held a rally": two subjects to the parser
        if id(head.doc) in self.headlines:
            # A headline's parse takes verbs for nouns ("regulator fines Aurora Pacific"): only the
            # nouns just before the name, up to a plural that may be a verb ("Cycling team Halcyon").
            words = []
            before = min([head.i, *(t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")]) - 1
            while before >= 0 and head.doc[before].dep_ == "compound" and head.doc[before].pos_ == "NOUN" \
                    and head.doc[before].tag_ != "NNS":
                words.append(head.doc[before])
                before -= 1
        for token in words:
            if token.pos_ == "NOUN" and token.dep_ in ("compound", "appos", "nsubj", "dobj", "pobj", "ROOT") \
                    or token.dep_ == "compound" and token.pos_ == "NOUN" \
                    or token.dep_ == "amod" and token.lemma_.lower() in self.gazetteer.anaphoric:  # "the collective X"
                words = self.descriptors.setdefault(actor.label, set())
                words.add(token.lemma_.lower())
                # "ferry operator Skarvik Lines" is a ferry operator: a headline's "ferry firm".
                words.update(c.lemma_.lower() for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")

    def _owning_organization(self, token: Token) -> Actor | None:
        """The one organization whose office a noun names by a possessive: "Its director general" after
        the IAEA, "the agency's chairman"."""
        owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
        found = self.resolve(owner) if owner is not None else []
        return found[0] if len(found) == 1 and found[0].kind == "organization" else None

    @staticmethod
    def _role_named(office: Office, token: Token) -> str | None:
        """The role a named holder of an office gets: the office's, or for the many kinds of leader the word
        written ("governor", "mayor", "colonel": "the governor" later is he), except words that say no more
        than that ("official", "member")."""
        if office.label != "leader":
            return office.label
        word = token.lemma_.lower()
        return None if word in GENERIC_LEADERS else word

    def _holder(self, office: Office, token: Token, country: str | None) -> Actor | None:
        """The person in this document who holds an office: "the French president" -> Emmanuel Macron."""
        def holds(actor: Actor) -> bool:
            if actor.kind != "person" or (country and actor.country != country):
                return False
            roles = [actor.role or ""]
            entry = self.entries.get(actor.label)
            if entry is not None:
                roles += entry.roles
            wanted = {token.lemma_.lower(), token.lower_}
            if office.label != "leader":
                wanted.add(office.label.lower())
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                wanted |= office.also_held_by  # (not "a diplomat familiar with the plans")
            return any(word in role.lower() for role in roles if role for word in wanted)
        candidates = [actor for actor in self.actors.values() if holds(actor) and actor.mentions]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return self._nearest(token, candidates)
        return None

    # ----- pronouns --------------------------------------------------------------------------

    def position(self, token: Token) -> int:
        return self.offsets.get(id(token.doc), 0) + token.idx

    def _recent(self, token: Token, accept, salient_only: bool = False, since: int = -1,
                singular: bool = False) -> Actor | None:
        """The latest actor ``accept`` takes, mentioned before ``token`` (and from ``since`` on); with
        ``since``, never one mentioned inside a quotation (the speaker's words, not the narrator's);
        with ``singular``, never people described in the plural ("department heads" is no "she"; a
        name the tagger takes for a plural, "Ana Morales", is no plural)."""
        here = self.position(token)
        for start, actor, plural, salient in reversed(self.history):
            if start < since:
                return None
            if start < here and accept(actor) and (salient or not salient_only) \
                    and not (singular and plural and _described(actor)) \
                    and (since < 0 or start not in self.quoted_starts):
                return actor
        return None

    def _known_country(self, actor: Actor) -> bool:
        """A country the gazetteer knows: a place NER calls a country ("near Kalengera", "listed in
        Johannesburg") is no "it" and no "the government"."""
        return actor.kind == "country" and self.gazetteer.lookup(actor.label) is not None

    def _continued_subject(self, token: Token) -> Actor | None:
        """ "He told Slovenian television he had shown the licence and that one officer had threatened
        to seize the boat. “...,” he said.": a subject "he" goes on with the "he" that was the subject
        of the sentence before, not with a person that sentence only reported on."""
        if token.dep_ != "nsubj":
            return None
        before, here = self._previous_sentence_start(token), self.position(self.sentence(token)[0])
        return next((actor for place, (word, actor) in self.subject_pronouns.items()
                     if before <= place < here and word == token.lower_), None)

    def _previous_sentence_start(self, token: Token) -> int:
        """Where the sentence before ``token``'s begins (in the article's text); before the quote's
        first sentence when that one only opens the quote ('"Our herders are accomplices of nobody. They
        were killed in their sleep," he said': whoever "he" is, was named before the quote)."""
        here = self.position(self.sentence(token)[0])
        index = bisect.bisect_left(self.sentence_starts, here)
        if index > 1 and self.sentence_starts[index - 1] in self.quote_openings:
            index -= 1
        return self.sentence_starts[index - 1] if index > 0 else here

    def _nearest(self, token: Token, candidates: list[Actor]) -> Actor:
        here = self.position(token)
        return min(candidates, key=lambda actor: min(abs(m.start - here) + (0 if m.start < here else 10_000)
                                                      for m in actor.mentions))

    def _matrix_subject(self, token: Token, kind: str) -> Actor | None:
        """In "China lashed out at Manila over what it called a provocation", "it" is the subject of
        the clause that contains the pronoun's clause, when that subject came first and fits."""
        fits = {"person": lambda a: a.kind == "person",
                "thing": lambda a: a.kind in ("country", "organization", "group"),
                "plural": lambda a: a.kind in ("country", "organization", "group")}[kind]
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = token.head
        for ancestor in clause.ancestors:
            if ancestor.pos_ not in ("VERB", "AUX"):
                continue
            if token.dep_ == "poss":
                # "Kinshasa was trying to hide its own army's failures": an infinitive's owner is the
                # subject of the verb it completes.
                while ancestor.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in ancestor.children):
                    ancestor = ancestor.head
            for subject in subject_bearer(ancestor).children:
                if subject.dep_ == "nsubj" and subject.i < token.i and subject.pos_ != "PRON":
                    found = [a for a in self.resolve(subject) if fits(a)]
                    return found[0] if len(found) == 1 else None
            return None
        return None

    def _object_antecedent(self, token: Token, accept) -> Actor | None:
        """An object pronoun's antecedent earlier in its own sentence, other than its verb's subject:
        in "Algeria cut ties with Morocco, accusing it of hostile actions", "it" is Morocco."""
        if token.dep_ not in ("dobj", "pobj", "dative"):
            return None
        verb = token.head if token.dep_ != "pobj" else token.head.head
        subjects = {a.label for c in subject_bearer(verb).children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < token.i and c.pos_ != "PRON" for a in self.resolve(c)}
        return self._recent(token, lambda actor: accept(actor) and actor.label not in subjects,
                            since=self.position(self.sentence(token)[0]))

    def _voice(self, token: Token, gender: str | None, since: int) -> tuple[int, Actor] | None:
        """The latest unnamed spokesperson of this sentence or the one before who fits the pronoun."""
        here = self.position(token)
        for place, body, voiced in reversed(self.voices):
            if since <= place < here and (voiced is None or gender is None or voiced == gender):
                return place, body
        return None

    def _learn_from_pronoun(self, person: Actor, gender: str | None) -> None:
        """ "Morales ... she told a radio station": a later "he" is someone else."""
        if gender is not None and person.kind == "person":
            self.genders.setdefault(id(person), gender)

    def pronoun(self, token: Token, prefer: list[Actor] | None = None) -> list[Actor]:
        """He / she -> the latest person of that gender (if known), a subject of this sentence or the one
        before first; it -> the latest country or organization (an object's in its own sentence, else a
        subject first); they -> the latest plural."""
        kind = PERSONAL_PRONOUNS.get(token.lower_)
        if kind is None:
            return []
        gender = PRONOUN_GENDERS.get(token.lower_)

        def agrees(actor: Actor) -> bool:  # "she" is no man named before, "he" no woman
            return actor.kind == "person" and self.genders.get(id(actor), gender) == gender

        matrix = self._matrix_subject(token, kind)
        if matrix is not None and (kind != "person" or agrees(matrix)):
            # A guess, not evidence: in "Her coach, Paulo Serrao, insisted she had told the unit", "she"
            # is the athlete. So the matrix subject learns no gender from it.
            return [matrix]
        if kind == "person":
            continued = self._continued_subject(token)
            if continued is not None and agrees(continued):
                return [continued]
            for actor in reversed(prefer or []):
                if agrees(actor):
                    self._learn_from_pronoun(actor, gender)
                    return [actor]
            # A subject of this sentence or the one before, else anyone fitting in the one before
            # ("UDP chairman Yusuf Kombo said Halima Juma had been held. Her lawyer said ..."), else
            # the latest subject, else anyone.
            before = self._previous_sentence_start(token)
            actor = self._recent(token, agrees, salient_only=True, since=before, singular=True) \
                or self._recent(token, agrees, since=before, singular=True) \
                or self._recent(token, agrees, salient_only=True, singular=True) or self._recent(token, agrees)
            voice = self._voice(token, gender, since=before)
            if voice is not None and (actor is None or voice[0] > max(
                    (m.start for m in actor.mentions if m.start < voice[0] + 1), default=-1)):
                return [voice[1]]  # "A spokeswoman said ... , she added": the body she speaks for
            if actor is not None:
                if token.dep_ != "poss":  # ("Jovanović called the minister's remarks ..., a charge her
                    # spokesman rejected": whose spokesman is a guess, no evidence of anyone's gender)
                    self._learn_from_pronoun(actor, gender)
                if token.dep_ == "nsubj":
                    self.subject_pronouns[self.position(token)] = (token.lower_, actor)
        elif kind == "thing":
            # In "operator Harbourside, which it accused of ...", "it" is not Harbourside.
            antecedent = self.resolve(token.head.head) if token.head.dep_ == "relcl" and token.dep_ == "nsubj" else []
            def body(a: Actor) -> bool:  # not people ("residents of Kamsar"), unless named again as a body
                people = self._people_group(a) and not self.referred_as.get(a.label)  # ("the advisory mission")
                return (a.kind in ("organization", "group") or self._known_country(a)) and a not in antecedent \
                    and not people
            # (nor people described in the plural: in "Security forces returned fire, it said", "it" is
            # whoever spoke before)
            actor = self._object_antecedent(token, body) \
                or self._recent(token, body, salient_only=True, singular=True) or self._recent(token, body, singular=True)
        else:
            here = self.position(token)
            actor = None
            for start, candidate, plural, _salient in reversed(self.history):
                if start < here and (plural or candidate.kind in ("group",)):
                    actor = candidate
                    break
            actor = actor or self._recent(token, lambda a: a.kind in ("country", "organization", "group"))
        return [actor] if actor is not None else []


def spliced_verb(noun: Token) -> Token | None:
    """The verb a coordinated object is the subject of, in a comma splice: "Kyiv blames Russia, Moscow-installed
    officials point to Ukrainian drone" (the parser joins "officials" to "Russia", and "point" to "blames")."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.i + 1 >= len(doc) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = doc[noun.i + 1]
    if verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head == noun.head.head and verb.tag_ in ("VBP", "VBZ", "VBD") \
            and doc[noun.left_edge.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    return None


def _title_words(words: Span) -> bool:
    """Whether every word of a name is a capitalized word of letters ("Savanes Solidarité"; not "A/S")."""
    return all(word.is_title and len(word) > 1 and word.text.replace("-", "").isalpha() for word in words)


def _according_to_source(word: Token) -> bool:
    """Whether a word is the source an "according to" names ("according to the ministry")."""
    return word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.lower_ == "according"


def _opens_a_quote(sentence: Span) -> bool:
    """Whether a sentence starts a quotation that it does not close ('"Our herders are accomplices of
    nobody.'), so that the quote goes on in the next sentence."""
    return opening_quote(sentence[0]) and not any(word.is_quote for word in sentence[1:])


def opening_quote(word: Token) -> bool:
    """Whether a word is an opening quotation mark (a straight one as the tagger reads it)."""
    return word.text in OPENING or word.text == '"' and word.tag_ == "``"


def kind_before_quoted_name(doc: Doc, start: int, end: int, body_words: set[str]) -> Token | None:
    """The kind of body a name in quotation marks follows: 'the company "Latgales Granulas"', 'the
    party «Nasha Strana»', as translations from languages that quote names write them."""
    if start < 2 or end >= len(doc) or not opening_quote(doc[start - 1]) or not doc[end].is_quote:
        return None
    kind = doc[start - 2]
    return kind if kind.pos_ == "NOUN" and kind.lemma_.lower() in body_words else None
