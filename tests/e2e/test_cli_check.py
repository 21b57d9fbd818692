"""`dualdesk check`: the guards from the command line, as DESIGN.md specifies."""

from __future__ import annotations

import json

CLEAN = "A diagnosis is a tool for treatment, not a summary of who you are."
WARN = "Flying to Denver tomorrow for the conference!"
BLOCK = "Had a client named Sarah today who cried the whole hour."


def test_clean_text_exits_0(run_cli) -> None:
    result = run_cli(["check", "--account", "professional", CLEAN])
    assert result.returncode == 0, result.stderr
    assert "No findings" in result.stdout


def test_warning_exits_1_and_prints_the_finding(run_cli) -> None:
    result = run_cli(["check", "--account", "professional", WARN])
    assert result.returncode == 1, result.stderr
    assert "whereabouts" in result.stdout and "Personal pane" in result.stdout


def test_block_exits_2_with_json_findings(run_cli) -> None:
    result = run_cli(["check", "--account", "personal", "--json", BLOCK])
    assert result.returncode == 2, result.stderr
    doc = json.loads(result.stdout)
    rules = {f["rule"]: f for f in doc["findings"]}
    assert rules["phi"]["severity"] == "block" and rules["clinical"]["severity"] == "block"
    phi = rules["phi"]
    assert BLOCK[phi["start"] : phi["end"]] == "Sarah"
    assert set(phi) == {"rule", "severity", "start", "end", "message", "advice"}


def test_text_from_stdin_and_info_only_exits_0(run_cli) -> None:
    result = run_cli(["check", "--account", "personal", "--json", "-"], stdin="see x.com/abc\n")
    assert result.returncode == 0, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "cost" and finding["severity"] == "info"


def test_profiles_from_the_store_feed_identity_links(run_cli) -> None:
    assert run_cli(["profile", "set", "professional", "--handle", "drjanedoe"]).returncode == 0
    result = run_cli(["check", "--account", "personal", "--json", "follow @DrJaneDoe"])
    assert result.returncode == 2
    assert json.loads(result.stdout)["findings"][0]["rule"] == "identity_link"


def test_jsonl_answers_each_line_and_exits_with_the_worst(run_cli) -> None:
    lines = [
        json.dumps({"account": "professional", "text": CLEAN}),
        "",
        json.dumps({"account": "professional", "text": WARN}),
        json.dumps({"account": "Personal", "text": "今日は 🙂"}),
    ]
    result = run_cli(["check", "--jsonl"], stdin="\n".join(lines) + "\n")
    assert result.returncode == 1, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 3
    assert out[0] == {"findings": []}
    assert out[1]["findings"][0]["rule"] == "whereabouts"
    assert out[2] == {"findings": []}


def test_jsonl_bad_lines_get_an_error_object_and_exit_2(run_cli) -> None:
    stdin = (
        'not json\n{"account": "work", "text": "hi"}\n{"account": "personal"}\n'
        '{"account": "personal", "text": 7}\n'
    )
    result = run_cli(["check", "--jsonl"], stdin=stdin)
    assert result.returncode == 2
    errors = [json.loads(line)["error"] for line in result.stdout.splitlines()]
    assert "line 1: not JSON" in errors[0]
    assert "unknown account 'work'" in errors[1]
    assert '"text" is missing' in errors[2]
    assert '"text" must be a string' in errors[3]
    assert "line 2" in result.stderr


def test_usage_errors_exit_2_with_a_message(run_cli) -> None:
    missing = run_cli(["check", "hello"])
    assert missing.returncode == 2 and "--account" in missing.stderr
    mixed = run_cli(["check", "--jsonl", "--account", "personal"])
    assert mixed.returncode == 2 and "--jsonl" in mixed.stderr
    bad_role = run_cli(["check", "--account", "work", "hi"])
    assert bad_role.returncode == 2 and "professional or personal" in bad_role.stderr


def test_an_unreadable_store_is_not_a_pass(run_cli, home) -> None:
    (home / "dualdesk.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_cli(["check", "--account", "personal", "hello"])
    assert result.returncode == 2
    assert "damaged" in result.stderr


def test_an_empty_text_is_an_error_not_a_pass(run_cli) -> None:
    result = run_cli(["check", "--account", "professional", "   "])
    assert result.returncode == 2
    assert "empty" in result.stderr and result.stdout == ""
    lines = json.dumps({"account": "personal", "text": ""}) + "\n"
    result = run_cli(["check", "--jsonl"], stdin=lines)
    assert result.returncode == 2
    assert "empty" in json.loads(result.stdout)["error"]


def test_a_text_too_long_to_post_is_checked_and_says_so(run_cli) -> None:
    long_text = "Sleep hygiene matters more than most people think. " * 8  # 408 characters
    result = run_cli(["check", "--account", "professional", "--json", long_text])
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["too_long"] == {"weighted": len(long_text), "limit": 280}
    assert "X will refuse it" in result.stderr
    result = run_cli(["check", "--account", "professional", CLEAN])
    assert "too_long" not in result.stdout and result.stderr == ""
    line = json.dumps({"account": "professional", "text": long_text}) + "\n"
    answer = json.loads(run_cli(["check", "--jsonl"], stdin=line).stdout)
    assert answer["too_long"]["weighted"] == len(long_text)
