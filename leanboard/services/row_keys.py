"""Keys of many rows kept small: to find repeated keys and keys pointing at nothing after a
streaming pass over a file, without keeping its rows.

Whole numbers (ids, and days as numbers since 2000) are packed into arrays of eight bytes, so a
million rows cost some 12 MB here; repeats and missing references are then found with numpy.
Keys with text in them (board codes, measure names: small tables) are kept as they are.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterator
from typing import Any

DAY_ZERO = dt.date(2000, 1, 1).toordinal()


def as_number(value: Any) -> int | None:
    """A whole number or a day as a number (days since 1.1.2000); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.toordinal() - DAY_ZERO
    return None


class RowKeys:
    """Values of one key (a primary key, a unique key, a foreign key; `width` parts) with the
    file row each came from."""

    BITS = 21  # per part when a key of several parts is packed into one number

    def __init__(self, width: int) -> None:
        self.width = width
        self.packed: array[int] | None = array("q")
        self.rows = array("i")
        self.exact: list[tuple[Any, ...]] = []

    def add(self, values: tuple[Any, ...], row: int) -> None:
        if self.packed is not None:
            number = self._pack(values)
            if number is not None:
                self.packed.append(number)
                self.rows.append(row)
                return
            # A value that does not pack: keep every key as it is from here on.
            self.exact = [self._unpack(n) for n in self.packed]
            self.packed = None
        self.exact.append(values)
        self.rows.append(row)

    def _pack(self, values: tuple[Any, ...]) -> int | None:
        if self.width == 1:
            value = as_number(values[0])
            return value if value is not None and -(2**63) <= value < 2**63 else None
        number = 0
        for value in values:
            part = as_number(value)
            if part is None or not 0 <= part < 1 << self.BITS:
                return None
            number = number << self.BITS | part
        return number

    def _unpack(self, number: int) -> tuple[Any, ...]:
        if self.width == 1:
            return (number,)
        mask = (1 << self.BITS) - 1
        parts = [(number >> (self.BITS * i)) & mask for i in range(self.width)]
        return tuple(reversed(parts))

    def keys(self) -> list[Any]:
        """Comparable keys in row order (packed numbers, or the exact tuples)."""
        if self.packed is not None:
            return list(self.packed)
        return [tuple(as_number(v) if as_number(v) is not None else v for v in k)
                for k in self.exact]  # fmt: skip

    def duplicates(self) -> Iterator[tuple[int, int, Any]]:
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
                yield self.rows[int(order[at])], first, int(ordered[at])
            return
        seen: dict[Any, int] = {}
        for key, row in zip(self.keys(), self.rows, strict=True):
            if key in seen:
                yield row, seen[key], key
            else:
                seen[key] = row

    def missing(self, allowed: set[Any] | RowKeys) -> Iterator[tuple[int, Any]]:
        """(row, value) of every value not among `allowed` (ids of the referred table)."""
        if isinstance(allowed, RowKeys) and allowed.packed is not None and self.packed is not None:
            import numpy as np

            values = np.frombuffer(self.packed, dtype=np.int64)
            present = np.isin(values, np.frombuffer(allowed.packed, dtype=np.int64))
            for at in np.nonzero(~present)[0]:
                yield self.rows[int(at)], int(values[at])
            return
        known = set(allowed.keys()) if isinstance(allowed, RowKeys) else allowed
        for key, row in zip(self.keys(), self.rows, strict=True):
            value = key if self.packed is not None else key[0]
            if value not in known:
                yield row, value
