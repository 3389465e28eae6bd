"""Emergency: acute, possibly life-threatening symptoms now, in the writer or someone with them.

Symptom phrases fire on their own unless a suppressor excuses them (negated, weeks in the
past, a general question, a figure of speech): when in doubt, the item is escalated. Rules are
written as concept families, in English and Spanish: cardiac (chest pain, spread to the arm or
jaw, racing or absent pulse, CPR), stroke (face, speech, one-sided weakness, sudden loss of
sight or balance), airway and breathing, bleeding, anaphylaxis, poisoning and overdose (a child
who swallowed something, carbon monoxide, venom, drugs), seizure, collapse, confusion,
pregnancy and after birth, babies, major trauma, burns, sepsis and shock, metabolic crises, an
attempt in progress, and the writer's own alarm ("should I call 911?").

Beyond single phrases:

* a very young baby with a fever is found by age arithmetic, not by words alone;
* several warning signs that only add up together ("fell off his bike, arm bent weird, really
  pale") are scored as red flags (``_red_flags``);
* words typed one letter at a time ("c a n t b r e a t h e") are looked for inside the run of
  letters the normaliser makes of them.

Suppressors are kept narrow (``NarrowSuppressionDetector``, shared with self_harm): a negation
about knowing ("I don't know why my chest hurts") or an intensifier ("without warning") excuses
nothing, "it went away" does not excuse a symptom from minutes ago, "my chest is killing me" is
pain, not an idiom, and a question that names nobody must be a real question form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docguard.detect.base import CONTEXTUAL, Context, Detection, LexiconDetector, Rule, personal
from docguard.detect.prefilter import Prefilter, top_level_branches
from docguard.taxonomy import Category
from docguard.text.normalise import fold_pattern

_WHO = r"(?:my|his|her|their|our|the|mi|su|el|la)"
# A negation word: a co-occurrence window must not run across one ("hives, no trouble breathing").
_NEG = r"(?:no(?! (?:para|paro|paran|deja|dejo|dejan|puede|puedo|podemos|pueden|se puede|se pudo|pudo|podia|quiere|despertaba|respiraba|respira|despierta|responde|reacciona|se mueve|se le|me|le))|not|never|without|denies|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|sin|nunca|ni)"


# For signs whose context is itself in the past ("gave birth last week and soaking a pad").
_NOT_PAST = ("negated", "general_question", "figure_of_speech", "topic_of_a_post", "laughing", "impersonal_question")
# A seizure word that names a condition, a test or a service, not an event.
_SEIZ_NOT = (
    r"(?! (?:workup|work-up|meds?|medications?|medicine|history|disorder|clinic|plan|action plan|free|diary|log|threshold|"
    r"results?|eeg|study|test|tests|specialist|precautions|risk|prevention|control|awareness|first aid|training|class|dog|alert))"
)
# Words of despair that turn "I'm on the bridge" into an attempt in progress.
_DESPAIR = re.compile(
    fold_pattern(
        r"\b(?:goodbye|bye|jump\w*|end (?:it|this|everything)|can't do (?:this|it) anymore|cant do (?:this|it) anymore|done|last|"
        r"kill myself|die|dying|suicid\w*|kms|unalive|sorry|forgive me|no more|tonight|over|nobody|no one|anymore|"
        r"thank you for (?:everything|all)|thanks for everything|love you all|take care of (?:my|them|him|her)|tell (?:my|them)|"
        r"gracias por todo|adios|despedida|ya no|no quiero (?:seguir|vivir)|morir\w*|matarme|perdon|perdoname|se acabo|no aguanto|ya no puedo)\b"
    )
)


def _w(n: int) -> str:
    """A window of up to ``n`` characters inside one sentence that crosses no negation word."""
    return rf"(?:(?!\b{_NEG}\b|[.]\s)[^!?;\n]){{0,{n}}}"


_CANT = r"(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|struggling to|hard to|trouble|difficulty|hardly|barely)"

RULES: tuple[Rule, ...] = (
    # chest / heart
    Rule("chest_pain", r"\b(?:chest|cheat|chst) ?(?:pains?|pressure|tightness|tight|is (?:so |really |very |getting )?tight|feels? (?:tight|heavy|like)|heaviness|hurts?|hurting|discomfort|is killing|ache|aches|aching|is on fire|(?:is )?burning|squeez\w*|crushing)|\b(?:holding|clutching|grabbing|rubbing) (?:his|her|my|their) chest|\bchest\b.{0,40}\b(?:clammy|cold sweat|sweating|jaw|left arm|threw up|grey|gray|pale)", "chest pain or pressure is a possible heart attack"),
    Rule("pain_in_chest", rf"\b(?:pain|pressure|tightness|squeezing|weight|elephant|burning|heaviness|(?:heavy|crushing|tight|squeezing|stabbing|tearing) (?:feeling|sensation)|sharp pain|stabbing) (?:\w+ ){{0,3}}(?:in|on|across) (?:{_WHO} )?(?:middle of (?:{_WHO} )?)?chest", "chest pain or pressure is a possible heart attack"),
    Rule("chest_hurts", rf"\b{_WHO} chest (?:\w+ )?(?:really |so |is )?(?:hurts|hurting|feels|is tight|is killing|tightened|tightening)", "chest pain or pressure is a possible heart attack"),
    Rule("heart_attack", r"\b(?:having|has|had|is having|think (?:i'm|im|he's|she's|hes|shes) having|might be having) (?:a )?heart ?attack|\bheart ?attack (?:right now|symptoms|rn)|\bheart (?:is )?(?:racing|pounding) and (?:chest|dizzy|can't|cant)", "possible heart attack described as happening"),
    Rule("arm_jaw", r"\b(?:left arm|jaw|arm) (?:is )?(?:numb|tingling|hurts|pain|heavy|feels like)(?:.{0,40})(?:sweat|chest|nause|short of breath)", "arm or jaw symptoms with chest, sweating or breathlessness"),
    Rule("ticker", r"\b(?:ticker|heart) (?:is )?(?:doing something weird|feels weird|stopping|skipping)(?:.{0,60})(?:arm|chest|faint|dizzy|breath)", "heart symptoms with arm, chest, fainting or breathlessness"),
    # stroke
    Rule("face_droop", r"\b(?:face|mouth|smile|lip|eye|eyelid) (?:is |looks |went |started )?(?:\w+ )?(?:droop\w*|crooked|lopsided|uneven|sagging|hanging|slanted|twisted)", "face drooping is a stroke sign"),
    Rule("droop_face", r"\b(?:droop\w*|crooked|lopsided) (?:face|mouth|smile)", "face drooping is a stroke sign"),
    Rule("slurred", r"\bslurr(?:ed|ing|s)\b|\b(?:speech|words|talking) (?:is |are )?(?:garbled|jumbled|weird|strange|slurr\w*|not making sense)", "slurred or garbled speech is a stroke sign"),
    Rule("cant_speak", rf"\b{_CANT} (?:speak|talk|get (?:his|her|my|the) words out|get words out|find (?:his|her|my) words|form words|lift (?:his|her|my|one|their) arm|move (?:his|her|my|their) (?:left|right) ?(?:side|arm|leg)|move (?:one|half))", "sudden loss of speech or movement is a stroke sign"),
    Rule("one_side", r"\b(?:one side|left side|right side|half) (?:of )?(?:(?:his|her|my|their) )?(?:body|face)? ?(?:just |suddenly |completely |all of a sudden |totally |kind of |has )?(?:is |went |feels |has gone |gone |goes |is going |keeps going )?(?:numb|weak|limp|paraly\w*|dead|not working|tingling)", "one-sided numbness or weakness is a stroke sign"),
    Rule("stroke_now", r"\b(?:having|has|is having|think (?:i'm|im|he's|she's|hes|shes|it's|its|mom's|dad's) having|might be having|could be having|signs of) (?:a )?(?:stroke|mini ?stroke|tia)\b", "a stroke described as happening"),
    Rule("worst_headache", r"\b(?:worst headache|thunderclap|headache (?:like|came on) (?:sudden|out of nowhere|a bolt))", "sudden worst-ever headache can be a brain bleed"),
    Rule("sudden_vision", r"\bsudden(?:ly)? (?:can't see|cant see|lost (?:vision|sight)|blind|vision (?:loss|went)|double vision)|\b(?:lost|losing) (?:the )?vision in (?:one|my|his|her)", "sudden vision loss is a stroke sign"),
    Rule("confused_sudden", r"\bsudden(?:ly)? (?:confused|confusion|can't (?:understand|remember)|doesn't (?:know|recogni[sz]e))|\b(?:not making (?:any )?sense|acting drunk|sounds drunk|seeing things|hallucinating|can't answer simple questions|hard to (?:rouse|wake)|floppy|limp and|won't stay awake|really drowsy|very drowsy|so drowsy|cold and confused)\b|\b(?:confused|confusion|confundid[oa])\b.{0,40}\b(?<!no )(?<!without )(?<!sin )(?:sweat\w*|sudando|fever|fiebre|fell|cayo|head|cabeza|vomit\w*|meter|diabet\w*)|\b(?:diabet\w*|insulin)\b.{0,80}\b(?:confus\w*|not making sense|acting drunk|sleepy|sweaty|sudando|meter says|marca|lo\b)|\b(?:doesn't|does not|didn't) (?:know|recogni[sz]e) (?:me|where|who|us)", "sudden confusion"),
    # breathing / airway
    Rule("cant_breathe", rf"\b{_CANT} (?:breath\w*(?!\w)|get (?:a |any )?(?:air|breath)|catch (?:my|his|her|their) breath)(?! (?:through|out of|thru) (?:my|his|her|the|their|one) (?:nose|nostril))", "trouble breathing"),
    Rule("not_breathing", r"\bbreathing,? but (?:only )?(?:barely|just barely|very shallow|really shallow|very slow|really slow)|\b(?:not|isn't|isnt|stopped|stops|barely|is barely) breathing(?! (?:for a (?:few )?seconds|in (?:his|her|my|their) sleep|at night|when (?:he|she|i) sleeps?))|\bbreathing (?:really |very |so )?(?:fast|weird|shallow|funny|strange|hard|heavy|noisy)\b|\b(?:gone|going|went|turned|turning) (?:blue|bluish|grey|gray|purple)|\bbluish\b|\bcan only say (?:a few|two|one|\d) words|\basthma attack\b|\bribs (?:are )?(?:sucking|pulling) in|\bgasping|\bchok(?:e|es|ing)\b|\bturning (?:blue|purple|gray|grey)|\b(?:lips|face|fingers|skin) (?:are |is |went |look |turned |turning )?(?:blue|purple|gray|grey)", "not breathing, choking or turning blue"),
    Rule("short_breath", r"\bshort(?:ness)? of breath|\bout of breath (?:and|sitting|at rest|just sitting)|\bsob and\b|\bbreathless (?:and|at rest)|\bwheez\w* (?:bad|badly|so|really|and)|\binhaler (?:isn't|isnt|is not|not) (?:working|helping)", "shortness of breath"),
    Rule("throat_closing", r"\bthroat (?:is |feels )?(?:getting |going |so |very |really )?(?:closing|swelling|swollen|tight|tightening|closing up)|\bface (?:is |went |got )?(?:big|puffy|puffed up|blown up)|\b(?:tongue|lips|face|eyes?) (?:is |are |started |keeps? )?(?:swelling|swollen|puffing|blowing up|ballooning)(?! (?:from|because of|due to|after) (?:a |an |my |the )?(?:cold sore|fever blister|filler|lip filler|dentist|dental|sunburn|crying|sleep))|\banaphyla\w*|\b(?:used|use|using|gave|give|giving|jabbed|injected|needs?|needed|no|forgot|don't have|dont have|have no|grab|where is) (?:my |his |her |the |an |her own |his own )?epi ?pens?\b(?! ?(?:prescription|refill|script|renew|for school|sets|at school))|\ballergic reaction (?:and|now|right now|getting worse|is bad|spreading)|\b(?:bad|severe|serious|having an?|going into) (?:an )?allergic reaction", "signs of a severe allergic reaction"),
    # bleeding
    Rule("bleeding", r"\b(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant|hasn't|hasnt|has not|still hasn't|isn't|hasn't stopped|not) (?:stop|stopped|stopping) bleeding|\b(?:nosebleed|nose bleed|bleeding|bleed) for (?:over |more than |almost )?(?:an hour|\d+ (?:hours|minutes|mins))|\bbleeding (?:a lot|heavily|heavy|everywhere|badly|bad|so much|through|non ?stop|like crazy|won't|wont|and (?:dizzy|faint))|\b(?:heavy|severe|lots of|so much|a lot of|gushing|pouring) (?:bleeding|blood)|\bblood (?:everywhere|won't stop|wont stop|is pouring|gushing|soaking)|\bsoak\w* (?:through )?(?:a |my |her )?(?:pad|pads|towel|towels|shirt)", "severe bleeding"),
    Rule("blood_vomit", r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w* up|coughing|coughed) (?:up )?(?:\w+ ){0,5}?(?:blood|black)\b|\b(?:black|tarry|bloody) (?:stool|poop|vomit)", "vomiting or coughing blood"),
    # poisoning / overdose
    Rule("overdose_noun", r"\b(?:an? |the |this )?overdose\b", "overdose", when=personal),
    Rule("overdose", r"\boverdos(?:ed|ing|es)\b|\bod(?:ing|'?d)\b|\bod'?d\b|\b(?:took|taken|swallowed|ate|had|popped) (?:like |about |around |maybe |over )?(?:too many|a (?:bunch|handful|whole bottle|whole pack)|all|\d+|twenty|thirty|forty|fifty|a lot) (?:of )?(?:(?:my|his|her|the|their|\w+'?s) )*(?:\w+ ){0,2}(?:pills|pill|tablets|meds|caps|tylenol|advil|ibuprofen|paracetamol|acetaminophen|xanax|oxy\w*|insulin|sleeping pills|gummies|edibles)", "overdose or too much medicine"),
    Rule("poisoning", r"\b(?:drank|drunk|swallowed|ate|eaten|ingested|chewed|chewing|licked|got into|drinking|bit into|bite into|took(?= (?:some |a |the |a bottle of |a whole bottle of |a cup of |half |one of |part of |like |some of )?(?:\w+ ){0,3}?(?:bleach|detergent|laundry pods?|tide pods?|poison|antifreeze|drain cleaner|rat poison|pesticide|lighter fluid|lamp oil))|injected(?= (?:\w+ ){0,3}?(?:bleach|poison|antifreeze))) (?:some |a |the |a bottle of |a whole bottle of |a cup of |half (?:a |of )?(?:the )?|one of |part of |like |some of )?(?:\w+ ){0,3}?(?:bleach|detergent|laundry pods?|tide pods?|pods?|batter(?:y|ies)|button battery|magnets?|poison|antifreeze|drain cleaner|cleaning \w+|rat poison|pesticide|lighter fluid|lamp oil|wild mushrooms|mushrooms|cough syrup|tube|pill organi[sz]er|pill box|(?:\w+'?s?) (?:pills?|meds|medicine|medication|heart pills|blood pressure pills))|\b(?<!food )poison(?:ed|ing)\b|\bpoison control|\b(?:double|triple|twice|three times) (?:his|her|my|the) (?:\w+ )?(?:dose|insulin|meds|warfarin)|\b(?:took|taken|injected) (?:his|her|my) (?:\w+ )?(?:twice|three times|double)|\bmixed bleach|\bbleach and ammonia", "poisoning"),
    # seizures, unresponsive
    Rule("seizure", rf"\b(?:having|has|is having|had|just had) (?:a )?(?:seizure|fit|convulsion)\b{_SEIZ_NOT}|\bseizures?\b{_SEIZ_NOT}|\bseizing\b|\bconvuls\w*|\bshaking (?:all over|uncontrollably|on the floor)|\bfoaming at the mouth|\bjerking (?:all over|and)", "a seizure"),
    Rule("unresponsive", r"\bunresponsive|\b(?:not|doesn't|doesnt|didn't|didnt|does not|did not|won't|wont) (?:wake|waking)\b(?! (?:me|us|you|them) up)(?! up (?:rested|refreshed|early|tired|at night|in the night|during the night|feeling))|\b(?:won't|wont|will not|can't|cant|cannot|couldn't|not) (?:wake (?:up|him|her|them)|be woken|waking up)|\b(?:he|she|they|he's|she's|hes|shes|dad|mom|mum|baby|son|daughter|husband|wife|grandma|grandpa|friend) (?:is |isn't |isnt |won't |wont |not |stopped )?(?:not )?respond\w*|\b(?:passed out|fainted|collapsed|blacked out|unconscious|knocked out|not waking)\b", "unresponsive, collapsed or unconscious"),
    # pregnancy and babies
    Rule("fetal_movement", r"\b(?:haven't|havent|hasn't|hasnt|have not|not|didn't|didnt|don't|dont|can't|cant|cannot) (?:felt|feel|feeling) (?:the |my |her |any )?(?:baby|babe|bub) (?:move|moving|kick|kicking)|\bbaby (?:is |has been )?(?:really |super |very )?(?:quiet|still)\b.{0,40}\b(?:weeks|kicks?|movement|moved)|\b(?:baby|babe|bub) (?:hasn't|hasnt|has not|isn't|isnt|is not|stopped|not|hadn't|didn't|hasn't been|hasnt been) (?:moved|moving|kicking|kicked|move|kick)|\b(?:no|stopped|less|reduced|decreased) (?:fetal |baby )?(?:movement|movements|kicks|kicking)", "reduced fetal movement"),
    Rule("pregnant_bleeding", r"\b(?:pregnant|weeks along|weeks pregnant|trimester|embarazada)\b.{0,80}\b(?:bleed\w*|blood|water broke|contractions|severe pain|sangr\w*)|\b(?:bleed\w*|blood|sangr\w*)\b.{0,60}\b(?:pregnant|weeks along|embarazada)", "bleeding or labour signs in pregnancy"),
    Rule("newborn_fever", r"\b(?:newborn|recien nacido)\b.{0,60}\b(?:fever|temp|hot|fiebre|calentura)|\b(?:fever|temp|fiebre)\b.{0,60}\b(?:newborn|recien nacido)", "a newborn with fever"),
    # other red flags
    Rule("stiff_neck", r"\b(?:stiff neck|neck (?:is |so |getting |really )?stiff|neck hurts to bend|cuello (?:rigido|tieso|duro))\b.{0,60}\b(?:fever|rash|light|headache|fiebre|vomit\w*)|\b(?:fever|fiebre|headache)\b.{0,80}\b(?:stiff neck|neck (?:is |so |getting |really )?stiff|neck hurts to bend|cuello (?:rigido|tieso|duro))|\brash (?:that )?(?:doesn't|does not|won't) fade", "fever with stiff neck or a non-fading rash (meningitis signs)"),
    Rule("head_injury", r"\b(?:hit|bumped|banged|smacked) (?:his|her|my|their) head\b.{0,80}\b(?:vomit\w*|throw\w* up|confus\w*|sleepy|drows\w*|passed out|won't wake|bleed\w*)", "head injury with worrying signs"),
    Rule("sugar_low", r"\b(?:sugar|glucose|bg|bs) (?:is |was |at |reading )?(?:low|crashing|\b[1-4]\d\b)\b.{0,60}\b(?:confus\w*|shak\w*|sweat\w*|can't|won't|pass\w* out)", "very low blood sugar with symptoms"),
    Rule("severe_abdo", r"\b(?:worst|unbearable|excruciating|severe|terrible|sudden) (?:\w+ ){0,2}(?:stomach|belly|abdominal|tummy|testicle|testicular|flank|kidney|side) pain|\bwrithing in pain|\bpain (?:so bad|so severe) (?:i|he|she) (?:can't|cant|can not) (?:stand|walk|sit|move)|\bpain in (?:his|my|her) testicle|\bsudden (?:severe |terrible |crushing |excruciating |intense )?(?:headache|pain in (?:the )?middle|tearing)|\b(?:feels like something|like something is) tearing|\bworst (?:pain|headache) of (?:my|his|her) life", "severe sudden abdominal pain"),
    Rule("call_911", r"\b(?:should|do|can|shall) (?:i|we) (?:call|go to|take (?:him|her|them) to) (?:911|999|112|an ambulance|the ambulance|the er|the e\.r|the emergency|emergency|a&e|urgencias)|\b(?:calling|called|call) (?:911|999|112|an ambulance)|\b(?:help|sos|emergency) (?:please|now|asap)\b|\bambulance\b", "the writer is asking whether to call an ambulance or go to emergency"),
    Rule("suicide_attempt", r"\b(?:just|i) (?:took|swallowed|cut|slit) (?:all|my|the|a|\d+)\b.{0,40}\b(?:pills|wrists?|deep|bottle)|\b(?:i'm|im|i am) (?:bleeding out|dying)\b", "an attempt or serious harm in progress"),
    Rule("limb_numb", r"(?:can't|cant|cannot|can not) (?:feel|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg|legs|face|side|hand|arm or leg|arm and leg)\b|\bvoice (?:sounds|is) (?:drunk|slurred|weird)", "sudden loss of feeling or movement"),
    Rule("pregnancy_signs", rf"\b\d{{2}} (?:weeks|wks|semanas)\b{_w(80)}\b(?:headache|dolor de cabeza|bleed\w*|sangr\w*|spots|sparkl\w*|lucecitas|(?:face|hands|cara|manos)\b.{{0,20}}\b(?:swollen|swelled|swelling|hinchad\w*|puffed|puffy)|(?:swollen|swelled|swelling|hinch\w*|puffed|puffy)\b.{{0,20}}\b(?:face|hands|cara|manos)|water broke|fuente|constant pain|not moving|no se mueve)", "warning signs late in pregnancy", ("negated", "general_question", "topic_of_a_post")),
    Rule("injury", r"\b(?:fell|fallen|jumped) (?:off|from|down) (?:the |a )?(?:roof|ladder|balcony|stairs|tree|window|bridge)|\b(?:electric shock|got (?:a )?shock|electrocuted)\b|\bshock from a (?:live )?wire|\b(?:pulled|dragged) (?:\w+ ){0,2}out of the (?:pool|water|lake)|\bnear(?:ly)? drown\w*|\bdrowning\b(?! in (?!(?:the |a )?(?:pool|lake|water|river|sea|ocean|bath|tub|bathtub|pond)))|\b(?:blister\w*|ampollas)\b.{0,60}\b(?:white|blanca|whole|toda|face|cara|chest)|\bskin (?:looks |is |went )?(?:white|charred|black)\b|\bcar(?:'s| is)? running in (?:the|a) (?:closed )?garage", "serious injury, burn, shock or near-drowning"),
    Rule("in_progress", r"\b(?:rope|noose|belt) (?:is )?(?:up|ready|tied|around my neck)|\b(?:standing|sitting|stood) on (?:the |a )?(?:ledge|edge|railing|roof|bridge)|\b(?:on|at) the (?:ledge|edge of the (?:roof|bridge))\b|\b(?:took|taken|swallowed|tome|me tome|se tomo) (?:all|todas|todo) (?:of )?(?:my|mis|sus|lo del|the)\b", "a suicide attempt or danger in progress", ("general_question",)),
    # --- concept families (English) ---
    # cardiac
    Rule("chest_synonym", r"\b(?:pain|pressure|tightness|heaviness|squeezing|burning|ache|weight) (?:\w+ ){0,2}(?:behind|under|in|on) (?:my |his |her |their |the )?(?:breast ?bone|sternum)|\b(?:breast ?bone|sternum) (?:is )?(?:pain|hurts|hurting|pressure|aching)", "pain or pressure behind the breastbone is a possible heart attack"),
    Rule("pain_spreads", rf"\b(?:pain|pressure|tightness|ache|heaviness|squeezing)\b{_w(40)}\b(?:radiat\w*|spread\w*|shoot\w*|going|goes|travel\w*|moving|moves) (?:down |up |into |to |through |across )+(?:my |his |her |their |the )?(?:left )?(?:arm|jaw|neck|shoulder|shoulder blade|back)\b", "pain spreading to the arm, jaw, neck or back is a possible heart attack"),
    Rule("heart_fast_faint", rf"\b(?:heart|pulse|heartbeat|heart ?rate)\b(?: \w+){{0,3}} (?:racing|pounding|beating (?:so |really |very )?(?:fast|hard|out of)|going (?:crazy|nuts|a mile a minute)|fluttering|skipping|irregular|all over the place)\b{_w(80)}\b(?:faint\w*|pass(?:ed|ing)? out|black(?:ed|ing)? out|dizzy|light ?headed|chest|can't breathe|cant breathe|short of breath|vision|collaps\w*)", "racing or irregular heart with fainting, chest pain or breathlessness"),
    Rule("heart_rate_extreme", r"\b(?:heart ?rate|hr|pulse|heart|bpm)\b(?: \w+){0,3} (?:is |was |at |of |going |reading |says |hit |just hit |stuck at |over |above |around |about )*(?:1[5-9]\d|2\d\d|2\d|3\d|4[0-4])\b(?! ?(?:years?|yo|y/o|mins?|minutes|seconds|days|weeks|%|mg|lbs?|kg|steps))(?!.{0,30}\b(?:run|running|workout|exercis\w*|gym|spin|cardio|sprint))|\bpulse (?:is )?(?:weak|thready|faint|barely there)|\b(?:can't|cant|cannot|couldn't|couldnt) (?:find|feel) (?:a |his |her |their |my |any )?(?:pulse|heartbeat)|\bno (?:pulse|heartbeat)\b", "a dangerously fast, slow or absent pulse"),
    Rule("cpr", r"\b(?:doing|giving|started|starting|start|performing|perform|do|on) (?:cpr|chest compressions|compressions)\b|\b(?:in|went into|going into|having) (?:cardiac|heart) arrest|\b(?:aed|defib\w*) (?:on (?:him|her|them)|is (?:on|shocking|attached))", "cardiac arrest or CPR in progress", ("negated", "general_question", "topic_of_a_post")),
    # stroke
    Rule("speech_off", r"\b(?:speech|voice|talking) (?:is|sounds|seems) (?:\w+ )?off\b|\b(?:speech|speaking|talking|words|voice|talks|speaks) (?:is |are |sounds? |came out |coming out |come out |seems? |got |went |all |has become |became |has gotten |is getting |getting |has been |suddenly |very |really |so |a bit |kind of )*(?:wrong|odd|unclear|wobbly|not normal|funny|weird|strange|garbled|jumbled|mushed|mumbled|muddled|slurry|thick|gibberish|nonsense|not right|backwards|mixed up|scrambled)\b|\b(?:talking|speaking|saying) (?:total |complete )?(?:nonsense|gibberish|random words)|\b(?:mixing up|can't find|cant find|couldn't find|losing) (?:his |her |my |their |the )?words|\bcan't say (?:his|her|my) (?:own )?name|\bwords (?:won't|wont|don't|dont) come out", "garbled or lost speech is a stroke sign"),
    Rule("limb_gave_out", r"\b(?:arm|leg|hand|side|foot) (?:\w+ ){0,2}(?:gave (?:out|way)|went (?:limp|dead|numb|weak|floppy)|is (?:limp|dead|useless|hanging)|just dropped|won't work|wont work|stopped working|not working right)|\b(?:can't|cant|cannot|couldn't|couldnt|unable to|won't|wont) (?:seem to |even |really |properly )?(?:lift|raise|move|use|grip|feel|hold up) (?:his|her|my|their|the|one|either) (?:left |right )?(?:arm|leg|hand|side|foot|face|fingers|legs|arms|feet|hands)\b|\bkeeps? dropping (?:things|stuff|the \w+|his \w+|her \w+)\b.{0,40}\b(?:left|right|one side|hand|slurr\w*|face)", "sudden weakness or loss of use of a limb is a stroke sign"),
    Rule("sudden_neuro", rf"\bsudden(?:ly)?\b{_w(30)}\b(?:numb\w*|weak on|weakness|paraly\w*|(?:can't|cant|couldn't) (?:see|talk|speak|walk|move|stand|swallow|understand)|blind|double vision|lost (?:balance|vision|sight|feeling|my sight)|confus\w*|slur\w*|drool\w*|droop\w*|collaps\w*|worst headache)|\b(?:curtain|shade|veil|shadow) (?:came |coming |come |went )?(?:down|over) (?:my |his |her |the |one )?(?:left |right )?(?:eye|vision)|\b(?:went|gone|going) blind|\b(?:can't|cant|couldn't) see (?:out of|from|with) (?:my|his|her|one|the) (?:left |right )?eye|\bvision (?:went|is going|going|went all|turned) (?:black|dark|grey|gray|white)|\bdrool\w* (?:from|out of) (?:one|the) side", "sudden loss of vision, feeling, balance or strength is a stroke sign"),
    Rule("balance", r"\b(?:can't|cant|cannot|couldn't) (?:walk|stand) (?:in a )?straight(?: line)?|\b(?:keeps? )?(?:falling|leaning|veering) (?:over )?to one side|\b(?:dizzy|spinning|vertigo)\b.{0,40}\b(?:can't|cant|cannot) (?:walk|stand|see)", "sudden loss of balance can be a stroke"),
    # breathing / airway
    Rule("air_hunger", r"\b(?:struggling|fighting|gasping|straining|labou?ring|heaving) (?:for|to get) (?:air|breath|a breath)|\b(?:can't|cant|cannot|couldn't) get (?:enough |any )?air|\b(?:breathing|breaths?) (?:is |are |has |have )?(?:gotten |become |getting |sounds? |really |very )*(?:labou?red|ragged|rattl\w*|gurgl\w*|with (?:long )?pauses|stopping|irregular|noisy and|funny and|strange and)|\b(?:long )?pauses (?:in|between) (?:his|her|their|my) (?:breathing|breaths)|\bstopped breathing|\bbreathing (?:really |very |so )?slow(?:ly)?\b|\b(?:can't|cant|cannot|can only|couldn't) (?:talk|speak|finish|get out|say) (?:in )?(?:full |whole )?(?:sentences?|a sentence|more than (?:a few|two|one) words)|\bstridor|\bwhistl\w* (?:sound|noise|when (?:he|she|i) breath\w*)", "struggling to breathe"),
    Rule("oxygen_low", r"\b(?:o2|oxygen|ox|sats?|saturation|spo2|pulse ?ox\w*|oximeter|satur\w*)\b(?: \w+){0,4} (?:[4-8]\d)(?:\s?%|\b)(?![\d/])", "oxygen saturation dangerously low"),
    Rule("airway_blocked", r"\b(?:something|food|a \w+|piece of \w+|\w+) (?:is |got |was )?(?:stuck|lodged) in (?:his|her|my|their|the) (?:throat|windpipe|airway)|\bheimlich (?:isn't|isnt|is not|not|didn't|didnt|won't|wont|doesn't|doesnt) (?:work\w*|help\w*)|\b(?:doing|trying|tried|giving|gave) (?:him |her |them )?(?:the )?heimlich|\bchoking on (?:a |an |some |his |her |the )?(?!(?:my |the )?(?:coffee|tea|water|drink|popcorn|laugh\w*|words))\w+", "choking: something blocks the airway"),
    # bleeding
    Rule("blood_flow", rf"\bblood (?:is )?(?:spurting|squirting|pumping|gushing|pouring|running down|dripping everywhere|all over)|\b(?:spurting|squirting|pumping|gushing|pouring) (?:out )?blood|\b(?:lost|losing|lose|loses) (?:a lot of|so much|lots of|too much|loads of|tons of) blood|\bdeep (?:cut|gash|wound|laceration|puncture|slice)\b{_w(60)}\b(?:bleed\w*|blood|gaping|bone|fat|tendon|won't close|spurt\w*|pressure)|\b(?:cut|sliced|chopped|ripped|tore) (?:off )?(?:the (?:tip|end|top) of )?(?:my|his|her|their) (?:finger|thumb|toe|hand)s?(?: \w+)? off|\b(?:finger|thumb|toe|hand)s? (?:is |got |was |were )?(?:cut|chopped|sliced|severed|ripped|torn) off|\bamputat\w*|\b(?:bleeding|blood) (?:from|out of|coming out of) (?:his|her|my|their|the) (?:ears?|eyes?|head|mouth|nose and)|\bpassing (?:huge |large |big |golf ?ball )?clots|\bclots (?:the size of|as big as|bigger than)", "severe or uncontrolled bleeding"),
    Rule("bleed_faint", rf"\b(?:bleed\w*|blood(?! (?:work|test|tests|draw|drawn|pressure|sugar|type|donation|drive|results?|panel|count|levels?|thinners?|orange)))\b{_w(60)}\b(?:faint\w*|dizzy|light ?headed|pale|passing out|pass out|passed out|cold and clammy|clammy|blacking out)\b", "bleeding with faintness is a sign of serious blood loss"),
    Rule("gi_bleed", r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*)\b.{0,30}\bcoffee grounds?|\bcoffee ground (?:vomit|puke)|\b(?:poop|stool|stools|poo) (?:is |was |looks )?(?:black and (?:tarry|sticky)|like tar|maroon)", "signs of bleeding in the gut"),
    # anaphylaxis
    Rule("allergen_swelling", rf"\b(?:stung|sting|bee ?sting|wasp|hornet|peanut\w*|nuts?|cashews?|almonds?|shellfish|shrimp|prawns?|seafood|allerg\w*|penicillin|amoxicillin|antibiotic|contrast|dye|vaccine|injection|ate|eaten|eating)\b{_w(80)}\b(?:throat|tongue|lips?|face|mouth|eyes|voice)\b(?: \w+){{0,2}} (?:is |are |feels? |started |got |getting |went |keeps? |all )?(?:swell\w*|swollen|puff\w*|tight\w*|closing|hoarse|huge|big)", "swelling of the face, lips or throat after an allergen"),
    Rule("hives_airway", rf"\b(?:hives|welts|ronchas|urticaria)\b{_w(60)}\b(?:breath\w*|wheez\w*|throat|swallow\w*|swell\w*|swollen|dizzy|faint\w*|vomit\w*|tongue|lips|cough\w*)|\b(?:breath\w*|wheez\w*|throat|swallow\w*)\b{_w(40)}\b(?:hives|welts)\b", "hives with breathing, throat or swelling symptoms"),
    # poisoning / overdose
    Rule("got_into", r"\bgot into (?:the |my |his |her |their |grandma'?s |grandpa'?s |mom'?s |dad'?s |a |some |our )?(?:\w+ )?(?:medicine|meds|pills|pill bottle|medicine cabinet|cabinet under the sink|cleaning (?:supplies|products|stuff)|chemicals|bleach|purse|vitamins|edibles|gummies|weed|vape|nicotine|alcohol|liquor|rat poison|pesticides?)", "a child got into medicines or chemicals"),
    Rule("ingested_more", r"\b(?:drank|drunk|swallowed|ate|eaten|ingested|chewed|chewing|licked|sucked on|bit into|drinking|took) (?:some |a |an |the |a bottle of |a whole bottle of |half (?:a |of )?(?:the )?|one of |part of |some of |a bunch of |like )?(?:\w+ ){0,2}?(?:edibles?|weed gummies|thc|nicotine|vape (?:juice|liquid)|e-liquid|nail polish remover|mouthwash|hand sanitizer|essential oils?|gasoline|petrol|kerosene|paint thinner|weed killer|roundup|fertilizer|dishwasher (?:pods?|tablets?|detergent)|dish soap|rat bait|mothballs|iron (?:pills|tablets|supplements)|vitamins|cigarettes?|cigarette butts?|window cleaner|oven cleaner|toilet cleaner|windex|lye|ammonia|acid|superglue|foxglove|oleander|berries from|mushrooms? from|a (?:coin|magnet|battery))\b", "swallowed something poisonous or dangerous"),
    Rule("too_much_dose", r"\b(?:took|taken|gave|given|injected|had|swallowed) (?:him |her |them |my \w+ |his \w+ )?(?:a |an )?(?:way |far )?(?:too much|double|triple|twice|ten times|10 times|(?:\d+|two|three|four|five) times) (?:the |his |her |my |their )?(?:\w+ )?(?:insulin|tylenol|acetaminophen|paracetamol|medicine|meds|medication|pills|warfarin|iron|dose|methadone|morphine|fentanyl|oxy\w*|lithium|digoxin|methotrexate|opioids?)", "too much of a medicine"),
    Rule("swallowed_bottle", r"\b(?:took|swallowed|popped|downed|chugged|necked|drank|ate|tome|me tome|se tomo|me trague|se trago) (?:a |an |the |my |his |her |un |una |el )?(?:whole |entire |full |entero |entera |complete )?(?:bottle|box|pack|packet|strip|blister|sheet|frasco|caja|tira|blister|bote)s? (?:entero |entera |completo |completa )?(?:of|de)\b", "took a whole pack of a medicine"),
    Rule("opioid_signs", rf"\b(?:fentanyl|heroin|opioids?|opiates?|oxy\w*|percocet|methadone|morphine|xanax|benzos?|drugs|something at (?:a|the) party|molly|mdma|ketamine|ghb|pills|using)\b{_w(80)}\b(?:not breathing|isn't breathing|barely breathing|won't wake|wont wake|can't wake|cant wake|unresponsive|not responding|turning blue|lips (?:are )?blue|snoring (?:weird|funny|loud)|pin ?point pupils|tiny pupils|passed out|foaming|overheat\w*|seizing|limp)|\b(?:gave|give|giving|used|use|need|needs|sprayed|administered|have|got) (?:him |her |them |my \w+ )?(?:narcan|naloxone)\b", "signs of an opioid or drug overdose"),
    Rule("envenomation", r"\b(?:bitten|bit|stung) by (?:a |an )?(?:snake|rattlesnake|rattler|copperhead|cottonmouth|viper|adder|scorpion|black widow|brown recluse|funnel ?web|jellyfish|box jellyfish|stonefish)|\b(?:snake|rattlesnake|scorpion) ?(?:bite|sting)", "a venomous bite or sting"),
    Rule("carbon_monoxide", rf"\b(?:carbon monoxide|co (?:alarm|detector)|gas leak|smell(?:s|ed|ing)? gas|fumes|generator (?:running )?in(?:side| the))\b{_w(80)}\b(?:headaches?|dizz\w*|nause\w*|vomit\w*|sleepy|drowsy|confus\w*|faint\w*|pass\w* out|sick|can't wake|won't wake)|\bco poisoning|\bcarbon monoxide poisoning", "possible carbon monoxide or gas poisoning"),
    # seizure
    Rule("seizure_signs", rf"\beyes (?:rolled|rolling|roll) (?:back|up)|\b(?:body|arms?|legs?|he|she) (?:went|is|are|got|goes) (?:all )?(?:stiff|rigid)\b{_w(40)}\b(?:jerk\w*|shak\w*|twitch\w*|not respond\w*|convuls\w*)|\b(?:twitching|jerking|shaking|trembling) (?:and|but) (?:not|isn't|isnt|won't|wont) (?:respond\w*|answer\w*|wake\w*|looking at)|\bstatus epilepticus|\bepileptic (?:fit|attack)|\bfebrile (?:seizure|convulsion)", "a seizure"),
    # collapse / unresponsive
    Rule("collapse", r"\b(?:went|gone|is|was|lying|lay) (?:totally |completely |all )?limp\b|\blifeless|\bfound (?:him|her|them|my \w+|\w+) (?:\w+ ){0,2}(?:on the floor|unconscious|unresponsive|passed out|not breathing|blue|cold and|face ?down|slumped|on the ground)|\b(?:isn't|is not|not|won't|wont|stopped|hasn't been) (?:answering|responding|reacting|reactive) (?:me|us|when|to (?:me|us|anything|his name|her name|voice)|at all)|\b(?:can't|cant|cannot|couldn't|couldnt) (?:rouse|wake|get (?:him|her|them) (?:to wake|up|to respond|to answer)) ?(?:him|her|them|my \w+)?|\b(?:barely|hardly) (?:conscious|responsive|awake|responding)|\b(?:keeps?|keep) (?:passing|blacking|fainting) out|\bin and out of consciousness|\blost consciousness|\bloss of consciousness", "collapsed or not responding"),
    Rule("altered", r"\b(?:disoriented|delirious|delirium|incoherent|hallucinat\w*|talking to (?:people|someone|things) (?:who|that) (?:aren't|isn't|are not|is not|arent) there|doesn't know (?:where (?:she|he|they|i) (?:is|are|am)|what (?:day|year) it is|who (?:i am|we are|she is|he is))|(?:doesn't|does not|didn't|can't|cant) recogni[sz]e (?:me|us|anyone|her own|his own|my)|(?:really|very|so|extremely) (?:hard|difficult) to wake|hard to wake(?: up)?|won't stay awake|can't stay awake|(?:he|she|baby|they|he's|she's|is|seems|looks) (?:very |so |really |extremely )?(?:lethargic|listless|unresponsive)|(?:suddenly|very|really|extremely|so) confused)\b", "confusion, hallucination or hard to wake"),
    # pregnancy
    Rule("pregnancy_danger", rf"\b(?:pregnant|pregnancy|weeks along|trimester|expecting|ivf)\b{_w(90)}\b(?:(?<!light )(?<!little )(?<!brown )(?<!bit of )bleed\w*|blood|gush\w*|clots|soak\w*|water(?:s)? broke|leaking (?:fluid|water)|fluid (?:leaking|coming out)|(?:severe|sharp|stabbing|constant|terrible|unbearable) (?:pain|cramp\w*)|(?:hasn't|hasnt|has not|isn't|isnt|not|stopped|less|no|barely) (?:\w+ )?(?:mov\w*|kick\w*)|seizure|fainted|passed out|can't breathe|chest pain|headache (?:that )?(?:won't|wont|with|and)|blurr\w* vision|seeing spots|flashing lights|(?:face|hands) (?:\w+ )?(?:swollen|puffy|swelling)|fever)|\b(?:gave birth|after (?:giving birth|delivery|my c-section|the c-section|having (?:my|the) baby)|postpartum|post partum|had (?:my|a|the) baby)\b{_w(90)}\b(?:soak\w*|clots|gush\w*|heavy bleed\w*|bleeding (?:a lot|heavily|more)|chest pain|short of breath|can't breathe|headache|seizure|fever|blurr\w* vision|seeing spots|calf|light ?headed|faint\w*|dizzy|passing out|pass out)", "danger signs in pregnancy or after birth", _NOT_PAST),
    Rule("ectopic", rf"\b(?:pregnant|positive (?:pregnancy )?test|missed (?:my )?period|weeks along|ectopic)\b{_w(80)}\b(?:(?:sharp|severe|stabbing|terrible) pain (?:\w+ ){{0,3}}(?:one side|left side|right side|lower)|shoulder (?:tip )?(?:pain|hurts)|dizzy|faint\w*)", "possible ectopic pregnancy"),
    # babies
    Rule("infant_danger", rf"\b(?:baby|babe|infant|newborn|bebe|toddler)\b{_w(60)}\b(?:not breathing|isn't breathing|stopped breathing|limp|floppy|won't wake|wont wake|hard to wake|can't wake|unresponsive|not responding|bulging|sunken soft spot|soft spot (?:is )?(?:bulging|sunken)|no wet diapers?|hasn't had a wet|hasn't peed|grunting|high[- ]pitched cry|blue|grey|gray|mottled)\b", "danger signs in a baby"),
    # trauma
    Rule("trauma", r"\b(?:hit|struck|run over|knocked down|mowed down) by (?:a |the |an )?(?:car|truck|bus|van|train|motorcycle|motorbike|vehicle|drunk driver|suv)|\b(?:been|got|was|were|he's|she's|just|i've been|i got) (?:shot|stabbed)\b(?! (?:a |the |some |my |it |at |down |for |by (?:my|the) (?:doctor|nurse)|in the back))|\b(?:gunshot|gun shot|bullet|stab|knife) wounds?|\bstabbed (?:him|her|me|them|my|in the)|\bbone (?:is )?(?:sticking|poking|coming|jutting) (?:out|through)|\b(?:arm|leg|wrist|ankle|finger|knee) (?:is )?(?:bent|twisted|pointing|facing) (?:the )?wrong way|\b(?:compound|open) fracture|\bfell (?:\d+|two|three|four|five|six|ten|several) (?:feet|ft|meters|metres|floors|stories|storeys)|\bfell (?:out of|off|from) (?:a |the |his |her |my )?(?:\w+ )?(?:window|balcony|roof|horse|cliff|scaffold\w*|bunk bed|second floor|height)|\b(?:impaled|crushed (?:under|by|between))|\b(?:mauled|attacked) by (?:a |the )?(?:dog|bear|pit ?bull)", "major trauma"),
    Rule("crash", rf"\b(?:car|bike|motorcycle|motorbike|scooter|atv|bus|truck|head-?on) (?:accident|crash|wreck|collision)\b{_w(80)}\b(?:bleed\w*|blood|unconscious|can't move|cant move|can't feel|cant feel|neck|trapped|not moving|knocked out|passed out|airbag|broken)", "a crash with injuries"),
    Rule("head_injury_more", rf"\b(?:hit|bumped|banged|smacked|cracked|knocked|hitting|bumping|banging) (?:his|her|my|their) head\b{_w(80)}\b(?:knocked out|unequal pupils|pupils (?:are )?(?:different|uneven)|seiz\w*|can't remember|cant remember|not acting (?:right|normal)|acting (?:weird|strange|odd)|clear fluid|lost consciousness|blacked out|unconscious|slurr\w*|won't stop crying and|very sleepy|drows\w*|vomit\w*|throw\w* up|threw up|confus\w*)|\b(?:vomit\w*|throw\w* up|threw up|confus\w*|unconscious|knocked out|drows\w*|slurr\w*)\b{_w(60)}\b(?:after|since) (?:he |she |i |they )?(?:hit|bumped|banged|hitting|bumping|banging|fell|falling) (?:on )?(?:his|her|my|their) head|\bfell (?:and|on|onto) (?:his|her|my|their) head\b{_w(60)}\b(?:vomit\w*|throw\w* up|confus\w*|sleepy|drows\w*|unconscious|knocked out|bleed\w*)|\bhead (?:injury|trauma)\b{_w(60)}\b(?:vomit\w*|throw\w* up|confus\w*|sleepy|drows\w*|unconscious|knocked out)", "head injury with worrying signs"),
    # burns
    Rule("burns", rf"\b(?:boiling|scalding|very hot|hot) (?:water|oil|grease|coffee|tea|soup|pan|pot)\b{_w(60)}\b(?:face|chest|body|genitals|neck|over (?:him|her|his|my)|baby|toddler|whole|all over|huge blisters|large blisters|skin (?:is |looks )?(?:white|black|charred))|\bscald(?:ed|ing)? (?:his|her|my|their|the baby'?s?)\b|\b(?<!sun)(?<!razor )(?:burn(?:ed|t|s)?)\b{_w(40)}\b(?:charred|leathery|huge blisters|big blisters|blistering|whole (?:arm|leg|hand|face|chest|back)|(?:his|her|my) face|airway|smoke|skin (?:is )?(?:white|black|peeling off))|\b(?:his|her|my|their) (?:clothes|hair|shirt|dress|pajamas) caught (?:on )?fire|\bsmoke inhalation|\b(?:chemical|bleach|acid|lye|drain cleaner|oven cleaner|cement|lime|pepper spray) (?:\w+ ){{0,3}}in (?:my|his|her|their|the) eyes?|\belectrical burn", "a serious burn or chemical injury"),
    # sepsis, shock, metabolic
    Rule("sepsis", rf"\b(?:fever|temp\w*|febrile|chills)\b{_w(80)}\b(?:mottled|blotchy|purple (?:spots|rash|blotches|dots)|rash (?:that )?(?:doesn't|does not|won't|didn't) fade|glass test|shiver\w* (?:uncontrollably|violently)|uncontrollabl\w* shiver\w*|rigors|confus\w*|disoriented|not making sense|hard to wake|very drowsy|breathing (?:really |very )?fast|hasn't peed|not peeing|low blood pressure|bp (?:is )?(?:low|[4-8]\d/)|[4-8]\d/[2-5]\d)|\b(?:mottled|blotchy|purple (?:spots|rash|blotches|dots))\b{_w(60)}\b(?:fever|temp\w*|febrile|shiver\w*)|\bseps[ie]s\b|\bseptic\b(?! (?:tank|system|arthritis))", "signs of sepsis"),
    Rule("bp_extreme", rf"\b(?:bp|blood pressure|cuff|monitor|machine)\b(?: \w+){{0,4}} (?:[4-8]\d)/(?:[2-5]\d)\b|\b(?:bp|blood pressure)\b(?: \w+){{0,4}} (?:1[89]\d|2\d\d)/(?:1[1-9]\d)\b{_w(80)}\b(?:headache|chest|vision|blurr\w*|confus\w*|numb\w*|short of breath|nose ?bleed|vomit\w*|weak)", "a dangerously low or high blood pressure with symptoms"),
    Rule("sugar_extreme", rf"\b(?:sugar|glucose|bg|bs|blood sugar|meter|glucometer|cgm|dexcom|libre)\b(?: \w+){{0,3}} (?:[4-9]\d\d|hi|high|lo|[1-4]\d)\b{_w(80)}\b(?:vomit\w*|throw\w* up|confus\w*|shak\w*|sweat\w*|fruity|breathing (?:fast|deep|hard|heavy)|drows\w*|sleepy|pass\w* out|won't wake|can't wake|not making sense|ketones|seiz\w*)|\b(?:dka|ketoacidosis)\b|\bketones (?:are )?(?:high|large|moderate)", "a dangerous blood sugar with symptoms"),
    Rule("heat_cold", r"\bheat ?stroke|\bhypotherm\w*|\b(?:stopped|not|isn't|isnt) sweating\b.{0,60}\b(?:hot|confus\w*|dizzy|faint|heat|temp\w*|10\d)|\b(?:temp|temperature|fever)\b(?: \w+){0,3} (?:10[6-9](?:[.,]\d)?|4[2-3](?:[.,]\d)?)\b", "heat stroke, hypothermia or extreme temperature"),
    Rule("severe_pain_more", r"\b(?:stomach|belly|abdomen|tummy)\b.{0,30}\b(?:hard as (?:a )?(?:board|rock)|rigid|board[- ]like)|\bpain (?:is )?(?:a )?(?:10|ten) ?(?:/|out of) ?(?:10|ten)\b.{0,40}\b(?:chest|head|stomach|belly|abdom\w*|testic\w*|can't (?:stand|walk|breathe|move))|\b(?:testic\w*|ball|balls|scrotum)\b.{0,30}\b(?:suddenly|sudden|swollen and|twist\w*|severe|excruciating)|\b(?:sudden|suddenly|out of nowhere)\b.{0,30}\b(?:excruciating|unbearable|worst)\b", "sudden severe pain"),
    Rule("limb_ischemia", r"\b(?:leg|foot|arm|hand|toes|fingers)\b.{0,20}\b(?:cold,? (?:and )?(?:pale|white|blue|purple|grey|gray)|(?:pale|white|blue|purple|grey|gray),? (?:and )?cold)\b", "a cold, pale limb can mean a blocked artery"),
    Rule("calf_breath", rf"\b(?:calf|leg)\b(?: \w+){{0,3}} (?:swollen|swelling|hurts|painful|red and)\b{_w(80)}\b(?:short of breath|can't breathe|chest pain|pain when i breathe|coughing (?:up )?blood)|\b(?:short of breath|can't breathe|chest pain)\b{_w(80)}\b(?:calf|leg)\b(?: \w+){{0,3}} (?:swollen|swelling|hurts|painful)", "a swollen leg with breathlessness can be a blood clot in the lungs"),
    Rule("preterm", r"\b(?:water(?:s)? (?:just )?broke|contractions|contracciones|rompio la fuente|rompi (?:la )?fuente)\b.{0,60}\b(?:too early|premature|preterm|too soon|antes de tiempo|prematur\w*)|\b(?:1\d|2\d|3[0-6]) ?(?:weeks|wks|wk|semanas)\b.{0,60}\b(?:water(?:s)? (?:just )?broke|leaking (?:fluid|water)|fluid (?:is )?leaking|gush of (?:fluid|water)|contractions|contracciones|rompio la fuente|rompi (?:la )?fuente|sale liquido)|\b(?:water(?:s)? (?:just )?broke|leaking (?:fluid|water)|gush of (?:fluid|water)|contractions|contracciones|rompio la fuente|rompi (?:la )?fuente|sale liquido)\b.{0,40}\b(?:1\d|2\d|3[0-6]) ?(?:weeks|wks|wk|semanas)\b", "waters breaking or contractions before 37 weeks", _NOT_PAST),
    Rule("doom", rf"\b(?:feels?|feeling|felt|says? (?:he|she) feels?) like (?:he's|she's|hes|shes|i'm|im|i am|he is|she is) (?:going to|gonna|about to) (?:die|pass out|collapse)|\b(?:sense|feeling) of (?:impending )?doom|\b(?:sweating|sweaty|clammy|cold sweat)\b{_w(40)}\b(?:grey|gray|pale|ashen)\b|\b(?:grey|gray|pale|ashen)\b{_w(30)}\b(?:sweating|sweaty|clammy|cold sweat)\b", "feels they are about to die, or grey and sweating"),
    Rule("bleed_wont_stop", r"\b(?:bleed\w*|nosebleed|nose bleed|blood|cut|wound|gash)\b.{0,30}\b(?:won't|wont|will not|doesn't|doesnt|isn't|isnt|hasn't|hasnt|can't|cant|not|never) (?:\w+ )?(?:stop|stopping|stopped|slow\w*)|\bblood (?:is )?(?:soaking|soaked|seeping) (?:through|into)|\bsoak\w* (?:right )?(?:through )?(?:a |my |her |his |the |two |three |\d+ )?(?:pads?|towels?|shirts?|bandages?|gauze|dressings?)\b|\b(?:cut|sliced|chopped|ripped) off (?:the (?:tip|end|top) of )?(?:my|his|her|their) (?:finger|thumb|toe)", "bleeding that will not stop"),
    Rule("es_heart_order", rf"\b(?:me|le) (?:late|palpita|va) (?:el corazon )?(?:muy |super |bien )?(?:a mil|rapidisimo|rapido|fuerte|acelerado|como loco)\b{_w(60)}\b(?:desmay\w*|mare\w*|pecho|aire|respir\w*|vista)", "corazón acelerado con desmayo o dolor", lang="es"),
    Rule("es_worst_headache", r"\bpeor dolor (?:de cabeza )?de (?:mi|su) vida|\bdolor de cabeza (?:muy )?(?:fuerte|horrible|terrible|insoportable) (?:de repente|de golpe|que empezo de repente)|\bde (?:repente|golpe),? (?:un )?dolor de cabeza", "dolor de cabeza súbito y muy fuerte", lang="es"),
    Rule("chest_any", r"\b(?:chest|breast ?bone|sternum)\b(?: \w+){0,3}? (?:hurt\w*|pain\w*|tight\w*|heavy|heaviness|pressure|crush\w*|squeez\w*|burn\w*|explod\w*|agony|aching|aches|on fire|caving|clos\w* (?:up|in))\b|\b(?:hurt\w*|pain\w*|tight\w*|heavy|heaviness|pressure|crush\w*|squeez\w*|agony|ache)\b(?: \w+){0,3}? (?:in|on|across|around|behind|through) (?:my |his |her |their |the |mi |su )?(?:chest|breast ?bone|sternum)\b|\bheart (?:\w+ ){0,3}(?:explode|explod\w*|burst\w*|going to stop|is stopping|jump\w* out)", "chest pain, pressure or tightness"),
    Rule("face_side", r"\b(?:face|mouth|smile|lip|cheek|eyelid)\b.{0,20}\b(?:fell|fallen|dropped|droop\w*|sagg\w*|slack|won't move|wont move|doesn't move|isn't moving|not moving|numb|paraly\w*|frozen|dead)\b.{0,20}\b(?:one side|left side|right side|on one side|one half)|\b(?:one|left|right|half|other) (?:side|half) of (?:my|his|her|their|the) (?:face|mouth)\b (?:\w+ ){0,2}(?:won't|wont|doesn't|doesnt|isn't|isnt|is not|can't|cant|not|went|is|feels|has|fell|dropped) ?(?:\w+ )?(?:move|moving|working|numb|droop\w*|slack|paraly\w*|dead|frozen|down|weird)", "one side of the face drooping or numb is a stroke sign"),
    Rule("confused_now", r"\b(?:he|she|they|he's|she's|hes|shes|they're|my (?:mom|mum|mother|dad|father|grandma|grandpa|nana|nan|granny|grandad|grandmother|grandfather|husband|wife|partner|son|daughter|aunt|uncle|brother|sister|friend|roommate|patient|neighbou?r)|mom|mum|dad|grandma|grandpa|nana|granny)(?:'s| is| seems| was| got| went| became| has become| looks)? (?:suddenly |so |very |really |super |all |totally |extremely |completely |acting )?(?:confused|disoriented|out of it|not with it|delirious|incoherent)\b(?! (?:about|by|why|as to|with (?:the|my|his|her)|on how|over|what|at times|in the (?:afternoon|evening)s?|lately|recently|for (?:weeks|months)|since (?:the|last) (?:month|year)))|\b(?:words|speech|what (?:he|she|they) (?:says|said|is saying)) (?:don't|doesn't|do not|does not|didn't) make (?:any )?sense", "sudden confusion in someone with the writer"),
    Rule("child_ingestion", rf"\b(?:toddler|baby|babe|son|daughter|kid|kiddo|child|little one|little (?:brother|sister|boy|girl)|nephew|niece|grandson|granddaughter|infant|twins?|\d+ ?(?:yo|y/o|yr old|year old|years old|month old|mo old)|\d+yo)\b.{{0,40}}?\b(?:ate|eat|eats|eaten|eating|drank|drink|drinks|drinking|drunk|swallowed|swallow|swallowing|got into|chewed|chewing|chewed on|bit|bit into|licked|took|taken|sucked on|ingested|consumed|got hold of|found with|put)\b{_w(50)}\b(?:pills?|tablets?|meds|medicine|medication|capsules?|gummies|vitamins|edibles?|tylenol|advil|ibuprofen|motrin|acetaminophen|benadryl|melatonin|aspirin|bleach|detergent|pods?|batter(?:y|ies)|magnets?|poison|antifreeze|cleaner|windex|lye|chemicals?|pesticides?|bait|alcohol|vodka|liquor|wine|beer|vape|nicotine|cigarettes?|weed|marijuana|cannabis|thc|cocaine|fentanyl|lamp oil|gasoline|kerosene|mushrooms?|berries|nail polish|remover|perfume|mouthwash|sanitizer|essential oils?|coin|lithium|iron|patch|sleeping pills|xanax|adderall|oxy\w*|opioids?|methadone|suboxone|insulin|blood pressure|heart pills)\b", "a child swallowed medicine, a chemical or a dangerous object"),
    Rule("found_with", r"\bfound (?:him|her|them|my \w+) (?:\w+ ){0,2}with (?:an? |the |my |his |her )?(?:open |empty |half[- ]empty )?(?:bottle|packet|pack|box|container|jar|pod|blister) (?:of )?\w*", "a child found with an open medicine bottle"),
    Rule("allergic_exposed", r"\b(?:allergic|allergy|anaphylactic)\b(?: \w+){0,3} (?:to )?(?:\w+ ){0,2}(?:and|but) (?:\w+ ){0,2}(?:just |accidentally |by accident )?(?:ate|eaten|had|got stung|was stung|been stung|stung|took|touched|drank|bitten)\b", "exposed to something they are severely allergic to"),
    Rule("fall_signs", rf"\b(?:fell|fallen|falling|rolled off|tumbled|slipped|tripped)\b{_w(60)}\b(?:can't get up|cant get up|couldn't get up|unable to get up|can't move|cant move|not responding|isn't responding|unconscious|knocked out|won't wake|not waking|vomit\w*|throw\w* up|threw up|very sleepy|really sleepy|drows\w*|confus\w*|seiz\w*|can't feel|cant feel|bleeding from)|\b(?:on|lying on) the (?:floor|ground) (?:for|since) (?:hours|\d+ hours|a long time|all night|last night|this morning|yesterday)", "a fall with worrying signs"),
    Rule("infant_more", rf"\b(?:baby|babe|infant|newborn|bebe)\b{_w(60)}\b(?:vomit\w* green|green vomit|throw\w* up green|bile|yellow and (?:very |really )?(?:sleepy|lethargic|not feeding|won't feed)|won't feed and (?:very |really )?(?:sleepy|floppy|lethargic)|not feeding and (?:very |really )?(?:sleepy|floppy|lethargic))", "danger signs in a baby"),
    Rule("surgical", r"\bappendix (?:has )?(?:burst|ruptured|bursting|rupturing|exploded)|\bappendicitis\b|\bruptured (?:appendix|ectopic|spleen|aneurysm)|\b(?:testic\w*|ball) (?:is )?twist\w*|\btorsion\b", "a possible surgical emergency"),
    Rule("smoke", r"\binhaled (?:a lot of |lots of |so much |too much |some )?(?:smoke|fumes|gas|chemicals|chlorine)|\bfell through (?:the )?ice|\bpulled (?:\w+ ){0,3}from (?:the )?(?:fire|water|pool|lake|river)", "smoke or fume inhalation, or pulled from water or fire"),
    Rule("cant_see", r"\b(?:can't|cant|cannot|couldn't|unable to) see (?:anything|at all|a thing|out of (?:it|that eye|one eye)|from (?:it|that eye))\b(?! without)|\b(?:eye|eyes) (?:got |was )?(?:hit|poked|punctured|cut|stabbed)\b.{0,40}\b(?:can't see|cant see|blood|bleed\w*|vision)", "sudden loss of sight or an eye injury"),
    Rule("not_responding", r"\b(?:isn't|isnt|is not|not|won't|wont|stopped|hasn't been|no longer|barely|doesn't|doesnt|didn't|didnt) (?:responding|responsive|reacting|reactive|respond|react)\b(?! to (?:the |my |his |her |any |our )?(?:cream|creams|treatment|meds|medication|medicine|antibiotics?|therapy|steroids?|drugs?|messages?|texts?|emails?|dms?|calls?|insulin|diet|exercise|ointment|inhaler|shots?|injections?|iron|pills?|tablets?))", "not responding"),
    Rule("abdo_agony", r"\b(?:stomach|belly|abdomen|abdominal|tummy|chest|head)\b.{0,40}\b(?:in agony|agonizing|excruciating|unbearable|hard and swollen|swollen and hard|rigid|hard as (?:a )?(?:board|rock))", "severe abdominal, chest or head pain"),
    Rule("es_chest_any", rf"\b(?:dolor|presion|opresion|ardor|punzada|peso)\b(?: \w+){{0,3}} (?:en el|del|de|en mi|en su|al) pecho\b|\b(?:sudando frio|sudor frio|suda frio|sudando mucho)\b{_w(60)}\b(?:palid\w*|pecho|brazo|mare\w*|desmay\w*|gris|no puede)|\b(?:palid\w*|gris)\b{_w(40)}\b(?:sudando frio|sudor frio|suda frio)", "dolor u opresión en el pecho", lang="es"),
    Rule("es_child_ingestion", rf"\b(?:hij[oa]|bebe|niñ[oa]|nen[ea]|chiquit[oa]|sobrin[oa]|niet[oa]|herman\w* (?:chiquit\w*|menor|pequeñ\w*)|\d+ (?:años|meses))\b.{{0,40}}?\b(?:se )?(?:tomo|trago|comio|bebio|ingirio|agarro|mordio|chupo|se metio)\b{_w(40)}\b(?:pastilla\w*|medicina\w*|medicamento\w*|jarabe|cloro|pila\w*|iman\w*|detergente|veneno|raticida|gasolina|limpiador|alcohol|vitaminas|thinner|capsula\w*|cigarro\w*|moneda|insecticida|lejia|suavizante)", "un niño se tragó medicinas, químicos u objetos peligrosos", lang="es"),
    Rule("es_fetal_more", r"\bno (?:siento|he sentido|sentimos|lo siento|la siento) (?:que )?(?:el |al |a mi |mi )?bebe (?:se )?(?:mueva|moverse|mover|patear|pate\w*)|\b(?:el|mi) bebe (?:ya )?no (?:se )?(?:mueve|patea|ha pateado|se ha movido)|\b(?:dejo|deja) de moverse|\bse mueve (?:mucho )?menos", "el bebé no se mueve en el embarazo", lang="es"),
    Rule("es_more_signs", rf"\bse (?:queja|quejaba|agarra|agarraba|toca|tocaba) (?:mucho )?(?:del|el) pecho|\bsudando\b.{{0,20}}\b(?:gris|palid\w*)\b|\b(?:tomo|se tomo|le di|le dimos|me tome|tome) (?:el )?(?:doble|triple|dos veces|tres veces) (?:de )?(?:la |su |mi )?(?:dosis|medicina|insulina|pastilla\w*)|\bsangr\w* (?:mucho|muchisimo|demasiado|bastante|a chorros|abundante)|\bse le (?:marcan|hunden|meten) las costillas|\brespir\w* con (?:mucho )?(?:esfuerzo|dificultad|trabajo)|\b(?:tomo|trago|se tomo|ingirio|se trago) (?:muchas|un monton de|todas (?:las|sus|mis)|\d+|varias|demasiadas|un puño de) (?:de )?(?:sus |mis |las )?(?:pastillas|tabletas|capsulas|medicinas|pildoras)\b(?!.{{0,20}}\b(?:al dia|diarias|cada|todos los dias|para la presion))|\b(?:presion|presion arterial|tension)\b(?: \w+){{0,3}} (?:1[89]\d|2\d\d)\b{_w(60)}\b(?:cabeza|pecho|vista|vision|mare\w*|confund\w*|entum\w*|sangr\w*)", "señales de alarma (pecho, sobredosis, sangrado, respiración, presión)", lang="es"),
    Rule("ingestion_more", r"\b(?:toddler|baby|son|daughter|kid|child|little one|\d+ ?(?:yo|y/o|year old|month old)|\d+yo|nephew|niece|grandson|granddaughter|brother|sister)\b.{0,60}\b(?:pills?|tablets?|meds|gummies|vitamins|batter(?:y|ies)|magnets?|pods?|poison|bleach|detergent|cleaner)\b.{0,40}\b(?:in (?:his|her|their) mouth|chew\w*|swallow\w*|ate|eaten|bit|licked|sucked)\b|\b(?:crush\w*|squeez\w*|pressing (?:on|down on)|sitting on|pushing on|weighing on) (?:my|his|her|their) chest|\b(?:drank|drunk|swallowed|ate|drinking|sipped|chugged|took a (?:sip|swig|gulp) of) (?:some |a |the |a bottle of |half (?:a |the )?|a cup of |a glass of |from a bottle of |some of (?:the|my|his|her) )?(?:\w+ ){0,2}?(?:washer fluid|windshield (?:washer )?fluid|wiper fluid|brake fluid|motor oil|rubbing alcohol|isopropyl|methanol|acetone|turpentine|paint thinner|coolant|pool chemicals?|chlorine|weed ?killer|insecticide|herbicide|pesticide|glue|lye|drain cleaner|oven cleaner|toilet cleaner|floor cleaner|descaler|ammonia|hydrogen peroxide|lamp oil|kerosene|gasoline|petrol|bug spray)\b|\bthinking it was (?:juice|water|soda|pop|a drink|candy|sweets|lemonade|refresco|agua|jugo|dulce)", "swallowed a poison or a dangerous object", _NOT_PAST),
    Rule("pad_every", r"\b(?:filling|soaking|going through|changing|bleeding through|filled|soaked|went through) (?:a |one |two |three |\d+ )?(?:pads?|tampons?|towels?|maxi ?pads?|toallas?) (?:every|in|within|each) (?:\d{1,2} ?min\w*|few min\w*|half (?:an )?hour|hour|1 hour|one hour|an hour|ten min\w*|twenty min\w*|thirty min\w*|fifteen min\w*|media hora|hora)\b", "soaking a pad an hour or faster: heavy bleeding", _NOT_PAST),
    Rule("drug_signs", rf"\b(?:molly|mdma|ecstasy|cocaine|coke|meth|acid|lsd|shrooms|spice|k2|bath salts|pcp|something at (?:a|the) party|took something|popped something)\b{_w(80)}\b(?:overheat\w*|super hot|very hot|burning up|confus\w*|seiz\w*|not making sense|unresponsive|can't wake|cant wake|chest pain|heart (?:is )?(?:racing|pounding)|jaw clench\w* and|hallucinat\w*|passed out|collaps\w*)", "a drug reaction with dangerous signs"),
    Rule("thinner_fall", r"\b(?:fell|fall|fallen|hit (?:his|her|my|their) head|bumped (?:his|her|my|their) head|head injury)\b.{0,80}\b(?:warfarin|eliquis|xarelto|blood thinners?|anticoagulants?|coumadin|apixaban|rivaroxaban|plavix|clopidogrel|heparin|pradaxa)\b|\b(?:warfarin|eliquis|xarelto|blood thinners?|anticoagulants?|coumadin|apixaban|rivaroxaban|plavix|clopidogrel|pradaxa)\b.{0,80}\b(?:fell|fall|fallen|hit (?:his|her|my|their) head|bumped (?:his|her|my|their) head)\b", "a fall or head knock on blood thinners"),
    Rule("newborn_feeding", r"\b(?:isn't|isnt|not|won't|wont|hasn't|hasnt) (?:been )?(?:waking|wake|woken) (?:up )?(?:for|to) (?:feeds?|feeding|eat|nurse|bottles?)\b|\b(?:baby|newborn|infant|bebe)\b.{0,60}\bvery yellow\b|\b(?:baby|newborn|infant|bebe)\b.{0,60}\b(?:not|isn't|isnt|won't|wont|hasn't been|hasnt been|refusing to|refuses to|stopped) (?:eating|feeding|nursing|taking (?:the |her |his )?bottle|drinking)\b.{0,40}\b(?:sleepy|lethargic|floppy|limp|drowsy|hard to wake|won't wake|wont wake)", "a newborn who will not wake to feed, or is very yellow"),
    Rule("stuck_swallow", r"\b(?:swallowed|stuck|lodged)\b.{0,60}\b(?:drool\w*|can't swallow|cant swallow|cannot swallow|unable to swallow|can't breathe|cant breathe|gagging|retching)\b", "something stuck in the throat"),
    Rule("slow_heart", r"\b(?:heart|pulse|heart ?rate)\b.{0,30}\b(?:very slow|really slow|so slow|too slow|(?<![\d.])(?:[2-3]\d|4[0-4])(?![\d.%]))\b.{0,40}\b(?:dizzy|faint\w*|light ?headed|pass\w* out|confus\w*|chest|short of breath|sweaty|pale)", "a very slow pulse with dizziness or fainting"),
    Rule("es_fall", rf"\b(?:se cayo|cayo|se resbalo|se tropezo|se callo)\b{_w(60)}\b(?:no se (?:puede|pudo) (?:mover|levantar|parar)|no (?:puede|pudo|podia) (?:moverse|levantarse|pararse|caminar|mover)|no reacciona|inconsciente|vomit\w*|confundid\w*|sangr\w*|le duele (?:mucho )?la cadera)", "una caída con signos de alarma", lang="es"),
    # the writer's own alarm
    Rule("alarm", r"\b(?:should|do|can|shall|must|would|will) (?:i|we|you) (?:\w+ ){0,2}?(?:call|dial|ring|go to|head to|get to|take (?:him|her|them|my \w+|\w+) to|drive (?:him|her|them|my \w+|\w+) to|bring (?:him|her|them|my \w+) to|rush (?:him|her|them|my \w+) to) (?:911|999|112|an ambulance|the ambulance|the er|er|the e\.?r\.?|the emergency (?:room|department|dept)|emergency|a&e|urgencias|the hospital|ems|paramedics)\b|\b(?:do|does) (?:i|we|he|she|they|this|it|my \w+) (?:need|require) (?:to go to |to go |an? )?(?:the er|an? ambulance|911|the hospital|the emergency room|emergency care|er)\b|\b(?:er|ambulance|911|the hospital|emergency room|a&e)\b (?:or|vs|versus) (?:just )?(?:wait|urgent care|tomorrow|drive|can (?:it|this|we) wait|stay home)|\b(?:wait|urgent care|wait (?:until|till) (?:morning|monday|tomorrow))\b (?:or|vs) (?:go to |take (?:him|her|them) to )?(?:the )?(?:er|ambulance|911|hospital)\b|\bis (?:this|it|that) an? (?:emergency|er thing|911 thing)|\b(?:paramedics|ems|ambulance|911) (?:is |are )?(?:on (?:the|their) way|coming|here|en route|\d+ min)|\b(?:rushing|rushed|racing) (?:him|her|them|my \w+) to|\bsend (?:an )?ambulance|\b(?:someone|somebody) (?:please )?(?:call (?:911|an ambulance)|help (?:us|him|her)\b(?! with))", "the writer asks about calling an ambulance or going to emergency"),
    Rule("attempt_now", rf"\b(?:took|swallowed|drank|ate|injected|cut|slit|overdosed|od'?d)\b{_w(60)}\b(?:on purpose|to (?:die|end it|end my life|kill myself|not wake up)|deliberately|intentionally)|\b(?:slit|cut|slashed) (?:my|his|her) (?:wrists?|throat)|\b(?:gun|pistol|rifle|knife|blade|razor) (?:is )?(?:loaded and|in my (?:hand|mouth)|to my (?:head|throat|wrist)|against my)", "a suicide attempt in progress", ("general_question",)),
    # Spanish
    Rule("es_chest", r"\b(?:dolor|presion|opresion|ardor) (?:en el |de |del |fuerte en el )?pecho|\bme duele (?:mucho )?el pecho|\b(?:le|me) aprieta el pecho|\binfarto\b|\bataque (?:al|del) corazon", "dolor u opresión en el pecho", lang="es"),
    Rule("es_breath", r"\bno (?:puedo|puede|podia|pudo) respirar|\b(?:me|le) cuesta (?:mucho )?respirar|\brespira (?:muy )?(?:rapido|raro|mal)|\bse le hunden las costillas|\b(?:inhalador|inhaler) no (?:le |me )?(?:hace|sirve|funciona)|\bme (?:falta|ahogo)|\ble falta el aire|\bse (?:esta )?ahog\w*|\bme ahogo|\bno respira|\blabios (?:morados|azules)|\bdificultad para respirar", "dificultad para respirar", lang="es"),
    Rule("es_stroke", r"\b(?:cara|boca) (?:\w+ )?(?:caida|torcida|chueca|ladeada|dormida)|\bno (?:puede|puedo|podia|pudo) (?:hablar|mover (?:bien )?(?:el|la|los|las|un|una|su|sus|mi|mis|nada))|\bdificultad (?:para|al) (?:hablar|mover|caminar|tragar)|\bhabla (?:raro|arrastrando|enredad\w*|mal|trabad\w*)|\barrastra las palabras|\bderrame\b|\b(?:embolia|ictus)\b|\bun lado (?:del cuerpo )?(?:dormido|paralizado|sin fuerza)", "signos de derrame cerebral", lang="es"),
    Rule("es_unresponsive", r"\bse desmay\w*|\b(?:se (?:golpeo|pego|dio) (?:en )?la cabeza)\b.{0,60}\b(?:vomit\w*|sueño|confundid\w*|no despierta)|\bdolor de cabeza (?:horrible|terrible|fortisimo|muy fuerte)|\bel peor de mi vida|\binconsciente|\bno (?:despierta|reacciona|responde)|\bperdio el conocimiento|\bse (?:cayo|desplomo) y no", "inconsciente o no responde", lang="es"),
    Rule("es_seizure", r"\bconvuls\w*|\bataque (?:epileptico|de epilepsia)|\besta temblando y no", "convulsiones", lang="es"),
    Rule("es_bleeding", r"\bsangrado (?:muy |bastante |demasiado )?(?:abundante|fuerte|mucho|muy fuerte|que no para)|\bsangra (?:mucho|demasiado|sin parar)|\bno (?:para|deja) de sangrar|\bmucha sangre|\b(?:vomit\w*|tos\w*) sangre", "sangrado abundante", lang="es"),
    Rule("es_poison", r"\bsobredosis|\bse (?:tomo|trago|comio|bebio) (?:todas|muchas|un frasco|una caja|\d+|una pila|pilas|anticongelante|cloro|lejia)|\b(?:tomo|trago|bebio) anticongelante|\bpila de boton|\b(?:tomo|bebio|se tomo|se bebio|trago) (?:cloro|lejia|veneno|detergente|pastillas de)|\benvenen\w*|\bintoxic\w*", "sobredosis o envenenamiento", lang="es"),
    Rule("es_allergy", r"\bse (?:me|le) (?:cierra|esta cerrando) la garganta|\bme hinche (?:toda|todo)|\b(?:me|le) pica la garganta y|\bse (?:me|le) (?:hincha|hincho|inflama|inflamo) (?:la lengua|la cara|los labios|la garganta)|\breaccion alergica (?:fuerte|grave|severa)|\banafila\w*", "reacción alérgica grave", lang="es"),
    Rule("es_fetal", r"\b(?:el|mi) bebe no se (?:mueve|ha movido)|\bno siento (?:al|a mi) bebe|\bno (?:se )?mueve (?:el|mi) bebe", "el bebé no se mueve en el embarazo", lang="es"),
    Rule("es_911", r"\b(?:llamo|llamamos|llamar|llamen|llama) (?:al|a la|a una)? ?(?:911|112|ambulancia|urgencias|emergencias)|\b(?:voy|vamos|llevo|lo llevo|la llevo) a urgencias(?!.{0,25}\b(?:mañana|manana|cita|seguimiento))|\bayuda por favor|\bes una emergencia", "pregunta si llamar a una ambulancia o ir a urgencias", lang="es"),
    # --- concept families (Spanish) ---
    Rule("es_chest_more", rf"\b(?:me|le|te) (?:duele|aprieta|oprime|arde|pesa|quema) (?:mucho |muchisimo |fuerte )?el pecho|\b(?:siento|tiene|tengo|sienta|siente) (?:una |un )?(?:presion|opresion|peso|dolor|ardor) (?:muy )?(?:fuerte )?(?:en|sobre) el pecho|\bpecho apretado|\bdolor\b{_w(40)}\b(?:se (?:va|corre|pasa|extiende|baja|sube)|hasta|al) (?:al |el |la |a la |hacia el |hacia la )?(?:brazo|cuello|mandibula|espalda|hombro)", "dolor u opresión en el pecho", lang="es"),
    Rule("es_heart", rf"\b(?:el )?corazon (?:me |le )?(?:late|va|palpita|esta latiendo) (?:muy |super |bien )?(?:a mil|rapidisimo|rapido|fuerte|acelerado|como loco)\b{_w(60)}\b(?:desmay\w*|mare\w*|pecho|aire|respir\w*|vista)|\bpalpitaciones\b{_w(60)}\b(?:desmay\w*|mare\w*|pecho|aire|respir\w*)|\bno (?:tiene|le encuentro|le siento|encuentro) (?:el )?pulso|\b(?:le (?:estoy|estamos) haciendo|haciendole|dando) (?:rcp|reanimacion|compresiones)|\bparo cardiaco", "corazón acelerado con desmayo, o sin pulso", lang="es"),
    Rule("es_stroke_more", r"\bno (?:puede|puedo|podia) (?:levantar|sentir|mover) (?:bien )?(?:el|la|su|mi|los|las) (?:brazo|pierna|mano|cara|lado|brazos|piernas)|\bse (?:le|me) (?:durmio|adormecio|entumio|paralizo|cayo|torcio) (?:la mitad|medio|un lado|el lado|la cara|la boca|el brazo|la pierna)|\b(?:habla|hablando|dice) (?:raro|mal|chistoso|incoherente|cosas sin sentido|sin sentido|enredado|trabado|arrastrando)|\bno se le entiende (?:lo que dice|nada|al hablar)|\b(?:perdi|perdio) (?:la vista|la vision) (?:de|en) (?:un|el|mi|su) ojo|\bde repente (?:no (?:veo|ve|puedo ver|puede ver|puede hablar|puedo hablar)|veo doble|ve doble)|\bno (?:me|nos) (?:reconoce|entiende)", "signos de derrame cerebral", lang="es"),
    Rule("es_breath_more", r"\b(?:se (?:esta|estaba) |esta )?(?:ahogando|asfixiando)|\bse (?:atraganto|atoro|ahogo)\b|\b(?:le|me) cuesta (?:trabajo |mucho )?respirar|\brespira (?:con dificultad|muy (?:rapido|lento|despacio)|con pausas|feo|entrecortado)|\bno (?:le|me) entra (?:el )?aire|\bsaturacion (?:esta |de |en |marca )*(?:[5-8]\d|9[01])\b|\bsilb\w* (?:al respirar|el pecho)|\bse (?:le )?(?:puso|esta poniendo|pone|esta) (?:morad\w*|azul\w*|gris)|\b(?:labios|boca|cara|uñas|unas) (?:morad\w*|azul\w*)|\bdejo de respirar", "dificultad para respirar", lang="es"),
    Rule("es_bleeding_more", r"\b(?:sale|sangra|brota|echa|perdio|pierde) (?:mucha|muchisima|demasiada|un chorro de) sangre|\bsangr\w* a chorros|\b(?:herida|cortada|corte) (?:muy )?profund\w*|\bse (?:corto|rebano|mocho|arranco) (?:el|un|la punta del) dedo|\bempap\w* (?:toallas|toallitas|la toalla|dos toallas|las toallas)|\bcoagulos (?:grandes|enormes|muy grandes)|\b(?:vomita|vomito|vomitando|escupe|escupiendo|tose|tosiendo) sangre|\b(?:popo|heces|excremento|caca) negr\w*", "sangrado abundante", lang="es"),
    Rule("es_allergy_more", rf"\bse (?:le|me) (?:hincharon|hincho|estan hinchando|esta hinchando|inflamo|inflamaron|esta inflamando) (?:toda )?(?:la cara|los labios|la lengua|los ojos|la garganta|la boca)|\b(?:ronchas|urticaria|habones)\b{_w(60)}\b(?:respir\w*|garganta|hinch\w*|ahog\w*|lengua|labios)|\b(?:picadura|pico una abeja|me pico|le pico|comio|comi|cacahuate|mani|nueces|camarones|mariscos|alergi\w*)\b{_w(60)}\b(?:hinch\w*|respir\w*|garganta|ahog\w*)|\b(?:use|usar|use|usamos|puse|le puse|ponerle|inyecte|le inyecte|aplique|le aplique) (?:la |el |su |mi )?(?:epipen|epinefrina|adrenalina)\b", "reacción alérgica grave", lang="es"),
    Rule("es_poison_more", r"\bse (?:tomo|trago|comio|bebio) (?:un|una|el|la|unas|unos|todo el|toda la|medio|media) (?:\w+ ){0,2}(?:pastillas|jarabe|cloro|pila|iman|detergente|limpiador|veneno|raticida|insecticida|gasolina|thinner|tiner|medicina|medicamento|capsula|capsulas|pastilla|frasco|acetona|alcohol)|\b(?:monoxido|fuga de gas)\b|\b(?:le|me) (?:pico|mordio) (?:un|una) (?:alacran|escorpion|vibora|serpiente|culebra|viuda negra|arana)|\bpicadura de (?:alacran|escorpion)|\bmordedura de (?:vibora|serpiente)|\bnaloxona|\bnarcan", "sobredosis, envenenamiento o picadura venenosa", lang="es"),
    Rule("es_seizure_more", r"\b(?:esta|se puso|se quedo) (?:rigid[oa]|ties[oa]) y (?:temblando|sacudiendo|con los ojos)|\bojos (?:en blanco|volteados|para atras)|\b(?:le dio|tiene|esta teniendo|le esta dando) (?:un )?ataque\b|\bespuma por la boca|\bsacudiendo(?:se)? (?:todo|todo el cuerpo)", "convulsiones", lang="es"),
    Rule("es_collapse_more", r"\bse (?:desvanecio|desplomo|desmayo|cayo redond[oa])|\bno (?:lo|la|los) (?:puedo|podemos) despertar|\bno (?:quiere )?despierta\w*|\b(?:lo|la) encontr\w* (?:tirad[oa]|inconsciente|en el piso|en el suelo|desmayad[oa])|\b(?:esta|anda) (?:muy )?(?:confundid[oa]|desorientad[oa]|delirando|incoherente|ido|ida)\b|\bno sabe (?:donde esta|quien soy|que dia es)|\balucin\w*|\bno (?:responde|reacciona|contesta) (?:a nada|cuando|al|nada)", "inconsciente, desmayado o confundido", lang="es"),
    Rule("es_pregnancy", rf"\b(?:embarazada|embarazo|semanas de gestacion|gestacion)\b{_w(90)}\b(?:sangr\w*|se (?:me |le )?rompio la fuente|rompi fuente|sale (?:mucho )?liquido|dolor (?:muy )?(?:fuerte|intenso|horrible)|no se mueve|no (?:lo|la) siento|no siento (?:al|a mi|a la) bebe|dolor de cabeza|vision borrosa|lucecitas|cara hinchada|manos hinchadas|convuls\w*|desmay\w*|fiebre)|\b(?:despues del parto|postparto|posparto|di a luz|acabo de dar a luz|cesarea|acabo de tener (?:a )?(?:mi|el) bebe)\b{_w(90)}\b(?:sangr\w*|coagulos|empap\w*|fiebre|dolor de cabeza|falta el aire|dolor en el pecho|convuls\w*)", "señales de alarma en el embarazo o después del parto", lang="es"),
    Rule("es_trauma", rf"\b(?:lo|la|le|me|nos) (?:atropello|arrollo|golpeo) un (?:carro|coche|camion|auto|moto|autobus|tren)|\baccidente (?:de|en) (?:carro|coche|auto|moto|transito|trafico)\b{_w(80)}\b(?:sangr\w*|inconsciente|no se mueve|no puede moverse|cabeza|cuello|atrapad\w*|desmay\w*)|\b(?:se cayo|cayo|se callo) (?:de|del|desde) (?:la |el |un |una )?(?:azotea|techo|escalera|segundo piso|tercer piso|balcon|ventana|arbol|caballo|andamio|altura)|\b(?:lo|la|le|me) (?:apunalaron|acuchillaron|dispararon|balearon|picaron)|\bherida de (?:bala|cuchillo|arma)|\bbalazo|\bhueso (?:salido|de fuera|expuesto|se ve)|\bno (?:siente|puede mover|puedo mover|siento) las piernas", "traumatismo grave", lang="es"),
    Rule("es_burns", rf"\bse (?:quemo|me quemo|le quemo) con (?:agua|aceite|cafe|sopa|leche) (?:hirviendo|caliente)|\bquemadura (?:grave|grande|fuerte|profunda|en la cara)|\b(?:agua|aceite) hirviendo\b{_w(40)}\b(?:cara|pecho|brazo|bebe|ampollas|piel|cuerpo)|\b(?:acido|cloro|quimico|cal) en (?:los|el|sus|mis) ojos?", "quemadura grave", lang="es"),
    Rule("es_sepsis", rf"\b(?:fiebre|calentura)\b{_w(60)}\b(?:manchas moradas|puntitos morados|puntos morados|confundid\w*|desorientad\w*|no reacciona|muy dormid\w*|escalofrios (?:fuertes|muy fuertes)|temblando mucho|presion (?:muy )?baja)|\bmanchas moradas\b{_w(60)}\bfiebre", "signos de infección grave", lang="es"),
    Rule("es_sugar", rf"\b(?:azucar|glucosa|glucometro|aparato)\b(?: \w+){{0,3}} (?:[4-9]\d\d|[2-4]\d|hi|lo)\b{_w(60)}\b(?:vomit\w*|confund\w*|sudando|tembl\w*|mare\w*|desmay\w*|no despierta|dormid\w*)", "azúcar peligrosamente alta o baja con síntomas", lang="es"),
    Rule("es_alarm", r"\b(?:debo|debemos|tengo que|hay que|lo|la|los) (?:llamar|llevar(?:lo|la)?) (?:al|a la|a una|a) (?:911|112|ambulancia|urgencias|emergencias|hospital|guardia|cruz roja)|\b(?:lo|la|los) (?:llevo|llevamos|debo llevar) (?:a|al) (?:urgencias|emergencias|hospital|la guardia|la emergencia)|\b(?:vamos|voy|van|estamos yendo) (?:camino )?(?:a|al) (?:urgencias|emergencias|hospital|la guardia)(?!.{0,25}\b(?:mañana|manana|cita|seguimiento|trabajar|turno))|\bauxilio\b|\bsocorro\b|\bayud(?:a|enme|eme|ame) (?:por favor|rapido|urgente)|\burgencias o (?:espero|esperamos)|\b(?:espero|esperamos) o (?:voy|vamos|lo llevo|la llevo)", "pregunta si llamar a una ambulancia o ir a urgencias", lang="es"),
    Rule("es_attempt", rf"\b(?:me tome|se tomo|tome|me trague|se trago|me corte|se corto|me tire|se tiro)\b{_w(60)}\b(?:a proposito|para morir|para no despertar|para matarme|para acabar)", "intento de suicidio en curso", ("general_question",), lang="es"),
    Rule("es_at_the_edge", r"\b(?:estoy|esta|ya estoy) (?:parad[oa] |sentad[oa] |aqui )?(?:en|sobre|arriba de) (?:el |la |las )?(?:puente|vias del tren|vias|azotea|cornisa|orilla del (?:puente|edificio)|barandal|techo)\b", "está en un lugar alto o en las vías y habla de morir", ("general_question",), lang="es", when=lambda ctx: bool(_DESPAIR.search(ctx.cues.norm.text))),
    Rule("attempt_pills", r"\b(?:took|swallowed|taken|downed|tome|me tome|se tomo|me trague|se trago)\b.{0,40}\b(?:pills|meds|tablets|medicine|medication|medicine cabinet|everything|pastillas|medicinas|todo)\b", "took pills while saying goodbye: an overdose in progress", ("general_question",), when=lambda ctx: bool(_DESPAIR.search(ctx.cues.norm.text))),
    Rule("at_the_edge", r"\b(?:i'm|im|i am|i'm sitting|i'm standing|sitting|standing|he's|she's|hes|shes) (?:on|at|up on|on top of|near) (?:the |a |this )?(?:bridge|train tracks|tracks|roof|rooftop|ledge|edge|railing|overpass|cliff|balcony railing|top floor)\b", "at a height or on the tracks while speaking of dying", ("general_question",), when=lambda ctx: bool(_DESPAIR.search(ctx.cues.norm.text))),
)

_NUM = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|un|una|dos|tres|cuatro|cinco|seis|siete|ocho)"
_INFANT_AGE = re.compile(
    fold_pattern(
        rf"\b{_NUM}[ -]?(?P<unit>days?|weeks?|wks?|wk|months?|mos?|mo)[ -]old|"
        rf"\b(?:baby|babe|infant|newborn|son|daughter|bebe|bebé|hijo|hija|nena|nene|niño|niña|grandson|granddaughter|nephew|niece)(?: \w+)? (?:de|is|who is|is only|is just|only|just|tiene|turned) {_NUM.replace('<n>', '<n2>')} "
        r"(?P<unit2>days?|weeks?|months?|dias|semanas?|mes|meses)\b|"
        rf"\b(?:he's|she's|hes|shes|he is|she is|baby's|babys|it's only|only|just|who's|whos) {_NUM.replace('<n>', '<n3>')} (?P<unit3>days?|weeks?|wks?|months?)\b(?! (?:ago|pregnant|along|postpartum|since|of|in|into))|"
        rf"\btiene {_NUM.replace('<n>', '<n5>')} (?P<unit5>dias|semanas?|mes|meses)\b(?! de (?:embarazo|gestacion))|"
        rf"\((?:\s?){_NUM.replace('<n>', '<n4>')} ?(?P<unit4>days?|weeks?|wks?|w|months?|mos?|m|semanas|dias|meses)\s?\)"
    )
)
_PREGNANT = re.compile(fold_pattern(r"\b(?:pregnant|pregnancy|weeks along|embarazada|embarazo|gestacion)\b"))
_FEVER = re.compile(fold_pattern(
    r"\b(?:fever|feverish|temp|temperature|febrile|hot to the touch|warm to the touch|burning up|(?:feels?|is|so|very|really) (?:really |very |so )?(?:hot|warm)|fiebre|calentura|"
    r"(?:esta|se siente) (?:muy )?calient\w*|3[89](?:[.,]\d)?\s?(?:c|°|degrees)?|10[0-5](?:[.,]\d)?\s?(?:f|°|degrees)?)\b"
))
# cheap substrings one of which every _FEVER match contains
_FEVER_HINTS = ("fever", "temp", "febril", "touch", "burning up", "hot", "warm", "fiebre", "calent", "calient", "38", "39", "10")
_NO_FEVER = re.compile(fold_pattern(r"\b(?:no|without|sin|not a|hasn't had a|no tiene|never had a|no signs of) (?:\w+ )?(?:fever|fiebre|temp|calentura)"))
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "few": 3, "un": 1, "una": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
}


def _age_in_days(n: str, unit: str) -> int:
    count = int(n) if n.isdigit() else _NUMBERS.get(n, 99)
    if unit.startswith(("d",)):
        return count
    if unit.startswith(("w", "s")):  # weeks, wks, semanas
        return count * 7
    return count * 30


# Symptom rules also accept a question that names nobody; rules written in Spanish use the same set.
RULES = tuple(
    Rule(r.id, r.pattern, r.reason, (*CONTEXTUAL, "laughing", "impersonal_question"), r.lang, r.when) if r.suppress == CONTEXTUAL else r
    for r in RULES
)

# Local refinements of the shared suppressors, kept narrow (a missed emergency costs more than a flag).
_NEG_LIST = re.compile(fold_pattern(
    r"\b(?:no|not|don't have|dont have|doesn't have|doesnt have|didn't have|didnt have|without|denies|never had|haven't had|havent had|"
    r"hasn't had|hasnt had|no tengo|no tiene|sin)\b[^.,;!?]{0,50}\b(?:or|nor|ni|o)\s+(?:any\s+|\w+\s+)?$"
))
_CAUSAL_Q = re.compile(fold_pattern(
    r"\b(?:can|could|does|do|would|will|is it normal (?:for|that)|is it possible (?:for|that)|why (?:does|do|would|can))\b(?:\s+\S+){1,4}\s+"
    r"(?:cause|causes|trigger|triggers|give you|lead to|mimic|feel like|make you (?:have|feel)|produce)\s+(?:\S+\s+)?$"
))
_HYPOTHETICAL = re.compile(fold_pattern(
    r"\b(?:what (?:do|should|would|can) (?:i|we|you|one|people|someone) do|what to do|how (?:do|should|can) (?:i|you|we) (?:help|treat|handle)|"
    r"que (?:hago|hacer|debo hacer|se hace|hacemos)|como (?:ayudo|se ayuda|actuar))\s+(?:if|when|in case|si|cuando|en caso de que)\b"
))
_HOWTO = re.compile(fold_pattern(
    r"\bhow (?:do|should|can|would|does|to) (?:i |you |we |one |someone |a person |people |parents )?(?:use|give|inject|perform|administer|carry|store|spot|tell|recogni[sz]e)\b"
))
_CHILDHOOD = re.compile(fold_pattern(
    r"\b(?:as a (?:kid|child|baby|toddler|teen|teenager|little (?:kid|girl|boy))|when (?:he|she|i|we|they) (?:was|were) (?:a |an |little|younger|small|\d+|in)|"
    r"in (?:high school|college|childhood|my teens|my twenties)|de (?:niño|niña|chico|chica|pequeño|pequeña|bebe))\b"
))
_NOW_WORDS = re.compile(fold_pattern(r"\b(?:now|right now|again|currently|today|tonight|this morning|still|just|ahora|hoy|otra vez|todavia)\b"))
_FINE_NOW = re.compile(fold_pattern(
    r"\b(?:(?:totally|completely|perfectly|all|seems?|is|she's|he's|shes|hes|i'm|im|i am|we're) (?:fine|ok|okay|good|normal|herself|himself|back to normal) (?:now|again)|"
    r"came (?:right )?(?:to|round|around) (?:right away|straight away|quickly|after a few seconds|in (?:a few )?seconds)|"
    r"ya (?:esta|estoy) bien)\b"
))
_STILL_BAD = re.compile(fold_pattern(
    r"\b(?:still|again|won't|wont|can't|cant|not (?:breathing|waking|responding)|confus\w*|chest|seiz\w*|keeps?|sigue|otra vez)\b"
))
_FAINT_RULES = frozenset({"unresponsive", "es_unresponsive", "es_collapse_more", "collapse"})


# Weeks of a symptom, or only on effort: not an acute emergency for the softer signs.
_CHRONIC = re.compile(fold_pattern(
    r"\b(?:(?:for|since|over) (?:a|one|two|three|four|five|six|\d+|several|a few|few|couple of|the past|the last) (?:weeks?|months?|years?)|"
    r"lately|for a while|on and off|every (?:day|night|morning|afternoon|evening)|when (?:i|he|she) (?:climb|walk|exercise|run|go up)|"
    r"climbing|walking up|going up|on exertion|desde hace (?:semanas|meses|años))\b"
))
_SOFT_RULES = frozenset({"short_breath", "limb_gave_out", "air_hunger", "cant_breathe", "balance"})




# --- warning signs that add up ---------------------------------------------------------------
# No single phrase, but several red flags together ("fell off his bike, arm bent weird, really
# pale"). Each family counts once (weight 2 for the serious ones), plus one point each for a
# trigger ("after eating", "took something"), the writer's alarm, a vulnerable person and
# "now/suddenly". Chronic wording takes two points off.
_FLAG_FAMILIES: tuple[tuple[str, int, str], ...] = (
    ("shock", 2, r"\b(?:(?:is|looks|went|so|very|really|super|turned|turning|gone|and|all|looking|he's|she's|hes|shes|i'm|im|they're|extremely) (?:pale|grey|gray|ashen|white as)|clammy|cold sweat|sweating buckets|drenched in sweat|(?:esta|se puso|muy|y) (?:palid[oa]|gris)|sudor frio|sudando frio)\b"),
    ("faint", 1, r"\b(?:(?:feel|feels|feeling|felt|about to|going to|gonna|almost|nearly) (?:faint|like fainting|like i'?m going to pass out|pass out|black out)|fainted|fainting|light ?headed|dizzy|dizziness|desmay\w*|mareado|mareada|mareos?)\b"),
    ("sweat", 1, r"\b(?:sweating|sweaty|sweats|sudando|sudoroso|sudorosa)\b"),
    ("jaw_arm", 1, r"\b(?:jaw|mandibula|left arm|brazo izquierdo|left shoulder)\b(?: \w+){0,2} (?:aches?|hurts?|pain|tingl\w*|numb|heavy|duele|dolor)|\b(?:duele|dolor en) (?:la |el )?(?:mandibula|brazo izquierdo)"),
    ("mind", 2, r"\b(?:no es (?:el|ella) mism[oa]|not making (?:any )?sense|keeps asking the same|asking the same (?:question|thing)s?|repeating (?:himself|herself|the same)|hard to wake|won't wake|wont wake|can't wake|barely (?:awake|conscious|responsive)|disoriented|out of it|not himself|not herself|not acting (?:right|normal)|no reacciona|desorientad\w*|no despierta)\b"),
    ("drowsy", 1, r"\b(?:sleepy|drowsy|confus\w*|lethargic|floppy|limp|dormid\w*|somnolient\w*|confundid\w*|adormilad\w*)\b"),
    ("airway_swelling", 2, r"\b(?:lips?|tongue|throat|face|mouth|eyelids|eyes|labios|lengua|garganta|cara|boca|ojos)\b(?: \w+){0,3} (?:swell\w*|swollen|thick|tight\w*|closing|scratchy|puff\w*|bigger|huge|fat|hinch\w*|inflam\w*|cerrad\w*|cerrando)\b|\b(?:swell\w*|swollen|hinch\w*) (?:\w+ ){0,2}(?:lips?|tongue|throat|face|labios|lengua|garganta|cara)\b"),
    ("swallow", 1, r"\b(?:(?:can't|cant|cannot|hard to|trouble|difficulty|struggling to|unable to) swallow\w*|drool\w*|hoarse|(?:no puede|no puedo|le cuesta|me cuesta) tragar)\b"),
    ("breathing", 2, r"\b(?:breath\w* (?:\w+ )?(?:weird|funny|fast|hard|heavy|strange|noisy|labou?red|shallow|rapid|odd)|wheez\w*|gasp\w*|short of breath|out of breath|can't catch|struggling to breathe|hard to breathe|trouble breathing|respir\w* (?:muy )?(?:rapido|raro|con esfuerzo|con dificultad|mal|feo)|se le marcan las costillas|(?:le|me) cuesta respirar|falta (?:el )?aire|ahog\w*|ribs (?:are )?(?:showing|sucking|pulling))\b"),
    ("colour", 2, r"\b(?:(?:lips?|face|skin|fingers|nails|labios|cara|boca)\b(?: \w+){0,2} (?:look |looks |are |is |went |turned |turning |gone )?(?:off|blue|bluish|purple|grey|gray|white|dusky|mottled|morad\w*|azul\w*)|turning (?:blue|purple|grey|gray)|(?:se puso|se esta poniendo) (?:morad\w*|azul))\b"),
    ("pulse", 1, r"\b(?:pulse|heart ?rate|hr|pulso)\b(?: \w+){0,3} \d{2,3}\b|\b(?:heart|corazon) (?:is )?(?:racing|pounding|beating fast|fluttering|acelerado|a mil)\b"),
    ("bleeding", 1, r"\b(?:bleed\w*|blood(?! (?:work|test|tests|pressure|sugar|draw|drawn|type|donation|drive))|sangr\w*)\b"),
    ("deformity", 2, r"\b(?:bent (?:weird|wrong|funny|the wrong way)|out of place|deformed|sticking out|looks broken|chuec[oa]|torcid[oa] feo)\b"),
    ("severe_pain", 1, r"\b(?:(?:severe|terrible|unbearable|excruciating|worst|insoportable|horrible|fortisimo|intenso|agoniz\w*|crushing|tearing|ripping) (?:\w+ )?(?:pain|dolor|ache|headache)|(?:pain|dolor|ache)\b(?: \w+){0,3} (?:severe|unbearable|insoportable|horrible|fortisimo|intenso|terrible|excruciating))\b"),
    ("rigid_belly", 2, r"\b(?:belly|stomach|abdomen|tummy|panza|estomago|barriga)\b(?: \w+){0,4} (?:rigid|hard|dura|duro)\b"),
    ("vomit", 1, r"\b(?:vomit\w*|throw\w* up|threw up|puk\w*|vomito|vomitando|vomita)\b"),
    ("cough", 1, r"\b(?:cough\w*|tos\w*)\b"),
    ("neuro", 1, r"\b(?:numb\w*|weak(?:ness)?|tingl\w*|blurr\w* vision|vision (?:is )?blurr\w*|double vision|can't see|cant see|slurr\w*|droop\w*|one side|vision borrosa|no (?:puede|puedo) mover|can't move|cant move|can't walk|cant walk|can't stand|cant stand|no (?:puede|puedo) (?:caminar|pararse|levantarse))\b"),
    ("shaking", 1, r"\b(?:shaking (?:all over|uncontrollably|badly)|jerking|twitching|temblando|sacudi\w*)\b"),
    ("fever", 1, r"\b(?:fever|febrile|burning up|very hot|fiebre|calentura|muy caliente)\b"),
    ("tissue", 2, r"\b(?:turning black|gone black|black and (?:smells|smelly)|smells (?:rotten|bad)|spreading red(?:ness)?|red streaks?|streaks? up (?:my|his|her) (?:arm|leg))\b"),
)
_FLAG_TRIGGER = re.compile(fold_pattern(
    r"\b(?:after|ate|eaten|eating|took|taken|swallowed|stung|sting|bitten|bit|fell|fall|fallen|hit (?:his|her|my) head|crash\w*|accident|surgery|operation|"
    r"flight|new (?:meds|medication|medicine|pill|antibiotic)|injection|vaccine|contrast|party|drinking|pool|swimming|fire|smoke|fumes|shock|electric\w*|"
    r"double dose|too much|overdid|se cayo|se golpeo|se pego|despues de|me pico|le pico|tomo|tome|comio|doble dosis|muchas pastillas)\b"
))
_FLAG_ALARM = re.compile(fold_pattern(
    r"\b(?:help|what (?:do|should|must|can) (?:i|we) do|what i (?:must|should) do|what we (?:must|should) do|911|ambulance|er|emergency|hospital|hurry|"
    r"urgent|urgently|pls|please|freaking out|panick\w*|scared|worried|que hago|que hacemos|que debo hacer|ayuda|urgente|auxilio|asustad\w*|urgencias|"
    r"should i (?:go|call|take)|is this (?:serious|an emergency|dangerous)|es grave|es peligroso)\b"
))
_FLAG_VULNERABLE = re.compile(fold_pattern(
    r"\b(?:baby|babe|infant|newborn|toddler|bebe|\d+ (?:weeks?|days?|wks?) old|pregnant|embarazada|\d{2} (?:weeks|wks|semanas)|grandma|grandpa|"
    r"grandmother|grandfather|nana|granny|abuel\w*|(?:[7-9]\d|1[01]\d) ?(?:years old|yo|y/o|años)|elderly|diabetic|diabetico|heart condition|copd|"
    r"asthma|asmatic\w*|allergic|alergic\w*)\b"
))
_FLAG_ACUTE = re.compile(fold_pattern(
    r"\b(?:now|right now|suddenly|sudden|just|since (?:\d+|an?|one|half an) (?:min\w*|hour)|(?:\d+|a few|few|ten|twenty) (?:min\w*|mins) ago|"
    r"an hour ago|started|ahora|ahorita|de repente|hace (?:un rato|\d+ (?:minutos|horas))|tonight|all of a sudden|getting worse|keeps getting worse|"
    r"worse|empeor\w*|fast|quickly|rapido)\b"
))
_FLAG_CHRONIC = re.compile(fold_pattern(
    r"\b(?:(?:for|since|over) (?:a|one|two|three|four|five|six|\d+|several|a few|few|couple of|the past|the last) (?:weeks?|months?|years?)|lately|"
    r"for a while|on and off|every (?:day|night|morning|afternoon|evening)|whenever|when (?:i|he|she) (?:climb|walk|exercise|run|stand|lie)|climbing|"
    r"walking up|at night|in the evenings?|by evening|desde hace (?:semanas|meses|años))\b"
))
_FLAG_RULE = Rule("red_flags", "", "several warning signs together", (*CONTEXTUAL, "laughing", "impersonal_question"))


# Text typed one letter at a time ("c a n t b r e a t h e") reaches the rules as one run of
# letters ("cantbreathe"); key phrases are looked for inside such runs, written without spaces.
_RUN = re.compile(r"[a-z']{6,}")
_SPACED_ORIGINAL = re.compile(r"(?:(?<![^\W\d_])[^\W\d_][ .\-_*]+){3,}")


def compact_phrases(*phrases: str) -> tuple[str, ...]:
    """Key phrases as they look once spaced-out letters are joined (no spaces, repeats squeezed)."""
    return tuple(fold_pattern(p.replace(" ", "").replace("'", "")) for p in phrases)


_EMERGENCY_RUNS = compact_phrases(
    "chest pain", "chest hurts", "chest tight", "cant breathe", "cant breath", "cannot breathe", "not breathing", "stopped breathing",
    "heart attack", "having a stroke", "seizure", "seizing", "overdose", "overdosed", "unconscious", "unresponsive", "wont wake",
    "cant wake", "not waking", "wont stop bleeding", "bleeding a lot", "choking", "turning blue", "lips are blue", "lips blue",
    "slurring", "face drooping", "throat closing", "anaphylaxis", "collapsed", "passed out", "call an ambulance", "call 911",
    "no puedo respirar", "no respira", "dolor de pecho", "me duele el pecho", "infarto", "convulsion", "no despierta", "se desmayo",
)


class NarrowSuppressionDetector(LexiconDetector):
    """A LexiconDetector whose suppressors are kept narrow for the red, immediate categories.

    On top of the shared suppressors: "impersonal_question" needs a real question form, a
    negation about knowing ("I don't know why my chest hurts") excuses nothing, and a few local
    excuses (a negated list, "can X cause ...", "what do I do if ...", childhood history, a faint
    that is over) use the names of the shared suppressors they refine.
    """

    def spaced_out_hits(self, ctx: Context, found: Detection, phrases: tuple[str, ...], reason: str) -> Detection:
        """Key phrases inside a run of letters that was typed spaced out."""
        norm = ctx.cues.norm
        # joined letters leave the original with many more separators than the normalised text
        o = norm.original
        seps = o.count(" ") + o.count(".") + o.count("-") + o.count("_") + o.count("*")
        if seps < norm.text.count(" ") + 4 or not _SPACED_ORIGINAL.search(norm.original):
            return found
        for m in _RUN.finditer(norm.text):
            run = m.group().replace("'", "")
            a, b = norm.span(m.start(), m.end())
            if not _SPACED_ORIGINAL.search(norm.original[a:b] + " "):
                continue
            for phrase in phrases:
                if phrase in run:
                    found.evidence.append(self.evidence_at(ctx, m.start(), m.end(), reason, "spaced_out"))
                    return found
        return found

    def _suppressor(self, rule: Rule, ctx: Context, start: int, end: int) -> str | None:
        shared = super()._suppressor(rule, ctx, start, end)
        if shared:
            return shared
        cues = ctx.cues
        before = cues.before(start)
        if "negated" in rule.suppress and _NEG_LIST.search(before):
            return "negated"
        if "general_question" in rule.suppress and (
            _CAUSAL_Q.search(before) or _HYPOTHETICAL.search(before) or _HOWTO.search(before + cues.norm.text[start:end])
        ):
            return "general_question"
        if "in_the_past" in rule.suppress:
            clause = cues.clause_text(start)
            if _CHILDHOOD.search(clause) and not _NOW_WORDS.search(clause):
                return "in_the_past"
        if rule.id in _SOFT_RULES and "in_the_past" in rule.suppress:
            clause = cues.clause_text(start)
            if _CHRONIC.search(clause) and not _NOW_WORDS.search(clause):
                return "in_the_past"
        if rule.id in _FAINT_RULES and "resolved" in rule.suppress:
            _, b = cues.clause_of(start)
            rest = cues.norm.text[end : b + 120]
            if _FINE_NOW.search(rest) and not _STILL_BAD.search(cues.norm.text[start:b]):
                return "resolved"
        return None


class EmergencyDetector(NarrowSuppressionDetector):
    name = "emergency"
    version = "2"
    category = Category.EMERGENCY
    rules = RULES

    def __init__(self, extra_rules: Sequence[Rule] = ()) -> None:
        super().__init__(extra_rules)
        # the red-flag families, one regex per alternative, gated by the same literal prefilter
        self._flag_branches: list[tuple[int, re.Pattern[str]]] = []
        folded = []
        for index, (_, _, pattern) in enumerate(_FLAG_FAMILIES):
            for branch in top_level_branches(fold_pattern(pattern)):
                self._flag_branches.append((index, re.compile(branch)))
                folded.append(branch)
        self._flag_prefilter = Prefilter(folded)

    @property
    def literals(self) -> frozenset[str]:
        return super().literals | self._flag_prefilter.literals

    def refine(self, ctx: Context, found: Detection) -> Detection:
        found = self._infant_fever(ctx, found)
        if not found.evidence:
            found = self._red_flags(ctx, found)
        if not found.evidence:
            found = self.spaced_out_hits(ctx, found, _EMERGENCY_RUNS, "emergency words typed letter by letter")
        return found

    def _red_flags(self, ctx: Context, found: Detection) -> Detection:
        """Several warning signs together: an emergency even when no single phrase says so."""
        text = ctx.cues.norm.text
        candidates = self._flag_prefilter.candidates(text, ctx.literals)
        branches = [self._flag_branches[i] for i in candidates]
        if sum(_FLAG_FAMILIES[index][1] for index in {index for index, _ in branches}) < 2:
            return found
        raw: dict[int, list[re.Pattern[str]]] = {}
        for index, regex in branches:
            if regex.search(text):
                raw.setdefault(index, []).append(regex)
        if sum(_FLAG_FAMILIES[index][1] for index in raw) < 2:
            return found
        hits: dict[int, tuple[int, int]] = {}
        for index, regexes in raw.items():
            for regex in regexes:
                for m in regex.finditer(text):
                    if self._suppressor(_FLAG_RULE, ctx, m.start(), m.end()) is None:
                        hits[index] = (m.start(), m.end())
                        break
                if index in hits:
                    break
        families = [(_FLAG_FAMILIES[i][0], _FLAG_FAMILIES[i][1], s, e) for i, (s, e) in sorted(hits.items())]
        signs = sum(w for _, w, _, _ in families)
        if signs < 2:
            return found
        score = signs + sum(1 for rx in (_FLAG_TRIGGER, _FLAG_ALARM, _FLAG_VULNERABLE, _FLAG_ACUTE) if rx.search(text))
        if _FLAG_CHRONIC.search(text):
            score -= 2
        if (score >= 4 and signs >= 2) or (score >= 3 and signs >= 3):
            names = ", ".join(n.replace("_", " ") for n, _, _, _ in families)
            start = min(s for _, _, s, _ in families)
            end = max(e for _, _, _, e in families)
            found.evidence.append(self.evidence_at(ctx, start, end, f"several warning signs together ({names})", "red_flags"))
        return found

    def _infant_fever(self, ctx: Context, found: Detection) -> Detection:
        text = ctx.cues.norm.text
        if not any(hint in text for hint in _FEVER_HINTS):
            return found
        fever = _FEVER.search(text)
        if not fever or _NO_FEVER.search(text):
            return found
        for m in _INFANT_AGE.finditer(text):
            for k in ("", "2", "3", "4", "5"):
                n = m.group(f"n{k}")
                if n:
                    unit = m.group(f"unit{k}")
                    break
            else:
                continue
            if k == "3" and _PREGNANT.search(text):
                continue
            if _age_in_days(n, unit) <= 90:
                found.evidence.append(
                    self.evidence_at(ctx, m.start(), m.end(), "a baby under 3 months with a fever needs emergency care", "infant_fever")
                )
                break
        return found


__all__ = ["EmergencyDetector", "NarrowSuppressionDetector", "compact_phrases"]
