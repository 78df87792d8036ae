"""What ``pipeline review`` does, behind the thin click command in pipeline/cli.py."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.review.documents import Run, load_run
from pipeline.review.gold import export_gold
from pipeline.review.page import build_page
from pipeline.review.store import append_decisions, load_decisions, write_atomic
from pipeline.review.view import page_data


def run(
    outputs_dir: Path,
    *,
    port: int,
    reviewer: str,
    decisions_path: Path,
    static_file: Path | None,
    gold_dir: Path | None,
    import_file: Path | None,
    reasons: list[str] | None = None,
) -> int:
    """Exit code 0 on success, 1 when something was reported but not done, 2 on bad input."""
    if import_file is not None:
        return import_decisions(import_file, decisions_path)
    if not (outputs_dir / "run.json").exists():
        click.echo(
            f"error: {outputs_dir}/run.json not found: "
            f"run `pipeline extract --out {outputs_dir}` first",
            err=True,
        )
        return 2
    run_ = load_run(outputs_dir)
    decisions, problems = load_decisions(decisions_path)
    for p in problems:
        click.echo(p, err=True)
    for doc in run_.documents.values():
        if doc.problem:
            click.echo(f"{doc.doc_id}: {doc.problem}", err=True)
    if gold_dir is not None:
        return write_gold(run_, decisions, gold_dir)
    if static_file is not None:
        write_atomic(
            static_file,
            build_page(
                page_data(run_, decisions, mode="static", reviewer=reviewer, reasons=reasons)
            ),
        )
        click.echo(
            f"review written to {static_file} "
            "(offline; decisions are kept in the browser and exported as JSONL)"
        )
        return 0
    return serve(run_, decisions_path, reviewer, port, reasons)


def _identity(decision: dict) -> tuple:
    """What makes a decision line the same one again (an export imported twice)."""
    return (
        decision["key"]["doc_sha256"],
        decision["record_id"],
        decision["decision"],
        decision["reviewer"],
        decision["time"],
    )


def import_decisions(import_file: Path, decisions_path: Path) -> int:
    """Append a static export's decisions not yet in the file; nothing when a line is bad."""
    lines, problems = load_decisions(import_file)
    for p in problems:
        click.echo(p, err=True)
    if problems:
        click.echo(f"error: nothing imported; fix the {len(problems)} bad line(s) first", err=True)
        return 2
    known, _ = load_decisions(decisions_path)
    seen = {_identity(d) for d in known}
    new = [d for d in lines if _identity(d) not in seen]
    append_decisions(decisions_path, new)
    click.echo(
        f"{len(new)} decision(s) appended to {decisions_path} "
        f"({len(lines) - len(new)} already there)"
    )
    return 0


def write_gold(run_: Run, decisions: list[dict], gold_dir: Path) -> int:
    """Export accepted and corrected decisions as gold lines; 1 when some could not be placed."""
    added = export_gold(run_, decisions, gold_dir)
    skipped = added.pop("skipped")
    click.echo(", ".join(f"{n} line(s) added to {gold_dir}/{name}" for name, n in added.items()))
    if skipped:
        click.echo(
            f"{skipped} accepted or corrected decision(s) could not be placed in the current texts",
            err=True,
        )
        return 1
    return 0


def serve(
    run_: Run, decisions_path: Path, reviewer: str, port: int, reasons: list[str] | None
) -> int:
    """The local review server until Ctrl-C; 2 when the port cannot be had."""
    from pipeline.review.server import ReviewApp, ReviewServer

    try:
        app = ReviewApp(run_, decisions_path, reviewer, reasons)
        server = ReviewServer(app, port, verbose=True)
    except OSError as err:
        click.echo(
            f"error: cannot listen on 127.0.0.1:{port}: {err.strerror}; try --port 0", err=True
        )
        return 2
    click.echo(
        f"reviewing {len(run_.documents)} document(s) at {server.url}  "
        f"(decisions: {decisions_path}; Ctrl-C stops)"
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
    sys.stderr.flush()
    return 0
