"""app/core is the pure domain: no Flask, no database, no app code outside
app/core (absolute or relative imports), no clock reads."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app import PROJECT_ROOT

CORE = PROJECT_ROOT / "app" / "core"
CORE_PACKAGE = "app.core"
FORBIDDEN_MODULES = ("flask", "flask_sqlalchemy", "flask_wtf", "flask_login", "wtforms", "sqlalchemy", "werkzeug")
CLOCK_READS = frozenset({
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
    "time.time", "time.time_ns",
})


def core_modules() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def module_name(path: Path, root: Path, package: str) -> str:
    """``app.core.facts.page`` for root/facts/page.py (a package's __init__ is the package)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def imported_modules(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The absolute names an import statement reaches, relative ones resolved."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level == 0:
        return [node.module or ""]
    base = module.split(".")
    if not is_package:
        base.pop()  # a module's "." is its package
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    if node.module:
        return [".".join([*base, node.module])]
    return [".".join([*base, alias.name]) for alias in node.names]  # from .. import models


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value)
        return f"{owner}.{node.attr}" if owner else None
    return None


def layering_problems(path: Path, root: Path = CORE, package: str = CORE_PACKAGE) -> list[str]:
    """What in ``path`` breaks the rule: imports of web or database code or
    of the app outside ``package``, and reads of the clock."""
    module = module_name(path, root, package)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    aliases: dict[str, str] = {}  # a name bound by an import -> the absolute name it stands for
    app_package = package.split(".")[0]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        for name in imported_modules(node, module, path.name == "__init__.py"):
            top = name.split(".")[0]
            outside = top == app_package and name != package and not name.startswith(package + ".")
            if top in FORBIDDEN_MODULES or outside:
                problems.append(f"{path.name}:{node.lineno} imports {name}")
        for alias in node.names:
            if isinstance(node, ast.Import):
                bound = alias.asname or alias.name.split(".")[0]
                aliases[bound] = alias.name if alias.asname else bound
            elif node.level == 0 and node.module:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = _dotted(node.func)
            if called is None:
                continue
            first, _, rest = called.partition(".")
            resolved = aliases.get(first, first) + (f".{rest}" if rest else "")
            if resolved in CLOCK_READS:
                problems.append(f"{path.name}:{node.lineno} reads the clock ({called}()); pass `now` in instead")
    return problems


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_keeps_to_the_domain(path: Path) -> None:
    assert layering_problems(path) == []


BAD = {
    "flask": "from flask import current_app\n",
    "flask submodule": "import flask.json\n",
    "sqlalchemy": "from sqlalchemy import select\n",
    "relative import of the models": "from ...models import User\n",
    "relative import of the app package": "from ... import models\n",
    "absolute import of the services": "from app.services import study\n",
    "datetime.now()": "from datetime import datetime\nstamp = datetime.now()\n",
    "dt.datetime.now()": "import datetime as dt\nstamp = dt.datetime.now(dt.UTC)\n",
    "datetime.datetime.utcnow()": "import datetime\nstamp = datetime.datetime.utcnow()\n",
    "date.today()": "from datetime import date\nday = date.today()\n",
    "an aliased class": "from datetime import datetime as DT\nstamp = DT.now()\n",
    "time.time()": "import time\nstamp = time.time()\n",
    "from time import time": "from time import time\nstamp = time()\n",
}


def _made_up_core(tmp_path: Path, source: str) -> Path:
    """A package app/core/facts/ in tmp_path with one module of ``source``."""
    package = tmp_path / "app" / "core" / "facts"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "bad.py").write_text(source)
    return package / "bad.py"


@pytest.mark.parametrize("source", BAD.values(), ids=BAD.keys())
def test_the_check_catches_a_made_up_bad_module(tmp_path: Path, source: str) -> None:
    bad = _made_up_core(tmp_path, source)
    assert len(layering_problems(bad, root=tmp_path / "app" / "core")) == 1


def test_the_check_lets_pure_code_pass(tmp_path: Path) -> None:
    good = _made_up_core(tmp_path, (
        "from datetime import UTC, datetime, timedelta\n"
        "from ..scheduling import Card\n"
        "from . import page\n"
        "from .. import corpus\n"
        "def later(now: datetime) -> datetime:\n"
        "    return datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=1) if now.date() else now\n"
    ))
    assert layering_problems(good, root=tmp_path / "app" / "core") == []
