"""Connection requests decided with the patient roster (kept as keyed hashes in the store).

Professional guidance: don't friend current or former patients on a personal account; point
them to the practice's professional page. A pre-existing friend may be accepted. Someone not
on the roster gets the standard reply that routes them to the professional page.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from docguard.results import Decision
from docguard.taxonomy import Action, Category


class Relation(StrEnum):
    CURRENT_PATIENT = "current_patient"
    FORMER_PATIENT = "former_patient"
    FRIEND = "friend"


def with_roster(decision: Decision, relation: str | None) -> Decision:
    """The decision for a connection request, adjusted for who the sender is on the roster (other decisions unchanged)."""
    if Category.CONNECTION_REQUEST not in decision.categories:
        return decision
    actions = list(decision.actions)
    if relation in (Relation.CURRENT_PATIENT, Relation.FORMER_PATIENT):
        who = "a current" if relation == Relation.CURRENT_PATIENT else "a former"
        if Action.DECLINE_CONNECTION not in actions:
            actions.insert(0, Action.DECLINE_CONNECTION)
        note = f"roster: the sender is {who} patient: decline on a personal account and point them to the professional page"
        rule = f"decline_connection: roster says {relation}"
    elif relation == Relation.FRIEND:
        only_request = set(decision.categories) == {Category.CONNECTION_REQUEST}
        if only_request and Action.DECLINE_CONNECTION in actions:
            actions.remove(Action.DECLINE_CONNECTION)
        note = "roster: a pre-existing friend: the request may be accepted on a personal account" + ("" if only_request else " (the message also needs the other categories' handling)")
        rule = "allow_connection: roster says friend"
    else:
        note = "roster: not on the roster: route to the practice's professional page (the standard reply does)"
        rule = "route_to_professional_page: not on the roster"
    return replace(decision, actions=tuple(actions), notes=(*decision.notes, note), rules=(*decision.rules, rule))


__all__ = ["Relation", "with_roster"]
