public import UnitedFront

/// One engagement of a population (工作记录): a 走访, 培训, 座谈, 联谊, 慰问, 建言, 问题诉求, 社会服务, 捐赠 or 宣讲
/// organised by a district's 统战部 or one of its 街道/乡镇, with the members, enterprises and households
/// that took part, and for a 建言 or a 问题诉求 the later dated change that adopted or solved it.
///
/// Engagements are generated for the whole population after the people (see ``Population/engagements``),
/// so, unlike a person, they depend on the population's size. Writing the population adds each one in its
/// own changeset (the record, then its participants) and its outcome in a later one, merged with the
/// people's changesets by recorded time; every member, enterprise and household it names is registered
/// in an earlier changeset and is in force on the engagement's date (a member registered and not
/// archived).
///
/// **Threading.** An immutable value; `Sendable`.
public struct SyntheticEngagement: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// Who took part: a person, an enterprise or a household, by index.
    public enum Party: Sendable, Hashable {
        /// The person with this index in ``Population/people``.
        case member(Int)
        /// The enterprise with this index in ``Population/enterprises``.
        case enterprise(Int)
        /// The household with this index in ``Population/households``.
        case household(Int)
    }

    /// One participant record.
    public struct Participant: Sendable, Hashable {
        /// Who.
        public let party: Party
        /// 走访对象, 学员, 参会人员 ….
        public let role: String
        /// The session of a 培训 attended; nil for other kinds.
        public let session: Int?
    }

    /// The dated change that adopted a 建言 or solved a 问题诉求.
    public struct Outcome: Sendable, Hashable {
        /// ``UnitedFront/EngagementOutcome/adopted`` or ``UnitedFront/EngagementOutcome/solved``.
        public let outcome: EngagementOutcome
        /// The day it happened (the solved date).
        public let effective: LocalDate
        /// Who recorded it and when; ``UnitedFront/Attribution/recordedAt`` is set.
        public let attribution: Attribution
    }

    /// The index in ``Population/engagements``.
    public let id: Int
    /// The record as added: no outcome, and an ``UnitedFront/EngagementRecord/organiser`` the writer sets
    /// from ``orgUnit``.
    public let record: EngagementRecord
    /// The organiser, an index into ``Population/orgUnits``.
    public let orgUnit: Int
    /// The engagement's date: the first day of its record.
    public let date: LocalDate
    /// Who recorded it and when; ``UnitedFront/Attribution/recordedAt`` is set.
    public let attribution: Attribution
    /// Who took part, in the order added.
    public let participants: [Participant]
    /// The adoption or solution, when there was one by ``PopulationSpec/historyThrough``.
    public let outcome: Outcome?

    /// The engagement's kind.
    public var kind: EngagementKind { record.kind }

    /// `12 2024-03-05 VISIT unit#3 走访某某公司 … | enterprise#4 走访对象; person#17 企业负责人 | SOLVED 2024-05-01`: every
    /// value, for fingerprints and failure messages.
    public var description: String {
        let values = [record.kind.rawValue, "unit#\(orgUnit)", record.title, record.notes ?? "-", record.amount.map(String.init) ?? "-",
                      record.sessions.map(String.init) ?? "-", "\(attribution.recordedAt!)", attribution.actor]
        let people = participants.map { participant in
            let who = switch participant.party {
            case .member(let index): "person#\(index)"
            case .enterprise(let index): "enterprise#\(index)"
            case .household(let index): "household#\(index)"
            }
            return "\(who) \(participant.role)" + (participant.session.map { " s\($0)" } ?? "")
        }
        let result = outcome.map { " | \($0.outcome.rawValue) \($0.effective) \($0.attribution.recordedAt!)" } ?? ""
        return "\(id) \(date) " + values.joined(separator: " ") + " | " + people.joined(separator: "; ") + result
    }

    /// Adds the record and its participants in `transaction`, resolving indexes through `context`.
    func add(in transaction: RegisterTransaction, context: inout WriteContext) throws {
        var record = record
        record.organiser = try context.orgUnit(orgUnit)
        let id = try transaction.add(record, effective: date)
        for participant in participants {
            var added: ParticipantRecord = switch participant.party {
            case .member(let index): ParticipantRecord(member: try context.member(index))
            case .enterprise(let index): ParticipantRecord(enterprise: try context.enterprise(index))
            case .household(let index): ParticipantRecord(household: try context.household(index))
            }
            added.role = participant.role
            added.session = participant.session
            try transaction.add(added, to: id)
        }
        context.engagements[self.id] = id
    }

    /// Sets the outcome in `transaction`, from its date.
    func applyOutcome(in transaction: RegisterTransaction, context: WriteContext) throws {
        guard let outcome else { return }
        guard let id = context.engagements[self.id] else { throw RegisterError.schema("engagement \(self.id) is not yet written") }
        try transaction.change(id, effective: outcome.effective) { $0.outcome = outcome.outcome }
    }
}
