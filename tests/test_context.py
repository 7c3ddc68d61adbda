"""What a chat keeps: bounded, and plain enough for persistence to store and migration to move."""

import pickle

from bot.chat_app.context import Bounded, ChatData
from bot.chat_app.limits import BudgetSettings
from bot.engine import Engine


def test_bounded_forgets_the_oldest_beyond_its_size():
    kept = Bounded(size=3)
    for n in range(5):
        kept.put(n, str(n))
    kept.put(2, "again")  # stored again: the newest
    assert list(kept.items()) == [(3, "3"), (4, "4"), (2, "again")]


def test_chat_data_survives_pickling_with_its_conversations(engine: Engine):
    data = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation((0, 42)))
    data.budget_for(BudgetSettings(limit=1, window=60, share=1)).take(42, 0.0)
    back = pickle.loads(pickle.dumps(data))
    assert back.conversations.size == data.conversations.size
    assert "61 million" in engine.answer("and 2014?", back.conversation((0, 42))).text
    assert back.budget.wait(42, 1.0) == 59.0  # the answer given before is still counted


def test_chat_data_a_reply_continues_from_the_answer_replied_to(engine: Engine):
    data = ChatData()
    ann, ben = (0, 1), (0, 2)
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation(ann))
    data.answered_with([100], data.conversation(ann))
    engine.answer("what was the sales goal for 2017?", data.conversation(ann))
    continued = data.continue_from(ben, 100)
    assert "61 million" in engine.answer("and 2014?", continued).text
    assert data.after_answer[100].turns == 1  # the answer replied to stays as it was, for the next reply
