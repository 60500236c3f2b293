"""The leader's list of a board's safety events."""

from __future__ import annotations

from leanboard.i18n import QT_TRANSLATE_NOOP
from leanboard.services.dto import SafetyEventItem
from leanboard.ui.common import fmt, theme
from leanboard.ui.common.item_models import Column, Facets
from leanboard.ui.common.lists import ListSpec, flags
from leanboard.ui.safety.event_dialog import SafetyEventEditDialog


def safety_spec() -> ListSpec:
    columns: list[Column[SafetyEventItem]] = [
        Column(
            QT_TRANSLATE_NOOP("Lists", "Päivä"),
            lambda e: fmt.date(e.day),
            lambda e: e.day.isoformat(),
            lambda e: e.day,
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Tapahtuma"), lambda e: e.kind_name),
        Column(
            QT_TRANSLATE_NOOP("Lists", "Seuraus"),
            lambda e: f"{theme.STATUS[e.severity][0]} {theme.SEVERITY_NAMES[e.severity]}",
        ),
        Column(QT_TRANSLATE_NOOP("Lists", "Lyhyt kuvaus"), lambda e: e.description or ""),
        Column(QT_TRANSLATE_NOOP("Lists", "Huom."), lambda e: flags(False, e.archived)),
    ]
    return ListSpec(
        key="safety",
        title=QT_TRANSLATE_NOOP("Lists", "Turvallisuustapahtumat"),
        entity="safety_event",
        columns=columns,
        load=lambda s, b: s.safety.list_events(b, include_archived=True),
        facets=lambda e: Facets(e.severity, e.kind_code, None, False, e.archived),
        open_dialog=lambda s, b, item, parent: SafetyEventEditDialog(s, b, item, parent),
        archive=lambda s, i: s.safety.archive_event(i),
        restore=lambda s, i: s.safety.restore_event(i),
        name_of=lambda e: f"{e.kind_name} {fmt.date(e.day)}",
        states=list(theme.SEVERITY_NAMES.items()),
        load_categories=lambda s: [(k.code, k.name) for k in s.safety.kinds()],
        state_label=QT_TRANSLATE_NOOP("Lists", "Seuraus"),
        category_label=QT_TRANSLATE_NOOP("Lists", "Tapahtuma"),
        has_owner=False,
        has_overdue=False,
    )
