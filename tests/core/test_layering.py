"""app/core is the pure domain: no Flask, no database, no clock reads."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app import PROJECT_ROOT

CORE = PROJECT_ROOT / "app" / "core"
FORBIDDEN_MODULES = ("flask", "flask_sqlalchemy", "flask_wtf", "flask_login", "wtforms", "sqlalchemy")
FORBIDDEN_CALLS = ("now", "utcnow", "today")


def core_modules() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_web_or_database_code(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN_MODULES, f"{path.name}:{node.lineno} imports {name}"


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_reads_no_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr in FORBIDDEN_CALLS and isinstance(owner, ast.Name) and owner.id in ("datetime", "date"):
                pytest.fail(f"{path.name}:{node.lineno} reads the clock; pass `now` in instead")
            if node.func.attr == "time" and isinstance(owner, ast.Name) and owner.id == "time":
                pytest.fail(f"{path.name}:{node.lineno} reads the clock; pass `now` in instead")


def test_the_check_catches_a_flask_import(tmp_path: Path) -> None:
    tree = ast.parse("from flask import current_app\n")
    node = tree.body[0]
    assert isinstance(node, ast.ImportFrom) and node.module.split(".")[0] in FORBIDDEN_MODULES
