"""Leave-one-part-out measurement of the learned clinical/whereabouts backstop.

For every corpus part: train the model on the other parts (its threshold
chosen by cross-validation inside those parts only), test on the held-out
part, and count recall and benign-professional false alarms for the rules
alone, the model alone, and rules OR model.

Today's rules were tuned on every part but G and S, so "rules" on those
parts is optimistic. `--first-run=DIR` replaces them with what the rules
said at each part's first run, before any tuning on it (dumps written by
`python -m bench.first_run_rules DIR`); `--earlier-only` then also trains
the model only on the parts written before the held-out one, exactly the
position the rules were in.

The clinical model is asked about personal drafts too, against its personal
threshold (chosen like the other, inside the training parts); "personal FP
of the clinical model" is its firing rate on the personal posts without a
clinical label.

"rules OR model, 2nd" also applies the model's second opinion: a clinical
rule hit on a professional post without a phi hit (so a warning, not a
block) is dropped when the model scores it under CLINICAL_SECOND_OPINION.

Run: python -m bench.learned_backstop_eval [--first-run=DIR] [--earlier-only]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from bench.guards_accuracy import HELD_OUT
from bench.train_guard_model import (
    MODELLED,
    PARTS,
    Model,
    Row,
    applies,
    fit,
    load_rows,
    quiet_personal,
)
from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.learned_second_opinion import CLINICAL_SECOND_OPINION

FirstRun = dict[tuple[str, str], tuple[frozenset[str], bool]]
#: Series of two-letter parts in the order they were written, after A-Z and ZA-ZX.
_LATER_SERIES = ("y", "x", "w", "v", "u", "t", "s", "r", "q", "p", "o", "n", "m", "l", "k")


def _written_key(part: str) -> tuple[int, str]:
    """Sort key: A-Z and ZA-ZX alphabetically, then the Y- to K-series."""
    if len(part) > 1 and part[0] in _LATER_SERIES:
        return 1 + _LATER_SERIES.index(part[0]), part
    return 0, part


#: Order the parts were written in (G was set aside): the rules' training history.
WRITTEN = tuple(sorted((p for p in PARTS if p != "g"), key=_written_key))


def load_first_run(folder: Path) -> FirstRun:
    """Return what the rules said at each part's first run, per (part, text)."""
    out: FirstRun = {}
    for path in sorted(folder.glob("*.json")):
        for doc in json.loads(path.read_text(encoding="utf-8")):
            out[(path.stem, doc["text"])] = (frozenset(doc["fired"]), bool(doc["warned"]))
    return out


def training_rows(rows: list[Row], part: str, earlier_only: bool) -> list[Row]:
    """Return the rows a model tested on `part` may learn from."""
    if earlier_only:
        before = set(WRITTEN[: WRITTEN.index(part)])
        return [r for r in rows if r.part in before]
    return [r for r in rows if r.part != part]


def fires(rule: Rule, model: Model, row: Row) -> bool:
    """Whether `model`, the one for `rule`, warns on `row` as `learned.check` would.

    The clinical model judges personal posts against its personal threshold.
    """
    if model.personal_threshold is not None and row.account is Role.PERSONAL:
        return model.score(row.grams) >= model.personal_threshold
    return applies(rule, row) and model.score(row.grams) >= model.threshold


def softened(row: Row, clinical_score: float) -> bool:
    """Whether the second opinion turns this row's clinical rule warning into a note."""
    return (
        row.account is Role.PROFESSIONAL
        and Rule.CLINICAL.value in row.rules_fired
        and Rule.PHI.value not in row.rules_fired
        and clinical_score < CLINICAL_SECOND_OPINION
    )


def count_part(
    test: list[Row], fired: dict[Rule, set[int]], soft: set[int] | None = None
) -> Counter[str]:
    """Return the counts for one held-out part, per rule and for benign professional posts.

    `soft` holds the rows whose clinical warning the second opinion softens.
    """
    soft = soft or set()
    c: Counter[str] = Counter()
    for rule in MODELLED:
        for i, r in enumerate(test):
            if rule.value not in r.labels:
                continue
            by_rules = rule.value in r.rules_fired
            by_model = i in fired[rule]
            kept = by_rules and not (rule is Rule.CLINICAL and i in soft)
            c[f"{rule}:pos"] += 1
            c[f"{rule}:rules"] += by_rules
            c[f"{rule}:model"] += by_model
            c[f"{rule}:both"] += by_rules or by_model
            c[f"{rule}:soft"] += kept or by_model
    for i, r in enumerate(test):
        if r.benign_professional:
            by_model = any(i in fired[rule] for rule in MODELLED)
            others = r.rules_fired - {Rule.COST.value, Rule.CLINICAL.value}
            rules_after = r.rules_warned and (i not in soft or bool(others))
            c["benign"] += 1
            c["fp:rules"] += r.rules_warned
            c["fp:model"] += by_model
            c["fp:both"] += r.rules_warned or by_model
            c["fp:soft"] += rules_after or by_model
        if quiet_personal(r):
            c["personal quiet"] += 1
            c["fp:personal model"] += i in fired[Rule.CLINICAL]
    return c


def _r(c: Counter[str], key: str, den: str) -> str:
    return f"{c[key] / c[den]:.2f}" if c[den] else "-"


def evaluate(rows: list[Row], parts: tuple[str, ...], earlier_only: bool = False) -> str:
    """Return the per-part and summary tables as Markdown."""
    lines = [
        "| part | clinical n | rules | model | OR | whereabouts n | rules | model | OR "
        "| thresholds | benign pro n | FP rules | FP model | FP OR |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    per_part = []
    for part in parts:
        test = [r for r in rows if r.part == part]
        models = {rule: fit(rule, training_rows(rows, part, earlier_only)) for rule in MODELLED}
        fired = {
            rule: {i for i, r in enumerate(test) if fires(rule, m, r)}
            for rule, m in models.items()
        }
        soft = {i for i, r in enumerate(test) if softened(r, models[Rule.CLINICAL].score(r.grams))}
        c = count_part(test, fired, soft)
        per_part.append(c)
        cells = [f"{part.upper()}{' (held out)' if part in HELD_OUT else ''}"]
        for rule in MODELLED:
            cells += [str(c[f"{rule}:pos"])]
            cells += [_r(c, f"{rule}:{k}", f"{rule}:pos") for k in ("rules", "model", "both")]
        cells.append(" / ".join(f"{m.threshold:.2f}" for m in models.values()))
        cells.append(str(c["benign"]))
        cells += [_r(c, f"fp:{k}", "benign") for k in ("rules", "model", "both")]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", summary(per_part)]
    return "\n".join(lines)


def summary(per_part: list[Counter[str]]) -> str:
    """Return mean-over-parts and pooled recall and benign FP as a Markdown table."""
    pooled: Counter[str] = sum(per_part, Counter())
    lines = [
        "| measure | mean over parts | pooled |",
        "|---|---|---|",
    ]
    rows = [
        (f"{rule} recall, {k}", f"{rule}:{k}", f"{rule}:pos")
        for rule in MODELLED
        for k in ("rules", "model", "both", "soft")
    ]
    rows += [
        (f"benign pro FP, {k}", f"fp:{k}", "benign") for k in ("rules", "model", "both", "soft")
    ]
    rows.append(("personal FP of the clinical model", "fp:personal model", "personal quiet"))
    for label, key, den in rows:
        ratios = [c[key] / c[den] for c in per_part if c[den]]
        name = label.replace("both", "rules OR model").replace("soft", "rules OR model, 2nd")
        lines.append(
            f"| {name} | {sum(ratios) / len(ratios):.3f} | {pooled[key] / pooled[den]:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the leave-one-part-out tables."""
    rows = load_rows()
    dumps = [a.split("=", 1)[1] for a in argv if a.startswith("--first-run=")]
    if not dumps:
        print(evaluate(rows, PARTS))
        return 0
    first_run = load_first_run(Path(dumps[0]))
    parts = tuple(sorted({p for p, _ in first_run}))
    rows = [
        replace(
            r,
            rules_fired=first_run[(r.part, r.text)][0],
            rules_warned=first_run[(r.part, r.text)][1],
        )
        if (r.part, r.text) in first_run
        else r
        for r in rows
    ]
    print(evaluate(rows, parts, earlier_only="--earlier-only" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
