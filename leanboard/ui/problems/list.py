"""The leader's list of a board's SQDC problems."""

from __future__ import annotations

from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services.dto import ProblemItem
from leanboard.ui.common import theme
from leanboard.ui.common.item_models import Column, Facets
from leanboard.ui.common.lists import ListSpec, day_key, day_text, flags, order_of, sqdc_text
from leanboard.ui.problems.dialog import ProblemDialog


def problem_spec() -> ListSpec:
    columns: list[Column[ProblemItem]] = [
        Column(QT_TRANSLATE_NOOP("Lists", "Otsikko"), lambda p: p.title),
        Column(
            QT_TRANSLATE_NOOP("Lists", "SQDC"),
            lambda p: sqdc_text(p.category),
            lambda p: "SQDC".index(p.category),
        ),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Tila"),
            lambda p: theme.PROBLEM_STATUS_NAMES[p.status],
            lambda p: order_of(theme.PROBLEM_STATUS_NAMES, p.status),
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Vastuuhenkilö"), lambda p: p.owner or ""),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Määräpäivä"),
            lambda p: day_text(p.due_date),
            lambda p: day_key(p.due_date),
            lambda p: p.due_date,
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Eskaloitu"), lambda p: _escalation_text(p)),
        Column(QT_TRANSLATE_NOOP("Lists", "Huom."), lambda p: flags(p.overdue, p.archived)),
        Column(QT_TRANSLATE_NOOP("Lists", "Kuvaus"), lambda p: p.description or ""),
    ]
    return ListSpec(
        key="problems",
        title=QT_TRANSLATE_NOOP("Lists", "Ongelmat"),
        entity="problem",
        columns=columns,
        load=lambda s, b: s.problems.list_problems(b, open_only=False, include_archived=True),
        facets=lambda p: Facets(p.status, p.category, p.owner, p.overdue, p.archived),
        open_dialog=lambda s, b, item, parent: ProblemDialog(s, b, item, parent),
        archive=lambda s, i: s.problems.archive_problem(i),
        restore=lambda s, i: s.problems.restore_problem(i),
        name_of=lambda p: p.title,
        states=list(theme.PROBLEM_STATUS_NAMES.items()),
        categories=list(theme.SQDC_NAMES.items()),
        category_label="SQDC",
    )


def _escalation_text(p: ProblemItem) -> str:
    if not p.escalations:
        return ""
    last = p.escalations[-1]
    text = f"{theme.STATUS['escalated'][0]} {last.to_board_code}"
    if p.waiting_board_id is None and p.latest_answer is not None:
        text += ", vastattu"
    return text
