// From 017_name_search (paired with records.swift): member name search, by each member's name, surname,
// given name, former names and the start of their work unit, and a few pinyin spellings.
import UnitedFront

func searchReads(_ snapshot: RegisterSnapshot, ids: [MemberID], into reads: inout Reads) throws {
    var queries = Set(["wang", "zhang", "li", "ba", "wyq", "nei", "呼和浩特"])
    for id in ids {
        guard let member = try snapshot.member(id) else { continue }
        let name = member.record.name
        queries.insert(name)
        queries.insert(String(name.prefix(1)))
        queries.insert(String(name.suffix(2)))
        for former in (member.record.formerNames ?? "").split(separator: "、") { queries.insert(String(former)) }
        if let unit = member.record.workUnit { queries.insert(String(unit.prefix(4))) }
    }
    for text in queries.sorted() {
        reads.add("search", ["text": .string(text)], .array(try snapshot.searchMembers(text, limit: 20).map { match in
            .array([.int(match.member.rawValue), .string(match.name), .string(match.matchedText), .string(match.field.rawValue),
                    .int(Int64(match.rank.rawValue))])
        }))
    }
}
