"""Which language to speak: the --lang flag, else CTOCIO_LANG, else the locale, else English."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from ctocio.errors import UsageError


class Lang(StrEnum):
    """The languages ctocio speaks."""

    EN = "en"
    HI = "hi"
    BOTH = "both"  # every text in both languages, for JSON and YAML


# The order in which the C library looks for the messages locale, LANGUAGE last because
# ctocio has one language to pick, not a list of fallbacks.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def choose(flag: Lang | None, environ: Mapping[str, str]) -> Lang:
    """The language for this run."""
    if flag is not None:
        return flag
    chosen = environ.get("CTOCIO_LANG", "").strip().lower()
    if chosen:
        # "both" is for one run's JSON or YAML (--lang both), not a setting for every command.
        if chosen not in (Lang.EN, Lang.HI):
            raise UsageError(f"CTOCIO_LANG is '{chosen}'; use 'en' or 'hi'")
        return Lang(chosen)
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return Lang.HI if value.lower().startswith("hi") else Lang.EN
    return Lang.EN
