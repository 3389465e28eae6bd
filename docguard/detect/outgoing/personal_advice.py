"""personal_advice: individual diagnosis, treatment, dosing or triage for a particular person.

General education, even with doses and drug names, is not personal advice: it is excused when
said of people in general, in a post to no one in particular, or as a pointer to the reader's
own clinician. The same instruction in a reply to someone's symptoms is advice.
"""

from __future__ import annotations

from docguard.detect.outgoing.base import OutgoingDetector, OutRule
from docguard.taxonomy import Finding

DRUGS = (
    r"(?:ibuprofen|advil|motrin|nurofen|tylenol|acetaminophen|paracetamol|panadol|aspirin|naproxen|aleve|antihistamines?|benadryl|zyrtec|claritin|"
    r"allegra|loratadine|cetirizine|antibiotics?|amoxicillin|augmentin|penicillin|azithromycin|z-?pack|doxycycline|cipro|keflex|steroids?|prednisone|"
    r"hydrocortisone|cortisone|steroid cream|cream|ointment|gel|drops|eye drops|inhaler|albuterol|ventolin|insulin|metformin|ozempic|wegovy|"
    r"semaglutide|lisinopril|amlodipine|statins?|atorvastatin|sertraline|zoloft|lexapro|escitalopram|prozac|fluoxetine|xanax|ativan|adderall|"
    r"melatonin|magnesium|iron|vitamin \w+|b12|zinc|probiotics?|omeprazole|prilosec|tums|pepto|imodium|miralax|laxatives?|stool softener|"
    r"antacids?|gaviscon|sudafed|decongestants?|nasal spray|flonase|mucinex|cough syrup|lozenges|orajel|epsom salt|salt water|warm compress|"
    r"heating pad|ice pack|ice|heat|fluids|electrolytes|pedialyte|the pill|birth control|plan b|morning after pill|your (?:meds|medication|medicine|pills|dose|dosage|insulin|inhaler|prescription)|"
    r"(?:the|that|those|these) (?:meds|pills|tablets|antibiotics|steroids))"
)
_UNITS = r"(?:mg|mcg|µg|ml|g|units?|iu|tablets?|tabs?|pills?|capsules?|caps|puffs?|drops?|tsp|teaspoons?|tbsp|sprays?)"
_CONDITIONS = (
    r"(?:an? )?(?:infection|uti|bladder infection|kidney infection|strep|strep throat|flu|the flu|virus|viral infection|sinus infection|sinusitis|"
    r"migraine|tension headache|cluster headache|ibs|reflux|acid reflux|gerd|heartburn|sprain|strain|pulled muscle|muscle strain|tendonitis|"
    r"tendinitis|bursitis|eczema|psoriasis|dermatitis|allergic reaction|allergy|allergies|hives|panic attack|shingles|cold sore|yeast infection|thrush|"
    r"bv|ear infection|pink eye|conjunctivitis|bronchitis|pneumonia|gout|arthritis|plantar fasciitis|sciatica|kidney stone|gallstones?|"
    r"appendicitis|concussion|hemorrhoids?|haemorrhoids?|cyst|lipoma|hernia|anemia|anaemia|vitamin d deficiency|costochondritis|bell's palsy|"
    r"vertigo|bppv|tinnitus|cavity|abscess|gingivitis|dry socket|ingrown (?:toenail|nail)|sty|stye|impetigo|ringworm|scabies|lice|"
    r"rsv|covid|croup|hand foot and mouth|mono|mononucleosis|norovirus|stomach bug|food poisoning|gastro|gastroenteritis|ptsd|adhd|ocd|depression|anxiety disorder)"
)

_EN = (
    OutRule("dose_amount", rf"\b(?:take|taking|give|giving|use|try|pop|start|start on|up it to|increase (?:it |that |the dose )?to|go up to|bump (?:it )?up to|drop (?:it )?to|"
            rf"cut (?:it |back )?to|lower (?:it )?to|switch to)\b (?:\w+ ){{0,3}}?\d+(?:\.\d+)? ?{_UNITS}\b",
            "tells someone what dose to take", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("drug_instruction", rf"\b(?:take|try|use|start|stop|skip|double|halve|increase|decrease|lower|up|reduce|hold|pause|keep taking|restart|resume|"
            rf"switch to|apply|pop|get some|grab some|pick up some|put some|rub some|alternate|come off|go off|wean off|stay on|stick with)\b (?:\w+ ){{0,2}}?{DRUGS}\b"
            r"(?! (?:appointment|visit|call))",
            "tells someone to start, stop or change a treatment", ("addressed_to_an_audience", "general_statement", "conditional", "redirect", "policy_statement")),
    OutRule("diagnosis", rf"\b(?:sounds|looks|seems|sound|look) (?:a lot |very much |just )?like (?:you have |you've got |it's |its )?(?:an? |the )?(?:\w+ )?{_CONDITIONS}\b"
            rf"|\b(?:it's|its|that's|thats|this is|you've got|you have|you probably have|you likely have|you might have|you may have|you definitely have|"
            rf"he has|she has|he's got|she's got|probably|likely|definitely|almost certainly|clearly) (?:just |only |probably |likely )?(?:an? )?{_CONDITIONS}\b",
            "names a diagnosis for someone", ("addressed_to_an_audience", "general_statement", "conditional", "policy_statement", "negated")),
    OutRule("no_need_to_come", r"\b(?:you |he |she |they )?(?:don't|do not|dont|won't|wont|shouldn't|should not|doesn't|does not) (?:need|have) to (?:come in|be seen|see (?:a|the|your|anyone|someone)|"
            r"go to (?:the )?(?:er|ed|a&e|hospital|urgent care|emergency)|go in|get (?:it|that|this) (?:checked|looked at|seen))\b"
            r"|\bno need (?:to|for) (?:come in|coming in|an appointment|a visit|the er|the ed|a&e|urgent care|the hospital|see (?:a|the) doctor|go to|worry|panic)\b"
            r"|\b(?:just )?(?:wait (?:it|this) out|sleep it off|walk it off|give it (?:a few|another|a couple of) (?:more )?(?:days|weeks))\b",
            "tells someone they need no care, without an assessment", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("you_should_treat", r"\b(?:you|u|he|she|they) (?:should|need to|must|ought to|have to|'ll need to|will need to|'d better|had better|might want to|could try|can try) "
            r"(?:definitely |probably |just )?(?:take|start|stop|get|try|use|go on|come off|cut out|double|increase|reduce|avoid|ice|rest|elevate|apply|drink|soak|gargle|"
            r"switch|keep taking|skip|lower|raise|up)\b",
            "tells someone what to do about their health", ("addressed_to_an_audience", "general_statement", "conditional", "redirect")),
    OutRule("care_imperative", r"\b(?:ice|elevate|rest|heat|massage|stretch|compress|wrap|splint|bandage|soak|drain|pop|squeeze|lance) (?:it|that|the (?:knee|ankle|back|area|wrist|shoulder|foot|leg|arm|blister|cut|burn|bump|lump|spot|finger|toe|neck))\b"
            r"|\b(?:drink (?:lots of |plenty of )?(?:fluids|water)|stay hydrated|get (?:some )?rest|gargle (?:with )?salt water)\b",
            "gives someone care instructions", ("addressed_to_an_audience", "general_statement", "conditional")),
    OutRule("needs_treatment", r"\b(?:you|u|he|she|they|your \w+) (?:need|needs|'ll need|will need|probably need|probably needs|might need|should get|need to get) "
            r"(?:an? |some )?(?:antibiotics|a course of|steroids|stitches|an? (?:mri|ct|x-?ray|scan|ultrasound|blood test|biopsy|filling|root canal|crown|extraction|cast|referral)|surgery|an inhaler|insulin)\b",
            "tells someone what treatment or test they need", ("addressed_to_an_audience", "general_statement", "conditional", "redirect")),
)

_ES = (
    OutRule("dosis", rf"\b(?:toma|tome|tomate|tomese|dale|dele|usa|use|empieza con|sube a|baja a)\b (?:\w+ ){{0,3}}?\d+(?:[.,]\d+)? ?{_UNITS}\b",
            "indica a alguien qué dosis tomar", ("addressed_to_an_audience", "general_statement", "conditional"), "es"),
    OutRule("indicacion", r"\b(?:toma|tome|tomate|tomese|deja de tomar|deje de tomar|suspende|suspenda|duplica|duplique|aumenta|aumente|baja|baje|sigue tomando|siga tomando|"
            r"aplica|aplique|ponte|pongase|usa|use|empieza|empiece)\b (?:\w+ ){0,2}?(?:ibuprofeno|paracetamol|aspirina|antibioticos?|amoxicilina|antihistaminico|"
            r"crema|pomada|gotas|jarabe|insulina|metformina|la pastilla|las pastillas|el medicamento|la medicacion|tu medicacion|su medicacion|la dosis|hielo|calor|omeprazol)\b",
            "indica a alguien iniciar, dejar o cambiar un tratamiento", ("addressed_to_an_audience", "general_statement", "conditional", "redirect"), "es"),
    OutRule("diagnostico", r"\b(?:parece|suena a|seguro que es|seguramente es|probablemente es|es probablemente|tienes|tiene|debe ser) (?:una? )?(?:infeccion|gripe|virus|migrana|"
            r"alergia|gastritis|reflujo|ansiedad|esguince|contractura|tendinitis|otitis|faringitis|amigdalitis|cistitis|infeccion de orina|conjuntivitis|bronquitis|caries|"
            r"dermatitis|eczema|ciatica|colico|un resfriado|resfriado|un virus|estres)\b",
            "pone un diagnóstico a alguien", ("addressed_to_an_audience", "general_statement", "conditional", "policy_statement"), "es"),
    OutRule("no_hace_falta", r"\bno (?:hace falta|es necesario|necesitas|necesita|tienes que|tiene que) (?:venir|ir a urgencias|ir al medico|que te vean|que le vean|consultar|pedir cita)\b",
            "dice a alguien que no necesita atención, sin valoración", ("addressed_to_an_audience", "general_statement", "conditional"), "es"),
    OutRule("deberias", r"\b(?:deberias|deberia|tienes que|tiene que|necesitas|necesita) (?:tomar|dejar|empezar|usar|aplicar|ponerte|ponerse|descansar|beber)\b",
            "indica a alguien qué hacer con su salud", ("addressed_to_an_audience", "general_statement", "conditional", "redirect"), "es"),
)


class PersonalAdviceDetector(OutgoingDetector):
    name = "personal_advice"
    version = "1"
    finding = Finding.PERSONAL_ADVICE
    rules = (*_EN, *_ES)


__all__ = ["DRUGS", "PersonalAdviceDetector"]
