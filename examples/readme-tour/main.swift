// The README's five-minute tour, as a program: each block between `// README:` markers appears in
// README.md verbatim (a test checks it), and CI runs this program.
import Foundation
import UnitedFront

for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: "tour.sqlite" + suffix) }

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
    try tx.enter(id, category: "无党派人士", effective: "2022-05-01", tier: "代表人士", source: "认定")
}
try register.change(id, effective: "2024-09-01", by: clerk) { $0.post = "副校长" }
try register.correct(id, by: Attribution(actor: "王审核", reason: "核对档案")) { $0.workUnit = "市第二中学" }
// README: end

// README: read
let then = try register.member(id, asOf: "2022-12-31")
print(then?.post ?? "—", then?.categories.map(\.category) ?? [])     // — ["NON_PARTISAN"]

let nonPartisan = try register.members(asOf: "2022-12-31", in: "无党派人士")
print(nonPartisan.count)                                             // 1

for event in try register.changes(from: "2024-01-01", through: "2024-12-31") {
    print(event)                 // member 1 on 2024-09-01 职务: — → 副校长
}
for entry in try register.timeline(of: id) {
    print(entry)                 // registration, the certification, the new post, the correction
}
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
