"""The package's shape, read from its imports: no import circle, and no module imports one
from a higher layer. The layers follow the flow read -> normalize -> segment -> detect ->
decide -> extract -> render -> write; a module not listed here fails the test until it is
given a layer. Inside the rules, no module imports a rule family (a module that registers
rules): what families share lives in neutral modules, and a rule that reads another's
findings declares it with ``needs``."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import cleaner

PACKAGE = Path(cleaner.__file__).parent

#: Lowest first. A module belongs to the layer of the longest prefix that names it.
LAYERS: tuple[tuple[str, ...], ...] = (
    # records, settings object, the rule table (no rule in it)
    # (and the on-disk cache of compiled patterns, which knows no module of the cleaner,
    # and the package's own files)
    (
        "cleaner.exitcodes",
        "cleaner.io",
        "cleaner.model",
        "cleaner.config",
        "cleaner.registry",
        "cleaner.pattern_cache",
        "cleaner.resources",
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


def _registers_rules(path: Path) -> bool:
    """Whether a module registers a detector (a class decorated with ``register``)."""
    return any(
        isinstance(decorator, ast.Name) and decorator.id == "register"
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ClassDef)
        for decorator in node.decorator_list
    )


def rule_families() -> set[str]:
    """The rule families: the modules of ``cleaner.rules`` that register rules."""
    return {
        name
        for name, path in modules().items()
        if name.startswith("cleaner.rules.") and _registers_rules(path)
    }


def family_ties(edges: dict[str, set[str]], families: set[str]) -> list[tuple[str, str]]:
    """(module, family) for each module of ``cleaner.rules`` that imports another family."""
    return sorted(
        (name, target)
        for name, targets in edges.items()
        if name.startswith("cleaner.rules.")
        for target in targets
        if target in families and target != name
    )


def test_no_rule_module_imports_a_rule_family() -> None:
    assert family_ties(graph(lazy=True), rule_families()) == []


def test_families_are_the_modules_that_register_rules() -> None:
    families = rule_families()
    assert {"cleaner.rules.header", "cleaner.rules.promo", "cleaner.rules.links"} <= families
    for neutral in ("base", "bylines", "phrases", "stopwords", "tail_lines", "urls"):
        assert f"cleaner.rules.{neutral}" not in families


def test_the_check_finds_a_tie_between_families() -> None:
    families = {"cleaner.rules.header", "cleaner.rules.promo"}
    edges = {
        "cleaner.rules.header": {"cleaner.rules.promo", "cleaner.rules.base"},
        "cleaner.rules.promo": {"cleaner.rules.urls"},
        "cleaner.rules": {"cleaner.rules.header", "cleaner.rules.promo"},
    }
    assert family_ties(edges, families) == [("cleaner.rules.header", "cleaner.rules.promo")]


def test_the_check_finds_a_circle_and_an_upward_import() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    assert layer_of("cleaner.text.segment") < layer_of("cleaner.rules.header")
