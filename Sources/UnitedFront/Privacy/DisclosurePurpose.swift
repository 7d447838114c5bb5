/// Why member data leaves the register: the "role" axis of a ``MaskingPolicy`` (PIPL Art. 6 ties
/// processing to a purpose, and Art. 51 asks for de-identification suited to it).
///
/// Purposes are open: a deployment can name its own (`DisclosurePurpose("district_review")`) and give
/// it a policy in ``MaskingPolicy/defaultPolicies``-style tables of its own.
///
/// **Threading.** A value type: `Sendable`.
public struct DisclosurePurpose: OpenKey {
    /// The purpose's key, as the export log records it (`work_list`).
    public let rawValue: String

    /// Wraps a purpose key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 工作台账: lists for the department's own work. Names visible; document numbers, mobiles,
    /// addresses and e-mail masked. The default.
    public static let workList: DisclosurePurpose = "work_list"
    /// 统计分析: figures and samples for reports. Names masked too, notes redacted.
    public static let statistics: DisclosurePurpose = "statistics"
    /// 数据交换: a copy for another body (工商联, 侨联, a higher-level 统战部). Masked like a work list;
    /// an unmasked copy needs a reason like any other.
    public static let transfer: DisclosurePurpose = "transfer"
}
