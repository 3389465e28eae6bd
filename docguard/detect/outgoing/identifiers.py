"""HIPAA Safe Harbor identifiers as they appear in a clinician's draft, found in the ORIGINAL text.

The normaliser folds digits, "@" and case for the lexicons; identifiers need them as written.
Each finder returns spans with a kind and a reason. The practice's own details and public
services (``own.py``) are never identifiers. Some identifiers stand for a patient by themselves
(a medical record or health-plan number); the rest identify a person, and become PHI when the
draft joins them to health or care (``phi.py`` decides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docguard.detect.outgoing.names import FIRST_NAMES, NOT_ADDRESSEES, NOT_NAMES
from docguard.detect.outgoing.own import OwnDetails, digits


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: str
    start: int
    end: int
    text: str
    reason: str
    #: the identifier means "a patient" by itself (record, plan or device numbers)
    patient_by_itself: bool = False


_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
_I = re.IGNORECASE

_FINDERS: tuple[tuple[str, re.Pattern[str], str, bool], ...] = (
    ("record_number", re.compile(
        r"\b(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|chart (?:number|no\.?|#)|patient (?:id|number|no\.?|#)|"
        r"account (?:number|no\.?|#)|acct\.?(?: no\.?| #)?|member (?:id|number|no\.?)|policy (?:number|no\.?|#)|plan (?:id|number|no\.?)|"
        r"subscriber (?:id|number)|claim (?:number|no\.?|#)|insurance (?:id|number|no\.?)|medicaid (?:id|number|no\.?)|medicare (?:id|number|no\.?)|"
        r"nhs (?:number|no\.?)|historia cl[ií]nica|n[uú]mero de (?:expediente|historia|afiliaci[oó]n|p[oó]liza)|expediente)"
        r"[\s:#.]*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b", _I),
     "a medical record, account or health-plan number", True),
    ("device_number", re.compile(
        r"\b(?:serial(?: number| no\.?| #)?|device (?:id|serial|number)|implant (?:id|serial|number)|pacemaker (?:id|serial)|udi|lot (?:number|no\.?|#))"
        r"[\s:#.]*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b", _I),
     "a device or serial number", True),
    ("ssn", re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"), "a social security number", True),
    ("licence_number", re.compile(
        r"\b(?:driver'?s? licen[cs]e|licen[cs]e (?:plate|number|no\.?)|plate (?:number|no\.?)|vin|dea (?:number|no\.?|#))"
        r"[\s:#.]*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b", _I),
     "a licence, plate or vehicle number", False),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), "an e-mail address", False),
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+|\b(?:facebook|instagram|tiktok|linkedin|twitter|x)\.com/[^\s<>\"')]+", _I),
     "a web address that may point to a person", False),
    ("handle", re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b"), "a social media handle", False),
    ("ip_address", re.compile(r"\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b"), "an IP address", False),
    ("phone", re.compile(r"(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])?\d{3,4}[\s.-]\d{3,4}\b(?![/-]\d)"),
     "a phone number", False),
    ("street_address", re.compile(
        r"\b\d{1,5}(?:\s[A-Z][a-z]+){1,3}\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Close|Crescent)\b\.?|"
        r"\b(?:calle|avenida|avda\.?|c/)\s[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?,?\s\d{1,4}\b"),
     "a street address", False),
    ("zip_code", re.compile(r"\b(?:[A-Z]{2}|zip(?: code)?|postcode|c\.?p\.?)[\s:]+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
     "a ZIP or postal code", False),
    ("age_over_89", re.compile(r"\b(?:9\d|1[01]\d)[- ]?(?:years?[- ]old|yrs?[- ]old|y/?o|year-old|años)\b|\b(?:aged?|edad) (?:9\d|1[01]\d)\b", _I),
     "an age over 89", False),
    ("date", re.compile(
        rf"\b(?:{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)? (?:of |de )?{_MONTH}(?:,? \d{{4}}| de \d{{4}})?|"
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})\b", _I),
     "a date", False),
)

_TITLE_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Sr|Sra|Srta|Señor|Señora|Don|Doña)\.?\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?:\s[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+)?")
_PATIENT_NAME = re.compile(r"\b(?:[Pp]atient|[Pp]t\.?|[Cc]lient|[Pp]aciente)\s+([A-ZÁÉÍÓÚÑ](?:[\wáéíóúñ'-]+|\.(?:\s?[A-Z]\.)?|[A-Z]{1,2}\b))")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?!\w)")
_CAP_WORD = re.compile(r"(?<![\w@#'’])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[-'][A-Z][a-z]+)?)(?:\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-Z][a-z]+)?))?")
_GREETING_NAME = re.compile(r"(?:^|[.!?\n]\s*)(?:Hi|Hey|Hello|Dear|Thanks|Thank you|Morning|Good morning|Hola|Querid[oa]|Gracias|Estimad[oa])[,\s]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b")


def find_identifiers(text: str, own: OwnDetails) -> list[Identifier]:
    """Every Safe Harbor identifier in ``text`` that is not the practice's own or a public service."""
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []
    for kind, regex, reason, by_itself in _FINDERS:
        for m in regex.finditer(text):
            start, end = m.span()
            value = m.group(0).rstrip(".,;:")
            end = start + len(value)
            if any(a < end and start < b for a, b in taken) or _is_own(kind, value, own):
                continue
            if kind == "phone" and len(digits(value)) < 7:
                continue
            taken.append((start, end))
            found.append(Identifier(kind, start, end, value, reason, by_itself))
    return sorted(found, key=lambda i: i.start)


def _is_own(kind: str, value: str, own: OwnDetails) -> bool:
    if kind == "phone":
        return own.is_own_phone(value)
    if kind == "email":
        return own.is_own_email(value)
    if kind == "url":
        return own.is_own_url(value)
    if kind == "handle":
        return own.is_own_handle(value)
    if kind == "street_address":
        return own.is_own_address(value)
    return False


def find_names(text: str, own: OwnDetails) -> list[Identifier]:
    """People named in ``text``: a title and surname, "patient J.D.", initials, a greeting, a first name."""
    found: list[Identifier] = []

    def add(start: int, end: int, reason: str) -> None:
        value = text[start:end]
        words = [w for w in re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]+", value) if w.lower() not in _TITLES]
        if words and all(own.is_own_name(w) for w in words):
            return
        if not any(a < end and start < b for a, b in ((n.start, n.end) for n in found)):
            found.append(Identifier("name", start, end, value, reason))

    for m in _TITLE_NAME.finditer(text):
        add(m.start(), m.end(), "names a person (title and name)")
    for m in _PATIENT_NAME.finditer(text):
        add(m.start(), m.end(), "names or initials a patient")
    for m in _INITIALS.finditer(text):
        add(m.start(), m.end(), "a person's initials")
    for m in _GREETING_NAME.finditer(text):
        if m.group(1).lower() not in NOT_ADDRESSEES:
            add(m.start(1), m.end(1), "addresses a person by name")
    for m in _CAP_WORD.finditer(text):
        first, second = m.group(1), m.group(2)
        low = first.lower()
        if low in FIRST_NAMES and (low not in NOT_NAMES or second):
            add(m.start(), m.end() if second and second.lower() not in NOT_NAMES else m.end(1), "names a person")
    return sorted(found, key=lambda i: i.start)


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "mister", "sr", "sra", "srta", "señor", "señora", "don", "doña", "patient", "pt", "client", "paciente"}


__all__ = ["Identifier", "find_identifiers", "find_names"]
