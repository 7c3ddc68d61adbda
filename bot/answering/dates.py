"""Dates said in the facts and in questions, and the time between two of them.

"How many months between the march cut and the july announcement?": each side is a date written in
the question ("april 18", "march 2015"), an article's own date, or the date a fact's statement gives
("In March 2015, CEO Lei Jun scaled the 2015 goal back"). Dates are read exactly, never guessed: a side
with no month is no date, and days are counted only where both sides give a day.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTH_NAMES = "|".join(MONTHS)  # "january|february|...": a month written out, for patterns
# "May 15, 2014", "15 May 2014", "March 2015", "april 18", "in July": a month, with a day and a year
# where written
DATE_WRITTEN = re.compile(
    rf"\b(?:(?P<day_before>\d{{1,2}}) )?(?P<month>{MONTH_NAMES})"
    rf"(?: (?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?\b)?,?(?: (?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Date:
    """A date as far as it is written: a year and a month, and a day where one is given."""

    year: int
    month: int
    day: int | None = None

    def said(self) -> str:
        """'15 May 2014', 'March 2015'."""
        month = calendar.month_name[self.month]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"


def date_in(text: str, year: int | None = None) -> Date | None:
    """The first date written in `text` with its month, the year taken from `year` where the text
    gives none ("april 18" in a question about 2017); None where no month, or no year, is known."""
    found = DATE_WRITTEN.search(text)
    if found is None:
        return None
    said_year = int(found["year"]) if found["year"] else year
    if said_year is None:
        return None
    day = found["day_before"] or found["day_after"]
    month = MONTHS[found["month"].lower()]
    if day and not 1 <= int(day) <= calendar.monthrange(said_year, month)[1]:
        return None
    return Date(said_year, month, int(day) if day else None)


def date_of_iso(iso: str) -> Date | None:
    """'2017-04-10' -> 10 April 2017; an article dated by its year alone has no date to count from."""
    parts = iso.split("-")
    if len(parts) < 2:
        return None
    return Date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else None)


def time_between(first: Date, second: Date, unit: str) -> tuple[float, str] | None:
    """The time from one date to the other in `unit` ("days", "weeks", "months", "years"), and the
    unit it is said in: months where a day is asked for but a side gives only its month; None where
    the dates cannot give it."""
    if unit in ("days", "weeks") and first.day and second.day:
        days = abs(
            (
                datetime.date(second.year, second.month, second.day)
                - datetime.date(first.year, first.month, first.day)
            ).days
        )
        return (days, "days") if unit == "days" else (days / 7, "weeks")
    months = abs((second.year - first.year) * 12 + second.month - first.month)
    if unit == "years":
        return months / 12, "years"
    return months, "months"
