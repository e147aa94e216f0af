"""`foedus eval`: the scores of EVALUATION.md on gold files, and the sentence-level suites."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--suite", type=click.Choice(["gold", "timebank", "petrarch", "plover"]), default="gold", show_default=True,
              help="gold: JSONL gold articles (EVALUATION.md); timebank: a French TimeBank Data directory; "
                   "petrarch: PETRARCH/UniversalPetrarch validation XML; plover: PLOVER GSR JSON.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="petrarch/plover: Phoenix-format actor dictionary loaded *instead of* the default KB (repeatable); "
                   "with --verbs, also the actors of the verb-dictionary coder.")
@click.option("--agents", "agent_files", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="petrarch/plover: Phoenix-format agent dictionary used with --actors (repeatable).")
@click.option("--verbs", "verb_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="PETRARCH/TABARI verb dictionary (e.g. CAMEO.2.0.txt): codes English with its verb patterns "
                   "instead of the default trigger lexicon. petrarch: defaults to the file's <Environment> Verbfile.")
@click.option("--discards", "discard_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="PETRARCH discard list used with --verbs: sentences (or, for '+' lines, whole stories) "
                   "containing a listed phrase are not coded. petrarch: defaults to the <Environment> Discardfile.")
@click.option("--limit", type=int, default=None, help="petrarch/plover: score only the first N records.")
@click.option("--by-root", is_flag=True, help="Also print event precision/recall per CAMEO root class (before the JSON line).")
def eval_command(gold: tuple[Path, ...], suite: str, actor_files: tuple[Path, ...], agent_files: tuple[Path, ...],
                 verb_file: Path | None, discard_file: Path | None, limit: int | None, by_root: bool = False) -> None:
    """Score the pipeline on GOLD files: one figure per line, then one JSON object on the last line.

    petrarch: the dictionaries named in the XML's <Environment> block (Verbfile, Actorfile,
    Agentfile, Discardfile), when present next to it, are used unless the options name others."""
    if suite == "timebank":
        from foedus.eval.timebank import print_report as print_timebank, run_timebank

        print_timebank(run_timebank(gold[0]))
        return
    dictionaries = {"actors": list(actor_files), "agents": list(agent_files),
                    "verbs": [verb_file] if verb_file else [], "discards": [discard_file] if discard_file else []}
    if suite == "petrarch":
        from foedus.eval.petrarch import read_environment

        for kind, paths in read_environment(gold[0]).items():
            dictionaries[kind] = dictionaries[kind] or paths
    if dictionaries["discards"] and not dictionaries["verbs"]:
        raise click.ClickException("--discards needs --verbs (discards apply to the verb-dictionary coder)")
    with _verb_dictionary(dictionaries):
        if suite in {"petrarch", "plover"}:
            _run_sentence_suite(suite, gold, dictionaries["actors"], dictionaries["agents"], limit)
        else:
            _run_gold(gold, by_root)


def _verb_dictionary(dictionaries: dict[str, list[Path]]):
    """A context in which English is coded with a PETRARCH verb dictionary, when one is given."""
    from contextlib import nullcontext

    if not dictionaries["verbs"]:
        return nullcontext()
    from foedus.events.petrarch_coder import load_setup, using_petrarch

    discards = dictionaries["discards"][0] if dictionaries["discards"] else None
    return using_petrarch(load_setup(dictionaries["verbs"][0], discards, dictionaries["actors"], dictionaries["agents"]))


def _run_gold(gold: tuple[Path, ...], by_root: bool) -> None:
    from foedus.annotate import annotate_article
    from foedus.eval.runner import print_report, read_gold, score

    try:
        articles = read_gold(gold)
    except ValueError as err:
        raise click.ClickException(str(err))
    with click.progressbar(length=len(articles), label="eval", file=sys.stderr) as bar:
        table: list | None = [] if by_root else None
        scores = score(articles, annotate_article, progress=lambda n, total: bar.update(1), by_root=table)
    for root, tp, n_pred, n_gold, p, r in table or []:
        click.echo(f"root {root}: tp {tp}  predicted {n_pred}  gold {n_gold}  precision {p:.2f}  recall {r:.2f}")
    print_report(scores)


def _run_sentence_suite(suite: str, files: tuple[Path, ...], actor_files: list[Path], agent_files: list[Path],
                        limit: int | None) -> None:
    from contextlib import nullcontext

    from foedus.actors.build.phoenix import validation_kb
    from foedus.actors.kb import using_kb
    from foedus.annotate import annotate_article
    from foedus.eval.runner import print_report

    if agent_files and not actor_files:
        raise click.ClickException("--agents needs --actors (the dictionaries replace the default KB together)")
    kb_context = using_kb(validation_kb(actor_files, agent_files)) if actor_files else nullcontext()
    with kb_context:
        if suite == "plover":
            from foedus.eval.plover import read_plover, run_plover

            records = [r for f in files for r in read_plover(f)][:limit]
            with click.progressbar(length=len(records), label="plover", file=sys.stderr) as bar:
                scores = run_plover(records, annotate_article, progress=bar.update)
        else:
            from foedus.eval.petrarch import read_records, run_suite, suite_language

            langs = {suite_language(f) for f in files}
            if len(langs) > 1:
                raise click.ClickException("petrarch: give files of one language per run")
            records = [r for f in files for r in read_records(f)][:limit]
            with click.progressbar(length=len(records), label="petrarch", file=sys.stderr) as bar:
                scores = run_suite(records, annotate_article, langs.pop(), progress=bar.update)
    print_report(scores)
