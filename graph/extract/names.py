"""Mending the names the statistical NER cuts short, before anything reads them.

The small English model often labels only part of a long name: "Anti-Corruption Commission" in "the
Ethics and Anti-Corruption Commission", "Ministry of Culture, Sports and" in "... Sports and Tourism",
"Thi Lan Anh" in "Vo Thi Lan Anh", "Rivers Yorkshire" in "Clean Rivers Yorkshire", or calls a body
a place or a law ("Green Bay Alliance", LOC; "the Passengers' Rights Forum", LAW). A reader, and the gold, name the whole body, so an actor
labelled with a fragment is a different actor. The parser usually gets these names right where
NER does not: the missing words hang on the name by ``compound``, ``flat`` or ``conj``.

``NameMender`` is a spaCy component (``newsgraph_name_mender_v1``) placed after the entity ruler. It
widens a name over
- capitalized words before it that the parser attaches inside it ("Vo", "Clean"), unless they are
  titles, nationalities or names of their own ("President", "Russian", "Moscow");
- capitalized words the parser attaches inside a country's name: a body named for the country
  ("Esports South Africa", "Cricket Australia");
- "<Word> and" before a body whose first word the parser coordinates with it ("Ethics and");
- the people a body is named for, before its possessive ("Workers'" + "Safety Forum"), or cut off at "and"
  ("Knitwear Manufacturers" + "and Exporters Forum");
- capitalized words after a body's name that ends on a joining word ("..., Sports and" + "Tourism")
  or that the parser coordinates inside a body's "of" name ("Ministry of Energy" + "and Mines", also when
  NER took the word for a person: "Ministry of Education" + "and Training"), or hangs as a second "of"
  outside it ("Ministry of Foreign Affairs" + "and of Worship"), or the country after an association's
  "of" name ("Association of Independent Journalists" + "of Cabo Verde"), and the words that make it a name
  the gazetteer knows ("... Co-operation" + "in Europe");
- a name coordinated with a person's ("Joris Verbeek and Italian Matteo Rinaldi");
- the country of a chapter after a body's name that ends on a body's word ("Peatland Watch" + "Indonesia");
- a person's name after a comma NER takes into the body's name before it, in apposition to the person's
  office ("the superintendent of Industrial Police-2 Gazipur, Mohammad Jahangir Alam"), made a name of its own,
  and a person's name that closes the phrase of an office, set off by commas or after where the office is
  held, a rank or the body's name, whatever NER took it for ("The spokesman of the International Legion of the
  Armed Forces of Ukraine, Taras Hlushko", "the head of the ICRC delegation in Moscow Matthias Brunner",
  "Lieutenant Colonel Ronen Katz", "the National Police Serhiy Bondar");
- a body named for the office it serves, which NER cuts after the possessive ("The Prosecutor General's" +
  "Office of Ukraine"), and the remit after a body's word ("Guinean Association" + "for Citizen Vigilance");
- a body's name its acronym in brackets spells, however NER cut it ("The United Nations Interim Force in
  Lebanon (UNIFIL)"), a body's unit named before "of" and the body ("General Staff of" + "the Armed Forces of
  Ukraine"), and the country after "of the" that closes a body's name ("Communist Party" + "of the
  Philippines");
- a description before a comma NER takes into the name after it ("The national federation, Esports
  South Africa"), left out;
- "the" before a day of the month NER takes for an ordinal ("on the" + "24th", a date), and the part
  of the day it cuts off a day ("Monday" + "morning", "the evening" + "of October 3");
- the place after a body's name that NER ends on "of" ("... Reintegration Policies of" + "Moldova"), and
  no further than its last word when it ends on another joining word ("... Association and");
- the first part of a double surname and the given names before it, whatever NER took them for
  ("Marta" + "Zielińska" + "-" + "Kurek"), and the last surname NER left out ("Carmelo Obiang" + "Esono");
splits two known bodies NER took for one name ("Amnesty International and Human Rights Watch"), cuts a place
from a body's name NER ran on over the place's possessive ("New Zealand’s" | "Commerce
Commission") and a name from what a headline's colon introduces ("The Food Administration" | ": Rolled
sausage ..."), drops a "body" in lower case that runs over a preposition ("the ministry on the same
evening"), and labels a place, a law or a work whose last word says it is a body ("Alliance", "Forum") as an
organization, a "place" or a "body" in apposition to a person's office ("the head of the centre, Tomas Vaitkus",
"Jean-Paul Mukendi, the administrator of ...") as a person, and a "person" that qualifies a kind of
place ("Rutshuru territory"), starts with a compass word after "in" ("in Central Java"), is a capital lower-cased
by translation ("kiev speaks of") or is where someone described lives ("a pupil in Manzini") as a place, and a
"place" or "body" with an age after it ("Mykola, 61 years old,") as a person.

``agree_across_blocks`` then makes a name NER found in one block of an article the same entity in the
others ("Open Deck Watch" whole in one paragraph, "Deck Watch" in another).
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from .actors import Gazetteer, _texts, called_a_place, kind_before_quoted_name, load_gazetteer

__all__ = ["MENDER_NAME", "NameMender", "agree_across_blocks"]

MENDER_NAME = "newsgraph_name_mender_v1"
WIDENED_LABELS = {"PERSON", "ORG", "LOC", "FAC"}
JOINING_WORDS = {"and", "of", "for", "&", ",", "de", "on"}
# Labels NER gives a body's name when it reads it as a place, a law or a work ("the Passengers' Rights
# Forum", LAW): the name's last word ("Forum", "Alliance") says it is a body.
MISTAKEN_FOR_BODIES = {"LOC", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "midday", "noon", "dawn"}
DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
DAY_PREPOSITIONS = {"on", "by", "since", "until", "till", "from", "before", "after"}
OPENING_BRACKET, CLOSING_BRACKET = hash_string("("), hash_string(")")
ACRONYM_JOINING = {"of", "for", "in", "on", "and", "the", "de", "du", "des", "la", "le", "el", "del", "&"}
COMPASS_WORDS = {"north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west"}


class NameMender:
    """Widen entity spans the model cut short, using the parse; see the module's docstring."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # (the words that can start "<office> for/of <portfolio> <Name>", looked up in a block's LOWER array)
        self.person_offices = {hash_string(word) for word, office in gazetteer.offices.items() if office.is_person}

    def __call__(self, doc: Doc) -> Doc:
        days = _days_of_month(doc)
        day_ends = {day.end for day in days}
        entities = [entity for entity in doc.ents if not (entity.label_ == "ORDINAL" and entity.end in day_ends)]
        entities, joined = self._join_possessive_offices(doc, entities)
        entities, split = self._split_coordinated_bodies(doc, entities)
        entities, defined = _names_defined_by_acronyms(doc, entities)
        regrouped = joined or split or defined
        offices = self._person_offices_at(doc)
        holders = self._holders_after_portfolios(doc, offices)
        for holder in [*self._holders_set_off_after_office(doc, offices),
                       *self._holders_closing_office_phrase(doc, offices)]:
            if not any(other.start < holder.end and holder.start < other.end for other in holders):
                holders.append(holder)
        if holders:
            # "The Russian Commissioner for Children's Rights Olga Tereshkova": the person, whom NER ran
            # into the portfolio of her office or missed
            kept = []
            for entity in entities:
                overlapped = next((holder for holder in holders
                                   if entity.start < holder.end and holder.start < entity.end), None)
                if overlapped is None:
                    kept.append(entity)
                elif entity.start < overlapped.start \
                        and self.gazetteer.names_country(doc[entity.start:overlapped.start].text):
                    # ("of Ukraine Volodymyr Zelensky": the country stays a place; "Children's Rights" no name)
                    kept.append(Span(doc, entity.start, overlapped.start, label="GPE"))
                elif entity.start < overlapped.start - 1 and doc[overlapped.start - 1].text == ",":
                    # ("the superintendent of Industrial Police-2 Gazipur, Mohammad Jahangir Alam": the body stays)
                    kept.append(Span(doc, entity.start, overlapped.start - 1, label=entity.label_))
            entities = sorted([*kept, *holders], key=lambda span: span.start)
        if not entities and not days:
            return doc
        taken = {index for entity in entities for index in range(entity.start, entity.end)}
        mended, changed = [], bool(days) or bool(holders) or regrouped
        swallowed: set[int] = set()  # tokens of names a widened name now covers ("Europe")
        name_ends = {entity.start: entity.end for entity in entities}
        for entity in entities:
            if entity.start in swallowed:
                changed = True
                continue
            start, end, label = entity.start, entity.end, entity.label_
            start = _after_description(doc, start, end)
            end = _before_colon(doc, start, end)
            holder = self._office_holder_after_comma(doc, start, end) if label == "ORG" else None
            if holder is not None:
                # "the superintendent of Industrial Police-2 Gazipur, Mohammad Jahangir Alam": the body, then
                # the person who holds the office, whom NER ran into one name
                mended.append(Span(doc, start, holder - 1, label="ORG"))
                start, label, changed = holder, "PERSON", True
            holder = self._office_holder_after_body(doc, start, end) if label in ("ORG", "PERSON") else None
            if holder is not None:
                # "member of the National Assembly Terry Labrosse": the body, then the person, whom NER ran
                # into one name without a comma between them
                mended.append(Span(doc, start, holder, label="ORG"))
                start, label, changed = holder, "PERSON", True
            owner_end = self._owner_inside(doc, start, end)
            if owner_end is not None:
                # "New Zealand’s Commerce Commission", one place to NER: the country, then its body
                mended.append(Span(doc, start, owner_end, label="GPE"))
                start, changed = owner_end + 1, True
                if doc[end - 1].lower_ in self.gazetteer.body_words:
                    label = "ORG"
            if label in ("ORG", "GPE") and start >= 2 and doc[start - 1].lower_ == "of" and \
                    f"{doc[start - 2].lower_} of {doc[start:end].text.lower()}" in self.gazetteer.offices:
                changed = True  # "Secretary of State", "Head of State": an office's words, no body
                continue
            if label == "ORG" and self._ends_on_a_persons_office(doc, start, end):
                changed = True  # "The UN Resident Coordinator": a person's office, not a body's name
                continue
            if label == "ORG" and len(entity) == 1 and entity.root.dep_ == "amod" and entity.root.head.tag_ == "NNS":
                changed = True  # "Anglophone separatists": a word that describes people, no body
                continue
            if label == "ORG" and not any(char.isupper() for char in entity.text) and any(
                    word.dep_ == "prep" and word.lower_ not in ("of", "for") or word.pos_ == "VERB" for word in entity):
                # "made by the ministry on the same evening", "accused the ministry of announcing decisions": no
                # name, and not one phrase
                changed = True
                continue
            if label == "TIME" and doc[end - 1].lower_ in PARTS_OF_DAY and end + 1 in name_ends \
                    and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "DATE":
                swallowed.update(range(end + 1, name_ends[end + 1]))  # "the evening" + "of October 3": a day
                end, label = name_ends[end + 1], "DATE"
            if label == "DATE" and end in name_ends and doc[end].ent_type_ == "TIME" \
                    and name_ends[end] == end + 1 and doc[end].lower_ in PARTS_OF_DAY:
                swallowed.add(end)  # "on Monday" + "morning": one day, which NER cut in two
                end += 1
            if label == "GPE" and self.gazetteer.lookup(entity.text) is not None:
                widened = self._widen_left(doc, start, end, taken)
                if widened < start:  # "Esports" + "South Africa", "Cricket" + "Australia": a body named for it
                    start, label = widened, "ORG"
            if label == "NORP":
                known = self._widen_to_known(doc, start, end, name_ends)
                entry = self.gazetteer.lookup(doc[start:known].text) if known > end else None
                if entry is not None and entry.kind == "organization":
                    # "Ukrainian" + "security service": a body the gazetteer knows, named by its nationality
                    swallowed.update(range(end, known))
                    end, label = known, "ORG"
            if label in WIDENED_LABELS and entity not in holders:  # (a holder's name starts after the portfolio)
                start = self._widen_left(doc, start, end, taken)
            if label == "ORG":
                unit = self._unit_of_body(doc, start, taken)
                start, changed = unit, changed or unit < start
                owner = self._possessive_owner(doc, start, end)
                if owner < start:  # (a name NER made of the owner alone is part of this one)
                    mended = [kept for kept in mended if kept.end <= owner]
                    start, changed = owner, True
                end = self._widen_right(doc, start, end, taken)
                end = self._portfolio_taken_for_a_person(doc, start, end, name_ends, swallowed)
                known = self._widen_to_known(doc, start, end, name_ends)
                swallowed.update(range(end, known))
                end = known
            if label == "ORG":
                if doc[end - 1].lower_ in ("of", "the") and end in name_ends:
                    # "The Union of Municipalities of the" + "Chouf": NER cut the name after its article
                    swallowed.update(range(end, name_ends[end]))
                    end = name_ends[end]
                end = self._coordinated_body(doc, end, name_ends, swallowed)
                end = self._second_of(doc, start, end, name_ends, swallowed)
                end = self._possessive_name(doc, end, name_ends, swallowed)
                end = self._region_in_name(doc, start, end, name_ends, swallowed)
                end = self._place_after_of(doc, start, end, name_ends, swallowed)
                end = self._remit_after_body(doc, end, name_ends, swallowed)
                end = self._country_after_name(doc, end, name_ends, swallowed)
                end = self._country_of_association(doc, start, end, name_ends, swallowed)
            if label == "PERSON":
                end = self._surname_after(doc, start, end, taken)
                widened = self._hyphenated_surname(doc, start, end)
                if widened < start:
                    # "Marta" and "Zielińska" of "Marta Zielińska-Kurek", taken for places before it
                    mended = [kept for kept in mended if kept.end <= widened]
                    start = widened
            if label in ("NORP", "GPE", "LOC") and self._compass_region(doc, start, taken):
                start, label = start - 2, "LOC"  # "the North-West": a region, not the West
            if label in MISTAKEN_FOR_BODIES | {"PERSON"} \
                    and kind_before_quoted_name(doc, start, end, self.gazetteer.body_words) is not None \
                    or label in MISTAKEN_FOR_BODIES and self._described_as_a_body(entity):
                label = "ORG"  # 'the company "Baltic Pellets"', "Electricite du Liban, the state utility"
            elif label in MISTAKEN_FOR_BODIES and doc[end - 1].lower_ in self.gazetteer.body_words:
                label = "ORG"
            elif label in MISTAKEN_FOR_BODIES - PLACE_LABELS and doc[end - 1].lower_ in self.gazetteer.places:
                label = "GPE"  # "The Jeju Special Self-Governing Province", a work of art to NER
            elif label == "PERSON" and end - start == 1 and entity.root.dep_ in ("compound", "amod") \
                    and entity.root.head.pos_ == "NOUN" and self.gazetteer.names_country(entity.text):
                label = "GPE"  # "the Kyiv regime", "the Moscow authorities": a capital, not a person
            elif label in ("PERSON", "ORG", "GPE", "FAC") and start > 0 and doc[start - 1].lower_ in self.gazetteer.vessels:
                label = "PRODUCT"  # "the minesweeper Ivan Golubets", "the frigate Admiral Makarov": a ship
            elif label == "PERSON" and start > 1 and doc[start - 2].lower_ in self.gazetteer.vessels \
                    and doc[start - 1].is_title and start - 1 not in taken:
                start, label = start - 1, "PRODUCT"  # (with the rank NER left out of the name: "Admiral")
            elif label == "ORG" and (self._member_of_body(doc, start, end) or self._referred_to_as_a_person(doc, start, end)):
                label = "PERSON"
            elif label == "PERSON" and end - start > 1 and doc[start].is_lower \
                    and self.gazetteer.names_country(doc[start].text):
                end, label = start + 1, "GPE"  # "kiev speaks of", lower-cased by translation: a capital, and its verb
            elif label in ("GPE", "LOC", "NORP", "ORG", "FAC") and _age_after(doc, end) \
                    and self.gazetteer.lookup(doc[start:end].text) is None:
                label = "PERSON"  # "Mykola, 61 years old, spent eleven days there": only people have an age
            elif label in ("GPE", "LOC", "NORP", "ORG", "FAC") and self._names_office_holder(entity):
                label = "PERSON"
            elif label == "PERSON" and entity.root.dep_ == "compound" \
                    and entity.root.head.lower_ in self.gazetteer.places:
                label = "LOC"  # "the administrator of Rutshuru territory"
            elif label in ("ORG", "PERSON") and called_a_place(entity.root, self.gazetteer):
                label = "GPE"  # "the coastal town of Gunjur", an organization to NER
            elif label == "PERSON" and doc[start].lower_ in COMPASS_WORDS and entity.root.dep_ == "pobj" \
                    and entity.root.head.lower_ in ("in", "from", "near", "across"):
                label = "LOC"  # "a 26-year-old from Tegal in Central Java"
            elif label == "PERSON" and len(entity) == 1 and entity.root.dep_ == "pobj" and entity.root.head.lower_ == "in" \
                    and entity.root.head.head.lemma_.lower() in self.gazetteer.people:
                label = "LOC"  # "a 17-year-old pupil in Manzini": where someone described lives, no person
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
            doc.ents = sorted([*mended, *days], key=lambda span: span.start)
        return doc

    def _join_possessive_offices(self, doc: Doc, entities: list[Span]) -> tuple[list[Span], bool]:
        """ "The Prosecutor General's" + "Office of Ukraine": a body named for the office it serves, which NER
        cuts after the possessive; one name again when the second part starts with a body's word."""
        joined: list[Span] = []
        changed = False
        for entity in entities:
            before = joined[-1] if joined else None
            if before is not None and before.end == entity.start and before.label_ == entity.label_ == "ORG" \
                    and doc[before.end - 1].tag_ == "POS" and self.gazetteer.persons_office(doc[before.end - 2].lower_) \
                    and doc[entity.start].lower_ in self.gazetteer.body_words:
                joined[-1] = Span(doc, before.start, entity.end, label="ORG")
                changed = True
            else:
                joined.append(entity)
        return joined, changed

    def _split_coordinated_bodies(self, doc: Doc, entities: list[Span]) -> tuple[list[Span], bool]:
        """ "Amnesty International and Human Rights Watch demanded": two bodies NER took for one name, split
        at "and" when each side is a body's name of its own (known to the gazetteer, or ending on a body's
        word), unlike "the Ministry of Culture, Sports and Tourism"."""
        result: list[Span] = []
        changed = False
        for entity in entities:
            conjunction = next((word.i for word in entity[1:-1] if word.lower_ == "and"), None) \
                if entity.label_ == "ORG" else None
            if conjunction is not None:
                left, right = doc[entity.start:conjunction], doc[conjunction + 1:entity.end]
                if left[0].lower_ == "the":
                    left = doc[entity.start + 1:conjunction]
                if len(left) and len(right) and self._body_name(left) and self._body_name(right):
                    result += [Span(doc, entity.start, conjunction, label="ORG"),
                               Span(doc, conjunction + 1, entity.end, label="ORG")]
                    changed = True
                    continue
            result.append(entity)
        return result, changed

    def _body_name(self, words: Span) -> bool:
        """Whether words name a body by themselves: a name the gazetteer knows, or two or more capitalized
        words ending on a body's word ("Human Rights Watch", "Mizani Forum")."""
        known = self.gazetteer.lookup(words.text)
        if known is not None:
            return known.kind != "person"
        last = words[-1].lower_
        return len(words) >= 2 and all(word.is_title or word.is_upper for word in words) and (
            last in self.gazetteer.body_words or last in self.gazetteer.name_endings)

    def _office_holder_after_comma(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a person's name starts that NER ran into the body's name before it, over a comma: the
        words after the comma are capitalized names, none a body's word, in apposition to a person's
        office outside the name."""
        comma = next((index for index in range(start + 1, end - 1) if doc[index].text == ","), None)
        if comma is None or not 2 <= end - comma - 1 <= 4:
            return None
        words = doc[comma + 1:end]
        root = words.root
        office = self.gazetteer.offices.get(root.head.lower_) if root.dep_ == "appos" else None
        if office is None or not office.is_person or start <= root.head.i < end or not all(
                word.pos_ == "PROPN" and word.is_title and word.lower_ not in self.gazetteer.body_words
                for word in words):
            return None
        return comma + 1

    def _person_offices_at(self, doc: Doc) -> list[int]:
        """Where a block has a word naming a person's office ("minister", "spokesman"), read from its LOWER
        array (every block passes here, few have one; the three passes that need them get this list)."""
        lowers = doc.to_array(LOWER)[:max(len(doc) - 4, 0)].tolist()
        return [index for index, lower in enumerate(lowers) if lower in self.person_offices]

    def _holders_after_portfolios(self, doc: Doc, offices: list[int]) -> list[Span]:
        """Names of people right after their office's portfolio ("Commissioner for Human Rights Mykola
        Lysenko", "Commissioner for Children's Rights Olga Tereshkova"): two or three capitalized words
        after a person's office, "for" or "of" and the portfolio's capitalized words, which end on a
        plural ("Rights", "Affairs") or a body's word, or are one word ("Minister for Infrastructure
        Taras Vovkotrub")."""
        holders: list[Span] = []
        for index in offices:
            if doc[index + 1].lower_ == "general":
                index += 1  # "Prosecutor General of Ukraine Serhiy Marchenko"
            if index + 2 >= len(doc) or doc[index + 1].lower_ not in ("for", "of") or not doc[index + 2].is_title:
                continue
            end = index + 2
            while end < len(doc) and (doc[end].is_title or doc[end].lower_ in ("'s", "’s", "and", "of")):
                end += 1
            # (or a country: "of Ukraine")
            portfolio_end = max((word.i for word in doc[index + 2:end] if word.tag_ in ("NNS", "NNPS")
                                 or word.lower_ in self.gazetteer.body_words
                                 or (word.ent_type_ == "GPE" and word.ent_iob_ == "B" and doc[word.i + 1].ent_iob_ != "I"
                                     or self.gazetteer.names_country(word.text)) and word.i + 1 < end), default=None)
            if portfolio_end is None and end - index == 5:
                portfolio_end = index + 2  # a one-word portfolio: "Minister for Infrastructure Taras Vovkotrub"
            if portfolio_end is None or not 2 <= end - portfolio_end - 1 <= 3:
                continue
            name = doc[portfolio_end + 1:end]
            known = self.gazetteer.lookup(name.text)
            if (self._persons_name(name) or known is not None and known.kind == "person") \
                    and not any(holder.start == name.start for holder in holders):
                holders.append(Span(doc, name.start, name.end, label="PERSON"))
        return holders

    def _holders_set_off_after_office(self, doc: Doc, offices: list[int]) -> list[Span]:
        """Names of people set off by commas after their office and the body or place it serves ("The
        spokesman of the International Legion of the Armed Forces of Ukraine, Taras Hlushko, said"): two or
        three capitalized words that can be a name, whatever NER took them for (it often misses names
        transliterated from Ukrainian or Russian)."""
        holders: list[Span] = []
        for index in offices:
            if doc[index + 1].lower_ not in ("of", "for", "to", "at"):
                continue
            comma = next((i for i in range(index + 2, min(index + 16, len(doc))) if doc[i].text == ","), None)
            if comma is None or not all(word.pos_ in ("DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ")
                                        for word in doc[index + 2:comma]):
                continue
            first = comma + 1
            while first + 2 < len(doc) and self.gazetteer.persons_office(doc[first].lower_) and doc[first].is_title:
                first += 1  # (past a rank: ", Brigadier General Hamoud al-Sharafi,")
            end = first
            while end < len(doc) and end - first < 4 and (doc[end].is_title and doc[end].tag_ == "NNP"
                                                          or _name_particle(doc, end, self.gazetteer.name_particles)):
                end += 1
            name = doc[first:end]
            closed = end == len(doc) or doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX")
            # ("The adviser of the head of the office of the president of Ukraine, Mykhailo Rudenko": once)
            if 2 <= sum(not _name_particle(doc, word.i, self.gazetteer.name_particles) for word in name) <= 3 and closed and self._persons_name(name) \
                    and not any(holder.start == name.start for holder in holders):
                holders.append(Span(doc, name.start, name.end, label="PERSON"))
        return holders

    def _holders_closing_office_phrase(self, doc: Doc, offices: list[int]) -> list[Span]:
        """Names of people that close the phrase of their office without a comma, after the place where it
        is held ("the head of the ICRC delegation in Moscow Matthias Brunner"): the last two capitalized
        words that can be a name, right after a place named after "in", "at" or "to", a rank or a common noun
        (not "the head of the Bahrain Coast Guard"), before a verb, a comma or the end."""
        holders: list[Span] = []
        for index in offices:
            if doc[index + 1].lower_ not in ("of", "for", "on", "to", "in", "at"):
                continue
            end = index + 2
            while end < min(index + 16, len(doc)) and (doc[end].pos_ in ("DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ", "PART")
                                                       or _joining_hyphen(doc, end)) \
                    and doc[end].text != "," and not (
                        doc[end].pos_ == "ADP" and doc[end].lower_ != "of" and end - index > 4
                        and all(word.is_title and word.tag_ == "NNP" for word in doc[end - 2:end])):
                end += 1  # (up to a preposition after the name: "... Lilit Hovakimyan on the briefing")
            if end < len(doc) and not (doc[end].pos_ in ("VERB", "AUX", "PUNCT", "ADP")):
                continue
            run = end
            while run > index + 2 and doc[run - 1].is_title and doc[run - 1].tag_ in ("NNP", "NNPS"):
                run -= 1  # (a surname the tagger takes for a plural: "Oleh Kravets")
            start = end - 2
            while start > index + 4 and _joining_hyphen(doc, start - 1):
                start -= 2  # ("Anne-Laure Moreau": a first name of two joined by a hyphen)
            name = doc[start:end]
            before = doc[name.start - 1]
            place = next((entity.start for entity in doc.ents if entity.end == name.start and entity.label_ == "GPE"),
                         before.i if self.gazetteer.lookup(before.text) is not None else None)
            held_in = place is not None and place > 0 and doc[place - 1].lower_ in ("in", "at", "to")
            # (or after a rank, "The spokesman of the Israeli army Lieutenant Colonel Ronen Katz", or a common
            # noun, "the governor of the Kursk region Pavel Orlov")
            # (not "insisted the minister to the radio Del Sol": what a bare noun is called)
            # (or a body's word or initials closing its name: "of the National Police Serhiy Bondar", "of the
            # Armenian MFA Lilit Hovakimyan"; or its country, "of the Armed Forces of Ukraine Oleh Kravets"; or a
            # name the gazetteer knows, "of the Quai d'Orsay Sophie Bertin"; or a remit without an article, which
            # names nothing else: "of the State Duma committee on defence Aleksandr Kruglov")
            known_before = before.pos_ == "PROPN" and any(
                (entry := self.gazetteer.lookup(doc[first:name.start].text)) is not None and entry.kind != "person"
                for first in range(max(index + 2, name.start - 4), name.start - 1))
            closing_body = before.lower_ in self.gazetteer.body_words and before.is_title \
                or self.gazetteer.names_country(before.text) and doc[before.i - 1].lower_ == "of" \
                or before.is_upper and before.is_alpha and len(before) >= 2 or known_before
            described = closing_body or self.gazetteer.persons_office(before.lower_) or before.pos_ == "NOUN" and before.is_lower \
                and doc[index + 1].lower_ in ("of", "for", "on") and any(
                    c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in before.lefts) \
                or before.pos_ == "NOUN" and before.is_lower and doc[before.i - 1].pos_ == "ADP"  # ("on defence")
            if end - run >= 2 and name.start > index + 2 and (held_in or described) \
                    and self._persons_name(name, plural_surname=True) and not any(
                    holder.start == name.start for holder in holders):
                holders.append(Span(doc, name.start, name.end, label="PERSON"))
        return holders

    def _office_holder_after_body(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a person's name starts that NER ran into the body's name before it without a comma
        ("the National Assembly Terry Labrosse", "the Ministry of Health Jean Dupont"): two or three
        capitalized words after the name's last body word, none a body's word, a place or a nationality."""
        body_end = max((index for index in range(start + 1, end - 2) if doc[index].is_title and (
            doc[index].lower_ in self.gazetteer.body_words or self._institution(doc[index].lower_))), default=None)
        if body_end is None or not 2 <= end - body_end - 1 <= 3:
            return None
        # (not "the Minerals Council South Africa", a place, nor "Federal Public Service Foreign Affairs")
        name = doc[body_end + 1:end]
        if self._persons_name(name) and all("." not in word.text and not word.is_sent_start for word in name):
            return body_end + 1
        return None

    def _portfolio(self, doc: Doc, index: int) -> bool:
        """Whether a word is the portfolio of a person's office before it: "Welfare" in "the Minister of
        Welfare Laura Bērziņa", no part of her name."""
        return index >= 2 and doc[index - 1].lower_ == "of" and self.gazetteer.persons_office(doc[index - 2].lower_)

    def _described_as_a_body(self, entity: Span) -> bool:
        """Whether a name is described as a body right after it: "Electricite du Liban, the state
        utility", a work of art to NER."""
        return any(word.dep_ == "appos" and word.pos_ == "NOUN" and word.lemma_.lower() in self.gazetteer.body_words
                   and word.i > entity.end for word in entity.root.rights)

    def _ends_on_a_persons_office(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name ends on a person's office ("The UN Resident Coordinator"), followed by the
        name of its holder set off by a comma."""
        last = doc[end - 1]
        if not self.gazetteer.persons_office(last.lower_) or last.lower_ in self.gazetteer.body_words:
            return False
        # (past where the office is held: "The UN Resident Coordinator in Ukraine, Matthias Ekdahl")
        comma = next((index for index in range(end, min(end + 5, len(doc) - 1)) if doc[index].text == ","), None)
        return comma is not None and all(word.pos_ in ("ADP", "PROPN", "DET") for word in doc[end:comma]) \
            and doc[comma + 1].ent_type_ == "PERSON"

    def _persons_name(self, name: Span, plural_surname: bool = False) -> bool:
        """Whether a few capitalized words can be a person's name: none a body's word, a title, a
        nationality or a name of its own, and not together a name the gazetteer knows (with
        ``plural_surname``, right after a person's office, a surname the tagger took for a plural: "Oleh
        Kravets")."""
        return self.gazetteer.lookup(name.text) is None and all(
            _name_particle(name.doc, word.i, self.gazetteer.name_particles) or _joining_hyphen(name.doc, word.i)
            or (word.tag_ == "NNP" or plural_surname and word.tag_ == "NNPS" and word.i == name.end - 1) and word.is_title
            and word.lower_ not in self.gazetteer.body_words
            and not any(char.isdigit() for char in word.text)  # (not "Industrial Police-2 Gazipur")
            and not self._title_or_name_of_its_own(word.text) for word in name)

    def _institution(self, word: str) -> bool:
        """Whether a word names a body as an office does ("parliament", "assembly")."""
        office = self.gazetteer.offices.get(word)
        return office is not None and not office.is_person

    def _owner_inside(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a place's name ends inside a name NER ran on over its possessive ("New Zealand" in
        "New Zealand’s Commerce Commission"), when the gazetteer knows the place."""
        for index in range(start + 1, end - 1):
            if doc[index].tag_ == "POS" and self.gazetteer.lookup(doc[start:index].text) is not None:
                return index
        return None

    def _coordinated_body(self, doc: Doc, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "Knitwear Manufacturers" + "and Exporters Forum": two names NER cut at "and", when the first
        ends on the people the body gathers and the second starts on more of them (capitalized plurals, no
        body's words) and ends on a word that says what the body is (not "Apple Computers and Microsoft
        Corporation", two bodies)."""
        after = name_ends.get(end + 1)
        if after is None or doc[end].lower_ not in ("and", "&") or doc[end + 1].ent_type_ != "ORG" \
                or not all(word.is_title and word.lower_.endswith("s") and word.lower_ not in self.gazetteer.body_words
                           for word in (doc[end - 1], doc[end + 1])) \
                or doc[after - 1].lower_ not in self.gazetteer.body_words:
            return end
        swallowed.update(range(end + 1, after))
        return after

    def _possessive_name(self, doc: Doc, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "The Fiji Sevens Players'" + "Guild": a body's name goes on after a plural possessive,
        with the capitalized word that says what the body is (NER may call it a person)."""
        if end < len(doc) and doc[end - 1].tag_ == "POS" and doc[end - 1].text in ("'", "’") \
                and doc[end].text[:1].isupper() and doc[end].lower_ in self.gazetteer.body_words:
            swallowed.update(range(end, name_ends.get(end, end + 1)))
            return max(end + 1, name_ends.get(end, 0))
        return end

    @staticmethod
    def _region_in_name(doc: Doc, start: int, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "The Union of Cocoa Cooperatives" + "of the South-West", before "(UCCSO)": a body's name
        goes on over the region it serves when the initials that follow start like the name."""
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return end
        # The place's name may start at "the", after it, or, in "the South-West", at its "West" still.
        starts = [end + 1, end + 2, end + 4] if doc[end + 1].lower_ == "the" else [end + 1, end + 3]
        place = next((start for start in starts if start in name_ends and all(
            doc[index].lower_ in COMPASS_WORDS or doc[index].text in ("-", "the", "The")
            for index in range(end + 1, start))), None)
        if place is None:
            return end
        after, place_end = end + 1, name_ends[place]
        first = next((t for t in doc[start:end] if t.lower_ != "the"), doc[start])
        if place_end + 2 < len(doc) and doc[place_end].text == "(" and doc[place_end + 2].text == ")" \
                and doc[place_end + 1].text.isupper() and doc[place_end + 1].text[:1] == first.text[:1]:
            swallowed.update(range(after, place_end))
            return place_end
        return end

    @staticmethod
    def _place_after_of(doc: Doc, start: int, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "The Bureau for Reintegration Policies of" + "Moldova": a body's name that NER ends on "of"
        goes on over the place after it; one that ends on any other joining word ends before it."""
        if end < len(doc) and doc[end - 1].lower_ in ("of", "for") and end in name_ends \
                and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].head.i == end - 1:
            swallowed.update(range(end, name_ends[end]))
            return name_ends[end]
        while end - start > 1 and doc[end - 1].lower_ in JOINING_WORDS:
            end -= 1
        return end

    def _remit_after_body(self, doc: Doc, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "Coordination Headquarters" + "for the Treatment of Prisoners of War": a body's name that NER ends on
        the body's word goes on over what the body is for, in capitalized words (not "the Agency for help")."""
        if end + 1 >= len(doc) or doc[end].lower_ != "for" or doc[end - 1].lower_ not in self.gazetteer.body_words:
            return end
        last, index = None, end + 1
        while index < len(doc) and (doc[index].is_title and doc[index].pos_ in ("PROPN", "NOUN")
                                    and doc[index].ent_type_ not in ("GPE", "PERSON", "DATE", "NORP")
                                    or doc[index].lower_ in ("the", "of", "and") and last is not None
                                    or doc[index].lower_ == "the" and index == end + 1):
            if doc[index].is_title:
                last = index
            index += 1
        if last is None:
            return end
        swallowed.update(range(end, last + 1))
        return last + 1

    def _country_after_name(self, doc: Doc, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "Peatland Watch" + "Indonesia", "Commuters’ Voice" + "Ghana": a body's name that goes on over
        the country of its chapter, which NER cuts off as a place. The name ends on a word that says
        "a body" and the parser puts the country inside it (the name hangs on the country, or both hang
        alike on one word)."""
        if end not in name_ends or doc[end].ent_type_ != "GPE" or doc[end - 1].lower_ not in (
                self.gazetteer.name_endings | self.gazetteer.body_words):
            return end
        last, country = doc[end - 1], doc[name_ends[end] - 1]
        if last.head == country or last.head == country.head and last.dep_ == country.dep_ == "appos":
            swallowed.update(range(end, name_ends[end]))
            return name_ends[end]
        return end

    def _country_of_association(self, doc: Doc, start: int, end: int, name_ends: dict[int, int],
                                swallowed: set[int]) -> int:
        """ "The Association of Independent Journalists" + "of Cabo Verde", "The Communist Party" + "of the
        Philippines": an "of" name of a body, or one ending on a body's word (not of a state's ministry or
        government, which speak for the country), goes on over the country it serves, which NER cuts off as a
        place of its own."""
        first = next((word for word in doc[start:end] if word.dep_ != "det"), None)
        office = self.gazetteer.offices.get(first.lower_) if first is not None else None
        # (or "The Communist Party" + "of the Philippines": a name ending on a body's word, not a state's)
        last = self.gazetteer.offices.get(doc[end - 1].lower_)
        ends_on_body = doc[end - 1].is_title and doc[end - 1].lower_ in self.gazetteer.body_words \
            and not (last is not None and last.stands_for_country) and end - start >= 2
        place = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" and ends_on_body else end + 1
        if first is None or not (first.lower_ in self.gazetteer.anaphoric and _of_name(doc, start, end, ("of",))
                                 or ends_on_body) or office is not None and office.stands_for_country \
                or place not in name_ends or doc[end].lower_ != "of" or doc[place].ent_type_ != "GPE" \
                or doc[end].head.i not in range(start, end):
            return end
        swallowed.update(range(end + 1, name_ends[place]))
        return name_ends[place]

    def _surname_after(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        """ "Carmelo Obiang" + "Esono": a person's name NER ends before the word the parser hangs it on
        (the last surname), when that word is a capitalized name, not a title or a name of its own."""
        if end < len(doc) and end not in taken and doc[end - 1].head.i == end and doc[end - 1].dep_ == "compound" \
                and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not self._title_or_name_of_its_own(doc[end].text):
            return end + 1
        return end

    def _hyphenated_surname(self, doc: Doc, start: int, end: int) -> int:
        """Where a person's name starts when NER took only the last part of a double surname
        ("Kurek" of "Marta Zielińska-Kurek"): over the hyphen and the given names the parser attaches
        to the name, even those NER took for places (unless the gazetteer knows them)."""
        if start < 2 or doc[start - 1].text not in ("-", "\u2010", "\u2011") or doc[start - 1].whitespace_ \
                or doc[start - 2].whitespace_ or not doc[start - 2].is_title or doc[start - 2].pos_ != "PROPN":
            return start
        start -= 2
        while start > 0:
            before = doc[start - 1]
            if before.dep_ != "compound" or not start <= before.head.i < end or not before.is_title \
                    or before.pos_ != "PROPN" or self._title_or_name_of_its_own(before.text):
                break
            start -= 1
        return start

    @staticmethod
    def _compass_region(doc: Doc, start: int, taken: set[int]) -> bool:
        """Whether a name is the end of a region's name written with a hyphen: "North-West", "South-East"."""
        return start >= 2 and not {start - 1, start - 2} & taken and doc[start - 1].text == "-" \
            and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 2].lower_ in COMPASS_WORDS

    def _referred_to_as_a_person(self, doc: Doc, start: int, end: int) -> bool:
        """ "Olena Shvets said the bus was hit. “...,” she said.": a name of two or three words, none of which
        says a body, that speaks and is then "she" or "he" speaking in the same paragraph, is a person's,
        though NER took it for a body."""
        words = list(doc[start:end])
        if not 2 <= len(words) <= 3 or doc[start:end].root.dep_ != "nsubj" or any(
                not word.is_title or not word.is_alpha or word.tag_ != "NNP" or word.lower_ in self.gazetteer.body_words
                or word.lower_ in self.gazetteer.name_endings or self.gazetteer.lookup(word.text)
                or self.gazetteer.demonym(word.text) for word in words) or self.gazetteer.lookup(doc[start:end].text):
            return False
        # ("«...», launched she": the parser takes the subject after its verb for an object)
        return any(word.lower_ in ("she", "he") and word.dep_ in ("nsubj", "dobj") and word.head.pos_ == "VERB"
                   for word in doc[end:min(end + 60, len(doc))])

    def _member_of_body(self, doc: Doc, start: int, end: int) -> bool:
        """ "Hernán Quispe of the Andean Renewal Party": a name that news introduces with the party or
        body it belongs to is a person's, though NER took it for a body (none of its words says one)."""
        words = [token for token in doc[start:end] if token.lower_ not in ("the", "a")]
        if not 2 <= len(words) <= 3 or end + 2 >= len(doc) or doc[end].lower_ != "of":
            return False
        if any(not word.is_title or word.pos_ != "PROPN" or word.lower_ in self.gazetteer.body_words
               or self.gazetteer.lookup(word.text) or self.gazetteer.demonym(word.text) for word in words) \
                or self.gazetteer.lookup(doc[start:end].text):
            return False
        body = next((entity for entity in doc.ents if entity.start in (end + 1, end + 2)), None)
        return body is not None and body.label_ == "ORG" and doc[end + 1:body.start].text.lower() in ("", "the") \
            and body[-1].lower_ in self.gazetteer.body_words

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
        # ("The Russian ambassador to the United States, Anatoly Seregin": hung on where the office is held)
        if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ in ("to", "in", "at", "for"):
            offices.append(self.gazetteer.offices.get(root.head.head.head.lower_))
        # "Jean-Paul Mukendi, the administrator of ...": the office may follow the name, too.
        offices += [self.gazetteer.offices.get(c.lower_) for c in root.children if c.dep_ == "appos" and c.i > root.i]
        # (not "the Minister of Natural Resources and Environmental Sustainability": a portfolio after "of")
        return any(office is not None and office.is_person for office in offices) and len(entity) > 1 \
            and self.gazetteer.lookup(entity.text) is None and entity.doc[max(entity.start - 1, 0)].lower_ != "of" \
            and not any(word.lower_ in self.gazetteer.body_words for word in entity)

    def _part_of_name(self, word: Token) -> bool:
        """A capitalized word that is not a title, a nationality or a name of its own."""
        text = word.text
        return text[:1].isupper() and word.pos_ in ("PROPN", "NOUN", "ADJ") and "." not in text \
            and not word.ent_type_ and (word.pos_ == "PROPN" or not word.is_sent_start) \
            and not self._title_or_name_of_its_own(text)

    def _title_or_name_of_its_own(self, text: str) -> bool:
        """ "President", "Russian", "Moscow": a word the gazetteer knows, never part of another name."""
        return text.lower() in self.gazetteer.offices or self.gazetteer.demonym(text) is not None \
            or self.gazetteer.lookup(text) is not None

    def _widen_left(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        inside = range(start, end)
        while start > 0 and start - 1 not in taken:
            before = doc[start - 1]
            if before.dep_ in ("compound", "flat") and before.head.i in inside and self._part_of_name(before) \
                    and not self._portfolio(doc, start - 1):
                start -= 1  # "Vo" + "Thi Lan Anh"
                continue
            if before.lower_ == "and" and start > 1 and start - 2 not in taken:
                first = doc[start - 2]
                coordinated = any(doc[index].dep_ == "conj" and doc[index].head == first for index in inside)
                if coordinated and first.pos_ == "PROPN" and self._part_of_name(first):
                    start -= 2  # "Ethics and" + "Anti-Corruption Commission"
            break
        return start

    def _unit_of_body(self, doc: Doc, start: int, taken: set[int]) -> int:
        """Where a name starts that names a body's unit before an "of" and the body's name, which alone NER
        found: "General Staff of" + "the Armed Forces of Ukraine" (one to three capitalized words, not ending
        on a person's office: not "President of" + "the Republic")."""
        if start < 2 or doc[start - 1].lower_ != "of":
            return start
        first = start - 1
        while first > 0 and start - first <= 3 and first - 1 not in taken and doc[first - 1].is_title \
                and doc[first - 1].tag_ == "NNP" and not doc[first - 1].ent_type_:
            first -= 1
        unit = doc[first:start - 1]
        if not unit or self.gazetteer.persons_office(unit[-1].lower_):
            return start
        return first

    def _possessive_owner(self, doc: Doc, start: int, end: int) -> int:
        """Where a body's name starts that NER cut after the people it is named for, before their
        possessive ("Workers'" + "Safety Forum", "Commuters'" + "Voice Ghana"; NER may make the people a
        name of their own): a capitalized plural the parser makes the name's possessor."""
        if start < 2 or doc[start - 1].dep_ != "case" or doc[start - 1].text not in ("'", "’"):
            return start
        owner = doc[start - 2]
        if owner.dep_ == "poss" and start <= owner.head.i < end and owner.is_title and owner.lower_.endswith("s") \
                and (self._part_of_name(owner) or owner.ent_type_ == "ORG" and owner.ent_iob_ == "B"
                     and not self._title_or_name_of_its_own(owner.text)):
            return start - 2
        return start

    def _widen_to_known(self, doc: Doc, start: int, end: int, name_ends: dict[int, int]) -> int:
        """ "Organization for Security and Co-operation" + "in Europe": a few words more make a name
        the gazetteer knows (over a place's name NER found inside it, never over part of a name)."""
        for longer in range(min(end + 8, len(doc)), end, -1):  # ("Office of the UN" + "High Commissioner for Human Rights")
            # (never onto a bracket, which the look-up ignores: "... Energy Agency (" + "IAEA)")
            if any(name_ends.get(index, 0) > longer for index in range(end, longer)) or doc[longer - 1].is_punct:
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
        if _of_name(doc, start, end) and end + 1 < len(doc) and not {end, end + 1} & taken and doc[end].lower_ in ("and", "&") \
                and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i in range(start, end):
            end += 2
        return end

    def _portfolio_taken_for_a_person(self, doc: Doc, start: int, end: int, name_ends: dict[int, int],
                                      swallowed: set[int]) -> int:
        """ "Ministry of Education" + "and Training": the last word of a body's "of" name, coordinated with
        the word before "and", which NER took for a person's name of one word."""
        after = end + 1
        if not _of_name(doc, start, end) or after >= len(doc) \
                or doc[end].lower_ not in ("and", "&") or name_ends.get(after) != after + 1 \
                or doc[after].ent_type_ != "PERSON" or doc[after].dep_ != "conj" or doc[after].head.i != end - 1 \
                or not doc[after].is_title or self.gazetteer.lookup(doc[after].text) is not None:
            return end
        swallowed.add(after)
        return after + 1

    @staticmethod
    def _second_of(doc: Doc, start: int, end: int, name_ends: dict[int, int], swallowed: set[int]) -> int:
        """ "Ministry of Foreign Affairs" + "and of Worship": a body's second "of" portfolio, which the
        parser hangs outside the name (and NER may call a name of its own)."""
        if not _of_name(doc, start, end, ("of",)) or end + 2 >= len(doc) \
                or doc[end].lower_ != "and" or doc[end + 1].lower_ != "of" or not doc[end + 2].text[:1].isupper():
            return end
        last = name_ends.get(end + 2, end + 3)
        while last < len(doc) and doc[last - 1].dep_ == "compound" and doc[last - 1].head.i == last:
            last += 1  # "and of Public Works": the whole portfolio
        swallowed.update(range(end + 2, last))
        return last


def _names_defined_by_acronyms(doc: Doc, entities: list[Span]) -> tuple[list[Span], bool]:
    """ "The United Nations Interim Force in Lebanon (UNIFIL)": a body's name that its acronym in brackets
    spells, whatever pieces NER cut it into ("The United", ORG; "Nations Interim Force", PERSON; "Lebanon"),
    made one organization. The name is found as Schwartz and Hearst find an abbreviation's long form: the
    acronym's letters, right to left, in the capitalized words before it, the first at a word's start."""
    names: list[Span] = []
    # (looked for in the block's ORTH array: most blocks have no bracket at all)
    orths = doc.to_array(ORTH)
    for index in [int(i) + 1 for i in (orths[:-2] == OPENING_BRACKET).nonzero()[0] if i >= 1]:
        acronym = doc[index].text
        if int(orths[index + 1]) != CLOSING_BRACKET or not (acronym.isupper() and acronym.isalpha()
                                                            and 3 <= len(acronym) <= 10):
            continue
        start = index - 1
        while start > 0 and index - 1 - start < len(acronym) + 4 and (
                doc[start - 1].is_title or doc[start - 1].is_upper and doc[start - 1].is_alpha
                or doc[start - 1].lower_ in ACRONYM_JOINING):
            start -= 1
        words = doc[start:index - 1]
        found = _long_form(acronym, words)
        # (never shorter than a name NER found over it: "Coffee-Cocoa Council (CCC)")
        if found is not None and sum(word.is_title for word in found) >= 2 \
                and not any(entity.start <= found.start and found.end <= entity.end
                            and (entity.label_ == "PERSON" or entity.start < found.start) for entity in entities):
            names.append(Span(doc, found.start, found.end, label="ORG"))
    if not names:
        return entities, False
    kept = [entity for entity in entities if not any(entity.start < name.end and name.start < entity.end for name in names)]
    return sorted([*kept, *names], key=lambda span: span.start), kept != entities or bool(names)


def _long_form(acronym: str, words: Span) -> Span | None:
    """The words, ending at the last, whose letters spell the acronym (Schwartz and Hearst, 2003)."""
    text = words.text
    letters, place = acronym.lower(), len(text) - 1
    for number in range(len(letters) - 1, -1, -1):
        letter = letters[number]
        while place >= 0 and (text[place].lower() != letter
                              or number == 0 and place > 0 and text[place - 1].isalnum()):
            place -= 1
        if place < 0:
            return None
        place -= 1
    first = next((word for word in words if word.idx - words[0].idx >= place + 1), None)
    if first is None or not first.is_title:
        return None
    return words.doc[first.i:words.end]


def _of_name(doc: Doc, start: int, end: int, joining: tuple[str, ...] = ("of", "for")) -> bool:
    """Whether a name is a body's "of" name ("Ministry of Energy", "Bureau for Reintegration Policies"): a
    joining word inside it, after its first word."""
    return any(doc[index].lower_ in joining for index in range(start + 1, end))


def _before_colon(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that NER ran on over a colon: "The Food Administration: Rolled sausage ..." (a
    headline's speaker, then what it said) names "The Food Administration"."""
    return next((index for index in range(start + 1, end) if doc[index].text == ":"), end)


def _after_description(doc: Doc, start: int, end: int) -> int:
    """Where a name starts that NER ran on from the description before it, over a comma: "The national
    federation, Esports South Africa" is "Esports South Africa"."""
    comma = next((index for index in range(start + 1, end - 1) if doc[index].text == ","), None)
    if comma is None or not doc[comma + 1].is_title:
        return start
    # (all in lower case after its article: not "the Department for Environment, Food and Rural Affairs")
    description = [word for word in doc[start:comma] if word.dep_ != "det"]
    return comma + 1 if description and all(word.is_lower for word in description) else start


def _joining_hyphen(doc: Doc, index: int) -> bool:
    """Whether a word is a hyphen joining two capitalized words without spaces: "Anne-Laure"."""
    return doc[index].text == "-" and 0 < index < len(doc) - 1 and not doc[index].whitespace_ \
        and not doc[index - 1].whitespace_ and doc[index - 1].is_title and doc[index + 1].is_title


def _name_particle(doc: Doc, index: int, particles: set[str]) -> bool:
    """Whether a word joins a name as Arabic and Sahelian names do: "al" and its hyphen in "al-Sharafi"."""
    word = doc[index]
    if word.text == "-":
        return 0 < index < len(doc) - 1 and doc[index - 1].lower_ in particles and not word.whitespace_
    return word.lower_ in particles and index + 1 < len(doc) and (doc[index + 1].text == "-" or doc[index + 1].is_title)


def _age_after(doc: Doc, end: int) -> bool:
    """Whether a name is followed by an age set off by commas: "Mykola, 61 years old,", "Ana Ruiz, 45,"."""
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    after = [word.lower_ for word in doc[end + 2:end + 5]]
    return after[:1] == [","] or after[:3] == ["years", "old", ","] or after[:2] == ["-", "year"]


def _days_of_month(doc: Doc) -> list[Span]:
    """ "will be held on the 24th": a day of the month, which NER misses or takes for an ordinal.

    Read on the block's lower-case words as ``TokenTable`` reads them (each spelling's string found once
    per process): this runs on every token of every article, and most have no such day."""
    lowers = _texts(doc.to_array(LOWER).tolist(), doc.vocab.strings)
    return [Span(doc, index - 1, index + 1, label="DATE") for index, lower in enumerate(lowers)
            if index > 1 and lower[:1].isdigit() and DAY_OF_MONTH.fullmatch(lower)
            and lowers[index - 1] == "the" and lowers[index - 2] in DAY_PREPOSITIONS
            and doc[index].ent_type_ in ("", "ORDINAL") and not doc[index - 1].ent_type_]


def agree_across_blocks(blocks: list[tuple[Doc, str]]) -> None:
    """One name, one entity, throughout an article: a name of several words that NER finds in one
    block ("Open Deck Watch") is that name wherever else it is written, though NER cut it there ("Deck
    Watch") or missed it. Only where no other name overlaps it. ``blocks``: each parsed block with its
    text (found by string search, which is cheaper than walking the tokens)."""
    entities = [doc.ents for doc, _text in blocks]
    written: dict[str, list[str]] = {"ORG": [], "PERSON": []}  # (read in one walk over the entities)
    for (_doc, text), ents in zip(blocks, entities):
        for entity in ents:
            label = entity.label_
            if label in written and len(entity) > 1 and entity[0].is_title:
                written[label].append(text[entity.start_char:entity.end_char])  # its text, not joined again
    names: dict[str, str] = {}
    for label, texts in written.items():  # a body's name NER calls a person elsewhere stays a body's
        for name in texts:
            names.setdefault(name, label)
    longest_first = sorted(names.items(), key=lambda item: -len(item[0]))
    for (doc, text), ents in zip(blocks, entities):
        found: list[Span] = []
        for name, label in longest_first:
            at = text.find(name)
            while at != -1:
                span = doc.char_span(at, at + len(name))  # None unless it starts and ends on token edges
                at = text.find(name, at + len(name))
                if span is None or any(span.start < other.end and other.start < span.end for other in found):
                    continue
                inside = [entity for entity in ents if entity.start < span.end and span.start < entity.end]
                if all(span.start <= entity.start and entity.end <= span.end for entity in inside) \
                        and not any(entity.start == span.start and entity.end == span.end for entity in inside):
                    found.append(Span(doc, span.start, span.end, label=label))
        if found:
            covered = {index for span in found for index in range(span.start, span.end)}
            kept = [entity for entity in ents if not covered & set(range(entity.start, entity.end))]
            doc.ents = sorted([*kept, *found], key=lambda span: span.start)


@Language.factory(MENDER_NAME)
def make_name_mender(nlp: Language, name: str) -> NameMender:
    return NameMender(load_gazetteer())
