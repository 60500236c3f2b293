"""The clock the services are handed: what day it is where the board hangs, and what moment.

Days (a mood vote's day, the safety cross's month, "overdue") are the local calendar day;
moments (an idea created, a problem solved, a change in the history) are kept as naive UTC.
`SystemClock` reads the computer's clock and time zone; `FixedClock` stands still at a given
moment in a given zone (Europe/Helsinki unless told otherwise), so tests and reproducible runs
give the same result on any day of the year, and the week of a clock change or of 29 February
can be lived through on purpose.

The store stamps the moments it writes (created_at, updated_at, the change history) from the
clock of the write transaction it runs in (`using`), so a service handed a FixedClock writes
that clock's moments too.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from typing import Protocol
from zoneinfo import ZoneInfo

FINLAND = "Europe/Helsinki"


class Clock(Protocol):
    def today(self) -> dt.date:
        """The local calendar day."""
        ...

    def now(self) -> dt.datetime:
        """The moment, as naive UTC (the way the store keeps moments)."""
        ...

    def local_midnight_utc(self, day: dt.date) -> dt.datetime:
        """The start of `day` on this clock's local time, as naive UTC."""
        ...


class SystemClock:
    """The computer's clock and time zone."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def local_midnight_utc(self, day: dt.date) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time()).astimezone()
        return local.astimezone(dt.UTC).replace(tzinfo=None)


class FixedClock:
    """A clock that shows `at` (aware, or naive local time in `zone`) until it is moved."""

    def __init__(self, at: dt.datetime, zone: str = FINLAND) -> None:
        self.zone = ZoneInfo(zone)
        self._at = self._aware(at)

    def _aware(self, at: dt.datetime) -> dt.datetime:
        return at if at.tzinfo is not None else at.replace(tzinfo=self.zone)

    def set(self, at: dt.datetime) -> None:
        self._at = self._aware(at)

    def advance(self, delta: dt.timedelta) -> None:
        # Moved in UTC: an hour later is an hour later, also across a clock change.
        self._at = (self._at.astimezone(dt.UTC) + delta).astimezone(self.zone)

    def local(self) -> dt.datetime:
        """The moment on the wall clock where the board hangs (aware)."""
        return self._at.astimezone(self.zone)

    def today(self) -> dt.date:
        return self.local().date()

    def now(self) -> dt.datetime:
        return self._at.astimezone(dt.UTC).replace(tzinfo=None)

    def local_midnight_utc(self, day: dt.date) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(), tzinfo=self.zone)
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    def __repr__(self) -> str:
        return f"FixedClock({self.local().isoformat()})"


SYSTEM_CLOCK = SystemClock()

_current: contextvars.ContextVar[Clock] = contextvars.ContextVar("leanboard_clock")


@contextlib.contextmanager
def using(clock: Clock) -> Iterator[None]:
    """Stamp the moments written in this block (this thread) from `clock`."""
    token = _current.set(clock)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> Clock:
    """The clock of the write running in this thread; the system clock outside one."""
    return _current.get(SYSTEM_CLOCK)
