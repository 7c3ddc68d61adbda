"""Answering: understand a question, decide what it asks, and compose the answer from the knowledge base.

`Engine.answer` takes a string (and a conversation for follow-ups) and returns
an `Answer`; it knows nothing of Telegram or the terminal.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot import wording
from bot.answer import Answer, ChartData, Conversation, Source
from bot.config import Settings
from bot.db import FACT_CACHE_SIZE, KnowledgeBase, build, ensure_built
from bot.knowledge import Fact, Intent
from bot.matcher import IntentMatch, IntentMatcher, SpellingCorrector
from bot.understand import Entities, Vocabulary, clean, extract_entities

# Tuned on the labelled questions in eval/ (README: "How questions are understood").
SCORE_CUTOFF = 80  # below this the bot says it does not know
SUGGEST_CUTOFF = 55  # intents scoring at least this are offered as "did you mean"
AMBIGUITY_MARGIN = 0  # two intents closer than this are ambiguous; swept 0-5 on eval/: see README
UNKNOWN_WORD_PENALTY = 20  # per word the knowledge base has never seen ("revenue")
FOREIGN_WORD_PENALTY = 20  # per known word that no phrasing of the chosen intent uses
MAX_SUGGESTIONS = 3
RELATIVE_MATCH = 0.005  # "18.7 million" finds a stored 18.7 million within 0.5%

# Function words: never a sign that a question is about something the bot does not know.
STOPWORDS = frozenset(
    """a an the is are was were be been being am do does did done doing have has had having of
    in on at to for from by with about as into over during than then so and or but not no
    nor what which who whom whose when where why how it its they them their there this that
    these those i me my we us our you your he him his she her one ones any some all each
    every much many more most can could would should will shall may might must also too very
    just still yet ever year years yeah yes s t get got give tell say said know let think
    want wanted like look looking mention mentioned wonder curious exact really quite name
    named""".split()
)
# Words a follow-up may consist of besides its new year, period or company.
FOLLOWUP_WORDS = frozenset(
    """and what about how in for then so the of year same also too with during was it that is
    again now ok okay well plus or versus vs""".split()
)
DERIVED_KINDS = frozenset({"change", "compare", "total", "average", "best", "worst"})
LOOKS_UP_BY_YEAR = frozenset({"figure", "change", "compare", "total", "average", "best", "worst"})
MAX_COMPANIES_LISTED = 5  # in "which company do you mean?"
NUMERIC_KINDS = frozenset(
    {"figure", "change", "compare", "total", "average", "best", "worst", "reverse", "gap"}
)
# Words dropped before fuzzy matching: they say nothing about what is asked, and in short
# questions they would otherwise decide the match. Question words (who, when, how many) stay.
NOT_MATCHED = frozenset(
    """a an the is are was were be been being am do does did done of to in on at for by with it
    its this that these those there their they them i me my you your we our and or but s t
    company""".split()
)
STOPWORDS = STOPWORDS | NOT_MATCHED
# "How many fitness trackers...?" asks for a figure: a fact with no figure does not answer it.
ASKS_FOR_FIGURE = re.compile(r"\b(?:how many|how much|number of|amount of)\b")
# "That year" and "it" point back at the conversation's last year or product.
REFERS_BACK = re.compile(r"\b(?:that|the same|same) year\b")
PRONOUN = re.compile(r"\b(?:it|its|that one|this one)\b")
FOLLOWUP_START = re.compile(r"^(?:and|what about|how about|same for|what of|then|also|plus)\b")


@dataclass
class Understanding:
    """What was read from one question."""

    question: str
    text: str  # cleaned
    entities: Entities
    companies: list[str]
    scopes: list[str]  # places and products named: "India", "Mi 6"
    words: list[str]  # normalised wording, entities removed
    unknown_words: list[str]
    ranked: list[IntentMatch]


@dataclass
class Reply:
    """Answer text under construction: sentences, each with the sources it rests on."""

    parts: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def add(self, text: str, *sources: str) -> None:
        self.parts.append((text, sources))


def load_engine(settings: Settings) -> Engine:
    """Build the knowledge base if it is missing or stale, then open it read-only."""
    return Engine.open(settings.knowledge_dir, settings.database_path)


def reload_engine(settings: Settings) -> Engine:
    """Rebuild the knowledge base from its files and open it; KnowledgeError keeps the old file."""
    build(settings.knowledge_dir, settings.database_path)
    return Engine(KnowledgeBase(settings.database_path))


class Engine:
    """Answers questions from a built knowledge base."""

    def __init__(self, kb: KnowledgeBase, score_cutoff: float = SCORE_CUTOFF):
        self.kb = kb
        self.score_cutoff = score_cutoff  # an attribute so `eval --sweep` can try others
        self.vocabulary = Vocabulary(kb.companies, kb.synonyms, kb.fillers, kb.scopes)
        prepared = [(intent, self._wording(text)) for intent, text in kb.phrasings]
        self.intent_words = {
            intent: frozenset(w for i, text in prepared if i == intent for w in text.split())
            for intent in kb.intents
        }
        self.known_words = frozenset(
            {w for _, text in prepared for w in text.split()} | self.vocabulary.words | STOPWORDS
        )
        # Who each metric's facts are about (first subject) and concern (any subject).
        self.subjects = {metric: kb.subjects(metric) for metric in kb.metrics}
        # The company a question means when it names none: the only one a metric has facts about.
        self.main_subject = {
            m: next(iter(about)) if len(about) == 1 else None for m, (about, _) in self.subjects.items()
        }
        users = Counter(w for words in self.intent_words.values() for w in words)
        self.specificity = {w: 1.0 - (n - 1) / len(kb.intents) for w, n in users.items()}
        frequency = Counter(w for _, text in prepared for w in text.split())
        self.corrector = SpellingCorrector(self.known_words, frequency)
        self.matcher = IntentMatcher(prepared)
        self._short_summary = self._summarise(short=True)
        self._long_summary = self._summarise(short=False)
        # A bare "xiaomi 2014?" asks for the main figure: the first figure intent in intents.csv.
        self.default_intent = next((i for i in kb.intents.values() if i.kind == "figure"), None)
        self.example_questions = tuple(
            kb.intents[i].question for i in ("sales", "sales_change", "sales_target") if i in kb.intents
        ) or tuple(i.question for i in list(kb.intents.values())[:3])

    @classmethod
    def open(cls, knowledge_dir: Path, database_path: Path, fact_cache_size: int = FACT_CACHE_SIZE) -> Engine:
        ensure_built(Path(knowledge_dir), Path(database_path))
        return cls(KnowledgeBase(Path(database_path), fact_cache_size))

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.kb.sources

    def _wording(self, text: str) -> str:
        """A phrasing prepared exactly as questions are, so both sides compare like with like."""
        entities = extract_entities(clean(text))
        _, words = self.vocabulary.companies_in(entities.words)
        return " ".join(w for w in self.vocabulary.normalise(words) if w not in NOT_MATCHED)

    # ---- understanding -------------------------------------------------------------

    def understand(self, question: str) -> Understanding:
        text = clean(question)
        entities = extract_entities(text)
        words = self.corrector.correct(entities.words)
        scopes = self.vocabulary.scopes_in(words)
        companies, words = self.vocabulary.companies_in(words)
        words = self.vocabulary.normalise(words)
        unknown = [w for w in words if w not in self.known_words and not w.isdigit()]
        matched = " ".join(w for w in words if w not in NOT_MATCHED)
        ranked = self.matcher.rank(matched, limit=6) if matched else []
        return Understanding(question, text, entities, companies, scopes, words, unknown, ranked)

    def scored_intents(self, understood: Understanding) -> list[tuple[float, IntentMatch]]:
        """Candidate intents with their final scores, best first."""
        return sorted(((self.score(understood, m), m) for m in understood.ranked), key=lambda p: -p[0])

    def score(self, understood: Understanding, match: IntentMatch) -> float:
        """Match score less penalties for words that do not belong to the intent."""
        vocabulary = self.intent_words.get(match.intent, frozenset())
        # Numbers are never fuzzy: "mi 7" is not "mi 6".
        if any(w.isdigit() and w not in vocabulary for w in understood.words):
            return 0.0
        foreign = [
            w
            for w in understood.words
            if w in self.known_words and w not in vocabulary and w not in STOPWORDS and not w.isdigit()
        ]
        # A word many intents use ("phones") says less against an intent than a rare one ("trackers").
        penalty = UNKNOWN_WORD_PENALTY * len(understood.unknown_words) + sum(
            FOREIGN_WORD_PENALTY * self.specificity.get(w, 1.0) for w in foreign
        )
        return max(0.0, match.score - penalty)

    # ---- answering -----------------------------------------------------------------

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        understood = self.understand(question)
        entities = understood.entities
        followup = self._followup_intent(understood, conversation)
        if followup:
            intent, confidence = followup, 90.0
            self._carry_context(understood, conversation)
        elif self._only_a_period(understood):
            intent, confidence = self.default_intent, float(self.score_cutoff)
        else:
            scored = self.scored_intents(understood)
            if understood.companies:  # "what do iPhones sell for?": an intent with Apple facts
                covering = [p for p in scored if self._covers(p[1].intent, understood.companies)]
                scored = covering if covering and covering[0][0] >= self.score_cutoff else scored
            if entities.quantities:  # "did they sell 70 million in 2015?" asks about figures
                numeric = [p for p in scored if self._is_numeric(p[1].intent)]
                scored = numeric if numeric and numeric[0][0] >= self.score_cutoff else scored
            if not scored or scored[0][0] < self.score_cutoff:
                return self._unknown(understood, scored)
            confidence, best = scored[0]
            if len(scored) > 1 and AMBIGUITY_MARGIN and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
                return self._unknown(understood, scored)
            intent = self.kb.intents[best.intent]
            if conversation is not None and (
                FOLLOWUP_START.match(understood.text)
                or REFERS_BACK.search(understood.text)
                or PRONOUN.search(understood.text)
            ):
                self._carry_context(understood, conversation)
            self._join_years(intent, understood, conversation)
        if REFERS_BACK.search(understood.text) and not entities.all_years and intent.kind in NUMERIC_KINDS:
            return self._which_year(understood, intent, confidence)
        if entities.relative_step and not conversation_years(conversation) and entities.years:
            entities.years.append(entities.years[-1] + entities.relative_step)
        if entities.relative_to_today and not entities.all_years and intent.kind in NUMERIC_KINDS:
            return self._which_year(understood, intent, confidence)
        answer = self._answer_intent(understood, self.kb.intents[intent.intent], confidence)
        if conversation is not None:
            conversation.intent = intent.intent
            conversation.periods = tuple(entities.periods)
            conversation.subject = understood.companies[0] if understood.companies else None
            conversation.scopes = tuple(understood.scopes)
            conversation.turns += 1
        return answer

    def _covers(self, intent_name: str, companies: list[str]) -> bool:
        metric = self.kb.intents[intent_name].metric
        return not metric or all(c in self.subjects[metric][1] for c in companies)

    def _is_numeric(self, intent_name: str) -> bool:
        return self.kb.intents[intent_name].kind in NUMERIC_KINDS

    def _join_years(
        self, intent: Intent, understood: Understanding, conversation: Conversation | None
    ) -> None:
        """'compare with 2016' after a 2013 question compares 2013 with 2016."""
        entities = understood.entities
        last = conversation_years(conversation)
        if intent.kind in ("change", "compare") and len(entities.all_years) == 1 and last:
            entities.years = sorted(set(last) | set(entities.years))
            entities.year_range = None

    def _only_a_period(self, understood: Understanding) -> bool:
        """'xiaomi 2014?', '2015': a period and nothing else to go on."""
        entities = understood.entities
        has_period = bool(entities.all_years or entities.period_part)
        bare = all(w in FOLLOWUP_WORDS or w in STOPWORDS for w in understood.words)
        return has_period and bare and self.default_intent is not None

    def _followup_intent(self, understood: Understanding, conversation: Conversation | None) -> Intent | None:
        """'and 2014?', 'what about the year before', 'how about Huawei': the last intent again."""
        if conversation is None or conversation.intent not in self.kb.intents:
            return None
        entities = understood.entities
        new_subject = bool(understood.companies)
        new_period = bool(
            entities.all_years or entities.period_part or entities.relative_step or entities.quantities
        )
        if not (new_subject or new_period):
            return None
        if any(w not in FOLLOWUP_WORDS and w != "company" for w in understood.words):
            return None
        return self.kb.intents[conversation.intent]

    def _carry_context(self, understood: Understanding, conversation: Conversation | None) -> None:
        """Fill in what a follow-up leaves out from the turn before."""
        if conversation is None:
            return
        entities = understood.entities
        last = conversation_years(conversation)
        if entities.relative_step and last:
            base = min(last) if entities.relative_step < 0 else max(last)
            entities.years = [base + entities.relative_step]
            entities.year_range = None
            entities.period_part = entities.period_part or last_part(conversation)
        elif not entities.all_years and not entities.quantities and last:
            entities.years = sorted(set(last))
            entities.year_range = (min(last), max(last)) if len(last) > 2 else None
            entities.period_part = entities.period_part or last_part(conversation)
        if not understood.companies and conversation.subject:
            understood.companies = [conversation.subject]
        if not understood.scopes and PRONOUN.search(understood.text):
            understood.scopes = list(conversation.scopes)

    def _answer_intent(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        kind = intent.kind
        entities = understood.entities
        if kind == "sources":
            return self._sources_answer(understood, intent, confidence)
        if kind == "chart":
            return self._chart_answer(understood, intent, confidence)
        missing = (
            self._which_company(understood, intent)
            or self._companies_without_facts(understood, intent)
            or self._out_of_scope(understood, intent)
        )
        if missing is not None:
            return missing
        # Growth or totals of "Q3" would need quarterly series: give the quarters' own figures.
        if kind in DERIVED_KINDS and entities.period_part:
            kind = "figure"
        # "Which year had 18.7 million?": a figure with no year is looked up the other way round.
        if kind in LOOKS_UP_BY_YEAR and entities.quantities and not entities.all_years:
            kind = "reverse"
        if kind == "reverse" and not entities.quantities:
            kind = "figure"
        intent = self._sibling(intent, kind)
        if kind == "figure":
            return self._figure_answer(understood, intent, confidence)
        if kind == "fact":
            return self._fact_answer(understood, intent, confidence)
        if kind == "gap":
            return self._gap_answer(understood, intent, confidence)
        return self._derived_answer(understood, intent, confidence, kind)

    def _sibling(self, intent: Intent, kind: str) -> Intent:
        """The intent of `kind` on the same metric, so the answer names what was really answered."""
        if kind == intent.kind:
            return intent
        for other in self.kb.intents.values():
            if other.kind == kind and other.metric == intent.metric:
                return other
        return intent

    # ---- pieces of answers -----------------------------------------------------------

    def _finish(
        self,
        understood: Understanding,
        intent: Intent | None,
        confidence: float,
        reply: Reply,
        answered: bool = True,
        suggestions: tuple[str, ...] = (),
        chart: ChartData | None = None,
        closest_intent: str | None = None,
    ) -> Answer:
        text, sources = render(reply, self.kb)
        return Answer(
            question=understood.question,
            answered=answered,
            text=text,
            intent=intent.intent if intent else None,
            confidence=round(confidence, 1),
            sources=sources,
            suggestions=suggestions,
            chart=chart,
            closest_intent=closest_intent,
        )

    def _main(self, metric: str) -> tuple[str, ...]:
        main = self.main_subject.get(metric)
        return (main,) if main else ()

    def _companies(self, understood: Understanding, metric: str) -> tuple[str, ...]:
        """The companies asked about, else the metric's only company; () means every company."""
        return tuple(understood.companies) or self._main(metric)

    def _facts(self, understood: Understanding, metric: str, period: str | None = None) -> list[Fact]:
        """Facts of a metric about the companies asked for (all of them when none is named)."""
        facts = self.kb.facts(metric, period, self._companies(understood, metric))
        if understood.scopes:
            facts = [f for f in facts if mentions(f, understood.scopes)]
        return facts

    def _out_of_scope(self, understood: Understanding, intent: Intent) -> Answer | None:
        """'Sales in India', 'the Mi 7': a place or product no fact of this kind speaks of."""
        if not understood.scopes or self._facts(understood, intent.metric):
            return None
        label = self.kb.metrics[intent.metric].label
        reply = Reply()
        reply.add(
            f"I don't know the {label} for {wording.listing(understood.scopes, 'or')}: "
            "my facts do not speak of it."
        )
        if intent.kind in NUMERIC_KINDS:
            reply.add("My figures are company-wide totals.")
        return self._finish(understood, intent, 0.0, reply, answered=False)

    def _which_company(self, understood: Understanding, intent: Intent) -> Answer | None:
        """A figure with no company named, when several companies have one: ask, never pick."""
        about = self.subjects[intent.metric][0]
        if understood.companies or intent.kind not in NUMERIC_KINDS or len(about) < 2:
            return None
        names = sorted(about)
        shown = names[:MAX_COMPANIES_LISTED]
        if len(names) > len(shown):
            shown.append(f"{len(names) - len(shown)} more")
        reply = Reply()
        reply.add(
            f"Which company do you mean? I have {self.kb.metrics[intent.metric].label} for "
            f"{wording.listing(shown)}."
        )
        return self._finish(understood, intent, 0.0, reply, answered=False)

    def _companies_without_facts(self, understood: Understanding, intent: Intent) -> Answer | None:
        """'How many phones did Huawei sell?': named companies the knowledge base has nothing on."""
        if not understood.companies:
            return None
        about, concerning = self.subjects[intent.metric]
        if intent.kind in NUMERIC_KINDS:  # a figure is about its first subject only
            missing = [c for c in understood.companies if c not in about]
        elif any(c in concerning for c in understood.companies):
            return None
        else:
            missing = understood.companies
        if not missing:
            return None
        label = self.kb.metrics[intent.metric].label
        known = sorted(about)
        reply = Reply()
        reply.add(
            f"I don't know {wording.listing(missing, 'or')}'s {label}: I only have "
            f"{wording.listing(known)}'s."
        )
        return self._finish(understood, intent, 0.0, reply, answered=False)

    def _figure_answer(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        metric = self.kb.metrics[intent.metric]
        entities = understood.entities
        periods = entities.periods
        reply = Reply()
        if not periods:
            facts = self._facts(understood, intent.metric)
            if entities.period_part:
                facts = [f for f in facts if f.period.endswith("-" + entities.period_part)]
                if not facts:
                    return self._no_period(understood, intent, [f"any {entities.period_part}"])
            elif metric.kind == "figure":
                return self._series_answer(understood, intent, confidence, facts)
            by_period = group_by_period(facts)
        else:
            by_period = {p: self._facts(understood, intent.metric, p) for p in periods}
        missing = [p for p, facts in by_period.items() if not facts]
        found = {p: facts for p, facts in by_period.items() if facts}
        if not found:
            return self._no_period(understood, intent, missing)
        for facts in found.values():
            self._say_period(reply, metric.kind, facts)
        verdict = self._verdict(understood, found)
        if verdict:
            reply.parts.insert(0, (verdict, ()))
        if missing:
            reply.add(
                f"I have no {metric.label} for {wording.listing([wording.period_name(p) for p in missing])}."
            )
        # "How many in Q3 2015?" when the facts say only that sales fell: told, but not a figure.
        no_number = ASKS_FOR_FIGURE.search(understood.text) and all(
            f.value is None for facts in found.values() for f in facts
        )
        return self._finish(understood, intent, confidence, reply, answered=not no_number)

    def _verdict(self, understood: Understanding, found: dict[str, list[Fact]]) -> str:
        """'Did they sell 70 million in 2015?': yes or no before the figure."""
        quantities = understood.entities.quantities
        values = [f.value for facts in found.values() for f in facts if f.value is not None]
        if len(quantities) != 1 or not values:
            return ""
        if any(abs(v - quantities[0]) <= quantities[0] * RELATIVE_MATCH for v in values):
            return "Yes." if len(set(values)) == 1 else "One source says so."
        return "No."

    def _say_period(self, reply: Reply, kind: str, facts: list[Fact]) -> None:
        """One period's facts; where sources disagree on the figure, both, each with its source."""
        valued = [f for f in facts if f.value is not None]
        if kind == "figure" and len({f.value for f in valued}) > 1:
            first = valued[0]
            options = " vs ".join(cited(f) for f in sorted(valued, key=self._recency))
            text = self.statement(first).replace(wording.fact_value(first), options, 1)
            reply.add(f"Sources disagree on {wording.period_name(first.period)}: {text}")
            for f in facts:
                if f.value is None:
                    reply.add(self.statement(f), f.source)
            return
        for f in facts:
            reply.add(self.statement(f), f.source)

    def statement(self, fact: Fact) -> str:
        """What the bot says for one fact: its own statement, or its metric's template."""
        if fact.statement:
            text = fact.statement
        else:
            template = self.kb.metrics[fact.metric].template
            text = template.format(
                subject=fact.subjects[0],
                value=wording.fact_value(fact),
                period=wording.period_name(fact.period),
            ).rstrip(".") + wording.qualifier_note(fact)
        return wording.forward_label(fact) + wording.sentence(text)

    def _recency(self, fact: Fact) -> str:
        """Sort key: newest source first."""
        date = self.kb.source(fact.source).date
        return "".join(chr(0x10FFFF - ord(c)) for c in date)

    def _series_answer(
        self, understood: Understanding, intent: Intent, confidence: float, facts: list[Fact]
    ) -> Answer:
        metric = self.kb.metrics[intent.metric]
        yearly = yearly_values(facts)
        if not yearly:
            return self._no_period(understood, intent, [])
        reply = Reply()
        items = []
        for year, year_facts in yearly.items():
            values = " / ".join(cited(f) for f in sorted(year_facts, key=self._recency))
            items.append(f"{year}: {values}")
        subject = year_facts[0].subjects[0]
        reply.add(f"{subject}'s {metric.label} by year: " + "; ".join(items) + ".")
        notes = self._caveats([f for fs in yearly.values() for f in fs])
        if notes:
            reply.add(notes)
        return self._finish(understood, intent, confidence, reply)

    def _caveats(self, facts: list[Fact]) -> str:
        """'2016 is approximate, from reports.' for figures that are not exact."""
        rough = sorted({f.period for f in facts if {"approximate", "reported"} & set(f.qualifiers)})
        disputed = sorted(p for p, fs in group_by_period(facts).items() if len({f.value for f in fs}) > 1)
        notes = []
        if disputed:
            notes.append(f"sources disagree on {wording.listing(disputed)}")
        if rough:
            notes.append(
                f"{wording.listing(rough)} {'is' if len(rough) == 1 else 'are'} approximate, from reports"
            )
        return wording.sentence("; ".join(notes)) if notes else ""

    def _no_period(self, understood: Understanding, intent: Intent, missing: list[str]) -> Answer:
        metric = self.kb.metrics[intent.metric]
        facts = self._facts(understood, intent.metric)
        have = sorted({f.period for f in facts if f.period}, key=lambda p: (p[:4], len(p), p))  # total order
        asked = wording.listing([wording.period_name(p) for p in missing], "or") or "that period"
        subject = facts[0].subjects[0] if facts else "that company"
        reply = Reply()
        reply.add(
            f"I don't know {subject}'s {metric.label} for {asked}. "
            f"I have them for {wording.periods_listing(have)}."
        )
        # A target for the asked year is worth knowing, as long as it is labelled as one.
        if metric.kind == "figure":
            for p in missing:
                for other in self.kb.metrics.values():
                    if other.kind != "target":
                        continue
                    for f in self.kb.facts(other.metric, p, self._companies(understood, other.metric)):
                        if f.value is not None:
                            reply.add(
                                f"Not sales, but for {p} there is a target: {self.statement(f)}",
                                f.source,
                            )
        return self._finish(understood, intent, 0.0, reply, answered=False)

    def _fact_answer(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        facts = self._facts(understood, intent.metric)
        years = {str(y) for y in understood.entities.all_years}
        if years:
            dated = [f for f in facts if f.period]
            matching = [f for f in dated if f.period[:4] in years]
            timeless = [f for f in facts if not f.period]
            if dated and not matching and not timeless:
                label = self.kb.metrics[intent.metric].label
                have = wording.listing(sorted({f.period[:4] for f in dated}))
                reply = Reply()
                reply.add(
                    f"I don't know about {label} in {wording.listing(sorted(years), 'or')}; "
                    f"I have it as of {have}."
                )
                return self._finish(understood, intent, 0.0, reply, answered=False)
            if matching:
                facts = matching + timeless
        reply = Reply()
        if ASKS_FOR_FIGURE.search(understood.text) and all(f.value is None for f in facts):
            reply.add("I don't have a figure for that. What I do know:")
            for f in facts:
                reply.add(self.statement(f), f.source)
            return self._finish(understood, intent, 0.0, reply, answered=False)
        for f in facts:
            reply.add(self.statement(f), f.source)
        return self._finish(understood, intent, confidence, reply)

    def _sources_answer(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        cited = self._provenance(understood)
        if cited:
            return self._finish(understood, intent, confidence, cited)
        reply = Reply()
        reply.add(f"My figures come from {len(self.kb.sources)} articles:")
        for s in self.kb.sources:
            reply.add(f"\u2022 {s.citation}", s.id)
        return self._finish(understood, intent, confidence, reply)

    def _provenance(self, understood: Understanding) -> Reply | None:
        """'Where does the 58 million for 2016 come from?': the figure, who says so, the sentence."""
        entities = understood.entities
        if not (entities.all_years or entities.quantities):
            return None
        years = {str(y) for y in entities.all_years}
        reply = Reply()
        for metric in self.kb.metrics.values():
            if metric.kind == "fact":
                continue
            for f in self._facts(understood, metric.metric):
                if years and f.period[:4] not in years:
                    continue
                if entities.period_part and not f.period.endswith(entities.period_part):
                    continue
                if entities.quantities and not any(
                    f.value and abs(f.value - q) <= q * RELATIVE_MATCH for q in entities.quantities
                ):
                    continue
                who = f" Quoted: {f.quoted}." if f.quoted else ""
                reply.add(f"{self.statement(f)}{who} The article says: \u201c{f.sentence}\u201d", f.source)
        return reply if reply.parts else None

    def chart_data(self, intent_name: str = "sales_chart") -> ChartData:
        """The yearly series with its targets, for a chart."""
        intent = self.kb.intents[intent_name]
        metric = self.kb.metrics[intent.metric]
        yearly = yearly_values(self.kb.facts(intent.metric, subjects=self._main(intent.metric)))
        years, values, labels, sources = [], [], [], []
        for year, facts in yearly.items():
            ordered = sorted(facts, key=self._recency)
            years.append(year)
            values.append(ordered[0].value)
            labels.append(" / ".join(wording.fact_value(f).replace(" million", "M") for f in ordered))
            sources.extend(f.source for f in ordered)
        targets = []
        if intent.versus:
            for year, facts in yearly_values(
                self.kb.facts(intent.versus, subjects=self._main(intent.versus))
            ).items():
                if year > max(years, default=0):
                    f = facts[-1]
                    targets.append(
                        (
                            year,
                            f.value,
                            f"{wording.forward_label(f).rstrip(': ').lower()} ({wording.fact_value(f)})",
                        )
                    )
                    sources.append(f.source)
        cited = tuple(self.kb.source(s).citation for s in dict.fromkeys(sources))
        subject = next(iter(yearly.values()))[0].subjects[0] if yearly else ""
        return ChartData(
            title=f"{subject} {metric.label} by year",
            unit=yearly and next(iter(yearly.values()))[0].unit or "",
            years=tuple(years),
            values=tuple(values),
            labels=tuple(labels),
            targets=tuple(targets),
            sources=cited,
        )

    def _chart_answer(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        chart = self.chart_data(intent.intent)
        reply = Reply()
        targets = wording.listing([f"{year} {label}" for year, _, label in chart.targets])
        span = wording.year_span(list(chart.years))
        reply.add(
            f"Here is a chart of {chart.title} ({span})"
            + (f", with the {targets} marked as a target, not sales." if targets else ".")
        )
        text, _ = render(reply, self.kb)
        return Answer(
            understood.question,
            True,
            text + " \u2014 Sources: " + "; ".join(chart.sources),
            intent.intent,
            round(confidence, 1),
            chart.sources,
            (),
            chart,
        )

    def _which_year(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        years = sorted({int(f.period[:4]) for f in self._facts(understood, intent.metric) if f.period})
        reply = Reply()
        reply.add(
            'Which year do you mean? "Last year" and "this year" depend on when an article was written; '
            f"I have figures for {wording.year_span(years)}."
        )
        return self._finish(understood, intent, confidence, reply, answered=False)

    # ---- derived answers ---------------------------------------------------------------

    def _derived_answer(
        self, understood: Understanding, intent: Intent, confidence: float, kind: str
    ) -> Answer:
        metric = self.kb.metrics[intent.metric]
        yearly = yearly_values(self._facts(understood, intent.metric))
        asked = understood.entities.all_years
        if asked:
            if kind == "change" and len(asked) == 1:
                asked = [asked[0] - 1, asked[0]]
            missing = [str(y) for y in asked if y not in yearly]
            if missing:
                return self._no_period(understood, intent, missing)
            yearly = {y: yearly[y] for y in sorted(asked)}
        if not yearly:
            return self._no_period(understood, intent, [])
        compute = {
            "change": self._change,
            "compare": self._compare,
            "total": self._total,
            "average": self._average,
            "best": self._extreme,
            "worst": self._extreme,
            "reverse": self._reverse,
        }[kind]
        reply = compute(understood, metric.label, yearly, kind)
        if reply is None:
            return self._no_match(understood, intent, yearly)
        # Caveats matter only where the result rests on them.
        used = yearly if kind in ("change", "compare", "total", "average") else {}
        caveat = self._caveats([f for fs in used.values() for f in fs])
        if caveat:
            reply.add(caveat)
        return self._finish(understood, intent, confidence, reply)

    def _change(self, understood, label, yearly, kind) -> Reply | None:
        if len(yearly) < 2:
            return self._need_two_years(label)
        first, last = min(yearly), max(yearly)
        reply = Reply()
        variants = []
        pairs = list(itertools.product(*(sorted(yearly[y], key=self._recency) for y in (first, last))))
        for a, b in pairs:
            diff = b.value - a.value
            variants.append(
                f"from {cited(a)} in {first} to {cited(b)} in {last}: {wording.signed(diff)} "
                f"({wording.percent(diff / a.value * 100)}, {b.value / a.value:.1f}x)"
            )
        verb = (
            "grew"
            if all(b.value >= a.value for a, b in pairs)
            else "fell"
            if all(b.value < a.value for a, b in pairs)
            else "changed"
        )
        subject = yearly[first][0].subjects[0]
        reply.add(f"{subject}'s {label} {verb} " + "; or ".join(variants) + ".")
        return reply

    def _need_two_years(self, label: str) -> Reply:
        reply = Reply()
        reply.add(f"Which two years? I need two years with {label} to compare.")
        return reply

    def _compare(self, understood, label, yearly, kind) -> Reply | None:
        if len(yearly) < 2:
            return self._need_two_years(label)
        ranked = sorted(yearly.items(), key=lambda item: -max(f.value for f in item[1]))
        reply = Reply()
        parts = [
            f"{year} ({' / '.join(wording.fact_value(f) + '{src:' + f.source + '}' for f in facts)})"
            for year, facts in ranked
        ]
        top, bottom = ranked[0], ranked[-1]
        subject = top[1][0].subjects[0]
        ahead = min(f.value for f in top[1]) - max(f.value for f in bottom[1])
        if ahead <= 0:
            reply.add(f"It depends on the source: {subject}'s {label} were " + ", ".join(parts) + ".")
            return reply
        reply.add(
            f"{subject} sold more in {top[0]}: "
            + " vs ".join(parts)
            + f", {wording.number(ahead)} more in {top[0]} than in {bottom[0]}."
            if len(ranked) == 2
            else f"{subject}'s {label}, highest first: " + ", ".join(parts) + "."
        )
        return reply

    def _totals(self, yearly) -> list[tuple[float, list[Fact]]]:
        """One total per combination of disagreeing sources, the newest sources' first."""
        choices = [sorted(facts, key=self._recency) for facts in yearly.values()]
        totals = []
        for combo in itertools.islice(itertools.product(*choices), 8):
            total = sum(f.value for f in combo)
            if all(abs(total - t) > 1e-6 for t, _ in totals):
                totals.append((total, list(combo)))
        return totals

    def _total(self, understood, label, yearly, kind) -> Reply:
        totals = self._totals(yearly)
        years = list(yearly)
        subject = yearly[years[0]][0].subjects[0]
        reply = Reply()
        text = f"{subject}'s {label} for {wording.year_span(years)} add up to {wording.number(totals[0][0])}"
        text += "".join(f"{{src:{s}}}" for s in dict.fromkeys(f.source for f in totals[0][1]))
        for total, combo in totals[1:]:
            text += f" ({wording.number(total)} with {alternatives(combo, totals[0][1])})"
        reply.add(text + ".")
        return reply

    def _average(self, understood, label, yearly, kind) -> Reply:
        totals = self._totals(yearly)
        years = list(yearly)
        subject = yearly[years[0]][0].subjects[0]
        n = len(years)
        reply = Reply()
        text = (
            f"{subject}'s {label} averaged {wording.number(totals[0][0] / n)} a year over "
            f"{wording.year_span(years)}"
            f" ({n} years, {wording.number(totals[0][0])} in all)"
        )
        text += "".join(f"{{src:{s}}}" for s in dict.fromkeys(f.source for f in totals[0][1]))
        for total, combo in totals[1:]:
            text += f"; {wording.number(total / n)} with {alternatives(combo, totals[0][1])}"
        reply.add(text + ".")
        return reply

    def _extreme(self, understood, label, yearly, kind) -> Reply:
        pick = max if kind == "best" else min
        year = pick(yearly, key=lambda y: pick(f.value for f in yearly[y]))
        facts = sorted(yearly[year], key=self._recency)
        subject = facts[0].subjects[0]
        values = " / ".join(cited(f) for f in facts)
        word = "best" if kind == "best" else "weakest"
        span = wording.year_span(list(yearly))
        reply = Reply()
        reply.add(f"{subject}'s {word} year for {label} in {span} was {year}, with {values}.")
        for f in facts:
            if f.statement and f.statement not in reply.parts[0][0]:
                reply.add(self.statement(f), f.source)
        caveat = self._caveats(facts)
        if caveat:
            reply.add(caveat)
        return reply

    def _reverse(self, understood, label, yearly, kind) -> Reply | None:
        """Every period, halves and quarters too, whose figure is the one asked about."""
        reply = Reply()
        metric = next(iter(yearly.values()))[0].metric
        for wanted in understood.entities.quantities:
            for f in self._facts(understood, metric):
                if f.value is not None and abs(f.value - wanted) <= wanted * RELATIVE_MATCH:
                    reply.add(f"That was {wording.period_name(f.period)}: {self.statement(f)}", f.source)
        return reply if reply.parts else None

    def _no_match(self, understood, intent, yearly) -> Answer:
        reply = Reply()
        wanted = wording.listing([wording.number(q) for q in understood.entities.quantities], "or")
        items = "; ".join(f"{y}: {' / '.join(wording.fact_value(f) for f in fs)}" for y, fs in yearly.items())
        reply.add(f"No year in my data has {wanted}. The figures I have are {items}.")
        return self._finish(understood, intent, 0.0, reply, answered=False)

    def _gap_answer(self, understood: Understanding, intent: Intent, confidence: float) -> Answer:
        """Targets against results: beaten, missed, or how far there is to go."""
        asked = {str(y) for y in understood.entities.all_years}
        targets = [f for f in self._facts(understood, intent.versus) if f.value is not None and f.period]
        if asked:
            targets = [f for f in targets if f.period[:4] in asked]
        if not targets:
            return self._no_period(understood, self.kb.intents.get("sales_target", intent), sorted(asked))
        sales = yearly_values(self._facts(understood, intent.metric))
        reply = Reply()
        for target in targets:
            year = int(target.period[:4])
            kind = wording.forward_label(target).rstrip(": ").lower()
            goal = f"{kind} of {wording.fact_value(target)}{{src:{target.source}}}"
            if year in sales:
                for result in sorted(sales[year], key=self._recency):
                    diff = result.value - target.value
                    verdict = (
                        f"beating its {goal} by {wording.number(diff)}"
                        if diff >= 0
                        else f"{wording.number(-diff)} short of its {goal}"
                    )
                    reply.add(f"In {year} {result.subjects[0]} sold {cited(result)}, {verdict}.")
                continue
            earlier = [y for y in sales if y < year]
            if not earlier:
                reply.add(self.statement(target), target.source)
                continue
            last = max(earlier)
            for result in sorted(sales[last], key=self._recency):
                more = target.value - result.value
                reply.add(
                    f"For {year} the {goal} is {wording.number(more)} more than the "
                    f"{wording.fact_value(result)}{{src:{result.source}}} sold in {last}."
                )
        return self._finish(understood, intent, confidence, reply)

    # ---- not knowing -----------------------------------------------------------------------

    def _suggestions_for(
        self, understood: Understanding, exclude: str | None = None, scored=None
    ) -> tuple[str, ...]:
        scored = scored if scored is not None else [(self.score(understood, m), m) for m in understood.ranked]
        out = []
        for score, match in scored:
            if score >= SUGGEST_CUTOFF and match.intent != exclude:
                out.append(self.kb.intents[match.intent].question)
        return tuple(out[:MAX_SUGGESTIONS])

    def _unknown(self, understood: Understanding, scored: list[tuple[float, IntentMatch]]) -> Answer:
        reply = Reply()
        if not understood.words and not understood.entities.all_years:
            reply.add("Hi! Ask me about " + self.summary(short=True))
            return self._finish(
                understood, None, 0.0, reply, answered=False, suggestions=self.example_questions
            )
        reply.add("I don't know that one.")
        reply.add("I know " + self.summary(short=True))
        suggestions = self._suggestions_for(understood, scored=scored)
        if suggestions:
            reply.add("Did you mean: " + " / ".join(f"\u201c{s}\u201d" for s in suggestions))
        confidence = scored[0][0] if scored else 0.0
        closest = scored[0][1].intent if scored else None
        return self._finish(
            understood,
            None,
            confidence,
            reply,
            answered=False,
            suggestions=suggestions,
            closest_intent=closest,
        )

    def summary(self, short: bool = False) -> str:
        """What the bot knows, from the data: subjects, years covered, topics."""
        return self._short_summary if short else self._long_summary

    def _summarise(self, short: bool) -> str:
        # Built once at start-up: every "I don't know" quotes it, so it stays off the answer path.
        figure_metrics = [m for m in self.kb.metrics.values() if m.kind == "figure"]
        parts = []
        for metric in figure_metrics:
            about = self.subjects[metric.metric][0]
            if len(about) > 1:
                parts.append(f"{metric.label} of {len(about)} companies")
                continue
            facts = self.kb.facts(metric.metric)
            years = sorted({int(f.period[:4]) for f in facts if f.period and "-" not in f.period})
            subject = facts[0].subjects[0] if facts else ""
            parts.append(f"{subject}'s {metric.label} {wording.year_span(years)}")
        topics = [m.label for m in self.kb.metrics.values() if m.kind != "figure"]
        topics = topics[:8] if short else topics
        text = f"{wording.listing(parts)}, with growth, totals and best years, and {wording.listing(topics)}"
        if short:
            return text + "."
        return (
            text
            + f". Everything comes from {len(self.kb.sources)} news articles, each answer with its source."
        )


# ---- plain helpers ---------------------------------------------------------------------------


def mentions(fact: Fact, labels: list[str]) -> bool:
    """Whether a fact's own words name every place or product asked about."""
    text = f"{fact.statement} {fact.sentence}"
    return all(re.search(rf"\b{re.escape(label)}\b", text) for label in labels)


def conversation_years(conversation: Conversation | None) -> list[int]:
    if conversation is None:
        return []
    return [int(p[:4]) for p in conversation.periods if p[:4].isdigit()]


def last_part(conversation: Conversation) -> str | None:
    parts = {p[5:] for p in conversation.periods if "-" in p}
    return parts.pop() if len(parts) == 1 else None


def group_by_period(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.period, []).append(f)
    return out


def yearly_values(facts: list[Fact]) -> dict[int, list[Fact]]:
    """Whole-year facts with a figure, by year, in year order; forward-looking ones kept apart by metric."""
    out: dict[int, list[Fact]] = {}
    for f in facts:
        if f.value is not None and f.period.isdigit():
            out.setdefault(int(f.period), []).append(f)
    return dict(sorted(out.items()))


SOURCE_MARK = re.compile(r"\{src:([^}]+)\}")


def alternatives(combo: list[Fact], primary: list[Fact]) -> str:
    """'60 million for 2014 [2]': the figures where a combination differs from the primary one."""
    return ", ".join(f"{cited(f)} for {f.period}" for f in combo if f not in primary)


def cited(fact: Fact) -> str:
    """'61 million{src:wang-2017}': a value marked with its source, cited when rendered."""
    return f"{wording.fact_value(fact)}{{src:{fact.source}}}"


def render(reply: Reply, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]]:
    """Join the sentences and cite: one source at the end, or numbered marks and a list."""
    order: list[str] = []
    for text, sources in reply.parts:
        for source in SOURCE_MARK.findall(text) + list(sources):
            if source not in order:
                order.append(source)
    citations = tuple(kb.source(s).citation for s in order)
    if len(order) <= 1:
        body = " ".join(SOURCE_MARK.sub("", text) for text, _ in reply.parts)
        return (f"{body} \u2014 Source: {citations[0]}" if citations else body), citations
    number = {s: i + 1 for i, s in enumerate(order)}
    pieces = []
    for text, sources in reply.parts:
        text = SOURCE_MARK.sub(lambda m: f" [{number[m.group(1)]}]", text)
        marks = "".join(f" [{number[s]}]" for s in sources if f"[{number[s]}]" not in text)
        pieces.append(text.rstrip(".") + marks + "." if marks and text.endswith(".") else text + marks)
    listed = "; ".join(f"[{number[s]}] {c}" for s, c in zip(order, citations, strict=True))
    return f"{' '.join(pieces)} \u2014 Sources: {listed}", citations
