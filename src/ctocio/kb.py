"""The knowledge base: where the built-in file lives, loading it, and finding roles by name."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ctocio.errors import RoleNotFound, UsageError
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
    _names: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_parts(cls, areas: dict[str, Text], sources: dict[str, Source], roles: dict[str, Role]) -> KnowledgeBase:
        """Index validated roles by every name they answer to."""
        names: dict[str, tuple[str, str]] = {}
        for role_id, role in roles.items():
            for name, _ in role_names(role_id, role):
                names.setdefault(normalise(name), (role_id, name))
        return cls(areas, sources, roles, names)

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


def load(paths: list[Path], *, builtin: bool = True) -> KnowledgeBase:
    """Read, validate, merge and index the built-in file (unless left out) and ``paths``.

    Every file is read and checked before any error is raised, so one run reports the
    problems of all of them.
    """
    from ctocio.errors import KnowledgeBaseError, Problem
    from ctocio.reader import read_file
    from ctocio.validate import merge, validate_schema

    files = ([builtin_path()] if builtin else []) + paths
    checked = []
    problems: list[Problem] = []
    for path in files:
        try:
            parsed = read_file(path)
            checked.append((parsed, validate_schema(parsed)))
        except KnowledgeBaseError as exc:
            problems.extend(exc.problems)
    if problems:
        raise KnowledgeBaseError(problems)
    merged = merge(checked)
    return KnowledgeBase.from_parts(merged.areas, merged.sources, merged.roles)
