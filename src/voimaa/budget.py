"""The group's budget: categories, lines, totals. Money is integer cents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit
from voimaa.errors import NotFoundError, ValidationError
from voimaa.i18n import translate
from voimaa.loaders import load_group
from voimaa.models import BudgetCategory, BudgetLine, GroupSession
from voimaa.store import Store

DEFAULT_CATEGORIES = (
    "Kahvitarjoilu",
    "Materiaalit",
    "Asiantuntijapalkkiot",
    "Tilavuokra",
    "Matkat",
    "Retket ja pääsymaksut",
    "Muut",
)

MAX_AMOUNT_CENTS = 100_000_000_00


@dataclass(frozen=True)
class CategoryTotal:
    """A category with its planned and actual totals (id None: lines without a category)."""

    id: uuid.UUID | None
    name: str
    position: int
    planned_cents: int
    actual_cents: int
    line_count: int

    @property
    def difference_cents(self) -> int:
        """Actual minus planned: positive means over the plan."""
        return self.actual_cents - self.planned_cents


@dataclass(frozen=True)
class BudgetLineInfo:
    id: uuid.UUID
    date: date | None
    description: str
    category_id: uuid.UUID | None
    category_name: str
    session_id: uuid.UUID | None
    session_number: int | None
    planned_cents: int
    actual_cents: int | None
    receipt_ref: str
    paid_by: str


@dataclass(frozen=True)
class BudgetLineData:
    """What the user enters for a line; amounts already in cents."""

    description: str
    planned_cents: int = 0
    actual_cents: int | None = None
    date: date | None = None
    category_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    receipt_ref: str = ""
    paid_by: str = ""


@dataclass(frozen=True)
class SessionChoice:
    id: uuid.UUID
    number: int
    date: date | None
    topic: str


@dataclass(frozen=True)
class BudgetSummary:
    group_id: uuid.UUID
    group_name: str
    place: str
    limit_cents: int
    categories: tuple[CategoryTotal, ...]
    lines: tuple[BudgetLineInfo, ...]
    sessions: tuple[SessionChoice, ...]
    planned_total_cents: int
    actual_total_cents: int
    today: date  # the day the summary was made, printed on exports

    @property
    def remaining_cents(self) -> int:
        """The budget limit minus what has actually been spent."""
        return self.limit_cents - self.actual_total_cents

    @property
    def remaining_planned_cents(self) -> int:
        """The budget limit minus everything planned."""
        return self.limit_cents - self.planned_total_cents

    @property
    def uncategorised(self) -> CategoryTotal | None:
        return next((c for c in self.categories if c.id is None), None)


def _line_order(line: BudgetLineInfo) -> tuple[date, int, str]:
    return (line.date or date.max, line.session_number or 99, line.description.casefold())


def budget_summary(
    store: Store, group_id: uuid.UUID, *, today: date | None = None
) -> BudgetSummary:
    """The group's budget: lines, totals per category (in the user's order), limit, remaining."""
    with store.session() as s:
        group = load_group(s, group_id)
        sessions = {
            x.id: x
            for x in s.scalars(
                select(GroupSession)
                .where(GroupSession.group_id == group_id)
                .order_by(GroupSession.number)
            )
        }
        cats = list(
            s.scalars(
                select(BudgetCategory)
                .where(BudgetCategory.group_id == group_id)
                .order_by(BudgetCategory.position, BudgetCategory.name)
            )
        )
        names = {c.id: c.name for c in cats}
        lines = sorted(
            (
                BudgetLineInfo(
                    id=x.id,
                    date=x.date,
                    description=x.description,
                    category_id=x.category_id,
                    category_name=names.get(x.category_id, "") if x.category_id else "",
                    session_id=x.session_id,
                    session_number=sessions[x.session_id].number
                    if x.session_id in sessions
                    else None,
                    planned_cents=x.planned_cents,
                    actual_cents=x.actual_cents,
                    receipt_ref=x.receipt_ref,
                    paid_by=x.paid_by,
                )
                for x in s.scalars(select(BudgetLine).where(BudgetLine.group_id == group_id))
            ),
            key=_line_order,
        )
        choices = tuple(SessionChoice(x.id, x.number, x.date, x.topic) for x in sessions.values())
        name, place, limit = group.name, group.place, group.budget_limit_cents

    def total(category_id: uuid.UUID | None, cname: str, position: int) -> CategoryTotal:
        mine = [x for x in lines if x.category_id == category_id]
        return CategoryTotal(
            id=category_id,
            name=cname,
            position=position,
            planned_cents=sum(x.planned_cents for x in mine),
            actual_cents=sum(x.actual_cents or 0 for x in mine),
            line_count=len(mine),
        )

    categories = [total(c.id, c.name, i) for i, c in enumerate(cats)]
    if any(x.category_id is None for x in lines):
        categories.append(total(None, translate("Budget", "Ei luokkaa"), len(cats)))
    return BudgetSummary(
        group_id=group_id,
        group_name=name,
        place=place,
        limit_cents=limit,
        categories=tuple(categories),
        lines=tuple(lines),
        sessions=choices,
        planned_total_cents=sum(x.planned_cents for x in lines),
        actual_total_cents=sum(x.actual_cents or 0 for x in lines),
        today=today or date.today(),
    )


# ----- lines ----------------------------------------------------------------------------------


def check_amount(cents: int | None, what: str) -> None:
    """Refuse an amount a line cannot have: negative (a refund is taken off the line's own
    actual amount, not booked as a minus line) or implausibly large. `what` names the field."""
    if cents is not None and cents < 0:
        raise ValidationError(
            translate(
                "Budget",
                "{what} ei voi olla negatiivinen. Jos rahaa palautettiin, vähennä palautus "
                "saman rivin toteutuneesta summasta.",
            ).format(what=what.capitalize())
        )
    _check_size(cents, what)


def _check_size(cents: int | None, what: str) -> None:
    if cents is not None and abs(cents) > MAX_AMOUNT_CENTS:
        raise ValidationError(
            translate("Budget", "{what} on liian suuri. Tarkista summa.").format(
                what=what.capitalize()
            )
        )


def _apply(s: Session, group_id: uuid.UUID, line: BudgetLine, data: BudgetLineData) -> None:
    description = " ".join(data.description.split())
    if not description:
        raise ValidationError(
            translate("Budget", "Kirjoita rivin kuvaus, esimerkiksi ”Kahvi ja pulla”.")
        )
    if len(description) > 1000:
        raise ValidationError(translate("Budget", "Kuvaus on liian pitkä (enintään 1000 merkkiä)."))
    if len(data.receipt_ref) > 200 or len(data.paid_by) > 200:
        raise ValidationError(
            translate("Budget", "Tosite ja maksaja saavat olla enintään 200 merkkiä.")
        )
    check_amount(data.planned_cents, translate("Budget", "suunniteltu summa"))
    check_amount(data.actual_cents, translate("Budget", "toteutunut summa"))
    if data.category_id is not None:
        cat = s.get(BudgetCategory, data.category_id)
        if cat is None or cat.group_id != group_id:
            raise ValidationError(
                translate("Budget", "Valittua luokkaa ei ole enää. Valitse luokka uudelleen.")
            )
    if data.session_id is not None:
        session = s.get(GroupSession, data.session_id)
        if session is None or session.group_id != group_id:
            raise ValidationError(
                translate("Budget", "Valittua kertaa ei löydy. Valitse kerta uudelleen.")
            )
    line.description = description
    line.planned_cents = data.planned_cents
    line.actual_cents = data.actual_cents
    line.date = data.date
    line.category_id = data.category_id
    line.session_id = data.session_id
    line.receipt_ref = data.receipt_ref.strip()
    line.paid_by = data.paid_by.strip()


def _load_line(s: Session, line_id: uuid.UUID) -> BudgetLine:
    line = s.get(BudgetLine, line_id)
    if line is None:
        raise NotFoundError(translate("Budget", "Budjettiriviä ei löydy. Se on ehkä poistettu."))
    return line


def line_data(line: BudgetLineInfo) -> BudgetLineData:
    """What the user entered for `line`: to put it back as it was (undo)."""
    return BudgetLineData(
        description=line.description,
        planned_cents=line.planned_cents,
        actual_cents=line.actual_cents,
        date=line.date,
        category_id=line.category_id,
        session_id=line.session_id,
        receipt_ref=line.receipt_ref,
        paid_by=line.paid_by,
    )


def add_line(
    store: Store, group_id: uuid.UUID, data: BudgetLineData, *, line_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a budget line to the group; returns its id. `line_id` puts back a deleted line under
    its old id (undo of a deletion); a line of that id must not exist."""
    with store.session() as s:
        load_group(s, group_id)
        if line_id is not None and s.get(BudgetLine, line_id) is not None:
            raise ValidationError(translate("Budget", "Rivi on jo budjetissa."))
        line = (
            BudgetLine(group_id=group_id)
            if line_id is None
            else BudgetLine(id=line_id, group_id=group_id)
        )
        _apply(s, group_id, line, data)
        s.add(line)
        s.flush()
        return line.id


def update_line(store: Store, line_id: uuid.UUID, data: BudgetLineData) -> None:
    with store.session() as s:
        line = _load_line(s, line_id)
        _apply(s, line.group_id, line, data)


def delete_line(store: Store, line_id: uuid.UUID) -> None:
    """Delete a line; the log keeps that a line was deleted and its amounts."""
    with store.session() as s:
        line = _load_line(s, line_id)
        audit.record(
            s,
            "budget.line.delete",
            group_id=line.group_id,
            planned_cents=line.planned_cents,
            actual_cents=line.actual_cents,
        )
        s.delete(line)


def set_limit(store: Store, group_id: uuid.UUID, limit_cents: int) -> None:
    """The group's budget limit (the money granted for the group)."""
    if limit_cents < 0:
        raise ValidationError(translate("Budget", "Budjetti ei voi olla negatiivinen."))
    _check_size(limit_cents, translate("Budget", "budjetti"))
    with store.session() as s:
        group = load_group(s, group_id)
        group.budget_limit_cents = limit_cents


# ----- categories -----------------------------------------------------------------------------


def _clean_category(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(translate("Budget", "Anna luokalle nimi."))
    if len(cleaned) > 200:
        raise ValidationError(
            translate("Budget", "Luokan nimi on liian pitkä (enintään 200 merkkiä).")
        )
    return cleaned


def _categories(s: Session, group_id: uuid.UUID) -> list[BudgetCategory]:
    return list(
        s.scalars(
            select(BudgetCategory)
            .where(BudgetCategory.group_id == group_id)
            .order_by(BudgetCategory.position, BudgetCategory.name)
        )
    )


def _check_unique(cats: list[BudgetCategory], name: str, own: uuid.UUID | None = None) -> None:
    for c in cats:
        if c.id != own and c.name.casefold() == name.casefold():
            raise ValidationError(
                translate("Budget", "Luokka ”{name}” on jo olemassa. Valitse toinen nimi.").format(
                    name=name
                )
            )


def _load_category(s: Session, category_id: uuid.UUID) -> BudgetCategory:
    cat = s.get(BudgetCategory, category_id)
    if cat is None:
        raise NotFoundError(translate("Budget", "Luokkaa ei löydy. Se on ehkä poistettu."))
    return cat


def add_category(store: Store, group_id: uuid.UUID, name: str) -> uuid.UUID:
    """Add a category at the end of the list; returns its id."""
    cleaned = _clean_category(name)
    with store.session() as s:
        load_group(s, group_id)
        cats = _categories(s, group_id)
        _check_unique(cats, cleaned)
        cat = BudgetCategory(group_id=group_id, name=cleaned, position=len(cats))
        s.add(cat)
        s.flush()
        return cat.id


def rename_category(store: Store, category_id: uuid.UUID, name: str) -> None:
    cleaned = _clean_category(name)
    with store.session() as s:
        cat = _load_category(s, category_id)
        _check_unique(_categories(s, cat.group_id), cleaned, cat.id)
        cat.name = cleaned


def remove_category(store: Store, category_id: uuid.UUID) -> int:
    """Remove a category; its lines stay, without a category. Returns how many lines it had."""
    with store.session() as s:
        cat = _load_category(s, category_id)
        group_id = cat.group_id
        lines = list(s.scalars(select(BudgetLine).where(BudgetLine.category_id == category_id)))
        for line in lines:
            line.category_id = None
        s.flush()
        s.delete(cat)
        s.flush()
        for i, c in enumerate(_categories(s, group_id)):
            c.position = i
        audit.record(s, "budget.category.delete", group_id=group_id, lines=len(lines))
        return len(lines)


def move_category(store: Store, category_id: uuid.UUID, offset: int) -> None:
    """Move a category up (offset −1) or down (+1) in the list."""
    with store.session() as s:
        cat = _load_category(s, category_id)
        cats = _categories(s, cat.group_id)
        index = next(i for i, c in enumerate(cats) if c.id == category_id)
        target = max(0, min(len(cats) - 1, index + offset))
        cats.insert(target, cats.pop(index))
        for i, c in enumerate(cats):
            c.position = i


def reorder_categories(store: Store, group_id: uuid.UUID, order: list[uuid.UUID]) -> None:
    """Put the group's categories in the given order (every category exactly once)."""
    with store.session() as s:
        cats = {c.id: c for c in _categories(s, group_id)}
        if sorted(order, key=str) != sorted(cats, key=str):
            raise ValidationError(
                translate("Budget", "Luokkien järjestystä ei voitu tallentaa. Päivitä näkymä.")
            )
        for i, cid in enumerate(order):
            cats[cid].position = i
