"""The practice profile: who the practice is, how patients reach it, and its policy overrides.

Policy is data: ``defaults.toml`` holds the built-in mapping from categories to zone, urgency,
actions and reply template; a practice profile (TOML) may override any of it and add keyword
rules. An invalid profile is rejected with the bad key named; there is no silent fallback.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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


class Profile(_Strict):
    practice: Practice = Practice()
    channels: Channels = Channels()
    locale: Locale = Locale()
    rules: tuple[KeywordRule, ...] = ()
    categories: dict[Category, CategoryPolicy] = Field(default_factory=dict)
    kinds: dict[Kind, KindPolicy] = Field(default_factory=dict)


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


__all__ = ["Defaults", "KeywordRule", "Profile", "load_defaults", "load_profile"]
