"""What changed on the board since the previous logged huddle ("Mitä uutta"), on one card.

Stale work first (ideas unmoved for the board's limit, escalations past their limit), then
what is new; every line is a big button that opens the item's own card. Opened by one tap on
the wall's "Mitä uutta" tab, and by the huddle timer's start when the board's setting says so.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from leanboard.domain.presentation import (
    PDCA_NAMES,
    SEVERITY_NAMES,
    SQDC_NAMES,
    STATUS,
    VARIATION,
    fi_date,
    fi_time,
)
from leanboard.services import Services
from leanboard.services.news import HuddleNews, NewsItem
from leanboard.ui.common import fmt
from leanboard.ui.common.card import font
from leanboard.ui.common.ops import op
from leanboard.ui.common.theme import Scale
from leanboard.ui.common.tiles import Tile
from leanboard.ui.common.touch_card import TouchCard


def goal_words(state: str | None) -> str:
    """ "off_target/common_cause" → "✖ ei tavoitteessa, ∼ tavallista vaihtelua"."""
    status, _, variation = (state or "no_data/none").partition("/")
    symbol, word, _ = STATUS.get(status, STATUS["no_data"])
    v_symbol, v_word, _ = VARIATION.get(variation, VARIATION["none"])
    return f"{symbol} {word}, {v_symbol} {v_word}"


def item_text(item: NewsItem) -> str:
    """One line a person reads at 3 m: what happened, to what."""
    title = item.title
    if item.kind == "stale_idea":
        return QCoreApplication.translate(
            "NewsCard", "◷ Idea ei ole edennyt {days} päivään: {title}"
        ).format(days=item.detail, title=title)
    if item.kind == "stale_escalation":
        return QCoreApplication.translate(
            "NewsCard", "⚠ Eskalaatio odottanut {hours} h tasolla {board}: {title}"
        ).format(hours=item.detail, board=item.after, title=title)
    if item.kind == "idea_new":
        return QCoreApplication.translate("NewsCard", "Uusi idea: {title}").format(title=title)
    if item.kind == "idea_moved":
        return QCoreApplication.translate(
            "NewsCard", "Idea eteni {before} → {after}: {title}"
        ).format(
            before=PDCA_NAMES.get(item.before or "", item.before or ""),
            after=PDCA_NAMES.get(item.after or "", item.after or ""),
            title=title,
        )
    if item.kind == "problem_new":
        return QCoreApplication.translate(
            "NewsCard", "Uusi ongelma ({letter} {name}): {title}"
        ).format(letter=item.after, name=SQDC_NAMES.get(item.after or "", ""), title=title)
    if item.kind == "problem_solved":
        return QCoreApplication.translate("NewsCard", "✔ Ratkaistu: {title}").format(title=title)
    if item.kind == "problem_escalated":
        return QCoreApplication.translate(
            "NewsCard", "⇧ Eskaloitu tasolle {board}: {title}"
        ).format(board=item.after, title=title)
    if item.kind == "escalated_to_us":
        return QCoreApplication.translate(
            "NewsCard", "⇧ Eskaloitu meille taululta {board}: {title}"
        ).format(board=item.before, title=title)
    if item.kind == "answer":
        return QCoreApplication.translate(
            "NewsCard", "↓ Vastaus ylemmältä tasolta: {title} — {answer}"
        ).format(title=title, answer=item.detail or "")
    if item.kind == "safety_event":
        return QCoreApplication.translate("NewsCard", "{severity}: {kind}").format(
            severity=SEVERITY_NAMES.get(item.after or "", item.after or ""), kind=title
        )
    if item.kind == "goal_changed":
        return QCoreApplication.translate("NewsCard", "Tavoite {title}: {before} → {after}").format(
            title=title, before=goal_words(item.before), after=goal_words(item.after)
        )
    return QCoreApplication.translate("NewsCard", "✎ Uusi merkintä kaaviossa: {note}").format(
        note=item.detail or title
    )


class NewsCard(TouchCard):
    item_chosen = Signal(object)  # a NewsItem: the board opens its card

    def __init__(
        self, services: Services, board_id: int, scale: Scale, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mitä uutta edellisen palaverin jälkeen"), scale, parent)
        self.setMinimumWidth(scale.touch_px * 15)
        self.news: HuddleNews | None = None
        self.since_label = self.add_line(self.tr("Haetaan…"))
        self.item_buttons: list[Tile] = []
        self.headings: list[QLabel] = []
        # The lines scroll when a long weekend brought many: the card stays on the screen.
        self.lines_area = QScrollArea(self)
        self.lines_area.setWidgetResizable(True)
        self.lines_area.setFrameShape(QFrame.Shape.NoFrame)
        self.lines_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines_area.setMinimumHeight(scale.touch_px * 6)
        holder = QWidget()
        self.lines_box = QVBoxLayout(holder)
        self.lines_box.setContentsMargins(0, 0, 0, 0)
        self.lines_box.setSpacing(max(4, scale.body_px // 3))
        self.lines_area.setWidget(holder)
        self.body.addWidget(self.lines_area, 1)
        op(self, lambda: services.news.since_last_huddle(board_id)).done(self.show_news).title(
            self.tr("Uutisia ei saatu")
        ).run()

    def show_news(self, news: HuddleNews) -> None:
        self.news = news
        if news.previous_huddle is not None:
            held = fmt.local_time(news.previous_huddle.held_at)
            self.since_label.setText(
                self.tr("Edellinen palaveri {date} klo {time}").format(
                    date=fi_date(held.date()), time=fi_time(held)
                )
            )
        else:
            self.since_label.setText(self.tr("Palaveria ei ole kirjattu: viimeiset 7 päivää"))
        if news.stale:
            self._heading(self.tr("Odottaa liian kauan"))
            for item in news.stale:
                self._add_item(item)
        self._heading(self.tr("Uutta"))
        for item in news.new:
            self._add_item(item)
        if not news.new:
            self._heading(self.tr("Ei uutta edellisen palaverin jälkeen."), bold=False)
        self.lines_box.addStretch(1)

    def _heading(self, text: str, bold: bool = True) -> None:
        label = QLabel(text)
        label.setFont(font(self.scale.body_px, bold=bold))
        label.setWordWrap(True)
        self.lines_box.addWidget(label)
        self.headings.append(label)

    def _add_item(self, item: NewsItem) -> None:
        tile = Tile(self.scale)
        tile.set_lines(item_text(item))
        tile.set_alert(item.stale)
        tile.setProperty("news_kind", item.kind)
        tile.clicked.connect(partial(self._choose, item))
        self.lines_box.addWidget(tile)
        self.item_buttons.append(tile)

    def _choose(self, item: NewsItem) -> None:
        self.item_chosen.emit(item)
        self.accept()

    @property
    def lines(self) -> list[str]:
        return [b.title for b in self.item_buttons]
