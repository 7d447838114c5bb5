#!/usr/bin/env python3
"""Generate the code-list migration (schema/NNN_code_lists_*.sql) from the versioned tables in codes/.

Inputs (see codes/README.md for what each table is and where it came from):
  codes/lists.tsv      one row per list: list, title, standard, version, source
                       [, parent_list]; parent_list names the list whose codes the
                       list's `parent` column holds (default: the list itself)
  codes/<list>.tsv     one row per code: code, name, letter, english, parent, aliases
                       [, valid_from, valid_to]; aliases are separated by '|';
                       lines starting with '#' are comments; the row order is the
                       `position` (1-based) of the code in its list.
  codes/spellings.tsv  spellings real sheets use: list, alias, code, reason; each row
                       adds one alias (with the reason it is there).

Output: schema/<RELEASE>.sql (RELEASE below), plain SQLite statements that first empty
the tables code_alias, code and code_list of schema/001_core.sql and then insert every
list, code and alias. So a database that applied an earlier code-list migration and a
new one end up with exactly the same rows. The output depends only on the input files,
so running the script twice yields byte-identical output.

Shipped migrations are frozen: FROZEN_MIGRATIONS records the sha256 of every code-list
migration that has shipped; the script never writes them, and fails if one changed or if
the data drops a code one of them shipped (members store codes).

  python3 scripts/gen_code_lists.py                      # validate + write schema/<RELEASE>.sql
  python3 scripts/gen_code_lists.py --check              # exit 1 if that file is stale, is not the
                                                         # newest code-list migration, or a frozen one changed
  python3 scripts/gen_code_lists.py --refresh-countries  # rebuild codes/country.tsv
                                                         # from Debian iso-codes, then write SQL

Validation (any failure aborts with a message and exit status 1, nothing written):
  * every list in lists.tsv has a codes/<list>.tsv and vice versa;
  * header and column count of every row; no empty code or name; codes unique;
  * parents exist (in the same list, or in the list's parent_list) and parent chains
    within a list have no cycles;
  * dates, where given, are YYYY-MM-DD and valid_from <= valid_to;
  * a code whose name equals its parent's name (same list) does not get its name as an alias: the
    name resolves to the parent (GB/T 4754 门类 K and 大类 70 are both 房地产业);
  * aliases: an alias may map to one code only (compared the way SQLite's
    NOCASE collation compares, i.e. ASCII case-insensitively); an alias equal to
    its own code is dropped (the code itself is never an alias); an alias equal
    to another code of the same list is an error;
  * spellings.tsv: the list and code exist, the reason is not empty, and the alias is
    new (not already a name or alias of any code of the list, not a code);
  * every code of every frozen code-list migration is still present.

Standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import gettext
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES_DIR = os.path.join(ROOT, "codes")
SCHEMA_DIR = os.path.join(ROOT, "schema")

# The migration this script writes: the current code-list data release. It replaces all
# code-list rows of earlier migrations. Once it has shipped (is on main / in a release), it is
# frozen like the ones below: a data change then goes into a NEW migration, i.e. move this
# name with its sha256 into FROZEN_MIGRATIONS and set RELEASE to the next free
# NNN_code_lists_<year> (see codes/README.md, "A data release is a new migration").
# 019 is this release (exit_reason, issue #10); 011, 012 and 014-018 are other changes.
RELEASE = "019_code_lists_2026_12b"

# Code-list migrations that have shipped in databases, with the sha256 of their bytes. They
# are never written again; --check fails if one of them changed.
FROZEN_MIGRATIONS = {
    "002_code_lists": "d04014d8b1d9ab429e10391b540606218dd889f6f30f694794544b325e00c9b6",
    "005_code_lists_2026": "2687dd97c791461fa02ac0e189eac56154e9015a873684e42855808e1467b47c",
    "010_code_lists_2026_11": "92ebda283a075a183db27579a8eb85821c6df20a481b13a9568dbe8c8b3f4391",
    "013_code_lists_2026_12": "db7c0e111bd36864c9d763392774988231718dffcd6f126f43052ffd5b66519e",
}

# Migration names the library accepts (Migrator.isWellFormed) and the code-list ones among them.
MIGRATION_NAME = re.compile(r"^[0-9]{3}_[a-z0-9_]+$")
CODE_LIST_MIGRATION = re.compile(r"^[0-9]{3}_code_lists(_[a-z0-9_]+)?$")

LISTS_COLUMNS = ["list", "title", "standard", "version", "source"]
OPTIONAL_LISTS_COLUMNS = ["parent_list"]
SPELLINGS = "spellings.tsv"
SPELLING_COLUMNS = ["list", "alias", "code", "reason"]
CODE_COLUMNS = ["code", "name", "letter", "english", "parent", "aliases"]
OPTIONAL_CODE_COLUMNS = ["valid_from", "valid_to"]

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"

# Chinese display names of countries, in order of precedence:
#   1. COUNTRY_NAME_OVERRIDES below (project decisions, see codes/README.md);
#   2. codes/sources/country_zh_names.tsv (GB/T 2659 short names as copied from
#      GitHub tourze/gb-t-2659), unless the alpha-3 is in COUNTRY_PREFER_ISO_ZH;
#   3. the zh_CN translation shipped with Debian iso-codes.
# Every other of these strings that differs from the chosen name becomes an alias.
COUNTRY_NAME_OVERRIDES = {
    # Chinese convention for the ISO 3166-1 entries that are parts of China
    # (iso-codes zh_CN: 香港 / 澳门 / 中国台湾省; tourze copy: 中国香港 / 中国澳门 / 台湾).
    "HKG": "中国香港",
    "MAC": "中国澳门",
    "TWN": "中国台湾",
}
# The tourze copy says 巴勒斯坦领土 (CLDR's "Palestinian Territories"); ISO 3166-1 and
# the iso-codes zh_CN translation name the State of Palestine: 巴勒斯坦.
COUNTRY_PREFER_ISO_ZH = {"PSE"}
COUNTRY_ZH_NAMES = os.path.join("sources", "country_zh_names.tsv")

COUNTRY_HEADER_COMMENT = (
    "# Generated by scripts/gen_code_lists.py --refresh-countries from Debian "
    "iso-codes {version} (iso_3166-1.json + zh_CN iso_3166-1.mo) and "
    "codes/sources/country_zh_names.tsv. Do not edit by hand;"
    " name overrides live in COUNTRY_NAME_OVERRIDES in the script.\n"
)


class DataError(Exception):
    pass


# --------------------------------------------------------------------------- TSV


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def read_tsv(path: str, required: list[str], optional: list[str] = ()) -> list[dict]:
    """Read a tab-separated file with a header row; '#' lines are comments."""
    rel = os.path.relpath(path, ROOT)
    try:
        with open(path, "r", encoding="utf-8", newline="") as f:
            text = f.read()
    except OSError as e:
        raise DataError(f"{rel}: cannot read: {e}")
    if "\r" in text:
        raise DataError(f"{rel}: carriage return found; use LF line endings")
    if text.startswith("\ufeff"):
        raise DataError(f"{rel}: starts with a byte-order mark")
    header = None
    rows = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line == "" or line.startswith("#"):
            continue
        fields = [nfc(x) for x in line.split("\t")]
        if header is None:
            n = len(required)
            if fields[:n] != required or not set(fields[n:]) <= set(optional) \
                    or fields[n:] != [c for c in optional if c in fields[n:]]:
                raise DataError(
                    f"{rel}:{lineno}: header must be {required} optionally followed by "
                    f"{list(optional)}, got {fields}")
            header = fields
            continue
        if len(fields) != len(header):
            raise DataError(
                f"{rel}:{lineno}: expected {len(header)} tab-separated fields, got {len(fields)}")
        row = dict(zip(header, fields))
        for k, v in row.items():
            if v != v.strip():
                raise DataError(f"{rel}:{lineno}: field {k!r} has leading/trailing whitespace")
        row["_where"] = f"{rel}:{lineno}"
        rows.append(row)
    if header is None:
        raise DataError(f"{rel}: no header row")
    return rows


# --------------------------------------------------------------------------- aliases


def nocase_key(s: str) -> str:
    """The key SQLite's NOCASE collation compares by: ASCII letters folded only."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)


def strip_zu(name: str) -> list[str]:
    """Ethnicity: 蒙古族 -> 蒙古."""
    if len(name) > 1 and name.endswith("族"):
        return [name[:-1]]
    return []


# Extra alias rules per list, applied after name, letter and english.
LIST_ALIAS_RULES = {
    "ethnicity": strip_zu,
}


def candidate_aliases(list_id: str, row: dict) -> list[str]:
    out = [row["name"]]
    if row["letter"]:
        out.append(row["letter"])
    if row["english"]:
        out.append(row["english"])
    rule = LIST_ALIAS_RULES.get(list_id)
    if rule:
        out.extend(rule(row["name"]))
    if row["aliases"]:
        for a in row["aliases"].split("|"):
            a = a.strip()
            if not a:
                raise DataError(f"{row['_where']}: empty alias in {row['aliases']!r}")
            out.append(a)
    return out


# --------------------------------------------------------------------------- validation


def check_date(value: str, where: str, column: str) -> None:
    if not value:
        return
    try:
        d = datetime.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{where}: {column} {value!r} is not a YYYY-MM-DD date")
    if d.isoformat() != value:
        raise DataError(f"{where}: {column} {value!r} is not a YYYY-MM-DD date")


def build_list(meta: dict, rows: list[dict], spellings: list[dict]) -> dict:
    list_id = meta["list"]
    parent_list = meta.get("parent_list") or ""
    if not rows:
        raise DataError(f"codes/{list_id}.tsv: no codes")
    codes = {}
    for row in rows:
        where = row["_where"]
        for col in ("code", "name"):
            if not row[col]:
                raise DataError(f"{where}: empty {col}")
        code = row["code"]
        if code in codes:
            raise DataError(f"{where}: duplicate code {code!r} (first at {codes[code]['_where']})")
        row.setdefault("valid_from", "")
        row.setdefault("valid_to", "")
        check_date(row["valid_from"], where, "valid_from")
        check_date(row["valid_to"], where, "valid_to")
        if row["valid_from"] and row["valid_to"] and row["valid_from"] > row["valid_to"]:
            raise DataError(f"{where}: valid_from is after valid_to")
        codes[code] = row

    code_keys = {}
    for code in codes:
        k = nocase_key(code)
        if k in code_keys:
            raise DataError(
                f"codes/{list_id}.tsv: codes {code_keys[k]!r} and {code!r} differ only in case")
        code_keys[k] = code

    # Parents in another list (parent_list) are checked by load_all, which sees every list.
    for code, row in codes.items():
        parent = row["parent"]
        if not parent or parent_list:
            continue
        if parent not in codes:
            raise DataError(f"{row['_where']}: parent {parent!r} of {code!r} is not a code of {list_id}")
        seen = {code}
        p = parent
        while p:
            if p in seen:
                raise DataError(f"{row['_where']}: parent chain of {code!r} has a cycle")
            seen.add(p)
            p = codes[p]["parent"]

    aliases = {}  # nocase key -> (alias as first written, code, where)
    alias_rows = []
    for position, row in enumerate(rows, start=1):
        code = row["code"]
        row["position"] = position
        # A code named like its parent (GB/T 4754: 门类 K 房地产业 and its only 大类 70 房地产业) leaves the
        # name to the parent: the text resolves to the parent, the child answers to its code and aliases.
        parent_row = codes.get(row["parent"]) if row["parent"] and not parent_list else None
        shares_parent_name = parent_row is not None and parent_row["name"] == row["name"]
        for a in candidate_aliases(list_id, row):
            if shares_parent_name and a == row["name"]:
                continue
            if "\t" in a or "\n" in a:
                raise DataError(f"{row['_where']}: alias {a!r} contains a tab or newline")
            k = nocase_key(a)
            if k == nocase_key(code):
                continue  # the code itself is never an alias
            if k in code_keys:
                raise DataError(
                    f"{row['_where']}: alias {a!r} of code {code!r} equals code "
                    f"{code_keys[k]!r} of list {list_id} (ambiguous)")
            if k in aliases:
                first, other, other_where = aliases[k]
                if other != code:
                    raise DataError(
                        f"duplicate alias in list {list_id}: {a!r} ({row['_where']}) maps to "
                        f"{code!r} but {first!r} ({other_where}) maps to {other!r}")
                continue
            aliases[k] = (a, code, row["_where"])
            alias_rows.append((a, code))

    # Spellings real sheets use (codes/spellings.tsv): stricter than the list's own aliases,
    # because each row is a claim that needs its reason: it must add a new, unambiguous alias.
    for sp in spellings:
        where, a, code = sp["_where"], sp["alias"], sp["code"]
        for col in SPELLING_COLUMNS:
            if not sp[col]:
                raise DataError(f"{where}: empty {col}")
        if code not in codes:
            raise DataError(f"{where}: {code!r} is not a code of {list_id}")
        if "|" in a:
            raise DataError(f"{where}: one alias per row, got {a!r}")
        k = nocase_key(a)
        if k == nocase_key(code):
            raise DataError(f"{where}: alias {a!r} is the code itself")
        if k in code_keys:
            raise DataError(
                f"{where}: alias {a!r} of code {code!r} equals code {code_keys[k]!r} of list "
                f"{list_id} (ambiguous)")
        if k in aliases:
            first, other, other_where = aliases[k]
            if other != code:
                raise DataError(
                    f"{where}: alias {a!r} would map to {code!r}, but {first!r} ({other_where}) "
                    f"already maps to {other!r} in list {list_id} (ambiguous)")
            raise DataError(
                f"{where}: alias {a!r} of {code!r} is already there ({other_where}); remove the row")
        aliases[k] = (a, code, where)
        alias_rows.append((a, code))
    return {"meta": meta, "rows": rows, "codes": codes, "aliases": alias_rows}


def load_spellings(codes_dir: str, ids: list[str]) -> dict[str, list[dict]]:
    path = os.path.join(codes_dir, SPELLINGS)
    by_list = {i: [] for i in ids}
    for row in read_tsv(path, SPELLING_COLUMNS):
        if row["list"] not in by_list:
            raise DataError(f"{row['_where']}: {row['list']!r} is not a list of codes/lists.tsv")
        by_list[row["list"]].append(row)
    return by_list


def load_all(codes_dir: str) -> tuple[list[dict], list[str]]:
    lists_path = os.path.join(codes_dir, "lists.tsv")
    metas = read_tsv(lists_path, LISTS_COLUMNS, OPTIONAL_LISTS_COLUMNS)
    ids = []
    for m in metas:
        for col in LISTS_COLUMNS:
            if not m[col]:
                raise DataError(f"{m['_where']}: empty {col}")
        if m["list"] in ids:
            raise DataError(f"{m['_where']}: duplicate list {m['list']!r}")
        ids.append(m["list"])
    present = sorted(
        f[:-4] for f in os.listdir(codes_dir)
        if f.endswith(".tsv") and f not in ("lists.tsv", SPELLINGS))
    missing = [i for i in ids if i not in present]
    extra = [p for p in present if p not in ids]
    if missing:
        raise DataError(f"codes/lists.tsv names lists without a TSV: {missing}")
    if extra:
        raise DataError(f"codes/ has TSVs not named in codes/lists.tsv: {extra}")
    spellings = load_spellings(codes_dir, ids)
    built = []
    inputs = [lists_path]
    for m in metas:
        path = os.path.join(codes_dir, m["list"] + ".tsv")
        inputs.append(path)
        built.append(build_list(m, read_tsv(path, CODE_COLUMNS, OPTIONAL_CODE_COLUMNS),
                                spellings[m["list"]]))
    inputs.append(os.path.join(codes_dir, SPELLINGS))

    by_id = {b["meta"]["list"]: b for b in built}
    for b in built:
        m = b["meta"]
        parent_list = m.get("parent_list") or ""
        if not parent_list:
            continue
        if parent_list == m["list"] or parent_list not in by_id:
            raise DataError(f"{m['_where']}: parent_list {parent_list!r} is not another list")
        for row in b["rows"]:
            if row["parent"] and row["parent"] not in by_id[parent_list]["codes"]:
                raise DataError(f"{row['_where']}: parent {row['parent']!r} of {row['code']!r} "
                                f"is not a code of {parent_list}")
    return built, inputs


def check_codes_kept(built: list[dict], schema_dir: str) -> None:
    """Members store codes: every code a shipped migration inserted must still be there."""
    have = {(b["meta"]["list"], code) for b in built for code in b["codes"]}
    for name in sorted(FROZEN_MIGRATIONS):
        db = sqlite3.connect(":memory:")
        try:
            db.executescript(
                "CREATE TABLE code_list(list, title, standard, version, source);"
                "CREATE TABLE code(list, code, name, letter, english, parent, position,"
                " valid_from, valid_to);"
                "CREATE TABLE code_alias(list, alias, code);")
            with open(os.path.join(schema_dir, name + ".sql"), encoding="utf-8") as f:
                db.executescript(f.read())
            shipped = db.execute("SELECT list, code FROM code ORDER BY list, code").fetchall()
        except (OSError, sqlite3.Error) as e:
            raise DataError(f"schema/{name}.sql: cannot read its codes: {e}")
        finally:
            db.close()
        gone = [f"{l}/{c}" for l, c in shipped if (l, c) not in have]
        if gone:
            raise DataError(
                f"codes shipped in schema/{name}.sql are missing from codes/: {gone}; never "
                "remove or renumber a code (members store it): give it a valid_to instead")


# --------------------------------------------------------------------------- SQL


def sql_str(v) -> str:
    if v is None or v == "":
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def render_sql(built: list[dict], inputs: list[str]) -> str:
    digest = hashlib.sha256()
    for path in inputs:
        digest.update(os.path.relpath(path, ROOT).encode("utf-8") + b"\0")
        with open(path, "rb") as f:
            digest.update(f.read())
        digest.update(b"\0")
    out = []
    out.append(f"-- {RELEASE}.sql: national and project code lists, the complete data of this release.")
    out.append("-- GENERATED by scripts/gen_code_lists.py from codes/*.tsv. DO NOT EDIT:")
    out.append("-- change the TSVs (see codes/README.md) and run python3 scripts/gen_code_lists.py.")
    out.append("-- It first empties the code tables, so that a database that applied an earlier code-list")
    out.append(f"-- migration ({', '.join(sorted(FROZEN_MIGRATIONS))}) ends up with exactly the rows of a new one.")
    out.append("-- Input digest (sha256 over codes/lists.tsv, the list TSVs and codes/spellings.tsv): "
               + digest.hexdigest())
    out.append("--")
    for b in built:
        m = b["meta"]
        out.append(f"-- {m['list']}: {len(b['rows'])} codes, {len(b['aliases'])} aliases"
                   f" ({m['standard']}, version {m['version']})")
    out.append("")
    out.append("-- code_alias refers to code, code to code_list: delete in that order.")
    out.append("DELETE FROM code_alias;")
    out.append("DELETE FROM code;")
    out.append("DELETE FROM code_list;")
    for b in built:
        m = b["meta"]
        out.append("")
        out.append(f"-- {m['list']}: {m['title']}")
        out.append(
            "INSERT INTO code_list (list, title, standard, version, source) VALUES ("
            + ", ".join(sql_str(m[c]) for c in LISTS_COLUMNS) + ");")
        for r in b["rows"]:
            vals = [m["list"], r["code"], r["name"], r["letter"], r["english"], r["parent"],
                    r["position"], r["valid_from"], r["valid_to"]]
            out.append(
                "INSERT INTO code (list, code, name, letter, english, parent, position, "
                "valid_from, valid_to) VALUES (" + ", ".join(sql_str(v) for v in vals) + ");")
        for alias, code in b["aliases"]:
            out.append(
                "INSERT INTO code_alias (list, alias, code) VALUES ("
                + ", ".join(sql_str(v) for v in (m["list"], alias, code)) + ");")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- migrations


def file_sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def release_path(schema_dir: str) -> str:
    return os.path.join(schema_dir, RELEASE + ".sql")


def check_migrations(schema_dir: str, *, release_must_exist: bool) -> None:
    """Shipped code-list migrations are unchanged, and RELEASE is the newest code-list migration."""
    names = list(FROZEN_MIGRATIONS) + [RELEASE]
    for name in names:
        if not MIGRATION_NAME.match(name) or not CODE_LIST_MIGRATION.match(name):
            raise DataError(f"{name!r} is not a code-list migration name (NNN_code_lists[_name])")
    if any(name[:3] >= RELEASE[:3] for name in FROZEN_MIGRATIONS):
        raise DataError(f"RELEASE {RELEASE} must be numbered after every frozen migration")
    for name, expected in sorted(FROZEN_MIGRATIONS.items()):
        path = os.path.join(schema_dir, name + ".sql")
        try:
            actual = file_sha256(path)
        except OSError as e:
            raise DataError(f"frozen migration schema/{name}.sql cannot be read: {e}")
        if actual != expected:
            raise DataError(
                f"schema/{name}.sql has shipped and is frozen, but its bytes changed (sha256 "
                f"{actual}, recorded {expected}); restore it (git checkout) and put data changes "
                f"into {RELEASE}.sql")
    present = sorted(f[:-4] for f in os.listdir(schema_dir)
                     if f.endswith(".sql") and CODE_LIST_MIGRATION.match(f[:-4]))
    unknown = [p for p in present if p not in names]
    if unknown:
        raise DataError(f"schema/ has code-list migrations this script does not know: {unknown}; "
                        f"it writes {RELEASE} (see RELEASE and FROZEN_MIGRATIONS in the script)")
    numbers = [f[:3] for f in os.listdir(schema_dir) if f.endswith(".sql")]
    if numbers.count(RELEASE[:3]) > (1 if RELEASE in present else 0):
        raise DataError(f"migration number {RELEASE[:3]} of {RELEASE} is taken by another migration")
    if release_must_exist and RELEASE not in present:
        raise DataError(f"schema/{RELEASE}.sql is missing; run python3 scripts/gen_code_lists.py")


# --------------------------------------------------------------------------- countries


def iso_codes_version() -> str:
    try:
        v = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        raise DataError(f"cannot read the iso-codes version with dpkg-query ({e}); "
                        "pass --iso-codes-version")
    if not v:
        raise DataError("dpkg-query returned no iso-codes version; pass --iso-codes-version")
    return v


def refresh_countries(codes_dir: str, iso_json: str, locale_dir: str, version: str) -> None:
    try:
        with open(iso_json, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except (OSError, KeyError, ValueError) as e:
        raise DataError(f"{iso_json}: cannot load ISO 3166-1 data: {e}")
    try:
        tr = gettext.translation("iso_3166-1", localedir=locale_dir, languages=["zh_CN"])
    except OSError as e:
        raise DataError(f"no zh_CN translation of iso_3166-1 under {locale_dir}: {e}")

    def zh(s: str) -> str:
        return nfc(tr.gettext(s)) if s else ""

    zh_names = {}
    for r in read_tsv(os.path.join(codes_dir, COUNTRY_ZH_NAMES), ["alpha_2", "name"]):
        if r["alpha_2"] in zh_names:
            raise DataError(f"{r['_where']}: duplicate alpha_2 {r['alpha_2']!r}")
        zh_names[r["alpha_2"]] = r["name"]
    known = {e["alpha_2"] for e in entries}
    unknown = sorted(set(zh_names) - known)
    if unknown:
        raise DataError(f"codes/{COUNTRY_ZH_NAMES}: alpha-2 codes not in iso-codes: {unknown}")
    for a3 in list(COUNTRY_NAME_OVERRIDES) + sorted(COUNTRY_PREFER_ISO_ZH):
        if a3 not in {e["alpha_3"] for e in entries}:
            raise DataError(f"country override for {a3!r}, which is not in iso-codes")

    lines = []
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        a3, a2, num, en = e["alpha_3"], e["alpha_2"], e["numeric"], nfc(e["name"])
        zh_name = zh(e["name"])
        if zh_name == e["name"]:
            raise DataError(f"iso-codes: no zh_CN translation for {e['name']!r}")
        gbt_name = zh_names.get(a2, "")
        if not gbt_name:
            print(f"warning: {a3} has no entry in codes/{COUNTRY_ZH_NAMES}; "
                  f"using the iso-codes zh_CN name {zh_name}", file=sys.stderr)
        if a3 in COUNTRY_NAME_OVERRIDES:
            name = COUNTRY_NAME_OVERRIDES[a3]
        elif gbt_name and a3 not in COUNTRY_PREFER_ISO_ZH:
            name = gbt_name
        else:
            name = zh_name
        extra = [num, gbt_name, zh_name]
        for key in ("official_name", "common_name"):
            if e.get(key):
                extra.append(nfc(e[key]))
                t = zh(e[key])
                if t != e[key]:
                    extra.append(t)
        aliases = []
        for a in extra:
            if a and a not in (name, en, a2, a3) and a not in aliases:
                aliases.append(a)
        for field in (a3, name, a2, en) + tuple(aliases):
            if "\t" in field or "\n" in field or "|" in field:
                raise DataError(f"iso-codes: unexpected separator in {field!r}")
        lines.append("\t".join([a3, name, a2, en, "", "|".join(aliases)]))
    path = os.path.join(codes_dir, "country.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(COUNTRY_HEADER_COMMENT.format(version=version))
        f.write("\t".join(CODE_COLUMNS) + "\n")
        f.write("\n".join(lines) + "\n")

    # Record the data version in lists.tsv, leaving every other line untouched.
    lists_path = os.path.join(codes_dir, "lists.tsv")
    with open(lists_path, encoding="utf-8", newline="") as f:
        text = f.read()
    out, found = [], False
    for line in text.split("\n"):
        fields = line.split("\t")
        if fields[0] == "country" and len(fields) >= len(LISTS_COLUMNS):
            fields[3] = version
            fields[4] = (f"Debian package iso-codes {version}: /usr/share/iso-codes/json/"
                         "iso_3166-1.json + zh_CN iso_3166-1.mo; Chinese names: codes/"
                         f"{COUNTRY_ZH_NAMES} (GitHub tourze/gb-t-2659); not checked against "
                         "the text of GB/T 2659.1-2022")
            line = "\t".join(fields)
            found = True
        out.append(line)
    if not found:
        raise DataError("codes/lists.tsv has no 'country' row to update")
    with open(lists_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print(f"wrote {os.path.relpath(path, ROOT)}: {len(lines)} entries (iso-codes {version})",
          file=sys.stderr)


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--codes-dir", default=CODES_DIR)
    ap.add_argument("--schema-dir", default=SCHEMA_DIR,
                    help=f"where the migrations are; the script writes <schema-dir>/{RELEASE}.sql")
    ap.add_argument("--check", action="store_true",
                    help=f"do not write; exit 1 if {RELEASE}.sql differs from what would be generated, "
                         "is not the newest code-list migration, or a frozen migration changed")
    ap.add_argument("--refresh-countries", action="store_true",
                    help="regenerate codes/country.tsv from Debian iso-codes first")
    ap.add_argument("--iso-codes-json", default=ISO_JSON)
    ap.add_argument("--locale-dir", default=LOCALE_DIR)
    ap.add_argument("--iso-codes-version", help="default: dpkg-query -W iso-codes")
    args = ap.parse_args(argv)
    output = release_path(args.schema_dir)
    try:
        if args.refresh_countries:
            if args.check:
                raise DataError("--check and --refresh-countries do not go together")
            version = args.iso_codes_version or iso_codes_version()
            refresh_countries(args.codes_dir, args.iso_codes_json, args.locale_dir, version)
        check_migrations(args.schema_dir, release_must_exist=args.check)
        built, inputs = load_all(args.codes_dir)
        check_codes_kept(built, args.schema_dir)
        sql = render_sql(built, inputs)
    except DataError as e:
        print(f"gen_code_lists: ERROR: {e}", file=sys.stderr)
        return 1
    if args.check:
        with open(output, encoding="utf-8", newline="") as f:
            current = f.read()
        if current != sql:
            print(f"gen_code_lists: {os.path.relpath(output, ROOT)} is out of date; "
                  "run python3 scripts/gen_code_lists.py", file=sys.stderr)
            return 1
        print(f"gen_code_lists: {os.path.relpath(output, ROOT)} is up to date and the newest "
              "code-list migration; frozen migrations unchanged", file=sys.stderr)
        return 0
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write(sql)
    for b in built:
        print(f"{b['meta']['list']}: {len(b['rows'])} codes, {len(b['aliases'])} aliases",
              file=sys.stderr)
    print(f"wrote {os.path.relpath(output, ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
