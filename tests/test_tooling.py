"""The house rules, checked by the test suite itself: lint, format, types, layers."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)


def tool(name: str) -> str:
    bindir = str(REPO / ".venv" / "bin")
    found = shutil.which(name, path=f"{sys.prefix}/bin:{bindir}") or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def test_ruff_lint() -> None:
    result = run(tool("ruff"), "check", "dualdesk", "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run(tool("ruff"), "format", "--check", "dualdesk", "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_core() -> None:
    result = run(tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers() -> None:
    result = run(tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
