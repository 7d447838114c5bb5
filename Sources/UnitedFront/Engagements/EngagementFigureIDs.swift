/// The ids behind each of the ``EngagementFigures`` of a year: what each figure counts, so that every
/// number in a work report can be traced to the records it came from. Read them with
/// ``RegisterSnapshot/engagementFigureIDs(in:under:knownAt:)``; ``counts`` gives the figures themselves.
///
/// The counting rules are those documented on ``EngagementFigures``; every list is sorted by id (villages
/// by code) and holds each subject once, so each figure is the number of elements of its list.
public struct EngagementFigureIDs: Hashable, Sendable {
    /// One session of a 培训 (its number, 1 … ``EngagementRecord/sessions``).
    public struct Session: Hashable, Sendable, Comparable {
        /// The training.
        public var engagement: EngagementID
        /// The session's number, from 1.
        public var number: Int

        /// Creates a session.
        public init(engagement: EngagementID, number: Int) {
            self.engagement = engagement
            self.number = number
        }

        /// By training, then number.
        public static func < (lhs: Session, rhs: Session) -> Bool {
            (lhs.engagement.rawValue, lhs.number) < (rhs.engagement.rawValue, rhs.number)
        }
    }

    /// One attendance (人次): a participant record of a 培训 naming a member.
    public struct Attendance: Hashable, Sendable, Comparable {
        /// The training.
        public var engagement: EngagementID
        /// The participant record (one person at one session).
        public var participant: ParticipantID
        /// The member it names.
        public var member: MemberID

        /// Creates an attendance.
        public init(engagement: EngagementID, participant: ParticipantID, member: MemberID) {
            self.engagement = engagement
            self.participant = participant
            self.member = member
        }

        /// By training, then participant record.
        public static func < (lhs: Attendance, rhs: Attendance) -> Bool {
            (lhs.engagement.rawValue, lhs.participant.rawValue) < (rhs.engagement.rawValue, rhs.participant.rawValue)
        }
    }

    /// The year counted.
    public var year: Int
    /// The subtree counted; nil for the whole register.
    public var root: OrgUnitID?

    /// The 走访 records dated in the year (``EngagementFigures/visits``).
    public var visits: [EngagementID]
    /// The distinct enterprises among their participants (``EngagementFigures/enterprisesVisited``).
    public var enterprisesVisited: [EnterpriseID]
    /// The 问题诉求 solved in the year (``EngagementFigures/problemsSolved``).
    public var problemsSolved: [EngagementID]
    /// The 万企兴万村 pairings counted: in force on at least one day of the year, their enterprise owned in
    /// the subtree.
    public var pairings: [PairingID]
    /// Their distinct enterprises (``EngagementFigures/pairedEnterprises``).
    public var pairedEnterprises: [EnterpriseID]
    /// Their distinct village codes (``EngagementFigures/pairedVillages``).
    public var pairedVillages: [String]
    /// The 侨界 households visited (``EngagementFigures/overseasHouseholdsVisited``).
    public var overseasHouseholdsVisited: [HouseholdID]
    /// The 培训 dated in the year.
    public var trainings: [EngagementID]
    /// Their sessions (``EngagementFigures/trainingSessions``).
    public var trainingSessions: [Session]
    /// Their attendances (``EngagementFigures/attendances``, 人次).
    public var attendances: [Attendance]
    /// The distinct members among the attendances (``EngagementFigures/attendees``).
    public var attendees: [MemberID]
    /// The 座谈 and 联谊 dated in the year (``EngagementFigures/forums``).
    public var forums: [EngagementID]
    /// The 商会 member enterprises on 31 December (``EngagementFigures/chamberMemberEnterprises``).
    public var chamberMemberEnterprises: [EnterpriseID]
    /// The 工商联 member enterprises on 31 December (``EngagementFigures/federationMemberEnterprises``).
    public var federationMemberEnterprises: [EnterpriseID]

    /// The figures: the number of elements of each list.
    public var counts: EngagementFigures {
        EngagementFigures(
            year: year, root: root, visits: visits.count, enterprisesVisited: enterprisesVisited.count,
            problemsSolved: problemsSolved.count, pairedEnterprises: pairedEnterprises.count,
            pairedVillages: pairedVillages.count, overseasHouseholdsVisited: overseasHouseholdsVisited.count,
            trainingSessions: trainingSessions.count, attendances: attendances.count, attendees: attendees.count,
            forums: forums.count, chamberMemberEnterprises: chamberMemberEnterprises.count,
            federationMemberEnterprises: federationMemberEnterprises.count)
    }
}
