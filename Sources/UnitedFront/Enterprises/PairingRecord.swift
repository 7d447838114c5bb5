/// 万企兴万村: an enterprise's pairing with a village (by its 12-digit 统计用区划代码), from a date to a
/// date, with the project and the amounts committed and paid (元). Held by the enterprise.
///
/// ```swift
/// var pairing = PairingRecord(village: "150102001201", project: "奶牛养殖合作社")
/// pairing.committed = 500_000
/// try transaction.add(pairing, for: dairy, effective: "2021-06-01")
/// ```
public struct PairingRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, village
        case villageName = "village_name"
        case project, committed, paid
    }

    /// ``RecordKind/pairing``.
    public static let kind = RecordKind.pairing
    /// Held by the enterprise.
    public typealias Holder = EnterpriseID
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A pairing with the village `village` (a 12-digit 统计用区划代码) for `project`.
    public init(village: String, villageName: String? = nil, project: String? = nil) {
        self = .empty()
        self.village = village
        self.villageName = villageName
        self.project = project
    }

    /// The village's 12-digit 统计用区划代码; its first six digits must be a known division.
    public var village: String {
        get { self[.village] ?? "" }
        set { self[.village] = newValue }
    }
    /// The village's name: `xx嘎查`.
    public var villageName: String? {
        get { self[.villageName] }
        set { self[.villageName] = newValue }
    }
    /// 帮扶项目.
    public var project: String? {
        get { self[.project] }
        set { self[.project] = newValue }
    }
    /// 承诺金额 in 元.
    public var committed: Int64? {
        get { self[.committed].flatMap { Int64($0) } }
        set { self[.committed] = newValue.map(String.init) }
    }
    /// 到位金额 in 元, as paid so far.
    public var paid: Int64? {
        get { self[.paid].flatMap { Int64($0) } }
        set { self[.paid] = newValue.map(String.init) }
    }

    func normalized(in transaction: RegisterTransaction, for holder: EnterpriseID) throws -> PairingRecord {
        var result = self
        let village = try RecordText.normalized(self[.village], field: "village", required: true)!
        guard village.count == 12 else {
            throw ValidationError(field: "village", value: village, reason: .malformed(expected: "a 12-digit 统计用区划代码"))
        }
        result[.village] = try transaction.validator.region(village, field: "village")
        result[.villageName] = try RecordText.normalized(villageName, field: "village_name")
        result[.project] = try RecordText.normalized(project, field: "project")
        result[.committed] = try RecordAmount.stored(committed, field: "committed")
        result[.paid] = try RecordAmount.stored(paid, field: "paid")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        "\(villageName ?? village)" + (project.map { " \($0)" } ?? "")
    }
}

/// The id of a 万企兴万村 pairing.
public typealias PairingID = RecordID<PairingRecord>
