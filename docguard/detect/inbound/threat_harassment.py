"""Threats, abuse, insults, stalking, doxxing, sexual harassment and coercion aimed at the clinician.

Profanity alone is not harassment ("this fucking flu"); it is when aimed at the reader
("fuck you", "you're a useless quack") or at the staff. Rules are written as concept
families rather than sentences:

* threats: a violent or ruinous verb aimed at the clinician, harm in the passive ("someone's
  getting hurt"), and the veiled forms ("it would be a shame if something happened",
  "tick tock", "I'll be waiting by your car", "doctors like you end up in the news");
* wishing harm ("hope your office burns down", "rot in hell", "ojalá pierda su licencia");
* insults: a strong insult word on its own ("clown", "moron"), an insult or a string of
  insulting adjectives aimed at "you", the doctor or the staff;
* stalking: knowledge of the clinician's private life, places, family or routine, and
  contact that evades blocking;
* doxxing: publishing or holding the clinician's address, number, plate or family details;
* sexual harassment: requests for or unsolicited sexual images, remarks on the body,
  "exam" innuendo; the same pattern is reused by the romantic detector;
* coercion: "do X or I Y", deadlines, review bombing, "this all goes away".

A few excuses are local to this detector (see ``ThreatHarassmentDetector._suppressor``):
an insult the writer aims at themself ("I'm such an idiot") or at their own family ("my son
is such a clown"), a threat quoted from a show or film, a friendly chance meeting ("small
world! saw you at church"), and bait in spam ("hey beautiful, see my pics at the link in bio 💦").
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, LexiconDetector, Rule
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_FIG = ("figure_of_speech",)
_FIG_NEG = ("figure_of_speech", "negated")
_NONE: tuple[str, ...] = ()

# --- building blocks -------------------------------------------------------------------------
# the clinician, the staff or the practice as the object of a threat
_TARGET = (
    r"(?:you|u|ya|yourself|ur ?self|him|her|them|that (?:doctor|doc|nurse|quack|woman|man|bitch)|"
    r"this (?:doctor|doc|nurse|quack|clown|so-called doctor|woman|man)|the (?:doctor|doc|nurse|receptionist|staff)|"
    r"(?:your|ur|her|his) \w+|dr\.? \w+)"
)
# the clinician or staff as the subject of a sentence ("the receptionist is", "dr. x is")
_SUBJECT = (
    r"(?:dr\.?(?: \w+)?|(?:this|that|the|your) (?:\w+ ){0,2}?(?:doctor|doc|dr|nurse|np|pa|receptionist|"
    r"physician|surgeon|dentist|therapist|midwife|pharmacist|lady|guy|woman|man|staff|practitioner))"
)
_INTENS = (
    r"(?:a |an |the |un |una |muy |tan |lying |crooked |evil |smug |miserable |bitter |dumb |dangerous |worthless |brainless |stuck-up |grumpy |power-hungry |such a |such an |so |just |fucking |fuckin |freaking |total |complete |absolute |utter |real |"
    r"nasty |stupid |lazy |useless |arrogant |greedy |old |fat |dumb |little |incompetent |pathetic |condescending |walking )*"
)
# insult words strong enough to flag wherever they stand
_STRONG = (
    r"(?:idiots?|morons?|imbeciles?|cretins?|dumbass|jackass|asshole|a\*\*hole|cunt|twat|twit|"
    r"muppet|dimwit|halfwit|nitwit|numpty|dipshit|shithead|dickhead|douchebag|douche|scumbag|"
    r"piece of (?:shit|crap|garbage|trash|work)|(?<!class )(?<!little )clowns?|"
    r"quack(?! (?:remed|cure|treatment|medicine|therap|science|theor|product|supplement|claim|doctors? (?:sell|push|say|claim)))|"
    r"charlatan|payas[oa]|imbecil|idiota|pendej[oa]|gilipollas|cabrona?|subnormal|tarad[oa]|matasanos|"
    r"pill[- ]?pusher|pill[- ]pushing|pill dispenser|pharma shills?|shills?|sellouts?|vendid[oa] a (?:las|la) (?:farmaceuticas|industria)|"
    r"whor[e3]|slut|skank|baby killer|cowards?|good-for-nothing|c\*nt|arsehole|wanker|tosser|bellend|knobhead|nutjob|nutcase|crackpot|lowlife|bloodsucker|con artist|conman|"
    r"pervert|perv|sheeple|libtard|capullo|huevon|boludo|pelotudo|conchud[oa]|culer[oa]|farsante|escoria|sanguijuela|"
    r"glorified (?:receptionist|secretary|nurse|pill|drug dealer|babysitter|google)|has-been|"
    r"retard|retarded|faggot|tranny|nigger|kike|wetback|sudaca)"
)
# insult words that need a target ("you're a fraud", "the receptionist is a nasty witch")
_NOUN = (
    rf"(?:{_STRONG}|bitch|b\*tch|fraud|fake|joke|loser|liar|butcher|bastard|dick|prick|whore|slut|hoe|scum|pig|cow|witch|hag|"
    r"trash|garbage|pos|disgrace|embarrassment|murderer|hack|psycho|freak|snake|parasite|vulture|"
    r"money grabber|jerk|sheep|danger to \w+|menace to (?:society|patients)|waste of (?:space|oxygen|a license)|malpractice suit|"
    r"fool|snob|bat|old bat|diva|egomaniac|ego maniac|narcissist|estafador\w*|dummy|dummies|oaf|dolt|tool|creep|weirdo|lunatic|maniac|crook|thief|rat|leech|puppet|npc|snowflake|git|prat|pillock|plonker|"
    r"butthead|pinhead|blockhead|meathead|burr[oa]|bestia|puerc[oa]|asqueros[oa]|rata|parasit[oa]|fraude|inept[oa]|mediocre|corrupt[oa]|mamon|"
    r"blonde|bimbo|airhead|karen|buffoon|dolt|dunce|bonehead|numbskull|nincompoop|"
    r"puta|perra|mentiros[oa]|asesin[oa]|gord[oa]|bruja|zorra|tont[oa]|burr[oa]|ratero|ladron\w*|carnicer[oa]|cerd[oa]|basura|verguenza|mala persona|sinverguenza)"
)
# adjectives that insult a person
_ADJ = (
    r"(?:stupid|st\*pid|dumb|idiotic|brainless|useless|incompetent|worthless|pathetic|arrogant|greedy|crooked|"
    r"clueless|ignorant|lazy|condescending|spineless|heartless|overpaid|smug|bigoted|racist|"
    r"inutil|incompetente|prepotente|ignorante|estupid[oa]|corrupt[oa]|amargad[oa]|maleducad[oa]|arrogante|"
    r"soberbi[oa]|negligente|mala persona|sinverguenza|vendid[oa]|underqualified|unqualified|overrated)"
)
# said to the clinician's face ("you're so rude"), character words insult too; reviews speak of staff in the third person
_ADJ_YOU = (
    rf"(?:{_ADJ}|rude|cold|careless|heartless|terrible|awful|horrible|selfish|cruel|evil|disgusting|pathetic|fake|dishonest|unprofessional|"
    r"negligent|dangerous|dismissive|mean|nasty|shameful|vile|repulsive|despicable|pitiful|gutless|two-faced|twisted|delusional|"
    r"psychotic|ugly|a coward|a bully|a hypocrite|a criminal|a thief|a crook|groser[oa]|cruel|mal[oa]|egoista|despreciable|"
    r"cobarde|hipocrita|irresponsable|fals[oa]|mediocre)"
)
# the strongest of them, said of the clinician or staff in the third person
_ADJ3 = r"(?:stupid|st\*pid|dumb|idiotic|brainless|worthless|pathetic|ugly|disgusting|evil|heartless|spineless|estupid[oa]|inutil)"
_WILL = (
    r"(?:i'll|ill|i ?' ?ll|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|going to|i'd|we'll|we will|"
    r"we're going to|we're gonna|someone (?:should|will|is going to|needs to)|somebody (?:should|will|is going to|needs to)|"
    r"maybe i will|i swear i'll)"
)
_YOU_WILL = (
    r"(?:you'll|youll|you ?' ?ll|you will|you're going to|your gonna|you're gonna|youre gonna|you gonna|ur gonna|u gonna|you are going to)"
)
_HARM = (
    r"(?:kill|hurt|shoot|stab|burn|punch|slap|strangle|choke|smash|wreck|ruin|destroy|come for|come after|go after|"
    r"expose|fuck (?:you|u) up|mess (?:you|u) up|break|bury|run over|hunt down|track down|beat (?:you|u|her|him) up|beat the \w+ out of)"
)
_HURT = r"(?:hurt|shot|stabbed|beaten|beat up|jumped|killed|smacked|punched|run over|what(?:'s| is) coming|what (?:you|she|he) deserves?)"
_CONSEQ = (
    r"(?:post\w*|tell (?:everyone|everybody|the|your|all)|report (?:you|u|her|him|this|the doctor|the clinic|you guys)|sue (?:you|u|her|him|the)|expose|share|publish|"
    r"leave (?:a |you )?(?:bad|terrible|1|one|negative)|make (?:sure|you|your|this)|start (?:posting|emailing|telling|calling|writing|sharing|leaving)|"
    r"send (?:the|it|this|everyone|them)|ruin|show up|come (?:down|in|over) there|be (?:at|outside|waiting)|"
    r"go (?:public|to the (?:media|news|press|police))|spread|leak|drag|flood|bury|bombard|spam|say (?:you|u)|claim (?:you|u)|accuse (?:you|u)|"
    r"tell (?:people|everyone|the police|the board) (?:you|u))"
)

# where someone was seen: said after "I saw you", it is following the clinician around
_SIGHTING = (
    r"\b(?:every (?:morning|night|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|with (?:your|ur) (?:kids|son|daughter|wife|husband|family|dog|partner|boyfriend|girlfriend|mom|mother)|"
    r"at (?:the )?(?:gym|grocery|supermarket|store|restaurant|bar|park|beach|church|school|mall|coffee shop|cafe|field|pool|pharmacy|bank|bus stop|station)|"
    r"(?:pick|drop)\w* (?:up |off )?(?:your|ur)|from (?:daycare|school|the gym)|"
    r"to (?:the|your) (?:car|coffee shop|cafe|gym|house|home|store|parking)|leaving (?:work|the (?:clinic|office|hospital|gym|restaurant)|your)|"
    r"(?:walk|jog|driv|leav|park)\w* (?:\w+ )?(?:by the|home|past|around|along|your|out of (?:the|your) (?:gym|house|building|parking)))"
)

# --- sexual harassment: shared with the romantic detector ------------------------------------
SEXUAL_PATTERN = (
    r"\b(?:send|show) (?:me )?(?:a |some |more )?(?:nudes?|noodz|naked (?:pics?|photos?)|nude pics?|"
    r"(?:pics?|pictures?|photos?|selfies?|vids?|videos?) (?:of (?:you|u|yourself|ur ?self) )?(?:out of|without|in (?:your|ur) (?:underwear|bra|bikini|lingerie|panties|bed|shower)|naked|nude|topless|with nothing on)|"
    r"pics of (?:your|ur) (?:body|boobs|tits|ass|feet|legs)|(?:your|ur) (?:body|boobs|tits))"
    r"|\b(?:sent|send|sending|attached|attaching|here'?s|here is|just sent) (?:you |u )?(?:\d+ |a |an |another |more |some )?(?:more )?(?:pics?|pictures?|photos?|snaps?|vids?|videos?)\b.{0,60}?"
    r"\b(?:what i'?ve got|what i got|the full thing|full body|naked|nude|of myself|of me for (?:you|u)|(?:you|u) know (?:you|u) (?:liked|like|want)|(?:you|u) liked|emjsmirk|emjsexual|😈|open it|enjoy\b|rate (?:it|them|me))|(?:sent|send|sending|just sent) (?:you|u) (?:a |an )?(?:pics?|photos?|vids?|videos?) of me\b.{0,30}?(?:😈|enjoy|emjsmirk|emjwink|emjfire)"
    r"|\b(?:reply|answer) with a (?:pic|photo|selfie)(?: of (?:you|u|yourself))? or\b|\b(?:reply|answer) with a (?:pic|photo|selfie) of (?:you|u|yourself)\b|\bsend (?:you |u )?mine again\b"
    r"|\b(?:i|we) know (?:you|u) want (?:it|me|this)\b|\b(?:you|u) know (?:you|u) (?:liked|like|want) (?:it|them|me|this)\b"
    r"|\b(?:suck|lick|fuck|bang|smash|spank|ride) (?:you|u|your|ur|me)\b|\bsit on (?:my|your) (?:face|lap)"
    r"|\b(?:your|ur|nice|those|show me (?:your|ur)) (?:boobs|tits|titties|rack|cock|pussy)\b|\bdick pic|\bemjsexual\b"
    r"|\b(?:wet|hard|horny) (?:for|thinking about|when i think (?:of|about)) (?:you|u)\b|\bwhat(?:'s| are| is| r) (?:you|u) wearing\b"
    r"|\b(?:you|u) in my bed\b|\bin my bed with (?:you|u)\b"
    r"|\b(?:you|u|she|her) (?:bend|bending|bent) over\b|\bwhat i'?d (?:do|like to do|love to do) (?:to|with) (?:you|u|her|him)\b|\b(?:things|stuff) i'?d (?:do|like to do) (?:to|with) (?:you|u)"
    r"|\b(?:better|hotter|sexier|good|great) (?:with|wearing) nothing on\b|\bsee (?:you|u) (?:out of|without) (?:your|those|the|that) (?:scrubs|clothes|uniform)"
    r"|\b(?:wear|wearing) (?:the|those|that|your) (?:tight|short|low-cut|see-through)\b|\bsomething to look at while\b"
    r"|\b(?:private|personal|special|full[- ]body|full|intimate) \"?(?:exam|examination|check|check-?up|physical|consultation|massage)\"?.{0,60}?\b(?:you know what i mean|if you know what i mean|cash|slowly|on me|emjwink|emjsmirk|emjsexual|wink)"
    r"|\b(?:breast|prostate|rectal|pelvic|full[- ]body|body) (?:exam|check)\w*\b.{0,40}?\b(?:i'?ll volunteer|volunteer|on me|me first)"
    r"|\b(?:(?:you|u) know|if you know) what i mean\b.{0,15}\bslowly"
    r"|\bwhat'?s under (?:the|your|that|those) (?:white coat|coat|scrubs|uniform|clothes|dress|skirt)\b"
    r"|\b(?:see|seeing|picture|picturing|imagine|imagining) (?:you|u) (?:naked|nude|undress\w*|without (?:clothes|your clothes|anything on)|in (?:lingerie|underwear|a bikini))"
    r"|\b(?:jerk|jack|jerking|jacking|wank|wanking|touch(?:ing)? myself|masturbat\w*|get off|getting off)\b.{0,15}?\b(?:to|about|thinking (?:of|about)) (?:you|u|your)\b"
    r"|\b(?:look|be|get) (?:\w+ )?on (?:your|ur) knees\b|\bbend (?:you|u) over\b|\b(?:i'?d|would|wanna|want to) (?:tap|hit|smash) (?:that|it)\b"
    r"|\b(?:your|ur) (?:panties|underwear|bra|lingerie|thong)\b|\bnice (?:body|figure|curves|legs|ass|rack|tits|boobs)\b(?! of)"
    r"|\b(?:don'?t|doesn'?t) (?:hide|leave) (?:much|anything|a lot)\b|\bget (?:you|u) alone\b|\b(?:your|ur) (?:lips|mouth) would\b"
    r"|\b(?:wear|wearing) (?:a |an )?(?:shorter|tighter|lower|smaller|skimpier|sexier)\b|\b(?:freak|good|wild|great|amazing) in (?:bed|the sack)\b|\bverte (?:sin ropa|desnud\w*)\b"
    r"|\bnothing (?:underneath|under (?:it|them|there))\b|\b(?:physical|exam|examination|check-?up|checkup) of my own\b|\bplay doctor\b|\bexamine (?:you|u)\b"
    r"|\bwrapped around (?:me|my)\b|\b(?:get|take|getting|taking) (?:you|u) out of (?:that|those|your|the) (?:coat|scrubs|clothes|uniform|dress)\b"
    r"|\b(?:fun|naughty|kinky) in bed\b|\bi'?m (?:so )?(?:hard|wet|horny)\b(?! of)|\bhorny\b"
    r"|\bsent (?:you|u) something (?:special|naughty|spicy|for your eyes only)\b|\btell me what (?:you'?re|you are|ur|u r) wearing\b|\bwhat (?:are you|r u|you'?re|ur) wearing (?:right now|rn|now|tonight|under)\b"
    r"|\bi want (?:you|u) (?:so bad|so badly|in my bed|naked|right now|rn)\b"
    r"|\bverte (?:en )?(?:ropa interior|lenceria|calzones)\b|\bsin nada debajo\b|\b(?:te|me las|me lo|la|lo) imagino (?:\w+ )?(?:en mi cama|desnud\w*|sin ropa)\b|\bque (?:rica|buena|buenota|rico|bueno) estas\b|\bestas (?:bien |muy |re )?(?:rica|buenota|buenisima)\b"
    r"|\b(?:look|looks|looked) (?:\w+ ){0,2}?bent over\b|\b(?:want|get|put|have) (?:you|u) on (?:your|ur) (?:back|knees)\b"
    r"|\b(?:on|your) (?:the )?exam table\b.{0,20}?(?:tonight|😈|emjsmirk|emjsexual)|\blo que tengo para (?:ti|usted)\b"
    r"|\bevery inch of (?:you|u|your)\b|\b(?:anything|nothing) under (?:those|your|the|that) (?:white |lab )?(?:scrubs|coat|uniform|gown|dress|skirt)\b"
    r"|\bclothes (?:optional|off)\b|\btake (?:your|ur|those) (?:clothes|scrubs|top|shirt) off\b|\bignor\w* my (?:pics|pictures|photos|snaps|nudes)\b|\brate (?:my|them|these) ?(?:pics|pictures|photos|body)?\b"
    r"|\b(?:bet )?(?:you|u) (?:moan|taste)\b|\blo que te (?:pierdes|estas perdiendo)\b"
    r"|\bquiero (?:verte desnud\w*|acostarme contigo|tu cuerpo)|\bmanda(?:me)? (?:fotos|una foto) (?:desnud\w*|sin ropa|tuya|tuyas)"
    r"|\bte (?:mande|envie|mando|envio|pase) (?:una |unas )?(?:fotos?|videos?) (?:mia|mias|de mi)\b"
)

RULES = (
    Rule(
        "threat",
        rf"\b{_YOU_WILL} (?:regret|pay(?= for (?:this|that|it|what)|\W*$|[.!]| dearly)|be sorry|suffer|get (?:hurt|yours|what'?s coming|what you deserve)|wish you (?:had )?never)"
        rf"|\bwatch (?:your|ur) back|\b{_WILL} {_HARM} {_TARGET}\b"
        rf"|\b{_WILL} make (?:sure )?(?:you|u|her|him|them) (?:pay|suffer|regret|sorry)"
        rf"|\b{_WILL} (?:find|get|track down|hunt down) (?:you|u|him|her|them) and\b"
        r"|\b(?:you|u|he|she) (?:will not|won'?t|will never) forget (?:me|my face)\b|\bi won'?t be (?:so |as )?(?:polite|nice|friendly|civil)\b"
        r"|\bmake sure (?:you|u|she|he) (?:suffer|regret|never (?:work|practice|see a patient)|lose (?:your|her|his) (?:licen[sc]e|job|practice))"
        r"|\bteach (?:you|u|this|that|the|him|her|them)\b.{0,30}?\b(?:a lesson|some respect|respect|manners)"
        r"|\bsleep with one eye open|(?<!when )(?<!once )(?<!if )(?<!after )\byou(?:'re| are) (?:dead|done|finished)(?= *(?:[.!]|$|to me|, (?:doc|doctor|bitch|quack)))"
        r"|\bcoming (?:for|after) (?:you|u|ya|her|him|the doc|the doctor)\b|\b(?:keep )?looking over your shoulder"
        r"|\b(?:better|gonna) hope (?:i|we) (?:don't|never) (?:see|meet|find)|\byou won't (?:get away|see it coming)"
        rf"|\b(?:someone|somebody|you|u|ur|this (?:dr|doctor|doc|nurse)|the (?:dr|doctor|doc|nurse)|that (?:dr|doctor|doc|nurse))(?:'s| is| are|'re| r)? (?:gonna|going to|gona|will|is going to|'s going to) (?:get|be) {_HURT}"
        rf"|\b(?:someone|somebody)(?:'s| is) (?:getting|gonna get|going to get) {_HURT}"
        r"|\b(?:knife|gun)\b.{0,30}?\b(?:coming for|for (?:you|u)\b|see you)"
        r"|\b(?:i|1|i'?ll|1'?ll|ima|imma|gonna|i'm gonna|im gonna|i wanna|i want to|i will|i could|i should|i'?d) (?:\w+ )?kill (?:you|u|ya|her|him)\b"
        r"|\bmake (?:you|u) (?:regret|pay|suffer|sorry)\b|\b(?:better|you'?d better|you better) watch (?:yourself|your back|your step|out|it)\b"
        r"|\bsee what (?:i|we) (?:do|'?ll do|will do|can do)\b|\b(?:you're|you are|you'?ll be|you will be|ur) in (?:big |real |so much )?trouble\b"
        r"|\bput (?:you|u|her|him) in (?:your|her|his) place\b|\bwon'?t be (?:smiling|laughing|practicing|working|posting) (?:for long|much longer|anymore|for much longer)\b"
        r"|\byour days are numbered\b|\benjoy (?:your|it|this) (?:\w+ ){0,3}?while (?:it lasts|you can)\b|\benjoy your last\b"
        r"|\bnobody (?:gets|has to get|needs to get) hurt\b|\bnot afraid to use it\b|\baccidents happen\b"
        r"|\b(?:this|it) (?:isn'?t|is not|ain'?t) over\b|\bhaven'?t heard the last of me\b|\bthis won'?t end here\b"
        r"|\bmake (?:your|ur|her|his) life (?:a )?(?:living )?(?:hell|miserable|impossible|a nightmare)\b"
        r"|\bnice (?:\w+ )?(?:clinic|practice|office|car|family|house|kids) (?:you'?ve got|you have|you got) there\b"
        r"|\byou and your (?:family|kids|husband|wife|staff)\b.{0,20}?\b(?:will|gonna|are going to) (?:pay|regret|suffer|be sorry)"
        r"|\b(?:i|we) (?:have|own|got|carry|bought) (?:a )?(?:gun|guns|rifle|shotgun|weapon|pistol)\b(?! (?:license|licence|permit|safe))|\bbring(?:ing)? (?:my|a) (?:gun|knife|rifle|shotgun|bat|weapon)\b"
        r"|\b(?:i'?m|i am|we'?re) (?:\w+ )?(?:outside|in front of|across from|parked outside) (?:your|her|his) (?:house|home|place|door|window|apartment)\b|\bi can see (?:you|u) (?:right now|from here|through)"
        r"|\bblow (?:up )?(?:your|the|this|that) (?:office|clinic|practice|hospital|house|car)\b|\b(?:burn|torch|firebomb|bomb) (?:down )?(?:your|the|this|that|her|his) (?:office|clinic|practice|place|house|car)\b"
        r"|\bif\b.{0,40}?,? (?:then )?(?:you|u) (?:die|are dead|will die|will pay|pay|are next|are finished)\b|\b(?:you|u)(?:'re| are) next\W*$"
        r"|\bnobody (?:would|will) miss (?:you|u)\b|\bworld (?:would be|is|will be) better (?:off )?without (?:you|u|her|him|people like you)\b|\bshouldn'?t be allowed to (?:breathe|live|exist|have kids|reproduce)\b"
        r"|\bwalk(?:ing)? to (?:your|ur) car\b|\bgoing to (?:your|ur) car\b|\bcareful (?:when|after) you (?:leave|go out|walk out)\b|\bdon'?t be surprised if (?:something|your|you|someone|people|the)\b"
        r"|\b(?:slash|slashed|key|keyed|smash|smashed|egg|vandali[sz]e|spray ?paint|break) (?:your|ur|her|his) (?:car|tires|tyres|windows?|house|door|office)\b"
        r"|\bsooner or later\b.{0,40}?\b(?:meet|see you|find you|pay|regret|get you|catch you)\b|\b(?:messed|mess|fucked|screwed) with the wrong \w+"
        r"|\bkarma (?:will |is going to |is gonna )?(?:find|get|catch|come for|bite)\w* (?:you|u|her|him)\b|\bkarma'?s (?:coming|a bitch)\b"
        r"|\byou(?:'d| had)? better (?:refill|give|send|sign|call|answer|fix|approve|prescribe|release|reply|respond|pay|refund|apologi[sz]e|delete|take (?:that|this|it) down)\b"
        r"|\bi'?d (?:\w+ )?(?:punch|slap|smack|kick|strangle|choke|spit on) (?:you|u|her|him)\b|\bspit (?:on|in) (?:you|u|your|her|his)\b"
        r"|\bte mato\b|\bte (?:voy a|vamos a) matar\b|\bte espero (?:\w+ ){0,2}?(?:en|afuera de|frente a) (?:la puerta de )?tu (?:casa|coche|carro)"
        r"|\bremember (?:my|this) (?:face|name)\b|\b(?:there will be|there'?ll be|face the) consequences\b|\bwhat'?s coming (?:to|for) (?:you|u|her|him)\b"
        r"|\bdon'?t make me (?:come|go|show up|do something|hurt|find)\b|\bi'?m not a violent (?:person|man|woman|guy)\b|\b(?:you'?re|you are|keep) pushing me\b"
        r"|\b(?:restraining order|police|cops|blocking me)\b.{0,20}?\b(?:won'?t|can'?t|wouldn'?t|will not|cannot|would|will) stop me\b"
        r"|\bgood luck (?:reporting|calling the police|calling the cops|blocking|stopping|getting rid of|proving) (?:me|it|that)\b"
        r"|\b(?:nobody|no one)\b.{0,50}?\band (?:walks away|gets away with it|lives)\b"
        r"|\b(?:good|hope you have|better have) (?:good )?insurance (?:on|for) (?:that|your) (?:car|house|clinic|office|practice)\b"
        r"|\bcareer can (?:disappear|end|be over)|\bend (?:your|her|his) career\b|\byour career (?:is|will be) over\b|\b(?:license|licence|career|practice) won'?t survive\b"
        r"|\bwhat i(?:'m| am) planning\b|\bwhat i have (?:planned|in store)\b|\bwhile you still can\b"
        r"|\bi'?d hate for (?:your|ur) (?:kids|family|husband|wife|patients|practice|children|son|daughter)\b|\b(?:find out|learn) (?:\w+ ){0,8}?the hard way\b(?<!learned the hard way)"
        r"|\b(?:voy a|vamos a) esperarte\b|\besperarte (?:a la salida|afuera)|\ba ver si (?:eres|te haces|sigues) tan (?:valiente|machit[oa]|chistos[oa]|list[oa])\b"
        r"|\b(?:seria|es|fuera) una (?:pena|lastima) que (?:te|le|les) (?:pasara|pase|ocurra|ocurriera) algo\b"
        r"|\b(?:vamos a ir|voy a ir) (?:todos )?a tu (?:consultorio|clinica|casa|oficina)\b.{0,20}?\ba ver\b"
        r"|\b(?:i'?ll|i will|i'm gonna|im gonna|ima|imma|we will|we'?ll) (?:\w+ )?find (?:you|u|her|him)\b(?! (?:on|in|at|a|an|the|some|through|online|here)\b)"
        r"|\byou(?:'re| are) next(?! (?:in|on|to|week|time|up)\b)(?=\W*(?:emj\w+\W*)*$)|\bsoon\W+very soon\b|\boutside (?:of )?(?:work|the clinic|the office|the hospital) this time\b"
        r"|\b(?:been|was|got|snuck) inside (?:your|ur) (?:clinic|office|house|home|car)\b|\b(?:broke|break|let myself) into (?:your|ur|her|his) (?:clinic|office|house|home|car)\b"
        r"|\b(?:you|u) (?:don'?t|have no) (?:know|idea) (?:who|what) (?:you'?re|you are) (?:messing|dealing|playing) with\b|\bno sabes con quien te (?:metiste|estas metiendo)\b"
        r"|\bte voy a hacer (?:pagar|sufrir|arrepentir)\b|\bvas a (?:terminar|acabar) (?:muy )?mal\b"
        rf"|\b{_WILL} make sure (?:you|u|she|he|they) (?:\w+ ){{0,2}}?(?:lose|loses|end up|ends up|never|go to jail|get fired|gets fired|pay|pays|suffer|suffers|regret)\b"
        r"|\b(?:belongs?|should be|end up|ends up|put (?:you|u|her|him)) behind bars\b|\b(?:you|u|she|he|this \w+) (?:should|belongs?|deserves? to|will|'ll) (?:be |go )?(?:in|to|behind) (?:jail|prison|bars)\b"
        r"|\bwaiting for (?:you|u|her|him|that \w+|the \w+) (?:after|outside|when)\b"
        r"|\b(?:visit|visiting|come to|coming to|show up at|showing up at|be at|pull up (?:to|at)|pulling up (?:to|at)) (?:your|ur|her|his) (?:house|home|place)\b|\bpull(?:ing)? up (?:to|at) (?:your|ur|her|his) (?:clinic|office|job|work)\b"
        r"|\b(?:a lot|something|things|plenty) to say to (?:your|ur) face\b|\brun (?:\w+ )?out of town\b"
        r"|\bnever (?:work|practice|practise) (?:in this town |here )?again\b|\bwhat i'?m capable of\b|\bmess with my (?:family|kids|wife|husband|son|daughter|mother|mom|father|dad)\b"
        rf"|\b{_WILL} (?:have|take|get|pull) (?:your|her|his) (?:license|licence|job)\b(?! number)|\b{_YOU_WILL} lose (?:your|the) (?:license|licence|job|practice|career)\b"
        r"|\b(?:again|more time|once more)\b.{0,10}?\band see what happens\b|\bi'?m outside\W+come out(?:side)?\W*$|\blook out (?:your|ur) window\b"
        r"|\bleft (?:something|a \w+|a little \w+) (?:on|in|under|at) (?:your|ur) (?:car|doorstep|porch|windshield|mailbox)\b"
        r"|\b(?:voy|vamos|ire|iremos) a tu casa\b|\b(?:vas a lamentar(?:lo)?|lo vas a lamentar|te arrepentiras)\b"
        r"|\b(?:would|it'd|it would|'d) be a (?:real )?shame\b(?! (?:to|not to|if (?:you|we|i) (?:miss|missed|don'?t|didn'?t|can'?t|couldn'?t)))|\bsleep with \S+ \S+ open\b"
        r"|\bte voy (?:a|4) (?:matar|golpear|romper|partir|buscar|encontrar)\b|\bvas (?:a|4) pagar\b"
        r"|\b(?:the )?clock(?:'s| is) ticking\b|\btime(?:'s| is) running out(?: for (?:you|u))?(?=\W*(?:$|,? (?:doc|doctor|dr)\b))|\byour time is (?:up|coming)\b"
        r"|\blook(?:ing)? (?:behind you|over your shoulder)\b|\bsee to it that (?:you|u|she|he) (?:\w+ )?(?:suffer|pay|feel|regret|never|lose|get what)\b"
        r"|\bwon'?t (?:have|be) (?:\w+ ){0,3}?(?:to protect (?:you|u)|to hide behind)\b|\bnobody (?:will|can) protect (?:you|u)\b|\b(?:keep|sleep with) one eye open\b"
        r"|\b(?:your|ur|that|this) (?:\w+ )?(?:clinic|office|practice|house|home|car)\b.{0,20}?\b(?:had a fire|caught fire|burn(?:ed|s|t)? down|went up in flames)\b"
        r"|\b(?:get even|get back at|settle the score)(?: with)? (?:you|u|her|him)\b|\bfriends in low places\b|\bsettle (?:this|it|things) (?:face to face|in person|outside|like men)\b"
        r"|\b(?:glass|window|door|windows|windshield)\b.{0,25}?\b(?:fragile|breakable|easy to break)\b|\b(?:that|this|those) (?:\w+ ){0,2}?(?:clinic|practice|office|car|house|family|kids|door|window)s? of yours\b"
        r"|\bi stop being (?:nice|polite|patient)\b|\blet'?s (?:show|teach) (?:them|him|her|this \w+)\b(?! (?:some love|how|our|the|what we|that we))"
        r"|\b(?:someone|somebody) (?:is going to|will|'s going to|gonna) (?:regret|pay|be sorry|get hurt)\b"
        r"|\bi know (?:you'?re|you are) (?:home|there|inside|in there|alone)\b|\byour car (?:hasn'?t|has not) moved\b|\bi keep track\b(?! of)"
        r"|\bi was there\b.{0,15}?\b(?:in the back|watching|behind you|you didn'?t see)\b|\bi (?:just|only) wanted to (?:meet|see|say hello to|say hi to) (?:you and )?(?:your|ur) (?:kids|family|wife|husband|son|daughter)\b"
        r"|\b(?:someone|somebody) (?:does|do) (?:to )?(?:you|u) what (?:you|u) did\b|\bdie,? (?:bitch|b\*tch|whore|slut|quack|doc|doctor|cunt|pig|scum)\b"
        r"|\b(?:hacer|hare|haremos) (?:la|tu|su) vida (?:imposible|un infierno|miserable)|\besto no se (?:va a )?queda(?:r)? asi\b|\b(?:las calles son peligrosas|nunca se sabe (?:lo que|que) (?:te )?(?:puede )?pasar)",
        "a threat against the clinician",
        _FIG,
    ),
    Rule(
        "veiled_threat",
        r"\b(?:would|it'd|it would|'d) be a (?:real )?(?:shame|pity|tragedy) if\b"
        r"|\bsomething (?:bad )?(?:could|might|will|is going to|gonna) happen to (?:you|u|your (?:practice|clinic|office|family|kids|car|house)|that (?:nice )?(?:practice|clinic|office)|this (?:practice|clinic|office))\b"
        r"|\btick,? tock\b|\b(?:keep|try|go ahead|do it again|ignore me|block me|say that again)\b.{0,50}?\band see what happens\b|\b(?:you'?ll|you will) see what happens\b"
        r"|\bit won'?t be (?:pretty|pleasant|nice|in an? \w+ room|so friendly)\b"
        r"|\bnext time (?:you see me|i see you|we meet)\b.{0,30}?\b(?:won'?t be|you'?ll (?:regret|be sorry|wish))"
        r"|\bi know people(?=\W*(?:$|[.!])| who (?:could|can|would) (?:hurt|ruin|find|make))|\byour life (?:gets|will get|is going to get|is about to get|becomes|could get|can get|might get|is going to be|will be) (?:very |really )?(?:complicated|difficult|hard|hell|interesting|miserable|a nightmare)"
        r"|\b(?:doctors|docs|people|nurses|quacks|women|men) like (?:you|u|her|him) (?:tend to |usually |always |often )?(?:end up|disappear|have accidents|get hurt|go missing|should be careful)"
        r"|\byour (?:front |office |clinic )?(?:window|windows|door|tires|tyres|car|windshield|house|office|clinic)s? (?:is|are) (?:made of )?(?:glass|fragile|flammable|wooden)\b"
        r"|\b(?:would|could|'d) be (?:easy|a shame) to (?:break|burn|smash|slash|break into)\b"
        r"|\bto hide behind\b|\bhide behind (?:your|a|the) (?:receptionist|staff|front desk|lawyers?|screen|desk)|\bcan'?t hide (?:forever|from me)\b"
        r"|\b(?:pay|paying) (?:you|u|her|him|them|the doctor|that \w+|this \w+) (?:a )?(?:little |friendly |personal |surprise |nice )?visit\b|\b(?:pay|paying) (?:a )?little visit to (?:that|this|the|your|her|his)\b"
        r"|\bdeserves? (?:visitors|a visit|some company|company|what'?s coming|everything coming|to suffer|to be hurt|to get hurt)\b"
        r"|\b(?:interested in|looking forward to|can'?t wait to|would love to|'d love to|wants to|want to) (?:meeting|meet|seeing|visiting) (?:the|that|this) (?:woman|man|lady|guy|doctor|doc|nurse|person|bitch) who\b"
        r"|\bsay (?:that|it) to my face\b|\bcome (?:out|outside) and say\b"
        r"|\byou(?:'ve got| have| got) (?:\d+|one|two|three|twenty-four|forty-eight) (?:hours?|days?|minutes?) to\b|\bafter that i (?:stop asking|won'?t ask|take matters|do it my way)"
        r"|\bthis is your (?:last|final|only) (?:warning|chance)\b|\bfinal warning\b"
        r"|\b(?:i'?ll|i will|i'm|we'll) be (?:waiting )?(?:by|at|outside|near) (?:your|her|his) (?:car|house|home|door|place)\b"
        r"|\bwait(?:ing|ed)? (?:for (?:you|u|her|him) )?(?:by|at|outside|near) (?:the (?:staff exit|back door|back entrance|employee (?:exit|entrance|parking))|(?:your|her|his) (?:car|house|home|door|place|building))\b"
        r"|\bshow up at (?:your|her|his) (?:house|home|door|place)\b"
        r"|\b(?:at|to) (?:your|the|her|his) (?:office|clinic|house|home|door|practice|front desk) with (?:my|a few|some) (?:brothers|friends|boys|cousins|crew|gang|guys|people)\b"
        r"|\b(?:recogni[sz]es?|spots?) (?:you|u|her|him) (?:on the street|in public|outside)"
        r"|\bone (?:of these|day) days?\b.{0,40}?\b(?:you|u|ur)\b.{0,30}?\b(?:won'?t|hurt|shot|sorry|pay|regret)",
        "a veiled threat against the clinician or the practice",
        _FIG,
    ),
    Rule(
        "wish_harm",
        r"\b(?:hope|hoping|pray|praying|wish) (?:every (?:night|day) )?(?:that )?(?:you|u|ur|your (?:\w+ )?(?:office|clinic|practice|house|family|car|license|kids|children|husband|wife|son|daughter|patients|staff)|this (?:doctor|quack|clinic|place)|that (?:doctor|quack|clinic))\b"
        r"(?! (?:don'?t|doesn'?t|won'?t|never|do not|does not|will not|are not|is not|aren'?t|isn'?t|feel|get well|get better|recover|are ok|are okay)\b)"
        r"(?: \w+){0,4}? (?:die|dies|rot|rots|burn|burns|burns down|burn down|get sick|gets sick|suffer|suffers|get cancer|gets cancer|lose (?:your|her|his|their) (?:licen[sc]e|job|practice)|get sued|gets sued|get fired|gets fired|get hit|gets hit|go bankrupt|goes bankrupt|closes? down|shut down|gets? shut down|get what (?:you|she|he) deserves?|choke|chokes|never (?:work|practice) again|floods?|collapses?|gets? robbed|goes under|fails?)\b"
        r"|\b(?:hope|hoping|pray|wish) (?:that )?(?:she|he) (?:\w+ ){0,2}?(?:rots?|loses (?:her|his|their) (?:licen[sc]e|job)|gets? sued|gets? fired|gets what (?:she|he) deserves)\b"
        r"|\b(?:rot|burn) in hell\b|\bgo to hell\b"
        r"|\b(?:you|u|she|he) deserves? to (?:lose (?:everything|your|her|his)|die|suffer|rot|be (?:fired|sued|struck off|locked up|in jail|in prison)|go to (?:jail|prison)|get (?:hurt|sued|fired))\b"
        r"|\bojala (?:que )?(?:te |le |se )?(?:mueras|muera|pudras|pudra|echen|despidan|quiten|demanden|pierdas|pierda|cierren|quiebre|enfermes|enferme|pase algo|quemes|queme|caigas|rompas|atropell\w+|choques|sufras)\b"
        r"|\bojala (?:que )?(?:te|le) pase (?:lo mismo|algo|lo peor)\b|\bojala (?:que )?(?:tu|su) (?:clinica|consultorio|casa|carrera|negocio) (?:se )?(?:queme|hunda|cierre|quiebre|arda)\b"
        r"|\b(?:vete al infierno|pudrete|muerete|que te jodan)\b"
        r"|\bque te (?:echen|pudras|mueras|despidan|demanden)\b|\bque te quiten (?:el titulo|la licencia|la cedula)",
        "wishes the clinician harm",
        _NONE,
    ),
    Rule(
        "insult",
        rf"\b{_STRONG}(?=\W|$)|\[slur\]|🤡"
        rf"|\b(?:you(?:'re| are|re)?|ur|u r|your a|you're such|eres|es usted|usted es|sos) {_INTENS}{_NOUN}\b"
        rf"|\b(?:what an?|such an?) (?:\w+ )?(?:{_STRONG}|loser|liar|fraud|disgrace|bitch|b\*tch|jerk|pig)\b"
        rf"|\b{_SUBJECT}(?:'s| is| are|'re) {_INTENS}(?:{_NOUN}|{_ADJ3})\b"
        rf"|\b(?:you(?:'re| are|re)?|ur|u r|eres|es usted|usted es) (?:so |such a |such an |a |an |un |una |muy |tan |just |really |fucking |total |complete |truly |honestly |literally |an absolutely |absolutely )*{_ADJ_YOU}\b"
        rf"|\bsuch an? (?:[\w-]+,? (?:and )?){{0,2}}{_ADJ_YOU},? (?:[\w-]+ )?(?:man|woman|person|doctor|nurse|human|human being|creature)\b"
        r"|\b(?:absolute|total|complete|utter|pathetic|stupid|st\*pid|dumb|useless|worthless|incompetent|nasty|ugly|greedy|brainless|fat|lazy|old|crazy|arrogant|condescending)"
        r" (?:\w+ )?(?:fraud|loser|liar|cow|witch|pig|hack|jerk|twit|idiot|moron|clown|bitch|b\*tch|whore|slut|hag|quack|butcher|sheep)\b"
        rf"|\b{_ADJ},? (?:\w+,? )?(?:and |y |e )?(?:frankly )?{_ADJ}\b"
        rf"|(?:^|[.!?¡¿] ?){_ADJ}[.!]"
        r"|\b(?:dumbest|stupidest|ugliest|laziest|most incompetent|most useless|most pathetic|most arrogant|fattest) (?:\w+ ){0,2}?(?:person|doctor|dr|doc|nurse|human|woman|man|quack|practitioner|np|physician|ever)\b"
        r"|\b(?:excuse|poor excuse|sorry excuse) (?:for|of) an? (?:\w+ )?(?:doctor|dr|doc|physician|nurse|human|person|woman|man|mother|human being|professional|medic|clinician|provider|practitioner|surgeon)\b"
        r"|\bworst (?:human being|person alive|human alive)\b"
        r"|\b(?:fat|ugly|stupid|st\*pid|dumb|useless|incompetent|brainless|clueless|pathetic|greedy|lying|crooked|worthless|bitchy|evil|disgusting|idiot|moron|lazy|arrogant)"
        r"(?: (?:fat|ugly|stupid|dumb|useless|incompetent|lazy|old|arrogant|greedy|lying))? (?:nurse|doctor|doc|dr|physician|receptionist|surgeon|dentist|midwife|np|quack|bitch|b\*tch|hag|cow|witch|pig)s?\b"
        rf"|\b(?:you people|you lot|y'all|you guys) (?:are|r) {_INTENS}{_NOUN}s?\b"
        rf"|\b(?:she|he)(?:'s| is) {_INTENS}(?:{_STRONG}|bitch|b\*tch|whore|slut|hoe|cow|witch|hag|pig|fraud|liar|dummy|bimbo|airhead|blonde|karen|joke|disgrace|loser)\b"
        r"|,\s*(?:bitch|b\*tch|whore|slut|cunt|hoe|scum|karen|dummy|dumbo|loser|quack|moron|idiot|fraud)\W*$"
        r"|\bimagine being (?:this|so) (?:dumb|stupid|incompetent|clueless|ignorant|useless|ugly|brainless)|\bhow (?:are|is|can) (?:you|u|she|he|someone) (?:be )?(?:this|so) (?:dumb|stupid|incompetent|clueless|brainless)\b"
        r"|(?<!to )\bgo back to (?:med|medical|nursing) school\b|\bdid (?:you|u|she|he) even (?:go to|finish|graduate|pass)\b|\b(?:buy|bought|get|got) (?:your|her|his) (?:degree|license|licence) (?:from|out of|in) a (?:cereal box|gumball|cracker jack)"
        r"|\bshut up and (?:do|listen|give|refill|answer|prescribe|sign)\b|\bnobody (?:asked|wants|cares about) (?:for )?(?:your|ur) (?:opinion|advice|input|take|two cents)\b"
        r"|\b(?:vieja|viejo|maldit[oa]|pinche|puta|estupid[oa]|tont[oa]|gord[oa]) (?:bruja|loca|doctor\w*|enfermer\w*|zorra|perra|vieja|idiota|inutil|matasanos|medic[oa]|amargad[oa]|asqueros[oa]|incompetente|ignorante|de mierda)\b"
        r"|\byou (?!(?:can'?t|cannot|won'?t|don'?t|didn'?t|can|could|will|would|should|must|might|did|do|to|are|were) )(?:\w+ )?(?:fool|idiot|moron|clown|twit|muppet|loser|quack|fraud|bitch|b\*tch|pig|cow|witch|liar|hack|hag|embarrassment|disgrace|failure|creep|troll|nobody|joke)\b"
        r"|\b(?:this|that) (?:\w+ )?(?:loser|clown|idiot|moron|fraud|quack|liar|fool|bitch|b\*tch|witch|hag|twit|muppet)\b"
        r"|\bwhat kind of (?:idiot|moron|fool|clown|quack|doctor|nurse|person|human|monster)\b(?: \w+){0,3}? (?:gives|says|posts|tells|would|does)\b"
        r"|\beat (?:sh\*t|shit|dirt|crap)\b|\bno sirves? (?:para nada|ni para)\b"
        rf"|\b(?:ese|este|esa|esta|el|la|tu|su) (?:doctor|doctora|medic[oa]|enfermer[oa]|recepcionista|dentista) es (?:un |una |muy |tan )*(?:{_NOUN}|{_ADJ})\b"
        r"|\b(?:brain|brains|iq|intelligence|personality|bedside manner|manners|face) of a (?:\w+ )?(?:goldfish|potato|rock|brick|toddler|rattlesnake|snake|pig|donkey|monkey|toad|cow|sheep|troll|gremlin|peanut|doorknob)\b"
        r"|\bhow (?:did|do) (?:you|u|she|he) (?:even|ever|possibly|actually) (?:\w+ )?(?:pass|graduate|get|finish|keep)\b|\bseriously,? how did (?:you|u|she|he)\b|\bbrib(?:es|ed|e)\W*\??\W*$"
        r"|\b(?:you|u|doctors like you|people like you)(?:'re| are) (?:the )?reason (?:people|patients|my \w+) (?:die|died|suffer|are dead)\b"
        r"|\b(?:hey|ok|okay|well|sure|thanks|nice one|great job),? (?:genius|einstein|smart guy|smarty pants|doctor know-it-all|dr\.? google)\b"
        r"|\bas (?:useless|stupid|dumb|ugly|fake|worthless|pathetic|incompetent|clueless) as (?:you|u|she|he|your)\b"
        r"|\b(?:pathetic|sad|stupid|dumb|ugly|fat|useless|miserable|nasty) little (?:man|woman|boy|girl|person|doctor|quack|nurse|troll|creep|worm)\b"
        r"|\bdrop dead(?! (?:gorgeous|tired|beautiful|serious|handsome|funny|gorgeus))\b|\beat a bag of\b|\bsuck (?:a|my) (?:dick|cock|d\*+)"
        r"|\bwho (?:let|lets|allowed|hired|licensed) (?:her|him|this|that|them) (?:\w+ )?(?:become|be|near|treat|touch|work|practice|post|have)\b"
        r"|\"(?:doctor|dr|nurse|expert|professional|physician|np|specialist|doc)\"|\bso-called (?:doctor|expert|nurse|professional|physician|specialist|medic)\b"
        r"|\b(?:esta|este|esa|ese) (?:senora|senor|tipa|tipo|vieja|viejo|mujer) es (?:un |una |muy |tan )*(?:bruja|idiota|inutil|incompetente|ignorante|payas[oa]|estafador\w*|ladron\w*|vergüenza|verguenza)\b"
        r"|\bque clase de (?:persona|medico|doctor\w*|enfermer\w*) eres\b"
        r"|\b(?:doctor\w*|medic[oa]|enfermer[oa]|matasanos|clinica|consultorio)\s+de (?:pacotilla|quinta|cuarta|mierda|segunda|chichinabo|feria)\b|\bde pacotilla\b"
        r"|\b(?:un |que )?asco de (?:persona|doctor\w*|medic[oa]|enfermer[oa]|ser humano|gente|clinica)\b|\beres un asco\b"
        r"|\b(?:trash|garbage) (?:doctor|doc|nurse|human|person|clinic|practice|dr)\b|(?:^|[.!?] ?)(?:asesin[oa]|murderer|baby killer|butcher|carnicer[oa])[.!]"
        r"|\b(?:trash|garbage|useless) at (?:your|ur|her|his) (?:job|work)\b|\bok boomer\b|\bstay mad\b|\bcry about it\b|\bcope harder\b"
        r"|\b(?:stupid|dumb|idiot|useless|crazy|ugly|evil|horrible|nasty|disgusting|pathetic|lazy|arrogant|incompetent|smug) (?:woman|lady|cow|bitch)\b"
        rf"|\bwhat an? (?:[\w-]+ ){{0,2}}?(?:{_STRONG}|loser|liar|fraud|disgrace|bitch|jerk|pig|prick|dick|bastard|whore|slut|cow|witch|hag|creep|vulture|parasite|snake|psycho|freak|fool|dummy)\b"
        rf"|\bnothing but an? (?:[\w-]+ )?{_NOUN}\b"
        r"|\b(?:your|ur) (?:face|voice|existence)\b.{0,15}?\b(?:makes? me (?:sick|want to (?:puke|vomit|throw up))|disgusts? me)\b|\byou disgust me\b"
        r"|^\W*(?:bitch|b\*tch|whore|slut|cunt|pig|cow|witch|loser|liar|fraud|fake|hack|creep|freak|trash|garbage|scum|perra|zorra|puta|basura|bruja)\W*(?:emj\w+\W*)*$"
        r"|\b(?:her|his|your) (?:husband|wife|kids|partner|spouse) must (?:hate|be miserable|regret)\b|\bwhoever married (?:her|him|you)\b"
        rf"|\b(?:you|u) (?:doctors|docs|nurses|people|guys) are (?:all )?(?:[\w-]+ )?{_NOUN}s?\b"
        r"|\bugly inside and out\b|\b(?:she|he|you|u|ur|the (?:doctor|nurse|receptionist)|this (?:doctor|nurse|quack|guy|woman)) (?:look|looks|sound|sounds|smell|smells) like a (?:\w+ )?(?:goat|pig|cow|whale|hippo|donkey|rat|monkey|ape|toad|troll|witch|hag)\b"
        r"|\bwho (?:let|lets|allowed) (?:her|him|this|that|them) (?:\w+ )?(?:post|practice|be a doctor|near patients|have a license)|\bwho gave (?:this|that|her|him|them) (?:\w+ )?(?:a )?(?:medical )?(?:license|licence|degree)"
        r"|\bgo back (?:where|to where) (?:you|u|she|he|they) came from\b|\bgo back to (?:your|her|his) (?:own )?country\b|\bgod complex\b"
        r"|\bdelete (?:your|ur) (?:account|page|profile)\b|\bnobody (?:wants to hear|cares) (?:from|about|what) (?:you|u|a)\b",
        "an insult aimed at the clinician or staff",
        _NONE,
    ),
    Rule(
        "abuse",
        r"\b(?:fuck|f\*ck|fck|fk|fuk|screw|damn) (?:you|u|off|yourself|ur ?self|this doctor|that doctor|your clinic)\b|\bf (?:you|u)\b|\bgo (?:die|fuck yourself|kill yourself|jump off a \w+)\b"
        r"|\b(?:stfu|gtfo|kys)\b|\bgo (?:choke|drown|rot|jump in a \w+|hang yourself)\b|\bunalive (?:yo)?urself\b|\b(?:go|just|should|pls|please|plz|why don'?t you) (?:\w+ )?(?:kill|off) (?:yo)?urself\b|\b(?:kill|off) (?:yo)?urself(?=\W*$|,)"
        r"|\bshut (?:the fuck|tf) up\b|\bshut (?:your|ur) (?:\w+ )?(?:mouth|trap|face|pie hole)\b|\bshut up,? (?:you|u|bitch|doc|quack|moron|idiot|already|lady)\b"
        r"|\bemjfinger|\bvete a la mierda|\bojala te mueras|\bchinga tu|\bvete al diablo|\bcierra la boca|\bcallate la boca",
        "abuse aimed at the clinician",
        _NONE,
    ),
    Rule(
        "stalking",
        rf"\b(?:i|we|i'?ve|we'?ve) (?:saw|seen|watched|followed|noticed|spotted|was watching|have been watching|been watching) (?:you|u)(?!')\b.{{0,50}}?{_SIGHTING}"
        rf"|\b(?:i|we) see you(?!')\b.{{0,50}}?{_SIGHTING}"
        rf"|(?:^|[.!?] )(?:saw you|seen you|watched you|followed you|noticed you|spotted you)(?!')\b.{{0,50}}?{_SIGHTING}"
        r"|\b(?:i|we) (?:know|found out|find out|'?ll find out|will find out|found|figured out) (?:where (?:you|u|she|he) (?:live|lives|park|parks|work out|sleep|sleeps|eat|shop|go after)|(?:your|ur|her|his) (?:home )?address|"
        r"which (?:car|house|gym|school|church|street) (?:is yours|you|u|she|he)|(?:your|ur|her|his) (?:kids'?|children'?s?|son'?s|daughter'?s) (?:school|names?)|(?:your|ur) (?:license plate|licence plate)|where your kids)"
        r"|\b(?:i|we) (?:have|got) (?:your|ur|her|his) (?:home )?address\b"
        r"|\bi know (?:what time|when|where|which way|how) (?:you|u|she|he) (?:leave|get off|go|park|live|sleep|arrive|walk|run|jog|finish|work out|eat|shop|pick up)\b"
        r"|\b(?:been|was|am|i'm|keep) following (?:you|u|her|him) (?:home|around|everywhere|after (?:work|your shift|her shift|his shift))\b"
        r"|\b(?:i|we) (?:saw|see|seen|spotted|ran into|followed|watched|noticed) (?:your|ur) (?:wife|husband|kids?|son|daughter|children|family|partner|boyfriend|girlfriend|mom|mother|dad|father|car|house|dog)\b"
        r"|\byour (?:husband|wife|kids?|son|daughter|partner|boyfriend|girlfriend|children) (?:drives|works (?:at|for)|attends|coaches|teaches|volunteers|lives|parks|leaves)\b"
        r"|\b(?:i'?ve been|i was|i have been) (?:sitting|parked|parking|standing|watching)\b.{0,20}?\b(?:outside|across from|in front of|near|by) (?:your|ur|her|his) (?:clinic|office|house|home|place|building|car|practice)\b"
        r"|\b(?:i )?found (?:you|u) (?:anyway|again|eventually)\b|\bcan'?t (?:escape|hide from|run from) me\b|\bcan run but\b"
        r"|\bwhat i know about (?:you|u)\b|\b(?:i know|i found out|i'?ve learned|i'?ve found) (?:a lot|so much|things|stuff|some things) about (?:you|u|your)\b"
        r"|\bse (?:a que|en que|cual|donde) (?:colegio|escuela|guarderia|gimnasio|hora)\b.{0,20}?\btus? "
        r"|(?<!do )(?<!did )\byou (?:walk|jog|run|drive|leave|park|go)\b.{0,40}?\b(?:every (?:night|morning|day|evening)|same (?:route|time|place|spot))\b"
        r"|\b(?:recogni[sz]ed|spotted|know) (?:your|ur|her|his) (?:car|truck|bike|license plate|plate)\b|\b(?:went|go|pass|passed|been|walk|drive) (?:past|by) (?:your|ur|her|his) (?:house|home|place|apartment)\b"
        r"|\bi know (?:you'?ll|you will|you're going to) be (?:there|at)\b|\b(?:keep|stop) blocking me\b|\bblocking me (?:forever|won'?t)\b|\bwatching your every move\b"
        r"|\b(?:message|messaging|text|texting|call|calling|email|emailing|contact|contacting|dm)\w* (?:your|ur) (?:husband|wife|kids|family|mom|mother|dad|father|boss|employer|partner|children|sister|brother)\b"
        r"|\byour (?:husband|wife|family|boss|kids|partner|mom) (?:\w+ ){0,2}?(?:getting|get|gets|reading|read|receiving) my (?:messages|texts|calls|emails|letters)\b"
        r"|\bse a que hora (?:sales|llegas|te vas|sale|terminas)\b"
        r"|\bknow wher[e3] (?:you|u) (?:liv[e3]|lives|sleep|park)\b|\bi know (?:your|ur) (?:routine|schedule|movements|habits|license plate|licence plate)\b(?! (?:is|are|must|has|gets|can|might)\b)"
        r"|\b(?:two|2|three|3|a few|few) (?:streets|houses|doors|blocks) (?:from|away from|down from) (?:you|u|your)\b|\b(?:next door to|across the street from) (?:you|u)\b"
        r"|\bwho(?: was| is|'s) (?:the|that) (?:guy|man|woman|girl|lady|person) you were with\b|\bwatching (?:you )?from (?:across|outside|the parking|my car|the street)\b"
        r"|\b(?:noticed|saw|watched|could see)\b.{0,10}?\bfrom (?:the parking lot|across the street|my car|outside)\b|\bi know (?:you'?re|you are) (?:reading|seeing|getting|ignoring) (?:these|this|my)\b"
        r"|\bfind (?:another|a) way to (?:get to|reach) (?:you|u)\b(?!.{0,20}\b(?:phone|email|portal|office|clinic)\b)|\bconozco tu (?:rutina|horario|casa|coche|direccion|auto)\b"
        r"|\bwhich (?:\w+ )?(?:is|one is) (?:yours|your car|your house)\b|\bi know (?:all|everything) about (?:your|ur) (?:family|kids|husband|wife|life)\b"
        r"|\byour (?:son|daughter|kids?|children|husband|wife)(?: has| have|'s) (?:\w+ ){0,2}?(?:on|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
        r"|\b(?:you|u) blocked me\b|\bmaking (?:new |more |another )?accounts?\b|\bnew accounts? (?:every|each) time\b"
        r"|\bfollowed (?:your|ur|her|his) car\b|\bi'?ll keep (?:messaging|texting|calling|writing|emailing|commenting|posting) (?:you |u )?(?:until|till|every)\b"
        r"|\btengo tu (?:numero personal|direccion|numero de casa|matricula|placa)|\bse tu direccion\b"
        r"|\b(?:outside|near|by|drove past|driving past|walked past|parked (?:outside|near)) (?:your|ur) (?:house|home|place|apartment|building|door|gym|kids'? school|driveway)\b"
        r"|\bi know (?:more about (?:you|u) than|everything about (?:you|u|your)|(?:these|such) things\b|about (?:the|your) (?:lake house|cabin|affair|divorce|ex))"
        r"|\b(?:your|ur|her|his|their|the doctor's|the doc's) (?:mom|mum|mother|dad|father|sister|brother|husband|wife|partner|kids?|children|son|daughter|family|ex(?:-wife|-husband)?)(?:'s|s'|s|') (?:\w+ )?"
        r"(?:facebook|instagram|insta|account|profile|page|linkedin|names?|school|address|email|is still public|dance recital|recital|soccer|games?|graduation|birthday|wedding|school play|play|match|party|practice|concert|obituary)"
        r"|\byour (?:son|daughter|kids?|children|husband|wife|partner) (?:plays|goes to|walks|practices|takes the bus|gets picked up)\b"
        r"|\b(?:i|we) (?:sat|stood|waited|parked|was sitting|was standing|was parked) (?:\w+ ){0,3}?(?:behind (?:you|u)|near (?:you|u)|outside your|across (?:from your|the street from)|by the staff exit|at the field)"
        r"|\bleft the (?:restaurant|party|bar|gym|store|park|cafe|coffee shop|game|concert|church|event) so (?:fast|early|quickly)\b"
        r"|\bleave the (?:restaurant|party|bar|gym|store|park|cafe|coffee shop|game|concert|church|event) so (?:fast|early|quickly)\b"
        r"|(?<!do )(?<!did )(?<!are )(?<!will )\byou(?:'ve been| have been| always| usually)? (?:go|going|walk|walking|jog|jogging|run(?! (?:the|a|an|this|that|your)\b)|running|drive|driving|park|parking|leave|leaving|swim|swimming|work out|lift|train|shop|eat)\b.{0,60}?"
        r"\b(?:right ?\?|see you there|small town|i know|i'?ve noticed|on (?:mon|tues|wednes|thurs|fri|satur|sun)days)"
        r"|\b(?:car|truck)(?:'s| has| is) been (?:in|on|at) (?:the|your) (?:driveway|garage|street)\b"
        r"|\b(?:made|created|new|another|my (?:\w+ )?(?:new|fourth|fifth|sixth|third|second|\d+(?:th|rd|nd)))(?: a)?(?: new| another| fake)? (?:account|profile|number)\b.{0,50}?"
        r"\b(?:block|since you (?:blocked|deleted)|as many times|find a way|can'?t get rid|cant get rid)"
        r"|\bmade account (?:number|#|no\.?) ?\d+|\b(?:this is|that'?s) my (?:fourth|fifth|sixth|seventh|third|second|\d+(?:th|rd|nd)) account\b|\bblocked me again\b|\bblock me as many times"
        r"|\bwhy did you block me|\byou can'?t (?:block|hide from|ignore) me|\byou can(?:'t|not) hide\b|\bi(?:'ll| will) (?:always )?find (?:you|a way back to you)\b"
        r"|\bi(?:'m| am) (?:always )?watching (?:you|u)\b(?! (?:on|live|right now|rn|now|stream))"
        r"|\b(?:can'?t|cannot|won'?t|will never) get rid of me\b|\b(?:don'?t|no) bother (?:changing|blocking|ignoring|moving)\b|\bi'?ll (?:have|find|get) the new (?:one|number|address)\b"
        r"|\b(?:changed|changing|change) (?:your|ur) (?:number|profile to private|account to private)\b.{0,50}?\b(?:still|again|cute|won'?t|doesn'?t|public)"
        r"|\b(?:got|found|tracked down|figured out|dug up) (?:your|her|his|ur) (?:home |personal |private |real |cell )(?:number|address|phone|cell|email|location)\b"
        r"|\b(?:got|found|tracked down|dug up) (?:your|her|his|ur) (?:number|address) from (?:your|her|his|a|an|the) (?:old |ex|former)"
        r"|\bfollowed (?:you|u|her|him) (?:to (?:the|your) (?:car|coffee shop|cafe|gym|house|home|store|parking|restaurant)|home)\b|\bcouldn'?t stop watching (?:you|u)\b"
        r"|\b(?:nice|cute|lovely|pretty|great) (?:dress|outfit|shirt|jacket|coat|shoes) (?:yesterday|this morning|last night)\b",
        "knows or follows the clinician's private life (stalking)",
        _FIG_NEG,
    ),
    Rule(
        "doxxing",
        r"\b(?:post|posting|share|sharing|publish|publishing|leak|leaking|drop|dropping|spread|spreading|expose|exposing|reveal|revealing|give out|giving out|pass around) (?:\w+ ){0,2}?"
        r"(?:(?:her|his|their|the doctor's|the doc's|this quack's) (?:home |personal |private |real |new )?(?:home address|address|street(?: name)?|license plate|licence plate|schedule|family photos|kids'? names|kids'? school|whereabouts|number|phone|cell)"
        r"|(?:your|ur) (?:home address|home|personal|private|real|family|kids'?) ?(?:address|number|phone|cell|email|photos|pics|names|school)?|(?:your|ur) (?:license plate|licence plate|daily schedule|whereabouts))"
        r"|\bscreenshots of (?:your|ur|our) (?:dms|messages|chats)\b|\b(?:post|posting|share) (?:another one of )?(?:your|ur) (?:family|kids'?) (?:photos|pics)"
        r"|\beveryone (?:will|is going to|gonna) know where (?:you|u|she|he) (?:live|lives)|\bhere(?:'s| is) (?:his|her|the doctor's|the doc's) (?:home )?address"
        r"|\bfound (?:out )?where (?:this|that|the) (?:\w+ )?(?:lives|works out|parks)\b|\b(?:his|her) (?:personal|home|private|cell) (?:number|address|cell|phone) is\b"
        r"|\bcall (?:her|him|them) at \d+ ?(?:am|pm)\b|\b(?:every|each|the whole|all the) (?:\w+ ){0,2}?(?:group|town|parent|patient|neighbou?r)s?\b.{0,20}?\b(?:learns?|will know|knows|finds? out|hears?) (?:your|ur|her|his) (?:name|address)"
        r"|\bthat'?s where (?:she|he|the doctor|the doc) lives\b|\bgo knock\b|\b(?:post|drop|share|publish|leak)\w* the (?:home )?address of\b"
        r"|\blet (?:the|her|his|your) neighbou?rs know\b|\bwhere (?:this|that) (?:\w+ )?lives\b|\beveryone (?:should|will|is going to|needs to) know (?:where|what|who) (?:you|u|she|he|this|the)\b"
        r"|\b(?:post|share|leak|publish|spread|put|drop|give)\w* (?:\w+ ){0,2}?(?:your|ur|her|his) (?:phone )?(?:number|cell|address|plate)\b.{0,20}?\b(?:with (?:everyone|the whole|all|every)|on (?:reddit|twitter|4chan|the internet)|everywhere|online)"
        r"|\bhere(?:'s| is) (?:his|her|the doctor's|the doc's) (?:home |personal |private )?(?:cell|number|phone)"
        r"|\b(?:his|her|the doctor's|the doc's) (?:home )?address is\b|\b(?:she|he) lives (?:at|on) \d+"
        r"|\b(?:post|share|leak|publish|spread|put|drop|send|give)\w* (?:\w+ ){0,4}?(?:your|ur|her|his)\b(?: \w+){0,3}? (?:address|personal email|personal number|home number|cell number|phone number|personal cell)\b.{0,40}?"
        r"\b(?:every|everywhere|online|all over|everyone|the whole|reddit|twitter|4chan|facebook|groups?)\b"
        r"|\bpublico tus (?:fotos|datos|direccion|mensajes)\b|\b(?:posting|leaking|dropping|publishing) (?:ur|your|her|his) (?:home )?(?:address|number|location|info)\b"
        rf"|\b{_WILL} (?:post|leak|publish|drop|spread)\w* (?:\w+ ){{0,2}}?(?:your|ur) (?:\w+ )?(?:address|number|cell|phone|location|plate|photos|pics|info|details|dms|messages)\b"
        r"|\b(?:your|her|his) (?:\w+ (?:and )?){0,3}?(?:address|number|details|info|photos|plate)\b.{0,20}?\b(?:circulating|out there|going around|being shared|public now|online now)\b"
        r"|\b(?:leak|expose|release)\w* (?:\w+ ){0,3}?(?:your|her|his) (?:\w+ ){0,2}?(?:transcripts?|divorce|secrets|nudes|emails|texts|dms|past|affair)\b"
        r"|\b(?:dropping|drop|posting|post|releasing|release|leaking|leak|sharing|share|publishing) (?:it|them|everything) all\b|\b(?:dropping|posting|releasing|leaking) (?:it|everything) (?:tonight|tomorrow|soon|at)\b"
        r"|\b(?:this|that) (?:doctor|doc|quack|nurse|woman|man|guy|lady)'s (?:home )?(?:address|number|cell|phone)\b"
        r"|\bif they knew (?:the truth|what you|who you)\b|\bthe truth about (?:you|u|her|him)\b|\b(?:voy a|vamos a) (?:contarle|decirle) a (?:todo el mundo|todos)\b"
        r"|\btell (?:everyone|everybody|the world|all your patients) (?:what|who) (?:you|u|she|he) (?:did|are|is|really)\b"
        r"|\b(?:document|file|list|dossier|spreadsheet|folder)\b.{0,20}?\b(?:with|of|on) (?:your|her|his|ur) (?:address|home|license plate|licence plate|schedule|family)"
        r"|\b(?:address|number|plate|schedule|photos)\b.{0,30}?\b(?:putting|posting|sharing|publishing|spreading) it (?:on|in|everywhere|all over)\b"
        r"|\bi have it all\b.{0,30}?\b(?:share|post|publish|send)\b|\bmaybe i'?ll share it\b"
        r"|\b(?:voy a|vamos a) (?:publicar|compartir|subir|difundir|poner) (?:tu|su|donde|en que) (?:direccion|telefono|numero|casa|matricula|placa|vive|vives|trabaja)"
        r"|\bpublicar (?:donde|en donde) (?:vive|vives)\b|\bdonde vive para que\b",
        "threatens to publish the clinician's private details (doxxing)",
        _FIG,
    ),
    Rule("sexual", SEXUAL_PATTERN, "sexual harassment", _FIG),
    Rule(
        "coercion",
        r"\bor else\b"
        rf"|\bor (?:i|we)(?: will| ?'?ll| am going to|'m going to|m going to|'m gonna|m gonna| gonna)? {_CONSEQ}"
        r"|\bor (?:i'?m|i am|we'?re) (?:calling|posting|telling|reporting|sending|sharing|leaking|contacting|going to the|going public|coming)\b|\blies about (?:you|u|her|him)\b"
        r"|\band i'?ll (?:delete|take down|remove|forget about)\b.{0,20}?\b(?:video|post|review|recording|photos|pics|it|this|everything)\b"
        r"|\b(?:imagine|what) if (?:this|it|that|the video|the recording) (?:went|goes|got) viral\b|\bflood (?:your|the|her|his) (?:page|inbox|reviews|comments|dms|profile)\b"
        r"|\b(?:your|her|his) (?:patients|boss|employer|husband|wife|family|board|colleagues|followers) (?:will|are going to|gonna) (?:hear (?:from me|about (?:this|you|it))|know (?:what|who|the truth)|find out (?:what|who|the truth|about you))"
        r"|\bor (?:your|her|his) \w+ (?:finds? out|will (?:find out|know|hear|learn|see)|learns?|hears?)\b"
        r"|\bor (?:the|this|that|your|my) (?:\w+ )?(?:video|photos?|pics|recording|screenshots|story|messages|texts) (?:goes|go|will go|gets|get) (?:public|online|viral|out)\b"
        r"|\bunless i get (?:my|the|what)\b|\bi'?m telling (?:the board|everyone|your (?:boss|husband|wife|patients|employer))\b"
        r"|\bi'?ll stop (?:posting|messaging|calling|commenting) (?:when|once|if|after)\b|\bgive me what i want\b"
        r"|\bor (?:everyone|every \w+|the whole \w+|all your \w+)\b.{0,40}?\b(?:learns?|will know|knows|finds? out|hears?|sees?|gets?)\b"
        r"|\bunless (?:you|u) (?:give|refill|prescribe|answer|reply|call|send|meet|write|change|sign|pay|refund|apologi[sz]e|remove|delete)"
        r"|\b(?:if|until) (?:you|u) (?:don't|dont|do not) (?:give|refill|prescribe|answer|reply|respond|call me|send|meet|write|sign|pay|refund|apologi[sz]e)\b.{0,40}?\b(?:i'll|ill|i will|i'm going to|im gonna|i'm gonna|i post|everyone)"
        r"|\b(?:every|each) (?:day|hour|week|time) (?:you|u) (?:don'?t|do not|ignore|fail to|refuse)\b"
        r"|\b(?:script|prescription|refill|sign|pay|money|apologi[sz]e|delete|call me|refund)\b.{0,30}?\band this (?:all )?(?:goes|will go|can go) away\b|\bmake (?:this|it) (?:all )?go away\b"
        r"|\bi'?ll take (?:this|it|the (?:post|review|video)) down (?:when|if|once|after) (?:you|u)\b"
        r"|\breview[- ]bomb\w*|\bbomb (?:your|the) reviews|\b(?:1|one)[ -]star (?:reviews? )?(?:everywhere|on every|on all|until)|\b(?:who'?ll|will|gonna|to) pile on\b"
        r"|\byour (?:reviews|ratings?) (?:are|is|will) (?:going to |gonna )?(?:look|be|get|tank|drop)"
        r"|\b(?:leave|leaving|post|write) (?:you )?(?:a )?(?:bad|1[- ]star|one[- ]star|terrible|horrible|scathing) reviews? (?:unless|if|until|everywhere)"
        r"|\b(?:report|sue|expose|ruin) (?:you|u) (?:to|on|in|unless|if)\b"
        r"|\b(?:made[- ]up|false|invented) (?:stories|complaints|accusations|allegations)\b|\b(?:edited|doctored|photoshopped) (?:ones|screenshots|photos)\b"
        r"|\b(?:going to|gonna) keep (?:posting|writing|commenting|messaging|calling|tagging) (?:about )?(?:you|u|her|him)?\b.{0,30}?\b(?:everywhere|until|till)\b"
        r"|\bkeep (?:posting|commenting|messaging|calling|tagging|emailing) (?:about )?(?:you|u|her|him) (?:everywhere|until|till)\b"
        r"|\buntil (?:i get my (?:script|prescription|meds|refill|money|refund) back|your (?:practice|clinic|office) (?:closes|shuts down|goes under))"
        r"|\bsi no me (?:das|receta\w*|contestas|respondes|devuelves|firmas|llamas)\b.{0,40}?\b(?:voy a|te|publico|cuento|subo|denuncio)"
        r"|\bo (?:le |les |te )?(?:cuento|digo) a (?:todos|todo el mundo|tu (?:esposo|marido|jefe|familia))|\bo (?:publico|subo|denuncio|expongo|difundo)\b"
        r"|\bo (?:voy|vamos) a (?:publicar|contar|denunciar|subir|exponer|difundir|ir a tu)"
        r"|\bantes de (?:ignorarme|bloquearme)\b|\bpiensalo (?:bien )?antes\b",
        "coercion or extortion",
        _FIG,
    ),
    Rule(
        "es_threat",
        r"\bte vas a arrepentir|\b(?:se|ya se) donde (?:vives|trabajas|estacionas|viven tus|vive|trabaja|estudian)|\bse cual es tu (?:coche|carro|auto|casa|gimnasio)"
        r"|\bte voy a (?:buscar|encontrar)(?! en (?:instagram|facebook|linkedin|redes|google|tiktok))|\bte voy a (?:matar|hacer dano|golpear|denunciar y|arruinar|destruir|partir|romper)"
        r"|\bte voy a esperar (?:afuera|a la salida)|\bte vamos a (?:buscar|encontrar|matar|golpear)|\bcuidate la espalda\b|\bya veras(?=\W*$| lo que)|\bya vas a ver\W*$|\bvas a ver lo que (?:pasa|te pasa)"
        r"|\b(?:me las|la|lo) vas a pagar|\bvas a pagar (?:por esto|caro|lo que)|\bte estoy vigilando|\bte sigo (?:viendo|observando|mirando)"
        r"|\bte vi (?:\w+ ){0,2}?(?:saliendo|con tus? (?:marido|esposo|esposa|hijos?|hijas?|familia|novio|novia)|en (?:el gimnasio|el super|el supermercado|el mercado|tu casa|el parque|el estacionamiento))"
        r"|\bya te llegara\b|\bte va a llegar\b|\bte vas a enterar\b|\bcuando menos te lo esperes|\bten (?:mucho )?cuidado (?:cuando|al) sal\w+|\bten cuidado esta noche"
        r"|\b(?:ir a )?buscarl[oa] a su casa\b|\bensenarle (?:respeto|una leccion|modales)|\bdarle una leccion"
        r"|\bte espero (?:afuera|en el estacionamiento|a la salida)|\bte (?:estoy|estare|voy a estar) esperando (?:afuera|fuera|a la salida|en el estacionamiento)|\b(?:he estado|estuve|estaba|estoy|estare) (?:\w+ )?(?:frente a|afuera de|fuera de|cerca de|enfrente de|delante de) tu (?:casa|consultorio|coche|carro|trabajo|puerta)"
        r"|\bpaso por tu (?:puerta|casa|calle)|\bme hice otra cuenta|\baunque me bloquees|\bme bloqueaste\b.{0,30}?\b(?:otra|cuenta|pero)"
        r"|\bno te vas a librar de mi|\bno te libras de mi"
        r"|\bno (?:vas a poder|puedes|podras) esconderte\b|\bno te (?:puedes|podras) esconder\b|\bte estoy (?:observando|mirando|siguiendo)\b"
        r"|\b(?:vigila|cuida|cuidate) (?:bien )?(?:la|tu) espalda\b|\bten cuidado con lo que (?:haces|dices|publicas|escribes)\b|\bvas a saber quien soy\b|\bme vas a conocer\b"
        r"|\bme las? (?:pagas|pagaras)\b|\b(?:paso|pase|pasare|pasamos) por tu (?:puerta|casa|calle)\b|\btu (?:coche|carro|auto|camioneta) es (?:el|la) \w+"
        r"|\bconozco a tus? (?:familia|marido|esposo|esposa|hijos?|hijas?)\b(?!.{0,20}\b(?:del|de la|es muy|son muy)\b)"
        r"|\b(?:todos|todo el mundo) (?:van|va) a saber (?:donde|quien|lo que)\b|\bvas a perder tu (?:licencia|titulo|trabajo|cedula|consulta|carrera)\b"
        r"|\bmas te vale (?:contestar|responder|pagar|dar|firmar|llamar|hacer|que me|devolver)\w*|\b(?:no sabes )?de lo que soy capaz\b|\bte (?:voy a hacer|haria|hare) (?:de todo|cosas|lo que)\b"
        r"|\bo te (?:denuncio|acuso|expongo|demando|reporto)\b|\baunque sea mentira\b"
        r"|\bmanda(?:me)? (?:fotos?|una foto) (?:\w+ ){0,2}?(?:desnud\w*|sin ropa|en ropa interior|en lenceria|en bikini|tuya|tuyas)\b",
        "amenaza, acoso o seguimiento",
        _FIG_NEG,
        lang="es",
    ),
)

# --- local excuses ---------------------------------------------------------------------------
_SELF = re.compile(
    fold_pattern(
        r"\b(?:i'm|im|i am|i was|i feel|i felt|i look|i looked|i sound|call me|myself|i've been|i'm being|we're|we are)(?:\s+\S+){0,3}\s*$"
    )
)
_OWN_FAMILY = re.compile(
    fold_pattern(
        r"\b(?:my|our|mi|nuestro|nuestra) (?:son|daughter|kid|kids|boy|girl|husband|wife|brother|sister|dad|mom|mum|cat|dog|baby|toddler|friend|"
        r"boyfriend|girlfriend|grandson|granddaughter|nephew|niece|hijo|hija|hermano|hermana|perro|gato)(?:'s| is| are)? (?:\w+ ){0,5}$"
    )
)
# a friendly chance meeting ("small world! saw you at church"), not someone following the clinician
_FRIENDLY = re.compile(
    fold_pattern(
        r"\b(?:small world|what a coincidence|didn'?t want to (?:bother|interrupt|disturb)|should have said hi|(?:will|i'?ll) say hi|"
        r"realis\w* (?:you're|you are|it was) my|realiz\w* (?:you're|you are|it was) my|was that you\?|friends\?)"
    )
)
_QUOTED_SOURCE = re.compile(
    fold_pattern(
        r"\b(?:quote|quoted|quoting|movie|film|show|series|episode|song|lyrics?|book|novel|line from|says? in|comedy|sketch|skit|meme)\b"
    )
)
SPAM_BAIT = re.compile(
    fold_pattern(
        r"\b(?:link in (?:my )?bio|onlyfans|only fans|check (?:out )?my (?:profile|page|bio|content)|see my (?:private )?(?:pics|photos|content|profile)|"
        r"private pics|exclusive content|contenido exclusivo|mi perfil|telegram|whatsapp me|first month free|subscribe|"
        r"dm me for|message me on|looking for fun|sugar daddy)\b|🔞|https?://|\.(?:com|biz|shop|xyz|net)\b"
    )
)


def _quoted(text: str, start: int, end: int) -> bool:
    """The match stands inside double quotes ("...")."""
    return text.count('"', 0, start) % 2 == 1 and '"' in text[end:]


class ThreatHarassmentDetector(LexiconDetector):
    name = "threat_harassment"
    version = "2"
    category = Category.THREAT_HARASSMENT
    rules = RULES

    def _suppressor(self, rule: Rule, ctx: Context, start: int, end: int) -> str | None:
        """The shared suppressors, then three excuses of this detector's own."""
        shared = super()._suppressor(rule, ctx, start, end)
        if shared:
            return shared
        text = ctx.cues.norm.text
        if rule.id == "insult":
            before = text[max(0, start - 40) : start]
            if _SELF.search(before):
                return "aimed_at_self"
            if _OWN_FAMILY.search(before):
                return "said_of_own_family"
        if _quoted(text, start, end) and _QUOTED_SOURCE.search(text):
            return "quoted_from_a_show"
        if rule.id == "stalking" and _FRIENDLY.search(text):
            return "friendly_encounter"
        if rule.id == "sexual" and SPAM_BAIT.search(text):
            return "spam_bait"
        return None


__all__ = ["SEXUAL_PATTERN", "SPAM_BAIT", "ThreatHarassmentDetector"]
