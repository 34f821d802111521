"""Mending the names the statistical NER cuts short, before anything reads them.

The small English model often labels only part of a long name: "Anti-Corruption Commission" in "the
Ethics and Anti-Corruption Commission", "Ministry of Culture, Sports and" in "... Sports and Tourism",
"Thi Lan Anh" in "Vo Thi Lan Anh", "Rivers Yorkshire" in "Clean Rivers Yorkshire", or calls a body
a place ("Green Bay Alliance", LOC). A reader, and the gold, name the whole body, so an actor
labelled with a fragment is a different actor. The parser usually gets these names right where
NER does not: the missing words hang on the name by ``compound``, ``flat`` or ``conj``.

``NameMender`` is a spaCy component (``newsgraph_name_mender_v1``) placed after the entity ruler. It
widens a name over
- capitalized words before it that the parser attaches inside it ("Vo", "Clean"), unless they are
  titles, nationalities or names of their own ("President", "Russian", "Moscow");
- "<Word> and" before a body whose first word the parser coordinates with it ("Ethics and");
- capitalized words after a body's name that ends on a joining word ("..., Sports and" + "Tourism")
  or that the parser coordinates inside a body's "of" name ("Ministry of Energy" + "and Mines"),
  and the words that make it a name the gazetteer knows ("... Co-operation" + "in Europe");
- a name coordinated with a person's ("Joris Verbeek and Italian Matteo Rinaldi");
and labels a place whose last word says it is a body ("Alliance", "Commission") as an organization,
a "place" or a "body" in apposition to a person's office ("the head of the centre, Tomas Vaitkus",
"Jean-Paul Mukendi, the administrator of ...") as a person, and a "person" that qualifies a kind of
place ("Rutshuru territory") as a place.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import Gazetteer, load_gazetteer

__all__ = ["MENDER_NAME", "NameMender"]

MENDER_NAME = "newsgraph_name_mender_v1"
WIDENED_LABELS = {"PERSON", "ORG", "LOC", "FAC"}
JOINING_WORDS = {"and", "of", "for", "&", ",", "de", "on"}


class NameMender:
    """Widen entity spans the model cut short, using the parse; see the module's docstring."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        if not entities:
            return doc
        taken = {index for entity in entities for index in range(entity.start, entity.end)}
        mended, changed = [], False
        swallowed: set[int] = set()  # tokens of names a widened name now covers ("Europe")
        name_ends = {entity.start: entity.end for entity in entities}
        for entity in entities:
            if entity.start in swallowed:
                changed = True
                continue
            start, end, label = entity.start, entity.end, entity.label_
            if label in WIDENED_LABELS:
                start = self._widen_left(doc, start, end, taken)
            if label == "ORG":
                end = self._widen_right(doc, start, end, taken)
                known = self._widen_to_known(doc, start, end, name_ends)
                swallowed.update(range(end, known))
                end = known
            if label in ("LOC", "FAC") and doc[end - 1].lower_ in self.gazetteer.body_words:
                label = "ORG"
            elif label in ("GPE", "LOC", "NORP", "ORG") and self._names_office_holder(entity):
                label = "PERSON"
            elif label == "PERSON" and entity.root.dep_ == "compound" \
                    and entity.root.head.lower_ in self.gazetteer.places:
                label = "LOC"  # "the administrator of Rutshuru territory"
            if (start, end, label) != (entity.start, entity.end, entity.label_):
                taken.update(range(start, end))
                entity = Span(doc, start, end, label=label, kb_id=entity.kb_id, span_id=entity.id)
                changed = True
            mended.append(entity)
            if label == "PERSON":
                partner = self._coordinated_name(doc, entity, taken)
                if partner is not None:
                    taken.update(range(partner.start, partner.end))
                    mended.append(partner)
                    changed = True
        if changed:  # setting doc.ents rebuilds every token's entity attributes
            doc.ents = sorted(mended, key=lambda span: span.start)
        return doc

    def _coordinated_name(self, doc: Doc, person: Span, taken: set[int]) -> Span | None:
        """ "Dutchman Joris Verbeek and Italian Matteo Rinaldi": a name coordinated with a person's is
        a person's, though NER left it out."""
        for partner in person.root.children:
            if partner.dep_ != "conj" or partner.pos_ != "PROPN" or partner.i in taken \
                    or not self._part_of_name(partner):
                continue
            start = partner.i
            while start > 0 and start - 1 not in taken and doc[start - 1].head == partner \
                    and doc[start - 1].dep_ in ("compound", "flat") and self._part_of_name(doc[start - 1]):
                start -= 1
            return Span(doc, start, partner.i + 1, label="PERSON")
        return None

    def _names_office_holder(self, entity: Span) -> bool:
        """ "the head of the centre, Tomas Vaitkus": a name in apposition to a person's office is a
        person's, though NER took it for a place."""
        root = entity.root
        offices = [self.gazetteer.offices.get(root.head.lower_)] if root.dep_ == "appos" else []
        # "Jean-Paul Mukendi, the administrator of ...": the office may follow the name, too.
        offices += [self.gazetteer.offices.get(c.lower_) for c in root.children if c.dep_ == "appos" and c.i > root.i]
        return any(office is not None and office.is_person for office in offices) and len(entity) > 1 \
            and self.gazetteer.lookup(entity.text) is None \
            and not any(word.lower_ in self.gazetteer.body_words for word in entity)

    def _part_of_name(self, word: Token) -> bool:
        """A capitalized word that is not a title, a nationality or a name of its own."""
        text = word.text
        return text[:1].isupper() and word.pos_ in ("PROPN", "NOUN", "ADJ") and "." not in text \
            and not word.ent_type_ and (word.pos_ == "PROPN" or not word.is_sent_start) \
            and text.lower() not in self.gazetteer.offices and self.gazetteer.demonym(text) is None \
            and self.gazetteer.lookup(text) is None

    def _widen_left(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        inside = range(start, end)
        while start > 0 and start - 1 not in taken:
            before = doc[start - 1]
            if before.dep_ in ("compound", "flat") and before.head.i in inside and self._part_of_name(before):
                start -= 1  # "Vo" + "Thi Lan Anh"
                continue
            if before.lower_ == "and" and start > 1 and start - 2 not in taken:
                first = doc[start - 2]
                coordinated = any(doc[index].dep_ == "conj" and doc[index].head == first for index in inside)
                if coordinated and first.pos_ == "PROPN" and self._part_of_name(first):
                    start -= 2  # "Ethics and" + "Anti-Corruption Commission"
            break
        return start

    def _widen_to_known(self, doc: Doc, start: int, end: int, name_ends: dict[int, int]) -> int:
        """ "Organization for Security and Co-operation" + "in Europe": a few words more make a name
        the gazetteer knows (over a place's name NER found inside it, never over part of a name)."""
        for longer in range(min(end + 4, len(doc)), end, -1):
            if any(name_ends.get(index, 0) > longer for index in range(end, longer)):
                continue
            text = doc[start:longer].text
            if self.gazetteer.lookup(text) is not None or text.startswith(("The ", "the ")) \
                    and self.gazetteer.lookup(text[4:]) is not None:
                return longer
        return end

    def _widen_right(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        while end < len(doc) and end not in taken and doc[end - 1].lower_ in JOINING_WORDS \
                and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].head.i in range(start, end):
            end += 1  # "Ministry of Culture, Sports and" + "Tourism"
        # "Ministry of Energy" + "and Mines": a word the parser coordinates inside a body's "of" name
        # (not another name: "Bank of America and Citigroup" are two)
        of_name = any(doc[index].lower_ in ("of", "for") for index in range(start + 1, end))
        if of_name and end + 1 < len(doc) and not {end, end + 1} & taken and doc[end].lower_ in ("and", "&") \
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i in range(start, end):
            end += 2
        return end


@Language.factory(MENDER_NAME)
def make_name_mender(nlp: Language, name: str) -> NameMender:
    return NameMender(load_gazetteer())
