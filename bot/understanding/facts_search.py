"""Company facts found by ranking the facts themselves, not by phrasings written for them.

Each fact is a short document: its statement, its article sentence, its metric's label and
who is quoted. A question's content words are weighed against them as in BM25 (rare words
count more, a long sentence less), with synonyms, light stemming and typo tolerance. The kind
of question must fit the kind of answer: "who" wants a person, "when" a date, "how much" an
amount. A new article's facts are answerable as soon as they are in `facts/`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.knowledge.files import Fact
from bot.understanding.entities import MONEY_TERM, MONTHS, WORD
from bot.understanding.frames import STOPWORDS, Ask
from bot.understanding.lexicon import FuzzyWords, Tolerance
from bot.understanding.normalise import clean

# Two capitalised words are taken for a person's name, unless the first is a capitalised function
# word that starts a sentence ("The Rocket", "In March").
NOT_A_NAME = (
    r"(?!(?:The|A|An|In|On|At|By|For|From|Its|His|Her|Their|This|That|These|Those|And|But|Then|When)\b)"
)
PERSON_NAME = re.compile(rf"\b{NOT_A_NAME}[A-Z][a-z]+ [A-Z][a-z]+\b")
INNER_NAME = re.compile(
    r"(?<=[a-z,] )[A-Z][A-Za-z]*[a-z][A-Za-z]*"
)  # a capitalised word after a lower-case one
PERSON = re.compile(rf"{PERSON_NAME.pattern}|\b(?:CEO|chief|insider|analyst|founder|designer)\b")
DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|\byears? old\b|\bfew years\b"
)
AMOUNT = re.compile(r"\$|\d")
DATE_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")  # fmt: skip
REASON = re.compile(
    r"\b(?:why|because|reason|due to|as a result|for its|transition|so that|in order to|pushed by)\b", re.I
)
OF_SALES = re.compile(r"\b(?:sales\b(?! target| goal)|sold\b|sell\b)", re.I)
# A reason given for two figures that differ: "the gap between its own figure and IDC's comes from
# phones shipped late" ("the 58 million figure comes from reports" is where one is from, no reason)
DIFFERENCE = re.compile(r"\b(?:differ\w*|gap|discrepancy|disagree\w*)\b", re.I)
DIFFERENCE_REASON = re.compile(r"\b(?:comes? from|caused by|explained by|owing to|put down to)\b", re.I)
# A place the knowledge base's place list does not know, named as one: "based in Istanbul", "a plant
# in Gebze" (a capitalised word after "in" that is no month: "in April 2018" is a date)
NAMED_PLACE = re.compile(
    r"\b(?:based|headquartered|located|plant|factory|offices?|born) (?:in|at|near) (?!(?:"
    + "|".join(DATE_MONTHS)
    + r")\b)[A-Z][a-z]+"
)
# "based in Istanbul" says where a company is headquartered ("China-based" names no place)
BASED_IN_A_PLACE = re.compile(r"(?<![\w-])based (?=in [A-Z])")
QUOTE_PARTS = re.compile(r"[,;()]|\b(?:per|via|according to)\b")
GENERIC_TITLES = frozenset({"ceo", "cfo", "chief", "founder", "analyst", "insider"})
MIN_DESCRIPTION_WORD = 3  # "ceo" describes; "a", "of" do not


def quoted_names(facts: Iterable[Fact]) -> tuple[str, ...]:
    """The people and outlets the facts quote, in lower case, longest first: 'kevin wang',
    'the wall street journal' -> 'wall street journal', 'canalys'. A part of `quoted` written
    with a capital is a name; a description ("a research firm", "industry insider") is not."""
    names = set()
    for fact in facts:
        for part in QUOTE_PARTS.split(fact.quoted):
            part = re.sub(r"^(?:the|The)\s+", "", part.strip())
            if not part[:1].isupper() or len(part.split()) > 4:
                continue
            name = clean(part)
            if name and name not in GENERIC_TITLES:
                names.add(name)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def quoted_by_description(facts: Iterable[Fact]) -> dict[str, str]:
    """The last word of the description a fact gives right after a quoted name, to that name, where
    no other name has it: 'insider' -> 'kevin wang' ("Kevin Wang, industry insider"), 'ceo' ->
    'lei jun' ("Lei Jun (CEO)"); "the insider's figure" is his."""
    owners: dict[str, set[str]] = {}
    for fact in facts:
        parts = [part.strip() for part in QUOTE_PARTS.split(fact.quoted) if part.strip()]
        if len(parts) < 2 or not parts[0][:1].isupper():
            continue
        name = clean(re.sub(r"^(?:the|The)\s+", "", parts[0]))
        described = clean(parts[1]).split()
        if described and len(described[-1]) >= MIN_DESCRIPTION_WORD and described[-1] not in name.split():
            owners.setdefault(described[-1], set()).add(name)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


KINDS_CHECKED = (Ask.WHO, Ask.WHEN, Ask.WHERE, Ask.HOW_MUCH)  # kinds of answer a fact must be of


@dataclass(frozen=True)
class Ranking:
    """How well one fact fits a question."""

    fact: Fact
    score: float  # BM25, with the kind-of-answer factor applied
    coverage: float  # share of the question's weight the fact matches, 0-1
    kinds: frozenset[Ask]  # the kinds of question the fact can answer
    matched_weight: float = 0.0  # the weight of the question's words the fact has
    named_only: bool = False  # the question named a person or product and asked nothing more
    weak_only: bool = False  # every word it matched is a figure word ("sold", "sales")
    covered: frozenset[str] = frozenset()  # the question's asking terms the fact has
    weights: Mapping[str, float] | None = None  # every query term's weight (shared by the rankings)


@dataclass(frozen=True)
class FactQuery:
    """What a fact is looked for with: the question's words and what it names and asks."""

    words: tuple[str, ...]
    asks: tuple[Ask, ...] = ()
    subjects: tuple[str, ...] = ()  # only facts concerning one of these, when any are named
    scopes: tuple[str, ...] = ()  # places and products a fact must name
    weak: tuple[str, ...] = ()  # figure words, which say less about which fact is meant
    period_part: str | None = None  # "Q3": a fact of another part of a year does not answer
    main_subject: str = ""  # whom a question naming no company and no person is about
    years: tuple[int, ...] = ()  # a fact of another year answers only if its words name one asked
    unknown: tuple[str, ...] = ()  # words known nowhere: weighed, never matched ("tim" is no "time")
    yes_no: bool = False  # "is Lei Jun the CEO?": a fact saying who someone is fits best
    details: tuple[str, ...] = ()  # small words that tell facts apart but ask nothing: "three" priorities
    # sums of money named: "a xiaomi for under 150 bucks" is no question of a $46 billion valuation
    money: tuple[float, ...] = ()
    # "what is $650?": the sum alone is asked about, and says whose it is ("are their phones under
    # $650?" is of the company talked about)
    sum_asked_about: bool = False
    # numbers of units named: "where did lei jun speak about the 80 million?" is of a fact saying 80 million
    amounts: tuple[float, ...] = ()


@dataclass(frozen=True)
class SearchSettings:
    k1: float = 1.2
    b: float = 0.75
    wrong_kind_factor: float = 0.25  # a "who" question against a fact naming nobody
    min_coverage: float = 0.5  # of the question's word weight, for a fact to answer it
    related_share: float = 0.6  # facts scoring this share of the best are said with it
    max_facts: int = 3
    unknown_word_weight: float = 0.5  # of the rarest known word's weight
    definition_factor: float = 2.0  # "who is X?" and a fact saying "X is ..."
    weak_word_weight: float = 0.5  # figure words' weight: "top" says less than "priority"
    min_weight: float = 1.2  # matched word weight a fact needs: "phones" alone is in half the facts
    # A word found only in the article's sentence, not in the fact's own statement: the sentence
    # is shared by several facts ("... the CEO said Xiaomi needs to focus on smartphones"), so it
    # says less about which of them is meant.
    sentence_only_weight: float = 0.5
    sentence_only_cover: float = 0.5
    detail_factor: float = 0.25  # per detail word a fact's own words have: "three 'directions'"
    # per word asked that a fact's statement says itself, not only its metric's name: "what did lei
    # jun say about priorities?" fits "... not the No. 1 priority" best of his facts on priorities
    stated_factor: float = 0.04
    amount_factor: float = 2.0  # a fact stating a number the question names, over one that does not
    # of who said what: a fact naming every one of several years asked ("2017 needs to match 2015"),
    # over one naming fewer
    all_years_factor: float = 2.0


MIN_FACTS_OF_A_COMPANY = 5  # a company known from an article of its own, not from one passing fact
MODEL_NAME = re.compile(r"\b(?!(?:q|h|fy)\d\b)([a-z]+)(\d+)\b")  # "k5", not a period ("q3", "h1")
DECIMAL = re.compile(r"\d+[.,]\d+")  # a figure written with a decimal point: "6.5", "34.7"


MILLIONS_SAID = re.compile(r"\b(\d+(?:\.\d+)?) million\b")


def _amounts_stated(fact: Fact) -> frozenset[float]:
    """The amounts a fact states: its value, and every "N million" its statement says."""
    said = {float(n) * 1e6 for n in MILLIONS_SAID.findall(fact.statement)}
    return frozenset({*said, *((fact.value,) if fact.value is not None else ())})


def stem(word: str) -> str:
    """Light stemming, the same on both sides: 'launched', 'launches', 'launching' -> 'launch';
    'make', 'makes', 'making' -> 'mak'."""
    if len(word) <= 3 or word in MONTHS:
        return word  # ("june" is no "jun", a name's)
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(suffix)] + keep
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


MAX_CLEANED = 100_000  # texts remembered cleaned: the facts' own, a bound for a huge knowledge base
METRIC_WEIGHT = 3  # a fact's metric says what it is about: its words count as often as this


MONEY_UNITS = frozenset({"usd", "dollars", "$"})


def fact_text(fact: Fact, label: str) -> str:
    return " ".join((fact.sentence, own_text(fact, label)))


def own_text(fact: Fact, label: str) -> str:
    """What a fact says itself: its statement, its metric's name and who it quotes (not the
    article sentence, which several facts share)."""
    about = " ".join([label, fact.metric.replace("_", " ")] * METRIC_WEIGHT)
    # a sum of money asked about ("$650") is looked for among the facts in money
    unit = MONEY_TERM if fact.unit.lower() in MONEY_UNITS else ""
    return " ".join((fact.statement or fact.sentence, about, fact.quoted, unit))


class FactIndex:
    """Facts of the `fact` metrics, prepared once for ranking."""

    def __init__(
        self,
        facts: Iterable[Fact],
        labels: Mapping[str, str],
        synonyms: Mapping[str, str],
        settings: SearchSettings | None = None,
        tolerance: Tolerance | None = None,
        places: tuple[str, ...] = (),
        not_people: frozenset[str] = frozenset(),
        absent_phrases: Mapping[str, Iterable[str]] | None = None,
        own_words: frozenset[str] = frozenset(),
    ):
        """`absent_phrases`: for each thing the bot has no figures of, the lexicon's ways of saying
        it ("headquarters": "headquartered", "hq", "based in"), which a fact may say it with.
        `own_words`: words of their own the facts do not use ("lunch"), never read as a slip of
        one they do ("launch")."""
        self.settings = settings = settings or SearchSettings()
        self.words_of_their_own = own_words
        self.absent_phrases = {w: tuple(p) for w, p in (absent_phrases or {}).items()}
        self._cleaned: dict[str, str] = {}
        self.places = [re.compile(rf"\b{re.escape(p)}\b") for p in places]
        self.synonyms = {w: m for w, m in synonyms.items() if " " not in w}
        # Expressions read as one word on the facts' side: "the upper hand" is "beat". One pattern
        # for all of them, longest first, so each text is read once.
        self.phrase_meanings = {w: m for w, m in synonyms.items() if " " in w}
        longest_first = sorted(self.phrase_meanings, key=lambda w: (-len(w), w))
        self.phrases = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b") if longest_first else None
        )
        self.facts = list(facts)
        self.docs = [Counter(self.terms(fact_text(f, labels.get(f.metric, "")))) for f in self.facts]
        self.own = [frozenset(self.terms(own_text(f, labels.get(f.metric, "")))) for f in self.facts]
        self.stated = [frozenset(self.terms(f.statement or f.sentence)) for f in self.facts]
        self.position = {id(f): i for i, f in enumerate(self.facts)}
        # Every word of a fact's own text, small ones included, for the question's details.
        self.own_words = [frozenset(self._words(own_text(f, ""))) for f in self.facts]
        # the numbers of millions each fact states, in its value or its words: 80 million of the goal
        self.amounts_stated = [_amounts_stated(f) for f in self.facts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.average_length = sum(self.lengths) / len(self.lengths) if self.lengths else 1.0
        # Each word's facts: a question reads only the facts that share a word with it, however
        # many figures the knowledge base holds.
        self.postings: dict[str, list[int]] = {}
        for i, doc in enumerate(self.docs):
            for term in doc:
                self.postings.setdefault(term, []).append(i)
        frequency = Counter(t for d in self.docs for t in d)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
        self.max_idf = max(self.idf.values(), default=1.0)
        # A month is a period: the question's reader spells one only where a month stands, so no
        # other word is read as one here ("marsh", a name, is no "march").
        self.spelling = FuzzyWords([t for t in self.idf if t not in MONTHS], tolerance or Tolerance())
        self.kinds = [self._answer_kinds(f) for f in self.facts]
        self._places_named = {
            f.id for f, kinds in zip(self.facts, self.kinds, strict=True) if Ask.WHERE in kinds
        }
        # each sum of money a fact states, as a price or an end of a range, and whose it is: read
        # once, not per question
        self.sum_owners: dict[float, frozenset[str]] = {}
        for fact in self.facts:
            if not fact.subjects or fact.unit.lower() not in MONEY_UNITS:
                continue
            for end in (fact.value, fact.value_to):
                if end is not None:
                    self.sum_owners[end] = self.sum_owners.get(end, frozenset()) | {fact.subjects[0]}
        # Each word used by the facts of one company alone, of a company with an article of its
        # own: prepared once, so a question reads a word's owner, not every fact using it.
        facts_about = Counter(f.subjects[0] for f in self.facts)
        self.owner: dict[str, str] = {}
        # ... but a word for a thing the bot has no figures of ("headquartered") is any company's,
        # and with no company named it is the main one's
        generic = {t for phrases in self.absent_phrases.values() for p in phrases for t in self.terms(p)}
        for term, indices in self.postings.items():
            if term in generic:
                continue
            companies = {self.facts[i].subjects[0] for i in indices}
            if len(companies) == 1 and facts_about[next(iter(companies))] >= MIN_FACTS_OF_A_COMPANY:
                self.owner[term] = next(iter(companies))
        self.metric_terms = [frozenset(self.terms(f.metric.replace("_", " "))) for f in self.facts]
        self.quoted_names = quoted_names(self.facts)
        self.quoted_by_description = quoted_by_description(self.facts)
        # People the facts name ("Lei Jun"): a question naming one is about facts that name them.
        names = {n for f in self.facts for n in PERSON_NAME.findall(f"{f.statement} {f.quoted}")}
        people = {w for n in names if not set(n.lower().split()) & not_people for w in n.lower().split()}
        # ... and so are other names written with a capital inside a sentence ("TechInAsia").
        inner = {m.lower() for f in self.facts for m in INNER_NAME.findall(f"{f.statement} {f.quoted}")}
        # A word the facts also write in lower case is a common word ("the World Internet
        # Conference", "in the world"), and a month is a date: neither is a name.
        texts = " ".join(f"{f.statement} {f.sentence}" for f in self.facts)
        common = set(re.findall(r"\b[a-z][a-z']+\b", texts)) | {m.lower() for m in DATE_MONTHS}
        people -= common
        inner -= common
        # A word other words are synonyms of ("os" -> "android") is a thing asked about, not a name.
        concepts = frozenset(synonyms.values())
        # Each such word with the words that say it: "known" is said as "called", "nicknamed".
        self.said_as: dict[str, frozenset[str]] = {
            concept: frozenset(w for w, c in synonyms.items() if c == concept) for concept in concepts
        }
        self.person_words = frozenset(
            people | {w for w in inner - not_people - concepts if w not in STOPWORDS and len(w) > 3}
        )
        self.words = frozenset(
            w for f in self.facts for w in self._words(fact_text(f, labels.get(f.metric, "")))
        )

    def _clean(self, text: str) -> str:
        # Each fact's texts are read several ways when the index is built: cleaned once each.
        cleaned = self._cleaned.get(text)
        if cleaned is None:
            cleaned = clean(text)
            if len(self._cleaned) < MAX_CLEANED:
                self._cleaned[text] = cleaned
        return cleaned

    def _words(self, text: str) -> list[str]:
        return [w.split("'", 1)[0] for w in WORD.findall(self._clean(text))]

    def terms(self, text: str) -> list[str]:
        out = []
        if self.phrases:
            text = self.phrases.sub(lambda m: self.phrase_meanings[m.group()], self._clean(text))
        # a figure's digits are no words of it: "6.5 million" has no "5" for "the k5" to match
        # ... and a model is read as the question reads it: "K5" is "k 5", as "mi6" is "mi 6"
        for word in self._words(MODEL_NAME.sub(r"\1 \2", DECIMAL.sub(" ", text).lower())):
            word = self.synonyms.get(word, word)
            if word and word not in STOPWORDS:
                out.append(stem(word))
        return out

    def _answer_kinds(self, fact: Fact) -> frozenset[Ask]:
        text = f"{fact.statement} {fact.quoted}"
        # A company named in two words ("Qinlan Mobile") is no person.
        without_companies = text
        for company in fact.subjects:
            without_companies = without_companies.replace(company, "")
        kinds = {Ask.WHAT, Ask.WHICH, Ask.HOW_MANY, Ask.SAID}
        if REASON.search(fact.statement):
            kinds.add(Ask.WHY)
        if any(place.search(text) for place in self.places) or NAMED_PLACE.search(fact.statement):
            kinds.add(Ask.WHERE)
        # "Who" is answered by a person, a company besides the subject, or whoever is quoted by
        # name ("data published in August" names nobody).
        if PERSON.search(without_companies) or len(fact.subjects) > 1 or quoted_names([fact]):
            kinds.add(Ask.WHO)
        if DATE.search(fact.statement) or fact.unit == "year" or fact.period:
            kinds.add(Ask.WHEN)
        if fact.value is not None or AMOUNT.search(fact.statement):
            kinds.add(Ask.HOW_MUCH)
        return frozenset(kinds)

    def names_a_place(self, fact: Fact) -> bool:
        """Whether a fact names a place: a market, a city, the town of a plant."""
        return fact.id in self._places_named

    def places_facts(self, subjects: Iterable[str]) -> list[Fact]:
        """The facts about these companies that name places (where they sell), as data: for a
        place none of them names."""
        wanted = set(subjects)
        return [
            f for f in self.facts if self.names_a_place(f) and wanted & set(f.subjects) and f.value is None
        ]

    def about_people(self, metrics: Iterable[str]) -> bool:
        """Whether facts of these metrics say who someone is (the CEO's, not the valuation's): a
        role asked of a person ("jony ive's job") is then who that person is."""
        wanted = set(metrics)
        return any(f.metric in wanted and Ask.WHO in k for f, k in zip(self.facts, self.kinds, strict=True))

    def speaking_of(self, facts: Iterable[Fact], words: Iterable[str]) -> list[Fact]:
        """Of these facts, those whose statement says every one of `words`, as any form of it
        ('headquartered' says 'headquarters'; so does 'based in Istanbul'), as a synonym, or as the
        lexicon says it ('hq')."""
        wanted = [w for w in words if w not in STOPWORDS]

        def forms(word: str) -> str:
            # A word of its own, not half of another ("low-cost" says no costs), in a form that is
            # no bare singular of a plural asked: "customer satisfaction" counts no customers.
            stemmed = rf"(?<![\w-]){re.escape(stem(word))}{'' if stem(word) == word else '[a-z]+'}"
            # ... or a word or phrase the synonyms or the lexicon say it with
            said_as = {*self.said_as.get(word, ()), *self.absent_phrases.get(word, ())}
            said = [rf"(?<![\w-]){re.escape(w)}" for w in sorted(said_as)]
            return "|".join([stemmed, *said])

        patterns = [re.compile(rf"(?:{forms(w)})(?![\w-])", re.I) for w in wanted]

        def says_all(fact: Fact) -> bool:
            text = BASED_IN_A_PLACE.sub("headquartered ", fact.statement or fact.sentence)
            return all(p.search(text) for p in patterns)

        return [f for f in facts if patterns and says_all(f)]

    def defining(self, subject: str) -> list[Fact]:
        """What a company is, as the facts say it: "Xiaomi is one of the largest China-based
        smartphone manufacturers". For "tell me about xiaomi", naming nothing else."""
        says_what = re.compile(rf"^{re.escape(subject)} is\b", re.IGNORECASE)
        found = [f for f in self.facts if subject in f.subjects and says_what.search(f.statement)]
        found.sort(key=lambda f: f.period, reverse=True)  # what it is now before what it was
        return found[: self.settings.max_facts]

    def dated(
        self, month: int, years: Iterable[int], subjects: Iterable[str] = (), people: Iterable[str] = ()
    ) -> list[Fact]:
        """The facts that say something happened in a month of these years: "In March 2015, CEO
        Lei Jun scaled the 2015 goal back" for "what happened in march 2015?"; of the people
        named, when any are ("what did kevin wang say in april 2017?")."""
        name = DATE_MONTHS[month - 1]
        wanted, about = {str(y) for y in years}, set(subjects)
        people = [p.lower() for p in people]
        on_date = re.compile(rf"\b{name}(?: \d{{1,2}},)? (?P<year>\d{{4}})\b")
        found = [
            f
            for f in self.facts
            if (not about or about & set(f.subjects))
            and all(p in f"{f.statement} {f.quoted}".lower() for p in people)
            and any(m.group("year") in wanted for m in on_date.finditer(f.statement))
        ]
        return found[: self.settings.max_facts]

    def named_by_facts(self, labels: Iterable[str]) -> tuple[str, ...]:
        """Of these places and products, the ones some fact names."""
        return tuple(label for label in labels if any(mentions(f, (label,)) for f in self.facts))

    def rank(self, question: FactQuery) -> list[Ranking]:
        """Facts that fit, best first: concerning a company named, naming every place or product
        named, and naming any person the question names."""
        asks, subjects, scopes = question.asks, question.subjects, question.scopes
        query: list[str] = []
        for word in question.words:
            word = self.synonyms.get(word, word)
            if word in STOPWORDS:
                continue
            term = stem(word)
            if word in question.unknown and term in self.idf:
                query.append(
                    f"?{word}"
                )  # a stem colliding with a known word's ("tim", "time"): never matched
                continue
            if term not in self.idf and word not in self.words_of_their_own:
                term = self.spelling.closest(term) or term
            query.append(term)
        query = list(dict.fromkeys(query))
        if not query:
            return []
        people = [t for t in query if t in self.person_words]
        if not subjects and not people and question.sum_asked_about:
            subjects = self._stating_the_sum(question.money)  # "what is $650?": the iPhone's price
        if not subjects and not people and question.main_subject:
            # "when does the k5 launch?": a word only another company's facts use is about that
            # company; otherwise "who is the ceo?" is the main company's
            subjects = self._only_company_of(query) or (question.main_subject,)
        scope_terms = {t for label in scopes for t in self.terms(label)}
        # What is asked about a person or product: coverage is judged on these words alone.
        asking = [t for t in query if t not in people and t not in scope_terms] or query
        weight = {t: self.idf.get(t, self.max_idf * self.settings.unknown_word_weight) for t in query}
        # Figure words ("top", "target") say less about which fact is meant than the rest.
        weak = {stem(self.synonyms.get(w, w)) for w in question.weak} & set(weight)
        for term in weak:
            weight[term] *= self.settings.weak_word_weight
        total = sum(weight[t] for t in asking)
        asking_weight = {t: weight[t] / total for t in asking} if total else {}
        wanted = [a for a in asks if a in KINDS_CHECKED]
        # Asked only about a person: the fact that says who they are ranks first.
        defines = re.compile(rf"\b{' '.join(people)} is (?!\w+ing\b)", re.IGNORECASE) if people else None
        # ... and so does it when what is asked of them is what the fact is of: "lei jun's role" (ceo)
        asks_who_they_are = asking == query or question.yes_no
        s = self.settings
        asked_years = {str(y) for y in question.years}
        said_asked = bool({Ask.WHO, Ask.SAID} & set(asks))  # "who said 2017 needs to match 2015?"
        out = []
        candidates = sorted({i for t in asking for i in self.postings.get(t, ())})
        # A question naming nothing, with words known nowhere, whose known words only an
        # article's sentence has ("can you pick up the kids at 4?"), is chat near that sentence.
        names_nothing = not (question.subjects or people or scopes)
        elsewhere = s.sentence_only_cover if question.unknown and names_nothing else 1.0
        for i in candidates:
            doc, fact = self.docs[i], self.facts[i]
            if subjects and not any(
                subject in fact.subjects or subject in fact.quoted for subject in subjects
            ):
                continue  # a company named must be what the fact is about, or who it quotes
            if any(t not in doc for t in people) or not mentions(fact, scopes, sentence=not fact.statement):
                continue
            other_year = asked_years and fact.period and fact.period[:4] not in asked_years
            if other_year and not any(y in fact.statement for y in asked_years):
                continue  # "why did sales drop in 2016?": a 2015 fact does not say
            part = fact.period.partition("-")[2]
            if question.period_part and part and part != question.period_part:
                continue  # asked about Q3, a Q2 fact does not answer
            if question.money and not _of_the_order(fact, question.money):
                continue
            matched = [t for t in query if t in doc]
            norm = s.k1 * (1 - s.b + s.b * self.lengths[i] / self.average_length)
            own = self.own[i]
            score = sum(
                weight[t] * doc[t] * (s.k1 + 1) / (doc[t] + norm) * self._own_factor(t, own) for t in matched
            )
            score *= 1 + s.detail_factor * sum(1 for w in question.details if w in self.own_words[i])
            if question.amounts and any(a in self.amounts_stated[i] for a in question.amounts):
                score *= s.amount_factor
            if said_asked and len(asked_years) > 1 and all(y in fact.statement for y in asked_years):
                score *= s.all_years_factor
            if not all(a in self.kinds[i] for a in wanted):
                score *= s.wrong_kind_factor
            of_its_metric = asks_who_they_are or bool(asking) and set(asking) <= self.metric_terms[i]
            if defines and of_its_metric and defines.search(fact.statement):
                score *= s.definition_factor  # "who is Lei Jun?": "Lei Jun is Xiaomi's CEO"
            # A word found only in the article's sentence covers less of the question, as it
            # scores less: one such word beside words known nowhere is chat, not this fact.
            coverage = (
                sum(weight[t] * self._own_factor(t, own, elsewhere) for t in asking if t in doc) / total
            )
            named_only = asking == query and bool(people or scope_terms)
            weak_only = all(t in weak for t in matched)
            out.append(
                Ranking(
                    fact,
                    score,
                    coverage,
                    self.kinds[i],
                    sum(weight[t] for t in matched),
                    named_only,
                    weak_only,
                    frozenset(t for t in asking if t in doc and self._own_factor(t, own, elsewhere) == 1.0),
                    asking_weight,
                )
            )
        out.sort(key=lambda r: -r.score)
        return out

    def _stated_share(self, ranking: Ranking, question: FactQuery) -> int:
        """How many of the words asked a fact's statement says itself."""
        stated = self.stated[self.position[id(ranking.fact)]]
        asked = {stem(self.synonyms.get(w, w)) for w in question.words if w not in STOPWORDS}
        return len(asked & stated)

    def _stating_the_sum(self, sums: tuple[float, ...]) -> tuple[str, ...]:
        """The companies whose facts state one of these sums of money exactly, as a price or an
        end of a price range: a sum named says whose it is as a name would."""
        return tuple(sorted(frozenset().union(*(self.sum_owners.get(x, frozenset()) for x in sums))))

    def _only_company_of(self, terms: list[str]) -> tuple[str, ...]:
        """The one company whose facts alone use one of these words: a company of an article of
        its own (many facts), not one a single fact is about (the iPhone's maker)."""
        owners = {self.owner[t] for t in terms if t in self.owner}
        return tuple(owners) if len(owners) == 1 else ()

    def _own_factor(self, term: str, own: frozenset[str], elsewhere: float | None = None) -> float:
        """1 for a word of the fact's own text, else `elsewhere` (the sentence-only weight)."""
        if term in own:
            return 1.0
        return self.settings.sentence_only_weight if elsewhere is None else elsewhere

    def reasons(self, question: FactQuery, years: Iterable[int], any_reason: bool = True) -> list[Fact]:
        """Facts that give a reason for something in these years ("why did sales fall in 2016?"),
        when no fact shares enough of the question's words to be found the usual way: those
        sharing a word first, else, with `any_reason`, every reason given for that period."""
        wanted = {str(y) for y in years}

        def fits(fact: Fact, kinds: frozenset[Ask]) -> bool:
            in_period = fact.period[:4] in wanted and fact.period.endswith(question.period_part or "")
            about = not question.subjects or set(question.subjects) & set(fact.subjects)
            return Ask.WHY in kinds and in_period and bool(about)

        shared = [r.fact for r in self.rank(question) if fits(r.fact, r.kinds) and r.matched_weight]
        # ... of sales: "why was 2015 their best year?" is not answered by a nickname given that year
        given = [
            f
            for f, kinds in zip(self.facts, self.kinds, strict=True)
            if fits(f, kinds) and OF_SALES.search(f.statement)
        ]
        if shared or not any_reason:
            return shared[: self.settings.max_facts]
        return given[: self.settings.max_facts]

    def explaining_difference(self, subjects: Iterable[str], year: int) -> list[Fact]:
        """The reasons the facts give for a year's figures differing: a reason, of that year and one
        of `subjects`, that speaks of a difference ("the gap ... comes from phones shipped ...")."""
        wanted, companies = str(year), set(subjects)
        return [
            f
            for f, kinds in zip(self.facts, self.kinds, strict=True)
            if (Ask.WHY in kinds or DIFFERENCE_REASON.search(f.statement))
            and f.value is None
            and f.period[:4] == wanted
            and companies & set(f.subjects)
            and DIFFERENCE.search(f.statement)
        ]

    def said_of(self, metric: str, years: Iterable[int]) -> list[Fact]:
        """What the facts say of a metric in these years beyond a figure: "hitting the 80 million
        goal was no longer the priority"."""
        wanted = {str(y) for y in years}
        said = [f for f in self.facts if f.metric == metric and f.value is None and f.period[:4] in wanted]
        return said[: self.settings.max_facts]

    def quoting(self, names: Iterable[str], question: FactQuery) -> list[Fact]:
        """'What did Kevin Wang predict?': the facts that quote one of `names` (or are about
        them), of the years asked, those sharing most of the question's other words first."""
        names = tuple(names)
        asked_years = {str(y) for y in question.years}
        name_terms = {t for n in names for t in self.terms(n)}
        terms = {stem(self.synonyms.get(w, w)) for w in question.words} - name_terms

        def fits(fact: Fact) -> bool:
            said_by = any(n in clean(fact.quoted) or n in clean(" ".join(fact.subjects)) for n in names)
            in_years = not asked_years or fact.period[:4] in asked_years
            return said_by and in_years

        picked = [i for i, f in enumerate(self.facts) if fits(f)]
        picked.sort(key=lambda i: -sum(1 for t in terms if t in self.docs[i]))
        return [self.facts[i] for i in picked[: self.settings.max_facts]]

    def answer(self, question: FactQuery) -> list[Fact]:
        """The facts that answer a question, best first, or [] when none fits well enough."""
        ranked = self.rank(question)
        if not ranked:
            return []
        best = ranked[0]
        wanted = [a for a in question.asks if a in KINDS_CHECKED]
        chosen = [
            r
            for r in ranked
            if r.score >= best.score * self.settings.related_share and r.fact.metric == best.fact.metric
        ]
        # Of one metric's facts, those whose statements say the words asked come first: every fact
        # of "priorities" carries its name, and "what did lei jun say about priorities?" fits the one
        # saying "... not the No. 1 priority" best
        stated = {id(r): self._stated_share(r, question) for r in chosen}
        chosen.sort(key=lambda r: -r.score * (1 + self.settings.stated_factor * stated[id(r)]))
        if (
            joint_coverage(chosen) < self.settings.min_coverage
            or (best.matched_weight < self.settings.min_weight and not best.named_only)
            # "what did xiaomi say about 2015 sales": "sales" alone tells no company fact apart.
            or (best.weak_only and not best.named_only)
            or not all(a in best.kinds for a in wanted)
        ):
            return []
        if len(question.subjects) > 1:
            # "are iphones cheaper than xiaomi phones?": each company's fact in the order they are named
            order = {subject: n for n, subject in enumerate(question.subjects)}
            chosen.sort(
                key=lambda r: min((order[s] for s in r.fact.subjects if s in order), default=len(order))
            )
        return [r.fact for r in chosen[: self.settings.max_facts]]


def joint_coverage(rankings: list[Ranking]) -> float:
    """The share of the question's weight that facts said together cover: "which brands overtook
    xiaomi at home" is half in one fact of rivals ("competing brands") and half in another ("the
    upper hand ... in their homeland"), and the two are answered together."""
    if not rankings or rankings[0].weights is None:
        return max((r.coverage for r in rankings), default=0.0)
    weights = rankings[0].weights
    covered = frozenset().union(*(r.covered for r in rankings))
    return max(rankings[0].coverage, sum(weights.get(t, 0.0) for t in covered))


def _of_the_order(fact: Fact, sums: tuple[float, ...]) -> bool:
    """Whether a sum of money named is of the order of the fact's own sum, within a factor of a
    thousand; a fact of no sum of money is never ruled out by one."""
    if fact.value is None or fact.unit.lower() not in MONEY_UNITS:
        return True
    ends = [abs(v) for v in (fact.value, fact.value_to) if v]
    return any(e / 1000 <= abs(x) <= e * 1000 for x in sums for e in ends)


def mentions(fact: Fact, labels: Iterable[str], sentence: bool = True) -> bool:
    """Whether a fact's own words name every place or product asked about (case matters): its
    statement and who it quotes, and unless `sentence` is False, the article's sentence too."""
    text = f"{fact.statement} {fact.sentence if sentence else ''} {fact.quoted}"
    return all(re.search(rf"\b{re.escape(label)}\b", text) for label in labels)
