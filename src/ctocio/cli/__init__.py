"""The command line, in modules named for what they own.

- ``shared``: the Typer app and what every command shares; ``lookup``, ``questions`` and
  ``checking``: the Typer declarations of the commands, a run importing only its own; ``app``:
  the app with every command, for help and completion;
- ``runner``: one run, from arguments to an exit code, errors to one line each;
- ``environment``: the settings of one run, handed to the commands;
- ``terminal``: stdout and stderr, pipes, colour, width, encoding;
- ``help``: help in the reader's language, and the parser of the one command that runs.
"""

from ctocio.cli.runner import main

__all__ = ["main", "run"]


def run() -> None:
    """The entry point of earlier installs; :func:`ctocio.entry.run` is today's."""
    from ctocio.entry import run as entry

    entry()
