"""Statements from one sentence's dependency parse: cue, speaker, targets, content, quote and charge.

A statement starts at a cue (``ontology/cues.ttl``): a verb ("denied", "brushed aside", "called on"),
a noun with its speaker attached ("charges brought by Kyiv", "Western accusations") or "according to".
The speaker is the cue's subject, the agent of a passive ("is accused ... by the Western camp"), the
subject it inherits through coordination or a participle ("issued a press release accusing Russia"),
or the object of "according to". Targets depend on the type: whom an accusation blames, whose charges a
denial rejects, whom a demand calls on. A claim whose content names a charge or wrongdoing by another
actor becomes an accusation of that actor.

The drafts made here are tidied up document-wide in ``graph.extract.document``: nested and quoted
cues merged into the statement that reports them, duplicates dropped, dates and responses linked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..nlp import present_bases
from ..records import Actor, Sentence
from .actors import (FIRST_PERSON, SEQUENCE_PREPOSITIONS, ActorBook, gerund_of_time, opening_quote, spliced_verb,
                     subject_bearer)
from .dates import DATE_ENTITIES
from .lexicon import Cue, Lexicon

__all__ = ["Draft", "SentenceReader"]

NEGATING_HEADS = {"refuse", "decline", "fail", "avoid", "stop"}
QUESTIONED = {"ask", "question", "contact", "reach", "approach", "quiz"}  # "X, asked about Y, said"
NEGATIONS = {"not", "no", "never", "nobody", "nothing", "none", "neither", "nor"}  # "nobody leaked anything"
FUTURE_AUXILIARIES = {"will", "would", "'ll", "shall"}  # "said a commission would report": not said yet
ATTRIBUTING = {"attributable", "due", "owe", "owing", "thanks"}
ASCRIBING = {"attribute", "ascribe", "impute"}  # "attributes the crime to the dissidents"
RECIPROCAL = {"each other", "one another"}
BLAME_NOUNS = {"responsibility", "blame", "fault", "guilt", "culpability"}  # "the blame lies with X"
OPINION_NOUNS = {"word", "opinion", "view", "estimation", "judgment", "judgement"}  # "In his opinion, ..."
NECESSARY = {"vital", "essential", "imperative", "crucial", "necessary", "indispensable", "urgent", "important"}
LACKING = {"not", "little", "hardly", "barely", "scarcely", "n't", "no", "un"}  # "little credible"
AGENT_PREPS = {"by", "from"}
BLAME_PREPS = {"at", "against", "on"}
VERBAL = {"VERB", "AUX"}
AUDIENCE_VERBS = {"tell", "inform", "brief"}  # their object heard the statement: "told reporters"
QUOTE_CLOSERS = {'"', "”", "»", "''", "'"}
HEDGES = {"suspected", "alleged", "possible", "potential", "any"}  # "suspected violations" condemn no one
OBLIGING = {"must", "should"}  # "Yerevan must rein in its units": a demand on Yerevan
WANTING = {"need", "want", "expect"}  # "we need Guatemala to respect the law": a demand on Guatemala
QUESTION_MARKS = {"whether", "if"}  # "asked whether the company would appeal"
HYPOTHETICAL_MARKS = QUESTION_MARKS | {"unless"}
INVERTED_CONDITIONS = {"were", "should", "had"}
ANSWERING = QUESTIONED | {"comment", "respond", "react", "reply"}  # "Asked about X's charges, Y said"
LOCATIVE = {"in", "on", "under", "at", "beneath", "among", "near", "around", "along", "inside", "across", "below"}
DASHES = {"–", "—", "-"}  # "... told about beatings – Ombudsman": a headline's source after a dash
OPENERS = {"yet", "but", "and", "still", "however", "now"}  # "Yet for the UN office, there is no doubt"
NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand", "qualify", "characterize", "characterise"}  # "what he called X"


@dataclass
class Draft:
    """A statement before document-wide tidying; one per speaker."""

    type: str
    cue: Cue
    cue_token: Token
    cue_text: str
    cue_start: int
    cue_end: int
    sentence: Sentence
    speaker: Actor | None
    first_person: bool = False  # the subject is "we" / "I": the speaker is whoever is quoted
    targets: list[Actor] = field(default_factory=list)
    content: str | None = None
    quote: bool = False
    charge: str | None = None
    nominal: bool = False
    in_quote: bool = False
    sources: list["Draft"] = field(default_factory=list)  # accusations a denial rejects
    about_tokens: list[Token] = field(default_factory=list)
    explicit_speaker: bool = True
    sentence_span: Span | None = None  # the spaCy sentence, for tidying and dates


class SentenceReader:
    """Reads the statements of sentences of one document."""

    def __init__(self, book: ActorBook, lexicon: Lexicon) -> None:
        self.book = book
        self.lexicon = lexicon
        self.last_body: Actor | None = None  # the body or country that spoke last in the text
        self.issued_documents: set[str] = set()  # "comment": someone was said to issue one

    # ----- entry point -----------------------------------------------------------------------

    def read(self, sent: Span, sentence: Sentence, inside_quote: set[int]) -> list[Draft]:
        """Drafts for every cue in the sentence (``inside_quote`` holds token indices in quotes)."""
        self.inside_quote = inside_quote
        self.sent = sent
        self.offset = self.book.offsets.get(id(sent.doc), 0)
        drafts: list[Draft] = []
        starting_words = self.lexicon.statement_starts
        doc = sent.doc
        table = self.book.tables[id(doc)]
        for index in range(sent.start, sent.end):
            # Only the words a statement can start from are looked at: a cue's first word, a document
            # that speaks, "according", a headline's proper or plural noun that is a verb ("Union
            # Accuses", "Kigali rejects", matched on trimmed forms).
            lower, lemma, pos, tag = table.lower[index], table.lemma[index], table.pos[index], table.tag[index]
            if lower not in starting_words and lemma not in starting_words \
                    and pos != "PROPN" and tag != "NNS" and _e_stem(lower, tag) not in starting_words:
                continue
            token = doc[index]
            # ("adopted on October 2 a resolution": the parser takes the object after a date for an adverb)
            if (token.dep_ == "dobj" or token.dep_ == "npadvmod" and token.head.i < index) \
                    and lemma in self.lexicon.source_nouns and token.head.lemma_.lower() in self.lexicon.issuing_verbs:
                self.note_issuer(token)
            if (pos in VERBAL or tag in ("VBN", "VBG", "VBD", "VBZ", "VBP", "VB")
                    or pos == "PROPN" and self.headline_verb(token)) \
                    and not self.title_participle(token):
                cue, words = self.verb_cue(token)
                if cue is None and lemma == "know":
                    cue, words = self.let_know(token)
                if cue is None and self.document_speaking(token):
                    cue, words = self.lexicon.document_cues[lemma], [token]
                negated = cue is not None and self.negated(token)
                if cue is not None and not negated and self.reported_as(token):
                    drafts.extend(self.as_reported(token, sentence))
                elif cue is not None and not negated:
                    found = self.verbal(token, cue, words, sentence)
                    if not found and self.speaker_follows(token):
                        # "This formula amounts to an authorization to strike, replied Larisa Tikhonova.": the
                        # speaker named after the verb at the sentence's end, which the parser takes for its object
                        found = self.closing_attribution(token, sentence)
                    drafts.extend(found)
                elif cue is None and (negated_cue := self.negated_cue(token)) is not None:
                    drafts.extend(self.verbal(token, negated_cue, [token], sentence))
                elif cue is None and self.speaker_follows(token):
                    # "The company has promised to do this, informed Ozols.": the speaker after its verb
                    # at the sentence's end, as translation keeps it, without a quote
                    drafts.extend(self.closing_attribution(token, sentence))
            exchanged = self.exchanged(token, sentence) if pos == "NOUN" and lemma in self.lexicon.verb_cues else []
            drafts.extend(exchanged)
            if not exchanged and tag == "NNS" and (id(doc) in self.book.headlines or self.verb_taken_for_noun(token)):
                # ("Peru demands halt to ...": a compound to the tagger too, but no exchange of charges)
                drafts.extend(self.headline_noun_verb(token, sentence))
            elif not exchanged and tag == "NNS" and (verb := self.verb_before_noun_verb(token)) is not None:
                subjects = [actor for c in verb.children if c.dep_ == "nsubj" for actor in self.book.resolve(c)]
                drafts.extend(self.headline_noun_verb(token, sentence, subjects) if subjects else [])
            if lower == "according" and any(c.lower_ == "to" for c in token.children):
                # (not the document of a speaker the sentence names: "Paris asks that ..., according to the text")
                drafts.extend(draft for draft in self.according_to(token, sentence)
                              if not any(_same_voice(draft.speaker, other.speaker) and other.cue_token == token.head
                                         for other in drafts))
            elif lower == "for" and index <= sent.start + 1:  # (after an opener: ``in_the_view_of`` checks)
                drafts.extend(self.in_the_view_of(token, sentence))
            elif lower == "in" and index == sent.start:
                drafts.extend(self.in_the_words_of(token, sentence))
            elif lower in ("thus", "so") and not drafts:
                drafts.extend(self.closing_attribution(token, sentence))
            elif pos == "NOUN" and lemma in self.lexicon.noun_cues:
                drafts.extend(self.nominal(token, sentence, drafts))
        if id(doc) in self.book.headlines and all(draft.speaker is None or draft.speaker.kind == "group"
                                                  for draft in drafts):
            # (a source after a dash speaks though the verb's subject is no one we know or people it quotes:
            # "Former prisoners ... told about beatings – Ombudsman")
            drafts = (self.headline_colon(sentence) if not drafts else []) or self.headline_dash(sentence) or drafts
            if not drafts:
                drafts.extend(self.headline_intent(sentence))
        elif id(doc) in self.book.headlines and all(draft.cue_token.doc is doc for draft in drafts):
            # "Rosatom: Ukrainian drone attacked the plant, in Kiev they speak of «provocation»": a speaker's
            # colon before a clause of its own
            drafts = self.headline_colon(sentence, before=min(draft.cue_token.i for draft in drafts)) + drafts
        for draft in drafts:
            draft.sentence_span = sent
            if draft.speaker is not None and draft.speaker.kind in ("organization", "country") \
                    and id(doc) not in self.book.headlines:
                self.last_body = draft.speaker
        return drafts

    def headline_colon(self, sentence: Sentence, before: int | None = None) -> list[Draft]:
        """ "Management: safety not at risk", "Decision will be carried to judiciary" after "Kuryem:": a
        headline without a speech verb names its speaker in the few words before a colon, and what was
        said after it (not "Paros: The mayor accuses ...", where a verb says who speaks: read as usual).
        A second speaker may follow after a comma: "Kabul: Pakistan killed 19 civilians, Islamabad: the
        target was the terrorists". With ``before``, only a colon whose statement ends at a comma before
        that word, where a clause of its own begins."""
        cue = self.lexicon.headline_colon
        # (or a dash before a quote, as Russian news writes it: "In Kiev – «staging»")
        colon = next((t for t in self.sent if t.text == ":" or t.text in DASHES and t.i + 1 < len(t.doc)
                      and opening_quote(t.doc[t.i + 1])), None)
        # ("Defence Ministry:" | "Kiev regime struck Red Cross warehouse": the parser may end a sentence at
        # the colon; what was said is the headline's next sentence)
        end = self.sent.end if colon is None or colon.i + 1 < self.sent.end else self.book.sentence(
            colon.doc[colon.i + 1]).end if colon.i + 1 < len(colon.doc) else self.sent.end
        if cue is None or colon is None or not 1 <= colon.i - self.sent.start <= 6 or colon.i + 2 >= end:
            return []
        if before is not None:
            # (a clause of what was said, not "War in Ukraine: at the UN, Paris and Moscow trade blame")
            comma = next((t for t in reversed(colon.doc[colon.i + 2:before]) if t.text in (",", ";")), None)
            return self._colon_statement(sentence, colon.doc[self.sent.start:colon.i], colon, comma.i) \
                if comma is not None and colon.i < before and any(
                    t.pos_ == "VERB" for t in colon.doc[colon.i + 1:comma.i]) else []
        if end > self.sent.end:  # (the statement spans the headline, both of the parser's sentences)
            sentence = self._to_headline_word(sentence, colon.doc[end - 1])
        second = next((t for t in colon.doc[colon.i + 2:end] if t.text == ":"), None)
        comma = next((t for t in reversed(colon.doc[colon.i + 1:second.i]) if t.text in (",", ";")), None) \
            if second is not None else None
        if comma is None or not 1 <= second.i - comma.i - 1 <= 4 or second.i + 2 >= end:
            return self._colon_statement(sentence, colon.doc[self.sent.start:colon.i], colon, end)
        return self._colon_statement(sentence, colon.doc[self.sent.start:colon.i], colon, comma.i) \
            + self._colon_statement(sentence, colon.doc[comma.i + 1:second.i], second, end)

    def _colon_statement(self, sentence: Sentence, source: Span, colon: Token, end: int) -> list[Draft]:
        """The statement of one "Speaker: what was said" of a headline, what was said ending at ``end``."""
        cue = self.lexicon.headline_colon
        # (the phrase's head: "Ministry of Interior of Montenegro:" is the ministry's, not Montenegro's)
        head = source.root
        if head.lower_ in ("in", "at"):  # "In Kiev: «clumsy staging»": the place that speaks
            head = next((c for c in head.children if c.dep_ == "pobj"), head)
        known = self.book.gazetteer.lookup(head.text) is not None
        # ("Kyiv:", which the tagger may take for an adjective)
        if head.pos_ not in ("NOUN", "PROPN") and not known or head.ent_type_ in ("DATE", "TIME", "GPE") and not (
                known):  # ("Paros:" names where, unless a country or capital)
            return []
        said = [t for t in colon.doc[colon.i + 1:end] if not t.is_punct or t.is_quote]
        if any(t.dep_ == "nsubj" and t.head.i > t.i and self.verb_cue(t.head)[0] is not None
               and (t == head or t.pos_ == "PROPN" or self.book.resolve(t)) for t in [head, *said]):
            # "Presidential: candidacy of ... denounces": a verb says who speaks, though the parser may
            # make the topic before the colon its subject (not "France: « everything points to a deliberate
            # strike »", where the verb's subject is no one)
            return []
        speakers = self.book.resolve_name(head)
        if len(speakers) != 1 or not said:
            return []
        # ("Damascus: the accusations are lies to cover the failure of the Jordanian side": a denial of the
        # side it names)
        # (not a principle stated in the negative: "Ombudsman: «the conflict does not authorise executions»")
        negated = any(self.calls_false(t) or (t.dep_ == "neg" or t.lower_ in NEGATIONS)
                      and not self._negates_a_principle(t) for t in said)
        targets = _unique([a for t in said if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
                           for a in self.book.resolve(t) if a is not speakers[0]]) if negated else []
        statement_type = "deny" if negated else cue.type
        blamed = self.accusation_in(said, speakers) if not negated else None
        if blamed is not None:  # "Kabul: Pakistan killed 19 civilians in air strikes"
            statement_type, targets = "accuse", blamed
        return [Draft(type=statement_type, cue=cue, cue_token=colon, cue_text=colon.text,
                      cue_start=self.start(colon), cue_end=self.end(colon), sentence=sentence, speaker=speakers[0],
                      targets=targets, content=self.text_of(said), charge=self.charge(said), about_tokens=said)]

    def _to_headline_word(self, sentence: Sentence, last: Token) -> Sentence:
        """The sentence of a headline statement widened to ``last``, past the end of the parser's sentence
        ("Defence Ministry:" | "Kiev regime struck ...")."""
        stop = self.offset + last.idx + len(last.text)
        return Sentence(sentence.doc, sentence.start, stop, self.book.text[sentence.start:stop], sentence.section)

    def _negates_a_principle(self, negation: Token) -> bool:
        """Whether a negation in a headline states what may not be done ("the conflict does not authorise
        executions"), rather than what the speaker did not do or a charge that is not so: its verb's subject
        is a common noun that names neither the speaker, a charge nor anyone."""
        subject, verb = None, negation.head
        for _ in range(3):  # (the parser may hang "not" on a word it takes for an adverb)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or verb.head == verb:
                break
            verb = verb.head
        # (nor the speaker's own: "Ankara: our personnel do not take part in operations")
        return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in self.lexicon.noun_cues \
            and not self.book.resolve(subject) and not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON
                                                          for c in subject.children)

    def headline_dash(self, sentence: Sentence) -> list[Draft]:
        """ "Former prisoners of the camp told about beatings – Ombudsman": a headline may name its source in
        the few words after a closing dash, as Ukrainian and Russian news do; what comes before is what the
        source said, whoever it quotes."""
        cue, doc = self.lexicon.headline_colon, self.sent.doc
        # (to the headline's end: the parser may end a sentence at the dash)
        words = [t for t in doc[self.sent.start:] if not t.is_punct or t.is_quote or t.text in DASHES]
        dash = next((t for t in reversed(words) if t.text in DASHES and t.i > self.sent.start + 2
                     and doc[t.i - 1].whitespace_), None)
        if cue is None or dash is None or not 1 <= words[-1].i - dash.i <= 4 or dash.i > self.sent.end:
            return []
        source = doc[dash.i + 1:words[-1].i + 1]
        if source.text.lower() in self.book.outlet.lower():
            return []  # ("... in Horlivka – Vostok-Inform": the outlet that published it)
        # (a body the story names in full: "– Ministry of Health", "– SES")
        speakers = self.book.resolve_name(source.root) or self.book.resolve(source.root) \
            if not any(t.pos_ in VERBAL for t in source) else []
        said = [t for t in words if t.i < dash.i]
        if len(speakers) != 1:
            return []
        if words[-1].i >= self.sent.end:  # (the statement spans the headline, both of the parser's sentences)
            sentence = self._to_headline_word(sentence, words[-1])
        statement_type, targets = cue.type, []
        blamed = self.accusation_in(said, speakers)
        if blamed is not None:
            statement_type, targets = "accuse", blamed
        return [Draft(type=statement_type, cue=cue, cue_token=dash, cue_text=dash.text, cue_start=self.start(dash),
                      cue_end=self.end(dash), sentence=sentence, speaker=speakers[0], targets=targets,
                      content=self.text_of(said), charge=self.charge(said), about_tokens=said)]

    def headline_intent(self, sentence: Sentence) -> list[Draft]:
        """ "company to appeal", "Carrier to challenge fine": a headline's noun followed by the infinitive
        of a verb that contests a decision says it will do so (no statement in "Boeing to cut jobs")."""
        cue = self.lexicon.headline_intent
        if cue is None:
            return []
        for to in self.sent[1:-1]:
            verb, noun = to.doc[to.i + 1], to.doc[to.i - 1]
            if to.lower_ != "to" or verb.lemma_.lower() not in self.lexicon.intent_verbs \
                    or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
                continue
            speakers = self.book.resolve(noun)
            said = [t for t in to.doc[to.i:self.sent.end] if not t.is_punct or t.is_quote]
            return [Draft(type=cue.type, cue=cue, cue_token=to, cue_text=f"{to.text} {verb.text}",
                          cue_start=self.start(to), cue_end=self.end(verb), sentence=sentence, speaker=speaker,
                          content=self.text_of(said), charge=self.charge(said), about_tokens=said)
                    for speaker in speakers[:1]]
        return []

    def continued_quote(self, sent: Span, sentence: Sentence, words: list[Token], inside_quote: set[int],
                        attribution: Draft, follows: bool = False) -> Draft | None:
        """A quoted sentence without a cue of its own (``words``, all inside quotation marks), said by
        whoever ``attribution`` (a statement of the sentence before or after it in the paragraph)
        quotes: "The Armenian side bears full responsibility," the ministry said. "Yerevan must rein
        in its units." Like the quote it continues, one statement per sentence that accuses or
        demands on its own; other sentences only go on with what the attributed one says, unless they
        ``follow`` the attribution and say something of their own (a clause with a subject: "The
        decision ignores the realities of the sector.")."""
        if attribution.speaker is None:
            return None
        self.inside_quote, self.sent = inside_quote, sent
        self.offset = self.book.offsets.get(id(sent.doc), 0)
        speaker = attribution.speaker
        statement_type, targets = "demand", self.obliged(words, [speaker])
        if targets is None and any((self.demanding(verb) or self.wanting_something(verb)) and any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children) for verb in words):
            # "We demand a full explanation of how this happened.", "We want our men home.": a demand
            # addressed to nobody named
            targets = []
        if targets is None:
            statement_type, targets = "accuse", self.accusation_in(words, [speaker])
        if targets is None and any(self.negated_cue(word) is not None for word in words):
            statement_type, targets = "deny", []  # "We do not accept that information was withheld."
        if targets is None and (any(self.calls_false(word) for word in words)
                                or self.nobody_did_it(words)):
            statement_type, targets = "deny", []  # "That is nonsense.", "These are fabrications.", "Nobody harassed anyone."
        if targets is None:
            # Neither accusing nor demanding in its words, it still says something of its own when it
            # negates ("Nobody is hiding anything", "These are working men, not smugglers") or makes
            # another side the actor ("Asuncion has turned an inspection into a hostage situation") or names a
            # wrong ("The junta is bombing villages"); a sentence that only tells on
            # ("The Russian military withdrew on March 30", "That tells you everything") goes on with
            # the attributed one.
            negated = any(t.dep_ == "neg" or t.lower_ in NEGATIONS for t in words)
            # "The first ferry should have been delivered in March": what ought to have happened, a reproach.
            reproach = any(t.lower_ in ("should", "ought") and t.dep_ == "aux" and any(
                a.lower_ == "have" and a.dep_ == "aux" for a in t.head.children) for t in words)
            # After the attribution, a sentence of its own is what the speaker went on to say.
            # (not one that only points back at it, "That tells you everything.", though "That is
            # unacceptable." judges it)
            # Before it, one that says what others did or do ("These scanners log every toilet break", "Notice
            # was given in writing"), not what the speaker's own side did ("We have lived from this water",
            # "The Russian military withdrew", said by Russia's minister), which only sets the scene.
            own_clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.dep_ == "ROOT" and (
                t.lower_ not in ("that", "this") or t.head.lemma_ == "be")
                and (follows or not self.speakers_side(t, speaker)) for t in words)
            if not (negated or reproach or own_clause or self.wrongdoing_in(words)
                    or self.agents_in(words, exclude=[speaker])):
                return None
            statement_type, targets = "claim", []
        # Its cue is the quotation itself: the opening mark, or the first word of a sentence in the
        # middle of a quote. (The attribution's "said" is another statement's cue, and a cue's
        # offsets make a statement's id.)
        cue_token = next((t for t in sent if t.i in inside_quote and t.is_quote), words[0])
        return Draft(type=statement_type, cue=attribution.cue, cue_token=cue_token, cue_text=cue_token.text,
                     cue_start=self.start(cue_token), cue_end=self.end(cue_token), sentence=sentence,
                     speaker=speaker, targets=_unique(targets), content=self.text_of(words), quote=True,
                     charge=self.charge(words), about_tokens=words, sentence_span=sent)

    def speakers_side(self, subject: Token, speaker: Actor) -> bool:
        """Whether a subject is the speaker or the speaker's own: "we", "our troops", the speaker's country or
        body."""
        if subject.lower_ in FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON
                                                 for c in subject.children):
            return True
        own = {speaker.label, speaker.country}
        return any(actor.label in own or actor.country is not None and actor.country == speaker.country
                   for actor in self.book.resolve(subject))

    def let_know(self, know: Token) -> tuple[Cue | None, list[Token]]:
        """ "Sabakoe Gold let know on Monday that ...", where the parser makes "let" the auxiliary of "know":
        the cue "let know" all the same (``verb_cue`` finds it when "know" hangs on "let")."""
        let = next((c for c in know.children if c.dep_ == "aux" and c.lower_ in ("let", "lets")), None)
        cue = next((c for c in self.lexicon.verb_cues.get("let", []) if c.words == ("let", "know")), None)
        return (cue, [let, know]) if let is not None and cue is not None else (None, [])

    def document_speaking(self, verb: Token) -> bool:
        """ "“...,” reads the note", "the text reads", "it is written in the text": a document's words,
        given by a verb that says nothing when people are its subject ("he wrote a book")."""
        if verb.lemma_.lower() not in self.lexicon.document_cues:
            return False
        # ("it appears from a press release of the agency that", the Danish "det fremgår af")
        documents = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")] + [
            pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
            for pobj in prep.children if pobj.dep_ == "pobj"]
        if not any(d.lemma_.lower() in self.lexicon.source_nouns for d in documents):
            return False
        # the document's words: a quote before the verb, or a clause it reports, or a quote after a colon
        # ("issued a comment: “...”"); or, for a document that is the subject of any verb but "read",
        # what it sets out ("the report lists 23 faults")
        colon = next((t for t in verb.doc[verb.i + 1:self.sent.end] if t.text == ":"), None)
        return (self.after_quote(verb) or any(c.dep_ == "ccomp" for c in verb.children)
                or _that_clause_on_a_noun(verb) is not None
                or colon is not None and colon.i + 2 < self.sent.end and colon.i + 2 in self.inside_quote
                or verb.i > self.sent.start and verb.doc[verb.i - 1].text == ":"
                or verb.lemma_.lower() != "read" and any(c.dep_ == "dobj" for c in verb.children)
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lexicon.source_nouns for c in verb.children))

    def negated_cue(self, token: Token) -> Cue | None:
        """The cue of a verb that speaks only negated, about something said: "We do not accept that
        information was withheld", "did not accept the allegations" (not "will never accept a council")."""
        cue = self.lexicon.negated_cues.get(token.lemma_.lower())
        if cue is None or not any(c.dep_ == "neg" for c in token.children):
            return None
        # ("does not agree with the decision": the thing said or decided after the cue's preposition)
        objects = [c for c in token.children if c.dep_ == "dobj"] + [
            pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in cue.words[1:]
            for pobj in prep.children if pobj.dep_ == "pobj"]
        said = any(c.dep_ == "ccomp" for c in token.children) or any(
            (lemma := o.lemma_.lower()) in self.lexicon.noun_cues or lemma in self.lexicon.said_nouns
            or lemma in self.lexicon.source_nouns or lemma in self.lexicon.decision_nouns for o in objects)
        return cue if said else None

    def obliged(self, words: list[Token], speakers: list[Actor]) -> list[Actor] | None:
        """Whom what was said tells what they must do ("Yerevan must rein in its units"), other
        than the speakers themselves."""
        for verb in words:
            if verb.pos_ not in VERBAL:
                continue  # most of what was said: neither wanting nor obliging
            if verb.pos_ == "VERB" and (verb.lemma_.lower() in WANTING or self.demanding(verb)) \
                    and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
                # "We need Guatemala to respect the law", "We would ask the union to call off the strike":
                # what the speakers want another actor to do (the parser makes Guatemala the object of
                # "need" or the subject of "respect").
                acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                        and _infinitive(c)]
                addressed = [c for c in verb.children if c.dep_ == "dobj"] if acts else []
                addressed += [c for act in acts for c in act.children if c.dep_ == "nsubj"]
                wanted = [a for c in addressed for a in self.book.resolve(c) if a not in speakers]
                if wanted:
                    return wanted
            auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
            if not set(auxiliaries) & OBLIGING or "have" in auxiliaries:
                continue  # ("should have waited": a reproach for what is done, no demand)
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
            # "said protesters should lift the road blockades": people told what to do are addressed too
            targets = [actor for subject in subjects
                       for actor in self.book.resolve(subject) or self.addressed_people(subject) if actor not in speakers]
            if targets:
                return targets
        return None

    @staticmethod
    def wanting_something(verb: Token) -> bool:
        """ "we need answers", "we want the officers punished": wanting a thing, or others to act or be
        dealt with, not to do something oneself ("we want to cooperate"), nor not needing it ("we do not
        need theatre"). Expecting others to act is foreseeing it, too ("we expect prices to rise")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WANTING or any(c.dep_ == "neg" for c in verb.children):
            return False
        return any(c.dep_ == "dobj" or c.dep_ == "ccomp" and verb.lemma_.lower() != "expect" and any(
            s.dep_ == "nsubj" and s.lower_ not in FIRST_PERSON for s in c.children) for c in verb.children)

    def demanding(self, verb: Token) -> bool:
        cue = self.verb_cue(verb)[0]
        return cue is not None and cue.type == "demand"

    # ----- cues ------------------------------------------------------------------------------

    @staticmethod
    def title_participle(token: Token) -> bool:
        """ "reporting commissioner Helena Moura", "acting minister": a participle in a title, with
        nothing of its own, before the noun it qualifies (the parser may still call it a verb)."""
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return token.tag_ == "VBG" and not any(True for _ in token.children) and following is not None \
            and following.pos_ in ("NOUN", "PROPN")

    @staticmethod
    def headline_verb(token: Token) -> bool:
        """Title case fools the tagger: "Union Accuses Carmaker" has a PROPN verb with an object."""
        return token.pos_ == "PROPN" and token.dep_ in ("ROOT", "conj") and any(
            child.dep_ in ("dobj", "nsubj", "ccomp") for child in token.children)

    @staticmethod
    def lemmas(token: Token) -> list[str]:
        lower = token.lower_
        forms = [token.lemma_.lower(), lower]
        if token.pos_ == "PROPN":
            forms += [lower[:-1], lower[:-2], lower[:-3]]  # accuses, denies -> deni(es), rejected
        elif stem := _e_stem(lower, token.tag_):
            forms.append(stem)
        return forms

    def verb_cue(self, token: Token) -> tuple[Cue | None, list[Token]]:
        """The longest cue a verb starts: "call" + "for" is a demand, "call" alone is nothing."""
        options = next((self.lexicon.verb_cues[form] for form in self.lemmas(token) if form in self.lexicon.verb_cues), [])
        for cue in options:
            words = [token]
            for word in cue.words[1:]:
                # "pointed the finger at X": "at" hangs on "finger", the word matched before it.
                found = self._dependent(token, word) or (
                    self._dependent(words[-1], word) if len(words) > 1 else None)
                if found is None and cue.appeal_object:  # ("called the parties to restraint": an infinitive to the parser)
                    found = next((g for c in token.children if c.dep_ == "xcomp" for g in c.children
                                  if g.dep_ == "aux" and g.lower_ == word), None)
                if found is None:
                    break
                words.append(found)
            else:
                if cue.complement and not self.complemented(token, aim=cue.type == "claim") \
                        and not (cue.type == "claim" and _as_clause(token)) \
                        or cue.sanction and not self.punished_for(token) \
                        or cue.quoted_object and not self.quoted_object(token) \
                        or cue.after_quote and not self.attributes_quote(token) \
                        or cue.said_object and not self.something_said(words[-1]) \
                        or cue.appeal_object and not self.appealed_for(words[-1]) \
                        or cue.court_order and not self.by_a_court(token) \
                        or _sought(token) or self.declares_an_act(token):
                    continue
                return cue, words
        return None, []

    def declares_an_act(self, verb: Token) -> bool:
        """ "a lockdown it had declared", "declared a state of emergency": declaring what the event
        vocabulary names is an act, not a statement (but "declared that ..." says something)."""
        if verb.lemma_.lower() not in ("declare", "proclaim") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return False
        declared = [c for c in verb.children if c.dep_ == "dobj"] or (
            [verb.head] if verb.dep_ in ("relcl", "acl") else [])
        return any(self.names_event(d) for d in declared)

    def complemented(self, token: Token, aim: bool = False) -> bool:
        """Whether a cue that needs a complement has one: "called the claims absurd", "asked the
        agency to publish" (an infinitive says what the object is to do, not what the speaker is:
        "asked not to be named"), "asked that ..." (not "asked whether ...", a question). With ``aim``,
        an infinitive the parser takes for the speaker's aim ("called the two neighbours to solve"; not
        for "summoned a diplomat to lodge a protest", the ministry's own act)."""
        # ("gave the company 30 days to present an offer": whom it asks is the verb's dative, and the
        # parser makes "30 days" an adverb)
        # ("member states were called in a statement to strengthen cooperation": the passive's subject)
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if token.dep_ == "relcl" and any(o.tag_ in ("WP", "WDT") for o in objects):
            return True  # "what it called a provocation" (not "which invited the observers")
        if not aim and any(o.dep_ == "dobj" and o.lemma_.lower() in self.lexicon.answer_nouns for o in objects):
            return True  # "Algiers and Nouakchott ask explanations": translation's "demander des explications"
        if objects and self.reminded_of_duty(token):
            return True  # "reminded both parties of their obligation to spare civilians"
        if any(c.dep_ == "prep" and c.lower_ in ("to", "from") and token.i < c.i < o.i
               for c in token.children for o in objects if o.dep_ == "dobj"):
            return True  # "requires to the Public Ministry an investigation": translation's "exiger de X une enquête"
        objects += [c for c in token.children if c.dep_ == "npadvmod" and c.i > token.i and objects]
        # ("asked from the company to restore", machine translation's "ζήτησε από")
        objects += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > token.i]
        # ("gave the ministry 90 days to complete a review": the infinitive after a time given is what to do)
        return any(c.dep_ == "oprd" or c.dep_ == "ccomp" and not _question(c) or c.dep_ == "xcomp" and objects
                   or aim and self.asked_to(c)
                   or c.dep_ == "advcl" and _infinitive(c) and any(o.ent_type_ == "DATE" for o in objects)
                   for c in token.children) \
            or _that_clause_on_a_noun(token) is not None or (
            any(o.dep_ == "nsubjpass" for o in objects) and _passive_infinitive(token) is not None) or any(
            # "called the claims “absurd”", "calls claim “disinformation”", "called that suggestion
            # “insulting”": the parser hangs the complement on the object
            g.i > c.i and (g.dep_ in ("amod", "appos", "dobj", "oprd", "attr")
                           or g.dep_ == "acl" and g.pos_ in ("NOUN", "ADJ", "PROPN")
                           # "summoned the envoy to explain": the infinitive hung on the object
                           or g.dep_ in ("acl", "relcl") and _infinitive(g))
            for c in objects for g in c.children) or any(
            # "Singapore calls charges baseless": the tagger takes the adjective for an adverb
            c.dep_ == "advmod" and c.i > objects[0].i and self.rejecting(c) for c in token.children if objects) or any(
            # "called the accusations of Kyiv «one more fake of the Ukrainian propaganda»": the parser hangs
            # the quoted name inside the object's phrase
            self._quoted_name_in_object(c) for c in objects if c.dep_ == "dobj" and token.lemma_ in ("call", "qualify")) \
            or token.lemma_ in NAMING_VERBS and any(self._named_thing_inside(c) is not None for c in objects if c.dep_ == "dobj")

    def act_called_wrong(self, objects: list[Token], content: list[Token]) -> bool:
        """Whether what a naming verb names is an act or event, called by a word that rejects it ("called the
        detention “unjustified”", "described the strike as unacceptable"): an accusation of whoever did it."""
        act = next((o for o in objects if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN" and self.names_event(o)),
                   None)
        # (or condemns it: "called the attack “despicable”", "described the strikes as “a barbaric act”")
        return act is not None and any((self.rejecting(t) or t.lower_ in self.lexicon.condemning) and t.i > act.i
                                       for t in content)

    def _named_thing_inside(self, name: Token) -> Token | None:
        """ "Baku calls accusations «provocation»": the thing said that a headline's object names, which the
        parser hangs on the name given to it."""
        return next((g for g in name.children if g.dep_ in ("nmod", "compound") and g.i < name.i and (
            g.lemma_.lower() in self.lexicon.noun_cues or g.lemma_.lower() in self.lexicon.said_nouns)), None)

    def _quoted_name_in_object(self, obj: Token) -> bool:
        """Whether a quotation follows an object inside its phrase, with no verb before it."""
        for word in obj.doc[obj.i + 1:obj.right_edge.i + 1]:
            if word.i in self.inside_quote:
                return True
            if word.pos_ in VERBAL:
                return False
        return False

    def by_a_court(self, token: Token) -> bool:
        """Whether a court or a judge does what the verb says: "Argentine court halts pumping", "A federal
        judge ... suspended the permits"."""
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lexicon.court_nouns
                   for c in subject_bearer(token).children)

    def something_said(self, word: Token) -> bool:
        """Whether the noun a cue's last word governs is something said or found: "stands by its findings",
        "stood by the report" (a statement cue, a said noun or a document)."""
        said = (self.lexicon.noun_cues, self.lexicon.said_nouns, self.lexicon.source_nouns)
        return any(c.dep_ in ("pobj", "dobj") and any(c.lemma_.lower() in words for words in said)
                   for c in word.children)

    def appealed_for(self, word: Token) -> bool:
        """Whether the noun a cue's last word governs is conduct asked for: "called the parties to restraint"."""
        if word.dep_ == "aux":  # ("to restraint" taken for an infinitive)
            return word.head.lower_ in self.lexicon.appeal_nouns
        return any(c.dep_ == "pobj" and c.lemma_.lower() in self.lexicon.appeal_nouns for c in word.children)

    def quoted_object(self, token: Token) -> bool:
        """Whether a verb outside quotation marks has quoted words as its object: "cries 'witch hunt'"."""
        return token.i not in self.inside_quote and any(
            c.dep_ == "dobj" and c.i in self.inside_quote for c in token.children)

    def punished_for(self, token: Token) -> bool:
        """Whether a punishment names an actor it punishes and what for: "fined Aurora Pacific over unpaid
        refunds", "Lumo was fined for ...", "suspended five leaders for one semester over a protest" (not
        "for one semester", a time; not "blocked a highway", no actor)."""
        punished = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if not any(self.book.resolve(c) or self.book.described_group(c) for c in punished):
            return False
        return any(prep.dep_ == "prep" and (prep.lower_ in ("over", "for") or prep.lower_ == "on" and any(
                       g.lower_ == "grounds" for g in prep.children))
                   and any(pobj.dep_ in ("pobj", "pcomp") and not _names_a_time(prep)
                           and pobj.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY") for pobj in prep.children)
                   for node in [token, *punished] for prep in node.children)

    def rejecting(self, word: Token) -> bool:
        """A word that calls a charge false ("baseless", "a lie") or wrong ("a travesty"), or denies it
        credit ("not at all credible", "little credible")."""
        if word.lower_ in self.lexicon.credibility_terms:
            before = word.doc[max(word.i - 3, 0):word.i]
            return any(t.dep_ == "neg" or t.lower_ in LACKING for t in [*before, *word.children])
        return word.lower_ in self.lexicon.denial_terms or word.lower_ in self.lexicon.rejecting_terms

    def rejected_by_name(self, token: Token, objects: list[Token], content: list[Token]) -> bool:
        """ "called the ruling “a travesty”", "calling the penalty “grossly disproportionate”", "called
        that suggestion “insulting”": naming something said, or an official decision, with a word
        that rejects it denies it (a praise or a neutral word does not)."""
        complement = [g for c in token.children if c.dep_ in ("oprd", "advmod", "acomp")
                      or c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree]
        if token.dep_ == "relcl" and all(o.lower_ in ("that", "which", "whom") for o in objects if o.dep_ == "dobj"):
            objects = [*objects, token.head]  # "a version that the UN judges little credible"
        # ("qualified as “not at all credible” the thesis": the parser hangs the thing named in the "as")
        objects = [*objects, *(t for t in complement if t.dep_ == "dobj")]
        inside = [thing for o in objects if (thing := self._named_thing_inside(o)) is not None]
        objects += inside
        named = next((o for o in objects if (o.dep_ in ("dobj", "nsubjpass") or o == token.head or o in inside) and (
            (lemma := o.lemma_.lower()) in self.lexicon.noun_cues or lemma in self.lexicon.said_nouns
            or lemma in self.lexicon.source_nouns or lemma in self.lexicon.decision_nouns
            or self.lexicon.event_triggers.get((lemma,)) in self.lexicon.official_acts)), None)
        # (or before it, in translation's order: "qualified as “not at all credible” the thesis")
        return named is not None and (any(self.rejecting(t) for t in content if t.i > named.i)
                                      or any(self.rejecting(t) for t in complement))

    @staticmethod
    def _dependent(token: Token, word: str) -> Token | None:
        """The word of a multi-word cue among the verb's dependents, after the verb: in "for its part,
        called on its allies", "for" belongs to "for its part", and the cue is "call on"."""
        for child in token.children:
            if child.i < token.i:
                continue
            if child.lower_ == word or child.lemma_.lower() == word:
                if child.dep_ == "prep" and _names_a_time(child):
                    continue  # "called the strike on Monday": when, not whom "call on" addresses
                return child
            if child.dep_ == "xcomp" and word == "to" and child.i == token.i + 2 and token.doc[token.i + 1].dep_ == "aux":
                return token.doc[token.i + 1]  # "company points to rain": "to rain" is an infinitive to the parser
            for grandchild in child.children:  # "took up the term 'genocide'": term modifies genocide
                # ("described the accusations as “precipitated”", "called for the perpetrators to be held
                # accountable": the word marks a clause to the parser)
                if child.dep_ == "advcl" and grandchild.dep_ == "mark" and grandchild.lower_ == word \
                        and word in ("as", "for"):
                    return grandchild
                # (not the object of a clause that says something: "reminded that Bosnia does not respect
                # the obligations")
                if grandchild.dep_ in ("nmod", "compound", "dobj", "pobj") and grandchild.lemma_.lower() == word \
                        and child.dep_ != "ccomp":
                    return grandchild
                # "described the attack as a war crime": the parser hangs "as" on the object.
                # "held the Uruguayan Government responsible": and the complement on the object.
                if child.dep_ == "dobj" and grandchild.dep_ in ("prep", "amod") and grandchild.lower_ == word \
                        and grandchild.i > child.i:
                    return grandchild
                # "spoke on April 4 of a possible genocide": the preposition hangs from the date
                # (not "spoke on condition of anonymity").
                # "placed the responsibility for the incident on the Kyrgyz side": the preposition hangs
                # inside what the blame is for.
                # ("pinned the blame for the fall of the catches on the trawlers": however deep)
                if child.dep_ == "prep" and grandchild.dep_ == "pobj" and (
                        grandchild.ent_type_ in DATE_ENTITIES or child.lower_ == "for"):
                    inside = grandchild.subtree if child.lower_ == "for" else grandchild.children
                    for great in inside:
                        if great.dep_ == "prep" and great.lower_ == word and great.i > grandchild.i:
                            return great
            # ("described reports of abuses by its army as “a smear campaign”": or deeper in the object's phrase)
            if child.dep_ == "dobj" and word == "as":
                deeper = next((t for t in child.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > child.i
                               and t.head != child), None)
                if deeper is not None:
                    return deeper
        return None

    def negated(self, token: Token) -> bool:
        """ "did not deny", "refused to accuse", "has not been able to confirm" are no statements,
        nor are cues that say what may be said later ("has until Friday to respond", "said a commission
        would report") or only might be ("whether it would seek", "if they accuse us", "were the court to
        order"), cues no one speaks ("Neither company commented"), the writer's aside ("It is to recall
        that") and asking not to be named."""
        if token.dep_ in ("xcomp", "acl", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
            if token.head.lemma_.lower() in self.lexicon.irrealis:
                return True
            if token.head.lower_ in INVERTED_CONDITIONS and any(  # "Were the court to order a halt, ..."
                    c.dep_ == "nsubj" and c.i > token.head.i for c in token.head.children):
                return True
        # "did not say whether it would seek a meeting", "if Hanoi accuses us": not (yet) said.
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children):
            return True
        # "said a commission of experts would report within 30 days": what someone will say, in what
        # another said, is not said yet
        if token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children) \
                and self.verb_cue(token.head)[0] is not None:
            return True
        # "who asked not to be named", "asked that her surname not be used": only not to be known
        if any(c.dep_ in ("xcomp", "ccomp") and any(n.dep_ == "neg" for n in c.children) and (
                c.lemma_.lower() in ("name", "identify") or any(
                    n.dep_ == "nsubjpass" and n.lemma_.lower() in ("name", "surname") for n in c.children))
               for c in token.children):
            return True
        # "Neither company commented", "No one denied it": a subject no one is (not the quote's words the
        # parser takes for the subject: '"... No explanation," said Ebenezer Darko')
        if any(c.dep_ == "nsubj" and c.i not in self.inside_quote and (c.lower_ in ("neither", "none", "nobody", "no-one") or any(
                d.dep_ == "det" and d.lower_ in ("neither", "no") for d in c.children)) for c in token.children):
            return True
        # "It is to recall that", "it is to be noted that": the writer's own aside
        if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.head.children):
            return True
        current = token
        for _ in range(3):
            if any(child.dep_ == "neg" for child in current.children):
                return True
            if current.dep_ in ("xcomp", "acomp") and current.head != current:
                if current.head.lemma_.lower() in NEGATING_HEADS:
                    return True
                current = current.head
                continue
            break
        return False

    # ----- offsets ---------------------------------------------------------------------------

    def start(self, token: Token) -> int:
        return self.offset + token.idx

    def end(self, token: Token) -> int:
        return self.offset + token.idx + len(token.text)

    def text_of(self, tokens: list[Token]) -> str | None:
        tokens = sorted(tokens, key=lambda t: t.i)
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):  # "that ...", "“..."
            tokens = tokens[1:]
        if not tokens:
            return None
        text = self.book.slice(tokens[0], tokens[-1])
        return text.strip(" “”\"«»,") or None

    def is_quoted(self, tokens: list[Token]) -> bool:
        words = [t for t in tokens if not t.is_punct]
        return bool(words) and sum(t.i in self.inside_quote for t in words) >= len(words) / 2

    # ----- speakers --------------------------------------------------------------------------

    def subject(self, token: Token) -> tuple[list[Actor], bool, bool]:
        """(speakers, first_person, passive) of a verbal cue, inheriting a missing subject."""
        current = token
        climbed = ""  # the relation of the last step up
        reported = token.head
        reporter = self.reporting_verb(reported) if token.dep_ == "conj" and reported.i < token.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else None
        if reporter is not None and (self.verb_cue(reported)[0] is None or self.verb_cue(token)[0].type == "demand"):
            # "X said the families had fled, and called on Y", "Zulu said the CDF was looking for excuses
            # because it feared defeat, and accused its leaders": the parser hangs the second speech act
            # on the reported clause; it is X's, like the first.
            current, climbed = reporter, "conj"
        spliced = token.doc[token.i - 1] if token.dep_ == "conj" and token.i else None
        if spliced is not None and spliced_verb(spliced) == token:
            # "Kyiv blames Russia, Moscow-installed officials point to Ukrainian drone"
            return self.book.resolve(spliced) or self.book.unnamed(spliced), False, False
        last = self.speaker_after_clause(token) or self.inverted_speaker(token) or self.speaker_after_quote(token)
        if last:
            return last, False, False
        for _ in range(6):
            children = list(current.children)
            # "a charge rejected by the Kremlin": a participle with an agent is passive too.
            # (Not an active verb's "by": "A resident, Tadesse Worku, said by telephone that ...")
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or any(
                c.dep_ == "agent" for c in children) and not any(c.dep_ == "nsubj" for c in children)
            if passive and current == token:
                # (put first: "On the part of Hydrotech, the accusations are called unfair"; not "the fuel
                # was declared on the Bolivian side")
                return self.agents(token) or self.place_speaking(token) or self.side_speaking(token, first=True) \
                    or self.source_speaking(token), False, True
            # A clausal subject only when there is no other: in "“..., whoever carries it out,” its
            # spokeswoman told a briefing" the parser makes the quote's end a csubj of "told".
            subjects = [c for c in children if c.dep_ == "nsubj"] or [c for c in children if c.dep_ == "csubj"] or [
                # The parser sometimes labels a subject "nmod" before adverbs: "Russia “categorically” rejects",
                # or takes a name NER found for an adverb: "Tonga on Thursday accused".
                # (or, lower-cased, for an adjective: "kyiv speaks of “nuclear terrorism”")
                # (or, in a headline, for a compound: "Kurdish-led SDF accuses Turkey")
                c for c in children if c.dep_ in ("nmod", "npadvmod", "advmod", "amod", "compound") and c.i < current.i and (
                    c.pos_ == "PROPN" and c.dep_ not in ("advmod", "amod")
                    or c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and (c.dep_ != "amod" or current.pos_ == "VERB"))] or [
                # A headline's "military denies leaving area unguarded": a body's word taken for an adjective
                c for c in children if c.dep_ == "amod" and c.i == current.i - 1 and id(c.doc) in self.book.headlines
                and c.lower_ in self.book.gazetteer.body_words] or [
                # "The Chinese embassy, asked about the factory's owners, said ...": the parser makes the
                # speaker the subject of "asked", hung on the verb as its clause
                g for c in children if _questioned(c, current) for g in c.children if g.dep_ == "nsubj" and g.i < c.i] or [
                # "Sabakoe Gold let know that": the subject hung on the auxiliary
                g for c in children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
            if current == token and token.dep_ == "ROOT" and all(
                    s.tag_ == "VBN" and s.lemma_.lower() in ANSWERING for s in subjects):
                # "In a communiqué signed by its spokesman, Serge Ngaïkossé, the Coalition of Patriots for Change
                # (CPC) accuses ...": the parser hangs the subject on the name before it, as an apposition (and
                # may take a participle for the subject: "Questioned on the accusations targeting the Russian
                # instructors, the embassy of Russia in Mali denounced")
                subjects = [word for word in token.doc[self.sent.start:token.i] if word.dep_ == "appos"
                            and word.pos_ in ("NOUN", "PROPN") and word.right_edge.i == token.i - 1
                            and word.head.i < word.i and word.i not in self.inside_quote][-1:] or subjects
            if current == token and subjects and subjects[0].i + 1 < token.i \
                    and token.doc[subjects[0].i + 1].text == ":":
                # "Idlib: 11 dead in a bombardment .. and the "Civil Defence" accuses Russia": the parser may make
                # the headline's topic before a colon the subject; the name right before the verb is
                last = next((t for t in reversed(token.doc[subjects[0].i + 2:token.i]) if not t.is_punct), None)
                if last is not None and last.pos_ in ("PROPN", "NOUN") and last.dep_ in ("conj", "appos"):
                    subjects = [last]
            relative = self.reduced_relative_subject(current) if current == token else None
            if relative is not None:
                # "a charge Caracas has dismissed as slander", "a move the union condemned as": the parser
                # takes the relative clause's subject for an apposition of the thing it speaks of
                return self.book.resolve(relative) or self.book.unnamed(relative) or self.book.proper(relative) \
                    or self.book.kind_as_written(relative), \
                    False, False
            if subjects:
                subject = subjects[0]
                if len(subjects) > 1 and subject.pos_ == "NOUN" and subjects[1].pos_ == "PROPN" \
                        and subjects[1].left_edge.i == subject.i + 1:
                    subject = subjects[1]  # "The company Dragados del Plata denied": two subjects to the parser
                elif subject.i in self.inside_quote and subjects[-1].i > current.i \
                        and subjects[-1].i not in self.inside_quote:
                    subject = subjects[-1]  # '"... No explanation," said Ebenezer Darko': the quote's words too
                colon = next((c for c in subject.rights if c.text == ":"), None)
                if colon is not None:
                    # "Presidential: candidacy of Januário Lopes denounces": a headline's topic, then its subject
                    # ("“Nuclear shield”: kyiv returns the accusation": or a name hung on the verb)
                    subject = next((c for c in subject.rights if c.dep_ == "appos" and c.i > colon.i), None) or next(
                        (c for c in children if colon.i < c.i < current.i and c.dep_ in ("amod", "nmod", "compound", "npadvmod")
                         and self.book.resolve(c)), subject)
                if subject.lower_ in FIRST_PERSON:
                    return [], True, False
                if subject.lower_ == "one" and not subject.n_lefts and not subject.n_rights:  # (tagged a number)
                    return self.side_speaking(current) or self.place_speaking(current), False, False
                staff = self.body_behind_they(current) if subject.lower_ == "they" else []
                if staff:
                    return staff, False, False
                if subject.lower_ == "it" and current.lemma_.lower() in self.lexicon.document_cues:
                    return self.source_speaking(current), False, False  # "It appears from a press release of X"
                found = self.named_in_subject(subject, current) or self.book.resolve(subject) \
                    or self.book.unnamed(subject) or self.book.proper(subject) \
                    or self.source_of(subject) or self.issued(subject)
                reporting = self.reporting_verb(current) if not found and current != token else None
                if reporting is not None and self.verb_cue(token)[0].type != "claim":
                    # "said the dam would not cause harm to downstream countries and accused Cairo":
                    # the parser hangs "accused" in the reported clause, whose subject says nothing.
                    # (A claim there, "while confirming", only goes on with the reporter's.)
                    current, climbed = reporting, "ccomp"
                    continue
                return found or self.book.kind_as_written(subject), False, False
            if current.dep_ == "acl" and (current.tag_ in ("VBD", "VBZ", "VBP") and current.head.pos_ == "PROPN"
                                          or current.head.dep_ == "ROOT" and current.head.pos_ in ("NOUN", "PROPN")):
                # A finite verb parsed as a modifier of a name: "Emmanuel Macron, who ..., estimated that";
                # or the sentence's only verb, under a name taken for its root: "Travel industry body
                # TourUK called on both sides".
                head = current.head
                return self.book.resolve(head) or self.book.proper(head) or self.book.unnamed(head), False, False
            root = self.verbless_root(current) if current == token else None
            if root is not None:
                return self.book.resolve(root) or self.book.unnamed(root), False, False
            if climbed == "conj" and current.dep_ == "ROOT" and current.pos_ in ("NOUN", "PROPN"):
                # "Representative Choi Min-seo of the Korea Progress Party, whose ..., called ... and insisted
                # that": the parser, lost in the clauses, makes the name the root and hangs the verb on it
                # ("Russia contests ... and attributes": or the verb before, taken for a noun, under its name)
                if current.tag_ == "NNS" and self.verb_taken_for_noun(current):
                    current = current.doc[current.i - 1]
                return self.book.resolve(current) or self.book.proper(current) or self.book.unnamed(current), \
                    False, False
            # Not through "pcomp": in "accused Baku of seeking to sabotage", seeking is Baku's, not a cue.
            # Through "ccomp" only after a "conj": "said the controls were targeted ... and denied that"
            # hangs "denied" under the reported clause, but the one who denies is the one who said.
            if gerund_of_time(current) and self.verb_cue(current.head.head)[0] is not None:
                # ("denied any involvement, before accusing French television of ...": a statement after
                # another, by the same speaker; not "had waited nine days before reporting the breach")
                climbed, current = current.dep_, current.head.head
                continue
            if current.dep_ in ("xcomp", "advcl", "conj", "acl", "relcl") and current.head != current \
                    or (current.dep_ == "ccomp" and climbed == "conj" and current.head.pos_ in VERBAL) \
                    or (current.dep_ == "dep" and current.head.pos_ in VERBAL and current.head.dep_ == "ROOT"):
                # "dep": the parser's "attached somehow", as in "Soto, ranked 28th in the world, urged":
                # the verb it hangs on has the subject.
                climbed = current.dep_
                current = current.head
                if current.pos_ not in VERBAL:  # "a press release accusing Russia": up to "issued"
                    while current.dep_ not in ("ROOT",) and current.pos_ not in VERBAL and current.head != current:
                        current = current.head
                continue
            break
        if current == token and token.tag_ in ("VBD", "VBZ", "VBP") and any(
                prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < token.i for prep in token.children):
            # "In Moscow, meanwhile, called the parties to restraint": translation's "À Moscou, on a appelé",
            # said in a capital without a subject, is the country's
            found = self._said_in(token)
            if found:
                return found, False, False
        # (or of the verb it is coordinated with: "..., Rudenko said that ... and accused Moscow of")
        return self.name_before(current if climbed == "conj" else token), False, False

    def reduced_relative_subject(self, verb: Token) -> Token | None:
        """The subject of a relative clause without "that" which the parser hangs as an apposition of the
        noun the clause describes: "a charge Caracas has dismissed", "a move the union on Thursday
        condemned", "a charge her spokesman rejected". The noun is a thing said or done, no actor (in "The
        company Dragados del Plata denied", the name says who the company is), and nothing but the
        subject's words, a time and the verb's auxiliaries stand between them."""
        if verb.dep_ in ("acl", "relcl"):
            described = verb.head
        else:
            described = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if described is None or described.pos_ != "NOUN" or described.i > verb.i:
            return None
        lemma, gazetteer = described.lemma_.lower(), self.book.gazetteer
        if lemma in gazetteer.body_words or lemma in gazetteer.people or self.book.office(described) is not None:
            return None
        # (or a second subject of the verb: "a charge her spokesman rejected")
        subject = next((c for c in [*described.children, *verb.children] if described.i < c.i < verb.i and (
            c.dep_ == "appos" and c.head == described or c.dep_ == "nsubj" and c.head == verb)), None)
        if subject is None or subject.left_edge.i != described.i + 1 or subject.pos_ not in ("PROPN", "NOUN"):
            return None
        between = verb.doc[subject.right_edge.i + 1:verb.i]
        if any(t.is_punct for t in verb.doc[described.i:verb.i]) or any(
                not (t.head == verb and t.dep_ in ("aux", "auxpass", "advmod", "neg") or t.ent_type_ in ("DATE", "TIME")
                     or t.dep_ == "prep" and t.head == described) for t in between):
            return None
        return subject

    def named_in_subject(self, subject: Token, verb: Token) -> list[Actor]:
        """ "The vice-president of the Chamber, Katrin Hollerer, demanded", "Vice-minister for cultural
        heritage Rosa Huamán accused": a person named at the end of a subject that describes an office,
        however the parser hangs the name (an apposition of the last noun, the object of "for"). Not "the
        father of John Smith", whose name follows its preposition."""
        if subject.pos_ in ("PROPN", "PRON"):  # (a name or a pronoun says who by itself)
            return []
        if subject.lemma_.lower() in self.book.gazetteer.people and self.book.office(subject) is None:
            return []  # "The father of the sergeant Yazan Al-Khalayleh": a relative, not the one named
        start = subject.left_edge.i
        for name in self.book.entities_in(self.sent):
            if name.label_ != "PERSON" or name.start <= start or name.end > verb.i:
                continue
            after = verb.doc[name.end]
            ends_subject = after.text == "," or after == verb or after.head == verb and after.dep_ in ("aux", "auxpass")
            root = name.root
            hung = root.dep_ == "appos" or root.dep_ == "pobj" and verb.doc[name.start - 1].pos_ == "NOUN"
            # inside a subject of the verb ("Vice", "-", "minister": the parser may find several)
            inside = any(c.dep_ == "nsubj" and c.left_edge.i <= root.i <= c.right_edge.i for c in verb.children)
            if ends_subject and hung and inside:
                return self.book.resolve(root)
        return []

    def name_before(self, token: Token) -> list[Actor]:
        """ "in Savudrija, a Croatian fishing cooperative, Sveti Nikola, blamed Ljubljana": a main verb the
        parser left without a subject, right after a name set off by commas (hung on a place before it)."""
        if token.dep_ != "ROOT" or token.i < 2:
            return []
        if token.doc[token.i - 1].text != ",":
            return self.names_coordinated_before(token) or self.speaker_in_opening_phrase(token)
        name = self.book.entity(token.doc[token.i - 2])
        if name is None or name.label_ not in ("PERSON", "ORG") or name.root.dep_ != "appos":
            return []
        return self.book.resolve(name.root)

    def speaker_in_opening_phrase(self, token: Token) -> list[Actor]:
        """ "Replying to Lebedev, Ukraine's envoy Vitaliy Rudenko said": the parser takes the speaker, after
        the opening phrase's comma, for part of that phrase ("to Lebedev, ... Rudenko") and leaves the verb
        without a subject. The name right before the verb, after a comma inside the phrase, speaks."""
        name = self.book.entity(token.doc[token.i - 1])
        if name is None or name.label_ not in ("PERSON", "ORG", "GPE") or name.end != token.i:
            return []
        opening = next((c for c in token.children if c.dep_ in ("advcl", "prep") and c.i < name.start
                        and c.left_edge.i == self.sent.start and name.root in c.subtree), None)
        if opening is None or not any(t.text == "," for t in token.doc[opening.i:name.start]):
            return []
        return self.book.resolve(name.root)

    def names_coordinated_before(self, token: Token) -> list[Actor]:
        """ "In a new episode of the war around the largest plant of Europe, Moscow and kyiv once again
        accused each other": names coordinated right before a main verb the parser left without a subject,
        after a comma, which it hung on the phrase before the comma."""
        doc, index = token.doc, token.i - 1
        while index > self.sent.start and doc[index].pos_ == "ADV" and doc[index].head.i >= index:
            index -= 1  # "once again", "also"
        group: list[Token] = []
        while index > self.sent.start and doc[index].pos_ in ("PROPN", "NOUN", "CCONJ", "DET", "ADJ"):
            group.append(doc[index])
            index -= 1
        if doc[index].text != "," or not group or group[0].dep_ not in ("conj", "appos"):
            return []
        speakers: list[Actor] = []
        for word in group:
            if word.dep_ in ("conj", "appos") and word.head.i >= index or word is group[-1]:
                speakers.extend(a for a in self.book.resolve(word) if a not in speakers)
        return speakers

    def speaker_after_clause(self, token: Token) -> list[Actor]:
        """ "Georgia's security service hacked 17 phones, a Berlin-based rights group alleged in a report":
        the parser takes the speaker at the end for an apposition or an object, and its verb for a
        participle (not "a militia accused of atrocities", which is one)."""
        if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.head.i > token.i or any(
                c.dep_ in ("dobj", "agent", "auxpass") or c.dep_ == "prep" and c.lower_ == "of"
                for c in token.children) or self.verbless_root(token) is not None:
            return []
        phrase_start = token.head.left_edge.i
        if not phrase_start or token.doc[phrase_start - 1].text != ",":
            return []
        return self.book.resolve(token.head) or self.book.unnamed(token.head)

    @staticmethod
    def verbless_root(verb: Token) -> Token | None:
        """ "The secretariat of the CSTO, of which both countries are members, called on the parties":
        the parser hangs the main verb, after the relative clause's comma, on the clause's last noun and
        makes the subject the sentence's root."""
        if verb.dep_ != "acl" or not verb.i or verb.doc[verb.i - 1].text != ",":
            return None
        node, through_relative = verb.head, False
        while node.dep_ != "ROOT" and node.head != node:
            through_relative = through_relative or node.dep_ == "relcl"
            node = node.head
        return node if through_relative and node.pos_ in ("NOUN", "PROPN") else None

    def inverted_speaker(self, token: Token) -> list[Actor]:
        """ "“...,” declared the representative of the Tajik Ministry of Foreign Affairs, Nilufar Saidova":
        a speech verb right after a quote, with no subject, takes the speaker after it for its object."""
        if not self.after_quote(token) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
            return []
        # "..., declared the director general of the CCC, Bertin Ahoussou(, during a press point).": the
        # name set off by commas after the office phrase is the speaker, however the parser hangs them.
        for name in self.book.entities_in(self.sent):
            after = name.end < self.sent.end and token.doc[name.end].text in (",", ".") or name.end == self.sent.end
            if name.label_ == "PERSON" and name.start > token.i + 1 and token.doc[name.start - 1].text == "," and after:
                return self.book.resolve(name.root)
        for child in token.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod", "dep"):
                # ("..., reads the note": whoever issued it)
                return self.source_speakers(child)
        # Machine translation keeps the source's order, a phrase between the verb and its subject:
        # "..., stressed at the press conference the president of the office", "..., declared to a
        # local radio Grace Mwale". The parser hangs the speaker on the phrase's noun, as an apposition
        # or as the last words of the noun itself.
        for prep in token.rights:
            for place in prep.children if prep.dep_ == "prep" else ():
                if place.dep_ != "pobj":
                    continue
                if place.pos_ == "PROPN" and place.ent_type_ in ("PERSON", "ORG") and any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" for c in place.lefts):
                    return self.book.resolve(place)
                for noun in place.children:
                    if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "PROPN"):
                        return self.book.resolve(noun) or self.book.unnamed(noun)
        return []

    def speaker_after_quote(self, token: Token) -> list[Actor]:
        """ '"... We will not do it," the syndicate's head, Karim Nassar, told a news conference': the
        parser takes the speaker between the closing quote and the speech verb for an object of the
        quote's last verb and makes the speech verb its conjunct, without a subject. The words between
        the quote and the verb are a noun phrase; its name, or else its noun, speaks."""
        if token.dep_ != "conj" or token.head.i > token.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children):
            return []
        doc, start = token.doc, token.i - 1
        if doc[start].text == ",":
            start -= 1
        closer = next((i for i in range(start, max(self.sent.start, token.i - 14) - 1, -1)
                       if doc[i].text in QUOTE_CLOSERS), None)
        if closer is None or closer == start or doc[closer - 1].text not in (",", ".", "?", "!"):
            return []
        phrase = doc[closer + 1:token.i]
        if not any(word.pos_ in ("NOUN", "PROPN") for word in phrase) or any(
                word.pos_ in ("VERB", "AUX") or word.text in QUOTE_CLOSERS for word in phrase):
            return []
        names = [name for name in self.book.entities_in(self.sent)
                 if name.label_ == "PERSON" and closer < name.start and name.end <= token.i]
        if names:
            return self.book.resolve(names[-1].root)
        heads = [word for word in phrase if not phrase.start <= word.head.i < phrase.end]
        return next((found for head in heads if head.pos_ in ("NOUN", "PROPN")
                     for found in [self.book.resolve(head) or self.book.unnamed(head)] if found), [])

    def attributes_quote(self, verb: Token) -> bool:
        """Whether a verb with no object of its own attributes the quotation right before it: '«...», he
        launched', '«...», launched the minister'."""
        # (right after the quote, the object is the speaker, inverted: '«...», hammers the minister in a message')
        if self.after_quote(verb):
            return True
        # (a subject pronoun after the verb is its subject, inverted: '«...», launched she')
        if any(c.dep_ in ("dobj", "dative") and c.i not in self.inside_quote
               and c.lower_ not in ("he", "she", "they", "we", "i") for c in verb.children):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.right_edge.i + 1 != verb.i:
            return False
        doc, index = verb.doc, subject.left_edge.i - 1
        if index > self.sent.start and doc[index].text == ",":
            index -= 1
        return index >= self.sent.start and doc[index].text in QUOTE_CLOSERS

    def after_quote(self, verb: Token) -> bool:
        """Whether a speech verb comes right after a closing quotation mark: '..." declared', also
        past the comma after a quote that ends inside the sentence ('are "not credible", explained') and
        past the verb's auxiliaries ('..." has declared')."""
        doc, first, index = verb.doc, self.sent.start, verb.i - 1
        while index > first and doc[index].head == verb and doc[index].dep_ in ("aux", "neg"):
            index -= 1
        if index > first and doc[index].text in DASHES:
            index -= 1  # ('... a hunt for medics,” – wrote on Facebook the Deputy Minister': Ukrainian and Russian style)
        if index > first and doc[index].text == "," and doc[index - 1].text in QUOTE_CLOSERS:
            index -= 1
        return index >= first and doc[index].text in QUOTE_CLOSERS

    def place_speaking(self, token: Token) -> list[Actor]:
        """The place or body an agentless passive is said in; a coordinated passive goes on in the
        place of the first ("In Moscow, the facts are called «evacuation», and the accusations of Kyiv
        are rejected")."""
        found = self._said_in(token)
        if not found and token.dep_ == "conj" and token.head.pos_ in VERBAL \
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children):
            found = self._said_in(token.head)
        return found

    def _said_in(self, token: Token) -> list[Actor]:
        """ "In Dushanbe, these accusations were categorically rejected": an agentless passive said in a
        capital (or a country) is that country's, as machine translation renders "à Douchanbé, on a rejeté"
        (and "From Amoria Labs, the accusations were rejected", the Italian "da Amoria Labs")."""
        # (after the verb only with an empty "it": "The driver was arrested, it was stated from Tirana";
        # not "the fuel was sent from Bolivia")
        impersonal = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and (prep.i < token.i or impersonal):
                return [actor for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
                        for actor in self.book.resolve(pobj)]
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for place in prep.children:
                    # ("In NATO, the statements ... were called «absurd»": a body the gazetteer knows)
                    if place.dep_ == "pobj" and (place.ent_type_ == "GPE" or self.book.gazetteer.lookup(place.text)):
                        return [actor for actor in self.book.resolve(place) if actor.kind == "country"
                                or actor.kind == "organization" and place.ent_type_ != "GPE"]
                    # "In the administration of the combine the accusations were called unfounded", "at the
                    # Ministry of Agriculture": said in a body, the body's
                    if place.dep_ == "pobj" and (place.ent_type_ == "ORG"
                                                 or place.lemma_.lower() in self.book.gazetteer.anaphoric):
                        return [actor for actor in self.book.resolve(place) if actor.kind == "organization"]
        return []

    def body_behind_they(self, verb: Token) -> list[Actor]:
        """ "They claim from the company that the filters work", "In the ministry they say that": the
        impersonal "they" of translated news, a body's staff; the body speaks."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "in", "at"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (pobj.ent_type_ == "ORG" or pobj.pos_ == "NOUN"
                                                and pobj.lemma_.lower() in self.book.gazetteer.anaphoric):
                        return [actor for actor in self.book.resolve(pobj) if actor.kind == "organization"]
                    if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE" and prep.lower_ == "in" and prep.i < verb.i:
                        # "in Moscow they claim that": the capital's state
                        return [actor for actor in self.book.resolve(pobj) if actor.kind == "country"]
        return []

    def side_speaking(self, token: Token, first: bool = False) -> list[Actor]:
        """ "On the side of the ministry, one speaks of a campaign", "On the Dominican side, one contests":
        the French "du côté de ..., on ..." as machine translation renders it: that side speaks (and "on
        the part of Hydrotech", the Greek "από την πλευρά"; "From the side of the ASEAN Secretariat", the
        Indonesian "dari pihak"). With ``first``, only a phrase put first."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "from") and not (first and prep.i > token.i):
                for side in prep.children:
                    if side.dep_ != "pobj" or side.lemma_.lower() not in ("side", "part"):
                        continue
                    owners = [pobj for of in side.children if of.dep_ == "prep" and of.lower_ == "of"
                              for pobj in of.children if pobj.dep_ == "pobj"]
                    owners += [c for c in side.lefts if c.dep_ in ("amod", "compound", "poss")]
                    # (a name NER took for a nationality: "on the part of Hydrotech Aegean")
                    return [actor for owner in owners for actor in self.book.resolve_name(owner)]
        return []

    def source_speaking(self, token: Token) -> list[Actor]:
        """ "“...,” it is said in the message of the service": an agentless passive said in a document
        is its author's."""
        # ("it was indicated in the same communiqué", "through a communiqué of the ministry": the
        # document named before, or whose author is named)
        documents = [document for prep in token.children if prep.dep_ == "prep"
                     and prep.lower_ in ("in", "through", "via", "from")
                     for document in prep.children if document.dep_ == "pobj"]
        found = [actor for document in documents for actor in self.source_of(document) or self.issued(document)]
        if not found and self.last_body is not None and any(self.the_document(document) for document in documents):
            # "According to the Guarantor, ... “...,” it is read in the provision": the document whose
            # words the body that spoke last gave
            found = [self.last_body]
        return found

    def the_document(self, noun: Token) -> bool:
        """ "the provision", "the text": a document referred to, whose author is not said, nor said before
        (in "the consortium issued a comment ... In the comment", the comment is the consortium's)."""
        lemma = noun.lemma_.lower()
        return lemma in self.lexicon.source_nouns and lemma not in self.issued_documents \
            and [c.lower_ for c in noun.children] == ["the"]

    def reporting_verb(self, token: Token) -> Token | None:
        """The speech verb whose reported clause ``token`` is in, if any."""
        for _ in range(6):
            if token.dep_ == "ccomp" and self.verb_cue(token.head)[0] is not None:
                return token.head
            if token.dep_ == "ccomp" and token.head.dep_ == "ccomp":
                # "said the case showed that “the era ... is over,” and called on": a clause reported
                # within the reported clause
                token = token.head
                continue
            # "rejected Indonesia's claim that cattle carried the disease and demanded that ...": the
            # content of a charge the verb rejects
            if token.dep_ == "acl" and token.head.dep_ == "dobj" and self.verb_cue(token.head.head)[0] is not None \
                    and token.head.lemma_.lower() in self.lexicon.noun_cues:
                return token.head.head
            if token.dep_ not in ("conj", "advcl", "xcomp") or token.head == token:
                return None
            token = token.head
        return None

    def agents(self, token: Token) -> list[Actor]:
        """Agents of a passive cue, also inside its "of" and "as" phrases ("of genocide by its Ukrainian
        enemy", "described as “pure populism” by the deputy")."""
        actors: list[Actor] = []
        frontier = [token]
        while frontier:
            node = frontier.pop(0)
            for child in node.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            # ("It was indicated by the Chancellery that": a name NER missed)
                            found = self.book.resolve(pobj) or self.book.unnamed(pobj) or (
                                self.book.proper(pobj) if node == token else [])
                            actors.extend(a for a in found if a not in actors)
                elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "as" and node == token):
                    frontier.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
                elif child.dep_ in ("conj",) and child.pos_ == "ADP":  # "... and even of genocide by X"
                    frontier.extend(c for c in child.children if c.dep_ == "pobj")
                elif node != token and child.dep_ == "conj":
                    frontier.append(child)
        return actors

    # ----- verbal statements -----------------------------------------------------------------

    def note_issuer(self, document: Token) -> None:
        """ "Helix filed a complaint", "the group published a report": "the complaint" and "according
        to the report" later speak for them."""
        self.issued_documents.add(document.lemma_.lower())
        subjects = [c for c in document.head.children if c.dep_ == "nsubj"]
        subject = subjects[0] if subjects and subjects[0].pos_ != "PRON" else None
        authors = [] if subject is None else self.book.resolve_name(subject)
        if len(authors) == 1:
            self.book.record_issuer(document.lemma_.lower(), authors[0])

    def headline_description(self, verb: Token) -> bool:
        """ "Shipping line accuses ...": a headline's subject that describes whom the text names, kept
        without a speaker for ``align_headline`` to find."""
        return id(verb.doc) in self.book.headlines and any(c.dep_ == "nsubj" and c.pos_ == "NOUN"
                                                           for c in verb.children)

    def issued(self, noun: Token) -> list[Actor]:
        """ "the statement said": whoever was last said to speak "in a statement"."""
        if noun.lemma_.lower() not in self.lexicon.source_nouns or any(c.dep_ in ("poss", "prep") for c in noun.children):
            return []
        author = self.book.issuers.get(noun.lemma_.lower())
        if author is None and noun.lemma_.lower() in ("text", "document") and self.book.issuers:
            author = list(self.book.issuers.values())[-1]  # "The text qualifies ...": the latest one issued
        return [author] if author is not None else []

    def verbal(self, token: Token, cue: Cue, words: list[Token], sentence: Sentence) -> list[Draft]:
        if token.dep_ == "relcl" and (
                self.names_event(token.head) and self.object_is_relative(token)
                or cue.type == "claim" and self.describes(token)):
            # "a meeting that he had called for", "the assessment that Vietnam had promised": the clause
            # describes the thing, it is not a new statement ("the group, which said ..." is one).
            return []
        if token.dep_ in ("csubj", "nsubj") and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in token.children):
            return []  # "what the officers said is not true": what was said before, named as a clause's subject
        if token.dep_ == "ccomp" and self.verb_cue(token.head)[0] is not None \
                and any(token == clause for clause in self.named_in_free_relative_clauses(token.head)):
            return []  # ("rejected what it called “fabricated allegations”": the name is the rejection's object)
        speakers, first_person, passive = self.subject(token)
        for child in token.children:  # "said in a statement": remember who issued it
            if child.dep_ == "prep" and child.lower_ in ("in", "via", "through") and len(speakers) == 1:
                for pobj in child.children:
                    if pobj.lemma_.lower() in self.lexicon.source_nouns:
                        self.book.record_issuer(pobj.lemma_.lower(), speakers[0])
        if not speakers and not first_person and not self.headline_description(token):
            return []
        statement_type = cue.type
        objects = [c for c in token.children if c.dep_ in ("dobj", "attr", "oprd")] or [
            # ("accused this Sunday the National Liberation Army (ELN)": after a day, a name the parser takes for
            # another adverb of time)
            c for c in token.children if c.dep_ == "npadvmod" and c.i > token.i and c.ent_type_ in ("ORG", "GPE", "PERSON")
            and any(d.dep_ == "npadvmod" and d.ent_type_ in ("DATE", "TIME") and d.i < c.i for d in token.children)]
        # ("repeated its call for investigators to be given access": the parser may make the noun the
        # subject of the clause after it)
        said_again = [o for o in objects if o.dep_ == "dobj"] or [
            subject for clause in token.rights if clause.dep_ in ("ccomp", "xcomp") for subject in clause.lefts
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.left_edge.i == token.i + 1]
        # (the statement types the objects say they are: "its call for access", "its condemnation")
        said_types = {noun_cue.type for o in said_again if (noun_cue := self.lexicon.noun_cues.get(o.lemma_.lower()))}
        if statement_type == "claim" and token.lemma_.lower() in self.lexicon.issuing_verbs and said_types - {"claim"}:
            return []  # "repeated its call for access", "renewed its accusations": the noun says what it is
        expressed = statement_type == "claim" and token.lemma_.lower() in self.lexicon.expressing_verbs \
            and "accuse" in said_types
        if expressed:
            statement_type = "accuse"  # "expressed the «deep condemnation» of his country for the attack"
        targets: list[Actor] = []
        sources: list[Draft] = []
        reciprocal = any(self._reciprocal(o) for o in objects) or cue.reciprocal
        content_tokens = self.content_tokens(token, cue, objects)
        told = statement_type == "claim" and self.told_to(token, cue.complement)
        obliged = self.obliged(content_tokens, speakers) if statement_type == "claim" and not told else None
        necessary = _necessary_that(content_tokens) if statement_type == "claim" and not (told or obliged) else None
        if told or obliged or necessary is not None:
            # "warned Washington not to interfere", "told Kyiv to stop", "said Belgrade should stop", "It is
            # vital that all parties refrain from any action"
            statement_type = "demand"

        rebutted = self.rebutted_charge(content_tokens) if statement_type == "claim" else None
        if rebutted is not None:
            statement_type = "deny"  # "Greece's claims of violations have no basis": the charge is rejected
        if statement_type == "claim" and ((any(self.calls_false(t) for t in content_tokens)
                                           or self.said_to_be_false(content_tokens))
                                          and self.accusation_in(content_tokens, speakers) is None
                                          or self.speech_called_false(content_tokens)):
            statement_type = "deny"  # "called the claims absurd", "these allegations, which are untrue"
        # "called the ruling “a travesty”", "the accusations are characterised as “unfair”"
        named_by = objects + [c for c in token.children if c.dep_ == "nsubjpass"]
        if statement_type == "claim" and (cue.complement or cue.words[-1] == "as") \
                and self.rejected_by_name(token, named_by, content_tokens):
            statement_type = "deny"
        elif statement_type == "claim" and (cue.complement or cue.words[-1] == "as") \
                and self.act_called_wrong(named_by, content_tokens):
            statement_type = "accuse"  # "called the detention “unjustified”": whoever did it is blamed
        if statement_type == "claim" and (self.no_part(content_tokens, speakers) or self.no_wrongdoers(content_tokens)
                                          or self.own_wrong_denied(content_tokens, speakers)):
            statement_type = "deny"  # "said it had “no role” in the evictions", "These were herders, not terrorists"
        if statement_type == "accuse":
            named_as = objects + [g for node in [token, *objects] for c in node.children
                                  if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            # "branded the claim that weapons were drawn “a fabrication”": the name is the phrase's last
            # noun, however deep the parser hangs it.
            # (not the charge the accused is accused of: "accused the minister of lying")
            # ("accused the American side of «spreading propaganda»": nor what the charge's verb does)
            named_as += [last for o in objects if o.dep_ == "dobj" and o.pos_ == "NOUN"
                         for last in [next(t for t in reversed(list(o.subtree)) if t.pos_ == "NOUN")]
                         if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < last.i <= c.right_edge.i
                                    for c in o.children)]
            if any(noun.lemma_.lower() in self.lexicon.denial_terms for noun in named_as):
                statement_type = "deny"  # "denounced falsifications", "denounced the images as fakes"
            elif passive:
                blamed = [c for c in token.children if c.dep_ == "nsubjpass"] or self.described_by_participle(token)
                targets = [a for c in blamed for a in self.book.resolve(c)]
            elif not expressed:  # (whose the condemnation expressed is, not whom it blames)
                targets = self.accused(token, objects)
        if statement_type == "deny":
            if len(words) > 1 and words[-1].pos_ == "ADP":  # "took issue with Habtom's remarks"
                objects = objects + [c for c in words[-1].children if c.dep_ == "pobj"]
            if token.lemma_.lower() in AUDIENCE_VERBS:
                objects = [o for o in objects if o.dep_ != "dobj"]  # "he told the state broadcaster ZBC": who heard it
            if passive:  # "The mayor's accusations were described as “pure populism” by ...": what is denied
                objects = objects + [c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
            objects = objects or self.named_in_free_relative(token)
            for noun in objects:
                sources.extend(self.charge_sources(noun, sentence, speakers))
            targets = [draft.speaker for draft in sources if draft.speaker is not None]
            for noun in objects:
                if not sources:  # "rejected Egypt's position", "disputed the FDA's conclusion"
                    targets.extend(a for a in self.book.resolve(noun) if a.kind != "person" or noun.ent_type_)
                    # "considered baseless the version of Lilongwe": something said is its sayer's
                    lemma = noun.lemma_.lower()
                    said = lemma in self.lexicon.said_nouns or lemma in self.lexicon.source_nouns
                    targets.extend(a for a in self.owners(noun, of_phrase=said) if a not in speakers)
                    # "rejects the so-called facts which the Kazakh side cites": whoever puts them forward
                    targets.extend(a for clause in noun.children if clause.dep_ == "relcl"
                                   for subject in clause.children if subject.dep_ == "nsubj"
                                   for a in self.book.resolve(subject) if a not in speakers)
            if not targets:
                # "Asked about the charges brought by Kyiv, the spokesman said Russia does not strike civilians":
                # the denial answers the charges it was asked about, and names them
                for noun in self.answered(token):
                    answered = self.charge_sources(noun, sentence, speakers)
                    sources.extend(answered)
                    targets.extend([draft.speaker for draft in answered if draft.speaker is not None] or [
                        a for a in self.owners(noun, of_phrase=True) if a not in speakers])
            if rebutted is not None:  # "Greece's claims ... have no basis", "the allegations by X were fabricated"
                targets.extend(a for a in [*self.owners(rebutted, of_phrase=True), *self.nominal_speakers(rebutted)]
                               if a not in speakers)
            if not targets:  # "rejected the accusations as Belgrade's propaganda": whose falsehood it is
                for node in [token, *objects]:
                    for prep in node.children:
                        if prep.dep_ == "prep" and prep.lower_ == "as":
                            targets.extend(a for pobj in prep.children if pobj.dep_ == "pobj"
                                           and pobj.lemma_.lower() in self.lexicon.denial_terms
                                           for a in self.owners(pobj) if a not in speakers)
            if not targets:  # "denounced « fakes spread by the Western media »": whoever spread the falsehood
                targets = _unique([a for noun in objects if noun.lemma_.lower() in self.lexicon.denial_terms
                                   for acl in noun.children if acl.dep_ == "acl" for agent in acl.children
                                   if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj"
                                   # (a country's services are the country; its press is not: "the Western media")
                                   for a in self.book.resolve(pobj) or (
                                       self.book.spreaders(pobj) if pobj.lower_ in ("media", "press")
                                       else self.owners(pobj) or self.book.spreaders(pobj))
                                   if a not in speakers])
            if not targets:  # "called the statements of the Russian military «cynical lies»": whose words they are
                # (or the "of" phrase's own nationality, however the parser hangs the name given to the words)
                # ("rejected the « lies » of Kyiv", "dismissed the «fakes of Ukrainian propaganda»": whose falsehood)
                targets = _unique([a for noun in objects if noun.lemma_.lower() in self.lexicon.source_nouns
                                   or noun.lemma_.lower() in self.lexicon.said_nouns
                                   or noun.lemma_.lower() in self.lexicon.denial_terms
                                   or noun.lower_ in self.lexicon.denial_terms
                                   or noun.lower_ in self.lexicon.rejecting_terms
                                   for a in self.owners(noun, of_phrase=True) or [
                                       owner for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                       for pobj in prep.children if pobj.lemma_.lower() in self.lexicon.denial_terms
                                       for owner in self.owners(pobj)]
                                   if a not in speakers])
        elif statement_type == "demand":
            # ("gave the company 30 days to": the dative is asked to act)
            datives = [c for c in token.children if c.dep_ == "dative"]
            # ('"We expect Vanuatu to implement ...," a spokesperson told reporters': who heard the demand
            # is not who must act)
            heard = obliged is not None and token.lemma_.lower() in AUDIENCE_VERBS
            if necessary is not None:  # ("It is vital that all parties refrain": whoever must act)
                targets = [a for subject in necessary if subject.ent_type_ or subject.pos_ == "PROPN"
                           for a in self.book.resolve(subject) if a not in speakers]
            else:
                targets = obliged if heard else self.called_on(token, objects + datives) or obliged or []

        if statement_type == "claim" and cue.accuses_owner:
            # "builder points to city's design": whose work it points to is blamed ("to rain": no one)
            pointed = [pobj for particle in words[1:] for pobj in particle.children if pobj.dep_ == "pobj"] + [
                particle.head for particle in words[1:] if particle.dep_ == "aux"]
            owners = [a for a in self.accused(token, pointed) if a not in speakers]
            if owners:
                statement_type, targets = "accuse", owners
        charge = self.charge(content_tokens or list(self.sent))
        quoted = self.is_quoted(content_tokens) if content_tokens else False
        if statement_type == "claim":
            upgraded = self.accusation_in(content_tokens, speakers)
            if upgraded is None and self.called_a_wrong(content_tokens):
                upgraded = []
            if upgraded is not None:
                statement_type, targets = "accuse", upgraded
        drafts = []
        for speaker in speakers or [None]:
            # "Verbeek and Rinaldi called their treatment a witch hunt": no speaker targets a co-speaker.
            speaker_targets = [t for t in targets if t not in speakers]
            if reciprocal:
                speaker_targets = [other for other in speakers if other is not speaker]
            drafts.append(Draft(
                type=statement_type, cue=cue, cue_token=token,
                cue_text=" ".join(w.text for w in sorted(words, key=lambda w: w.i)),
                cue_start=self.start(min(words, key=lambda w: w.i)), cue_end=self.end(max(words, key=lambda w: w.i)),
                sentence=sentence, speaker=speaker, first_person=first_person, targets=_unique(speaker_targets),
                content=self.text_of(content_tokens), quote=quoted, charge=charge,
                in_quote=token.i in self.inside_quote, sources=sources, about_tokens=content_tokens,
            ))
        for source in sources:
            source.targets = source.targets or [s for s in speakers]
        return drafts + sources

    def answered(self, verb: Token) -> list[Token]:
        """What a statement was asked about or comments on, when that is something said: "Asked about the
        charges brought by Kyiv", "Commenting on the reaction of Kyiv", "Asked about the Amnesty report"."""
        return [pobj for clause in subject_bearer(verb).children if clause.dep_ == "advcl"
                and clause.lemma_.lower() in ANSWERING
                for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in ("about", "on", "to")
                for pobj in prep.children if pobj.dep_ == "pobj" and (
                    (lemma := pobj.lemma_.lower()) in self.lexicon.noun_cues or lemma in self.lexicon.said_nouns
                    or lemma in self.lexicon.source_nouns)]

    @staticmethod
    def named_in_free_relative(verb: Token) -> list[Token]:
        """ "dismissed what he called the “hypocrisy” of Western delegations": the thing rejected is the
        one named in the clause "what ... called" (the parser makes that clause the verb's complement)."""
        return [name for clause in SentenceReader.named_in_free_relative_clauses(verb)
                for name in clause.children if name.dep_ in ("oprd", "attr") and name.pos_ == "NOUN"]

    @staticmethod
    def named_in_free_relative_clauses(verb: Token) -> list[Token]:
        """The clauses "what ... called" of a verb ("dismissed what he called ...")."""
        return [clause for clause in verb.children if clause.dep_ == "ccomp" and clause.lemma_.lower() in NAMING_VERBS
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)]

    @staticmethod
    def described_by_participle(verb: Token) -> list[Token]:
        """Whom a passive participle without a subject of its own is said of: "Accused by Kyiv of
        blocking access, the ICRC rejected ...", "The ICRC, criticized by Ukraine, replied"."""
        if verb.tag_ != "VBN":
            return []
        if verb.dep_ == "acl":
            return [verb.head]
        if verb.dep_ == "advcl":
            return [c for c in subject_bearer(verb.head).children if c.dep_ in ("nsubj", "nsubjpass")]
        return []

    def exchanged(self, token: Token, sentence: Sentence) -> list[Draft]:
        """Headlines: "Greece, Turkey trade charges over ...": the tagger takes the verb of a reciprocal
        cue ("trade charges", "trade blame") for a noun; the names before it are the speakers, each
        accusing the others."""
        if token.i + 1 >= self.sent.end:
            return []
        head = token.doc[token.i + 1]  # (whatever the parser hung it on: "Baku and Yerevan exchange accusations")
        cue = next((c for c in self.lexicon.verb_cues[token.lemma_.lower()] if c.reciprocal
                    and c.words[1:] == (head.lemma_.lower(),)), None)
        if cue is None:
            return []
        speakers: list[Actor] = []
        # "union and stevedore trade blame": the nouns coordinated right before the cue count too.
        coordinated, index = set(), token.i - 1
        while index >= self.sent.start and token.doc[index].pos_ in ("NOUN", "PROPN", "CCONJ", "PUNCT") \
                and token.doc[index].lower_ not in ("as", ";", ":"):
            coordinated.add(index)
            index -= 1
        # (not a rubric before a colon, nor where they trade it: "War in Ukraine: at the UN, Paris and
        # Moscow trade blame")
        rubric_end = max((t.i for t in self.sent if t.i < token.i and t.lower_ == ":"), default=self.sent.start - 1)
        for name in self.sent:
            if name.i >= token.i:
                break
            if name.i <= rubric_end or _after_preposition(name):
                continue
            if name.pos_ == "PROPN" and name.dep_ != "compound" or name.i == token.i - 1 \
                    or name.i in coordinated and name.pos_ == "NOUN":
                speakers.extend(a for a in self.book.resolve(name) if a not in speakers)
        if len(speakers) < 2:
            return []
        return [Draft(type=cue.type, cue=cue, cue_token=token, cue_text=f"{token.text} {head.text}",
                      cue_start=self.start(token), cue_end=self.end(head), sentence=sentence, speaker=speaker,
                      targets=[other for other in speakers if other is not speaker],
                      content=self.text_of([t for t in head.subtree if t.i > head.i]),
                      charge=self.charge(list(head.subtree)), in_quote=token.i in self.inside_quote)
                for speaker in speakers]

    def verb_taken_for_noun(self, token: Token) -> bool:
        """ "Dumitrescu disputes that such an offer was ever made": in the text too, a verb the tagger
        takes for a plural noun, the sentence's root, between a name and the "that" of what was said."""
        doc = token.doc
        name = doc[token.i - 1] if token.i else None
        # (or a name opening the sentence, then the "verb" and its object: "Russia contests all
        # responsibility and attributes the destruction to ...")
        return name is not None and token.dep_ == "ROOT" and token.i < len(doc) - 1 \
            and (doc[token.i + 1].lower_ == "that" or name.dep_ == "compound" and name.head == token
                 and token.left_edge.i == token.sent.start
                 and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children)) \
            and (name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or name.is_title and name.pos_ in ("PROPN", "ADJ")
                 or name.lower_ in self.book.gazetteer.body_words)  # "The Ukrainian security service assures"

    @staticmethod
    def verb_before_noun_verb(token: Token) -> Token | None:
        """ "kyiv rejects these accusations and accuses in turn Moscow of torturing": a verb the tagger
        takes for a plural noun, coordinated with the object of the verb before it; that verb, whose
        subject it shares."""
        if token.dep_ != "conj" or not token.i or token.doc[token.i - 1].lower_ != "and" \
                or token.head.dep_ != "dobj" or token.head.head.pos_ != "VERB":
            return None
        return token.head.head

    def headline_noun_verb(self, token: Token, sentence: Sentence,
                           speakers: list[Actor] | None = None) -> list[Draft]:
        """Headlines: "Kigali rejects “recycled” charges", "shipbuilder cries foul": the tagger takes a
        verb in the third person for a plural noun. The name right before it is the speaker; the
        words after it are what was said."""
        lower = token.lower_
        forms = present_bases(lower)
        following = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
        cue = next((option for form in forms for option in self.lexicon.verb_cues.get(form, [])
                    if not option.complement and list(option.words[1:]) == following[:len(option.words) - 1]), None)
        # (a headline's second clause starts after its comma: "Moscow demands a reaction of the UN, kyiv
        # denounces a “staging”")
        clause_start = max([self.sent.start, *(t.i + 1 for t in token.doc[self.sent.start:token.i]
                                               if t.text in (",", ";"))])
        if cue is None or token.i == self.sent.start or token.dep_ in ("dobj", "pobj") \
                or speakers is None and any(t.pos_ in VERBAL for t in token.doc[clause_start:token.i]):
            return []  # "Azerbaijan rejects Armenian charges": a noun after the verb
        coordinated = speakers is not None
        if speakers is None:
            speakers = self.book.resolve(token.doc[token.i - 1]) or self.book.known_name(token.doc[token.i - 1])
        if not speakers:
            return []
        said = [t for t in token.doc[token.i + len(cue.words):self.sent.end] if not t.is_punct or t.is_quote]
        targets: list[Actor] = []
        if cue.type in ("accuse", "demand"):
            # (not where a thing is: "halt to Brussels auction")
            # (in a text's "accuses in turn Moscow of torturing the Ukrainian prisoners", not whom the charge
            # names)
            charge = next((t.i for t in said if t.lower_ in ("of", "for")), self.sent.end) if coordinated else self.sent.end
            targets = [a for t in said if (t.pos_ == "PROPN" or t.ent_type_) and t.i < charge
                       and not (t.dep_ == "compound" and t.head.pos_ == "NOUN") for a in self.book.resolve(t)]
        end = token.doc[token.i + len(cue.words) - 1]
        statement_type = cue.type
        named = next((t for t in said if t.pos_ == "NOUN"), None)
        if cue.type == "accuse" and named is not None and named.lemma_.lower() in self.lexicon.denial_terms:
            statement_type, targets = "deny", []  # "kyiv denounces a “staging”", as "denounced falsifications"
        return [Draft(type=statement_type, cue=cue, cue_token=token,
                      cue_text=" ".join(t.text for t in token.doc[token.i:end.i + 1]),
                      cue_start=self.start(token), cue_end=self.end(end), sentence=sentence, speaker=speaker,
                      targets=_unique([t for t in targets if t is not speaker]), content=self.text_of(said),
                      charge=self.charge(said), in_quote=token.i in self.inside_quote, about_tokens=said)
                for speaker in speakers]

    @staticmethod
    def describes(verb: Token) -> bool:
        """A relative clause whose relative word is not its speaker and that reports nothing: "the
        assessment that Vietnam had promised the committee" (not "Comeja, which said that ...", nor "a
        version that the UN judges little credible", which says what the UN holds it to be)."""
        relative = [c for c in verb.children if c.lower_ in ("that", "which", "whom") and c.i < verb.i]
        return bool(relative) and all(c.dep_ not in ("nsubj", "nsubjpass") for c in relative) \
            and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)

    @staticmethod
    def object_is_relative(verb: Token) -> bool:
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
        return bool(objects) and all(o.lower_ in ("that", "which", "whom") for o in objects)

    def names_event(self, noun: Token) -> bool:
        return (noun.lower_,) in self.lexicon.event_triggers or (noun.lemma_.lower(),) in self.lexicon.event_triggers

    @staticmethod
    def _reciprocal(token: Token) -> bool:
        """ "each other", "one another", however the parser attached "each"."""
        if token.lower_ not in ("other", "another"):
            return False
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        return f"{before} {token.lower_}" in RECIPROCAL

    def content_tokens(self, token: Token, cue: Cue, objects: list[Token]) -> list[Token]:
        """What was said: the complement clause, else the object, else the quote the cue attributes."""
        complements = [child for child in token.children if child.dep_ in ("ccomp", "xcomp")
                       and child.i not in (w.i for w in objects) and not _questioned(child, token)]
        if complements:
            # ("Kyiv speaks of a war crime, Moscow assures that it struck ...": the parser may hang the
            # clause before on the cue too, unquoted; what follows the cue is what it says)
            first = complements[0]
            after = next((c for c in complements if c.i > token.i), None)
            fronted = first.i < token.i and first.i not in self.inside_quote and after is not None \
                and any(c.dep_ == "mark" for c in after.children)
            return self._without_acts_of_its_own(clause(after if fronted else first), after if fronted else first)
        misplaced = _that_clause_on_a_noun(token)
        if misplaced is not None:
            return clause(misplaced)
        if token.lemma_.lower() in AUDIENCE_VERBS:  # '"...," she told reporters': who heard it, not what
            objects = [o for o in objects if o.dep_ != "dobj"]
        if objects:
            tokens = []
            for obj in objects:
                tokens.extend(obj.subtree)
            for child in token.children:  # "called on X to do Y", "urged X to do Y"
                if child.dep_ in ("prep", "advcl") and child.lower_ not in ("on", "in", "during", "after", "before"):
                    tokens.extend(child.subtree)
            return tokens
        if token.dep_ == "parataxis" and token.head.pos_ in VERBAL and token.head.i > token.i:
            # "Kyiv, he said, «uses its own prisoners as an instrument»": the clause the verb interrupts,
            # with its subject before the interruption
            own = {t.i for t in token.subtree}
            return [t for t in clause(token.head) if t.i not in own]
        doc, inside = self.sent.doc, self.inside_quote  # (by index: most of the sentence is not quoted)
        quoted = [doc[index] for index in range(self.sent.start, self.sent.end) if index in inside]
        if quoted and token.i not in self.inside_quote:
            return quoted
        tokens = []
        for child in token.children:
            # ("stands by its findings": what it keeps to)
            if child.dep_ == "prep" and (child.lower_ in ("of", "for", "as", "about", "on")
                                         or cue.said_object and child.lower_ == cue.words[-1]):
                tokens.extend(child.subtree)
        return tokens

    def _without_acts_of_its_own(self, tokens: list[Token], head: Token) -> list[Token]:
        """What was said, without a speech act the parser coordinates with it: in "said that the city was « in
        mourning » and denounced « a cowardly assassination »", the denunciation is a statement of its own."""
        acts = {t.i for conj in head.conjuncts if conj.i > head.i and conj.pos_ == "VERB"
                and conj.lemma_.lower() in self.lexicon.verb_cues for t in conj.subtree}
        return [t for t in tokens if t.i not in acts] if acts else tokens

    def _wanted(self, warrant: Token) -> list[Actor]:
        """Whom a warrant is for: "for the arrest of the president of Russia and of the commissioner Anna
        Kuzmina", "against Bashar al-Assad"."""
        named = []
        for prep in warrant.subtree:
            if prep.dep_ == "prep" and (prep.lower_ == "against" or prep.lower_ == "of" and prep.head.lemma_.lower() == "arrest"
                                        or prep.lower_ == "of" and prep.head.dep_ == "conj"):
                named += [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
        wanted = []
        for person in named:
            # (the person's name, not the office before it: "the Russian commissioner ... Anna Kuzmina")
            name = next((t for t in person.subtree if t.ent_type_ == "PERSON"), person)
            wanted += [a for a in self.book.resolve(name) or self.book.unnamed(person) if a not in wanted]
        return wanted

    def accused(self, token: Token, objects: list[Token]) -> list[Actor]:
        """Whom an accusation blames: the object, or the actor behind the wrong it names."""
        targets: list[Actor] = []
        for obj in objects:
            if self._reciprocal(obj):
                return []
            if obj.lemma_.lower() == "warrant":
                return self._wanted(obj)
            direct = self.book.resolve(obj)
            headline = id(obj.doc) in self.book.headlines
            # The charge ("of stealing") may hang on the accused when the verb has none of its own.
            own = any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.children)
            charge = None if own else next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                                            and not any(p.ent_type_ or p.pos_ == "PROPN" for p in c.children)), None)
            if not direct and obj.lemma_.lower() in self.book.gazetteer.anaphoric and not headline:
                # "accused Australian exporters": described, not named (a headline's "a mining company"
                # is the one the text names)
                direct = self.book.unnamed(obj) or self.book.kind_as_written(obj, leave_out=charge)
            if not direct:  # "accused crypto miners of stealing": described people
                direct = self.book.described_group(obj, charge)
            if not direct and obj.pos_ == "PROPN" and not obj.ent_type_:
                direct = self.book.proper(obj)  # "accused the SPLM-IO of arming": a name NER missed
            # ("condemned the arrest of journalist Ben Rejeb": not whom the arrest befell)
            undergone = self.lexicon.event_triggers.get((obj.lemma_.lower(),)) in self.lexicon.undergone_after_of
            # ("fines Cebu power distributor": a body's place is not its owner)
            located = obj.lemma_.lower() in self.book.gazetteer.body_words and not any(
                c.dep_ == "poss" for c in obj.children)
            targets.extend(direct or (self.owners(obj, of_phrase=not undergone) if not located else [])
                           or self.agents_in(list(obj.subtree), exclude=[]))
        # "pointed the finger at X", "laid the blame on X": the preposition may hang on the cue's object.
        inside_cue = [c for o in objects if o.lemma_.lower() in self.lexicon.cue_objects for c in o.children]
        # "laid the blame for the attack on Kyiv": or inside what the blame is for.
        inside_cause = [] if targets else [
            great for c in [*token.children, *inside_cue] if c.dep_ == "prep" and c.lower_ == "for"
            for pobj in c.children if pobj.dep_ == "pobj" for great in pobj.subtree if great.i > pobj.i]
        # ("returns the accusation to kyiv": "to" after a cue's own object)
        returned = any(o.lemma_.lower() in self.lexicon.cue_objects for o in objects)
        for child in [*token.children, *inside_cue, *inside_cause]:
            # "blamed joint exercises by the United States": an active verb's "by" still names the culprit.
            # ("attributes the crime to the dissidents": to whom a wrong is put down)
            if child.dep_ == "prep" and (child.lower_ in BLAME_PREPS or child.lower_ == "by" and objects
                                         or child.lower_ == "to" and (returned or token.lemma_.lower() in ASCRIBING)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # ("pointed the finger at a training ground of the district fire service": its owner)
                        targets.extend(self.book.resolve(pobj) or self.book.described_group(pobj)
                                       or self.owners(pobj, of_phrase=True))
        if not targets and token.dep_ == "advcl" and token.tag_ == "VBG":
            # "sues rival Norrland, alleging theft": the participle blames whom its verb acts on.
            targets = [a for c in token.head.children if c.dep_ == "dobj" for a in self.book.resolve(c)]
        if not targets:
            # "charged that the carrier had been pressuring pilots": whoever the charge says did it.
            # ("condemned what it called "another brutal attack by Russia"": whoever the name blames, not
            # the speaker calling it so)
            named = self.named_in_free_relative(token)
            for child in token.children:
                if child.dep_ == "ccomp":
                    said = [t for name in named for t in name.subtree] if named else clause(child)
                    targets = self.agents_in(said, exclude=[])
        return _unique(targets)

    def rebutted_charge(self, content: list[Token]) -> Token | None:
        """The charge a content says is not so: its subject is a charge ("Greece's claims of airspace
        violations", "the allegations") and it denies ("have no basis", "are not true", "baseless")."""
        charge = next((t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (
            (cue := self.lexicon.noun_cues.get(t.lemma_.lower())) is not None
            and cue.type in ("accuse", "claim"))), None)
        if charge is not None:
            denying = any(t.dep_ == "neg" or t.lower_ in NEGATIONS or t.lower_ in self.lexicon.denial_terms
                          or t.lower_ == "without" and t.dep_ == "prep"  # "are without foundation"
                          for t in content if t.i > charge.i) or self.said_to_be_false(content)
            return charge if denying else None
        # "said the report was “one-sided”": what was said or found, called wrong
        said = next((t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (
            t.lemma_.lower() in self.lexicon.source_nouns or t.lemma_.lower() in self.lexicon.said_nouns)), None)
        if said is not None and (any(t.head.i == said.head.i and t.dep_ in ("acomp", "attr") and self.rejecting(t)
                                     or t.head.dep_ in ("acomp", "attr") and self.rejecting(t) for t in content)
                                 or self.said_to_be_false(content)):
            return said
        return None

    def calls_false(self, word: Token) -> bool:
        """A word that calls something false ("lies", "is lying", "fabricated"), not the verb of where things
        lie ("Some still lie unexploded", "bodies lay in the street")."""
        if word.lower_ not in self.lexicon.denial_terms or word.i and word.doc[word.i - 1].text == "-":
            return False  # (nor part of a compound: "low-lying areas")
        # (nor where blame lies: "responsibility lies with Moscow")
        return not (word.lemma_ == "lie" and word.pos_ in VERBAL and any(
            c.dep_ in ("acomp", "oprd") or c.dep_ == "prep" and (c.lower_ in LOCATIVE or c.lower_ == "with")
            for c in word.children))

    def said_to_be_false(self, tokens: list[Token]) -> bool:
        """Whether the words say what was said or reported is not so: "has nothing to do with reality", "does
        not stand up to criticism" (the falsity phrases of the charge lexicon)."""
        words = " ".join("not" if t.lower_ == "n't" else t.lower_ for t in tokens if not t.is_punct)
        return any(phrase in words for phrase in self.lexicon.falsity_phrases)

    def speech_called_false(self, tokens: list[Token]) -> bool:
        """Whether the words call what someone says false: "All that kiev tells about a 'double tap' is lies"
        (a denial, though the teller is named beside a word of lying)."""
        for word in tokens:
            if word.dep_ in ("attr", "acomp") and word.head.lemma_ == "be" and self.calls_false(word):
                subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
                # (what is called false, however the parser hangs it: the words before the copula)
                called = list(subject.subtree) if subject is not None else [t for t in tokens if t.i < word.head.i]
                if any(said.lemma_.lower() in self.lexicon.verb_cues and said.pos_ in VERBAL and said.dep_ != "ROOT"
                       or said.lemma_.lower() in self.lexicon.said_nouns and said.dep_ == "nsubj" for said in called):
                    return True
        return False

    def told_to(self, token: Token, complement: bool = False) -> bool:
        """Whether a speech verb tells an actor to do something: an object and an infinitive, or a passive's
        subject and its infinitive ("member states were called in a statement to strengthen cooperation").
        Only a verb that needs a ``complement`` ("called them to") takes an infinitive of aim for one: in
        "summoned a diplomat to lodge a protest", the protest is the ministry's."""
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return _passive_infinitive(token) is not None
        return (self.reminded_of_duty(token) or any(c.dep_ == "xcomp" and _infinitive(c) or complement and self.asked_to(c)
                             for c in token.children)) and any(
            self.book.resolve(c) or self.someone(c) or c.lower_ in ("both", "all")
            for c in token.children if c.dep_ == "dobj")

    def reminded_of_duty(self, token: Token) -> bool:
        """Whether a verb reminds its object of what the object is bound to do: "reminded both parties of their
        obligation to spare civilians" (the parser hangs the "of" on the verb or on its object)."""
        return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
            pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.lexicon.obligation_nouns for pobj in prep.children)
            for node in [token, *(c for c in token.children if c.dep_ == "dobj")] for prep in node.children)

    def asked_to(self, clause: Token) -> bool:
        """Whether a verb's clause of aim says what its object is to do: "called the two neighbours to solve
        the question", where the parser takes the infinitive for the caller's aim."""
        return clause.dep_ == "advcl" and _infinitive(clause) and clause.i > clause.head.i and any(
            c.dep_ == "dobj" and c.i < clause.i and (self.someone(c) or self.book.resolve(c))
            for c in clause.head.children)

    def someone(self, noun: Token) -> bool:
        """Whether a noun the text does not resolve still names people or a body: "called the two
        neighbours to solve", "called the workers to strike" (not "called a meeting to discuss")."""
        lemma, gazetteer = noun.lemma_.lower(), self.book.gazetteer
        return noun.pos_ == "NOUN" and (lemma in gazetteer.people or lemma in gazetteer.groups
                                        or lemma in gazetteer.anaphoric or lemma in gazetteer.offices)

    def called_on(self, token: Token, objects: list[Token]) -> list[Actor]:
        targets = []
        # "urged the committee to hear her": asked to act, whoever they are (named before the infinitive:
        # not "..., a request the ECZ said it was considering")
        infinitive = next((c.i for c in token.children if c.dep_ == "xcomp" and _infinitive(c)), -1)
        # ("urged the government and the union to": each one addressed, however either is named)
        members = [member for obj in objects for member in [obj, *obj.conjuncts]]
        for obj in members:
            # "asked the world chess body FIDE to strip him": a name NER missed, described as a body
            # (and "gave Orbitex 30 days to": a name given a deadline)
            named = self.book.proper(obj) if obj.pos_ == "PROPN" and (obj.dep_ == "dative" or any(
                c.dep_ == "compound" and c.lemma_.lower() in self.book.gazetteer.anaphoric for c in obj.lefts)) else []
            found = self.book.resolve(obj) or named or self.addressed_people(obj, obj.i < infinitive)
            # "demands explanations from Tashkent", "demanded an apology from Paris": asked of them (and "demands a
            # reaction of the UN", translation's "de la part de").
            asked_of = ("from", "of") if obj.lemma_.lower() in self.lexicon.answer_nouns else ("from",)
            targets.extend(found or [actor for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in asked_of
                                     for pobj in prep.children if pobj.dep_ == "pobj"
                                     for actor in self.book.resolve(pobj)])
        for child in token.children:
            # "called on X", "appealed to X", "demanded from Dushanbe to conduct an investigation"
            if child.dep_ == "prep" and child.lower_ in ("on", "to", "upon", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        targets.extend(self.book.resolve(pobj) or self.addressed_people(
                            pobj, pobj.i < infinitive and child.lower_ in ("on", "upon")))
            if child.dep_ == "ccomp":
                subjects = [c for c in child.children if c.dep_ == "nsubj"]
                if not subjects and child.pos_ == "NOUN" and any(c.dep_ == "mark" for c in child.children):
                    # "demanded that Shongwe resign": the tagger takes the bare verb for a noun, and its
                    # subject for a name in compound with it
                    subjects = [c for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"][-1:]
                for subject in subjects:
                    targets.extend(self.book.resolve(subject))
        return _unique(targets)

    def addressed_people(self, noun: Token, to_act: bool = False) -> list[Actor]:
        """ "appealed to supporters to keep calm", "urged residents to leave": people a demand addresses
        without naming them (not "all armed groups", anyone at all); ``to_act``: asked to do something,
        so whatever the noun, someone ("invited the other dating platforms to verify")."""
        if any(c.dep_ in ("det", "predet") and c.lower_ in ("all", "any", "every", "both") for c in noun.children):
            return []
        return self.book.unnamed(noun) or (self.book.addressee(noun) if to_act else [])

    # ----- charges and accusations hidden in claims ------------------------------------------

    def charge(self, tokens: list[Token]) -> str | None:
        if not tokens:
            return None
        lower = self.book.tables[id(tokens[0].doc)].lower  # (the tokens of one sentence)
        words = [lower[index] for index in sorted(t.i for t in tokens)]
        # The longest charge named, the leftmost of those; only where a charge's first word stands.
        starts = [index for index, word in enumerate(words) if word in self.lexicon.charge_starts]
        for size in (4, 3, 2, 1):
            for start in starts:
                if start + size <= len(words):
                    label = self.lexicon.charges.get(tuple(words[start:start + size]))
                    if label is not None:
                        return label
        return None

    def accusation_in(self, tokens: list[Token], speakers: list[Actor]) -> list[Actor] | None:
        """Targets when claimed content blames another actor ("damage caused by the Ukrainian defense")."""
        if not tokens:
            return None
        has_charge = self.charge(tokens) is not None
        if not (has_charge or self.wrongdoing_in(tokens)):
            return None
        if self.wrong_denied(tokens):
            return None  # "none of the transactions had been linked to crime"
        targets = self.agents_in(tokens, exclude=speakers)
        if not targets and self.about_the_speaker(tokens, speakers):
            return None  # "she had been charged with unlawful assembly": a wrong said of oneself
        # "an unlawful act", "a blatant violation": condemned, even if no culprit is named.
        condemning = any((t.lower_ in self.lexicon.condemning or t.lemma_.lower() in self.lexicon.condemning) and not any(
            c.lower_ in HEDGES for c in t.children) for t in tokens)  # not "suspected violations"; "murders" too
        if targets or has_charge or condemning:
            return targets
        return None

    def no_part(self, tokens: list[Token], speakers: list[Actor]) -> bool:
        """Whether the speaker says it had no part: "it had “no role” in the evictions", "Rwanda has no
        troops in Congo"."""
        # ("he had “nothing to hide”", "it had nothing to do with the spill")
        said = " ".join(t.lower_ for t in tokens if not t.is_punct)
        return (any((t.lemma_.lower() in self.lexicon.involvement_terms or t.lower_ in self.lexicon.involvement_terms)
                    and t.dep_ == "dobj"
                    and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) for t in tokens)
                or any(phrase in said for phrase in self.lexicon.innocence_phrases)) \
            and self.about_the_speaker(tokens, speakers)

    def no_wrongdoers(self, tokens: list[Token]) -> bool:
        """ "My son is not a smuggler", "These were herders, not terrorists": what was said says someone
        is not the wrongdoer a charge makes them."""
        doc = tokens[0].doc if tokens else None
        for noun in tokens:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.wrongdoers:
                continue
            before = next((doc[index] for index in range(noun.i - 1, max(noun.i - 3, -1), -1)
                           if doc[index].dep_ != "det"), None)
            if before is not None and before.lower_ == "not" or noun.dep_ == "attr" and any(
                    c.dep_ == "neg" for c in noun.head.children):
                return True
        return False

    def wrongdoing_in(self, tokens: list[Token]) -> bool:
        """Whether a word of wrongdoing is among the tokens ("killed", "illegal", "cover-up")."""
        if not tokens:
            return False
        table = self.book.tables[id(tokens[0].doc)]  # (the tokens of one sentence)
        wrongdoing = self.lexicon.wrongdoing
        # (not a word of a body's name: "supports the work of the International Criminal Court")
        return any((table.lower[t.i] in wrongdoing or table.lemma[t.i] in wrongdoing)
                   and not (t.is_title and t.ent_type_ == "ORG") for t in tokens)

    def called_a_wrong(self, tokens: list[Token]) -> bool:
        """ '"That is not an act of nature, that is negligence," the minister told': a clause of its own
        (which the content leaves out) that only calls something a wrong."""
        said = {t.i for t in tokens}
        return any(verb.dep_ in ("advcl", "conj") and verb.head.i in said and verb.lemma_ == "be"
                   and not any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in verb.children)
                   and any(c.dep_ == "attr" and (c.lower_ in self.lexicon.condemning or c.lemma_.lower() in self.lexicon.condemning)
                           for c in verb.children)
                   for token in tokens for verb in token.children if verb.i not in said)

    def nobody_did_it(self, tokens: list[Token]) -> bool:
        """ "Nobody harassed anyone", "Nobody took anything from anyone", "No one leaked the paper": no one
        did the wrong, or anything at all to anyone (not "Nobody answered", a reproach)."""
        for verb in main_verbs(tokens):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not any(s.lower_ in ("nobody", "no-one") or s.lower_ == "one" and any(
                    d.lower_ == "no" for d in s.children) for s in subjects):
                continue
            said = list(verb.subtree)
            if self.wrongdoing_in(said) or any(t.lower_ in ("anyone", "anybody", "anything") for t in said):
                return True
        return False

    def wrong_denied(self, tokens: list[Token]) -> bool:
        """Whether what was said says a wrong did not happen: its main verb is negated ("had not
        violated any rule") or its subject is nobody ("none of the transactions had been linked to
        crime", "no civilian was harmed")."""
        # (and "there was no negligence", "found no evidence of wrongdoing": what there is, is nothing)
        negated = [verb for verb in main_verbs(tokens) if any(
            child.dep_ == "neg" or child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in NEGATIONS
            or child.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and any(
                d.lower_ == "no" and d.dep_ == "det" for d in child.children)
            for child in verb.children)]
        if not negated:
            return False
        # "That is not an act of nature, that is negligence": unless the wrong is said in a clause of its own
        said = {t.i for t in tokens}
        clauses = [_own_clause(t) for t in tokens if self.wrongdoing_in([t])]
        return not any(clause not in negated and clause.i in said for clause in clauses)

    def own_wrong_denied(self, tokens: list[Token], speakers: list[Actor]) -> bool:
        """ "Russia “does not strike civilian targets”", said its spokesman; "we never used chemical weapons":
        the speaker's side saying it does not do the harm it is charged with denies it."""
        violent = {"strike", "attack", "killing", "arrest", "demolition"}
        # (and "target": "the army does not target civilians", said by its ministry)
        for verb in main_verbs(tokens):
            # (what one does not do, not what one will not do: "we will not accept intimidation")
            if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
                continue
            harm = verb.lemma_.lower() in self.lexicon.wrongdoing or self.lexicon.event_triggers.get(
                (verb.lemma_.lower(),)) in violent or verb.lemma_.lower() == "target" or self.charge(
                [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]) is not None
            if harm and any(c.dep_ == "nsubj" and (self.one_of_the_speakers(c, speakers) or any(
                    self.speakers_side(c, speaker) for speaker in speakers if speaker.country)) for c in verb.children):
                return True
        return False

    def about_the_speaker(self, tokens: list[Token], speakers: list[Actor]) -> bool:
        """Whether what was said has the speaker as its subject ("she had been charged", "it had
        never broken the law")."""
        return any(subject.dep_ in ("nsubj", "nsubjpass") and self.one_of_the_speakers(subject, speakers)
                   for verb in main_verbs(tokens) for subject in verb.children)

    def one_of_the_speakers(self, subject: Token, speakers: list[Actor]) -> bool:
        """Whether a subject is "we", a speaker, or the country a speaker speaks for ("Rwanda has no troops",
        said its spokeswoman). (Narrower than ``speakers_side``, which also takes "our troops" and any body of
        the speaker's country.)"""
        if subject.lower_ in FIRST_PERSON:
            return True
        sides = {a.label for a in speakers} | {a.country for a in speakers if a.country}
        return any(a.label in sides for a in self.book.resolve(subject))

    def agents_in(self, tokens: list[Token], exclude: list[Actor]) -> list[Actor]:
        """Actors the content makes responsible for something.

        Responsible are: the subject of an active verb ("kyiv had the possibility"), the agent of a
        passive ("caused by the Ukrainian anti-aircraft defense"), "attributable to X", "on the part of X",
        and whoever owns or is named with a wrong ("Russia's crimes", "a new Russian terrorist attack").
        Organizations found this way stand for their country: the defense that is blamed is Ukraine's.
        """
        token_set = {t.i for t in tokens}
        main = {t.i for t in main_verbs(tokens, verbal_only=False)}
        sides = {actor.country or actor.label for actor in exclude} | {actor.label for actor in exclude}
        found: list[Actor] = []
        for token in sorted(tokens, key=lambda t: t.i):
            head = token.head
            responsible = (
                (token.dep_ == "nsubj" and head.i in main and token.lower_ not in FIRST_PERSON)
                or (token.dep_ == "pobj" and head.dep_ == "agent")
                or (token.dep_ == "pobj" and head.lower_ == "by" and head.head.i in token_set)
                or (token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ATTRIBUTING)
                or (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "part")
                # "responsibility lay entirely with the Kyiv regime", "the blame rests with the operator"
                # ("lies also on London and Paris", as translation has it)
                or (token.dep_ == "pobj" and head.lower_ in ("with", "on") and head.head.lemma_.lower() in ("lie", "lay", "rest")
                    and any(c.dep_ == "nsubj" and c.lemma_.lower() in BLAME_NOUNS for c in head.head.children))
                # "it is kyiv which refused to take back its soldiers": the one a cleft sentence names
                or (token.dep_ in ("attr", "acomp") and head.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and (any(
                        c.dep_ == "relcl" for c in token.children) or token.right_edge.i + 1 < len(token.doc)
                        and token.doc[token.right_edge.i + 1].lower_ in ("who", "which", "that")))
                # "We hold the regime in Asmara responsible for every drop of blood": the object of a
                # charge the cue lexicon knows ("hold responsible", "hold accountable")
                or (token.dep_ == "dobj" and (cue := self.verb_cue(head)[0]) is not None and cue.type == "accuse"
                    and head.lemma_.lower() == "hold")
            )
            if responsible and token.lower_ == "it" and head.lemma_ == "be" and any(
                    c.dep_ == "attr" and self.wrongdoing_in([c]) for c in head.children):
                continue  # ("This is not a military operation, it is a war crime": the act, no one)
            if responsible:
                actors = self.book.resolve(token) or self.owners(token)
            elif token.pos_ == "NOUN" and self.is_wrong(token):
                # "a «terrorist act» of the Kyiv regime": an "of" phrase names who did a wrong that is no
                # event (in "the shelling of Kharkiv", "the occupation of Crimea" it names the place hit)
                actors = self.owners(token, of_phrase=not self.names_event(token))
            else:
                continue
            for actor in actors:
                if actor.kind == "organization" and actor.country and self.book.gazetteer.lookup(actor.label) is None \
                        and self.book.gazetteer.demonym(actor.label.split()[0]) is not None:
                    # "the Ukrainian anti-aircraft defense": a country's body; not "the Electoral Commission
                    # of Zambia", a body with a name of its own
                    actor = self.book.country(actor.country)
                if actor.label in sides or (actor.country and actor.country in sides):
                    continue
                if actor not in found:
                    found.append(actor)
        return found

    def is_wrong(self, noun: Token) -> bool:
        """A noun that names a wrong, or is qualified as one ("terrorist attack", "war crimes")."""
        words = [noun, *[c for c in noun.lefts if c.dep_ in ("amod", "compound")]]
        # (not what a relative clause says of it: "the Belgian minister, whom he accused of « repeating ...
        # the propaganda of kyiv »")
        aside = {t.i for c in noun.rights if c.dep_ in ("relcl", "appos") for t in c.subtree}
        return self.wrongdoing_in(words) or self.charge([t for t in noun.subtree if t.i not in aside]) is not None

    def owners(self, noun: Token, of_phrase: bool = False) -> list[Actor]:
        """Actors named as a noun's owner or nationality: "kyiv's refusal", "Russian bombings".

        With ``of_phrase``, "the indifference of Paris" names its owner too.
        """
        actors: list[Actor] = []
        for child in noun.children:
            if of_phrase and child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    # (a named owner, or a body named by what it is: "of the district fire service")
                    office = self.book.office(pobj) if pobj.dep_ == "pobj" and not pobj.ent_type_ else None
                    # (or described by a nationality: "of the Western capitals", "of Ukrainian officials")
                    if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                                                or office is not None and not office.is_person
                                                or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                                       for c in pobj.children)):
                        actors.extend(self.book.resolve(pobj))
                    elif pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and (pobj.is_title or pobj.is_upper) \
                            and not pobj.ent_type_:
                        # ("the version of the Ukrainian General Staff", "the figures of PACE": a body's name NER missed)
                        actors.extend(self.book.resolve_name(pobj))
            if child.dep_ == "poss" and not self._own_subjects(child):
                actors.extend(self.book.resolve(child))
            # (or a name the parser hangs as a modifier: "of Moscow “cynical lie”")
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                entry = self.book.gazetteer.demonym(child.text)
                if entry is None and child.pos_ == "PROPN":
                    entry = self.book.gazetteer.lookup(child.text)
                if entry is not None:
                    actors.append(self.book.from_entry(entry))
                elif child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "PERSON"):
                    actors.extend(self.book.resolve(child))  # "FDA findings", "Orbitex claims"
                elif child.pos_ == "NOUN" and child.dep_ == "compound" \
                        and child.lower_ in self.book.gazetteer.home_bodies:
                    actors.extend(self.book.resolve(child))  # "the army pullout", "police negligence"
        return actors

    @staticmethod
    def _own_subjects(possessive: Token) -> bool:
        """Whether a possessive pronoun is its clause's subject's: in "These criminals have shown their contempt",
        "their" is the criminals', whoever the text named last."""
        if possessive.pos_ != "PRON":
            return False
        verb = possessive.head.head
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children) if verb.pos_ in VERBAL else False

    def charge_sources(self, noun: Token, sentence: Sentence, deniers: list[Actor]) -> list[Draft]:
        """Accusations (or demands) named by a denial's object: "charges brought by kyiv and Paris" -> two
        drafts."""
        if noun.lemma_.lower() not in self.lexicon.noun_cues:
            return []
        # "rejected the accusations of the Malawian executive": in a denial, an "of" phrase naming
        # someone other than the denier names the accuser, as Romance languages put it.
        accusers = [a for a in self.nominal_speakers(noun) if a not in deniers] or [
            actor for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj" and not self.is_wrong(pobj)
            for actor in self.book.resolve(pobj) if actor not in deniers]
        drafts = []
        cue = self.lexicon.noun_cues[noun.lemma_.lower()]
        # (the accusations a state's spokeswoman rejects were made against her state: "The spokeswoman of
        # the Russian diplomacy rejected the accusations of Ukraine")
        against = self.nominal_targets(noun) or _unique([
            self.book.country(denier.country) if denier.kind == "person" and denier.country
            and denier.role in self.book.gazetteer.state_roles else denier for denier in deniers])
        content = self.nominal_content(noun)
        for accuser in accusers:
            drafts.append(Draft(  # (a request or demand rejected stays one: "turned down its request")
                type="demand" if cue.type == "demand" else "accuse", cue=cue, cue_token=noun, cue_text=noun.text,
                cue_start=self.start(noun),
                cue_end=self.end(noun), sentence=sentence, speaker=accuser,
                targets=[t for t in against if t is not accuser], content=self.text_of(content),
                quote=self.is_quoted(content) if content else False, charge=self.charge(list(noun.subtree)),
                nominal=True, in_quote=noun.i in self.inside_quote, about_tokens=content,
            ))
        return drafts

    # ----- nominal statements ----------------------------------------------------------------

    def nominal_speakers(self, noun: Token) -> list[Actor]:
        """Who made the accusation or claim a noun names: "by X", "from X", "X's", "Western", acl agents."""
        speakers: list[Actor] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        speakers.extend(self.book.resolve(pobj))
            elif child.dep_ == "poss":
                if child.pos_ == "PRON" and noun.dep_ in ("dobj", "nsubj") and noun.head.pos_ in VERBAL:
                    # "repeated its demand": "its" is whoever repeats.
                    owners, _, _ = self.subject(noun.head)
                    if owners:
                        speakers.extend(owners)
                        continue
                speakers.extend(self.book.resolve(child))
            elif child.dep_ in ("amod", "compound") and child.i < noun.i:
                for member in [child, *[c for c in child.children if c.dep_ == "conj"]]:
                    entry = self.book.gazetteer.demonym(member.text) or self.book.gazetteer.lookup(member.text)
                    if entry is not None:
                        speakers.append(self.book.from_entry(entry))
            elif child.dep_ == "acl":
                speakers.extend(self.agents(child))
        if not speakers and noun.dep_ == "dobj" and (noun.head.lemma_.lower() in self.lexicon.issuing_verbs
                                                     or self.aimed(noun)):
            # "The federation has made the allegation that ...", "issued a denial that ...", "She directs
            # criticism at the company": who makes it, or aims it
            owners, _, _ = self.subject(noun.head)
            speakers.extend(owners)
        return _unique(speakers)

    def aimed(self, noun: Token) -> list[Token]:
        """Whom an accusing noun is aimed at, by the verb it is the object of: "directs criticism at the
        company", "levelled accusations at Kyiv" (the parser hangs "at" on either)."""
        if noun.dep_ != "dobj" or self.lexicon.noun_cues[noun.lemma_.lower()].type != "accuse":
            return []
        return [pobj for node in (noun, noun.head) for prep in node.children if prep.dep_ == "prep"
                and prep.lower_ == "at" for pobj in prep.children if pobj.dep_ == "pobj"]

    def nominal_targets(self, noun: Token) -> list[Actor]:
        targets: list[Actor] = []
        for node in [noun, *[c for c in noun.children if c.dep_ == "acl"]]:
            for child in node.children:
                if child.dep_ == "prep" and child.lower_ == "against":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            targets.extend(self.book.resolve(pobj))
        targets.extend(actor for pobj in self.aimed(noun) for actor in self.book.resolve(pobj))
        return _unique(targets)

    def nominal_content(self, noun: Token) -> list[Token]:
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" for g in child.children):
                return list(child.subtree)
            if child.dep_ == "prep" and child.lower_ in ("of", "that", "about"):
                return list(child.subtree)
            if child.dep_ == "prep" and child.lower_ == "for" \
                    and self.lexicon.noun_cues[noun.lemma_.lower()].type == "demand" \
                    and (noun.dep_ not in ("nsubj", "nsubjpass") or noun.left_edge.i > 0 and noun.doc[
                        noun.left_edge.i - 1].lemma_.lower() in self.lexicon.issuing_verbs):
                # "renewed their demand for a separate administration", "repeated its call for investigators
                # to be given access", which the parser may take for a subject (not "Meridian's request for a
                # refund has gone unanswered", a demand made before)
                return list(child.subtree)
        return []

    def nominal(self, noun: Token, sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
        """A statement named by a noun with its speaker attached ("Kyiv's accusations against Moscow")."""
        if any(noun == d.cue_token for d in drafts) or noun.dep_ in ("dobj",) \
                and noun.head.lemma_.lower() in self.lexicon.denial_verbs:
            return []  # already read as the object of a denial
        if any(child.dep_ == "neg" or child.lower_ in ("no", "any") for child in noun.children):
            return []
        speakers = self.nominal_speakers(noun)
        if not speakers:
            return []
        cue = self.lexicon.noun_cues[noun.lemma_.lower()]
        content = self.nominal_content(noun)
        if not content and not self.nominal_targets(noun):
            return []  # "the company's denial did little": a mention of something said, not a new statement
        statement_type = cue.type
        targets = self.nominal_targets(noun)
        if statement_type == "demand":  # "its demand that Japan halt the release"
            targets += [a for t in content if t.dep_ == "nsubj" for a in self.book.resolve(t)]
        if statement_type == "claim":
            upgraded = self.accusation_in(content, speakers)
            if upgraded is not None:
                statement_type, targets = "accuse", upgraded
        return [Draft(
            type=statement_type, cue=cue, cue_token=noun, cue_text=noun.text, cue_start=self.start(noun),
            cue_end=self.end(noun), sentence=sentence, speaker=speaker,
            targets=[t for t in targets if t is not speaker], content=self.text_of(content),
            quote=self.is_quoted(content) if content else False, charge=self.charge(list(noun.subtree)),
            nominal=True, in_quote=noun.i in self.inside_quote, about_tokens=content,
        ) for speaker in speakers]

    # ----- according to ----------------------------------------------------------------------

    def source_of(self, noun: Token) -> list[Actor]:
        """ "according to a statement from the ministry", "according to Iran's letter", "according to
        a report released on Tuesday by a watchdog": its author, who "the report says" is later."""
        lemma = noun.lemma_.lower()  # (or what was said: "according to the version of the Joint Command")
        if lemma not in self.lexicon.source_nouns and lemma not in self.lexicon.said_nouns:
            return []
        for child in noun.children:
            # "UN figures" (or "Council of Europe report", a name the parser hangs as a modifier)
            if child.dep_ == "poss" or child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i < noun.i:
                return self.book.resolve(child)
            if child.dep_ == "compound" and (child.lemma_.lower() in self.book.gazetteer.body_words
                                             or self.book.office(child) is not None):
                return self.book.resolve(child)  # "ministry figures", "police estimates": the body's
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                by = [child]
            elif child.dep_ == "acl" and child.lemma_.lower() in self.lexicon.issuing_verbs:
                by = [agent for agent in child.children if agent.dep_ == "agent"]  # "released ... by"
            else:
                continue
            for pobj in (pobj for prep in by for pobj in prep.children if pobj.dep_ == "pobj"):
                authors = self.book.resolve(pobj) or self.book.unnamed(pobj)
                if len(authors) == 1 and (child.dep_ == "acl" or lemma in self.lexicon.source_nouns):
                    self.book.record_issuer(lemma, authors[0])  # ("According to the communiqué of X ... The text")
                return authors
        return []

    def reported_as(self, verb: Token) -> bool:
        """ "As reported the Armenian Ministry of Defense, in the night ...": translation's "Как сообщило
        Минобороны", a reporting verb after "As" opening the sentence, its speaker after it, no subject before."""
        return verb.dep_ == "advcl" and verb.i == self.sent.start + 1 and self.reporting_cue(verb) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)

    def as_reported(self, verb: Token, sentence: Sentence) -> list[Draft]:
        """The rest of the sentence, said by whom "As reported ..." names."""
        source = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr") and c.i > verb.i), None)
        if source is None:
            return []
        return self.sourced(verb, verb, source, self.source_speakers(source), sentence)

    def source_speakers(self, source: Token) -> list[Actor]:
        """Who a source phrase names ("the ministry", "analysts", "a statement from the ministry", "the
        report"), as "according to" and "As reported" read it."""
        return self.book.resolve(source) or self.book.unnamed(source) or self.source_of(source) \
            or self.issued(source)

    def according_to(self, token: Token, sentence: Sentence) -> list[Draft]:
        to = next(c for c in token.children if c.lower_ == "to")
        pobjs = [c for c in to.children if c.dep_ == "pobj"]
        if not pobjs:
            return []
        speakers = self.source_speakers(pobjs[0])
        if len(speakers) == 1 and speakers[0].kind == "person" and pobjs[0].ent_type_ != "PERSON":
            speakers = self.name_set_off(pobjs[0]) or speakers
        return self.sourced(token, to, pobjs[0], speakers, sentence)

    def name_set_off(self, office: Token) -> list[Actor]:
        """ "According to the Minister of Security and Civil Protection, Komlan Adjévi, the victims ...": the
        person an office phrase names between commas right after it, which the parser hangs elsewhere."""
        doc, after = office.doc, office.right_edge.i + 1
        if after + 2 >= self.sent.end or doc[after].text != ",":
            return []
        name = self.book.entity(doc[after + 1])
        # (not the clause's own subject: "According to the minister, John Smith, 45, was killed"; but the parser
        # makes the name a second subject in "According to a communiqué signed by its spokesman, Alfredo Puati, the
        # soldiers gathered ...")
        if name is None or name.label_ != "PERSON" or name.start != after + 1 or name.end >= self.sent.end \
                or doc[name.end].text != "," or name.root.dep_ in ("nsubj", "nsubjpass") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > name.root.i for c in name.root.head.children):
            return []
        return self.book.resolve(name.root)

    def speaker_follows(self, verb: Token) -> bool:
        """Whether a reporting verb after a comma, with no subject, names its speaker after it: "...,
        informed Ozols.", "..., replied Larisa Tikhonova." (as translation keeps the order, without a quote)."""
        return verb.i > self.sent.start + 2 and verb.doc[verb.i - 1].text == "," and verb.tag_ != "VBG" \
            and self.reporting_cue(verb) and not any(c.dep_ == "nsubj" for c in verb.children)

    def reporting_cue(self, verb: Token) -> bool:
        """Whether a verb's lemma is a cue for a claim ("informed", "declared", "specified")."""
        return any(cue.type == "claim" and len(cue.words) == 1
                   for cue in self.lexicon.verb_cues.get(verb.lemma_.lower(), ()))

    def closing_attribution(self, thus: Token, sentence: Sentence) -> list[Draft]:
        """ "“We have carried out all the recommendations,” thus Ritfeld on Tuesday", "“That is a breach
        of word,” so SEBL president Marc Hoffmann at the rally", "The sector creates more jobs than it
        cuts, so the federation": the Dutch "aldus" and the German "so" as translation renders them, a
        speaker named after what was said, without a verb."""
        doc = thus.doc
        if thus.i < self.sent.start + 2 or thus.i + 1 >= self.sent.end:
            return []
        after_quote = doc[thus.i - 1].text in QUOTE_CLOSERS
        # The speaker's words run to a place or a time ("at the rally", "on Tuesday") or the sentence's end.
        end = next((t.i for t in doc[thus.i + 1:self.sent.end] if t.pos_ == "ADP" and t.lower_ != "of"
                    or t.pos_ == "PUNCT"), self.sent.end)
        phrase = doc[thus.i + 1:end]
        # (without a quote, only at the sentence's end: "..., so the federation.", "..., informed the
        # inspectorate on Tuesday."; not "It rained, so the match was stopped.")
        # (a statement after it, "..., replied Larisa Tikhonova, before demanding that ...", is no verb of the
        # words said)
        later = {t.i for prep in thus.children if prep.dep_ == "prep" and prep.lower_ in SEQUENCE_PREPOSITIONS
                 for t in prep.subtree}
        if not phrase or not after_quote and (doc[thus.i - 1].text != "," or any(
                t.pos_ in VERBAL and t.i not in later for t in doc[thus.i + 1:self.sent.end])):
            return []
        names = [name for name in self.book.entities_in(self.sent) if name.label_ == "PERSON"
                 and phrase.start <= name.start and name.end <= phrase.end]
        head = names[-1].root if names else next(t for t in phrase if not phrase.start <= t.head.i < phrase.end
                                                 or t.head == t)
        speakers = self.book.resolve(head) if head.ent_type_ in ("PERSON", "ORG") or head.pos_ == "PROPN" \
            else self.book.resolve(head) or self.book.unnamed(head) or self.book.kind_as_written(head) \
            if head.pos_ == "NOUN" else []
        if after_quote:
            said = [doc[index] for index in range(self.sent.start, thus.i) if index in self.inside_quote]
        else:
            said = [t for t in doc[self.sent.start:thus.i - 1] if not t.is_punct]
        return self.sourced(thus, thus, head, speakers, sentence, content=said) if said else []

    def in_the_view_of(self, token: Token, sentence: Sentence) -> list[Draft]:
        """ "For the mayor, the company “prefers to distribute dividends”": a sentence put in a person's
        view (the Portuguese "para o prefeito") is that person's, when no speech verb says more."""
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        doc = token.doc
        # (a speech verb says more, unless what "speaks" is no one: "the evidence points to Moscow")
        opened = token.i == self.sent.start or token.i == self.sent.start + 1 and doc[self.sent.start].lower_ in OPENERS
        if pobj is None or not opened or pobj.right_edge.i + 1 >= self.sent.end \
                or doc[pobj.right_edge.i + 1].text != "," or any(
                    t.pos_ in VERBAL and self.verb_cue(t)[0] is not None and not self._thing_as_subject(t)
                    for t in self.sent if t.i > pobj.i):
            return []
        # (a body's or a country's too when it quotes its words, "For the candidacy, it is about a “grotesque
        # falsification”", or when the view is about others or a wrong: "For Human Rights Watch, the evidence
        # points to Moscow"; not "For Boeing, the quarter was hard", the writer's)
        quoting = any(t.i in self.inside_quote for t in self.sent)
        rest = [t for t in self.sent if t.i > pobj.right_edge.i]
        speakers = self.book.resolve(pobj)
        if not quoting and not self.wrongdoing_in(rest) and not any(
                t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and not set(self.book.resolve(t)) & set(speakers)
                for t in rest):
            speakers = [actor for actor in speakers if actor.kind == "person"]
        speakers = [actor for actor in speakers if actor.kind in ("person", "organization", "country", "group")]
        return self.sourced(token, token, pobj, speakers, sentence)

    def _thing_as_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is a common noun that names no actor: "the evidence points to"."""
        # (or the noun the parser compounds with the verb, taken for a plural noun)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "compound" and c.i == verb.i - 1), None)
        return subject is not None and subject.pos_ == "NOUN" and not self.book.resolve(subject) \
            and subject.lemma_.lower() not in self.book.gazetteer.body_words \
            and subject.lemma_.lower() not in self.book.gazetteer.people and self.book.office(subject) is None

    def in_the_words_of(self, token: Token, sentence: Sentence) -> list[Draft]:
        """ "In his words, the system was switched off by the employees", "In the words of the mayor, ...",
        "In his opinion, Moscow planned ...", "In the view of Paris, ...": the sentence is the words of
        whoever they are, as "according to"."""
        words = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in OPINION_NOUNS), None)
        if words is None or words.right_edge.i + 1 >= self.sent.end or token.doc[words.right_edge.i + 1].text != ",":
            return []
        owners = [c for c in words.children if c.dep_ == "poss"] or [
            pobj for prep in words.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]
        speakers = [actor for owner in owners for actor in self.book.resolve(owner) or self.book.unnamed(owner)]
        return self.sourced(token, words, owners[0], speakers, sentence) if owners else []

    def sourced(self, token: Token, last: Token, source: Token, speakers: list[Actor], sentence: Sentence,
                content: list[Token] | None = None) -> list[Draft]:
        """The statement a phrase puts in its ``source``'s mouth ("according to X", "for X", "thus X"), from
        ``token`` to ``last``: the rest of its clause (or the ``content`` given), said by the ``speakers`` the
        source is."""
        if not speakers:
            return []
        if content is None:
            phrase = {t.i for t in token.subtree}
            clause = token.head
            while clause.pos_ not in VERBAL and clause.head != clause:
                clause = clause.head
            content = [t for t in clause.subtree if t.i not in phrase] if clause.i not in phrase else []
        words = tuple(t.lower_ for t in token.doc[token.i:last.i + 1])
        cue = Cue(words, "claim", "preposition", "010")
        statement_type, targets = "claim", []
        upgraded = self.accusation_in(content, speakers)
        if upgraded is not None:
            statement_type, targets = "accuse", upgraded
        return [Draft(
            type=statement_type, cue=cue, cue_token=token, cue_text=token.doc[token.i:last.i + 1].text,
            cue_start=self.start(token), cue_end=self.end(last), sentence=sentence, speaker=speaker,
            targets=[t for t in targets if t is not speaker], content=self.text_of(content),
            quote=self.is_quoted(content) if content else False, charge=self.charge(content),
            in_quote=token.i in self.inside_quote, about_tokens=content,
            explicit_speaker=source.pos_ != "PRON",
        ) for speaker in speakers]


def main_verbs(tokens: list[Token], verbal_only: bool = True) -> list[Token]:
    """The heads of what was said, with the heads coordinated with them ("had not fired and denied")."""
    token_set = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in token_set or t.head == t]
    return [verb for root in roots for verb in [root, *root.conjuncts] if not verbal_only or verb.pos_ in VERBAL]


def words_of(span: Span) -> list[Token]:
    """The tokens of a span that are words: no punctuation, no space."""
    return [token for token in span if not (token.is_punct or token.is_space)]


def clause(head: Token) -> list[Token]:
    """A clause's tokens without the coordinated clauses that have subjects of their own."""
    skipped: set[int] = set()
    subtree = list(head.subtree)  # walked twice: spaCy makes new tokens on each walk
    for token in subtree:
        # "maintained that the firm had invested ... and insisted that ...": a coordinated verb with a
        # clause of its own says something else (the parser hangs it on the first clause's verb).
        if token != head and token.dep_ in ("conj", "advcl") and token.pos_ in VERBAL and any(
                child.dep_ in ("nsubj", "nsubjpass") or child.dep_ == "ccomp" and token.dep_ == "conj"
                for child in token.children):
            skipped.update(t.i for t in token.subtree)
    return [t for t in subtree if t.i not in skipped]


def _necessary_that(words: list[Token]) -> list[Token] | None:
    """ "It is vital that all parties refrain", "it is essential that the perpetrators be punished":
    what must happen, said impersonally, asks others to act (not "it is important that we stay calm").
    The subjects of what must happen, if so."""
    for adjective in words:
        if adjective.lower_ not in NECESSARY or adjective.dep_ != "acomp":
            continue
        for clause in adjective.head.children:
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in FIRST_PERSON]
            if clause.dep_ == "ccomp" and subjects and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                return subjects
    return None


def _sought(verb: Token) -> bool:
    """ "foreigners who were wanted by police": wanted in the passive is sought, no one's demand."""
    return verb.lemma_.lower() in WANTING and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _as_clause(verb: Token) -> bool:
    """ "300 employees took part, as the union communicated": a clause that names the source of the
    sentence it hangs on (the German "wie X mitteilte"), whose verb needs no object of its own."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _passive_infinitive(verb: Token) -> Token | None:
    """What a passive speech verb asks its subject to do: "were called to show restraint", which the
    parser may hang as an adverbial clause, or on the document it was said in ("were called in a
    statement to show restraint")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and _infinitive(child):
            return child
        for pobj in child.children if child.dep_ == "prep" else ():
            for clause in pobj.children if pobj.dep_ == "pobj" else ():
                if clause.dep_ == "acl" and _infinitive(clause):
                    return clause
    return None


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to explain", "to leave")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _after_preposition(name: Token) -> bool:
    """Whether a name follows a preposition, its article between: "at the UN", "in Ukraine"."""
    index = name.i - 1
    while index >= 0 and name.doc[index].pos_ in ("DET", "PROPN") and name.doc[index].ent_iob_ == "I":
        index -= 1
    while index >= 0 and name.doc[index].pos_ == "DET":
        index -= 1
    # ("as union and stevedore trade blame": "as" joins a clause)
    return index >= 0 and name.doc[index].pos_ == "ADP" and name.doc[index].lower_ not in ("of", "as", "than")


def _same_voice(one: Actor | None, other: Actor | None) -> bool:
    """Whether two speakers are one voice: the same actor, or a country and one of its bodies."""
    if one is None or other is None:
        return False
    return one is other or other.kind == "country" and one.country == other.label \
        or one.kind == "country" and other.country == one.label


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: list[Actor] = []
    for actor in actors:
        if actor is not None and actor not in seen:
            seen.append(actor)
    return seen


def _own_clause(token: Token) -> Token:
    """The verb of the clause a word is said in: the nearest verb up from it with a subject of its own."""
    current = token
    for _ in range(8):
        if current.pos_ in VERBAL and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in current.children):
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def _questioned(clause: Token, verb: Token) -> bool:
    """ "The embassy, asked about the factory's owners, said": the parser hangs "asked" on "said" as its
    clause, with the speaker as its subject; it says who was asked, not what was said."""
    return clause.dep_ in ("ccomp", "advcl") and clause.i < verb.i and clause.tag_ == "VBD" \
        and clause.lemma_.lower() in QUESTIONED


def _that_clause_on_a_noun(verb: Token) -> Token | None:
    """ "ruled the same evening that Romania had forfeited", "recommended to the two parties that they
    present the reports": the parser hangs the "that" clause on the time, or on whom it was said to, as a
    relative clause; it is what the verb says."""
    # (and on the document it was said in: "it appears from a press release from the agency that")
    nouns = [c for c in verb.children if c.dep_ == "npadvmod"] + [
        pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "from")
        for pobj in prep.children if pobj.dep_ == "pobj"]
    for noun in nouns:
        if noun.i > verb.i:
            for relative in noun.rights:
                # ("that" no argument of the clause: not "the day that changed everything")
                that = relative.left_edge
                if relative.dep_ == "relcl" and that.lower_ == "that" and that.dep_ in ("mark", "advmod") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in relative.children):
                    return relative
    return None


def _question(clause: Token) -> bool:
    """ "asked whether the company would appeal": a question, which asks no one to act."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def _e_stem(lower: str, tag: str) -> str:
    """ "fined", "fines" -> "fine": a regular past's or third person's base when it ends in "e" (the small
    model's lemma of both is "fin"); "" for any other word."""
    return lower[:-1] if tag in ("VBD", "VBN") and lower.endswith("ed") or tag == "VBZ" and lower.endswith("es") else ""


def _names_a_time(preposition: Token) -> bool:
    """ "on Monday", "on the 12th": a preposition whose objects are all dates or times."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in DATE_ENTITIES for o in objects)
