"""The knowledge base: where the built-in file lives, loading it, and finding roles by name."""

import difflib
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from ctocio.errors import AmbiguousName, KnowledgeBaseError, Problem, RoleNotFound, UsageError
from ctocio.model import Executive, Role, Source, Text
from ctocio.names import normalise, role_names
from ctocio.xdg import config_dir


def builtin_path() -> Path:
    """The built-in ``roles.yaml``: inside the installed package, else in the source tree.

    The wheel installs it as package data beside this module (importlib.resources would find
    the same file, at the price of importing it on every run); an editable install runs from
    src/ctocio, two levels below the repository's data/.
    """
    here = Path(__file__).parent
    packaged = here / "data" / "roles.yaml"
    return packaged if packaged.is_file() else here.parents[1] / "data" / "roles.yaml"


class KnowledgeBase(NamedTuple):
    """Validated areas, sources and roles, in file order, with a name index over the roles."""

    areas: Mapping[str, Text]
    sources: Mapping[str, Source]
    roles: Mapping[str, Role]
    origins: Mapping[str, tuple[str, ...]] = {}
    """For each role, the file it was defined in, then any files that extended it."""
    names: Mapping[str, tuple[str, str]] = {}
    """Every name, normalised, with the role it belongs to and the name as written."""
    confusables: Mapping[str, tuple[str, int]] = {}
    """Titles mistaken for a role, normalised, with the role and the entry that explains them."""
    key: str | None = None
    """The cache key of the files it was read from, where there is a cache."""
    executives: Mapping[str, Executive] = {}
    """Those roles report to who are not roles here (the CEO, the CFO), by id."""
    lexicon: Mapping[str, tuple[str, ...]] = {}
    """The words of each concept of the lexicon, by id, in every language: what search takes as one."""
    shared: Mapping[str, tuple[str, ...]] = {}
    """Names (normalised) that several roles answer to, with those roles: naming one asks which."""

    @classmethod
    def from_parts(
        cls,
        areas: Mapping[str, Text],
        sources: Mapping[str, Source],
        roles: Mapping[str, Role],
        origins: Mapping[str, tuple[str, ...]] | None = None,
        executives: Mapping[str, Executive] | None = None,
        *,
        lexicon: Mapping[str, tuple[str, ...]] | None = None,
    ) -> "KnowledgeBase":
        """Index validated roles by every name they answer to."""
        names: dict[str, tuple[str, str]] = {}
        shared: dict[str, tuple[str, ...]] = {}
        confusables: dict[str, tuple[str, int]] = {}
        for role_id, role in roles.items():
            for name, _ in role_names(role_id, role):
                key = normalise(name)
                owner = names.setdefault(key, (role_id, name))[0]
                if owner != role_id and role_id not in shared.get(key, ()):
                    shared[key] = (*shared.get(key, (owner,)), role_id)
            for position, entry in enumerate(role.confused_with):
                # Where sources disagree whether it is the role at all (IT director), the entry
                # only informs: the name is not refused.
                for phrase in () if entry.disputed else (entry.name.en, entry.name.hi, *entry.aliases):
                    if phrase:
                        confusables.setdefault(normalise(phrase), (role_id, position))
        return cls(
            areas, sources, roles, origins or {}, names, confusables, None, executives or {}, lexicon or {}, shared
        )

    def resolve(self, name: str) -> str:
        """The id of the role called ``name`` (id, abbreviation, title or alias, either language)."""
        key = normalise(name)
        several = self.shared.get(key)
        if several is not None:
            # CDO is the Chief Data Officer and the Chief Digital Officer: never guess which.
            raise AmbiguousName(**self.ambiguity(name, several))
        found = self.names.get(key)
        if found is not None:
            return found[0]
        mistaken = self.confusables.get(key)
        if mistaken is not None:
            # A title that is not this role at all: say so rather than offer the look-alike.
            raise RoleNotFound(**self.confusion(name, *mistaken))
        executive = self.executive_named(key)
        if executive is not None:
            # The CEO is not a typo for the CIO: say who it is, and which roles answer to it.
            raise RoleNotFound(**self.not_a_role(name, executive))
        close = difflib.get_close_matches(key, list(self.names), n=1, cutoff=0.6)
        if close:
            raise RoleNotFound(key="error.unknown_role.suggest", name=name, suggestion=self.names[close[0]][1])
        raise RoleNotFound(
            key="error.unknown_role.known", name=name, known_en=", ".join(self.roles), known_hi=self.listed("roles")
        )

    def ambiguity(self, name: str, role_ids: tuple[str, ...]) -> dict[str, str]:
        """The message values saying that ``name`` names each of ``role_ids``, and how to pick one."""
        return {
            "key": "error.ambiguous_role",
            "name": name,
            "count": str(len(role_ids)),
            "roles_en": ", ".join(f"{role_id} ({self.roles[role_id].title.get('en')})" for role_id in role_ids),
            "roles_hi": ", ".join(f"{role_id} ({self.roles[role_id].title.get('hi')})" for role_id in role_ids),
            "first": role_ids[0],
        }

    def confusion(self, name: str, role_id: str, position: int) -> dict[str, str]:
        """The message values saying that ``name`` is not role ``role_id`` (entry ``position``)."""
        role = self.roles[role_id]
        entry = role.confused_with[position]
        return {
            "key": "error.confused",
            "name": name,
            "abbr_en": role.abbr.get("en"),
            "abbr_hi": role.abbr.get("hi"),
            "text_en": entry.get("en"),
            "text_hi": entry.get("hi"),
        }

    def executive_named(self, key: str) -> str | None:
        """The id of the executive whose id, abbreviation, title or alias normalises to ``key``."""
        for executive_id, executive in self.executives.items():
            written = (executive_id, *executive.abbr.en_hi(), *executive.title.en_hi(), *executive.aliases)
            if key in {normalise(name) for name in written if name}:
                return executive_id
        return None

    def reporting_to(self, executive_id: str) -> list[str]:
        """The roles whose reporting lines name the executive, in knowledge-base order."""
        executive = self.executives[executive_id]
        names = [name for name in (*executive.abbr.en_hi(), *executive.title.en_hi(), *executive.aliases) if name]
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names), re.IGNORECASE)
        return [
            role_id
            for role_id, role in self.roles.items()
            if any(pattern.search(text) for statement in role.reports_to for text in statement.en_hi())
        ]

    def not_a_role(self, name: str, executive_id: str) -> dict[str, str]:
        """The message values saying that ``name`` is an executive, not a role, and who reports to it."""
        executive = self.executives[executive_id]
        values = {
            "name": name,
            "title_en": _titled(executive.title.get("en"), executive.abbr.get("en")),
            "title_hi": _titled(executive.title.get("hi"), executive.abbr.get("hi")),
        }
        reporting = self.reporting_to(executive_id)
        if not reporting:
            return {"key": "error.executive", **values}
        english = [f"the {self.short_name(role_id, 'en')}" for role_id in reporting]
        hindi = [self.short_name(role_id, "hi") for role_id in reporting]
        return {
            "key": "error.executive.reported_to",
            **values,
            "roles_en": _listed(english, "and"),
            "roles_hi": _listed(hindi, "और"),
            "verb_en": "reports" if len(reporting) == 1 else "report",
            "verb_hi": "करता है" if len(reporting) == 1 else "करते हैं",
        }

    def short(self, role_id: str) -> Text:
        """A role's abbreviation; its title where another role shares the abbreviation (CDO)."""
        role = self.roles[role_id]
        shared = any(normalise(abbr) in self.shared for abbr in role.abbr.en_hi() if abbr)
        return role.title if shared else role.abbr

    def short_name(self, role_id: str, lang: str) -> str:
        """:meth:`short`, in ``lang``."""
        return self.short(role_id).get(lang)

    def resolve_areas(self, names: list[str]) -> list[str]:
        """The area ids ``names`` give, each once: an id, or a name in English or Hindi, whole or in part.

        ``finance``, ``Cost, budget and profit``, ``बजट`` and ``लागत`` all give ``finance``; case,
        spacing and punctuation do not count, as for role names.
        """
        index = self.area_names()
        found = []
        for name in names:
            area = index.get(normalise(name))
            if area is None:
                close = difflib.get_close_matches(normalise(name), list(index), n=1)
                if close:
                    raise UsageError(key="error.unknown_area.suggest", area=name, suggestion=index[close[0]][1])
                raise UsageError(
                    key="error.unknown_area", area=name, known_en=", ".join(self.areas), known_hi=self.listed("areas")
                )
            found.append(area[0])
        return list(dict.fromkeys(found))

    def area_names(self) -> dict[str, tuple[str, str]]:
        """Every name of every area, normalised, with its id and the name as written.

        The names are the id, each language's name, and the parts of a name ("budget" of
        "Cost, budget and profit"); a part names an area only where no other area has it too.
        """
        whole: dict[str, tuple[str, str]] = {}
        parts: dict[str, dict[str, str]] = {}
        for area_id, name in self.areas.items():
            for written in (area_id, name.en, name.hi):
                if not written:
                    continue
                whole.setdefault(normalise(written), (area_id, written))
                for part in re.split(_AREA_PARTS, written):
                    if normalise(part):
                        parts.setdefault(normalise(part), {})[area_id] = part.strip()
        single = {key: next(iter(ids.items())) for key, ids in parts.items() if len(ids) == 1}
        return {**single, **whole}

    def listed(self, what: str) -> str:
        """The ids of the roles or areas, each with its Hindi name: ``cto (सीटीओ), cio (सीआईओ)``."""
        if what == "roles":
            names = {role_id: role.abbr.hi or role.title.hi for role_id, role in self.roles.items()}
        else:
            names = {area_id: name.hi for area_id, name in self.areas.items()}
        return ", ".join(f"{key} ({name})" if name else key for key, name in names.items())

    def resolve_all(self, names: list[str], *, at_least: int = 1) -> list[str]:
        """Role ids for ``names`` in the order given, each once."""
        ids = list(dict.fromkeys(self.resolve(name) for name in names))
        if len(ids) < at_least:
            raise UsageError(key="error.too_few_roles", needed=str(at_least), got=str(len(ids)))
        return ids


def _titled(title: str, abbr: str) -> str:
    return f"{title} ({abbr})" if abbr and abbr != title else title


def _listed(names: list[str], conjunction: str) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


# Where an area's name divides into names of its own: "Cost, budget and profit", "लागत, बजट और मुनाफ़ा".
# A pattern, compiled where it is used (only --area uses it), not by every run at import.
_AREA_PARTS = r",|\band\b|(?<!\S)और(?!\S)"

BUILTIN = "built-in"
"""How the built-in file is named where a role's origin is shown."""


def expand(path: Path) -> list[Path]:
    """A file as itself; a folder as its ``*.yaml`` and ``*.yml`` files (not hidden), in name order.

    A path that cannot be looked at, or a folder that cannot be listed, stays as itself:
    reading it then reports why, as a problem of that path.
    """
    try:
        if not stat.S_ISDIR(os.stat(path).st_mode):
            return [path]
        # Hidden files are editors' backups and lock files, not knowledge bases.
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    except OSError:
        return [path]


def once(files: list[Path]) -> list[Path]:
    """``files`` with each file once, at its last place: the highest precedence it was given.

    The same file reached twice (from the config folder and from --kb, through a symbolic
    link, or named twice) would apply its ``extend`` twice and clash with its own names.
    """
    seen: set[object] = set()
    kept: list[Path] = []
    for path in reversed(files):
        try:
            info = os.stat(path)
            identity: object = (info.st_dev, info.st_ino)
        except OSError:
            identity = os.path.abspath(path)  # reading it will say why it cannot be read
        if identity not in seen:
            seen.add(identity)
            kept.append(path)
    return kept[::-1]


def source_files(kb_paths: list[Path], environ: Mapping[str, str], *, builtin: bool = True) -> list[Path]:
    """Every file to load, lowest precedence first.

    The built-in file; the user's config folder; the files and folders in ``CTOCIO_KB``
    (separated by ``os.pathsep``); then ``kb_paths`` (``--kb``), each a file or a folder.
    """
    files = [builtin_path()] if builtin else []
    folder = config_dir(environ)
    if folder is not None and _exists(folder):
        files += expand(folder)
    for entry in environ.get("CTOCIO_KB", "").split(os.pathsep):
        if entry.strip():
            files += expand(Path(entry.strip()))
    for path in kb_paths:
        files += expand(path)
    return once(files)


def _exists(folder: Path) -> bool:
    """Whether the config folder is there; one that cannot even be looked for counts as absent.

    A config folder that exists but cannot be read is reported; a home whose .config cannot be
    searched (another user's HOME, kept by sudo) says nothing about ctocio and is left alone.
    """
    try:
        os.stat(folder)
    except OSError:
        return False
    return True


class Checked(NamedTuple):
    """The outcome of reading and checking every file: the knowledge base, and all problems."""

    kb: KnowledgeBase | None
    problems: list[Problem]
    unlisted: Mapping[str, int] = {}
    """Problems counted, by severity, but not placed: those after the first 100 of a file."""

    def strict(self) -> "Checked":
        """The same, with every warning an error (``validate --strict``)."""
        problems = [p._replace(severity="error") if p.severity == "warning" else p for p in self.problems]
        return self._replace(problems=problems, unlisted={"error": sum(self.unlisted.values())})

    @property
    def failed(self) -> bool:
        """Whether there is any error."""
        return bool(self.unlisted.get("error")) or any(p.severity == "error" for p in self.problems)


def check(files: list[Path]) -> Checked:
    """Read, validate and merge ``files``; collect every problem of every file instead of raising."""
    import gc

    from ctocio.merge import merge
    from ctocio.reader import read_file
    from ctocio.validate import validate_schema

    # Reading YAML and validating it makes reference cycles; a run starts without the cyclic
    # collector (ctocio.entry), and one that reads files collects as Python always does.
    gc.enable()
    builtin = builtin_path()
    checked = []
    problems: list[Problem] = []
    unlisted: dict[str, int] = {}
    for path in files:
        try:
            parsed = read_file(path)
            checked.append((parsed, validate_schema(parsed)))
        except KnowledgeBaseError as exc:
            problems.extend(exc.problems)
            for severity, count in exc.unlisted.items():
                unlisted[severity] = unlisted.get(severity, 0) + count
    if problems:
        return Checked(None, problems, unlisted)
    try:
        merged = merge(checked)
    except KnowledgeBaseError as exc:
        return Checked(None, exc.problems, exc.unlisted)
    origins = {
        role_id: tuple(BUILTIN if file == str(builtin) else file for file in merged.origins(role_id))
        for role_id in merged.roles
    }
    kb = KnowledgeBase.from_parts(
        merged.areas, merged.sources, merged.roles, origins, merged.executives, lexicon=merged.lexicon
    )
    return Checked(kb, merged.warnings, merged.unlisted)


def load(files: list[Path]) -> KnowledgeBase:
    """The knowledge base made of ``files``; any error in any of them raises them all."""
    if not files:
        raise UsageError(key="error.no_files")
    result = check(files)
    errors = [problem for problem in result.problems if problem.severity == "error"]
    if result.failed or result.kb is None:
        raise KnowledgeBaseError(errors, {"error": result.unlisted.get("error", 0)})
    return result.kb


def load_builtin() -> KnowledgeBase:
    """The built-in knowledge base alone."""
    return load([builtin_path()])
