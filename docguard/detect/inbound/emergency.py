"""Emergency: acute, possibly life-threatening symptoms now, in the writer or someone with them.

Symptom phrases fire on their own unless a suppressor excuses them (negated, weeks in the
past, a general question, a figure of speech): when in doubt, the item is escalated. A very
young baby with a fever is found by age arithmetic, not by words alone.
"""

from __future__ import annotations

import re

from docguard.detect.base import CONTEXTUAL, Context, Detection, LexiconDetector, Rule
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_WHO = r"(?:my|his|her|their|our|the|mi|su|el|la)"
_CANT = r"(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|struggling to|hard to|trouble|difficulty|hardly|barely)"

RULES = (
    # chest / heart
    Rule("chest_pain", r"\b(?:chest|cheat|chst) ?(?:pains?|pressure|tightness|is tight|feels? (?:tight|heavy|like)|heaviness|hurts?|hurting|discomfort|is killing|ache|aches|aching|is on fire|burning|squeez\w*|crushing)", "chest pain or pressure is a possible heart attack"),
    Rule("pain_in_chest", rf"\b(?:pain|pressure|tightness|squeezing|weight|elephant) (?:in|on) {_WHO} chest", "chest pain or pressure is a possible heart attack"),
    Rule("chest_hurts", rf"\b{_WHO} chest (?:\w+ )?(?:really |so |is )?(?:hurts|hurting|feels|is tight|is killing|tightened|tightening)", "chest pain or pressure is a possible heart attack"),
    Rule("heart_attack", r"\b(?:having|has|had|is having|think (?:i'm|im|he's|she's|hes|shes) having|might be having) (?:a )?heart ?attack|\bheart ?attack (?:right now|symptoms|rn)|\bheart (?:is )?(?:racing|pounding) and (?:chest|dizzy|can't|cant)", "possible heart attack described as happening"),
    Rule("arm_jaw", r"\b(?:left arm|jaw|arm) (?:is )?(?:numb|tingling|hurts|pain|heavy|feels like)(?:.{0,40})(?:sweat|chest|nause|short of breath)", "arm or jaw symptoms with chest, sweating or breathlessness"),
    Rule("ticker", r"\b(?:ticker|heart) (?:is )?(?:doing something weird|feels weird|stopping|skipping)(?:.{0,60})(?:arm|chest|faint|dizzy|breath)", "heart symptoms with arm, chest, fainting or breathlessness"),
    # stroke
    Rule("face_droop", r"\b(?:face|mouth|smile|lip|eye|eyelid) (?:is |looks |went |started )?(?:\w+ )?(?:droop\w*|crooked|lopsided|uneven|sagging|hanging|slanted|twisted)", "face drooping is a stroke sign"),
    Rule("droop_face", rf"\b(?:droop\w*|crooked|lopsided) (?:face|mouth|smile)", "face drooping is a stroke sign"),
    Rule("slurred", r"\bslur\w*|\b(?:speech|words|talking) (?:is |are )?(?:garbled|jumbled|weird|strange|slurr\w*|not making sense)", "slurred or garbled speech is a stroke sign"),
    Rule("cant_speak", rf"\b{_CANT} (?:speak|talk|get (?:his|her|my|the) words out|get words out|find (?:his|her|my) words|form words|lift (?:his|her|my|one|their) arm|move (?:his|her|my|their) (?:left|right) ?(?:side|arm|leg)|move (?:one|half))", "sudden loss of speech or movement is a stroke sign"),
    Rule("one_side", r"\b(?:one side|left side|right side|half) (?:of )?(?:(?:his|her|my|their) )?(?:body|face)? ?(?:is |went |feels |has gone )?(?:numb|weak|limp|paraly\w*|dead|not working|tingling)", "one-sided numbness or weakness is a stroke sign"),
    Rule("stroke_now", r"\b(?:having|has|is having|think (?:i'm|im|he's|she's|hes|shes|it's|its|mom's|dad's) having|might be having|could be having|signs of) (?:a )?(?:stroke|mini ?stroke|tia)\b", "a stroke described as happening"),
    Rule("worst_headache", r"\b(?:worst headache|thunderclap|headache (?:like|came on) (?:sudden|out of nowhere|a bolt))", "sudden worst-ever headache can be a brain bleed"),
    Rule("sudden_vision", r"\bsudden(?:ly)? (?:can't see|cant see|lost (?:vision|sight)|blind|vision (?:loss|went)|double vision)|\b(?:lost|losing) (?:the )?vision in (?:one|my|his|her)", "sudden vision loss is a stroke sign"),
    Rule("confused_sudden", r"\bsudden(?:ly)? (?:confused|confusion|can't (?:understand|remember)|doesn't (?:know|recogni[sz]e))|\b(?:doesn't|does not|didn't) (?:know|recogni[sz]e) (?:me|where|who|us)", "sudden confusion"),
    # breathing / airway
    Rule("cant_breathe", rf"\b{_CANT} (?:breath|breathe|breathing|get (?:a |any )?(?:air|breath)|catch (?:my|his|her|their) breath)", "trouble breathing"),
    Rule("not_breathing", r"\b(?:not|isn't|isnt|stopped|stops|barely|is barely) breathing|\bgasping|\bchok(?:e|es|ing)\b|\bturning (?:blue|purple|gray|grey)|\b(?:lips|face|fingers|skin) (?:are |is |went |look |turned |turning )?(?:blue|purple|gray|grey)", "not breathing, choking or turning blue"),
    Rule("short_breath", r"\bshort(?:ness)? of breath|\bout of breath (?:and|sitting|at rest|just sitting)|\bsob and\b|\bbreathless (?:and|at rest)|\bwheez\w* (?:bad|badly|so|really|and)|\binhaler (?:isn't|isnt|is not|not) (?:working|helping)", "shortness of breath"),
    Rule("throat_closing", r"\bthroat (?:is |feels )?(?:closing|swelling|swollen|tight|tightening|closing up)|\b(?:tongue|lips|face|eyes?) (?:is |are |started |keeps? )?(?:swelling|swollen|puffing|blowing up|ballooning)|\banaphyla\w*|\bepi ?pen|\ballergic reaction (?:and|now|right now|getting worse|is bad|spreading)|\b(?:bad|severe|serious|having an?|going into) (?:an )?allergic reaction", "signs of a severe allergic reaction"),
    # bleeding
    Rule("bleeding", r"\b(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant) stop bleeding|\bbleeding (?:a lot|heavily|heavy|everywhere|badly|bad|so much|through|non ?stop|like crazy|won't|wont|and (?:dizzy|faint))|\b(?:heavy|severe|lots of|so much|a lot of|gushing|pouring) (?:bleeding|blood)|\bblood (?:everywhere|won't stop|wont stop|is pouring|gushing|soaking)|\bsoak\w* (?:through )?(?:a |my |her )?(?:pad|pads|towel|towels|shirt)", "severe bleeding"),
    Rule("blood_vomit", r"\b(?:vomit\w*|throw\w* up|puk\w*|cough\w* up|coughing) (?:up )?(?:blood|black)|\b(?:black|tarry|bloody) (?:stool|poop|vomit)", "vomiting or coughing blood"),
    # poisoning / overdose
    Rule("overdose", r"\boverdos\w*|\bod'?d\b|\b(?:took|taken|swallowed|ate|had|popped) (?:like |about |around |maybe |over )?(?:too many|a (?:bunch|handful|whole bottle|whole pack)|all|\d+|twenty|thirty|forty|fifty|a lot) (?:of )?(?:(?:my|his|her|the|mom's|dad's|grandma's) )?(?:pills|tablets|meds|caps|tylenol|advil|ibuprofen|paracetamol|acetaminophen|xanax|oxy\w*|insulin|sleeping pills|gummies|edibles)", "overdose or too much medicine"),
    Rule("poisoning", r"\b(?:drank|swallowed|ate|ingested|chewed|licked|got into|drinking) (?:some |a |the |a bottle of |a cup of |half a )?(?:\w+ )?(?:bleach|detergent|laundry pods?|tide pods?|pods|batter(?:y|ies)|button battery|magnets?|poison|antifreeze|drain cleaner|cleaning|rat poison|pesticide|lighter fluid|lamp oil|(?:grandma's|grandpa's|mom's|dad's|my|his|her) (?:pills|meds|medicine|medication))|\bpoison(?:ed|ing)\b|\bpoison control", "poisoning"),
    # seizures, unresponsive
    Rule("seizure", r"\b(?:having|has|is having|had|just had) (?:a )?(?:seizure|fit|convulsion)|\bseizing\b|\bconvuls\w*|\bshaking (?:all over|uncontrollably) and\b|\bseizure (?:right now|won't stop|wont stop|for \d+)", "a seizure"),
    Rule("unresponsive", r"\bunresponsive|\b(?:won't|wont|will not|can't|cant|cannot|couldn't|not) (?:wake (?:up|him|her|them)|be woken|waking up)|\b(?:he|she|they|he's|she's|hes|shes|dad|mom|mum|baby|son|daughter|husband|wife|grandma|grandpa|friend) (?:is |isn't |isnt |won't |wont |not |stopped )?(?:not )?respond\w*|\b(?:passed out|fainted|collapsed|blacked out|unconscious|knocked out|not waking)\b", "unresponsive, collapsed or unconscious"),
    # pregnancy and babies
    Rule("fetal_movement", r"\b(?:baby|babe|bub) (?:hasn't|hasnt|has not|isn't|isnt|is not|stopped|not|hadn't|didn't|hasn't been|hasnt been) (?:moved|moving|kicking|kicked|move|kick)|\b(?:no|stopped|less|reduced|decreased) (?:fetal |baby )?(?:movement|movements|kicks|kicking)", "reduced fetal movement"),
    Rule("pregnant_bleeding", r"\b(?:pregnant|weeks along|weeks pregnant|trimester|embarazada)\b.{0,80}\b(?:bleed\w*|blood|water broke|contractions|severe pain|sangr\w*)|\b(?:bleed\w*|blood|sangr\w*)\b.{0,60}\b(?:pregnant|weeks along|embarazada)", "bleeding or labour signs in pregnancy"),
    Rule("newborn_fever", r"\b(?:newborn|recien nacido)\b.{0,60}\b(?:fever|temp|hot|fiebre|calentura)|\b(?:fever|temp|fiebre)\b.{0,60}\b(?:newborn|recien nacido)", "a newborn with fever"),
    # other red flags
    Rule("stiff_neck", r"\bstiff neck\b.{0,60}\b(?:fever|rash|light)|\bfever\b.{0,60}\bstiff neck|\brash (?:that )?(?:doesn't|does not|won't) fade", "fever with stiff neck or a non-fading rash (meningitis signs)"),
    Rule("head_injury", r"\b(?:hit|bumped|banged|smacked) (?:his|her|my|their) head\b.{0,80}\b(?:vomit\w*|throw\w* up|confus\w*|sleepy|drows\w*|passed out|won't wake|bleed\w*)", "head injury with worrying signs"),
    Rule("sugar_low", r"\b(?:sugar|glucose|bg|bs) (?:is |was |at |reading )?(?:low|crashing|\b[1-4]\d\b)\b.{0,60}\b(?:confus\w*|shak\w*|sweat\w*|can't|won't|pass\w* out)", "very low blood sugar with symptoms"),
    Rule("severe_abdo", r"\b(?:worst|unbearable|excruciating|severe) (?:stomach|belly|abdominal|tummy) pain", "severe sudden abdominal pain"),
    Rule("call_911", r"\b(?:should|do|can|shall) (?:i|we) (?:call|go to|take (?:him|her|them) to) (?:911|999|112|an ambulance|the ambulance|the er|the e\.r|the emergency|emergency|a&e|urgencias)|\b(?:calling|called|call) (?:911|999|112|an ambulance)|\b(?:help|sos|emergency) (?:please|now|asap)\b|\bambulance\b", "the writer is asking whether to call an ambulance or go to emergency"),
    Rule("suicide_attempt", r"\b(?:just|i) (?:took|swallowed|cut|slit) (?:all|my|the|a|\d+)\b.{0,40}\b(?:pills|wrists?|deep|bottle)|\b(?:i'm|im|i am) (?:bleeding out|dying)\b", "an attempt or serious harm in progress"),
    # Spanish
    Rule("es_chest", r"\b(?:dolor|presion|opresion|ardor) (?:en el |de |del |fuerte en el )?pecho|\bme duele (?:mucho )?el pecho|\b(?:le|me) aprieta el pecho|\binfarto\b|\bataque (?:al|del) corazon", "dolor u opresión en el pecho", lang="es"),
    Rule("es_breath", r"\bno (?:puedo|puede|podia|pudo) respirar|\bme (?:falta|ahogo)|\ble falta el aire|\bse (?:esta )?ahog\w*|\bme ahogo|\bno respira|\blabios (?:morados|azules)|\bdificultad para respirar", "dificultad para respirar", lang="es"),
    Rule("es_stroke", r"\b(?:cara|boca) (?:\w+ )?(?:caida|torcida|chueca|ladeada|dormida)|\bno (?:puede|puedo) (?:hablar|mover (?:el|la|un|su|mi))|\bhabla (?:raro|arrastrando|enredad\w*|mal|trabad\w*)|\barrastra las palabras|\bderrame\b|\b(?:embolia|ictus)\b|\bun lado (?:del cuerpo )?(?:dormido|paralizado|sin fuerza)", "signos de derrame cerebral", lang="es"),
    Rule("es_unresponsive", r"\bse desmay\w*|\binconsciente|\bno (?:despierta|reacciona|responde)|\bperdio el conocimiento|\bse (?:cayo|desplomo) y no", "inconsciente o no responde", lang="es"),
    Rule("es_seizure", r"\bconvuls\w*|\bataque (?:epileptico|de epilepsia)|\besta temblando y no", "convulsiones", lang="es"),
    Rule("es_bleeding", r"\bsangrado (?:abundante|fuerte|mucho|muy fuerte|que no para)|\bsangra (?:mucho|demasiado|sin parar)|\bno (?:para|deja) de sangrar|\bmucha sangre|\b(?:vomit\w*|tos\w*) sangre", "sangrado abundante", lang="es"),
    Rule("es_poison", r"\bsobredosis|\bse (?:tomo|trago|comio) (?:todas|muchas|un frasco|una caja|\d+)|\b(?:tomo|bebio|se tomo|se bebio|trago) (?:cloro|lejia|veneno|detergente|pastillas de)|\benvenen\w*|\bintoxic\w*", "sobredosis o envenenamiento", lang="es"),
    Rule("es_allergy", r"\bse (?:me|le) (?:cierra|esta cerrando) la garganta|\bse (?:me|le) (?:hincha|hincho|inflama|inflamo) (?:la lengua|la cara|los labios|la garganta)|\breaccion alergica (?:fuerte|grave|severa)|\banafila\w*", "reacción alérgica grave", lang="es"),
    Rule("es_fetal", r"\b(?:el|mi) bebe no se (?:mueve|ha movido)|\bno siento (?:al|a mi) bebe|\bno (?:se )?mueve (?:el|mi) bebe", "el bebé no se mueve en el embarazo", lang="es"),
    Rule("es_911", r"\b(?:llamo|llamamos|llamar|llamen|llama) (?:al|a la|a una)? ?(?:911|112|ambulancia|urgencias|emergencias)|\b(?:voy|vamos|llevo|lo llevo|la llevo) a urgencias|\bayuda por favor|\bes una emergencia", "pregunta si llamar a una ambulancia o ir a urgencias", lang="es"),
)

_INFANT_AGE = re.compile(
    fold_pattern(
        r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|una|dos|tres|cuatro|cinco|seis|siete|ocho)"
        r"[ -](?P<unit>days?|weeks?|wks?|months?|mos?|dias?|semanas?|mes|meses)[ -]?(?:old|de edad)?"
    )
)
_FEVER = re.compile(fold_pattern(r"\b(?:fever|temp|temperature|febrile|hot to the touch|burning up|fiebre|calentura|3[89](?:[.,]\d)?\s?(?:c|°|degrees)?|10[0-5](?:[.,]\d)?\s?(?:f|°|degrees)?)\b"))
_BABY = re.compile(fold_pattern(r"\b(?:baby|babe|infant|newborn|son|daughter|bebe|bebé|hijo|hija|nena|nene|little one|lo)\b"))
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
}


def _age_in_days(n: str, unit: str) -> int:
    count = int(n) if n.isdigit() else _NUMBERS.get(n, 99)
    if unit.startswith(("d",)):
        return count
    if unit.startswith(("w", "s")):  # weeks, wks, semanas
        return count * 7
    return count * 30


# Symptom rules also accept a question that names nobody; rules written in Spanish use the same set.
RULES = tuple(
    Rule(r.id, r.pattern, r.reason, (*CONTEXTUAL, "impersonal_question"), r.lang, r.when) if r.suppress == CONTEXTUAL else r
    for r in RULES
)


class EmergencyDetector(LexiconDetector):
    name = "emergency"
    version = "1"
    category = Category.EMERGENCY
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if not _FEVER.search(text) or not _BABY.search(text):
            return found
        for m in _INFANT_AGE.finditer(text):
            if _age_in_days(m.group("n"), m.group("unit")) <= 90:
                found.evidence.append(
                    self.evidence_at(ctx, m.start(), m.end(), "a baby under 3 months with a fever needs emergency care", "infant_fever")
                )
                break
        return found


__all__ = ["EmergencyDetector"]
