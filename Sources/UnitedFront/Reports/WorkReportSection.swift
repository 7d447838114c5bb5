/// The parts of a yearly work report that quote register figures, in report order, each with the
/// heading the seed report uses for it.
public enum WorkReportSection: String, Hashable, Sendable, CaseIterable, Encodable {
    /// The people in each category on 31 December (统一战线成员基本情况); the seed report quotes none, the
    /// issue asks for them.
    case members
    /// 全力推进党外代表人士队伍建设: 党外干部, the reserve pool, 无党派人士, forums and trainings.
    case representatives
    /// 全方位助推民营经济健康发展: 商会, visits, problems solved, 万企兴万村.
    case privateEconomy = "private_economy"
    /// 扎实做好侨眷侨属侨务工作: 侨界 households visited.
    case overseas

    /// The section's heading (党外代表人士队伍建设).
    public var title: String {
        switch self {
        case .members: "统一战线成员基本情况"
        case .representatives: "党外代表人士队伍建设"
        case .privateEconomy: "民营经济"
        case .overseas: "侨务"
        }
    }
}
