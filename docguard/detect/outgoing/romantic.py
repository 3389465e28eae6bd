"""romantic: flirtatious, suggestive or personal-relationship language from the clinician's side."""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

_LOOKS = r"(?:beautiful|gorgeous|stunning|cute|hot|sexy|handsome|pretty|attractive|fine|fit|adorable|irresistible|a (?:snack|babe|dime|cutie|catch|stunner|knockout|smokeshow))"

_EN = (
    OutRule("looks", rf"\b(?:you're|youre|you are|ur|u r|you look|you looked|you looking|you're looking|youre looking|you were|lookin|looking) (?:so |really |very |truly |absolutely |incredibly |super |especially |amazing and |extra )?{_LOOKS}\b"
            r"|\b(?:you|u) (?:looked|look) (?:great|amazing|stunning|incredible|good|fantastic) (?:in|at|last|today|tonight|yesterday)\b",
            "comments on someone's looks", ("negated",)),
    OutRule("features", r"\b(?:love|loved|adore|obsessed with|can't stop looking at|cant stop looking at) your (?:smile|eyes|hair|body|legs|lips|outfit|dress|figure|curls|voice|laugh)\b"
            r"|\byou have (?:a |the )?(?:beautiful|gorgeous|lovely|amazing|best|great|pretty|nice|stunning|perfect|killer|cutest) (?:smile|eyes|body|legs|hair|lips|figure|laugh|voice)\b",
            "compliments someone's body or features"),
    OutRule("invite", r"\b(?:we|you and i|you and me|you & i|u and me) should (?:\w+ )?(?:grab|get|have|go for) (?:a |some )?(?:drink|drinks|coffee|dinner|lunch|a bite|brunch|a date|together)\b"
            r"|\b(?:wanna|want to|would you like to|care to|let's|lets|how about we|fancy) (?:\w+ )?(?:grab|get|go (?:out|for)|have|meet (?:up )?for) (?:a |some )?(?:drink|drinks|coffee|dinner|lunch|date|out|a bite|brunch)\b"
            r"|\b(?:go out|dinner|drinks|a drink|coffee) with me\b|\b(?:meet|see) (?:you|u) (?:outside (?:of )?(?:work|the (?:clinic|office))|after (?:hours|work|my shift)|privately|off the record)\b"
            r"|\bcome (?:see|visit) me (?:after hours|at home|privately|tonight)\b|\bi'd love to (?:see|take|get to know) you (?:outside|privately|sometime|better|out)\b",
            "asks someone out or to meet privately", ("negated",)),
    OutRule("private_contact", r"\b(?:dm|text|message|call|ring|whatsapp|snap) me (?:sometime|anytime|later|tonight|privately|on my personal|at my personal|on my cell|on my private)\b"
            r"|\b(?:my|here's my|heres my) (?:personal|private) (?:number|cell|phone|whatsapp|snap|email|insta|account)\b|\bmy (?:cell|whatsapp|snap) is\b",
            "moves the conversation to a private, personal channel", ("negated", "policy_statement")),
    OutRule("affection", r"\b(?:i (?:miss|missed|am missing|keep thinking about|can't stop thinking about|cant stop thinking about|think about) you|thinking of you (?:babe|hun|gorgeous|xx|emjkiss)|"
            r"can't stop thinking about you|cant stop thinking about you|xoxo|kisses|emjkiss|hugs and kisses|sweet dreams|date night|our little secret|just between (?:us|you and me))\b"
            r"|\b(?:hi|hey|thanks|thank you|night|morning|bye) (?:beautiful|gorgeous|handsome|babe|baby|sweetheart|sweetie|darling|hun|honey|cutie|sexy|love)\b"
            r"|\bemj(?:kiss|love|hearts|wink|smirk|fire)\b",
            "uses affectionate or suggestive language", ("negated",)),
    OutRule("single", r"\b(?:are you|r u|you) (?:single|seeing anyone|taken|free this (?:weekend|friday|saturday|evening)|married)\b|\b(?:i'm|im|i am) (?:single|divorced now|available)\b",
            "asks about or offers relationship status"),
)

_ES = (
    OutRule("guapa", r"\b(?:eres|estas|estás|te ves|te veias|que) (?:muy |tan |re |super |bien )?(?:guapa|guapo|hermosa|hermoso|linda|lindo|bella|bello|preciosa|precioso|sexy|bonita|bonito|atractiva|atractivo|divina|divino)\b"
            r"|\b(?:hola|gracias|adios|chao) (?:guapa|guapo|hermosa|preciosa|linda|bonita|mi amor|carino|corazon|reina|bombon)\b|\bmi amor\b|\bbombon\b",
            "comenta el físico o usa apelativos afectuosos", ("negated",), "es"),
    OutRule("invitacion", r"\b(?:tomemos|vamos por|vamos a tomar|te invito a|te invito un|quedamos para|salgamos a) (?:un |una |algo|a )?(?:cafe|algo|copa|cena|cenar|trago|una cerveza|salir)\b"
            r"|\b(?:escribeme|llamame|mandame un mensaje) (?:a mi (?:numero|telefono|cel|celular|movil) personal|por privado|al privado)\b|\bmi (?:numero|cel|celular|movil|whatsapp) personal\b",
            "invita a alguien a salir o a un canal personal", ("negated",), "es"),
    OutRule("afecto", r"\b(?:te extrano|te echo de menos|pienso en ti|no dejo de pensar en ti|besos|besitos|muak|un beso)\b", "usa lenguaje afectuoso o sugerente", ("negated",), "es"),
)


class RomanticDetector(OutgoingDetector):
    name = "romantic"
    version = "1"
    finding = Finding.ROMANTIC
    rules = (*_EN, *_ES)


__all__ = ["RomanticDetector"]
