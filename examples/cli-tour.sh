#!/usr/bin/env bash
# The README's command-line tour, as a script: CI runs it, and a test keeps it identical to the README.
# Run from the package root: bash examples/cli-tour.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q --product united-front
bin="$(swift build --show-bin-path)/united-front"
data="$PWD/examples/data"
united-front() { "$bin" "$@"; }
cd "$(mktemp -d)"

# README: cli
united-front init
united-front import "$data/members-utf8.csv" --effective 2024-01-01 --reason "2024年度摸底"
united-front import "$data/members-utf8-bom.csv" --effective 2024-01-01        # Excel's UTF-8 with BOM: all unchanged
united-front import "$data/members-gb18030.csv" --effective 2024-01-01          # Excel on Chinese Windows: unchanged
united-front import "$data/members-bad-rows.csv" || true                         # every bad row, nothing written
united-front import "$data/members-bad-rows.csv" --skip-bad-rows                 # good rows in, bad rows to a rejects file
united-front list --category 少数民族人士
united-front change 3 --rank 正处级 --grade 二级调研员 --effective 2024-07-01 --reason "任命文件 2024-9号"
united-front correct 3 --work-unit "呼和浩特市青城乳业集团有限公司" --reason "核对营业执照"
united-front org add --name 新城区委统战部 --kind 统战部 --region 150102 --effective 2020-01-01
united-front org add --name 锡林路街道 --kind 街道 --parent 1 --region 150102001 --effective 2020-01-01
united-front transfer 3 --unit 2 --effective 2024-03-01 --reason "划入锡林路街道"
united-front org tree
united-front list --under 1 --as-of 2024-06-30
united-front history 3
united-front changes --from 2024-01-01 --through 2024-12-31
united-front show 3 --as-of 2024-06-30
united-front post add 5 --unit 新城区教育局 --title 副局长 --rank 副科 --leadership --document "新党干字〔2024〕15号" --effective 2024-03-01
united-front post end 1 --document "新党干字〔2024〕40号" --effective 2024-09-01    # post 1; 2024-08-31 was its last day
united-front cadres leading --as-of 2024-06-30                                   # 党外副科级以上领导干部, counted once each
united-front enterprise add --credit-code 91150102MA0N2XY1A8 --name 呼和浩特市青城乳业集团有限公司 --industry 14 --scale 中型 --effective 2015-03-01
united-front role add 3 --enterprise 1 --role 法定代表人 --effective 2024-01-01
united-front enterprise people 1 --as-of 2024-06-30                               # who holds roles in it, member by member
united-front workflow start 7 --kind 无党派人士认定 --state 推荐 --handler 新城区卫健委党组 --effective 2024-03-10
united-front workflow step 1 --state 考察 --opinion 考察合格 --effective 2024-05-20
united-front workflow list --kind 无党派人士认定 --state 推荐 --state 考察 --as-of 2024-06-30    # awaiting 认定
united-front workflow step 1 --state 认定 --handler 市委统战部 --document "呼统发〔2024〕12号" --effective 2024-09-01
united-front workflow show 1                                                      # every step; 刘芳 is 无党派民主人士 from 2024-09-01
united-front export --category 非公有制经济人士 -o entrepreneurs.csv              # masked
united-front export --unmasked --reason "报送市委统战部" --to json -o all.json    # unmasked: needs a reason
united-front export-log
united-front access-log                                                         # exports, rejects files, unmasked reads, erasures: hash-chained
united-front stats --by category --by ethnicity
united-front stats --by 年龄段 --format json                                    # [{"group": {"age_band": "36至45岁"}, "count": …}, …]
united-front search 其木格                                                       # any part of a name, former name or work unit
united-front search aygl                                                         # pinyin initials: 阿依古丽·买买提
united-front list --minority --age 30-60 --order name --limit 5                  # pinyin order; next page: --after CURSOR
united-front list --category 无党派人士 --under 1 --count
united-front category leave 3 非公有制经济人士 --exit-reason 调离 --effective 2024-10-01
united-front changes --from 2024-01-01 --through 2024-12-31 --category 非公有制经济人士   # 增减变化: 期初, 增加, 减少 (原因), 期末
united-front changes --from 2024-01-01 --through 2024-12-31 --events            # every change, as a list
united-front report --year 2024                                                  # the yearly work report, Markdown (--org-unit U, --format json)
united-front check                                                              # integrity: SQLite's checks and the history invariants
united-front check --consistency || true                                         # …and the contradictions, each with its rule: exit 1 if any
united-front backup --to backup-2024-12-31.sqlite                                # while others write; 0600
united-front restore --from backup-2024-12-31.sqlite --db restored.sqlite        # refused when the backup fails the check
united-front erase 12 --reason "本人申请删除 (2024-12-20 收件 第3号)" --actor 统战部李主任   # PIPL Art. 47: identifiers gone from all history
united-front access-log --from 2024-01-01 --format json                         # [{"id", "actor", "action", "members", "hash", …}, …]
# README: end
