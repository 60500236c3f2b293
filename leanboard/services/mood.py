"""Anonymous staff mood votes, and the figures that may be shown of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from leanboard.domain.enums import Origin
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import (
    check_mood_score,
    effective_min_group,
    mood_figure,
    mood_prompts_idea,
)
from leanboard.i18n import translate
from leanboard.services.dto import MoodDay, MoodSummary, MoodVoteResult
from leanboard.services.editing import get_or_fail
from leanboard.store.database import Database, record_change
from leanboard.store.models import Board, Idea, MoodVote


class MoodService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_mood_vote(
        self, board_id: int, score: int, day: dt.date | None = None
    ) -> MoodVoteResult:
        """Store one anonymous vote. The result says whether to ask for an improvement idea."""
        score = check_mood_score(score)
        vote_day = day or dt.date.today()

        def action(s: Session) -> None:
            get_or_fail(s, Board, board_id, "Taulu")
            s.add(MoodVote(board_id=board_id, day=vote_day, score=score))
            # No score, no actor, no time of day in the history: the vote stays anonymous.
            record_change(s, "mood_vote", None, "create", board_id=board_id, anonymous=True)

        self.db.write(action)
        return MoodVoteResult(vote_day, mood_prompts_idea(score))

    def withdraw_mood_vote(self, board_id: int, day: dt.date, score: int) -> None:
        """Take back one vote of `score` on the board's day — the voter's own mis-tap, offered
        only while the screen rests after the vote (the voter is still the one at it). Votes
        carry no identity, so any one vote of that score is the same as the mis-tapped one.
        The withdrawal is a history row of its own, as anonymous as the vote."""
        score = check_mood_score(score)

        def action(s: Session) -> None:
            vote_id = s.scalar(
                select(MoodVote.id)
                .where(MoodVote.board_id == board_id, MoodVote.day == day, MoodVote.score == score)
                .order_by(MoodVote.id.desc())
                .limit(1)
            )
            if vote_id is None:
                raise ValidationError(
                    translate("Validation", "Ääntä ei löydy: sitä ei ehkä tallennettu."), "score"
                )
            s.execute(delete(MoodVote).where(MoodVote.id == vote_id))
            record_change(s, "mood_vote", None, "undo", board_id=board_id, anonymous=True)

        self.db.write(action)

    def summary(self, board_id: int, today: dt.date | None = None) -> MoodSummary:
        with self.db.read() as s:
            return mood_summary(s, board_id, today or dt.date.today())


def mood_summary(s: Session, board_id: int, today: dt.date) -> MoodSummary:
    board = get_or_fail(s, Board, board_id, "Taulu")
    min_group = effective_min_group(board.min_mood_group)
    monday = today - dt.timedelta(days=today.weekday())
    by_day = mood_scores_by_day(s, board_id, monday, today)
    week = tuple(
        MoodDay(d, mood_figure(by_day.get(d, []), min_group))
        for d in (monday + dt.timedelta(days=i) for i in range((today - monday).days + 1))
    )
    prompts = mood_prompt_count(s, board_id, dt.datetime.combine(monday, dt.time()), None)
    return MoodSummary(week[-1], week, min_group, prompts)


def mood_scores_by_day(
    s: Session, board_id: int, start: dt.date, end: dt.date
) -> dict[dt.date, list[int]]:
    """The raw scores per day, `start`..`end` inclusive. Callers apply the minimum-group rule."""
    rows = s.execute(
        select(MoodVote.day, MoodVote.score).where(
            MoodVote.board_id == board_id, MoodVote.day >= start, MoodVote.day <= end
        )
    ).all()
    by_day: dict[dt.date, list[int]] = {}
    for day, score in rows:
        by_day.setdefault(day, []).append(score)
    return by_day


def mood_prompt_count(
    s: Session, board_id: int, since: dt.datetime, until: dt.datetime | None
) -> int:
    """Ideas logged from the mood prompt from `since` on (and before `until`, when given)."""
    query = select(func.count(Idea.id)).where(
        Idea.board_id == board_id,
        Idea.origin == Origin.MOOD_PROMPT.value,
        Idea.created_at >= since,
    )
    if until is not None:
        query = query.where(Idea.created_at < until)
    return int(s.scalar(query) or 0)
