#!/usr/bin/env python3
"""Benchmarks of the explorer against `less` and a minimal C ncurses program.

Figures, not pass/fail tests: run by hand (Tests/Benchmarks/run), never in CI.
Python 3.11 standard library only.

In a pseudo-terminal of 80x24 (TERM=xterm-256color, LANG=C.UTF-8), interleaved
rounds run the three programs in rotating order and measure:
  - time to first frame: from just before posix_spawn() to the last byte of the first
    burst of output (a burst ends after QUIET seconds without output; the quiet
    period itself is not counted);
  - keystroke-to-settled-screen latency: from write() of the key to the last byte
    of the burst it causes, and the bytes in that burst;
  - peak memory: VmHWM from /proc/PID/status, read just before sending q.
Then, without a terminal: load + validate of the shipped content (embedded and
YAML), of generated packs of 50, 100, 250 and 500 cases, the 500-case pack paired
with PyYAML's CSafeLoader parsing the same files (its own in-process time, without
the interpreter's start), decoding the built-in content in process (ContentBench),
and rendering a frame at 300x100 (minus a 1x1 render of the same keys).
The binary's size and whether nm finds Foundation or ICU symbols in it.
Prints Markdown: the machine, one table of the terminal figures, one of the
content and render figures, and the targets.

With --classroom, instead: one presenter (`present 2 --lead`) and 30 followers
(`--follow`), each in its own 80x24 pty, sharing a room folder: the presenter
steps through the case with Space (a random pause of up to 250 ms before
each key), and for each key that moves the record,
the time from write() of the key to the last byte of each follower's frame;
then the CPU time (/proc/PID/schedstat) and wake-ups of the 30 followers
while nothing happens (from 3 s after the last move: each saves its place 2 s
after a change; each follower has a HOME of its own); then both again with the followers polling
(INFLUENCE_ROOM_POLL=1) instead of inotify.

With --scale, instead: for each pack of --scale-packs cases (500, 2000 and 10000; made by
packs.py from Content/), the wall time of `validate`, of every export and every printed view,
then one explorer in an 80x24 pty through every screen: the first frame, opening each screen
and keys in it (the search typed a letter at a time), and the growth between the sizes.
"""

from __future__ import annotations

import argparse
import atexit
import datetime
import fcntl
import math
import os
import random
import re
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from packs import PackError, generate_pack  # noqa: E402  (beside this file)

QUIET = 0.030          # seconds of silence that end a burst
FIRST_TIMEOUT = 5.0    # seconds to wait for a first frame
KEY_TIMEOUT = 2.0      # seconds to wait for the first byte after a key
EXIT_TIMEOUT = 3.0     # seconds to wait for a program to exit after q
COLS, ROWS = 80, 24
SEARCH_WORD = "sovereignty"
KEY_REPS = 5           # measured presses of each key per round

_live: set[int] = set()       # process groups of children still running
_tempdirs: list[str] = []


def _cleanup() -> None:
    for pid in list(_live):
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass
        _live.discard(pid)
    for d in _tempdirs:
        shutil.rmtree(d, ignore_errors=True)


def _on_signal(signum, _frame):
    _cleanup()
    sys.exit(128 + signum)


atexit.register(_cleanup)
signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGHUP, _on_signal)


class BenchError(Exception):
    pass


# ---------------------------------------------------------------------------
# A program in a pseudo-terminal


class Session:
    """One program running in its own 80x24 pty, as session leader with the pty as controlling terminal."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str]):
        self.name = name
        master, slave = os.openpty()  # both close on exec (PEP 446)
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        slave_path = os.ttyname(slave)
        # posix_spawn (vfork-like) rather than fork: forking the Python process costs 2-3 ms, which
        # would be counted in every first frame. setsid runs before the file actions, so opening the
        # pty (without O_NOCTTY) makes it the controlling terminal, as login_tty would; less needs
        # that to read keys from /dev/tty.
        self.t0 = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, env, setsid=True, file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, slave_path, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ])
        os.close(slave)
        _live.add(pid)
        self.pid = pid
        self.fd = master
        self.status: int | None = None
        os.set_blocking(master, False)

    def burst(self, since: float, first_timeout: float) -> tuple[float, int, bytes]:
        """Reads until QUIET seconds pass with no output after the first byte.

        Returns (seconds from `since` to the last byte, byte count, bytes)."""
        data = bytearray()
        last: float | None = None
        deadline = since + first_timeout
        while True:
            now = time.perf_counter()
            wait = (deadline - now) if last is None else (last + QUIET - now)
            if wait <= 0:
                if last is None:
                    raise BenchError(f"{self.name}: no output within {first_timeout:.1f} s")
                break
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                continue
            except OSError:  # EIO: the program has gone
                chunk = b""
            if not chunk:
                if last is None:
                    raise BenchError(f"{self.name}: exited before drawing ({self._reap_status()})")
                break
            last = time.perf_counter()
            data += chunk
        return last - since, len(data), bytes(data)

    def first_frame(self) -> tuple[float, int, bytes]:
        return self.burst(self.t0, FIRST_TIMEOUT)

    def key(self, keys: bytes) -> tuple[float, int, bytes]:
        t = time.perf_counter()
        os.write(self.fd, keys)
        return self.burst(t, KEY_TIMEOUT)

    def memory_kib(self) -> tuple[int, int]:
        """(VmHWM, RssAnon) from /proc/PID/status: peak resident set, and private memory now."""
        found = {}
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                key = line.split(":", 1)[0]
                if key in ("VmHWM", "RssAnon"):
                    found[key] = int(line.split()[1])
        if len(found) != 2:
            raise BenchError(f"{self.name}: no VmHWM/RssAnon in /proc/{self.pid}/status")
        return found["VmHWM"], found["RssAnon"]

    def quit(self, keys: bytes = b"q") -> None:
        """Sends the quit key, drains output and waits for exit; kills on timeout."""
        try:
            os.write(self.fd, keys)
        except OSError:
            pass
        deadline = time.perf_counter() + EXIT_TIMEOUT
        while self.status is None and time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.01)
            if ready:
                try:
                    os.read(self.fd, 65536)
                except OSError:
                    pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                _live.discard(self.pid)
        self.close()
        if self.status is None:
            raise BenchError(f"{self.name}: did not exit within {EXIT_TIMEOUT:.0f} s of q (killed)")
        if os.waitstatus_to_exitcode(self.status) != 0:
            raise BenchError(f"{self.name}: exit status {os.waitstatus_to_exitcode(self.status)}")

    def _reap_status(self) -> str:
        try:
            pid, status = os.waitpid(self.pid, 0)
            _live.discard(self.pid)
            self.status = status
            return f"exit {os.waitstatus_to_exitcode(status)}"
        except OSError:
            return "exit unknown"

    def close(self) -> None:
        if self.pid in _live:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
            try:
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            _live.discard(self.pid)
        try:
            os.close(self.fd)
        except OSError:
            pass


# ---------------------------------------------------------------------------
# The three programs' scripts. Each returns {measure: [samples]}; times in ms.


def terminfo_key(cap: str, fallback: bytes) -> bytes:
    """The bytes the terminal sends for a key in keypad-transmit mode (curses turns that mode on):
    for xterm-256color, Right is ESC O C, not ESC [ C, which curses would read as Escape, [ and C."""
    try:
        p = subprocess.run(["tput", "-T", "xterm-256color", cap], capture_output=True, timeout=10)
        if p.returncode == 0 and p.stdout.startswith(b"\x1b"):
            return p.stdout
    except (OSError, subprocess.SubprocessError):
        pass
    return fallback


RIGHT = terminfo_key("kcuf1", b"\x1bOC")
DOWN = terminfo_key("kcud1", b"\x1bOB")
LEFT = terminfo_key("kcub1", b"\x1bOD")


def _record(out: dict, name: str, sample: tuple[float, int, bytes]) -> None:
    out.setdefault(name + ":ms", []).append(sample[0] * 1000)
    out.setdefault(name + ":bytes", []).append(sample[1])


def _expect(name: str, data: bytes, marker: str) -> None:
    if marker.encode() not in data:
        raise BenchError(f"{name}: first frame lacks {marker!r}; is this the right program/content?")


def run_explorer(cfg) -> dict:
    out: dict = {}
    # Each round starts as a first run does, at home: the place the last round saved is removed
    # (the first frame still includes looking for it).
    shutil.rmtree(os.path.join(cfg.env["HOME"], ".local", "state", "influence"), ignore_errors=True)
    s = Session("explorer", [cfg.influence], cfg.env)
    try:
        ff = s.first_frame()
        _expect("explorer", ff[2], "Influence Explorer")
        _record(out, "first", ff)
        _record(out, "open", s.key(b"1"))           # home -> case 1, stage 1 (41 lines of text)
        for _ in range(KEY_REPS):
            _record(out, "scroll", s.key(b"j"))
        for _ in range(KEY_REPS):
            _record(out, "stage", s.key(RIGHT))
        # Memory before searching, after the same reading as the others do (the search index, built
        # on the first search, is a later and separate cost).
        out["hwm"], out["anon"] = ([x] for x in s.memory_kib())
        _record(out, "search1", s.key(b"/" + SEARCH_WORD.encode() + b"\r"))  # opens the first hit
        for _ in range(KEY_REPS):
            _record(out, "search", s.key(b"n"))
        # Incremental search: each typed letter runs the search again over all the content and
        # redraws the list of hits (Esc back to the case, / offers the last words, typing replaces them).
        s.key(b"\x1b")
        s.key(b"/")
        for ch in SEARCH_WORD.encode():
            _record(out, "searchkey", s.key(bytes([ch])))
        s.key(b"\x1b")
        # The comparison grid: opening it (on case 1 at its sixth stage), then moving its cell cursor
        # (each move redraws the grid; each of these moves changes the cell).
        _record(out, "gridopen", s.key(b"c"))
        for k in (LEFT, LEFT, DOWN, DOWN, RIGHT):
            _record(out, "grid", s.key(k))
        # A list screen: the sources (58 works, 165 places), the choice moved down one entry at a time.
        s.key(b"\x1b")
        s.key(b"s")
        for _ in range(KEY_REPS):
            _record(out, "list", s.key(DOWN))
        s.quit(b"q")
    finally:
        s.close()
    return out


def run_c(cfg) -> dict:
    out: dict = {}
    s = Session("C ncurses", [cfg.cprog, cfg.article], cfg.env)
    try:
        ff = s.first_frame()
        _expect("C ncurses", ff[2], "Weak State")
        _record(out, "first", ff)
        for _ in range(KEY_REPS):
            _record(out, "scroll", s.key(b"j"))
        out["hwm"], out["anon"] = ([x] for x in s.memory_kib())
        s.quit(b"q")
    finally:
        s.close()
    return out


def run_less(cfg) -> dict:
    out: dict = {}
    s = Session("less", [cfg.less, cfg.article], cfg.env)
    try:
        ff = s.first_frame()
        _expect("less", ff[2], "Strong Power")
        _record(out, "first", ff)
        for _ in range(KEY_REPS):
            _record(out, "scroll", s.key(b"j"))
        _record(out, "search1", s.key(b"/" + SEARCH_WORD.encode() + b"\r"))
        for _ in range(KEY_REPS):
            _record(out, "search", s.key(b"n"))
        out["hwm"], out["anon"] = ([x] for x in s.memory_kib())
        s.quit(b"q")
    finally:
        s.close()
    return out


def run_spawn(cfg) -> dict:
    """What the harness itself costs: posix_spawn of a program that writes one line to the pty."""
    s = Session("echo", ["/bin/echo", "x"], cfg.env)
    try:
        return {"first:ms": [s.first_frame()[0] * 1000]}
    finally:
        s.close()


PROGRAMS = [("explorer", run_explorer), ("c", run_c), ("less", run_less), ("spawn", run_spawn)]


def terminal_rounds(cfg) -> tuple[dict, list[dict]]:
    """Returns ({prog: {measure: all samples}}, [per-round {prog: {measure: samples}}])."""
    totals: dict = {p: {} for p, _ in PROGRAMS}
    rounds: list[dict] = []
    # One warm-up round (page cache, dynamic loader caches), not counted.
    for _, fn in PROGRAMS:
        fn(cfg)
    for r in range(cfg.rounds):
        order = PROGRAMS[r % len(PROGRAMS):] + PROGRAMS[:r % len(PROGRAMS)]
        this: dict = {}
        for prog, fn in order:
            res = fn(cfg)
            this[prog] = res
            for k, v in res.items():
                totals[prog].setdefault(k, []).extend(v)
        rounds.append(this)
        print(f"  round {r + 1}/{cfg.rounds} ({', '.join(p for p, _ in order)})", file=sys.stderr)
    return totals, rounds


# ---------------------------------------------------------------------------
# A class: one presenter, many followers


def _drain(sessions: list[Session], quiet: float = 0.1, limit: float = 5.0) -> None:
    """Reads every session's output until all have been quiet for `quiet` seconds."""
    fds = {s.fd: s for s in sessions}
    last = time.perf_counter()
    deadline = last + limit
    while time.perf_counter() - last < quiet and time.perf_counter() < deadline:
        ready, _, _ = select.select(list(fds), [], [], quiet)
        for fd in ready:
            try:
                if os.read(fd, 65536):
                    last = time.perf_counter()
            except OSError:
                pass


def _wait_for(session: Session, marker: str, timeout: float = FIRST_TIMEOUT * 2) -> None:
    """Reads a session's output until it has shown `marker`."""
    data = bytearray()
    deadline = time.perf_counter() + timeout
    while marker.encode() not in data:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise BenchError(f"{session.name}: no {marker!r} within {timeout:.0f} s")
        ready, _, _ = select.select([session.fd], [], [], left)
        if ready:
            try:
                data += os.read(session.fd, 65536)
            except OSError:
                raise BenchError(f"{session.name}: exited before showing {marker!r}")


def _room_record(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _cpu_ns(pid: int) -> tuple[int, int]:
    """(nanoseconds on a CPU so far, voluntary context switches) of a process."""
    with open(f"/proc/{pid}/schedstat") as f:
        ns = int(f.read().split()[0])
    switches = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("voluntary_ctxt_switches:"):
                switches = int(line.split()[1])
    return ns, switches


def _step(lead: Session, followers: list[Session], key: bytes, room_file: str, previous: bytes | None,
          timeout: float = 3.0) -> tuple[bytes | None, list[float] | None]:
    """Presses `key` at the presenter. When the room's record changes, returns (record, the ms from the
    key to the last byte of each follower's frame); when it does not, (record, None)."""
    fds = {s.fd: s for s in [lead] + followers}
    last: dict[int, float] = {}
    # A pause of random length first, as between a presenter's keys: a key that always came right
    # after the last frame would always find polling followers just after their last look.
    time.sleep(random.uniform(0, 0.25))
    t0 = time.perf_counter()
    os.write(lead.fd, key)
    deadline = t0 + timeout
    changed: bool | None = None
    record = previous
    while True:
        now = time.perf_counter()
        if now > deadline:
            missing = [s.name for s in followers if s.fd not in last]
            raise BenchError(f"no frame within {timeout:.0f} s of the presenter's key from: {', '.join(missing) or 'none'}"
                             if changed else "the presenter did not draw")
        lead_quiet = lead.fd in last and now - last[lead.fd] >= QUIET
        if lead_quiet and changed is None:
            # The presenter writes its record before drawing: by the end of its frame it is there.
            record = _room_record(room_file)
            changed = record != previous
        if changed is False and lead_quiet:
            return record, None
        if changed and all(s.fd in last and now - last[s.fd] >= QUIET for s in followers) and lead_quiet:
            return record, [(last[s.fd] - t0) * 1000 for s in followers]
        ready, _, _ = select.select(list(fds), [], [], 0.005)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if chunk:
                last[fd] = time.perf_counter()


def _class_round(cfg, room: str, poll: bool) -> dict:
    """Followers start, the presenter steps through case 2 `cfg.classroom_rounds` times, then all idle."""
    env = dict(cfg.env)
    if poll:
        env["INFLUENCE_ROOM_POLL"] = "1"
    room_file = os.path.join(room, "class.position")
    followers: list[Session] = []
    lead = None
    out: dict = {"all": [], "worst": []}
    try:
        for i in range(cfg.followers):
            # Each student has a home of their own (where the explorer keeps its place).
            home = tempfile.mkdtemp(prefix="influence-bench-student-")
            _tempdirs.append(home)
            followers.append(Session(f"follower {i + 1}", [cfg.influence, "--follow", "--room-dir", room],
                                     dict(env, HOME=home)))
        for s in followers:
            # Thirty starting at once on two cores: a frame may come in more than one burst.
            _wait_for(s, "Waiting for the presenter")
        lead = Session("presenter", [cfg.influence, "present", "2", "--lead", "--room-dir", room], dict(cfg.env))
        lead.first_frame()
        _drain([lead] + followers, quiet=0.3)
        record = _room_record(room_file)
        for r in range(cfg.classroom_rounds):
            if r > 0:  # back to the first stage
                record, times = _step(lead, followers, b"1", room_file, record)
                _drain([lead] + followers)
            for _ in range(200):
                record, times = _step(lead, followers, b" ", room_file, record)
                if times is None:
                    break  # the end of the case: the record no longer changes
                out["all"].extend(times)
                out["worst"].append(max(times))
            print(f"  {'polling' if poll else 'inotify'}: round {r + 1}/{cfg.classroom_rounds}, "
                  f"{len(out['worst'])} moves so far", file=sys.stderr)
        # Idle from 3 s after the last move: each explorer saves its place 2 s after a change.
        _drain([lead] + followers, quiet=0.5)
        time.sleep(3)
        _drain([lead] + followers, quiet=0.1)
        before = [_cpu_ns(s.pid) for s in followers]
        t = time.perf_counter()
        time.sleep(cfg.idle_seconds)
        elapsed = time.perf_counter() - t
        after = [_cpu_ns(s.pid) for s in followers]
        out["idle_cpu_percent"] = sum(a[0] - b[0] for a, b in zip(after, before)) / (elapsed * 1e9) * 100
        out["idle_wakeups_per_s"] = sum(a[1] - b[1] for a, b in zip(after, before)) / elapsed
        out["idle_seconds"] = elapsed
        _drain([lead] + followers)
        for s in followers:
            s.quit(b"q")
        lead.quit(b"q")
    finally:
        for s in followers:
            s.close()
        if lead:
            lead.close()
    return out


def pct(xs, q):
    """Nearest-rank percentile."""
    s = sorted(xs)
    return s[max(0, -(-q * len(s) // 100) - 1)]


def classroom(cfg) -> list[str]:
    room = tempfile.mkdtemp(prefix="influence-bench-room-")
    _tempdirs.append(room)
    os.chmod(room, 0o755)
    results = {}
    for poll in (False, True):
        print(f"classroom: 1 presenter, {cfg.followers} followers, {'polling' if poll else 'inotify'}…", file=sys.stderr)
        results[poll] = _class_round(cfg, room, poll)
    lines = [f"| Classroom: 1 presenter, {cfg.followers} followers (80x24 each) | inotify (default) | polling "
             "(`INFLUENCE_ROOM_POLL=1`) | target |", "|---|--:|--:|---|"]

    def row(label, f, target=""):
        lines.append(f"| {label} | {f(results[False])} | {f(results[True])} | {target} |")
    row("Presenter's moves measured (Space through case 2)", lambda r: f"{len(r['worst'])}")
    row("Key → every follower's frame, p95 (slowest follower of each key)",
        lambda r: fmt(pct(r["worst"], 95), "ms", 1), "≤ 200 ms")
    row("  median, and the slowest of all", lambda r: f"{fmt(med(r['worst']), 'ms', 1)}, {fmt(max(r['worst']), 'ms', 1)}")
    row("Key → a follower's frame, p95 over all frames", lambda r: fmt(pct(r["all"], 95), "ms", 1))
    row(f"{cfg.followers} idle followers together, CPU (of one core, over {cfg.idle_seconds:.0f} s)",
        lambda r: f"{r['idle_cpu_percent']:.3f} %", "< 2 %")
    row("  their wake-ups per second, together", lambda r: f"{r['idle_wakeups_per_s']:.1f}")
    lines.append("")
    ok = results[False]
    targets = [
        f"- Key to every follower's frame, p95 ≤ 200 ms: {fmt(pct(ok['worst'], 95), 'ms', 1)} — "
        + ("**met**" if pct(ok["worst"], 95) <= 200 else "**MISSED**"),
        f"- {cfg.followers} idle followers under 2% of one core: {ok['idle_cpu_percent']:.3f} % — "
        + ("**met**" if ok["idle_cpu_percent"] < 2 else "**MISSED**"),
    ]
    return lines + ["### Targets", ""] + targets + [""]


# ---------------------------------------------------------------------------
# Scaling: generated packs of many cases


# What one explorer session does, in groups that each start at home and end back there (Escape). A
# step is (measure, keys, presses): each press is timed from write() to the end of the burst it
# causes; a measure of None is a step taken but not timed (Escape back home).
SCALE_GROUPS: list[tuple[str, list[tuple[str | None, bytes, int]]]] = [
    ("home", [("Home: a move in the list (`Down`)", DOWN, KEY_REPS)]),
    ("case", [("Open case 1 (`1`)", b"1", 1), ("Case: stage step (`Right`)", RIGHT, KEY_REPS),
              ("Case: scroll (`j`)", b"j", KEY_REPS), (None, b"\x1b", 1)]),
    ("timeline", [("Open the timeline (`t`)", b"t", 1), ("Timeline: next event (`j`)", b"j", KEY_REPS),
                  ("Timeline: last event (`G`)", b"G", 1), (None, b"\x1b", 1)]),
    ("search", [("Open the search (`/`)", b"/", 1),
                (f"Search: first letter (`{SEARCH_WORD[0]}`, builds the index)", SEARCH_WORD[:1].encode(), 1)]
     + [("Search: a letter typed (all content searched again)", bytes([c]), 1) for c in SEARCH_WORD[1:].encode()]
     + [("Search: open the hit (`Enter`)", b"\r", 1), ("Search: next match (`n`)", b"n", KEY_REPS), (None, b"\x1b", 1)]),
    ("grid", [("Open the grid (`c`)", b"c", 1), ("Grid: next case (`Down`)", DOWN, KEY_REPS),
              ("Grid: last case (`G`)", b"G", 1), (None, b"\x1b", 1)]),
    ("across", [("Open one stage across the cases (`a`)", b"a", 1), ("Across: scroll (`j`)", b"j", KEY_REPS),
                ("Across: next stage (`Right`)", RIGHT, 2), (None, b"\x1b", 1)]),
    ("questions", [("Open the questions (`d`)", b"d", 1), ("Questions: next (`j`)", b"j", KEY_REPS), (None, b"\x1b", 1)]),
    ("glossary", [("Open the glossary (`w`)", b"w", 1), ("Glossary: next term (`Down`)", DOWN, KEY_REPS), (None, b"\x1b", 1)]),
    ("sources", [("Open the sources (`s`)", b"s", 1), ("Sources: next source (`Down`)", DOWN, KEY_REPS), (None, b"\x1b", 1)]),
    ("figures", [("Open the figures (`#`)", b"#", 1), ("Figures: next bar (`j`)", b"j", KEY_REPS), (None, b"\x1b", 1)]),
]
SCALE_FIRST = "First frame (`influence --content PACK`)"
SCALE_HWM = "Peak memory (VmHWM, after every screen)"


def scale_commands(influence: str, pack: str) -> dict[str, list[str]]:
    """The whole-process commands timed on each pack: validate, every export and every printed view."""
    out = {"`influence validate --content PACK`": [influence, "validate", "--content", pack]}
    for fmt_ in ("html", "markdown", "json"):
        out[f"`export --format {fmt_}`"] = [influence, "export", "--format", fmt_, "--content", pack]
    out["`print` (the argument and every case)"] = [influence, "print", "--content", pack]
    for view in ("grid", "timeline", "questions", "glossary", "sources", "figures"):
        out[f"`print {view}`"] = [influence, "print", view, "--content", pack]
    return out


def _time_or_none(argv: list[str], env: dict[str, str], timeout: float) -> float | None:
    """Wall time of one run in ms, or None when it ran over `timeout` seconds (killed)."""
    t = time.perf_counter()
    try:
        p = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    ms = (time.perf_counter() - t) * 1000
    if p.returncode != 0:
        raise BenchError(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.decode(errors='replace')[:2000]}")
    return ms


def _scale_session(cfg, pack: str, out: dict) -> None:
    """One explorer on the pack through SCALE_GROUPS; a key that takes longer than the timeout is
    recorded as None, its session killed and the next group started in a new one."""
    env = dict(cfg.env)
    shutil.rmtree(os.path.join(env["HOME"], ".local", "state", "influence"), ignore_errors=True)
    argv = [cfg.influence, "--fresh", "--content", pack]
    s: Session | None = None
    try:
        for name, steps in SCALE_GROUPS:
            if s is None:
                s = Session("explorer", argv, env)
                ff = s.burst(s.t0, cfg.scale_timeout)
                _expect("explorer", ff[2], "Influence Explorer")
                out.setdefault(SCALE_FIRST, []).append(ff[0] * 1000)
            for measure, keys, presses in steps:
                for _ in range(presses):
                    t = time.perf_counter()
                    os.write(s.fd, keys)
                    try:
                        took = s.burst(t, cfg.scale_timeout)[0] * 1000
                    except BenchError:
                        took = None
                    if measure is not None:
                        out.setdefault(measure, []).append(took)
                    if took is None:
                        break
                if took is None:
                    print(f"    {name}: {measure or 'a key'} took over {cfg.scale_timeout:.0f} s; a new explorer "
                          "for the next screen", file=sys.stderr)
                    s.close()
                    s = None
                    break
            print(f"    {name} done", file=sys.stderr)
        if s is not None:
            out[SCALE_HWM] = [s.memory_kib()[0]]
            s.quit(b"q")
    finally:
        if s is not None:
            s.close()


def _fmt_ms(x: float | None, timeout: float) -> str:
    if x is None:
        return f"> {timeout:.0f} s"
    if x >= 1000:
        return f"{x / 1000:.2f} s"
    if x >= 10:
        return f"{x:.0f} ms"
    return f"{x:.2f} ms"


def _scale_median(xs: list[float | None]) -> float | None:
    """The median, a run over the timeout (None) counting as the slowest; None when the median is one."""
    if not xs:
        return None
    m = statistics.median([math.inf if x is None else x for x in xs])
    return None if math.isinf(m) else m


def scale(cfg) -> list[str]:
    sizes = [int(x) for x in cfg.scale_packs.split(",") if x.strip()]
    work = tempfile.mkdtemp(prefix="influence-bench-scale-")
    _tempdirs.append(work)
    env = dict(cfg.env)
    results: dict[int, dict[str, float | None]] = {}
    sizes_mib: dict[int, float] = {}
    for n in sizes:
        pack = os.path.join(work, f"pack-{n}")
        print(f"scale: {n} cases: generating…", file=sys.stderr)
        try:
            generate_pack(cfg.content, pack, n)
        except PackError as e:
            raise BenchError(f"generating {n} cases: {e}")
        sizes_mib[n] = pack_size_bytes(pack) / 1048576
        p = subprocess.run([cfg.influence, "validate", "--content", pack], env=env, capture_output=True, text=True,
                           timeout=max(600, cfg.scale_timeout))
        if p.returncode != 0:
            raise BenchError(f"the pack of {n} cases does not validate (exit {p.returncode}):\n"
                             + (p.stderr or p.stdout)[:3000])
        samples: dict[str, list[float | None]] = {}
        commands = scale_commands(cfg.influence, pack)
        for r in range(cfg.scale_runs):
            print(f"scale: {n} cases: commands, run {r + 1}/{cfg.scale_runs}…", file=sys.stderr)
            for label, argv in commands.items():
                if r > 0 and samples[label][-1] is None:
                    continue  # over the timeout once is enough
                samples.setdefault(label, []).append(_time_or_none(argv, env, cfg.scale_timeout))
        for r in range(cfg.scale_sessions):
            print(f"scale: {n} cases: explorer session {r + 1}/{cfg.scale_sessions}…", file=sys.stderr)
            _scale_session(cfg, pack, samples)
        results[n] = {k: _scale_median(v) for k, v in samples.items()}
        shutil.rmtree(pack, ignore_errors=True)

    order = list(scale_commands("", "")) + [SCALE_FIRST] + [m for _, steps in SCALE_GROUPS for m, _, _ in steps
                                                            if m is not None]
    order = list(dict.fromkeys(order)) + [SCALE_HWM]
    head = ["Measure"] + [f"{n:,} cases ({sizes_mib[n]:.0f} MiB)" for n in sizes]
    head += [f"growth {a:,}→{b:,} ({b / a:g}× the cases)" for a, b in zip(sizes, sizes[1:])]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "--:|" * len(sizes) + "---|" * (len(sizes) - 1)]
    for m in order:
        if not any(m in results[n] for n in sizes):
            continue
        cells = [m]
        for n in sizes:
            x = results[n].get(m)
            if m == SCALE_HWM:
                cells.append("—" if x is None else f"{x / 1024:,.0f} MiB")
            else:
                cells.append("—" if m not in results[n] else _fmt_ms(x, cfg.scale_timeout))
        for a, b in zip(sizes, sizes[1:]):
            x, y = results[a].get(m), results[b].get(m)
            if x is None or y is None or x <= 0:
                cells.append("—" if x is not None or y is not None or m not in results[a] else "")
                continue
            cells.append(f"{y / x:.1f}× (n^{math.log(y / x) / math.log(b / a):.2f})")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    keys = [m for _, steps in SCALE_GROUPS for m, _, _ in steps if m is not None]
    lines.append("Growth n^k: k = log(time ratio) / log(cases ratio); 1 is linear, 2 quadratic. Figures under a "
                 "millisecond or two are mostly the frame itself, and their ratios noise.")
    lines.append("")
    for n in sizes:
        timed = [(results[n].get(m), m) for m in dict.fromkeys(keys) if m in results[n]]
        over = [m for x, m in timed if x is None]
        if over:
            lines.append(f"- {n:,} cases: {len(over)} keys over {cfg.scale_timeout:.0f} s (first: {over[0]}) — not interactive")
            continue
        worst = max(timed)
        lines.append(f"- {n:,} cases: slowest key {_fmt_ms(worst[0], cfg.scale_timeout)} ({worst[1]}) — "
                     + ("every key under 50 ms" if worst[0] < 50 else "a key over 50 ms"))
    lines.append("")
    return lines


# ---------------------------------------------------------------------------
# Commands without a terminal


def time_command(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one run in ms; raises on a non-zero exit."""
    t = time.perf_counter()
    p = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=120)
    ms = (time.perf_counter() - t) * 1000
    if p.returncode != 0:
        raise BenchError(f"{' '.join(argv)}: exit {p.returncode}: {p.stderr.decode(errors='replace')[:2000]}")
    return ms


def interleaved(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Runs each command `runs` times, interleaved in rotating order, after one warm-up run each."""
    names = list(commands)
    for n in names:
        time_command(commands[n], env)
    out: dict[str, list[float]] = {n: [] for n in names}
    for r in range(runs):
        order = names[r % len(names):] + names[:r % len(names)]
        for n in order:
            out[n].append(time_command(commands[n], env))
    return out


PYYAML_PARSE = r"""
import os, sys, time, yaml
d = sys.argv[1]
files = [os.path.join(d, f) for f in ("article.yaml", "stages.yaml", "sources.yaml", "glossary.yaml")]
files += sorted(os.path.join(d, "cases", f) for f in os.listdir(os.path.join(d, "cases")) if f.endswith(".yaml"))
t = time.perf_counter()
for f in files:
    with open(f, "rb") as fh:
        yaml.load(fh, Loader=yaml.CSafeLoader)
print((time.perf_counter() - t) * 1000)
"""


def pyyaml_parse_ms(python: str, d: str) -> float:
    """PyYAML's libyaml loader (CSafeLoader) parsing every file of a content folder, in ms, as timed
    inside the Python process (reading and parsing; not the interpreter's start)."""
    p = subprocess.run([python, "-c", PYYAML_PARSE, d], capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise BenchError(f"PyYAML parse failed: {p.stderr[:2000]}")
    return float(p.stdout.strip())


def foundation_symbols(binary: str) -> int:
    """How many symbols of Foundation or ICU nm finds in a binary (as .ci/lean-binary counts them)."""
    p = subprocess.run(["nm", binary], capture_output=True, text=True, timeout=120)
    pattern = re.compile(r"Foundation|icu_[0-9]+|swift_u(_|prv_|col_|loc_|brk_|cal_|num_|dat_|str_)")
    return sum(1 for line in p.stdout.splitlines() if pattern.search(line))


def pack_size_bytes(d: str) -> int:
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, fs in os.walk(d) for f in fs)


# ---------------------------------------------------------------------------
# Statistics and the report


def med(xs):
    return statistics.median(xs) if xs else None


def p90(xs):
    if not xs:
        return None
    s = sorted(xs)
    # nearest-rank 90th percentile
    return s[max(0, -(-9 * len(s) // 10) - 1)]


def fmt(x, unit="", digits=2):
    if x is None:
        return "—"
    if unit == "B":
        return f"{x:,.0f} B"
    if unit == "KiB":
        return f"{x / 1024:,.1f} MiB"
    return f"{x:.{digits}f}{(' ' + unit) if unit else ''}"


def paired_ratio(rounds, a, b, key):
    """Median over rounds of (median of a's samples in the round) / (median of b's)."""
    rs = []
    for r in rounds:
        xa, xb = r.get(a, {}).get(key), r.get(b, {}).get(key)
        if xa and xb and med(xb) > 0:
            rs.append(med(xa) / med(xb))
    return (med(rs), min(rs), max(rs)) if rs else None


def paired_net_ratio(rounds, a, b, base, key):
    """Per round, (a − base) / (b − base); returns (median ratio, median a − base, median b − base)."""
    rs, na, nb = [], [], []
    for r in rounds:
        xa, xb, xs = (r.get(p, {}).get(key) for p in (a, b, base))
        if xa and xb and xs:
            da, db = med(xa) - med(xs), med(xb) - med(xs)
            na.append(da)
            nb.append(db)
            if db > 0:
                rs.append(da / db)
    return (med(rs) if rs else float("nan"), med(na), med(nb))


def fmt_ratio(r):
    if r is None:
        return "—"
    return f"{r[0]:.2f}× ({r[1]:.2f}–{r[2]:.2f})"


def machine() -> list[str]:
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    u = os.uname()
    ncpu = len(os.sched_getaffinity(0))
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1048576:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return [f"nproc {ncpu}, {model}{mem}", f"{u.sysname} {u.release} ({u.machine})"]


def version_line(argv: list[str]) -> str:
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=10)
        return (p.stdout or p.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--influence", default=os.path.join(repo, ".build-bench", "release", "influence"))
    ap.add_argument("--cprog", default=os.path.join(repo, ".build-bench", "minimal-curses"))
    ap.add_argument("--content-bench", default=os.path.join(repo, ".build-bench", "release", "ContentBench"))
    ap.add_argument("--less", default=shutil.which("less") or "/usr/bin/less")
    ap.add_argument("--article", default="/work/shared/source/article.txt")
    ap.add_argument("--content", default=os.path.join(repo, "Content"))
    ap.add_argument("--rounds", type=int, default=15, help="interleaved terminal rounds (default 15)")
    ap.add_argument("--runs", type=int, default=15, help="runs of each quick command (default 15)")
    ap.add_argument("--pack-runs", type=int, default=5, help="runs of each generated pack (default 5)")
    ap.add_argument("--packs", default="50,100,250,500")
    ap.add_argument("--skip-terminal", action="store_true")
    ap.add_argument("--classroom", action="store_true",
                    help="only the classroom benchmark: one presenter and --followers followers")
    ap.add_argument("--followers", type=int, default=30, help="followers in the classroom benchmark (default 30)")
    ap.add_argument("--classroom-rounds", type=int, default=3, help="times the presenter steps through the case (default 3)")
    ap.add_argument("--idle-seconds", type=float, default=20, help="idle time measured in the classroom benchmark (default 20)")
    ap.add_argument("--skip-content", action="store_true")
    ap.add_argument("--scale", action="store_true",
                    help="only the scaling benchmark: generated packs of --scale-packs cases (Tests/Benchmarks/packs.py)")
    ap.add_argument("--scale-packs", default="500,2000,10000", help="cases in each generated pack (default 500,2000,10000)")
    ap.add_argument("--scale-runs", type=int, default=3, help="runs of each command on each pack (default 3)")
    ap.add_argument("--scale-sessions", type=int, default=1,
                    help="explorer sessions on each pack, each through every screen (default 1)")
    ap.add_argument("--scale-timeout", type=float, default=120,
                    help="seconds a command or a key may take before it is given up (default 120)")
    cfg = ap.parse_args()
    for path in (cfg.influence,) if cfg.classroom or cfg.scale else (cfg.influence, cfg.cprog, cfg.less):
        if not os.access(path, os.X_OK):
            print(f"bench.py: {path} is missing or not executable (build it with Tests/Benchmarks/run)", file=sys.stderr)
            return 2
    if not (cfg.classroom or cfg.scale) and not os.path.isfile(cfg.article):
        print(f"bench.py: no article text at {cfg.article}", file=sys.stderr)
        return 2

    home = tempfile.mkdtemp(prefix="influence-bench-")
    _tempdirs.append(home)
    cfg.env = {
        "PATH": "/usr/bin:/bin",
        "HOME": home,                 # nothing of the user's (lesskey, history) is read or written
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LESSHISTFILE": "-",
        "SWIFT_BACKTRACE": "enable=no",
    }
    plain_env = dict(cfg.env)
    started = datetime.datetime.now().astimezone()
    t_start = time.perf_counter()

    lines: list[str] = []
    lines.append(f"## influence benchmarks, {started:%Y-%m-%d %H:%M %Z}")
    lines.append("")
    for m in machine():
        lines.append(f"- Machine: {m}" if "nproc" in m else f"- Kernel: {m}")
    if cfg.classroom:
        lines.append(f"- Binary: `{os.path.relpath(cfg.influence, repo)}` (release, static Swift stdlib); ptys "
                     f"{COLS}x{ROWS}, TERM=xterm-256color, LANG=C.UTF-8; a frame ends after {QUIET * 1000:.0f} ms "
                     "of quiet (not counted)")
        lines.append("")
        lines += classroom(cfg)
        lines.append(f"_Benchmark took {time.perf_counter() - t_start:.0f} s._")
        print("\n".join(lines))
        return 0
    if cfg.scale:
        lines.append(f"- Binary: `{os.path.relpath(cfg.influence, repo)}`; packs from `Tests/Benchmarks/packs.py` "
                     f"(Content/ replicated); commands: wall time of the whole process, median of {cfg.scale_runs}; "
                     f"keys: in an {COLS}x{ROWS} pty, from write() to the end of the frame (a burst ends after "
                     f"{QUIET * 1000:.0f} ms of quiet, not counted), median of the presses, {cfg.scale_sessions} "
                     "session(s) through every screen")
        lines.append("")
        lines += scale(cfg)
        lines.append(f"_Benchmark took {time.perf_counter() - t_start:.0f} s._")
        print("\n".join(lines))
        return 0
    lines.append(f"- less: {version_line([cfg.less, '--version'])}; C baseline: `{os.path.relpath(cfg.cprog, repo)}` "
                 f"(ncursesw, {os.path.basename(cfg.article)}); explorer: `{os.path.relpath(cfg.influence, repo)}` "
                 f"(release, static Swift stdlib, {os.path.getsize(cfg.influence) / 1e6:.0f} MB)")
    binary_size = os.path.getsize(cfg.influence)
    foreign = foundation_symbols(cfg.influence)
    lines.append(f"- Binary: {binary_size:,} bytes ({binary_size / 1e6:.1f} MB); nm finds {foreign} Foundation or ICU symbols")
    lines.append(f"- Terminal: pty {COLS}x{ROWS}, TERM=xterm-256color, LANG=C.UTF-8; burst ends after "
                 f"{QUIET * 1000:.0f} ms of quiet (not counted); {cfg.rounds} interleaved rounds in rotating order "
                 f"after 1 warm-up; {KEY_REPS} presses of each key per round")
    lines.append("")

    targets: list[str] = []
    targets.append(f"- Release binary at most 16 MB: {binary_size / 1e6:.1f} MB — " + ("**met**" if binary_size <= 16e6 else "**MISSED**"))
    targets.append(f"- No Foundation or ICU symbols (nm): {foreign} — " + ("**met**" if foreign == 0 else "**MISSED**"))

    if not cfg.skip_terminal:
        print(f"terminal: {cfg.rounds} rounds…", file=sys.stderr)
        totals, rounds = terminal_rounds(cfg)
        E, C, L = totals["explorer"], totals["c"], totals["less"]

        def row(label, key, unit, e=True, c=True, l=True, note_e=None, note_c=None, note_l=None):
            cells = [label]
            for prog, have, note in (("explorer", e, note_e), ("c", c, note_c), ("less", l, note_l)):
                xs = totals[prog].get(key) if have else None
                if note:
                    cells += [note, ""]
                elif xs:
                    cells += [fmt(med(xs), unit), fmt(p90(xs), unit)]
                else:
                    cells += ["—", "—"]
            cells.append(fmt_ratio(paired_ratio(rounds, "explorer", "c", key)) if e and c and not note_c else "—")
            cells.append(fmt_ratio(paired_ratio(rounds, "explorer", "less", key)) if e and l and not note_l else "—")
            lines.append("| " + " | ".join(cells) + " |")

        lines.append("| Measure (80x24) | explorer median | p90 | C ncurses median | p90 | less median | p90 "
                     "| explorer/C (min–max) | explorer/less (min–max) |")
        lines.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
        row("Time to first frame", "first:ms", "ms")
        row("Bytes of first frame", "first:bytes", "B")
        row("Key: open case (explorer `1`, from home)", "open:ms", "ms", c=False, l=False)
        row("  bytes", "open:bytes", "B", c=False, l=False)
        row("Key: stage step (explorer `Right`)", "stage:ms", "ms", c=False, l=False)
        row("  bytes", "stage:bytes", "B", c=False, l=False)
        row("Key: scroll one line (`j`)", "scroll:ms", "ms")
        row("  bytes", "scroll:bytes", "B")
        row(f"Key: search (`/{SEARCH_WORD}⏎`)", "search1:ms", "ms", c=False)
        row("  bytes", "search1:bytes", "B", c=False)
        row("Key: next match (`n`)", "search:ms", "ms", c=False)
        row("  bytes", "search:bytes", "B", c=False)
        row("Key: a letter typed into the search", "searchkey:ms", "ms", c=False, l=False)
        row("  bytes", "searchkey:bytes", "B", c=False, l=False)
        row("Key: open the grid (`c`)", "gridopen:ms", "ms", c=False, l=False)
        row("Key: move in the grid (arrows)", "grid:ms", "ms", c=False, l=False)
        row("  bytes", "grid:bytes", "B", c=False, l=False)
        row("Key: move in the sources list (Down)", "list:ms", "ms", c=False, l=False)
        row("  bytes", "list:bytes", "B", c=False, l=False)
        row("Peak memory (VmHWM before q)", "hwm", "KiB")
        row("  of which private now (RssAnon)", "anon", "KiB")
        lines.append("")
        lines.append("Ratios are paired: per round, explorer's median over the C program's (or less's), "
                     "then the median (and range) of those per-round ratios. Harness spawn baseline (pty, "
                     f"posix_spawn of `/bin/echo x`, to its output): median {fmt(med(totals['spawn']['first:ms']), 'ms')}, "
                     f"p90 {fmt(p90(totals['spawn']['first:ms']), 'ms')}, in the same rounds; first frames include it.")
        lines.append("")

        ff = paired_ratio(rounds, "explorer", "c", "first:ms")
        keys_med = {k: med(E.get(k + ":ms", [])) for k in ("stage", "scroll", "search", "searchkey", "grid", "list")}
        mem = paired_ratio(rounds, "explorer", "less", "hwm")

        def verdict(ok):
            return "**met**" if ok else "**MISSED**"
        net = paired_net_ratio(rounds, "explorer", "c", "spawn", "first:ms")
        targets.append(f"- First frame within 1.3× of the C program: {fmt_ratio(ff)} "
                       f"({fmt(med(E['first:ms']), 'ms')} vs {fmt(med(C['first:ms']), 'ms')}) — {verdict(ff[0] <= 1.3)}"
                       + ("" if ff[0] <= 1.3 else f", {ff[0] / 1.3:.2f}× over the limit "
                          f"(about {(ff[0] - 1.3) * med(C['first:ms']):.2f} ms at the C program's median)")
                       + f"; net of the spawn baseline (paired): {fmt(net[1], 'ms')} vs {fmt(net[2], 'ms')}, "
                       f"{net[0]:.1f}×")
        for k, label in (("stage", "stage step (Right)"), ("scroll", "scroll (j)"), ("search", "next match (n)"),
                         ("searchkey", "a letter typed into the search (all content searched again)"),
                         ("grid", "a move in the comparison grid"),
                         ("list", "a move in the sources list")):
            v = keys_med[k]
            targets.append(f"- Key settled within 2 ms median, {label}: {fmt(v, 'ms')} — {verdict(v <= 2.0)}"
                           + ("" if v <= 2.0 else f", {v / 2:.2f}× the limit"))
        targets.append(f"- Peak memory within 2.5× of less: {fmt_ratio(mem)} "
                       f"({fmt(med(E['hwm']), 'KiB')} vs {fmt(med(L['hwm']), 'KiB')}) — {verdict(mem[0] <= 2.5)}"
                       + ("" if mem[0] <= 2.5 else f", {mem[0] / 2.5:.2f}× over the limit"))

    if not cfg.skip_content:
        inf = cfg.influence
        sizes = [int(x) for x in cfg.packs.split(",") if x.strip()]
        work = tempfile.mkdtemp(prefix="influence-bench-packs-")
        _tempdirs.append(work)
        packs = {}
        print("content: generating and checking packs…", file=sys.stderr)
        for n in sizes:
            d = os.path.join(work, f"pack-{n}")
            generate_pack(cfg.content, d, n)
            p = subprocess.run([inf, "validate", "--content", d], env=plain_env, capture_output=True, text=True, timeout=300)
            if p.returncode != 0:
                raise BenchError(f"generated pack of {n} cases does not validate (exit {p.returncode}):\n"
                                 + (p.stderr or p.stdout)[:3000])
            packs[n] = d
        print(f"content: {cfg.runs} runs of the quick commands…", file=sys.stderr)
        keys = ["3", "l", "l", "l"]
        quick = interleaved({
            "builtin": [inf, "validate"],
            "yaml": [inf, "validate", "--content", cfg.content],
            "r1": [inf, "render", "--size", "1x1", "--keys", " ".join(keys)],
            "r300": [inf, "render", "--size", "300x100", "--keys", " ".join(keys)],
            "r80": [inf, "render", "--size", "80x24", "--keys", " ".join(keys)],
        }, cfg.runs, plain_env)
        print(f"content: {cfg.pack_runs} runs of each pack…", file=sys.stderr)
        packt = interleaved({n: [inf, "validate", "--content", d] for n, d in packs.items()}, cfg.pack_runs, plain_env)
        pairs: list[tuple[float, float]] = []
        largest = max(sizes) if sizes else None
        if largest is not None:
            print(f"content: {cfg.pack_runs} paired runs of the {largest}-case pack and PyYAML…", file=sys.stderr)
            python = sys.executable
            pyyaml_parse_ms(python, packs[largest])  # warm-up
            for r in range(cfg.pack_runs):
                runs = [lambda: time_command([inf, "validate", "--content", packs[largest]], plain_env),
                        lambda: pyyaml_parse_ms(python, packs[largest])]
                if r % 2:
                    runs.reverse()
                a, b = (f() for f in runs)
                pairs.append((a, b) if r % 2 == 0 else (b, a))
        decode = None
        if os.access(cfg.content_bench, os.X_OK):
            p = subprocess.run([cfg.content_bench, "500"], capture_output=True, text=True, timeout=120)
            firsts = []
            for _ in range(cfg.runs):  # the first decode in a fresh process, as at start-up
                q = subprocess.run([cfg.content_bench, "1"], capture_output=True, text=True, timeout=60)
                f = re.search(r"first ([0-9.]+) ms", q.stdout)
                if f:
                    firsts.append(float(f.group(1)))
            m = re.search(r"median ([0-9.]+) ms, best ([0-9.]+) ms", p.stdout)
            decode = (float(m.group(1)), float(m.group(2)), med(firsts)) if m and firsts else None

        lines.append("| Measure (no terminal; wall time of the whole process) | median | p90 | notes |")
        lines.append("|---|--:|--:|---|")
        lines.append(f"| `influence validate` (built-in content) | {fmt(med(quick['builtin']), 'ms')} | "
                     f"{fmt(p90(quick['builtin']), 'ms')} | process start + embedded content + validate |")
        lines.append(f"| `influence validate --content Content` (YAML, 5 cases, "
                     f"{pack_size_bytes(cfg.content) / 1024:.0f} KiB) | {fmt(med(quick['yaml']), 'ms')} | "
                     f"{fmt(p90(quick['yaml']), 'ms')} | YAML − built-in: "
                     f"{fmt(med(quick['yaml']) - med(quick['builtin']), 'ms')} |")
        base = med(quick["builtin"])
        prev = None
        for n in sizes:
            m = med(packt[n])
            per = (m - base) / n
            grow = "" if prev is None else f"; +{(m - prev[1]) / (n - prev[0]):.2f} ms per added case since {prev[0]}"
            lines.append(f"| `validate --content` pack of {n} cases ({pack_size_bytes(packs[n]) / 1048576:.1f} MiB) "
                         f"| {fmt(m, 'ms')} | {fmt(p90(packt[n]), 'ms')} | {per:.2f} ms/case net of start{grow} |")
            prev = (n, m)
        # Linearity: least-squares fit t = a + b n, and R².
        xs = [float(n) for n in sizes]
        ys = [med(packt[n]) for n in sizes]
        if len(xs) >= 2:
            mx, my = statistics.fmean(xs), statistics.fmean(ys)
            sxx = sum((x - mx) ** 2 for x in xs)
            b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
            a = my - b * mx
            ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
            ss_tot = sum((y - my) ** 2 for y in ys) or 1.0
            r2 = 1 - ss_res / ss_tot
            lines.append(f"| Linear fit over the packs | {b:.2f} ms/case | | intercept {a:.1f} ms, R² = {r2:.4f} |")
        # Net of process start and content loading: minus `influence validate` (built-in content) of the
        # same run. A 1x1 render is no baseline: each key lays the page out at the window's size, and
        # wrapping to one column makes a line per character, so 1x1 is slower than 300x100.
        diffs = [x - y for x, y in zip(quick["r300"], quick["builtin"])]
        diffs80 = [x - y for x, y in zip(quick["r80"], quick["builtin"])]
        diffs1 = [x - y for x, y in zip(quick["r300"], quick["r1"])]
        lines.append(f"| `render --size 300x100 --keys \"3 l l l\"` | {fmt(med(quick['r300']), 'ms')} | "
                     f"{fmt(p90(quick['r300']), 'ms')} | 80x24: {fmt(med(quick['r80']), 'ms')}; "
                     f"1x1: {fmt(med(quick['r1']), 'ms')} |")
        lines.append(f"| 4 keys + frame at 300x100, net (render − `validate`, paired) | {fmt(med(diffs), 'ms')} | "
                     f"{fmt(p90(diffs), 'ms')} | 80x24: {fmt(med(diffs80), 'ms')}; 300x100 − 1x1: "
                     f"{fmt(med(diffs1), 'ms')} (1x1 wraps to one column: a line per character, so no baseline) |")
        if pairs:
            ratios = [a / b for a, b in pairs]
            lines.append(f"| `validate --content` pack of {largest} cases, paired with PyYAML CSafeLoader parsing the same files "
                         f"| {fmt(med([a for a, _ in pairs]), 'ms')} vs {fmt(med([b for _, b in pairs]), 'ms')} | | "
                         f"ratio {med(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f}); PyYAML timed in process, "
                         f"influence as a whole process |")
            targets.append(f"- {largest} cases validated in at most 0.5× PyYAML CSafeLoader's parse of the same files (paired): "
                           f"{med(ratios):.2f}× ({fmt(med([a for a, _ in pairs]), 'ms')} vs {fmt(med([b for _, b in pairs]), 'ms')}) — "
                           + ("**met**" if med(ratios) <= 0.5 else "**MISSED**"))
        if decode:
            lines.append(f"| Decoding the built-in content, in process (ContentBench): first in a fresh process, as at start-up "
                         f"| {decode[2]:.3f} ms | | then {decode[0]:.3f} ms median, best {decode[1]:.3f} ms (500 runs) |")
            targets.append(f"- Built-in content decoded in under 1 ms: {decode[2]:.3f} ms at start-up (median of {cfg.runs} fresh processes), "
                           f"{decode[0]:.3f} ms warm — " + ("**met**" if decode[2] < 1 else "**MISSED**"))
        lines.append("")
        if len(sizes) >= 2:
            targets.append(f"- Growth linear: R² = {r2:.4f}, {b:.2f} ms per case; t({sizes[-1]})/t({sizes[0]}) = "
                           f"{med(packt[sizes[-1]]) / med(packt[sizes[0]]):.2f} for {sizes[-1] / sizes[0]:.0f}× the cases")

    if targets:
        lines.append("### Targets")
        lines.append("")
        lines += targets
        lines.append("")
    lines.append(f"_Benchmark took {time.perf_counter() - t_start:.0f} s; "
                 f"harness peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB._")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        print(f"bench.py: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
