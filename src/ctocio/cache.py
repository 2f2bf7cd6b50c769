"""The compiled cache: the merged, validated knowledge base (and its search index) on disk.

Every read and write of the cache is here: the knowledge base comes from :mod:`ctocio.kb` and
the search index from :mod:`ctocio.search`, which compute them and store nothing.

A run that finds its cache entry reads one file with ``marshal`` and builds role objects only
for the roles it touches: no YAML, no schema validation. The key covers every source file
(path, size, modification and change times, inode), ctocio's version, the schema version and
the Python version, so a change to any of them makes a new entry; a checksum catches damage. Entries are written to a
temporary file and renamed into place, so a reader never sees half of one; an entry that is
corrupt, truncated or not ctocio's is ignored and rebuilt.
"""

import contextlib
import dataclasses
import functools
import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from ctocio import __version__
from ctocio.errors import Damaged
from ctocio.kb import KnowledgeBase
from ctocio.model import SCHEMA_VERSION, Executive, Role, Source, Text

if TYPE_CHECKING:
    from ctocio.search import Index

FORMAT = 12
"""Bump when the layout of an entry changes, or what it holds (how words are folded, for one)."""
MAGIC = b"ctocio-cache\n"
KEEP = 16
"""Entries kept per kind; older ones are removed when a new one is written."""

Log = Callable[[str], None]
T = TypeVar("T")


_read: list[Path] = []
"""The entries read in this process, for :func:`forget_read`."""


def start() -> None:
    """A new run in this process: no entries read yet."""
    _read.clear()


def forget_read() -> list[Path]:
    """Remove every entry read so far (the next run rebuilds them); return their paths."""
    forgotten = list(dict.fromkeys(_read))
    _read.clear()
    for path in forgotten:
        with contextlib.suppress(OSError):  # a cache that cannot be cleaned is still only a cache
            path.unlink(missing_ok=True)
    return forgotten


def key(files: list[Path]) -> str | None:
    """The cache key of a list of source files; None when one of them cannot be read.

    The key is the whole description of the files, not a hash of it: an entry is used only
    when its stored key is equal, so two keys that share a file name never mix.
    """
    parts = [f"{__version__}|{SCHEMA_VERSION}|{FORMAT}|{sys.version}"]
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            return None
        parts.append(f"{os.path.abspath(path)}|{info.st_size}|{info.st_mtime_ns}|{info.st_ctime_ns}|{info.st_ino}")
    return "\n".join(parts)


def _file(folder: Path, kind: str, entry_key: str) -> Path:
    name = zlib.crc32(entry_key.encode("utf-8", "surrogateescape"))
    return folder / f"{kind}-{name:08x}.marshal"


def read(folder: Path, kind: str, entry_key: str) -> Any:
    """The payload stored under ``kind`` and ``entry_key``, or None if there is no sound entry."""
    import stat

    path = _file(folder, kind, entry_key)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a pipe or device in the cache folder is not an entry
        blob = path.read_bytes()
    except OSError:
        return None
    header = len(MAGIC) + 4
    if not blob.startswith(MAGIC) or len(blob) < header:
        return None
    body = memoryview(blob)[header:]  # a view: no copy of megabytes
    if zlib.crc32(body).to_bytes(4, "big") != blob[len(MAGIC) : header]:
        return None  # truncated or damaged
    try:
        stored_key, payload = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        stored_key = payload = None
    if stored_key != entry_key:
        return None
    _read.append(path)
    return payload


def write(folder: Path, kind: str, entry_key: str, payload: Any, log: Log) -> bool:
    """Store ``payload`` atomically; a folder that cannot be written just means no cache."""
    import tempfile

    try:
        body = marshal.dumps((entry_key, payload))
        blob = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, _file(folder, kind, entry_key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(folder, kind)
    except (OSError, ValueError) as exc:
        log(f"cache not written to {folder}: {exc}")
        return False
    return True


def _prune(folder: Path, kind: str) -> None:
    entries = sorted(folder.glob(f"{kind}-*.marshal"), key=_age, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def load_kb(files: list[Path], folder: Path | None, log: Log) -> KnowledgeBase:
    """The knowledge base made of ``files``: from its entry in ``folder`` if they have not changed.

    Otherwise the files are read (:func:`ctocio.kb.load`) and what they make is stored there;
    without a folder, they are just read.
    """
    from ctocio.kb import load

    entry_key = key(files) if folder is not None and files else None
    if folder is not None and entry_key is not None:
        stored = _stored_entry(folder, "kb", entry_key, lambda payload: _kb_from_payload(payload, entry_key), log)
        if stored is not None:
            return stored
    kb = load(files)
    # The key marks a knowledge base whose search index may be cached beside it.
    if folder is not None and entry_key is not None and write(folder, "kb", entry_key, _kb_payload(kb), log):
        kb = kb._replace(key=entry_key)
    return kb


def load_index(kb: KnowledgeBase, folder: Path | None, log: Log) -> "Index":
    """The search index of ``kb``: from ``folder`` when it holds one for these files, else built and stored."""
    # Only a search needs the search module.
    from ctocio.search import Index, build_index

    if folder is not None and kb.key is not None:
        stored = _stored_entry(folder, "index", kb.key, lambda payload: from_plain(Index, payload), log)
        if stored is not None:
            return stored
    index = build_index(kb)
    if folder is not None and kb.key is not None:
        write(folder, "index", kb.key, to_plain(index), log)
    return index


def _stored_entry(folder: Path, kind: str, entry_key: str, rebuild: Callable[[Any], T], log: Log) -> T | None:
    """What the entry under ``kind`` and ``entry_key`` holds, rebuilt; None without a sound entry."""
    payload = read(folder, kind, entry_key)
    if payload is None:
        return None
    try:
        return rebuild(payload)
    except Exception as exc:  # a sound checksum over contents ctocio did not write: a miss
        log(f"cache entry not used: {exc!r}")
        return None


def _kb_payload(kb: KnowledgeBase) -> dict[str, Any]:
    return {
        "areas": {area_id: to_plain(area) for area_id, area in kb.areas.items()},
        "sources": {source_id: to_plain(source) for source_id, source in kb.sources.items()},
        # One block per role: a run unpacks only the roles it touches.
        "roles": {role_id: marshal.dumps(to_plain(role)) for role_id, role in kb.roles.items()},
        # Only --origin needs the origins, and only a name lookup the names.
        "origins": marshal.dumps(dict(kb.origins)),
        "names": marshal.dumps(dict(kb.names)),
        "confusables": marshal.dumps(dict(kb.confusables)),
        "executives": {key: marshal.dumps(to_plain(executive)) for key, executive in kb.executives.items()},
        # Only building a search index needs the lexicon; the index keeps what it makes of it.
        "lexicon": marshal.dumps(dict(kb.lexicon)),
        "shared": dict(kb.shared),
    }


def _kb_from_payload(payload: dict[str, Any], entry_key: str) -> KnowledgeBase:
    return KnowledgeBase(
        areas={area_id: from_plain(Text, area) for area_id, area in payload["areas"].items()},
        sources={source_id: from_plain(Source, source) for source_id, source in payload["sources"].items()},
        roles=Lazy(Role, payload["roles"]),
        origins=Packed(payload["origins"]),
        names=Packed(payload["names"]),
        confusables=Packed(payload["confusables"]),
        key=entry_key,
        executives=Lazy(Executive, payload["executives"]),
        lexicon=Packed(payload["lexicon"]),
        shared=payload["shared"],
    )


# Plain data for marshal, which stores it compactly: an object of a dataclass (a role and all it
# holds, a source, the search index) as the tuple of its fields' values in field order, nested
# objects likewise, and an array of numbers as its type code and bytes. The fields and their
# types are read off the classes, so a field a class gains is stored with nothing to change
# here; a field of a type the codec cannot rebuild is an error the first time its class is used.


def to_plain(value: Any) -> tuple[Any, ...]:
    """An object of a dataclass as plain data, which :func:`from_plain` turns back into an equal one."""
    plain: tuple[Any, ...] = _codec(type(value)).encode(value)
    return plain


def from_plain(cls: type[T], plain: Any) -> T:
    """The ``cls`` object that :func:`to_plain` turned into ``plain``."""
    built: T = _codec(cls).decode(plain)
    return built


class _Codec(NamedTuple):
    """How to turn a value of one type into plain data and back."""

    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]


_CODECS: dict[type, _Codec] = {}
"""Worked out once a class, the first time one of its objects is stored or rebuilt."""


def _codec(cls: type) -> _Codec:
    codec = _CODECS.get(cls)
    if codec is None:
        codec = _CODECS[cls] = _new_codec(cls)
    return codec


def _new_codec(cls: type) -> _Codec:
    import operator

    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    fields = [_hint_codec(hints[name]) for name in names]
    values = operator.attrgetter(*names) if len(names) > 1 else lambda value: (getattr(value, names[0]),)

    def encode_flat(value: Any) -> Any:
        return values(value)

    def decode_flat(plain: Any) -> Any:
        if len(plain) != len(names):
            raise ValueError(f"{len(plain)} values for the {len(names)} fields of {cls.__name__}")
        return cls(*plain)

    def encode_nested(value: Any) -> Any:
        return tuple(
            item if field is None else field.encode(item) for field, item in zip(fields, values(value), strict=True)
        )

    def decode_nested(plain: Any) -> Any:
        return cls(*[item if field is None else field.decode(item) for field, item in zip(fields, plain, strict=True)])

    return _Codec(encode_nested, decode_nested) if any(fields) else _Codec(encode_flat, decode_flat)


def _hints(cls: type) -> dict[str, Any]:
    """The types of ``cls``'s fields, as ``typing.get_type_hints`` gives them, for less.

    The model's annotations are strings (``from __future__ import annotations``), many the
    same ("Text", "SourceIds"): each is evaluated once, in the module that wrote it, where
    ``get_type_hints`` compiles every one anew (0.5 ms of every run that reads the cache).
    """
    import inspect

    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in inspect.get_annotations(klass).items():
            hints[name] = _evaluated(annotation, klass.__module__) if isinstance(annotation, str) else annotation
    return hints


@functools.cache
def _evaluated(annotation: str, module: str) -> Any:
    return eval(annotation, vars(sys.modules[module]))


def _hint_codec(hint: Any) -> _Codec | None:
    """How to store a value of type ``hint`` and rebuild it; None where it is plain data already."""
    import typing

    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _codec(hint)
    if hint is array:
        return _Codec(_array_to_plain, _array_from_plain)
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
        each = _hint_codec(args[0])
        if each is None:
            return None
        return _Codec(functools.partial(_each, each.encode), functools.partial(_each, each.decode))
    if any(_hint_codec(arg) is not None for arg in args if arg is not Ellipsis):
        raise TypeError(f"the cache cannot store a {hint}")
    return None


def _array_to_plain(value: "array[Any]") -> tuple[str, bytes]:
    return (value.typecode, value.tobytes())


def _array_from_plain(plain: Any) -> "array[Any]":
    typecode, data = plain
    return array(typecode, data)


def _each(step: Callable[[Any], Any], plain: Any) -> tuple[Any, ...]:
    return tuple(step(item) for item in plain)


class Lazy(Mapping[str, T]):
    """Objects kept as marshalled blocks and made the first time each is asked for.

    ``show cto`` on a knowledge base of thousands of roles unpacks one role, not thousands;
    a run that names no executive unpacks none.
    """

    def __init__(self, cls: type[T], plain: dict[str, bytes]) -> None:
        self._cls = cls
        self._plain = plain
        self._built: dict[str, T] = {}

    def __getitem__(self, key: str) -> T:
        built = self._built.get(key)
        if built is None:
            block = self._plain[key]  # an unknown key is a KeyError, as in any mapping
            try:
                built = from_plain(self._cls, marshal.loads(block))
            except Exception as exc:
                raise Damaged(f"{self._cls.__name__.lower()} {key!r}: {exc!r}") from exc
            self._built[key] = built
        return built

    def __iter__(self) -> Iterator[str]:
        return iter(self._plain)

    def __len__(self) -> int:
        return len(self._plain)

    def __contains__(self, key: object) -> bool:
        return key in self._plain


class Packed(Mapping[str, Any]):
    """A dict kept marshalled until first used: most runs never look at it."""

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        self._data: dict[str, Any] | None = None

    def _unpacked(self) -> dict[str, Any]:
        if self._data is None:
            try:
                data = marshal.loads(self._blob)
            except Exception as exc:
                raise Damaged(repr(exc)) from exc
            if not isinstance(data, dict):
                raise Damaged(f"a {type(data).__name__} where a dict belongs")
            self._data = data
        return self._data

    def __getitem__(self, name: str) -> Any:
        return self._unpacked()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._unpacked())

    def __len__(self) -> int:
        return len(self._unpacked())
