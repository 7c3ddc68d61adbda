"""A per-chat answer budget: at most `limit` answers in any `window` seconds.

So one member cannot make the bot flood a group. Pure logic with an explicit clock;
the Telegram layer keeps one `GroupLimit` per group chat.
"""

from __future__ import annotations

from collections import deque
from enum import Enum


class Verdict(Enum):
    ANSWER = "answer"  # within the budget: answer
    PAUSE = "pause"  # the budget just ran out: say once that the bot is pausing
    SILENT = "silent"  # still out of budget and the notice was given: say nothing


class GroupLimit:
    """A sliding window of the times the bot answered in one chat."""

    def __init__(self, limit: int = 10, window: float = 60.0):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._answered: deque[float] = deque()
        self._paused = False

    def _forget(self, now: float) -> None:
        while self._answered and now - self._answered[0] >= self.window:
            self._answered.popleft()

    def take(self, now: float) -> Verdict:
        """Record an answer at `now` if the budget allows it, and say what to do."""
        self._forget(now)
        if len(self._answered) < self.limit:
            self._answered.append(now)
            self._paused = False
            return Verdict.ANSWER
        if self._paused:
            return Verdict.SILENT
        self._paused = True
        return Verdict.PAUSE

    def wait(self, now: float) -> float:
        """Seconds until the next answer is allowed (0 when it is allowed now)."""
        self._forget(now)
        if len(self._answered) < self.limit:
            return 0.0
        return max(0.0, self._answered[0] + self.window - now)
