/// Which names a CSV export gives its columns.
///
/// **Threading.** A value type: `Sendable`.
public enum SheetHeaderLanguage: String, Hashable, Sendable, CaseIterable {
    /// `姓名, 性别, …`: the default, what Excel users expect.
    case chinese
    /// `name, sex, …`: the English aliases, as JSON keys are.
    case english
}
