"""Connection requests: friend, follow or connection requests, personal numbers, meeting as friends.

Every ``friend_request`` item is one, whatever its text (often empty).
"""

from __future__ import annotations

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.results import Evidence
from docguard.taxonomy import Category, Kind

_S = ("negated", "general_question")

RULES = (
    Rule("add_me", r"\b(?:add|follow|friend) me\b|\bfollow (?:me )?back\b|\bsent (?:you )?(?:a )?(?:friend|follow|connection) request|\baccept my (?:friend |follow |connection )?request|\b(?:friend|follow|connection) request\b|\blet's connect|\blets connect|\b(?:connect|be connected|link up) (?:with (?:you|u)|on (?:linkedin|facebook|fb|insta|instagram|here))|\bcan (?:we|i) (?:connect|be friends|follow (?:you|u|your))|\b(?:be|become|stay) friends\b|\bfriends outside\b|\b(?:your|ur) (?:private|personal|real|other|finsta) (?:account|page|profile|insta|instagram|ig)", "asks to connect personally", _S),
    Rule("number", r"\b(?:your|ur) (?:personal |private |cell |own |direct |home )?(?:phone )?(?:number|cell|digits|whatsapp|email|e-mail|snap|snapchat|telegram|signal)\b|\b(?:text|call|whatsapp|dm|message) me (?:at|on)\b|\b(?:what'?s|whats|give me|send me|can i (?:get|have)) (?:your|ur) (?:number|cell|snap|whatsapp|email|insta|ig)|\b(?:add|hit) me (?:up )?on (?:snap|whatsapp|fb|facebook|insta|ig|tiktok|telegram|linkedin)", "asks for a personal number or account", _S),
    Rule("meet_friends", r"\b(?:grab|get|have|meet for|go for|catch up over) (?:a )?(?:coffee|lunch|beer|tea|a bite|brunch)\b|\bhang out\b|\bmeet up\b|\bget together\b|\bcome over\b|\bas friends\b|\bjust friends\b|\b(?:invite|inviting) you to (?:my|our) (?:party|bbq|wedding|house|home|birthday)", "asks to meet socially", _S),
    Rule("es_connect", r"\b(?:agregame|agrégame|sigueme|acepta mi (?:solicitud|invitacion)|solicitud de amistad|ser amig[oa]s|tu (?:numero|whatsapp|celular|telefono) (?:personal|privado)?|pasame tu (?:numero|whatsapp|cel)|tomar un cafe|vernos (?:un dia|algun dia))", "pide conectar personalmente", _S, lang="es"),
)


class ConnectionRequestDetector(LexiconDetector):
    name = "connection_request"
    version = "1"
    category = Category.CONNECTION_REQUEST
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        if ctx.item.kind is Kind.FRIEND_REQUEST:
            found.evidence.insert(
                0, Evidence(self.category, 0, 0, "", "the item is a friend/follow/connection request", f"{self.name}/kind")
            )
        return found


__all__ = ["ConnectionRequestDetector"]
