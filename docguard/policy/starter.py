"""The commented profile `docguard init` writes: every valid key, with sensible US defaults."""

STARTER_PROFILE = """\
# DocGuard practice profile. Fill in the practice's details; every key is optional.
# DocGuard reads ./docguard.toml, or the file named by --profile or $DOCGUARD_PROFILE.

[practice]
name = "Riverside Family Medicine"       # used in every reply
clinician = "Dr. Alex Rivera"            # the clinician whose accounts these are
account_type = "professional"            # "professional" page, or "personal" account
country = "US"                           # sets the emergency number and crisis line: US CA GB IE AU NZ ES MX
professional_page = ""                   # e.g. "@riversidefamilymed on Instagram" (for declined friend requests)

[channels]                               # the official ways to reach the practice; leave out what you don't have
phone = "(555) 010-0100"
portal = "https://portal.example.com"
email = ""
hours = "Mon-Fri 8am-5pm"
address = ""

[locale]
language = "en"                          # default reply language when an item's language is unclear: "en" or "es"
timezone = "America/New_York"            # the practice's time zone: what "night-time" means for sender memory
# emergency_number = "911"               # override the country's emergency number
# crisis_line = "the 988 Suicide & Crisis Lifeline"
# crisis_contact = "call or text 988"
# crisis_line_es = "la Línea 988"
# crisis_contact_es = "llama o envía un mensaje de texto al 988"

# Extra keyword rules: words (or a regular expression in `pattern`) that raise a category.
# [[rules]]
# category = "threat_harassment"
# words = ["lawsuit", "my lawyer"]
# reason = "legal threat: the practice wants these documented"

# Override what a category means for this practice (zone, urgency, actions, template).
# Categories: emergency self_harm threat_harassment romantic medical_advice appointment_admin
#   emotional_dependency connection_request review_feedback general_question spam benign
# Actions: auto_reply notify_clinician_now escalate_supervisor document_incident recommend_block
#   report_to_platform decline_connection hide_comment needs_review
# [categories.romantic]
# actions = ["auto_reply", "document_incident", "escalate_supervisor"]

# Sender memory: escalation rules (defaults in docguard/policy/defaults.toml; same id replaces one).
# Kinds: any_category category_after_redirect contacts_after_redirect contact_after_block night_burst burst platforms
# [[escalation]]
# id = "repeated-after-redirect"
# reason = "keeps writing after being redirected"
# level = "supervisor"                   # document, supervisor or incident
# actions = ["escalate_supervisor", "document_incident"]
# kind = "contacts_after_redirect"
# count = 3
# within_hours = 24

# One person's accounts on several platforms (so channel hopping is seen as one person).
# [[linked]]
# accounts = ["instagram:@jane.fan", "x:@janefan2"]

# Per kind (dm comment mention friend_request review): extra actions and template choices.
# [kinds.comment.add_actions]
# emotional_dependency = ["hide_comment"]
"""

__all__ = ["STARTER_PROFILE"]
