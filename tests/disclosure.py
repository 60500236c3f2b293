"""Can one mood vote be worked out from what the boards show? Linear algebra over the votes.

An observer who watched the votes arrive knows which votes a figure is made of (the rule is
public, and they saw who voted when); what they do not know is each vote's score. Model each
vote i by eleven unknowns y[i, s] (1 when vote i gave score s). The observer knows that each
vote gave one score (Σ_s y[i, s] = 1) and, from each figure shown,

- an average over a group G of votes (with its count): Σ_{i∈G} Σ_s s·y[i, s];
- a distribution (the wall's bars): Σ_{i∈G} y[i, s] for every s.

A vote's score Σ_s s·y[i, s], or the fact "vote i gave s" (y[i, s]), can be worked out from
these exactly when its vector lies in the row space of the equations. `determined()` checks
that for every vote, with one singular value decomposition (numpy; the coefficients are
small integers, so the rank is clear-cut).

What linear algebra does not see, and the rule cannot prevent: when all votes of a group are
the same score the bounds 0 ≤ y ≤ 1 pin them (tests keep their groups mixed), and people who
tell each other their scores learn the rest.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

SCORES = 11


class Observer:
    def __init__(self, votes: int) -> None:
        self.votes = votes
        self.rows: set[tuple[int, ...]] = set()
        self.groups: set[frozenset[int]] = set()  # every group a figure was seen of
        for i in range(votes):  # each vote gave exactly one score
            self._add({(i, s): 1 for s in range(SCORES)})

    def _add(self, coefficients: dict[tuple[int, int], int]) -> None:
        row = [0] * (self.votes * SCORES)
        for (i, s), c in coefficients.items():
            row[i * SCORES + s] = c
        if any(row):
            self.rows.add(tuple(row))

    def sees_sum(self, group: Iterable[int]) -> None:
        """An average of these votes, shown with their number: their sum is known."""
        members = set(group)
        self.groups.add(frozenset(members))
        self._add({(i, s): s for i in members for s in range(SCORES)})

    def sees_distribution(self, group: Iterable[int]) -> None:
        """How many of these votes gave each score (the bars of the wall)."""
        members = set(group)
        self.groups.add(frozenset(members))
        for s in range(SCORES):
            self._add({(i, s): 1 for i in members})

    def determined(self) -> set[int]:
        """The votes whose score, or any one 'gave s or not', the equations fix."""
        matrix = np.array(sorted(self.rows), dtype=float)
        _, singular, vt = np.linalg.svd(matrix, full_matrices=False)
        basis = vt[singular > 1e-9 * singular[0]]

        def in_span(vector: np.ndarray) -> bool:
            rest = vector - basis.T @ (basis @ vector)
            return bool(np.linalg.norm(rest) < 1e-7 * max(1.0, float(np.linalg.norm(vector))))

        found = set()
        for i in range(self.votes):
            score = np.zeros(self.votes * SCORES)
            score[i * SCORES : (i + 1) * SCORES] = range(SCORES)
            units = (np.eye(1, self.votes * SCORES, i * SCORES + s)[0] for s in range(SCORES))
            if in_span(score) or any(in_span(u) for u in units):
                found.add(i)
        return found
