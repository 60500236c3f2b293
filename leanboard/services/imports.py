"""Measures from other systems: KPI values and customer feedback (NPS) read from CSV files.

Two use cases, for the menu (run off the GUI thread) and for `leanboard import-kpi` /
`leanboard import-nps`:

- `ImportService.import_kpi(source)`: rows `board,measure,period,value` (Finnish headers
  `taulu,mittari,jakso,arvo` too) from HR, patient and phone systems. `board` is a board code,
  `measure` a measure's name as the board sees it (its own or inherited from above; case and
  surrounding spaces do not matter), `period` a day (2026-11-24 or 24.11.2026), an ISO week
  (2026-W47) or a month (2026-11) matched to the measure's frequency as a manual entry is (a day
  in a weekly measure is its week), `value` with a decimal comma or point (a trailing % is
  dropped).
- `ImportService.import_nps(source, board_code)`: rows `date,score[,comment]` (Finnish
  `pvm`/`päivämäärä`, `arvosana`/`pisteet`, `kommentti`; other columns of a survey export are
  ignored) from Roidu, Webropol, Forms or SMS exports.

Reading (leanboard.services.csv_read): `;`, `,` or tab separated, sniffed from the header
line; UTF-8 with or without BOM, else Windows-1252 (Excel's plain CSV on a Finnish PC), or
UTF-16 with a BOM; quoted fields, CRLF, blank rows skipped, trailing empty columns tolerated.

All or nothing: every row is validated first and every bad row is collected as (row number as
Excel shows it, the header being row 1; reason in Finnish) into one ImportRefused. Only a
clean file is written, in ONE write transaction, with a history row (the Change row
`record_change` writes, its details marked `source: "import"`) for every value that is new or
changed; a value equal to the stored one is left alone, so importing the same file twice writes
nothing the second time.

Progress and cancelling (for the UI's progress dialog; both are called on the thread that runs
the import): `progress(done, total)` is called at the start, every `STEP` rows and at the end;
`total` is fixed at the start (KPI: each row once to validate and once to write; NPS: each row
plus one step for the write). `cancelled()` is asked at the same points and once more just
before the commit; when it returns True the import raises ImportCancelled and nothing is
stored.

For the menu: run `services.imports.import_kpi(path, progress=…, cancelled=…)` (or import_nps)
on a worker thread (QThreadPool), as the PDF export does; `progress` runs on that thread, so
let it emit a signal, and let `cancelled` read a flag the dialog's Cancel button sets. Show
`ImportRefused.problems` as a list of (row, reason); ImportCancelled's message says that nothing
was stored; the summaries below are plain frozen dataclasses.

Speed: boards, their measures and parsed periods are resolved once per file, not per row; the
values are written with bulk statements in one transaction (`measures.upsert_value` does one
value per call with its own queries — right for a dialog, too slow for 50,000 rows; the bulk
path here keeps its semantics: one value per measure, board and period, `source`, `answers`,
and a history row per change).

NPS, stored as measures. NPS = % promoters (9–10) − % detractors (0–6) (domain.rules.nps), per
ISO week and per calendar month, each with its number of answers in `MeasureValue.answers` so
the wall board and the weekly PDF can show "n = 42". One measure has one frequency, so:
- the board's NPS measure is the one it sees named "NPS" (its own first, else inherited from a
  board above). If it has none, one is created on the board: "NPS", target 80 (the
  organisation's goal "NPS > 80"), higher is better, weekly.
- the NPS measure's own frequency (week or month) takes those figures; the other frequency goes
  to a companion measure on the board, "NPS (kuukausi)" (monthly) beside a weekly NPS, or
  "NPS (viikko)" beside a monthly one, found by name or created with the NPS measure's target
  and direction. So a weekly huddle follows the weekly figure while management reads the month,
  and neither figure is derived from the other (a month's NPS is not the mean of its weeks).
- an NPS measure with a daily frequency is refused: NPS per day rests on too few answers.
A week or month in the file replaces that week's or month's stored figure with the figure
computed from the file's answers: export whole weeks and months (or cumulative exports), not
day-by-day slices of the same week.

Comments are read only to be screened (guard_text refuses a file with a personal identity code
in a comment, naming the row) and are never stored: free text written by patients and clients
is the riskiest place for identifiers, and the board needs only the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from leanboard.domain.enums import Frequency
from leanboard.domain.errors import (
    ImportCancelled,
    ImportRefused,
    LeanBoardError,
    NotFound,
    ValidationError,
)
from leanboard.domain.periods import Period, period_of
from leanboard.domain.rules import nps
from leanboard.domain.validation import guard_text, parse_date, parse_int_in_range, parse_number
from leanboard.i18n import translate
from leanboard.services.csv_read import (
    CsvFile,
    CsvRow,
    CsvSource,
    CsvTable,
    cell,
    extra_fields_problem,
    find_columns,
    open_csv,
)
from leanboard.services.dto import MeasureInfo
from leanboard.services.measures import (
    clean_measure_fields,
    measure_info,
    measures_for_board,
    resolve_period,
)
from leanboard.services.row_keys import RowKeys
from leanboard.store.database import Database
from leanboard.store.models import Board, Measure, MeasureValue, utcnow
from leanboard.store.write_path import (
    RECORDED_BY_CALLER,
    ChangeEntry,
    insert_rows,
    record_change,
    record_changes,
    update_rows,
)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

STEP = 200  # rows between progress reports and cancel checks
PERIODS_REMEMBERED = 10_000  # parsed period texts kept: a file's periods repeat
WRITE_CHUNK = 1000  # values per bulk statement
SOURCE = "import"  # MeasureValue.source and the history's details

KPI_COLUMNS = {
    "board": ("board", "taulu"),
    "measure": ("measure", "mittari"),
    "period": ("period", "jakso"),
    "value": ("value", "arvo"),
}
NPS_COLUMNS = {
    "date": ("date", "pvm", "päivämäärä", "paivamaara"),
    "score": ("score", "arvosana", "pisteet"),
}
NPS_OPTIONAL_COLUMNS = {"comment": ("comment", "kommentti")}

NPS_NAME = "NPS"
NPS_COMPANION = {Frequency.WEEK: "NPS (kuukausi)", Frequency.MONTH: "NPS (viikko)"}
NPS_OTHER = {Frequency.WEEK: Frequency.MONTH, Frequency.MONTH: Frequency.WEEK}
NPS_TARGET = 80  # DOMAIN.md: the organisation's customer goal is NPS > 80
NPS_DESCRIPTION = (
    "Asiakaspalautteen suosittelukysymys (0–10): suosittelijoiden osuus miinus arvostelijoiden "
    "osuus. Tuodaan palautejärjestelmän CSV-tiedostosta; n = vastausten määrä."
)
# Survey tools write the answer's time after the date: 24.11.2026 14:32 or 2026-11-24T14:32:00.
TIME_PART = re.compile(r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$")


# --- what the caller gets back -----------------------------------------------------------------


@dataclass(frozen=True)
class BoardValues:
    code: str
    name: str
    values: int


@dataclass(frozen=True)
class ImportSummary:
    """A KPI file stored: how many values, for which boards, and what they did to the data."""

    values: int  # value rows in the file, all stored
    boards: tuple[BoardValues, ...]  # in the order the file first names them
    inserted: int  # values for periods that had none
    updated: int  # replaced an earlier, different value
    unchanged: int  # equal to the value already stored: nothing written
    encoding: str  # what the file was read as: "UTF-8", "Windows-1252", "UTF-16"
    delimiter: str


@dataclass(frozen=True)
class NpsFigure:
    period_key: str  # 2026-W47 or 2026-11
    period_start: dt.date
    nps: int
    answers: int
    promoters: int
    passives: int
    detractors: int


@dataclass(frozen=True)
class NpsImportSummary:
    board_code: str
    board_name: str
    answers: int
    weeks: tuple[NpsFigure, ...]  # earliest first
    months: tuple[NpsFigure, ...]
    week_measure: MeasureInfo  # where the weekly figures are stored
    month_measure: MeasureInfo
    created_measures: tuple[str, ...]  # names of the measures this import created
    inserted: int
    updated: int
    unchanged: int
    encoding: str
    delimiter: str


# --- internals ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _MeasureRef:
    id: int
    name: str
    frequency: Frequency
    counted: bool = False  # counted from safety events: takes no values from a file


@dataclass(frozen=True)
class _BoardTarget:
    id: int
    code: str
    name: str
    measures: dict[str, list[_MeasureRef]]  # casefolded name → the measures of that name

    def names(self) -> list[str]:
        return [refs[0].name for refs in self.measures.values()]


@dataclass(frozen=True)
class _Planned:
    """One value to store, validated."""

    measure_id: int
    measure_name: str
    board_id: int
    period: Period
    value: float
    answers: int | None = None


class _Values:
    """Validated values kept compactly (a million in some 50 MB, where _Planned objects took
    ten times that), handed out as _Planned a chunk at a time."""

    def __init__(self) -> None:
        self.measure = array("q")
        self.board = array("q")
        self.day = array("l")  # period start as an ordinal
        self.value = array("d")
        self.answers = array("q")  # -1: none
        self.rows = array("i")  # the file's row number (0 when not from a file)
        self.names: dict[int, str] = {}
        self.frequency: dict[int, Frequency] = {}

    def __len__(self) -> int:
        return len(self.measure)

    def append(self, v: _Planned, row: int) -> None:
        self.measure.append(v.measure_id)
        self.board.append(v.board_id)
        self.day.append(v.period.start.toordinal())
        self.value.append(v.value)
        self.answers.append(-1 if v.answers is None else v.answers)
        self.rows.append(row)
        self.names[v.measure_id] = v.measure_name
        self.frequency[v.measure_id] = v.period.frequency

    def period(self, at: int) -> Period:
        return Period(dt.date.fromordinal(self.day[at]), self.frequency[self.measure[at]])

    def planned(self, at: int) -> _Planned:
        answers = self.answers[at]
        measure = self.measure[at]
        return _Planned(
            measure, self.names[measure], self.board[at], self.period(at), self.value[at],
            None if answers < 0 else answers,
        )  # fmt: skip

    def chunks(self, size: int) -> Iterator[list[_Planned]]:
        for start in range(0, len(self), size):
            yield [self.planned(at) for at in range(start, min(start + size, len(self)))]

    def measure_ids(self) -> set[int]:
        return set(self.names)

    def per_board(self) -> dict[int, int]:
        counts: dict[int, int] = defaultdict(int)
        for board_id in self.board:
            counts[board_id] += 1
        return counts


class _Reasons:
    """Every bad row with its reason; a reason many rows share is kept once."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []
        self._texts: dict[str, str] = {}

    def add(self, row: int, reason: str) -> None:
        self.items.append((row, self._texts.setdefault(reason, reason)))


@dataclass(frozen=True)
class _Counts:
    inserted: int
    updated: int
    unchanged: int


class _Steps:
    """Progress reports and cancel checks every STEP rows, against a total fixed at the start."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.total = max(total, 1)
        self.done = 0
        self.reported = 0
        self.progress = progress
        self.cancelled = cancelled

    def start(self) -> None:
        self.report()

    def advance(self, rows: int = 1) -> None:
        self.done = min(self.done + rows, self.total)
        if self.done - self.reported >= STEP:
            self.report()

    def rewind(self, done: int) -> None:
        """Back to `done` (a write transaction rerun after a lock wait starts its count again)."""
        self.done = self.reported = done

    def report(self) -> None:
        self.reported = self.done
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()

    def finish(self) -> None:
        self.done = self.total
        if self.progress is not None:
            self.progress(self.total, self.total)


def _casefold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _board_target(s: Session, board: Board) -> _BoardTarget:
    measures: dict[str, list[_MeasureRef]] = {}
    # Own measures first: they are the more specific choice when an NPS goal exists twice.
    for measure, _ in sorted(measures_for_board(s, board.id), key=lambda mf: mf[1]):
        ref = _MeasureRef(
            measure.id,
            measure.name,
            Frequency(measure.frequency),
            counted=measure.safety_kind_id is not None,
        )
        measures.setdefault(_casefold(measure.name), []).append(ref)
    return _BoardTarget(board.id, board.code, board.name, measures)


def _refuse_if_any(problems: list[tuple[int, str]]) -> None:
    if problems:
        raise ImportRefused(sorted(problems, key=lambda p: p[0]))


def _no_rows(table: CsvTable | CsvFile) -> ImportRefused:
    return ImportRefused(
        [
            (
                table.header_row,
                translate("CsvImport", "tiedostossa on vain otsikkorivi: ei tuotavaa."),
            )
        ]
    )


class ImportService:
    """Imports of measure values from CSV files. See the module docstring for the contract."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- KPI ---------------------------------------------------------------------------------

    def import_kpi(
        self,
        source: CsvSource,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportSummary:
        """Store every value of a `board,measure,period,value` file, or none (ImportRefused).

        `source` is a path (str or Path), the file's bytes, or its text (a str holding a line
        break). Raises ImportRefused with every bad row, ImportCancelled when `cancelled()`
        turns True; in both cases nothing is stored.
        """
        table = open_csv(source)
        steps = _Steps(2 * table.row_count, progress, cancelled)
        steps.start()
        planned, boards = self._plan_kpi(table, steps)
        validated = steps.done

        def action(s: Session) -> _Counts:
            steps.rewind(validated)
            _check_still_active(s, planned)
            counts = _store_values(s, planned, steps)
            steps.check()  # the last moment a cancel can still leave everything as it was
            return counts

        counts = self.db.write(action)
        steps.finish()
        per_board = planned.per_board()
        return ImportSummary(
            values=len(planned),
            boards=tuple(BoardValues(b.code, b.name, per_board.get(b.id, 0)) for b in boards),
            inserted=counts.inserted,
            updated=counts.updated,
            unchanged=counts.unchanged,
            encoding=table.encoding,
            delimiter=table.delimiter,
        )

    def _plan_kpi(self, table: CsvFile, steps: _Steps) -> tuple[_Values, list[_BoardTarget]]:
        """Every row read once and checked, a row at a time; the good values kept compactly."""
        columns = find_columns(table, KPI_COLUMNS)
        if not table.row_count:
            raise _no_rows(table)
        problems = _Reasons()
        planned = _Values()
        boards: dict[str, _BoardTarget | str] = {}  # code → target, or why it cannot be used
        periods: dict[tuple[str, Frequency], Period | str] = {}
        keys = RowKeys(3)  # measure, board, period: the same one twice is refused
        with self.db.read() as s:
            for row in table.rows():
                steps.advance()
                reasons: list[str] = []
                value = self._kpi_row(s, row, columns, boards, periods, reasons)
                if extra := extra_fields_problem(table, row):
                    reasons.append(extra)
                if value is not None and not reasons:
                    keys.add((value.measure_id, value.board_id, value.period.start), len(planned))
                    planned.append(value, row.number)
                if reasons:
                    problems.add(row.number, " ".join(reasons))
        for at, first, _key in keys.duplicates():
            problems.add(
                planned.rows[at],
                translate(
                    "CsvImport", "sama taulu, mittari ja jakso ({period}) on jo rivillä {row}."
                ).format(period=planned.period(at).key, row=planned.rows[first]),
            )
        _refuse_if_any(problems.items)
        used = set(planned.per_board())
        targets = [b for b in boards.values() if isinstance(b, _BoardTarget) and b.id in used]
        return planned, targets

    def _kpi_row(
        self,
        s: Session,
        row: CsvRow,
        columns: dict[str, int],
        boards: dict[str, _BoardTarget | str],
        periods: dict[tuple[str, Frequency], Period | str],
        reasons: list[str],
    ) -> _Planned | None:
        """The row's value, or None with the reasons appended (every problem of the row)."""
        code = cell(row, columns["board"]).upper()
        name = cell(row, columns["measure"])
        period_text = cell(row, columns["period"])
        value_text = cell(row, columns["value"])

        measure: _MeasureRef | None = None
        target: _BoardTarget | str | None = None
        if not code:
            reasons.append(translate("CsvImport", "Taulu: tunnus puuttuu."))
        else:
            if code not in boards:
                boards[code] = _resolve_board(s, code)
            target = boards[code]
            if isinstance(target, str):
                reasons.append(target)
        if not name:
            reasons.append(translate("CsvImport", "Mittari: nimi puuttuu."))
        elif isinstance(target, _BoardTarget):
            measure = _pick_measure(target, name, reasons)

        period: Period | None = None
        if not period_text:
            reasons.append(translate("CsvImport", "Jakso: arvo puuttuu."))
        elif measure is not None:
            key = (period_text, measure.frequency)
            resolved = periods.get(key)
            if resolved is None:
                try:
                    resolved = resolve_period(period_text, measure.frequency)
                except ValidationError as error:
                    resolved = error.message
                if len(periods) < PERIODS_REMEMBERED:
                    periods[key] = resolved
            if isinstance(resolved, str):
                reasons.append(resolved)
            else:
                period = resolved

        number: float | None = None
        try:
            number = parse_number(value_text.removesuffix("%"), "value", "Arvo")
        except ValidationError as error:
            reasons.append(error.message)

        if reasons or measure is None or period is None or number is None:
            return None
        assert isinstance(target, _BoardTarget)
        return _Planned(measure.id, measure.name, target.id, period, number)

    # --- NPS ---------------------------------------------------------------------------------

    def import_nps(
        self,
        source: CsvSource,
        board_code: str,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> NpsImportSummary:
        """Compute NPS per week and month from a `date,score[,comment]` file and store it on the
        board's NPS measures (created if missing), or store nothing (ImportRefused,
        ImportCancelled, NotFound for an unknown board, ValidationError for a board that cannot
        take NPS figures). `source` as for import_kpi.
        """
        table = open_csv(source)
        steps = _Steps(table.row_count + 1, progress, cancelled)
        steps.start()
        board_id = self._nps_board(board_code)
        answers = self._validate_nps(table, steps)
        weeks = _nps_figures(answers, Frequency.WEEK)
        months = _nps_figures(answers, Frequency.MONTH)
        validated = steps.done

        def action(s: Session) -> NpsImportSummary:
            steps.rewind(validated)
            board = s.get(Board, board_id)
            if board is None or board.archived_at is not None:
                raise NotFound(
                    translate("Errors", "Taulua tunnuksella {code} ei löydy.").format(
                        code=board_code
                    )
                )
            by_frequency, created = _nps_measures(s, board)
            planned = _Values()
            for freq, figures in ((Frequency.WEEK, weeks), (Frequency.MONTH, months)):
                m = by_frequency[freq]
                for f in figures:
                    planned.append(
                        _Planned(m.id, m.name, board.id, Period(f.period_start, freq), f.nps,
                                 f.answers),
                        0,
                    )  # fmt: skip
            counts = _store_values(s, planned, None)
            steps.check()
            return NpsImportSummary(
                board_code=board.code,
                board_name=board.name,
                answers=answers.total,
                weeks=tuple(weeks),
                months=tuple(months),
                week_measure=measure_info(by_frequency[Frequency.WEEK]),
                month_measure=measure_info(by_frequency[Frequency.MONTH]),
                created_measures=tuple(created),
                inserted=counts.inserted,
                updated=counts.updated,
                unchanged=counts.unchanged,
                encoding=table.encoding,
                delimiter=table.delimiter,
            )

        summary = self.db.write(action)
        steps.finish()
        return summary

    def _nps_board(self, board_code: str) -> int:
        """The board's id, refusing before any row is read what can never take NPS figures."""
        code = (board_code or "").strip().upper()
        with self.db.read() as s:
            board = s.scalar(select(Board).where(Board.code == code))
            if board is None:
                raise NotFound(
                    translate("Errors", "Taulua tunnuksella {code} ei löydy.").format(
                        code=board_code
                    )
                )
            if board.archived_at is not None:
                raise ValidationError(
                    translate("CsvImport", "Taulu {code} on arkistoitu.").format(code=board.code),
                    "board",
                )
            main = _nps_measure(_board_target(s, board))
            if main is not None and main.frequency not in NPS_COMPANION:
                raise ValidationError(_daily_nps_message(board.code), "board")
            return board.id

    def _validate_nps(self, table: CsvFile, steps: _Steps) -> _Answers:
        """Every answer checked a row at a time; only the counts per day are kept."""
        columns = find_columns(table, NPS_COLUMNS, NPS_OPTIONAL_COLUMNS)
        if not table.row_count:
            raise _no_rows(table)
        problems = _Reasons()
        answers = _Answers()
        for row in table.rows():
            steps.advance()
            reasons: list[str] = []
            day = _answer_day(cell(row, columns["date"]), reasons)
            score = _score(cell(row, columns["score"]), reasons)
            if "comment" in columns:
                try:
                    # Screened, never stored (see the module docstring).
                    guard_text(cell(row, columns["comment"]), "comment", "Kommentti")
                except ValidationError as error:
                    reasons.append(error.message)
            if extra := extra_fields_problem(table, row):
                reasons.append(extra)
            if reasons:
                problems.add(row.number, " ".join(reasons))
            elif day is not None and score is not None:
                answers.add(day, score)
        _refuse_if_any(problems.items)
        return answers


# --- helpers -----------------------------------------------------------------------------------


def _resolve_board(s: Session, code: str) -> _BoardTarget | str:
    board = s.scalar(select(Board).where(Board.code == code))
    if board is None:
        return translate("CsvImport", "Taulu: tuntematon taulu ”{code}”.").format(code=code)
    if board.archived_at is not None:
        return translate("CsvImport", "Taulu: taulu {code} on arkistoitu.").format(code=code)
    return _board_target(s, board)


def _pick_measure(target: _BoardTarget, name: str, reasons: list[str]) -> _MeasureRef | None:
    found = target.measures.get(_casefold(name), [])
    if len(found) == 1 and found[0].counted:
        reasons.append(
            translate(
                "CsvImport",
                "Mittari: ”{name}” lasketaan taulun {code} turvallisuustapahtumista, "
                "sille ei tuoda arvoja.",
            ).format(name=found[0].name, code=target.code)
        )
        return None
    if len(found) == 1:
        return found[0]
    if found:
        reasons.append(
            translate(
                "CsvImport",
                "Mittari: taulu {code} näkee {count} mittaria nimeltä ”{name}” "
                "(oma ja ylemmän taulun): nimeä toinen uudelleen.",
            ).format(code=target.code, count=len(found), name=found[0].name)
        )
        return None
    known = target.names()
    shown = (
        ", ".join(known[:8]) + (" …" if len(known) > 8 else "")
        if known
        else translate("CsvImport", "ei mittareita")
    )
    reasons.append(
        translate(
            "CsvImport", "Mittari: taululla {code} ei ole mittaria ”{name}” (taululla: {shown})."
        ).format(code=target.code, name=name, shown=shown)
    )
    return None


def _check_still_active(s: Session, planned: _Values) -> None:
    """Inside the write: a measure archived since validation would take a hidden value."""
    ids = planned.measure_ids()
    active = set(
        s.scalars(select(Measure.id).where(Measure.id.in_(ids), Measure.archived_at.is_(None)))
    )
    if gone := sorted({planned.names[i] for i in ids if i not in active}):
        raise LeanBoardError(
            translate(
                "CsvImport",
                "Mittari {names} arkistoitiin tuonnin aikana: mitään ei tallennettu. "
                "Tuo tiedosto uudelleen.",
            ).format(names=", ".join(gone))
        )


def _store_values(s: Session, planned: _Values, steps: _Steps | None) -> _Counts:
    """Insert or replace each value (one per measure, board and period), WRITE_CHUNK at a time,
    with a history row for each value that is new or changed.

    The bulk counterpart of measures.upsert_value: same row, same history entry, but a few
    statements per thousand values instead of three per value, through the write path's
    checks (store.write_path). Per chunk: the stored values of its keys in one query, the new
    ones inserted (plain executemany, no RETURNING: psycopg re-parses every multi-row RETURNING
    statement, which made it three times slower on PostgreSQL) and the changed ones updated,
    then the new rows' ids read back in one query and the history rows written. Memory holds a
    chunk, whatever the file's size.
    """
    if not len(planned):
        return _Counts(0, 0, 0)
    s.flush()  # ORM history rows (a created NPS measure) keep their place before the values'
    table = MeasureValue.metadata.tables[MeasureValue.__tablename__]
    replace = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            value=bindparam("b_value"),
            answers=bindparam("b_answers"),
            source=SOURCE,
            updated_at=bindparam("b_now"),
            # Bumped like an ORM save, so a dialog still holding the old value gets a conflict.
            version=table.c.version + 1,
        )
    )
    now = utcnow()
    inserted = updated = unchanged = 0
    for chunk in planned.chunks(WRITE_CHUNK):
        stored = _stored_values(s, chunk)
        new: list[dict[str, object]] = []
        changed: list[dict[str, object]] = []
        old_values: dict[tuple[int, int, dt.date], float | None] = {}
        for v in chunk:
            key = (v.measure_id, v.board_id, v.period.start)
            old = stored.get(key)
            if old is None:
                old_values[key] = None
                new.append(
                    {
                        "measure_id": v.measure_id,
                        "board_id": v.board_id,
                        "period_start": v.period.start,
                        "value": v.value,
                        "answers": v.answers,
                        "source": SOURCE,
                        "updated_at": now,
                        "version": 1,
                    }
                )
            elif old[1] == v.value and old[2] == v.answers:
                unchanged += 1
            else:
                old_values[key] = old[1]
                changed.append(
                    {"b_id": old[0], "b_value": v.value, "b_answers": v.answers, "b_now": now}
                )
        insert_rows(s, table, new, history=RECORDED_BY_CALLER)
        update_rows(s, table, replace, changed, lambda r: {"value": r["b_value"],
                                                           "answers": r["b_answers"]})  # fmt: skip
        ids = {key: row[0] for key, row in _stored_values(s, new_only(chunk, old_values)).items()}
        record_changes(
            s,
            [
                _value_change(v, ids[key], old_values[key])
                for v in chunk
                if (key := (v.measure_id, v.board_id, v.period.start)) in old_values
            ],
        )
        inserted += len(new)
        updated += len(changed)
        if steps is not None:
            steps.advance(len(chunk))
    return _Counts(inserted, updated, unchanged)


def new_only(
    chunk: Sequence[_Planned], written: Mapping[tuple[int, int, dt.date], float | None]
) -> list[_Planned]:
    return [v for v in chunk if (v.measure_id, v.board_id, v.period.start) in written]


def _stored_values(
    s: Session, planned: Sequence[_Planned]
) -> dict[tuple[int, int, dt.date], tuple[int, float, int | None]]:
    """(id, value, answers) of the stored values of the planned keys, in one query."""
    if not planned:
        return {}
    keys = {(v.measure_id, v.board_id, v.period.start) for v in planned}
    rows = s.execute(
        select(
            MeasureValue.id,
            MeasureValue.measure_id,
            MeasureValue.board_id,
            MeasureValue.period_start,
            MeasureValue.value,
            MeasureValue.answers,
        ).where(
            MeasureValue.measure_id.in_({v.measure_id for v in planned}),
            MeasureValue.board_id.in_({v.board_id for v in planned}),
            MeasureValue.period_start.between(
                min(v.period.start for v in planned), max(v.period.start for v in planned)
            ),
        )
    )
    stored = {}
    for row_id, measure_id, board_id, start, value, answers in rows:
        if (measure_id, board_id, start) in keys:
            stored[(measure_id, board_id, start)] = (row_id, value, answers)
    return stored


def _value_change(v: _Planned, row_id: int, old: float | None) -> ChangeEntry:
    """One history entry, as measures.upsert_value records it."""
    details: dict[str, object] = {
        "measure": v.measure_name,
        "period": v.period.key,
        "value": [old, v.value],
        "source": SOURCE,
    }
    if v.answers is not None:
        details["answers"] = v.answers
    return ChangeEntry("measure_value", row_id, "set", v.board_id, details)


def _answer_day(text: str, reasons: list[str]) -> dt.date | None:
    if not text:
        reasons.append(translate("CsvImport", "Päivämäärä: arvo puuttuu."))
        return None
    try:
        return parse_date(TIME_PART.sub("", text), "date", "Päivämäärä")
    except ValidationError as error:
        reasons.append(error.message)
        return None


def _score(text: str, reasons: list[str]) -> int | None:
    if not text:
        reasons.append(translate("CsvImport", "Arvosana: arvo puuttuu."))
        return None
    try:
        return parse_int_in_range(text, "score", "Arvosana", 0, 10)
    except ValidationError as error:
        reasons.append(error.message)
        return None


class _Answers:
    """NPS answers counted per day and score: the file's answers, not kept one by one."""

    def __init__(self) -> None:
        self.by_day: dict[dt.date, list[int]] = defaultdict(lambda: [0] * 11)
        self.total = 0

    def add(self, day: dt.date, score: int) -> None:
        self.by_day[day][score] += 1
        self.total += 1


def _nps_figures(answers: _Answers, frequency: Frequency) -> list[NpsFigure]:
    by_period: dict[Period, list[int]] = defaultdict(lambda: [0] * 11)
    for day, counts in answers.by_day.items():
        into = by_period[period_of(day, frequency)]
        for score, n in enumerate(counts):
            into[score] += n
    figures = []
    for period in sorted(by_period):
        counts = by_period[period]
        result = nps(score for score, n in enumerate(counts) for _ in range(n))
        assert result.nps is not None  # every period here has at least one answer
        figures.append(
            NpsFigure(
                period.key,
                period.start,
                result.nps,
                result.answers,
                result.promoters,
                result.passives,
                result.detractors,
            )
        )
    return figures


def _nps_measure(target: _BoardTarget) -> _MeasureRef | None:
    found = target.measures.get(_casefold(NPS_NAME), [])
    return found[0] if found else None  # own before inherited (see _board_target)


def _daily_nps_message(code: str) -> str:
    return translate(
        "CsvImport",
        "Taulun {code} NPS-mittarin jakso on päivä: NPS lasketaan viikoittain ja kuukausittain. "
        "Vaihda mittarin jaksoksi viikko tai kuukausi.",
    ).format(code=code)


def _nps_measures(s: Session, board: Board) -> tuple[dict[Frequency, Measure], list[str]]:
    """The measures that take the weekly and the monthly NPS, created on the board if missing."""
    target = _board_target(s, board)
    created: list[str] = []
    ref = _nps_measure(target)
    if ref is None:
        main = _create_measure(s, board, NPS_NAME, Frequency.WEEK, None)
        created.append(main.name)
    else:
        main = s.get_one(Measure, ref.id)
    frequency = Frequency(main.frequency)
    if frequency not in NPS_COMPANION:
        raise ValidationError(_daily_nps_message(board.code), "board")
    other = NPS_OTHER[frequency]
    companion_name = NPS_COMPANION[frequency]
    found = target.measures.get(_casefold(companion_name), [])
    if found:
        companion = s.get_one(Measure, found[0].id)
        if companion.frequency != other.value:
            raise ValidationError(
                (
                    translate(
                        "CsvImport",
                        "Taulun {code} mittarin ”{name}” jakso ei ole kuukausi: korjaa mittarin "
                        "jakso tai nimi ennen NPS-tuontia.",
                    )
                    if other is Frequency.MONTH
                    else translate(
                        "CsvImport",
                        "Taulun {code} mittarin ”{name}” jakso ei ole viikko: korjaa mittarin "
                        "jakso tai nimi ennen NPS-tuontia.",
                    )
                ).format(code=board.code, name=companion.name),
                "board",
            )
    else:
        companion = _create_measure(s, board, companion_name, other, main)
        created.append(companion.name)
    return {frequency: main, other: companion}, created


def _create_measure(
    s: Session, board: Board, name: str, frequency: Frequency, like: Measure | None
) -> Measure:
    fields = clean_measure_fields(
        name,
        like.unit if like is not None else "",
        like.target if like is not None else NPS_TARGET,
        like.direction if like is not None else "higher",
        frequency.value,
        False,
        0,
        NPS_DESCRIPTION,
    )
    measure = Measure(board_id=board.id, **fields)
    s.add(measure)
    s.flush()
    record_change(
        s,
        "measure",
        measure.id,
        "create",
        board_id=board.id,
        details={"name": measure.name, "source": SOURCE},
    )
    return measure
