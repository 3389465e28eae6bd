"""Common first names (English- and Spanish-speaking patients), to recognise a named person in a draft.

A capitalised word in ``FIRST_NAMES`` names a person. Names that are also everyday words or
month names ("Will", "May", "Grace", "Hope", "Dolores") are in ``NOT_NAMES`` and count only
with a capitalised surname after them ("Grace Kim") or after a greeting ("Hi Grace").
"""

from __future__ import annotations

FIRST_NAMES: frozenset[str] = frozenset({
    "aaliyah", "aaron", "abigail", "adam", "addison", "adrian", "adriana", "agustin", "ahmed", "aiden", "ainhoa", "aisha",
    "alan", "alba", "albert", "alberto", "alejandra", "alejandro", "alex", "alexander", "alexis", "ali", "alice", "alvaro",
    "amanda", "amber", "amy", "ana", "ananya", "andre", "andrea", "andres", "andrew", "andy", "angela", "ann", "anna", "anthony",
    "antonio", "aria", "arjun", "arthur", "arturo", "ashley", "aubrey", "audrey", "austin", "ava", "avery", "barbara", "beatriz",
    "becky", "bella", "ben", "benjamin", "beth", "betty", "beverly", "bill", "billy", "bob", "bobby", "bradley", "brandon",
    "brenda", "brian", "brittany", "brooklyn", "bruce", "bryan", "caleb", "camila", "carl", "carlos", "carmen", "carol",
    "carolyn", "carter", "catherine", "cesar", "charles", "charlotte", "chen", "cheryl", "chloe", "chris", "christian",
    "christina", "christine", "christopher", "claire", "claudia", "connor", "cristina", "cynthia", "daisy", "daniel", "daniela",
    "danielle", "danny", "darnell", "dave", "david", "deborah", "debra", "denise", "dennis", "deshawn", "destiny", "diana",
    "diane", "diego", "donald", "donna", "doris", "dorothy", "douglas", "dylan", "ebony", "ed", "eduardo", "edward", "elena",
    "elijah", "elizabeth", "ella", "ellie", "emiliano", "emily", "emma", "enrique", "eric", "ernesto", "esperanza", "ethan",
    "eugene", "evan", "evelyn", "fatima", "felipe", "fernanda", "fernando", "frances", "francisco", "frank", "fred", "freya",
    "gabriel", "gabriela", "gary", "gemma", "george", "gerald", "gloria", "gonzalo", "grace", "grayson", "greg", "gregory",
    "guadalupe", "guillermo", "gustavo", "hannah", "harold", "harper", "hassan", "hazel", "heather", "hector", "helen", "henry",
    "hiroshi", "holly", "hugo", "hunter", "ignacio", "imogen", "ines", "inés", "irene", "isaac", "isabel", "isabella", "isla",
    "itziar", "ivan", "jack", "jacob", "jacqueline", "jade", "jake", "jamal", "james", "janet", "janice", "jasmine", "jason",
    "javier", "jaxon", "jayden", "jean", "jeff", "jeffrey", "jen", "jennifer", "jenny", "jeremy", "jerry", "jesse", "jessica",
    "jesus", "jim", "jimmy", "joan", "joaquin", "joe", "john", "jonathan", "jordan", "jorge", "jose", "josefina", "joseph",
    "joshua", "joyce", "juan", "juana", "judith", "judy", "julia", "julian", "julie", "julio", "jun", "justin", "karen", "kate",
    "katherine", "kathleen", "kathryn", "katie", "kayla", "keisha", "keith", "kelly", "ken", "kenji", "kenneth", "kevin",
    "kimberly", "kinsley", "kyle", "larry", "latoya", "laura", "lauren", "lawrence", "layla", "leah", "leo", "leticia", "levi",
    "li", "liam", "lily", "lincoln", "linda", "lisa", "liz", "logan", "lorena", "lori", "lucas", "lucia", "luis", "luke",
    "lupita", "madison", "malik", "manuel", "marcos", "marcus", "margaret", "maria", "mariana", "marie", "marilyn", "mario",
    "marisol", "mark", "marta", "martha", "martin", "mary", "mason", "mateo", "matt", "matthew", "maya", "meg", "megan", "mei",
    "melissa", "mercedes", "mia", "michael", "michelle", "miguel", "mike", "mohammed", "molly", "monica", "montse", "montserrat",
    "muhammad", "nancy", "natalia", "natalie", "nathan", "nicholas", "nick", "nicolas", "nicole", "noah", "noelia", "nora",
    "nuria", "oliver", "olivia", "omar", "oscar", "owen", "pablo", "paisley", "pamela", "patricia", "patrick", "paul", "paula",
    "pedro", "peter", "philip", "phoebe", "pilar", "poppy", "priya", "rachel", "rafael", "raj", "ralph", "ramon", "randy",
    "raquel", "raul", "raymond", "rebecca", "regina", "renata", "ricardo", "richard", "rick", "ricky", "riley", "rob", "robert",
    "roberto", "rocio", "rodrigo", "roger", "rohan", "ron", "ronald", "rosa", "roy", "ruben", "ruby", "russell", "ruth", "ryan",
    "sadie", "sakura", "sally", "sam", "samantha", "samuel", "sandra", "santiago", "sara", "sarah", "savannah", "scott", "sean",
    "sebastian", "sergio", "shanice", "sharon", "shirley", "sienna", "silvia", "skylar", "sofia", "sophia", "stella",
    "stephanie", "stephen", "steve", "steven", "sue", "susan", "susana", "susie", "tanisha", "ted", "teresa", "terrell", "terry",
    "theresa", "thomas", "tim", "timothy", "tina", "tom", "tomas", "tommy", "tony", "trish", "tyler", "tyrone", "valentina",
    "valeria", "veronica", "vicky", "victor", "victoria", "vikram", "vincent", "virginia", "walter", "wayne", "wei", "wendy",
    "will", "william", "willie", "wyatt", "ximena", "yolanda", "yuki", "yvonne", "zachary", "zara", "zoe",
})

NOT_NAMES: frozenset[str] = frozenset({
    "amber", "angel", "angela", "april", "art", "august", "austin", "autumn", "bill", "brook", "brooklyn", "buddy", "carol",
    "carter", "cesar", "charlotte", "chase", "cole", "crystal", "daisy", "dawn", "dean", "destiny", "dolores", "don", "drew",
    "ebony", "esperanza", "faith", "frank", "gemma", "gene", "gloria", "grace", "grant", "guy", "harper", "hazel", "holly",
    "hope", "hunter", "iris", "ivy", "jack", "jade", "jasmine", "jordan", "joy", "julio", "june", "king", "lance", "lily",
    "lincoln", "luz", "madison", "major", "mark", "mason", "max", "may", "mercedes", "miles", "olive", "page", "paisley", "pat",
    "paz", "penny", "phoebe", "pilar", "poppy", "ray", "reed", "regina", "rich", "rob", "rocky", "rosa", "rose", "ruby", "sandy",
    "savannah", "sky", "soledad", "sterling", "sue", "summer", "sunny", "victoria", "violet", "virginia", "wade", "will",
})

# Words that follow a greeting without being anyone's name ("Hi there", "Thanks so much", "Hola a todos").
NOT_ADDRESSEES: frozenset[str] = frozenset({
    "a", "again", "all", "amigas", "amigos", "both", "doc", "doctor", "everybody", "everyone", "fam", "folks", "for", "friend",
    "friends", "guys", "ma", "madam", "much", "mucho", "por", "sir", "so", "team", "there", "todas", "todos", "very", "y",
    "yall", "you",
})

__all__ = ["FIRST_NAMES", "NOT_ADDRESSEES", "NOT_NAMES"]
