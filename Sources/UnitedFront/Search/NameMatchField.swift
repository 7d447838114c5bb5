/// Which of a member's or an enterprise's texts a name search matched.
public enum NameMatchField: String, Sendable, Hashable, CaseIterable, Codable {
    /// The current name (姓名, 企业名称).
    case name
    /// A name held earlier (a changed name in the history) or a 曾用名.
    case formerName = "former_name"
    /// A work unit (工作单位) the member has had.
    case workUnit = "work_unit"
    /// The pinyin of a name, in full or as initials (`wuyunqimuge`, `wyqmg`).
    case pinyin
}
