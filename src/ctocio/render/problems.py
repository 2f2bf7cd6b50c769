"""Problems found in knowledge-base files, as lines for people and editors or as JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping

from ctocio.catalogue import text
from ctocio.errors import Problem, more_line, shown
from ctocio.render.escape import json_safe, visible


def _summary(errors: int, warnings: int, files: int, lang: str) -> str:
    if not errors and not warnings:
        return text("validate.clean", lang, files=str(files))
    return text("validate.summary", lang, errors=str(errors), warnings=str(warnings), files=str(files))


def render_problems(
    problems: list[Problem], files: int, fmt: str, lang: str, unlisted: Mapping[str, int] | None = None
) -> str:
    """The first 100 problems by file and line, then a one-line summary counting all of them;
    or the same as JSON, with ``more`` saying how many were left out.

    ``unlisted`` counts, by severity, problems found but never placed in their files.
    """
    unlisted = unlisted or {}
    ordered, more = shown(problems)
    more += sum(unlisted.values())
    errors = sum(p.severity == "error" for p in problems) + unlisted.get("error", 0)
    warnings = len(problems) + sum(unlisted.values()) - errors
    if fmt == "json":
        document = {
            "problems": [
                {
                    "file": p.file,
                    "line": p.line,
                    "column": p.column,
                    "severity": p.severity,
                    "code": p.code,
                    "message": p.message,
                }
                for p in ordered
            ],
            "more": more,
            "errors": errors,
            "warnings": warnings,
            "files": files,
        }
        return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
    # File names and keys come from the files themselves: one policy for what reaches a terminal.
    listed = "".join(visible(str(p)) + "\n" for p in ordered) + (f"{more_line(more)}\n" if more else "")
    return listed + _summary(errors, warnings, files, lang) + "\n"
