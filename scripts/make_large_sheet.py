#!/usr/bin/env python3
"""make_large_sheet.py N OUT.csv [SEED]: a member sheet of N synthetic rows for import measurements.

Deterministic for (N, SEED). Valid GB 11643 citizen IDs (unique), Chinese headers as Excel users write
them, UTF-8 with BOM. Used to measure `united-front import` on a million rows (see README)."""
import datetime as dt
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文红玉春梅斌志海燕林鹏飞辉宇晨欣婷浩"
COUNTIES = ("150102", "150103", "440106", "440104", "330106", "320102", "650102", "110105")
CATEGORIES = ("党外干部", "无党派人士", "新的社会阶层人士", "非公有制经济人士", "华侨、归侨及侨眷", "民主党派成员")
W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    seen = set()
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        f.write("姓名,性别,出生日期,民族,证件号码,政治面貌,学历,工作单位,职务,手机,所属区划,统战类别,类别起始日期,代表层级\r\n")
        for _ in range(n):
            while True:
                county = rng.choice(COUNTIES)
                birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(18000))
                seq = rng.randrange(1000)
                first17 = f"{county}{birth:%Y%m%d}{seq:03d}"
                if first17 not in seen:
                    seen.add(first17)
                    break
            number = first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, W)) % 11]
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            row = (name, "", "", rng.choice(("汉族", "汉族", "汉族", "蒙古族", "回族")), number,
                   rng.choice(("群众", "民盟", "民建", "九三学社", "无党派")), rng.choice(("大学本科毕业", "硕士研究生毕业")),
                   "广州华信科技有限公司", rng.choice(("董事长", "总经理", "教师")), f"13{rng.randrange(10**9):09d}",
                   county + f"{rng.randrange(1, 20):03d}", rng.choice(CATEGORIES),
                   f"{rng.randrange(2010, 2024)}-0{rng.randrange(1, 10)}-01", rng.choice(("一般", "代表人士", "后备")))
            f.write(",".join(f'"{v}"' if "、" in v else v for v in row) + "\r\n")


if __name__ == "__main__":
    main()
