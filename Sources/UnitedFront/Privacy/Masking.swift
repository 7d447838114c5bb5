/// The standard masking patterns as functions, for callers that mask one value at a time (a screen,
/// a log line) rather than a whole record through a ``MaskingPolicy``.
///
/// ```swift
/// Masking.documentNumber("150102198001011234")   // 150102********1234
/// Masking.mobile("13800138000")                   // 138****8000
/// Masking.name("张三丰")                           // 张**
/// Masking.address("呼和浩特市新城区中山东路1号")      // 呼和浩特市新****
/// ```
///
/// **Threading.** Pure functions: call them from any thread.
public enum Masking {
    /// ID and document numbers: the first 6 (the address code) and the last 4 characters kept.
    public static let documentNumberRule = MaskingRule.keepEnds(prefix: 6, suffix: 4)
    /// Mobile numbers: the first 3 (the carrier prefix) and the last 4 digits kept.
    public static let mobileRule = MaskingRule.keepEnds(prefix: 3, suffix: 4)
    /// Names: the first character (the family name, for most Chinese names) kept.
    public static let nameRule = MaskingRule.keepEnds(prefix: 1, suffix: 0)
    /// Addresses: the first 6 characters kept (about the district), then `****`.
    public static let addressRule = MaskingRule.keepPrefix(6)
    /// E-mail addresses: the first 2 characters kept.
    public static let emailRule = MaskingRule.keepPrefix(2)

    /// `150102********1234`.
    public static func documentNumber(_ value: String) -> String { documentNumberRule.apply(to: value) }
    /// `138****8000`.
    public static func mobile(_ value: String) -> String { mobileRule.apply(to: value) }
    /// `张**`.
    public static func name(_ value: String) -> String { nameRule.apply(to: value) }
    /// `呼和浩特市新****`.
    public static func address(_ value: String) -> String { addressRule.apply(to: value) }
}
