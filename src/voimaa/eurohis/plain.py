"""The before/after change in plain Finnish, for leaders who are not statisticians.

The figures stay (mean change, RCI, r, SD); this module says what they mean: a few sentences
under the comparison table and the "Mitä tämä tarkoittaa?" help. The screen and the PDF report
both take their words from here, so they always say the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from voimaa.eurohis.change import BeforeAfter
from voimaa.eurohis.scoring import CHANGE_EPSILON
from voimaa.formats import format_decimal
from voimaa.i18n import Context, translate

EurohisPlain = Context("EurohisPlain")


def plain_summary(result: BeforeAfter) -> list[str]:
    """What the group's figures mean, in a few plain sentences (no statistics words)."""
    n = result.n_pairs
    if n == 0:
        return [
            translate(
                "EurohisPlain",
                "Muutosta ei voi vielä kertoa: kenelläkään ei ole sekä alku- että loppumittausta.",
            )
        ]
    lines = [
        EurohisPlain.tr(
            "Vertailussa on %n osallistuja, joka täytti lomakkeen sekä ensimmäisellä että "
            "viimeisellä kerralla.|Vertailussa on %n osallistujaa, jotka täyttivät lomakkeen "
            "sekä ensimmäisellä että viimeisellä kerralla.",
            None,
            n,
        )
    ]
    change = result.mean_change or 0.0
    points = format_decimal(abs(change))
    if change > CHANGE_EPSILON and format_decimal(change) != "0,00":
        lines.append(
            translate(
                "EurohisPlain",
                "Keskimäärin elämänlaatu parani {points} pistettä asteikolla 1–5 (1 = huonoin, "
                "5 = paras).",
            ).format(points=points)
        )
    elif change < -CHANGE_EPSILON and format_decimal(change) != "0,00":
        lines.append(
            translate(
                "EurohisPlain",
                "Keskimäärin elämänlaatu heikkeni {points} pistettä asteikolla 1–5 (1 = huonoin, "
                "5 = paras).",
            ).format(points=points)
        )
    else:
        lines.append(translate("EurohisPlain", "Keskimäärin elämänlaatu pysyi ennallaan."))
    lines.append(
        translate(
            "EurohisPlain",
            "Parempaan suuntaan meni {a}, ennallaan pysyi {b} ja huonompaan suuntaan meni {c}.",
        ).format(a=result.improved, b=result.unchanged, c=result.worse)
    )
    if not result.sd.rci_computable:
        lines.append(
            translate(
                "EurohisPlain",
                "Sitä, onko jonkun muutos sattumaa suurempi, ei voi arvioida: kaikkien "
                "alkumittausten tulokset ovat samat.",
            )
        )
    elif result.reliably_improved or result.reliably_worse:
        lines.append(
            translate(
                "EurohisPlain",
                "{a} osallistujan elämänlaatu parani ja {b} osallistujan heikkeni niin paljon, "
                "että muutos tuskin johtuu sattumasta.",
            ).format(a=result.reliably_improved, b=result.reliably_worse)
        )
    else:
        lines.append(
            translate(
                "EurohisPlain",
                "Kenenkään muutos ei ole niin suuri, että sen voisi varmasti sanoa johtuvan "
                "muusta kuin sattumasta. Pienikin muutos voi silti olla ihmiselle tärkeä.",
            )
        )
    lines.append(
        translate(
            "EurohisPlain",
            "Ryhmä on pieni, joten luvut kertovat tästä ryhmästä, eivät yleisesti kaikista "
            "ryhmään osallistuvista.",
        )
    )
    return lines


@dataclass(frozen=True)
class Term:
    """A word of the comparison and what it means."""

    key: str  # "mean", "change", "rci", "r", "sd", "p"
    term: str
    meaning: str


def explanations() -> tuple[Term, ...]:
    """The "Mitä tämä tarkoittaa?" help: each figure of the comparison in plain words."""
    return (
        Term(
            "mean",
            translate("EurohisPlain", "Keskiarvo (ka) ja summa"),
            translate(
                "EurohisPlain",
                "Kahdeksan kysymyksen vastausten keskiarvo asteikolla 1–5 (summa 8–40). Vähintään "
                "4 tarkoittaa hyvää elämänlaatua.",
            ),
        ),
        Term(
            "change",
            translate("EurohisPlain", "Muutos"),
            translate(
                "EurohisPlain",
                "Loppumittauksen keskiarvo miinus alkumittauksen keskiarvo. Plus tarkoittaa, "
                "että elämänlaatu parani, miinus että se heikkeni.",
            ),
        ),
        Term(
            "rci",
            translate("EurohisPlain", "RCI ja luotettava muutos"),
            translate(
                "EurohisPlain",
                "RCI vertaa ihmisen muutosta siihen, kuinka paljon vastaukset vaihtelevat "
                "muutenkin päivästä toiseen. Kun RCI on yli 1,96 tai alle −1,96, muutos on niin "
                "suuri, että se tuskin johtuu sattumasta: sitä kutsutaan luotettavaksi "
                "muutokseksi.",
            ),
        ),
        Term(
            "r",
            translate("EurohisPlain", "Reliabiliteetti r"),
            translate(
                "EurohisPlain",
                "Kertoo, kuinka johdonmukaisesti lomake mittaa (0–1; EUROHIS-8:lla noin 0,78). "
                "Mitä pienempi r, sitä suurempi muutos tarvitaan, ennen kuin sitä voi pitää "
                "luotettavana.",
            ),
        ),
        Term(
            "sd",
            translate("EurohisPlain", "Keskihajonta SD"),
            translate(
                "EurohisPlain",
                "Kertoo, kuinka paljon ihmisten tulokset tavallisesti eroavat toisistaan. Sen "
                "avulla arvioidaan, mikä on tavallista vaihtelua ja mikä todellista muutosta.",
            ),
        ),
        Term(
            "p",
            translate("EurohisPlain", "p-arvoja ei lasketa"),
            translate(
                "EurohisPlain",
                "p-arvo kertoisi, voisiko koko ryhmän muutos johtua sattumasta. Enintään "
                "kahdeksan hengen ryhmästä sitä ei voi laskea luotettavasti, joten sitä ei "
                "näytetä. Luvut kuvaavat tätä ryhmää.",
            ),
        ),
    )


def explain(key: str) -> str:
    """The meaning of one term of :func:`explanations` (by its key)."""
    return next(t.meaning for t in explanations() if t.key == key)


def help_title() -> str:
    return translate("EurohisPlain", "Mitä tämä tarkoittaa?")
