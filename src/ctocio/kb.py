"""The knowledge base: where the built-in file lives, loading it, and finding roles by name."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ctocio.errors import KnowledgeBaseError, Problem, RoleNotFound, UsageError
from ctocio.model import Role, Source, Text
from ctocio.names import normalise, role_names


def builtin_path() -> Path:
    """The built-in ``roles.yaml``: inside the installed package, else in the source tree."""
    packaged = resources.files("ctocio").joinpath("data", "roles.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    # An editable install runs from src/ctocio, two levels below the repository's data/.
    return Path(__file__).resolve().parents[2] / "data" / "roles.yaml"


@dataclass(frozen=True)
class KnowledgeBase:
    """Validated areas, sources and roles, in file order, with a name index over the roles."""

    areas: dict[str, Text]
    sources: dict[str, Source]
    roles: dict[str, Role]
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each role, the file it was defined in, then any files that extended it."""
    _names: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_parts(
        cls,
        areas: dict[str, Text],
        sources: dict[str, Source],
        roles: dict[str, Role],
        origins: dict[str, tuple[str, ...]] | None = None,
    ) -> KnowledgeBase:
        """Index validated roles by every name they answer to."""
        names: dict[str, tuple[str, str]] = {}
        for role_id, role in roles.items():
            for name, _ in role_names(role_id, role):
                names.setdefault(normalise(name), (role_id, name))
        return cls(areas, sources, roles, origins or {}, names)

    def resolve(self, name: str) -> str:
        """The id of the role called ``name`` (id, abbreviation, title or alias, either language)."""
        key = normalise(name)
        found = self._names.get(key)
        if found is not None:
            return found[0]
        close = difflib.get_close_matches(key, list(self._names), n=1, cutoff=0.6)
        if close:
            raise RoleNotFound(key="error.unknown_role.suggest", name=name, suggestion=self._names[close[0]][1])
        raise RoleNotFound(key="error.unknown_role.known", name=name, known=", ".join(self.roles))

    def resolve_all(self, names: list[str], *, at_least: int = 1) -> list[str]:
        """Role ids for ``names`` in the order given, each once."""
        ids = list(dict.fromkeys(self.resolve(name) for name in names))
        if len(ids) < at_least:
            raise UsageError(key="error.too_few_roles", needed=str(at_least), got=str(len(ids)))
        return ids


BUILTIN = "built-in"
"""How the built-in file is named where a role's origin is shown."""


def config_dir(environ: Mapping[str, str]) -> Path:
    """The user's ctocio folder: ``$XDG_CONFIG_HOME/ctocio``, by default ``~/.config/ctocio``."""
    base = environ.get("XDG_CONFIG_HOME", "")
    # The XDG specification says to ignore a relative path here.
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "ctocio"


def _expand(path: Path) -> list[Path]:
    """A file as itself; a folder as its ``*.yaml`` and ``*.yml`` files, in name order."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    return [path]


def source_files(paths: list[Path], environ: Mapping[str, str], *, builtin: bool = True) -> list[Path]:
    """Every file to load, lowest precedence first.

    The built-in file; the user's config folder; the files and folders in ``CTOCIO_KB``
    (separated by ``os.pathsep``); then ``paths`` (``--kb``), each a file or a folder.
    """
    files = [builtin_path()] if builtin else []
    folder = config_dir(environ)
    if folder.is_dir():
        files += _expand(folder)
    for entry in environ.get("CTOCIO_KB", "").split(os.pathsep):
        if entry.strip():
            files += _expand(Path(entry.strip()))
    for path in paths:
        files += _expand(path)
    return files


@dataclass(frozen=True)
class Checked:
    """The outcome of reading and checking every file: the knowledge base, and all problems."""

    kb: KnowledgeBase | None
    files: list[str]
    problems: list[Problem]


def check(files: list[Path]) -> Checked:
    """Read, validate and merge ``files``; collect every problem of every file instead of raising."""
    from ctocio.reader import read_file
    from ctocio.validate import merge, validate_schema

    builtin = builtin_path()
    checked = []
    problems: list[Problem] = []
    for path in files:
        try:
            parsed = read_file(path)
            checked.append((parsed, validate_schema(parsed)))
        except KnowledgeBaseError as exc:
            problems.extend(exc.problems)
    names = [str(path) for path in files]
    if problems:
        return Checked(None, names, problems)
    try:
        merged = merge(checked)
    except KnowledgeBaseError as exc:
        return Checked(None, names, exc.problems)
    origins = {
        role_id: tuple(BUILTIN if file == str(builtin) else file for file in merged.origins(role_id))
        for role_id in merged.roles
    }
    kb = KnowledgeBase.from_parts(merged.areas, merged.sources, merged.roles, origins)
    return Checked(kb, names, merged.warnings)


def load(files: list[Path]) -> KnowledgeBase:
    """The knowledge base made of ``files``; any error in any of them raises them all."""
    from ctocio.errors import UsageError

    if not files:
        raise UsageError(key="error.no_files")
    result = check(files)
    errors = [problem for problem in result.problems if problem.severity == "error"]
    if errors or result.kb is None:
        raise KnowledgeBaseError(errors)
    return result.kb


def load_builtin() -> KnowledgeBase:
    """The built-in knowledge base alone."""
    return load([builtin_path()])
