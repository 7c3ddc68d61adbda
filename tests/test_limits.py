"""A group's answer budget: a sliding window, shared out between people."""

import pytest

from bot.chat_app.limits import BudgetSettings, ChatBudget

ANN, BEN, CAL = 1, 2, 3


def test_budget_gives_each_person_their_share_and_the_chat_its_limit():
    budget = ChatBudget(BudgetSettings(limit=4, window=60, share=0.5))
    assert [budget.take(ANN, 0) for _ in range(3)] == [True, True, False]  # Ann's share is two
    assert [budget.take(BEN, 1) for _ in range(3)] == [True, True, False]
    assert budget.take(CAL, 2) is False  # the chat's four are spent
    assert budget.wait(CAL, 2) == 58 and budget.wait(ANN, 2) == 58  # the oldest answer leaves at 60


def test_budget_frees_as_the_window_slides():
    budget = ChatBudget(BudgetSettings(limit=2, window=10, share=1))
    assert budget.take(ANN, 0) and budget.take(ANN, 5)
    assert not budget.take(ANN, 9.9)
    assert budget.wait(ANN, 9.9) == pytest.approx(0.1)
    assert budget.take(ANN, 10)  # the first answer left the window
    assert not budget.take(BEN, 12)
    assert budget.take(BEN, 15)


def test_budget_notice_is_once_per_pause():
    budget = ChatBudget(BudgetSettings(limit=1, window=10, share=1))
    assert budget.needs_notice(0)
    budget.notice_until = 10
    assert not budget.needs_notice(5) and budget.needs_notice(10)


@pytest.mark.parametrize("limit, share, per_person", [(10, 0.5, 5), (3, 0.5, 2), (1, 0.1, 1), (10, 1, 10)])
def test_budget_settings_per_person_is_at_least_one(limit, share, per_person):
    assert BudgetSettings(limit=limit, window=60, share=share).per_person == per_person


@pytest.mark.parametrize("kwargs", [{"limit": 0}, {"window": 0}, {"share": 0}, {"share": 1.5}])
def test_budget_settings_refuse_nonsense(kwargs):
    with pytest.raises(ValueError):
        BudgetSettings(**({"limit": 10, "window": 60, "share": 0.5} | kwargs))


def test_budget_survives_the_clock_going_back():
    budget = ChatBudget(BudgetSettings(limit=1, window=60, share=1))
    assert budget.take(ANN, 10_000)
    assert budget.take(ANN, 6_400)  # an hour earlier (a restart on a host behind): not silenced
    assert budget.wait(ANN, 6_400) == 60
