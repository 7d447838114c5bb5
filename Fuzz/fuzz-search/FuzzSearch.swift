import FuzzSupport
import UnitedFront

/// Search text on a small register: `searchMembers`, `searchEnterprises` and the `.text` member filter
/// through `count(matching:)` and `members(matching:)`, with the text as given, full-width, and inside a
/// filter combined with others. The register is built once (the target only reads). Checked: a search
/// returns at most its limit; the filter's count equals the rows its page lists.
@main
enum FuzzSearch {
    static let register: Register = {
        let clerk = Attribution(actor: "统战部 张科员", reason: "模糊测试")
        let recorded = try! Timestamp(iso8601: "2024-07-01T09:00:00+08:00")
        let register = try! Register.inMemory(clock: { recorded })
        let people: [(String, String?, String?)] = [
            ("乌云其木格", "150102197803150241", "内蒙古大学"), ("阿依古丽·买买提", "650102199002141289", "艾特文化传媒"),
            ("张三", "11010519491231002X", "市第一中学"), ("李%_四", nil, "100%_公司"), ("O'Brien 欧", nil, nil),
            ("曾小明", nil, "重庆银行"), ("单田芳", nil, "长安街道"),
        ]
        for (name, number, unit) in people {
            var record = MemberRecord(name: name)
            record.documentNumber = number
            record.workUnit = unit
            record.formerNames = name == "张三" ? "张叁" : nil
            _ = try! register.add(record, effective: "2020-01-01", by: clerk)
        }
        for (code, name) in [("91150102MA0N2XY1A8", "锡林乳业有限公司"), ("91110000100000000X", "北京%_科技")] {
            _ = try? register.add(EnterpriseRecord(creditCode: code, name: name), effective: "2019-01-01", by: clerk)
        }
        return register
    }()

    static func main() {
        _ = register
        Fuzzer.run { input in
            let limit = input.choice(60) - 5
            let text = input.text(limit: 200)
            for candidate in [text, text.fullWidth] {
                try search(candidate, limit: limit)
            }
        }
    }

    static func search(_ text: String, limit: Int) throws {
        try register.read { snapshot in
            let members = try snapshot.searchMembers(text, limit: limit)
            let enterprises = try snapshot.searchEnterprises(text, limit: limit)
            if members.count > max(limit, 0) || enterprises.count > max(limit, 0) {
                Fuzzer.finding("a search with limit \(limit) returned \(members.count) members, \(enterprises.count) enterprises")
            }
            let count = try snapshot.count(matching: MemberQuery(.text(text)))
            let page = try snapshot.members(matching: MemberQuery(.text(text)))
            if count != page.members.count {
                Fuzzer.finding("the text filter \(text.debugDescription) counts \(count) but lists \(page.members.count)")
            }
            _ = try snapshot.count(matching: MemberQuery(!.text(text) || (.text(text) && .sex(.female)), asOf: "2023-01-01"))
        }
    }
}
