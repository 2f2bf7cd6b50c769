"""Reading one knowledge-base file: bytes to plain data, with the position of every key.

Only the YAML core types are accepted. Anything YAML could do beyond plain data is refused
with a located error instead of being executed or expanded: Python tags, anchors and aliases
(the "billion laughs" trick multiplies content through them), merge keys and duplicate keys,
which the stock loaders silently resolve as "last one wins".
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ctocio.errors import KnowledgeBaseError, Problem

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above an ESCO-sized catalogue of 3,000 roles (~5 MiB)
PREFER_LIBYAML = True
"""Use libyaml where PyYAML was built with it; the tests turn this off to check the other path."""
MAX_DEPTH = 32  # the schema nests five levels deep; anything far deeper is not a knowledge base

_CORE_TAGS = frozenset("tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))

Path_ = tuple[str | int, ...]


class Parsed:
    """A file's data, and the 1-based (line, column) of every key and list entry in it.

    Positions are only needed to report a problem, so they are worked out then, by reading
    the text once more: a large file that validates never pays for them.
    """

    def __init__(self, file: str, data: Any, text: str = "", positions: dict[Path_, tuple[int, int]] | None = None):
        self.file = file
        self.data = data
        self._text = text
        self._positions = positions

    @property
    def positions(self) -> dict[Path_, tuple[int, int]]:
        """Where each key and list entry is."""
        if self._positions is None:
            self._positions = _parse(self._text, self.file, record=True)[1] if self._text else {}
        return self._positions

    def position(self, path: Path_) -> tuple[int, int]:
        """The place of ``path``, or of its nearest ancestor that exists in the file."""
        while path:
            found = self.positions.get(path)
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
    data, _ = _parse(text, name, record=False)
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


def _parse(text: str, name: str, *, record: bool) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    import yaml

    # libyaml's parser is several times faster; the pure-Python one gives the same events.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if PREFER_LIBYAML else yaml.SafeLoader
    try:
        # The pure-Python reader checks the whole text as it is created.
        loader = loader_class(text)
    except yaml.YAMLError as exc:
        raise _error(name, 1, 1, f"YAML syntax error: {exc}", "yaml-syntax") from None
    try:
        builder = _Builder(name, loader, record)
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


class _Builder:
    """Builds dicts, lists and scalars straight from the parser's events.

    Working from events rather than from a composed node tree keeps memory to the data itself,
    and lets an anchor or alias be refused where it stands, before anything is expanded.
    """

    def __init__(self, name: str, loader: Any, record: bool) -> None:
        self.name = name
        self.loader = loader
        self.record = record
        self.positions: dict[Path_, tuple[int, int]] = {}

    def _fail(self, event: Any, message: str, code: str) -> KnowledgeBaseError:
        return _error(self.name, *_position(event), message, code)

    def document(self) -> Any:
        import yaml

        loader = self.loader
        loader.get_event()  # the start of the stream
        if loader.check_event(yaml.StreamEndEvent):
            raise _error(self.name, 1, 1, "file is empty; a knowledge base starts with 'version: 1'", "empty")
        loader.get_event()  # the start of the document
        data = self.node((), 0)
        loader.get_event()  # the end of the document
        if not loader.check_event(yaml.StreamEndEvent):
            message = "more than one YAML document ('---'); a knowledge-base file holds one"
            raise self._fail(loader.peek_event(), message, "yaml-syntax")
        return data

    def node(self, path: Path_, depth: int) -> Any:
        import yaml

        event = self.loader.get_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            message = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"
            raise self._fail(event, message, "alias")
        if depth > MAX_DEPTH:
            raise self._fail(event, f"nested more than {MAX_DEPTH} levels deep", "too-deep")
        if isinstance(event, yaml.ScalarEvent):
            return self.scalar(event)
        if isinstance(event, yaml.SequenceStartEvent):
            self._check_tag(event, "seq")
            return self.sequence(path, depth)
        self._check_tag(event, "map")
        return self.mapping(path, depth)

    def _check_tag(self, event: Any, kind: str) -> None:
        if event.tag not in (None, "!", _TAG + kind):
            tag = str(event.tag).replace(_TAG, "!!")
            raise self._fail(event, f"the YAML tag '{tag}' is not allowed; only plain data is", "tag")

    def scalar(self, event: Any) -> Any:
        import yaml

        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _TAG + "str":
            return event.value
        if tag not in _SCALAR_TAGS:
            tag = str(tag).replace(_TAG, "!!")
            raise self._fail(event, f"the YAML tag '{tag}' is not allowed; only plain data is", "tag")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        try:
            return self.loader.yaml_constructors[tag](self.loader, node)
        except (ValueError, KeyError, OverflowError) as exc:
            # 2024-02-30 has the form of a date and is none; '!!int abc' asks for a number.
            raise self._fail(event, _bad_value(event, tag, exc), "bad-value") from None

    def sequence(self, path: Path_, depth: int) -> list[Any]:
        import yaml

        loader = self.loader
        items = []
        index = 0
        while not loader.check_event(yaml.SequenceEndEvent):
            item_path: Path_ = ()
            if self.record:
                item_path = (*path, index)
                self.positions[item_path] = _position(loader.peek_event())
            items.append(self.node(item_path, depth + 1))
            index += 1
        loader.get_event()
        return items

    def mapping(self, path: Path_, depth: int) -> dict[str, Any]:
        import yaml

        loader = self.loader
        result: dict[str, Any] = {}
        marks: dict[str, tuple[int, int]] = {}
        while not loader.check_event(yaml.MappingEndEvent):
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                message = "YAML anchors and aliases (&name, *name) are not allowed; write the value out"
                raise self._fail(event, message, "alias")
            if not isinstance(event, yaml.ScalarEvent):
                raise self._fail(event, "a key must be a plain name, not a list or mapping", "bad-key")
            if event.tag is None and loader.resolve(yaml.ScalarNode, event.value, event.implicit) == _TAG + "merge":
                raise self._fail(event, "YAML merge keys ('<<') are not allowed; write the keys out", "merge-key")
            # Keys are names: 'no' or '1' as a role or area id stay the strings written.
            key = event.value
            mark = _position(event)
            if key in marks:
                line, column = marks[key]
                message = f"duplicate key '{key}' (first defined at line {line}, column {column})"
                raise self._fail(event, message, "duplicate-key")
            marks[key] = mark
            key_path: Path_ = ()
            if self.record:
                key_path = (*path, key)
                self.positions[key_path] = mark
            result[key] = self.node(key_path, depth + 1)
        loader.get_event()
        return result
