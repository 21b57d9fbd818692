from __future__ import annotations

import pytest

from dualdesk.launch import GuiOptions, plain_launch


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], GuiOptions(home=None, sandbox=False)),
        (["--sandbox"], GuiOptions(home=None, sandbox=True)),
        (["--home", "/d", "--sandbox"], GuiOptions(home="/d", sandbox=True)),
        (["--home=/d"], GuiOptions(home="/d", sandbox=False)),
    ],
)
def test_plain_launches_open_the_window(args: list[str], expected: GuiOptions) -> None:
    assert plain_launch(args) == expected


@pytest.mark.parametrize(
    "args", [["profile", "show"], ["--help"], ["--home"], ["--home", "--sandbox"], ["--version"]]
)
def test_anything_else_goes_to_the_full_parser(args: list[str]) -> None:
    assert plain_launch(args) is None
