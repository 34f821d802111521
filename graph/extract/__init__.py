"""Extraction: from an ingested article and its parsed blocks to statements, actors and events.

``extract_article`` reads one document in four steps:
1. names NER found in one block made the same entities in the others (``agree_across_blocks``), sentences
   with their offsets, and which tokens are inside quotation marks;
2. a scan of every actor mention (``ActorBook.scan``), so names, offices and pronouns resolve against
   the whole document;
3. drafts per sentence (``SentenceReader``) and events (``EventFinder``);
4. tidying: cues inside quotes and reported clauses merge into the statement that reports them, a
   headline that describes its actors takes them from the text's first like statement
   (``align_headline``), duplicates go, and dates and responses are linked (``graph.extract.responses``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..ingest import Article
from ..nlp import reads_as_headline
from ..records import Actor, DocumentResult, Sentence, Statement
from .actors import ActorBook, gazetteer_patterns, load_gazetteer
from .dates import DATE_ENTITIES, PAST, parse_date
from .events import EventFinder
from .lexicon import load_lexicon
from .names import agree_across_blocks
from .quotes import quote_spans
from .responses import link_responses
from .statements import Draft, SentenceReader, words_of

__all__ = ["extract_article", "gazetteer_patterns", "load_gazetteer", "load_lexicon"]

QUOTED = {"ccomp", "conj", "parataxis", "xcomp"}
SUBORDINATE = {"advcl", "acl", "xcomp", "prep", "pcomp", "pobj", "relcl", "npadvmod", "dobj"}


def extract_article(article: Article, docs: list[Doc], published: str | None = None) -> DocumentResult:
    """Statements, actors and events of one article; ``docs`` are its blocks parsed by spaCy."""
    published = article.published or published
    book = ActorBook(article.doc)
    book.text = article.text
    book.outlet = article.source or ""
    lexicon = load_lexicon()
    parsed: list[tuple[Span, Sentence, set[int]]] = []
    agree_across_blocks([(doc, block.text) for block, doc in zip(article.blocks, docs)
                         if block.section != "dateline"])
    for block, doc in zip(article.blocks, docs):
        if block.section == "dateline":
            book.set_dateline(block.text)
            continue  # "JERUSALEM, Aug 13 (Reuters)" places the story; nobody says anything there
        # "Danish ferry firm blames ...": a title or heading written as a headline.
        book.add_block(doc, block.start, headline=block.section in ("title", "heading") and reads_as_headline(doc))
        sents = list(doc.sents)  # (spaCy finds them again on each walk)
        spans = quote_spans(block.text, [(s.start_char, s.end_char) for s in sents])
        inside = tokens_inside(doc, spans)
        book.quoted[id(doc)] = inside
        for sent in sents:
            text = block.text[sent.start_char:sent.end_char]  # Span.text, without joining its tokens again
            if not text.strip():
                continue
            sentence = Sentence(article.doc, block.start + sent.start_char, block.start + sent.end_char,
                                text, block.section)
            parsed.append((sent, sentence, inside))
    book.scan(sent for sent, _, _ in parsed)

    reader = SentenceReader(book, lexicon)
    finder = EventFinder(article.doc, book, lexicon, published)
    statements: list[Statement] = []
    seen_ids: set[str] = set()
    drafts_of: dict[int, Draft] = {}
    sentence_drafts = []
    for sent, sentence, inside in parsed:
        finder.read(sent)
        sentence_drafts.append(tidy(reader.read(sent, sentence, inside)))
    for index, (sent, sentence, inside) in enumerate(parsed):
        if not sentence_drafts[index]:
            sentence_drafts[index] = continued_quote(reader, parsed, sentence_drafts, index)
    align_headline(sentence_drafts, book)
    sentence_drafts = [[draft for draft in drafts if draft.speaker is not None] for drafts in sentence_drafts]
    for (sent, sentence, inside), drafts in zip(parsed, sentence_drafts):
        sentence_events: list[str] | None = None
        for draft in drafts:
            statement = Statement(
                doc=article.doc, type=draft.type, cue=draft.cue_text, cue_start=draft.cue_start,
                # (a headline's statement may span two of the parser's sentences: "Defence Ministry:" | "...")
                cue_end=draft.cue_end, sentence=draft.sentence if draft.sentence.start == sentence.start else sentence,
                speaker=draft.speaker, targets=draft.targets,
                content=draft.content, quote=draft.quote, charge=draft.charge,
                date=statement_date(draft, published, statements, book.entities_in(sent)),
            )
            if sentence_events is None:
                sentence_events = finder.events_in(sent)
            statement.events = list(sentence_events)
            if statement.id in seen_ids:
                continue
            seen_ids.add(statement.id)
            statements.append(statement)
            drafts_of[id(statement)] = draft
    link_responses(statements, drafts_of, book, finder)
    # A statement's id names its type: a claim that linking made a denial may now be a denial already
    # read from the same cue and speaker. One statement per id.
    kept: dict[str, Statement] = {}
    for statement in statements:
        kept.setdefault(statement.id, statement)
    statements = list(kept.values())
    finder.finish()

    used: list[Actor] = []
    for statement in statements:
        for actor in [statement.speaker, *statement.targets]:
            if actor not in used:
                used.append(actor)
    for event in finder.events:
        used.extend(actor for actor in event.participants if actor not in used)
    return DocumentResult(
        doc=article.doc, text=article.text, title=article.title, published=published,
        source=article.source, url=article.url, language=article.language, path=article.path,
        sentences=[sentence for _, sentence, _ in parsed], statements=statements, actors=used,
        events=finder.events,
    )


def continued_quote(reader: SentenceReader, parsed: list[tuple[Span, Sentence, set[int]]],
                    sentence_drafts: list[list[Draft]], index: int) -> list[Draft]:
    """The statement of a quoted sentence without a cue (``SentenceReader.continued_quote``), said
    by the speaker the quote is attributed to in the same paragraph: after it, when the quote runs
    on to the attribution ("“... population. Such actions will not go unanswered,” Qureshi said."),
    else before it, over other quoted sentences ("“...,” the ministry said. “Yerevan must ...”")."""
    sent, sentence, inside = parsed[index]
    words = words_of(sent)
    if not words or any(t.i not in inside for t in words):
        return []  # most sentences: not a quote
    for step in (1, -1):
        other = index + step
        while 0 <= other < len(parsed) and parsed[other][0].doc is sent.doc:
            other_words = words_of(parsed[other][0])
            if not other_words or step == 1 and other_words[0].i not in inside:
                break  # the quote ends before the next sentence
            attribution = next((d for d in sentence_drafts[other] if d.quote and not d.in_quote and not d.nominal),
                               None)
            if attribution is not None:
                draft = reader.continued_quote(sent, sentence, words, inside, attribution, follows=step == -1)
                return [draft] if draft is not None else []
            if any(t.i not in inside for t in other_words):
                break  # a sentence of the article's own between the quote and any attribution
            other += step
    return []


def _described(tokens: list[Token], actor: Actor | None, book: ActorBook) -> bool:
    """Whether a noun phrase describes, rather than names, what ``actor`` is named in the text: "an
    NGO", or a bare description that fits it ("Zambian opposition": "Zambia's main opposition party",
    "electoral body": "the Electoral Commission of Zambia")."""
    if actor is None:
        return False
    for token in tokens:
        if any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in token.children):
            return True
        if token.pos_ == "NOUN" and not any(  # (a nationality NER calls a person is one all the same)
                t.dep_ == "det" or (t.pos_ == "PROPN" or t.ent_type_ not in ("", "NORP"))
                and not book.gazetteer.demonym(t.text) for t in token.lefts):
            noun = token.lemma_.lower()
            words = {t.lower_ for t in token.lefts} | book.gazetteer.kinds.get(noun, {noun})
            names = " ".join([actor.label, *actor.aliases, *book.descriptors.get(actor.label, ())]).lower().split()
            # "Kazakh grandmaster": a person of that nationality
            nationality = [book.gazetteer.demonym(t.text) for t in token.lefts if book.gazetteer.demonym(t.text)]
            same_country = actor.kind == "person" and actor.country is not None and any(
                book.gazetteer.country_of(entry) == actor.country for entry in nationality)
            if words & set(names) or same_country:
                return True
    return False


def align_headline(sentence_drafts: list[list[Draft]], book: ActorBook) -> None:
    """A headline that describes where the story names ("an NGO accuses a mining company of polluting
    the river, the latter denies", "Zambian opposition accuses electoral body") says what the text's
    first statement of the same kind and verb says ("The collective Eau Propre Boké accuses the Société
    minière du Rio Nunez (SMRN) of ..."): its speaker and targets are that statement's; "the latter"
    is whom the headline named last."""
    drafts = [draft for drafts in sentence_drafts for draft in drafts]
    body = [draft for draft in drafts if draft.sentence.section != "title" and draft.speaker is not None]
    named_last: list[Actor] = []
    for draft in drafts:
        if draft.sentence.section != "title":
            continue
        cue = draft.cue_token
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        if named_last and any(s.lower_ == "latter" for s in subjects):
            draft.speaker = named_last[-1]
        else:
            same = next((other for other in body if other.type == draft.type
                         and other.cue_token.lemma_ == cue.lemma_), None)
            # not when the text's statement is the other side's ("Union accuses X", "X accused the union")
            if same is not None and draft.speaker is None and draft.targets and not (
                    set(draft.targets) & set(same.targets)
                    or same.targets and _described(objects, same.targets[0], book)):
                same = None  # a description the text's statement does not bear out
            if same is not None and draft.speaker not in same.targets:
                # (a charge, a denial or a demand is rarer than "says": the same verb is enough for it)
                if draft.speaker is None and draft.type != "claim" or _described(subjects, same.speaker, book):
                    draft.speaker = same.speaker
                if same.targets and _described(objects, same.targets[0], book):
                    draft.targets = list(same.targets)
        named_last = [actor for actor in [draft.speaker, *draft.targets] if actor is not None]


def tokens_inside(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that start inside one of the character spans."""
    inside: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(token.i for token in span if start <= token.idx < end)
    return inside


def affiliated(inner: Actor | None, outer: Actor | None) -> bool:
    """Whether ``inner`` is ``outer`` or the country or body ``outer`` speaks for."""
    if inner is None or outer is None:
        return False
    return inner is outer or inner.label == outer.country or (
        inner.kind != "person" and inner.country is not None and inner.country == outer.country)


def vague(actor: Actor | None) -> bool:
    """An unnamed group of people ("fishermen", "residents"), not a body or a named group."""
    return actor is not None and actor.kind == "group" and actor.label == actor.label.lower()


def governs(outer: Draft, inner: Draft, through: set[str]) -> bool:
    """Whether ``inner``'s cue hangs under ``outer``'s cue through the given dependency labels only."""
    token = inner.cue_token
    for _ in range(8):
        if token.dep_ not in through or token.head == token:
            return False
        token = token.head
        if token == outer.cue_token:
            return True
    return False


def finding(draft: Draft) -> bool:
    """ "ordered the miner to pay damages, ruling that the company had contaminated their water": a
    finding with what was found (a cue that needs its complement, and a "that" clause) is a statement
    of its own, not a participle that only goes on with the one it hangs on."""
    return draft.cue.complement and any(
        child.dep_ == "ccomp" and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in child.children)
        for child in draft.cue_token.children)


def tidy(drafts: list[Draft]) -> list[Draft]:
    """One statement per speech act in a sentence (see the module docstring)."""
    verbal = [d for d in drafts if not d.nominal and not d.in_quote]
    kept: list[Draft] = []
    dropped: set[int] = set()
    for draft in drafts:
        if draft.in_quote:
            # A cue inside a quotation is part of what the quoted speaker says.
            reporter = next((g for g in verbal if g.speaker is not None and g.cue.part_of_speech == "verb" and (
                governs(g, draft, QUOTED) or governs(draft, g, QUOTED))), None)
            if reporter is not None and draft.type != "claim" and not draft.nominal and (
                    draft.first_person or affiliated(draft.speaker, reporter.speaker)
                    or not draft.explicit_speaker or draft.speaker is None):
                for same in (g for g in verbal if g.cue_token == reporter.cue_token):
                    same.type = draft.type if same.type == "claim" else same.type
                    same.targets = same.targets or [t for t in draft.targets if t is not same.speaker]
            dropped.add(id(draft))
            continue
        outer = next((g for g in verbal if g is not draft and governs(g, draft, {"ccomp"})), None)
        if outer is not None and (draft.first_person or affiliated(draft.speaker, outer.speaker)
                                  or vague(draft.speaker)):
            # "Its director said fishermen had complained that ...": what a vague group said, as told
            # by another, is part of what that one says.
            for same in (g for g in verbal if g.cue_token == outer.cue_token):
                if draft.type != "claim":
                    same.type = draft.type
                    same.targets = [t for t in draft.targets if t is not same.speaker]
                same.sources.extend(draft.sources)
            dropped.add(id(draft))
            continue
        if draft.speaker is None and draft.sentence.section != "title":
            # (kept: a headline's "Shipping line accuses ...", whom ``align_headline`` finds in the text)
            dropped.add(id(draft))
            continue
        cue = clause = draft.cue_token
        while clause.dep_ == "conj" and clause.tag_ == "VB" and clause.head != clause:
            clause = clause.head  # ("urged Ottawa to raise the penalty and to require airlines to pay": one infinitive)
        if not draft.nominal and (clause.dep_ == "xcomp" or cue.dep_ == "advcl" and cue.tag_ == "VBG"):
            # "threatened to sue the ministry", "sued Norrland, alleging theft": one speech act, said
            # by the verb the infinitive or the participle hangs on (unless it is a mere claim, as in
            # "said ..., accusing X of", where the accusation is a statement of its own).
            acting = next((g for g in verbal if g is not draft and g.speaker is draft.speaker
                           and g.cue_token == clause.head and (g.type == draft.type or clause.dep_ == "xcomp")), None)
            if acting is not None:
                if acting.type == "claim":
                    acting.type = draft.type
                acting.targets = acting.targets or draft.targets
                dropped.add(id(draft))
                continue
        if draft.cue.type == "claim" and not draft.nominal:
            governing = [g for g in verbal if g is not draft and g.speaker is draft.speaker
                         and governs(g, draft, SUBORDINATE)]
            # "said ..., describing the attack as a blatant violation": an accusation of its own stays (also one
            # added to a denial: 'said Russia “does not strike civilian targets”, adding that responsibility lay
            # with the Kyiv regime'; not 'rejected all charges, assuring that ...', one speech act)
            # ("demanded that those responsible be held accountable, calling the burial «evidence of war crimes»")
            own = draft.type == "accuse" and bool(governing) and (
                governing[0].type in ("claim", "demand") or governing[0].type == "deny" and cue.lemma_.lower() == "add")
            if governing and not finding(draft) and not own:
                # "the group said ..., calling Israeli claims lies": one speech act, a denial.
                for g in governing:
                    if g.type == "claim" and draft.type == "deny":
                        g.type, g.targets = draft.type, g.targets or draft.targets
                        g.sources.extend(draft.sources)
                dropped.add(id(draft))
                continue
            if not draft.explicit_speaker and any(g is not draft and g.speaker is draft.speaker for g in drafts):
                dropped.add(id(draft))
                continue
        kept.append(draft)
    result: list[Draft] = []
    for draft in kept:
        if draft.nominal and draft.type in ("accuse", "claim"):
            twin = next((g for g in kept if not g.nominal and g.speaker is draft.speaker
                         and g.type in ("accuse", "claim")), None)
            if twin is not None:
                twin.type = "accuse" if "accuse" in (twin.type, draft.type) else twin.type
                twin.targets = twin.targets or draft.targets
                for other in kept:
                    other.sources = [twin if s is draft else s for s in other.sources]
                continue
        duplicate = any(
            g.speaker is draft.speaker and g.type == draft.type and g.cue_token == draft.cue_token
            for g in result)
        if not duplicate:
            result.append(draft)
    return result


def statement_date(draft: Draft, published: str | None, earlier: list[Statement],
                   entities: list) -> str | None:
    """The day the statement was made: a date on its clause, "the same day", else the article's date."""
    cue = draft.cue_token
    for entity in entities:
        if entity.label_ not in DATE_ENTITIES:
            continue
        root = entity.root
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb == cue or verb == cue.head and cue.pos_ not in ("VERB", "AUX") or abs(entity.start - cue.i) <= 3:
            date = parse_date(entity.text, published, PAST)  # what was said was said by the time of writing
            if date:
                return date
        if "same day" in entity.text.lower() and earlier:
            return earlier[-1].date
    # The sentence's text as recorded (spaCy's ``Span.text`` joins its tokens again each time)
    if earlier and "same day" in draft.sentence.text.lower():
        return earlier[-1].date
    return published
