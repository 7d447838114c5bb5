// The README's five-minute tour, as a program: each block between `// README:` markers appears in
// README.md verbatim (a test checks it), and CI runs this program.
import Foundation
import UnitedFront
import UnitedFrontExchange
import UnitedFrontFixtures

for file in ["tour.sqlite", "tour.sqlite-wal", "tour.sqlite-shm", "fixtures.sqlite", "fixtures.sqlite-wal",
             "fixtures.sqlite-shm", "sheet.csv", "members.csv"] {
    try? FileManager.default.removeItem(atPath: file)
}
try """
    姓名,证件号码,民族,政治面貌,工作单位,统战类别,代表层级
    其木格,15010219920405066X,蒙古族,群众,新城区文化馆,少数民族人士,一般
    """.write(toFile: "sheet.csv", atomically: true, encoding: .utf8)

// README: open
let register = try Register(path: "tour.sqlite")
let clerk = Attribution(actor: "区委统战部 张科员", reason: "年度摸底")

var record = MemberRecord(name: "乌云其木格")
record.documentNumber = "150102197802030221"   // GB 11643 checked; birth date and sex follow from it
record.ethnicity = "蒙古"                        // code, name or alias: stored as 02
record.politicalStatus = "群众"
record.workUnit = "市第一中学"
let id = try register.add(record, effective: "2021-01-01", by: clerk)
// README: end

// README: history
try register.write(by: Attribution(actor: "市委统战部", reason: "认定文件 2022-3号")) { tx in
    try tx.change(id, effective: "2022-05-01") { $0.politicalStatus = "无党派民主人士" }
    try tx.enter(id, category: .nonPartisan, tier: .representative, source: .certified, effective: "2022-05-01")
}
try register.change(id, effective: "2024-09-01", by: clerk) { $0.post = "副校长" }
try register.correct(id, by: Attribution(actor: "王审核", reason: "核对档案")) { $0.workUnit = "市第二中学" }
// README: end

// README: read
let then = try register.member(id, asOf: "2022-12-31")
print(then?.post ?? "—", then?.categories.map(\.category) ?? [])     // — [NON_PARTISAN]

let nonPartisan = try register.members(asOf: "2022-12-31", in: .nonPartisan)
print(nonPartisan.count, then?.membership(in: "无党派人士")?.tierName ?? "")   // 1 代表人士
print(then?.displayName(of: .ethnicity) ?? "")                       // 蒙古族

for event in try register.changes(from: "2024-01-01", through: "2024-12-31") {
    print(event)                 // member 1 on 2024-09-01 职务: — → 副校长
}
for entry in try register.timeline(of: id) {
    print(entry)                 // registration, the certification, the new post, the correction
}
// README: end

// README: cadres
let cadre = try register.add(MemberRecord(name: "巴特尔"), effective: "2019-01-01", by: clerk)
try register.write(by: Attribution(actor: "新城区委组织部", reason: "干部任免")) { tx in
    var post = PostRecord(unit: "新城区教育局", title: "副局长", rank: .deputySection, leadership: true)
    post.appointmentDocument = "新党干字〔2019〕8号"
    let deputy = try tx.add(post, for: cadre, effective: "2019-05-01")
    try tx.add(PostRecord(unit: "新城区科协", title: "主席", rank: .section, leadership: true),
               for: cadre, effective: "2022-03-01")                            // 兼职: a concurrent post
    try tx.add(PoolRecord(targetRank: .county), for: cadre, effective: "2022-06-01")   // 后备 for 正处
    try tx.end(deputy, effective: "2023-01-10") { $0.removalDocument = "新党干字〔2023〕2号" }
}
print(try register.member(cadre, asOf: "2022-12-31")?.post ?? "")    // 新城区科协主席: the principal post
print(try register.leadingCadres(asOf: "2022-12-31").count,        // 1 党外副科级以上领导干部
      try register.adjustedCadres(in: 2022).count)                  // 1 adjusted in 2022: the new 正科 post
// README: end

// README: errors
do {
    var bad = MemberRecord(name: "张三")
    bad.documentNumber = "110105194912310021"
    try register.add(bad, effective: "2022-01-01", by: clerk)
} catch let error as ValidationError {
    print(error)                 // document_number "110105194912310021" fails its check character (expected X)
}
// README: end

// README: exchange
let importer = MemberSheetImporter(register: register)
let result = try importer.importSheet(at: URL(fileURLWithPath: "sheet.csv"),
                                      options: MemberImportOptions(effective: "2024-01-01"), by: clerk)
print(result.json)               // {"imported": 1, "updated": 0, …, "errors": [], "possible_duplicates": []}

let exporter = MemberSheetExporter(register: register)
let logged = try exporter.export(ExportRequest(actor: "张科员", format: "csv", asOf: "2024-06-30"),
                                 as: .csv, to: URL(fileURLWithPath: "members.csv"))
print(logged.masked, logged.rowCount)   // true 3: 150102********066X, and the export is in the log
// README: end

// README: fixtures
let fixtures = try Register(path: "fixtures.sqlite")
let population = Population(seed: 2024, size: 300)       // the same 300 people on every machine
let ids = try population.writeAll(to: fixtures)           // org units, then six years of attributed history
let leading = try fixtures.leadingCadres(asOf: "2024-12-31", under: ids.orgUnits[0])
let certified = try Scenario.nonPartisanCertification.write(to: try Register.inMemory())
print(population.people.count, leading.count, certified.certified)
// README: end

// README: workflows
let office = Attribution(actor: "区委统战部 李科长", reason: "无党派人士认定")
let candidate = try register.add(MemberRecord(name: "王静"), effective: "2021-06-01", by: clerk)
let run = try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-05-10", actor: "市第二中学党总支"),
                                  kind: .nonPartisanCertification, for: candidate, by: office)
try register.recordStep(WorkflowStepRecord("考察", effective: "2022-09-01", opinion: "考察合格"), in: run, by: office)
let awaiting = try register.workflows(of: .nonPartisanCertification,
                                      in: WorkflowKind.nonPartisanAwaitingCertification, asOf: "2022-12-31")
print(awaiting.map(\.memberID) == [candidate])         // true: awaiting 认定 at the end of 2022

try register.recordStep(WorkflowStepRecord("认定", effective: "2023-03-01", actor: "市委统战部",
                                           documentNumber: "呼统发〔2023〕3号"), in: run, by: office)
let wang = try register.member(candidate, asOf: "2023-03-01")
print(wang?.displayName(of: .politicalStatus) ?? "", wang?.membership(in: .nonPartisan)?.sourceName ?? "")
                                 // 无党派民主人士 认定: set by the step, in its changeset
print(try register.timeline(of: candidate).last!)   // … 无党派人士认定: 考察 → 认定; 政治面貌: — → 无党派民主人士; …
// README: end

// README: queries
var query = MemberQuery(.category(.nonPartisan) && .under(ids.orgUnits[0]) && .age(30...60)
                            && !.politicalStatus([.cpcMember, .cpcProbationaryMember]),
                        asOf: "2024-12-31", order: .name, limit: 20)
let total = try fixtures.count(matching: query)          // counted in SQL: no rows loaded
var page = try fixtures.members(matching: query)         // the first 20, in pinyin order
var listed = page.members.count
while let next = page.next {                             // keyset pages: stable while rows are added
    query.after = next
    page = try fixtures.members(matching: query)
    listed += page.members.count
}
print(total, listed == total)                            // … true
print(try register.searchMembers("wyqmg").first?.name ?? "")    // 乌云其木格: pinyin initials
let table = try fixtures.statistics(asOf: "2024-12-31", by: [.category, .ethnicity], under: ids.orgUnits[0])
for row in table.rows.prefix(3) {
    print(row.names[.category]!, row.names[.ethnicity]!, row.count, row.percent)   // 民主党派成员 汉族 12 20.33…
}
// README: end

// README: report
let report = try fixtures.workReport(year: 2023, under: ids.orgUnits[0])   // as the register knows it now
let figure = report["leading_cadres"]!
print(figure.label, figure.value, figure.members == figure.members.sorted())  // 党外副科级以上领导干部 … true
print(report["enterprises_visited"]!.value, report["overseas_households_visited"]!.unit)   // … 户
let markdown = try WorkReportRenderer().render(report, as: .markdown)          // or .json
print(markdown.prefix { $0 != "\n" })                                         // # 呼和浩特市新城区委统战部2023年度统战工作数据
// README: end
