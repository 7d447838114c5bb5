/// The engagement figures of a yearly work report for one year, counted by the rules of DOMAIN.md
/// ("Report figures"), for the whole register or an org-unit subtree, as the register knew them at a time.
/// Read them with ``RegisterSnapshot/engagementFigures(in:under:knownAt:)``.
///
/// An engagement is *dated in* the year when its record's first day falls in it, and it counts only when
/// it was in force that day (one withdrawn by ending it on its own date does not). With a subtree, an
/// engagement counts when the organiser it names on the day counted is a unit of the subtree as it stands
/// on 31 December of the year; pairings and memberships count by the org unit that owns their enterprise.
/// A participant counts when it was not withdrawn (ended on its first day).
public struct EngagementFigures: Hashable, Sendable {
    /// The year counted.
    public var year: Int
    /// The subtree counted; nil for the whole register.
    public var root: OrgUnitID?

    /// 走访 records dated in the year (visits, not enterprises).
    public var visits: Int
    /// Enterprises visited: distinct enterprises named by a participant of a 走访 dated in the year.
    public var enterprisesVisited: Int
    /// Problems solved: 问题诉求 records whose outcome became ``EngagementOutcome/solved`` on a day of the
    /// year (the effective date of the change that set it), whenever the problem was raised; each record
    /// once.
    public var problemsSolved: Int
    /// 万企兴万村 enterprises: distinct enterprises holding a ``PairingRecord`` in force on at least one day
    /// of the year (a pairing ended 2022-01-01 was last in force on 2021-12-31 and does not count for 2022).
    public var pairedEnterprises: Int
    /// 万企兴万村 villages: distinct village codes of those pairings (the codes they named on days of the
    /// year they were in force).
    public var pairedVillages: Int
    /// 侨界 households visited: distinct households named by a participant of a 慰问 or 走访 dated in the
    /// year where, on the visit's date, a member of the household (a ``HouseholdMembershipRecord`` in force
    /// that day) holds an ``OverseasRecord`` in force that day of type 华侨, 归侨 or 侨眷. A household
    /// visited twice counts once; a 华侨 record counts as recorded, whether or not it passes the legal test.
    public var overseasHouseholdsVisited: Int
    /// Training sessions: the sum of ``EngagementRecord/sessions`` of the 培训 dated in the year.
    public var trainingSessions: Int
    /// Attendances (人次, person-sessions): participant records of those 培训 naming a member registered
    /// and not archived on the training's date; one record is one person at one session.
    public var attendances: Int
    /// Distinct attendees: the distinct members among ``attendances``.
    public var attendees: Int
    /// Forums held: 座谈 and 联谊 records dated in the year.
    public var forums: Int
    /// 商会 member enterprises: distinct enterprises with an ``EnterpriseMembershipRecord`` in force on 31
    /// December of the year in an organisation in force that day whose kind is a 商会 (商会, 异地商会,
    /// 行业商会, 乡镇商会). A 工商联 is not a 商会.
    public var chamberMemberEnterprises: Int
    /// 工商联 member enterprises, the separate figure DOMAIN.md asks for: counted as
    /// ``chamberMemberEnterprises`` for organisations of kind 工商联.
    public var federationMemberEnterprises: Int
}
