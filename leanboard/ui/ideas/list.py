"""The leader's list of a board's improvement ideas."""

from __future__ import annotations

from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services.dto import IdeaItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.item_models import Column, Facets
from leanboard.ui.common.lists import (
    ListSpec,
    created_text,
    day_key,
    day_text,
    flags,
    order_of,
    sqdc_text,
)
from leanboard.ui.ideas.dialog import IdeaDialog


def idea_spec() -> ListSpec:
    columns: list[Column[IdeaItem]] = [
        Column(QT_TRANSLATE_NOOP("Lists", "Otsikko"), lambda i: i.title),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Tila"),
            lambda i: theme.PDCA_NAMES[i.state],
            lambda i: order_of(theme.PDCA_NAMES, i.state),
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "SQDC"), lambda i: sqdc_text(i.category)),
        Column(QT_TRANSLATE_NOOP("Lists", "Vastuuhenkilö"), lambda i: i.owner or ""),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Määräpäivä"),
            lambda i: day_text(i.due_date),
            lambda i: day_key(i.due_date),
            lambda i: i.due_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Kirjattu"),
            lambda i: created_text(i.created_at),
            lambda i: i.created_at.isoformat(),
            lambda i: fmt.local_time(i.created_at).date(),
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Huom."), lambda i: flags(i.overdue, i.archived)),
        Column(QT_TRANSLATE_NOOP("Lists", "Kuvaus"), lambda i: i.description or ""),
    ]
    return ListSpec(
        key="ideas",
        title=QT_TRANSLATE_NOOP("Lists", "Kehitysideat"),
        entity="idea",
        columns=columns,
        load=lambda s, b: s.ideas.list_ideas(b, include_archived=True),
        facets=lambda i: Facets(i.state, i.category, i.owner, i.overdue, i.archived),
        open_dialog=lambda s, b, item, parent: IdeaDialog(s, b, item, parent),
        archive=lambda s, i: s.ideas.archive_idea(i),
        restore=lambda s, i: s.ideas.restore_idea(i),
        name_of=lambda i: i.title,
        states=list(theme.PDCA_NAMES.items()),
        categories=list(theme.SQDC_NAMES.items()),
        category_label="SQDC",
    )
