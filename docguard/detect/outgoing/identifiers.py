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
        r"[\s:#.]*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b"
        r"|\b(?:account|acct\.?|cuenta|expediente|historia)\s?\(?(?:#|no\.?\s?|n[º°]\s?)?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b", _I),
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
    ("phone", re.compile(r"(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])?\d{3,4}[\s.-]\d{3,4}\b(?![/-]\d)|(?<![\w/])0\d{3,4}[\s.-]?\d{3}[\s.-]?\d{3,4}\b"),
     "a phone number", False),
    ("street_address", re.compile(
        r"\b\d{1,5}(?:\s[A-Z][a-z]+){1,3}\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Close|Crescent)\b\.?|"
        r"\b(?:calle|avenida|avda\.?|c/)\s[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?,?\s\d{1,4}\b"),
     "a street address", False),
    ("zip_code", re.compile(r"\b(?:[A-Z]{2}|zip(?: code)?|postcode|c\.?p\.?)[\s:]+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
     "a ZIP or postal code", False),
    ("birth_date", re.compile(
        r"\b(?:dob|d\.o\.b\.?|date of birth|birthday|born(?: on)?|fecha de nacimiento|f\. ?nac\.?|nacid[oa] el)[\s:]*"
        rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? (?:of |de )?{_MONTH},?(?: de)? \d{{4}})", _I),
     "a date of birth", False),
    ("age_over_89", re.compile(
        r"\b(?:9\d|1[01]\d)[- ]?(?:years?[- ]old|yrs?[- ]old|y/?o|year-old|años)\b|\b(?:aged?|edad|at|con|a sus|a los) (?:9\d|1[01]\d)\b(?![:.,]\d|\s?(?:am|pm|%|mg|kg|lb|min|h\b|mph|km|degrees|°))"
        r"|\b(?:8\d|9\d|1[01]\d) going on (?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)(?:st|nd|rd|th|º|°)? (?:birthday|cumplea[ñn]os)\b"
        r"|\bcumplea[ñn]os (?:n[uú]mero )?(?:9\d|1[01]\d)\b|\b(?:turns?|turned|cumple|cumpli[oó]) (?:9\d|1[01]\d)\b", _I),
     "an age over 89", False),
    # Dates (the lower-case ones match the lower-cased text, which is faster than IGNORECASE).
    ("date", re.compile(rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"), "a date", False),
    ("date", re.compile(rf"(?<!\w)\d{{1,2}}(?:st|nd|rd|th)? (?:of |de )?{_MONTH}(?:,? \d{{4}}| de \d{{4}})?\b|(?<![\w/])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|(?<!\w)\d{{4}}-\d{{2}}-\d{{2}}\b"),
     "a date", False),
    ("date", re.compile(r"\bthe \d{1,2}(?:st|nd|rd|th)\b|\b(?:el )?d[ií]a \d{1,2}\b|\bdel \d{1,2}\b(?![%:]|\d)"), "a date", False),
    ("date", re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?)\b"),
     "a date", False),
    ("date", re.compile(r"\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"), "a date", False),
    ("date", re.compile(rf"\b(?:in|since|en|desde|during|del? mes de|last) {_MONTH}\b"), "a date", False),
)

_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+"
_TITLE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Sr|Sra|Srta|Señor|Señora|Se[ñn]orita|[Dd]on|[Dd]oña|[Dd]ña)\.?[ \t]+"
    r"(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?:[ \t][A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+)?|[A-Z]\.(?!\w))")
_PATIENT_NAME = re.compile(r"\b(?:[Pp]atient|[Pp]t\.?|[Cc]lient|[Pp]aciente)[ \t]+([A-ZÁÉÍÓÚÑ](?:[\wáéíóúñ'-]+|\.(?:\s?[A-Z]\.)?|[A-Z]{1,2}\b))")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?!\w)")
_SURNAME = re.compile(r"\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-Z][a-z]+)?)")
# Words after which a capitalised word is someone addressed or named: "Hi Nadia", "Thanks Jess",
# "Tell Gary", "Congrats Sophie", "baby Mateo", "husband Bill".
_GREETINGS = frozenset({
    "hi", "hey", "hello", "dear", "thanks", "thx", "cheers", "aw", "aww", "ah", "oh", "ay", "congrats", "morning", "night", "bye",
    "hola", "querido", "querida", "gracias", "estimado", "estimada", "buenas", "felicidades", "enhorabuena",
})
_LEADS = frozenset({
    "tell", "ask", "remind", "congratulations", "welcome", "saw", "seen", "treated", "baby", "mama", "mum", "mom", "little", "wee",
    "peque", "bebé", "bebe", "nene", "nena", "husband", "wife", "partner", "son", "daughter", "brother", "sister", "marido", "esposa",
    "esposo", "hijo", "hija", "hermano", "hermana", "sobrino", "sobrina", "nieto", "nieta", "hermanito", "hermanita",
})
_LEADS2 = frozenset({
    "thank you", "good morning", "buenos días", "buenos dias", "dígale a", "digale a", "dile a", "felicidades a", "recuérdale a",
    "recuerdale a", "congrats to", "birthday to", "cumpleaños a", "looked after", "welcome back", "miss you", "you already",
})
_CAP = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[-'’][A-Za-z][a-z]+)?")
_PREV_WORDS = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)[\s,]*$")
_VOC_COMMA = re.compile(r",\s*$")
# After a vocative: "!", "?", the end, an emoji; or ", you ..." ("And Gloria, you're down for 10:20").
_VOC_AFTER = re.compile(r"\s*(?:[!?…]|$|\.\s*$|[^\w\s,.;:'’\"()&-])")
_VOC_YOU = re.compile(r",\s+(?:you|your|you're|you’re|you've|tu|te|tus|ya|que|how|c[oó]mo)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?¡¿\n]\s*|\b(?:and|y|oh|ah|aw|ay|so|yes|no|sí|si)\s+)$")
# A first name that is also a word ("Will", "Ray", "Rosa") is a name when a person's verb follows.
_PERSON_VERB = re.compile(r"\s+(?:was|is|did|does|says|said|came|comes|has|had|needs|needed|went|got|tested|seemed|asked|called|looked|loved|'s|’s|fue|vino|est[aá]|tiene|dice|lleg[oó])\b")
_NOT_A_VERB_NAME = frozenset({
    "may", "june", "april", "august", "will", "hope", "faith", "joy", "major", "king", "summer", "autumn", "dawn", "sky", "sunny",
    "page", "art", "chase", "grant", "guy", "max", "miles", "penny", "rich", "sol", "paz", "luz", "gene", "olive", "crystal",
    "reed", "sterling", "wade", "lance", "cole", "brook", "mark", "iris", "ivy", "amber", "angel", "destiny", "jack", "rocky",
})
# Clinicians and staff are named in drafts without disclosing anyone ("Dr. Chen", "our manager, Tara").
_CLINICIAN = re.compile(
    r"\b(?:Dr|Dra|Dre|Doctor|Doctora|Prof|Professor|Nurse|Sister|Enfermera|Enfermero|Hygienist)\.?\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?"
    r"|\b(?:manager|receptionist|reception|hygienist|nurse|colleague|coordinator|assistant|secretary|therapist|physio|doctor|dentist|"
    r"director|lead|surgeon|partner|owner|coordinadora?|recepcionista|enfermer[ao]|higienista|secretaria|doctora?|directora?)\W{1,3}" + _NAME_WORD,
    re.IGNORECASE)
# Capitalised words that stand where a name could, without being one.
_NOT_A_NAME = frozenset({
    "i", "the", "our", "your", "my", "we", "you", "he", "she", "they", "it", "this", "that", "there", "here", "all", "everyone",
    "everybody", "team", "doc", "doctor", "dr", "sir", "madam", "ma'am", "mum", "mom", "dad", "love", "hun", "honey", "babe",
    "sweetheart", "darling", "friend", "friends", "folks", "guys", "mate", "lovely", "dear", "reception", "nurse", "us", "them",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "god", "lord", "jesus", "christ",
    "señora", "señor", "doctora", "colega", "amigo", "amiga", "amigos", "chicos", "chicas", "familia", "todos", "todas",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo", "abril", "mayo",
    "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gracias", "hola", "feliz", "bienvenido",
    "bienvenida", "welcome", "thanks", "thank", "congrats", "yes", "no", "sí", "ok", "okay", "please", "sorry", "hi", "hey",
    "hello", "happy", "merry", "good", "great", "well", "oh", "ah", "aw", "ay", "wow", "lol", "haha", "jaja", "jajaja",
    "instagram", "facebook", "google", "yelp", "tiktok", "linkedin", "twitter", "whatsapp", "covid", "christmas", "easter",
    "navidad", "pm", "am", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "tip", "psa", "fyi", "btw", "ps", "nhs", "gp", "er", "ed", "icu", "cheers", "reply", "update",
})
_DIGIT = re.compile(r"\d")
_THREE_DIGITS = re.compile(r"\d\d\d")
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "enero", "febrero", "abril", "mayo",
                "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")


@dataclass(frozen=True, slots=True)
class _Gate:
    """What a text must hold for a finder to run at all: a digit, an "@", one of some words."""

    digit: bool = False
    at: bool = False
    three_digits: bool = False
    words: tuple[str, ...] = ()
    case_sensitive: bool = False  # ``words`` are looked for in the text as written (else lower case)
    lower: bool = False  # the regex matches the lower-cased text


# One gate per finder, in the order of ``_FINDERS``.
_FINDER_GATES: tuple[_Gate, ...] = (
    _Gate(digit=True, words=("mrn", "record", "chart", "patient", "account", "acct", "member", "policy", "plan", "subscriber", "claim",
                             "insurance", "medicaid", "medicare", "nhs", "historia", "mero de", "expediente", "cuenta")),
    _Gate(digit=True, words=("serial", "device", "implant", "pacemaker", "udi", "lot ")),
    _Gate(digit=True, three_digits=True, words=("-",)),
    _Gate(digit=True, words=("licen", "plate", "vin", "dea ")),
    _Gate(at=True),
    _Gate(words=("http", "www.", ".com/")),
    _Gate(at=True),
    _Gate(digit=True, three_digits=False, words=(".",)),
    _Gate(digit=True, three_digits=True),
    _Gate(digit=True, words=(" st", "street", "ave", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "ct", "court", "way", "pl",
                             "place", "terrace", "close", "crescent", "calle", "avenida", "avda", "c/")),
    _Gate(digit=True),
    _Gate(digit=True, words=("dob", "d.o.b", "birth", "born", "nac")),
    _Gate(digit=True, words=("9", "10", "11")),
    _Gate(digit=True, words=_MONTH_WORDS, lower=True),
    _Gate(digit=True, words=("/", "-", *_MONTH_WORDS), lower=True),
    _Gate(digit=True, words=("the ", "dia ", "día ", "del "), lower=True),
    _Gate(words=("day", "lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo"), lower=True),
    _Gate(words=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), case_sensitive=True),
    _Gate(words=_MONTH_WORDS, lower=True),
)
assert len(_FINDER_GATES) == len(_FINDERS)


def find_identifiers(text: str, own: OwnDetails, patient_only: bool = False) -> list[Identifier]:
    """Every Safe Harbor identifier in ``text`` that is not the practice's own or a public service.

    ``patient_only`` keeps to the identifiers that mean a patient by themselves (record, plan, device numbers).
    """
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []
    has_digit = _DIGIT.search(text) is not None
    has_three = has_digit and _THREE_DIGITS.search(text) is not None
    has_at = "@" in text
    low = text.lower()
    low_ok = len(low) == len(text)
    for (kind, regex, reason, by_itself), gate in zip(_FINDERS, _FINDER_GATES, strict=True):
        if patient_only and not by_itself:
            continue
        if (gate.digit and not has_digit) or (gate.at and not has_at) or (gate.three_digits and not has_three):
            continue
        if gate.words and not any(map((text if gate.case_sensitive else low).__contains__, gate.words)):
            continue
        source = low if gate.lower and low_ok else text
        if gate.lower and not low_ok:
            regex = re.compile(regex.pattern, re.IGNORECASE)
        for m in regex.finditer(source):
            start, end = m.span()
            value = text[start:end].rstrip(".,;:")
            end = start + len(value)
            if any(a < end and start < b for a, b in taken) or _is_own(kind, value, own):
                continue
            if kind == "phone" and len(digits(value)) < 7:
                continue
            if kind in _CHANNELS and not _a_persons_channel(kind, text, start, value):
                continue
            taken.append((start, end))
            found.append(Identifier(kind, start, end, value, reason, by_itself))
    return sorted(found, key=lambda i: i.start)


_CHANNELS = frozenset({"phone", "email", "url", "handle"})
# A phone, e-mail or page is someone's when the draft says whose it is ("his number is", "her
# e-mail", "call Ana on"); otherwise a contact detail in a clinician's draft is the practice's
# line, a hotline or the clinician's own (the profile need not list every number a practice uses).
_WHOSE = re.compile(
    r"\b(?:his|her|their|your|(?-i:[A-Z][a-z]+)'s|patient's|mum's|mom's|dad's|son's|daughter's|husband's|wife's|partner's|su|sus)\s+"
    r"(?:\w+\s+)?(?:number|phone|cell|mobile|tel|telephone|contact|e-?mail|address|whatsapp|n[uú]mero|tel[eé]fono|celular|m[oó]vil|correo)\b"
    r"|\b(?:call|ring|text|reach|contact|email|e-mail|llama(?:r)?|llamen|escr[ií]bele)\s+(?:him|her|le|la|lo|a (?:la )?(?:paciente|familia|se[ñn]ora?))\b", re.IGNORECASE)
# Public pages a draft points readers to ("our clinic account @lakesidedental", "follow @drkhan").
_PAGE_CUE = re.compile(
    r"\b(?:account|accounts|page|profile|feed|follow|following|find us|find me|check out|us on|me on|p[aá]gina|perfil|cuenta|s[ií]guenos|s[ií]gueme|sigue|seguir)\b[^.!?\n]{0,25}$",
    re.IGNORECASE)
_FREE_MAIL = re.compile(r"@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|gmx|mail)\.", re.IGNORECASE)


def _a_persons_channel(kind: str, text: str, start: int, value: str) -> bool:
    """A contact detail counts as a person's identifier only when the draft ties it to someone."""
    before = text[max(0, start - 60) : start]
    if kind == "handle":
        return not _PAGE_CUE.search(before)
    if _WHOSE.search(before):
        return True
    if kind == "email":
        return bool(_FREE_MAIL.search(value))
    if kind == "url":
        return bool(re.search(r"(?:facebook|instagram|tiktok|linkedin|twitter|x)\.com/", value, re.IGNORECASE)) and not _PAGE_CUE.search(before)
    return False


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
    """People named in ``text``: a title and surname, "patient J.D.", initials, a greeting or vocative, a first name.

    Clinicians and staff ("Dr. Chen", "our manager, Tara") and the practice's own names are not patients.
    """
    found: list[Identifier] = []
    staff: list[tuple[int, int]] | None = None

    def add(start: int, end: int, reason: str) -> None:
        nonlocal staff
        value = text[start:end]
        words = [w for w in re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]+", value) if w.lower() not in _TITLES]
        if not words or all(own.is_own_name(w) for w in words) or words[0].lower() in _NOT_A_NAME:
            return
        if staff is None:
            staff = [m.span() for m in _CLINICIAN.finditer(text)]
        if any(a < end and start < b for a, b in staff):
            return
        if not any(a < end and start < b for a, b in ((n.start, n.end) for n in found)):
            found.append(Identifier("name", start, end, value, reason))

    if any(map(text.__contains__, _TITLE_GATE)):
        for m in _TITLE_NAME.finditer(text):
            add(m.start(), m.end(), "names a person (title and name)")
    if any(map(text.__contains__, _PATIENT_GATE)):
        for m in _PATIENT_NAME.finditer(text):
            add(m.start(), m.end(), "names or initials a patient")
    if "." in text:
        for m in _INITIALS.finditer(text):
            add(m.start(), m.end(), "a person's initials")
    for m in _CAP.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "@#'’_"):
            continue
        word = m.group()
        low = word.lower()
        if low in _NOT_A_NAME:
            continue
        prev = _PREV_WORDS.search(text, max(0, start - 30), start)
        p1 = prev.group(2).lower() if prev else ""
        p2 = f"{prev.group(1).lower()} {p1}" if prev and prev.group(1) else ""
        if p1 in _GREETINGS or p1 in _LEADS or p2 in _LEADS2:
            if low not in NOT_ADDRESSEES:
                add(start, end, "addresses or names a person")
            continue
        if (_VOC_COMMA.search(text, max(0, start - 3), start) and _VOC_AFTER.match(text, end)) or (
            _VOC_YOU.match(text, end) and _SENTENCE_START.search(text, max(0, start - 8), start)
        ):
            if low not in NOT_ADDRESSEES:
                add(start, end, "addresses a person by name")
            continue
        if low not in FIRST_NAMES:
            continue
        sur = _SURNAME.match(text, end)
        second = sur.group(1) if sur and sur.group(1).lower() not in _NOT_A_NAME else None
        if low not in NOT_NAMES or second:
            add(start, sur.end() if sur and second and second.lower() not in NOT_NAMES else end, "names a person")
        elif low not in _NOT_A_VERB_NAME and _PERSON_VERB.match(text, end):
            add(start, end, "names a person")
    return sorted(found, key=lambda i: i.start)


_TITLE_GATE = ("Mr", "Ms", "Miss", "Mx", "Mister", "Sr", "Se", "Don", "don", "Doña", "doña", "Dña", "dña")
_PATIENT_GATE = ("atient", "aciente", "lient", "Pt")

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "mister", "sr", "sra", "srta", "señor", "señora", "don", "doña", "patient", "pt", "client", "paciente"}


__all__ = ["Identifier", "find_identifiers", "find_names"]
