"""`foedus eval`: the scores of EVALUATION.md on gold files, and the sentence-level suites."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--suite", type=click.Choice(["gold", "timebank", "petrarch", "plover"]), default="gold", show_default=True,
              help="gold: JSONL gold articles (EVALUATION.md); timebank: a French TimeBank Data directory.")
def eval_command(gold: tuple[Path, ...], suite: str) -> None:
    """Score the pipeline on GOLD files: one figure per line, then one JSON object on the last line."""
    if suite == "timebank":
        from foedus.eval.timebank import print_report as print_timebank, run_timebank

        print_timebank(run_timebank(gold[0]))
        return
    if suite in {"petrarch", "plover"}:
        raise click.ClickException(f"suite {suite!r} is not implemented yet (English coder pending)")
    from foedus.annotate import annotate_article
    from foedus.eval.runner import print_report, read_gold, score

    try:
        articles = read_gold(gold)
    except ValueError as err:
        raise click.ClickException(str(err))
    with click.progressbar(length=len(articles), label="eval", file=sys.stderr) as bar:
        scores = score(articles, annotate_article, progress=lambda n, total: bar.update(1))
    print_report(scores)
