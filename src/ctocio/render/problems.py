"""Problems found in knowledge-base files, as lines for people and editors or as JSON."""

from __future__ import annotations

import json

from ctocio.catalogue import text
from ctocio.errors import Problem
from ctocio.render.escape import json_safe, visible


def _summary(errors: int, warnings: int, files: int, lang: str) -> str:
    if not errors and not warnings:
        return text("validate.clean", lang, files=str(files))
    return text("validate.summary", lang, errors=str(errors), warnings=str(warnings), files=str(files))


def render_problems(problems: list[Problem], files: int, fmt: str, lang: str) -> str:
    """Every problem sorted by file and line, then a one-line summary; or all of it as JSON."""
    ordered = sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))
    errors = sum(p.severity == "error" for p in ordered)
    warnings = len(ordered) - errors
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
            "errors": errors,
            "warnings": warnings,
            "files": files,
        }
        return json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
    # File names and keys come from the files themselves: one policy for what reaches a terminal.
    lines = "".join(visible(str(p)) + "\n" for p in ordered)
    return lines + _summary(errors, warnings, files, lang) + "\n"
