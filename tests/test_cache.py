"""The compiled cache and what a warm run imports . No timings: deterministic proxies."""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import subprocess
import sys
import types
import typing
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, Run
from ctocio import cache
from ctocio.exitcodes import ExitCode
from ctocio.kb import builtin_path, load
from ctocio.model import Confusable, FocusStatement, Item, Keywords, ReportingLine, Role, Source, Statement, Text

CODE = """
import sys
from ctocio.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("yaml", "pydantic", "rich", "snowballstemmer", "ctocio._snowball", "annotated_types",
                           "ctocio.reader", "ctocio.validate", "anyascii") if m in sys.modules)
print(",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CODE, *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CTOCIO_NO_CACHE", "CTOCIO_KB")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@pytest.mark.parametrize(
    "args",
    [
        ["show", "cto", "-f", "json"],
        ["compare", "-f", "json"],
        ["list", "-f", "json"],
        ["search", "vendor", "-f", "json"],
        ["search", "suraksha", "kaun", "dekhta", "hai", "-f", "json"],
    ],
)
def test_a_warm_run_imports_no_yaml_schema_or_rich(environment: dict[str, str], args: list[str]) -> None:
    cold = _run(args, environment)
    assert cold.returncode == 0
    assert "yaml" in cold.stderr  # the first run reads the YAML and fills the cache
    warm = _run(args, environment)
    assert (warm.returncode, warm.stdout) == (0, cold.stdout)
    assert warm.stderr == "\n"  # none of the heavy modules


def test_no_cache_reads_the_yaml_every_time(environment: dict[str, str]) -> None:
    _run(["show", "cto", "-f", "json"], environment)
    assert "yaml" in _run(["show", "cto", "-f", "json", "--no-cache"], environment).stderr
    assert "yaml" in _run(["show", "cto", "-f", "json"], {**environment, "CTOCIO_NO_CACHE": "1"}).stderr


def _entries(_: Run) -> list[Path]:
    return sorted((Path(os.environ["XDG_CACHE_HOME"]) / "ctocio").glob("*.marshal"))


def test_the_cache_is_written_and_then_used(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run("show", "cto", "-f", "json").out
    assert [p.name.split("-")[0] for p in _entries(run)] == ["kb"]

    def no_reading(*_: object) -> None:
        raise AssertionError("the files were read again")

    monkeypatch.setattr("ctocio.kb.check", no_reading)
    assert run("show", "cto", "-f", "json").out == first


@pytest.mark.parametrize("flag", ["--no-cache", "env"])
def test_no_cache_writes_nothing(run: Run, monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    if flag == "env":
        monkeypatch.setenv("CTOCIO_NO_CACHE", "1")
        run("search", "vendor")
    else:
        run("search", "vendor", flag)
    assert _entries(run) == []


def test_a_changed_source_file_is_read_again(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text((DATA / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("show", "alpha", "--kb", str(path), "-f", "json").code == 0
    path.write_text(
        (DATA / "shared.yaml").read_text(encoding="utf-8").replace("Alpha Officer", "Alpha Chief"), encoding="utf-8"
    )
    assert json.loads(run("show", "alpha", "--kb", str(path), "-f", "json").out)["title"] == "Alpha Chief"


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: blob[:-10] + b"0123456789",  # corrupt
        lambda _: b"not a cache file at all",  # foreign
        lambda _: b"",  # empty
    ],
    ids=["truncated", "corrupt", "foreign", "empty"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(run: Run, damage: object) -> None:
    expected = run("search", "vendor", "-f", "json").out
    for entry in _entries(run):
        entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    result = run("search", "vendor", "-f", "json")
    assert (result.code, result.out, result.err) == (0, expected, "")
    # Rebuilt: every entry is sound again.
    key = cache.key([builtin_path()])
    assert key is not None
    for entry in _entries(run):
        assert cache.read(entry.parent, entry.name.split("-")[0], key) is not None


def test_an_unwritable_cache_folder_just_means_no_cache(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    quiet = run("search", "vendor", "-f", "json")
    assert (quiet.code, quiet.err) == (0, "")
    loud = run("search", "vendor", "-f", "json", "--debug")
    assert loud.code == 0
    assert loud.out == quiet.out
    assert loud.err.startswith(f"ctocio: debug: cache not written to {blocker / 'ctocio'}: ")
    assert loud.err.count("\n") == 1


def test_the_key_covers_files_version_and_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("version: 1\n", encoding="utf-8")
    first = cache.key([builtin_path(), path])
    assert first == cache.key([builtin_path(), path])
    assert first != cache.key([builtin_path()])
    path.write_text("version: 1\n# changed\n", encoding="utf-8")
    second = cache.key([builtin_path(), path])
    assert second != first
    monkeypatch.setattr(cache, "__version__", "9.9.9")
    assert cache.key([builtin_path(), path]) != second
    monkeypatch.undo()
    monkeypatch.setattr(cache, "SCHEMA_VERSION", 2)
    assert cache.key([builtin_path(), path]) != second
    assert cache.key([tmp_path / "missing.yaml"]) is None


@pytest.mark.parametrize("args", [["show", "cto", "-f", "json"], ["search", "vendor", "-f", "json"]])
def test_twenty_processes_at_once_on_a_cold_cache(environment: dict[str, str], args: list[str]) -> None:
    command = [sys.executable, "-m", "ctocio", *args]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment) for _ in range(20)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 20
    assert {out for out, _ in outputs} == {outputs[0][0]}
    assert {err for _, err in outputs} == {b""}
    assert json.loads(outputs[0][0])
    leftovers = [p.name for p in (Path(environment["XDG_CACHE_HOME"]) / "ctocio").iterdir() if p.suffix == ".tmp"]
    assert leftovers == []


def test_no_cache_without_a_home(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "")
    monkeypatch.chdir(tmp_path)
    assert run("show", "cto", "-f", "json").code == 0
    assert list(tmp_path.iterdir()) == []


def _with(payload: dict[str, Any], name: str, value: object) -> dict[str, Any]:
    return {**payload, name: value}


def _role(payload: dict[str, Any], role_id: str, block: bytes) -> dict[str, Any]:
    return {**payload, "roles": {**payload["roles"], role_id: block}}


def _index(payload: tuple[Any, ...], field: str, value: object) -> tuple[Any, ...]:
    from ctocio.search import Index

    position = [each.name for each in dataclasses.fields(Index)].index(field)
    return (*payload[:position], value, *payload[position + 1 :])


def _field(payload: tuple[Any, ...], field: str) -> Any:
    from ctocio.search import Index

    return payload[[each.name for each in dataclasses.fields(Index)].index(field)]


def _cto_with_title(payload: dict[str, Any], title: object) -> dict[str, Any]:
    plain = marshal.loads(payload["roles"]["cto"])
    return _role(payload, "cto", marshal.dumps((plain[0], title, *plain[2:])))


# Each rewrites a sound entry's payload into one with the wrong shape; the entry keeps a
# correct header and checksum, so only its contents can tell.
CRAFTED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "kb payload a list": ("kb", list),
    "kb payload without roles": ("kb", lambda payload: {k: v for k, v in payload.items() if k != "roles"}),
    "areas of the wrong shape": ("kb", lambda payload: _with(payload, "areas", {"strategy": 1})),
    "role block a short tuple": ("kb", lambda payload: _role(payload, "cto", marshal.dumps((1, 2, 3)))),
    "role block not marshal data": ("kb", lambda payload: _role(payload, "cto", b"\xff\x00junk")),
    "role block of the wrong types": ("kb", lambda payload: _cto_with_title(payload, (1, 2))),
    "names a list": ("kb", lambda payload: _with(payload, "names", marshal.dumps(["cto"]))),
    "names of the wrong shape": ("kb", lambda payload: _with(payload, "names", marshal.dumps({"cto": 1}))),
    "index payload too short": ("index", lambda payload: payload[:-1]),
    "index payload a dict": ("index", lambda payload: {"roles": payload[0]}),
    "index postings of a wrong length": (
        "index",
        lambda payload: _index(payload, "postings_of", dict.fromkeys(_field(payload, "postings_of"), b"\x01\x02\x03")),
    ),
    "index postings past the last text": (
        "index",
        lambda payload: _index(
            payload, "postings_of", {stem: array("I", [10**6]).tobytes() for stem in _field(payload, "postings_of")}
        ),
    ),
    "index bodies of the wrong shape": (
        "index",
        lambda payload: _index(payload, "bodies", dict.fromkeys(_field(payload, "bodies"), b"x")),
    ),
    "index text roles short": ("index", lambda payload: _index(payload, "text_role", b"")),
    "index text lengths short": ("index", lambda payload: _index(payload, "text_length", b"")),
    "index names not marshal data": ("index", lambda payload: _index(payload, "names", (b"\xff",) * 64)),
    "index names too few": ("index", lambda payload: _index(payload, "names", ())),
}


USES = {"kb": ["show", "cto", "cio", "-f", "json"], "index": ["search", "vendor", "-f", "json"]}
"""A command that reads every part of each kind of entry."""


@pytest.mark.parametrize("craft", CRAFTED, ids=list(CRAFTED))
def test_issue_9_a_crafted_entry_is_ignored_and_rebuilt(run: Run, craft: str) -> None:
    kind, rewrite = CRAFTED[craft]
    args = USES[kind]
    expected = run(*args).out
    run("search", "vendor")  # both entries, the knowledge base's and the search index's
    key = cache.key([builtin_path()])
    assert key is not None
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "ctocio"
    assert cache.write(folder, kind, key, rewrite(cache.read(folder, kind, key)), print)
    result = run(*args)
    assert (result.code, result.out, result.err) == (0, expected, "")
    # Rebuilt: the entry holds what ctocio stores again.
    if kind == "kb":
        assert marshal.loads(cache.read(folder, "kb", key)["roles"]["cto"]) == cache.to_plain(
            load([builtin_path()]).roles["cto"]
        )
    for entry in _entries(run):
        assert cache.read(entry.parent, entry.name.split("-")[0], key) is not None


def test_issue_9_a_failure_that_comes_back_without_the_cache_is_an_internal_error(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("show", "cto")

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("ctocio.view.show_view", broken)
    result = run("show", "cto")
    assert (result.code, result.out) == (ExitCode.INTERNAL, "")
    assert result.err == "ctocio: internal error: RuntimeError('boom'); run again with --debug for the traceback\n"


# The codec: every field of every class a role is made of survives the cache, whatever is added.


def _filled(cls: type, tag: str) -> Any:
    """An object of ``cls`` with every field set to a value other than its default, nested too.

    It walks the class's fields, so a field added to the model is filled (and so stored and
    checked) without a change here; a field of a type it does not know fails the test.
    """
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _value(hints[f.name], f"{tag}.{f.name}", f) for f in dataclasses.fields(cls) if f.init})


def _value(hint: Any, tag: str, field: dataclasses.Field[Any] | None = None) -> Any:  # noqa: PLR0911 -- a case a type
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return _filled(hint, tag)  # type: ignore[arg-type]
    if hint is str:
        return f"{tag}-टेक्स्ट"
    if hint is bool:
        return field is None or field.default is not True
    if hint is int:
        return 7
    if hint is float:
        return 12.5
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        # An optional field (its default None): the value of the type it holds.
        (held,) = [arg for arg in args if arg is not type(None)]
        return _value(held, tag)
    if origin is typing.Literal:
        return next(value for value in reversed(args) if field is None or value != field.default)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple(_value(args[0], f"{tag}[{index}]") for index in range(2))
    raise AssertionError(f"{tag}: no value for a field of type {hint}; teach this test the type")


def _same(left: object, right: object, where: str = "") -> None:
    """Field by field, since model objects compare by identity (eq=False)."""
    assert type(left) is type(right), where
    if dataclasses.is_dataclass(left):
        for f in dataclasses.fields(left):
            _same(getattr(left, f.name), getattr(right, f.name), f"{where}.{f.name}")
    elif isinstance(left, tuple):
        assert len(left) == len(right), where  # type: ignore[arg-type]
        for index, (one, other) in enumerate(zip(left, right, strict=True)):  # type: ignore[call-overload]
            _same(one, other, f"{where}[{index}]")
    else:
        assert left == right, where


def _round_trip(value: Any) -> Any:
    return cache.from_plain(type(value), marshal.loads(marshal.dumps(cache.to_plain(value))))


def _defaults_left(value: object, where: str) -> list[str]:
    """The fields, at any depth, that still hold their default value."""
    left = []
    for f in dataclasses.fields(value):  # type: ignore[arg-type]
        held = getattr(value, f.name)
        if f.default is not dataclasses.MISSING and held == f.default:
            left.append(f"{where}.{f.name}")
        for item in held if isinstance(held, tuple) else (held,):
            if dataclasses.is_dataclass(item):
                left += _defaults_left(item, f"{where}.{f.name}")
    return left


@pytest.mark.parametrize("cls", [Role, Text, Source], ids=lambda cls: cls.__name__)
def test_an_object_with_every_field_filled_comes_back_from_the_cache_the_same(cls: type) -> None:
    original = _filled(cls, cls.__name__)
    assert _defaults_left(original, cls.__name__) == []
    _same(_round_trip(original), original, cls.__name__)


def test_the_filled_role_reaches_every_class_a_role_is_made_of() -> None:
    reached: set[type] = set()

    def visit(value: object) -> None:
        if dataclasses.is_dataclass(value):
            reached.add(type(value))
            for f in dataclasses.fields(value):
                visit(getattr(value, f.name))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    visit(_filled(Role, "role"))
    assert reached == {Role, Text, FocusStatement, Statement, Item, Keywords, Confusable, ReportingLine}


def test_the_search_index_comes_back_from_the_cache_the_same() -> None:
    from ctocio.search import Index, build_index

    index = build_index(load([builtin_path()]))
    again = _round_trip(index)
    for f in dataclasses.fields(Index):
        if f.init:
            assert getattr(again, f.name) == getattr(index, f.name), f.name
    assert [again.text(n) for n in range(len(again))] == [index.text(n) for n in range(len(index))]


def test_a_field_the_codec_cannot_rebuild_is_an_error_at_once() -> None:
    @dataclasses.dataclass
    class Holder:
        texts: list[Text]

    with pytest.raises(TypeError, match=r"the cache cannot store a list\[ctocio.model.Text\]"):
        cache.from_plain(Holder, ([("en", "hi")],))


GC_CODE = """
import gc, sys
from ctocio.entry import run
passes = []
gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" else None)
try:
    run()
except SystemExit as end:
    print(end.code, len(passes), gc.isenabled(), file=sys.stderr)
"""


def test_a_warm_run_does_no_cyclic_garbage_collection_and_a_cold_one_collects(environment: dict[str, str]) -> None:
    def run(*args: str) -> str:
        command = [sys.executable, "-c", GC_CODE, *args]
        return subprocess.run(command, capture_output=True, text=True, env=environment, check=False).stderr

    cold = run("show", "cto", "-f", "json").split()
    assert (cold[0], cold[2]) == ("0", "True")  # reading the files turned the collector back on
    assert run("show", "cto", "-f", "json") == "0 0 False\n"
    assert run("search", "vendor", "-f", "json").split()[0] == "0"  # the first search builds its index
    assert run("search", "vendor", "-f", "json") == "0 0 False\n"
