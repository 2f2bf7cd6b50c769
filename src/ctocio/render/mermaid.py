"""A Mermaid flowchart in Markdown: the one picture every Git forge draws from text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ctocio.view import Graph

_ENTITIES = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "\n": " "}
"""Mermaid's own escapes: a label is quoted, and a quote or an angle bracket in a shared file's
text must not end it or open HTML; ``#`` starts an escape, so it is one too."""


def _label(text: str) -> str:
    return '"' + "".join(_ENTITIES.get(character, character) for character in text) + '"'


def render_mermaid(graph: Graph) -> str:
    """The graph as ``flowchart TD`` under a heading: a node a line, then an edge a line, a
    disputed edge dashed."""
    lines = [f"## {graph.title}", "", "```mermaid", "flowchart TD"]
    lines += [f"  {node_id}[{_label(label)}]" for node_id, label in graph.nodes]
    for start, end, label, dashed in graph.edges:
        arrow = "-.->" if dashed else "-->"
        lines.append(f"  {start} {arrow}|{_label(label)}| {end}")
    return "\n".join([*lines, "```", ""])
