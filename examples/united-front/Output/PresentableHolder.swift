import UnitedFront

/// How the command line shows who holds a record: a `member` column for a member's records, an
/// `enterprise` or `organisation` column for theirs, and none for records nobody holds (the
/// enterprises, organisations and households themselves).
protocol PresentableHolder: RecordHolder {
    /// The holder's column; nil for records nobody holds.
    static var column: DataTable.Column? { get }
    /// The holder to list every record of when no date is asked (``NoHolder``); nil for the others.
    static var everyone: Self? { get }
    /// The holder's cell in its column.
    var cell: DataTable.Cell { get }
    /// `member 1`, `enterprise 2`; nil for nobody.
    var phrase: String? { get }
    /// Refuses a holder the register does not have: ``RegisterError/memberNotFound(_:)``,
    /// ``RegisterError/recordNotFound(_:id:)``.
    func check(in register: Register) throws
}

extension MemberID: PresentableHolder {
    static var column: DataTable.Column? { .init(key: "member", header: "成员") }
    static var everyone: MemberID? { nil }
    var cell: DataTable.Cell { DataTable.Cell(text: description, json: .integer(rawValue)) }
    var phrase: String? { "member \(self)" }

    func check(in register: Register) throws {
        if try register.member(self) == nil { throw RegisterError.memberNotFound(self) }
    }
}

extension NoHolder: PresentableHolder {
    static var column: DataTable.Column? { nil }
    static var everyone: NoHolder? { NoHolder() }
    var cell: DataTable.Cell { DataTable.Cell(nil) }
    var phrase: String? { nil }
    func check(in register: Register) throws {}
}

extension RecordID: PresentableHolder where Record: PresentableRecord {
    /// Keyed by the holding kind's noun (`enterprise`), headed by its Chinese name (企业).
    static var column: DataTable.Column? {
        .init(key: String(Record.noun.map { $0 == " " ? "_" : $0 }), header: Record.kind.name)
    }
    static var everyone: RecordID? { nil }
    var cell: DataTable.Cell { DataTable.Cell(text: description, json: .integer(rawValue)) }
    var phrase: String? { "\(Record.noun) \(self)" }

    func check(in register: Register) throws {
        _ = try RecordListing.existing(self, in: register)
    }
}
