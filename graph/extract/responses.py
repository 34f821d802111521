"""Responses: which statements answer which.

- A denial responds to the accusations it rejects: those its object names ("charges brought by Kyiv"),
  else the earlier accusations in the article against the denier or the country it speaks for; "denied
  that" answers the statement just before; a denial told before any charge (a lede's) answers the
  first charge against the denier told after it.
- The side accused, or called on, answers the charge or the call the first time it speaks after it.
- A reply cue ("replied", "retorted", "hit back") responds to the latest earlier statement of another side.
  A claim that answers an accusation by saying it is not so is a denial.
- "Asked about Y's remarks, X said ...", "in response to Y", "reacting to Y's accusations": X's
  statements respond to Y's.
- A reaction to an act ("welcomed the decision", "rejected the ruling", "condemned the summons")
  responds to the latest statement of whoever did it: the subject of the verb that first named the
  act ("Ofwat fined Calder Vale"), its owner ("the regulator's decision") or the one who spoke "in"
  the document it names ("said in the report").
- Naming another side's words in what is said ("said it supported Peru's request", "had received the
  Iraqi protest") answers them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor, Statement
from .actors import ActorBook, subject_bearer
from .statements import NEGATIONS

if TYPE_CHECKING:
    from .events import EventFinder
    from .lexicon import Lexicon
    from .statements import Draft

__all__ = ["link_responses"]

ALLEGATIONS = {"allegation", "accusation", "charge", "claim"}  # what was said against someone
ASKING = {"ask", "question", "quiz", "respond", "react", "reply", "response", "reaction", "answer", "comment"}


def side(actor: Actor) -> str:
    return actor.country or actor.label


def _add(statement: Statement, target: Statement) -> None:
    if target is not statement and target.id not in statement.responds_to:
        statement.responds_to.append(target.id)


def link_responses(statements: list[Statement], drafts_of: dict[int, "Draft"], book: ActorBook,
                   events: "EventFinder | None" = None) -> None:
    by_draft = {id(drafts_of[id(s)]): s for s in statements}
    # Reactions to acts need an act: an official one among the events, or a document someone issued.
    reacting = events is not None and (bool(book.issuers) or any(
        event.event_type in events.lexicon.official_acts for event in events.events))
    asking: dict = {}  # sentence -> its asking words, within this document only
    renamed: dict[str, str] = {}  # ids of statements whose type a rebuttal changed
    for index, statement in enumerate(statements):
        draft = drafts_of[id(statement)]
        earlier = statements[:index]
        acted: list[Statement] | None = None  # the statements of the acts it reacts to, found once
        if statement.type == "deny":
            sources = [by_draft[id(d)] for d in draft.sources if id(d) in by_draft]
            for source in sources:
                _add(statement, source)
            if reacting and not sources:
                # "disagrees with the judgment", "rejected the ruling": whoever made it, before any accuser.
                acted = reacted_to(statement, draft, earlier, book, events)
                for answered in acted:
                    _add(statement, answered)
            if not sources and not acted:
                for answered in denied(statement, draft, earlier, statements):
                    _add(statement, answered)
                    # "Biden accused Moscow ..., a charge rejected by the Kremlin": the accuser is named.
                    if answered.sentence is statement.sentence and answered.speaker not in statement.targets \
                            and answered.type == "accuse":
                        statement.targets.append(answered.speaker)
        if draft.cue.responds:
            answered = [p for p in earlier if side(p.speaker) != side(statement.speaker)]
            pointed = [p for p in answered if any(side(t) == side(statement.speaker) for t in p.targets)]
            if pointed or answered:
                _add(statement, (pointed or answered)[-1])
                _rebut(statement, draft, (pointed or answered)[-1:], renamed)
        for actor in addressed(draft, book, asking):
            theirs = [p for p in earlier if p.speaker is actor] or [
                p for p in statements if p.speaker is actor and p is not statement]
            for previous in theirs[-2:]:
                _add(statement, previous)
            _rebut(statement, draft, theirs[-2:], renamed)
        if reacting and not statement.responds_to:
            for answered in acted if acted is not None else reacted_to(statement, draft, earlier, book, events):
                _add(statement, answered)
        if not statement.responds_to:
            for answered in reacted_to_allegations(statement, draft, earlier, book):
                _add(statement, answered)
        if not statement.responds_to and events is not None:
            for answered in words_taken_up(statement, draft, earlier, statements, book, events.lexicon):
                _add(statement, answered)
        if statement.type in ("claim", "deny") and not statement.responds_to:
            # "The students' union ... accused the university of breaking a promise. A university
            # spokeswoman said all current students would be able to finish their degrees.": the one
            # accused answers, the first time it speaks after the charge (a counter-charge, more often
            # than not, answers nothing).
            for answered in first_word_after_charge(statement, earlier):
                _add(statement, answered)
    if renamed:  # a link made to a statement before it became a denial
        for statement in statements:
            statement.responds_to = [renamed.get(target, target) for target in statement.responds_to]


def first_word_after_charge(statement: Statement, earlier: list[Statement]) -> list[Statement]:
    """The latest accusation or demand against a statement's speaker or its side ("Norway asked Mongolia to
    waive ...; Mongolia's foreign ministry said ..."), when that side has not spoken since."""
    ours = side(statement.speaker)
    for previous in reversed(earlier):
        if side(previous.speaker) == ours:
            return []  # it has spoken since
        if previous.type in ("accuse", "demand") and previous.sentence is not statement.sentence \
                and any(side(target) == ours for target in previous.targets):
            # (unless its side answered it already: "Moscow brushed aside the accusations of Macron, who
            # claimed ...")
            charge = previous.id
            return [] if any(charge in p.responds_to for p in earlier if side(p.speaker) == ours) else [previous]
    return []


def reacted_to(statement: Statement, draft: "Draft", earlier: list[Statement], book: ActorBook,
               events: "EventFinder") -> list[Statement]:
    """The latest earlier statement of each author, on another side, of the acts a statement reacts to."""
    answered = []
    for actor in act_authors(draft, book, events):
        theirs = [p for p in earlier if p.speaker is actor]
        if theirs and side(actor) != side(statement.speaker):
            answered.append(theirs[-1])
    return answered


def _rebut(statement: Statement, draft: "Draft", answered: list[Statement], renamed: dict[str, str]) -> None:
    """A claim that answers an accusation by saying it is not so is a denial: "Asked about Claes's
    accusation, Bertolini said: 'Nobody in my organisation leaked anything.'", "replied that it had
    never crossed the border". The type is part of the statement's id: ``renamed`` keeps the old one."""
    if statement.type == "claim" and any(p.type == "accuse" for p in answered) \
            and any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in draft.about_tokens):
        old = statement.id
        statement.type = "deny"
        renamed[old] = statement.id


def denied(statement: Statement, draft: "Draft", earlier: list[Statement],
           everything: list[Statement]) -> list[Statement]:
    """What a denial with no accusation in its own sentence answers, in order of evidence:
    the statements of those it names ("rejected Egypt's position"), else the earlier accusations
    against the denier's side, else the latest statement of another side."""
    ours = side(statement.speaker)
    if _denies_what_was_just_said(statement, draft, earlier):
        # "Police spokeswoman Ruth Mbewe denied that": the statement just before, of another side
        return [p for p in earlier if side(p.speaker) != ours][-1:]
    by_targets = [p for p in earlier if p.speaker in statement.targets or (
        p.speaker.kind != "person" and any(side(p.speaker) == side(t) and t.kind != "person" for t in statement.targets))]
    if statement.targets:
        later = [p for p in everything if p.speaker in statement.targets and p is not statement]
        return (by_targets or later)[-2:]
    against = [p for p in earlier if _accuses(p, statement)]
    if against:
        return against
    others = [p for p in earlier if side(p.speaker) != ours and p.type != "claim"]
    if others:
        return others[-1:]
    # "Quental has denied taking banned substances after the AIU suspended her", before the AIU's
    # charges are told: the first of them
    return [p for p in everything if p is not statement and _accuses(p, statement)][:1]


def _accuses(accusation: Statement, statement: Statement) -> bool:
    """Whether an accusation is made against the speaker of a statement, by anyone else (a players'
    guild accuses the rugby union of its own country), or against its side, by another side."""
    if accusation.type != "accuse" or accusation.speaker is statement.speaker:
        return False
    if any(target is statement.speaker for target in accusation.targets):
        return True
    ours = side(statement.speaker)
    return side(accusation.speaker) != ours and any(side(target) == ours for target in accusation.targets)


def _denies_what_was_just_said(statement: Statement, draft: "Draft", earlier: list[Statement]) -> bool:
    """Whether a denial's object only points back ("denied that", "disputed this") at a statement of the
    sentence before it."""
    pointing = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "this", "it")
                   for c in draft.cue_token.children)
    return pointing and bool(earlier) and earlier[-1].sentence is not statement.sentence


def _asking_words(sentence, found: dict, book: ActorBook) -> list:
    """The words of a sentence that ask or answer ("asked about ..."), found once per sentence (on
    its ``TokenTable``: most sentences have none)."""
    key = (id(sentence.doc), sentence.start)
    if key not in found:
        lemma = book.tables[id(sentence.doc)].lemma
        found[key] = [sentence.doc[index] for index in range(sentence.start, sentence.end) if lemma[index] in ASKING]
    return found[key]


def addressed(draft: "Draft", book: ActorBook, asking: dict) -> list[Actor]:
    """Actors whose words a sentence says it answers: "asked about the French president's remarks"."""
    actors: list[Actor] = []
    for token in _asking_words(draft.sentence_span, asking, book):
        if token == draft.cue_token:
            continue
        for prep in token.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("about", "on", "to", "over"):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    owners = [c for c in pobj.children if c.dep_ == "poss"]
                    for node in owners or [pobj]:
                        actors.extend(a for a in book.resolve(node) if a is not draft.speaker and a not in actors)
    return actors


def reacted_nouns(draft: "Draft", book: ActorBook) -> list[Token]:
    """The nouns a statement reacts to: "welcomed the decision", "disappointed by the fine"."""
    cue = draft.cue_token
    children = list(cue.children)  # walked three times below: spaCy makes new tokens on each walk
    # "welcomed the fine", "was concerned by the ruling", "said it was disappointed by the decision":
    # the speaker's own reaction, not what it reports ("said it had received the report").
    own = [c for c in children if c.dep_ == "ccomp" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PRON" for g in c.children)]
    nodes = [cue, *own]
    nodes += [c for node in nodes for c in node.children if c.dep_ == "acomp"]
    nouns = [c for c in children if c.dep_ == "dobj"]
    # "told reporters that the report was part of a campaign": what it says of a document it names.
    nouns += [g for c in children if c.dep_ == "ccomp" for g in c.children
              if g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in book.issuers]
    nouns += [g for node in nodes for c in node.children
              if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "at", "over", "with", "to")
              for g in c.children if g.dep_ == "pobj"]
    return nouns


def act_authors(draft: "Draft", book: ActorBook, events: "EventFinder") -> list[Actor]:
    """Who did the acts a statement reacts to: "welcomed the decision", "disappointed by the fine"."""
    authors: list[Actor] = []
    for noun in reacted_nouns(draft, book):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            found = book.resolve(owners[0])
        elif noun.lemma_.lower() in book.issuers:
            found = [book.issuers[noun.lemma_.lower()]]
        elif noun.lemma_.lower() in events.lexicon.source_nouns and len(set(book.issuers.values())) == 1:
            # "troubled by the findings" of the one report the story is about
            found = list(set(book.issuers.values()))
        else:
            event = events.event_at(noun)
            official = event is not None and event.event_type in events.lexicon.official_acts
            found = _agents(events.head_of(event), book) if official else []
        authors.extend(actor for actor in found if actor is not draft.speaker and actor not in authors)
    return authors


def reacted_to_allegations(statement: Statement, draft: "Draft", earlier: list[Statement],
                           book: ActorBook) -> list[Statement]:
    """ "said it was deeply concerned by the allegations": allegations of nobody named are the story's
    charge, the first accusation of another side (not the replies and counter-charges after it)."""
    if not any(noun.lemma_.lower() in ALLEGATIONS and not any(c.dep_ == "poss" for c in noun.children)
               for noun in reacted_nouns(draft, book)):
        return []
    return [p for p in earlier if p.type == "accuse" and side(p.speaker) != side(statement.speaker)][:1]


def words_taken_up(statement: Statement, draft: "Draft", earlier: list[Statement], statements: list[Statement],
                   book: ActorBook, lexicon: "Lexicon") -> list[Statement]:
    """ "said it supported Peru's position", "said it had received the Iraqi protest": what was said names
    another's words (a cue's noun or a noun for something said, with its owner), and so answers them:
    the owner's latest statement before it, else its first after."""
    answered: list[Statement] = []
    for noun in draft.about_tokens:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in lexicon.noun_cues and lemma not in lexicon.said_nouns:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        for actor in (a for owner in owners for a in book.resolve(owner)):
            if side(actor) == side(statement.speaker):
                continue
            found = [p for p in earlier if p.speaker is actor][-1:] or [
                p for p in statements if p.speaker is actor][:1]
            answered.extend(p for p in found if p not in answered)
    return answered


def _agents(head: Token | None, book: ActorBook) -> list[Actor]:
    """Who did what a trigger names: "Ofwat fined Calder Vale", "Wanjiru was summoned by police",
    "the regulator's decision", "the CAF ruling", "a ruling by the court", "in its judgment, the judge found"."""
    if head is None:
        return []
    for child in head.children:
        if child.dep_ == "agent" or head.pos_ != "VERB" and child.dep_ == "prep" and child.lower_ == "by":
            return [a for pobj in child.children if pobj.dep_ == "pobj" for a in book.resolve(pobj)]
    if head.pos_ != "VERB":
        # "the regulator's decision", "the CAF ruling"
        owners = [c for c in head.children if c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ == "ORG"]
        if owners:
            return book.resolve(owners[0])
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB":
            # "In a 94-page judgment, Judge Mokoena found that ...": whoever speaks in it made it.
            verb = subject_bearer(head.head.head)
            return [a for c in verb.children if c.dep_ == "nsubj" for a in book.resolve(c)]
        return []
    return [a for c in subject_bearer(head).children if c.dep_ == "nsubj" for a in book.resolve(c) or book.proper(c)]
