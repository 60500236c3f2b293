"""Start writer.py processes, read what each acknowledged, and check it against the database."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from writer import HOT_PERIOD

from leanboard.services import Services, open_services
from leanboard.store.models import Change, Idea, MeasureValue, MoodTally, SafetyEvent

WRITER = Path(__file__).with_name("writer.py")
READY_TIMEOUT_S = 60  # imports on a loaded 2-core machine


@dataclass(frozen=True)
class Target:
    """The board and the daily measure the writers share."""

    url: str
    board_id: int
    measure_id: int


def prepare_target(url: str) -> Target:
    services = open_services(url, actor="proof@setup")
    try:
        unit = services.boards.create_board("KUORMA", "Kuormitustesti", "unit")
        team = services.boards.create_board("KUORMA-1", "Kuormitustiimi", "team", unit.id)
        measure = services.measures.create_measure(
            team.id, "Päivän luku", frequency="day", decimals=0
        )
        return Target(url, team.id, measure.id)
    finally:
        services.close()


@dataclass
class Acks:
    """What one writer's log says was acknowledged."""

    moods: Counter[str] = field(default_factory=Counter)  # day -> votes
    ideas: dict[int, str] = field(default_factory=dict)  # id -> token
    events: dict[int, str] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)  # period -> value
    hot: set[float] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (
            sum(self.moods.values())
            + len(self.ideas)
            + len(self.events)
            + len(self.values)
            + len(self.hot)
        )


def read_acks(path: Path) -> Acks:
    acks = Acks()
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    # A process killed mid-line leaves a partial last line: not a complete acknowledgement.
    lines = text.split("\n")[:-1]
    for line in lines:
        kind, _, rest = line.partition(" ")
        if kind == "mood":
            acks.moods[rest] += 1
        elif kind in ("idea", "event"):
            number, token = rest.split(" ", 1)
            target = acks.ideas if kind == "idea" else acks.events
            if int(number) in target:
                acks.duplicate_ids.append(line)
            target[int(number)] = token
        elif kind == "value":
            period, value = rest.split(" ")
            acks.values[period] = float(value)
        elif kind == "hot":
            acks.hot.add(float(rest))
        elif kind == "error":
            acks.errors.append(rest)
    return acks


@dataclass
class Writers:
    procs: list[subprocess.Popen[bytes]]
    logs: list[Path]
    go_file: Path

    def acks(self) -> list[Acks]:
        return [read_acks(log) for log in self.logs]

    def wait(self, timeout: float) -> None:
        for proc in self.procs:
            proc.wait(timeout=timeout)

    def stop(self) -> None:
        """Kill whatever still runs (a test that failed half-way leaves no processes)."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)


def start_writers(
    target: Target, count: int, folder: Path, seconds: float, first: int = 0
) -> Writers:
    """Start `count` writers (numbered from `first`) and release them together."""
    folder.mkdir(parents=True, exist_ok=True)
    go_file = folder / f"go-{first}"
    logs = [folder / f"writer-{first + i}.log" for i in range(count)]
    env = dict(os.environ)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                target.url,
                str(first + i),
                str(target.board_id),
                str(target.measure_id),
                str(log),
                str(go_file),
                str(seconds),
            ],
            env=env,
            stderr=subprocess.PIPE,
        )
        for i, log in enumerate(logs)
    ]
    writers = Writers(procs, logs, go_file)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not all(log.exists() and log.read_text().startswith("ready") for log in logs):
        for proc in procs:
            if proc.poll() is not None:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                writers.stop()
                raise AssertionError(f"a writer ended before it was ready: {stderr}")
        if time.monotonic() > deadline:
            writers.stop()
            raise AssertionError("writers not ready in time")
        time.sleep(0.02)
    go_file.touch()
    return writers


def wait_for_acks(writers: Writers, index: int, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while read_acks(writers.logs[index]).total < at_least:
        if time.monotonic() > deadline:
            raise AssertionError(f"writer {index} acknowledged fewer than {at_least} writes")
        time.sleep(0.01)


def check_stored(
    services: Services, target: Target, all_acks: list[Acks], in_flight: int = 0
) -> dict[str, int]:
    """Every acknowledged write is stored exactly once. Returns the row counts checked.

    `in_flight`: writes a killed writer may have committed without living to acknowledge them
    (one per killed writer); they may be stored beyond the acknowledged ones.
    """
    ideas: dict[int, str] = {}
    events: dict[int, str] = {}
    moods: Counter[str] = Counter()
    values: dict[str, float] = {}
    hot: set[float] = set()
    for acks in all_acks:
        assert acks.duplicate_ids == [], acks.duplicate_ids
        ideas.update(acks.ideas)
        events.update(acks.events)
        moods.update(acks.moods)
        values.update(acks.values)
        hot |= acks.hot
    with services.db.read() as s:
        stored_ideas = dict(
            s.execute(sa.select(Idea.id, Idea.title).where(Idea.board_id == target.board_id)).all()
        )
        title_counts = Counter(stored_ideas.values())
        for idea_id, token in ideas.items():
            assert stored_ideas.get(idea_id) == token, f"idea {idea_id} {token} missing"
            assert title_counts[token] == 1, f"idea {token} stored {title_counts[token]} times"

        stored_events = dict(
            s.execute(
                sa.select(SafetyEvent.id, SafetyEvent.description).where(
                    SafetyEvent.board_id == target.board_id
                )
            ).all()
        )
        description_counts = Counter(stored_events.values())
        for event_id, token in events.items():
            assert stored_events.get(event_id) == token, f"event {event_id} {token} missing"
            assert description_counts[token] == 1, f"event {token} stored twice"

        # Votes are counts and nothing else: each writer votes on a day of its own, and that
        # day's count must equal its acknowledgements exactly (none lost, none doubled).
        # (tests/proof/test_mood_contention.py: many writers on the same day's counts.)
        for day, count in moods.items():
            stored = s.scalar(
                sa.select(sa.func.sum(MoodTally.votes)).where(
                    MoodTally.board_id == target.board_id,
                    MoodTally.day == dt.date.fromisoformat(day),
                )
            )
            assert count <= (stored or 0) <= count + in_flight, (
                f"mood votes on {day}: {stored} stored, {count} acknowledged"
            )

        stored_values = {
            day.isoformat(): value
            for day, value in s.execute(
                sa.select(MeasureValue.period_start, MeasureValue.value).where(
                    MeasureValue.measure_id == target.measure_id
                )
            ).all()
        }
        for period, value in values.items():
            assert stored_values.get(period) == value, f"value of {period} missing"
        if hot and not in_flight:  # else the last may be a killed writer's unacknowledged one
            assert stored_values[HOT_PERIOD.isoformat()] in hot

        # The history holds one "create" per idea and event, and no row at all for a vote.
        created = Counter(
            s.execute(
                sa.select(Change.entity, Change.entity_id).where(
                    Change.action == "create",
                    Change.entity.in_(["idea", "safety_event"]),
                    Change.board_id == target.board_id,
                )
            ).all()
        )
        for idea_id in ideas:
            assert created[("idea", idea_id)] == 1
        for event_id in events:
            assert created[("safety_event", event_id)] == 1
        entities = set(
            s.scalars(sa.select(Change.entity).where(Change.board_id == target.board_id))
        )
        assert entities <= {"board", "measure", "idea", "safety_event", "measure_value"}, entities
        for day in moods:  # each vote counted once, in the eleven rows of its day's round
            rows = s.execute(
                sa.select(MoodTally.round, MoodTally.score).where(
                    MoodTally.board_id == target.board_id,
                    MoodTally.day == dt.date.fromisoformat(day),
                )
            ).all()
            assert sorted(rows) == [(0, score) for score in range(11)]
    return {
        "ideas": len(ideas),
        "events": len(events),
        "moods": sum(moods.values()),
        "values": len(values),
        "hot": len(hot),
    }
