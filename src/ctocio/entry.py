"""The console-script entry point, for ``ctocio`` and ``python -m ctocio``.

It imports nothing but the built-in ``sys`` and ``gc`` before its ``try``: Ctrl-C often comes
while Typer and Rich are still being imported, tens of milliseconds into a run, and must end
like any other interruption, with one line and exit code 130, never a traceback.
"""

import gc
import sys

INTERRUPTED = 130
"""ctocio.exitcodes.ExitCode.INTERRUPTED, without importing anything to know it."""


def run() -> None:
    """Run ctocio on ``sys.argv`` and exit with its exit code."""
    # No cyclic garbage collection while a run starts: importing Typer and ctocio and reading
    # the cache allocate tens of thousands of objects and no cycles worth collecting, and the
    # collector's passes over them cost about 5 ms of a 60 ms run (measured with hyperfine on
    # `show cto -f json` and `search vendor -f json`). A run that reads knowledge-base files,
    # whose parser and checks do make cycles, turns it back on (``ctocio.kb.check``).
    gc.disable()
    try:
        from ctocio.cli import main

        code = main()
        # Inside the try: a Ctrl-C can still land while the handler is being put back.
        _default_interrupt()
    except KeyboardInterrupt:
        code = _interrupted()
    except Exception as error:
        if not by_interrupt(error):
            raise
        code = _interrupted()
    sys.exit(code)


def by_interrupt(error: BaseException) -> bool:
    """Whether ``error`` is a Ctrl-C in disguise.

    Python 3.11 wraps an exception raised while a class is created (Ctrl-C in the middle of
    an import, among them) in a RuntimeError, "Error calling __set_name__".
    """
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _interrupted() -> int:
    try:  # noqa: SIM105 -- contextlib would be one more import on the way out
        _default_interrupt()
    except KeyboardInterrupt:
        pass  # a second Ctrl-C on the way out: this one already ends the run
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
    KeyboardInterrupt while it shuts down prints a traceback. A SIGINT that the parent had
    ignored (a background job of a script, ``nohup``) stays ignored: Python left it so.
    """
    import contextlib
    import signal

    with contextlib.suppress(ValueError, OSError):  # not the main thread: nothing to restore
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
