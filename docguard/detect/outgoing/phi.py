"""phi: a person the draft identifies, together with their health or care.

A name, initials, a description people would recognise ("the 34-year-old teacher I saw
Tuesday"), a relative of the reader ("your husband's hip replacement") or any Safe Harbor
identifier becomes PHI when the draft joins it to health or care. A record, plan or device
number, or a patient's photo or X-ray, is PHI by itself. A date of care (a weekday, "the 22nd",
"12 Oct") beside a named procedure, test or medicine is a Safe Harbor identifier too. A public
reply (to a review or a comment, or a post that tags someone) that restates the reader's own
care identifies them: their public account is the name. The practice's own phone, address and
clinician are never identifiers (``own.py``); care words inside a policy statement, an "if"
or a general statement are not anyone's care. Evidence shows every identifying span and the
care words that made it PHI; identifiers with no care beside them are kept as suppressed
("not joined to health or care"), so a reviewer sees them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.detect.outgoing.identifiers import Identifier, find_identifiers, find_names
from docguard.results import DraftEvidence, DraftExcuse
from docguard.taxonomy import DraftContext, Finding
from docguard.text.normalise import fold_pattern

# Medicine names by their stems (amoxicillin, lisinopril, atorvastatin, sertraline ...).
_DRUG_SUFFIXES = (
    "cillin", "mycin", "cycline", "floxacin", "pril", "sartan", "olol", "dipine", "statin", "prazole", "azole", "xetine", "traline",
    "faxine", "zepam", "zolam", "codone", "morphine", "profen", "fenac", "afil", "gliptin", "gliflozin", "glutide", "tidine",
    "thyroxine", "semide", "thiazide", "parin", "xaban", "gatran", "tadine", "tirizine", "solone", "lukast", "terol", "formin",
    "piprazole", "zapine", "trigine", "tiapine",
)


class _Terms:
    """A large alternation of care terms, matched by token look-up instead of one slow regex.

    Plain words and phrases (up to three words) are looked up per token; the few terms with
    regex syntax stay in a small regex; medicine stems are matched as token suffixes.
    """

    _TOKEN = re.compile(r"[^\W_]+")

    def __init__(self, source: str, suffixes: tuple[str, ...] = ()) -> None:
        single: set[str] = set()
        multi: dict[str, set[tuple[str, ...]]] = {}
        prefixes: list[str] = []
        complex_: list[str] = []
        for alt in _split_alternatives(source):
            forms = _expand(alt)
            if forms is None:
                complex_.append(alt)
                continue
            for form in forms:
                if form.endswith("*"):
                    prefixes.append(fold_pattern(form[:-1]))
                    continue
                words = tuple(self._TOKEN.findall(fold_pattern(form)))
                if len(words) == 1:
                    single.add(words[0])
                elif words:
                    multi.setdefault(words[0], set()).add(words[1:])
        self._single = frozenset(single)
        self._multi = {k: tuple(v) for k, v in multi.items()}
        self._prefixes = tuple(prefixes)
        self._regex = re.compile(fold_pattern(r"\b(?:" + "|".join(complex_) + r")\b")) if complex_ else None
        self._suffixes = tuple(fold_pattern(x) for x in suffixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        toks = [(m.group(), m.start(), m.end()) for m in self._TOKEN.finditer(text)]
        out: list[tuple[int, int]] = []
        single, multi, prefixes, suffixes = self._single, self._multi, self._prefixes, self._suffixes
        for i, (tok, start, end) in enumerate(toks):
            if tok in single or (prefixes and tok.startswith(prefixes)) or (len(tok) > 5 and tok.endswith(suffixes)):
                out.append((start, end))
            rests = multi.get(tok)
            if rests:
                for rest in rests:
                    j = i + len(rest)
                    if j < len(toks) and all(toks[i + 1 + k][0] == w for k, w in enumerate(rest)):
                        out.append((start, toks[j][2]))
        if self._regex is not None:
            out.extend(m.span() for m in self._regex.finditer(text))
        return sorted(set(out))


def _expand(alt: str) -> list[str] | None:
    """Spell out a simple alternative ("x-?rays?", "ingresad[oa]", "diabet\\w*"); None when it is not simple."""
    forms = [""]
    i = 0
    while i < len(alt):
        ch = alt[i]
        if alt.startswith("\\w*", i) and i + 3 == len(alt):
            return None if " " in alt else [f + "*" for f in forms]
        if ch == "[":
            j = alt.index("]", i)
            options = list(alt[i + 1 : j])
            if not all(o.isalnum() for o in options):
                return None
            forms = [f + o for f in forms for o in options]
            i = j + 1
            if i < len(alt) and alt[i] == "?":
                return None
            continue
        if not (ch.isalnum() or ch in " &'-"):
            return None
        if i + 1 < len(alt) and alt[i + 1] == "?":
            forms = [f + c for f in forms for c in ("", ch)]
            i += 2
            continue
        forms = [f + ch for f in forms]
        i += 1
    return forms


def _split_alternatives(source: str) -> list[str]:
    """Top-level alternatives of ``a|b|(?:c|d)e``."""
    out: list[str] = []
    depth, cur = 0, list[str]()
    for ch in source:
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur.append(ch)
    out.append("".join(cur))
    return [x for x in out if x]


# Specific clinical care: procedures, tests, findings, conditions, medicines, devices.
_STRONG = _Terms(
    r"surgery|surgeries|procedure|operation|operated|op|post-?op|pre-?op|diagnosed|diagnosis|prescribed|labs?|lab results|results|test result|result came back|"
    r"x-?rays?|xray|scans?|mri|ct|ultrasound|sonogram|admitted|admission|discharged|the er|the ed|a&e|urgent care|injection|jab|filling|crown|"
    r"crown prep|root canal|extraction|implant|implants|therapy|counsell?ing|stitches|sutures|biopsy|chemo|chemotherapy|radiation|radiotherapy|"
    r"dialysis|a1c|hba1c|inr|bmi|blood pressure|bp|cholesterol|blood work|bloodwork|bloods|blood draw|blood test|smear|pap|mammogram|colonoscopy|"
    r"endoscopy|knee scope|vaccine|vaccinated|flu jab|flu shot|booster|pregnan\w*|pregnancy test|miscarriage|ivf|delivery|delivered|labour|labor|"
    r"c-?section|emergency section|epidural|birth|born|newborn|cancer|tumou?r|diabet\w*|sugar|sugars|glucose|asthma|inhaler|copd|hiv|std|sti|herpes|"
    r"hepatitis|depression|anxiety|panic|bipolar|schizophreni\w*|adhd|autism|dementia|alzheimer\w*|memory clinic|stroke|heart attack|"
    r"seizures?|epilepsy|fracture|fractured|broken|sprain|sprained|infection|rash|uti|overdose|rehab|addiction|alcoholism|sobriety|"
    r"methadone|insulin|metformin|ozempic|wegovy|mounjaro|antibiotics?|antidepressants?|meds|medication|medicine|dose|dosage|mg|tablets|"
    r"pills|patches|hrt|symptoms?|pain|migraines?|cast|wound|ulcer|burns?|hospice|palliative|icu|nicu|ventilator|oxygen|ward|recovery|"
    r"recovering|braces|brackets|retainer|aligners|whitening|night guard|dentures|cavity|cavities|gum disease|gums|deep clean\w*|"
    r"physio|physiotherapy|wheelchair|crutches|knee|hip|shoulder|lower back|back pain|your back|her back|his back|ankle|wrist|elbow|spine|rotator cuff|acl|meniscus|tendon|tendinitis|"
    r"hernia|appendectomy|appendix|gallbladder|vasectomy|mastectomy|lumpectomy|hysterectomy|bypass|stent|pacemaker|transplant|"
    r"replacement|repair|removal|mole|lesion|nevus|cyst|lump|swelling|fever|flu|covid|cough|bleeding|spotting|your period|her period|period was|period is|period being|coil|iud|"
    r"contracepti\w*|depo|morning-after|thyroid|potassium|iron levels|b12|vitamin d|allergy|allergic|allergies|epipen|eczema|psoriasis|acne|"
    r"botox|filler|lash lift|hearing aid|eye drops|glasses|cataract|glaucoma|sleep study|scan results|test results|ecg|ekg|echocardiogram|"
    r"lungs?|kidneys?|liver|bowel prep|numbing|anaesthetic|anesthetic|sedation|dry socket|wisdom tooth|wisdom teeth|molars?|"
    r"tooth|teeth|bone loss|concussion|shingles|chickenpox|measles|strep|tonsillitis|ear infection|c\.? diff|dka|sepsis|pneumonia|"
    r"crohn'?s|colitis|ibs|stoma|colostomy|ileostomy|coeliac|celiac|gout|arthritis|osteoporosis|lupus|parkinson'?s|sclerosis|"
    r"angina|arrhythmia|afib|a-fib|high blood pressure|hypertension|obesity|weight loss|diet|soreness|sore|numbness|tingling|stiffness|"
    r"nausea|vomiting|dizziness|dizzy|headaches?|drip|iv|catheter|scar|bruising|swollen|healing|healed|heals|limp|torcedura|esguince|"
    r"bulimia|anorexia|eating disorder|ptsd|ocd|insomnia|grief|detox|blood sugar|hot flushes|hot flashes|menopause|ivf|fertility|"
    r"paracetamol|acetaminophen|ibuprofen|tylenol|motrin|advil|aspirin|naproxen|codeine|tramadol|oxy|oxycontin|opioids?|painkillers?|"
    r"amoxicillin|aricept|warfarin|apixaban|eliquis|xarelto|prozac|zoloft|lexapro|xanax|valium|adderall|ritalin|suboxone|keppra|"
    r"levothyroxine|synthroid|humira|accutane|roaccutane|steroids?|cream|drops|"
    r"lip|lips|jaw|skin|eyes?|ears?|legs?|arms?|foot|hands?|neck|chest|stomach|belly|tummy|head|nose|throat|bladder|bowel|"
    r"breast|prostate|pelvis|ribs?|toe|finger|thumb|memory|mobility|weight|"
    r"cirugia|operacion|operada|operado|operaron|intervencion|diagnostico|receta|analisis|resultados?|radiografia|ecografia|resonancia|"
    r"embarazada|embarazo|parto|cesarea|gemelos|cancer|diabetes|depresion|ansiedad|ingresad[oa]|ingreso|urgencias|dolor|infeccion|"
    r"medicacion|medicamentos?|pastillas|quimio|empaste|extraccion|implante|brackets|ortodoncia|puntos|sutura|fractura|cadera|rodilla|"
    r"espalda|hombro|tobillo|muela|muelas|diente|dientes|resina|endodoncia|conducto|lumbalgia|tendinitis|sigues de|como sigue|dolores|molestias|pierna|brazo|pie|mano|cuello|pecho|estomago|barriga|cabeza|garganta|memoria|paracetamol|ibuprofeno|menisco|insulina|azucar|"
    r"glucosa|tension|presion|colesterol|fiebre|tos|alergia|vacuna|tratamiento de|terapia|fisio|fisioterapia|rehabilitacion|"
    r"quimioterapia|dialisis|demencia|alzheimer|ictus|infarto|convulsiones|herida|quemadura|yeso|escayola|biopsia|lunar|bulto|"
    r"epoc|neumonia|el alta|de alta|fallecio|murio|complicaciones|ictus|derrame|ingreso|blanqueamiento|ortodoncia|protesis|"
    r"massage|sports massage|shin splints?|splint|brace|orthotics|died|passed away|death|"
    r"tiroides|anemia|hierro|migrana|asma|inhalador|duelo|adiccion|sobredosis|uci",
    _DRUG_SUFFIXES,
)

# Care in general: the relationship words that join a person to care when paired with who they are.
_WEAK = re.compile(fold_pattern(
    r"\b(?:patients?|pt|client|visit|visits|visited|appointment|appt|seen|treated|treating|treatment|chart|records?|came in|comes in|"
    r"coming in|came to see|in clinic|session|sessions|checkup|check-up|check|physical|follow-?up|exam|examined|consult|consultation|"
    r"prescription|script|waited|waiting room|wait so long|referral|referred|was in|were in|in for|started coming|been coming|doing (?:so |much |a lot |way )*better|espera|(?:el|al|su|tu|de|un) control|"
    r"cleaning|hygiene visit|hygiene|paciente|consulta|cita|visita|sesion|sesiones|revision|tratamiento|expediente|turno|limpieza|"
    r"atendimos|atenderte|atendi|atendio)\b"
))

_SECOND_PERSON = re.compile(fold_pattern(
    r"\b(?:you|your|you're|youre|you've|you'd|you'll|ur|yours|tu|tus|te|ti|su|sus|usted|contigo|vos)\b"
))
_THIRD_PERSON = re.compile(fold_pattern(r"\b(?:he|she|he's|she's|hes|shes|him|his|her|hers)\b"))
_CLINICIAN_WORD = re.compile(fold_pattern(
    r"\b(?:dr|dra|doctor|doctora|nurse|dentist|hygienist|surgeon|consultant|physio|therapist|midwife|np|gp|pharmacist|receptionist|"
    r"enfermera|enfermero|dentista|cirujano|cirujana|medico|medica)\b"
))
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")

_PERSON_NOUN = (
    r"(?:guy|lady|man|woman|gentleman|gent|dude|bloke|fella|kid|boy|girl|teen|teenager|toddler|baby|mom|mum|dad|grandma|grandpa|couple|twins?|one|"
    r"patient|client|teacher|nurse|firefighter|cop|officer|pilot|chef|student|athlete|player|coach|pastor|priest|mayor|ceo|lawyer|farmer|"
    r"veteran|marathoner|runner|bride|groom|influencer|footballer|cyclist|cutie|regular|frequent flyer)"
)

_DESCRIBED = (
    OutRule("age", r"\b\d{1,3}[- ]?(?:year|yr|month|week|day)s?[- ]?old\b|\b\d{1,3} ?(?:yo|y/o|yrs old)\b|\bin (?:his|her|their) (?:late |early |mid-?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b"
            r"|\bde \d{1,3} (?:anos|meses)\b|\btiene \d{1,3} anos\b",
            "describes a person by age"),
    OutRule("slot", r"\b(?:my|our|the|this|mi|el|la) (?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|last|first|next|early|late|morning|afternoon|evening|\w+day(?: morning| afternoon)?) (?:patient|pt|appointment|appt|client|consult|paciente|cita)\b"
            r"|\bmy \d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)? (?:appointment|appt|slot)\b",
            "describes a patient by their appointment slot"),
    OutRule("place", r"\b(?:room|bed|bay|exam room|cubicle|cama|habitacion|box|consultorio) \d{1,3}\b|\bfrom (?:the )?(?:fire station|police station|high school|elementary|middle school|\w+ (?:street|road|avenue|lane|elementary|high|church|school|plant|factory|bakery|gym|bank|station))\b"
            r"|\b(?:who|that) (?:works|worked|lives|lived|teaches|coaches|drives|runs) (?:at|in|on|for|the)\b|\b(?:de la|del) (?:cama|habitacion|box) \d{1,3}\b"
            r"|\b(?:on|in|at|from) \w+ (?:street|st|road|rd|lane|ln|avenue|ave|drive|close|crescent)\b|\b(?:en|de) la calle \w+"
            r"|\ben la feria\b|\bat the (?:county|state) fair\b"
            r"|\b(?:#\d{1,2}|number \d{1,2}) (?:on|for|del|de) (?:the )?\w+",
            "describes a person by where they are, live, work or were seen", ("addressed_to_an_audience",)),
    OutRule("who_came", rf"\b(?:the|that|this|our|my) (?:\w+ ){{0,2}}?{_PERSON_NOUN} (?:who|that|with|from|in|at|i saw|we saw|i treated|we treated|in room|in bed)\b"
            rf"|\b(?:a|an) (?:\w+ )?{_PERSON_NOUN} (?:who|that) (?:\w+ ){{0,3}}?(?:came in|was in|swallowed|broke|presented|showed up|walked in|rolled in|fainted|collapsed|lost|was admitted|was seen|saw me)\b"
            rf"|\b(?:guy|lady|dude|bloke|woman|man|kid) (?:came|walked|rolled|showed|turned) (?:in|up)"
            rf"|\b(?:a|an) (?:\w+ ){{0,2}}?(?!patient|client|person|one)\w+ (?:came|walked|rolled|was brought|was rushed) (?:in|into \w+(?: \w+)?) (?:with|after|for|having)\b"
            r"|\b(?:the|el|la|ese|esa) (?:one|de la|del|que) (?:who|that|vino|atendimos|vi|trajeron|ingreso|llego|se)\b"
            r"|(?:^|[,:!?] )(?:la|el) (?:de la|del|de los|de las|con la|con el) \w+"
            r"|\b(?:el|la|ese|esa) (?:senor|senora|chico|chica|chavo|chava|nino|nina|abuelo|abuela|profesora?|maestra?|enfermera?|bombero|paciente) (?:que|de la|del|con) \w+"
            r"|\b(?:longest-standing|longest standing|oldest|youngest|favourite|favorite|sweet|lovely|bravest|brave|mas veterana|mas veterano|mas mayor) (?:\w+ )?(?:patient|client|paciente)\b"
            r"|\b(?:paciente|pacientes) (?:mas )?(?:veteran[oa]|mayor|joven|valiente)\b"
            r"|\b(?:mayor|pastor|priest|principal|coach|sheriff|senator|councillor|governor|alcalde|alcaldesa|cura|director|boss)'?s (?:son|daughter|nephew|niece|wife|husband|mum|mom|dad|brother|sister|kid|kids|grandson|granddaughter)\b"
            r"|\b(?:sobrino|sobrina|hijo|hija|esposa|mujer|marido) del? (?:alcalde|alcaldesa|cura|director|directora|presidente)\b"
            r"|\b(?:red|blue|green|yellow|black|white|pink|purple|orange|grey|gray|striped) (?:hoodie|scarf|jacket|shirt|dress|hat|cap|sweater|jumper|coat|top|jersey)\b"
            r"|\bin (?:the|a) (?:\w+ )?(?:hoodie|jacket|scarf|dress|cap|sweater|jumper|uniform)\b"
            r"|\b(?:kid|guy|lady|man|woman|patient|boy|girl|gentleman|chap|bloke|senor|senora|chico|chica|nino|nina|paciente) (?:in|de la|del|en la|en el) (?:room|bed|bay|cubicle|box|cama|habitacion) \d{1,3}\b"
            r"|\b(?:the|that) (?:[\w'-]+ ){0,6}?(?:lady|guy|man|woman|bloke|dude|kid|girl|boy|gentleman|couple) (?:from )?(?:this morning|yesterday|last night|last week|earlier today|this afternoon|tonight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
            "describes a person people would recognise"),
    OutRule("this_person", r"\b(?:this|that|este|esta|ese|esa) (?:person|patient|reviewer|individual|gentleman|lady|guy|customer|client|paciente|persona|senor|senora|cliente)\b"
            r"|\b(?:another|one more) (?:\w+ )?(?:one|patient|reviewer|person|review from a \w+) (?:who|that)\b|\b(?:otro|otra) (?:paciente |mas )?que\b"
            r"|\b(?:a|the) (?:patient|person|reviewer) who (?:skipped|missed|cancell?ed|refused|ignored|didn't|did not|never|won't|wouldn't|wanted|demanded|turned up|showed up)\b",
            "points at the particular person a public reply answers"),
    OutRule("relative_of", r"\b(?:\w+'s|his|her|their|el|la) (?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|grandma|grandpa|nephew|niece|"
            r"boyfriend|girlfriend|fiance|fiancee|marido|esposa|esposo|hijo|hija|madre|padre|hermano|hermana|sobrino|sobrina|nieto|nieta) (?:\w+ )?(?:who|that|had|has|is|was|came|in|with|que|tuvo|tiene|esta)\b",
            "names a person by whose relative they are"),
    OutRule("relative", r"\b(?:your|tu|su) (?:\w+ )?(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|baby|kid|kids|child|children|boy|girl|brother|sister|"
            r"grandma|grandpa|grandmother|grandfather|nan|nana|granny|aunt|uncle|friend|boyfriend|girlfriend|fiance|fiancee|niece|nephew|little one|mum's|mom's|dad's|"
            r"marido|esposa|esposo|madre|mama|padre|papa|hijo|hija|hijos|peque|nene|nena|hermano|hermana|abuelo|abuela|amigo|amiga|novio|novia|pareja|sobrino|sobrina)\b",
            "names a person the reader knows (a relative or friend)", ("addressed_to_an_audience", "conditional", "general_statement")),
    OutRule("photo", r"\b(?:photo|photos|pic|pics|picture|image|x-?ray|xray|scan|ct|mri|ultrasound|before and after|before-and-after|video|selfie|snap|radiografia|foto|fotos|imagen) "
            r"(?:of|from|de) (?:my|our|this|the|a|today's|todays|yesterday's|mi|nuestro|nuestra|este|esta|la|el|del) (?:\w+ )?(?:patient|patients|client|guy|lady|man|woman|kid|boy|girl|paciente|senor|senora|chico|chica|chavo|chava|nino|nina)\b"
            r"|\b(?:check out|look at|guess what|swipe to see|swipe for|mira|miren|posting|sharing|here's|heres) (?:this|these|the|esta|estas|este|la|el|an?) (?:\w+ ){0,2}?(?:x-?ray|xray|scan|ct|mri|wound|rash|mole|lesion|injury|tumou?r|foreign body|radiografia|herida|ecografia)\b",
            "shows a patient's image or scan"),
)

_PUBLIC = frozenset({DraftContext.REPLY_TO_REVIEW, DraftContext.REPLY_TO_COMMENT})
_CARE_EXCUSES = ("policy_statement", "redirect")  # "if" is read per sentence below
_PERSON_KINDS_NOT = {"date"}  # a date is a detail of care, not a person


class PhiDetector(OutgoingDetector):
    name = "phi"
    version = "2"
    finding = Finding.PHI
    rules = _DESCRIBED

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        text, norm = ctx.draft.text, ctx.text
        public_reply = ctx.context in _PUBLIC
        evidence_in = [e for e in found.evidence if not _is_the_reader(ctx, e) and (public_reply or not e.detector.endswith("/this_person"))]
        described = [e for e in evidence_in if not e.detector.endswith("/relative")]
        relatives = [e for e in evidence_in if e.detector.endswith("/relative")]
        memo: dict[int, bool] = {}
        strong = [(a, b) for a, b in _STRONG.spans(norm) if not self._excused(ctx, a, b, memo)]
        weak = [m.span() for m in _WEAK.finditer(norm) if not _GENERIC_BEFORE.search(norm, max(0, m.start() - 30), m.start()) and not self._excused(ctx, m.start(), m.end(), memo)]
        care = sorted(strong + weak)
        own_names = ctx.own.own_name_spans(text)
        if own_names:  # "Leeds Road Surgery" is the practice, not anyone's surgery
            care = [c for c in care if not any(a <= o[0] and o[1] <= b for a, b in own_names for o in [ctx.original_span(*c)])]
        # With no care in the draft only the identifiers that mean a patient by themselves matter (a fast path).
        identifiers = find_identifiers(text, ctx.own, patient_only=not care)
        names = find_names(text, ctx.own) if care else []
        people: list[Identifier] = [*names, *(i for i in identifiers if i.kind not in _PERSON_KINDS_NOT)]
        dates = [i for i in identifiers if i.kind == "date"]
        by_itself = any(i.patient_by_itself for i in identifiers) or any(e.detector.endswith("/photo") for e in described)

        joined: list[DraftEvidence] = []  # evidence of a person or detail joined to care, beyond names and identifiers
        if care and not (people or described or relatives):
            joined = self._unnamed(ctx, strong, care, dates)
        if people and not (described or relatives) and not strong and not any(_specific(norm, a) for a, _ in weak):
            care = []  # a name beside "check-ups" or "appointments" in general says nothing of that person's care
        if not by_itself and not joined and not (care and (people or described or relatives)):
            found.suppressed.extend(DraftExcuse(self.finding, e.start, e.end, e.text, "not_joined_to_care", self.name) for e in [*described, *relatives])
            found.suppressed.extend(DraftExcuse(self.finding, i.start, i.end, i.text, "not_joined_to_care", self.name) for i in people)
            found.evidence = []
            return found
        evidence: list[DraftEvidence] = [*described, *relatives, *joined]
        evidence += [self.evidence(i.start, i.end, i.text, _reason(i.reason), f"identifier_{i.kind}") for i in people + dates]
        for a, b in care[:3]:
            a, b = ctx.original_span(a, b)
            evidence.append(self.evidence(a, b, text[a:b], "health or care joined to the person identified", "care"))
        found.evidence = _dedupe(evidence)
        return found

    def _excused(self, ctx: DraftCtx, start: int, end: int, memo: dict[int, bool]) -> bool:
        """Care words in a policy statement, after an "if" in their sentence, or in a redirect are nobody's care."""
        s = max(ctx.text.rfind(p, 0, start) for p in ".!?\n")
        if _IF.search(ctx.text, s + 1, start):
            return True
        e = min((i for i in (ctx.text.find(p, end) for p in ".!?\n") if i >= 0), default=len(ctx.text))
        if _YOUR_CLINICIAN.search(ctx.text, s + 1, e) or _SERVICE.search(ctx.text, s + 1, e):
            return True
        clause = ctx.cues.clause_of(start)[0]
        if clause not in memo:  # the excuses read the clause (and the sentence before it), not the word
            memo[clause] = any(self._excuses[name](ctx, start, end) for name in _CARE_EXCUSES)
        return memo[clause]

    def _unnamed(self, ctx: DraftCtx, strong: list[tuple[int, int]], care: list[tuple[int, int]], dates: list[Identifier]) -> list[DraftEvidence]:
        """Care joined to someone the draft does not name: a date of care, a third person, a public reader."""
        norm, text = ctx.text, ctx.draft.text
        out: list[DraftEvidence] = []
        tagged = ctx.context is DraftContext.POST and _tags_someone(text)
        public = ctx.context in _PUBLIC or tagged
        replying = ctx.context is not DraftContext.POST
        for m in _SENTENCE.finditer(norm):
            a, b = m.span()
            s_strong = [c for c in strong if a <= c[0] < b]
            s_care = [c for c in care if a <= c[0] < b]
            if not s_care:
                continue
            sentence = norm[a:b]
            clinician = _CLINICIAN_WORD.search(sentence)
            s_dates = [d for d in dates if _in_norm_span(ctx, d, a, b)] if (replying or tagged) else []
            someone = _SECOND_PERSON.search(sentence) or (_THIRD_PERSON.search(sentence) and not clinician)
            past = _PAST.search(sentence)
            if s_dates and (s_strong or public or past) and (someone or (public and past)):
                d = s_dates[0]
                out.append(self.evidence(d.start, d.end, d.text, "a date of care, joined to a person's care, identifies a patient", "date_of_care"))
                continue
            third = _third_person_care(norm, a, b, s_strong) if replying and not clinician and (past or _GIVEN.search(sentence)) else None
            if third:
                x, y = ctx.original_span(*third)
                out.append(self.evidence(x, y, text[x:y], "a particular person's care, discussed with someone else", "third_person"))
                continue
            own = _own_care(norm, a, b, s_strong) if public else None
            if own:
                x, y = ctx.original_span(*own)
                out.append(self.evidence(x, y, text[x:y], "restates the reader's own care in public, where their account identifies them", "public_reply"))
        return out


# "your crown", "tu rodilla", "your follow-up ultrasound": the reader's own care, by a possessive.
_POSSESSIVE_BEFORE = re.compile(fold_pattern(r"\b(?:your|ur|tu|tus|su|sus)\s+(?:[\w'-]+\s+){0,3}$"))
# "you had the flu jab", "you were diagnosed", "te operamos": care the practice gave the reader.
_YOU_HAD = re.compile(fold_pattern(
    r"\b(?:you|you've|youve)\s+(?:had|got|received|underwent|were (?:seen|treated|diagnosed|given|prescribed|admitted|booked)|came in (?:for|with)|missed|cancell?ed)\b"
    r"|\b(?:te|le) (?:operamos|operaron|pusimos|hicimos|atendimos|vimos|recetamos|quitamos|sacamos)\b"
))
# "he's stable", "she was in for her check", "his INR", "looked after him".
_THIRD_SUBJECT = re.compile(fold_pattern(
    r"\b(?:he|she)(?:'s|'ll|'d| is| was| has| had| will| needs| needed| came| went| tested| did| got| can| should| started| starts| seems| looks)\b"
))
_THIRD_OBJECT = re.compile(fold_pattern(
    r"\b(?:after|treated|saw|seen|see|seeing|looked after|admitted|discharged|examined|keeping|leave|sent|miss|tell|ask|remind) (?:him|her)\b"
    r"|\b(?:la|lo|le|les) (?:vi|vimos|atendi|atendimos|operamos|operaron|ingresamos|ingresaron|damos|dimos|daremos|pusimos|hicimos|trajeron|"
    r"pasaron|subieron|bajaron|dejamos|mandamos|derivamos|cosimos|quitamos)\b"
))
_THIRD_POSSESSIVE = re.compile(fold_pattern(r"\b(?:his|her)\s+(?:(?!about|at|to|with|for|on)[\w'-]+\s+)?$"))


_PAST = re.compile(fold_pattern(
    r"\b(?:had|was|were|came|went|did|saw|seen|last|ago|yesterday|pasado|pasada|fue|fuera|fueron|tuvimos|tuviste|tuvo|vino|viniste|estuvo|ayer|anoche|vimos|vi)\b"
))
# Care given, not advice: "he's stable", "her results are back", "I looked after him".
_GIVEN = re.compile(fold_pattern(
    r"\b(?:stable|improving|recovering|admitted|discharged|looked after|treated|booked|scheduled|results|tested|came back|is back|are back|"
    r"is doing|was doing|on the ward|in hospital|in for|started|thriving|healing|due|el alta|de alta|estable|ingresad[oa]|mejor|peor)\b"
))
# Records of the reader's care: "your exam", "as your records show", "tu expediente".
_RECORDS = re.compile(fold_pattern(r"\b(?:exam|examination|records?|chart|notes|file|account|expediente|historia clinica|historial)\b"))


# Body parts and symptoms: the reader's own words, restated in sympathy ("sorry about your pain"),
# are not care the practice gave unless the sentence says so ("Dr. Patel examined your knee").
_SYMPTOMS = frozenset(fold_pattern(w) for w in (
    "knee", "hip", "shoulder", "ankle", "wrist", "elbow", "spine", "lower back", "back pain", "your back", "her back", "his back", "lip",
    "lips", "jaw", "skin", "eye", "eyes", "ear", "ears", "leg", "legs", "arm", "arms", "foot", "hand", "hands", "neck", "chest",
    "stomach", "belly", "tummy", "head", "nose", "throat", "bladder", "bowel", "breast", "pelvis", "rib", "ribs", "toe", "finger",
    "thumb", "memory", "mobility", "weight", "pain", "symptom", "symptoms", "soreness", "sore", "numbness", "tingling", "stiffness",
    "nausea", "vomiting", "dizziness", "dizzy", "headache", "headaches", "swelling", "fever", "cough", "bleeding", "spotting", "rash",
    "migraine", "migraines", "tooth", "teeth", "gums", "molar", "molars", "anxiety", "panic", "grief", "insomnia", "lungs", "lung",
    "recovery", "recovering", "healing", "dolor", "dolores", "molestias", "espalda", "rodilla", "cadera", "hombro", "tobillo", "pierna", "brazo", "pie", "mano", "cuello",
    "pecho", "estomago", "barriga", "cabeza", "garganta", "memoria", "fiebre", "tos", "muela", "muelas", "diente", "dientes",
))
_WISH = re.compile(fold_pattern(r"\b(?:wish|wishing|hope|hoping|get well|feel better|speedy|smooth|espero|ojala|que te mejores|pronta)\b"))
_CARE_GIVEN = re.compile(fold_pattern(
    r"\b(?:examined|examination|exam|treated|documented|placed|fitted|removed|repaired|replaced|showed|shows|diagnosed|prescribed|"
    r"operated|x-?rays?|scan|records|chart|healing|healed|after the|after your|since the|since your|stitches|"
    r"procedure|surgery|implant|crown|filling|we (?:saw|did|found|checked|took|treated|fixed)|dr|doctor|"
    r"examinamos|tratamos|operamos|revisamos|quedo|quedaron|tras la|tras el|despues de la|despues del)\b"
))


def _own_care(norm: str, a: int, b: int, strong: list[tuple[int, int]]) -> tuple[int, int] | None:
    given = _CARE_GIVEN.search(norm, a, b) is not None
    clinical = [c for c in strong if norm[c[0] : c[1]] not in _SYMPTOMS]
    for x, y in [*(strong if given else clinical), *(m.span() for m in _RECORDS.finditer(norm, a, b))]:
        m = _POSSESSIVE_BEFORE.search(norm, max(a, x - 40), x)
        if m:
            return m.start(), y
    m = _YOU_HAD.search(norm, a, b) or (_SECOND_PERSON.search(norm, a, b) if given and not _WISH.search(norm, a, b) else None)
    return m.span() if m and clinical else None


def _third_person_care(norm: str, a: int, b: int, strong: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not strong:
        return None
    for x, y in strong:
        m = _THIRD_POSSESSIVE.search(norm, max(a, x - 30), x)
        if m:
            return m.start(), y
    m = _THIRD_SUBJECT.search(norm, a, b) or _THIRD_OBJECT.search(norm, a, b)
    return m.span() if m else None


# "your GP can check your cholesterol": a redirect to the reader's own clinician, not care given here.
_YOUR_CLINICIAN = re.compile(fold_pattern(
    r"\b(?:your|tu|su) (?:own )?(?:gp|doctor|pharmacist|dentist|midwife|clinician|provider|care team|specialist|physician|prescriber|"
    r"health visitor|medico|medica|farmaceutico|farmaceutica|dentista|matrona|medico de cabecera|pediatra)\b"
))
# Care words that point at one person's care: "your visit", "the appointment", "her session", or a verb ("seen", "came in").
_SPECIFIC_BEFORE = re.compile(fold_pattern(
    r"\b(?:your|his|her|their|the|this|that|today's|yesterday's|next|last|first|tu|tus|su|sus|la|el|esta|este|mi|my|our)\s+(?:[\w-]+\s+)?$"
))
_NOUN_CARE = re.compile(fold_pattern(
    r"(?:patients?|client|visits?|appointments?|appt|treatment|chart|records?|sessions?|checkup|check-up|check|physical|follow-?up|exam|consult|"
    r"consultation|prescription|script|referral|cleaning|hygiene visit|hygiene|limpieza|paciente|consulta|cita|visita|sesion|sesiones|revision|tratamiento|expediente|turno|control)$"
))


def _specific(norm: str, start: int) -> bool:
    m = _WEAK.match(norm, start)
    if not m or not _NOUN_CARE.match(m.group()):
        return True  # a verb of care ("seen", "came in", "atendimos")
    return bool(_SPECIFIC_BEFORE.search(norm, max(0, start - 30), start))


# "Flu shots are available for anyone", "hay consulta de fisioterapia los martes": what the practice offers.
_SERVICE = re.compile(fold_pattern(
    r"\b(?:available (?:for|to) (?:anyone|everyone|all)|for anyone|for everyone|we offer|we now offer|we provide|we run|we're open|we are open|"
    r"walk-ins?|no appointment needed|hay consulta|ofrecemos|tenemos consulta|para todos|sin cita)\b"
))
# "book an appointment", "schedule a visit", "new patients": care in general, nobody's in particular.
_GENERIC_BEFORE = re.compile(fold_pattern(
    r"\b(?:book|booking|schedule|make|request|arrange|get|an|a|new|any|every|all|pedir|pide|pida|agendar|agenda|reservar|una|un|nuevos?|nuevas?|cualquier)\s+(?:[\w-]+\s+)?$"
))
_IF = re.compile(fold_pattern(r"(?<!asked )(?<!ask )(?<!asks )(?<!wondered )(?<!wonder )(?<!see )(?<!check )\b(?:if|unless|in case|si(?!\s*[,.!?])|en caso de)\b"))
_IDENTITY = re.compile(fold_pattern(r"\b(?:you're|youre|you are|aren't you|arent you|are you|you were|eres|sos|quien eres)\W*(?:\w+\W+){0,2}$"))


def _is_the_reader(ctx: DraftCtx, e: DraftEvidence) -> bool:
    """ "You're the one who...", "ya sé quién eres, el del consultorio 4": describes the reader, not a third person."""
    a, _ = _norm_offset(ctx, e.start)
    return bool(_IDENTITY.search(ctx.text, max(0, a - 30), a))


def _norm_offset(ctx: DraftCtx, original: int) -> tuple[int, int]:
    """The normalised offset of an original one."""
    i = bisect_left(ctx.cues.norm.starts, original)
    return i, i


def _in_norm_span(ctx: DraftCtx, ident: Identifier, a: int, b: int) -> bool:
    x, y = ctx.original_span(a, b)
    return x <= ident.start < y


_TAG = re.compile(r"(?:^|\s)@[A-Za-z0-9_]")


def _tags_someone(text: str) -> bool:
    return bool(_TAG.search(text))


def _dedupe(evidence: list[DraftEvidence]) -> list[DraftEvidence]:
    seen: set[tuple[int, int]] = set()
    out: list[DraftEvidence] = []
    for e in sorted(evidence, key=lambda e: (e.start, -e.end)):
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)
    return out


def _reason(what: str) -> str:
    return f"{what}, joined to health or care, identifies a patient"


__all__ = ["PhiDetector"]
