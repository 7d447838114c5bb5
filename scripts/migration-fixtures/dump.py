#!/usr/bin/env python3
"""Writes the DATA of a register as INSERT statements: every row of REGISTER that an empty register of the
same schema version (FRESH: migrations 001..V and nothing else) does not hold. So the code lists, division
table and workflow kinds the migrations insert are left out (running the migrations recreates them), and
what remains is what the library wrote.

Left out as well: schema_migration (running the migrations records it), SQLite's own tables, virtual tables
and their shadow tables, and the name-search index (search_*), which the library derives from the members
and enterprises and rebuilds at open when search_index_version is missing.

Usage: dump.py REGISTER FRESH OUT.sql HEADER-LINE...
"""
import sqlite3
import sys

register, fresh, out, *header = sys.argv[1:]
db = sqlite3.connect(register)
db.execute("ATTACH DATABASE ? AS fresh", (fresh,))

tables = db.execute(
    "SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' ORDER BY rowid").fetchall()
virtual = [name for name, sql in tables if sql.upper().startswith("CREATE VIRTUAL TABLE")]


def kept(name):
    if name.startswith("sqlite_") or name == "schema_migration" or name.startswith("search_"):
        return False
    return not any(name == v or name.startswith(v + "_") for v in virtual)


def q(name):
    return '"' + name.replace('"', '""') + '"'


lines = ["-- " + line for line in header]
lines.append("-- Data only, in the column order of migrations 001..V: run them first (scripts/build-migration-fixtures.sh).")
total = 0
for name, sql in tables:
    if not kept(name):
        continue
    columns = [row[1] for row in db.execute(f"PRAGMA main.table_xinfo({q(name)})") if row[6] == 0]
    without_rowid = "WITHOUT ROWID" in sql.upper()
    order = ", ".join(str(i + 1) for i in range(len(columns))) if without_rowid else "m.rowid"
    same = " AND ".join(f"f.{q(c)} IS m.{q(c)}" for c in columns)
    select = ", ".join(f"quote(m.{q(c)})" for c in columns)
    rows = db.execute(
        f"SELECT {select} FROM main.{q(name)} AS m "
        f"WHERE NOT EXISTS (SELECT 1 FROM fresh.{q(name)} AS f WHERE {same}) ORDER BY {order}").fetchall()
    if not rows:
        continue
    lines.append(f"-- {name}: {len(rows)} rows")
    # No column list: the columns are in the order migrations 001..V create them, which the test reruns.
    head = f"INSERT INTO {q(name)} VALUES"
    for row in rows:
        lines.append(f"{head}({','.join(row)});")
    total += len(rows)

with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{out}: {total} rows", file=sys.stderr)
