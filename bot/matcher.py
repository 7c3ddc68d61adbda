"""Fuzzy matching of wording (never numbers): typo correction and intent ranking with RapidFuzz."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz, process, utils

# Tuned on the labelled questions in eval/ (see README, "How questions are understood").
TYPO_SCORE_CUTOFF = 80  # fuzz.ratio a misspelt word needs to be read as a known word
TYPO_MIN_LENGTH = 3  # shorter words are too easy to confuse
TYPO_SHORT_WORD_CUTOFF = 85  # three-letter words: a missing letter only ("sel" -> "sell")
CANDIDATE_LIMIT = 20  # phrasings looked at per question before grouping by intent
SHORTLIST_LIMIT = 60  # phrasings sharing words with the question, scored for subsets
SUBSET_DISCOUNT = 5  # a phrasing found inside a longer question scores a little less


@dataclass(frozen=True)
class IntentMatch:
    intent: str
    score: float  # 0-100
    phrasing: str  # the example phrasing that matched best


class SpellingCorrector:
    """Reads 'phnoes' as 'phones' when the word is unknown and one known word is close."""

    def __init__(self, known_words: frozenset[str], frequency: Mapping[str, int] | None = None):
        self.known = known_words
        frequency = frequency or {}
        # Most used words first: of two equally close words, the common one wins ("wen" -> "when").
        self.choices = sorted(
            (w for w in known_words if w.isalpha() and len(w) >= TYPO_MIN_LENGTH),
            key=lambda w: (-frequency.get(w, 0), w),
        )
        self._cache: dict[str, str] = {}

    def correct(self, words: list[str]) -> list[str]:
        return [self.correct_word(w) for w in words]

    def correct_word(self, word: str) -> str:
        if word in self.known or len(word) < TYPO_MIN_LENGTH or not word.isalpha():
            return word
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        cutoff = TYPO_SHORT_WORD_CUTOFF if len(word) == 3 else TYPO_SCORE_CUTOFF
        best = process.extractOne(
            word, self.choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
        )
        corrected = best[0] if best else word
        if len(self._cache) < 50_000:  # bounded: hostile input cannot grow it forever
            self._cache[word] = corrected
        return corrected


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
