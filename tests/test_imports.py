"""No import cycle between eventwire's packages, read from the source with `ast`.  Imports inside
functions count too (a cycle hidden in a function is still a cycle); imports under `if
TYPE_CHECKING:` do not (annotations only: link names the Store type it is handed)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "eventwire"


def unit_of(module: str) -> str:
    """The package (or top-level module) a dotted eventwire module belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imports_of(path: Path) -> set[str]:
    here = "eventwire." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    package = package.removesuffix(".__init__")
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if _type_checking(block) for n in ast.walk(block)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("eventwire.")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if base.startswith("eventwire.") or base == "eventwire":
                found |= {f"{base}.{alias.name}" if base == "eventwire" else base for alias in node.names}
    return found


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).parts
        source = rel[0].removesuffix(".py") if len(rel) > 1 or rel[0] != "__init__.py" else "eventwire"
        for target in map(unit_of, imports_of(path)):
            if target != source:
                graph[source].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"
    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_the_graph_is_read():
    graph = package_graph()
    assert "extract" in graph["pipeline"] and "geo" in graph["extract"]


def test_no_import_cycle_between_packages():
    assert cycles(package_graph()) == []


def test_a_cycle_is_found_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
