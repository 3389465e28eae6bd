"""Connection requests: friend, follow or connection requests, personal numbers, meeting as friends.

Every ``friend_request`` item is one, whatever its text (often empty), unless it is a spam
account's request (crypto mentors, follower sellers, "see my private pics"): that is spam.

Four ideas, in English and Spanish: a friend/follow/connection request ("add me", "can we
follow each other?"), a request for a personal number or account ("what's your snap?"), an
invitation to socialise (a party, a game night, Sunday lunch with the family, "as friends"),
and a professional networking note ("would love to connect"). An invitation that comes with
words of romantic interest is left to the romantic detector: that is a date, not friendship.
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.detect.inbound.spam import looks_like_spam
from docguard.results import Evidence, Suppression
from docguard.taxonomy import Category, Kind
from docguard.text.normalise import fold_pattern

_S = ("negated", "general_question")
_GQ = ("general_question",)

_NET = (
    r"(?:facebook|fb|insta|instagram|ig|linkedin|snap|snapchat|tiktok|twitter|x|threads|bereal|discord|whatsapp|telegram|"
    r"signal|strava|here|on here|this app|face)"
)
_PERSONAL_APP = r"(?:snap|snapchat|discord|bereal|telegram|signal|whatsapp|strava|kik|wechat|line)"
_CONTACT = (
    r"(?:number|phone number|phone|cell|cell number|digits|whatsapp|e-?mail|email address|snap|snapchat|telegram|signal|discord|"
    r"insta|instagram|ig|facebook|fb|@|handle|account|page|profile|socials)"
)
_EVENT = (
    r"(?:party|parties|bbq|barbecue|cookout|picnic|potluck|wedding|birthday|housewarming|house warming|game night|games night|"
    r"book club|club|group|league|pickleball|tennis|golf|chess|poker|bridge|hike|hiking|bike ride|"
    r"gym|work ?out|yoga|festival|concert|playdate|play date|dinner party|sunday lunch|sunday dinner|family dinner|"
    r"(?:my|our) (?:house|home|place)|neighbou?rhood|group chat|game|match)"
)

RULES = (
    Rule(
        "follow_request",
        rf"\b(?:add|follow|friend) me\b(?! (?:for|to get|to see|to learn|to win)\b| to (?:the|a|your|my) (?:\w+ )?(?:list|waitlist|wait list|schedule|cancellation list|portal|account|chart|appointment))|\bfollow (?:me )?back\b|\bfollow each other\b|\bmutual follow"
        rf"|\b(?:sent|sending|send|sent over) (?:you )?(?:a |an |my )?(?:friend |follow |connection )?(?:request|invite|invitation|follow)\b"
        rf"|\b(?<!for )accept (?:my|the|this) (?:friend |follow |connection )?(?:request|invite|invitation|friend)\b|\bwould you accept (?:my|the|this)"
        rf"|\b(?:requested|request|asked) to follow\b|\b(?:don't|dont|do not|not) mind (?:the|my) (?:friend |follow |connection )?request|\b(?:can|could|may) (?:i|we) (?:connect|be friends|follow (?:you|u|your))\b(?! (?:my|the|your|it|this|that|to)\b)"
        rf"|\b(?:love|like|want|wanna|hoping|hope) to (?:follow|add) (?:you|u)\b|\b(?:add|adding) (?:you|u)\b(?! (?:to (?:the|our) (?:list|waitlist|schedule|chart|email list|mailing list)))"
        rf"|\b(?:be|become|stay|get to be) (?:\w+ )?friends\b|\bfriends (?:outside|on {_NET}|here too|online)\b|\b(?:facebook|fb|insta|instagram|ig|online|linkedin) friends\b"
        rf"|\bfollow (?:you|u) (?:there|on {_NET}|back|too)\b|\b(?:just |i )?followed (?:you|u)\b(?! (?:to|home|from|around|into)\b)|\bfollowed\b(?=\W*$)|\bfollowed!",
        "asks to connect personally",
        _S,
    ),
    Rule(
        "personal_contact",
        rf"\b(?:your|ur) (?:personal|private|own|real|other|non-?work|cell|direct|home|finsta|main) (?:phone |cell )?{_CONTACT}\b(?=[^.!]{{0,40}}\?)"
        rf"|\b(?:what'?s|what is|whats|(?:can|could|may) i (?:just |please )?(?:get|have)|give me|send me|dm me|text me|drop|pass me|share) (?:your|ur) (?:(?:personal|private|cell|own|direct|home|real|other) )*(?:(?:number|cell|digits|snap\w*|handle|insta\w*|ig|whatsapp|telegram|signal|discord|e-?mail|socials|phone)\b|@)"
        rf"|\b(?:do|does) (?:you|u|the doctor|dr\.? \w+) have (?:a |an )?(?:personal|private|non-?work|own) (?:\w+ )?(?:account|page|profile|{_CONTACT})\b"
        rf"|\bis there (?:a |an )?(?:personal|private) (?:\w+ )?(?:account|page|profile|{_CONTACT})\b"
        rf"|\b(?:account|page|profile|{_CONTACT}) (?:for yourself|of your own|that's (?:just )?yours)\b|\bhere'?s my (?:personal )?(?:number|cell|email|snap|whatsapp|insta|ig)\b|\bmy (?:number|cell) is \+?\d"
        r"|\b(?:text|call|whatsapp) me (?:sometime|anytime|whenever)\b|\b(?:message|text|call|dm|add|reach) (?:you|u) on (?:whatsapp|snap\w*|telegram|signal|insta\w*|facebook|fb|messenger|discord)\b(?!.{0,40}\b(?:appointments?|refill|results?|prescription|bill|booking|records|cita|receta)\b)|\bmy (?:number|cell|whatsapp) is (?:in|on) my (?:profile|bio)"
        rf"|\bare (?:you|u) on {_PERSONAL_APP}\b|\b(?:text|call|whatsapp|message|add|hit) me (?:up )?(?:at|on) (?:{_NET}|\+?\d)",
        "asks for a personal number or account",
        _S,
    ),
    Rule(
        "social_invite",
        rf"\b(?:would|will|do|could) (?:you|u|y'all|you guys) (?:and your (?:family|wife|husband|partner|kids) )?(?:like|want|wanna|care|be up for|be interested in|be free|fancy)\b.{{0,50}}?\b{_EVENT}\b"
        rf"|\b(?:you|u) (?:and your (?:family|wife|husband|partner|kids) )?should (?:come|join|totally come|drop by)\b"
        rf"|\b(?:come|coming) (?:over|to (?:my|our) \w+|for (?:sunday |a )?(?:lunch|dinner|bbq|barbecue|brunch))\b|\bhave (?:you|u) over\b|\bjoin (?:us|our (?:\w+ )?{_EVENT})\b"
        rf"|\b(?:love|like) (?:it )?if (?:you|u) (?:came|come|could come|joined|could join)\b|\b(?:invite|inviting) (?:you|u) (?:and your \w+ )?(?:to|for) (?:my|our|a|the) (?:\S+ ){{0,3}}?{_EVENT}"
        rf"|\b(?:we (?:could|should)|maybe we (?:can|could)) (?!(?:discuss|talk|review|go over|decide|figure|try|look|work(?! ?out)|plan|make|come up)\b)(?:\w+ ){{0,3}}?(?:together|sometime)\b(?!.{{0,30}}\b(?:visit|appointment|treatment|plan)\b)|\b(?:grab|get|have|go for|meet for|meet up for) (?:a )?(?:coffee|lunch|brunch|tea|a bite|breakfast)\b(?! (?:with (?:my|the) (?:team|staff)|meeting))|\b(?:playdate|play date|hang out|get together|meet up|catch up sometime)\b(?! (?:with|and) (?:the|our|your) (?:team|staff|committee|residents|department))"
        rf"|\byou and your (?:family|wife|husband|kids|partner|spouse|crew|girls|boys) (?:are|would be|'re) (?:\w+ )?welcome|\bfancy (?:a |an |some )?(?:\S+ ){{0,3}}?{_EVENT}\b"
        rf"|\b(?:our|both|the two of our) families should\b|\bas (?:a )?friends?\b|\bjust friends\b|\b(?:party|bbq|barbecue|cookout|picnic|potluck|wedding|birthday|housewarming|game night|playdate)\b.{{0,60}}?\b(?:you're|you are|ur|your family is|you all are|y'all are) (?:all |so |more than )?(?:invited|welcome to (?:come|join))\b"
        rf"|\b(?:would|could|can) you (?:be my mentor|mentor me)\b|\bdo (?:lunch|coffee|brunch) (?:sometime|one day)\b|\bstrictly (?:friendly|platonic)\b|\bas a thank-you\b.{{0,30}}\bfriends",
        "asks to meet socially, as friends",
        _S,
    ),
    Rule(
        "networking",
        r"\b(?:love|like|want|wanna|hoping|hope|glad|happy|great|nice|good|lovely) to (?:connect|network)\b(?! (?:you|u) (?:with|to)\b)|\blet'?s connect\b|\b(?:would|will) (?:love|like) to connect"
        rf"|\b(?:connect|be connected|link up|connecting) (?:with (?:you|u)|on {_NET}|professionally|here)\b"
        r"|\b(?:chance|opportunity) to connect\b|\bto connect (?:and|with you)\b|\breconnect\b"
        r"|\badd (?:you|u) to my (?:\w+ )?network|\bbuilding my (?:\w+ )?network\b.{0,60}\b(?:accept|invitation|connect|add)"
        r"|\b(?:stay|keep) (?:in touch|connected)\b(?! with (?:the|our) (?:clinic|practice|office|newsletter))",
        "asks to connect personally or professionally",
        _S,
    ),
    Rule(
        "es_connect",
        r"\b(?:agregame|agregarte|agregueme|te agregue|sigueme|me sigues|seguirnos|acepta(?:me| mi (?:solicitud|invitacion))|me aceptas|me acepta(?:s)? la solicitud|solicitud de amistad|"
        r"ser amig[oa]s|como amig[oa]s|(?:fueramos|seamos|hacernos) (?:buen[oa]s )?amig[oa]s|me gustaria conectar|conectemos|(?:fuera|sea|seas|fueras) mi (?:mentor|mentora)|agregarl[oa]|(?:le|te) (?:envie|mande) (?:una )?solicitud|(?:quiero|queria|me gustaria) (?:seguirte|seguirla|agregarte|agregarla))",
        "pide conectar o seguirse como amigos",
        _S,
        lang="es",
    ),
    Rule(
        "es_contact",
        r"\b(?:(?:tu|su) (?:numero|whatsapp|celular|cel|telefono|correo|insta|instagram|face|facebook) (?:personal|privad[oa])|"
        r"(?:me )?(?:pasas|pasa|das|da|pasame|dame) (?:tu|su) (?:numero|whatsapp|cel|celular|correo|telefono|insta|face)|aqui (?:esta|tienes|tiene) mi (?:numero|whatsapp|cel|celular|correo)|(?:tiene|tienes) (?:facebook|face|instagram|insta|whatsapp|snap\w*)\?)",
        "pide un número o cuenta personal",
        _S,
        lang="es",
    ),
    Rule(
        "es_invite",
        r"\b(?:(?:deberiamos|podriamos|hay que) (?:juntarnos|vernos|reunirnos|salir)|juntarnos un dia|tomar un cafe|(?:te|se) toma(?:s)? un cafe conmigo|vamos (?:por|a tomar) un cafe|vernos (?:un dia|algun dia)|(?:le|te) gustaria (?:venir|acompañarnos|unirse|unirte)|"
        r"(?:venga|ven|vengan) a (?:comer|cenar|mi casa|la fiesta)|(?:vamos|vayamos) a (?:\w+ )?(?:juntos|juntas)|"
        r"(?:invitarl[oa]|invitarte|invitarles) a (?:comer|cenar|la casa|mi casa|nuestra casa|una fiesta|la fiesta)|"
        r"(?:quieres|quiere|te gustaria|le gustaria|te animas|se anima|se animan) (?:a )?(?:venir|ir|acompañarnos|unirte|unirse|jugar|caminar|correr)\b.{0,40}\b(?:con nosotr[oa]s|con mi familia|a (?:mi|nuestra) casa|fiesta|cumpleaños|comer|cenar|grupo|club|sabado|domingo))",
        "invita a convivir como amigos",
        _S,
        lang="es",
    ),
)

# An invitation with words of romantic interest is a date (the romantic detector's), not friendship.
_ROMANTIC = re.compile(
    fold_pattern(
        r"\b(?:(?:you(?:'re| are| look)|ur|so|very|hey|hi|hello) (?:so |very |really )?(?:beautiful|gorgeous|handsome|sexy|hot|cute|pretty|stunning)|"
        r"gorgeous|handsome|sexy|babe|darling|sweetheart|my love|kiss\w*|a date|on a date|romantic|"
        r"only (?:we|us) two|just (?:the two of us|us two|you and me)|alone together|emjkiss|emjlove|emjhearts|emjrose|emjsmirk|"
        r"(?:eres|estas|que|tan|hola|mi) (?:muy |tan )?(?:guap[oa]|hermos[oa]|precios[oa]|lind[oa]|bonit[oa])|mi amor|solos|a solas|tu y yo|los dos|sitio bonito|te lo mereces|romantic[oa])\b"
    )
)
# Doxxing is a threat, not a request: "got your home number", "I have your personal cell".
_DOXXING = re.compile(
    fold_pattern(r"\b(?:got|found|know|leak\w*|post\w*|publish\w*) (?:your|ur)\b|(?<!can )(?<!could )(?<!may )\bi (?:have|already have) (?:it all|your|ur)\b")
)


class ConnectionRequestDetector(LexiconDetector):
    name = "connection_request"
    version = "2"
    category = Category.CONNECTION_REQUEST
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if (found.evidence or ctx.item.kind is Kind.FRIEND_REQUEST) and looks_like_spam(ctx):
            self._excuse(found, found.evidence, "spam_account")
            return found
        if ctx.item.kind is Kind.FRIEND_REQUEST:
            found.evidence.insert(
                0, Evidence(self.category, 0, 0, "", "the item is a friend/follow/connection request", f"{self.name}/kind")
            )
            return found
        invites = [e for e in found.evidence if e.detector.endswith(("/social_invite", "/es_invite"))]
        if invites and _ROMANTIC.search(text):
            self._excuse(found, invites, "romantic_interest")
        contacts = [e for e in found.evidence if e.detector.endswith(("/personal_contact", "/es_contact"))]
        if contacts and _DOXXING.search(text):
            self._excuse(found, contacts, "states_not_asks")
        return found

    def _excuse(self, found: Detection, which: list[Evidence], why: str) -> None:
        """Move evidence to ``suppressed`` so a reviewer still sees what was set aside, and why."""
        for e in which:
            found.suppressed.append(Suppression(e.category, e.start, e.end, e.text, why, self.name))
        keep = [e for e in found.evidence if e not in which]
        found.evidence[:] = keep


__all__ = ["ConnectionRequestDetector"]
