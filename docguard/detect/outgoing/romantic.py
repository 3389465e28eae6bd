"""romantic: flirtatious, suggestive or personal-relationship language from the clinician's side.

Compliments on looks or body, invitations out, moving to a private channel, affection, relationship
status, "once you're no longer my patient..." and suggestive emoji (a kiss, a smirk). A bare wink
or heart is warmth, not flirting, and "precioso" about an implant is a result, not a person: those
count only beside other romantic language (they are kept as evidence then).
"""

from __future__ import annotations

from docguard.detect.outgoing.base import DraftCtx, Found, OutgoingDetector, OutRule
from docguard.taxonomy import Finding

_LOOKS = (
    r"(?:beautiful|gorgeous|stunning|cute|hot|sexy|handsome|pretty|attractive|adorable|irresistible|charming|dreamy|"
    r"a (?:snack|babe|dime|cutie|catch|stunner|knockout|smokeshow|total catch))"
)

_EN = (
    OutRule("looks", rf"\b(?:you're|youre|you are|ur|u r|you look|you looked|you looking|you're looking|youre looking|you were|lookin|looking) (?:so |really |very |truly |absolutely |incredibly |super |especially |amazing and |extra |just )?{_LOOKS}\b"
            r"|\b(?:you|u) (?:looked|look) (?:great|amazing|stunning|incredible|good|fantastic|gorgeous|hot) (?:in|at|last|today|tonight|yesterday)\b"
            r"|\b(?:you're|youre|you are) (?:the|my) (?:most (?:charming|beautiful|gorgeous|attractive|handsome|stunning)|cutest|hottest|prettiest|best-looking)\b"
            r"|\b(?:most|so) (?:gorgeous|beautiful|attractive|handsome|sexy|hot|stunning) (?:patient|client|man|woman|guy|girl|lady|person)\b"
            r"|\bpatients (?:look|looked) like you\b|\bthe cutie (?:in|at|from the)\b",
            "comments on someone's looks", ("negated",)),
    OutRule("features", r"\b(?:love|loved|adore|obsessed with|can't stop looking at|cant stop looking at) your (?:smile|eyes|hair|body|legs|lips|outfit|dress|figure|curls|voice|laugh)\b"
            r"|\byou(?:'ve| have)(?: got)? (?:a |the )?(?:beautiful|gorgeous|lovely|amazing|best|great|pretty|nice|stunning|perfect|killer|cutest|prettiest|sexiest|most beautiful) (?:smile|eyes|body|legs|hair|lips|figure|laugh|voice|back|bum|butt|arms)\b"
            r"|\byour (?:smile|eyes|body|laugh|voice) (?:makes|made|make|lights|lit) (?:my|me|the)\b",
            "compliments someone's body or features"),
    OutRule("invite", r"\b(?:we|you and i|you and me|you & i|u and me) should (?:\w+ )?(?:grab|get|have|go for) (?:a |some )?(?:drink|drinks|coffee|dinner|lunch|a bite|brunch|a date|together)\b"
            r"|\b(?:wanna|want to|would you like to|care to|let's|lets|how about we|fancy) (?:\w+ )?(?:grab|get|go (?:out|for)|have|meet (?:up )?for) (?:a |some )?(?:drink|drinks|coffee|dinner|lunch|date|out|a bite|brunch)\b"
            r"|\b(?:go out|dinner|drinks|a drink|coffee|a date) with me\b|\b(?:meet|see) (?:you|u) (?:outside (?:of )?(?:work|the (?:clinic|office))|after (?:hours|work|my shift)|privately|off the record)\b"
            r"|\bcome (?:see|visit) me (?:after hours|at home|privately|tonight)\b|\bi'd love to (?:see|take|get to know) you (?:outside|privately|sometime|better|out|somewhere)\b"
            r"|\b(?:take|taking) you (?:out|to dinner|for (?:a )?(?:drink|drinks|dinner|coffee))\b|\b(?:let me|i'd love to|i want to|i'll) take you (?:out|to)\b"
            r"|\bmaybe (?:coffee|drinks|a drink|dinner)\b|(?:^|[.!?] |\bfancy (?:a )?|\bhow about )(?:coffee|drinks|dinner|a drink)(?: this week| sometime| tonight| this weekend| next time)?\?"
            r"|\bi know a (?:great|nice|lovely|cute|little) (?:wine bar|bar|restaurant|cafe|spot|place)\b"
            r"|\b(?:i'm|im|i am) free (?:this |on )?(?:(?:friday|saturday|sunday) night|tonight)\b|\b(?:i'm|im|i am) off (?:this |on )?(?:(?:friday|saturday|sunday) )?(?:night|tonight|weekend) if you\b"
            r"|\bif you(?:'re| are)? ever (?:free|around|bored|lonely|single)\b|\byou should(?:'ve| have) come\b|\bfinish that conversation\b"
            r"|\bsomewhere (?:that isn't|that's not|other than|more private|quieter)\b|\btake this (?:conversation )?somewhere\b"
            r"|\bmeet (?:up )?(?:after (?:my shift|work|hours)|outside (?:of )?(?:work|the clinic|the office))\b|\bjust (?:us two|the two of us|you and me|you and i)\b",
            "asks someone out or to meet privately", ("negated",)),
    OutRule("private_contact", r"\b(?:dm|text|message|call|ring|whatsapp|snap) me (?:sometime|anytime|later|tonight|privately|on my personal|at my personal|on my cell|on my private)\b"
            r"|\b(?:my|here's my|heres my) (?:personal|private) (?:number|cell|phone|mobile|whatsapp|snap|snapchat|email|insta)\b|\bmy (?:cell|whatsapp|snap|number)(?: is|'s)\b"
            r"|\b(?:follow|add|find|message|dm) (?:me on )?my (?:personal|private|other|secret) (?:account|insta|page|profile)\b"
            r"|\bslide into my dms\b|\b(?:love|want|get|have|need) your (?:number|digits)\b"
            r"|\bcall me emj(?:kis|love|wink|smirk|heart|hearts)\b|\bi'd follow you anywhere\b",
            "moves the conversation to a private, personal channel", ("negated", "policy_statement")),
    OutRule("affection", r"\b(?:i (?:miss|missed|am missing|keep thinking about|can't stop thinking about|cant stop thinking about|think about|always think about|will be thinking about|'ll be thinking about) you|thinking of you (?:babe|hun|gorgeous|xx|emjkiss)|"
            r"i'll be thinking about you|ill be thinking about you|can't stop thinking about you|cant stop thinking about you|xoxo|kisses|hugs and kisses|sweet dreams|our date night|our little secret|just between (?:us|you and me)|"
            r"miss you already|miss you so much|miss seeing you(?! all)|crush on you|swept you off your feet|sweep you off your feet|"
            r"for you\? always|anytime for you|a date with me)\b"
            r"|\b(?:hi|hey|thanks|thank you|night|morning|bye|sorry|send me a pic) (?:beautiful|gorgeous|handsome|babe|baby|sweetheart|darling|cutie|sexy)\b"
            r"|, (?:handsome|gorgeous|sweetheart|babe|cutie|sexy)\b(?! day)|\bbabe\b",
            "uses affectionate or suggestive language", ("negated",)),
    OutRule("suggestive_emoji", r"\bemj(?:kis|smirk|sexual)\b", "sends a kiss, a smirk or a sexual emoji"),
    OutRule("single", r"\b(?:are you|r u|you) (?:single|seeing anyone|taken|free this (?:weekend|friday|saturday|evening)|married)\b(?!-)|\b(?:i'm|im|i am|he's|hes|she's|shes) (?:single|divorced now|available)\b(?!-)",
            "asks about or offers relationship status"),
    OutRule("after_care", r"\bif you (?:weren't|werent|were not|wasn't) my (?:patient|client|dentist|doctor)\b|\bif you (?:ever )?(?:switch|change|leave) (?:practices|dentists|doctors|clinics)\b"
            r"|\b(?:now that|once|when) you(?:'re| are)? (?:discharged|no longer my (?:patient|client)|not my (?:patient|client))\b.{0,60}?\b(?:finally|say it|drinks?|text me|call me|date|dinner)\b"
            r"|\bmaybe one day when (?:we're|were|we are) done\b|\bafter that,? who knows\b|\bwhen (?:we're|we are) (?:done|finished) with (?:your )?(?:treatment|sessions|therapy)\b",
            "suggests a personal relationship once care ends"),
)

_ES = (
    OutRule("guapa", r"\b(?:eres|estas|te ves|te veias|sos) (?:muy |tan |re |super |bien )?(?:guapa|guapo|guapisima|guapisimo|hermosa|hermoso|linda|lindo|bella|bello|preciosa|precioso|sexy|bonita|bonito|atractiva|atractivo|divina|divino)\b"
            r"|\bque (?:guapa|guapo|guapisima|guapisimo|hermosa|hermoso|sexy)(?= *(?:[!.,?]|$|eres|estas|te ves|emj))|\bcon lo (?:guapa|guapo|linda|lindo|bonita|hermosa|hermoso) que eres\b"
            r"|\b(?:hola|gracias|adios|chao|chau) (?:guapa|guapo|hermosa|preciosa|bombon|reina|guapisima)\b|, (?:guapa|guapo|preciosa|hermosa|bombon)\b|\bbombon\b",
            "comenta el físico o usa apelativos afectuosos", ("negated",), "es"),
    OutRule("invitacion", r"\b(?:tomemos|vamos por|vamos a tomar|nos vamos a tomar|te invito a|te invito un|quedamos para|quedamos a|salgamos a|me invitas a|me aceptas un) (?:un |una |algo|a )?(?:cafe|algo|copa|cena|cenar|trago|una cerveza|salir|tomar)\b"
            r"|\b(?:escribeme|llamame|mandame un mensaje|te escribo|te paso mi numero|escribime) (?:al movil personal|al (?:numero|telefono|cel|celular|movil) personal|a mi (?:numero|telefono|cel|celular|movil) personal|por privado|al privado)\b"
            r"|\bmi (?:numero|cel|celular|movil|whatsapp) personal\b|\b(?:al|el) movil personal\b",
            "invita a alguien a salir o a un canal personal", ("negated",), "es"),
    OutRule("afecto", r"\b(?:te extrano|te echo de menos|se te echa de menos|pienso en ti|no dejo de pensar en ti|besos|besitos|muak|un beso)\b"
            r"|\b(?:si|cuando) (?:dejas|dejes) de ser (?:mi|nuestra) paciente\b",
            "usa lenguaje afectuoso o sugerente", ("negated",), "es"),
)

# Warm emoji (a wink, hearts, heart eyes): evidence only beside other romantic language.
_WARM = OutRule("warm_emoji", r"\bemj(?:wink|love|hearts|fire|rose)\b", "a warm emoji beside romantic language")


class RomanticDetector(OutgoingDetector):
    name = "romantic"
    version = "2"
    finding = Finding.ROMANTIC
    rules = (*_EN, *_ES, _WARM)

    def refine(self, ctx: DraftCtx, found: Found) -> Found:
        if all(e.detector.endswith("/warm_emoji") for e in found.evidence):
            found.evidence = []
        return found


__all__ = ["RomanticDetector"]
