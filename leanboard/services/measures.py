"""Goals and measures, inherited down the tree, and their values per period."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leanboard.domain import clock
from leanboard.domain.enums import Direction, Frequency, Severity
from leanboard.domain.errors import ValidationError
from leanboard.domain.periods import Period, parse_period, period_of, recent_periods
from leanboard.domain.presentation import period_label
from leanboard.domain.spc import ChartKind
from leanboard.domain.validation import (
    check_enum,
    guard_optional_text,
    guard_text,
    parse_int_in_range,
    parse_number,
)
from leanboard.i18n import translate
from leanboard.services.boards import ancestors_of
from leanboard.services.chart_marks import with_chart_marks
from leanboard.services.dto import MeasureInfo, MeasurePoint, MeasureSeries, PeriodChoice
from leanboard.services.editing import (
    apply_changes,
    archive,
    check_version,
    get_or_fail,
    restore,
)
from leanboard.services.safety_counts import counted_points
from leanboard.store.database import Database
from leanboard.store.models import Board, Measure, MeasureValue, SafetyEventKind, utcnow
from leanboard.store.write_path import record_change

# How many periods back a value can be picked for (the picker's list): a year of weeks or
# months, two months of days. Older values come in through import-kpi.
PICKABLE_PERIODS = {Frequency.DAY: 62, Frequency.WEEK: 53, Frequency.MONTH: 24}


def measure_info(m: Measure) -> MeasureInfo:
    return MeasureInfo(
        id=m.id,
        board_id=m.board_id,
        name=m.name,
        unit=m.unit,
        target=m.target,
        direction=m.direction,
        frequency=m.frequency,
        inherited=m.inherited,
        decimals=m.decimals,
        description=m.description,
        version=m.version,
        chart_kind=m.chart_kind,
        rate_per=m.rate_per,
        safety_kind_code=m.safety_kind.code if m.safety_kind is not None else None,
        safety_severity=m.safety_severity,
    )


def clean_measure_fields(
    name: str,
    unit: str,
    target: object,
    direction: str,
    frequency: str,
    inherited: bool,
    decimals: object,
    description: str | None,
    chart_kind: str = "xmr",
    rate_per: object = 1,
) -> dict[str, object]:
    return {
        "chart_kind": check_enum(ChartKind, chart_kind, "chart_kind", "Kaavio").value,
        "rate_per": parse_int_in_range(rate_per, "rate_per", "Suhteutus", 1, 1_000_000),
        "name": guard_text(name, "name", "Nimi", required=True, max_length=200),
        "unit": guard_text(unit, "unit", "Yksikkö", max_length=40),
        "target": None if target in (None, "") else parse_number(target, "target", "Tavoite"),
        "direction": check_enum(Direction, direction, "direction", "Suunta").value,
        "frequency": check_enum(Frequency, frequency, "frequency", "Jakso").value,
        "inherited": bool(inherited),
        "decimals": parse_int_in_range(decimals, "decimals", "Desimaalit", 0, 3),
        "description": guard_optional_text(description, "description", "Kuvaus"),
    }


class MeasureService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_measure(
        self,
        board_id: int,
        name: str,
        *,
        unit: str = "",
        target: object = None,
        direction: str = "higher",
        frequency: str = "week",
        inherited: bool = False,
        decimals: object = 0,
        description: str | None = None,
        chart_kind: str = "xmr",
        rate_per: object = 1,
    ) -> MeasureInfo:
        fields = clean_measure_fields(
            name,
            unit,
            target,
            direction,
            frequency,
            inherited,
            decimals,
            description,
            chart_kind,
            rate_per,
        )

        def action(s: Session) -> MeasureInfo:
            board = get_or_fail(s, Board, board_id, "Taulu")
            refuse_taken_name(s, board, str(fields["name"]))
            measure = Measure(board_id=board_id, **fields)
            s.add(measure)
            s.flush()
            record_change(
                s,
                "measure",
                measure.id,
                "create",
                board_id=board_id,
                details={"name": measure.name},
            )
            return measure_info(measure)

        return self.db.write(action)

    def update_measure(
        self,
        measure_id: int,
        expected_version: int | None,
        *,
        name: str,
        unit: str = "",
        target: object = None,
        direction: str = "higher",
        frequency: str = "week",
        inherited: bool = False,
        decimals: object = 0,
        description: str | None = None,
        chart_kind: str = "xmr",
        rate_per: object = 1,
    ) -> MeasureInfo:
        fields = clean_measure_fields(
            name,
            unit,
            target,
            direction,
            frequency,
            inherited,
            decimals,
            description,
            chart_kind,
            rate_per,
        )

        def action(s: Session) -> MeasureInfo:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            check_version(measure, expected_version, "measure", measure_info(measure))
            if measure.archived_at is None:
                refuse_taken_name(
                    s, s.get_one(Board, measure.board_id), str(fields["name"]), but=measure.id
                )
            apply_changes(s, measure, "measure", fields, board_id=measure.board_id)
            return measure_info(measure)

        return self.db.write(action)

    def archive_measure(self, measure_id: int) -> None:
        def action(s: Session) -> None:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            archive(s, measure, "measure", board_id=measure.board_id)

        self.db.write(action)

    def restore_measure(self, measure_id: int) -> None:
        def action(s: Session) -> None:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            if measure.archived_at is not None:
                refuse_taken_name(
                    s, s.get_one(Board, measure.board_id), measure.name, but=measure.id
                )
            restore(s, measure, "measure", board_id=measure.board_id)

        self.db.write(action)

    def get(self, measure_id: int) -> MeasureInfo:
        with self.db.read() as s:
            return measure_info(get_or_fail(s, Measure, measure_id, "Mittari"))

    def archived_measures(self, board_id: int) -> list[MeasureInfo]:
        """The board's own archived goals, for the leader's list (they can be restored)."""
        with self.db.read() as s:
            rows = s.scalars(
                select(Measure)
                .where(Measure.board_id == board_id, Measure.archived_at.is_not(None))
                .order_by(Measure.id)
            )
            return [measure_info(m) for m in rows]

    def values(
        self, measure_id: int, board_id: int, limit: int = 12, today: dt.date | None = None
    ) -> list[MeasurePoint]:
        """One board's latest values of a measure, oldest first (counted ones up to today)."""
        with self.db.read() as s:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            if measure.safety_kind_id is not None:
                return counted_points(s, measure, board_id, today or self.db.clock.today(), limit)
            frequency = Frequency(measure.frequency)
            rows = list(
                s.scalars(
                    select(MeasureValue)
                    .where(MeasureValue.measure_id == measure_id, MeasureValue.board_id == board_id)
                    .order_by(MeasureValue.period_start.desc())
                    .limit(limit)
                )
            )
            return [
                MeasurePoint(
                    r.period_start, Period(r.period_start, frequency).key, r.value, r.answers
                )
                for r in reversed(rows)
            ]

    def record_value(
        self,
        measure_id: int,
        board_id: int,
        period: str | dt.date,
        value: object,
        denominator: object = None,
        today: dt.date | None = None,
    ) -> MeasurePoint:
        """Set one board's value for one period (replacing an earlier value of that period).

        The period is the measure's own: a week for a weekly measure, a month for a monthly one
        (a day given falls into its week or month; another period kind is refused), and one
        that has begun by `today`. A goal counted from safety events takes no values by hand.
        `denominator`: the answers, patients or bed days behind the value (P and U charts).
        """
        number = parse_number(value, "value", "Arvo")
        base = (
            None
            if denominator in (None, "")
            else parse_int_in_range(denominator, "denominator", "Nimittäjä", 1, 100_000_000)
        )
        day = today or self.db.clock.today()

        def action(s: Session) -> MeasurePoint:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            board = get_or_fail(s, Board, board_id, "Taulu")
            check_measure_on_board(s, measure, board)
            if measure.safety_kind_id is not None:
                raise ValidationError(
                    translate(
                        "Validation",
                        "Mittari {measure} lasketaan turvallisuustapahtumista: arvoa ei kirjata "
                        "käsin.",
                    ).format(measure=measure.name),
                    "measure",
                )
            slot = resolve_period(period, Frequency(measure.frequency))
            if slot.start > day:
                raise ValidationError(
                    translate(
                        "Validation", "Jakso: {period} ei ole vielä alkanut, sille ei ole arvoa."
                    ).format(period=slot.key),
                    "period",
                )
            return upsert_value(s, measure, board.id, slot, number, base)

        return self.db.write(action)

    def value_periods(
        self, measure_id: int, today: dt.date, count: int | None = None
    ) -> list[PeriodChoice]:
        """The periods a value of this measure can be entered for, newest first: its weeks for a
        weekly measure, its months for a monthly one, its days for a daily one, each labelled
        as a person picks it ("vk 49 · 30.11.–6.12.2026", "joulukuu 2026")."""
        with self.db.read() as s:
            frequency = Frequency(get_or_fail(s, Measure, measure_id, "Mittari").frequency)
        periods = recent_periods(today, frequency, count or PICKABLE_PERIODS[frequency])
        return [
            PeriodChoice(p.key, p.start, period_label(p.start, p.frequency.value)) for p in periods
        ]

    def link_safety(
        self,
        measure_id: int,
        expected_version: int | None,
        kind_code: str | None,
        severity: str | None = None,
    ) -> MeasureInfo:
        """Count the goal from the board's safety events of one kind (severity None: near
        misses and harm both); kind_code None removes the link (values entered by hand again).
        How counts map to periods: leanboard.services.safety_counts."""
        level = check_enum(Severity, severity, "safety_severity", "Vakavuus") if severity else None

        def action(s: Session) -> MeasureInfo:
            measure = get_or_fail(s, Measure, measure_id, "Mittari")
            check_version(measure, expected_version, "measure", measure_info(measure))
            kind_id = None
            if kind_code:
                kind = s.scalar(select(SafetyEventKind).where(SafetyEventKind.code == kind_code))
                if kind is None or kind.archived_at is not None:
                    raise ValidationError(
                        translate("Validation", "Tuntematon tapahtumatyyppi: {code}").format(
                            code=kind_code
                        ),
                        "safety_kind",
                    )
                kind_id = kind.id
            changes = {
                "safety_kind_id": kind_id,
                "safety_severity": level.value if level is not None and kind_id else None,
            }
            apply_changes(s, measure, "measure", changes, board_id=measure.board_id)
            s.expire(measure, ["safety_kind"])  # the relationship follows the new id
            return measure_info(measure)

        return self.db.write(action)

    def board_measures(self, board_id: int) -> list[MeasureInfo]:
        """The board's own goals and the ones inherited from the boards above it."""
        with self.db.read() as s:
            return [measure_info(m) for m, _ in measures_for_board(s, board_id)]

    def series(
        self, board_id: int, limit: int = 26, until: dt.date | None = None
    ) -> list[MeasureSeries]:
        """Every goal the board sees with its newest `limit` values up to `until` (a counted
        goal's values are counted up to `until`, else today)."""
        with self.db.read() as s:
            return board_series(s, board_id, limit, until)


def check_measure_on_board(s: Session, measure: Measure, board: Board) -> None:
    """The board's own measure, or one inherited from a board above it."""
    if measure.board_id != board.id and not (
        measure.inherited and measure.board_id in {a.id for a in ancestors_of(s, board)}
    ):
        raise ValidationError(
            translate("Validation", "Mittari {measure} ei kuulu taululle {board}.").format(
                measure=measure.name, board=board.code
            ),
            "measure",
        )


def refuse_taken_name(s: Session, board: Board, name: str, but: int | None = None) -> None:
    """One active goal a name on a board (the database's index says the same, 0008): a clear
    word at the field instead of the database's refusal."""
    query = select(Measure.id).where(
        Measure.board_id == board.id, Measure.name == name, Measure.archived_at.is_(None)
    )
    if but is not None:
        query = query.where(Measure.id != but)
    if s.scalar(query) is not None:
        raise ValidationError(
            translate("Validation", "Taululla {board} on jo mittari nimeltä ”{name}”.").format(
                board=board.code, name=name
            ),
            "name",
        )


def resolve_period(period: str | dt.date, frequency: Frequency) -> Period:
    """A period key or a day, as the measure's own period (a day in W47 → W47)."""
    if isinstance(period, dt.date):
        return period_of(period, frequency)
    parsed = parse_period(period)
    if parsed.frequency is Frequency.DAY:
        return period_of(parsed.start, frequency)
    if parsed.frequency is not frequency:
        raise ValidationError(
            {
                "day": translate(
                    "Validation", "Jakso: {period} ei sovi mittarille, jonka jakso on päivä."
                ),
                "week": translate(
                    "Validation", "Jakso: {period} ei sovi mittarille, jonka jakso on viikko."
                ),
                "month": translate(
                    "Validation", "Jakso: {period} ei sovi mittarille, jonka jakso on kuukausi."
                ),
            }[frequency.value].format(period=period),
            "period",
        )
    return parsed


def upsert_value(
    s: Session,
    measure: Measure,
    board_id: int,
    slot: Period,
    number: float,
    answers: int | None = None,
    source: str = "manual",
) -> MeasurePoint:
    row = s.scalar(
        select(MeasureValue)
        .where(
            MeasureValue.measure_id == measure.id,
            MeasureValue.board_id == board_id,
            MeasureValue.period_start == slot.start,
        )
        # PostgreSQL: screens saving the same period wait for each other here instead of each
        # failing its version check and running again (SQLite writers queue at BEGIN anyway).
        .with_for_update()
    )
    old = row.value if row is not None else None
    if row is None:
        row = MeasureValue(
            measure_id=measure.id,
            board_id=board_id,
            period_start=slot.start,
            value=number,
            answers=answers,
            source=source,
        )
        s.add(row)
    else:
        row.value, row.answers, row.source, row.updated_at = number, answers, source, utcnow()
    s.flush()
    record_change(
        s,
        "measure_value",
        row.id,
        "set",
        board_id=board_id,
        details={"measure": measure.name, "period": slot.key, "value": [old, number]},
    )
    return MeasurePoint(slot.start, slot.key, number, answers)


def measures_for_board(s: Session, board_id: int) -> list[tuple[Measure, bool]]:
    """(measure, from_parent) for the board's own measures and inherited ones from above."""
    board = get_or_fail(s, Board, board_id, "Taulu")
    above = [a.id for a in ancestors_of(s, board)]
    own = s.scalars(
        select(Measure)
        .where(Measure.board_id == board_id, Measure.archived_at.is_(None))
        .order_by(Measure.id)
    )
    result = [(m, False) for m in own]
    if above:
        inherited = s.scalars(
            select(Measure)
            .where(
                Measure.board_id.in_(above),
                Measure.inherited.is_(True),
                Measure.archived_at.is_(None),
            )
            .order_by(Measure.id)
        )
        result = [(m, True) for m in inherited] + result
    return result


def newest_points(
    s: Session, measure_ids: list[int], board_ids: list[int], limit: int, until: dt.date | None
) -> dict[tuple[int, int], list[tuple[dt.date, float, int | None]]]:
    """(measure, board) → its newest `limit` values up to `until`, oldest first, as (period
    start, value, answers). Numbered in SQL: a board three years old would otherwise read (and
    build objects for) every value it ever had."""
    if not measure_ids or not board_ids:
        return {}
    newest_first = (
        func.row_number()
        .over(
            partition_by=(MeasureValue.measure_id, MeasureValue.board_id),
            order_by=MeasureValue.period_start.desc(),
        )
        .label("n")
    )
    conditions = [
        MeasureValue.board_id.in_(board_ids)
        if len(board_ids) > 1
        else MeasureValue.board_id == board_ids[0],
        MeasureValue.measure_id.in_(measure_ids),
    ]
    if until is not None:
        conditions.append(MeasureValue.period_start <= until)
    numbered = (
        select(
            MeasureValue.measure_id,
            MeasureValue.board_id,
            MeasureValue.period_start,
            MeasureValue.value,
            MeasureValue.answers,
            newest_first,
        )
        .where(*conditions)
        .subquery()
    )
    rows = s.execute(
        select(
            numbered.c.measure_id,
            numbered.c.board_id,
            numbered.c.period_start,
            numbered.c.value,
            numbered.c.answers,
        )
        .where(numbered.c.n <= limit)
        .order_by(numbered.c.period_start)
    )
    out: dict[tuple[int, int], list[tuple[dt.date, float, int | None]]] = {}
    for measure_id, board_id, start, value, answers in rows:
        out.setdefault((measure_id, board_id), []).append((start, value, answers))
    return out


def series_points(
    frequency: str, rows: list[tuple[dt.date, float, int | None]]
) -> tuple[MeasurePoint, ...]:
    slot = Frequency(frequency)
    return tuple(
        MeasurePoint(start, Period(start, slot).key, value, answers)
        for start, value, answers in rows
    )


def board_series(
    s: Session, board_id: int, limit: int, until: dt.date | None
) -> list[MeasureSeries]:
    measures = measures_for_board(s, board_id)
    if not measures:
        return []
    newest = newest_points(s, [m.id for m, _ in measures], [board_id], limit, until)
    series = []
    for measure, from_parent in measures:
        if measure.safety_kind_id is not None:
            points = tuple(
                counted_points(s, measure, board_id, until or clock.current().today(), limit)
            )
        else:
            points = series_points(measure.frequency, newest.get((measure.id, board_id), []))
        series.append(MeasureSeries(measure_info(measure), board_id, points, from_parent))
    return with_chart_marks(s, board_id, series)
