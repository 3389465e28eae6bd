"""The practice profile: who the practice is, how patients reach it, and its policy overrides.

Policy is data: ``defaults.toml`` holds the built-in mapping from categories to zone, urgency,
actions and reply template; a practice profile (TOML) may override any of it and add keyword
rules. An invalid profile is rejected with the bad key named; there is no silent fallback.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from docguard.errors import ProfileError
from docguard.taxonomy import Action, Category, Kind, Urgency, Zone

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Practice(_Strict):
    name: str = ""
    clinician: str = ""
    account_type: Literal["personal", "professional"] = "professional"
    country: str = "US"
    professional_page: str = ""


class Channels(_Strict):
    phone: str = ""
    portal: str = ""
    email: str = ""
    hours: str = ""
    address: str = ""


class Locale(_Strict):
    emergency_number: str = ""
    crisis_line: str = ""
    crisis_contact: str = ""
    crisis_line_es: str = ""
    crisis_contact_es: str = ""
    language: Literal["en", "es"] = "en"
    timezone: str = "UTC"  # IANA name ("America/Chicago"): what "night-time" means for sender memory

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as America/Chicago)") from None
        return value


class CategoryPolicy(_Strict):
    zone: Zone | None = None
    urgency: Urgency | None = None
    actions: tuple[Action, ...] | None = None
    template: str | None = None


class KindPolicy(_Strict):
    add_actions: dict[Category, tuple[Action, ...]] = Field(default_factory=dict)
    templates: dict[Category, str] = Field(default_factory=dict)


class KeywordRule(_Strict):
    """A practice's own rule: words or a regular expression that raise a category."""

    category: Category
    pattern: str = ""
    words: tuple[str, ...] = ()
    reason: str = "matches a keyword rule the practice added"
    id: str = ""

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        import re

        if value:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class EscalationLevel(StrEnum):
    """How far a sender's pattern goes: written down, told to a supervisor, or an incident opened."""

    DOCUMENT = "document"
    SUPERVISOR = "supervisor"
    INCIDENT = "incident"

    @property
    def severity(self) -> int:
        return _LEVEL_SEVERITY[self]


_LEVEL_SEVERITY = {EscalationLevel.DOCUMENT: 0, EscalationLevel.SUPERVISOR: 1, EscalationLevel.INCIDENT: 2}


class EscalationAction(StrEnum):
    """What an escalation asks for. Values shared with ``Action`` are spelled the same (a contract test checks)."""

    DOCUMENT_INCIDENT = Action.DOCUMENT_INCIDENT.value
    ESCALATE_SUPERVISOR = Action.ESCALATE_SUPERVISOR.value
    NOTIFY_CLINICIAN_NOW = Action.NOTIFY_CLINICIAN_NOW.value
    RECOMMEND_BLOCK = Action.RECOMMEND_BLOCK.value
    REPORT_TO_PLATFORM = Action.REPORT_TO_PLATFORM.value
    OPEN_INCIDENT = "open_incident"  # group the sender's messages into an incident in the store
    REVIEW_SENDER_HISTORY = "review_sender_history"  # a person reads the whole history before anyone replies


class EscalationKind(StrEnum):
    """The conditions an escalation rule can test over one person's history (see policy/escalate.py)."""

    ANY_CATEGORY = "any_category"
    CATEGORY_AFTER_REDIRECT = "category_after_redirect"
    CONTACTS_AFTER_REDIRECT = "contacts_after_redirect"
    CONTACT_AFTER_BLOCK = "contact_after_block"
    NIGHT_BURST = "night_burst"
    BURST = "burst"
    PLATFORMS = "platforms"


# Which condition fields each kind needs, and which it may take.
_KIND_FIELDS: dict[EscalationKind, tuple[frozenset[str], frozenset[str]]] = {
    EscalationKind.ANY_CATEGORY: (frozenset({"category"}), frozenset({"min"})),
    EscalationKind.CATEGORY_AFTER_REDIRECT: (frozenset({"category"}), frozenset({"min"})),
    EscalationKind.CONTACTS_AFTER_REDIRECT: (frozenset({"count"}), frozenset({"within_hours"})),
    EscalationKind.CONTACT_AFTER_BLOCK: (frozenset(), frozenset({"min"})),
    EscalationKind.NIGHT_BURST: (frozenset({"count", "within_hours"}), frozenset()),
    EscalationKind.BURST: (frozenset({"count", "within_hours"}), frozenset()),
    EscalationKind.PLATFORMS: (frozenset({"count"}), frozenset()),
}


class EscalationRule(_Strict):
    """One ``[[escalation]]`` table: a named condition over a sender's history, and what it calls for."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    reason: str = Field(min_length=1)
    level: EscalationLevel
    actions: tuple[EscalationAction, ...] = ()
    kind: EscalationKind
    enabled: bool = True
    category: Category | None = None
    min: int = Field(default=1, ge=1)
    count: int | None = Field(default=None, ge=1)
    within_hours: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> EscalationRule:
        needs, may = _KIND_FIELDS[self.kind]
        given = self.model_fields_set & {"category", "min", "count", "within_hours"}
        missing = sorted(needs - given)
        if missing:
            raise ValueError(f"kind {self.kind.value!r} needs `{missing[0]}`")
        stray = sorted(given - needs - may)
        if stray:
            raise ValueError(f"`{stray[0]}` does not apply to kind {self.kind.value!r}")
        return self


def _unique_ids(rules: tuple[EscalationRule, ...]) -> tuple[EscalationRule, ...]:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise ValueError(f"escalation rule id {rule.id!r} is used twice")
        seen.add(rule.id)
    return rules


EscalationRules = Annotated[tuple[EscalationRule, ...], AfterValidator(_unique_ids)]


class Linked(_Strict):
    """One person's accounts on several platforms, linked by the practice (``[[linked]]``), so
    sender memory sees one person, and channel hopping can be counted."""

    accounts: tuple[str, ...] = Field(min_length=2)

    @field_validator("accounts")
    @classmethod
    def _platform_and_handle(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for account in value:
            platform, sep, handle = account.partition(":")
            if not sep or not platform.strip() or not handle.strip():
                raise ValueError(f"{account!r} is not 'platform:handle' (for example 'instagram:@jane.fan')")
        return value

    def pairs(self) -> list[tuple[str, str]]:
        return [(a.partition(":")[0].strip().lower(), a.partition(":")[2].strip()) for a in self.accounts]


class Profile(_Strict):
    practice: Practice = Practice()
    channels: Channels = Channels()
    locale: Locale = Locale()
    rules: tuple[KeywordRule, ...] = ()
    categories: dict[Category, CategoryPolicy] = Field(default_factory=dict)
    kinds: dict[Kind, KindPolicy] = Field(default_factory=dict)
    escalation: EscalationRules = ()  # a rule with a default's id replaces it; `enabled = false` turns one off
    linked: tuple[Linked, ...] = ()


class LocaleDefaults(_Strict):
    emergency_number: str
    crisis_line: str
    crisis_contact: str
    crisis_line_es: str
    crisis_contact_es: str


class Defaults(_Strict):
    version: str
    categories: dict[Category, CategoryPolicy]
    kinds: dict[Kind, KindPolicy]
    locales: dict[str, LocaleDefaults]
    escalation: EscalationRules = ()


def load_defaults() -> Defaults:
    raw = resources.files("docguard.policy").joinpath("defaults.toml").read_text("utf-8")
    return _validate(Defaults, tomllib.loads(raw), "docguard/policy/defaults.toml")


def load_profile(path: Path | None) -> Profile:
    """The practice profile at ``path``, or the built-in defaults when there is none."""
    if path is None:
        return Profile()
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ProfileError(str(path), "", f"cannot read the profile: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(str(path), "", f"not UTF-8 text (byte {exc.start})") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), "", f"not valid TOML: {exc}") from exc
    return _validate(Profile, data, str(path))


def _validate(model: type[M], data: dict[str, Any], source: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"] if p != "[key]")
        message = first["msg"]
        if "[key]" in first["loc"]:
            message = f"not a known name here ({message})"
        elif first["type"] == "extra_forbidden":
            message = "unknown key (check the spelling; `docguard init` writes every valid key)"
        elif "input" in first and first["type"] in ("enum", "literal_error"):
            message = f"{message} (got {first['input']!r})"
        more = len(exc.errors()) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ProfileError(source, key, message) from None


__all__ = [
    "Defaults",
    "EscalationAction",
    "EscalationKind",
    "EscalationLevel",
    "EscalationRule",
    "KeywordRule",
    "Profile",
    "load_defaults",
    "load_profile",
]
