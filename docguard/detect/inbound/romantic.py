"""Romantic: flirting, romantic or sexual interest, compliments on looks, dates and private meetings.

"I love your videos" and "love this post ❤️" are not romantic; "I love you" to the
clinician, "you're gorgeous" and "dinner Friday?" are. Rules are concept families:

* looks: a compliment on the clinician's looks, body, face, eyes, smile, voice or clothes,
  superlatives ("the prettiest smile", "hottest doctor on this app"), emoji of desire
  after a feature ("those eyes 😍");
* feelings: love, crushes, dreaming of or thinking about the clinician, a racing heart,
  "the way you smiled at me", poems, "I'd be a good boyfriend to you";
* dates without the word: dinner, drinks, "table for two", "you + me + a rooftop bar",
  "meet me at the park after your shift", "be my plus-one", "an excuse to see you";
* pet names used to the clinician ("babe", "angel", "mi amor", "hermosa");
* innuendo ("examine me anytime 😉") and sexual harassment (shared with threat_harassment:
  unwanted sexual content is both).

Local excuses (``RomanticDetector._suppressor``): spam bait ("hey handsome, see my pics at
the link in bio"), a compliment taken back in the same breath ("marry me (the lasagna, not
you)"), and kisses sent by a group ("kisses from the whole ward").
"""

from __future__ import annotations

import re

from docguard.detect.base import Context, LexiconDetector, Rule
from docguard.detect.inbound.threat_harassment import SEXUAL_PATTERN, SPAM_BAIT
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_LOOKS = (
    r"(?:gorgeous|beautiful|handsome|hot|sexy|s3xy|cute|pretty|stunning|attractive|fine|fit|lovely looking|"
    r"good looking|good-looking|adorable|dreamy|breathtaking|radiant|ravishing|irresistible|a snack|a dime|a ten|a 10|"
    r"a cutie|a babe|a hottie|a goddess|a vision|an 11|an eleven|a solid 10|a solid ten|11/10|easy on the eyes|a stunner|a smoke show|a beauty|a looker|a catch|eye candy|a knockout|a doll|a dreamboat|"
    r"drop dead gorgeous|too pretty|too cute|too hot|so pretty|so fine|the most beautiful|the prettiest|the cutest|the hottest|the sexiest)"
)
# words for the clinician, to say whose looks these are
_CLIN = r"(?:doctor|doc|dr|doctora|nurse|np|dentist|physician|surgeon|therapist|midwife|pharmacist|provider|physio|pediatrician)"
_FEATURE = (
    r"(?:eyes|smile|lips|legs|body|hair|voice|face|figure|curves|arms|beard|dimples|laugh|skin|hands|accent|freckles|curls|eyelashes|booty)"
)
_SWOON = r"(?:emjlove|emjhearts?|emjheart|emjkiss|emjfire|emjwink|🫠|🥵|😳|🤤|😻|swoon\w*|melt\w*|drool\w*)"
_NOT_NEGATED = ("negated", "general_question")
_NOUN_NOT_LOOKS = r"(?! (?:at|inside|soul|person|human|heart|mind|people|teacher|writer|explain\w*|work|job|post|video|content)\b)"
_LEISURE = (
    r"(?:wine|champagne|a bottle of \w+|cocktails?|drinks?|a drink|dinner|candlelight|rooftop|bar|beach|sunset|"
    r"movie|movies|cinema|concert|theater|theatre|opera|ballet|dancing|picnic|weekend|getaway|trip|vacation|cruise|"
    r"festival|gala|brunch|tea|coffee|ice cream|a walk|stroll|the coast|paris|italy)"
)

# --- local excuses ---------------------------------------------------------------------------
_GROUP_SENDER = re.compile(
    fold_pattern(
        r"\b(?:(?:from|to) (?:the |all of |all )?(?:us|whole|team|ward|staff|class|unit|department|kids|family|everyone|all)|from all of us|"
        r"the whole (?:team|ward|class|family|staff|department)|to all (?:the )?(?:nurses|staff|doctors|team))\b"
    )
)
_GROUP_INVITE = re.compile(
    fold_pattern(
        r"\b(?:our|the|my) (?:residents|team|staff|department|committee|students|class|group|organi[sz]ers|board|unit|ward|colleagues|members|society|association)\b"
    )
)
_FAMILY_CHAT = re.compile(
    fold_pattern(
        r"\b(?:it'?s (?:grandma|grandpa|granny|mom|mum|dad|your (?:mom|mother|dad|father|aunt|wife|husband|sister))|wrong (?:chat|number|person|account|dm|conversation))\b"
    )
)

_AS_FRIENDS = re.compile(
    fold_pattern(
        r"\b(?:as friends|just friends|as a friend|strictly friendly|just friendly|strictly professional|platonic\w*|como amig[oa4]s|de amig[oa4]s|solo amig[oa4]s)\b"
    )
)
_TAKEN_BACK = re.compile(fold_pattern(r"\b(?:not you|no (?:a )?ti|jk|just kidding|kidding)\b"))

RULES = (
    Rule(
        "looks",
        rf"\b(?:you(?:'re| are|re)?|ur|u r|you look|u look|you looked|you're looking|looking|you're so|youre so|you are so|you are really|"
        rf"you are so much|(?:the |my |our |this )?{_CLIN} is|dr\.? \w+ is) (?:so |really |very |extremely |absolutely |super |damn |soo |too |just |honestly |"
        rf"literally |seriously |truly |simply |quite |pretty |such a |stunningly |incredibly |way |even |kinda |lowkey |also )*{_LOOKS}\b{_NOUN_NOT_LOOKS}"
        rf"|\b(?:hot|sexy|cute|fine|handsome|gorgeous|beautiful|pretty|hottest|sexiest|cutest|prettiest|most beautiful|most handsome|dreamiest|finest|fittest|attractive|stunning) {_CLIN}s?\b"
        rf"|\b(?:hottest|sexiest|cutest|prettiest|most beautiful|most handsome|dreamiest|finest|best[- ]looking|most attractive) (?:\w+ ){{0,2}}?(?:{_CLIN}|person|woman|man|lady|guy|girl|smile|face|eyes|human|on this app|on the internet|alive)\b"
        rf"|\b{_CLIN} (?:hot|sexy|cute)[- ]?(?:in[- ]scrubs|alert|mcdreamy)|\bmc ?(?:dreamy|steamy)\b|\bhot[- ]in[- ]scrubs\b"
        r"|\b(?:this|so|that) good[- ]looking\b|\blooks and brains\b|\bbrains and looks\b|\bsmart and (?:hot|sexy|gorgeous|beautiful|pretty|handsome|cute)\b"
        r"|\b(?:you|u) look (?:so |really |very |absolutely )?(?:amazing|incredible|stunning|breathtaking|gorgeous|hot|cute|fine|beautiful|sexy) in (?:those|that|your|the|a|blue|red|black|white|green)\b"
        r"|\b(?:looked|look|looking) (?:so |really )?(?:amazing|incredible|stunning|breathtaking|gorgeous|hot|sexy|beautiful) in (?:that|your|the|those)\b"
        r"|\bgotta look good for (?:you|u|my)\b|\b(?:look|dress|dressed|dressing) (?:up |good |nice |pretty |cute |handsome )+for (?:you|u|my (?:favou?rite )?(?:doctor|doc|nurse))\b"
        r"|\b(?:did it|dressed up|got (?:a )?(?:new )?haircut|wore (?:this|it)|shaved|got my hair done) (?:just )?for (?:you|u)\b"
        r"|\b(?:to|for|just to|only to|so i can) (?:see|look at|stare at|watch) (?:your|ur) (?:face|smile|eyes|body|pretty face|beautiful face|handsome face)\b"
        r"|\b(?:because of|for) (?:your photo|your picture|your pic|your looks|your face|your smile|your headshot|your profile pic|ur pic|ur face|ur smile)\b"
        r"|\bcan'?t stop (?:looking|lookin|staring) at (?:your|ur) (?:pics|photos|pictures|face|eyes|smile|profile)\b"
        r"|\byou(?:'re| are)? (?:even |way |so much |much )?(?:prettier|hotter|cuter|more beautiful|more handsome|better looking|sexier)\b|\b(?:stop being|being) so (?:cute|hot|pretty|handsome|gorgeous|beautiful|sexy|adorable)\b"
        r"|\b(?:you|u) (?:look|looked|are looking|were looking) (?:so |really |absolutely |very )?(?:amazing|stunning|gorgeous|beautiful|hot|sexy|cute|handsome|radiant)(?= today| tonight| yesterday| in person| this morning|\W*$)"
        r"|\b(?:kind|type) of (?:woman|man|girl|guy|lady) (?:a man|a woman|men|women|i|every \w+) (?:dreams? (?:about|of)|would (?:die|kill) for|falls? for)"
        r"|\b(?:treat|treats) (?:you|u) like a (?:queen|king|princess|prince|goddess)\b|\bas (?:handsome|beautiful|pretty|gorgeous|lovely|cute|hot) as\b"
        r"|\bthe (?:loveliest|prettiest|most beautiful|most handsome|most gorgeous|sexiest|hottest) (?:woman|lady|man|girl|guy|doctor|nurse|person)\b"
        rf"|\b(?:hot|spicy|sexy|cute|fine|handsome|gorgeous) {_CLIN} alert\b|\b(?:to|just to|only to) (?:look at|stare at) (?:you|u)\b(?! (?:at|on|in|for|about)\b)"
        r"|\beasy on the eyes\b|\bhow (?:cute|pretty|beautiful|gorgeous|hot|handsome|sexy|stunning|attractive) (?:you are|u are|you look|ur)\b|\byou clean up (?:nice|well)\b"
        r"|\b(?:your|ur|that|those) (?:smile|eyes|voice|laugh)\b.{0,15}?\b(?:could cure|cures|heals)\b"
        r"|\b(?:esa|tu|su) (?:sonrisa|mirada|voz|ojos)\b.{0,30}?(?:emjlove|emjhearts?|me (?:curas|derrites|matas|enamoras|vuelves))",
        "compliments the clinician's looks",
        _NOT_NEGATED,
    ),
    Rule(
        "features",
        rf"\b(?:your|ur) {_FEATURE}\b(?:.{{0,30}})\b(?:beautiful|gorgeous|amazing|sexy|hot|cute|perfect|stunning|flawless|melt|drive me|kill me|to die for|mesmeriz\w*|hypnotic|dreamy|lovely|"
        rf"so soft|so gentle|made me blush|makes me blush|blush|get lost|lost in|weak|{_SWOON})"
        rf"|\b(?:beautiful|gorgeous|sexy|hot|pretty|cute|lovely|dreamy|stunning|amazing|perfect|flawless|kissable|soft) (?:eyes|smile|lips|legs|body|face|skin|curves)\b(?! (?:cream|care|lotion|wash|mask|rash|condition)\b)"
        rf"|\b(?:the|those|that|such) (?:kindest|nicest|loveliest|prettiest|most beautiful|sexiest|dreamiest|best|warmest|softest|most amazing|most gorgeous|cutest|brightest) {_FEATURE}\b"
        rf"|\b(?:those|that|your|ur) {_FEATURE}\b.{{0,20}}?{_SWOON}"
        rf"|\b(?:your|ur) (?:hands|eyes|smile|lips|voice|laugh)\b.{{0,40}}?\b(?:keep thinking about|can'?t stop thinking about|think about (?:them|it) (?:all the time|every))"
        rf"|\bthe way (?:you|u) (?:say|said|talk|speak|laugh|smile|smiled|look|looked|explain|wear|walk|sing)\b.{{0,40}}?(?:{_SWOON}|my heart|i melt|makes me)"
        rf"|\bthe way (?:you|u) (?:smiled|smile|looked|look) at me\b|\b(?:como|la forma en que|cuando) me (?:miras|miraste|sonries|sonreiste)\b"
        r"|\b(?:your|ur) (?:smile|eyes|face|laugh|voice)\b.{0,20}?\b(?:lights? up|brightens?|made my (?:day|week)|makes my (?:day|week))\b"
        r"|\bevery time (?:you|u) (?:walk|come) in(?:to)?\b.{0,40}?(?:emjlove|emjhearts?|forget|heart|melt|blush|nervous)"
        r"|\b(?:dressed up|haircut|new dress|outfit|perfume|cologne|makeup)\b.{0,40}?\b(?:hope you (?:liked|noticed|like)|did you notice|for you)\b"
        r"|\b(?:makes?|made|making) me (?:blush|swoon|melt|weak in the knees)\b|\b(?:you|your \w+) (?:give|gives|gave) me butterflies\b",
        "compliments the clinician's body, face or voice",
        _NOT_NEGATED,
    ),
    Rule(
        "love",
        r"\bi (?:think i'm|think im|am|'m|m) (?:\w+ )?(?:falling|fall(?:ing)? in love|in love) (?:for|with) (?:you|u)\b"
        r"|\b(?:falling for|fallen for|fell for|in love with|crush on|crushes on|crushing on|obsessed with|infatuated with|attracted to|feelings for) (?:you|u|my doctor|my doc|my nurse|dr\.? \w+)\b"
        r"|\bi(?:'m| am|m) (?:so |totally |completely |madly |head over heels |hopelessly )?in love\b(?! with (?:this|that|the|these|your (?:posts?|videos?|content|channel|page|recipes?|account|series|reels?|threads?|books?|podcast|work|explanations?)))"
        r"|\bi love (?:you|u)\b(?! (?:guys|all|both|two|people|for (?:this|sharing|posting)|so much for (?:this|sharing))\b)"
        r"|\bi (?:dream|fantasi[sz]e) (?:about|of) (?:you|u)\b(?! (?:guys|all)\b)|\bi think (?:about|of) (?:you|u) (?:(?:way )?too much|all the time|every (?:day|night|minute|second)|constantly|day and night)\b"
        r"|\bi mean (?:that|it|this) romantically\b|\bin a romantic way\b|\bas a date\b"
        r"|\b(?:can't|cant|cannot) stop thinking about (?:you|u)\b|\b(?:first|last) (?:person|thing|one) i (?:think about|think of|see|want to see)\b.{0,30}?\b(?:wake|sleep|bed)\b"
        r"|\bmarry me\b|\bwill you (?:be my (?:valentine|girlfriend|boyfriend|wife|husband|date|plus[- ]one|partner)|marry)|\bbe my (?:valentine|girlfriend|boyfriend|wife|husband|date|plus[- ]one)|\byou (?:stole|have) my heart"
        r"|\bmy heart\b.{0,25}?\b(?:flip|flutter|race|races|racing|skip|skips|beats? faster|pound|pounds|melts?|does a \w+ \w+)\w*\b.{0,10}?\b(?:every time|whenever|when|for) (?:i see|i think of|i hear|you)\b"
        r"|\b(?:every time|whenever|when) (?:i see you|you smile|you (?:look at|talk to|smile at) me|i hear your voice)\b.{0,40}?\bmy heart\b"
        r"|\byou make my heart|\byou make me want to be a better (?:man|woman|person)\b"
        r"|\b(?:you're|youre|you are|ur|eres|es) (?:\w+ )?(?:my|mi) (?:\w+ )?crush\b|\b(?:have|has|had|got) (?:a )?crush(?:es)? on (?:you|u)\b"
        r"|\b(?:could|would|might|already|totally|really) (?:\w+ )?fall(?:ing)? (?:for you|for someone like you)\b|\bsomeone i could (?:\w+ )?fall for\b"
        r"|\b(?:good|great|perfect|better|best) (?:bf|boyfriend|gf|girlfriend|husband|wife|partner|match)\b.{0,10}?\b(?:to|for) (?:you|u)\b|\bwe'?d make a (?:cute|great|good|perfect|beautiful) couple\b"
        r"|\bwhat'?s (?:your|ur) type\b(?! of| 1| 2| one| two)|\bam i (?:your|ur) type\b"
        r"|\b(?:wrote|write|writing) (?:you|u) (?:a )?(?:poem|song|love letter|love song)|\b(?:poem|song|love letter) (?:about|for) (?:you|u|your (?:laugh|smile|eyes|voice))\b"
        r"|\b(?:waiting|waited) (?:my whole life )?to meet (?:you|u|someone like you)\b|\bbeen waiting for someone like you\b"
        r"|\b(?:soulmate|soul mate|the one for me|meant to be together|love of my life|my future (?:wife|husband))\b"
        r"|\byou(?:'re| are) (?:my heart|my everything|my world|my sunshine|my angel|my dream|my girl|my boy|my queen|my king)\b|\bmy heart (?:belongs to (?:you|u)|is yours)\b|\bi (?:am|'m) liking (?:you|u)\b"
        r"|\bi (?:really )?like (?:you|u) (?:so much|very much|a lot)\b(?! (?:as a|better than)\b)|\bi (?:l ?emjheart ?ve|emjheart|luv|lub|wuv) (?:you|u)\b|\bloving (?:you|u)\b|\blove at first sight\b"
        r"|\b(?:imagine|picture) (?:us|you and me|me and you) (?:together|on|in|at|kissing|married)\b|\bdream(?:t|ed)? (?:we were|that we|about us|of us)\b|\brizz\b"
        r"|\b(?:be|b|become) (?:your|ur) (?:boyfriend|girlfriend|husband|valentine|partner)\b|\b(?:be|b|become) (?:your bf|your gf|ur bf|ur gf|your wife|your man|ur man|your woman|your date|ur date)\b"
        r"|\b(?:be|b) my (?:valentine|girlfriend|boyfriend)\b|\b(?:be|b) (?:my gf|my bf)\b"
        r"|\b(?:can't|cant|cannot) stop thinking (?:abt|bout) (?:you|u)\b"
        r"|\b(?:caught myself blushing|made me blush|make me blush)\b|\byou have that effect\b|\bthe effect you have on me\b|\b(?:your|ur) heart (?:available|taken|free|open)\b"
        r"|\b(?:a|my) (?:little )?love (?:note|letter|poem)\b.{0,30}?\b(?:for|to) (?:you|u)\b|\blove (?:note|letter|poem) (?:for|to) (?:you|u)\b|\bcross (?:oceans|the ocean|mountains)\b|\bfor one (?:dinner|date|kiss|night) with (?:you|u)\b"
        r"|\b(?:you|u) (?:plus|\+|and|&) me (?:equals|=|together|forever)\b|\b(?:love|want|need|miss|long) to hear (?:your|ur) voice\b"
        r"|\bgive (?:me|us) a chance\W*(?:$|i'?d|i would|you won'?t regret)|\bi'?d make (?:you|u) (?:so |very |really )?happy\b"
        r"|\bwe'?d (?:be|make|look) (?:so |really )?(?:great|good|perfect|cute|amazing|beautiful) together\b|\bwe (?:belong|should be) together\b"
        r"|\bhow i feel about (?:you|u)\b|\bmy feelings (?:for|about) (?:you|u)\b|\bi have feelings\b|\b(?:would|i'?d) (?:\w+ )?die for (?:you|u)\b"
        r"|\b(?:pls|please|plz) notice me\b(?! ?,? ?(?:i'?ve|my|the)\b)|\bso (?:i|that i) (?:can|could) see (?:you|u) (?:again|more|every day|more often)\b"
        r"|\bme tienes? (?:enamorad\w*|loc[oa]|embobad\w*|flechad\w*)|\bquede flechad\w*|\bme flechaste\b"
        r"|\b(?:see|saw|have) (?:you|u) in my dreams\b|\byou(?:'re| are) in my dreams\b|\bcada vez que (?:te|la|lo) veo\b|\bse me acelera (?:el )?(?:corazon|pulso)\b"
        r"|\b(?:you'?ll|you will|you would|you to|hoping you|wish you would|ever) notice me\b|\bmore than (?:just )?(?:your |a )?(?:patient|friends?|doctor and patient)\b|\bthinking (?:of|about) (?:you|u)\b.{0,15}?\b(?:tonight|all day|every (?:night|day)|24/7|constantly)\b"
        r"|\bcounting (?:the )?(?:days|hours|minutes) (?:until|till|to)\b.{0,40}?(?:see you|appointment|checkup|check-up|visit|emjhearts?|emjheart|emjlove)"
        r"|\b(?:favou?rite|only|best) reason to (?:get sick|be sick|visit|come in|book)\b"
        r"|\b(?:you|u) (?:touched|held|brushed|grabbed) my (?:hand|arm|shoulder|knee)\b.{0,40}?\b(?:sparks?|butterflies|felt (?:something|a connection|electric\w*)|tingl\w*|heart|smiling)"
        r"|\b(?:sparks?|butterflies|felt (?:something|a connection)|can'?t stop smiling)\b.{0,40}?\b(?:you|u) (?:touched|held|brushed) my\b|\b(?:felt|feel) (?:a )?sparks?\b|\b(?:chemistry|spark) between us\b",
        "declares romantic feelings",
        _NOT_NEGATED,
    ),
    Rule(
        "date",
        r"\b(?:take you|go|going|come|get|grab|have|join me for|wanna get|want to get|like to take you|meet(?: (?:me|up))?(?: for)?) (?:out )?(?:to dinner|for dinner|out for dinner|for drinks|(?:a )?drink|drinks|dinner|a dinner|a coffee date|date night)\b(?!.{0,20}\b(?:as friends|just friends|professionally|with (?:the|our) team)\b)"
        r"|\b(?:are you|r u|you|u) (?:single|married|seeing anyone|taken|dating)\b(?!-| (?:for|to|on|this|next|tomorrow|at|in)\b)|\b(?:you're|youre|you are|ur|u r|is (?:she|he|the doctor|dr\.? \w+)) (?:still )?single\b(?!-)"
        r"|\b(?:go|going) out with me\b|\b(?:ask|asking|asked) (?:you|u) out\b|\btake (?:you|u) out\b|\bdate me\b|\bdinner (?:with me|together|sometime|friday|saturday|tonight|on me)|\bdrinks (?:with me|sometime|after|tonight|on me)"
        r"|\bgo on a date with (?:me|you|u)\b|\b(?:wanna|want to|would you|will you|let'?s|should we|shall we|ur sign to) go on a date\b|\bhave a date with me|\b(?:on|a) date with (?:you|u)\b|\b(?:just one|a real|a proper|our first|as a) date\b(?! (?:for|of|and time|to|when|with (?:my|the))\b)|\bdate (?:your |a |an )?(?:former |ex-?|current )?(?:patients?|followers?|fans?)\b|\bdate (?:you|u)\b(?!'| are| r )"
        r"|\b(?:date|dating|go out with|going out with) (?:your |a |former |ex-?)?(?:patients?|followers?|fans?)\b|\b(?:go|going) out with someone you met\b"
        r"|\bmeet (?:me )?(?:somewhere|outside (?:the )?(?:clinic|office|hospital|work)|privately|in private|alone|just (?:us|the two of us))|\bjust (?:the two of us|us two|you and me)\b"
        rf"|\b(?:you|u),? (?:\+ me|and me|& me)\b(?! both\b).{{0,30}}?\b{_LEISURE}\b|\bjust (?:you|u),? (?:and )?me\b|\b(?:you|u), me(?:,| and| \+)|\b(?:you|u) \+ me\b"
        rf"|\b{_LEISURE}\b.{{0,30}}?\b(?:with me|together|the two of us|just us)\b(?!.{{0,20}}\b(?:as friends|just friends|team|group|colleagues)\b)|\b(?:with me|together) (?:at|to) (?:the )?(?:wine|beach|rooftop|concert|movies|festival|gala|opera)\b"
        r"|\btable for (?:two|2)\b|\bseat is yours\b|\breservation for (?:two|2|us)\b|\b(?:be )?my plus[- ]one\b|\blet'?s get out of here\b"
        r"|\b(?:meet|pick (?:you|u) up|take (?:you|u)|walk (?:you|u) home|wait for (?:you|u)|come over)\b.{0,40}?\b(?:after (?:your|ur) (?:shift|work)|when you (?:get off|finish)|after work)\b"
        r"|\btake (?:you|u) (?:out|somewhere|away|to (?:dinner|lunch|a|the (?:movies|beach|opera|theater)))\b|\bbuy (?:you|u) (?:a )?(?:dinner|drinks?|coffee|lunch|flowers|a drink|a glass)\b|\bspoil(?:ed)? (?:you|u)\b|\bdeserve to be spoiled\b"
        r"|\bover (?:dinner|drinks|a drink|wine|a glass of wine|candlelight)\b|\bbring (?:you )?(?:the )?flowers\b|\bflowers for (?:you|u)\b"
        r"|\b(?:see|meet) (?:you|u) (?:somewhere|outside (?:of )?(?:work|the clinic|the office|the hospital)|away from (?:work|the clinic)|off the clock|without (?:a|the|your) (?:clipboard|white coat|coat|scrubs))\b"
        r"|\b(?:talk|chat|meet) off the record\b|\b(?:excuse|reason) to (?:see|talk to|visit) (?:you|u)\b|\bjust (?:to|so i can) (?:see|look at) (?:you|u|your (?:face|smile))\b"
        r"|\b(?:fake|faking|pretend|pretending to be) (?:a |being )?(?:\w+ )?(?:sick|ill|cold|\w*ache|symptoms?|injured)\b.{0,20}?\bjust to\b"
        r"|\bget to know (?:you|u) (?:outside|away from|off the clock)\b|\b(?:do you|you) have a (?:boyfriend|girlfriend|bf|gf|husband|wife|man|woman|lady|special someone)\b(?! (?:who|that|to)\b)"
        r"|\bis there a (?:mrs|mr|mister|missus|special someone|lucky (?:guy|girl|man|lady))\b|\b(?:cook|make|buy|get) (?:you|u) (?:dinner|a drink|flowers|chocolates)\b"
        r"|\bsomewhere (?:private|romantic|secluded)\b|\b(?:in person|meet)\W*somewhere quiet\b"
        r"|\b(?:text|call|talk to|chat with) (?:you|u)\b.{0,30}?\bnot (?:about )?(?:health|medical|work|my health|as a patient)"
        r"|\b(?:switch|change|leave) (?:doctors|providers|practices)\b.{0,30}?\b(?:date|ask you out|go out with)|\bso i could (?:date|ask (?:you|u) out|kiss) (?:you|u)?\b"
        r"|\b(?:grab|get|have|let'?s|go|meet)\b.{0,40}?\bafter (?:your|ur) (?:shift|work)\b|\btake (?:you|u) (?:dancing|for a drive|on a date|to (?:paris|italy|the coast))\b"
        r"|\bwant (?:some )?company\b|\bare you (?:free|busy|doing anything) (?:this|on|tomorrow|tonight|saturday|friday)\b.{0,15}?\b(?:night|tonight)\b|\bwhat are you doing (?:this|on|tomorrow) (?:\w+ )?night\b"
        r"|\b(?:coffee|lunch|dinner|movie|picnic|beach|park) date\b|\b(?:come|join me) for (?:tea|coffee|dinner|a drink|drinks|lunch) (?:sometime|some time|one day|with me)\b"
        r"|^\W*(?:coffee|drinks?|dinner|lunch)\b.{0,20}?\bafter (?:work|your shift)\b"
        r"|\b(?:your|ur) (?:personal |private |cell )?(?:number|digits|snap|insta|@)\b.{0,10}?(?:emjwink|emjsmirk|emjkiss|emjlove)|\bwalk (?:you|u) (?:to your car|home)\b|\bcook (?:for|with) (?:you|u)\b"
        r"|\b(?:wanna|want to) come over\b|\b(?:me )?acepta\w* (?:una|un) (?:cena|cafe|copa|cita|invitacion|trago)\b|\bcita fuera del (?:consultorio|trabajo|hospital)"
        r"|\b(?:dinner|drinks|a drink|brunch|lunch|coffee)(?: this| on| next)? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b\W*\?"
        r"|\b(?:just one|one) (?:dinner|drink|date|kiss|dance)\b(?!.{0,15}\b(?:a day|per|pill|dose|tablet|a week)\b)"
        r"|\bwould you (?:ever )?(?:go out|date)\b|\b(?:hook up|hookup|netflix and chill)\b(?! with (?:the|a) (?:app|wifi|printer))|\bget (?:you|u) alone\b",
        "asks for a date or a private meeting",
        _NOT_NEGATED,
    ),
    Rule(
        "pet_names",
        r"\b(?:hey|hi|hello|hola|goodnight|good night|good morning|morning|night|nite|thanks|thank you|miss you|love you|sleep well|sweet dreams|buenos dias|buenas noches|buenas|gracias|adios|bye|ay|oye)\b,? "
        r"(?:babe|baby|bae|sweetheart|sweetie|honey|hun|darling|darlin|gorgeous|beautiful|handsome|sexy|cutie|sweet ?cheeks|angel|my love|mi amor|amor|guapa|guapo|hermosa|hermoso|preciosa|precioso|mi reina|mi rey|mi vida|mi cielo|carino|mamacita|papi|bombon|doll|princess)\b"
        r"|(?:^|[,.!?¿¡:;…]\s*)(?:my )?(?:hun|hon|babe|bae|sweetheart|sweetie|darling|cutie|angel|handsome|gorgeous|beautiful|sexy|my love|my dear|mi amor|amor|mi vida|mi cielo|preciosa|hermosa|guapa|guapo|guapisima|reina|bombon|mamacita|corazon|carino|doctorcita)"
        r"(?=\s*(?:[,.!?¿¡)…]|$|emj|[^\x00-\x7f]|why|you|u|where|what|how|did|are|r u|porque|por que|que|como|i\b))",
        "uses pet names",
        _NOT_NEGATED,
    ),
    Rule(
        "kiss",
        r"\b(?:kiss|kisses|kissing|cuddle|cuddles|hugs and kisses) (?:you|u|me|for (?:you|u)|to (?:you|u)|back)\b|\bhug me\b|\bhold me\b|\bhold (?:you|u) (?:close|tight|in my arms)\b|\bxoxo\b|\bmuah\b|\bmwah\b"
        r"|\bemjlove\b.{0,30}\b(?:you|u|doc|doctor|nurse)\b(?!.{0,20}\b(?:videos?|posts?|content|explain\w*|recipe|tips?|team|staff)\b)|\b(?:you|u|doc|doctor|nurse)\b.{0,30}\bemjlove\b|\bemjrose\b|\bemjsmirk\b"
        r"|\b(?:besos?|besito\w*) (?:para (?:ti|usted)|guap\w*|hermos\w*|precios\w*|mi amor)|\bun beso\b",
        "kisses, cuddles or romantic emoji",
        _NOT_NEGATED,
    ),
    Rule(
        "kiss_emoji",
        r"\bemjkiss\b",
        "a kiss emoji sent to the clinician",
        _NOT_NEGATED,
        when=lambda ctx: not _GROUP_SENDER.search(ctx.cues.norm.text),
    ),
    Rule(
        "innuendo",
        r"\b(?:examine|check|treat|touch|operate on|inspect|check out|listen to) me (?:anytime|any time|whenever|all night|all day|all over|slowly|up close)\b"
        r"|\b(?:you|u) can (?:examine|check|treat|touch|operate on|inspect|check out) me\b.{0,20}?(?:emjwink|emjsmirk|emjkiss|anytime|any time|whenever)"
        r"|\bmy heart (?:races|is racing|skips|pounds)\b.{0,30}?\b(?:see you|you)\b.{0,40}?\b(?:symptom|emjwink|should i worry)"
        r"|\b(?:bedside manner|house call|check-?up|physical)\b.{0,20}?\b(?:emjwink|emjsmirk|emjkiss)"
        r"|\bdon'?t tell my (?:wife|husband|girlfriend|boyfriend|partner)\b|\bslide into (?:my|your|ur) dms?\b",
        "flirting innuendo",
        _NOT_NEGATED,
    ),
    Rule(
        "if_younger",
        r"\bif i (?:were|was) (?:\d+|ten|twenty|thirty|forty|fifty|a few) years younger|\bif (?:you|u) (?:were|weren't|werent) (?:single|married|my doctor)"
        r"|\blucky (?:guy|girl|man|woman|husband|wife)\b|\bwish (?:you|u) (?:were|was) (?:my|single)|\bif (?:only )?i (?:were|was) (?:\w+ )?younger\b|\b(?:light up|brighten) this (?:old |grumpy )*(?:man|woman|lady|guy|girl)'s\b"
        r"|\bif only (?:i'?d|i had|we'?d|we had) met (?:you|u|sooner|earlier)|\bwish i (?:had |could have )?met (?:you|u) (?:sooner|earlier|years ago|when)"
        r"|\bsi (?:yo )?tuviera (?:\w+ )?(?:anos|años) menos|\bsi fuera (?:\w+ )?(?:anos|años) mas joven",
        "suggests a relationship",
        _NOT_NEGATED,
    ),
    Rule(
        "miss_you",
        r"\bi miss (?:you|u|your (?:face|smile|eyes|voice))\b|\bcan't wait to see (?:you|u|your (?:face|smile|eyes))\b(?!.{0,25}(?:at my|for my|at the|next))"
        r"|\b(?:forgot|forget) to say (?:goodnight|good night|good morning)\b|\bwhy (?:don'?t|won'?t|aren'?t) you (?:reply|answer|text|call|write)\w* (?:me )?(?:babe|baby|bae|my love)\b",
        "says they miss the clinician",
        _NOT_NEGATED,
    ),
    Rule("sexual", SEXUAL_PATTERN, "sexual interest or innuendo", ("figure_of_speech",)),
    # Spanish
    Rule(
        "es_looks",
        r"\b(?:eres|estas|esta usted|me pareces|usted es|te ves|se ve) (?:muy |tan |bien |super |re |demasiado |mas )*(?:guap[oa4]|guapisim[oa4]|hermos[oa4]|lind[oa4]|bonit[oa4]|precios[oa4]|sexy|bell[oa4]|atractiv[oa4]|un bombon|divin[oa4]|un encanto de hombre)\b"
        r"|\bque (?:muy |tan )?(?:guap[oa4]|hermos[oa4]|lind[oa4]|bonit[oa4]|precios[oa4]|bell[oa4]|sexy)(?! (?:el|la|los|las|ese|esa|este|esta|tu|su|sus|tus|video|post|foto|publicacion|perro|perrito|gato|bebe|clinica|consultorio|dia|lugar|detalle|gesto|mensaje)\b)(?=\W|$)"
        r"|\bque (?:guap[oa4]|hermos[oa4]|lind[oa4]|bonit[oa4]|precios[oa4]|bell[oa4]) (?:es|esta|eres|estas|se ve|te ves) (?:la |el |mi )?(?:doctor\w*|enfermer\w*|medic[oa4]|usted|tu)?\b"
        r"|\b(?:tus|sus|que|esos|esa) (?:ojos|labios|piernas|sonrisa|cuerpo|voz|manos)\b.{0,25}?\b(?:hermos\w*|lind\w*|bonit\w*|precios\w*|me encanta\w*|matan|me vuelven loc\w*|me derrite\w*)"
        r"|\b(?:tienes|tiene|que) (?:la|los|las|unos|unas|una|unos) (?:\w+ )?(?:sonrisa|ojos|voz|labios|manos|risa|piernas) (?:mas |muy |tan )?(?:bonit\w*|lind\w*|hermos\w*|precios\w*|bell\w*)"
        r"|\b(?:la|el) (?:(?:mujer|hombre|doctora|doctor|chica|chico|persona|enfermera|enfermero|medica|medico) )?mas (?:guap[oa4]|bell[oa4]|hermos[oa4]|lind[oa4]|bonit[oa4]|precios[oa4]|sexy)\b"
        r"|\bque bien te (?:queda|quedan|ves|sienta)\b|\b(?:la|el) (?:doctor\w*|enfermer\w*|medic[oa4]) mas (?:guap\w*|lind\w*|bonit\w*|hermos\w*|sexy)\b",
        "halaga su físico",
        _NOT_NEGATED,
        lang="es",
    ),
    Rule(
        "es_love",
        r"\bme (?:encantas|gustas|fascinas|vuelves loc[oa4])\b|\bestoy (?:enamorad[oa4]|loc[oa4] por (?:ti|usted))|\bme (?:estoy enamorando|enamore|he enamorado) de (?:ti|usted)\b|\bme estoy enamorando\b"
        r"|\bte (?:quiero|amo|adoro|extrano|deseo)\b(?! (?:preguntar|pedir|decir|consultar|contar|mostrar|enviar|mandar)\b)|\bsueno con(?:tigo| usted)|\b(?:ser|seas) mi (?:novia|novio|esposa|esposo|pareja|mujer)\b|\bpienso en (?:ti|usted) (?:todo|siempre|cada)"
        r"|\bno (?:puedo|dejo de) (?:dejar de )?pensar en (?:ti|usted)\b|\bse me acelera el corazon\b|\b(?:mi|el) corazon (?:late|se acelera|palpita)\b.{0,20}?\b(?:verte|te veo|contigo|por ti)"
        r"|\bcasate conmigo\b|\bmi (?:crush|amor platonico)\b|\bme robaste el corazon\b",
        "declara sentimientos románticos",
        _NOT_NEGATED,
        lang="es",
    ),
    Rule(
        "es_date",
        r"\b(?:salimos|salir|vamos|quieres salir|te invito|la invito|lo invito|invitarte|invitarla|invitarlo) (?:a )?(?:cenar|comer|tomar (?:algo|un cafe|una copa|un vino)|una cita|bailar|conmigo|al cine|a pasear|salir)"
        r"|\b(?:te|la|lo) invito a (?:un|una) (?:cafe|copa|cena|cerveza|vino|trago|helado)|\bme gustaria invitar(?:te|la|lo)\b"
        r"|\bsalimos (?:esta noche|hoy|manana|el (?:viernes|sabado|domingo)|un dia)\b|\bsalir conmigo\b|\b(?:una )?cita (?:conmigo|contigo)\b"
        r"|\b(?:estas|eres|esta|es usted) (?:soltera|soltero|casad[oa4])|\btienes? (?:novio|novia|pareja|esposo|esposa|marido)\b|\b(?:cafe|copa|cena|cenar|salir|bailar|vino|cerveza|trago|pasear|helado) conmigo\b|\bconocerte (?:mejor )?fuera del (?:consultorio|trabajo|hospital)|\bhablar de otras cosas\b|\b(?:cenamos|salimos|bailamos) (?:el|este|hoy|manana|esta)\b|\b(?:cafe|copa|cena|trago|cerveza|vino)\b.{0,20}?\bdespues del (?:trabajo|turno)\b|\bverte fuera de(?:l| la) (?:consulta|consultorio|trabajo|clinica|hospital)|\bsolos tu y yo|\bverte a solas|\btu y yo solos\b"
        r"|\bcuando salgas del (?:trabajo|consultorio|hospital|turno)\b",
        "pide una cita o un encuentro a solas",
        _NOT_NEGATED,
        lang="es",
    ),
)


class RomanticDetector(LexiconDetector):
    name = "romantic"
    version = "2"
    category = Category.ROMANTIC
    rules = RULES

    def _suppressor(self, rule: Rule, ctx: Context, start: int, end: int) -> str | None:
        """The shared suppressors, then the excuses of this detector's own."""
        shared = super()._suppressor(rule, ctx, start, end)
        if shared:
            return shared
        text = ctx.cues.norm.text
        if SPAM_BAIT.search(text):
            return "spam_bait"
        if _TAKEN_BACK.search(text[start : end + 40]):
            return "taken_back"
        if rule.id in ("date", "es_date") and _AS_FRIENDS.search(text):
            return "as_friends"
        if rule.id == "date" and _GROUP_INVITE.search(text):
            return "invitation_from_a_group"
        if rule.id == "kiss" and _GROUP_SENDER.search(text):
            return "sent_by_or_to_a_group"
        if rule.id == "pet_names" and _FAMILY_CHAT.search(text):
            return "family_or_wrong_chat"
        return None


__all__ = ["RomanticDetector"]
