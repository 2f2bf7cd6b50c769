"""Where roles come from: built-in, config folder, CTOCIO_KB, --kb; replacing and extending."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

USER = DATA / "user"

BUILTIN_IDS = [
    "cto", "cio", "ciso", "caio", "chief-data-officer", "chief-digital-officer", "cpo", "vp-engineering",
    "chief-architect",
]  # fmt: skip


def _config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *files: str) -> Path:
    folder = tmp_path / "config" / "ctocio"
    folder.mkdir(parents=True)
    for name in files:
        shutil.copy(USER / name, folder / name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


def _ids(run: Run, *args: str) -> list[str]:
    return [role["id"] for role in json.loads(run("list", "-f", "json", *args).out)]


def test_the_config_folder_is_read(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _config(monkeypatch, tmp_path, "cko.yaml")
    (folder / "notes.txt").write_text("not a knowledge base", encoding="utf-8")
    assert _ids(run) == [*BUILTIN_IDS, "cko"]


def test_config_folder_defaults_to_home(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".config" / "ctocio").mkdir(parents=True)
    shutil.copy(USER / "cko.yaml", tmp_path / ".config" / "ctocio" / "cko.yml")
    assert _ids(run) == [*BUILTIN_IDS, "cko"]


def test_ctocio_kb_takes_files_and_folders(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(USER / "cko.yaml", folder / "cko.yaml")
    monkeypatch.setenv("CTOCIO_KB", os.pathsep.join([str(folder), str(USER / "extend_cio.yaml")]))
    assert _ids(run) == [*BUILTIN_IDS, "cko"]
    show = json.loads(run("show", "head of IT", "-f", "json").out)
    assert show["id"] == "cio"


def test_precedence_builtin_config_environment_option(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each later source replaces the same role of an earlier one."""

    def role_file(path: Path, summary: str) -> Path:
        text = (USER / "cto_replaced.yaml").read_text(encoding="utf-8")
        path.write_text(text.replace("Our CTO runs engineering and IT.", summary), encoding="utf-8")
        return path

    folder = _config(monkeypatch, tmp_path)
    role_file(folder / "a.yaml", "from the config folder")

    def summary(*args: str) -> str:
        return str(json.loads(run("show", "cto", "-f", "json", *args).out)["summary"]["text"])

    assert summary() == "from the config folder"
    monkeypatch.setenv("CTOCIO_KB", str(role_file(tmp_path / "env.yaml", "from CTOCIO_KB")))
    assert summary() == "from CTOCIO_KB"
    assert summary("--kb", str(role_file(tmp_path / "opt.yaml", "from --kb"))) == "from --kb"


def test_files_of_a_folder_load_in_name_order(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _config(monkeypatch, tmp_path)
    base = (USER / "cto_replaced.yaml").read_text(encoding="utf-8")
    (folder / "b.yaml").write_text(base.replace("Our CTO runs engineering and IT.", "b"), encoding="utf-8")
    (folder / "a.yml").write_text(base.replace("Our CTO runs engineering and IT.", "a"), encoding="utf-8")
    assert json.loads(run("show", "cto", "-f", "json").out)["summary"]["text"] == "b"


def test_a_role_is_replaced_whole(run: Run) -> None:
    role = json.loads(run("show", "cto", "--kb", str(USER / "cto_replaced.yaml"), "-f", "json").out)
    assert role["focus"]["value"] == "both"
    assert role["duties"] == []
    assert role["aliases"] == []


def test_extend_adds_to_a_role_without_copying_it(run: Run) -> None:
    builtin = json.loads(run("show", "cio", "-f", "json").out)
    extended = json.loads(run("show", "cio", "--kb", str(USER / "extend_cio.yaml"), "-f", "json").out)
    assert extended["duties"] == [
        *builtin["duties"],
        {
            "area": "security",
            "text": "Owns information security, including the security team.",
            "lang": "en",
            "sources": ["our-policy"],
            "disputed": False,
        },
    ]
    assert extended["aliases"] == [*builtin["aliases"], "head of IT"]
    assert extended["sources"][-1] == {
        "id": "our-policy",
        "title": "Our IT policy, 2026",
        "url": None,
        "language": "en",
        "weak": False,
    }
    assert {k: v for k, v in extended.items() if k not in ("duties", "aliases", "sources")} == {
        k: v for k, v in builtin.items() if k not in ("duties", "aliases", "sources")
    }


def test_extending_an_unknown_role_is_an_error(run: Run) -> None:
    path = USER / "extend_unknown.yaml"
    result = run("list", "--kb", str(path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == (
        f"{path}:3:3: error: extend.cioo: unknown role 'cioo'; did you mean 'cio'?; "
        "extend adds to a role defined before it\n"
    )


def test_a_name_two_roles_share_is_never_guessed(run: Run) -> None:
    """A user's Chief Knowledge Officer also answers to "IT director", as the CIO does: naming it asks which."""
    path = USER / "alias_clash.yaml"
    assert run("list", "--kb", str(path)).out.splitlines()[-1] == "cko\tCKO\tChief Knowledge Officer\tinternal\ten"
    message = (
        "ctocio: error: 'IT director' names 2 roles: cio (Chief Information Officer), cko (Chief Knowledge Officer); "
        "name one by its id, as in 'ctocio show cio'\n"
    )
    for command in (
        ["show", "IT director"],
        ["compare", "cto", "it-director"],
        ["search", "budget", "-r", "IT director"],
    ):
        result = run(*command, "--kb", str(path))
        assert (result.code, result.out, result.err) == (
            ExitCode.NOT_FOUND,
            "",
            message.replace("'IT director'", f"'{command[-1]}'"),
        )
    hindi = run("show", "IT director", "--kb", str(path), "-l", "hi")
    assert hindi.err == (
        "ctocio: त्रुटि: 'IT director' नाम 2 भूमिकाओं का है: cio (मुख्य सूचना अधिकारी), cko (Chief Knowledge Officer); "
        "इनमें से एक को उसकी आईडी से चुनें, जैसे 'ctocio show cio'\n"
    )
    # Its id names each role as ever.
    assert run("show", "cko", "--kb", str(path), "-f", "json").code == ExitCode.OK


def test_origin_in_list_and_show(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _config(monkeypatch, tmp_path, "cko.yaml")
    extension = str(USER / "extend_cio.yaml")
    listed = json.loads(run("list", "--origin", "-f", "json", "--kb", extension).out)
    assert [(role["id"], role["origin"]) for role in listed] == [
        ("cto", ["built-in"]),
        ("cio", ["built-in", extension]),
        *((role_id, ["built-in"]) for role_id in BUILTIN_IDS[2:]),
        ("cko", [str(folder / "cko.yaml")]),
    ]
    assert run("list", "--origin", "--kb", extension).out.splitlines()[1] == (
        f"cio\tCIO\tChief Information Officer\tinternal\ten\tbuilt-in{os.pathsep}{extension}"
    )
    shown = json.loads(run("show", "cko", "--origin", "-f", "json").out)
    assert shown["origin"] == [str(folder / "cko.yaml")]
    assert run("show", "cko", "--origin").out.splitlines()[-1] == f"cko\torigin\t\t{folder / 'cko.yaml'}\t\t"
    assert "origin" not in json.loads(run("show", "cko", "-f", "json").out)


def test_no_builtin_leaves_out_the_builtin_areas_and_sources_too(run: Run) -> None:
    assert _ids(run, "--no-builtin", "--kb", str(DATA / "shared.yaml")) == ["alpha", "beta"]
    result = run("list", "--no-builtin", "--kb", str(USER / "cko.yaml"))
    assert (result.code, result.err) == (
        ExitCode.INVALID_KB,
        f"{USER / 'cko.yaml'}:11:10: error: roles.cko.duties[0].area: unknown area 'strategy'; none are defined\n",
    )


def _cio(run: Run, *args: str) -> dict[str, object]:
    result = run("show", "cio", "--origin", "-f", "json", *args)
    assert (result.code, result.err) == (ExitCode.OK, "")
    shown: dict[str, object] = json.loads(result.out)
    return shown


BUILTIN_CIO_ALIASES = [
    "chief digital information officer",
    "CDIO",
    "IT director",
    "head of IT",
    "चीफ़ इन्फ़ॉर्मेशन ऑफ़िसर",
    "चीफ इन्फॉर्मेशन ऑफिसर",
    "आईटी डायरेक्टर",
    "आईटी निदेशक",
    "आईटी हेड",
]


def test_a_file_named_twice_is_loaded_once(run: Run) -> None:
    """`--kb f --kb f` loads f once: its extend adds its alias and its duty once."""
    extension = str(USER / "extend_cio.yaml")
    shown = _cio(run, "--kb", extension, "--kb", extension)
    assert shown["aliases"] == [*BUILTIN_CIO_ALIASES, "head of IT"]
    assert shown["origin"] == ["built-in", extension]
    assert len(shown["duties"]) == 16  # type: ignore[arg-type]


def test_a_file_reached_twice_keeps_its_last_place(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The config folder's file reached again through a symbolic link after another file is loaded once, last."""
    folder = _config(monkeypatch, tmp_path, "extend_cio.yaml")
    link = tmp_path / "link.yaml"
    link.symlink_to(folder / "extend_cio.yaml")
    cko = str(USER / "cko.yaml")
    shown = _cio(run, "--kb", str(link), "--kb", cko, "--kb", str(link))
    assert shown["aliases"] == [*BUILTIN_CIO_ALIASES, "head of IT"]
    assert shown["origin"] == ["built-in", str(link)]
    listed = json.loads(run("list", "--origin", "-f", "json", "--kb", str(link), "--kb", cko, "--kb", str(link)).out)
    assert [(role["id"], role["origin"]) for role in listed] == [
        ("cto", ["built-in"]),
        ("cio", ["built-in", str(link)]),
        *((role_id, ["built-in"]) for role_id in BUILTIN_IDS[2:]),
        ("cko", [cko]),
    ]
    # validate checks it once too: the built-in file, cko.yaml, the link.
    result = run("validate", str(folder / "extend_cio.yaml"), cko, str(link))
    assert (result.code, result.out) == (ExitCode.OK, "no problems; files checked: 3\n")
