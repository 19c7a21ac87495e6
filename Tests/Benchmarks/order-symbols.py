#!/usr/bin/env python3
"""Writes Sources/influence/influence.order: the functions the explorer runs, those before its
first frame first, one symbol a line, for the release link (lld --symbol-ordering-file).

Why: the release binary is one static executable of about 14 MB, 7 MB of it code. The kernel maps
a file's pages in 64 KiB blocks around each page touched (fault-around), so code touched here and
there across the binary makes nearly all of it resident: 5.5 MB of the 7.9 MB peak before this
file. With the functions that run placed together, start-up touches about a third less (the
figures are in the README's Performance table). A stale file costs nothing but that gain: lld
places what it finds and ignores names that are gone (--no-warn-symbol-ordering).

How: runs the release binary under valgrind's callgrind in an 80x24 pseudo-terminal, with a fresh
state folder, splits the profile where the first frame has been drawn (Environment.prepare, which
reads the rest of the content just after it), and takes every function that ran: the start-up
ones, then those a user reaches in every view (a case, its stages, the grid, search, the
timeline, the figures, one stage across cases, questions, glossary, sources, help, presenting).
Then twice more as a returning user starts, with a state file (at home, and at a case): reading
it is start-up code too (left out, it was scattered, and made 1 MB more of the binary resident).
The profile is also split at each key (Explorer.press), so after start-up the functions come in
the order they are first used: reading the rest of the content, then each view as it is opened,
and a view not opened leaves its code out of memory (in callgrind's own order, the code of every
view was mixed in with the reading of the content, and all of it resident at the first frame).

    SKIP_BUILD=1 python3 Tests/Benchmarks/order-symbols.py   # reuse .build-bench's release build

Needs valgrind and python3. Run it after changes to what runs at start-up, then rebuild.
"""
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
scratch = os.path.join(repo, ".build-bench")
binary = os.path.join(scratch, "release", "influence")
output = os.path.join(repo, "Sources", "influence", "influence.order")

# Keys, as a user would press them, each followed by a wait for the screen to settle.
KEYS = ["1", "\x1b[C", "\x1b[C", "j", "c", "\x1b[B", "\x1b[C", "\r", "\x1b", "\x1b",
        "/", "m", "e", "x", "\r", "n", "\x1b", "\x1b", "t", "\x1b", "#", "\x1b", "1", "a", "\x1b",
        "d", "\x1b", "w", "m", "\x1b", "s", "\x1b", "?", "\x1b", "p", " ", " ", "\x1b[C", "\x1b",
        "\x1b", "0", "\r", "\x1b"]


def build():
    if os.environ.get("SKIP_BUILD") == "1" and os.path.exists(binary):
        return
    print("building influence (release) in .build-bench…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "influence",
                    "--scratch-path", scratch], cwd=repo, check=True, stdout=sys.stderr)


def split_symbols():
    """Where the profile is split: Environment.prepare() (the first frame has been drawn) and
    Explorer.press(_:) (each key), so that the functions come in the order they are first used."""
    names = subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout.split()
    wanted = [r"\$s11InfluenceUI11EnvironmentC7prepareyyF", r"\$s11InfluenceUI8ExplorerC5pressyyAA3KeyOF"]
    return [name for pattern in wanted for name in names if re.fullmatch(pattern, name)]


def drain(fd, quiet, limit):
    """Reads until `quiet` seconds pass without output (at most `limit` seconds)."""
    end = time.time() + limit
    last = time.time()
    while time.time() < end and time.time() - last < quiet:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                if os.read(fd, 1 << 20):
                    last = time.time()
            except OSError:
                return


# A returning user's state file at a case, as the explorer writes it.
STATE_AT_A_CASE = """influence-state 1
folder built-in
place
influence-position 1
view case
case leyenda
step 5
anchor 2 78
mark a
influence-position 1
view presenter
case condor
step 2
reveal 1
end
"""


def profile(out_prefix, state, keys=KEYS):
    splits = split_symbols()
    if len(splits) < 2:
        print("order-symbols: Environment.prepare or Explorer.press not found; fewer splits", file=sys.stderr)
    args = ["valgrind", "--tool=callgrind", "--demangle=no", "--dump-instr=no",
            f"--callgrind-out-file={out_prefix}"] + [f"--dump-before={name}" for name in splits]
    pid, fd = pty.fork()
    if pid == 0:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color",
               "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state}
        os.execvpe("valgrind", args + [binary], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    drain(fd, 2.0, 60)
    for key in keys:
        os.write(fd, key.encode())
        drain(fd, 0.6, 20)
    os.write(fd, b"q")
    drain(fd, 2.0, 30)
    os.waitpid(pid, 0)
    os.close(fd)


def functions(path):
    """Every function named in a callgrind profile (run, or called), in order of first mention."""
    seen, order = set(), []
    for line in open(path, encoding="utf-8", errors="replace"):
        match = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
        if not match:
            continue
        name = re.sub(r"'\d+$", "", match.group(1))
        if name.startswith("0x") or name.startswith("(") or " " in name or "'" in name:
            continue
        if name not in seen:
            seen.add(name)
            order.append(name)
    return order


def main():
    if shutil.which("valgrind") is None:
        sys.exit("order-symbols: needs valgrind (apt-get install valgrind)")
    build()
    startup, rest = [], []
    with tempfile.TemporaryDirectory() as work:
        state = os.path.join(work, "state")
        # A first run (no state file yet), one that resumes where it left off (its last key went
        # home), and one that resumes at a case.
        runs = [("fresh", None, KEYS), ("at home", None, ["1", "\x1b"]), ("at a case", STATE_AT_A_CASE, ["j"])]
        for number, (name, place, keys) in enumerate(runs):
            if place is not None:
                os.makedirs(os.path.join(state, "influence"), exist_ok=True)
                with open(os.path.join(state, "influence", "builtin.state"), "w", encoding="utf-8") as f:
                    f.write(place)
            prefix = os.path.join(work, f"callgrind-{number}.out")
            profile(prefix, state, keys)
            # prefix.1 is the part before the first frame, prefix.2 the rest of the content read,
            # then one part per key; prefix itself what came after the last split.
            parts = sorted((int(p.rsplit(".", 1)[1]), p) for p in os.listdir(work)
                           if p.startswith(f"callgrind-{number}.out.") and p.rsplit(".", 1)[1].isdigit())
            if not parts and not os.path.exists(prefix):
                sys.exit(f"order-symbols: no profile written for the run {name}")
            for index, part in parts:
                (startup if index == 1 else rest).extend(functions(os.path.join(work, part)))
            if os.path.exists(prefix):
                rest += functions(prefix)
    defined = set(subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True,
                                 check=True).stdout.split())
    names, seen = [], set()
    for name in startup + rest:
        if name in defined and name not in seen:
            seen.add(name)
            names.append(name)
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    first = len(set(startup) & seen)
    print(f"order-symbols: {len(names)} functions ({first} before a first frame) "
          f"in {os.path.relpath(output, repo)}", file=sys.stderr)


if __name__ == "__main__":
    main()
