/// 工作记录: one engagement of the united-front work — a 走访, 培训, 座谈, 联谊, 慰问, 建言, 问题诉求,
/// 社会服务, 捐赠 or 宣讲 (``EngagementKind``, code list `engagement_kind`) — organised by an org unit.
/// Nobody holds it; the members, enterprises and households that took part are its
/// ``ParticipantRecord``s.
///
/// ```swift
/// var visit = EngagementRecord(kind: .visit, title: "走访锡林乳业", organiser: street)
/// visit.notes = "了解用工情况\n企业反映融资难"
/// let id = try transaction.add(visit, effective: "2022-03-01")        // the day of the visit
/// try transaction.add(ParticipantRecord(enterprise: dairy, role: "走访对象"), to: id)
/// ```
///
/// The engagement's date is the first day of its record. Its fields are kept like any record's: a later
/// change holds from its date (a problem solved is the change that sets ``outcome``, and its date is the
/// solved date), a correction replaces a wrong value over the stretch it held, and everything reads as of
/// a date and as known at a time. An engagement entered by mistake is withdrawn by ending it on its own
/// date: it was then never in force, and the figures leave it out; ending it later (a 问题诉求 closed)
/// does not undo that it happened.
public struct EngagementRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, kind, title, organiser, notes, amount, sessions, outcome
    }

    /// ``RecordKind/engagement``.
    public static let kind = RecordKind.engagement
    /// Nobody holds an engagement.
    public typealias Holder = NoHolder
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// An engagement of `kind` called `title`, organised by `organiser`.
    public init(kind: EngagementKind, title: String, organiser: OrgUnitID) {
        self = .empty()
        self.kind = kind
        self.title = title
        self.organiser = organiser
    }

    /// 走访, 培训, 座谈, 联谊, 慰问, 建言, 问题诉求, 社会服务, 捐赠 or 宣讲.
    public var kind: EngagementKind {
        get { EngagementKind(rawValue: self[.kind] ?? "") }
        set { self[.kind] = newValue.rawValue }
    }
    /// 标题: what it was (走访锡林乳业, 2022年党外代表人士培训班).
    public var title: String {
        get { self[.title] ?? "" }
        set { self[.title] = newValue }
    }
    /// The org unit that organised it; it must be one of the register's. Figures for a subtree count an
    /// engagement by this unit.
    public var organiser: OrgUnitID {
        get { OrgUnitID(rawValue: self[.organiser].flatMap(Int64.init) ?? 0) }
        set { self[.organiser] = String(newValue.rawValue) }
    }
    /// 备注; may hold line breaks (up to 4,000 characters).
    public var notes: String? {
        get { self[.notes] }
        set { self[.notes] = newValue }
    }
    /// 金额 in 元: what was given (捐赠, 社会服务, the gifts of a 慰问), 0 or more.
    public var amount: Int64? {
        get { self[.amount].flatMap { Int64($0) } }
        set { self[.amount] = newValue.map(String.init) }
    }
    /// 期数: a 培训's number of sessions, 1 or more (a training recorded without one has one). Only a
    /// 培训 has sessions.
    public var sessions: Int? {
        get { self[.sessions].flatMap { Int($0) } }
        set { self[.sessions] = newValue.map(String.init) }
    }
    /// How a 建言 (``EngagementOutcome/adopted``) or a 问题诉求 (``EngagementOutcome/solved``) came out,
    /// from the day it did; nil while open.
    public var outcome: EngagementOutcome? {
        get { self[.outcome].flatMap(EngagementOutcome.init(rawValue:)) }
        set { self[.outcome] = newValue?.rawValue }
    }

    /// The most sessions a training records.
    static let maximumSessions = 1000

    func normalized(in transaction: RegisterTransaction, for holder: NoHolder) throws -> EngagementRecord {
        var result = self
        let codes = transaction.codes
        let kind = try RecordText.code(kind, field: "kind", codes: codes, required: true)!
        result[.kind] = kind
        result[.title] = try RecordText.normalized(self[.title], field: "title", required: true)
        guard let organiser = self[.organiser], let unit = Int64(organiser) else {
            throw ValidationError(field: "organiser", value: self[.organiser] ?? "", reason: .missing)
        }
        guard try transaction.orgUnitReader.unit(OrgUnitID(rawValue: unit)) != nil else {
            throw RegisterError.orgUnitNotFound(OrgUnitID(rawValue: unit))
        }
        result[.notes] = try RecordText.notes(notes, field: "notes")
        result[.amount] = try RecordAmount.stored(amount, field: "amount")
        if kind == EngagementKind.training.rawValue {
            let sessions = self.sessions ?? 1
            guard (1...Self.maximumSessions).contains(sessions) else {
                throw ValidationError(field: "sessions", value: String(sessions),
                                      reason: .malformed(expected: "a number of sessions from 1 to \(Self.maximumSessions)"))
            }
            result.sessions = sessions
        } else if let sessions = self[.sessions] {
            throw ValidationError(field: "sessions", value: sessions,
                                  reason: .mismatch(field: "kind", expected: codes.name(of: EngagementKind.training)))
        }
        if let outcome, outcome.kind.rawValue != kind {
            throw ValidationError(field: "outcome", value: outcome.rawValue,
                                  reason: .mismatch(field: "kind", expected: codes.name(of: outcome.kind)))
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        "\(codes.name(of: kind)): \(title)" + (outcome.map { " (\($0))" } ?? "")
    }

    /// An engagement that ends (or is withdrawn) takes its participants with it, that day.
    static func didEnd(_ record: EngagementRecord, id: Int64, for holder: NoHolder, effective: LocalDate,
                       in transaction: RegisterTransaction) throws {
        try transaction.endRecords(ParticipantRecord.self, heldBy: EngagementID(rawValue: id), id: id, on: effective)
    }
}

/// The id of an engagement (工作记录).
public typealias EngagementID = RecordID<EngagementRecord>
