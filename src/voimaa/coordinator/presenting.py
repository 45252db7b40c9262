"""How the combined report's figures read as text: one wording for the writers (PDF, xlsx) and
the coordinator window. Hidden small cells show their mark ("<3", or "*" for a cell hidden to
protect one), and a missing figure shows "–"."""

from __future__ import annotations

from voimaa.coordinator.combined import Figure
from voimaa.coordinator.followup import FollowUp, FollowUpRow
from voimaa.formats import format_decimal, format_percent, format_signed
from voimaa.i18n import translate


def figure_text(fig: Figure, kind: str = "count") -> str:
    """A figure as text for the PDF: "<3" when hidden, "–" when there is nothing."""
    if fig.hidden:
        return fig.mark
    if fig.value is None:
        return "–"
    if kind == "percent":
        return format_percent(float(fig.value))
    if kind == "decimal":
        return format_decimal(float(fig.value))
    if kind == "signed":
        return format_signed(float(fig.value))
    return str(fig.value)


# ----- follow-up figures (Seurantaluvut) -----------------------------------------------------


def followup_columns() -> list[tuple[str, str, str]]:
    """(figure, kind, title) of the follow-up table, in order."""
    return [
        ("decisions", "count", translate("CoordinatorFiles", "Päätöksiä")),
        ("groups", "count", translate("CoordinatorFiles", "Ryhmiä")),
        ("group_participants", "count", translate("CoordinatorFiles", "Ryhmäläisiä")),
        ("periods_started", "count", translate("CoordinatorFiles", "Jaksoja alkoi")),
        ("periods_ended", "count", translate("CoordinatorFiles", "Jaksoja päättyi")),
        ("meetings", "count", translate("CoordinatorFiles", "Tapaamisia")),
        ("goals_met", "percent", translate("CoordinatorFiles", "Tavoitteista saavutettu")),
        ("group_change", "signed", translate("CoordinatorFiles", "EUROHIS-8, ryhmät")),
        ("period_change", "signed", translate("CoordinatorFiles", "EUROHIS-8, jaksot")),
    ]


def followup_lines(followup: FollowUp) -> list[tuple[FollowUpRow, bool]]:
    """The rows in reading order: each year's places, then its all-places row (True)."""
    lines: list[tuple[FollowUpRow, bool]] = []
    for total in followup.totals:
        lines += [(r, False) for r in followup.rows if r.year == total.year]
        lines.append((total, True))
    return lines


def followup_note() -> str:
    return translate(
        "CoordinatorFiles",
        "Seurantaluvut vuosittain: päätökset päätöspäivän, ryhmät ensimmäisen kerran, jaksot "
        "alku- ja loppupäivän ja tapaamiset tapaamispäivän mukaan. Tavoitteiden osuus ja "
        "jaksojen EUROHIS-8-muutos lasketaan vuonna päättyneistä jaksoista. Muutos = loppu − "
        "alku (asteikko 1–5). <3 = alle kolme henkilöä, * = piilotettu suojaamaan <3-solua.",
    )
