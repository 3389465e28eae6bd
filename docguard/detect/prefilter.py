"""Literal prefilters for lexicon rules, so a rule's regex runs only when it could match.

For each rule's (folded) regex we derive a set of literal strings such that every match
contains at least one of them, by walking the parsed pattern: a concatenation needs any one
of its parts, an alternation needs one of each branch's, an optional part needs nothing. One
Aho-Corasick pass over the text then says which literals occur, and only rules whose set is
hit (or that have no usable set) are run. This is the RE2/Hyperscan prefilter idea; it changes
speed, never results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as C  # type: ignore[attr-defined]  # the regex parser (Python 3.11+)
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, Protocol, TypeVar

import ahocorasick

Requirement = frozenset[str] | None


def required_literals(pattern: str) -> Requirement:
    """Literals one of which every match of ``pattern`` contains; None when there is no such set."""
    return _seq(sre_parse.parse(pattern))


def _seq(items: Iterable[tuple[Any, Any]]) -> Requirement:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL:
            run.append(chr(av[0][1]))
            continue
        child: Requirement = None
        if op is C.BRANCH and run:
            # "slurr(?:ed|ing)": also try the run joined with each branch's first letters ("slurre", "slurri")
            candidates.append(frozenset("".join(run) + _lead(b) for b in av[1]))
        flush()
        if op is C.SUBPATTERN:
            child = _seq(av[-1])
        elif op is C.BRANCH:
            branches = [_seq(b) for b in av[1]]
            if all(b is not None for b in branches):
                child = frozenset().union(*(b for b in branches if b is not None))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            if lo >= 1:
                child = _seq(sub)
        if child is not None:
            candidates.append(child)
    flush()
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


# Words too common to gate on: a literal scores by its length without spaces, these score 0.
_COMMON = frozenset(
    ["the", "to", "of", "on", "in", "a", "an", "and", "my", "i", "is", "for", "it", "at", "with", "be", "me", "he", "she", "his", "her", "that", "this", "you", "we", "not", "no", "do", "or", "de", "la", "el", "en", "que", "se", "mi", "y", "los", "las", "un", "una", "por", "con", "lo", "le", "su", "al", "del", "es"]
)


def _selectivity(req: frozenset[str]) -> tuple[int, int]:
    """Prefer sets whose weakest literal is long and not a common word, then smaller sets."""
    return (min(0 if x.strip(" ") in _COMMON else len(x.strip(" ")) for x in req), -len(req))


def _lead(items: Any) -> str:
    """The literal characters an alternative starts with."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL:
            out.append(chr(av[0][1]))
        else:
            break
    return "".join(out)


class Prefilter:
    """Which of a list of patterns may match a text, by one scan for their required literals."""

    MIN_USEFUL = 2  # a required literal shorter than this is not worth gating on

    def __init__(self, patterns: list[str]) -> None:
        self._always: list[int] = []
        self._by_literal: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            req = required_literals(pattern)
            if req is None or min(len(x) for x in req) < self.MIN_USEFUL:
                self._always.append(i)
                continue
            for literal in req:
                self._by_literal.setdefault(literal, []).append(i)
        self._keys = frozenset(self._by_literal)
        self._automaton = ahocorasick.Automaton()
        for literal in self._by_literal:
            self._automaton.add_word(literal, literal)
        self._has_words = bool(self._by_literal)
        if self._has_words:
            self._automaton.make_automaton()

    @property
    def literals(self) -> frozenset[str]:
        return frozenset(self._by_literal)

    @property
    def always(self) -> int:
        """How many patterns have no usable literal and always run."""
        return len(self._always)

    def candidates(self, text: str, found: frozenset[str] | None = None) -> list[int]:
        """Indexes of the patterns that may match ``text``, in their original order.

        ``found`` is the set of literals already known to occur (from a shared LiteralScanner);
        without it this prefilter scans the text itself.
        """
        hit = set(self._always)
        if found is None:
            found = frozenset(lit for _, lit in self._automaton.iter(text)) if self._has_words else frozenset()
        for literal in self._keys.intersection(found):
            hit.update(self._by_literal[literal])
        return sorted(hit)


class LiteralScanner:
    """One Aho-Corasick pass for the literals of every detector, shared by all of them."""

    def __init__(self, literals: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for literal in set(literals):
            self._automaton.add_word(literal, literal)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def scan(self, text: str) -> frozenset[str]:
        if self._empty:
            return frozenset()
        return frozenset(lit for _, lit in self._automaton.iter(text))


class _HasPattern(Protocol):
    @property
    def pattern(self) -> str: ...


R = TypeVar("R", bound=_HasPattern)


class RuleSet(Generic[R]):
    """Rules compiled for matching: one regex per top-level alternative, each behind its literal gate.

    A concept rule with dozens of alternatives then runs only the few whose words occur; the
    matches are the same as running each rule's whole regex.
    """

    def __init__(self, rules: Iterable[R], fold: Any) -> None:
        self._compiled: list[tuple[R, re.Pattern[str]]] = []
        sources: list[str] = []
        for rule in rules:
            for branch in top_level_branches(fold(rule.pattern)):
                source = literal_first(branch)
                self._compiled.append((rule, re.compile(source)))
                sources.append(source)
        self._prefilter = Prefilter(sources)

    @property
    def literals(self) -> frozenset[str]:
        return self._prefilter.literals

    def matches(self, text: str, found: frozenset[str] | None = None) -> Iterator[tuple[R, int, int]]:
        """(rule, start, end) for every match, rule by rule in their original order."""
        for index in self._prefilter.candidates(text, found):
            rule, regex = self._compiled[index]
            for m in regex.finditer(text):
                yield rule, m.start(), m.end()


def top_level_branches(pattern: str) -> list[str]:
    """Split a regex at its top-level "|" (not inside a group, a class or an escape)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


_LEAD = re.compile(r"\\b([a-z0-9' ]+)")


def literal_first(alt: str) -> str:
    """``\\bword...`` -> ``word(?<=\\bword)...``: the same matches, but re can jump to the literal.

    A pattern that opens with ``\\b`` makes the engine try the boundary at every position;
    opening with the literal lets it use its fast literal search.
    """
    m = _LEAD.match(alt)
    if not m:
        return alt
    lit, rest = m.group(1), alt[m.end() :]
    if rest[:1] in ("?", "*", "+", "{"):  # the quantifier binds the last character: leave it out of the run
        lit, rest = lit[:-1], lit[-1] + rest
    if not lit.strip():
        return alt
    return f"{lit}(?<=\\b{lit}){rest}"



__all__ = ["LiteralScanner", "Prefilter", "literal_first", "required_literals", "top_level_branches"]
