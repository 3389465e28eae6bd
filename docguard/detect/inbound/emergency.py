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
    Rule("chest_pain", r"\b(?:chest|cheat|chst) ?(?:pains?|pressure|tightness|tight|is (?:so |really |very |getting )?tight|feels? (?:tight|heavy|like)|heaviness|hurts?|hurting|discomfort|is killing|ache|aches|aching|is on fire|(?:is )?burning|squeez\w*|crushing)|\b(?:holding|clutching|grabbing|rubbing) (?:his|her|my|their) chest|\bchest\b.{0,40}\b(?:clammy|cold sweat|sweating|jaw|left arm|threw up|grey|gray|pale)", "chest pain or pressure is a possible heart attack"),
    Rule("pain_in_chest", rf"\b(?:pain|pressure|tightness|squeezing|weight|elephant|burning|heaviness) (?:\w+ ){{0,3}}(?:in|on|across) (?:{_WHO} )?(?:middle of (?:{_WHO} )?)?chest", "chest pain or pressure is a possible heart attack"),
    Rule("chest_hurts", rf"\b{_WHO} chest (?:\w+ )?(?:really |so |is )?(?:hurts|hurting|feels|is tight|is killing|tightened|tightening)", "chest pain or pressure is a possible heart attack"),
    Rule("heart_attack", r"\b(?:having|has|had|is having|think (?:i'm|im|he's|she's|hes|shes) having|might be having) (?:a )?heart ?attack|\bheart ?attack (?:right now|symptoms|rn)|\bheart (?:is )?(?:racing|pounding) and (?:chest|dizzy|can't|cant)", "possible heart attack described as happening"),
    Rule("arm_jaw", r"\b(?:left arm|jaw|arm) (?:is )?(?:numb|tingling|hurts|pain|heavy|feels like)(?:.{0,40})(?:sweat|chest|nause|short of breath)", "arm or jaw symptoms with chest, sweating or breathlessness"),
    Rule("ticker", r"\b(?:ticker|heart) (?:is )?(?:doing something weird|feels weird|stopping|skipping)(?:.{0,60})(?:arm|chest|faint|dizzy|breath)", "heart symptoms with arm, chest, fainting or breathlessness"),
    # stroke
    Rule("face_droop", r"\b(?:face|mouth|smile|lip|eye|eyelid) (?:is |looks |went |started )?(?:\w+ )?(?:droop\w*|crooked|lopsided|uneven|sagging|hanging|slanted|twisted)", "face drooping is a stroke sign"),
    Rule("droop_face", rf"\b(?:droop\w*|crooked|lopsided) (?:face|mouth|smile)", "face drooping is a stroke sign"),
    Rule("slurred", r"\bslurr(?:ed|ing|s)\b|\b(?:speech|words|talking) (?:is |are )?(?:garbled|jumbled|weird|strange|slurr\w*|not making sense)", "slurred or garbled speech is a stroke sign"),
    Rule("cant_speak", rf"\b{_CANT} (?:speak|talk|get (?:his|her|my|the) words out|get words out|find (?:his|her|my) words|form words|lift (?:his|her|my|one|their) arm|move (?:his|her|my|their) (?:left|right) ?(?:side|arm|leg)|move (?:one|half))", "sudden loss of speech or movement is a stroke sign"),
    Rule("one_side", r"\b(?:one side|left side|right side|half) (?:of )?(?:(?:his|her|my|their) )?(?:body|face)? ?(?:is |went |feels |has gone )?(?:numb|weak|limp|paraly\w*|dead|not working|tingling)", "one-sided numbness or weakness is a stroke sign"),
    Rule("stroke_now", r"\b(?:having|has|is having|think (?:i'm|im|he's|she's|hes|shes|it's|its|mom's|dad's) having|might be having|could be having|signs of) (?:a )?(?:stroke|mini ?stroke|tia)\b", "a stroke described as happening"),
    Rule("worst_headache", r"\b(?:worst headache|thunderclap|headache (?:like|came on) (?:sudden|out of nowhere|a bolt))", "sudden worst-ever headache can be a brain bleed"),
    Rule("sudden_vision", r"\bsudden(?:ly)? (?:can't see|cant see|lost (?:vision|sight)|blind|vision (?:loss|went)|double vision)|\b(?:lost|losing) (?:the )?vision in (?:one|my|his|her)", "sudden vision loss is a stroke sign"),
    Rule("confused_sudden", r"\bsudden(?:ly)? (?:confused|confusion|can't (?:understand|remember)|doesn't (?:know|recogni[sz]e))|\b(?:not making (?:any )?sense|acting drunk|sounds drunk|seeing things|hallucinating|can't answer simple questions|hard to (?:rouse|wake)|floppy|limp and|won't stay awake|really drowsy|very drowsy|so drowsy|cold and confused)\b|\b(?:confused|confusion|confundid[oa])\b.{0,40}\b(?:sweat\w*|sudando|fever|fiebre|fell|cayo|head|cabeza|vomit\w*|meter|diabet\w*)|\b(?:diabet\w*|insulin)\b.{0,80}\b(?:confus\w*|not making sense|acting drunk|sleepy|sweaty|sudando|meter says|marca|lo\b)|\b(?:doesn't|does not|didn't) (?:know|recogni[sz]e) (?:me|where|who|us)", "sudden confusion"),
    # breathing / airway
    Rule("cant_breathe", rf"\b{_CANT} (?:breath|breathe|breathing|get (?:a |any )?(?:air|breath)|catch (?:my|his|her|their) breath)", "trouble breathing"),
    Rule("not_breathing", r"\b(?:not|isn't|isnt|stopped|stops|barely|is barely) breathing(?! (?:for a (?:few )?seconds|in (?:his|her|my|their) sleep|at night|when (?:he|she|i) sleeps?))|\bbreathing (?:really |very |so )?(?:fast|weird|shallow|funny|strange|hard|heavy|noisy)\b|\b(?:gone|going|went|turned|turning) (?:blue|bluish|grey|gray|purple)|\bbluish\b|\bcan only say (?:a few|two|one|\d) words|\basthma attack\b|\bribs (?:are )?(?:sucking|pulling) in|\bgasping|\bchok(?:e|es|ing)\b|\bturning (?:blue|purple|gray|grey)|\b(?:lips|face|fingers|skin) (?:are |is |went |look |turned |turning )?(?:blue|purple|gray|grey)", "not breathing, choking or turning blue"),
    Rule("short_breath", r"\bshort(?:ness)? of breath|\bout of breath (?:and|sitting|at rest|just sitting)|\bsob and\b|\bbreathless (?:and|at rest)|\bwheez\w* (?:bad|badly|so|really|and)|\binhaler (?:isn't|isnt|is not|not) (?:working|helping)", "shortness of breath"),
    Rule("throat_closing", r"\bthroat (?:is |feels )?(?:getting |going |so |very |really )?(?:closing|swelling|swollen|tight|tightening|closing up)|\bface (?:is |went |got )?(?:big|puffy|puffed up|blown up)|\b(?:tongue|lips|face|eyes?) (?:is |are |started |keeps? )?(?:swelling|swollen|puffing|blowing up|ballooning)|\banaphyla\w*|\b(?:used|use|using|gave|give|giving|jabbed|injected|needs?|needed|no|forgot|don't have|dont have|have no|grab|where is) (?:my |his |her |the |an |her own |his own )?epi ?pens?\b(?! ?(?:prescription|refill|script|renew|for school|sets|at school))|\ballergic reaction (?:and|now|right now|getting worse|is bad|spreading)|\b(?:bad|severe|serious|having an?|going into) (?:an )?allergic reaction", "signs of a severe allergic reaction"),
    # bleeding
    Rule("bleeding", r"\b(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant|hasn't|hasnt|has not|still hasn't|isn't|hasn't stopped|not) (?:stop|stopped|stopping) bleeding|\b(?:nosebleed|nose bleed|bleeding|bleed) for (?:over |more than |almost )?(?:an hour|\d+ (?:hours|minutes|mins))|\bbleeding (?:a lot|heavily|heavy|everywhere|badly|bad|so much|through|non ?stop|like crazy|won't|wont|and (?:dizzy|faint))|\b(?:heavy|severe|lots of|so much|a lot of|gushing|pouring) (?:bleeding|blood)|\bblood (?:everywhere|won't stop|wont stop|is pouring|gushing|soaking)|\bsoak\w* (?:through )?(?:a |my |her )?(?:pad|pads|towel|towels|shirt)", "severe bleeding"),
    Rule("blood_vomit", r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w* up|coughing|coughed) (?:up )?(?:\w+ ){0,5}?(?:blood|black)\b|\b(?:black|tarry|bloody) (?:stool|poop|vomit)", "vomiting or coughing blood"),
    # poisoning / overdose
    Rule("overdose", r"\boverdos\w*|\bod'?d\b|\b(?:took|taken|swallowed|ate|had|popped) (?:like |about |around |maybe |over )?(?:too many|a (?:bunch|handful|whole bottle|whole pack)|all|\d+|twenty|thirty|forty|fifty|a lot) (?:of )?(?:(?:my|his|her|the|their|\w+'?s) )*(?:\w+ ){0,2}(?:pills|pill|tablets|meds|caps|tylenol|advil|ibuprofen|paracetamol|acetaminophen|xanax|oxy\w*|insulin|sleeping pills|gummies|edibles)", "overdose or too much medicine"),
    Rule("poisoning", r"\b(?:drank|drunk|swallowed|ate|eaten|ingested|chewed|chewing|licked|got into|drinking|bit into|bite into|took|injected) (?:some |a |the |a bottle of |a whole bottle of |a cup of |half (?:a |of )?(?:the )?|one of |part of |like |some of )?(?:\w+ ){0,3}?(?:bleach|detergent|laundry pods?|tide pods?|pods?|batter(?:y|ies)|button battery|magnets?|poison|antifreeze|drain cleaner|cleaning \w+|rat poison|pesticide|lighter fluid|lamp oil|wild mushrooms|mushrooms|cough syrup|tube|pill organi[sz]er|pill box|(?:\w+'?s?) (?:pills?|meds|medicine|medication|heart pills|blood pressure pills))|\b(?<!food )poison(?:ed|ing)\b|\bpoison control|\b(?:double|triple|twice|three times) (?:his|her|my|the) (?:\w+ )?(?:dose|insulin|meds|warfarin)|\b(?:took|taken|injected) (?:his|her|my) (?:\w+ )?(?:twice|three times|double)|\bmixed bleach|\bbleach and ammonia", "poisoning"),
    # seizures, unresponsive
    Rule("seizure", r"\b(?:having|has|is having|had|just had) (?:a )?(?:seizure|fit|convulsion)|\bseizures?\b|\bseizing\b|\bconvuls\w*|\bshaking (?:all over|uncontrollably|on the floor)|\bfoaming at the mouth|\bjerking (?:all over|and)", "a seizure"),
    Rule("unresponsive", r"\bunresponsive|\b(?:won't|wont|will not|can't|cant|cannot|couldn't|not) (?:wake (?:up|him|her|them)|be woken|waking up)|\b(?:he|she|they|he's|she's|hes|shes|dad|mom|mum|baby|son|daughter|husband|wife|grandma|grandpa|friend) (?:is |isn't |isnt |won't |wont |not |stopped )?(?:not )?respond\w*|\b(?:passed out|fainted|collapsed|blacked out|unconscious|knocked out|not waking)\b", "unresponsive, collapsed or unconscious"),
    # pregnancy and babies
    Rule("fetal_movement", r"\b(?:baby|babe|bub) (?:hasn't|hasnt|has not|isn't|isnt|is not|stopped|not|hadn't|didn't|hasn't been|hasnt been) (?:moved|moving|kicking|kicked|move|kick)|\b(?:no|stopped|less|reduced|decreased) (?:fetal |baby )?(?:movement|movements|kicks|kicking)", "reduced fetal movement"),
    Rule("pregnant_bleeding", r"\b(?:pregnant|weeks along|weeks pregnant|trimester|embarazada)\b.{0,80}\b(?:bleed\w*|blood|water broke|contractions|severe pain|sangr\w*)|\b(?:bleed\w*|blood|sangr\w*)\b.{0,60}\b(?:pregnant|weeks along|embarazada)", "bleeding or labour signs in pregnancy"),
    Rule("newborn_fever", r"\b(?:newborn|recien nacido)\b.{0,60}\b(?:fever|temp|hot|fiebre|calentura)|\b(?:fever|temp|fiebre)\b.{0,60}\b(?:newborn|recien nacido)", "a newborn with fever"),
    # other red flags
    Rule("stiff_neck", r"\b(?:stiff neck|neck (?:is |so |getting |really )?stiff|neck hurts to bend|cuello (?:rigido|tieso|duro))\b.{0,60}\b(?:fever|rash|light|headache|fiebre|vomit\w*)|\b(?:fever|fiebre|headache)\b.{0,80}\b(?:stiff neck|neck (?:is |so |getting |really )?stiff|neck hurts to bend|cuello (?:rigido|tieso|duro))|\brash (?:that )?(?:doesn't|does not|won't) fade", "fever with stiff neck or a non-fading rash (meningitis signs)"),
    Rule("head_injury", r"\b(?:hit|bumped|banged|smacked) (?:his|her|my|their) head\b.{0,80}\b(?:vomit\w*|throw\w* up|confus\w*|sleepy|drows\w*|passed out|won't wake|bleed\w*)", "head injury with worrying signs"),
    Rule("sugar_low", r"\b(?:sugar|glucose|bg|bs) (?:is |was |at |reading )?(?:low|crashing|\b[1-4]\d\b)\b.{0,60}\b(?:confus\w*|shak\w*|sweat\w*|can't|won't|pass\w* out)", "very low blood sugar with symptoms"),
    Rule("severe_abdo", r"\b(?:worst|unbearable|excruciating|severe|terrible|sudden) (?:sudden |terrible )?(?:stomach|belly|abdominal|tummy|testicle|testicular) pain|\bpain in (?:his|my|her) testicle|\bsudden (?:severe |terrible |crushing |excruciating |intense )?(?:headache|pain in (?:the )?middle|tearing)|\b(?:feels like something|like something is) tearing|\bworst (?:pain|headache) of (?:my|his|her) life", "severe sudden abdominal pain"),
    Rule("call_911", r"\b(?:should|do|can|shall) (?:i|we) (?:call|go to|take (?:him|her|them) to) (?:911|999|112|an ambulance|the ambulance|the er|the e\.r|the emergency|emergency|a&e|urgencias)|\b(?:calling|called|call) (?:911|999|112|an ambulance)|\b(?:help|sos|emergency) (?:please|now|asap)\b|\bambulance\b", "the writer is asking whether to call an ambulance or go to emergency"),
    Rule("suicide_attempt", r"\b(?:just|i) (?:took|swallowed|cut|slit) (?:all|my|the|a|\d+)\b.{0,40}\b(?:pills|wrists?|deep|bottle)|\b(?:i'm|im|i am) (?:bleeding out|dying)\b", "an attempt or serious harm in progress"),
    Rule("limb_numb", r"(?:can't|cant|cannot|can not) (?:feel|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg|legs|face|side|hand|arm or leg|arm and leg)\b|\bvoice (?:sounds|is) (?:drunk|slurred|weird)", "sudden loss of feeling or movement"),
    Rule("pregnancy_signs", r"\b\d{2} (?:weeks|wks|semanas)\b.{0,80}\b(?:headache|dolor de cabeza|bleed\w*|sangr\w*|spots|sparkl\w*|lucecitas|swollen|swelled|hinchad\w*|puffed|puffy|water broke|fuente|constant pain|not moving|no se mueve)", "warning signs late in pregnancy", ("negated", "general_question", "topic_of_a_post")),
    Rule("injury", r"\b(?:fell|fallen|jumped) (?:off|from|down) (?:the |a )?(?:roof|ladder|balcony|stairs|tree|window|bridge)|\b(?:electric shock|got (?:a )?shock|electrocuted)\b|\bshock from a (?:live )?wire|\b(?:pulled|dragged) (?:\w+ ){0,2}out of the (?:pool|water|lake)|\bnear(?:ly)? drown\w*|\bdrowning\b|\b(?:blister\w*|ampollas)\b.{0,60}\b(?:white|blanca|whole|toda|face|cara|chest)|\bskin (?:looks |is |went )?(?:white|charred|black)\b|\bcar(?:'s| is)? running in (?:the|a) (?:closed )?garage", "serious injury, burn, shock or near-drowning"),
    Rule("in_progress", r"\b(?:rope|noose|belt) (?:is )?(?:up|ready|tied|around my neck)|\b(?:standing|sitting|stood) on (?:the |a )?(?:ledge|edge|railing|roof|bridge)|\b(?:on|at) the (?:ledge|edge of the (?:roof|bridge))\b|\ben la (?:azotea|orilla del puente|cornisa)|\b(?:took|taken|swallowed|tome|me tome|se tomo) (?:all|todas|todo) (?:of )?(?:my|mis|sus|lo del|the)\b", "a suicide attempt or danger in progress", ("general_question",)),
    # Spanish
    Rule("es_chest", r"\b(?:dolor|presion|opresion|ardor) (?:en el |de |del |fuerte en el )?pecho|\bme duele (?:mucho )?el pecho|\b(?:le|me) aprieta el pecho|\binfarto\b|\bataque (?:al|del) corazon", "dolor u opresión en el pecho", lang="es"),
    Rule("es_breath", r"\bno (?:puedo|puede|podia|pudo) respirar|\b(?:me|le) cuesta (?:mucho )?respirar|\brespira (?:muy )?(?:rapido|raro|mal)|\bse le hunden las costillas|\b(?:inhalador|inhaler) no (?:le |me )?(?:hace|sirve|funciona)|\bme (?:falta|ahogo)|\ble falta el aire|\bse (?:esta )?ahog\w*|\bme ahogo|\bno respira|\blabios (?:morados|azules)|\bdificultad para respirar", "dificultad para respirar", lang="es"),
    Rule("es_stroke", r"\b(?:cara|boca) (?:\w+ )?(?:caida|torcida|chueca|ladeada|dormida)|\bno (?:puede|puedo) (?:hablar|mover (?:el|la|un|su|mi))|\bhabla (?:raro|arrastrando|enredad\w*|mal|trabad\w*)|\barrastra las palabras|\bderrame\b|\b(?:embolia|ictus)\b|\bun lado (?:del cuerpo )?(?:dormido|paralizado|sin fuerza)", "signos de derrame cerebral", lang="es"),
    Rule("es_unresponsive", r"\bse desmay\w*|\b(?:se (?:golpeo|pego|dio) (?:en )?la cabeza)\b.{0,60}\b(?:vomit\w*|sueño|confundid\w*|no despierta)|\bdolor de cabeza (?:horrible|terrible|fortisimo|muy fuerte)|\bel peor de mi vida|\binconsciente|\bno (?:despierta|reacciona|responde)|\bperdio el conocimiento|\bse (?:cayo|desplomo) y no", "inconsciente o no responde", lang="es"),
    Rule("es_seizure", r"\bconvuls\w*|\bataque (?:epileptico|de epilepsia)|\besta temblando y no", "convulsiones", lang="es"),
    Rule("es_bleeding", r"\bsangrado (?:abundante|fuerte|mucho|muy fuerte|que no para)|\bsangra (?:mucho|demasiado|sin parar)|\bno (?:para|deja) de sangrar|\bmucha sangre|\b(?:vomit\w*|tos\w*) sangre", "sangrado abundante", lang="es"),
    Rule("es_poison", r"\bsobredosis|\bse (?:tomo|trago|comio|bebio) (?:todas|muchas|un frasco|una caja|\d+|una pila|pilas|anticongelante|cloro|lejia)|\b(?:tomo|trago|bebio) anticongelante|\bpila de boton|\b(?:tomo|bebio|se tomo|se bebio|trago) (?:cloro|lejia|veneno|detergente|pastillas de)|\benvenen\w*|\bintoxic\w*", "sobredosis o envenenamiento", lang="es"),
    Rule("es_allergy", r"\bse (?:me|le) (?:cierra|esta cerrando) la garganta|\bme hinche (?:toda|todo)|\b(?:me|le) pica la garganta y|\bse (?:me|le) (?:hincha|hincho|inflama|inflamo) (?:la lengua|la cara|los labios|la garganta)|\breaccion alergica (?:fuerte|grave|severa)|\banafila\w*", "reacción alérgica grave", lang="es"),
    Rule("es_fetal", r"\b(?:el|mi) bebe no se (?:mueve|ha movido)|\bno siento (?:al|a mi) bebe|\bno (?:se )?mueve (?:el|mi) bebe", "el bebé no se mueve en el embarazo", lang="es"),
    Rule("es_911", r"\b(?:llamo|llamamos|llamar|llamen|llama) (?:al|a la|a una)? ?(?:911|112|ambulancia|urgencias|emergencias)|\b(?:voy|vamos|llevo|lo llevo|la llevo) a urgencias|\bayuda por favor|\bes una emergencia", "pregunta si llamar a una ambulancia o ir a urgencias", lang="es"),
)

_NUM = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|una|dos|tres|cuatro|cinco|seis|siete|ocho)"
_INFANT_AGE = re.compile(
    fold_pattern(
        rf"\b{_NUM}[ -](?P<unit>days?|weeks?|wks?|months?|mos?)[ -]old|"
        rf"\b(?:baby|babe|infant|newborn|son|daughter|bebe|bebé|hijo|hija|nena|nene|niño|niña)(?: \w+)? (?:de|is|who is) {_NUM.replace('<n>', '<n2>')} "
        r"(?P<unit2>days?|weeks?|months?|dias|semanas?|mes|meses)"
    )
)
_FEVER = re.compile(fold_pattern(r"\b(?:fever|temp|temperature|febrile|hot to the touch|burning up|fiebre|calentura|3[89](?:[.,]\d)?\s?(?:c|°|degrees)?|10[0-5](?:[.,]\d)?\s?(?:f|°|degrees)?)\b"))
_NO_FEVER = re.compile(fold_pattern(r"\b(?:no|without|sin|not a|hasn't had a|no tiene) (?:\w+ )?(?:fever|fiebre|temp)"))
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
    Rule(r.id, r.pattern, r.reason, (*CONTEXTUAL, "laughing", "impersonal_question"), r.lang, r.when) if r.suppress == CONTEXTUAL else r
    for r in RULES
)


class EmergencyDetector(LexiconDetector):
    name = "emergency"
    version = "1"
    category = Category.EMERGENCY
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        fever = _FEVER.search(text)
        if not fever or _NO_FEVER.search(text):
            return found
        for m in _INFANT_AGE.finditer(text):
            n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
            if _age_in_days(n, unit) <= 90:
                found.evidence.append(
                    self.evidence_at(ctx, m.start(), m.end(), "a baby under 3 months with a fever needs emergency care", "infant_fever")
                )
                break
        return found


__all__ = ["EmergencyDetector"]
