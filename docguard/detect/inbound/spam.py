"""Spam: promotion, scams, bots, phishing, follower selling, links to unrelated offers."""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

RULES = (
    Rule("promo_self", r"\bcheck (?:out )?(?:my|our) (?:channel|page|profile|bio|link|store|shop|website|site|music|video|account|new)|\b(?:sub(?:scribe)?|follow) (?:to )?(?:my|our) (?:channel|page|account)|\blink in (?:my|our) bio\b|\b(?:dm|message|inbox|contact) (?:me|us) (?:for|to (?:get|learn|be featured|collab|earn|start|join))|\bpromot(?:e|ion) (?:your|ur) (?:page|account|profile|business)|\bcollab\b|\bbrand ambassador|\bsponsor(?:ship|ed)?\b|\bfeatured on our page|\bshoutout for shoutout|\bs4s\b|\bf4f\b|\bl4l\b|\bsub4sub", "self-promotion or engagement bait", ()),
    Rule("money", r"\b(?:bitcoin|btc|crypto\w*|forex|binary options?|nft|invest\w*|trading|trader|passive income|work from home|make money|earn (?:\$|money|up to|\d)|\$\d[\d,]*(?:k| per| a | daily| weekly)|profit\w*|(?:account|fund) manager|financial freedom|double your|cash ?app|get rich|side hustle|loan offer|casino|betting|lottery)\b", "money, crypto or investment pitch", ()),
    Rule("prize", r"\b(?:congratulations?|congrats),? (?:you(?:'ve| have)? (?:won|been selected)|winner)|\byou(?:'ve| have)? (?:won|been (?:selected|chosen))|\bclaim (?:your|ur) (?:prize|reward|gift|cash)|\bfree (?:gift|iphone|followers|likes|vacation|cruise|voucher|trial|samples?|giveaway)|\bgiveaway\b|\bwinner\b.{0,30}\b(?:claim|click|dm|link)|\bgana(?:ste|dor)\b", "fake prize or giveaway", ()),
    Rule("phishing", r"\b(?:verify|confirm|validate|unlock|restore|secure) (?:your|ur) (?:account|identity|page|profile|details|payment)|\b(?:account|page) (?:will be|has been|is) (?:disabled|suspended|deleted|locked|restricted|banned)|\bcopyright (?:violation|infringement)\b|\bmeta (?:support|security) team|\bblue (?:tick|badge|check) (?:verification|offer)|\bclick (?:here|this|the link|below|link)\b", "phishing or account-scare message", ()),
    Rule("followers", r"\b(?:buy|get|gain|grow|boost)\b.{0,15}\b(?:followers|likes|views|subscribers|engagement)|\b\d+k? (?:real )?(?:followers|likes|views)\b|\bcheap (?:followers|likes)", "sells followers or engagement", ()),
    Rule("pills", r"\b(?:buy|order|cheap|discount|no prescription|without (?:a )?prescription|online pharmacy|wholesale)\b.{0,40}\b(?:pills|meds|viagra|cialis|ozempic|semaglutide|tramadol|oxy\w*|xanax|adderall|weight loss|diet pills|supplements?|keto)|\bmiracle (?:cure|pill|supplement)|\blose \d+ ?(?:lbs|pounds|kg) in\b|\bdetox tea\b|\bdiscount code\b|\bpromo code\b|\buse (?:my )?code\b|\b\d+% off\b", "unlicensed medicines or product promotion", ()),
    Rule("es_spam", r"\b(?:gana dinero|ingresos extra|inversion|invierte|trabaja desde casa|sigueme y te sigo|visita mi (?:perfil|canal|pagina)|suscribete|oferta|descuento|compra (?:ya|ahora)|haz clic|verifica tu cuenta)\b", "promoción o estafa", (), lang="es"),
)

_URL = re.compile(fold_pattern(r"\bhttps?://\S+|\bwww\.\S+|\b(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|linktr\.ee|wa\.me|t\.me)/\S*"))
_TRUSTED = re.compile(fold_pattern(r"(?:\.gov|\.edu|\.nhs\.uk|who\.int|nih\.gov|cdc\.gov|mayoclinic\.org|medlineplus|clevelandclinic|\.gob\.|\.org)(?:/|\b|$)"))
_PROMO_WORDS = re.compile(fold_pattern(r"\b(?:free|click|win|offer|deal|buy|order|shop|discount|earn|money|profit|follow|subscribe|visit|join|sign up|limited|hurry|now|today only|link|dm)\b"))


class SpamDetector(LexiconDetector):
    name = "spam"
    version = "1"
    category = Category.SPAM
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        for m in _URL.finditer(text):
            if _TRUSTED.search(m.group()):
                continue
            if _PROMO_WORDS.search(text) or m.group().startswith(("bit.ly", "tinyurl", "wa.me", "t.me", "linktr")):
                found.evidence.append(self.evidence_at(ctx, m.start(), m.end(), "a link with promotional wording", "link"))
                break
        return found


__all__ = ["SpamDetector"]
