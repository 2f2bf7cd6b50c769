"""Exit codes: the contract scripts rely on, documented in docs/reference.md (Exit codes)."""

from enum import IntEnum


class ExitCode(IntEnum):
    """Why ctocio stopped."""

    OK = 0
    NOT_FOUND = 1  # an unknown role, or nothing matched
    DIFFERENT = 1  # compare ROLE@SOURCE: the definitions differ (as diff exits 1)
    USAGE = 2  # bad arguments, or an output the terminal cannot show
    INVALID_KB = 3  # a knowledge base that cannot be read or does not validate
    INTERNAL = 70  # a bug in ctocio (EX_SOFTWARE); --debug shows the traceback
    OUTPUT = 74  # the output could not be written (EX_IOERR): a full disk, a closed stdout
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
