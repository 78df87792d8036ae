"""The package layout: dependencies point one way, and the light entry points stay light.

The import graph is read from the source (every ``import`` and ``from ... import``,
function-level ones included: an import inside a function is still a dependency), so a
cycle hidden in a function body is caught too.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"

#: Layers from the bottom up: a module may import its own layer and those below it only.
LAYERS = [
    ("core", "rules"),
    ("io", "stages"),
    ("records",),
    ("nlp", "model", "run"),
    ("table", "review"),
    ("cli", "bench"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The ``pipeline`` modules imported anywhere in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("pipeline"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and node.module.startswith("pipeline")
        ):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        # "from pipeline.x import y" names module pipeline.x.y when it exists, else pipeline.x
        edges[name] = {m for m in imports_of(path) if m in modules and m != name}
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    return -1  # the package itself (pipeline/__init__.py: the version)


def test_the_import_graph_has_no_cycle():
    assert find_cycle(graph()) is None, " -> ".join(find_cycle(graph()) or [])


def package_of(module: str) -> str:
    """``pipeline.stages.time.rules`` -> ``pipeline.stages.time``; the modules beside the
    stage packages (``base``, ``factories``, the gathering ``__init__``) stand alone;
    elsewhere the top folder."""
    parts = module.split(".")
    return ".".join(parts[:3] if parts[1:2] == ["stages"] else parts[:2])


def test_the_stage_packages_depend_one_way():
    """No cycle between packages either: time may read context's parse helpers, or context
    time's, not both (a stage package is moved or reused whole)."""
    packages: dict[str, set[str]] = {}
    for src, dsts in graph().items():
        packages.setdefault(package_of(src), set()).update(
            package_of(d) for d in dsts if package_of(d) != package_of(src)
        )
    assert find_cycle(packages) is None, " -> ".join(find_cycle(packages) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_dependencies_point_one_way():
    upward = sorted(
        f"{src} imports {dst}"
        for src, dsts in graph().items()
        for dst in dsts
        if layer(dst) > layer(src)
    )
    assert upward == []


def test_every_module_is_in_a_layer():
    assert sorted(m for m in graph() if layer(m) < 0) == ["pipeline"]


def test_stages_do_not_import_each_others_components():
    """A stage may read another stage's rule models or helpers, never its component."""
    bad = sorted(
        f"{src} imports {dst}"
        for src, dsts in graph().items()
        if src.startswith("pipeline.stages.")
        for dst in dsts
        if dst.endswith(".component")
        and dst.rsplit(".", 2)[0] != src.rsplit(".", 2)[0]
        and src != "pipeline.stages.factories"
    )
    assert bad == []


def _fresh(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_validate_rules_needs_no_spacy():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from pipeline.cli import main\n"
        "r = CliRunner().invoke(main, ['validate-rules', 'rules'])\n"
        "heavy = ('spacy', 'pandas', 'dateparser', 'thinc')\n"
        "print(r.exit_code, sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = _fresh(code, PACKAGE.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == "0 []"


def test_a_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path):
    """``spacy.load`` finds our factories through the ``spacy_factories`` entry points,
    with nothing of ours imported first."""
    nlp.to_disk(tmp_path / "saved")
    text = "Exports rose 12% to 3 billion yuan in 2023, the ministry said."
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'saved')!r})\n"
        "before = 'pipeline.stages.factories' in sys.modules\n"
        f"doc = nlp({text!r})\n"
        "found = sorted(s.text for s in doc.spans['nf_quantities'])\n"
        "print(json.dumps([before, nlp.pipe_names, found]))\n"
    )
    out = _fresh(code, tmp_path)
    assert out.returncode == 0, out.stderr
    before, names, figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert before is False  # nothing of ours was imported before spacy.load
    assert names == nlp.pipe_names
    expected = sorted(s.text for s in nlp(text).spans["nf_quantities"])
    assert figures == expected and figures


@pytest.mark.parametrize("module", ["pipeline.stages", "pipeline.rules.loader", "pipeline.cli"])
def test_light_modules_do_not_load_spacy(module):
    out = _fresh(f"import sys, {module}; print('spacy' in sys.modules)", PACKAGE.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_every_path_the_readme_names_exists():
    """The README is the map of the tree; a moved module must not leave it pointing nowhere."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:pipeline|rules|tests)/[\w/.-]+?)`", readme))
    missing = sorted(p for p in named if "KIND" not in p and not (ROOT / p).exists())
    assert not missing, f"README names paths that do not exist: {missing}"
