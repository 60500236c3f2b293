"""Keys of many rows kept small: to find repeated keys and keys pointing at nothing after a
streaming pass over a file, without keeping its rows.

A key is one column's value or several columns' values (a mood tally's board, day, round and
score). Whole numbers and days (as numbers since 2000) are packed into one number of eight
bytes — a key of n parts gets 63 // n bits a part — so a million rows cost some 12 MB here;
repeats and missing references are then found with numpy. A key with text in it (board codes,
measure names: small tables), or a part too large for its bits, is kept as it is.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

DAY_ZERO = dt.date(2000, 1, 1).toordinal()
INT64 = (-(2**63), 2**63)


def as_number(value: Any) -> int | None:
    """A whole number or a day as a number (days since 1.1.2000); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.toordinal() - DAY_ZERO
    return None


def normal(values: Iterable[Any]) -> tuple[Any, ...]:
    """A key as it is compared: numbers and days as numbers, anything else as it is."""
    return tuple(n if (n := as_number(v)) is not None else v for v in values)


class RowKeys:
    """Values of one key (a primary key, a unique key, a foreign key; `width` parts) with the
    file row each came from."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.bits = 63 // width
        self.packed: array[int] | None = array("q")
        self.rows = array("i")
        self.exact: list[tuple[Any, ...]] = []
        self.days: list[bool] | None = None  # which parts are days (to show them as days)

    def add(self, values: tuple[Any, ...], row: int) -> None:
        if self.days is None:
            self.days = [isinstance(v, dt.date) for v in values]
        if self.packed is not None:
            number = self._pack(values)
            if number is not None:
                self.packed.append(number)
                self.rows.append(row)
                return
            # A value that does not pack: keep every key as it is from here on.
            self.exact = [self._unpack(n) for n in self.packed]
            self.packed = None
        self.exact.append(normal(values))
        self.rows.append(row)

    def _pack(self, values: tuple[Any, ...]) -> int | None:
        if self.width == 1:
            value = as_number(values[0])
            return value if value is not None and INT64[0] <= value < INT64[1] else None
        number = 0
        for value in values:
            part = as_number(value)
            if part is None or not 0 <= part < 1 << self.bits:
                return None
            number = number << self.bits | part
        return number

    def _unpack(self, number: int) -> tuple[int, ...]:
        if self.width == 1:
            return (number,)
        mask = (1 << self.bits) - 1
        return tuple((number >> (self.bits * i)) & mask for i in reversed(range(self.width)))

    def key(self, at: int) -> tuple[Any, ...]:
        """The `at`th key as compared (see `normal`)."""
        return self._unpack(self.packed[at]) if self.packed is not None else self.exact[at]

    def keys(self) -> Iterator[tuple[Any, ...]]:
        for at in range(len(self.rows)):
            yield self.key(at)

    def shown(self, key: tuple[Any, ...]) -> tuple[Any, ...]:
        """A compared key with its days as days again, to name it in a message."""
        days = self.days or [False] * len(key)
        return tuple(
            dt.date.fromordinal(part + DAY_ZERO) if day and isinstance(part, int) else part
            for part, day in zip(key, days, strict=False)
        )

    def duplicates(self) -> Iterator[tuple[int, int, tuple[Any, ...]]]:
        """(row, the first row with the same key, the key) for every repeat."""
        if self.packed is not None:
            if not len(self.packed):
                return
            import numpy as np

            keys = np.frombuffer(self.packed, dtype=np.int64)
            order = np.argsort(keys, kind="stable")  # equal keys stay in file order
            ordered = keys[order]
            starts = np.ones(len(ordered), dtype=bool)
            starts[1:] = ordered[1:] != ordered[:-1]
            run_start = np.maximum.accumulate(np.where(starts, np.arange(len(ordered)), 0))
            for at in np.nonzero(~starts)[0]:
                first = self.rows[int(order[run_start[at]])]
                yield self.rows[int(order[at])], first, self._unpack(int(ordered[at]))
            return
        seen: dict[tuple[Any, ...], int] = {}
        for key, row in zip(self.exact, self.rows, strict=True):
            if key in seen:
                yield row, seen[key], key
            else:
                seen[key] = row

    def missing(
        self, allowed: RowKeys | None, extra: set[tuple[Any, ...]]
    ) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row, key) of every key found neither among `allowed` (the referred rows' keys)
        nor in `extra` (keys compared as `normal` gives them)."""
        if (
            allowed is not None
            and not extra
            and self.packed is not None
            and allowed.packed is not None
            and allowed.width == self.width
        ):
            import numpy as np

            values = np.frombuffer(self.packed, dtype=np.int64)
            present = np.isin(values, np.frombuffer(allowed.packed, dtype=np.int64))
            for missing in np.nonzero(~present)[0]:
                yield self.rows[int(missing)], self._unpack(int(values[missing]))
            return
        known = set(allowed.keys()) if allowed is not None else set()
        known |= extra
        for position, row in enumerate(self.rows):
            key = self.key(position)
            if key not in known:
                yield row, key
