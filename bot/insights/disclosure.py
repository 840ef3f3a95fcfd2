"""Disclosure control: which counts may be shown, so that no hidden count can be worked out.

A *block* is a set of counts (cells) plus the additive relations a reader knows, e.g. "the four channel
cells of a week add up to the week's total" or "a month cell is the sum of its week cells". ``protect``
decides per cell: shown, hidden because it is small (primary), or hidden so that a small one cannot be
computed (complementary).

1. Primary: every cell under ``THRESHOLD`` (5) is hidden, zeros included.
2. Complementary (the rule of thumb): a relation (a total and its parts) with exactly one hidden cell
   above zero reveals that cell (total minus the shown cells), so the smallest other shown cell of that
   relation is hidden too; a total is hidden only when no part can be. Repeated until nothing changes.
3. Exact check (audit): the rule of thumb misses cases where several relations together, or the bounds a
   reader knows, pin a value down. So for every hidden cell above zero the check works out the smallest
   and largest whole number it can have given everything that is shown; if both are the same, the cell
   could be computed, and the smallest shown cell next to it is hidden as well. Repeated until no hidden
   cell can be computed.

What the check assumes a reader knows (deliberately more than a reader really knows):
- every shown count and every relation between counts;
- which hidden cells are zero (a zero hides nobody, and structural zeros - before the bot started, at
  night - are often obvious), so zeros never protect another cell;
- that counts are whole numbers and never negative;
- which hidden cells were small (1-4) and which were hidden to protect another: those are at least 5,
  and at most every other candidate they were chosen from as the smallest.

Cells frozen by an earlier publication (``frozen``) keep their status: a week that has been shown once is
never hidden later, so a month may only protect itself by hiding month cells.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Dict, Hashable, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import numpy as np

THRESHOLD = 5
_EPS = 1e-6


class Kind(enum.Enum):
    SHOWN = "shown"
    PRIMARY = "primary"  # under the threshold
    COMPLEMENT = "complement"  # hidden to protect a small cell


@dataclass(frozen=True)
class Status:
    kind: Kind
    # For a complementary cell: the other candidates it was chosen from as the smallest. A reader who knows
    # the rule knows its value is at most each of theirs (a number when shown, a relation when hidden).
    at_most: Tuple[Hashable, ...] = ()

    @property
    def hidden(self) -> bool:
        return self.kind is not Kind.SHOWN


SHOWN = Status(Kind.SHOWN)
PRIMARY = Status(Kind.PRIMARY)


@dataclass(frozen=True)
class Relation:
    """``total`` equals the sum of ``parts`` (a row, a column, or weeks adding up to a month)."""

    total: Hashable
    parts: Tuple[Hashable, ...]

    @property
    def members(self) -> Tuple[Hashable, ...]:
        return (self.total,) + self.parts


class ProtectionError(RuntimeError):
    """No cell left that could be hidden to protect a computable one (a bug in the block's layout)."""


def protect(
    values: Mapping[Hashable, int],
    relations: Sequence[Relation],
    frozen: Optional[Mapping[Hashable, Status]] = None,
) -> Dict[Hashable, Status]:
    """Status of every cell in ``values``; ``frozen`` cells keep the status they were published with."""
    frozen = dict(frozen or {})
    for relation in relations:
        missing = [key for key in relation.members if key not in values]
        if missing:
            raise KeyError(f"relation refers to cells without a value: {missing[:3]}")
        if sum(values[key] for key in relation.parts) != values[relation.total]:
            raise ValueError(f"counts do not add up for {relation.total!r}")
    if any(value < 0 for value in values.values()):
        raise ValueError("counts cannot be negative")

    status: Dict[Hashable, Status] = {}
    for key, value in values.items():
        status[key] = frozen[key] if key in frozen else (PRIMARY if value < THRESHOLD else SHOWN)
    guard = _Guard(values, relations, frozen, status)
    guard.rule_of_thumb()
    guard.audit()
    return status


class _Guard:
    def __init__(self, values, relations, frozen, status) -> None:
        self.values = values
        self.relations = list(relations)
        self.frozen = frozen
        self.status = status
        self.relations_of: Dict[Hashable, List[int]] = {}
        for index, relation in enumerate(self.relations):
            for key in relation.members:
                self.relations_of.setdefault(key, []).append(index)

    # ------------------------------------------------------------------------------ choosing a cell
    def _unknown(self, key: Hashable) -> bool:
        return self.status[key].hidden and self.values[key] > 0

    def _candidates(self, keys: Iterable[Hashable]) -> List[Hashable]:
        """Shown, non-zero cells that may still be hidden, smallest first; parts before totals on a tie."""
        totals = {relation.total for relation in self.relations}
        unique = {key for key in keys if not self.status[key].hidden and key not in self.frozen and self.values[key] > 0}
        return sorted(unique, key=lambda key: (self.values[key], key in totals, repr(key)))

    def _hide_smallest(self, candidates: List[Hashable]) -> Hashable:
        chosen = candidates[0]
        self.status[chosen] = Status(Kind.COMPLEMENT, tuple(candidates[1:]))
        return chosen

    # -------------------------------------------------------------------------------- rule of thumb
    def rule_of_thumb(self) -> None:
        changed = True
        while changed:
            changed = False
            for relation in self.relations:
                hidden = [key for key in relation.members if self._unknown(key)]
                if len(hidden) != 1:
                    continue
                candidates = self._candidates(relation.members)
                if candidates:
                    self._hide_smallest(candidates)
                    changed = True

    # ----------------------------------------------------------------------------------- exact audit
    def audit(self) -> None:
        # Small cells are what must stay hidden; a complementary cell (at least 5) may be narrowed down as
        # long as no small cell follows from it, and every small cell is checked with all relations.
        to_check: Set[Hashable] = {key for key in self.values if self._unknown(key) and self.status[key].kind is Kind.PRIMARY}
        while to_check:
            computable = [key for key in sorted(to_check, key=repr) if self._computable(key)]
            if not computable:
                return
            # More hidden cells only widen what a reader can conclude, so cells already shown to be safe
            # stay safe: check again only the computable ones and the cell hidden now.
            key = computable[0]
            chosen = self._hide_smallest(self._fix_candidates(key))
            to_check = set(computable)

    def _fix_candidates(self, key: Hashable) -> List[Hashable]:
        own = [member for index in self.relations_of.get(key, []) for member in self.relations[index].members]
        candidates = self._candidates(own)
        if candidates:
            return candidates
        component = self._component(key)
        near = [member for index in self._relations_touching(component) for member in self.relations[index].members]
        candidates = self._candidates(near) or self._candidates(
            member for relation in self.relations for member in relation.members
        )
        if not candidates:
            raise ProtectionError(f"cell {key!r} can be computed and no cell is left to hide")
        return candidates

    def _relations_touching(self, keys: Iterable[Hashable]) -> List[int]:
        return sorted({index for key in keys for index in self.relations_of.get(key, [])})

    def _linked(self, key: Hashable) -> Iterable[Hashable]:
        """Cells whose value constrains ``key``'s: its relations' members and its 'at most' cells."""
        for index in self.relations_of.get(key, []):
            yield from self.relations[index].members
        yield from self.status[key].at_most
        yield from self.at_least_of.get(key, ())

    def _component(self, key: Hashable) -> List[Hashable]:
        """The hidden non-zero cells linked to ``key`` through relations and bounds."""
        self.at_least_of: Dict[Hashable, List[Hashable]] = {}
        for cell, status in self.status.items():
            for other in status.at_most:
                self.at_least_of.setdefault(other, []).append(cell)
        seen = {key}
        stack = [key]
        while stack:
            current = stack.pop()
            for member in self._linked(current):
                if member not in seen and self._unknown(member):
                    seen.add(member)
                    stack.append(member)
        return sorted(seen, key=repr)

    def _computable(self, key: Hashable) -> bool:
        """True when ``key``'s value is the only whole number consistent with everything a reader knows."""
        unknowns = self._component(key)
        position = {cell: index for index, cell in enumerate(unknowns)}
        size = len(unknowns)
        eq_rows, eq_rhs = [], []
        for index in self._relations_touching(unknowns):
            relation = self.relations[index]
            row = np.zeros(size)
            constant = 0.0
            for sign, member in [(-1.0, relation.total)] + [(1.0, part) for part in relation.parts]:
                if member in position:
                    row[position[member]] += sign
                else:
                    constant += sign * self.values[member]
            eq_rows.append(row)
            eq_rhs.append(-constant)
        bounds: List[Tuple[float, Optional[float]]] = []
        ub_rows, ub_rhs = [], []
        for cell in unknowns:
            status = self.status[cell]
            if status.kind is Kind.PRIMARY:
                bounds.append((1, THRESHOLD - 1))
                continue
            ceiling: Optional[float] = None
            for other in status.at_most:
                if other in position:  # hidden as well: cell - other <= 0
                    row = np.zeros(size)
                    row[position[cell]] += 1.0
                    row[position[other]] -= 1.0
                    ub_rows.append(row)
                    ub_rhs.append(0.0)
                else:  # shown (or zero): a number
                    ceiling = self.values[other] if ceiling is None else min(ceiling, self.values[other])
            bounds.append((THRESHOLD, ceiling))
        system = _System(
            np.array(eq_rows).reshape(len(eq_rows), size), np.array(eq_rhs),
            np.array(ub_rows).reshape(len(ub_rows), size), np.array(ub_rhs), bounds,
        )
        target = position[key]
        value = self.values[key]
        return not (system.can_reach(target, value + 1, upward=True) or system.can_reach(target, value - 1, upward=False))


class _System:
    """A_eq x = b_eq, A_ub x <= b_ub, bounds, over whole numbers: can one variable reach a value?"""

    def __init__(self, a_eq: np.ndarray, b_eq: np.ndarray, a_ub: np.ndarray, b_ub: np.ndarray,
                 bounds: List[Tuple[float, Optional[float]]]) -> None:
        self.a_eq, self.b_eq, self.a_ub, self.b_ub, self.bounds = a_eq, b_eq, a_ub, b_ub, bounds

    def can_reach(self, target: int, limit: float, upward: bool) -> bool:
        from scipy.optimize import linprog

        low, high = self.bounds[target]
        if (upward and high is not None and limit > high) or (not upward and limit < low):
            return False
        objective = np.zeros(len(self.bounds))
        objective[target] = -1.0 if upward else 1.0
        kwargs = {}
        if len(self.b_eq):
            kwargs.update(A_eq=self.a_eq, b_eq=self.b_eq)
        if len(self.b_ub):
            kwargs.update(A_ub=self.a_ub, b_ub=self.b_ub)
        result = linprog(objective, bounds=self.bounds, method="highs", **kwargs)
        if result.status == 3:  # unbounded: arbitrarily large whole numbers fit as well
            return True
        if result.status != 0:
            raise ProtectionError(f"disclosure check failed: {result.message}")
        best = result.x[target]
        if (upward and best < limit - _EPS) or (not upward and best > limit + _EPS):
            return False  # not even fractional solutions get there
        if np.all(np.abs(result.x - np.round(result.x)) < _EPS):
            return True  # the optimum is itself a whole-number solution
        return self._integer_solution_exists(target, limit, upward)

    def _integer_solution_exists(self, target: int, limit: float, upward: bool) -> bool:
        from scipy.optimize import Bounds, LinearConstraint, milp

        size = len(self.bounds)
        pick = np.zeros((1, size))
        pick[0, target] = 1.0
        constraints = [LinearConstraint(pick, limit, np.inf) if upward else LinearConstraint(pick, -np.inf, limit)]
        if len(self.b_eq):
            constraints.append(LinearConstraint(self.a_eq, self.b_eq, self.b_eq))
        if len(self.b_ub):
            constraints.append(LinearConstraint(self.a_ub, -np.inf, self.b_ub))
        low = np.array([bound[0] for bound in self.bounds], dtype=float)
        high = np.array([np.inf if bound[1] is None else bound[1] for bound in self.bounds], dtype=float)
        result = milp(np.zeros(size), constraints=constraints, integrality=np.ones(size), bounds=Bounds(low, high))
        return result.status == 0


def computable_cells(
    values: Mapping[Hashable, int], relations: Sequence[Relation], status: Mapping[Hashable, Status]
) -> List[Hashable]:
    """Small hidden cells that a reader could compute (empty for a correctly protected block)."""
    guard = _Guard(values, relations, {}, dict(status))
    return [
        key for key in sorted(values, key=repr)
        if guard._unknown(key) and status[key].kind is Kind.PRIMARY and guard._computable(key)
    ]
