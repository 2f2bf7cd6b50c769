"""Reading one knowledge-base file: bytes to plain data, and the position of any key in it.

Only the YAML core types are accepted. Anything YAML could do beyond plain data is refused
with a located error instead of being executed or expanded: Python tags, anchors and aliases
(the "billion laughs" trick multiplies content through them), merge keys and duplicate keys,
which the stock loaders silently resolve as "last one wins".
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from sys import intern
from typing import Any

from ctocio.errors import KnowledgeBaseError, Problem

MAX_FILE_BYTES = 16 * 1024 * 1024  # twice a synthetic, ESCO-sized catalogue of 3,000 roles (7.8 MB)
PREFER_LIBYAML = True
"""Use libyaml where PyYAML was built with it; the tests turn this off to check the other path."""
MAX_DEPTH = 32  # the schema nests five levels deep; anything far deeper is not a knowledge base
MAX_NODES = 1_000_000
"""Keys and values in one file: 2.4 times the 409,175 of a synthetic catalogue of 3,000 roles."""

KeyPath = tuple[str | int, ...]
"""A place in a document: the keys and list indexes that lead to it, ``("roles", "cto", "duties", 0)``."""


def dotted(path: KeyPath) -> str:
    """A place as problems name it: ``roles.cto.duties[0]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class Parsed:
    """A file's data, and the 1-based (line, column) of the keys and list entries asked about.

    Positions are only needed to report a problem, so they are worked out then, by reading
    the text once more, and only for the places asked about: a large file that validates
    never pays for them, and one with many problems pays for those places alone.
    """

    def __init__(self, file: str, data: Any, text: str = ""):
        self.file = file
        self.data = data
        self._text = text
        self._positions: dict[KeyPath, tuple[int, int]] = {}
        self._looked_for: set[KeyPath] = set()
        self._indexes: dict[int, dict[str, int]] = {}  # the place of each key in a large mapping, by mapping

    def locate(self, paths: Iterable[KeyPath]) -> None:
        """Find where ``paths`` and their ancestors are, in one more reading of the text."""
        wanted = frozenset(path[:end] for path in paths for end in range(len(path) + 1))
        if self._text and not wanted <= self._looked_for:
            # All ancestors are wanted, even those found before: the reading follows them down.
            self._positions.update(_parse(self._text, self.file, wanted=wanted)[1])
        self._looked_for |= wanted

    def order(self, path: KeyPath) -> tuple[int, ...]:
        """Where ``path`` comes in the file, as a key that sorts as lines and columns do.

        Worked out from the data, whose mappings keep the order of the file, so that thousands
        of problems can be put in order without reading the file again. A path that does not
        exist sorts with its nearest ancestor that does, as its position does.
        """
        key: list[int] = []
        node = self.data
        for part in path:
            if type(node) is dict and part in node:
                if len(node) <= 16:  # a text or a statement: quicker to look through than to index
                    key.append(list(node).index(part))
                else:
                    index = self._indexes.get(id(node))
                    if index is None:
                        index = self._indexes[id(node)] = {name: number for number, name in enumerate(node)}
                    key.append(index[str(part)])
            elif type(node) is list and type(part) is int and 0 <= part < len(node):
                key.append(part)
            else:
                break
            node = node[part]
        return tuple(key)

    def position(self, path: KeyPath) -> tuple[int, int]:
        """The place of ``path``, or of its nearest ancestor that exists in the file."""
        if path not in self._looked_for:
            self.locate([path])
        while path:
            found = self._positions.get(path)
            if found is not None:
                return found
            path = path[:-1]
        return (1, 1)


def read_file(path: Path, shown_as: str | None = None) -> Parsed:
    """Read and parse ``path``; every failure is a :class:`KnowledgeBaseError`."""
    import stat

    name = shown_as or str(path)
    bad_name = _undecodable(name)
    if bad_name is not None:
        raise bad_name
    try:
        kind = os.stat(path).st_mode
        if stat.S_ISDIR(kind):
            # A folder gets here when it could not be listed, or when it is named like a file.
            with os.scandir(path):
                pass
            raise IsADirectoryError
        if not stat.S_ISREG(kind):
            # Reading a pipe or a device could wait for ever, or never end.
            raise _error(name, 1, 1, "not a regular file (a pipe, socket or device)", "not-a-file")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _error(name, 1, 1, "is a directory, not a knowledge-base file", "is-directory") from None
    except FileNotFoundError:
        raise _error(name, 1, 1, "no such file", "not-found") from None
    except OSError as exc:
        what = "folder" if stat.S_ISDIR(_mode(path)) else "file"
        raise _error(name, 1, 1, f"cannot read the {what}: {_reason(exc)}", "unreadable") from None
    return parse_bytes(raw, name)


def _mode(path: Path) -> int:
    try:
        return os.stat(path).st_mode
    except OSError:
        return 0


def _reason(exc: OSError) -> str:
    """The system's reason, in the lower case of the rest of the message: 'permission denied'."""
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def _undecodable(name: str) -> KnowledgeBaseError | None:
    """A problem for a path that is not valid UTF-8, naming the part to rename.

    Python reads such names with lone surrogates standing for the bytes; printed, they would
    make the whole report unprintable, so the bytes are spelled out (\\xff) instead.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return None

    def spelled(part: str) -> str:
        return os.fsencode(part).decode("utf-8", "backslashreplace")

    parts = Path(name).parts
    if _has_surrogates(parts[-1]):
        message = f"cannot use the file name '{spelled(parts[-1])}': it is not valid UTF-8; rename the file"
    else:
        folder = next(part for part in parts if _has_surrogates(part))
        message = f"cannot use the folder name '{spelled(folder)}': it is not valid UTF-8; rename the folder"
    return _error(spelled(name), 1, 1, message, "bad-file-name")


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def parse_bytes(raw: bytes, name: str) -> Parsed:
    """Parse the bytes of a knowledge-base file called ``name`` in messages."""
    if len(raw) > MAX_FILE_BYTES:
        raise _error(name, 1, 1, f"file is larger than the {MAX_FILE_BYTES // 1024 // 1024} MiB limit", "too-large")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(name, 1, 1, "saved as UTF-16; save the file as UTF-8", "not-utf8")
    if b"\0" in raw:
        raise _error(name, 1, 1, "not a text file (it contains NUL bytes)", "binary")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _error(name, line, column, "not valid UTF-8; save the file as UTF-8", "not-utf8") from None
    return parse_text(text.removeprefix("\ufeff"), name)


def parse_text(text: str, name: str) -> Parsed:
    """Parse YAML text into plain data, refusing everything but plain data."""
    _check_characters(text, name)
    data, _ = _parse(text, name)
    return Parsed(name, data, text)


# The characters YAML 1.1 allows in a stream. Both parsers refuse the others, but libyaml
# reports them at 1:1 with an offset and the pure-Python one raises before parsing starts, so
# they are looked for here, once, the same way for both.
_NOT_ALLOWED = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # as both parsers count lines


def _check_characters(text: str, name: str) -> None:
    found = _NOT_ALLOWED.search(text)
    if found is None:
        return
    start = found.start()
    breaks = list(_LINE_BREAK.finditer(text, 0, start))
    line = len(breaks) + 1
    column = start - (breaks[-1].end() if breaks else 0) + 1
    code_point = ord(found.group())
    escape = f"\\x{code_point:02x}" if code_point <= 0xFF else f"\\u{code_point:04x}"
    message = (
        f"the character U+{code_point:04X} is not allowed in YAML; "
        f'remove it, or write it as "{escape}" in a double-quoted string'
    )
    raise _error(name, line, column, message, "bad-character")


def _parse(
    text: str, name: str, *, wanted: frozenset[KeyPath] | None = None
) -> tuple[Any, dict[KeyPath, tuple[int, int]]]:
    import yaml

    # libyaml's parser is several times faster; the pure-Python one gives the same events.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if PREFER_LIBYAML else yaml.SafeLoader
    try:
        # The pure-Python reader checks the whole text as it is created.
        loader = loader_class(text)
    except yaml.YAMLError as exc:
        raise _error(name, 1, 1, f"YAML syntax error: {exc}", "yaml-syntax") from None
    try:
        builder = _Builder(name, loader, wanted)
        try:
            data = builder.document()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            if "maximum nesting depth" in str(exc.problem):
                raise _error(name, line, column, "YAML syntax error: nested too deeply", "too-deep") from None
            raise _error(name, line, column, f"YAML syntax error: {_describe(exc)}", "yaml-syntax") from None
        except yaml.YAMLError as exc:
            raise _error(name, 1, 1, f"YAML syntax error: {exc}", "yaml-syntax") from None
        except (ValueError, OverflowError):
            # The pure-Python scanner turns a "\UFFFFFFFF" escape into a code point with chr()
            # and fails there; libyaml reports it as below, at the same place.
            mark = loader.get_mark() if hasattr(loader, "get_mark") else None
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            message = "YAML syntax error: found invalid Unicode character escape code (while parsing a quoted scalar)"
            raise _error(name, line, column, message, "yaml-syntax") from None
        return data, builder.positions
    finally:
        loader.dispose()


def _describe(exc: Any) -> str:
    problem = str(exc.problem or "").strip()
    context = str(exc.context or "").strip()
    return f"{problem} ({context})" if context and problem else problem or context or "invalid YAML"


def _error(name: str, line: int, column: int, message: str, code: str) -> KnowledgeBaseError:
    return KnowledgeBaseError([Problem(name, line, column, message, code=code)])


def _position(event: Any) -> tuple[int, int]:
    """Where an event starts, 1-based."""
    return (event.start_mark.line + 1, event.start_mark.column + 1)


_TAG = "tag:yaml.org,2002:"
# A date (2024-01-01) is read as the date YAML says it is, as any YAML tool would read it, so
# that the loader and the JSON Schema agree: a text that looks like a date needs quotes.
_SCALAR_TAGS = frozenset(_TAG + name for name in ("int", "float", "bool", "null", "timestamp"))


_INT = _TAG + "int"
_KINDS = {"int": "integer", "float": "number", "bool": "true/false value", "null": "null", "timestamp": "date"}


def _bad_value(event: Any, tag: str, exc: Exception) -> str:
    """Why a scalar is not the value its form or its tag says it is, and what to do."""
    name = tag.removeprefix(_TAG)
    value: str = event.value
    kind = _KINDS.get(name, name)
    reason = ""
    if name == "timestamp":
        kind = "date and time" if len(value) > len("2024-01-01") else "date"
        reason = f" ({exc})" if isinstance(exc, ValueError) else ""
    if event.tag in (None, "!"):
        hint = "put it in quotes if it is meant as text"
    else:
        hint = f"write a valid {kind}, or leave out the tag '!!{name}'"
    return f"{_quoted(value)} is not a valid {kind}{reason}; {hint}"


def _quoted(value: str, limit: int = 40) -> str:
    """A value from the file, quoted for a message: on one line, control characters spelled out."""
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value[:limit])
    return f"'{shown}{'…' if len(value) > limit else ''}'"


class _Everything:
    """Contains everything: where a resolver looks at every scalar, none can be taken as text unseen."""

    def __contains__(self, item: object) -> bool:
        return True


class _AllFound(Exception):
    """Every wanted position is known: the rest of the file need not be read."""


class _Builder:
    """Builds dicts, lists and scalars straight from the parser's events.

    Working from events rather than from a composed node tree keeps memory to the data itself,
    and lets an anchor or alias be refused where it stands, before anything is expanded. Every
    key and value is counted as it arrives, so an oversized file stops at the limit, before
    anything else looks at it.

    With ``wanted`` (a set of paths holding every ancestor of each), nothing is built: the
    positions of those paths are recorded instead.
    """

    def __init__(self, name: str, loader: Any, wanted: frozenset[KeyPath] | None = None) -> None:
        import yaml

        self.name = name
        self.loader = loader
        self.wanted = wanted
        self.positions: dict[KeyPath, tuple[int, int]] = {}
        self.count = 0
        # The reading stops once every wanted path is found, or known to be absent because its
        # parent ended without it (and with it, every wanted path below it). ``missing`` counts,
        # under each parent, the wanted paths below it whose fate its end decides.
        below: dict[KeyPath, int] = {}
        for path in wanted or ():
            for end in range(1, len(path)):
                below[path[:end]] = below.get(path[:end], 0) + 1
        self.below = below
        self.missing: dict[KeyPath, int] = {}
        for path in wanted or ():
            if path:
                self.missing[path[:-1]] = self.missing.get(path[:-1], 0) + 1 + below.get(path, 0)
        self.left = len(wanted or ()) - 1
        self.events = yaml.events
        # The loader's own implicit resolution (Resolver.resolve), looked up by first character
        # here: the same table and the same order, without a call for every scalar.
        table = loader.yaml_implicit_resolvers
        wildcard = list(table.get(None, []))
        self.implicit = {key: [*resolvers, *wildcard] for key, resolvers in table.items() if key is not None}
        self.wildcard = wildcard
        # First characters a plain scalar must start with to be anything but text.
        self.first: frozenset[str] | _Everything = frozenset(self.implicit) if not wildcard else _Everything()

    def _fail(self, event: Any, message: str, code: str) -> KnowledgeBaseError:
        return _error(self.name, *_position(event), message, code)

    def document(self) -> Any:
        events = self.events
        loader = self.loader
        loader.get_event()  # the start of the stream
        if loader.check_event(events.StreamEndEvent):
            raise _error(self.name, 1, 1, "file is empty; a knowledge base starts with 'version: 1'", "empty")
        loader.get_event()  # the start of the document
        if self.wanted is not None:
            with contextlib.suppress(_AllFound):  # the rest of the file need not be read
                self.node(loader.get_event(), (), 0)
            return None
        data = self.node(loader.get_event(), None, 0)
        loader.get_event()  # the end of the document
        if not loader.check_event(events.StreamEndEvent):
            message = "more than one YAML document ('---'); a knowledge-base file holds one"
            raise self._fail(loader.peek_event(), message, "yaml-syntax")
        return data

    def _too_many(self, event: Any) -> KnowledgeBaseError:
        message = f"more than {MAX_NODES:,} keys and values in one file; no knowledge base is that large"
        return self._fail(event, message, "too-large")

    def node(self, event: Any, path: KeyPath | None, depth: int) -> Any:
        events = self.events
        self.count += 1
        if self.count > MAX_NODES:
            raise self._too_many(event)
        kind = type(event)
        if kind is events.AliasEvent or event.anchor is not None:
            message = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"
            raise self._fail(event, message, "alias")
        if depth > MAX_DEPTH:
            raise self._fail(event, f"nested more than {MAX_DEPTH} levels deep", "too-deep")
        if kind is events.ScalarEvent:
            if self.wanted is not None:
                return None
            if event.tag is None and (not event.implicit[0] or event.value[:1] not in self.first):
                return event.value  # text: quoted, or plain and starting as no number, date or null can
            return self.scalar(event)
        if kind is events.SequenceStartEvent:
            self._check_tag(event, "seq")
            return self.sequence(path, depth)
        self._check_tag(event, "map")
        return self.mapping(path, depth)

    def _check_tag(self, event: Any, kind: str) -> None:
        if event.tag not in (None, "!", _TAG + kind):
            tag = str(event.tag).replace(_TAG, "!!")
            raise self._fail(event, f"the YAML tag '{tag}' is not allowed; only plain data is", "tag")

    def _track(self, path: KeyPath | None, part: str | int, event: Any) -> KeyPath | None:
        """The path of a child, with its position recorded, when it is one of the wanted paths."""
        if path is None or self.wanted is None:
            return None
        child = (*path, part)
        if child not in self.wanted:
            return None
        self.positions[child] = _position(event)
        # Found: what lies below it is now for its own end to decide.
        self.missing[path] -= 1 + self.below.get(child, 0)
        self.left -= 1
        return child

    def _ended(self, path: KeyPath | None) -> None:
        """A mapping or list has ended: wanted paths under it that were not found never will be."""
        if path is not None and self.wanted is not None:
            self.left -= self.missing.pop(path, 0)
            if self.left <= 0:
                raise _AllFound

    def scalar(self, event: Any) -> Any:
        import yaml

        tag = event.tag
        value: str = event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value  # quoted, or marked '!': text
            tag = self._resolve(value)
        if tag == _TAG + "str":
            return value
        if tag not in _SCALAR_TAGS:
            tag = str(tag).replace(_TAG, "!!")
            raise self._fail(event, f"the YAML tag '{tag}' is not allowed; only plain data is", "tag")
        try:
            if tag == _INT and value.isdecimal() and value.isascii() and (value[0] != "0" or value == "0"):
                return int(value)  # the common case of an integer, without PyYAML's general one
            node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
            return self.loader.yaml_constructors[tag](self.loader, node)
        except (ValueError, KeyError, OverflowError, AttributeError) as exc:
            # 2024-02-30 has the form of a date and is none; '!!int abc' asks for a number; PyYAML
            # reads '!!timestamp x' without checking it matches, and fails on the missing match.
            raise self._fail(event, _bad_value(event, tag, exc), "bad-value") from None

    def _resolve(self, value: str) -> str:
        """The tag a plain scalar stands for: int, float, bool, null, a date, or text."""
        for tag, pattern in self.implicit.get(value[:1], self.wildcard):
            if pattern.match(value):
                return str(tag)
        return _TAG + "str"

    def sequence(self, path: KeyPath | None, depth: int) -> list[Any]:
        end = self.events.SequenceEndEvent
        get_event = self.loader.get_event
        items: list[Any] = []
        index = 0
        while True:
            event = get_event()
            if type(event) is end:
                self._ended(path)
                return items
            child = self._track(path, index, event) if path is not None else None
            if self.left == 0:
                raise _AllFound
            items.append(self.node(event, child, depth + 1))
            index += 1

    def mapping(self, path: KeyPath | None, depth: int) -> dict[str, Any]:
        events = self.events
        get_event = self.loader.get_event
        result: dict[str, Any] = {}
        marks: dict[str, Any] = {}  # where each key starts, to say where a duplicate was first defined
        while True:
            event = get_event()
            kind = type(event)
            if kind is events.MappingEndEvent:
                self._ended(path)
                return result
            self.count += 1  # a key costs as much as a value
            if self.count > MAX_NODES:
                raise self._too_many(event)
            if kind is events.AliasEvent or event.anchor is not None:
                message = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"
                raise self._fail(event, message, "alias")
            if kind is not events.ScalarEvent:
                raise self._fail(event, "a key must be a plain name, not a list or mapping", "bad-key")
            # The same few field names come back thousands of times: one string each is enough.
            key = intern(event.value)
            if event.tag is None and event.implicit[0] and key == "<<":
                raise self._fail(event, "YAML merge keys ('<<') are not allowed; write the keys out", "merge-key")
            # Keys are names: 'no' or '1' as a role or area id stay the strings written.
            if key in marks:
                first = marks[key]
                message = f"duplicate key '{key}' (first defined at line {first.line + 1}, column {first.column + 1})"
                raise self._fail(event, message, "duplicate-key")
            marks[key] = event.start_mark
            child = self._track(path, key, event) if path is not None else None
            if self.left == 0:
                raise _AllFound
            result[key] = self.node(get_event(), child, depth + 1)
