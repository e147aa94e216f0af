"""`foedus` — political event data from news. Run `foedus COMMAND --help` for each command."""

from __future__ import annotations

import click

from foedus.cli.extract_cmds import demo, extract, ingest
from foedus.cli.query_cmds import actors, events, quotes
from foedus.cli.eval_cmd import eval_command
from foedus.cli.analysis_cmds import coalitions, dyads
from foedus.cli.serve_cmd import serve
from foedus.cli.corpus_cmds import bench, export


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="foedus")
def cli() -> None:
    """Foedus: who did what to whom, who said what, and which coalitions — from news text.

    \b
    Typical use:
      foedus demo                          # the bundled sample → foedus.duckdb
      foedus extract article.txt --published 2015-11-26 --format json
      foedus ingest corpus/ --db foedus.duckdb
      foedus events --actor RUS --format csv
      foedus eval ../shared/dev/*.jsonl
    """


for command in (demo, extract, ingest, events, quotes, actors, dyads, coalitions, export, serve, bench, eval_command):
    cli.add_command(command)

