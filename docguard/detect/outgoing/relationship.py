"""relationship_confirmation: the draft says or implies that the reader (or a named person) is or was a patient.

HHS has fined practices for review replies that did no more than this. A denial ("you were
never seen here") discloses too. Second-person care words are excused in a post, where "your"
means any reader, and in a statement of the practice's policy ("we never confirm whether...").
"""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

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
            ("addressed_to_an_audience", "conditional", "policy_statement")),
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
    OutRule("seeing_you", r"\b(?:great|good|nice|lovely|wonderful|a pleasure|a joy|so good|so nice) (?:to see|seeing|meeting|to meet|to have seen|having) you (?:at|in|during|today|yesterday|this morning|"
            r"last|again|the other|for your|back|earlier)\b|\bthanks? (?:you )?(?:so much )?for (?:coming in|visiting us|choosing us for your|trusting us with your|being (?:such )?a (?:great )?patient)\b"
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
            "habla de la atención del lector: implica que es paciente", ("addressed_to_an_audience", "conditional", "policy_statement"), "es"),
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


class RelationshipDetector(OutgoingDetector):
    name = "relationship"
    version = "1"
    finding = Finding.RELATIONSHIP_CONFIRMATION
    rules = (*_EN, *_ES)


__all__ = ["RelationshipDetector"]
