"""One run of ctocio: arguments in, an exit code out, every error a line on stderr.

Errors of every kind end here, as one line on stderr and a documented exit code; output is
kept while the command runs and written once at the end (see :mod:`ctocio.cli.terminal`).
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from ctocio.cli.completion import completing_app, wanted
from ctocio.cli.environment import Environment
from ctocio.cli.help import app_for, early_language, help_language, language_flags, localise, prepare_help
from ctocio.cli.terminal import Captured, can_show, say, write_bytes
from ctocio.entry import by_interrupt
from ctocio.errors import CtocioError, OutputError, UsageError
from ctocio.exitcodes import ExitCode


def main(argv: list[str] | None = None, env: Environment | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit code instead of exiting."""
    args = sys.argv[1:] if argv is None else list(argv)
    cache = sys.modules.get("ctocio.cache")  # imported only by runs that use the cache
    if cache is not None:
        cache.start()
    real = sys.stdout
    for last_try in (False, True):
        run_env = Environment(env.environ) if env is not None else Environment()
        captured = Captured(real)
        sys.stdout = captured
        try:
            code = _run(args, run_env, last_try=last_try)
        except _TryAgain:
            continue  # with the cache entries it read removed; what it wrote is dropped
        finally:
            sys.stdout = real
        break
    if code == ExitCode.INTERRUPTED:
        return code  # an interrupted run shows nothing of what it did
    try:
        output = captured.kept()
        if output:
            write_bytes(real, output)
    except OutputError as exc:
        _report(exc, run_env)
        return int(exc.exit_code)
    return code


class _TryAgain(Exception):
    """The run failed after reading the cache, whose entries are removed: run it again."""


def _run(args: list[str], env: Environment, *, last_try: bool) -> int:  # noqa: PLR0911 -- one return for each way a run ends
    """Run the command ``args`` name, say on stderr what went wrong, return the exit code."""
    try:
        _check_arguments(args)
        completing = wanted(args, env.environ)
        command = typer.main.get_command(completing_app() if completing else app_for(args))
        _speak(args, env, command, completing=completing)
        if _no_command(args) and not completing:
            args = [*args, "--help"]  # `ctocio` and `ctocio --lang hi` show the help
        result = command.main(args=args, prog_name="ctocio", standalone_mode=False, obj=env)
    except CtocioError as exc:
        _report(exc, env)
        return int(exc.exit_code)
    except UnicodeEncodeError:
        # Help and other text Typer writes itself, to a terminal that cannot show it.
        say(*UsageError(key="error.encoding", encoding=str(getattr(sys.stdout, "encoding", "?"))).lines("en"))
        return int(ExitCode.USAGE)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else int(ExitCode.USAGE)
    except (typer.Abort, KeyboardInterrupt):
        say("ctocio: interrupted")
        return int(ExitCode.INTERRUPTED)
    except typer.TyperException as exc:
        # Typer's own usage errors: one line instead of its usage block, in the reader's language.
        from ctocio.cli.usage import parser_error

        _report(parser_error(exc), env)
        return int(ExitCode.USAGE)
    except Exception as exc:
        if by_interrupt(exc):
            say("ctocio: interrupted")
            return int(ExitCode.INTERRUPTED)
        if not last_try and _forget_cache(exc, env):
            raise _TryAgain from exc
        if env.debug:
            raise
        say(f"ctocio: internal error: {exc!r}; run again with --debug for the traceback")
        return int(ExitCode.INTERNAL)
    if result == ExitCode.INTERRUPTED:
        # Typer turns Ctrl-C into exit code 130 without a word; say what happened.
        say("ctocio: interrupted")
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _no_command(args: list[str]) -> bool:
    """Whether ``args`` hold nothing but the language: no command, no other option."""
    return sum(width for _, width, _ in language_flags(args)) == len(args)


def _speak(args: list[str], env: Environment, command: Any, *, completing: bool = False) -> None:
    """Choose the language of the help or of the parser's messages, and put it on ``command``."""
    # A shell asking for candidates runs with no arguments: that is no request for the help.
    if (_no_command(args) and not completing) or "--help" in args or "-h" in args:
        env.lang = help_language(args, env.environ)  # and of the message, should the help not get written
        prepare_help(env.lang, env.environ)
    else:
        env.lang = early_language(args, env.environ)  # until the command knows its own
        if env.lang != "en" and not can_show("\u0905", sys.stderr):
            env.lang = "en"  # the parser's message names arguments as the help does, in one script
    localise(command, env.lang)


def _forget_cache(exc: Exception, env: Environment) -> bool:
    """Remove the cache entries this run read, if it read any; say whether it did.

    An entry with a sound checksum can still hold contents ctocio cannot use (crafted, or
    written by a build with a bug), and parts of it are unpacked only when used, as late as
    rendering. Any failure after reading one is therefore put down to the entry first: the
    command runs again without it, and an error that comes back is ctocio's own.
    """
    cache = sys.modules.get("ctocio.cache")
    forgotten = cache.forget_read() if cache is not None else []
    for path in forgotten:
        env.log(f"cache entry {path} not used: {exc!r}; reading the files again")
    return bool(forgotten)


def _check_arguments(args: list[str]) -> None:
    """Refuse an argument that is not UTF-8, before Typer or a search makes anything of it."""
    from ctocio.render.escape import visible

    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(key="error.not_utf8", argument=visible(arg)) from None


def _report(exc: CtocioError, env: Environment) -> None:
    lang = "en" if isinstance(exc, UsageError) and exc.key == "error.encoding" else env.lang
    lines = exc.lines(lang)
    if not can_show("\n".join(lines), sys.stderr):
        lines = exc.lines("en")  # a terminal that cannot show Hindi still gets a readable line
    say(*lines)
