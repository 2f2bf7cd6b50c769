"""The one exception family: each error knows its message and its exit code."""

from __future__ import annotations

from dataclasses import dataclass

from ctocio.exitcodes import ExitCode


class CtocioError(Exception):
    """An error the user can act on; the CLI prints ``message`` and exits with ``exit_code``."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def lines(self) -> list[str]:
        """What to print on stderr, one problem a line."""
        return [f"ctocio: error: {self.message}"]


class RoleNotFound(CtocioError):
    """A role name that matches no role."""

    exit_code = ExitCode.NOT_FOUND


class UsageError(CtocioError):
    """Arguments that make no sense together, or output the terminal cannot show."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a knowledge-base file, at a place a person can jump to."""

    file: str
    line: int
    column: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


class KnowledgeBaseError(CtocioError):
    """A knowledge base that cannot be read or does not validate: every problem found."""

    exit_code = ExitCode.INVALID_KB

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.column))
        super().__init__("; ".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
