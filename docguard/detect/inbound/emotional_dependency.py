"""Emotional dependency: oversharing, loneliness, the clinician treated as confidant or friend.

Only without a sign of self-harm: when self_harm is also found, policy keeps self_harm alone.

The rules look for five ideas, in English and Spanish: the clinician as the only one who
listens ("nobody gets me like you do"), confiding ("I tell you things I never told
anyone"), the clinician as friend or family ("you feel like family"), anxious pleading for
a reply ("three messages, no answer"), and loneliness or personal troubles shared with the
clinician ("my children rarely call"). Gratitude for care received is review feedback, not
dependency, and words of romantic or sexual interest make the item romantic instead.
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, Detection, LexiconDetector, Rule
from docguard.results import Suppression
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_S = ("negated", "general_question")
_GQ = ("general_question",)

_YOU = r"(?:you|u|ya|usted|ti)"
_YOURE = r"(?:you(?:'re| are|re| were|'ve been| have been)?|ur|u r|u are|eres|es usted|usted es|fuiste|ha sido)"
_KIN = (
    r"(?:family|mom|mum|mother|dad|father|sister|brother|big sister|big brother|grandma|grandpa|daughter|son|"
    r"parents?|husband|wife|partner|boyfriend|girlfriend|kids|children|friends?|best friend|therapist|"
    r"familia|mama|madre|papa|padre|hermanas?|hermanos?|espos[oa]|marido|pareja|hij[oa]s?|amig[oa]s?)"
)
_ROLE = (
    r"(?:best friend|bestie|friend|family|person|comfort person|safe person|safe place|safe space|happy place|support system|rock|lifeline|anchor|confidant|"
    r"secret keeper|mentor|big sister|big brother|sister|brother|mom|mum|mother|dad|father|guardian angel|angel|"
    r"mejor amig[oa]|amig[oa]|familia|confidente|persona favorita|hermana|hermano|madre|angel)"
)
# Not when the message is about care logistics ("please reply about my refill").
_ADMIN = (
    r"(?!.{0,80}\b(?:refill|appointments?|results?|labs?|bill|billing|forms?|referral|prescription|records|insurance|portal|"
    r"questions?|dose|dosage|meds|medication|biopsy|surgery|cita|receta|resultados|pregunta)\b)"
)
_LISTEN = (
    r"(?:listens?|listened|listening|cares?|cared|understands?|understood|gets? me|gets? it|sees? me|knows? me|"
    r"talks? (?:to|with) me|asks? (?:me )?how|kind to me|nice to me|makes? me feel|i (?:feel|felt) (?:heard|seen|ok|okay|safe|understood|normal|calm|like)|"
    r"i look forward|i trust|i can (?:trust|talk|tell)|anyone listens|i wanted to (?:talk|tell)|i(?:'ve| have) ever felt|"
    r"i have|i(?:'ve| have) got|knows? (?:what|how|everything|about me|the real me)|me escucha|me entiende|me comprende|me pregunta|se preocupa)"
)

RULES = (
    # 1. the clinician as the only one
    Rule(
        "only_one",
        rf"\b{_YOURE} (?:\w+ ){{0,2}}?(?:(?:the|my|el|la|mi) )?(?:only|last|one and only|unic[oa]) (?:one|person|adult|human|doctor|doc|professional|friend|stable \w+|people|persona)\b(?=.{{0,30}}?\b{_LISTEN}| in my life| left\b| on my side| (?:who|that|i|en quien|que|con quien|con la que|con el que|a quien) (?:\w+ ){{0,2}}?(?:gets?|cares?|listens?|asks?|understands?|share|tell|talk|confio|me|trust|have|got|honest|open|be myself|be real|hablar|contar|platicar)\b|\s?[.!?,]|$)"
        rf"|\bthe (?:only|last) (?:one|person|adult|human|people|professional|thing|things|time|place|convos?|conversations?|company)\b.{{0,30}}?\b{_LISTEN}"
        rf"|\b(?:el|la|lo) unic[oa] (?:que|con quien|en quien)\b.{{0,30}}?\b(?:me|confio|hablo)"
        rf"|\b(?:no ?one|nobody|no one else|nadie|anyone|everyone|everybody)\b.{{0,40}}?\b(?:except|but|other than|besides|apart from|excepto|menos|mas que) (?:a )?{_YOU}\b(?! (?:guys|all|both)\b)"
        rf"|\b(?:no ?one|nobody|nadie|(?:doesn't|don't|does not|do not|never|no) (?:really )?)(?: \w+){{0,4}}? (?:gets?|understands?|listens?(?: to)?|listened(?: to)?|cares?(?: about)?|sees?|hears?|entiende|escucha)(?: (?:to )?(?:me|it|us)\b.{{0,12}}?\b| )(?:like|the way|as well as|como) (?:you|u|usted|tu)\b"
        rf"|\bonly (?:you|u)\b[.!]|\bwhat (?:i'd|i would|id|i will|i'll) do without (?:you|u|our|your)|\bunlike (?:everyone|anyone|anybody|everybody|my (?:own |actual )?(?:family|friends))\b"
        r"|\b(?:trust (?:you|u) (?:with everything|more than|like no one)|(?:solo|nomas) confio en (?:ti|usted)|confio en (?:ti|usted) (?:mas que|como en) nadie)"
        r"|\b(?:me|te|le) (?:entiende|entiendes|conoce|conoces|escucha|escuchas) (?:mejor que|mas que|como) nadie"
        rf"|\bwho else (?:will|would|could|can) (?:listen|understand|care|talk)|\bwho else to (?:turn to|talk to|tell|go to)\b",
        "treats the clinician as the only one who listens or understands",
        _GQ,
    ),
    Rule(
        "more_than_anyone",
        rf"\b(?:you|u|ur|your|te|le)\b.{{0,40}}?\b(?:more|better|nicer|closer|kinder) (?:\w+ ){{0,3}}?than (?:to )?(?:anyone|anybody|everyone|i (?:talk|speak) to (?:her|him|them|anyone)|(?:i do |i talk to |i tell |i have to |to )?(?:my|her|his|mi|mis) (?:own |actual |real |propia |propio )?{_KIN})\b"
        rf"|\bmas que (?:a )?(?:nadie|(?:mi|mis) (?:propia |propio )?{_KIN})\b",
        "feels closer to the clinician than to family or anyone else",
        _GQ,
    ),
    # 2. confiding
    Rule(
        "confide",
        r"\btell (?:you|u|ya) (?:things|everything|stuff|all of it|it all|secrets?|something personal|a secret)\b"
        r"|\b(?:can|could|may) i (?:just )?tell (?:you|u) (?:\w+ ){0,2}?(?:what happened|about my (?:week|day|life|weekend|family|marriage|childhood|past))"
        r"|\bnever (?:told|said|shared|talked about) (?:\w+ ){0,3}?(?:to )?(?:anyone|anybody|a soul|another person)"
        r"|\b(?:haven't|havent|have not|hadn't) (?:told|said|shared) (?:\w+ ){0,2}?(?:anyone|anybody)\b"
        r"|\bno(?:body|one)(?:'s| has)? ever (?:said|asked|told) (?:that|me)|\bno(?:body|one)(?:'s| has)? ever made me feel (?:like that|that way|so|this)"
        r"|\b(?:open(?:ed|ing)? up|opening myself up) (?:to (?:you|u)|more)\b|\bcomfortable opening up"
        r"|\b(?:the|a) person i (?:need|needed|want|wanted|have) to tell|\bsecret keeper\b|\bcarrying (?:a|this) secret"
        r"|\b(?:first|only) (?:person|one) i (?:wanted|want|needed|thought) to (?:tell|talk to|call|message|text)|\b(?:first|only) (?:person|one) i (?:thought of|think of|turn to|go to|call|message)|\bwanted to tell (?:you|u) first"
        r"|\b(?:can|could|may) i (?:just )?vent\b|\bneed(?:ed)? to vent\b"
        r"|\b(?:talk|talking) (?:it )?(?:all )?(?:through|out) with (?:you|u)|\bsit in your office and talk"
        r"|\bwanted someone to know",
        "confides in the clinician as in a friend",
        _GQ,
    ),
    # 3. the clinician as friend or family
    Rule(
        "friend_family",
        rf"\b{_YOURE} (?:(?:honestly|literally|kinda|kind of|lowkey|really|just|basically|truly|such|like|more like|more of|almost|becoming) ){{0,3}}(?:my|mi) (?:\w+ )?{_ROLE}\b"
        rf"|\b(?:you|u) (?:feel|feels|seem|are|r|have been|became|'ve become|'re) (?:\w+ ){{0,2}}?like (?:a |my |the )?(?:big )?{_ROLE}\b"
        rf"|\b{_YOURE} (?:(?:like|almost) )?(?:a|the|an) (?:\w+ )?(?:friend|family|mom|mum|mother|dad|father|sister|brother|big sister|big brother)\b (?:to me|i never had|i wish i had)"
        r"|\b(?:more of )?(?:a )?family to me\b|\bfeel(?:s)? like family\b"
        rf"|\b(?:think|thought) of (?:you|u) as (?:my |a |more than )?(?:\w+ )?{_ROLE}"
        rf"|\b(?:thank you|thanks|thank u|gracias) (?:for being|por ser) (?:my|mi) {_ROLE}"
        r"|\bclosest thing i (?:have|got|had)\b(?! to (?:a cure|a diagnosis))"
        r"|\b(?:need|want) a friend\b"
        rf"|\b(?:can|could|will|would) (?:you|u) (?:please )?(?:adopt me|be my (?:person|friend|bestie|best friend|mom|mum|sister|brother|family|confidant))"
        r"|\b(?:you|u) remind me of (?:my (?:mom|mum|mother|dad|father|late|grandma|grandmother|grandpa|sister|brother|daughter|son)|her\b|him\b)"
        r"|\b(?:eres|es usted|usted es|siento que eres|siento que es) (?:como )?(?:de la familia|mi (?:mejor )?amig[oa]|mi persona)|\b(?:eres|es usted|usted es) (?:como (?:una|un|mi) \w+|(?:una|un) (?:madre|padre|hermana|hermano|amig[oa]) para mi)"
        r"|\b(?:eramos|ser) (?:amig[oa]s|mejores amig[oa]s) y (?:te|le) (?:lo )?contaba",
        "treats the clinician as a friend or family",
        _GQ,
    ),
    Rule(
        "attached",
        r"\b(?:lean on|depend on|rely on) (?:you|u)\b"
        r"|\bi (?:\w+ )?need (?:you|u)\b(?! to\b| (?:guys|all|both)\b)"
        r"|\bmiss (?:talking|chatting|writing) (?:to|with) (?:you|u)|\bmiss (?:having )?(?:someone|somebody) to talk to|\bmiss (?:our|your|my) (?:talks|chats|conversations|messages|visits|appointments|sessions)"
        r"|\b(?:think|thinking|thought) about (?:our (?:last |first )?(?:talks?|conversations?|chats?|visits?|sessions?)|what (?:you|u) (?:said|told me)|how (?:kind|nice|sweet|good|caring) (?:you|u) (?:were|are)|(?:you|u|it) (?:every|all the) (?:single )?(?:day|night|time))"
        r"|\b(?:haven't|havent|can't|cant) stop(?:ped)? thinking about (?:how|what|our|your (?:words|kindness))"
        r"|\b(?:reread|re-read|replay\w*|rewatch\w*) (?:your|ur) (?:reply|message|words|voice|letter|comment|answer)"
        r"|\b(?:look|looking) at (?:your|ur) (?:profile|photos|page) when"
        r"|\bi thought of (?:you|u) and\b"
        r"|\bpienso (?:mucho )?en (?:nuestras|tus|sus) (?:platicas|charlas|conversaciones|consultas|palabras)"
        r"|\bte necesito\b",
        "is emotionally attached to the clinician",
        _S,
    ),
    # 4. pleading for a reply, jealousy of others' replies
    Rule(
        "pleading",
        rf"\b(?:you|u) (?:didnt|havent|hasnt|wont|dont|never) (?:answer|reply|respond|write back|text back)\w*\b{_ADMIN}|\bwhy (?:aren't|arent|don't|dont|won't|wont|haven't|havent|didn't|didnt|do|did) (?:you|u) (?:\w+ )?(?:answer\w*|repl\w*|respond\w*|writ\w* back|messag\w* (?:me )?back|talk\w* to me|ignor\w*)\b{_ADMIN}"
        r"|\bare (?:you|u) (?:ignoring me|mad at me|upset with me|angry with me)\b|\b(?:did|have) i (?:do|done|did|say|said) (?:something|anything) wrong"
        rf"|\b(?:tell me )?(?:we're|we are) (?:okay|ok|good|fine)\b\?|\bplease (?:just )?(?:answer|reply|respond|write back|say something|talk to me)\b{_ADMIN}"
        r"|\bdon't ignore me|\bignore me like\b|\bi(?:'ve| have) (?:sent|messaged|written) you (?:\d+|so many|several|a few|three|four|five) (?:times|messages)"
        r"|\b(?:\w+ (?:days?|messages|texts|dms)|day \w+),? (?:of )?(?:and )?(?:still )?no (?:reply|answer|response)\b"
        rf"|\b(?:can|could|may) i (?:just )?(?:talk|chat|vent) (?:to|with) (?:you|u)\b(?! about\b){_ADMIN}"
        r"|\b(?:answer|reply|respond)\w* (?:to )?(?:everyone|everybody|other \w+|all the other)\S* (?:\w+ )?(?:except|but) (?:mine|me)\b|\b(?:you|u) always (?:answer|reply|respond)\w* (?:to )?(?:other|everyone|everybody)"
        r"|\bi (?:thought|think) i mattered|\bmatter(?:ed)? to (?:you|u)\b\?"
        r"|\b(?:checking|check|wondering) (?:if|whether) (?:you've|you have|you|u) (?:read|seen|opened) my"
        r"|\bneed to (?:hear from (?:you|u)|know (?:you're|you are|ur|u r) (?:ok|okay|alright|safe|fine))"
        r"|\b(?:would|will|could) you (?:please )?write (?:back )?to me|\bhope (?:you'll|you will|u will|u'll) write back"
        rf"|\bwhen (?:are|will) (?:you|u) (?:going to |gonna )?(?:answer|reply|respond|write back)\b{_ADMIN}|\b(?:keep|kept) checking (?:my phone|for your|if you|whether you)"
        rf"|\bhello\? hello\?|\b(?:you|u) (?:didn't|did not|never|haven't|have not|still haven't) (?:reply|replied|answer|answered|respond|responded|write back|wrote back|text back|message me back)\b{_ADMIN}"
        r"|\bpor que no me (?:has |ha )?(?:contestas|contestado|respondido|responde\w*|escrito|escribe\w*)|\bcontestame\b|\brespondeme\b|\b(?:llevas|lleva) \w+ dias sin (?:responder\w*|contestar\w*|escribir\w*)|\bhice algo mal",
        "pleads for the clinician's personal attention",
        _GQ,
    ),
    # 5. loneliness and personal troubles shared
    Rule(
        "lonely",
        r"\b(?:i|i'm|im|me|i've|ive|my (?:life|days|nights|evenings|weekends|house|home)|(?:it|this|here|life)(?:'s| is| gets| has been)|the (?:nursing home|house|home|care home|apartment|flat) is)\b(?: \S+){0,4}? (?:lonely|so alone|all alone|completely alone|isolated|invisible|unloved|abandoned|forgotten)\b"
        r"|\bno(?: ?one| ?body) (?:to talk to|cares about me|calls me|visits me|listens to me|has called)|\b(?:rarely|never|hardly ever|don't|dont) (?:call|calls|visit|visits|write|writes)\b(?! (?:back|me back))"
        r"|\b(?:don't|dont|do not|didn't) (?:really )?have (?:anyone|anybody|any ?one|any friends|friends)\b|\bhave no (?:one|friends|family)\b|\b(?:got|have|had) (?:no ?one|nobody|no ?body) (?:else|left)\b|\ball my friends (?:are gone|have died|passed)"
        r"|\b(?:need|needed|want|wanted|wish i had|miss having) (?:someone|somebody) (?:to talk to|who cares|who listens|to listen)|\bjust (?:need|want)(?:ed)? (?:someone|somebody) to (?:talk|listen|hear me|be there)|\bdo(?:n't|nt| not)(?: really)? have (?:anyone|anybody) to (?:talk to|tell|turn to)|\b(?:doesn't|don't|dont|no longer|never) (?:call|visit|write)s? (?:me )?anymore|\b(?:tell|talk to|see|be with) (?:someone|somebody) who (?:cares|listens|understands|gets it|gets me)|\bneed (?:someone|somebody) (?:to|who)"
        r"|\bempty house\b|\bhouse is (?:so |very |too )?(?:quiet|empty)|\bdays are (?:so |very |really )?(?:long|empty|lonely)\b(?! since my (?:surgery|injury|operation|procedure|fall|accident))|\b(?:don't|dont|do not|never|rarely) get (?:many|any|much) (?:visitors|visits|calls|company)\b"
        r"|\b(?:i am|i'm|im) (?:all |completely )?alone in (?:this|a new|the) (?:country|city|town)\b"
        r"|\b(?:i(?:'ve| have)? (?:been )?|not me )(?:cried|crying|sobbed|sobbing|bawled|bawling) (?:in (?:the|my) (?:car|car park|parking lot|bathroom|shower)|all (?:night|day|week)|myself to sleep|at \d|when (?:you|u)|for (?:hours|days)|every)"
        r"|\b(?:can't|cant) stop crying|\bcried (?:all night|myself to sleep)",
        "loneliness shared with the clinician",
        _S,
    ),
    Rule(
        "troubles",
        r"\b(?:my (?:divorce|marriage is|(?:husband|wife|partner) left\b(?! (?:for|on|to)\b)|breakup)|going through a (?:divorce|breakup|hard time|rough time|lot)|(?:hardest|worst|bad) (?:breakup|divorce)|(?:my )?(?:wife|husband|partner) and i are (?:separating|splitting|divorcing|getting divorced)|(?:boyfriend|girlfriend|husband|wife|partner) (?:left me|dumped me|cheated)|(?:worst|another|big|huge) fight with my \w+|(?:my )?parents are fighting|rough year with|things at home are (?:hard|bad|tough)|so (?:sad|depressed|down|anxious) (?:lately|today|all the time))\b"
        r"|\btell you about my (?:week|day|weekend)|\bold (?:man|woman)'s ramblings"
        r"|\bi(?:'m| am) writing to (?:you|u) instead of|\b(?:feel|feeling) (?:\w+ ){0,2}?(?:calmer|safer|better|less alone|heard|at peace) (?:when|whenever|after) i (?:write|talk|message|text|dm|chat)(?: to)? (?:you|u)"
        r"|\b(?:even )?just to (?:chat|talk)\b|\bnot (?:about|for) (?:my|anything) (?:health|medical)|\bnothing medical\b|\bto be (?:one of )?the first to know\b"
        r"|\b(?:message|messaging|text|texting|write|writing|dm|dming) (?:to )?(?:you|u) (?:so much|too much|so often|all the time|this much)|\bkeep (?:messaging|texting|writing to|dming) (?:you|u)\b"
        r"|\bbest part of my (?:day|week|month)|\bwish(?:ing)? i could (?:see|text|talk to|call|message|sit with|visit) (?:you|u|my doctor|my doc)\b"
        r"|\bhighlight of my (?:day|week|month|year)|\b(?:counting|count) down (?:to|the days)|\bonly time (?:anyone|somebody|someone)"
        r"|\b(?:don't|do not|dont) (?:really )?(?:need|have) (?:a |any )?medical (?:advice|question|reason)|\bfor any reason at all\b"
        r"|\b(?:can|could) we (?:just )?(?:talk|chat)(?: (?:more|again|sometime|tonight|now|a bit|for a bit))?(?: about it)?\?|\bkeep talking like that"
        r"|\b(?:i'd|i would|id) (?:really )?(?:love|like) to talk to (?:you|u) about (?:it|everything|all of it)\b"
        r"|\bi just needed (?:you|u) to know"
        r"|\bsorry (?:for|about) (?:oversharing|rambling|unloading|venting|dumping|spamming (?:you|u)|all (?:the|these|my) messages|so many messages|bothering (?:you|u) again)|\bwrote (?:you|u) (?:a|this) (?:long )?letter"
        r"|\b(?:don't|dont|do not) (?:speak|talk) to (?:my|any of my) (?:family|parents|mom|mum|dad|mother|father|brother|sister)"
        rf"|\b(?:just |really )?need(?:ed)? to (?:talk|speak) (?:to|with) (?:you|u)\b(?! about\b){_ADMIN}",
        "shares personal troubles, or wants contact without a medical reason",
        (*_GQ, "in_the_past"),
    ),
    Rule(
        "lifeline",
        r"\b(?:your|ur) (?:replies|reply|messages|msgs|answers|words|texts|kind words)\b.{0,30}?\b(?:keep me going|keeps me going|make my (?:day|week)|makes my (?:day|week)|get me through|gets me through|help me (?:sleep|cope|get through)|helps me (?:sleep|cope|get through)|mean (?:so much|the world|everything)|means (?:so much|the world|everything)|only thing)"
        r"|\b(?:look forward to|live for|wait for|waiting for|waited for) (?:your|ur) (?:replies|reply|messages|answers|texts|dms)\b"
        r"|\b(?:enjoy|love|treasure|cherish) (?:our|these|your) (?:little |weekly |daily )?(?:chats|talks|conversations|messages|letters)\b|\b(?:writing|talking|coming|turning) to (?:you|u) instead\b"
        r"|\bwhen (?:you|u) (?:moved|cancel\w*|changed|left|rescheduled|said goodbye|said you(?:'re| are| were) leaving)\b.{0,60}?\bi (?:cried|was devastated|broke down|panicked|felt abandoned)"
        r"|\b(?:don't|dont|do not|no) (?:know|idea) why i(?:'m| am|m) (?:telling|writing|sending) (?:you|u)|\bno se (?:por que|porque) (?:le|te) (?:cuento|escribo|digo) esto"
        r"|\b(?:mi|su|tu) unica compañia|\b(?:my|the) only (?:company|companion)\b|\bojala (?:fuera|fueras|pudiera ser) mi (?:amig[oa]|familia|mama|hermana|madre)"
        r"|\b(?:needed|wanted|need|want) to tell (?:someone|somebody)\b|\breminds me (?:that )?(?:somebody|someone) cares|\b(?:get|getting|got|grow|growing) (?:tired|sick) of me\b"
        r"|\b(?:you're|you are|ur) (?:so |really |very )?important to me\b|\bfeel like (?:you're|you are|ur) talking (?:directly )?to me\b"
        r"|\b(?:please )?(?:don't|do not|dont) (?:ever )?(?:stop being|stop seeing) (?:my doctor|me)\b|\b(?:please )?(?:don't|do not|dont) (?:ever )?(?:leave|abandon) (?:me|us|your patients)\b"
        r"|\bclosest thing to (?:a |an )?\w+ (?:that )?i (?:have|got|had)|\bmy day (?:doesn't|does not|don't|dont) (?:start|begin|feel complete) (?:until|without)"
        r"|\b(?:you're|you are|ur|u r) all i (?:have|got|have left)\b(?! (?:as|for)\b)|\b(?:my )?friends are all (?:gone|dead)\b|\b(?:are|is) like (?:sunshine|medicine|a hug|gold) to me"
        r"|\b(?:i )?(?:just )?(?:like|love|enjoy) talking (?:to|with) (?:you|u)\b(?! (?:guys|all)\b)|\balready (?:messaged|texted|written|wrote) (?:you )?(?:twice|\w+ times) today"
        r"|\bpaño de lagrimas\b|\blo mas cercano (?:a una familia |a familia )?que tengo\b|\bmi dia no (?:empieza|comienza) hasta que (?:le|te) (?:escribo|hablo)"
        r"|\bi (?:worry|worried|was worried|get worried|got worried|am worried) about (?:you|u)\b|\b(?:you|u) mean (?:so much|a lot|the world|everything) to me\b"
        r"|\b(?:nobody|no one|no-one) (?:remembered|visited)\b|\b(?:nobody|no one|no-one) (?:has )?(?:called|visited|texted|come) (?:me )?(?:today|all (?:day|week|month)|on my birthday|in (?:days|weeks|months))|\b(?:nobody|no one|nadie) (?:else|mas) (?:does|do|lo hace|cares)\b|\b(?:could|can|would|will) (?:you|u) (?:just )?check (?:in )?on me\b(?! after)"
        r"|\b(?:scared|afraid|terrified|worried) (?:that )?(?:you'll|you will|you might|you're going to|you are going to) (?:leave|retire|forget|stop|move)"
        r"|\b(?:promise|please) (?:you )?(?:won't|will not|don't|dont) forget (?:me|about me)|\bno me (?:va|vas) a olvidar|\bno me olvide"
        r"|\b(?:usted|tu) me hace(?:s)? (?:mucha )?falta|\bme hace(?:s)? (?:mucha )?falta (?:usted|hablar)|\bnadie se acordo"
        r"|\bcuando (?:hablo|platico|converso) con (?:usted|contigo)\b.{0,20}\bme siento (?:mejor|bien|tranquil[oa])"
        r"|\b(?:se|te) canse(?:s)? de mi\b|\bpienso (?:mucho |seguido |siempre |a diario )?en usted\b(?! como)|\bcloser to (?:you|u) than\b"
        r"|\b(?:reread|re-read|re read|reading|read) (?:our|your|ur) (?:old )?(?:messages|chats|conversations?|replies|texts)\b(?!.{0,40}\b(?:portal|results?|find|app|website)\b)"
        r"|\b(?:nice|good|comforting|helps|a comfort) (?:to have|having) (?:someone|somebody|you|u) to (?:write to|talk to|tell)|\bpen ?pals?\b"
        r"|\b(?:can|could|may) i (?:message|text|write to|dm|call|email) (?:you|u) (?:every day|everyday|daily|every night|each day|when i'm (?:sad|down|lonely))\b"
        r"|\b(?:can|could) tell (?:you|u) anything\b|\bfeel (?:so )?safe (?:with|talking to|telling) (?:you|u)\b"
        r"|\bevery (?:night|day|morning) i (?:write|talk|message|text) (?:to )?(?:you|u)\b|\bi write to (?:you|u) (?:every|each) (?:night|day|morning|evening)\b|\b(?:you|u) always know (?:what to say|how to make me)\b(?!.{0,30}\b(?:videos?|posts?|content|reels?|tiktoks?)\b)"
        r"|\blook forward to (?:my |our )?(?:appointments?|visits?|chats?|talks?|messages|replies|sessions|check-?ins)\b.{0,30}?\b(?:more than|all (?:week|month)|so much|every)|\bmore than anything (?:else )?in my life"
        rf"|\b(?:glad|grateful|lucky|happy) (?:that )?i (?:have|got) (?:you|u) to (?:talk to|write to|tell)|\bhope (?:you|u) (?:don't|dont) mind me (?:writing|messaging|texting) (?:again|you|so)\b{_ADMIN}"
        r"|\bfirst (?:one|christmas|birthday|anniversary|holidays?|thanksgiving|mother's day|father's day) without (?:him|her|them|my)\b"
        r"|\bneed (?:you|u) to tell me (?:everything|it|things)(?:'s| is| will be| will| is going to be)"
        r"|\b(?:pretend|wish|imagine|dreamt|dreamed|wishing) (?:that )?(?:we(?:'re| are| were)|you (?:were|are)) (?:\w+ )?(?:friends|my friend|family|close)\b",
        "relies on the clinician's messages for comfort",
        _GQ,
    ),
    Rule(
        "reply_anxiety",
        r"\b(?:anxious|worried|worry|panic\w*|sad|upset|scared|can't sleep|cant sleep|couldn't sleep|spiral\w*|freak\w* out) (?:\w+ ){0,2}?(?:when|if|because|that) (?:you|u) (?:don't|dont|do not|didn't|didnt|haven't|havent|won't|wont|never) (?:reply|answer|respond|write|text|message)"
        r"|\b(?:did|have) i (?:upset|offend|annoy|bother|anger|hurt|lose|lost) (?:you|u)\b|\bare (?:you|u) (?:mad|upset|angry|annoyed|tired of me|sick of me)\b(?: (?:at|with) me)?"
        r"|\b(?:no ?one|nobody) (?:else )?(?:answers|replies to|responds to|reads) my (?:texts|messages|msgs|dms)\b"
        r"|\b(?:doesn't|don't|does not|do not|never|won't|wont) (?:\w+ )?(?:understand|get|listen|listen to|care|care about|see|hear)(?: me| it)?\W{1,4}(?:but )?(?:you|u) do\b",
        "anxious about the clinician's replies or attention",
        _GQ,
    ),
    Rule(
        "low",
        r"\b(?:i'm|im|i am|i feel|feeling|i've been feeling|ive been feeling|been feeling|i felt) (?:so |really |very |pretty |just |kind of |kinda )+(?:down|sad|low|blue|empty|heartbroken|miserable|hopeless about (?:my|life))\b(?!.{0,30}\b(?:appointment|results?|refill|bill|video|post)\b)"
        r"|\bstruggling (?:with (?:everything|life|things|it all)|at home|emotionally)|\b(?:everything|things|stuff) (?:at home|with my (?:family|husband|wife|partner|kids)) (?:is|are|has been|have been) (?:hard|bad|tough|awful|a mess)"
        r"|\b(?:don't|dont|do not) know (?:anyone|anybody) (?:here|in (?:this|the|my new) (?:city|town|place|country))|\bmy days are (?:very |so |really )?(?:long|empty|lonely|quiet)\b|\bhouse feels (?:so |very )?(?:empty|quiet)",
        "shares low mood or isolation with the clinician",
        _S,
    ),
    Rule(
        "es_attached",
        r"\b(?:tus|sus) (?:mensajes|palabras|respuestas)\b.{0,30}?\b(?:me alegra\w*|me ayuda\w*|lo unico|me dan (?:vida|fuerza|paz))|\bque haria sin (?:ti|usted)|\bpense en (?:ti|usted)\b"
        r"|\bcuando (?:usted |tu )?no (?:me )?(?:responde|respondes|contesta|contestas|escribe|escribes)\b|\bespero con ansias (?:sus|tus) (?:respuestas|mensajes)|\bme acorde (?:mucho )?de (?:usted|ti)\b|\bme hace falta (?:hablar con usted|hablar contigo|usted|verl[ao]|verte)|\bno tengo (?:a )?(?:quien|nadie) (?:contarle|a quien|con quien)|\bcomo de (?:mi|la) familia|\b(?:esta|estas) (?:enojad[oa]|molest[oa]) conmigo"
        r"|\b(?:podemos|podriamos|puedo) (?:hablar|platicar|charlar) (?:aunque sea|un rato|un ratito|un poco|contigo|con usted)\b(?!.{0,30}\b(?:cita|receta|resultados|factura)\b)|\bsolo para (?:platicar|charlar|hablar|verl[ao]|verte)\b|\bojala pudiera (?:verl[ao]|verte|hablar)"
        r"|\bme siento (?:muy |tan )?(?:mal|triste|deprimid[oa]|decaid[oa]) (?:con todo|por todo|con lo de)|\bpasando por (?:un momento|una etapa|algo|un tiempo) (?:muy |tan |bastante )?(?:dificil|duro|feo)"
        r"|\bperdon por (?:escribir(?:le|te)|molestar(?:le|te)) tanto|\bcontar(?:le|te) (?:cualquier cosa|lo que sea)|\bcon quien (?:platicar|charlar|desahogarme)"
        r"|\b(?:mis hijos|mi familia|mis nietos|mis hermanos) (?:ya )?(?:no|nunca|casi no) (?:me )?(?:hablan|llaman|visitan|escriben|vienen)"
        r"|\b(?:solo|nomas) (?:tu|usted) me (?:entiende|entiendes|escucha|escuchas)|\bme (?:entiende|entiendes|escucha|escuchas) (?:mejor )?que (?:mi|mis) ",
        "apego al profesional o desahogo",
        _GQ,
        lang="es",
    ),
    # Spanish
    Rule(
        "es_lonely",
        r"\bme siento (?:muy |tan |bastante )?(?:sol[oa]|vaci[oa]|abandonad[oa]|invisible)|\bestoy (?:muy |tan |completamente )sol[oa]\b|\bno tengo a nadie|\bnadie me (?:entiende|escucha|llama|visita|ha llamado|pregunta)"
        r"|\b(?:casi )?no (?:me )?(?:llaman|visitan|escriben)\b|\bla casa esta (?:muy |tan )?(?:callada|vacia|sola)|\b(?:solo|nomas) necesito (?:hablar con )?alguien|\balguien que me escuche|\bcon quien hablar|\bnecesito hablar con alguien|\b(?:extrano|echo de menos) (?:nuestras|tus|sus) (?:platicas|charlas|conversaciones|mensajes|consultas)|\bquer\w+ contar(?:te|le)(?:lo)?\b"
        rf"|\bnecesito hablar (?:contigo|con usted)\b(?! (?:sobre|de|acerca)\b){_ADMIN}|\bdesahog\w*|\bcontar(?:le|te) (?:cosas|todo)|\bno (?:se lo |le )?(?:puedo|he podido) contar a nadie|\bnadie mas que (?:a )?(?:ti|usted)"
        r"|\bme siento (?:mas |muy )?(?:tranquil[oa]|mejor|acompañad[oa]|segur[oa]) cuando (?:te|le) (?:escribo|hablo|veo)|\bpense en escribir(?:le|te)|\baunque no (?:este|estoy) enferm[oa]"
        r"|\bmi (?:divorcio|separacion|ruptura)|\b(?:mi pareja|mi espos[oa]|mi marido) y yo (?:discutimos|peleamos|nos separamos)|\bojala fuera verdad",
        "soledad o desahogo con el profesional",
        _GQ,
        lang="es",
    ),
)

# Romantic or sexual interest makes pleading and longing romantic, not dependency.
_ROMANTIC = re.compile(
    fold_pattern(
        r"\b(?:babe|baby girl|my love|love you|luv u|(?:you(?:'re| are| look)|ur|so|hey|hi) (?:so |very |really )?(?:beautiful|gorgeous|handsome|sexy|hot|cute|pretty|stunning)|"
        r"gorgeous|handsome|sexy|hottie|crush on|crushing on|kiss\w*|a date|on a date|date night|dating|in love|fall in love|falling for|blush\w*|flirt\w*|"
        r"emjkiss|emjlove|emjrose|emjsmirk|pics|nudes|mi amor|amor mio|(?:eres|estas|que|tan|hola|mi) (?:muy |tan )?(?:guap[oa]|hermos[oa]|precios[oa]|lind[oa])|te amo)\b"
        r"|\bway too much\b"
    )
)
# A demand backed by a threat ("answer me or I'll post...") is harassment, not dependency.
_COERCION = re.compile(
    fold_pattern(r"\b(?:or (?:else|i'll|ill|i will|i'm going to|im going to|i am going to)|o (?:le|les|te) (?:cuento|digo)|o (?:voy a|publico))\b")
)


class EmotionalDependencyDetector(LexiconDetector):
    name = "emotional_dependency"
    version = "2"
    category = Category.EMOTIONAL_DEPENDENCY
    rules = RULES

    def refine(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if found.evidence and (_ROMANTIC.search(text) or _COERCION.search(text)):
            # kept as suppressed, so a reviewer sees why the dependency wording was not flagged
            found.suppressed.extend(
                Suppression(e.category, e.start, e.end, e.text, "romantic_or_coercive", self.name) for e in found.evidence
            )
            found.evidence.clear()
        return found


__all__ = ["EmotionalDependencyDetector"]
