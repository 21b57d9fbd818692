from __future__ import annotations

import gc

import pytest

from dualdesk import __main__ as entry
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


@pytest.mark.parametrize("fails", [False, True])
def test_the_collector_pauses_while_the_window_opens_and_always_comes_back(
    monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    seen: list[bool] = []

    def open_app(options: GuiOptions) -> int:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("the window could not open")
        return 0

    monkeypatch.setattr(entry, "_open_app", open_app)
    if fails:
        with pytest.raises(RuntimeError):
            entry.main(["--sandbox"])
    else:
        assert entry.main(["--sandbox"]) == 0
    assert seen == [False]
    assert gc.isenabled()  # a long-running app must not grow without a collector
