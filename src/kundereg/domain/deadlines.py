"""Answer deadlines for data-subject requests.

GDPR Art. 12(3): the controller answers "without undue delay and in any event within one month
of receipt of the request", extendable "by two further months where necessary, taking into
account the complexity and number of the requests", telling the person within the first month.
(https://eur-lex.europa.eu/eli/reg/2016/679/oj, Art. 12(3))
A month runs to the same date in the next month, or that month's last day when it has no such
date (Regulation 1182/71 Art. 3(2)(c), the EU rule for periods expressed in months).
"""
from __future__ import annotations

import calendar
from datetime import date

ANSWER_MONTHS = 1
MAX_EXTENSION_MONTHS = 2


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received_on: date, extension_months: int = 0) -> date:
    return add_months(received_on, ANSWER_MONTHS + extension_months)
