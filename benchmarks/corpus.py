"""A generator of news-like articles for the benchmarks: varied, realistic, deterministic.

The seeds are two articles; measuring scale needs thousands. Each generated article is a wire story of
a few hundred words about one of a dozen disputes (states, blocs, companies, unions, NGOs): a title,
sometimes a dateline, paragraphs mixing accusations, denials, demands and claims (reported and quoted,
by named people, offices, capitals and pronouns) with neutral background sentences, dates and
subheadings. The same seed gives the same corpus, byte for byte, so runs can be compared.

    python benchmarks/corpus.py 1000 -o /tmp/corpus            # 1000 .txt files + NAME.meta.json
    python benchmarks/corpus.py 1000 -o /tmp/c --format jsonl  # one corpus.jsonl, one record a line

It prints one JSON line: documents, words, the folder. Other scripts import ``generate`` and
``write_corpus``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Article", "TOPICS", "generate", "write_corpus", "change_article"]


@dataclass(frozen=True)
class Side:
    """One party to a dispute and the ways a story names it."""

    name: str  # "Russia"
    adjective: str  # "Russian"; for a company, union or NGO its name or a generic noun
    metonyms: tuple[str, ...]  # "Moscow", "the Kremlin"
    people: tuple[tuple[str, str], ...]  # (name, role as written before the name)
    state: bool = True  # a country or bloc, which has a government; not a company, union or NGO


@dataclass(frozen=True)
class Topic:
    key: str
    a: Side  # the side that usually accuses
    b: Side  # the side that usually denies
    charges: tuple[str, ...]  # what A accuses B of
    events: tuple[str, ...]  # noun phrases for what happened
    places: tuple[str, ...]
    demands: tuple[str, ...]  # infinitive phrases: A calls on B "to ..."
    defences: tuple[str, ...]  # what B says instead (a clause)
    background: tuple[str, ...]  # neutral sentences
    third: tuple[str, ...]  # outsiders who urge restraint
    violent: bool = True  # whether people get hurt (a strike on a port, not a patent suit)


def _side(name: str, adjective: str, metonyms: tuple[str, ...], *people: tuple[str, str],
          state: bool = True) -> Side:
    return Side(name, adjective, metonyms, tuple(people), state)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "energy-strikes",
        _side("Ukraine", "Ukrainian", ("Kyiv",), ("Volodymyr Zelensky", "President"),
              ("Dmytro Kuleba", "Foreign Minister"), ("Oleksandr Kovalenko", "energy ministry spokesman")),
        _side("Russia", "Russian", ("Moscow", "the Kremlin"), ("Dmitry Peskov", "Kremlin spokesman"),
              ("Sergei Lavrov", "Foreign Minister"), ("Maria Zakharova", "foreign ministry spokeswoman")),
        ("war crimes", "deliberately targeting civilian infrastructure", "terrorism", "crimes against humanity"),
        ("missile strike on a power station", "drone attack on the grid", "overnight bombardment",
         "strike on a thermal plant"),
        ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv"),
        ("stop its attacks on energy facilities", "allow inspectors to visit the damaged plants",
         "withdraw its troops", "pay for the reconstruction of the grid"),
        ("only military targets had been hit", "the damage had been caused by Ukrainian air defence",
         "the power station supplied the armed forces"),
        ("Millions of households have faced rolling blackouts since the autumn.",
         "Engineers worked through the night to restore power to hospitals and water pumps.",
         "Temperatures in the region are expected to fall below zero later this week.",
         "The grid operator said repairs could take several weeks."),
        ("The United Nations", "The European Union", "Germany", "The International Committee of the Red Cross"),
    ),
    Topic(
        "chip-controls",
        _side("United States", "American", ("Washington", "the White House"),
              ("Antony Blinken", "Secretary of State"), ("Marco Rubio", "Senator"),
              ("Laura Whitfield", "Commerce Department spokeswoman")),
        _side("China", "Chinese", ("Beijing",), ("Wang Yi", "Foreign Minister"),
              ("Mao Ning", "foreign ministry spokeswoman"), ("Lin Jian", "foreign ministry spokesman")),
        ("espionage", "stealing trade secrets", "cyberattacks on American companies", "unfair trade practices"),
        ("breach of a chip maker's network", "export of restricted processors", "hacking campaign",
         "seizure of a shipment of servers"),
        ("Shenzhen", "Taipei", "Austin", "Singapore", "Hong Kong"),
        ("stop subsidising its chip makers", "release the detained engineers", "open its markets",
         "respect intellectual property"),
        ("the accusations were a pretext for protectionism", "its companies follow the law",
         "Washington itself runs the largest hacking operation in the world"),
        ("Semiconductor shares fell sharply in early trading.",
         "The export rules cover advanced processors and the machines used to make them.",
         "Industry groups warned that the measures could disrupt supply chains.",
         "Trade between the two economies reached a record last year."),
        ("The European Union", "Japan", "South Korea", "The World Trade Organization"),
    ),
    Topic(
        "drone-port",
        _side("Israel", "Israeli", ("Jerusalem",), ("Israel Katz", "Defence Minister"),
              ("Eitan Levy", "government spokesman"), ("Benjamin Netanyahu", "Prime Minister")),
        _side("Iran", "Iranian", ("Tehran",), ("Abbas Araghchi", "Foreign Minister"),
              ("Esmaeil Baghaei", "foreign ministry spokesman"), ("Hossein Rahimi", "Iranian envoy")),
        ("aggression", "arming militias", "terrorism", "attacking civilian shipping"),
        ("drone attack on the port", "strike on a fuel depot", "missile launch", "attack on a tanker"),
        ("Haifa", "Eilat", "the Red Sea", "the Gulf of Oman"),
        ("stop arming groups in the region", "hand over those responsible", "halt its drone programme"),
        ("it had no involvement in the attack", "the story had been invented to justify strikes",
         "it had only exercised its right to self-defence"),
        ("Shipping insurers raised premiums for vessels calling at ports in the region.",
         "Oil prices rose more than two percent after the reports.",
         "The two countries have traded strikes several times this year.",
         "Airlines rerouted several flights as a precaution."),
        ("The United States", "The United Nations Security Council", "Qatar", "France"),
    ),
    Topic(
        "line-of-control",
        _side("India", "Indian", ("New Delhi",), ("Subrahmanyam Jaishankar", "External Affairs Minister"),
              ("Randhir Jaiswal", "foreign ministry spokesman"), ("Rajiv Menon", "army spokesman")),
        _side("Pakistan", "Pakistani", ("Islamabad",), ("Ishaq Dar", "Foreign Minister"),
              ("Mumtaz Zahra Baloch", "foreign office spokeswoman"), ("Shehbaz Sharif", "Prime Minister")),
        ("ceasefire violation", "sponsoring militants", "unprovoked firing", "infiltration"),
        ("exchange of fire across the Line of Control", "shelling of border villages",
         "attack on an army post", "ambush of a patrol"),
        ("Kupwara", "Poonch", "Uri", "the Neelum valley"),
        ("dismantle the camps used by militants", "respect the ceasefire", "punish those responsible"),
        ("its troops had only responded to Indian fire", "the claims were baseless",
         "the accusations were meant to distract from unrest at home"),
        ("Villagers near the border spent the night in bunkers.",
         "Schools in the district were closed for a second day.",
         "The two neighbours agreed to a ceasefire along the frontier in 2021.",
         "Local officials said several houses had been damaged."),
        ("The United Nations", "China", "The United States", "Saudi Arabia"),
    ),
    Topic(
        "border-shelling",
        _side("Armenia", "Armenian", ("Yerevan",), ("Nikol Pashinyan", "Prime Minister"),
              ("Ararat Mirzoyan", "Foreign Minister"), ("Ani Badalyan", "foreign ministry spokeswoman")),
        _side("Azerbaijan", "Azerbaijani", ("Baku",), ("Ilham Aliyev", "President"),
              ("Hikmet Hajiyev", "presidential adviser"), ("Jeyhun Bayramov", "Foreign Minister")),
        ("ceasefire violation", "provocation", "ethnic cleansing", "shelling civilian areas"),
        ("shelling of border positions", "exchange of fire near the frontier", "drone strike on a post"),
        ("Syunik", "Tavush", "the Lachin corridor", "Sotk"),
        ("withdraw its forces from Armenian territory", "return the prisoners", "respect the peace talks"),
        ("its units had only returned fire", "Armenian forces had fired first",
         "the statement was a deliberate provocation"),
        ("The two countries have been negotiating a peace treaty for months.",
         "Border guards reported no further incidents overnight.",
         "Several villages were left without electricity after the fighting."),
        ("The European Union", "Russia", "The United States", "Iran"),
    ),
    Topic(
        "antitrust",
        _side("European Commission", "Commission", ("Brussels",),
              ("Margrethe Vestager", "competition commissioner"), ("Ursula von der Leyen", "Commission President"),
              ("Lea Zuber", "Commission spokeswoman"), state=False),
        _side("Google", "Google", ("the company",), ("Kent Walker", "Google's president of global affairs"),
              ("Mara Okafor", "company spokeswoman"), state=False),
        ("antitrust violation", "abusing its dominant position", "favouring its own services",
         "misleading consumers"),
        ("fine of 2.4 billion euros", "investigation into its advertising business", "raid on its offices"),
        ("Brussels", "Dublin", "Luxembourg"),
        ("open its app store to rivals", "sell part of its advertising business", "change its search results"),
        ("its products help millions of small businesses", "the decision ignored how the market works",
         "it would appeal the ruling"),
        ("The company's shares were little changed in New York.",
         "The case has been running for more than seven years.",
         "Rivals and consumer groups welcomed the decision.",
         "The fine will be paid into the EU budget."),
        ("The European Parliament", "Germany", "Microsoft", "The United States"),
        False,
    ),
    Topic(
        "essequibo",
        _side("Guyana", "Guyanese", ("Georgetown",), ("Mohamed Irfaan Ali", "President"),
              ("Hugh Todd", "Foreign Minister")),
        _side("Venezuela", "Venezuelan", ("Caracas",), ("Nicolás Maduro", "President"),
              ("Carla Benítez", "foreign ministry spokeswoman")),
        ("aggression", "threatening Guyana's sovereignty", "violating international law", "provocation"),
        ("incursion of naval vessels", "referendum on the Essequibo region", "troop build-up at the border"),
        ("the Essequibo region", "the Cuyuni river", "Georgetown"),
        ("respect the ruling of the International Court of Justice", "withdraw its vessels",
         "stop its military exercises"),
        ("the Essequibo has always belonged to Venezuela", "the oil companies were behind the dispute",
         "its ships were in Venezuelan waters"),
        ("The region holds some of the largest oil discoveries of the past decade.",
         "Guyana's economy has grown faster than any other in the world since oil was found.",
         "The border was set by an arbitration panel in 1899."),
        ("Brazil", "The Organization of American States", "The United States", "The United Nations"),
    ),
    Topic(
        "nile-dam",
        _side("Egypt", "Egyptian", ("Cairo",), ("Badr Abdelatty", "Foreign Minister"),
              ("Abdel Fattah el-Sisi", "President"), ("Omar Farouk", "irrigation ministry spokesman")),
        _side("Ethiopia", "Ethiopian", ("Addis Ababa",), ("Abiy Ahmed", "Prime Minister"),
              ("Meles Alem", "foreign ministry spokesman")),
        ("violating international law", "threatening water security", "acting unilaterally"),
        ("fifth filling of the dam's reservoir", "start of a new turbine", "release of water from the dam"),
        ("the Blue Nile", "Khartoum", "Aswan"),
        ("stop filling the reservoir", "sign a binding agreement", "share data on the dam's operation"),
        ("the dam would not harm downstream countries", "Ethiopia has the right to use its own water",
         "Cairo was trying to keep a colonial-era monopoly"),
        ("Egypt depends on the Nile for almost all of its fresh water.",
         "Talks between the three countries broke down again last year.",
         "The dam is the largest hydroelectric project in Africa."),
        ("The African Union", "Sudan", "The United States", "The Arab League"),
    ),
    Topic(
        "rail-strike",
        _side("Northern Rail Workers Union", "union", ("the union",), ("Tom Hadley", "general secretary"),
              ("Priya Nair", "union negotiator"), state=False),
        _side("Caldera Freight", "Caldera", ("the company", "the operator"), ("Janet Morrow", "chief executive"),
              ("Paul Verhoeven", "company spokesman"), state=False),
        ("breaking the wage agreement", "endangering staff", "intimidation of strikers", "cutting safety checks"),
        ("48-hour strike", "walkout at the Leeds depot", "suspension of two drivers", "closure of a signal box"),
        ("Leeds", "Manchester", "Newcastle", "Sheffield"),
        ("reinstate the suspended drivers", "return to the negotiating table", "raise wages in line with inflation"),
        ("the safety checks had been modernised, not cut", "the union had walked away from talks",
         "the offer was the most generous in the industry"),
        ("Freight traffic on the main line was reduced by half.",
         "Supermarkets said deliveries could be delayed.",
         "The two sides last met at the conciliation service in May."),
        ("The transport ministry", "The Confederation of British Industry", "The city council"),
        False,
    ),
    Topic(
        "rights-report",
        _side("Amnesty International", "Amnesty", ("the rights group",), ("Agnes Kariuki", "researcher"),
              ("Daniel Osei", "regional director"), state=False),
        _side("Belarus", "Belarusian", ("Minsk",), ("Alexander Lukashenko", "President"),
              ("Anatoly Glaz", "foreign ministry spokesman")),
        ("human rights violations", "torture", "arbitrary detention", "persecution of journalists"),
        ("arrest of opposition activists", "closure of independent media", "trial of protesters"),
        ("Minsk", "Grodno", "Brest", "Vitebsk"),
        ("release all political prisoners", "allow independent observers into its prisons", "end the crackdown"),
        ("the report was written on orders from the West", "those detained had broken the law",
         "the country's courts are independent"),
        ("Hundreds of people have been jailed since the disputed election.",
         "Several journalists have left the country in recent months.",
         "The report is based on interviews with more than 80 former detainees."),
        ("The European Union", "The United Nations Human Rights Council", "Lithuania", "Poland"),
    ),
    Topic(
        "water-release",
        _side("China", "Chinese", ("Beijing",), ("Lin Jian", "foreign ministry spokesman"),
              ("Wang Yi", "Foreign Minister")),
        _side("Japan", "Japanese", ("Tokyo",), ("Fumio Kishida", "Prime Minister"),
              ("Hirokazu Matsuno", "chief cabinet secretary")),
        ("endangering the marine environment", "treating the ocean as a sewer", "hiding data"),
        ("release of treated water from the plant", "start of the discharge", "new round of discharges"),
        ("Fukushima", "the Pacific", "Okuma"),
        ("stop the discharge", "allow independent sampling", "share all monitoring data"),
        ("the water was safe and met international standards", "the release had been approved by the IAEA",
         "Beijing's claims were not based on science"),
        ("Fishing communities along the coast fear for their livelihoods.",
         "Seafood exports to the mainland fell sharply after the ban.",
         "The plant was wrecked by a tsunami in 2011."),
        ("The International Atomic Energy Agency", "South Korea", "The Pacific Islands Forum"),
        False,
    ),
    Topic(
        "vaccine-patents",
        _side("Moderna", "Moderna", ("the company",), ("Stephane Bancel", "chief executive"),
              ("Ruth Albers", "company spokeswoman"), state=False),
        _side("Pfizer", "Pfizer", ("the drugmaker",), ("Albert Bourla", "chief executive"),
              ("Kevin Marsh", "company spokesman"), state=False),
        ("patent infringement", "copying its technology", "misleading regulators"),
        ("lawsuit over its vaccine patents", "ruling by a patent court", "launch of a rival vaccine"),
        ("Boston", "London", "Düsseldorf"),
        ("pay damages", "stop selling the vaccine in Europe", "license the technology"),
        ("its vaccine was developed independently", "the patents were invalid",
         "the lawsuit had no merit"),
        ("The companies earned billions of dollars from their vaccines during the pandemic.",
         "Patent cases of this kind often take years to resolve.",
         "Shares in both companies were little changed."),
        ("The World Health Organization", "A patients' association", "The European Medicines Agency"),
        False,
    ),
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
AGENCIES = ("Meridian", "Northwire", "Global Desk", "Continental Press", "Harbour News")
ACCUSE_VERBS = ("accused", "blamed", "condemned", "denounced", "criticised", "lambasted")
DENY_VERBS = ("denied", "rejected", "dismissed", "disputed", "refuted")
DEMAND_VERBS = ("called on", "urged", "demanded that")
CLAIM_VERBS = ("said", "insisted", "argued", "stressed", "maintained", "told reporters")
DISMISSALS = ("baseless", "absurd", "a pack of lies", "pure propaganda", "unfounded", "a provocation")


@dataclass(frozen=True)
class Article:
    """One generated article: its file stem, text and metadata (``NAME.meta.json``)."""

    name: str
    text: str
    meta: dict

    @property
    def words(self) -> int:
        return len(self.text.split())


def _cap(text: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` would lower-case the names after it)."""
    return text[:1].upper() + text[1:]


class _Writer:
    """Writes one story; every choice comes from its own ``random.Random``."""

    def __init__(self, rng: random.Random, topic: Topic, published: dt.date) -> None:
        self.rng = rng
        self.t = topic
        self.published = published
        # Sides swap now and then, so both accuse and both deny across the corpus.
        self.a, self.b = (topic.a, topic.b) if rng.random() < 0.75 else (topic.b, topic.a)
        self.used: set[str] = set()

    def pick(self, options):
        return self.rng.choice(options)

    def when(self) -> str:
        """A date phrase: a weekday of the week before publication, or a day and month."""
        days_back = self.rng.randint(0, 6)
        day = self.published - dt.timedelta(days=days_back)
        form = self.rng.random()
        if form < 0.4:
            return f"on {WEEKDAYS[day.weekday()]}"
        if form < 0.8:
            return f"on {MONTHS[day.month - 1]} {day.day}"
        return "earlier this week" if days_back < 4 else "last week"

    def name(self, side: Side, first: bool = False) -> str:
        """The side as a story names it: its name, a capital or seat, its government, or a person."""
        r = self.rng.random()
        if first or r < 0.45:
            return "the " + side.name if side.name.startswith(("United", "European")) else side.name
        if r < 0.7:
            return self.pick(side.metonyms)
        if r < 0.82 and side.state:
            return f"the {side.adjective} government"
        person, role = self.pick(side.people)
        return f"{role} {person}"

    def who(self, side: Side) -> str:
        """Whose officials: "Ukrainian officials", "Pfizer officials"."""
        return side.adjective if side.state else side.name

    def quote(self, kind: str) -> str:
        t, a, b = self.t, self.a, self.b
        options = {
            "accuse": (f"This is {self.pick(t.charges)}, and the world must see it for what it is",
                       f"{b.name} bears full responsibility for the {self.pick(t.events)}",
                       f"Nobody should be fooled by what {self.pick(b.metonyms)} is saying"),
            "deny": (f"These accusations are {self.pick(DISMISSALS)}",
                     f"We have nothing to do with the {self.pick(t.events)}",
                     f"{a.name} is trying to hide its own failures"),
            "demand": (f"We expect {b.name} to {self.pick(t.demands)} without delay",
                       f"The only way forward is for {self.pick(b.metonyms)} to {self.pick(t.demands)}"),
        }
        return self.pick(options[kind])

    def accusation(self) -> str:
        t, a, b = self.t, self.a, self.b
        person, role = self.pick(a.people)
        form = self.rng.randrange(5)
        if form == 0:
            verb, link = self.pick((("accused", "of"), ("blamed", "for"), ("charged", "with")))
            return f"{_cap(self.name(a))} {verb} {self.name(b)} {link} {self.pick(t.charges)} {self.when()}."
        if form == 1:
            return (f"{_cap(role)} {person} blamed {self.name(b)} for the {self.pick(t.events)} in "
                    f"{self.pick(t.places)}, saying it amounted to {self.pick(t.charges)}.")
        if form == 2:
            return f"“{self.quote('accuse')},” {person} said {self.when()}."
        if form == 3:
            return (f"In a statement, {self.name(a)} {self.pick(ACCUSE_VERBS[2:])} the {self.pick(t.events)} "
                    f"as {self.pick(t.charges)} and held {b.name} responsible.")
        return (f"{_cap(self.name(a))} has repeatedly accused {self.name(b)} of {self.pick(t.charges)}, "
                f"a charge {self.pick(b.metonyms)} rejects.")

    def denial(self) -> str:
        t, a, b = self.t, self.a, self.b
        person, role = self.pick(b.people)
        form = self.rng.randrange(5)
        if form == 0:
            return (f"{_cap(self.name(b))} {self.pick(DENY_VERBS)} the accusations {self.when()}, "
                    f"calling them “{self.pick(DISMISSALS)}”.")
        if form == 1:
            return f"{_cap(role)} {person} rejected the claims, insisting that {self.pick(t.defences)}."
        if form == 2:
            return f"“{self.quote('deny')},” {person} told reporters in {self.pick(t.places)}."
        if form == 3:
            return f"{_cap(self.name(b))} dismissed the charges by {self.name(a)} as {self.pick(DISMISSALS)}."
        return (f"{person} denied that {b.name} had been involved in the {self.pick(t.events)}. "
                f"{self.pick(('He', 'The official'))} said {self.pick(t.defences)}.")

    def demand(self) -> str:
        t, a, b = self.t, self.a, self.b
        person, role = self.pick(a.people)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{_cap(self.name(a))} called on {self.name(b)} to {self.pick(t.demands)}."
        if form == 1:
            return f"{self.pick(t.third)} urged both sides to show restraint and to resume talks."
        if form == 2:
            return f"“{self.quote('demand')},” {role} {person} said."
        return f"{person} demanded that {b.name} {self.pick(t.demands).replace('to ', '', 1)}."

    def claim(self) -> str:
        t, a, b = self.t, self.a, self.b
        form = self.rng.randrange(4)
        if form == 0:
            person, _ = self.pick(b.people)
            return f"{person} {self.pick(CLAIM_VERBS[:5])} that {self.pick(t.defences)}."
        if form == 1 and t.violent:
            return (f"According to {self.who(a)} officials, {self.rng.randint(2, 40)} people were hurt in the "
                    f"{self.pick(t.events)} in {self.pick(t.places)}.")
        if form == 1:
            return f"According to {self.who(a)} officials, the {self.pick(t.events)} was only the first step."
        if form == 2:
            person, role = self.pick(a.people)
            return f"{_cap(role)} {person} said the {self.pick(t.events)} had been planned for weeks."
        return f"{_cap(self.name(b))} said it would respond {self.when()} if the pressure continued."

    def background(self) -> str:
        year = self.published.year - self.rng.randint(1, 12)
        options = (*self.t.background,
                   f"Relations between {self.t.a.name} and {self.t.b.name} have been strained since {year}.",
                   "Analysts said the dispute was unlikely to be resolved quickly.",
                   f"{self.pick(self.t.third)} is expected to discuss the matter {self.when()}.",
                   "Officials did not give further details.")
        return self.pick(options)

    def sentence(self) -> str:
        """A sentence of a paragraph, not one the story already has (wire copy rarely repeats itself)."""
        makers = (self.accusation, self.denial, self.demand, self.claim, self.background, self.background)
        for _ in range(4):
            sentence = self.pick(makers)()
            if sentence not in self.used:
                break
        self.used.add(sentence)
        return sentence

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def heading(self) -> str:
        return self.pick((f"{self.a.name} demands answers", f"{self.b.name} rejects the charges",
                          f"Tensions over the {self.pick(self.t.events).split(' of ')[0]}",
                          f"Reaction in {self.pick(self.t.places)}", "A long-running dispute"))

    def title(self) -> str:
        t, a, b = self.t, self.a, self.b
        return self.pick((
            f"{a.name} accuses {b.name} of {self.pick(t.charges)} after {self.pick(t.events)}",
            f"{b.name} denies role in {self.pick(t.events)} in {self.pick(t.places)}",
            f"{a.name} calls on {b.name} to {self.pick(t.demands)}",
            f"{b.name} rejects {self.who(a)} charges over {self.pick(t.events)}",
        ))

    def story(self, min_words: int, max_words: int) -> str:
        target = self.rng.randint(min_words, max_words)
        lead = (f"{self.name(self.a, first=True)} accused {self.name(self.b, first=True)} "
                f"of {self.pick(self.t.charges)} {self.when()}, after the {self.pick(self.t.events)} in "
                f"{self.pick(self.t.places)}.")
        if self.rng.random() < 0.5:
            place = self.pick(self.t.places).upper().replace("THE ", "")
            lead = (f"{place}, {MONTHS[self.published.month - 1][:3]} {self.published.day} "
                    f"({self.pick(AGENCIES)}) - " + lead)
        lines = [self.title(), _cap(lead), self.denial() + " " + self.claim()]
        words = sum(len(line.split()) for line in lines)
        while words < target:
            heading = self.rng.random() < 0.12 and not lines[-1].endswith(tuple("abcdefghijklmnopqrstuvwxyz"))
            line = self.heading() if heading else self.paragraph()
            lines.append(line)
            words += len(line.split())
        if not lines[-1].endswith((".", "”")):
            lines.append(self.background())  # a story does not end on a subheading
        return "\n\n".join(lines) + "\n"


def generate(n: int, seed: int = 1, *, min_words: int = 250, max_words: int = 600) -> Iterator[Article]:
    """``n`` articles; article ``i`` depends only on ``(seed, i)``, so a corpus of 100 is a prefix of 10,000."""
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        topic = rng.choice(TOPICS)
        published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        text = _Writer(rng, topic, published).story(min_words, max_words)
        meta = {"published": published.isoformat(), "source": rng.choice(AGENCIES) + " (synthetic)",
                "language": "en", "topic": topic.key}
        yield Article(f"{i:05d}_{topic.key}", text, meta)


def write_corpus(out: Path, n: int, seed: int = 1, fmt: str = "txt") -> dict:
    """Write ``n`` articles into ``out`` (txt: one file each plus NAME.meta.json; jsonl: corpus.jsonl)."""
    out.mkdir(parents=True, exist_ok=True)
    documents = words = 0
    if fmt == "jsonl":
        with open(out / "corpus.jsonl", "w", encoding="utf-8") as stream:
            for article in generate(n, seed):
                stream.write(json.dumps({"id": article.name, "text": article.text, **article.meta},
                                        ensure_ascii=False) + "\n")
                documents, words = documents + 1, words + article.words
    else:
        for article in generate(n, seed):
            (out / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
            (out / f"{article.name}.meta.json").write_text(json.dumps(article.meta) + "\n", encoding="utf-8")
            documents, words = documents + 1, words + article.words
    return {"documents": documents, "words": words, "seed": seed, "format": fmt, "out": str(out)}


def change_article(path: Path, seed: int = 99) -> None:
    """Edit one .txt article in place the way a correction would: a paragraph added near the end."""
    text = path.read_text(encoding="utf-8")
    rng = random.Random(seed)
    writer = _Writer(rng, rng.choice(TOPICS), dt.date(2024, 5, 1))
    path.write_text(text.rstrip("\n") + "\n\n" + writer.paragraph() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles (100 to 10,000 for the benchmarks)")
    parser.add_argument("-o", "--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    args = parser.parse_args(argv)
    print(json.dumps(write_corpus(args.out, args.n, args.seed, args.format)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
