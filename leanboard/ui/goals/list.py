"""The leader's list of a board's goals and measures (its own and those handed down)."""

from __future__ import annotations

from dataclasses import dataclass

from leanboard.domain.presentation import DIRECTION_NAMES, FREQUENCY_NAMES
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.services import Services
from leanboard.services.dto import MeasureInfo
from leanboard.ui.common import fmt
from leanboard.ui.common.item_models import Column, Facets
from leanboard.ui.common.lists import ListSpec, flags
from leanboard.ui.goals.chart_dialog import MeasureChartDialog
from leanboard.ui.goals.measure_dialog import MeasureDialog
from leanboard.ui.goals.value_dialog import MeasureValueDialog


@dataclass(frozen=True)
class MeasureRow:
    """A measure as the list shows it: whose it is and whether it is archived."""

    measure: MeasureInfo
    owner_board: str
    from_parent: bool
    archived: bool

    @property
    def id(self) -> int:
        return self.measure.id


def load_measures(services: Services, board_id: int) -> list[MeasureRow]:
    names = {b.id: b.name for b in services.boards.list_boards(include_archived=True)}
    live = services.measures.board_measures(board_id)
    rows = [MeasureRow(m, names.get(m.board_id, ""), m.board_id != board_id, False) for m in live]
    rows += [
        MeasureRow(m, names.get(m.board_id, ""), False, True)
        for m in services.measures.archived_measures(board_id)
    ]
    return rows


def measure_spec() -> ListSpec:
    def target(r: MeasureRow) -> str:
        m = r.measure
        if m.target is None:
            return ""
        sign = "≥" if m.direction == "higher" else "≤"
        return f"{sign} {fmt.number(m.target, m.decimals)} {m.unit}".strip()

    columns: list[Column[MeasureRow]] = [
        Column(QT_TRANSLATE_NOOP("Lists", "Nimi"), lambda r: r.measure.name),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Tavoite"),
            target,
            lambda r: r.measure.target if r.measure.target is not None else float("-inf"),
            lambda r: r.measure.target,
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Yksikkö"), lambda r: r.measure.unit),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Suunta"), lambda r: DIRECTION_NAMES[r.measure.direction]
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Jakso"), lambda r: FREQUENCY_NAMES[r.measure.frequency]),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Taulu"),
            lambda r: (
                r.owner_board
                + (translate("Lists", " (ylempi, vain luku)") if r.from_parent else "")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Periytyy"),
            lambda r: (
                translate("Lists", "kyllä") if r.measure.inherited else translate("Lists", "ei")
            ),
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Huom."), lambda r: flags(False, r.archived)),
    ]
    return ListSpec(
        key="measures",
        title=QT_TRANSLATE_NOOP("Lists", "Mittarit ja tavoitteet"),
        entity="measure",
        columns=columns,
        load=load_measures,
        facets=lambda r: Facets(
            r.measure.frequency, "parent" if r.from_parent else "own", None, False, r.archived
        ),
        open_dialog=lambda s, b, row, parent: MeasureDialog(
            s, b, row.measure if row is not None else None, parent
        ),
        archive=lambda s, i: s.measures.archive_measure(i),
        restore=lambda s, i: s.measures.restore_measure(i),
        name_of=lambda r: r.measure.name,
        states=list(FREQUENCY_NAMES.items()),
        categories=[
            ("own", translate("Lists", "Tämän taulun")),
            ("parent", translate("Lists", "Ylemmiltä tauluilta")),
        ],
        state_label=QT_TRANSLATE_NOOP("Lists", "Jakso"),
        category_label=QT_TRANSLATE_NOOP("Lists", "Kenen"),
        has_owner=False,
        has_overdue=False,
        editable=lambda r, _board: not r.from_parent,
        record_value=lambda s, b, row, parent: MeasureValueDialog(
            s, b, row.measure.id if isinstance(row, MeasureRow) else None, parent
        ),
        open_chart=lambda s, b, row, parent: MeasureChartDialog(s, b, row.measure.id, parent),
    )
