"""Disclosure control: which counts may be shown, so that no small hidden count can be worked out.

A *block* is a set of counts (cells) plus the sums a reader knows, e.g. "the four channel cells of a week
add up to the week's number of messages" or "a month cell is the sum of its week cells". ``protect``
decides per cell: shown, hidden because it is small (primary), or hidden so that a small one cannot be
computed (complementary).

1. Primary: every cell under ``THRESHOLD`` (5) is hidden, zeros included.
2. Complementary, the rule of thumb: a sum (a total and its parts) with exactly one hidden cell above
   zero gives that cell away (total minus the shown cells). So the smallest other shown cell of that sum
   is hidden too; the total only when no part is left. Repeated until nothing changes.
3. Exact check: several sums together, or what a reader knows about hidden cells, can still pin a value
   down where the rule of thumb sees nothing. For every small hidden cell the check computes the smallest
   and largest whole number it can have, given everything a reader knows (below), with linear
   programming (integer programming where that is not exact). When both are equal, the smallest shown
   cell in a sum with it is hidden as well, and the check runs again.

What the check assumes a reader knows:
- every shown count, and every sum between counts;
- that counts are whole numbers and never negative;
- which hidden cells are zero: a zero hides nobody, and structural zeros (before the bot started, at
  night) are often obvious, so zeros never count as protection;
- that a hidden cell that is part of no sum (``capped``: a month's crisis count) is under 5: it can only
  have been hidden for being small.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import AbstractSet, Dict, Hashable, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import numpy as np

THRESHOLD = 5
_EPS = 1e-6
WITNESS_FROM = 4  # cells to check in one group before trying two shared solutions first


class Status(enum.Enum):
    SHOWN = "shown"
    PRIMARY = "primary"  # hidden: under the threshold
    COMPLEMENT = "complement"  # hidden: protects a small cell

    @property
    def hidden(self) -> bool:
        return self is not Status.SHOWN


@dataclass(frozen=True)
class Relation:
    """``total`` equals the sum of ``parts`` (a column, a row, or the weeks of a month)."""

    total: Hashable
    parts: Tuple[Hashable, ...]

    @property
    def members(self) -> Tuple[Hashable, ...]:
        return (self.total,) + self.parts


class ProtectionError(RuntimeError):
    """A small cell can be computed and no cell is left to hide (cannot happen for a well-formed block)."""


def protect(
    values: Mapping[Hashable, int],
    relations: Sequence[Relation],
    capped: AbstractSet[Hashable] = frozenset(),
) -> Dict[Hashable, Status]:
    """The status of every cell in ``values`` (``capped``: see above)."""
    _check(values, relations)
    status = {key: Status.PRIMARY if value < THRESHOLD else Status.SHOWN for key, value in values.items()}
    guard = _Guard(values, relations, status, capped)
    guard.rule_of_thumb()
    guard.audit()
    return status


def computable_cells(
    values: Mapping[Hashable, int],
    relations: Sequence[Relation],
    status: Mapping[Hashable, Status],
    capped: AbstractSet[Hashable] = frozenset(),
) -> List[Hashable]:
    """Small hidden cells a reader could compute from ``status`` (empty for a protected block)."""
    _check(values, relations)
    guard = _Guard(values, relations, dict(status), capped)
    return [key for key in guard.small_hidden() if guard.computable(key)]


def _check(values: Mapping[Hashable, int], relations: Sequence[Relation]) -> None:
    if any(value < 0 for value in values.values()):
        raise ValueError("counts cannot be negative")
    for relation in relations:
        missing = [key for key in relation.members if key not in values]
        if missing:
            raise KeyError(f"a sum refers to cells without a count: {missing[:3]}")
        if sum(values[key] for key in relation.parts) != values[relation.total]:
            raise ValueError(f"counts do not add up for {relation.total!r}")


class _Guard:
    def __init__(self, values, relations, status, capped) -> None:
        self.values = values
        self.relations = list(relations)
        self.status = status
        self.capped = capped
        self.totals = {relation.total for relation in self.relations}
        self.relations_of: Dict[Hashable, List[int]] = {}
        for index, relation in enumerate(self.relations):
            for key in relation.members:
                self.relations_of.setdefault(key, []).append(index)

    def unknown(self, key: Hashable) -> bool:
        """Hidden and not zero: a reader does not know its value."""
        return self.status[key].hidden and self.values[key] > 0

    def small_hidden(self) -> List[Hashable]:
        return sorted((key for key in self.values if self.unknown(key) and self.status[key] is Status.PRIMARY), key=repr)

    # ------------------------------------------------------------------------------ choosing a cell
    def _candidates(self, keys: Iterable[Hashable]) -> List[Hashable]:
        """Shown, non-zero cells that may still be hidden: smallest first, parts before totals on a tie."""
        unique = {key for key in keys if not self.status[key].hidden and self.values[key] > 0}
        return sorted(unique, key=lambda key: (self.values[key], key in self.totals, repr(key)))

    def _members(self, keys: Iterable[Hashable]) -> List[Hashable]:
        return [member for index in self._relations_touching(keys) for member in self.relations[index].members]

    def _relations_touching(self, keys: Iterable[Hashable]) -> List[int]:
        return sorted({index for key in keys for index in self.relations_of.get(key, [])})

    # -------------------------------------------------------------------------------- rule of thumb
    def rule_of_thumb(self) -> None:
        changed = True
        while changed:
            changed = False
            for relation in self.relations:
                if sum(1 for key in relation.members if self.unknown(key)) != 1:
                    continue
                candidates = self._candidates(relation.members)
                if candidates:
                    self.status[candidates[0]] = Status.COMPLEMENT
                    changed = True

    # ----------------------------------------------------------------------------------- exact check
    def audit(self) -> None:
        to_check: Set[Hashable] = set(self.small_hidden())
        while to_check:
            computable = self._computable_among(to_check)
            if not computable:
                return
            # Hiding more only widens what a reader can conclude, so cells found safe stay safe.
            key = computable[0]
            candidates = (
                self._candidates(self._members([key]))
                or self._candidates(self._members(self._component(key)))
                or self._candidates(self._members(self.values))
            )
            if not candidates:
                raise ProtectionError(f"cell {key!r} can be computed and no cell is left to hide")
            self.status[candidates[0]] = Status.COMPLEMENT
            to_check = set(computable)

    def computable(self, key: Hashable) -> bool:
        """True when ``key``'s count is the only whole number consistent with what a reader knows."""
        return bool(self._computable_among({key}))

    def _computable_among(self, keys: AbstractSet[Hashable]) -> List[Hashable]:
        found: List[Hashable] = []
        remaining = set(keys)
        for key in sorted(keys, key=repr):
            if key not in remaining:
                continue
            unknowns = self._component(key)
            system = self._system(unknowns)
            truth = np.array([self.values[cell] for cell in unknowns], dtype=float)
            todo = [index for index, cell in enumerate(unknowns) if cell in remaining]
            remaining -= set(unknowns)
            if not system.a.size:  # in no sum: only its bounds limit it, and they leave room
                continue
            if len(todo) >= WITNESS_FROM:
                # Whole-number solutions far from the truth prove many cells safe in one go.
                for witness in system.witnesses(truth):
                    todo = [index for index in todo if round(witness[index]) == truth[index]]
            for index in todo:
                value = truth[index]
                if not (system.reaches(index, value + 1, upward=True) or system.reaches(index, value - 1, upward=False)):
                    found.append(unknowns[index])
        return sorted(found, key=repr)

    def _component(self, key: Hashable) -> List[Hashable]:
        """The unknown cells linked to ``key`` through sums (they constrain each other)."""
        seen = {key}
        stack = [key]
        while stack:
            for member in self._members([stack.pop()]):
                if member not in seen and self.unknown(member):
                    seen.add(member)
                    stack.append(member)
        return sorted(seen, key=repr)

    def _system(self, unknowns: List[Hashable]) -> "_IntegerSystem":
        position = {cell: index for index, cell in enumerate(unknowns)}
        rows, rhs = [], []
        for index in self._relations_touching(unknowns):
            relation = self.relations[index]
            row = np.zeros(len(unknowns))
            known = 0.0
            for sign, member in [(-1.0, relation.total)] + [(1.0, part) for part in relation.parts]:
                if member in position:
                    row[position[member]] += sign
                else:
                    known += sign * self.values[member]
            rows.append(row)
            rhs.append(-known)
        bounds = [(1.0, THRESHOLD - 1.0 if cell in self.capped else None) for cell in unknowns]
        return _IntegerSystem(np.array(rows).reshape(len(rows), len(unknowns)), np.array(rhs), bounds)


class _IntegerSystem:
    """A x = b with bounds, x whole: can variable ``target`` be at least (or at most) ``limit``?"""

    def __init__(self, a: np.ndarray, b: np.ndarray, bounds: List[Tuple[float, Optional[float]]]) -> None:
        self.a, self.b, self.bounds = a, b, bounds

    def witnesses(self, truth: np.ndarray) -> List[np.ndarray]:
        """Whole-number solutions pushed away from ``truth`` (all cells up, then all down)."""
        from scipy.optimize import linprog

        found = []
        if len(truth) < 2:
            return found
        equalities = {"A_eq": self.a, "b_eq": self.b} if len(self.b) else {}
        # Larger than the truth where the truth is small, and the other way round.
        for direction in (1.0, -1.0):
            objective = direction * (truth - truth.mean() + 0.5)
            result = linprog(objective, bounds=self._finite_bounds(truth), method="highs", **equalities)
            if result.status == 0 and np.all(np.abs(result.x - np.round(result.x)) < _EPS):
                found.append(result.x)
        return found

    def _finite_bounds(self, truth: np.ndarray) -> List[Tuple[float, float]]:
        # Unbounded cells get a generous finite ceiling so that every objective has an optimum.
        ceiling = float(truth.sum() * 2 + THRESHOLD)
        return [(low, ceiling if high is None else high) for low, high in self.bounds]

    def reaches(self, target: int, limit: float, upward: bool) -> bool:
        from scipy.optimize import linprog

        low, high = self.bounds[target]
        if (upward and high is not None and limit > high) or (not upward and limit < low):
            return False
        objective = np.zeros(len(self.bounds))
        objective[target] = -1.0 if upward else 1.0
        equalities = {"A_eq": self.a, "b_eq": self.b} if len(self.b) else {}
        result = linprog(objective, bounds=self.bounds, method="highs", **equalities)
        if result.status == 3:  # unbounded: arbitrarily large whole numbers fit too
            return True
        if result.status != 0:
            raise ProtectionError(f"disclosure check failed: {result.message}")
        best = result.x[target]
        if (upward and best < limit - _EPS) or (not upward and best > limit + _EPS):
            return False  # not even a fractional solution gets there
        if np.all(np.abs(result.x - np.round(result.x)) < _EPS):
            return True  # the optimum is a whole-number solution itself
        return self._whole_solution(target, limit, upward)

    def _whole_solution(self, target: int, limit: float, upward: bool) -> bool:
        from scipy.optimize import Bounds, LinearConstraint, milp

        size = len(self.bounds)
        pick = np.zeros((1, size))
        pick[0, target] = 1.0
        constraints = [LinearConstraint(pick, limit, np.inf) if upward else LinearConstraint(pick, -np.inf, limit)]
        if len(self.b):
            constraints.append(LinearConstraint(self.a, self.b, self.b))
        low = np.array([bound[0] for bound in self.bounds])
        high = np.array([np.inf if bound[1] is None else bound[1] for bound in self.bounds])
        result = milp(np.zeros(size), constraints=constraints, integrality=np.ones(size), bounds=Bounds(low, high))
        return result.status == 0
