"""Reading one knowledge-base file: bytes to plain data, with the position of every key.

Only the YAML core types are accepted. Anything YAML could do beyond plain data is refused
with a located error instead of being executed or expanded: Python tags, anchors and aliases
(the "billion laughs" trick multiplies content through them), merge keys and duplicate keys,
which the stock loaders silently resolve as "last one wins".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ctocio.errors import KnowledgeBaseError, Problem

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above an ESCO-sized catalogue of 3,000 roles (~5 MiB)
PREFER_LIBYAML = True
"""Use libyaml where PyYAML was built with it; the tests turn this off to check the other path."""
MAX_DEPTH = 32  # the schema nests five levels deep; anything far deeper is not a knowledge base

_CORE_TAGS = frozenset("tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Parsed:
    """A file's data and, for every key and list entry in it, its 1-based (line, column)."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]]

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
    name = shown_as or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _error(name, 1, 1, "is a directory, not a knowledge-base file", "is-directory") from None
    except FileNotFoundError:
        raise _error(name, 1, 1, "no such file", "not-found") from None
    except OSError as exc:
        raise _error(name, 1, 1, f"cannot read the file: {exc.strerror}", "unreadable") from None
    return parse_bytes(raw, name)


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
    import yaml

    # libyaml's parser is several times faster; the pure-Python one gives the same nodes.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if PREFER_LIBYAML else yaml.SafeLoader
    loader = loader_class(text)
    try:
        try:
            node = loader.get_single_node()
        except RecursionError:
            # The pure-Python composer recurses once per level; libyaml stops at 1,000 levels.
            raise _error(name, 1, 1, "YAML syntax error: nested too deeply", "too-deep") from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            if "maximum nesting depth" in str(exc.problem):
                raise _error(name, line, column, "YAML syntax error: nested too deeply", "too-deep") from None
            raise _error(name, line, column, f"YAML syntax error: {_describe(exc)}", "yaml-syntax") from None
        except yaml.YAMLError as exc:
            raise _error(name, 1, 1, f"YAML syntax error: {exc}", "yaml-syntax") from None
        if node is None:
            raise _error(name, 1, 1, "file is empty; a knowledge base starts with 'version: 1'", "empty")
        builder = _Builder(name, loader)
        data = builder.build(node, (), 0)
        return Parsed(name, data, builder.positions)
    finally:
        loader.dispose()


def _describe(exc: Any) -> str:
    problem = str(exc.problem or "").strip()
    context = str(exc.context or "").strip()
    return f"{problem} ({context})" if context and problem else problem or context or "invalid YAML"


def _error(name: str, line: int, column: int, message: str, code: str) -> KnowledgeBaseError:
    return KnowledgeBaseError([Problem(name, line, column, message, code=code)])


class _Builder:
    """Turns a composed node tree into dicts, lists and scalars, recording positions."""

    def __init__(self, name: str, loader: Any) -> None:
        self.name = name
        self.loader = loader
        self.positions: dict[Path_, tuple[int, int]] = {}
        self._seen: set[int] = set()

    def _fail(self, node: Any, message: str, code: str) -> KnowledgeBaseError:
        mark = node.start_mark
        return _error(self.name, mark.line + 1, mark.column + 1, message, code)

    def build(self, node: Any, path: Path_, depth: int) -> Any:
        import yaml

        # The composer hands back the very same node object wherever an alias points to it;
        # seeing a node twice is how an alias shows itself after composition.
        if id(node) in self._seen:
            raise self._fail(
                node, "YAML anchors and aliases (&name, *name) are not allowed; write the value out", "alias"
            )
        self._seen.add(id(node))
        if depth > MAX_DEPTH:
            raise self._fail(node, f"nested more than {MAX_DEPTH} levels deep", "too-deep")
        if node.tag not in _CORE_TAGS:
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            raise self._fail(node, f"the YAML tag '{tag}' is not allowed; only plain data is", "tag")
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self._fail(
                        key_node, "YAML merge keys ('<<') are not allowed; write the keys out", "merge-key"
                    )
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self._fail(key_node, "a key must be a plain name, not a list or mapping", "bad-key")
                # Keys are names: 'no' or '1' as a role or area id stay the strings written.
                key = str(key_node.value)
                key_path = (*path, key)
                if key in result:
                    line, column = self.positions[key_path]
                    message = f"duplicate key '{key}' (first defined at line {line}, column {column})"
                    raise self._fail(key_node, message, "duplicate-key")
                self.positions[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, key_path, depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item_node in enumerate(node.value):
                item_path = (*path, index)
                self.positions[item_path] = (item_node.start_mark.line + 1, item_node.start_mark.column + 1)
                items.append(self.build(item_node, item_path, depth + 1))
            return items
        return self.loader.construct_object(node)
