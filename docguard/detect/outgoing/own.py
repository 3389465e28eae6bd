"""What a draft may name without disclosing anyone: the practice's own details and public services.

The clinic's public phone, address, e-mail, portal and page, the clinician's own name, and the
emergency and crisis numbers of every locale DocGuard knows are not PHI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from docguard.policy.profile import Defaults, Profile

# Public services a reply may point to (digits only): poison control (US), NHS 111 / Samaritans
# (UK), Kids Help Phone (CA), Lifeline (AU), Teléfono de la Esperanza (ES), and the like.
_PUBLIC_NUMBERS = ("18002221222", "116123", "111", "988", "911", "112", "999", "000", "024", "061", "131114", "18006686868", "18002738255")
# Public health sites a post may link to.
_PUBLIC_DOMAINS = ("cdc.gov", "nih.gov", "fda.gov", "who.int", "nhs.uk", "gov.uk", "medlineplus.gov", "988lifeline.org", "samaritans.org", "sanidad.gob.es", "gob.mx")
_WORD = re.compile(r"[a-záéíóúñü'-]+")
_TITLE = {"dr", "doctor", "dra", "nurse", "np", "pa", "md", "do", "rn", "dds", "dmd", "phd", "lpc", "lcsw", "the", "of", "and", "y", "de"}


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _domain(value: str) -> str:
    value = value.strip().lower()
    if "@" in value and "/" not in value:
        return value.rsplit("@", 1)[1]
    host = urlsplit(value if "//" in value else "//" + value).hostname or ""
    return host.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class OwnDetails:
    phones: frozenset[str]  # digits; a number matches when one ends with the other (country codes)
    emails: frozenset[str]
    domains: frozenset[str]
    handles: frozenset[str]  # without "@", lower case
    names: frozenset[str]  # lower-case words of the clinician's and the practice's names
    address: str  # lower case, for containment
    #: the practice's and the clinician's names as written, lower case ("leeds road surgery")
    phrases: frozenset[str] = frozenset()

    def own_name_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the practice's or clinician's name stands in ``text`` (its words are not anyone's care)."""
        low = text.lower()
        spans = []
        for phrase in self.phrases:
            start = low.find(phrase)
            while start >= 0:
                spans.append((start, start + len(phrase)))
                start = low.find(phrase, start + 1)
        return spans

    def is_own_phone(self, text: str) -> bool:
        d = digits(text)
        return any(d.endswith(p) or p.endswith(d) for p in self.phones if len(p) >= 3 and len(d) >= 3)

    def is_own_email(self, text: str) -> bool:
        low = text.lower()
        return low in self.emails or _domain(low) in self.domains

    def is_own_url(self, text: str) -> bool:
        host = _domain(text)
        if any(host == d or host.endswith("." + d) for d in self.domains | frozenset(_PUBLIC_DOMAINS)):
            return True
        path = urlsplit(text if "//" in text else "//" + text).path.strip("/").lower()
        return bool(path) and path.split("/")[0] in self.handles

    def is_own_handle(self, handle: str) -> bool:
        return handle.lstrip("@").lower() in self.handles

    def is_own_name(self, word: str) -> bool:
        return word.lower().strip(".") in self.names

    def is_own_address(self, text: str) -> bool:
        return bool(self.address) and " ".join(text.lower().split()) in self.address


def own_details(profile: Profile, defaults: Defaults) -> OwnDetails:
    ch, practice = profile.channels, profile.practice
    phones = {digits(ch.phone)} if digits(ch.phone) else set()
    phones.update(_PUBLIC_NUMBERS)
    loc = profile.locale
    for value in (loc.emergency_number, loc.crisis_line, loc.crisis_line_es, loc.crisis_contact, loc.crisis_contact_es):
        phones.update(_numbers_in(value))
    for base in defaults.locales.values():
        for value in (base.emergency_number, base.crisis_line, base.crisis_contact, base.crisis_line_es, base.crisis_contact_es):
            phones.update(_numbers_in(value))
    domains = {_domain(v) for v in (ch.email, ch.portal, practice.professional_page) if v and ("." in v)}
    handles = {h.lower() for h in re.findall(r"@([\w.]+)", practice.professional_page)}
    page_path = urlsplit(practice.professional_page if "//" in practice.professional_page else "//" + practice.professional_page).path
    handles.update(part.lower() for part in page_path.strip("/").split("/")[:1] if part)
    names = {w for w in _WORD.findall(f"{practice.clinician} {practice.name}".lower()) if w not in _TITLE and len(w) > 1}
    return OwnDetails(
        phones=frozenset(p for p in phones if p),
        emails=frozenset({ch.email.lower()} if ch.email else set()),
        domains=frozenset(d for d in domains if d),
        handles=frozenset(handles),
        names=frozenset(names),
        address=" ".join(ch.address.lower().split()),
        phrases=frozenset(p for p in (" ".join(practice.name.lower().split()), " ".join(practice.clinician.lower().split())) if len(p) > 3),
    )


def _numbers_in(text: str) -> Iterable[str]:
    return (digits(m) for m in re.findall(r"\+?\d[\d\s().-]{1,16}\d|\b\d{3}\b", text))


__all__ = ["OwnDetails", "digits", "own_details"]
