"""The package's shape, read from its imports: no import circle, and no module imports one
from a higher layer. The layers follow the flow read -> normalize -> segment -> detect ->
decide -> extract -> render -> write; a module not listed here fails the test until it is
given a layer."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import cleaner

PACKAGE = Path(cleaner.__file__).parent

#: Lowest first. A module belongs to the layer of the longest prefix that names it.
LAYERS: tuple[tuple[str, ...], ...] = (
    # records, settings object, the rule table (no rule in it)
    # (and the on-disk cache of compiled patterns, which knows no module of the cleaner)
    (
        "cleaner.exitcodes",
        "cleaner.io",
        "cleaner.model",
        "cleaner.config",
        "cleaner.registry",
        "cleaner.pattern_cache",
    ),
    # decode, normalize, markup, segment; a learned profile is read from segmented text
    ("cleaner.text", "cleaner.profile"),
    # the detectors and the catalogue of every rule
    ("cleaner.rules",),
    # validation of user settings (they compile user phrases with the rules' compiler)
    ("cleaner.checks", "cleaner.settings"),
    # facts from findings, the report's schema, the removal audit
    ("cleaner.report",),
    # the Cleaner and the public API
    ("cleaner.pipeline", "cleaner"),
    # many documents: folders, JSONL, worker pools; Ray, datatrove, datasets
    ("cleaner.batch", "cleaner.integrations"),
    # the command line
    ("cleaner.cli", "cleaner.__main__"),
)

#: Imports inside a function that go up a layer, each with the reason it must.
LAZY_UPWARD = {
    # Config checks itself when made; the checks compile user phrases with the rules' code.
    ("cleaner.config", "cleaner.checks"),
    # Reading a report back takes each rule's category from the catalogue.
    ("cleaner.model", "cleaner.rules"),
    # Reading a report of schema 1 back gives each removal its kind (report/kinds.py imports
    # nothing of cleaner: it could move down a layer).
    ("cleaner.model", "cleaner.report.kinds"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(name: str) -> int:
    best = (-1, -1)
    for number, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if name == prefix or name.startswith(prefix + "."):
                best = max(best, (len(prefix), number))
    assert best[1] >= 0, f"{name} has no layer in tests/test_layers.py"
    return best[1]


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def imports(path: Path, known: dict[str, Path]) -> Iterator[tuple[str, bool]]:
    """(imported cleaner module, whether at module level) for each import in ``path``;
    imports only for type checkers are left out."""

    def walk(node: ast.AST, top: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.startswith("cleaner"):
                        yield alias.name, top
            elif isinstance(child, ast.ImportFrom) and (child.module or "").startswith("cleaner"):
                assert child.module is not None
                for alias in child.names:
                    full = f"{child.module}.{alias.name}"
                    yield (full if full in known else child.module), top
            else:
                inner = top and not isinstance(
                    child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                )
                yield from walk(child, inner)

    yield from walk(ast.parse(path.read_text("utf-8")), True)


def graph(*, lazy: bool) -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target, top in imports(path, known):
            if (top or lazy) and target != name:
                edges[name].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_module_has_a_layer() -> None:
    for name in modules():
        layer_of(name)


def test_no_import_circle() -> None:
    assert cycles(graph(lazy=False)) == []


def test_no_import_from_a_higher_layer() -> None:
    upward = [
        (name, target)
        for name, targets in graph(lazy=False).items()
        for target in sorted(targets)
        if layer_of(target) > layer_of(name)
    ]
    assert upward == []


def test_lazy_imports_go_up_only_where_listed() -> None:
    upward = {
        (name, target)
        for name, targets in graph(lazy=True).items()
        for target in targets
        if layer_of(target) > layer_of(name)
    }
    assert upward == LAZY_UPWARD


def test_text_never_imports_rules() -> None:
    edges = graph(lazy=True)
    assert not [
        (n, t) for n in edges if n.startswith("cleaner.text") for t in edges[n] if ".rules" in t
    ]


def test_the_check_finds_a_circle_and_an_upward_import() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    assert layer_of("cleaner.text.segment") < layer_of("cleaner.rules.header")
