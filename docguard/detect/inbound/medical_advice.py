"""Medical advice: asks for advice, diagnosis, treatment, dosing or results for a particular person.

The line that matters is *who* the question is about. "Can I take ibuprofen with my
lisinopril?" is advice; "is it true you shouldn't take ibuprofen with lisinopril?" is
education (general_question). So every rule here needs a particular person:

* **self-anchored asks** carry the person in the question itself ("should I...", "can my
  son take...", "what can I give him", "do I need stitches?", "¿qué me tomo?"); they only need
  the item to be about health at all;
* **deictic asks** point at something already described ("is this normal?", "could it be a
  UTI?", "heat or ice?", "¿será del corazón?"); they need the item to speak of a particular
  person's health (``particular_health``);
* a **personal health statement** ("my son has had a cough for 3 days", "been vomiting since
  last night", "mine came back 6.9") in an item that asks something (``refine``).

Admin questions about one's own care ("can I get my blood drawn at the hospital lab?",
"do I need to book?") are appointment_admin, not advice: an ask whose sentence is about an
admin matter and names no symptom is set aside (suppressed as ``admin_request``).

``particular_health(ctx)`` is shared with general_question so the two draw the same line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import cast

from docguard.detect.base import Context, Detection, Rule
from docguard.detect.inbound.appointment_admin import (
    SplitLexiconDetector,
    Vocabulary,
    admin_in,
    any_within,
    fast_pattern,
    norm_offset,
    outreach,
    sentence_spans,
)
from docguard.detect.suppress import SUPPRESSORS
from docguard.results import Suppression
from docguard.taxonomy import Category
from docguard.text.health import HEALTH
from docguard.text.normalise import fold_pattern

_rx = fast_pattern


# --- vocabulary ---------------------------------------------------------------------------------
# Patterns meet normalised text: leetspeak between letters is decoded, so "A1C" reads "aic".

# Symptoms and conditions: what a person *has*. An ask that names one is about health, not admin.
SYMPTOMS = (
    r"(?:\w{3,}(?:itis|osis|emia|aemia)|\w{4,}pathy|\w+(?:my|neur|arthr)algia|"
    r"pain|pains|painful|aches?|aching|hurts?|hurting|sore|soreness|rash\w*|hives|itch\w*|cough\w*|fevers?|feverish|temperature|headaches?|migraines?|"
    r"nause\w*|vomit\w*|throwing up|threw up|diarrh\w*|constipat\w*|dizz\w*|lightheaded|light-headed|fatigue|exhaust\w*|swollen|swell\w*|lumps?|bumps?|moles?|"
    r"bleed\w*|bruis\w*|blister\w*|discharge|cramp\w*|spotting|numb(?:ness|ed|ing)?|tingl\w*|insomnia|snor\w*|wheez\w*|congest\w*|runny nose|sneez\w*|"
    r"heartburn|reflux|bloat\w*|palpitations?|hot flash\w*|chills|nosebleeds?|twitch\w*|hiccups|stiff|limp\w*|sunburn\w*|burns when|teething|"
    r"symptoms?|side effects?|diagnos\w*|disease\w*|syndrome|disorders?|infection\w*|infected|contagious|virus\w*|viral|bacteria\w*|autoimmune|"
    r"diabet\w*|prediabet\w*|hypertension|blood pressure|cholesterol|asthma|allerg\w*|eczema|psoriasis|acne|gout|anemi\w*|cancer\w*|tumou?rs?|"
    r"dementia|alzheimer'?s?|adhd|autism|depress\w*|anxiety|anxious|panic attacks?|ptsd|ocd|bipolar|eating disorder|anorexia|bulimia|obes\w*|"
    r"sepsis|strokes?|tia|heart attacks?|cardiac \w+|heart disease|heart rate|afib|a-fib|arrhythmi\w*|copd|pneumonia|flu|influenza|covid\w*|strep|mono|"
    r"hiv|herpes|hpv|stds?|stis?|uti|utis|yeast|thrush|lice|scabies|lyme|measles|chickenpox|shingles|celiac|ibs|crohn'?s|kidney stones?|gallstones?|"
    r"hernia|hemorrhoids?|haemorrhoids?|sciatica|concussion|sprain\w*|strains?|fractur\w*|broken (?:bone|toe|finger|arm|leg|wrist|ankle|nose)|motion sickness|"
    r"dehydrat\w*|food poisoning|overdos\w*|hypothyroid\w*|hyperthyroid\w*|menopaus\w*|pregnan\w*|infertil\w*|miscarriage|postpartum|erectile|"
    r"sleep apnea|suicid\w*|self-harm|(?:wants?|wanted) to die|ways to die|addiction|hangover|wounds?|scars?|"
    # Spanish
    r"dolor\w*|duele\w*|fiebre|tos|gripe|resfriado|sarpullido|ronchas|granos|mareo\w*|marea|marean|diarrea|manchas?|presion (?:alta|baja|arterial)|colesterol|"
    r"embarazo|embarazada|infeccion|alergia|ansiedad|depresion|insomnio|herida|quemadura|sintomas?|cancer|diabetes|diabetico|diabetica|infarto|"
    r"derrame|hepatitis|vph|ets|suicidio|autismo|deshidrat\w*|acne|artritis|gastritis|acidez|arritmia|piojos|cicatrices|ampolla|colicos|convuls\w*|"
    r"sangr\w*|hinchan|hinchad\w*|entumen|vomit\w*|nause\w*|anemia|se corta|cortarse|hacerme daño|lastimar)"
)
# Medical words that are rarely anything else: conditions, body systems, tests, care, drugs.
MEDICAL = (
    rf"(?:{SYMPTOMS}|"
    r"\w{3,}(?:ectomy|oscopy|plasty|otomy|cillin|mycin|cycline|prazole?|sartan|pril|olol|statin|dipine|azepam|triptan|oxetine|thyroxine|formin|"
    r"farin|tidine|vudine|clovir|glutide|cortisone|ozide|mab)|"
    r"immun\w*|thyroid\w*|hormon\w*|puberty|fertility|conceive|breastfeed\w*|ovulat\w*|contracept\w*|birth control|condoms?|plan b|morning after pill|iud|"
    r"libido|mental health|opioids?|naloxone|narcan|nicotine|vap(?:e|es|ing)|e-cigarettes?|cigarettes?|smok\w*|caffeine|alcohol|gluten|poisonous|"
    r"nutrition|diet|dieting|vitamins?|supplements?|multivitamin|probiotics?|magnesium|calcium|zinc|iron|folic acid|fish oil|omega-?3|creatine|protein|calories|carbs|"
    r"fasting|keto|exercis\w*|workouts?|bmi|weight loss|lose weight|losing weight|muscles?|bones?|joints?|tendons?|ligaments?|cartilage|"
    r"teeth|tooth|dental|gums|cavity|cavities|eyesight|vision|lungs?|liver|kidneys?|brain|bowel\w*|colon|prostate|breasts?|cervi\w*|uterus|ovar\w*|"
    r"testic\w*|bladder|urine|pee|peeing|poop|stool|semen|sperm|skin|stitches|dialysis|"
    r"labs?|bloodwork|blood work|blood tests?|blood sugar|a[1i]c|hba[1i]c|tsh|psa|ldl|hdl|cbc|inr|ferritin|hemoglobin|haemoglobin|creatinine|glucose|potassium|"
    r"sodium|triglycerides|trigs|mri|ct scan|x-?rays?|ultrasound|mammograms?|colonoscop\w*|biopsy|pap|pap smear|ekg|ecg|screenings?|vaccin\w*|"
    r"immuni[sz]\w*|boosters?|flu shot|tetanus|antibod\w*|surgery|surgeries|anesthe\w*|anaesthe\w*|cpr|heimlich|aed|first aid|epi-?pens?|inhalers?|insulin|"
    r"chemo\w*|radiation|physical therapy|physio\w*|chiropract\w*|dermatolog\w*|cardiolog\w*|pediatric\w*|paediatric\w*|psychiatr\w*|psycholog\w*|"
    r"therapists?|therap(?:y|ies)|neurolog\w*|oncolog\w*|endocrinolog\w*|gyn\w*|obgyn|midwife|"
    r"medications?|medicines?|meds|pills?|tablets?|doses?|dosage|dosing|antibiotics?|antivirals?|antidepressants?|antacids?|ssris?|statins?|steroids?|painkillers?|"
    r"ibuprofen|tylenol|advil|motrin|aleve|aspirin|acetaminophen|paracetamol|naproxen|benadryl|zyrtec|claritin|sudafed|imodium|miralax|tums|"
    r"melatonin|ozempic|wegovy|glp-1|lexapro|zoloft|prozac|xanax|adderall|vyvanse|accutane|retinol|warfarin|lisinopril|amlodipine|losartan|prednisone|"
    r"amoxicillin|valacyclovir|afrin|hydrocortisone|benzoyl peroxide|st\.? john'?s wort|castor oil|hrt|"
    # Spanish
    r"azucar|pastillas?|medicamentos?|dosis|jarabe|analisis|regla|garganta|pecho|contracciones|parto|lengua|boca|ojos?|dientes|muelas|oidos|pies|manos|brazos?|piernas?|estomago|panza|cabeza|espalda|rodilla|piel|oido|muela|diente|encias?|"
    r"vacunas?|corazon|riñon|rinon|antibioticos?|antidepresivos?|fertilidad|mamografia|hierro|hemoglobina|glicosilada|desintoxic\w*|ejercicio|cabello|"
    r"estres\w*|contagi\w*|bacterias|enfermedad\w*|lunar|anticonceptiv\w*|pastilla del dia siguiente|diu|glucosa|metformina|warfarina|ibuprofeno|"
    r"melatonina|omeprazol|enalapril|losartan|amoxicilina|presion|chequeo|cardiologo|dermatologo|crema)"
)
_SOURCES: dict[str, str] = {}


def _src(tag: str, source: str) -> str:
    """Register a vocabulary (matched token by token in ``_VOCAB``) and return its source."""
    _SOURCES[tag] = source
    return source


_src("medical", rf"\b{MEDICAL}\b")
_SYMPTOM_RX = _rx(_src("symptom", rf"\b{SYMPTOMS}\b"))
# Everyday words that speak of health once a particular person is in view ("barely eats",
# "wets the bed", "can't lift her arm", "38.4"), too common to count on their own.
_LIFE = (
    r"(?:eat|eats|eating|ate|appetite|hungry|thirsty|thirst|sleep\w*|asleep|tired|weight|lbs?|pounds|kilos?|cry|cries|crying|fussy|cranky|miserable|"
    r"fell (?:off|down|over|from|on)|falls?|hit (?:his|her|my|their) head|injur\w*|forgetting|forgetful|memory|confused|confusion|\d+ ?(?:months?|weeks?|days?)[- ]old|newborn|infant|toddler|wets the bed|bed-?wetting|hairs?|eyebrows|"
    r"tested|get checked|checked out|trying for a baby|trying to conceive|feel better|feeling better|recover\w*|heal\w*|arms?|legs?|hands?|foot|feet|"
    r"face|swallow\w*|breath\w*|die|dying|stress\w*|energy drinks|flutter\w*|squint\w*|"
    r"3[5-9][.,]\d|10[0-4](?:[.,]\d)?|\d{2,3}/\d{2,3}|"
    r"dormir|duerme|comer|apetito|sud\w*|aprieta|peso|llora|cansad\w*|morir|dificultad|hablar|mano|brazo|pierna|pies|me siento (?:mal|mejor|peor|fatal|debil|cansad[oa])|sentirme|gimnasio)"
)
_src("health", rf"\b(?:{MEDICAL}|{HEALTH}|{_LIFE})\b")

# A particular person: the writer, someone with them, or someone they speak of.
_FAMILY = (
    r"son|daughter|kid|baby|toddler|infant|newborn|husband|wife|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|"
    r"grandma|grandpa|grandmother|grandfather|brother|sister|friend|aunt|uncle|niece|nephew|teen|teenager|roommate|coworker|parents?"
)
_FAMILIA = r"hijo|hija|bebe|niña|niño|nena|nene|esposo|esposa|mama|papa|abuel[oa]|abuelit[oa]|novio|novia|tio|tia"
def _spaced(words: str) -> str:
    """'a|b' -> ' a| b' (a literal the prefilter can gate on without matching inside other words)."""
    return "|".join(f" {w}" for w in words.split("|"))


_PERSON = (
    r"(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|mine|myself|we|we're|our|us|he|she|he's|she's|hes|shes|his|him|her|"
    # "my son", "my teenage son" (the space inside each noun lets the literal prefilter skip "person", "reason")
    rf"(?:my|our|his|her|their|your) (?:{_FAMILY})|(?:my|our|his|her|their|your) \w+(?:{_spaced(_FAMILY)})|"
    r"(?:mom|mum|dad|grandma|grandpa)'?s?|"
    r"\d+ ?(?:yo|y/o|yr old|year old|years old|month old|months old|week old|weeks old|mo|f)|"
    r"yo|mi|mis|mio|mia|tengo|estoy|llevo|tomo|tome|olvide|nosotros|nuestr[oa]s?|"
    rf"(?:mi|su|nuestr[oa]) (?:{_FAMILIA})|(?:mi|su|nuestr[oa]) \w+(?:{_spaced(_FAMILIA)})|"
    r"se me|se le|le (?:duele|dio|salio|doy|puedo|pica|sale|cuesta))"
)
_src("person", rf"\b{_PERSON}\b")
# A sentence that opens on a bare family noun: "baby is 7 weeks old", "coworker collapsed".
_ANCHOR_START = re.compile(fold_pattern(r"\W*(?:baby|coworker|kid|son|daughter|husband|wife)\b"))

# "I" that only frames a general question: "I read your post", "asking for the class I teach".
_src("framing",
    r"\b(?:i was wondering|i wonder|i'm curious|im curious|curious what|i read|i saw|i watched|i heard|i learned|i keep seeing|i see that|"
    r"i'd like to know|id like to know|i want to know|i wanted to know|i would like to know|i have a question|i thought|always wondered|"
    r"i've always wondered|ive always wondered|i love|i loved|i enjoyed|i think (?:people|everyone)|thank you for|thanks for|"
    r"(?:i'm|im|i am) an? (?:nurse|student|teacher|doctor|med student|nursing student|pharmacist|coach|trainer|parent|volunteer)|i (?:volunteer|teach|work) (?:at|in|for|with)|"
    r"asking (?:for|because of) (?:the|a|my|our) (?:class|students|course|talk|presentation|group|bet|friend group|book club|school)|"
    r"(?:the )?(?:class|course) i teach|my students|my (?:group chat|friends and i)|(?:my friends|we) (?:keep )?argu\w*|settling a bet|"
    r"tengo una pregunta|me gustaria saber|quisiera saber|me pregunto|lo vi|lo pregunto en general|pregunta general|pregunta para|"
    r"estoy preparando|soy voluntari[oa]|soy (?:maestr[oa]|enfermer[oa]|estudiante)|"
    r"our (?:book club|class|school|church|team|group|community|library|workplace|office|staff)|"
    r"(?:my|our) \w+ (?:says|said|told me|told us|claims|swears|keeps saying|insists)|"
    r"(?:best way to|how (?:do|can|should) i|como le) (?:ask|tell|talk to|bring up|pregunto|digo|hablo a) (?:to )?(?:my|mi|a mi) \w+)\b"
)
# Explicitly general: the writer says so.
_GENERAL_FRAME = _rx(
    r"\b(?:in general|generally|general question|generally speaking|asking in general|for (?:most|all) (?:people|babies|kids|adults)|"
    r"asking for (?:the|a|my|our) (?:class|students|course|talk|presentation)|(?:class|course) i teach|my students|"
    r"en general|pregunta general|lo pregunto en general|por si acaso|para una charla|para mi comunidad)\b"
)
# A concrete personal statement ("my son has", "I've had"): outweighs "general question".
_STRONG_PERSONAL = _rx(
    r"\b(?:my|our|mi|nuestr[oa]) (?:\d+ ?(?:yo|year old|month old|week old|mo)|son|daughter|kid|baby|husband|wife|partner|mom|mum|dad|father|mother|hijo|hija|bebe|papa|mama|esposo|esposa)\b"
    r".{0,40}\b(?:has|had|is|was|got|just|keeps|tiene|esta|le)\b|\bi(?:'ve| have| had|'m| am) (?:had |been |got |a |an |on |this |the )"
)

# Something happening to someone now or lately: "for 3 days", "since last night", "a few times a month".
_src("recent",
    r"\b(?:for (?:a |an |the |one |two |three |four |five |six |several |many |a few |a couple of |the past |the last |over a |about a |like |almost |nearly )?(?:days?|weeks?|months?|hours?|nights?)|"
    r"for \d+ (?:days?|weeks?|months?|hours?|nights?)|since (?:last|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|my|getting|starting)|since \d|"
    r"last night|this morning|yesterday|today|tonight|rn|right now|lately|recently|these days|at night|in the mornings?|"
    r"every (?:day|night|morning|time|week|month|winter|summer)|(?:\d+|once|twice|a few|several|many|two|three|four|five|ten) times? a (?:day|week|month)|times a (?:day|week|month)|most (?:days|nights|mornings)|"
    r"\d+ (?:days?|weeks?|months?|hours?) (?:ago|now|after)|(?:desde|hace) (?:ayer|anoche|el|la)|(?:desde|hace) (?:\d+|un|una|unos|unas|dos|tres|varios|varias) (?:dias|semanas|meses)|esta mañana|en las (?:noches|mañanas|tardes))\b"
)
# Generic subjects: the sentence is about people, not a person.
_src("generic",
    r"\b(?:people|adults|kids|children|babies|someone|somebody|a person|anyone|everyone|most|women|men|patients|teens|athletes|you|one|"
    r"la gente|los adultos|los niños|las personas|uno|alguien)\b"
)
# Points at the writer's own case: "this mole", "does this look infected", "(photo)".
_src("deixis",
    r"\b(?:this|that|these) (?:mole|rash|spot|bump|lump|patch|bite|sting|cut|wound|scar|mark|blister|swelling|redness|exact thing)\b|"
    r"\bdoes (?:this|that|it) look\b|\((?:photo|pic|picture|pics|photos)(?: attached)?\)|\bpic attached\b"
)
# Refers back to a health matter named elsewhere: "mine came back 6.9", "I think I have it again".
_src("backref", r"\b(?:mine|la mia|el mio)\b|\bi (?:think )?(?:i )?(?:have|had|got|get) (?:it|this|that|them)\b")
_WE_WORDS = frozenset({"we", "us", "our", "we're"})


_src("points", r"\b(?:is|could|does|should|would) (?:that|this|it)\b|\bwhich \w+ (?:is|should|do)\b|\bwhat (?:should|can|do) i\b|\bnormal\b")

# Long over: "in 2021", "five years ago", "when I was a kid" (and nothing said of now).
_src("long_ago",
    r"\b(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|several|many|a few|a couple of) years? ago|years ago|last year|when i was (?:a |little|younger|in)|"
    r"back in|as a (?:kid|child|teen)|hace (?:\d+|un|unos|varios|muchos) años|el año pasado|cuando era)\b"
)
_src("now", r"\b(?:now|still|again|currently|today|tonight|this (?:morning|week)|lately|recently|ahora|todavia|otra vez|hoy)\b")
# What may come before a symptom that opens a sentence ("so, mild cough for a week").
_LEAD = re.compile(
    fold_pattern(r"\W*(?:(?:so|hi|hey|ok|doc|mild|bad|bit of|a bit of|some|constant|severe|sharp|weird|little|slight|really|super|dry|terrible|awful|horrible) )*")
)


@dataclass(slots=True)
class _Sentence:
    """What one sentence says, from hits found once in the whole item (framing words discounted)."""

    a: int
    b: int
    question: bool
    health: bool = False
    medical: bool = False
    symptom: bool = False
    person: bool = False
    personal: bool = False


@dataclass(frozen=True, slots=True)
class _Facts:
    sentences: list[_Sentence]
    recent: list[tuple[int, int]]
    #: some sentence speaks of a particular person's health, and the writer does not say "in general"
    strict: bool
    #: as strict, or a person in one sentence and a health matter in another
    loose: bool


def _outside(hits: list[tuple[int, int]], framing: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not framing:
        return hits
    return [h for h in hits if not any(s <= h[0] < e for s, e in framing)]


# For general_question: health and health-care words beyond MEDICAL that make a question a health
# question (the system of care, safety, food, sleep, the body, the words people use for being ill).
EDUCATION_TOPICS = (
    r"(?:health\w*|healthy|unhealthy|sick\w*|ill|illness\w*|the er|emergency room|urgent care|dentists?|pacemakers?|defibrillators?|implants?|"
    r"insurance|insurers?|copays?|co-?insurance|deductibles?|prior auth\w*|in-? ?network|preventive care|telehealth|well-child|check-?ups?|physicals?|"
    r"prescriptions?|refills?|controlled meds|screenings?|sleep\w*|naps?|water intake|drink(?:ing)? water|hydrat\w*|food|foods|eating|meals?|sugar|salt|"
    r"coffee|caffeine|diuretic|fluoride|weight|steps a day|sun\w*|body|body heat|blood\w*|knees?|knuckles|hair|grey hair|gray hair|eyes?|eye exams?|ears?|nose|"
    r"throat|stomach|chest|iv|ivs|saline|msg|seed oils?|cookie dough|plastic containers|houseplants|magnets|button batter(?:y|ies)|choking|fetal|germs?|"
    r"burns?|babies|infants|newborns|catch(?:ing)? a cold|common cold|colds|back pain|lower back|your back|posture|transmit\w*|spread|"
    r"sarampion|varicela|paperas|rubeola|tuberculosis|neumonia|dengue|zika|"
    r"biopsia|examen|estudios|radiografia|ecografia|ultrasonido|resonancia|tomografia|"
    r"blush\w*|sweat\w*|yawn\w*|goosebumps|shiver\w*|butterflies|lonel\w*|"
    r"crisis line|hotline|988|self-care|support groups?|grief|cortisol|estrogen|testosterone|adrenaline|dopamine|serotonin|"
    r"clinical\w*|science|scientific|evidence|research|studies|risks?|"
    r"safe|safer|safest|unsafe|dangerous|harmful|toxic|deadl\w*|bad for (?:you|your|kids|people)|good for (?:you|your|kids|people)|"
    r"salud|sano|sana|enferm\w*|hospital\w*|agua|comida|alimentos?|sueño|dormir|peligros[oa]|dañin[oa]|hace daño|malo para|bueno para|ahog\w*|linea de crisis|"
    r"copago|chequeo general|pruebas?|contagia\w*|besos)"
)
_src("topic", rf"\b{EDUCATION_TOPICS}\b")

_VOCAB = Vocabulary(_SOURCES)


def vocabulary_hits(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each vocabulary (medical, symptom, person, framing, ...) occurs in the item (memoised)."""
    got = ctx.memo.get("ma_vocab")
    if got is None:
        got = _VOCAB.hits(ctx.cues.norm.text)
        ctx.memo["ma_vocab"] = got
    return cast(dict[str, list[tuple[int, int]]], got)


def _facts(ctx: Context) -> _Facts:
    got = ctx.memo.get("ma_facts")
    if isinstance(got, _Facts):
        return got
    text = ctx.cues.norm.text
    spans = sentence_spans(ctx)
    starts = [a for a, _ in spans]
    found = vocabulary_hits(ctx)
    framing = found.get("framing", [])

    def where(tag: str, unframed: bool = False) -> set[int]:
        """The sentences (by index) where a vocabulary occurs."""
        hits = found.get(tag, [])
        if unframed and framing:
            hits = _outside(hits, framing)
        return {bisect_right(starts, h[0]) - 1 for h in hits}

    health, medical, symptom = where("health", True), where("medical", True), where("symptom")
    persons = _outside(found.get("person", []), framing)
    person_all = {bisect_right(starts, h[0]) - 1 for h in persons}
    person_not_we = {bisect_right(starts, h[0]) - 1 for h in persons if text[h[0] : h[1]] not in _WE_WORDS}
    deixis, backref, generic = where("deixis", True), where("backref", True), where("generic")
    recent, long_ago, now, points = where("recent"), where("long_ago"), where("now"), where("points")
    symptom_starts = {h[0] for h in found.get("symptom", [])}
    sentences = []
    for i, (a, b) in enumerate(spans):
        st = _Sentence(a, b, text[a:b].rstrip().endswith("?"))
        st.health, st.medical, st.symptom = i in health, i in medical, i in symptom
        # In a question "we" is often people in general ("why do we get fevers?").
        st.person = i in (person_not_we if st.question else person_all) or bool(_ANCHOR_START.match(text, a, b))
        st.personal = False
        if i in long_ago and i not in now:
            pass  # long over
        elif i in deixis or (health and i in backref):
            st.personal = True
        elif st.health:
            if st.person:
                st.personal = True
            elif i not in generic:
                lead = _LEAD.match(text, a, b)
                bare = lead is not None and lead.end() in symptom_starts
                if st.question:
                    # "nosebleeds a couple of times a month, is that normal?", "heartburn after dinner, which antacid is best?"
                    st.personal = bare and i in points
                else:
                    # "Heartburn almost every night for a month now", "been vomiting since last night"
                    st.personal = bare or (i in recent and st.medical)
        sentences.append(st)
    general = _general(ctx)
    loose = bool(health) and bool(medical) and any(st.person for st in sentences) and not any(st.question and i in generic for i, st in enumerate(sentences))
    personal = any(st.personal for st in sentences)
    facts = _Facts(sentences, found.get("recent", []), personal and not general, (personal or loose) and not general)
    ctx.memo["ma_facts"] = facts
    return facts


def particular_health(ctx: Context) -> bool:
    """Some sentence speaks of a particular person's health (memoised; general_question uses it too).

    Finer than ``cues.personal_health``: sentence by sentence, a wider medical vocabulary,
    implied first person ("sore throat since last night"), pointing words ("this mole",
    "mine came back 6.9"), and an explicit "in general" / "asking for my class" that outweighs
    a passing "my".
    """
    return _facts(ctx).strict


def _particular_loose(ctx: Context) -> bool:
    """As above, or a person in one sentence and a health matter in another, with no "people in general"."""
    return _facts(ctx).loose


def _about_health(ctx: Context) -> bool:
    """The item speaks of health at all (framing words and an explicit "in general" aside)."""
    memo = ctx.memo
    got = memo.get("ma_health")
    if got is None:
        found = vocabulary_hits(ctx)
        got = bool(_outside(found.get("health", []), found.get("framing", []))) and not _general(ctx)
        memo["ma_health"] = got
    return bool(got)


def _general(ctx: Context) -> bool:
    """The writer says the question is general ("general question", "asking for my class")."""
    text = ctx.cues.norm.text
    return bool(_GENERAL_FRAME.search(text)) and not _STRONG_PERSONAL.search(text)


# --- rules --------------------------------------------------------------------------------------

_ASK_SUPPRESS = ("general_question",)
_WHO = r"(?:i|we|he|she|u|they|my (?:\w+ ){0,2}?\w+|our (?:\w+ ){0,2}?\w+|his \w+|her \w+)"
_VERB = (
    r"(?:take|drink|have|stop|mix|give|use|eat|skip|double|combine|get|exercise|fly|travel|breastfeed|run|lift|keep|ride|wait|try|swim|shower|wear|"
    r"put|do|return|play|go|start|continue|quit|cut|pop|work out|bend|walk|dye|drive|sleep|smoke|vape|feed|apply|increase|lower|switch|restart)"
)

RULES = (
    # self-anchored: the person is in the question
    Rule(
        "should_i",
        rf"\b(?:how (?:worried|concerned|scared) should|when should (?:i|we) (?:worry|be worried)|should {_WHO} (?:still |just |also |really |even |maybe |both )?(?:be )?\w+|"
        r"(?:i|we|she|he) should (?:\w+ ){0,2}?(?:worry|increase|decrease|stop|start|take|go|see|get)\b[^.?!]{0,40}\?)",
        "asks what they should do about their health",
        _ASK_SUPPRESS,
        when=_about_health,
    ),
    Rule(
        "can_i",
        rf"\b(?:can|could|may|cn) {_WHO} (?:still |just |safely |also |keep |ever |go back to |start |continue )?{_VERB}\b|"
        rf"(?<!if )\b(?:i can|i could|i should|we can|we could|we should|he can|he could|he should|she can|she could|she should) (?:safely )?(?:take|give|use|eat|drink)\b|"
        r"\bam i (?:still )?(?:allowed|ok|okay|safe|able) to\b|\bis it (?:ok|okay|safe|fine|alright|bad|dangerous) (?:for (?:me|him|her|us|my \w+|them)|if (?:i|my|he|she)|that i)\b|"
        r"\bis it (?:ok|okay|safe|fine|alright) to (?:give|feed) (?:my|our|him|her|them)\b",
        "asks whether they can take or do something",
        _ASK_SUPPRESS,
        when=_about_health,
    ),
    Rule(
        "need",
        rf"\b(?:do|does|would|will) {_WHO} (?:really |still |even |also |actually |both )?(?:need|have to|require)\b",
        "asks whether they need a test, treatment or a visit",
        _ASK_SUPPRESS,
        when=_about_health,
    ),
    Rule(
        "what_do",
        r"\bwhat (?:should|can|do|could|would|shall) (?:i|we|he|she|my \w+) (?:do|take|give|use|try|put|eat|drink|expect|watch|avoid|ask)\b|"
        r"\bwhat (?:i|we|he|she) (?:should|can|need to) do\b|\b(?:do|did) (?:you|u) think (?:i|he|she|we|it|this|that|my)\b|"
        r"\bwhat (?:can|should|do) (?:i|we) (?:give|do for|put on) (?:him|her|them|my|it)|\bwhat else\b|\bdo (?:i|we) (?:\w+ ){1,4}or (?:\w+)|"
        r"\bdo (?:i|we) (?:still )?(?:use|take|give|call|go|wait|keep|stop|double|try|put|let|drive|push|treat|ice)\b|"
        r"\bwhat (?:\w+ )?(?:cream|medicine|medication|vitamins?|supplements?|iron|dose|antacid|drops|product|ointment|painkiller|brand) (?:should|would|can|do) (?:i|we|he|she|you recommend)|"
        r"\bwhat (?:would|do) (?:you|u) (?:recommend|suggest|advise|prescribe)\b|\bwhat are my options\b|\bhow (?:do|can|should) (?:i|we) (?:treat|get rid|stop|fix|know if|cure|heal|manage|lower|raise|get (?:him|her|them|off|my)|bring it up|help (?:him|her|them))|"
        r"\bhow (?:much|many|often|long) (?:\w+ ){0,3}(?:should|can|do|does|before|until) (?:i|he|she|we|my)\b|\bwhat(?:'s| is) (?:my limit|wrong with (?:me|my|him|her))|"
        r"\b(?:any(?:thing|one)?|is there anything|something)(?: else)? (?:(?:i|we) (?:should|can|could|need to|might)|(?:to|that) (?:put|take|try|give|help|use)|over the counter|for (?:the|my|his|her))\b|"
        r"\bany (?:advice|tips|ideas|suggestions|recommendations)\b|\bwhat does (?:that|this|it) mean for (?:me|him|her|us)\b|\bhelp me (?:understand|figure out|with my)",
        "asks for advice or treatment",
        _ASK_SUPPRESS,
        when=_about_health,
    ),
    Rule(
        "my_results",
        r"\b(?:my|his|her|our|mom's|dad's|wife's|husband's) (?:\w+ ){0,2}?(?:labs?|results?|a[1i]c|blood pressure|cholesterol|tsh|psa|ldl|hdl|glucose|sugar|levels?|"
        r"scan|mri|x-?ray|biopsy|bloodwork|blood work|pap|mammogram|ekg|ecg|vitamin d|iron|ferritin|hemoglobin|inr|creatinine|potassium|"
        r"uric acid|oxygen|readings?|panel|ultrasound|analysis|heart rate|temp|temperature|semen analysis) (?:\w+ ){0,2}?(?:came back|is|was|are|were|went|shows?|showed|said|says|reads?|reading|at|of)\b"
        r"[^.?!]{0,30}?(?:\d+(?:[.,/]\d+)?(?! ?(?:am|pm|years?|months?|weeks?|days?|hours?))|high|low|borderline|abnormal|positive|negative|elevated)|"
        r"\b(?:my bp|his bp|her bp|my ct|my alt|my ast|his alt|her alt) (?:\w+ ){0,2}?(?:came back|is|was|are|were|went|shows?|showed|reads?|at|of)\b[^.?!]{0,30}?\d|"
        r"\b(?:mine|la mia|el mio) (?:\w+ ){0,2}?(?:came back|is|was|were|went|reads?|showed|shows|at|salio|esta|es|sale)\b[^.?!]{0,20}?\d|"
        r"\bis (?:a |my |his |her )?\d{2,3}(?:/\d{2,3}|[.,]\d+)? (?:too )?(?:high|low|normal|bad|ok|okay|dangerous|good)\b|"
        r"\b(?:me|le) (?:salio|salieron|dio|dieron|sale) (?:el|la|los|las|mi|mis|su) (?:\w+ ){0,3}?(?:(?:en|de) \d|alt[oa]s?\b|baj[oa]s?\b|positiv|negativ|con)|"
        r"\b(?:salio|salieron) (?:mi|mis|su|sus|el|la) (?:\w+ ){0,3}?(?:(?:en|de) \d|alt[oa]s?\b|baj[oa]s?\b|positiv|negativ)|\b(?:mis|sus) analisis salieron (?:con|en|alt|baj)",
        "asks about the meaning of their own results",
        _ASK_SUPPRESS,
    ),
    Rule(
        "am_i",
        r"\bam i (?:\w+ )?(?:allergic|pregnant|diabetic|prediabetic|anemic|sick|ok|okay|normal|behind|contagious|at risk|overdoing)\b|\bis (?:my|his|her) (?:\w+ ){0,2}?(?:normal|ok|okay|too (?:high|low)|still working|bad|serious|healthy|enough)\b|"
        r"\bdo (?:i|we) have (?:a|an)\b|\bdoes (?:he|she|my \w+) have (?:a|an)\b|\bwill (?:it|this|that|my \w+|she|he) (?:come back|go away|heal|get better|grow out|scar|stop)",
        "asks whether they have a condition or whether their case is normal",
        _ASK_SUPPRESS,
        when=_about_health,
    ),
    # deictic: points at a case already described
    Rule(
        "is_this",
        r"\b(?:is this|is that|is it|could it|could this|could that|would it|would this|might it|might this|might that) (?:be )?(?:ok|okay|safe|normal|bad|dangerous|fine|serious|worrying|concerning|something|anything|an? \w+|cancer|contagious|"
        r"infected|broken|sprained|allergic|a problem|too (?:high|low|much)|the (?:med|meds|medicine|medication|pill|pills|iron|\w+ing)|just|from|because|related|a sign|\w+itis|\w+osis)\b|"
        r"\b(?:is this|is that|is it) (?!allowed|true|possible|right|correct|open|available|free|covered|included|ok\b|okay\b)\w+\?|\b(?:it is|this is|that is) (?:dangerous|normal|serious|bad|ok|okay|safe)\?|"
        r"\b(?:could it|could this|could that) be\b|\b(?:normal|serious|infected|broken|cancer|ok|okay|worrying) or (?:not|should|do|am|is|call|something)\b|"
        r"\b(?:does this|does that|does it) (?:look|sound|seem|mean)\b|\b(?:is it|is this|is that) (?:normal|ok|okay|safe|fine|alright) (?:to|that|for)\b|\b(?:something|anything) to worry about\b|"
        r"(?:^|[.!?] )(?:normal|serious|infected|worried|ok|okay|bad)\?|\b(?:heat|ice|warm compress|cold compress|drops|cream|rest) or (?:heat|ice|leave it|just wait|wait it out|rest|antibiotics|see)\b|"
        r"\bworth (?:getting|get|having|mentioning|asking|trying|bringing up) (?:it |this |that |him |her )?(?:checked|looked at|seen|tested|about|at|up)?\b|\b(?:should it|should this|should that) (?:still )?(?:be|look|hurt|feel)\b|"
        r"\bwhich (?:\w+ )?(?:\w+ )?is (?:best|better|safer)\b",
        "asks whether what they describe is normal, serious or a condition",
        _ASK_SUPPRESS,
        when=_particular_loose,
    ),
    # Spanish
    Rule(
        "es_ask",
        r"\b(?:(?:me|le|lo|la|se) )?(?:puedo|podemos|puede) (?:\w+ )?(?:tomar|dejar|volver|seguir|usar|dar|darle|comer|beber|hacer|ponerme|ponerle|tomarlo|tomarla|cambiar|ir)\b|"
        r"\b(?:le|me|lo) (?:puedo|podemos) (?:dar|tomar|poner)|\bque (?:me|le|nos) (?:tomo|doy|pongo|pueden dar|recomienda|recomiendas|puedo dar|untamos|hago)\b|"
        r"\bque (?:puedo|podemos|puede|debo|debe) (?:tomar|hacer|darle|usar|dar|comer|ponerme|ponerle)\b|\bque (?:hago|hacemos|debo hacer|me recomienda)\b|"
        r"\b(?:debo|deberia|tengo que|necesito|necesita) (?:ir|tomar|dejar|hacerme|llevarlo|llevarla|preocuparme|cambiar|seguir|regresar|volver|la del dia)\b|"
        r"\b(?:le|lo|la|me) (?:subo|bajo|dejo|llevo|doy)\b|\bcuant[oa]s? (?:\w+ )?(?:le (?:puedo )?doy|le puedo dar|tomo|debo tomar|le doy)\b|\bcuant[oa]\?|"
        r"\bya (?:soy|puedo)\b|\bme (?:hace|hara) (?:daño|mal)\b|\bque (?:producto|crema|jarabe|pastilla|medicina|hierro|vitamina) (?:\w+ )?(?:me|le|si|funciona|compro|uso|tomo)|"
        r"\bhay algo (?:para|que)\b|\bme (?:puede|podria) recomendar\b|\b(?:calor|frio|hielo) o (?:calor|frio|hielo)\b|\bcual compro\b",
        "pide consejo médico para sí o para alguien concreto",
        _ASK_SUPPRESS,
        lang="es",
        when=_about_health,
    ),
    Rule(
        "es_is_this",
        r"\bque (?:puede|podria|sera|seria) (?:ser|eso|esto)\b|¿que (?:tengo|tiene|sera)\b|\bque (?:tengo|tiene)\?|\b(?:es|sera|seran|eso es|esto es) (?:normal|grave|peligroso|malo|cancer|anemia|alergia)\b|\b(?:sera|seran|eso es|esto es) (?:\w+itis|del \w+|de \w+|por \w+)\b|"
        r"\bes (?:una? )?\w+itis\b|\bhay problema\b|\bes normal o\b|\bdebo preocuparme\b",
        "pregunta si lo que describe es normal, grave o una enfermedad",
        ("general_question", "negated"),
        lang="es",
        when=_particular_loose,
    ),
)

# Questions that are not about health ("can we talk more?", "follow back?", "best way to ask my partner").
_SOCIAL_Q = _rx(
    r"\b(?:can we (?:talk|meet|chat)|talk more|your (?:number|cell|ig|instagram|facebook|personal)|follow (?:me )?back|add me|call you|see you|"
    r"(?:dm|message|text|tell|write) (?:u|you|back)|tell (?:u|you) (?:stuff|things)|talk to (?:u|you)|would you like to|join us|are you on|"
    r"best way to (?:ask|talk|tell|bring up|approach)|how (?:do|can|should) i (?:ask|tell) (?:my|him|her)|como le (?:pregunto|digo)|le gustaria)\b"
)
# A question that is about the health matter: names it, points back at it, or asks what to do.
_HEALTH_Q = _rx(
    r"\b(?:it|this|that|these|those|mine|he|she|him|her|eso|esto|normal|ok|okay|safe|serious|worr\w*|should (?:i|we)|do (?:i|we) need|"
    r"what (?:do|can|should) (?:i|we)|que (?:hago|hacemos|puedo|debo|me|le))\b"
)
# Asks for resources, research or evidence: education even when a person is mentioned.
_RESOURCE = _rx(r"\b(?:resources?|support groups?|research|evidence|studies|books?|training|class|course|charla|recursos|grupos? de apoyo)\b")


class MedicalAdviceDetector(SplitLexiconDetector):
    name = "medical_advice"
    version = "2"
    category = Category.MEDICAL_ADVICE
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if (found.evidence or "?" in text) and outreach(ctx):
            for ev in found.evidence:
                found.suppressed.append(Suppression(self.category, ev.start, ev.end, ev.text, "promotion_or_phishing", self.name))
            found.evidence = []
            return found
        if not found.evidence:
            if "?" not in text:
                return found  # nothing matched, and nothing asked that a personal statement could go with
            hits = vocabulary_hits(ctx)
            if not hits.get("health") or not (hits.get("person") or hits.get("deixis") or hits.get("backref") or hits.get("symptom") or hits.get("recent")):
                return found  # no particular person's health to speak of
        facts = _facts(ctx)
        sentences = facts.sentences
        kept = []
        for ev in found.evidence:
            start = norm_offset(ctx, ev.start)
            st = next((st for st in sentences if st.a <= start < st.b), sentences[-1])
            ca, cb = ctx.cues.clause_of(start)
            if not ev.detector.endswith("/my_results") and (_admin_not_health(ctx, ca, cb) or _admin_not_health(ctx, st.a, st.b)):
                found.suppressed.append(Suppression(self.category, ev.start, ev.end, ev.text, "admin_request", self.name))
            else:
                kept.append(ev)
        found.evidence = kept
        if found.evidence or not facts.loose:
            return found
        # A particular person's health described in one sentence, a health question asked in another.
        if not any(self._health_ask(ctx, text, st) for st in sentences if st.question):
            return found
        recent = facts.recent
        for st in sentences:
            if not (st.personal or (st.person and st.health)):
                continue
            if admin_in(ctx, st.a, st.b) and not st.symptom:
                continue
            if SUPPRESSORS["in_the_past"](ctx.cues, st.a, st.b) and not any_within(recent, st.a, st.b):
                continue
            sentence = text[st.a : st.b]
            lead = len(sentence) - len(sentence.lstrip())
            found.evidence.append(
                self.evidence_at(ctx, st.a + lead, min(st.b, st.a + lead + 120), "describes a particular person's health and asks about it", "personal_question")
            )
            break
        return found

    @staticmethod
    def _health_ask(ctx: Context, text: str, st: _Sentence) -> bool:
        """A question about the health matter, not an admin, social or resource question."""
        sentence = text[st.a : st.b]
        if admin_in(ctx, st.a, st.b) or _SOCIAL_Q.search(sentence) or _RESOURCE.search(sentence):
            return False
        return st.health or bool(_HEALTH_Q.search(sentence)) or len(sentence.split()) <= 4


def _admin_not_health(ctx: Context, a: int, b: int) -> bool:
    """An admin matter with no symptom or condition in it ("can I get a note for work?")."""
    if not admin_in(ctx, a, b):
        return False
    return not _SYMPTOM_RX.search(_ADMIN_MEDICAL_NOISE.sub(" ", ctx.cues.norm.text[a:b]))


# Admin nouns that hold a condition's name ("flu shot clinic", "strep test results"): not a symptom.
_ADMIN_MEDICAL_NOISE = _rx(
    r"\b(?:flu|covid|tetanus|hpv|shingles|measles|pneumonia) (?:shot|shots|vaccine|vaccines|booster|clinic|record|records)|"
    r"(?:\w+ )?(?:test|lab|labs|biopsy|scan|screening) results?|(?:diabetes|asthma|allergy|thyroid) (?:clinic|supplies|med|meds|medication|prescription|refill|form|plan)|"
    r"disability \w+|(?:cancer|diabetes|heart) (?:center|centre|clinic|society)|"
    r"(?:blood pressure|cholesterol|thyroid|diabetes|asthma|allergy|anxiety|adhd|reflux|heart|acne|migraine|pain) (?:meds?|medications?|medicines?|pills?|prescriptions?|refills?|inhalers?|cream)"
)


__all__ = ["EDUCATION_TOPICS", "MEDICAL", "SYMPTOMS", "MedicalAdviceDetector", "particular_health", "vocabulary_hits"]
