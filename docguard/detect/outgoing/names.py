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

# More given names, so a name alone ("Thanks, Graham!", "Tell Nadia") is recognised.
FIRST_NAMES = FIRST_NAMES | frozenset({
    "abel", "ada", "adela", "adele", "adriano", "agnes", "aida", "aimee", "alana", "albert", "alejo", "alexa",
    "alfie", "alfonso", "alfredo", "alicia", "alison", "alma", "alonso", "amara", "amelia", "amir", "amparo",
    "anabel", "andres", "angel", "angelica", "angie", "anita", "annie", "antonia", "archie", "ariana", "armando", "arnold",
    "asha", "aurora", "barry", "beatrice", "benito", "bernard", "bernardo", "bianca", "blanca", "bonnie", "brad", "brett",
    "bridget", "brianna", "brooke", "bryce", "callum", "calvin", "cameron", "candice", "carla", "carlota", "carmela",
    "carolina", "casey", "catalina", "cecilia", "celia", "chad", "charlie", "chelsea", "cheryl", "chiara", "ciara", "cindy",
    "clara", "clarence", "claudio", "clive", "colin", "conchi", "concha", "consuelo", "cora", "craig", "curtis", "dale",
    "damian", "dana", "dani", "darius", "darren", "dave", "dean", "debbie", "declan", "derek", "desmond", "dev", "devon",
    "dolores", "dominic", "dora", "duncan", "dwayne", "eddie", "edgar", "edith", "edna", "eduardo", "efrain", "eileen",
    "elaine", "eleanor", "elias", "elisa", "eliza", "ellen", "eloise", "elsa", "elvira", "emilia", "emilio", "emmanuel",
    "encarna", "erica", "erin", "esteban", "estela", "esther", "eva", "eve", "ezra", "fabian", "felix", "fernanda", "fiona",
    "flora", "florence", "francesca", "franco", "freddie", "frida", "gabi", "gavin", "geoffrey", "georgia", "gerardo",
    "gilbert", "gina", "gonzalo", "gordon", "graham", "gregorio", "gwen", "hailey", "hamza", "harrison", "harry", "harvey",
    "heidi", "herbert", "hilda", "horacio", "howard", "ian", "ibrahim", "ingrid", "isaiah", "isidro", "ivy", "jackie",
    "jaime", "jamie", "jana", "jane", "jared", "jay", "jaylen", "jeanette", "jenna", "jess", "jessie", "jill", "jo", "joanna",
    "jocelyn", "joel", "johnny", "jon", "josh", "josie", "juanita", "jude", "julieta", "kai", "kara", "karim", "kat", "katy",
    "keira", "kelsey", "kemal", "kerry", "kieran", "kim", "kirsty", "kofi", "kwame", "lachlan", "lana", "lara", "leila",
    "lena", "leon", "leonardo", "leslie", "lewis", "lila", "linnea", "lola", "lorenzo", "lorraine", "lottie", "louis",
    "louise", "lourdes", "luca", "lucy", "luisa", "lydia", "lynn", "mabel", "macarena", "maddie", "mae", "maite", "malcolm",
    "manolo", "marco", "margarita", "mariano", "marina", "marisa", "maritza", "marlene", "martina", "marty", "maureen",
    "mauricio", "maxine", "melanie", "merche", "micah", "miguelito", "mila", "milagros", "millie", "mina", "miriam", "moises",
    "mona", "morgan", "moses", "nadia", "naomi", "nate", "neil", "nell", "nelson", "nerea", "nigel", "nina", "noemi",
    "norma", "olga", "orlando", "oscar", "pam", "paco", "paola", "patty", "pepe", "percy", "pete", "petra", "phil",
    "pierre", "pura", "quentin", "rafa", "ramona", "rashid", "reggie", "rene", "rhys", "rita", "robin", "rodolfo", "rogelio",
    "roisin", "rory", "rosalia", "rosario", "rosie", "rowan", "sabrina", "salma", "salvador", "sammy", "sandro", "santi",
    "sasha", "saul", "selena", "seth", "shane", "shannon", "sheila", "sid", "simon", "sinead", "siobhan", "sol", "sonia",
    "sophie", "stacy", "stan", "stuart", "sunita", "sylvia", "tamara", "tanya", "tara", "teo", "tess", "tessa", "thea",
    "theo", "tobias", "toby", "tracy", "travis", "trevor", "troy", "ulises", "ursula", "valentin", "vanessa", "vera",
    "vicente", "vince", "viv", "vivian", "wanda", "warren", "wes", "wilma", "xavier", "yara", "yasmin", "yusuf", "zack",
    "zainab", "zoey",
})

NOT_NAMES: frozenset[str] = frozenset({
    "amber", "angel", "angela", "april", "art", "august", "austin", "autumn", "bill", "brook", "brooklyn", "buddy", "carol",
    "carter", "cesar", "charlotte", "chase", "cole", "crystal", "daisy", "dawn", "dean", "destiny", "dolores", "don", "drew",
    "ebony", "esperanza", "faith", "frank", "gemma", "gene", "gloria", "grace", "grant", "guy", "harper", "hazel", "holly",
    "hope", "hunter", "iris", "ivy", "jack", "jade", "jasmine", "jordan", "joy", "julio", "june", "king", "lance", "lily",
    "lincoln", "luz", "madison", "major", "mark", "mason", "max", "may", "mercedes", "miles", "olive", "page", "paisley", "pat",
    "paz", "penny", "phoebe", "pilar", "poppy", "ray", "reed", "regina", "rich", "rob", "rocky", "rosa", "rose", "ruby", "sandy", "sol",
    "savannah", "sky", "soledad", "sterling", "sue", "summer", "sunny", "victoria", "violet", "virginia", "wade", "will",
})

# Words that follow a greeting without being anyone's name ("Hi there", "Thanks so much", "Hola a todos").
NOT_ADDRESSEES: frozenset[str] = frozenset({
    "a", "again", "all", "amigas", "amigos", "both", "doc", "doctor", "everybody", "everyone", "fam", "folks", "for", "friend",
    "friends", "guys", "ma", "madam", "much", "mucho", "por", "sir", "so", "team", "there", "todas", "todos", "very", "y",
    "yall", "you",
})

__all__ = ["FIRST_NAMES", "NOT_ADDRESSEES", "NOT_NAMES"]
