"""Everything ctocio knows about where its output goes: stdout and stderr, pipes, colour, width.

Output is kept while a command runs and written once at the end, so that a full disk, a closed
stdout or a closed pipe meets one place, whoever wrote the output (ctocio, Typer or Rich).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from ctocio.errors import OutputError, UsageError


class ColourMode(StrEnum):
    """The ``--color`` choices."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def use_colour(mode: ColourMode, is_terminal: bool, environ: Mapping[str, str]) -> bool:
    """--color beats NO_COLOR, which beats FORCE_COLOR, which beats TERM=dumb, then "is it a terminal?"."""
    if mode is not ColourMode.AUTO:
        return mode is ColourMode.ALWAYS
    if environ.get("NO_COLOR"):
        return False
    # FORCE_COLOR=0 (or false) is how some tools spell "no"; only other values force colour.
    if environ.get("FORCE_COLOR", "").lower() not in ("", "0", "false"):
        return True
    # A dumb terminal (Emacs shell buffers, some CI logs) shows escape sequences as text.
    if environ.get("TERM", "").strip().lower() == "dumb":
        return False
    return is_terminal


def cell_width(environ: Mapping[str, str]) -> str:
    """CTOCIO_CELL_WIDTH: how the terminal measures text (see ctocio.render.cellwidth)."""
    from ctocio.render import CELL_WIDTH_MODES, CODEPOINT

    mode = environ.get("CTOCIO_CELL_WIDTH", "").strip().lower() or CODEPOINT
    if mode not in CELL_WIDTH_MODES:
        raise UsageError(key="error.cell_width", value=mode, allowed=", ".join(CELL_WIDTH_MODES))
    return mode


def width() -> int:
    """The terminal's width in columns: COLUMNS, else the terminal's own, else 80."""
    return shutil.get_terminal_size((80, 24)).columns


def write_stdout(output: str) -> None:
    """Write all of ``output`` or nothing: encode first, so a failure leaves stdout untouched."""
    if sys.stdout is None:
        raise OutputError(key="error.no_stdout")
    encoding = sys.stdout.encoding or "utf-8"
    try:
        data = output.encode(encoding)
    except UnicodeEncodeError:
        # The message is English on purpose: a terminal that cannot show this output may not
        # show Hindi either.
        raise UsageError(key="error.encoding", encoding=encoding) from None
    write_bytes(sys.stdout, data)


def write_file(given: str, output: str) -> None:
    """Write ``output`` to the file named ``given`` in UTF-8, whole or not at all.

    A regular file is written beside its destination and renamed into place, so a reader never
    sees half of it and a failure leaves any earlier file as it was. It keeps an existing file's
    permissions (not a set-user or set-group bit) and, where it may, its owner; a new one gets
    the permissions the umask allows. A symbolic link is followed, and a read-only file is not
    replaced. Written directly instead: anything under the name that is not a regular file
    (``/dev/null``, a named pipe), and a writable file in a folder that is not.
    """
    import errno
    import stat
    import tempfile

    data = output.encode("utf-8")
    temporary: str | None = None
    try:
        if given.endswith(("/", os.sep)) and not os.path.isdir(given):
            # "-o new/" names a folder; the file "new" is not what was meant.
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
        # A link is followed: the file it points to is the one replaced, and the link stays.
        path = Path(os.path.realpath(given))
        try:
            existing = os.stat(path)
        except FileNotFoundError:
            existing = None
        if existing is not None and not os.access(path, os.W_OK):
            # Renaming over a read-only file would succeed; its owner made it read-only to keep it.
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        direct = existing is not None and (
            not stat.S_ISREG(existing.st_mode) or not os.access(path.parent, os.W_OK | os.X_OK)
        )
        if direct:
            with open(path, "wb") as out:
                out.write(data)
            return
        if existing is not None:
            mode = existing.st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        # A short name of its own: one made from a long file name could be too long to create.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".ctocio-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if existing is not None:
            with contextlib.suppress(OSError):  # only root may give a file to someone else
                os.chown(temporary, existing.st_uid, existing.st_gid)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise OutputError(key="error.write_file", path=given, reason=exc.strerror or str(exc)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def write_bytes(stream: Any, data: bytes) -> None:
    """Write ``data`` to ``stream`` and flush it, turning every failure into an OutputError or silence."""
    if stream is None:
        raise OutputError(key="error.no_stdout")
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.flush()
    except BrokenPipeError:
        # The reader has gone (`ctocio list | head -1`): that is its choice, not an error.
        silence(stream)
    except OSError as exc:
        # What could not be written stays in the stream's buffer, and the interpreter would try
        # again at exit, with a second message and exit code 120.
        silence(stream)
        raise OutputError(key="error.write", reason=exc.strerror or str(exc)) from None


def silence(stream: Any) -> None:
    """Point ``stream``'s file descriptor at /dev/null, so the interpreter's last flush stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    finally:
        os.close(devnull)


class Captured(io.TextIOWrapper):
    """Stdout while a command runs: everything written is kept, and written once at the end.

    Typer and Rich write help and the version themselves; kept here, their output meets a full
    disk, a closed stdout or a closed pipe in the same one place as a command's. It answers
    ``isatty`` and ``fileno`` for the real stdout, so tables, colour and help look the same.
    """

    def __init__(self, real: Any) -> None:
        self._kept = io.BytesIO()
        super().__init__(
            self._kept,
            encoding=getattr(real, "encoding", None) or "utf-8",
            errors=getattr(real, "errors", None) or "strict",
            write_through=True,
        )
        self._real = real

    def isatty(self) -> bool:
        try:
            return bool(self._real is not None and self._real.isatty())
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._real is None:
            raise io.UnsupportedOperation("fileno")
        return int(self._real.fileno())

    def kept(self) -> bytes:
        """Everything written so far."""
        self.flush()
        return self._kept.getvalue()


MAX_MESSAGE = 1000
"""Longest a message line gets: an argument of 100,000 characters is not echoed whole, while a
list of every area with its Hindi name (about 330 characters for the built-in nine) still is."""


def printable(line: str) -> str:
    """A message line made safe to print: unsafe characters spelled out, length bounded.

    Messages quote what the user typed and what files hold; a newline in it must not make two
    lines, nor an escape sequence reach the terminal (the policy of ``render.escape``).
    """
    from ctocio.render.escape import visible

    safe = visible(line[: MAX_MESSAGE * 2])
    return safe if len(safe) <= MAX_MESSAGE else safe[: MAX_MESSAGE - 1] + "…"


def can_show(text: str, stream: object) -> bool:
    """Whether ``stream``'s encoding can write ``text``."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def say(*lines: str) -> None:
    """Lines on stderr, each one line, in a form the terminal can show."""
    for line in lines:
        clean = printable(line)
        if not can_show(clean, sys.stderr):
            clean = clean.encode("ascii", "backslashreplace").decode("ascii")
        _write_stderr(clean + "\n")


def _write_stderr(text: str) -> None:
    """Write to stderr if it can be written; a closed or full stderr leaves the exit code to tell."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):
        # Nowhere left to say anything; silenced, the interpreter's own last flush cannot
        # print a complaint or change the exit code either.
        silence(sys.stderr)
