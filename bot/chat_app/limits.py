"""A group chat's answer budget: at most `limit` answers in any `window` seconds, and at most a
`share` of them to any one person, so one member's burst never silences the others.

Pure logic with an explicit clock (wall-clock seconds, so a budget kept across a restart still
means something); the Telegram layer keeps one `ChatBudget` per group chat.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class BudgetSettings:
    """From the settings (BOT_GROUP_LIMIT, BOT_GROUP_WINDOW, BOT_GROUP_SHARE), where the defaults live."""

    limit: int  # answers per chat per window
    window: float  # seconds
    share: float  # of `limit`, for any one person

    def __post_init__(self) -> None:
        if self.limit < 1 or self.window <= 0 or not 0 < self.share <= 1:
            raise ValueError("limit must be >= 1, window > 0 and share in (0, 1]")

    @property
    def per_person(self) -> int:
        return max(1, math.ceil(self.limit * self.share))


class ChatBudget:
    """A sliding window of the times the bot answered in one chat, and whom."""

    def __init__(self, settings: BudgetSettings):
        self.settings = settings
        self._answered: deque[tuple[float, int]] = deque()  # (when, who asked)
        self.notice_until = 0.0  # the "too many questions" notice covers the chat until then

    def _forget(self, now: float) -> None:
        while self._answered and now - self._answered[0][0] >= self.settings.window:
            self._answered.popleft()
        if self._answered and self._answered[-1][0] > now:  # the clock went back: start afresh
            self._answered.clear()
            self.notice_until = 0.0

    def _by(self, person: int) -> int:
        return sum(1 for _, who in self._answered if who == person)

    def take(self, person: int, now: float) -> bool:
        """Record an answer to `person` at `now` if the budget allows it."""
        self._forget(now)
        if len(self._answered) >= self.settings.limit or self._by(person) >= self.settings.per_person:
            return False
        self._answered.append((now, person))
        return True

    def wait(self, person: int, now: float) -> float:
        """Seconds until `person` may be answered again (0 when now)."""
        self._forget(now)
        waits = [0.0]
        if len(self._answered) >= self.settings.limit:
            waits.append(self._answered[0][0] + self.settings.window - now)
        theirs = [when for when, who in self._answered if who == person]
        if len(theirs) >= self.settings.per_person:
            waits.append(theirs[0] + self.settings.window - now)
        return max(waits)

    def needs_notice(self, now: float) -> bool:
        """Whether an over-budget question should also get the one notice of this pause."""
        return now >= self.notice_until
