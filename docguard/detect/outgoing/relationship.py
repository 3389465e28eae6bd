"""relationship_confirmation: the draft says or implies that the reader (or a named person) is or was a patient.

HHS has fined practices for review replies that did no more than this. A denial ("you were
never seen here") discloses too. Second-person care words are excused in a post, where "your"
means any reader, and in a statement of the practice's policy ("we never confirm whether...").
"""

from __future__ import annotations

import re

from docguard.detect.outgoing.appointment_details import appointment_mentions, singles_out_someone
from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.taxonomy import Finding
from docguard.text.normalise import fold_pattern

_CARE = (
    r"(?:visit|visits|stay|consult|consultation|session|sessions|procedure|surgery|operation|op|treatment|therapy|labs?|lab work|"
    r"bloodwork|blood work|blood test|results?|test results?|scan|mri|ct|x-?rays?|ultrasound|biopsy|mammogram|pap|smear|colonoscopy|"
    r"chart|records?|file|diagnosis|prescription|refill|medication|meds|dose|dosage|injection|shot|filling|crown|root canal|implant|"
    r"extraction|cleaning|stitches|cast|wound|incision|scar|recovery|care plan|treatment plan|referral|bill|invoice|claim|copay|"
    r"balance|account|wait|waiting time|appointment|appt|check-?up|physical|exam|follow-?up|post-?op|ekg|ecg|a1c|cholesterol|"
    r"blood pressure|sugar levels|levels|swab|culture|vaccine|vaccination|jab|infusion|dialysis|chemo|radiation|physio|rehab|"
    r"bridge|denture|dentures|braces|aligners|retainer|veneers|implants|graft|tooth|teeth|knee|hip|shoulder|back)"
)

_EN = (
    OutRule("your_care", rf"\byour (?:(?:last|recent|previous|latest|next|upcoming|first|second|annual|yearly|new|latest|\w+-?day) )?{_CARE}\b",
            "speaks of the reader's own care, which implies they are a patient",
            ("addressed_to_an_audience", "conditional", "policy_statement", "care_elsewhere")),
    OutRule("as_discussed", r"\bas (?:we|i) (?:discussed|talked about|mentioned|said|agreed|went over)\b|\bas discussed\b|\blike we (?:discussed|talked about|said)\b",
            "refers back to a conversation with the reader, which implies care", ("addressed_to_an_audience",)),
    OutRule("saw_you", r"\b(?:when|since|after|before) (?:we|i|dr\.? \w+|the doctor|the team) (?:saw|examined|treated|met|spoke with|spoke to|operated on) you\b"
            r"|\b(?:we|i|dr\.? \w+) (?:saw|treated|examined|operated on|prescribed|referred|diagnosed|discharged|admitted|stitched|vaccinated|scanned) you\b",
            "says the practice saw or treated the reader", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("you_came_in", r"\byou (?:came in|come in|visited us|visited the (?:clinic|office|practice)|were in (?:clinic|the office|last)|were here|were seen|were treated|were examined|"
            r"were admitted|were discharged|stopped by|had to wait|waited|saw dr\.?|saw (?:me|us|the doctor|our)|missed your|no-?showed|cancell?ed your|were our patient|were my patient)\b",
            "says the reader came for care", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("is_a_patient", r"\b(?:you're|youre|you are|you were|you've been|youve been|is|was|are|were|has been|have been) (?:\w+ )?(?:one of )?(?:my|our|a current|a former|an existing|a) (?:patients?|clients?)\b",
            "says someone is or was a patient", ("conditional", "policy_statement")),
    OutRule("denial", r"\b(?:you(?:'ve| have)? (?:never|not) been (?:seen|a patient|treated|here|in)|you were never (?:a patient|seen|treated|here|in)|"
            r"(?:you're|you are|he is|she is|they are|this person is|the reviewer is) not (?:a|our|my) (?:patient|client)|we(?:'ve| have)? never (?:seen|treated) (?:you|this|him|her)|"
            r"(?:we )?(?:have|find|found|could find|can find) no record of (?:you|your|this|a visit)|no record of (?:you|your|this person|a visit))\b",
            "denies that someone is a patient, which discloses as much as confirming", ("conditional", "policy_statement")),
    OutRule("seeing_you", r"\b(?:great|good|nice|lovely|wonderful|a pleasure|a joy|so good|so nice) (?:to see|seeing|meeting|to meet|to have seen|having) you (?:at your|in clinic|at the (?:clinic|office|practice|surgery|appointment)|during your|today|yesterday|this morning|"
            r"last|again|the other day|for your|back|earlier)\b|\bthanks? (?:you )?(?:so much )?for (?:coming in|visiting us|choosing us for your|trusting us with your|being (?:such )?a (?:great )?patient)\b"
            r"|\bwelcome back\b|\bwe (?:missed|miss) you at\b|\bi remember (?:you|your (?:case|visit|story))\b|\b(?:look|looking) forward to seeing you (?:again|next|at your|back)\b",
            "thanks or greets the reader as someone who came for care", ("addressed_to_an_audience", "conditional")),
    OutRule("records_show", r"\b(?:our|your) (?:records|notes|chart|charts|files|system) (?:show|shows|indicate|indicates|say|says|confirm|confirms)\b|\baccording to (?:our|your) (?:records|chart|notes|file)\b"
            r"|\bwe(?:'ve| have)? (?:reviewed|checked|looked at|pulled|looked into|gone over|gone through) (?:your|the) (?:chart|records|file|account|visit|notes|case)\b",
            "refers to the reader's records", ("conditional", "policy_statement")),
    OutRule("glad_it_helps", r"\b(?:glad|happy|pleased|relieved|great|good) (?:to hear )?(?:that )?(?:the|your) (?:new )?(?:\w+ ){0,2}(?:is|are|has been|have been|seems to be) (?:helping|working|doing the trick|settling|healing|improving)\b"
            r"|\bhope (?:your|the) (?:recovery|surgery|procedure|op|extraction|treatment|healing|knee|hip|back|tooth|wound|stitches)\b",
            "follows up on the reader's treatment", ("addressed_to_an_audience", "conditional")),
    OutRule("because_patient", r"\b(?:because|since|as) you(?:'re|re| are) (?:currently )?(?:my|our|a) (?:patient|client)\b", "declines because the reader is a patient, which confirms it"),
    OutRule("experience_with", r"\byour (?:experience|time) (?:with (?:dr\.? \w+|us|our|the (?:doctor|team|hygienist|nurse|surgeon))|at (?:our|the) (?:clinic|office|practice|surgery))\b"
            r"|\bduring your (?:time|stay|visit) (?:with|at|here)\b",
            "speaks of the reader's experience of care here", ("conditional", "policy_statement")),
)

_ES = (
    OutRule("su_cuidado", r"\b(?:tu|su|tus|sus) (?:(?:ultima|proxima|anterior|primera|siguiente) )?(?:cita|consulta|visita|revision|tratamiento|operacion|cirugia|intervencion|analisis|"
            r"resultados?|estudios|radiografias?|ecografia|resonancia|biopsia|receta|medicacion|expediente|historia|historial|factura|limpieza|empaste|extraccion|implante|ortodoncia|"
            r"herida|puntos|recuperacion|sesion|sesiones|terapia|vacuna|dosis)\b",
            "habla de la atención del lector: implica que es paciente", ("addressed_to_an_audience", "conditional", "policy_statement", "care_elsewhere"), "es"),
    OutRule("como_hablamos", r"\bcomo (?:hablamos|comentamos|vimos|quedamos|te dije|le dije|te explique|le explique)\b", "se refiere a una conversación en consulta", ("addressed_to_an_audience",), "es"),
    OutRule("cuando_vino", r"\bcuando (?:viniste|vino|te vimos|lo vimos|la vimos|te atendimos|lo atendimos|la atendimos|estuviste|estuvo) \b|\b(?:te|lo|la) (?:atendimos|operamos|vimos|tratamos|recetamos)\b",
            "dice que el lector vino a consulta", ("addressed_to_an_audience", "conditional", "policy_statement"), "es"),
    OutRule("es_paciente", r"\b(?:eres|es|era|fue|ha sido|has sido|son) (?:\w+ )?(?:mi|nuestro|nuestra|nuestros|un|una) (?:paciente|pacientes)\b",
            "dice que alguien es o fue paciente", ("conditional", "policy_statement"), "es"),
    OutRule("negacion", r"\b(?:nunca|no) (?:ha sido|has sido|fue|fuiste|es|eres) (?:\w+ )?paciente\b|\bno (?:tenemos|hay|consta|encontramos) (?:ningun )?(?:registro|constancia|historial)\b|\bnunca (?:lo|la|te) (?:hemos )?(?:atendido|visto|atendimos|vimos)\b",
            "niega que alguien sea paciente, lo que también revela", ("conditional", "policy_statement"), "es"),
    OutRule("registros", r"\b(?:revisamos|hemos revisado|segun) (?:su|tu|nuestros|nuestro) (?:expediente|historia|historial|registros?|ficha)\b", "se refiere al expediente del lector", ("conditional", "policy_statement"), "es"),
    OutRule("gusto_verte", r"\b(?:que gusto|fue un gusto|un placer|me alegro de) (?:verte|verle|atenderte|atenderle|haberte visto|haberle visto)\b|\bgracias por (?:venir|visitarnos|confiar en nosotros para)\b",
            "saluda al lector como alguien que vino a consulta", ("addressed_to_an_audience",), "es"),
)



# Care words that, said to the reader or about a named person in a reply, follow up on their care.
_FOLLOW = (
    r"(?:rash|cough|cold|stitches|wound|scar|swelling|bruising|pain|knee|hip|shoulder|back|ankle|wrist|tooth|teeth|gums?|filling|crown|implant|"
    r"socket|dry socket|extraction|ear|eye|skin|mole|cast|brace|stoma|op|surgery|repair|replacement|infection|headaches?|migraines?|bloods|"
    r"tablets|pills|meds|medication|dose|inhaler|pump|patch|patches|drops|cream|injection|jab|antibiotics?|course|physio|exercises|stretches|"
    r"recovery|healing|numbness|soreness|twinges|result|results|night guard|retainer|aligners|dentures|hearing aids?|glasses|lenses|insulin|"
    r"sugar|levels|blood pressure|bp|diet|treatment|therapy|sessions?|lumbalgia|espalda|rodilla|herida|puntos|muela|diente|implante|tratamiento|"
    r"pastillas|medicacion|ejercicios|estiramientos|dolor|tos|recuperacion|cirugia|operacion|resultados|analisis)"
)

_MORE_EN = (
    OutRule("our_patient", r"\b(?:my|our) (?:very own |dear |dearest |favou?rite |longest-standing |longest standing |oldest |youngest |sweet |lovely |star |rehab |\w+ )?(?:patient|client)\b(?!s)"
            r"(?! (?:portal|experience|services?|liaison|line|care|advocate|coordinator|team|records?|safety|feedback|forms?|information|group|charter|survey|lounge|area|parking))",
            "calls someone our patient", ("policy_statement", "names_no_one")),
    OutRule("patients_like_you", r"\b(?:patients?|clients?) (?:like|such as) you\b|\bone of (?:those|my|our|the) (?:\w+ )?(?:patients|clients)\b(?! (?:who|that) (?:we|i) (?:never|don't))"
            r"|\b(?:such|a) (?:kind|lovely|great|brave|good|wonderful) patient\b|\bpatients? who (?:think|thinks|skip|skips|skipped|never|can't|cant|won't|wont)\b",
            "speaks of the reader as one of our patients", ("conditional", "names_no_one")),
    OutRule("counterfactual", r"\bif you (?:weren't|werent|were not|wasn't|stop being|stopped being|ever (?:switch|change|leave)) (?:my|our|a) (?:patient|client|practice|dentist|doctor)"
            r"|\bif you ever switch (?:practices|dentists|doctors|clinics)\b|\bwhen we(?:'re| are) (?:done|finished)\b|\bonce (?:you're|you are) (?:discharged|no longer my)",
            "says the reader would not be a patient if..., which confirms that they are"),
    OutRule("im_your", r"\b(?:i'm|i am|im|since i'm|as i'm|as your) (?:your |their |his |her )?(?:\w+'s |\w+s )?(?:dentist|doctor|gp|consultant|therapist|nurse|physio|surgeon|midwife|counsel+or|psychiatrist|psychologist|hygienist|optometrist|chiropractor|clinician|provider|care team)\b"
            r"|\bdoctor-?patient (?:thing|relationship|rules?)\b|\bbecause of (?:the|our) (?:whole )?(?:doctor|therapist|dentist|nurse)-?(?:patient|client)\b|\b(?:still|currently) (?:my|our) (?:patient|client)\b",
            "says the writer is the reader's clinician", ("conditional", "policy_statement")),
    OutRule("remember_you", r"\b(?:i|we) (?:still )?remember (?:you|treating|seeing|looking after|when you|your|him|her|that|the day|alfie|[a-z]+ (?:from|and his|and her))\b|\bhow (?:could|can) (?:i|we) forget\b"
            r"|\b(?:you're|you are|youre|aren't you|arent you|weren't you|werent you|oh you're) the (?:one|guy|lady|woman|man|girl|patient|gentleman) (?:who|that|with|from)\b"
            r"|\bwe remember\b|\bof course i remember\b|\bi remember\b(?=[!.,])",
            "recognises the reader from their care"),
    OutRule("glad_we_helped", r"\b(?:glad|happy|pleased|so glad|delighted) (?:we|i) (?:could|were able to|was able to|can) help\b|\bglad (?:we|i) could (?:sort|fix)\b"
            r"|\bthanks? (?:you )?(?:so much )?for (?:your patience|being so patient|bearing with us) (?:today|yesterday|this morning|on \w+day|during|while|at)\b"
            r"|\bthank you for (?:choosing|trusting) (?:us|me|our)\b(?! with this\b)|\b(?:glad|happy|so glad|great) (?:to hear )?you(?:'re| are) (?:happy|pleased|delighted|thrilled) with (?:the|your) (?:result|results|new|treatment|work|smile|care)\b"
            r"|\bworking on you\b|\bin (?:my|our|his|her) chair\b",
            "thanks the reader for coming in or for being helped", ("addressed_to_an_audience", "conditional")),
    OutRule("sorry_wait", r"\b(?:sorry|apologi[sz]e|apologies|regret) (?:that )?(?:you|your \w+|he|she|they) (?:were|was|had to|got|have been) (?:kept )?(?:waiting|wait|left waiting)\b"
            r"|\bsorry (?:for|about) (?:the|your) (?:long |lengthy )?(?:wait|delay)\b|\b(?:sorry|apologi[sz]e) (?:that )?(?:the|your) (?:\w+ ){0,3}(?:felt|was|were|seemed|hurt|went)\b"
            r"|\b(?:sorry|apologi[sz]e) (?:that )?you (?:had|got|felt|found|experienced) (?:a |an |such a )?(?:\w+ )?(?:visit|wait|experience|appointment|bill|charge|time with us|time here)\b"
            r"|\bsorry (?:that )?you(?:'re| are) still (?:feeling|having|in|getting)\b|\bsorry to hear (?:that )?the (?:\w+ )?(?:is|are|has) (?:back|still|worse)\b",
            "apologises for the reader's own visit, wait or treatment", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("follow_up", rf"\bhope (?:the|your|that|his|her) (?:new )?(?:\w+ ){{0,2}}{_FOLLOW}\b|\bhow(?:'s| is| are) (?:the|your|his|her) (?:new )?(?:\w+ )?{_FOLLOW}\b"
            rf"|\b(?:glad|happy|so glad|pleased|relieved|lovely|good|great|love) (?:to (?:hear|see|know) )?(?:that )?(?:the|your|his|her|\w+'s|\w+s) (?:new )?(?:\w+ ){{0,2}}{_FOLLOW} (?:is|are|has|have|was|were|cleared|settled|held|worked|looks?|seems?|healed|went)\b"
            rf"|\bsince (?:we|i) (?:started|stopped|changed|switched|put) (?:you|your|him|her)\b|\b(?:the|that) (?:\w+ )?(?:we|i) (?:gave|prescribed|fitted|started|put in|placed|did|took out|removed|sent) (?:you|him|her)\b"
            rf"|\b(?:look after|keep an eye on|take care of) (?:that|your|the) (?:new )?{_FOLLOW}\b|\bkeep (?:up|doing|using|taking|going with) (?:the|those|your|that) (?:\w+ )?(?:exercises|stretches|walking|drops|cream|tablets|meds|band|breathing|physio|routine)\b"
            rf"|\buntil we (?:review|see) you\b|\bwe(?:'ll| will) pick up where we left off\b|\bnext time (?:we meet|you're in|you come in|i see you)\b|\bour (?:work|conversations|sessions) (?:in sessions|together)\b|\bour sessions\b"
            rf"|\bthe (?:rash|pain|swelling|cough|bleeding|infection|headache) (?:is|'s) (?:back|still)\b|\bstill feeling (?:the |some )?(?:twinges|pain|sore|numb)",
            "follows up on the reader's (or their family's) treatment", ("addressed_to_an_audience", "conditional", "redirect", "care_elsewhere")),
    OutRule("results_in", r"\b(?:your |his |her |the )?(?:results?|bloods|labs|tests?|scan|swab|biopsy|smear|x-?ray|mri|culture|pregnancy test) (?:came back|(?:is|are|were|was) (?:in|back|positive|negative|normal|clear|fine|all clear))\b"
            r"|\b(?:they|it) came back (?:this|yesterday|today|fine|normal|clear|negative|positive|and)\b|\bnothing sinister\b",
            "tells the reader about their results", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("see_you_next", r"\bsee you (?:next time|at your next|at the next|soon|in clinic|both then|then|in (?:a|two|three|\d) (?:weeks?|months?)|at your (?:\w+ )?(?:visit|check|appointment|review|follow))\b"
            r"|\b(?:come|pop|bring (?:it|him|her)) (?:back )?(?:in|by) (?:and|so) (?:we|i)(?:'ll| will)\b|\bcome back (?:in |and see us )?(?:if|when|for|anytime|any time|soon)\b",
            "expects the reader back for care", ("addressed_to_an_audience", "conditional")),
    OutRule("third_party_care", r"\b(?:he|she|they|him|her)(?: was| were|'s|s| is| has been| had been) (?:brought in|in for|seen|admitted|discharged|in (?:clinic|today|yesterday|last)|coming in|booked in|doing (?:so much )?better)\b"
            r"|\b(?:looked after|treated|saw|operated on|delivered|examined|stitched up) (?:him|her|them) (?:last|this|yesterday|today|on)\b|\b(?:he|she) had (?:his|her) (?:\w+ )?(?:surgery|op|operation|bypass|procedure|scan|baby|delivery|replacement|repair)\b"
            r"|\btell (?:him|her|them|[a-z]+) (?:to (?:keep|call|come|stop|take|book|use|bring)|he can|she can|he needs|she needs|the (?:stitches|cast|results|bloods))\b"
            r"|\bsince (?:he|she|they) started (?:coming|seeing|on)\b",
            "speaks of another person's care at this practice", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("decline_patients", r"\b(?:can't|cant|cannot|don't|dont|do not|won't|wont|not) (?:add|accept|connect with|friend|follow) (?:\w+ ){0,3}?(?:patients|clients)\b"
            r"|\b(?:requests?|contacts?) from (?:patients|clients|(?:my|our) patients)\b|\bnot for patients\b|\bpatients' families\b",
            "declines because the reader is a patient, which confirms it", ("addressed_to_an_audience",)),
    OutRule("come_back", r"\bcome (?:back|by|in) (?:in |and see us |to see us )?(?:if|when|for|anytime|any time|so we|and we)\b|\bbring (?:it|him|her|them) (?:back )?(?:in|by)\b",
            "asks the reader to come back for more care (an \"if\" does not change that)", ("addressed_to_an_audience",)),
    OutRule("staff_dealings", r"\byou (?:were|was) (?:\w+ )?(?:rude|shouting|yelling|screaming|abusive|aggressive|amazing|brilliant|so brave|a star|a superstar|the best patient)\b"
            r"|\bthe way you (?:spoke|talked|treated|behaved)\b|\byou (?:screamed|shouted|yelled|swore) at (?:our|my|her|him|the)\b"
            r"|\b(?:this|the) (?:reviewer|person|patient|gentleman|lady|guy) (?:screamed|shouted|yelled|swore|cancell?ed|skipped|missed|showed up|turned up|arrived|was asked)\b"
            r"|\b(?:you|he|she) (?:turned up|showed up|left before|arrived|came in) (?:late|drunk|high|to|before|early|screaming|shouting)\b|\byou (?:did|were) (?:so )?(?:great|well|amazing|brilliant) (?:during|at|with|in)\b"
            r"|\b(?:all )?(?:those|our|your) (?:appointments|sessions|visits|check-?ups)\b(?! (?:are|can|should|will|must))",
            "recounts the reader's dealings with the practice", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("ward_talk", r"\b(?:in|from|on) (?:bed|room|cubicle|bay|ward|station|resus|theatre) \d+\b|\bbed \d+\b"
            r"|\bthe (?:one|guy|lady|woman|man|girl|gentleman|bloke|chap|kid) (?:who (?:came|comes|was) in|with the|in (?:bed|room|cubicle|bay)|from (?:bed|room|this morning))\b"
            r"|\b(?:he|she|they)(?:'s| is| was|s)? (?:in|back) (?:\d+|two|three|four|five) times\b|\b(?:he|she)(?:'s| is) back\b|\bis back, brace\b"
            r"|\b(?:who|that) (?:came|comes) in (?:on |last |this |yesterday|today|every|with)\b",
            "talks about a particular patient in the clinic", ("addressed_to_an_audience", "general_statement")),
    OutRule("family_care", rf"\byour (?:mum|mom|mam|dad|mother|father|husband|wife|son|daughter|boy|girl|little (?:boy|girl|one)|baby|brother|sister|partner|grandma|gran|grandad|grandpa|nan|kid|child)(?:'s|s)? (?:\w+ ){{0,2}}{_FOLLOW}\b"
            r"|\byour (?:mum|mom|dad|mother|father|husband|wife|son|daughter|brother|sister|partner|friend \w+)(?:'s|s)? (?:been|a legend|doing|coming|signed up|booked)\b",
            "speaks of the reader's relative's care here", ("addressed_to_an_audience", "conditional", "policy_statement")),
    OutRule("new_kit", r"\bthe new (?:\w+ ){0,2}(?:tablets|pills|meds|medication|inhaler|insulin pump|pump|dose|patches|night guard|retainer|dentures|brace|crown|filling|implant|hearing aids?|coil)\b",
            "refers to treatment the reader was given", ("addressed_to_an_audience", "conditional", "policy_statement", "redirect")),
    OutRule("on_file", r"\bwe have (?:your|you|the) (?:\w+ ){0,3}on (?:file|record)\b|\bno (?:appointment|visit|record|booking)s? (?:under|for|in) (?:your|that) name\b"
            r"|\byour name(?:'s| is)? not (?:on|in) our (?:list|system|records|books)\b|\b(?:service|care|treatment)s? you received\b|\byour (?:third|fourth|second|\d+(?:st|nd|rd|th)) (?:fake |bad )?review\b",
            "refers to what the practice holds about the reader", ("conditional", "policy_statement")),
)

_MORE_ES = (
    OutRule("eres_paciente", r"\b(?:eres|sos|es|seas|fue|fuiste|era|eras|siendo|ser) (?:\w+ )?paciente\b(?!s)|\bpaciente (?:mia|mio|nuestr[oa]|del consultorio|de la clinica|de la doctora|del doctor|de la consulta)\b"
            r"|\b(?:mi|nuestr[oa]) paciente\b(?!s)|\bpacientes (?:de mi|del|de la) (?:consulta|consultorio|clinica)\b|\bno acepto (?:\w+ ){0,2}pacientes\b|\bpacientes como (?:usted|tu|vos)\b",
            "dice que alguien es paciente", ("conditional", "policy_statement"), "es"),
    OutRule("dejar_de_ser", r"\bsi (?:dejas|dejaras|dejases|deja|dejara|dejaran) de ser (?:mi|nuestr[oa]|su|tu) paciente\b|\b(?:este|esta|ese|esa|aquel|aquella) paciente\b(?!s)",
            "habla del lector o de alguien como paciente", (), "es"),
    OutRule("vuelve_es", r"\b(?:vuelve|vuelva|vuelves|ven|venga|vente) (?:\w+ )?(?:y te|y le|que te|que le|a consulta|a vernos)\b|\bme (?:lo|la) (?:trae|traes|traiga|traigas)\b|\bte (?:repasamos|reviso)\b",
            "pide al lector que vuelva a consulta", ("addressed_to_an_audience",), "es"),
    OutRule("te_recuerdo", r"\bcomo olvidar(?:te|le|la|lo)\b|\bya se quien (?:eres|sos|es)\b|\bme acuerdo de (?:ti|usted|vos|tu|su)\b|\b(?:eres|sos|es usted) (?:el|la) (?:que|del|de la)\b",
            "reconoce al lector por su atención", (), "es"),
    OutRule("seguimiento", r"\b(?:me alegra|que alegria|me alegro de|que bien) (?:que|de que|saber que) (?:la|el|tu|su|los|las) (?:\w+ ){0,2}(?:haya|hayan|este|esten|vaya|vayan|siga|sigan|quedo|quedara)\b"
            r"|\b(?:siga|sigue|seguir|sigas|siguen) con (?:la|el|los|las) (?:\w+ )?(?:como|que) (?:la|lo|te|le) (?:dejamos|indique|recete|dijimos)\b|\bcomo (?:la|lo|te|le) dejamos\b"
            r"|\b(?:te|le) mando la receta\b|\b(?:te|le) (?:revisamos|quitamos|ajustamos)\b|\b(?:el|la|tu|su) \w+ quedo (?:precios[oa]|perfect[oa]|genial|muy bien|bien)\b"
            r"|\bse te echa de menos\b|\bvienes mas a menudo\b|\bcomo va (?:la|el|tu|su) \w+\b|\bsalio (?:\w+ )?(?:negativo|positivo|normal|bien|gastritis|todo)\b|\btodo (?:sale|salio) (?:normal|bien)\b|\bya (?:estan|salieron) (?:los resultados|tus|sus)\b",
            "hace seguimiento del tratamiento del lector", ("addressed_to_an_audience", "conditional"), "es"),
    OutRule("espera_es", r"\b(?:lamentamos|sentimos|siento|perdon por) (?:\w+ )?(?:que|la) (?:\w+ ){0,3}(?:espera|esperar|esperara|esperaras|esperase|la atencion|su visita|tu visita|su cita|tu cita)\b",
            "se disculpa por la visita o la espera del lector", ("addressed_to_an_audience", "conditional", "policy_statement"), "es"),
    OutRule("nos_vemos", r"\bnos vemos (?:en la|en su|en tu|el|la|pronto|en consulta|en el turno)\b|\b(?:te|le) veo (?:el|la|en|manana|pronto)\b|\bvuelve(?:s)? (?:a consulta|si|cuando|y te|que te)\b|\bvente (?:manana|el|a las|hoy)\b",
            "espera al lector en consulta", ("addressed_to_an_audience", "conditional"), "es"),
)


#: in a declined connection request, naming patients at all says why: the reader is one


#: a person's own care: a procedure, condition, result or medicine (not the practice, not a public clinic)
_PERSONAL_CARE = re.compile(fold_pattern(
    r"\b(?:surgery|op|operation|pre-?op|post-?op|repair|replacement|bypass|mastectomy|section|delivery|birth|labou?r|epidural|biopsy|scan|x-?ray|mri|"
    r"bloods|blood test|a1c|inr|results?|injection|jab|vaccine|filling|fillings|cavity|cavities|crown|implant|extraction|root canal|braces|retainer|"
    r"cleaning|check|check-?up|appointment|session|sessions|therapy|rehab|physio|treatment|diagnosis|infection|pneumonia|fracture|stitches|cast|"
    r"stoma|dialysis|chemo|insulin|pump|tablets|meds|medication|prescription|dose|allergy|asthma|diabetes|cancer|tumou?r|stroke|heart attack|"
    r"copd|crohn's|dementia|memory|hip|knee|acl|menisco|operacion|cirugia|parto|tratamiento|resultados|analisis|consulta|revision|sesion|sesiones|"
    r"terapia|puntos|brackets|implante|empaste|insulina|tension|azucar|colesterol|epoc|fisio|ortodoncia|recovering|recovery|discharged|admitted)\b"
))


class RelationshipDetector(OutgoingDetector):
    name = "relationship"
    version = "2"
    finding = Finding.RELATIONSHIP_CONFIRMATION
    rules = (*_EN, *_MORE_EN, *_ES, *_MORE_ES)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        if found.evidence:
            return found
        care = _PERSONAL_CARE.search(ctx.text)
        if care and singles_out_someone(ctx) and not any(
            self._excuses[name](ctx, care.start(), care.end()) for name in ("conditional", "policy_statement", "redirect", "care_elsewhere")
        ):
            self._add(ctx, found, care.start(), care.end(), "names or points at a person together with their care, which says they are a patient", "named_with_care")
            return found
        for ws, we, a, b in appointment_mentions(ctx):
            if self._excuses["conditional"](ctx, ws, we) or self._excuses["policy_statement"](ctx, ws, we):
                continue
            self._add(ctx, found, a, b, "gives someone's appointment or visit date, which confirms they are a patient", "dated_care")
            break
        return found

    def _add(self, ctx: DraftCtx, found: Found, start: int, end: int, reason: str, rule_id: str) -> None:
        a, b = ctx.original_span(start, end)
        found.evidence.append(self.evidence(a, b, ctx.draft.text[a:b], reason, rule_id))


__all__ = ["RelationshipDetector"]
