#!/usr/bin/env python3
"""Writes the sample member sheets in examples/data/.

    python3 examples/data/generate.py

members-utf8.csv        the sample sheet, UTF-8 without BOM
members-utf8-bom.csv    the same bytes after a UTF-8 byte order mark (as Excel's "CSV UTF-8" saves)
members-gb18030.csv     the same text in GB18030 (as Excel on Chinese Windows saves "CSV")
members-bad-rows.csv    a sheet with good and bad rows; members-bad-rows.expected.json is its report

The people are invented. Citizen ID numbers get their GB 11643 check character computed here; the
address codes are real GB/T 2260 codes (150102 呼和浩特市新城区, 150105 赛罕区, 650102 乌鲁木齐市天山区,
350583 南安市, 110105 北京市朝阳区). The sheet mixes what Excel users type: names and codes (男 / 1,
蒙古族 / 02), every date form the importer accepts, empty sex and birth date where the ID gives them,
a quoted cell with a comma and a line break, and categories whose names themselves contain 、.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def citizen_id(address, born, sequence):
    """A GB 11643 number: 6-digit address, YYYYMMDD, 3-digit sequence (odd = male), check character."""
    seventeen = f"{address}{born.replace('-', '')}{sequence:03d}"
    total = sum(int(d) * w for d, w in zip(seventeen, WEIGHTS))
    return seventeen + "10X98765432"[total % 11]


HEADER = ["姓名", "曾用名", "性别", "出生日期", "民族", "籍贯", "证件类型", "证件号码", "政治面貌", "学历",
          "工作单位", "职务", "职级", "手机", "所属区划", "统战类别", "类别起始日期", "代表层级", "备注"]

PEOPLE = [
    # 姓名, 曾用名, 性别, 出生日期, 民族, 籍贯, 证件类型, 证件号码, 政治面貌, 学历, 工作单位, 职务, 职级, 手机, 所属区划, 统战类别, 类别起始日期, 代表层级, 备注
    ["乌云其木格", "", "", "", "蒙古族", "内蒙古锡林郭勒盟", "", citizen_id("150102", "1978-03-15", 24),
     "民盟", "博士研究生毕业", "内蒙古大学蒙古学学院", "教授", "", "13947112345", "150102",
     "民主党派成员、党外知识分子、少数民族人士", "2015-06-01", "代表人士", "盟市级政协委员"],
    ["阿依古丽·买买提", "", "女", "1990/2/14", "维吾尔族", "新疆喀什", "居民身份证", citizen_id("650102", "1990-02-14", 128),
     "群众", "大学本科毕业", "新城区艾特文化传媒工作室", "负责人", "", "13899123456", "150102",
     "新的社会阶层人士、少数民族人士", "2021.09.01", "一般", ""],
    ["王建国", "王建郭", "1", "19650708", "汉族", "山西忻州", "身份证", citizen_id("150102", "1965-07-08", 13),
     "民建", "大学本科毕业", "呼和浩特市青城乳业有限公司", "董事长", "", "13804710001", "150102",
     "非公有制经济人士", "2010年5月1日", "重点代表人士", "区工商联副主席"],
    ["张丽华", "", "", "1972-11-30", "01", "内蒙古包头", "", citizen_id("150105", "1972-11-30", 46),
     "无党派民主人士", "硕士研究生毕业", "呼和浩特市第一医院", "主任医师", "", "13500471122", "150105",
     "无党派人士", "2018-12", "代表人士", "2018年经市委统战部认定"],
    ["李明", "", "男", "", "汉族", "内蒙古呼和浩特", "", citizen_id("150102", "1981-05-06", 17),
     "九三学社", "硕士研究生毕业", "新城区教育局", "副局长", "副科级", "15904710333", "150102",
     "党外干部、民主党派成员", "2021/3/1", "后备", ""],
    ["陈志强", "", "男", "1975-08-20", "汉族", "福建南安", "护照", "E12345678",
     "群众", "大学专科毕业", "新加坡南洋贸易有限公司", "总经理", "", "", "150102",
     "华侨、归侨及侨眷", "2019-04-01", "一般", "旅居新加坡,每年回乡探亲"],
    ["刘芳", "", "女", "1985年10月3日", "回族", "宁夏银川", "", citizen_id("150102", "1985-10-03", 62),
     "群众", "大学本科毕业", "新城区东街街道社区卫生服务中心", "护士长", "", "18647100088", "150102001",
     "少数民族人士", "2020-01-01", "", ""],
    ["巴特尔", "", "1", "1988-01-21", "02", "内蒙古通辽", "", citizen_id("150102", "1988-01-21", 35),
     "群众", "大学本科毕业", "草原新媒体中心", "主播", "", "13171234567", "150102",
     "新的社会阶层人士；少数民族人士", "2022-03", "一般", ""],
    ["赵敏", "赵小敏", "", "", "满族", "辽宁沈阳", "", citizen_id("150102", "1969-12-25", 82),
     "农工党", "大学本科毕业", "内蒙古医科大学附属医院", "副院长", "", "13704715566", "150102",
     "民主党派成员", "2012-07-01", "代表人士", "2012年加入农工党,\n现任支部主委"],
    ["孙浩", "", "男", "1983-04-18", "汉族", "北京", "", citizen_id("110105", "1983-04-18", 91),
     "致公党", "博士研究生毕业", "内蒙古工业大学", "教授", "", "13910108888", "150102",
     "出国和归国留学人员、民主党派成员", "2016-09-01", "一般", "2009-2014年留学德国"],
    ["周慧", "", "女", "1979-06-09", "汉族", "台湾台中", "", citizen_id("150102", "1979-06-09", 104),
     "台盟", "大学本科毕业", "新城区台资企业服务中心", "主任", "", "13614712233", "150102",
     "台湾同胞及其在大陆的亲属", "2017-05-01", "一般", "父亲为台湾居民"],
    ["黄家明", "", "男", "1970-02-28", "汉族", "广东台山", "港澳居民来往内地通行证", "H60215428",
     "", "大学本科毕业", "青城港资电子有限公司", "董事", "", "", "150102",
     "香港同胞、澳门同胞、非公有制经济人士", "2014-10-01", "一般", ""],
]


def write_csv(rows, path, encoding="utf-8", bom=False):
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    data = text.getvalue().encode(encoding)
    with open(os.path.join(HERE, path), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def main():
    rows = [HEADER] + PEOPLE
    write_csv(rows, "members-utf8.csv")
    write_csv(rows, "members-utf8-bom.csv", bom=True)
    write_csv(rows, "members-gb18030.csv", encoding="gb18030")

    bad_header = ["name", "sex", "birth_date", "ethnicity", "document_number", "political_status",
                  "work_unit", "mobile", "categories", "category_since", "tier"]
    good = citizen_id("150102", "1986-09-12", 55)
    bad_checksum = good[:-1] + ("1" if good[-1] != "1" else "2")
    bad_rows = [
        bad_header,
        # row 2: good
        ["其木格", "女", "", "蒙古族", citizen_id("150102", "1992-04-05", 66), "群众", "新城区文化馆", "13947100001",
         "少数民族人士", "2023-01-01", "一般"],
        # row 3: bad ID check character
        ["高峰", "男", "", "汉族", bad_checksum, "民进", "新城区第二中学", "13947100002",
         "民主党派成员", "2020-09-01", "一般"],
        # row 4: unknown ethnicity
        ["马力", "男", "1990-01-01", "火星族", citizen_id("150102", "1990-01-01", 19), "群众", "", "13947100003",
         "", "", ""],
        # row 5: a date that does not exist
        ["林静", "女", "1988-02-30", "汉族", "", "群众", "", "13947100004", "", "", ""],
        # row 6: birth date disagreeing with the ID, and a wrong sex for it
        ["胡杨", "女", "1975-03-04", "汉族", citizen_id("150102", "1975-04-03", 31), "无党派", "", "13947100005",
         "无党派人士", "2019-01-01", "代表人士"],
        # row 7: good, with a quoted comma
        ["韩雪", "女", "1993.7.8", "朝鲜族", citizen_id("150102", "1993-07-08", 84), "群众", "新城区朝鲜族学校,分校",
         "13947100006", "少数民族人士", "2024/1/1", ""],
        # row 8: unknown category and a malformed mobile
        ["郭涛", "男", "", "汉族", citizen_id("150102", "1984-08-08", 15), "群众", "", "1394710",
         "网红人士", "", ""],
        # row 9: the same document as row 2: a duplicate within the file
        ["其木格", "女", "", "蒙古族", citizen_id("150102", "1992-04-05", 66), "群众", "新城区文化馆", "13947100001",
         "", "", ""],
    ]
    write_csv(bad_rows, "members-bad-rows.csv")


if __name__ == "__main__":
    main()
