"""Merging checked files into one knowledge base, and the checks that need every file at once.

Each file has passed :mod:`ctocio.validate` on its own; only together can ids be checked: the
areas, sources and roles that entries refer to, names that two roles claim, texts that lack a
language. Problems are collected, then worded and placed only for those that can be shown.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import typing
from collections.abc import Callable

from ctocio.document import Document, Extension
from ctocio.errors import MAX_SHOWN, KnowledgeBaseError, Problem, ordered
from ctocio.housestyle import check as house_style
from ctocio.model import LIST_FIELDS, Confusable, Entry, Executive, Item, ReportingLine, Role, Source, Text
from ctocio.reader import KeyPath, Parsed, dotted
from ctocio.validate import ROLE_ID

_ID_HELP = "lowercase letters, digits, '-' and '_', starting with a letter"


@dataclasses.dataclass(frozen=True)
class Part:
    """A role's definition or an extension of it, with the file and place it was written."""

    parsed: Parsed
    path: KeyPath
    body: Role | Extension


@dataclasses.dataclass
class Merged:
    """Areas, sources and roles of several files, and where each role's parts were written."""

    areas: dict[str, Text] = dataclasses.field(default_factory=dict)
    sources: dict[str, Source] = dataclasses.field(default_factory=dict)
    roles: dict[str, Role] = dataclasses.field(default_factory=dict)
    executives: dict[str, Executive] = dataclasses.field(default_factory=dict)
    lexicon: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    """Each concept's words from every file, in file order, each once."""
    parts: dict[str, list[Part]] = dataclasses.field(default_factory=dict)
    warnings: list[Problem] = dataclasses.field(default_factory=list)
    unlisted: dict[str, int] = dataclasses.field(default_factory=dict)
    """Problems counted, by severity, but not placed: those after the first 100 of a file."""

    def origins(self, role_id: str) -> list[str]:
        """The files a role was defined and then extended in, in order."""
        return list(dict.fromkeys(part.parsed.file for part in self.parts[role_id]))


def merge(files: list[tuple[Parsed, Document]]) -> Merged:
    """Merge documents in order of precedence, then check every reference in the result.

    Areas and sources of all files are pooled, so a user file may use the built-in ones. A role
    replaces an earlier role with the same id; an ``extend`` entry adds to an earlier role.
    Errors are raised together; warnings (missing translations, missing sources) are kept on
    the result.
    """
    merged = Merged()
    problems: list[Unplaced] = []
    for _, document in files:
        merged.areas.update(document.areas)
        merged.sources.update(document.sources)
        merged.executives.update(document.executives)
        for concept_id, concept in document.lexicon.items():
            # A later file adds words to a concept, as ``extend`` adds to a role.
            known = merged.lexicon.get(concept_id, ())
            merged.lexicon[concept_id] = tuple(dict.fromkeys((*known, *concept.words())))
    for parsed, document in files:
        for role_id, role in document.roles.items():
            merged.roles[role_id] = role
            merged.parts[role_id] = [Part(parsed, ("roles", role_id), role)]
        for role_id, extension in document.extend.items():
            if role_id not in merged.roles:
                message = functools.partial(_unknown_role, role_id, merged.roles, len(merged.roles))
                problems.append(_at(parsed, ("extend", role_id), message, "unknown-role"))
                continue
            merged.roles[role_id] = _extended(merged.roles[role_id], extension)
            merged.parts[role_id].append(Part(parsed, ("extend", role_id), extension))
    for parsed, document in files:
        problems += _area_texts(parsed, document)
        problems += _executive_texts(merged, parsed, document)
        problems += _lexicon_words(parsed, document)
    for role_id in merged.roles:
        for part in merged.parts[role_id]:
            problems += _references(merged, role_id, part)
    problems += _name_clashes(merged)
    placed, unlisted = _placed(problems)
    if any(problem.severity == "error" for problem in placed) or unlisted.get("error"):
        # Warnings travel with the errors, so that `ctocio validate` can list them all.
        raise KnowledgeBaseError(placed, unlisted)
    merged.warnings = ordered(placed)
    merged.unlisted = unlisted
    return merged


def _extended(role: Role, extension: Extension) -> Role:
    from ctocio.model import Additions, Keywords

    # Each list an extension holds is appended to the role's; the keywords are two lists, one a language.
    appended = [f.name for f in dataclasses.fields(Additions) if f.name != "keywords"]
    additions = {name: getattr(role, name) + getattr(extension, name) for name in appended}
    keywords = Keywords(role.keywords.en + extension.keywords.en, role.keywords.hi + extension.keywords.hi)
    return dataclasses.replace(role, **additions, keywords=keywords)


class Unplaced(typing.NamedTuple):
    """A problem whose line and column are still to be found: all of a file's in one reading."""

    parsed: Parsed
    path: KeyPath
    message: str | Callable[[], str]  # worded only if it is shown
    code: str
    severity: str = "error"


def _at(
    parsed: Parsed, path: KeyPath, message: str | Callable[[], str], code: str, severity: str = "error"
) -> Unplaced:
    return Unplaced(parsed, path, message, code, severity)


def _placed(unplaced: list[Unplaced]) -> tuple[list[Problem], dict[str, int]]:
    """The first problems of each file, worded and placed, and how many more there are by severity.

    Each file's problems are put in the order of the file from its data; the first 100 errors
    and the first 100 warnings are placed with one more reading of it, and the rest counted: no
    more can be shown, and warnings do not hide errors from a command that shows errors only.
    """
    by_file: dict[tuple[int, str], list[Unplaced]] = {}
    for problem in unplaced:
        by_file.setdefault((id(problem.parsed), problem.severity), []).append(problem)
    placed = []
    unlisted: dict[str, int] = {}
    first: list[Unplaced] = []
    for (_, severity), problems in by_file.items():
        parsed = problems[0].parsed
        problems.sort(key=lambda problem: parsed.order(problem.path))
        unlisted[severity] = unlisted.get(severity, 0) + len(problems[MAX_SHOWN:])
        first += problems[:MAX_SHOWN]
    for file_id in dict.fromkeys(id(problem.parsed) for problem in first):
        chosen = [problem for problem in first if id(problem.parsed) == file_id]
        parsed = chosen[0].parsed
        parsed.locate(problem.path for problem in chosen)
        for _, path, message, code, severity in chosen:
            line, column = parsed.position(path)
            text = message if isinstance(message, str) else message()
            placed.append(Problem(parsed.file, line, column, f"{dotted(path)}: {text}", severity, code))
    return placed, unlisted


def _unknown_role(role_id: str, roles: typing.Iterable[str], defined: int) -> str:
    """An extension of a role not defined before it: ``defined`` roles were, when it was read."""
    earlier = list(roles)[:defined]
    return _unknown("role", role_id, earlier) + "; extend adds to a role defined before it"


def _unknown(kind: str, value: str, known: typing.Iterable[str]) -> str:
    names = sorted(known)
    close = difflib.get_close_matches(value, names, n=1)
    if close:
        return f"unknown {kind} '{value}'; did you mean '{close[0]}'?"
    if not names:
        return f"unknown {kind} '{value}'; none are defined"
    # A large knowledge base has thousands of ids; a dozen show what they look like.
    shown = ", ".join(names[:12]) + (f", and {len(names) - 12} more" if len(names) > 12 else "")
    return f"unknown {kind} '{value}' (known {kind}s: {shown})"


def _text_problems(parsed: Parsed, path: KeyPath, value: object) -> list[Unplaced]:
    """Both languages missing is an error; one of them missing, a warning; blank text an error."""
    blank = [lang for lang in ("en", "hi") if getattr(value, lang, "") and not getattr(value, lang).strip()]
    if blank:
        message = f"'{blank[0]}' is blank; write the text, or leave the key out"
        return [_at(parsed, (*path, blank[0]), message, "empty-text")]
    has_en, has_hi = bool(getattr(value, "en", "")), bool(getattr(value, "hi", ""))
    if not has_en and not has_hi:
        return [_at(parsed, path, "needs text: give 'en', 'hi' or both", "no-text")]
    if not has_hi:
        return [_at(parsed, path, "no Hindi text ('hi'); English will be shown instead", "missing-hindi", "warning")]
    style = _house_style(parsed, (*path, "hi"), getattr(value, "hi", ""))
    if not has_en:
        message = "no English text ('en'); Hindi will be shown instead"
        return [_at(parsed, path, message, "missing-english", "warning"), *style]
    return style


def _house_style(parsed: Parsed, path: KeyPath, hindi: str) -> list[Unplaced]:
    """Warnings where a Hindi text departs from the house style (:mod:`ctocio.housestyle`)."""
    problems = house_style(hindi)
    if not problems:
        return []
    from ctocio.catalogue import text

    return [
        _at(parsed, path, functools.partial(text, f"problem.{p.code}", found=p.found, fix=p.fix), p.code, "warning")
        for p in problems
    ]


def _area_texts(parsed: Parsed, document: Document) -> list[Unplaced]:
    problems = []
    for area_id, area in document.areas.items():
        problems += _text_problems(parsed, ("areas", area_id), area)
    return problems


def _executive_texts(merged: Merged, parsed: Parsed, document: Document) -> list[Unplaced]:
    problems = []
    for executive_id, executive in document.executives.items():
        if not ROLE_ID.match(executive_id):
            message = f"executive id '{executive_id}' must be a plain identifier: {_ID_HELP}"
            problems.append(_at(parsed, ("executives", executive_id), message, "bad-role-id"))
        for name in ("abbr", "title"):
            problems += _text_problems(parsed, ("executives", executive_id, name), getattr(executive, name))
        problems += _source_ids(merged, parsed, ("executives", executive_id), executive.sources)
    return problems


def _lexicon_words(parsed: Parsed, document: Document) -> list[Unplaced]:
    """A concept's words must be single words, in the script of their list, and not stop words."""
    from ctocio.words import fold, split, stop_words

    problems = []
    for concept_id, concept in document.lexicon.items():
        base = ("lexicon", concept_id)
        if not ROLE_ID.match(concept_id):
            message = f"concept id '{concept_id}' must be a plain identifier: {_ID_HELP}"
            problems.append(_at(parsed, base, message, "bad-concept-id"))
        for lang in ("en", "hi", "roman"):
            for index, word in enumerate(getattr(concept, lang)):
                path = (*base, lang, index)
                parts = split(word)
                if len(parts) != 1:
                    shown = ", ".join(f"'{part}'" for part in parts) or "no letters or digits"
                    message = f"'{word}' is not one word to search ({shown}); a concept groups single words"
                    problems.append(_at(parsed, path, message, "lexicon-phrase"))
                    continue
                devanagari = any("\u0900" <= character <= "\u097f" for character in word)
                if devanagari != (lang == "hi"):
                    script = "Devanagari" if lang == "hi" else "Latin letters"
                    message = f"'{word}' is not in {script}, as the words of '{lang}' are"
                    problems.append(_at(parsed, path, message, "lexicon-script", "warning"))
                elif fold(word) in stop_words():
                    message = f"'{word}' is a stop word, which search leaves out of every question"
                    problems.append(_at(parsed, path, message, "lexicon-stop-word", "warning"))
    return problems


def _references(merged: Merged, role_id: str, part: Part) -> list[Unplaced]:
    """Ids that must exist, texts that need a language, statements that need a source."""
    parsed, base, body = part.parsed, part.path, part.body
    problems = []
    if isinstance(body, Role):
        if not ROLE_ID.match(role_id):
            message = f"role id '{role_id}' must be a plain identifier: {_ID_HELP}"
            problems.append(_at(parsed, base, message, "bad-role-id"))
        for name in ("abbr", "title"):
            problems += _text_problems(parsed, (*base, name), getattr(body, name))
        statements: list[tuple[KeyPath, Entry]] = [
            ((*base, "focus"), body.focus),
            ((*base, "summary"), body.summary),
        ]
    else:
        statements = []
    for name in (*LIST_FIELDS, "confused_with"):
        for index, entry in enumerate(getattr(body, name)):
            statements.append(((*base, name, index), entry))
            if isinstance(entry, Confusable):
                problems += _text_problems(parsed, (*base, name, index, "name"), entry.name)
    problems += _source_ids(merged, parsed, base, body.sources)
    for index, line in enumerate(body.reporting_lines):
        problems += _reporting_line(merged, parsed, (*base, "reporting_lines", index), line)
    for index, keyword in enumerate(body.keywords.hi):
        problems += _house_style(parsed, (*base, "keywords", "hi", index), keyword)
    for path, entry in statements:
        problems += _text_problems(parsed, path, entry)
        if not entry.sources:
            problems.append(_at(parsed, path, "names no source; add 'sources: [...]'", "no-source", "warning"))
        problems += _source_ids(merged, parsed, path, entry.sources)
        if isinstance(entry, Item) and entry.area not in merged.areas:
            unknown_area = functools.partial(_unknown, "area", entry.area, merged.areas)
            problems.append(_at(parsed, (*path, "area"), unknown_area, "unknown-area"))
    return problems


def _reporting_line(merged: Merged, parsed: Parsed, path: KeyPath, line: ReportingLine) -> list[Unplaced]:
    """A reporting line names a known role or executive, and a figure its survey, in a year that has been."""
    problems = []
    if line.to not in merged.roles and line.to not in merged.executives:
        targets = [*merged.roles, *merged.executives]
        unknown = functools.partial(_unknown, "role or executive", line.to, targets)
        problems.append(_at(parsed, (*path, "to"), unknown, "unknown-target"))
    if line.share is not None and not 0 <= line.share <= 100:
        problems.append(
            _at(parsed, (*path, "share"), f"share {line.share:g} is not a percentage from 0 to 100", "bad-share")
        )
    if line.share is not None and not (line.survey and line.year is not None):
        message = "a share needs the survey that measured it and its year: add 'survey' and 'year'"
        problems.append(_at(parsed, path, message, "figure-without-survey"))
    if line.share is None and line.typical is None:
        message = "says neither how typical the line is nor a survey's share: add 'typical' or 'share'"
        problems.append(_at(parsed, path, message, "empty-line"))
    this_year = datetime.date.today().year
    if line.year is not None and not 1900 <= line.year <= this_year:
        problems.append(_at(parsed, (*path, "year"), f"year {line.year} is not from 1900 to {this_year}", "bad-year"))
    if line.sample is not None and line.sample < 1:
        problems.append(_at(parsed, (*path, "sample"), f"sample {line.sample} is not a number of people", "bad-sample"))
    if not line.sources:
        problems.append(_at(parsed, path, "names no source; add 'sources: [...]'", "no-source", "warning"))
    return problems + _source_ids(merged, parsed, path, line.sources)


def _source_ids(merged: Merged, parsed: Parsed, path: KeyPath, sources: tuple[str, ...]) -> list[Unplaced]:
    return [
        _at(
            parsed,
            (*path, "sources", index),
            functools.partial(_unknown, "source", source_id, merged.sources),
            "unknown-source",
        )
        for index, source_id in enumerate(sources)
        if source_id not in merged.sources
    ]


def _name_clashes(merged: Merged) -> list[Unplaced]:
    """Names nobody could type, and another role's id used as a name.

    Two roles may share an abbreviation, title or alias (the Chief Data Officer and the Chief
    Digital Officer are both CDO): naming it then asks which is meant. An id is how to say
    which, so it names its role only.
    """
    from ctocio.names import normalise, role_names

    ids = {normalise(role_id): (role_id, merged.parts[role_id][0].parsed.file) for role_id in merged.roles}
    problems = []
    for role_id in merged.roles:
        for part in merged.parts[role_id]:
            for name, path in role_names(role_id, part.body):
                if not normalise(name):
                    message = f"the name '{name}' has no letters or digits, so nobody could type it"
                    problems.append(_at(part.parsed, (*part.path, *path), message, "empty-name"))
                    continue
                owner_id, owner_file = ids.get(normalise(name), (role_id, ""))
                if owner_id != role_id:
                    message = (
                        f"the name '{name}' is the id of role '{owner_id}' (in {owner_file}); "
                        "an id names its own role only"
                    )
                    problems.append(_at(part.parsed, (*part.path, *path), message, "name-clash"))
    return problems
