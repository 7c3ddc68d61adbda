"""Fuzzy matching of whole wordings with RapidFuzz: "did you mean" questions from the example
phrasings, and similar unanswered questions grouped for the operator."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz, process, utils

# Tuned on the labelled questions in eval/ (see docs/understanding.md).
CANDIDATE_LIMIT = 20  # phrasings looked at per question before grouping by intent
SHORTLIST_LIMIT = 60  # phrasings sharing words with the question, scored for subsets
SUBSET_DISCOUNT = 5  # a phrasing found inside a longer question scores a little less


@dataclass(frozen=True)
class IntentMatch:
    intent: str
    score: float  # 0-100
    phrasing: str  # the example phrasing that matched best


class IntentMatcher:
    """Ranks intents by how closely a question's wording matches their example phrasings."""

    def __init__(self, phrasings: list[tuple[str, str]]):
        # Choices are cleaned, and their words sorted, once here: token_sort_ratio is then a
        # plain ratio of sorted words, and the slower token_set_ratio runs on a shortlist only.
        self.intents = [intent for intent, _ in phrasings]
        self.texts = [text for _, text in phrasings]
        self.choices = [utils.default_process(text) for text in self.texts]
        self.sorted_choices = [" ".join(sorted(c.split())) for c in self.choices]
        self.words = [frozenset(c.split()) for c in self.choices]
        self.lengths = [len(words) for words in self.words]
        self.by_word: dict[str, list[int]] = {}
        for index, words in enumerate(self.words):
            for word in words:
                self.by_word.setdefault(word, []).append(index)
        # Words only one intent uses ("worst", "founded"): on their own they already say which.
        self.telling = frozenset(
            word for word, indexes in self.by_word.items() if len({self.intents[i] for i in indexes}) == 1
        )

    def rank(self, query: str, limit: int = 3) -> list[IntentMatch]:
        """The best phrasing's score for each of the top `limit` intents, best first.

        A phrasing scores the better of two views: the whole question against the whole
        phrasing (token_sort_ratio), and the phrasing found inside a longer, chattier
        question (token_set_ratio, a little discounted: extra words are judged separately).
        """
        query = utils.default_process(query)
        if not query:
            return []
        tokens = query.split()
        best: dict[int, float] = {}
        hits = process.extract(
            " ".join(sorted(tokens)),
            self.sorted_choices,
            scorer=fuzz.ratio,
            processor=None,
            limit=CANDIDATE_LIMIT,
        )
        for _, score, index in hits:
            best[index] = score
        shortlist = self._sharing_words(tokens)
        hits = process.extract(
            query,
            [self.choices[i] for i in shortlist],
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=CANDIDATE_LIMIT,
        )
        for _, score, position in hits:
            index = shortlist[position]
            best[index] = max(best.get(index, 0.0), score - SUBSET_DISCOUNT)
        return self._best_per_intent(best, limit)

    def _sharing_words(self, tokens: list[str]) -> list[int]:
        """Phrasings with at least half of their words in the question, or a word only their
        intent uses ("and the worst?"): where subsets are."""
        shared = Counter(chain.from_iterable(self.by_word.get(word, ()) for word in set(tokens)))
        told = set(chain.from_iterable(self.by_word[w] for w in set(tokens) & self.telling))
        lengths = self.lengths
        close = sorted((-n / lengths[i], i) for i, n in shared.items() if 2 * n >= lengths[i] or i in told)
        return [i for _, i in close[:SHORTLIST_LIMIT]]

    def _best_per_intent(self, best: dict[int, float], limit: int) -> list[IntentMatch]:
        ranked: list[IntentMatch] = []
        seen: set[str] = set()
        for index, score in sorted(best.items(), key=lambda item: (-item[1], item[0])):
            intent = self.intents[index]
            if intent in seen:
                continue
            seen.add(intent)
            ranked.append(IntentMatch(intent, float(score), self.texts[index]))
            if len(ranked) == limit:
                break
        return ranked


def bare_extract_one(queries: list[str], choices: list[str]) -> None:
    """The floor for `python -m bot bench`: one plain RapidFuzz extractOne per query."""
    for query in queries:
        process.extractOne(query, choices, scorer=fuzz.WRatio, processor=utils.default_process)


GROUP_SCORE_CUTOFF = 85  # token_sort_ratio at which two unanswered questions count as one wording


def group_similar(texts: list[str]) -> list[list[int]]:
    """Indexes of `texts` grouped by similar wording, each group led by its first member.

    Texts are taken in the order given (most frequent first, say): each joins the group whose
    leader it is closest to, if close enough, or leads a new group.
    """
    leaders: list[str] = []
    groups: list[list[int]] = []
    for index, text in enumerate(texts):
        cleaned = utils.default_process(text)
        best = process.extractOne(
            cleaned, leaders, scorer=fuzz.token_sort_ratio, processor=None, score_cutoff=GROUP_SCORE_CUTOFF
        )
        if best is None:
            leaders.append(cleaned)
            groups.append([index])
        else:
            groups[best[2]].append(index)
    return groups
