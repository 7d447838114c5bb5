/// 职级: the civil-service grade ladder of the 2019 公务员职务与职级并行规定 (一级巡视员 … 二级科员); each grade's `parent` is the 职务层次 it corresponds to.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `civil_service_grade` code list for every entry.
public struct CivilServiceGrade: CodedValue {
    /// The `civil_service_grade` code list.
    public static let list: CodeListID = .civilServiceGrade
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 二级科员 (`STAFF_2`).
    public static let staff2: CivilServiceGrade = "STAFF_2"
    /// 一级科员 (`STAFF_1`).
    public static let staff1: CivilServiceGrade = "STAFF_1"
    /// 四级主任科员 (`PRINCIPAL_STAFF_4`).
    public static let principalStaff4: CivilServiceGrade = "PRINCIPAL_STAFF_4"
    /// 三级主任科员 (`PRINCIPAL_STAFF_3`).
    public static let principalStaff3: CivilServiceGrade = "PRINCIPAL_STAFF_3"
    /// 二级主任科员 (`PRINCIPAL_STAFF_2`).
    public static let principalStaff2: CivilServiceGrade = "PRINCIPAL_STAFF_2"
    /// 一级主任科员 (`PRINCIPAL_STAFF_1`).
    public static let principalStaff1: CivilServiceGrade = "PRINCIPAL_STAFF_1"
    /// 四级调研员 (`RESEARCHER_4`).
    public static let researcher4: CivilServiceGrade = "RESEARCHER_4"
    /// 三级调研员 (`RESEARCHER_3`).
    public static let researcher3: CivilServiceGrade = "RESEARCHER_3"
    /// 二级调研员 (`RESEARCHER_2`).
    public static let researcher2: CivilServiceGrade = "RESEARCHER_2"
    /// 一级调研员 (`RESEARCHER_1`).
    public static let researcher1: CivilServiceGrade = "RESEARCHER_1"
    /// 二级巡视员 (`INSPECTOR_2`).
    public static let inspector2: CivilServiceGrade = "INSPECTOR_2"
    /// 一级巡视员 (`INSPECTOR_1`).
    public static let inspector1: CivilServiceGrade = "INSPECTOR_1"
}
