"""Run inside a terminal: print each line of a file and ask the terminal where its cursor went.

Used by tests/test_cellwidth.py under tmux: the terminal's own answer (DSR, ``ESC [ 6 n``) is
the ground truth for how wide it drew each line.
"""

from __future__ import annotations

import json
import os
import sys
import termios
import tty


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    tty.setraw(fd)
    columns = []
    try:
        for line in lines:
            # Clear the screen and start at the top left, so every line starts at column 1.
            os.write(sys.stdout.fileno(), b"\x1b[2J\x1b[H" + line.encode("utf-8") + b"\x1b[6n")
            reply = b""
            while not reply.endswith(b"R"):
                reply += os.read(fd, 1)
            columns.append(int(reply[reply.index(b";") + 1 : -1]) - 1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(columns, handle)


if __name__ == "__main__":
    main()
