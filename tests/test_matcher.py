from bot.matcher import IntentMatcher, group_similar

KNOWN = frozenset({"phones", "xiaomi", "sold", "smartphones", "founded", "sales"})


def test_intent_matcher_ranks_best_intent_first():
    matcher = IntentMatcher([("sales", "how many phones sold"), ("founded", "when was founded")])
    ranked = matcher.rank("how many phones were sold")
    assert ranked[0].intent == "sales"
    assert ranked[0].score > ranked[1].score


def test_intent_matcher_one_entry_per_intent():
    matcher = IntentMatcher([("a", "phones sold"), ("a", "phones sold in"), ("b", "founded")])
    assert [m.intent for m in matcher.rank("phones sold")] == ["a", "b"]


def test_intent_matcher_empty_query():
    assert IntentMatcher([("a", "phones")]).rank("") == []


def test_group_similar_puts_rewordings_together_and_keeps_order():
    texts = ["xiaomi revenue 2015", "weather today", "Xiaomi revenue 2015?", "revenue xiaomi 2015", "hi"]
    assert group_similar(texts) == [[0, 2, 3], [1], [4]]


def test_a_word_only_one_intent_uses_is_enough_on_its_own():
    matcher = IntentMatcher(
        [
            ("sales_worst", "which was the worst year for sales"),
            ("sales", "how many phones were sold"),
            ("sales_total", "how many phones in all"),
            ("valuation", "what is it worth"),
        ]
    )
    assert matcher.rank("worst")[0].intent == "sales_worst"  # "and the worst?" after "best year?"
    assert matcher.rank("worst")[0].score >= 90
    assert matcher.rank("phones")[0].score < 80  # a word many intents use says too little
