import pytest

from bot.answering.dates import Date, date_in, date_of_iso, time_between


@pytest.mark.parametrize(
    ("text", "year", "date"),
    [
        ("In March 2015, CEO Lei Jun scaled the 2015 goal back", None, Date(2015, 3)),
        ("a product launch on May 15, 2014 in Beijing", None, Date(2014, 5, 15)),
        ("dated 10 April 2017", None, Date(2017, 4, 10)),
        ("april 18", 2017, Date(2017, 4, 18)),
        # no month, or no year known: no date, never one guessed
        ("april 18", None, None),
        ("in 2015", None, None),
        # a day the month does not have is no day
        ("february 30 2015", None, None),
    ],
)
def test_date_in(text, year, date):
    assert date_in(text, year) == date


@pytest.mark.parametrize(
    ("iso", "date"),
    [("2017-04-10", Date(2017, 4, 10)), ("2015-11", Date(2015, 11)), ("2015", None)],
)
def test_date_of_iso(iso, date):
    assert date_of_iso(iso) == date


@pytest.mark.parametrize(
    ("first", "second", "unit", "span"),
    [
        (Date(2015, 3), Date(2015, 7), "months", (4, "months")),
        (Date(2014, 5, 15), Date(2015, 7), "months", (14, "months")),
        (Date(2017, 4, 10), Date(2017, 4, 18), "days", (8, "days")),
        (Date(2017, 4, 18), Date(2017, 4, 10), "days", (8, "days")),  # either order
        (Date(2017, 4, 4), Date(2017, 4, 18), "weeks", (2, "weeks")),
        # days asked of a side with its month alone: counted in months
        (Date(2015, 3), Date(2015, 7, 1), "days", (4, "months")),
        (Date(2015, 1), Date(2017, 1), "years", (2, "years")),
    ],
)
def test_time_between(first, second, unit, span):
    assert time_between(first, second, unit) == span
