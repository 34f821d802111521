"""Events: strikes, attacks, killings, meetings, sanctions ... with their date and place.

A trigger word from ``ontology/events.ttl`` makes an event; its date is the nearest day-naming date
expression in the same clause, its place the nearest place name attached to it. Mentions of the same
kind of event on the same day are one event ("a new wave of strikes ... on November 23" and "these
strikes"); an anaphoric mention without a date ("these bombings") refers to the latest event of its type.
An act no trigger names is an event too when the text gives it a day ("blocked the bridge on Monday"): an
"occurrence", named by its verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..records import Actor, Event
from .actors import ActorBook
from .dates import DATE_ENTITIES, FUTURE, MONTHS, WEEKDAYS, days_after, parse_date, shift_date, tense
from .lexicon import Lexicon

__all__ = ["EventFinder"]

INDEFINITE = {"a", "an", "another"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "on", "at", "near", "against", "from", "within", "over"}
# Clauses with a time of their own: "will walk out on August 9 after talks broke down".
OWN_TIME_MARKS = {"if", "unless", "before", "after", "until", "since", "once"}
PARTICLES = {"back", "off", "out", "up", "down", "away", "over"}
TIME_PREPOSITIONS = {"after", "before", "since", "until", "following", "during"}  # "a day after heavy rain"
DAY_PARTS = {"night", "morning", "evening", "afternoon", "dawn"}  # "in the night of November 2"
CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "relcl", "acl"}  # dependents that are clauses of their own
MONTH_OR_YEAR = re.compile(r"\b(?:" + "|".join(MONTHS) + r"|\d{4})\b", re.IGNORECASE)
OCCURRENCE = "occurrence"  # the type of an act no trigger names, dated by the text (``_dated_acts``)


class EventFinder:
    """Collects the events of one document."""

    def __init__(self, doc_id: str, book: ActorBook, lexicon: Lexicon, published: str | None) -> None:
        self.doc_id = doc_id
        self.book = book
        self.lexicon = lexicon
        self.published = published
        self.events: list[Event] = []
        self.by_token: dict[tuple[int, int], Event] = {}
        self.heads: list[Token] = []  # each event's first mention, whose phrase names its participants
        # ids of events the text puts in a month or a year but on no day ("killed 19 people there in May"):
        # a later mention with a day is another event
        self.in_a_month: set[int] = set()
        self.longest = lexicon.longest_trigger
        self.first_words = lexicon.trigger_starts
        # The day the paragraph's story was last at: (the paragraph's doc, the date of an event its
        # sentence before dated), for what the next sentence goes on to tell ("..., but police evacuated
        # about 200 residents")
        self.story_day: tuple[int, str] | None = None
        self.sentence_days: list[str] = []

    def read(self, sent: Span) -> None:
        self.sentence_days = []
        offset = self.book.offsets.get(id(sent.doc), 0)
        table = self.book.tables[id(sent.doc)]
        lower, lemma = table.lower[sent.start:sent.end], table.lemma[sent.start:sent.end]
        tokens: list[Token] = []  # made once a word may start a trigger (most sentences have none)
        index = 0
        while index < len(lower):
            if lower[index] not in self.first_words and lemma[index] not in self.first_words:
                index += 1
                continue
            tokens = tokens or list(sent)
            matched = self._match(tokens, index, lower, lemma)
            if matched is None:
                index += 1
                continue
            size, event_type = matched
            trigger_tokens = tokens[index:index + size]
            head = max(trigger_tokens, key=lambda t: (t.pos_ in ("NOUN", "VERB"), -abs(t.head.i - t.i) if t.head in trigger_tokens else 0))
            self._add(head, trigger_tokens, event_type, offset)
            index += size
        self._dated_acts(sent, offset)
        self.story_day = (id(sent.doc), self.sentence_days[-1]) if len(set(self.sentence_days)) == 1 else None

    def _dated_acts(self, sent: Span, offset: int) -> None:
        """Acts no trigger names that the text dates itself: "blocked the bridge on Monday", "flew to Suva on
        May 26". Events of type "occurrence", named by their verb. Not speech acts (they are statements),
        light verbs ("took", "went"), verbs that schedule what they govern, a deadline ("by Friday"), nor an
        act a trigger below the verb names already ("staged a strike on Tuesday")."""
        for entity in self.book.entities_in(sent):
            root = entity.root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in DAY_PARTS:
                root = root.head.head  # "during [the night of] [May 3]", two entities to NER
            # "on Monday", "Monday", "in the night of November 2" (not "by Friday", a deadline, nor
            # "since", "until")
            if entity.label_ not in DATE_ENTITIES or not (
                    root.dep_ == "npadvmod" or root.dep_ == "pobj" and (
                        root.head.lower_ == "on" or root.head.lower_ in ("in", "during") and root.lower_ in DAY_PARTS)):
                continue
            verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
            # "shut two of its four wells on Tuesday": the parser hangs the day on the object
            for _ in range(4):  # (up from "wells" through "of" to "two", the object, then to "shut")
                # ("was hit at a crossing on the evening of May 3": and on the place where it happened)
                if verb.pos_ not in ("NOUN", "NUM") or not (
                        verb.dep_ == "dobj" or verb.dep_ == "pobj" and (
                            verb.head.lower_ == "of" or verb.head.lower_ in ("at", "near") and verb.pos_ == "NOUN")):
                    break
                verb = verb.head if verb.dep_ == "dobj" else verb.head.head
            lemma = verb.lemma_.lower()
            # with its particle: "turned back", "shut down", "were taken out of the school"
            words = [verb, *(c for c in verb.rights if c.i == verb.i + 1 and (c.dep_ == "prt" or c.lower_ in PARTICLES and (
                c.dep_ == "advmod" or c.dep_ == "prep" and c.lower_ == "out")))]
            # ("left Norway on Sunday", "took Kherson", "were taken out": a light verb acting on a place,
            # or with a particle, is an act)
            light = lemma in self.lexicon.light_verbs and len(words) == 1 and not any(
                c.dep_ == "dobj" and self._is_place(c) for c in verb.children)
            if verb.pos_ != "VERB" or self._speaks(verb) or lemma in self.lexicon.negated_cues \
                    or light or lemma in self.lexicon.scheduling \
                    or lemma in self.lexicon.future_verbs \
                    or any((id(t.doc), t.i) in self.by_token for t in self._own_phrase(verb)) \
                    or verb.dep_ in ("acl", "relcl") and (id(verb.doc), verb.head.i) in self.by_token:
                continue  # ("tests carried out on August 1": the tests are the event)
            date = parse_date(self.book.span_text(entity), self.published, self.when(entity, verb))
            if date is None:
                continue
            # and with what it acts on, when the text says it right after: "sent two water tankers"
            acted_on = next((c for c in verb.rights if c.dep_ == "dobj"), None)
            if acted_on is not None and acted_on.pos_ == "NOUN" and acted_on.is_alpha and acted_on.i - words[-1].i <= 4:
                words.append(acted_on)
            same = next((event for event, head in zip(self.events, self.heads) if event.event_type == OCCURRENCE
                         and event.date == date and head.lemma_.lower() == lemma), None)
            if same is None:
                self._new_event(verb, words, OCCURRENCE, offset, date, self.place_near(verb))
            else:
                self.by_token[(id(verb.doc), verb.i)] = same

    def _speaks(self, verb: Token) -> bool:
        """Whether a verb is a statement cue: "turned" is one only with "down" ("turned down the request"),
        not in "the river turned red". A punishment is an act too: "blocked the bridge on Monday"."""
        words = {w for c in verb.children for w in (c.lower_, c.lemma_.lower())}
        return any(not cue.sanction and all(word in words for word in cue.words[1:])
                   for cue in self.lexicon.verb_cues.get(verb.lemma_.lower(), []))

    @staticmethod
    def _own_phrase(verb: Token) -> list[Token]:
        """The verb and its arguments, without the clauses hung on it nor what dates it: in "shut two
        wells on Tuesday after tests found PFAS", the tests are not what was shut; in "turned red on
        April 27, a day after heavy rain", the rain did not turn."""
        clauses = {t.i for c in verb.children if c.dep_ in CLAUSES for t in c.subtree}
        clauses.update(t.i for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ in TIME_PREPOSITIONS
                       for t in prep.subtree)
        return [t for t in verb.subtree if t.i not in clauses]

    def _match(self, tokens: list[Token], index: int, lower: list[str], lemma: list[str]) -> tuple[int, str] | None:
        """The size and event type of the trigger that starts at ``tokens[index]``, a trigger's first
        word (``lower`` and ``lemma``: the words of ``tokens``, from ``TokenTable``), if any."""
        for size in range(min(self.longest, len(tokens) - index), 0, -1):
            words = tokens[index:index + size]
            if words[0].pos_ not in ("NOUN", "VERB", "PROPN") and size == 1:
                continue
            if size == 1 and words[0].tag_ == "VBN" and words[0].dep_ == "amod":
                continue  # "banned substances", "a disputed section": a participle that describes
            if size == 1 and words[0].pos_ == "PROPN" and (words[0].ent_type_ in ("ORG", "PERSON")
                                                          or self.book.gazetteer.lookup(words[0].text)):
                continue  # "the statements of Amnesty": a name, not an amnesty
            for key in (tuple(lower[index:index + size]), tuple(lemma[index:index + size])):
                event_type = self.lexicon.event_triggers.get(key)
                if event_type is not None and size == 1 and words[0].pos_ != "NOUN" \
                        and event_type in self.lexicon.noun_triggered:
                    continue  # "reported that", "to match": the verb is no report, no match
                if event_type is not None:
                    if words[-1].lemma_.lower() == "release" and any(
                            c.dep_ == "compound" and c.lower_ in ("press", "news") for c in words[-1].children):
                        return None  # a press release is no event (a press conference is one)
                    return size, event_type
        return None

    def _add(self, head: Token, trigger: list[Token], event_type: str, offset: int) -> None:
        date = self.date_near(head) or self.story_goes_on(head)
        place = self.place_near(head)
        text = self.book.slice(trigger[0], trigger[-1])
        # One event per type and day; an undated mention is the latest event of its type, if any
        # ("the launch", "these strikes"); a dated one completes an undated event of its type.
        same = None
        # ("A strike on a hypermarket killed 19 people in May": an indefinite mention is another event)
        # (nor one put in a month or a year: "the explosions of the gas pipelines in September")
        another = head.pos_ == "NOUN" and head.dep_ not in ("attr", "appos") and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children) or not date and self._in_a_month(head)
        for event in reversed(self.events):
            if event.event_type != event_type:
                continue
            if (date and event.date == date) or not date and not another \
                    or (date and not event.date and id(event) not in self.in_a_month):
                same = event
                break
        if same is None and not date and not place and head.pos_ == "VERB" and not _reported_act(head):
            return  # a bare verb ("to strike") with nothing to anchor it is not worth an event
        if same is not None:
            same.place = same.place or place
            if date:
                self.sentence_days.append(date)
            if date and not same.date:
                # The mention that dates the event names it too: "deaths / shot dead (2026-09-02)".
                same.date = date
                name = self._named(same)
                named = name if text.lower() == same.trigger.lower() else f"{name} / {text}"
                same.label = _label(named, same.place, date)
            elif head.pos_ == "NOUN" and self.heads[self.events.index(same)].pos_ == "VERB" \
                    and text.lower() not in same.label.lower():
                # "to discuss prison conditions at its summit": the noun names what the verb only does there
                same.label = _label(f"{self._named(same)} / {text}", same.place, same.date)
            self.by_token[(id(head.doc), head.i)] = same
            return
        self._new_event(head, trigger, event_type, offset, date, place)

    def _with_what_it_hit(self, head: Token, text: str) -> str:
        """The trigger with what a strike or an attack was "on" or "against", when that is no place name
        (a place goes into the label as such): "strike on a hypermarket", "attack on the convoy", to tell
        it from the article's other strikes."""
        if head.pos_ != "NOUN":
            return text
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                target = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if target is not None and target.pos_ == "NOUN" and target.ent_type_ not in PLACE_ENTITIES:
                    return f"{text} {prep.lower_} {self.book.slice(target.left_edge, target)}"
        return text

    def _named(self, event: Event) -> str:
        """What an event's label calls it, before its place and date (see ``_with_what_it_hit``)."""
        return self._with_what_it_hit(self.head_of(event), event.trigger)

    def _in_a_month(self, head: Token) -> bool:
        """Whether the trigger's clause names a month or a year but no day: "in May", "in 2023"."""
        clause = _clause_of(head)
        # (a time the clause is at, not a date that describes a thing: "their May bills")
        return any(entity.label_ == "DATE" and not entity.root.is_ancestor(head) and MONTH_OR_YEAR.search(entity.text)
                   and (entity.root.dep_ == "npadvmod"
                        or entity.root.dep_ == "pobj" and entity.root.head.lower_ in ("in", "during", "since"))
                   and self._governor(entity.root, head) in (clause, head)
                   for entity in self.book.entities_in(self.book.sentence(head)))

    def story_goes_on(self, verb: Token) -> str | None:
        """The day of the sentence before, in the same paragraph, for an act told in the past tense in the
        main clause of the next one, without a day of its own: "Eleven wagons left the track late on
        Tuesday. Nobody was hurt, but police evacuated about 200 residents" (on Tuesday too)."""
        if self.story_day is None or self.story_day[0] != id(verb.doc) or verb.tag_ != "VBD" \
                or verb.dep_ not in ("ROOT", "conj") or verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
            return None
        return self.story_day[1]

    def _new_event(self, head: Token, trigger: list[Token], event_type: str, offset: int, date: str | None,
                   place: str | None) -> None:
        """An event first mentioned by ``trigger`` (``head`` its main word), noted where it is mentioned."""
        text = self.book.slice(trigger[0], trigger[-1])
        name = self._with_what_it_hit(head, text)
        event = Event(doc=self.doc_id, label=_label(name, place, date), event_type=event_type, trigger=text,
                      start=offset + trigger[0].idx, end=offset + trigger[-1].idx + len(trigger[-1].text),
                      date=date, place=place)
        if date:
            self.sentence_days.append(date)
        self.events.append(event)
        if date is None and self._in_a_month(head):
            self.in_a_month.add(id(event))
        self.heads.append(head)
        self.by_token[(id(head.doc), head.i)] = event

    def when(self, date: Span, verb: Token | None) -> str | None:
        """Which side of the article a date lies on: ahead when it is what something is set "for"
        ("invited the Chamber for Thursday"), else as its verb's tense says."""
        if date.root.dep_ == "pobj" and date.root.head.lower_ == "for":
            return FUTURE
        # "called a 48-hour strike from Friday": what starts on a weekday starts on the next one (not "from
        # Monday to Wednesday", a span that may be past, however the parser hangs its end: "in the night
        # from Saturday to Sunday", one date to NER)
        span_ends = ("to", "until", "till", "through")
        if date.root.dep_ == "pobj" and date.root.head.lower_ == "from" and date.root.lower_ in WEEKDAYS \
                and not any(c.lower_ in span_ends for c in date.root.head.head.children) \
                and not any(word.lower_ in span_ends for word in [*date, *date.root.children]):
            return FUTURE
        return tense(verb, self.lexicon.future_verbs, self.lexicon.prospective_verbs)

    def date_near(self, head: Token) -> str | None:
        """The closest day-naming date in the trigger's clause (its subtree or its verb's direct dates).

        A date that a speech act's verb governs dates the speech act, not the events it is about:
        "traded blame on Tuesday for the shelling" says nothing of the shelling's day (but
        "announced the rules on March 4" dates the rules).
        """
        candidates = []
        clause = _clause_of(head)
        days: dict[str, Token | None] = {}  # each day the sentence names, and the verb it hangs from
        before = None  # the last day named so far: "hit on October 3 and died two days later"
        for entity in self.book.entities_in(self.book.sentence(head)):
            if entity.label_ not in DATE_ENTITIES:
                continue
            root = entity.root
            governor = self._governor(root, head)
            text = self.book.span_text(entity)
            date = parse_date(text, self.published, self.when(entity, governor))
            shift = days_after(text) if date is None and before is not None else None
            if shift is not None:
                date = shift_date(before, shift)
            before = date or before
            if governor is not None and (self._topic_of_speech(head, governor)
                                         or self._in_clause_of_its_own(head, governor)):
                continue
            if date is None:
                continue
            days[date] = governor
            ancestors = {a.i for a in root.ancestors}
            in_trigger = head.i in ancestors
            distance = min(abs(root.i - head.i), abs(entity.start - head.i))
            in_clause = clause.i in ancestors or root.head == clause
            # Next to the trigger but governed by another verb: "publish a schedule on July 29 if the
            # strike goes ahead" dates the publishing.
            beside = distance <= 4 and governor in (None, head, clause)
            scheduled = any(a.lemma_.lower() in self.lexicon.scheduling and a.i > head.i for a in root.ancestors
                            if a.pos_ in ("VERB", "AUX", "ADJ"))
            if in_trigger or (in_clause and distance <= 15) or beside or (scheduled and distance <= 30):
                candidates.append((0 if in_trigger else 1, distance, date))
        if not candidates and len(days) == 1:
            # A sentence that names a single day is about that day: "On May 3, ... the clashes ...".
            (day, governor), = days.items()
            said = governor is not None and governor.lemma_.lower() in self.lexicon.verb_cues
            return None if said and self._told_of_someone(head) else day
        return min(candidates)[2] if candidates else None

    def _topic_of_speech(self, head: Token, verb: Token) -> bool:
        """Whether the trigger is what a speech act's verb is about, in a phrase of its own
        ("blamed X for the shelling", "accused X of killing")."""
        if verb.lemma_.lower() not in self.lexicon.verb_cues:
            return False
        # "accused the navy of detaining", "blamed the army's units for the shelling": what the
        # object is charged with, however the parser hangs the "of" or "for" (but "ordered on Tuesday
        # the dispatch of a mission" dates the dispatch)
        accusing = any(cue.type == "accuse" for cue in self.lexicon.verb_cues[verb.lemma_.lower()])
        charged_with = False
        for token in (head, *head.ancestors):
            if token.head == verb and token != verb:
                # not where it was said: "told a press conference on Tuesday", "spoke at the summit"
                return charged_with or token.dep_ == "prep" and token.lower_ not in ("at", "in", "during")
            # (on the verb or on whom it accuses, not on a thing: "issued warrants for the arrest of")
            charged_with = charged_with or accusing and token.dep_ == "prep" and token.lower_ in ("of", "for", "over") \
                and (token.head == verb or token.head.ent_type_ != "" or token.head.pos_ in ("PROPN", "PRON")
                     or token.head.lemma_.lower() in self.book.gazetteer.body_words
                     or token.head.lemma_.lower() in self.book.gazetteer.people)
        return False

    def _told_of_someone(self, head: Token) -> bool:
        """Whether the trigger is in a relative clause about someone, not about an event: in "Norway on
        Thursday asked Mongolia to waive the immunity of an official whose car struck and killed a
        cyclist", Thursday is the asking's day, not the killing's (but "the clashes, which killed five"
        happened when the clashes did). Its caller asks only when the sentence's day dates a statement."""
        for token in (head, *head.ancestors):
            if token.dep_ == "relcl":  # (the day itself: "since Monday, when the strike began")
                return (id(token.doc), token.head.i) not in self.by_token and token.head.ent_type_ not in DATE_ENTITIES
        return False

    @staticmethod
    def _in_clause_of_its_own(head: Token, governor: Token) -> bool:
        """Whether the trigger sits in a clause below the date's verb that has its own time
        ("publish a timetable on July 29 if the strike goes ahead")."""
        for token in (head, *head.ancestors):
            if token == governor:
                return False
            if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in OWN_TIME_MARKS
                                                     for c in token.children):
                return True
        return False

    @staticmethod
    def _governor(root: Token, head: Token) -> Token | None:
        """The verb a date hangs from, or the trigger when the date is inside its phrase."""
        for ancestor in root.ancestors:
            if ancestor == head or ancestor.pos_ in ("VERB", "AUX"):
                return ancestor
        return None

    def _is_place(self, token: Token) -> bool:
        """A place name, or a country NER took for something else ("left Lesotho": a person to it)."""
        entry = self.book.gazetteer.lookup(token.text) if token.pos_ == "PROPN" else None
        return token.ent_type_ in PLACE_ENTITIES or entry is not None and entry.kind == "country"

    def place_near(self, head: Token) -> str | None:
        for token in head.subtree:
            if token.ent_type_ in PLACE_ENTITIES and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
                entity = self.book.entity(token)
                if entity is not None:
                    return entity.text.strip()
        for child in head.head.children if head.dep_ in ("dobj", "nsubj", "nsubjpass") else []:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "at"):
                for pobj in child.children:
                    if pobj.ent_type_ in PLACE_ENTITIES:
                        entity = self.book.entity(pobj)
                        if entity is not None:
                            return entity.text.strip()
        return None

    def finish(self) -> None:
        """Name each event's participants, once the document's statements are read: resolving an
        actor notes a mention that later pronouns may point to, and which words name events must
        not change who "it" or "the government" is in a statement."""
        for event, head in zip(self.events, self.heads):
            event.participants = self.participants(head)

    def participants(self, head: Token) -> list[Actor]:
        actors: list[Actor] = []
        for token in head.subtree:
            if token.dep_ in ("poss", "amod", "pobj", "nsubj", "compound") and (
                    token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
                if token.dep_ == "amod" or token.ent_type_ == "NORP":
                    entry = self.book.gazetteer.demonym(token.text)
                    found = [self.book.from_entry(entry)] if entry is not None else []
                else:
                    found = self.book.resolve(token) if token.ent_type_ != "GPE" or token.head.lower_ not in PLACE_PREPS else []
                    # A place name the gazetteer does not know ("the Donbass") is a place, not a party.
                    found = [a for a in found if a.kind != "country" or self.book.gazetteer.lookup(a.label)]
                actors.extend(a for a in found if a not in actors)
        return actors

    def event_at(self, token: Token) -> Event | None:
        return self.by_token.get((id(token.doc), token.i))

    def events_in(self, sent: Span) -> list[str]:
        """The ids of the events the words of a sentence name, in text order, each once (read from the
        document's few event words: making every token of the sentence to ask ``event_at`` costs more,
        and so does looking up each of its token indices)."""
        doc, start, end = id(sent.doc), sent.start, sent.end
        found = sorted((index, event) for (in_doc, index), event in self.by_token.items()
                       if in_doc == doc and start <= index < end)
        return list(dict.fromkeys(event.id for _index, event in found))

    def head_of(self, event: Event) -> Token | None:
        """The word of the event's first mention."""
        return next((head for known, head in zip(self.events, self.heads) if known is event), None)


def _clause_of(head: Token) -> Token:
    """The verb whose clause a word is in (the sentence's root if it has none)."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    return clause


def _reported_act(verb: Token) -> bool:
    """Whether a verb tells an act as done, with who did it or what it was done to, though the text gives
    no day: "has prohibited the operation of the line", "six people had been arrested" (not "to strike",
    "could be suspended", "did not arrest")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("amod", "acl", "xcomp"):
        return False
    if any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _label(trigger: str, place: str | None, date: str | None) -> str:
    """ "strikes in Kherson (2022-11-23)": the trigger, where and when."""
    label = trigger if not place else f"{trigger} in {place}"
    return f"{label} ({date})" if date else label
