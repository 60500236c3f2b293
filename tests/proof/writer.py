"""A writer process for the proof tests: one screen saving as fast as it can through the services.

    python tests/proof/writer.py URL WORKER BOARD_ID MEASURE_ID LOG GO_FILE SECONDS

It writes mood votes, ideas, safety events and measure values in turn until SECONDS have passed
(0: until killed) and appends one line to LOG for every write the services ACKNOWLEDGED
(returned from), after it returned, so the log never claims a write that was not acknowledged:

    mood <day>                         a vote on that day (each worker has a day of its own)
    idea <id> <token>                  the token is the idea's title
    event <id> <token>                 the token is the event's description
    value <period> <value>             a daily value; the period is this worker's alone
    hot <value>                        a value of the one period every worker writes
    error <ExceptionType>: <message>   anything that reached the caller (the test fails on it)

It writes `ready` once the database is open and waits for GO_FILE, so all writers start
together after their imports.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from leanboard.services import open_services

MOOD_BASE = dt.date(2001, 1, 1)
VALUE_BASE = dt.date(2002, 1, 1)
HOT_PERIOD = dt.date(2001, 6, 1)


def mood_day(worker: int) -> dt.date:
    return MOOD_BASE + dt.timedelta(days=worker)


def value_period(worker: int, n: int) -> dt.date:
    # A range of days per worker: no two writers, in any round of a test, share a period.
    return VALUE_BASE + dt.timedelta(days=worker * 20_000 + n)


def main(argv: list[str]) -> int:
    url, worker_s, board_s, measure_s, log_path, go_file, seconds_s = argv
    worker = int(worker_s)
    board_id, measure_id, seconds = int(board_s), int(measure_s), float(seconds_s)
    services = open_services(url, actor=f"writer{worker}@proof", migrate=False)
    with open(log_path, "a", encoding="utf-8", buffering=1) as log:
        log.write("ready\n")
        go = Path(go_file)
        while not go.exists():
            time.sleep(0.01)
        deadline = time.monotonic() + seconds if seconds > 0 else float("inf")
        n = 0
        while time.monotonic() < deadline:
            token = f"w{worker}-n{n}"
            try:
                step = n % 5
                if step == 0:
                    services.mood.record_mood_vote(board_id, n % 11, day=mood_day(worker))
                    log.write(f"mood {mood_day(worker).isoformat()}\n")
                elif step == 1:
                    idea = services.ideas.create_idea(board_id, token)
                    log.write(f"idea {idea.id} {token}\n")
                elif step == 2:
                    event = services.safety.record_event(
                        board_id, "fall", "near_miss", description=token
                    )
                    log.write(f"event {event.id} {token}\n")
                elif step == 3:
                    period = value_period(worker, n)
                    value = worker * 1_000_000 + n
                    services.measures.record_value(measure_id, board_id, period, value)
                    log.write(f"value {period.isoformat()} {value}\n")
                else:
                    # Every writer sets the same period: the upsert races on purpose.
                    value = worker * 1_000_000 + n
                    services.measures.record_value(measure_id, board_id, HOT_PERIOD, value)
                    log.write(f"hot {value}\n")
            except Exception as error:  # recorded, never swallowed: the test fails on any
                message = " ".join(str(error).split())[:300]
                log.write(f"error {type(error).__name__}: {message}\n")
            n += 1
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
