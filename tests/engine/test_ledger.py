"""The ledger's group commits write exactly the rows of per-article `store_annotation`, and a
group is all-or-nothing: nothing is visible before `flush`, everything after."""

from __future__ import annotations

from pathlib import Path

from foedus.engine.worker import process_article
from foedus.records import Article
from foedus.store.db import connect, store_annotation
from foedus.store.runs import RunLedger

TABLES = ("articles", "mentions", "quotes", "events", "timexes", "places")
TEXTS = (
    "Le président François Hollande a reçu jeudi à Paris le président russe Vladimir Poutine. "
    "« Nous devons frapper ensemble l'État islamique », a déclaré M. Hollande devant la presse.",
    "Le 24 novembre 2015, la Turquie a abattu un avion russe près de la frontière syrienne. "
    "Moscou a condamné cette attaque et annoncé des sanctions contre Ankara.",
)


def rows(con, table: str) -> list[tuple]:
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if not r[0].endswith("_at")]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return sorted(con.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)


def test_group_commit_writes_the_rows_of_store_annotation(tmp_path: Path):
    anns = []
    for i, text in enumerate(TEXTS):
        result = process_article(Article(id=f"a{i}", text=text, language="fr", published="2015-11-26",
                                          origin=f"a{i}.txt"))
        assert result.status == "done"
        anns.append(result.annotation)
    assert sum(len(a.mentions) + len(a.events) + len(a.timexes) for a in anns) > 0

    one = connect(tmp_path / "one.duckdb")
    for ann in anns:
        assert store_annotation(one, ann)

    grouped = connect(tmp_path / "grouped.duckdb")
    committed: list[int] = []
    ledger = RunLedger(grouped, commit_every=10, commit_seconds=3600, on_commit=committed.append)
    for ann in anns:
        assert ledger.write_article(ann, "done", None, 128)
    assert not ledger.write_article(anns[0], "done", None, 128)  # same content, not yet committed
    assert grouped.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # nothing before flush
    assert ledger.flush() == 3 and committed == [3]

    for table in TABLES:
        assert rows(grouped, table) == rows(one, table), table
    status = dict(grouped.execute("SELECT origin, status FROM article_status").fetchall())
    assert status == {"a0.txt": "duplicate", "a1.txt": "done"}  # the last write of an origin wins
    one.close()
    grouped.close()
