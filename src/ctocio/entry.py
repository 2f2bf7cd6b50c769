"""The console-script entry point, for ``ctocio`` and ``python -m ctocio``.

It imports nothing before its ``try``: Ctrl-C often comes while Typer and Rich are still being
imported, tens of milliseconds into a run, and must end like any other interruption, with one
line and exit code 130, never a traceback.
"""

import sys

INTERRUPTED = 130
"""ctocio.exitcodes.ExitCode.INTERRUPTED, without importing anything to know it."""


def run() -> None:
    """Run ctocio on ``sys.argv`` and exit with its exit code."""
    try:
        from ctocio.cli import main

        code = main()
    except KeyboardInterrupt:
        code = _interrupted()
    _default_interrupt()
    sys.exit(code)


def _interrupted() -> int:
    _default_interrupt()
    try:
        if sys.stderr is not None:
            sys.stderr.write("ctocio: interrupted\n")
            sys.stderr.flush()
    except (OSError, ValueError):
        pass  # a closed or full stderr: the exit code still says it
    return INTERRUPTED


def _default_interrupt() -> None:
    """From here on, Ctrl-C ends the process at once, as the signal does by default.

    Python would otherwise raise it wherever the interpreter happens to be, and a
    KeyboardInterrupt while it shuts down prints a traceback.
    """
    import contextlib
    import signal

    with contextlib.suppress(ValueError, OSError):  # not the main thread: nothing to restore
        signal.signal(signal.SIGINT, signal.SIG_DFL)
