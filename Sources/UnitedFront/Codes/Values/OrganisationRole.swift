/// 组织内职务: a member's post in a 工商联, 商会 or other organisation (主席/会长, 副会长, 执委, 会员 …).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `organisation_role` code list for every entry.
public struct OrganisationRole: CodedValue {
    /// The `organisation_role` code list.
    public static let list: CodeListID = .organisationRole
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 主席, 会长 (`CHAIR`).
    public static let chair: OrganisationRole = "CHAIR"

    /// 副主席, 副会长 (`VICE_CHAIR`).
    public static let viceChair: OrganisationRole = "VICE_CHAIR"

    /// 秘书长 (`SECRETARY_GENERAL`).
    public static let secretaryGeneral: OrganisationRole = "SECRETARY_GENERAL"

    /// 常委 (`STANDING_COMMITTEE`).
    public static let standingCommittee: OrganisationRole = "STANDING_COMMITTEE"

    /// 执委 (`EXECUTIVE_COMMITTEE`).
    public static let executiveCommittee: OrganisationRole = "EXECUTIVE_COMMITTEE"

    /// 理事 (`DIRECTOR`).
    public static let director: OrganisationRole = "DIRECTOR"

    /// 会员 (`MEMBER`).
    public static let member: OrganisationRole = "MEMBER"

    /// 会员企业 (`MEMBER_ENTERPRISE`).
    public static let memberEnterprise: OrganisationRole = "MEMBER_ENTERPRISE"
}
