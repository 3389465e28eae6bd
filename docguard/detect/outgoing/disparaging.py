"""disparaging: mocking or running down patients, a patient, or the person who wrote a review.

Insults and mocking labels count on their own ("drug seeker", "Dr. Google graduate"), and so does
blame aimed at the reader ("maybe if you'd flossed...", "with patients like you..."). Weaker
signs, a patient described by what they did ("someone who thinks a 10 min wait is abuse", "the
lady with the six cats", "otro que quiere vacaciones pagadas"), count when the draft also mocks:
an eye-roll or laughing emoji, "lol", "ma'am", "give me strength", "y encima".
"""

from __future__ import annotations

import re

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.results import DraftExcuse
from docguard.taxonomy import Finding
from docguard.text.normalise import fold_pattern

_INSULT = (
    r"(?:idiots?|idiotic|stupid|dumb|morons?|moronic|clueless|lazy|whiny|whiners?|whining|crazy|nuts|psycho|drama queens?|hypochondriacs?|lunatics?|"
    r"pathetic|ridiculous|annoying|gross|disgusting|slobs?|druggies|druggie|junkies?|drug seekers?|drug-seeking|drug seeking|frequent flyers?|frequent fliers?|"
    r"non-?compliant|nutcases?|entitled|liars?|lying|fakers?|faking it|attention seekers?|attention-seeking|crazies|weirdos?|losers?|trolls?|"
    r"a nightmare|a piece of work|a pain|brain cells|illiterate|can't read|cant read|can't follow (?:\w+ )?instructions|"
    r"cant follow (?:\w+ )?instructions|never follow\w* (?:\w+ )?(?:instructions|advice)|never listens?|waste of (?:my |our )?time|delusional|hysterical|"
    r"cheapskates?|clowns?|seekers?|exaggerat\w+|self-diagnosers?|selfdiagnosers?)"
)
_TARGET = (
    r"(?:patients?|people|folks|clients|this (?:guy|lady|woman|man|dude|patient|reviewer|person|one|mom|dad|kid|family)|that (?:guy|lady|woman|man|patient|reviewer|person|family)|"
    r"these (?:people|patients|folks|parents|moms)|some (?:people|patients|folks|parents)|reviewers?|the (?:guy|lady|woman|man|patient|reviewer|mom|dad|family|parents?) (?:who|in|from|with|that)|"
    r"my \d{1,2} ?(?:am|pm|o'clock)|you|u|he|she|they|he's|she's|you're|they're)"
)
# What a patient is mocked for having done: shouting, begging, no-shows, lateness, not doing the exercises.
_MISDEED = (
    r"(?:scream\w*|shout\w*|yell\w*|beg\w*|cancel\w*|no-?show\w*|drunk|refus\w*|complain\w*|whin\w*|moan\w*|lie|lied|lying|threat\w*|swore|swearing|"
    r"rude|abus\w*|spat|forgot|skipp\w*|skip|missed|late|fake|exaggerat\w*|googl\w*|wouldn't pay|didn't pay|won't pay|can't show up|cant show up|don't show up|"
    r"turned up|showed up|show up|come (?:in|to the \w+) (?:at|for|with|saying)|came in (?:with|convinced|saying|because)|convinced|cried|googled|thinks?|thought|insist\w*|"
    r"read (?:it )?on|tiktok|reddit|facebook|instagram|essential oils|went to med school|did (?:their|his|her|your) own research)"
)
_ES_MISDEED = (
    r"(?:se queja\w*|quej\w+|grit\w*|falt\w+|se salta\w*|no (?:quiere|queria|quiso) pagar|llega\w* tarde|no hace\w* caso|se cree\w*|mient\w*|exager\w*|"
    r"colaps\w*|no trae\w*|olvid\w+|no (?:vino|viene|vinieron|vienen|se presento|se presentan|aparecio|aparece)|se diagnostic\w*|discut\w*|por google|en google|en internet|jur\w+|pensaba|creia|se creia|"
    r"insist\w+|no hace\w* los ejercicios|no (?:hizo|hace|hicieron|hacen|hiciste|haces) ni|(?:vienen?|van|vino|fue|fueron|viniste) a urgencias por|quiere\w* (?:vacaciones|la baja|baja|incapacidad|receta))"
)

_EN = (
    OutRule("insult", rf"\b{_TARGET}\b (?:\w+ ){{0,8}}?{_INSULT}\b", "runs down a patient or patients", ("negated", "conditional")),
    OutRule("labels", r"\b(?:frequent flyers?|frequent fliers?|drug seekers?|drug-seeking|classic seeker|hypochondriacs?|gomers?|karens|(?:a|such a|total|full|another) karen|"
            r"(?:dr\.? )?google (?:warriors?|graduates?|degrees?|md|university|school)|webmd (?:warriors?|degree|md|diagnos\w+)|you can't fix stupid|cant fix stupid|can't fix stupid|"
            r"doctor google|dr\.? google|google degree|(?:facebook|youtube|tiktok|instagram|twitter|reddit|whatsapp) ['\x22]?(?:medical |med |nursing )?(?:university|degree|doctor|doctors|experts?|md|medical school)|"
            r"another one who (?:googled|read|thinks|thought|wants)|(?:some|these) people (?:just )?(?:can't|cant|don't|dont|never|refuse)|smh|facepalm|eye ?roll|"
            r"self-diagnosers?|did (?:their|his|her|your) own research|memory of a goldfish|species of clown|my cross to bear|cheapskates?|drama queens?|"
            r"favou?rite species|attention seekers?|bless your heart|give me strength|send help|brace yourselves|can't make this up|cant make this up|"
            r"reading comprehension|like a normal person|imagine (?:thinking|complaining|believing|calling|coming|going|expecting|demanding|needing|being)|you went to (?:\w+ )?(?:university|college|school)|fake reviews?)\b",
            "uses a mocking label for patients", ("negated",)),
    OutRule("insult_before", rf"\b{_INSULT} (?:\w+ )?(?:reviewers?|patients?|persons?|customers?|clients?|mums?|moms?|dads?|parents?|guys?|lady|ladies|woman|women|man|men|people|one|ones|types?)\b",
            "runs down a patient or patients", ("negated", "conditional")),
    OutRule("you_are", r"\b(?:you're|youre|you are|you were|ur) (?:clearly |obviously |just |simply |being |one of those )?(?:a |an )?(?:liar|lying|crazy|delusional|rude|entitled|abusive|aggressive|"
            r"drug seeker|troll|bitter|unhinged|ungrateful|unreasonable|hysterical|dramatic|difficult|patients who|people who)\b|\b(?:get a life|nobody cares|people like you|patients like you|good riddance|"
            r"(?:go|take your business) elsewhere|don't come back|dont come back|go cry|cry more|grow up|not my problem|you're lucky we|youre lucky we|you are lucky we|"
            r"look in the mirror|be nicer next time|stop lying|stop messaging me|you again|get over it)\b",
            "attacks the person who wrote", ("negated", "conditional")),
    OutRule("blame", r"\bmaybe if (?:you|u|he|she|they|people)\b|\bif (?:you|u)(?:'d| had| would have| did| actually| just)? (?:actually |just |ever |even )?(?:done|did|followed|listened|taken|took|stopped|quit|turned up|"
            r"showed up|come|came|flossed|brushed|bothered|read|kept|lost)\b[^.!?]{0,80}?\b(?:wouldn't|would not|wouldnt|won't|wont|might not|we wouldn't|you'd)\b"
            r"|\blike i (?:told|said to) you\b|\b(?:you|they|he|she|people) (?:deserve|deserved) (?:to wait|to suffer|it|what)\b"
            r"|\bthe way (?:you|he|she|they) (?:spoke|talked|treated|behaved|shouted|acted|yelled|spoke to|talked to)\b|\b(?:come|comes|came|coming) crying to\b"
            r"|\b(?:are|is) (?:usually |often |always |generally )?exactly the (?:people|type|kind|person|patients|sort) (?:who|that)\b"
            r"|\b(?:your|his|her|their) (?:chart|notes|history|teeth|mouth|diet|file|hygiene) (?:is|are|was) (?:a |an )?(?:mess|disaster|joke|nightmare|train ?wreck|horror show|state)\b",
            "blames the person for their own condition", ("negated",)),
    OutRule("mocking", r"\b(?:lol|lmao|haha\w*|emjlaugh) (?:at )?(?:the|this|that|my|these|some) (?:guy|lady|woman|man|patient|patients|mom|dad|people|reviewer)\b"
            r"|\b(?:the|this|that|my) (?:guy|lady|woman|man|patient|mom|dad) (?:who|that) (?:thought|thinks|swore|insisted|googled|came in)\b(?:.{0,80}?)\b(?:lol|lmao|haha\w*|emjlaugh|🙄)"
            r"|\b(?:rating|ranking|ranked) (?:my |our )?(?:patients|clients)\b",
            "mocks a patient"),
    # weak: count only when the draft also mocks (see refine)
    OutRule("described_misdeed", rf"\b(?:someone|somebody|people|patients?|folks|the one|one|a guy|the guy|guy|a lady|the lady|lady|a woman|the woman|a man|the man|dude|reviewers?|"
            rf"this person|that person|y'all|half of you|some of you|those|anyone|a patient|the patient|another \w+) (?:who|that|with|from) (?:\w+ ){{0,6}}?{_MISDEED}",
            "describes a patient by what they did, mockingly"),
    OutRule("you_the_one", r"\b(?:you're|youre|you are|aren't you|arent you|you were) (?:the|that|one of (?:those|the)) (?:one|guy|lady|woman|man|patient|patients|person|people|type)\b",
            "singles out the person who wrote, mockingly"),
    OutRule("anecdote", r"\b(?:had|have|got|there's|theres|the|this|a) (?:drunk |\w+ )?(?:lady|guy|man|woman|dude|patient|mum|mom|dad|kid|bloke|gent) "
            r"(?:today|this morning|tonight|last night|yesterday|in bed \d+|in room \d+|in cubicle \d+|convinced|came in|with the)\b|\bbed \d+\b|\bpatient today\b|\bimagine complaining\b|\bwho else has (?:patients|clients)\b",
            "tells a story about a patient, mockingly"),
    OutRule("person_did", r"\b(?:the one|the guy|the lady|the woman|the man|the patient|someone|somebody|a patient|the person|the bloke) (?:who|that) ['\x22]?(?!invent|discover|found|creat|help|save|saved|donat|volunte|raise|won\b|made\b|built|wrote|came by|came along|join|share|organi|ran\b|complet|finish|sent|taught|inspir|support|cared|care\b|look)\w+",
            "describes a particular patient by what they did"),
    OutRule("named_did", r"\bto (?!everyone|everybody|all|anyone|those|you|them|us|people|the)[a-z]+ (?:who|that) (?!invent|discover|found|creat|help|save|saved|donat|volunte|raise|won\b|made\b|built|wrote|came|join|share|organi|ran\b|complet|finish|sent|taught|inspir|support|cared|look)\w+", "singles out a named person by what they did"),
    OutRule("patient_says", r"\b(?:a patient|patients|when a patient|when patients) (?:tells?|says?|asks?|insists?|swears?|thinks?|decides?|shows?|brings?|comes?)\b",
            "describes what patients say or do"),
    OutRule("you_lot", r"\b(?:some of y'all|some of yall|y'all|yall|half of you|some of you|you lot|half of them|some of them)\b", "lumps patients together"),
    OutRule("believed", r"\b(?:he|she|they|you|who) (?:thought|thinks|believed|swore|insisted) (?:he|she|they|you|it|your|her|his|their|that)\b|\bthought (?:he|she|they|you) could\b",
            "describes what a patient believed"),
    OutRule("patient_when", r"\b(?:lady|guy|woman|man|bloke|dude|patient) (?:this morning|today|tonight|last night|yesterday)\b|['\x22] (?:lady|guy|woman|man|patient|mum|mom|dad)\b",
            "describes a recent patient"),
    OutRule("again", r"\b(?:you've|you have|you|he's|she's|they've) (?:been )?(?:eating|drinking|smoking|skipping|sneaking|cheating|hiding|forgetting)\b(?:[^.!?]{0,40}?)\bagain\b",
            "catches someone out"),
    OutRule("maybe_stop", r"\bmaybe (?:stop|quit|try not|don't|dont) \w+", "lectures the reader"),
    OutRule("sarcasm", r"\b(?:ma'am|buddy|nice try|just saying|every\W+single\W+time|shocking|never disappoints|was something else|you know who you are|again\?\?|not to be mean|"
            r"cant please everyone|can't please everyone|can't take another|cant take another|apparently|(?:and|then) (?:then )?wonder(?:s)? why|the face i make)\b",
            "uses a sarcastic aside about a patient"),
)

_ES = (
    OutRule("insulto", r"\b(?:pacientes?|gente|este senor|esta senora|la senora|el senor|este tipo|esta tipa|este paciente|esta paciente|usted|tu)\b (?:\w+ ){0,8}?"
            r"(?:idiotas?|tont[oa]s?|estupid[oa]s?|pesad[oa]s?|loc[oa]s?|exagerad[oa]s?|quejic[oa]s?|hipocondriac[oa]s?|ignorantes?|mentiros[oa]s?|maleducad[oa]s?|insoportables?|pesadilla)\b",
            "desprecia a un paciente o a los pacientes", ("negated", "conditional"), "es"),
    OutRule("etiquetas", r"\b(?:doctor google|dr\.? google|los que se creen medicos|son lo mejor|no hay quien los entienda|hay cada uno|hay cada una|que paciencia con|que cansancio|genios|genias|"
            r"mi cruz|con pacientes como (?:usted|tu|vos)|gente como (?:usted|tu|vos)|asi no hay (?:terapia|tratamiento|forma|manera|quien)|superalo|ranking de excusas|"
            r"el tipo de paciente que|la clase de paciente que|como siempre,? senora|como siempre,? senor|(?:universidad|facultad) de (?:google|facebook|tiktok|youtube|whatsapp))\b",
            "usa una etiqueta burlona para pacientes", ("negated",), "es"),
    OutRule("echar_culpa", r"\b(?:si (?:usted|tu|vos)? ?(?:hubiera|hubieras|hubiese|hicieras|hiciera)|y (?:encima|ahora) se (?:queja|quejan)|y encima)\b"
            r"|\b(?:sera que|sera porque) (?:usted|tu|vos)\b|\bque (?:raro|curioso|casualidad) que\b",
            "culpa a la persona de su problema", ("negated",), "es"),
    # weak: count only when the draft also mocks (see refine)
    OutRule("asi_no", r"\basi no (?:vamos|vas|va|van) a\b|\b(?:vi|veo|ya vi) que (?:compraste|comiste|fumaste|bebiste|te saltaste|no hiciste)\b",
            "señala lo que hizo un paciente, con burla", (), "es"),
    OutRule("fechoria", rf"\b(?:otro|otra|alguien|pacientes?|gente|los|las|el|la|este paciente|esta paciente|el del|la del|la de|el de|usted|tu|eres) (?:que |quien |justo )?(?:\w+ ){{0,5}}?{_ES_MISDEED}",
            "describe a un paciente por lo que hizo, con burla", (), "es"),
)

_WEAK = frozenset({"described_misdeed", "you_the_one", "anecdote", "sarcasm", "fechoria", "person_did", "asi_no", "named_did", "patient_says", "you_lot", "believed", "patient_when", "again", "maybe_stop"})
# The draft mocks: eye-roll, laughing, clown or skull emoji, "lol", "jaja", a sarcastic aside.
_MOCKS = re.compile(
    fold_pattern(
        r"🙄|🤡|🤦|💀|🙃|💅|😤|🙋|👋|\bemjlaugh\b|\bemjskull\b|\b(?:lol|lmao|rofl|jaja\w*|jeje\w*|haha\w*|smh|ma'am|buddy|bless|give me strength|send help|brace yourselves|"
        r"can't make this up|cant make this up|never disappoints|something else|shocking|genios|cansancio|y encima|just saying|nice try|apparently|classic|stop|"
        r"you know who you are|who else|every\W+single\W+time|not to be mean|seriously|honestly|tbh|superalo|mi cruz|sorpresa|que sorpresa|vaya sorpresa|en fin|como no|surprise surprise|what a surprise|shocker|go figure)\b"
    )
)


class DisparagingDetector(OutgoingDetector):
    name = "disparaging"
    version = "2"
    finding = Finding.DISPARAGING
    rules = (*_EN, *_ES)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        """A weak sign (a patient described by what they did, a sarcastic aside) counts only with another: a person and a mockery."""
        weak = [e for e in found.evidence if _rule(e.detector) in _WEAK]
        if not weak or len(weak) < len(found.evidence):
            return found
        person = any(_rule(e.detector) != "sarcasm" for e in weak)
        aside = any(_rule(e.detector) == "sarcasm" for e in weak) or bool(_MOCKS.search(ctx.text))
        if person and aside:
            return found
        found.suppressed.extend(DraftExcuse(e.finding, e.start, e.end, e.text, "no_mockery", self.name) for e in weak)
        found.evidence.clear()
        return found


def _rule(detector: str) -> str:
    return detector.rsplit("/", 1)[-1]


__all__ = ["DisparagingDetector"]
