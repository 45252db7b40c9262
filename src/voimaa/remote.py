"""Remote groups (etäryhmä): how the printed things reach participants who meet online and
come back, said once here for the plan, the forms and the workbook.

A remote group meets over a video link. The leaders post the workbook chapter and the forms
(or hand them over at the intake meeting), and the participants return the forms by post in
a prepaid return envelope. The feedback stays anonymous at a distance: no name or sender on
the envelope, and the envelopes are opened together only after the last return day, so an
answer cannot be tied to the order in which the post came.
"""

from __future__ import annotations

from voimaa.i18n import translate


def feedback_return() -> str:
    """Printed on a remote group's feedback form, above the statements."""
    return translate(
        "Remote",
        "Palauta lomake vastauskuoressa ilman nimeä ja lähettäjää. Kuoret avataan kaikki "
        "kerralla viimeisen palautuspäivän jälkeen, joten vastausta ei voi yhdistää sinuun.",
    )


def eurohis_return() -> str:
    """Printed on a remote group's EUROHIS-8 form (it carries a code, never a name); passive,
    so it reads right in both the "te" and the "sinä" wording."""
    return translate("Remote", "Lomake palautetaan postitse vastauskuoressa.")


def delivery_note(chapter: str, forms: str) -> str:
    """On each session page of a remote group's plan: what to post, when, and how it
    comes back. `chapter` names the workbook chapter, `forms` the session's forms (or "")."""
    what = chapter
    if forms:
        what = f"{chapter}, {forms}" if chapter else forms
    if not what:
        return translate(
            "Remote", "Etäryhmä: lähetä kokouslinkki jokaiselle viimeistään edellisenä päivänä."
        )
    text = translate(
        "Remote",
        "Etäryhmä: postita {what} viimeistään viikkoa ennen tai anna ne alkutapaamisessa. "
        "Lähetä kokouslinkki viimeistään edellisenä päivänä.",
    ).format(what=what)
    if forms:
        text += " " + translate(
            "Remote",
            "Lomakkeet palautetaan postitse vastauskuoressa; palautteen kuoreen ei kirjoiteta "
            "lähettäjää.",
        )
    return text
