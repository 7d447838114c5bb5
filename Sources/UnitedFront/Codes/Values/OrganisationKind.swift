/// 组织类型: the kind of organisation a membership is in (工商联, 商会, 新联会, 侨联, 欧美同学会).
///
/// 异地商会, 行业商会 and 乡镇商会 have ``Code/parent`` `CHAMBER`: a chamber of unknown kind is ``chamber``. 工商联
/// is not a 商会.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `organisation_kind` code list for every entry.
public struct OrganisationKind: CodedValue {
    /// The `organisation_kind` code list.
    public static let list: CodeListID = .organisationKind
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 工商联 (`FEDERATION`).
    public static let federation: OrganisationKind = "FEDERATION"

    /// 商会 (`CHAMBER`).
    public static let chamber: OrganisationKind = "CHAMBER"

    /// 异地商会 (`CHAMBER_REMOTE`).
    public static let remoteChamber: OrganisationKind = "CHAMBER_REMOTE"

    /// 行业商会 (`CHAMBER_INDUSTRY`).
    public static let industryChamber: OrganisationKind = "CHAMBER_INDUSTRY"

    /// 乡镇商会 (`CHAMBER_TOWNSHIP`).
    public static let townshipChamber: OrganisationKind = "CHAMBER_TOWNSHIP"

    /// 新联会 (新的社会阶层人士联谊会) (`NEW_STRATUM_ASSOCIATION`).
    public static let newStratumAssociation: OrganisationKind = "NEW_STRATUM_ASSOCIATION"

    /// 侨联 (`OVERSEAS_FEDERATION`).
    public static let overseasChineseFederation: OrganisationKind = "OVERSEAS_FEDERATION"

    /// 欧美同学会 (留学人员联谊会) (`WESTERN_RETURNED_SCHOLARS`).
    public static let westernReturnedScholars: OrganisationKind = "WESTERN_RETURNED_SCHOLARS"

    /// 其他 (`OTHER`).
    public static let other: OrganisationKind = "OTHER"
}
