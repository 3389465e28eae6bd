"""personal_advice: individual diagnosis, treatment, dosing or triage for a particular person.

General education, even with doses and drug names, is not personal advice: it is excused in a
post to no one in particular (unless the post singles someone out: "@ana, your knee..."), when
said of people in general (unless it answers someone's own symptoms: "most sprains heal with
ice" in reply to "I sprained my ankle" is advice), or as a pointer to the reader's own
clinician. Advice often carries no drug name: "bite on gauze for 30 minutes", "keep doing the
stretches", "no lifting until the stitches are out", "nil by mouth from midnight".
"""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

# Named medicines and remedies, and "the/your meds" (English and Spanish brand and generic names).
_NAMED = (
    r"ibuprofen|ibuprofeno|advil|motrin|nurofen|tylenol|acetaminophen|acetaminofen|paracetamol|panadol|aspirin|aspirina|naproxen|naproxeno|aleve|"
    r"antihistamines?|antihistaminicos?|benadryl|zyrtec|claritin|allegra|loratadine|loratadina|cetirizine|cetirizina|antibiotics?|antibioticos?|"
    r"amoxicillin|amoxicilina|augmentin|penicillin|penicilina|azithromycin|azitromicina|z-?pack|doxy|doxycycline|cipro|keflex|steroids?|"
    r"prednisone|prednisona|hydrocortisone|hidrocortisona|cortisone|cortisona|steroid cream|cream|crema|ointment|pomada|gel|drops|gotas|eye drops|inhaler|"
    r"inhalador|albuterol|salbutamol|ventolin|insulin|insulina|metformin|metformina|ozempic|wegovy|semaglutide|sertraline|sertralina|zoloft|lexapro|"
    r"escitalopram|prozac|fluoxetine|fluoxetina|xanax|ativan|adderall|melatonin|melatonina|magnesium|magnesio|iron|hierro|vitamin \w+|vitamina \w+|"
    r"b12|zinc|probiotics?|probioticos?|omeprazole|omeprazol|prilosec|tums|pepto|imodium|loperamida|miralax|laxatives?|laxantes?|stool softener|"
    r"antacids?|antiacidos?|gaviscon|sudafed|decongestants?|nasal spray|flonase|mucinex|cough syrup|jarabe|lozenges|orajel|epsom salts?|"
    r"salt water|saline|suero|warm compress|heating pad|ice pack|ice|hielo|heat|calor|fluids|liquidos|electrolytes|pedialyte|suero oral|"
    r"the pill|birth control|plan b|morning after pill|epipens?|steri ?strips|plasters?|vaseline|corsodyl|clorhexidina|chlorhexidine|"
    r"keppra|aricept|warfarin|warfarina|levothyroxine|levotiroxina|spironolactone|espironolactona|zopiclone|zopiclona|methadone|metadona|"
    r"codeine|codeina|tramadol|gabapentin|gabapentina|pregabalin|pregabalina|diclofenac|diclofenaco|metamizol|nolotil|buscapina|dalsy|"
    r"propranolol|apixaban|rivaroxaban|clopidogrel|lithium|litio|quetiapine|quetiapina|oxy|oxycodone|morphine|morfina|antibiotico|"
    r"(?:your|the|those|these|that|his|her|tu|su|sus|tus|la|las|el|los) (?:meds|medication|medicine|medicacion|medicamentos?|pills|pastillas?|pastis|"
    r"tablets|tabs|capsules|capsulas|dose|dosage|dosis|insulin|inhaler|prescription|antibiotics|steroids|bp tablets|blood pressure tablets|water tablets)"
)
# Generic names by their family endings ("-pril", "-statin", "-azole", "-xaban", ...), in English and Spanish.
_FAMILY = (
    r"[a-z]{2,}(?:pril|sartan|sartan|olol|statin|statina|azole|azol|mycin|micina|cillin|cilina|cycline|ciclina|floxacin|floxacino|prazole|prazol|"
    r"tidine|tidina|dipine|dipino|xaban|parin|parina|gliptin|gliptina|gliflozin|gliflozina|triptan|zepam|zolam|oxetine|oxetina|pramine|pramina|triptyline|"
    r"triptilina|thyroxine|tiroxina|isolone|isolona|profen|profeno|lukast|terol|sonide|sonida|conazole|conazol|lactone|lactona|idazole|idazol)"
)
DRUGS = rf"(?:{_NAMED}|{_FAMILY})"
_UNITS = r"(?:mg|mcg|µg|ml|g|units?|iu|tablets?|tabs?|pills?|capsules?|caps|puffs?|drops?|tsp|teaspoons?|tbsp|sprays?|gotas|pastillas?|comprimidos?|capsulas?|cucharadas?|cucharaditas?|unidades)"
# Conditions named for someone (a diagnosis); also generic "-itis", "-osis", "-algia" words.
_CONDITIONS = (
    r"(?:infection|uti|bladder infection|kidney infection|strep|strep throat|flu|the flu|virus|viral infection|sinus infection|sinusitis|"
    r"migraine|tension headache|cluster headache|ibs|reflux|acid reflux|gerd|heartburn|sprain|bad sprain|strain|pulled muscle|muscle strain|impingement|"
    r"eczema|psoriasis|allergic reaction|allergy|allergies|hives|panic attack|shingles|cold sore|yeast infection|thrush|nevus|benign mole|"
    r"bv|ear infection|pink eye|bronchitis|pneumonia|gout|plantar fasciitis|sciatica|kidney stone|gallstones?|floater|a floater|"
    r"tennis elbow|golfer's elbow|runner's knee|jumper's knee|frozen shoulder|carpal tunnel|shin splints|whiplash|trapped nerve|pinched nerve|slipped disc|"
    r"rotator cuff tear|achilles tendinopathy|stress fracture|hairline fracture|concussion|hemorrhoids?|haemorrhoids?|cyst|lipoma|hernia|anemia|anaemia|vitamin d deficiency|bell's palsy|wax|earwax|ear wax|"
    r"vertigo|bppv|tinnitus|cavity|abscess|dry socket|ingrown (?:toenail|nail)|sty|stye|impetigo|ringworm|scabies|lice|anxiety|nerves|"
    r"muscular|musculoskeletal|dehydration|a cold|cold|tummy bug|stomach bug|teething|growing pains|hormonal|viral|a virus|"
    r"rsv|covid|croup|hand foot and mouth|mono|mononucleosis|norovirus|food poisoning|gastro|gastroenteritis|ptsd|adhd|ocd|depression|"
    r"[a-z]{3,}(?:itis|osis|algia|pathy))"
)
_ES_CONDITIONS = (
    r"(?:infeccion|gripe|gripa|virus|migrana|alergia|gastritis|reflujo|ansiedad|esguince|contractura|otitis|faringitis|amigdalitis|"
    r"cistitis|infeccion de orina|conjuntivitis|bronquitis|caries|dermatitis|eczema|ciatica|colico|resfriado|catarro|algo muscular|muscular|"
    r"ganglio|lunar benigno|tapon de cera|cera|hongos|herpes|lumbalgia|una lumbalgia|bruxismo|deshidratacion|nervios|el cafe|la cafeina|los nervios|"
    r"[a-z]{3,}(?:itis|osis|algia|patia))"
)
# Symptoms a reply may attribute to a cause ("your headaches are just from screen time").
_SYMPTOM = (
    r"(?:headaches?|pain|ache|aches|tingling|numbness|twitching|twitch|clicking|ringing|burning|throbbing|stiffness|flutters?|fluttering|bloating|pins and needles|hair loss|dizziness|rash|cough|palpitations|twinges?|tightness|spasms?|swelling|soreness|"
    r"bleeding|spotting|cramps?|clicking|lump|bump|mole|spot|itch|itching|fatigue|tiredness|nausea|heartburn|dolor|mareos?|tos|"
    r"palpitaciones|hormigueo|picor|bulto|lunar|granos?|sangrado|hinchazon|molestias?)"
)

_PUBLIC = ("spoken_to_the_public", "general_education", "policy_statement")

_EN = (
    OutRule("dose_amount", rf"\b(?:take|taking|give|giving|use|try|pop|start|start on|up it to|increase (?:it |that |the dose )?to|go up to|bump (?:it )?up to|drop (?:it )?to|"
            rf"cut (?:it |back )?to|lower (?:it )?to|switch to)\b (?:\w+ ){{0,3}}?(?:\d+(?:[.,]\d+)?|one|two|three|four|half an?|half|an extra|another) ?{_UNITS}\b",
            "tells someone what dose to take", (*_PUBLIC, "conditional")),
    OutRule("dose_schedule", r"\b(?:every|each) \d+(?:-\d+)? ?(?:hours?|hrs?|h)\b|\b(?:once|twice|three times|four times|\d ?(?:x|times)) (?:a|per|each) (?:day|night|week)\b"
            r"|\b(?:once|twice|three times) daily\b|\b\d+(?:[.,]\d+)? ?(?:mg|ml|mcg) (?:per|a|/) ?kg\b|\b\d+ minutes on,? \d+ (?:minutes )?off\b",
            "sets out a dosing or treatment schedule for someone", (*_PUBLIC, "redirect")),
    OutRule("drug_instruction", rf"\b(?:take|taking|try|use|using|start|stop(?! by| in| over)|stopped|skip|double|halve|increase|decrease|lower|up (?:the|your|his|her)|reduce|hold|pause|keep taking|keep using|keep on|restart|resume|"
            rf"switch to|apply|pop|give|giving|get some|grab some|pick up some|put|rub some|alternate|come off|go off|wean off|stay on|stick with|leave (?:him|her|them|you|it) on|"
            rf"keep|carry|mix (?:it |them )?with|mixing (?:it |them )?with|combine)\b (?:\w+ ){{0,3}}?{DRUGS}\b"
            r"(?! (?:appointment|visit|call|refill|request|form|portal|line|team|desk))",
            "tells someone to start, stop or change a treatment", (*_PUBLIC, "redirect")),
    OutRule("drug_verdict", r"\b(?:halve|double|skip|stop|up) (?:them|it|those|these)\b|\bkeep (?:the |your )?(?:\w+ )?(?:as is|the same)\b",
            "decides about someone's medicine", (*_PUBLIC, "redirect", "negated")),
    OutRule("drug_blamed", rf"\b(?:that'll|thatll|that will|it'll|itll|that's|thats|it's|its) (?:be |probably |likely |just |definitely )*(?:the|your) {DRUGS}\b",
            "puts someone's symptoms down to their medicine", (*_PUBLIC, "negated")),
    OutRule("drug_interaction", rf"\b(?:doesn't|does not|doesnt|won't|wont|will not) (?:react|interact|interfere|clash) with\b|\b(?:is|it's|its) (?:fine with|ok with|okay with|safe with|fine to take with|safe to take with|ok to take with|fine to have with) (?:the |your )?{DRUGS}\b",
            "tells someone their medicines are safe together", (*_PUBLIC, "redirect", "negated")),
    OutRule("drug_side_effect", rf"\b(?:normal|common|expected|usual) (?:for|with|on|after|when starting|when you start) (?:the |your )?(?:first (?:\w+ ){{0,3}}?(?:on|of|with|after) )?(?:the |your )?(?:{DRUGS}|coil|iud|implant|jab|injection)\b",
            "tells someone a reaction to their medicine is normal", (*_PUBLIC, "redirect")),
    OutRule("take_it_when", r"\btake (?:it|them|one|two|both|each) (?:at night|in the morning|with food|before bed|after food|with meals|on an empty stomach|together|daily|with water)\b",
            "tells someone how to take their medicine", (*_PUBLIC, "redirect")),
    OutRule("no_treatment", rf"\b(?:fine|ok|okay|alright) without (?:the |any |your )?(?:{DRUGS}|meds|medication|medicine|tablets|pills|treatment|surgery|an? \w+)\b"
            r"|\bno (?:antibiotics|meds|medication|steroids|treatment|stitches|x-?ray|scan) (?:needed|necessary|required)\b",
            "tells someone they need no treatment", (*_PUBLIC, "redirect", "negated")),
    OutRule("dont_need_drug", rf"\b(?:you|he|she|they) (?:won't|wont|will not|don't|dont|do not|doesn't|does not) need (?:the |any |a |an )?(?:{DRUGS}|\w+ing)\b",
            "tells someone they do not need a treatment", (*_PUBLIC, "redirect", "negated")),
    OutRule("diagnosis", rf"\b(?<!can )(?<!may )(?<!might )(?<!could )(?<!often )(?<!sometimes )(?<!usually )(?:sounds|looks|seems|sound|look) (?:a lot |very much |just |to me )?like (?:an? |the )?(?:normal|benign|harmless|simple|ordinary|regular|innocent|healthy) \w+"
            rf"|\b(?<!can )(?<!may )(?<!might )(?<!could )(?<!often )(?<!sometimes )(?<!usually )(?:sounds|looks|seems|sound|look) (?:a lot |very much |just |to me )?like (?:you have |you've got |it's |its |an? |the |some )*(?:classic |typical |textbook |an? )?(?:\w+ )?{_CONDITIONS}\b"
            r"|\b(?:sounds like|looks like|that's|thats|it's|its|this is) (?:a |an )?(?:classic|textbook|typical|a classic|a textbook) (?!case of (?:miscommunication|mix)|example of)\w+"
            rf"|\b(?:it's|its|it is|that's|thats|this is|that is|you've got|you have|you probably have|you likely have|you might have|you may have|you definitely have|"
            rf"he has|she has|he's got|she's got|probably|likely|definitely|almost certainly|most likely|clearly|sure it's|sure its|classic|textbook|a classic|a textbook|typical) "
            rf"(?:just |only |probably |likely |almost certainly |definitely |most likely |an? |classic |textbook |typical |bad |mild |minor |some )*{_CONDITIONS}\b",
            "names a diagnosis for someone", ("spoken_to_the_public", "general_education", "conditional", "policy_statement", "negated")),
    OutRule("symptom_cause", rf"\b(?:(?:your|the|his|her|that|this) (?:\w+ ){{0,3}}?)?{_SYMPTOM} (?:\w+ ){{0,4}}?(?:is|are|'s|was) (?:almost certainly |probably |definitely |most likely |likely |just |only |simply )+"
            r"(?:from|due to|caused by|down to|an? |the |your )?(?!stress\b|stresed\b|nothing\b|fine\b|normal\b)\w+",
            "puts someone's symptom down to a cause", ("spoken_to_the_public", "general_education", "conditional", "negated")),
    OutRule("no_need_to_come", r"\b(?:you |he |she |they )?(?:definitely |really |honestly )?(?:don't|do not|dont|won't|wont|shouldn't|should not|doesn't|does not) (?:need|have) to (?:come (?:back )?in|come back|be seen|see (?:a|the|your|anyone|someone)|"
            r"go to (?:the )?(?:er|ed|a&e|hospital|urgent care|emergency)|go in|get (?:it|that|this) (?:checked|looked at|seen))\b"
            r"|\bno need (?:to|for) (?:come in|coming in|an appointment|a visit|the er|the ed|a&e|urgent care|the hospital|see (?:a|the) doctor|go to)\b"
            r"|\b(?:just )?(?:wait (?:it|this) out|sleep it off|walk it off|give it (?:a few|another|a couple of|\d+|a|one|two|three) (?:more )?(?:days?|weeks?))\b"
            r"|\bif it (?:was|were|had been) (?:broken|fractured|serious|infected) (?:you'd|youd|you would|he'd|she'd|it would)\b",
            "tells someone they need no care, without an assessment", (*_PUBLIC, "conditional")),
    OutRule("cleared_to", r"\b(?:you're|youre|you are|he's|she's|you'll be|he'll be|she'll be) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|good|safe|clear|cleared) to "
            r"(?:go back|travel|fly|drive|exercise|swim|train|return|take|have|drink|eat|lift|run|work|go)\b"
            r"|\b(?:it's|its|it is) (?:totally |perfectly |completely )?(?:fine|ok|okay|safe) (?:for you |for him |for her )?to (?:take|have|mix|drink|combine|use|fly|travel|exercise|drive|swim|skip|stop)\b"
            r"|\b(?:won't|wont|will not) (?:hurt|harm) (?:you|him|her|them|the baby)\b|\bis (?:fine|ok|okay|safe) for (?:you|him|her)\b"
            r"|\b(?:you|he|she) (?:can|could|may) (?:go back to|get back to|return to|start|restart|resume|carry on) (?:the |your |his |her )?(?:gym|work|school|nursery|running|training|sport|sports|swimming|exercise|exercising|driving|lifting|football|netball|rugby|cycling|the pool|normal activities)\b"
            r"|\bjust no (?:\w+ ){0,2}?(?:yet|for now|for a (?:bit|while|few days|week|month))\b",
            "clears someone to do something, without an assessment", (*_PUBLIC, "conditional")),
    OutRule("you_should_treat", r"\b(?:you|u|he|she|they) (?:just )?(?:should|need to|must|ought to|have to|'ll need to|will need to|'d better|had better|might want to|could try|can try) "
            r"(?:definitely |probably |just |really )?(?:take|start|stop|get|try|use|go on|come off|cut out|cut back|cut down|double|increase|reduce|avoid|ice|rest|elevate|apply|drink|soak|gargle|"
            r"switch|keep taking|skip|lower|raise|up|floss|rinse|brush|stretch|lose weight|quit)\b",
            "tells someone what to do about their health", (*_PUBLIC, "conditional", "redirect")),
    OutRule("care_imperative", r"\b(?:ice|elevate|rest|heat|massage|stretch|compress|wrap|strap|tape|splint|bandage|soak|drain|pop|squeeze|lance|rice|cover|clean|dress) "
            r"(?:it|that|them|the (?:knee|ankle|back|area|wrist|shoulder|foot|leg|arm|blister|cut|burn|bump|lump|spot|finger|toe|neck|wound|graze))\b"
            r"|\b(?:drink (?:lots of |plenty of )?(?:fluids|water)|stay hydrated|get (?:some )?rest|gargle (?:with )?salt water|bite (?:down )?on (?:a |the |some )?(?:[\w-]+ ){0,2}?gauze|"
            r"lie on your (?:left |right )?side|small sips|sips of|salt ?water rinses?|saline rinses?|soft (?:tooth)?brush|cold packs?|warm compress(?:es)?|"
            r"ice,? rest|rest,? ice|ice and rest|rest and ice|ice and elevat\w+|rest and elevat\w+|keep (?:it|the \w+|your \w+) (?:dry|clean|elevated|raised|up|covered|moving|iced|still|strapped|bandaged|on))\b"
            r"|\bcut (?:back|down) on (?:the )?(?:coffee|caffeine|salt|sugar|alcohol|booze|screens?|screen time|carbs|dairy|energy drinks)\b"
            r"|\bcut out (?:the )?(?:salt|sugar|caffeine|coffee|alcohol|dairy|gluten|carbs)\b|\b(?:have|try) a (?:cold|sugary) drink\b|\bbreathing exercises?\b|\b4-7-8 breathing\b",
            "gives someone care instructions", (*_PUBLIC, "conditional", "redirect")),
    OutRule("apply_remedy", r"\b(?:put|rub|dab|smear|spread|apply) (?:some|a bit of|a little|a thin layer of|a dab of|a blob of|plenty of) (?:\w+ ){0,2}?(?:on|onto|into|over) (?:it|them|that|the \w+|your \w+|his \w+|her \w+)\b"
            r"|\b(?:have|take|try|give (?:him|her|them)) a (?:teaspoon|spoonful|tablespoon|spoon|cup|mug|glass|sip|shot|dose) of \w+"
            rf"|\b(?:have|take|try|use|put|get|give|apply|rub|drink|eat|add|do|start|wear)\b (?:\w+ ){{1,6}}?for (?:the|your|that|his|her|this|those) (?:\w+ )?(?:{_SYMPTOM}|cough|fever|cold|sore throat|congestion|sickness|spots|acne|sunburn|bite|sting|burn|cramps|wheeze)\b"
            r"|\bwear (?:the|your|a|an|his|her) (?:\w+ )?(?:splint|brace|sling|boot|collar|stockings?|support|mouthguard|night guard|retainer|eye patch|patch|bandage|insoles?)\b"
            r"|\b(?:don't|dont|do not|no|avoid|try not to) (?:put|putting|bear|bearing) (?:any |too much |much |full )?weight (?:on|through)\b",
            "tells someone how to treat themselves", (*_PUBLIC, "conditional", "redirect")),
    OutRule("keep_going", r"\bkeep (?:doing|using|taking|up|at|on with|going with|with|wearing) (?:the|those|these|your|them|it|that|both|all)\b"
            r"(?! (?:great|good|amazing|awesome|fantastic|brilliant|hard|important|lovely|wonderful|positivity|questions|comments|messages|reviews|faith|spirit) )"
            r"|\bkeep (?:up )?(?:walking|stretching|icing|moving|exercising|doing (?:your |the )?(?:exercises|stretches|physio))\b"
            r"|\b(?:look after|take care of) (?:that|your|the) (?:new )?(?:stoma|wound|knee|hip|back|ankle|stitches|scar|incision|graft|implant|tooth|shoulder)\b",
            "tells someone to keep up a treatment or exercise", (*_PUBLIC, "redirect")),
    OutRule("restriction", r"\b(?:no|nothing|avoid|avoiding|don't|dont|do not|stay off|keep off|hold off on|hold off|no more|stop) (?:heavy |hard |contact |strenuous |overhead )?"
            r"(?:lifting|lifts|driving|drive|running|exercise|exercising|gym|sport|sports|swimming|swim|sex|alcohol|drinking|booze|caffeine|food|eating|eat|"
            r"drink|foods|smoking|straws?|spitting|hot drinks|baths?|pressing|chewing|flying|pee|peeing|wee)\b"
            r"(?: \w+){0,5}? (?:until|till|til|for (?:a|the|\d+|two|three|four|six|24|48)|after|before|from|tonight|today|this week|while)\b",
            "sets a restriction for someone", (*_PUBLIC, "conditional", "redirect")),
    OutRule("preparation", r"\b(?:nil|nothing) by mouth\b|\bnothing but water\b|\bno food or drink\b|\bnothing to eat or drink\b|\bstart (?:the |your )?(?:bowel )?prep\b"
            r"|\bdrink (?:a|one|\d+) (?:litre|liter|l|pint|glass|glasses|bottle)s? of water\b|\bgo easy on (?:the |it|that)\b|\btake it easy (?:for|until|till|on)\b"
            r"|\b(?:don't|dont|do not|never) mix (?:it|them|that|this) with\b",
            "sets a preparation or precaution for someone", (*_PUBLIC, "conditional", "redirect")),
    OutRule("needs_treatment", r"\b(?:you|u|he|she|they|it|that|this|your \w+) (?:need|needs|'ll need|will need|probably need|probably needs|might need|should get|need to get) "
            r"(?:an? |some )?(?:antibiotics|a course of|steroids|stitches|glue|a stitch|an? (?:mri|ct|x-?ray|scan|ultrasound|blood test|biopsy|filling|root canal|crown|extraction|cast|referral|splint|sling)|surgery|an inhaler|insulin)\b",
            "tells someone what treatment or test they need", (*_PUBLIC, "conditional", "redirect")),
    OutRule("prescribed", r"\b(?:i'll|ill|i will|i've|ive|i have|we'll|we will|we've|i can|let me) (?:just )?(?:prescribe|stopped|stop|start(?:ed)? (?:you|him|her) on|put (?:you|him|her) on|"
            r"send (?:you |over )?(?:a|the) (?:script|prescription)|call in (?:a|an|some)|up(?:ped)? (?:your|the|his|her))\b",
            "decides treatment for someone over social media", (*_PUBLIC, "conditional")),
)

_ES = (
    OutRule("dosis", rf"\b(?:toma|tome|tomate|tomese|tomar|dale|dele|dales|deles|denle|usa|use|empieza con|sube a|baja a|serian|seria|son)\b (?:\w+ ){{0,3}}?\d+(?:[.,]\d+)? ?{_UNITS}\b",
            "indica a alguien qué dosis tomar", (*_PUBLIC, "conditional"), "es"),
    OutRule("pauta", r"\bcada \d+ ?(?:horas|hrs|h)\b|\b(?:una|dos|tres|cuatro|\d) (?:vez|veces) (?:al|por|a la) (?:dia|semana|noche)\b|\bno mas de \d+ (?:tomas|dosis|veces)\b"
            r"|\b(?:termina|termine|terminar|acaba|acabe|completa|complete) (?:los|las|el|la) (?:\d+ dias|tratamiento|antibiotico|caja)\b|\bpor \d+ dias\b",
            "fija una pauta de tratamiento para alguien", (*_PUBLIC, "redirect"), "es"),
    OutRule("indicacion", rf"\b(?:toma|tome|tomate|tomese|tomalos|tomalas|tomalo|tomala|tomatelo|tomatela|tomelo|tomela|tomelos|deja de tomar|deje de tomar|suspende|suspenda|duplica|duplique|"
            rf"aumenta|aumente|baja|baje|sigue tomando|siga tomando|sigue con|siga con|segui con|continua con|continue con|aplica|aplique|aplicate|ponte|pongase|ponle|pongale|ponele|ponete|usa|use|empieza|empiece|"
            rf"prueba con|pruebe con|proba con|prueba|pruebe|proba|dale|dele|dales|denle|dele|mantén|manten|mantenga|deja|deje|receta|recete|te mando|le mando|te receto|le receto|evita|evite|evitar)\b "
            rf"(?:\w+ ){{0,3}}?{DRUGS}\b",
            "indica a alguien iniciar, dejar o cambiar un tratamiento", (*_PUBLIC, "redirect"), "es"),
    OutRule("tomalos", r"\b(?:tomalos|tomalas|tomalo|tomala|tomatelo|tomatela|tomatelos|tomelo|tomela|tomelos|tomeselo|no lo dejes|no la dejes|no los dejes|no lo deje|no la deje)\b",
            "indica a alguien cómo tomar su medicación", (*_PUBLIC, "redirect"), "es"),
    OutRule("diagnostico", rf"\b(?:parece|parece que es|suena a|seguro que es|seguro es|seguramente es|seguramente sea|probablemente es|probablemente sea|es probablemente|tienes|tiene|debe ser|"
            rf"eso es|es|lo de tu \w+ es|lo de su \w+ es|sera|salio|salio una?|tiene pinta de) (?:una? |el |la )?(?:\w+ )?{_ES_CONDITIONS}\b",
            "pone un diagnóstico a alguien", ("spoken_to_the_public", "general_education", "conditional", "policy_statement", "negated"), "es"),
    OutRule("no_hace_falta", r"\bno (?:hace falta|es necesario|necesitas|necesita|tienes que|tiene que) (?:que )?(?:venir|volver|ir a urgencias|ir al medico|que te vean|que le vean|consultar|pedir cita|antibiotico|vengas|venga|vuelvas|vuelva|te vean|le vean|vayas|vaya)\b",
            "dice a alguien que no necesita atención, sin valoración", (*_PUBLIC, "conditional"), "es"),
    OutRule("deberias", r"\b(?:deberias|deberia|tienes que|tiene que|necesitas|necesita|hay que) (?:tomar|dejar|empezar|usar|aplicar|ponerte|ponerse|descansar|beber|evitar|suspender|reducir|bajar)\b",
            "indica a alguien qué hacer con su salud", (*_PUBLIC, "conditional", "redirect"), "es"),
    OutRule("no_hasta", r"\bno (?:le |te |se |lo |la )?(?:des|de|uses|use|apoyes|apoye|mojes|moje|rasques|rasque|toques|toque|hagas|haga|tomes|tome|comas|coma|bebas|beba|cargues|cargue|"
            r"levantes|levante|manejes|maneje|conduzcas|conduzca|nades|nade|corras|corra|entrenes|entrene|fumes|fume|quites|quite|pongas|ponga)\b (?:\w+ ){0,4}?(?:hasta|durante|por \d+|en \d+|mientras|todavia|aun)\b",
            "pone una restricción a alguien", (*_PUBLIC, "conditional", "redirect"), "es"),
    OutRule("sube_dosis", r"\b(?:sube|suba|subale|subele|subile|baja|baje|bajale|bajele|aumenta|aumente|aumentale|aumentele|reduce|reduzca|reducile) (?:le |la |el |su |tu )?(?:dosis|\w+ina|\w+ol|\w+pril|\w+an|insulina|pastilla|medicacion) (?:a|hasta) \d+"
            r"|\b(?:baje|baja|bajale|bajele|reduce|reduzca|quite|quita|quitale|quitele|deje|deja) (?:la sal|el azucar|el cafe|el alcohol|las harinas|la grasa|los dulces|el refresco|la leche|los lacteos)\b"
            r"|\b\d+ minutos (?:diarios|al dia|cada dia|por dia)\b",
            "ajusta el tratamiento o la dieta de alguien", (*_PUBLIC, "conditional", "redirect"), "es"),
    OutRule("cuidados", r"\b(?:muerde|muerda|mordé|morde) (?:una |la |bien )?(?:\w+ )?gasa\b|\b(?:hielo|reposo),? (?:y )?(?:reposo|hielo|compresion|elevacion)\b"
            r"|\b(?:sigue|siga|segui|continua|continue|no dejes|no deje) (?:con |haciendo )?(?:los|las|el|la|tus|sus) (?:\w+ )?(?:ejercicios|estiramientos|caminatas|paseos|fisio|rehabilitacion|ferula|collarin|dieta|tratamiento)\b"
            r"|\bnada de (?:esfuerzos|deporte|ejercicio|alcohol|cargar|peso|levantar|correr|nadar|piscina|comer|comida)\b|\b(?:\d+|dos|tres|cuatro|unas?) (?:semanas?|dias) sin (?:correr|entrenar|deporte|cargar|nadar|conducir|manejar|alcohol|apoyar)\b"
            r"|\bno (?:escupas|escupa|fumes|fume|uses popote|use popote|uses pajita|use pajita|bebas|beba|comas|coma|cargues|cargue|levantes|levante|conduzcas|conduzca|manejes|maneje)\b"
            r"|\ben ayunas\b|\bayuno de\b|\bsin pantallas\b|\b(?:enjuagues|gargaras) (?:con|de) (?:agua con sal|sal|agua tibia)\b|\bantes de (?:acostarte|acostarse|dormir)\b",
            "da a alguien instrucciones de cuidado", (*_PUBLIC, "conditional", "redirect"), "es"),
    OutRule("receta", r"\b(?:te|le) (?:mando|envio|paso|hago|dejo) (?:la |una )?receta\b|\b(?:te|le) (?:receto|pongo|subo|bajo|cambio|quito|suspendo) (?:el|la|los|las|un|una|\w+ina|\w+ol)\b",
            "decide el tratamiento de alguien por redes", (*_PUBLIC, "conditional"), "es"),
    OutRule("volver_a", r"\b(?:puedes|puede|podes|podeis|pueden) (?:volver a|retomar|empezar a|seguir) (?:el |la |los |las )?(?:correr|entrenar|trabajar|nadar|gimnasio|gym|deporte|conducir|manejar|futbol|piscina|colegio|cole|escuela|ejercicio|hacer ejercicio|hacer deporte)\b",
            "da el alta a alguien para una actividad sin valoración", (*_PUBLIC, "conditional"), "es"),
    OutRule("puedes", r"\b(?:puedes|puede|podes) (?:tomar|viajar|volver|hacer ejercicio|beber|mezclar|tomarlos|tomarlas|tomarlo|tomarla) (?:sin problema|tranquil[oa]|perfectamente|juntos|juntas)\b"
            r"|\bsin problema,? (?:tomalos|tomalas|tomalo|tomala|puedes|puede)\b",
            "da permiso a alguien sin valoración", (*_PUBLIC, "conditional"), "es"),
)


class PersonalAdviceDetector(OutgoingDetector):
    name = "personal_advice"
    version = "2"
    finding = Finding.PERSONAL_ADVICE
    rules = (*_EN, *_ES)


__all__ = ["DRUGS", "PersonalAdviceDetector"]
