"""Appointment and admin: scheduling, refills, prescriptions, records, results release, billing, forms.

Two steps. The lexicon finds an admin *topic* (an appointment, a refill, a bill, a form...).
Then ``refine`` keeps a topic only when it is a request or a notice to the practice: the
sentence (or the one after it) asks for something or says "I need / please / can you / are
you open", and the item speaks to or about the practice or the writer's own care. That
leaves out reviews that only tell a story about a bill or a lost referral, remarks about
the health system ("appointments are so hard to get these days"), explanations asked about
no one's care ("what does in-network mean?"), figures of speech ("this paperwork is killing
me") and phishing that borrows admin words ("verify your insurance details").

Notices that are admin by themselves (running late, confirming a time, "I'm in the lobby")
need no request form.

This module also holds the matching helpers the three question detectors (appointment_admin,
medical_advice, general_question) share, because it is the one they all import: sentence
spans, the admin topic hits medical_advice uses to tell an admin ask from a health ask, and
fast matching (``Vocabulary``: tagged word lists in one Aho-Corasick pass; ``Alternation``
and ``Gate``: big alternations run alternative by alternative behind a literal prefilter;
``BoundedRegex``: a leading ``\\b`` checked by hand so ``re`` can search for the first letters).
They would sit better in a shared module under docguard/detect/.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from re import _constants as _C  # type: ignore[attr-defined]  # Python 3.11+: the regex parser
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, cast

import ahocorasick

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.detect.prefilter import Prefilter, required_literals, top_level_branches
from docguard.results import Suppression
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

# --- fast matching, shared by the three question detectors -------------------------------------


class BoundedRegex:
    """A compiled pattern whose leading ``\\b`` is checked by hand.

    A pattern that opens on ``\\b`` defeats ``re``'s literal-prefix search and costs about ten
    times more to scan a text than the same pattern opening on its first letters. Searching
    without it and checking the word boundary at each candidate start gives the same matches.
    """

    __slots__ = ("_bounded", "_regex")

    def __init__(self, source: str) -> None:
        # only worth it when the rest opens on a literal letter, which ``re`` can search for fast
        self._bounded = source.startswith("\\b") and _opens_on_literal(source[2:])
        self._regex = re.compile(source[2:] if self._bounded else source)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        while pos <= end:
            m = self._regex.search(text, pos, end)
            if m is None or not self._bounded or _boundary(text, m.start()):
                return m
            pos = m.start() + 1
        return None

    def sub(self, repl: str, text: str) -> str:
        out, pos = [], 0
        for m in self.finditer(text):
            out.append(text[pos : m.start()])
            out.append(repl)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def finditer(self, text: str) -> list[re.Match[str]]:
        if not self._bounded:
            return list(self._regex.finditer(text))
        out = []
        search, pos, n = self._regex.search, 0, len(text)
        while pos <= n:
            m = search(text, pos)
            if m is None:
                break
            start, end = m.span()
            if _boundary(text, start):
                out.append(m)
                pos = end if end > start else start + 1
            else:
                pos = start + 1
        return out


def _opens_on_literal(source: str) -> bool:
    try:
        return _first_literal(list(_sre_parse.parse(source)))
    except re.error:
        return False


def _first_literal(items: Any) -> bool:
    """The pattern opens on a letter or digit (or on one of several, in every branch)."""
    if not items:
        return False
    op, av = items[0]
    if op is _C.LITERAL:
        return chr(av).isalnum()
    if op is _C.SUBPATTERN:
        return _first_literal(list(av[-1]))
    if op is _C.BRANCH:
        return all(_first_literal(list(branch)) for branch in av[1])
    return False


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at position i: a word character on one side only."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


class Alternation:
    """A large regex alternation run as its alternatives, each only when a literal it needs occurs.

    Python's ``re`` tries every alternative at every position, which is slow for a vocabulary
    of hundreds of words. The engine's literal prefilter (one Aho-Corasick pass) first says which
    alternatives can match at all, usually a handful, and only those run. Same matches, far faster.
    Offers the part of the ``re.Pattern`` interface the detectors use: ``search``, ``finditer``, ``sub``.
    Shared by the appointment_admin, medical_advice and general_question detectors.
    """

    _CACHE_SIZE = 512

    def __init__(self, source: str) -> None:
        folded = [fold_pattern(alt) for alt in split_alternatives(source)]
        self._regexes = [BoundedRegex(f) for f in folded]
        self._prefilter = Prefilter(folded)
        self._always = sum(1 for f in folded if _ungated(f))
        self._cache: dict[str, list[re.Match[str]]] = {}

    @property
    def always(self) -> int:
        """How many alternatives have no literal to gate on (they run on every text)."""
        return self._always

    def _matches(self, text: str) -> list[re.Match[str]]:
        got = self._cache.get(text)
        if got is None:
            got = [m for i in self._prefilter.candidates(text) for m in self._regexes[i].finditer(text)]
            got.sort(key=lambda m: (m.start(), -m.end()))
            if len(self._cache) >= self._CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = got
        return got

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos or endpos is not None:
            end = len(text) if endpos is None else endpos
            for m in self._matches(text[:end]):
                if m.start() >= pos:
                    return m
            return None
        found = self._matches(text)
        return found[0] if found else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return self._matches(text)

    def sub(self, repl: str, text: str) -> str:
        out, pos = [], 0
        for m in self._matches(text):
            if m.start() < pos:
                pos = max(pos, m.end())
                continue
            out.append(text[pos : m.start()])
            out.append(repl)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)


def _ungated(pattern: str) -> bool:
    req = required_literals(pattern)
    return req is None or min(len(x) for x in req) < Prefilter.MIN_USEFUL


def split_alternatives(source: str, prefix: str = "", suffix: str = "") -> list[str]:
    """The top-level alternatives of a regex, with wrapping ``\\b(?:...)\\b`` groups distributed over them."""
    parts = top_level_branches(source)
    if len(parts) > 1:
        return [alt for part in parts for alt in split_alternatives(part, prefix, suffix)]
    part = parts[0]
    m = _WRAPPED.fullmatch(part)
    if m and _closes_at_end(part, m.start(2) - 3):
        return split_alternatives(m.group(2), prefix + (m.group(1) or ""), (m.group(3) or "") + suffix)
    return [f"{prefix}(?:{part}){suffix}" if prefix or suffix else part]


_WRAPPED = re.compile(r"(\\b|\^\\W\*)?\(\?:(.*)\)(\\b)?", re.S)




def _closes_at_end(source: str, open_at: int) -> bool:
    """The group opening at ``open_at`` closes at the last ')' of the (suffix-stripped) source."""
    depth, i, in_class = 0, open_at, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                rest = source[i + 1 :]
                return rest in ("", "\\b")
        i += 1
    return False


class Vocabulary:
    """Tagged word and phrase lists found in one Aho-Corasick pass, as whole words.

    Each tag names a vocabulary given as a regex alternation (``\\b(?:pain|rash\\w*|heart attacks?)\\b``).
    Alternatives that spell a finite set of words or phrases (optionally ending in ``\\w*``, or
    opening on ``\\w{3,}`` for a suffix such as ``-itis``) are expanded once into the automaton;
    the rest stay regexes, gated by their literals. ``hits(text)`` gives, per tag, the spans
    where an entry occurs with the same word boundaries ``\\b`` would demand. The entries are
    built from the folded patterns, so they meet the normalised text.
    """

    _MAX_FORMS = 400

    def __init__(self, sources: dict[str, str]) -> None:
        # key -> {(kind, minimum): tags}; kind: "word" (both edges), "stem" (left edge), "suffix" (right edge, >= minimum letters before)
        entries: dict[str, dict[tuple[str, int], set[str]]] = {}
        residue: list[tuple[str, str]] = []
        for tag, source in sources.items():
            for alt in split_alternatives(source):
                folded = fold_pattern(alt)
                forms = _expand(folded, self._MAX_FORMS)
                if forms is None or any(_NOT_WORDLIKE.search(f) for f in forms):
                    residue.append((tag, folded))
                    continue
                for form in forms:
                    if form.startswith(_SUFFIX):
                        minimum, _, key = form[1:].partition(_SUFFIX)
                        kind = ("suffix", int(minimum))
                    elif form.endswith(_STEM):
                        key, kind = form[:-1], ("stem", 0)
                    else:
                        key, kind = form, ("word", 0)
                    if key:
                        entries.setdefault(key, {}).setdefault(kind, set()).add(tag)
        # Words of one or two letters ("i", "me", "my") would hit inside every other word: they are looked up by token.
        self._short: dict[str, tuple[str, ...]] = {}
        self._automaton = ahocorasick.Automaton()
        for key, kinds in entries.items():
            packed = tuple((kind, minimum, tuple(sorted(tags))) for (kind, minimum), tags in kinds.items())
            if len(key) <= 2 and all(kind == "word" for kind, _, _ in packed):
                self._short[key] = tuple(sorted({tag for _, _, tags in packed for tag in tags}))
            else:
                self._automaton.add_word(key, (len(key), key.endswith(" "), packed))
        self._automaton.make_automaton()
        # The rest stay regexes, each run only when a literal it needs (or a digit it needs) is in the text.
        self._residue = [(tag, BoundedRegex(p), _needs_digit(p)) for tag, p in residue]
        self._residue_filter = Prefilter([p for _, p in residue])

    def hits(self, text: str) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        n = len(text)
        short = self._short
        for m in _SHORT_WORD.finditer(text):
            for tag in short.get(m.group(), ()):
                out.setdefault(tag, []).append(m.span())
        for last, (length, open_end, kinds) in self._automaton.iter(text):
            start, end = last - length + 1, last + 1
            left = start == 0 or not _is_word(text[start - 1])
            right = open_end or end == n or not _is_word(text[end])
            for kind, minimum, tags in kinds:
                if kind == "word":
                    if not (left and right):
                        continue
                    span = (start, end)
                elif kind == "stem":
                    if not left:
                        continue
                    stop = end
                    while stop < n and _is_word(text[stop]):
                        stop += 1
                    span = (start, stop)
                else:  # suffix: the end of a word with at least ``minimum`` letters before it
                    if not right:
                        continue
                    begin = start
                    while begin > 0 and _is_word(text[begin - 1]):
                        begin -= 1
                    if start - begin < minimum:
                        continue
                    span = (begin, end)
                for tag in tags:
                    out.setdefault(tag, []).append(span)
        has_digit: bool | None = None
        for index in self._residue_filter.candidates(text):
            tag, rx, digit = self._residue[index]
            if digit:
                if has_digit is None:
                    has_digit = bool(_DIGIT.search(text))
                if not has_digit:
                    continue
            found = [m.span() for m in rx.finditer(text)]
            if found:
                out.setdefault(tag, []).extend(found)
        for spans in out.values():
            spans.sort()
        return out


_SHORT_WORD = re.compile(r"\b\w{1,2}\b")


def _needs_digit(pattern: str) -> bool:
    """Every match of the pattern contains a digit (so a text without one can skip it)."""
    return _seq_needs_digit(_sre_parse.parse(pattern))


def _seq_needs_digit(items: Any) -> bool:
    for op, av in items:
        if op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            return True
        if op is _C.LITERAL and chr(av).isdigit():
            return True
        if op is _C.IN and all(o is _C.LITERAL and chr(v).isdigit() for o, v in av):
            return True
        if op is _C.SUBPATTERN and _seq_needs_digit(av[-1]):
            return True
        if op is _C.BRANCH and all(_seq_needs_digit(b) for b in av[1]):
            return True
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and _seq_needs_digit(av[2]):
            return True
    return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_SUFFIX, _STEM = "\x00", "\x01"
# Punctuation that the pattern requires (parentheses, dots...): such entries stay regexes.
_NOT_WORDLIKE = re.compile(r"[^\w\s'\-\x00\x01]")
_DIGIT = re.compile(r"\d")


def _expand(pattern: str, limit: int) -> list[str] | None:
    """The finite set of strings a simple pattern spells (``\\w*`` at the end and ``\\w{n,}`` at the start become markers)."""
    try:
        parsed = list(_sre_parse.parse(pattern))
    except re.error:
        return None
    while parsed and parsed[0] == (_C.AT, _C.AT_BOUNDARY):
        parsed = parsed[1:]
    while parsed and parsed[-1] == (_C.AT, _C.AT_BOUNDARY):
        parsed = parsed[:-1]
    prefix, suffix = "", ""
    if parsed and parsed[0][0] is _C.MAX_REPEAT and _is_word_class(parsed[0][1][2]) and parsed[0][1][1] == _C.MAXREPEAT:
        prefix = f"{_SUFFIX}{parsed[0][1][0]}{_SUFFIX}"
        parsed = parsed[1:]
    if parsed and parsed[-1][0] is _C.MAX_REPEAT and _is_word_class(parsed[-1][1][2]) and parsed[-1][1][1] == _C.MAXREPEAT:
        if parsed[-1][1][0] > 1 or prefix:
            return None
        suffix = _STEM
        parsed = parsed[:-1]
    forms = _expand_seq(parsed, limit)
    if forms is None or (prefix and any(" " in f for f in forms)) or (suffix and any(f.endswith(" ") for f in forms)):
        return None
    return [prefix + f + suffix for f in forms if f or prefix]


def _is_word_class(item: Any) -> bool:
    return bool(list(item) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_WORD)])])


def _expand_seq(items: Any, limit: int) -> list[str] | None:
    forms = [""]
    options: list[str] | None
    for op, av in items:
        if op is _C.LITERAL:
            options = [chr(av)]
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            options = [chr(v) for _, v in av]
        elif op is _C.SUBPATTERN:
            options = _expand_seq(av[-1], limit)
        elif op is _C.BRANCH:
            options = []
            for branch in av[1]:
                got = _expand_seq(branch, limit)
                if got is None:
                    return None
                options.extend(got)
        elif op is _C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _expand_seq(av[2], limit)
            options = None if inner is None else ["", *inner]
        else:
            return None
        if options is None:
            return None
        forms = [f + o for f in forms for o in options]
        if len(forms) > limit:
            return None
    return forms


class Gate:
    """Which of a list of patterns may match, from the literals found in the text (the engine's prefilter idea).

    Like ``Prefilter``, but given the shared scan's literals it intersects them with its own in
    one set operation instead of looking each found literal up in turn.
    """

    def __init__(self, patterns: list[str]) -> None:
        self._always: list[int] = []
        self._by_literal: dict[str, list[int]] = {}
        # patterns every match of which holds a digit: skipped on a text without one
        self._digits = frozenset(i for i, pattern in enumerate(patterns) if _needs_digit(pattern))
        for i, pattern in enumerate(patterns):
            req = required_literals(pattern)
            if req is None or min(len(x) for x in req) < Prefilter.MIN_USEFUL:
                self._always.append(i)
            else:
                for literal in req:
                    self._by_literal.setdefault(literal, []).append(i)
        self._literals = frozenset(self._by_literal)
        self._automaton = ahocorasick.Automaton()
        for literal in self._literals:
            self._automaton.add_word(literal, literal)
        if self._literals:
            self._automaton.make_automaton()

    @property
    def literals(self) -> frozenset[str]:
        return self._literals

    def candidates(self, text: str, found: frozenset[str] | None = None) -> list[int]:
        if found is None:
            present = frozenset(lit for _, lit in self._automaton.iter(text)) if self._literals else frozenset()
        else:
            present = found & self._literals
        hit = set(self._always)
        for literal in present:
            hit.update(self._by_literal[literal])
        if self._digits and not _DIGIT.search(text):
            hit -= self._digits
        return sorted(hit)


class SplitLexiconDetector(LexiconDetector):
    """A lexicon detector whose rules are gated alternative by alternative.

    The literal prefilter gates a rule on the literals *some* alternative needs; a rule made of
    many alternatives, one of which needs only "my ", then runs on almost every text. Splitting
    each rule into its top-level alternatives (same rule, same id and reason) lets the prefilter
    skip all but the few that can match. Same evidence, less regex work.
    """

    def __init__(self, extra_rules: Sequence[Rule] = ()) -> None:
        super().__init__(extra_rules)
        pairs = [(rule, fold_pattern(alt)) for rule in self._rules.values() for alt in split_alternatives(rule.pattern)]
        self._compiled = [(rule, re.compile(source)) for rule, source in pairs]
        self._fast = [BoundedRegex(source) for _, source in pairs]
        self._prefilter = Gate([source for _, source in pairs])

    @property
    def literals(self) -> frozenset[str]:
        return self._prefilter.literals

    def detect(self, ctx: Context) -> Detection:
        """As ``LexiconDetector.detect``, scanning with the bounded regexes (same matches, faster)."""
        out = Detection()
        text = ctx.cues.norm.text
        seen: set[tuple[int, int]] = set()
        for index in self._prefilter.candidates(text, ctx.literals):
            rule = self._compiled[index][0]
            for m in self._fast[index].finditer(text):
                span = m.span()
                if span in seen or (rule.when is not None and not rule.when(ctx)):
                    continue
                seen.add(span)
                self._record(out, ctx, rule, *span)
        out.evidence.sort(key=lambda e: e.start)
        return self.refine(ctx, out)


def _anchored(source: str) -> re.Pattern[str]:
    """A folded pattern used with ``match`` at a sentence start."""
    return re.compile(fold_pattern(source))


Pattern = Alternation | BoundedRegex


def fast_pattern(source: str) -> Pattern:
    """A folded pattern; a large alternation of gateable alternatives runs through a literal prefilter."""
    if len(split_alternatives(source)) >= 12:
        alternation = Alternation(source)
        if alternation.always <= 4:
            return alternation
    return BoundedRegex(fold_pattern(source))


_rx = fast_pattern


# Suppressor every admin topic accepts: an idiom ("this paperwork is killing me").
_FIG = ("figure_of_speech",)

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrow|today|tonight|next week|this week|next month"
_TIME = r"\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d"

# --- the admin topics ----------------------------------------------------------------------------

RULES = (
    Rule(
        "appointment",
        r"\b(?:appointments?|appts?|apt|slots?|(?:any|an|next|earliest|no|new|have) (?:\w+ )?openings?|(?:procedure|surgery|appointment|appt|visit|test|scan|mri|colonoscopy|infusion|physical) (?:\w+ ){0,2}?(?:still on|still happening|confirmed|on for)|openings? (?:this|next|for|on|in|today|tomorrow|online)|(?:anything|something|room) (?:open |available )?(?:this week|today|tomorrow|next week|sooner|earlier)|for an? (?:follow[- ]?up|check[- ]?up|physical|consult)|booking|walk[- ]?ins?|wait ?list|next available|earliest (?:appointment|slot|opening|availability|you have)|availability|"
        r"(?:telehealth|video|virtual|in[- ]person|follow[- ]?up|yearly|annual|new patient) (?:visit|appointment|appt)s?|telehealth|telemedicine|"
        r"(?:pre-?employment|sports|school|yearly|annual) physicals?|pelvic exam|drug screens?|flu shot clinic|"
        r"(?:to|please|pls|can (?:i|you|we)|could (?:i|you|we)|i'd like to|i'll|we'll|and|i want to|need to) (?:re)?schedule\b|schedul(?:e|ing) (?:a|an|my|his|her|our|their|it|me|him|them|in|online)\b|(?:re)?scheduled|reschedul\w*|cancel\w*|book (?:me|with|a|an|my|for|in|online|faster|the|him|her|it)|booked|"
        r"(?:book|schedule|reschedule|cancel|move|push|switch|change|confirm|make|get|need|want|like|have|set up|request|keep) (?:\w+ ){0,4}?(?:visit|follow[- ]?up|check[- ]?up|physical|consult|consultation)s?|"
        r"(?:visit|follow[- ]?up|check[- ]?up|physical|consult|consultation) (?:\w+ ){0,2}?(?:on (?:the )?\d|on \w+day|at \d|for (?:next|this|tomorrow|today)|next week|this week|tomorrow|today|still on)|"
        r"(?:see the doctor|see the dr|see dr|see a doctor|seeing the doctor|seeing dr) (?:on|at|this|next|today|tomorrow|sooner|earlier)|be seen (?:today|tomorrow|this week|sooner|earlier|by)|"
        r"get (?:me |him |her )?in (?:sooner|earlier|this week|today|tomorrow)|fit (?:me|him|her|us) in|squeeze (?:me|him|her) in|"
        r"(?:surgery|procedure|stress test|mri|ct|scan|ultrasound|colonoscopy|test) (?:date|time)|(?:move|push|switch|change) (?:my|the|it|our|his|her) (?:\w+ ){0,3}?(?:to|from) |"
        r"reminders?|confirm(?:ing|ed)? (?:my|the|our|for|tomorrow|\w+day|\d)|earliest (?:i|we) can|(?:follow[- ]?up|visit|appointment|appt|consult) (?:by|over the) phone|phone (?:visit|appointment|consult)|"
        r"(?:is|are) (?:the doctor|dr\.? \w+|you|she|he) running (?:on time|behind|late)|"
        r"how long is the wait|wait (?:time|times)|same[- ]day (?:appointments?|appts?|visits?|slots?|openings?|sick visits?)|still (?:on|happening|scheduled) (?:for|on|at|tomorrow|today)|still at \d|(?:about|for|re) (?:scheduling|booking)|"
        r"(?:come|coming|get|be seen) in for (?:a|an|my|the|his|her)\b|"
        rf"(?:come|coming|be) in (?:on )?(?:{_DAY})|(?:{_DAY}) instead|instead of (?:{_DAY})|(?:my|our) (?:{_DAY} )?(?:{_TIME})|(?:have|got) (?:a|an) (?:{_DAY} )?(?:{_TIME})|\b(?:{_DAY}) (?:at )?(?:{_TIME}))\b",
        "about an appointment: booking, changing, cancelling or confirming a visit",
        _FIG,
    ),
    Rule(
        "arrival",
        r"\b(?:running|gonna be|going to be|will be|i'll be|ill be|i'm|im|i am|we're|we'll be) (?:running )?(?:about |like |around )?(?:\d+|a few|few|five|ten|fifteen|twenty|thirty|a couple of|a bit|a little|bit|little|super|so|very)? ?(?:min|mins|minutes|minute)? ?late\b(?! (?:to|for) (?:literally )?(?:every|all|life|the party|work))|"
        r"\b(?:running|be|i'm|im|we're) (?:about |like )?(?:\d+|a few|ten|fifteen|twenty) (?:min|mins|minutes) behind|\b(?:i'm|im|i am|we're|we are) running behind\b|\bbe there (?:soon|in \d+)|\bwhere (?:do|should|can) (?:i|we) check in\b|\bcheck in (?:at|for) (?:the|my)\b|\b(?:heading|headed|coming) (?:over|in) (?:now|for my)|\bomw to (?:the )?(?:office|clinic|appointment)\b|\bbe right there\b|\b(?:i'm|im|i am) here for my (?:\d|appointment|appt|visit)|\b(?:stuck in traffic|on my way to (?:the )?(?:office|clinic|appointment|visit)|(?:i'm|im|i am|we're) (?:here |already |now |just )?(?:in the lobby|at the front desk|here for my)|"
        r"where (?:do|should|can) (?:we|i) park|parking (?:at|for) the (?:new )?(?:clinic|office)|^\W*confirm(?:ing|ed) (?:for )?(?:my |our |the )?(?:appointment|appt|\w+day|tomorrow|\d)|i'll be there)\b",
        "running late, arriving or confirming a visit",
        ("laughing",),
    ),
    Rule(
        "companion",
        r"\b(?:come|go|be) (?:in |along |back )?with me (?:to|for|into|during|at) (?:my|the|his|her) \w+|\b(?:come|be) in the room\b|\bbring (?:my|a) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|friend|kids?|child|children|daughter|son|support person|interpreter)\b",
        "asks whether someone may come along to a visit",
        _FIG,
    ),
    Rule(
        "refill",
        r"\b(?:refill\w*|re-fill\w*|prescriptions?|prescribing|(?<!no )script|rx|(?:90|30|60)[- ]day supply|renew (?:my|the|his|her) \w+|renewed|pharmacy)\b|"
        r"\b(?:ran out of|run out of|running out of|(?:i'm|im|completely|almost) out of) (?:my |his |her )?\w+|\bsend (?:something|it|that|them|a \w+) (?:in |over )?to (?:my|the) pharmacy|\bwrite me (?:a |the |that )?(?:\w+ )?script",
        "asks for a refill or a prescription",
        _FIG,
    ),
    Rule(
        "records",
        r"\b(?:fax(?: number)?|on file|vaccin(?:e|ation) card|shot card|(?:medical|health|vaccine|vaccination|immuni[sz]ation|shot|my|our|his|her|their) records?|records|records? (?:requests?|department|office)|growth chart|"
        r"copy of (?:my|his|her|the|our|their) \w+|proof of (?:my|his|her|the) \w+|(?:fax|faxed|email|e-mail|mail) (?:me |it |them )?(?:my|his|her|the|a copy)|"
        r"transfer (?:my|our|his|her) (?:care|records|chart)|(?:send|forward|fax|transfer|email|e-mail|mail) (?:\w+ ){0,6}?to (?:my|his|her|the|our|their) \w+|"
        r"(?:my|his|her) (?:\w+ )?(?:images|imaging|films) on|update (?:it|them)\b|update (?:it|my|our|his|her) (?:address|phone|number|insurance|info|information|contact|email|name))\b",
        "asks for medical records, a copy, or details to be sent or updated",
        _FIG,
    ),
    Rule(
        "results_release",
        r"\b(?:results?|labs?|lab work|bloodwork|blood work|biopsy|pathology|imaging|scans?|mri|x-?rays?)\b.{0,40}?\b(?:back yet|in yet|are in|is in|ready|released?|posted|available|come back|came in|on the portal|in the portal)\b|"
        r"\b(?:get|got|receive|received) (?:the|my|his|her) (?:\w+ )?(?:results|report|notes|records) from\b|"
        r"\bwhen (?:will|do|can|should|would) (?:i|we) (?:(?:get|receive) (?:my|the|them|it|results|an?)\b|hear (?:back|about|from)|know|find out|see (?:my|the|them|it)\b)|\b(?:go over|discuss|review) (?:my|the|his|her) (?:\w+ )?(?:results|labs|biopsy|scan)|"
        r"\b(?:call|mail|email|send|give) me (?:my |the |a date for (?:the |my )?)?(?:\w+ )?(?:results?|labs?)|\babout my (?:\w+ )?(?:result|results)\b|\blab (?:order|slip|requisition|sheet)|\bblood (?:drawn|draw)\b|\bfast before\b",
        "asks when or how results will be released",
        _FIG,
    ),
    Rule(
        "billing",
        r"\b(?:bill|bills|billing|billed|invoice|statement|charged?|charges|overcharged|copay|co-pay|copays|deductible|fee|fees|payment|pay (?:my|the|online|with|by|cash|for)|"
        r"hsa|fsa|refund\w*|past due|overdue|already paid|(?:my|the|a|an|outstanding|remaining|account) balance|collections|itemi[sz]ed|receipt|superbill|cash price|self[- ]?pay|how much (?:is|does|do|will) (?:a|an|the|it)|cost|costs|price)\b",
        "about a bill, a payment or a price",
        _FIG,
    ),
    Rule(
        "insurance",
        r"\b(?:insurance|insurer|insured|in[- ]network|out of network|medicaid|medicare|aetna|cigna|humana|united ?healthcare|blue ?cross|bcbs|kaiser|tricare|"
        r"prior auth\w*|pre-?auth\w*|preauthori[sz]ation|coverage|covered by|(?:is|are) (?:this|it|that|they|\w+) covered|(?:insurance|plan|medicaid|medicare|it) (?:cover|covers|pay for))\b",
        "about insurance cover or prior authorisation",
        _FIG,
    ),
    Rule(
        "referral",
        r"\breferr(?:al|als|ed)\b|\brefer (?:me|him|her|us) to\b|\bsecond opinion\b",
        "asks for or about a referral",
        _FIG,
    ),
    Rule(
        "forms",
        r"\b(?:fmla|disability|fitness[- ]for[- ]duty|work note|doctor'?s note|dr'?s note|sick note|fit note|school (?:form|note)|camp form|forms?|paperwork|"
        r"letter|excuse (?:note|letter)|work excuse|note for (?:work|school|my)|(?:a|the) note (?:for|from|saying|stating|that|to|confirming|excusing)|sign (?:it|the form|my|a|this|these)\b|signed (?:off|by)|fill (?:out|in) (?:a |my |the |this )?(?:form|paperwork)|"
        r"handicap (?:placard|parking)|jury duty|clearance|ok to fly|okay to fly|fit to fly)\b",
        "about forms, notes or letters",
        _FIG,
    ),
    Rule(
        "portal",
        r"\b(?:patient )?portal\b|\bmychart\b|\b(?:log ?in|login|password|username|sign in) (?:to|for|on|doesn't|isn't|not|issue|problem|locked|reset)|\blog ?into\b|"
        r"\b(?:call ?back|callback|voicemail|phone line|on hold|(?:nobody|no one) (?:answers|picks up|called)|can't get through|cant get through)\b|\b(?:telehealth|video|zoom|visit|meeting) link|\b(?:re)?send (?:me )?the link|\bthe link (?:for|to) (?:my|the|our|his|her)\b|\btext line\b|\bwhatsapp (?:business )?(?:line|number)|\bline for (?:booking|appointments)",
        "about the patient portal or a visit link",
        _FIG,
    ),
    Rule(
        "practice",
        r"\b(?:accepting|taking|take|see|seeing) (?:new |any new )?(?:\w+ )?patients\b|\bnew patients?\b|\b(?:office|clinic|opening|your|weekend|holiday|saturday|sunday|evening|morning|late|extended|summer|winter) hours\b|\bhours (?:on|for|this|today|tomorrow|over)\b|"
        r"\b(?:are|is) (?:you|the office|the clinic|your office|your offices|the practice|you guys) (?:\w+ )?(?:open|closed)|\b(?:re)?opens? (?:on|after|again)\b|"
        r"\bwhen (?:does|do|will) (?:the office|the clinic|you|your office) (?:open|close|reopen)|\bwhat (?:time|hours) (?:do|does|are) (?:you|the office|the clinic)|"
        r"\bhow (?:do|can) i (?:become|get) (?:a )?(?:patient|seen)|\b(?:stay|be|remain) (?:your|a) patient|\btransfer (?:my|our) care|"
        r"(?<!how )\bdo (?:you|they) (?:take|accept|offer|see|do) (?!that|this|it\b)|\bare (?:you|you guys|they) (?:offering|giving|accepting|doing (?:\w+ )?(?:tests|testing|shots|vaccines|physicals|visits|appointments|telehealth))\b|\b(?:female|male|spanish[- ]speaking) (?:provider|doctor)|\bspeaks? (?:spanish|english|french)|\binterpreter\b|"
        r"\b(?:is|are|will) (?:dr\.? \w+|the doctor|the nurse practitioner|she|he) (?:be )?(?:in on|in this|in today|in tomorrow|in at|in the office|in next|working (?:on|this|today|tomorrow|at|next)|available (?:on|this|today|tomorrow|at|next)|seeing patients)\b|\bfirst (?:appointment|visit|day)|\b(?:my|it's my|its my) first time (?:here|at|visiting|seeing|coming)|\bout of state\b|\baddress (?:of|for) (?:your|the) (?:\w+ )?(?:office|clinic|practice)|\bwhere (?:is|are) (?:your|the) (?:\w+ )?(?:office|clinic|practice)|\bdirections to\b",
        "about becoming a patient, office hours or what the practice offers",
        _FIG,
    ),
    # Spanish
    Rule(
        "es_appointment",
        r"\b(?:citas?|turno|chequeo|telemedicina|videollamada|cita virtual|lista de espera|"
        r"(?:hacer|sacar|saco|agendar|programar|cambiar|cancelar|cancelo|mover|confirmar|reprogramar|pedir|dar|tienen|hay) (?:una |mi |la |otra |el |alguna )?(?:cita|consulta|turno|consultas)|"
        r"consulta (?:sin|con|por|de|para|hoy|mañana|el|los)|dando consulta|(?:mi|una|primera|proxima) consulta|disponibilidad|reagend\w*|reprogram\w*|videoconsulta|"
        r"visitas? a domicilio|a domicilio|fecha para (?:mi|la)|acompañarme a)\b",
        "cita: pedir, cambiar, cancelar o confirmar",
        _FIG,
        lang="es",
    ),
    Rule(
        "es_arrival",
        r"\b(?<!si )(?:voy a llegar|llego|llegare|vamos a llegar|voy|vamos) (?:como |unos )?(?:\d+ minutos |unos minutos |un poco )?tarde\b|"
        r"\b(?:llego|llegamos|estoy ahi|estamos ahi) en (?:\d+|unos|cinco|diez|quince) (?:minutos|min)\b|\b(?:voy|vamos) en camino\b|\bestoy (?:afuera|en (?:la )?recepcion|en la sala de espera)\b|\bya (?:llegue|estoy aqui)\b",
        "avisa que llega tarde",
        ("laughing", "figure_of_speech"),
        lang="es",
    ),
    Rule(
        "es_admin",
        r"\b(?:receta|recetas|recet(?:ar|en|ame|enme)|recoger (?:mis|los|la|el|sus) (?:estudios|resultados|analisis|receta|papeles)|orden (?:para|de) (?:laboratorio|analisis|estudios)|(?:el|un) link (?:de|para)|recibo|resurtir|surtir|pagar|tarjeta|efectivo|estacionamiento|se me (?:acabo|termino|acabaron|terminaron)|(?:manden|mandar|enviar|envien) (?:mis|los|sus) (?:estudios|analisis|resultados)|renovar (?:mi|la)|(?:mandar|manden|mandan|enviar|envien|pasar) (?:\w+ ){0,3}?(?:a|en) (?:la|otra|mi) farmacia|otra farmacia|"
        r"resultados|expediente|historial|carta|constancia|justificante|incapacidad|papeles|formulario|informe medico|seguro(?: medico)?|medicare|medicaid|copago|"
        r"cuanto cuesta|cobr\w*|factura|pago|horario|abren|cierran|atiende|atienden|pacientes nuevos|paciente nueva|paciente nuevo|documentos|enlace|fax|referencia|pase (?:al|para)|donde (?:queda|esta|estan)|direccion|consultorio (?:nuevo|abre|cierra)|(?:a que hora|cuando|hasta que hora) (?:abren|cierran|abre|cierra)|(?:abren|cierran) (?:el|los|hoy|mañana|a))\b",
        "recetas, resultados, facturas, seguro, cartas o trámites",
        _FIG,
        lang="es",
    ),
)

# --- is it a request or notice to the practice? -------------------------------------------------

# A sentence: up to ? ! . or a line break (a dot between digits, as in 38.5, does not end it).
_SENTENCE = re.compile(r"[^?!.\n]+(?:\.\d[^?!.\n]*)*[?!.\n]*")

# Asks something of the practice ("can you...", "please", "could I...", a question mark), says what
# the writer needs, or reports a problem with the practice's systems ("I can't log in").
_REQUEST = _rx(
    r"\b(?:can|could|would|will|may|cn) (?:you|u|someone|somebody|anyone|the (?:office|doctor|dr|clinic|nurse|front desk|staff)|your (?:office|staff)|i|we|my \w+)\b|"
    r"\b(?:i|we) (?:really |just |still )?(?:need|needed|would like|want|wanted|am trying|was trying|have been trying|was hoping|am hoping|have to|must)\b|\b(?:my \w+|he|she|school|employer|work|job|insurance|insurer|airline|landlord|hr) needs? (?:a|an|to|my|his|her|the|it|them|their)\b|"
    r"\b(?:i'd|id|we'd) (?:like|love|prefer|rather)\b|\b(?:i'm|im|i am|we're|i've been|ive been) (?:trying|looking|hoping|moving|calling|going to|gonna|on the)\b|\bneed (?:a|an|to|my|the)\b|"
    r"\b(?:please|pls|plz|kindly|asap|any chance|is there (?:a|any)|is it possible|let me know|dm me|call me|get back to me|any update|just checking|checking (?:in|if|whether|on))\b|"
    r"\b(?:do|does) (?:you|they|the office|the clinic|the doctor|your office|dr\.? \w+) |\b(?:are|is) (?:you|your|the office|the clinic)\b|\btaking new\b|"
    r"\bwhen (?:does|do|is|will|can|are)\b|\bwhat (?:time|hours|do i need)\b|\bwhere (?:do|is|can|should)\b|\bhow (?:do|can) (?:i|we) \w+|\bhow long does it (?:usually )?take\b|"
    r"\b(?:can't|cant|cannot|couldn't) (?:log|sign|get|find|see|access|open|reach|click)|\b(?:don't|dont|didn't|didnt|never) (?:see|got|get|received?)\b|"
    r"\bwrong (?:date|time|day|name|address|amount|pharmacy|dose|number)\b|\bif (?:you|u) (?:don't|dont|do not|won't|wont|refuse)\b|"
    r"\b(?:hasn't|hasnt|haven't|havent|didn't|didnt|still not|not yet) (?:received|gotten|got|come|arrived|heard|been (?:sent|called|approved|processed|filled))\b|\bbut (?:i|we) (?:already|just) (?:paid|sent|called|dropped)\b|"
    r"\bwon't let me\b|\bhaven't heard (?:anything|back)\b|\bkeeps? (?:saying|rejecting|telling|asking|pushing|cancel\w*)|\b(?:isn't|isnt|not) (?:showing|working)\b|"
    r"\bif (?:my|the) [^.?!]{0,50}(?:isn't|aren't|is not|are not|not) (?:released|approved|ready|sent|done|filled|refilled|fixed|signed|at|in)\b|\b(?:fix|sort out|correct|reverse|remove|refund) (?:this|it|that|the (?:charge|bill|fee)|my (?:bill|charge|balance))\b|"
    r"\bforgot to (?:ask|get|request|bring|pick up|mention)\b|\b(?:nadie (?:contesta|responde)|no (?:contestan|responden)|sigo esperando|llevo \w+ \w+ (?:llamando|esperando))\b|\bor (?:it will|i'll|ill|i|we'll|else|every)\b|"
    r"\b(?:por favor|necesito|necesitamos|quiero|quisiera|queria|me (?:puede|pueden|podria|podrian|pudieran|das|da)|nos (?:puede|pueden)|tienen|puedo|podemos|pueden)\b|"
    r"\b(?:by|before|until) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the \d+|next week|the end of)\b"
)

# A sentence that opens on an imperative ("Cancel my 9am", "Send the refill today or...").
_IMPERATIVE = _anchored(
    r"\W*(?:(?:hi|hello|hey|good morning)\W+)?(?:please )?(?:cancel|reschedule|move|send|fax|email|resend|refill|renew|book|schedule|confirm|call|forward|mail|sign|write|add|put|"
    r"give me|get me|waive|backdate|either you|still waiting|(?:fix|sort out|reverse|refund|release|approve) (?:this|it|that|my))\b"
)

# A question without its question mark ("is my appt still at 3", "do you take aetna").
_QUESTION_START = re.compile(fold_pattern(r"\W*(?:is|are|does|do(?! not| n't)|can(?!'t|t\b| not)|any chance|tienen|aceptan)\b(?!')"))

# A request pointed at the practice: may stand in a later sentence than the topic it is about.
_REQUEST_YOU = _rx(
    r"\b(?:can|could|would) (?:you|u|someone|somebody|the office|your office)\b|\b(?:please|pls|plz|dm me|call me|get back to me|any update|let me know)\b|"
    r"\b(?:por favor|me (?:puede|pueden|podria|podrian)|nos (?:puede|pueden))\b"
)

# A question about how the system works, or about people in general, asked of no one's care.
_GENERAL = _rx(
    r"\b(?:is it true|in general|generally|anyway|explain|eli5|what (?:does|do) .{0,30}mean|what(?:'s| is) an? \w+|difference between|vs\.?|versus|"
    r"why (?:do|does|are|is|can't|cant|would) |how (?:do|does) \w+(?: \w+)?(?: \w+)? work|what counts as|most (?:insurance|plans|people|insurers|doctors)|"
    r"(?:should|do|does|can) (?:people|adults|kids|children|healthy \w+|most \w+|women|men|patients) |(?:should|do|does) someone |at what age|how often should|"
    r"is it (?:rude|normal|weird|bad|okay|ok|common) to|(?:results?|resultados?) (?:of|for|de) (?:an?|una?) |are (?:appointments|doctors|insurers|clinics) |these days|nowadays|"
    r"que es (?:un|el|la)|cada cuanto hay que|por que (?:los|las|el|la))\b"
)

# A request that is clearly for the writer's own care, even if phrased like a general question.
_REQUEST_STRONG = _rx(r"\b(?:can|could|would) (?:you|u|i)\b|\b(?:i|we) (?:need|want|would like)\b|\bplease\b|\bmy\b|\bmi\b|\bnecesito\b")

# Time references that name a visit without asking about it ("drinks after my appointment").
_MERE_TIME_REF = _rx(
    r"\b(?:after|before|during|till|until|at|since|from|wait for|waiting for|wait till|how|resort to) (?:my|the|our|your|every|a) (?:\w+ )?(?:next |last |upcoming |doctor |dr )?(?:appointment|appt|visit|check-?up|follow[- ]?up|consult\w*)"
    r"|\b(?:can't|cant|cannot) wait (?:for|till|until) (?:my|the|our) (?:next )?(?:appointment|appt|visit)|\bpast my appointment time|\b(?:desde|en) la (?:ultima|pasada|proxima) consulta"
)

# Promotion, phishing and cold outreach that borrow admin words.
_OUTREACH = _rx(
    r"(?:https?://|hxxps?://|\bwww\.\w|\bbit\.ly/|\btinyurl\.com|\bt\.co/|\bgoo\.gl/|\bow\.ly/|\blinktr\.ee|\bwa\.me/|\bt\.me/|\.example\b)|"
    r"\b(?:link in (?:my|our) bio|click (?:here|the link)|verify your (?:account|identity|details|insurance)|unusual login|account (?:has been |was )?suspended|restore access|"
    r"introduce our|our (?:company|platform|software|agency|product|app|ai)|we (?:offer|provide|specialize) |outsourc\w*|i help (?:private )?(?:practices|doctors|clinics)|no-?shows by|"
    r"free (?:webinar|trial|demo|masterclass)|peer review|manuscript|recruiting|we're hiring|online job|glitch|crypto|shipped from|"
    r"\d+% off|promo code|use code|shop now|order now|dm for (?:packages|prices|details|info)|giveaway|guaranteed|miracle)\b"
)

# Self-standing notices (no request form needed).
_NOTICE_RULES = {"arrival", "es_arrival"}


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of a normalised text (blank ones left out)."""
    return [m.span() for m in _SENTENCE.finditer(text) if not m.group().isspace()]


def _sentence_index(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= pos < b:
            return i
    return len(spans) - 1


def norm_offset(ctx: Context, original_start: int) -> int:
    """The normalised offset of an evidence span's first original character."""
    starts = ctx.cues.norm.starts
    return min(bisect_left(starts, original_start), max(len(starts) - 1, 0))


# A question asked for effect, in a complaint or a review ("why is the wait always 2 hours?", "who does that anymore??").
_RHETORICAL = _anchored(
    r"\W*(?:why (?:is|are|do|does|did|would|can't|cant|won't|wont|on earth)|who (?:does|would|wants|cares)|how (?:hard|difficult) (?:is|can) it|what kind of|seriously|really|"
    r"por que (?:siempre|nunca|es|son)|quien (?:hace|quiere))\b"
)


def spans_of(pattern: Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def any_within(hits: list[tuple[int, int]], a: int, b: int) -> bool:
    """Some hit starts inside [a, b)."""
    return any(a <= s < b for s, _ in hits)


def sentence_spans(ctx: Context) -> list[tuple[int, int]]:
    """The item's sentences (memoised, shared with medical_advice and general_question)."""
    got = ctx.memo.get("sentences")
    if got is None:
        text = ctx.cues.norm.text
        got = sentences(text) or [(0, len(text))]
        ctx.memo["sentences"] = got
    return cast(list[tuple[int, int]], got)


def outreach(ctx: Context) -> bool:
    """Promotion, phishing or cold outreach (memoised): admin, advice and education words in it are borrowed."""
    memo = ctx.memo
    got = memo.get("outreach")
    if got is None:
        got = bool(_OUTREACH.search(ctx.cues.norm.text))
        memo["outreach"] = got
    return bool(got)


def _requests(ctx: Context) -> list[bool]:
    """Which sentences ask or tell the practice something (a rhetorical question does not)."""
    text = ctx.cues.norm.text
    spans = sentence_spans(ctx)
    hits = spans_of(_REQUEST, text)
    out = []
    for a, b in spans:
        asked = ("?" in text[a:b] or bool(_QUESTION_START.match(text, a, b))) and not _RHETORICAL.match(text, a, b)
        out.append(asked or bool(_IMPERATIVE.match(text, a, b)) or any_within(hits, a, b))
    return out


# Admin words beyond the topic rules, for telling an admin ask from a health ask in medical_advice.
_ADMIN_EXTRA = _rx(
    r"\b(?:visit|send|sent|resend|extend|confirm\w*|request\w*|call me|let me know if|drop (?:it|them) off|drop off|instead of your office|"
    r"prescrib\w*|telehealth|images|disc|surgery date|patients|who do i talk to|"
    r"(?:ya )?(?:estan|salieron|llegaron) (?:mis|los) resultados|cuando (?:me dan|estan|salen|me mandan))\b"
)
# The topic rules split into their alternatives, gated by the shared literal scan (the detector's own literals).
_TOPIC_ALTERNATIVES = [(rule, fold_pattern(alt)) for rule in RULES for alt in split_alternatives(rule.pattern)]
_TOPIC_REGEXES = [(rule, BoundedRegex(source)) for rule, source in _TOPIC_ALTERNATIVES]
_TOPIC_FILTER = Gate([source for _, source in _TOPIC_ALTERNATIVES])


def topic_matches(ctx: Context) -> list[tuple[Rule, int, int]]:
    """Every match of the admin topic rules in the item (memoised: the detector and medical_advice share it)."""
    memo = ctx.memo
    got = memo.get("admin_topic")
    if got is None:
        text = ctx.cues.norm.text
        got = [
            (rule, m.start(), m.end())
            for index in _TOPIC_FILTER.candidates(text, ctx.literals)
            for rule, regex in (_TOPIC_REGEXES[index],)
            for m in regex.finditer(text)
        ]
        memo["admin_topic"] = got
    return cast(list[tuple[Rule, int, int]], got)


def admin_hits(ctx: Context) -> list[tuple[int, int]]:
    """Where the item names an admin matter (memoised); mere time references ("after my appointment") do not count."""
    memo = ctx.memo
    got = memo.get("admin_hits")
    if got is None:
        text = ctx.cues.norm.text
        found = [(a, b) for _, a, b in topic_matches(ctx)] + spans_of(_ADMIN_EXTRA, text)
        mere = spans_of(_MERE_TIME_REF, text) if found else []
        got = [h for h in found if not any(s <= h[0] < e for s, e in mere)]
        memo["admin_hits"] = got
    return cast(list[tuple[int, int]], got)


def admin_in(ctx: Context, a: int, b: int) -> bool:
    """The normalised text [a, b) (a sentence or a clause) deals with an admin matter."""
    return any_within(admin_hits(ctx), a, b)


class AppointmentAdminDetector(SplitLexiconDetector):
    name = "appointment_admin"
    version = "2"
    category = Category.APPOINTMENT_ADMIN
    rules = RULES

    def __init__(self, extra_rules: Sequence[Rule] = ()) -> None:
        super().__init__(extra_rules)
        self._shared = not extra_rules  # its matches are exactly ``topic_matches``

    @property
    def literals(self) -> frozenset[str]:
        return super().literals | _TOPIC_FILTER.literals

    def detect(self, ctx: Context) -> Detection:
        if not self._shared:
            return super().detect(ctx)
        out = Detection()
        seen: set[tuple[int, int]] = set()
        for rule, start, end in topic_matches(ctx):
            if (start, end) in seen or (rule.when is not None and not rule.when(ctx)):
                continue
            seen.add((start, end))
            self._record(out, ctx, rule, start, end)
        out.evidence.sort(key=lambda e: e.start)
        return self.refine(ctx, out)

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if not found.evidence:
            return found
        text = ctx.cues.norm.text
        spans = sentence_spans(ctx)
        requests = _requests(ctx)
        asks_you = bool(_REQUEST_YOU.search(text))
        kept = []
        for ev in found.evidence:
            rule_id = ev.detector.rsplit("/", 1)[-1]
            start = norm_offset(ctx, ev.start)
            i = _sentence_index(spans, start)
            a, b = spans[i]
            sentence = text[a:b]
            why = None
            if outreach(ctx):
                why = "promotion_or_phishing"
            elif rule_id in _NOTICE_RULES:
                why = None
            elif _GENERAL.search(sentence) and not _REQUEST_STRONG.search(sentence):
                why = "general_question"
            elif _inside(_MERE_TIME_REF, sentence, start - a):
                why = "mere_time_reference"
            elif not (requests[i] or asks_you or (i + 1 < len(spans) and _follow_up(text, spans[i + 1]))):
                why = "not_a_request"
            if why is None:
                kept.append(ev)
            else:
                found.suppressed.append(Suppression(self.category, ev.start, ev.end, ev.text, why, self.name))
        found.evidence = kept
        return found


def _follow_up(text: str, span: tuple[int, int]) -> bool:
    """The sentence after the topic asks about it: a short question ("... which one is it?", "Is that allowed?")
    or a demand ("Fix this or I'm disputing it")."""
    sentence = text[span[0] : span[1]]
    return (sentence.rstrip().endswith("?") and len(sentence.split()) <= 6) or bool(_IMPERATIVE.match(text, span[0], span[1]))


def _inside(pattern: Pattern, sentence: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in pattern.finditer(sentence))


__all__ = [
    "Alternation",
    "AppointmentAdminDetector",
    "BoundedRegex",
    "Gate",
    "SplitLexiconDetector",
    "Vocabulary",
    "admin_in",
    "any_within",
    "fast_pattern",
    "norm_offset",
    "outreach",
    "sentence_spans",
    "sentences",
    "spans_of",
    "split_alternatives",
    "topic_matches",
]
