import UnitedFront

/// One line of `gen.py`'s `data-N.tsv`, mapped to the library's types (see `Benchmarks/README.md` for the mapping).
struct Person: Sendable {
    /// The member as `MemberRecord` (codes as the library stores them).
    var record: MemberRecord
    /// `category`, mapped to the library's `Category` code.
    var category: Category
    /// `joined`: the registration and category start date.
    var joined: LocalDate
    /// `id_number`.
    var documentNumber: String
    /// The gen.py columns as written (for the member sheet of W7).
    var columns: [Substring]

    /// gen.py's category names and the library's codes (ENTREPRENEUR and OVERSEAS are aliases in the code list;
    /// the codes are used directly here).
    static let categories: [Substring: Category] = [
        "NON_PARTY_CADRE": .nonPartyCadre, "NON_PARTISAN": .nonPartisan, "NEW_STRATUM": .newStratum,
        "ENTREPRENEUR": .nonPublicEconomy, "OVERSEAS": .overseasChinese,
    ]
    /// gen.py's ranks (colloquial 职务层次 names) and the GB/T 12407 codes of `cadre_rank`; 无 is no rank.
    static let ranks: [Substring: CadreRank?] = [
        "正厅级": CadreRank(rawValue: "121"), "副厅级": CadreRank(rawValue: "122"), "正处级": CadreRank(rawValue: "131"),
        "副处级": CadreRank(rawValue: "132"), "正科级": CadreRank(rawValue: "141"), "副科级": CadreRank(rawValue: "142"),
        "无": nil,
    ]
    /// gen.py's county codes (region[:6]) that are not GB/T 2260 divisions today (abolished, or a 市辖区 code),
    /// which the library refuses, and the existing county of the same city each is moved to. 440103 (W3, W6) is
    /// a real county and keeps its people, so W3 and W6 read the same people on both sides.
    static let countyRemap: [Substring: String] = [
        "440101": "440111", "440102": "440112", "440301": "440307", "440302": "440308", "330101": "330108",
        "330103": "330109", "330104": "330110", "320101": "320111", "320103": "320113",
    ]

    /// The person on one TSV line (14 tab-separated columns).
    init(line: Substring) throws {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 14 else { throw BenchError("expected 14 columns, got \(f.count): \(line)") }
        var region = String(f[11])
        if let county = Self.countyRemap[f[11].prefix(6)] { region = county + f[11].dropFirst(6) }
        var record = MemberRecord(name: String(f[0]))
        record.sex = Sex(rawValue: String(f[1]))
        record.birthDate = try LocalDate(iso8601: String(f[2]))
        record.ethnicity = Ethnicity(rawValue: String(f[3]))
        record.documentNumber = String(f[4])
        record.mobile = String(f[5])
        record.education = Education(rawValue: String(f[6]))
        record.politicalStatus = PoliticalStatus(rawValue: String(f[7]))
        record.workUnit = String(f[8])
        record.post = String(f[9])
        guard let rank = Self.ranks[f[10]] else { throw BenchError("unknown rank \(f[10])") }
        record.rank = rank
        record.region = region
        guard let category = Self.categories[f[12]] else { throw BenchError("unknown category \(f[12])") }
        self.record = record
        self.category = category
        self.joined = try LocalDate(iso8601: String(f[13]))
        self.documentNumber = String(f[4])
        var columns = f
        columns[11] = Substring(region)
        columns[12] = Substring(category.rawValue)
        if let rank { columns[10] = Substring(rank.rawValue) } else { columns[10] = "" }
        self.columns = columns
    }
}

/// A failure of the harness itself (bad data file, unexpected result).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
