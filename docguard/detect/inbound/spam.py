"""Spam: promotion, scams, bots, phishing, follower selling, links to unrelated offers.

Two kinds of evidence. Some phrases are spam on their own ("link in bio", "claim your free
prize", "your account will be disabled", "buy real followers", "miracle cure"). Other signs
are only suspicious alone and become spam together: a call to action ("order now", "DM for
prices"), a miracle health claim ("reverses diabetes in 15 days"), money talk ("$20k/month",
"50% off"), a sales pitch to the practice ("our AI platform fills your calendar"), a link to
an unknown or look-alike site. Two different kinds of sign make spam.

Links to public-health and academic sites (.gov, .edu, who.int, nih.gov, ...) never count.
A message that warns about a scam or asks whether one is real ("is this giveaway legit?",
"a fake account is impersonating Dr. M, report it") is not spam: its matches are kept as
suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.results import Evidence, Suppression
from docguard.taxonomy import Category, Kind
from docguard.text.normalise import fold_pattern

_LAUGH = ("laughing",)

def _friend_request(ctx: Context) -> bool:
    return ctx.item.kind is Kind.FRIEND_REQUEST


RULES = (
    Rule(
        "promo_self",
        r"\bcheck (?:out )?(?:my|our) (?:\w+ )?(?:channel|page|profile|bio|link|store|shop|website|site|music|videos?|account|story|stories|portfolio|etsy|onlyfans|content|reels?|posts?|tiktok|youtube|feed|blog|podcast|app|course|product)"
        r"|\b(?:visit|see|go to|head to|head over to|pop over to|stop by|swing by) (?:my|our) (?:channel|page|profile|bio|store|shop|website|site|account|story|portfolio|link|blog)"
        r"|\b(?:sub(?:scribe)?|follow) (?:to )?(?:my|our) (?:\w+ )?(?:channel|page|account|newsletter|list)|\b(?:watch|like|share) (?:and|&) subscribe"
        r"|\b(?:link|links|portfolio|shop|store|details|info|more|samples?|code|pics|photos|content|course|offer|deals?) in (?:my |our |the )?bio\b|\bcheck (?:my |our )?bio\b"
        r"|\bfollow (?:me|us|@[\w.]+|this (?:page|account))(?: \w+)? for (?:more|daily|free|the best|weekly|exclusive|tips|giveaways|motivation|inspiration|\w+ (?:videos|tips|content|quotes))"
        r"|\bfollow @[\w.]+|\b(?:send|tag|dm|submit|promote) (?:it|this|your \w+)? ?(?:to|on|with) @[\w.]+|\bfor a (?:feature|shoutout|promo)\b|\b(?:get|be|getting) featured\b"
        r"|\bpromot(?:e|ion|ing) (?:your|ur) (?:page|account|profile|business|content|posts?)|\bbrand ambassadors?\b|\bsponsor(?:ship|ed)? (?:post|deal|opportunit\w*)|\bcollabs? (?:opportunit\w*|posts?|offers?|deals?)|\b(?:for|in) a collab\b|\bpaid (?:collab\w*|partnership|promotion|post)|\b(?:collaboration|partnership) opportunit\w*|\btap my profile\b"
        r"|\bin exchange for (?:a |an )?(?:post|review|shout ?out|story|mention|feature)"
        r"|\b(?:shout ?out|s4s|f4f|l4l|sub4sub|like4like|follow4follow) ?(?:for|4) ?(?:shout ?out|follow|like|sub)|\b(?:s4s|f4f|l4l|sub4sub|like4like)\b"
        r"|\bfollow (?:me )?(?:and |& )?i(?:'ll| will)? follow (?:you )?back|\bfollow back (?:guaranteed|for follow back|4 follow back)|\bfollow (?:for|4) follow\b|\blike for like\b"
        r"|\b(?:go|come) to my (?:page|profile|channel)\b|\btrying to (?:reach|hit|get to) \d+k?\b|\bduet (?:this|me)\b|\bcheck my story\b"
        r"|\b(?:dm|message|text|comment|inbox|reply|whatsapp) (?:me |us )?(?:the word )?\"\w+\""
        r"|\b(?:dm|inbox|message|contact|whatsapp) (?:me |us )?(?:now )?(?:for|to (?:get|learn|join|start|earn|order|buy)) (?:\w+ )?(?:prices?|pricing|services?|info|details|rates|the method|orders?|business|roi|promo|collab|the link|more info|catalog|catalogue|menu)\b|\binbox me\b|\bpor inbox\b",
        "self-promotion or engagement bait",
        (),
    ),
    Rule(
        "money",
        r"\b(?:bitcoin|btc|crypto\w*|forex|binary options?|nft|airdrop|memecoin|altcoin|usdt|passive income|financial freedom|"
        r"(?:job|jobs|opportunity|income) from home|make money|cash ?app|cash flip|money flip|trading group|results guaranteed|guaranteed (?:results|returns|profit)|money from home|get rich|side hustle|loans?|no credit check|fast approval|casino|betting|lottery|jackpot|"
        r"roi|investors?|investment (?:tips|opportunit\w*|plan|platform|returns?)|account manager|fund manager|trading (?:strategy|signals|mentor|platform|bot)|"
        r"business (?:opportunity|proposal|offer)|risk[- ]free|ground floor|distributor|mlm|be your own boss|commission)\b"
        r"|\b(?:earn|make|made|making|earning|i got|got) \$?\d[\d,.]*k?\b(?:.{0,30}\b(?:from home|per|a (?:day|week|month)|/\s?(?:day|week|month|mo)|in (?:\w+ )?(?:days?|weeks?|hours?)|weekly|daily|monthly|trading|using|with))"
        r"|\b(?:earn|earning|make|making|made|profit|income)\b.{0,20}\$\d[\d,.]*k? ?(?:/ ?|per |a |an )(?:day|week|month|mo|wk|hr|hour)\b|\b(?:send|invest|deposit|pay) \$?\d[\d,.]*k? (?:and|to) (?:get|receive|earn|make) \$?\d|\bmake \$\$|\$\$\$|\bdata entry (?:job|position|work)|\bremote (?:job|position|work) paying|\bglitch in (?:a |the )?\w+ app|\b(?:she|he|they) (?:is|are|'s) (?:legit|real)\b",
        "money, crypto or investment pitch",
        _LAUGH,
    ),
    Rule(
        "prize",
        r"\b(?:congratulations?|congrats),? (?:you(?:'ve| have)? (?:won|been selected|been chosen|been nominated)|winner|your (?:number|email|account|phone))"
        r"|\byou(?:'ve| have) (?:won|been (?:selected|chosen|nominated|picked))\b|\byour (?:phone number|number|email|account|profile) (?:has )?(?:won|been selected)"
        r"|\bclaim (?:your|ur|the) (?:free |\w+ )?(?:prize|reward|gift|cash|token|tokens|airdrop|bonus|winnings|\$\w+)|\bclaim (?:it |now |here )|\bclaims? (?:agent|department|dept)"
        r"|\bfree (?:iphone|ipad|followers|likes|vacation|cruise|voucher|gift ?card|giveaways?|samples?|product|premium|streaming|masterclass|course|money|cash)\b"
        r"|\bgiveaways?\b|\b(?:rt|retweet|repost|share|like) (?:this )?to win\b|\bto win \$\d|\bsecure your (?:\w+ )?(?:plaque|award|spot|prize|feature)"
        r"|\bnominated for (?:the |a )?\"?(?:top|best)|\bgana(?:ste|dor)\b|\bhas sido (?:seleccionad[oa]|elegid[oa])",
        "fake prize, award or giveaway",
        _LAUGH,
    ),
    Rule(
        "phishing",
        r"\b(?:verify|confirm|validate|unlock|restore|secure|update) (?:your|ur) (?:account|identity|page|profile|details|payment|login|information|info)"
        r"|\b(?:your|ur|this) (?:\w+ )?(?:account|page|profile) (?:will be|has been|is being|is scheduled to be|is going to be) (?:permanently )?(?:disabled|suspended|deleted|locked|restricted|banned|removed|terminated|unpublished)"
        r"|\b(?:copyright|community guidelines?) (?:violation|infringement|strike)|\bmeta (?:business )?(?:support|security|team)|\bblue (?:tick|badge|check|verification)|\bverification badge"
        r"|\bunusual (?:login|sign[- ]?in|activity)|\bappeal form\b|\b(?:deletion|suspension|removal) (?:will be|is) permanent|\bqualif(?:ies|y) for (?:a |the )?(?:blue|verif\w*|badge)"
        r"|\bclick (?:here|below|this link|the link (?:below|here|in (?:my|our) bio))\b|\b(?:transfer|release) of (?:the )?funds|\bconfidential (?:transfer|transaction|business proposal)|\bdear sir/madam|\bbank (?:details|account details|information)|\bunclaimed (?:account|funds|inheritance)|\blate relative\b|\bnext of kin\b|\bbarrister\b"
        r"|\b(?:package|parcel|delivery|shipment) (?:is |has been )?(?:held|on hold|pending|suspended|retained)|\bcustoms fee|\bpay \$?\d[\d.,]* to (?:release|receive|unlock|claim)"
        r"|\bcertified hacker|\bhack(?:ed|er)?\b.{0,30}\brecover\w*|\b(?:account|instagram|facebook|ig|fb)(?:/\w+)? recovery\b|\bwho (?:visits|viewed|views|stalks) your profile"
        r"|\b(?:fake|real registered|registered) (?:documents|diplomas?|licen[cs]es?|passports?|ids?|degrees?)\b|\b(?:nursing|medical) (?:license|licence|diploma) (?:fast|quick|for sale)",
        "phishing, account scare or fraud service",
        (),
    ),
    Rule(
        "followers",
        r"\b(?:buy|buying|sell|selling|gain|grow|boost|get (?:more|\d+k?|real|free|instant|thousands of))\b.{0,20}\b(?:followers|likes|views|subscribers|engagement|following)\b"
        r"|\bgrow (?:your|ur) (?:account|page|following|audience|channel)|\b\d+[\d,.]*k?\+? (?:real|active|organic|guaranteed|instant|targeted) (?:followers|likes|views|subscribers)"
        r"|\b(?:followers|likes|views) (?:for|at) (?:only |just )?\$?\d|\bcheap (?:followers|likes)|\bengagement pod|\bgo viral\b|\bmake (?:you|u) (?:famous|viral|go viral)|\bshout ?out for \$|\bstory for \$|\balgorithm is (?:hiding|burying|suppressing|shadow\w*)",
        "sells followers or engagement",
        _LAUGH,
    ),
    Rule(
        "miracle",
        r"\bmiracle (?:cure|pill|supplement|oil|cream|tea|drink|remedy|\w+ oil)|\bone (?:weird|simple|strange) trick|\b(?:this|one|1) (?:simple |weird |kitchen |natural )?(?:trick|ingredient|drink|food) (?:that|to|will|doctors)\b|\bwith (?:this|one|1) (?:\w+ )?(?:trick|ingredient|morning drink|drink)\b"
        r"|\bdoctors (?:hate|don't want you to know|are shocked|are furious)|\bbig pharma (?:doesn't|don't|does not|do not|won't|hates)"
        r"|\bcures? (?:\w+ ){0,2}naturally\b|\breverses? (?:aging|ageing|diabetes|type 2|wrinkles|hair loss)|\bregrow (?:your )?hair\b|\berased? my wrinkles"
        r"|\b(?:flush(?:es)?|cleanse[sd]?) (?:out )?(?:toxins|your liver|your colon)|\bdetox (?:tea|cleanse)|\bfat burner|\bno diet\.? no exercise|\bstop (?:wasting money on|taking your) (?:\w+ )?(?:dermatologists|doctors|meds|medication|pills|blood pressure meds)"
        r"|\bno prescription (?:needed|required|necessary)|\b(?:cheap|discount|discreet|wholesale|generic) (?:\w+ )?(?:viagra|cialis|ozempic|semaglutide|tramadol|oxy\w*|xanax|adderall|ivermectin|pills|meds)\b|\bonline pharmacy\b|\bdiscreet (?:shipping|delivery|packaging)"
        r"|\blose \d+ ?(?:lbs|pounds|kg|kilos)\b.{0,30}\b(?:in|before|without|with)\b|\b(?:melts?|burns?) (?:belly )?fat (?:while|overnight|fast)"
        r"|\b\d+ ?% of(?:f)? (?:today|now|everything|sitewide|with (?:my |the |this )?code|all (?:orders|items)|this week|for (?:the )?(?:first|new))|\btoday only\b|\bwith code \w*\d|\b(?:use|using) (?:my )?code\b|\b(?:discount|promo|coupon) code\b",
        "miracle cure or unlicensed medicine promotion",
        (),
    ),
    Rule(
        "adult_or_occult",
        r"\bonlyfans\b|\bfansly\b|\b(?:private|exclusive|spicy|naughty) (?:pics|photos|content|videos)\b|\blooking for fun\b"
        r"|\b(?:message|add|text|find|hit) me (?:up )?on (?:snap\w*|kik|telegram|whatsapp|wechat|line|ig|insta\w*) (?:at )?@?[a-z_.]*\d[\w.]*"
        r"|\bsugar (?:daddy|baby|mommy|momma)\b|\blove spells?\b|\bspell ?caster\b|\bamarres?\b|\bbrujeria\b|\blimpias?\b.{0,40}\b(?:garantizad\w*|resultados|amor)",
        "adult, dating-bot or occult-service spam",
        (),
    ),
    Rule("adult_emoji", r"🔞", "adult content", ()),
    Rule(
        "promo_offer",
        r"\b(?:dm|message|inbox|contact|text|whatsapp) (?:me|us) (?:now )?for (?:a |your )?free\b|\bvote for (?:me|us|my (?:baby|dog|cat|photo|video|entry|kid|son|daughter))\b"
        r"|\b(?:link|links) in (?:my|our|the) (?:bio|profile)\b|\bsiguenos (?:para|y)\b|\bsigueme para\b|\bdescuentos? exclusivos?\b|\bcomentando\b|\bgana (?:un|una|\$)"
        r"|\bgiving away\b.{0,40}\b(?:followers|comment|like|share|tag|first \d+)|\bcomment (?:\"?\w+\"? )?(?:below|to (?:win|enter|claim))",
        "promotion or giveaway bait",
        (),
    ),
    Rule(
        "promo_more",
        r"\b(?:low|poor) engagement\b|\bhelp (?:you )?grow (?:your|ur) (?:page|account|audience|following|brand|channel)|\bbrand reps?\b"
        r"|\bwatch my (?:new |latest )?(?:video|vlog|reel|stream|channel)|\bjoin (?:my|our) (?:telegram|whatsapp|vip|trading|signals?|crypto|investment|discord) (?:group|channel|community|server)|\bjoin my (?:stream|live|channel)"
        r"|\b(?:get|win|claim|free|receive|\$\d+) (?:an? )?(?:\$\d+ )?(?:walmart|amazon|target|visa|apple|steam|google play|itunes) gift ?cards?\b|\bcomplete (?:this|a|our) (?:short |quick )?survey (?:and|to) (?:get|win|receive|claim)"
        r"|\bbuy cheap\b|\bcheap (?:\w+ )?(?:sunglasses|watches|bags|jerseys|sneakers|shoes|rolex|replicas?)\b|\breplica (?:watches|bags|designer)",
        "promotion, engagement selling or bait",
        (),
    ),
    Rule(
        "bot_profile",
        r"\b(?:entrepreneur|investor|trader|forex|crypto\w*|bitcoin|nft|web3|(?:life|success|wealth|business|crypto|forex|trading|mindset|fitness) coach|mentor|ceo|millionaire|"
        r"influencer|promoter|model|dm for|link in bio|military|deployed|on deployment|offshore|oil rig|widower|god[- ]fearing|sugar|onlyfans|18\+)\b",
        "the request comes from a promotional or fake profile",
        (),
        when=_friend_request,
    ),
    Rule(
        "scam_story",
        r"\bstuck (?:abroad|overseas|at the airport)\b|\bneed \$\d[\d,.]* for (?:my |a )?(?:ticket|flight|visa|customs|fee|release)|\bthis you\?"
        r"|\bsomeone (?:posted|shared|leaked|uploaded) (?:your|ur) (?:pics|photos|pictures|videos?)|\blooking for (?:a )?(?:good|honest|serious|caring|loving|god-fearing) (?:man|woman|lady|partner)"
        r"|\b(?:hot|lonely|local) singles\b|\b(?:look at|see|check(?: out)?) my (?:profile (?:pic|picture|photo)|pics|photos|private)\b|\brecover (?:your |lost |stolen )?(?:funds|money|crypto|bitcoin|investments?)\b|\b(?:certified|ethical|pro|professional|legit|best) hackers?\b|\bhack (?:any|into any)|\bget paid to\b|\bearn (?:daily|weekly|passive|extra|cash|income)\b|\bmonthly returns?\b|\bno experience (?:needed|required|necessary)\b"
        r"|\bupdate (?:your|ur) (?:billing|payment|card) (?:info|information|details|method)|\bavoid (?:service )?(?:interruption|suspension|termination)"
        r"|(?<!\bi )(?<!to )(?<!can )(?<!we )\b(?:lose|burn|melt) (?:belly |body |stubborn )?fat (?:in (?:\d|just|only|one|a)|fast|while|overnight)\b",
        "scam message",
        (),
    ),
    Rule(
        "es_money",
        r"\bganar? (?:hasta )?\$\d|\b(?:sorteo|sorteamos|rifa|regalamos)\b.{0,60}\b(?:sigue\w*|siguenos|comparte|comenta\w*|etiqueta\w*|dale like|gana\w*)|\bvisit[ae]n? (?:mi|nuestr[oa]) (?:perfil|canal|pagina|tienda|sitio|web)|\bcura (?:la|el|tu|su) \w+ en \d+ (?:dias|semanas)"
        r"|\brecupera(?:mos)? (?:tu|su) cuenta|\bcuentas? hackead\w*|\baumenta (?:tus|sus) seguidores|\bseguidores (?:reales|rapido)|\b(?:mira|revisa|entra a|pasa por|visita) mi perfil|\bunete a mi equipo|\bcomisiones\b|\bha sido (?:seleccionad[oa]|elegid[oa]|ganador)|\binvierte\b|\bgana (?:el |un )?\d+ ?% (?:mensual|diario|semanal|al mes)|\basesoria financiera\b|\bvendo (?:seguidores|likes|cuentas)|\bprestamos? (?:rapidos|faciles|inmediatos|sin)\b|\bsin buro\b",
        "promesa de dinero o venta de seguidores",
        (),
        lang="es",
    ),
    Rule(
        "es_spam",
        r"\b(?:gana(?:r)? dinero|ingresos extra|(?:gana\w*|dinero|ingresos|trabaja|negocio) .{0,20}desde casa|inversionista|inversion(?:es)? (?:segura|garantizada)|criptomonedas?|cripto|sigueme y te sigo|"
        r"visita mi (?:perfil|canal|pagina|tienda)|pasen por mi (?:canal|perfil|pagina)|pasa por mi (?:canal|perfil|pagina)|suscribete|suscribanse|haz clic|da clic|verifica tus datos|verifica tu cuenta|"
        r"(?:tu|su) cuenta (?:de \w+ )?(?:sera|ha sido|esta siendo|va a ser) (?:\w+ )?(?:desactivada|suspendida|eliminada|bloqueada|cerrada)|has ganado|reclam[ae] (?:tu|su) (?:premio|regalo)|(?:adelgaza\w*|baja\w*|pierde\w*) \d+ (?:kilos|kg|libras) en|(?:paquete|envio) (?:esta )?retenido|aduana|paga \$?\d[\d.,]* para|"
        r"vendemos seguidores|seguidores reales|contenido exclusivo|milagros[oa]|sin receta|envios? a todo el pais|a punto de explotar|compra antes de que suba|"
        r"resultados garantizados|deja(?:r)? (?:los|sus|tus) (?:lentes|anteojos|gafas)|primera (?:asesoria|consulta) gratis|responda (?:si|sí)\b)",
        "promoción o estafa",
        (),
        lang="es",
    ),
)

_TLDS = (
    "com", "net", "org", "io", "co", "shop", "app", "info", "help", "store", "xyz", "biz", "link", "site", "online", "ws", "de",
    "ly", "me", "click", "top", "live", "vip", "example", "gov", "edu", "int", "uk", "us", "es", "mx", "health", "care", "to",
    "at", "gl", "pro", "tv", "fm", "ai",
)

# Signs that are only suspicious alone: two different kinds of them together make spam (see refine).
# They are rules too, so the shared literal scan gates them like any other rule.
WEAK_RULES = (
    Rule(
        "weak_cta",
        r"\b(?:order now|shop now|buy now|order today|get yours|grab yours|limited (?:stock|time|offer|spots)|hurry|while supplies last|act now|"
        r"free shipping|discreet shipping|book a demo|free (?:masterclass|trial|consultation|audit|demo)|first month free|sign up now|apply (?:here|now|today)|"
        r"before it (?:closes|ends)|interested\?|let me know if you(?:'re| are)? interested|are you the right person|(?:quick|short|brief) \d+[- ]?min(?:ute)? call|"
        r"open to a (?:quick|short|brief) (?:call|chat)|reply (?:yes|si)|garantizad[oa]s|pregunta por|whatsapp \+?\d|pide(?:la|lo)? (?:ya|el tuyo|la tuya)|compra(?:la|lo)? (?:ya|ahora)|envio gratis|"
        r"watch the (?:video|full video)|full video|tap (?:the link|here|link)|book (?:a|your) (?:free )?(?:demo|call|consultation|strategy call)|(?:want|need) more patients\?|(?:le|te) interesa|dm (?:me |us )?if (?:you're |you are |ur )?interested|ask me how|mandame (?:un )?(?:mensaje|dm|inbox|whatsapp)|escribeme|pidelo|pidela)",
        "a call to action",
        (),
    ),
    Rule(
        "weak_claim",
        r"\b(?:naturally|natural (?:remedy|cure|drops|oil)|natural\w* para|gotas naturales|detox|toxins|doctor[- ]approved|doctor[- ]formulated|clinically proven|"
        r"(?:fixed|cured|erased|reversed|eliminat\w*|melts?|burns?|regrows?|cura|curo|elimina|quita|deja los lentes)\b.{0,50}\b(?:in|en) (?:just |only |solo )?(?:\d+|one|a|una|dos|tres) (?:days?|weeks?|hours?|dias|semanas?|horas)|"
        r"(?:gummies|serum|tea|drops|oil|cream|crema|gotas|te|pastillas|capsulas|supplement) (?:that|que) (?:\w+ )?(?:cures?|reverses?|erases?|eliminates?|elimina|cura|quita)|"
        r"para bajar de peso|weight loss (?:pills|gummies|tea)|lose weight fast|productos naturales|metodo natural|boost your immune system|colloidal silver|superfood)\b",
        "a miracle health claim",
        (),
    ),
    Rule(
        "weak_money",
        r"(?:\d ?(?:usd|dollars|euros|pesos)\b|\b\d+ ?% of(?:f)?\b(?! (?:the|normal|all|my|your|his|her|their|people|patients|adults|children|kids|cases|women|men|us|them|those|baseline|predicted|max\w*|what))|"
        r"\b(?:discount|promo) code|\buse (?:my )?code\b|\bfor (?:only|just) \$|\bpackages? (?:start|starting) at|\bper (?:month|post)\b|\bprices?\b|\bcommission\b|\bpor (?:solo|sólo) \$|\d+ ?% de descuento)",
        "money or discounts",
        (),
    ),
    Rule("weak_price", r"\$\d", "money or discounts", ()),
    Rule("weak_arrow", r"[👉➡⬇👇]", "a call to action", ()),
    Rule(
        "weak_opener",
        r"\b(?:came across your (?:profile|page|account)|i admire your (?:profile|page)|saw your (?:profile|page) and|(?:hello|hi|hey) (?:dear|friend|sir)\b|dear friend|kindly|god bless you|i am (?:mr|mrs|barrister|engr|dr)\.? [a-z]+ from)",
        "a bot-like opener",
        (),
    ),
    Rule(
        "weak_pitch",
        r"\b(?:i help (?:doctors|physicians|practices|private practices|clinics|clinicians|healthcare)|(?:we|i) (?:can )?(?:help you )?(?:boost|increase|grow|double|triple|reduce) (?:your )?(?:practice |clinic )?(?:revenue|patients?|visibility|bookings|no-shows|ar days|sales|income)|"
        r"boost your (?:practice|revenue|clinic|visibility)|(?:fills?|fill up) your (?:calendar|schedule)|on autopilot|patient acquisition|"
        r"(?:i'd|i would) like to introduce (?:our|my)|our (?:\w+[- ])?(?:powered )?(?:platform|company|agency|software|app|brand|service|services|solution|team) (?:can|will|helps?|offers?|would love)|"
        r"side gig|extra income|i offer|we offer|(?:i|we) sell\b|vendo\b|vendemos\b|(?:i'm|im|i am|we're|we are) selling\b|ofrecemos|le ofrecemos|ghostwrit\w*|seo\b|posicionamiento|marketing (?:agency|services)|web design|photo editing|billing outsourcing|"
        r"be featured in|feature packages?|magazine (?:feature|issue)|coaching program|masterclass|ambassadors?|influencer program|wellness (?:distributor|company)|promociona\w* (?:tu|su) (?:consultorio|clinica|negocio|marca|practica)|mas pacientes|nuestros paquetes|"
        r"trusted by (?:over )?\d+|our (?:ai|software|platform|app|tool|solution|agency|company|product|brand)\b|we are an? (?:\w+ ){0,3}(?:manufacturer|supplier|distributor|agency|company|vendor)\b|"
        r"guest posts?|sponsored posts?|backlinks?|we (?:build|design|create|run|manage) (?:\S+ ){0,3}(?:websites?|apps?|ads|campaigns)|somos una (?:agencia|empresa)|marketing (?:medico|digital))",
        "a sales pitch",
        (),
    ),
    Rule(
        "weak_link",
        # one alternative per top-level domain, so each is gated on its own literal (".com", ".shop", ...)
        "|".join(rf"\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{tld}\b(?:/[^\s]*)?" for tld in _TLDS),
        "a link to an unknown site",
        (),
    ),
)

_SHORTENER = re.compile(fold_pattern(
    r"^(?:https?://)?(?:www\.)?(?:bit\.ly|bitly\.\w+|tinyurl\.com|t\.co|goo\.gl|ow\.ly|linktr\.ee|wa\.me|t\.me|shrtco\.de|cutt\.ly|rb\.gy|is\.gd|tiny\.cc|shorturl\.at|rebrand\.ly)\b"
))
_TRUSTED = re.compile(fold_pattern(
    r"(?:\.gov|\.gob|\.edu|\.nhs\.uk|\.gc\.ca|who\.int|paho\.org|nih\.gov|ncbi|cdc\.gov|fda\.gov|mayoclinic\.org|medlineplus|clevelandclinic|"
    r"heart\.org|cancer\.org|redcross\.org|kidshealth\.org|aap\.org|hopkinsmedicine|nice\.org\.uk|cochrane)(?:\b|/|$)"
))
# A look-alike site: a cheap top-level domain, or lure words strung together by hyphens.
_SHADY = re.compile(fold_pattern(
    r"\.(?:shop|io|info|help|xyz|biz|click|top|live|vip|online|site|ws|store|app|co)(?:/|$)|"
    r"(?:verify|secure|login|claim|free|cure|secret|deal|prize|grant|relief|pago|soporte|support|check|badge|drop|win|bonus|gift|natural|viral|boost|gratis|premio|regalo|seguridad|verifica)\w*-|"
    r"-(?:verify|secure|login|claim|free|cure|secret|deal|prize|grant|relief|pago|soporte|support|check|badge|drop|win|bonus|gift|natural|viral|boost|truth|store|usa|gratis|premio|regalo|seguridad|verifica)"
))

# Warning about a scam, or asking whether one is real, is not spam.
_WARNING = re.compile(fold_pattern(
    r"\b(?:is (?:this|it|that) (?:\w+ )?(?:real|legit|a scam|fake|safe)|(?:fake|scam|impostor) (?:account|page|profile|message)|impersonat\w*|"
    r"report (?:it|them|this|the account)|scam alert|heads up|don't click|do not click|watch out for|beware)\b"
))

_MEMO = "spam.detection"
_WEAK_IDS = frozenset(r.id for r in WEAK_RULES)


class SpamDetector(LexiconDetector):
    name = "spam"
    version = "2"
    category = Category.SPAM
    rules = (*RULES, *WEAK_RULES)

    def __init__(self, extra_rules: Sequence[Rule] = ()) -> None:
        super().__init__(extra_rules)
        self._shareable = not extra_rules

    def detect(self, ctx: Context) -> Detection:
        # The connection-request detector may already have asked (see looks_like_spam): reuse its answer.
        if self._shareable:
            cached = ctx.memo.get(_MEMO)
            if isinstance(cached, Detection):
                return cached
        found = super().detect(ctx)
        if self._shareable:
            ctx.memo[_MEMO] = found
        return found

    def refine(self, ctx: Context, found: Detection) -> Detection:
        strong: list[Evidence] = []
        signs: dict[str, Evidence] = {}  # one per kind of weak sign (reason), the first found
        for e in found.evidence:
            rule_id = e.detector.rsplit("/", 1)[-1]
            if rule_id not in _WEAK_IDS:
                strong.append(e)
            elif rule_id != "weak_link":
                signs.setdefault(e.reason, e)
            elif e.reason not in signs:
                url = e.text.lower()
                if _TRUSTED.search(url):
                    continue
                if _SHORTENER.search(url) or _SHADY.search(url.split("?")[0]):
                    strong.append(replace(e, reason="a link to a look-alike or shortened address", detector=f"{self.name}/shady_link"))
                else:
                    signs[e.reason] = e
        if not strong and len(signs) >= 2:
            first, second = list(signs.values())[:2]
            why = f"spam signs together: {first.reason} and {second.reason}"
            strong = [replace(e, reason=why, detector=f"{self.name}/combined") for e in (first, second)]
        found.evidence[:] = strong
        if found.evidence and _WARNING.search(ctx.cues.norm.text):
            for e in found.evidence:
                found.suppressed.append(Suppression(e.category, e.start, e.end, e.text, "warns_about_a_scam", self.name))
            found.evidence.clear()
        return found


_DEFAULT: list[SpamDetector] = []


def looks_like_spam(ctx: Context) -> bool:
    """Whether the built-in spam rules find spam in this item (computed once per item, shared)."""
    cached = ctx.memo.get(_MEMO)
    if not isinstance(cached, Detection):
        if not _DEFAULT:
            _DEFAULT.append(SpamDetector())
        cached = _DEFAULT[0].detect(ctx)
    return bool(cached.evidence)


__all__ = ["SpamDetector", "looks_like_spam"]
