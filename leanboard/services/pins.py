"""The wall PIN: tries counted in the database per board, a pause that doubles with each wrong
try and outlives the dialog and the program, setting (twice typed, in the UI) and removing.

Two ways to the same rules. Where access control is on (PostgreSQL after `leanboard access
setup`, any login but the owner) the database functions of store/access.py do it: the hash
never leaves the server, and a try counts when it is handed in. Elsewhere — SQLite, whose
file's permissions are the boundary, PostgreSQL before the set-up, and the owner — this
module reads and writes `board_pin` itself, in one transaction per try.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable

from sqlalchemy.orm import Session

from leanboard.domain.access import PinState, PinTry, pin_pause_seconds
from leanboard.domain.errors import AccessDenied, ValidationError
from leanboard.i18n import translate
from leanboard.services.editing import get_or_fail
from leanboard.store import access
from leanboard.store.database import Database, record_change
from leanboard.store.models import Board, BoardPin, utcnow
from leanboard.store.write_path import PIN_HASH

PIN_ITERATIONS = 100_000
PIN_MIN, PIN_MAX = 4, 8
PIN_OFFERED = 6  # what the settings dialog asks for; 4-digit PINs set earlier still work


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
    return f"pbkdf2${salt.hex()}${digest.hex()}"


def pin_digest(pin: str, salt_hex: str) -> str:
    return hash_pin(pin, bytes.fromhex(salt_hex)).split("$")[2]


def pin_matches(pin: str, stored: str) -> bool:
    if not PIN_HASH.fullmatch(stored):  # not written by hash_pin: matches nothing, never crashes
        return False
    _, salt, digest = stored.split("$")
    return hmac.compare_digest(pin_digest(pin, salt), digest)


def check_pin_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ValidationError(translate("Validation", "PIN-koodi: 4–8 numeroa."), "pin")
    return pin


def seconds_left(until: dt.datetime | None, now: dt.datetime) -> float:
    return max(0.0, (until - now).total_seconds()) if until is not None else 0.0


class PinService:
    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now  # naive UTC; the database's own clock where access control is on

    def _enforced(self, s: Session) -> bool:
        if self.db.backend != "postgresql":
            return False
        state = access.session_access(s)
        return state.enabled and not state.exempt

    def state(self, board_id: int) -> PinState:
        """Whether the board has a PIN, the wrong tries in a row, and how long until the next
        try is heard."""
        with self.db.read() as s:
            get_or_fail(s, Board, board_id, "Taulu")
            if self._enforced(s):
                has_pin, _salt, failures, wait = access.call_rows(
                    s, "pin_state", {"target": board_id}
                )
                return PinState(bool(has_pin), int(failures), float(wait))
            pin = s.get(BoardPin, board_id)
            if pin is None:
                return PinState(False, 0, 0.0)
            return PinState(True, pin.failures, seconds_left(pin.paused_until, self.now()))

    def try_pin(self, board_id: int, pin: str) -> PinTry:
        """One try. While a pause runs the try is not heard at all (and not counted)."""
        with self.db.read() as s:
            get_or_fail(s, Board, board_id, "Taulu")
            enforced = self._enforced(s)
        if enforced:
            return self._try_in_database(board_id, pin)[0]

        def action(s: Session) -> PinTry:
            stored = s.get(BoardPin, board_id, with_for_update=True)
            if stored is None:
                return PinTry(True, 0, 0.0)  # no PIN: the board is open to its leader
            now = self.now()
            wait = seconds_left(stored.paused_until, now)
            if wait > 0:
                return PinTry(False, stored.failures, wait, heard=False)
            if pin_matches(pin or "", stored.pin_hash):
                stored.failures, stored.paused_until = 0, None
                return PinTry(True, 0, 0.0)
            stored.failures += 1
            pause = pin_pause_seconds(stored.failures)
            stored.paused_until = now + dt.timedelta(seconds=pause)
            return PinTry(False, stored.failures, float(pause))

        return self.db.write(action)

    def check_pin(self, board_id: int, pin: str) -> bool:
        return self.try_pin(board_id, pin).ok

    def _try_in_database(self, board_id: int, pin: str) -> tuple[PinTry, int | None]:
        """The try through the database's functions; the attempt's id proves a right PIN."""
        with self.db.read() as s:
            has_pin, salt, failures, wait = access.call_rows(s, "pin_state", {"target": board_id})
        if not has_pin:
            return PinTry(True, 0, 0.0), None
        if wait > 0:
            return PinTry(False, int(failures), float(wait), heard=False), None
        digest = pin_digest(pin or "", str(salt))
        # Handed in (and counted) in a transaction of its own, judged in the next: a rerun of
        # the hand-in after a lost connection would count the try twice, so none is made.
        attempt, failures, wait = self.db.write(
            lambda s: access.call_rows(s, "pin_submit", {"target": board_id, "candidate": digest}),
            retries=0,
        )
        if attempt is None:
            return PinTry(False, int(failures), float(wait), heard=False), None
        ok = self.db.write(lambda s: access.call(s, "pin_verdict", {"attempt_id": attempt}))
        if ok:
            return PinTry(True, 0, 0.0), int(attempt)
        return PinTry(False, int(failures), float(wait)), None

    def set_pin(self, board_id: int, pin: str | None, *, old_pin: str | None = None) -> None:
        """Set the board's PIN (None removes it). Changing or removing a PIN that is set needs
        `old_pin` or a leader's role on the board; a wrong `old_pin` counts as a wrong try."""
        new_hash = hash_pin(check_pin_format(pin)) if pin is not None else None
        with self.db.read() as s:
            get_or_fail(s, Board, board_id, "Taulu")
            enforced = self._enforced(s)
        proof: int | None = None
        if old_pin:
            if enforced:
                result, proof = self._try_in_database(board_id, old_pin)
            else:
                result = self.try_pin(board_id, old_pin)
            if not result.ok:
                raise ValidationError(wrong_pin_message(result), "old_pin")
        if enforced:

            def in_database(s: Session) -> None:
                params = {"target": board_id, "new_hash": new_hash, "proof": proof}
                access.call(s, "pin_set", params)

            try:
                self.db.write(in_database)
            except AccessDenied:
                raise AccessDenied(
                    translate(
                        "Errors",
                        "PIN-koodin vaihtamiseen tai poistamiseen tarvitaan nykyinen PIN-koodi "
                        "tai taulun vetäjän rooli. PIN-koodia ei muutettu.",
                    )
                ) from None
            return

        def action(s: Session) -> None:
            stored = s.get(BoardPin, board_id, with_for_update=True)
            if new_hash is None:
                if stored is None:
                    return
                s.delete(stored)
                s.flush()
                record_change(s, "board", board_id, "remove_pin", board_id=board_id)
                return
            if stored is None:
                s.add(BoardPin(board_id=board_id, pin_hash=new_hash, failures=0))
            else:
                stored.pin_hash, stored.failures, stored.paused_until = new_hash, 0, None
            s.flush()
            # The history says the PIN changed, never what it is.
            record_change(s, "board", board_id, "set_pin", board_id=board_id)

        self.db.write(action)


def wrong_pin_message(result: PinTry) -> str:
    wait = round(result.wait_seconds)
    if not result.heard:
        return translate("Validation", "Liian monta väärää PIN-koodia: odota {seconds} s.").format(
            seconds=max(wait, 1)
        )
    if wait > 0:
        text = translate("Validation", "Väärä PIN-koodi. Seuraava yritys {seconds} s kuluttua.")
        return text.format(seconds=wait)
    return translate("Validation", "Väärä PIN-koodi.")
