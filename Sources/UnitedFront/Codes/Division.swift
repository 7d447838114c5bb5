/// A GB/T 2260 administrative division (行政区划): a province, a prefecture or a county, with its
/// six-digit code and its parent. The register ships the table (`schema/007_divisions.sql`, generated
/// from `codes/divisions/gb2260.tsv`) and checks region codes against it.
public struct Division: Hashable, Sendable, CustomStringConvertible {
    /// Where a division stands in the hierarchy.
    public enum Level: String, Hashable, Sendable, CaseIterable {
        /// 省级: province, autonomous region, municipality, special administrative region.
        case province
        /// 地级: prefecture-level city, prefecture, league (盟), autonomous prefecture.
        case prefecture
        /// 县级: county, district, county-level city, banner (旗).
        case county
    }

    /// The six-digit code: `150102`.
    public let code: String
    /// The name: 新城区.
    public let name: String
    /// The code of the division it belongs to; nil for a province.
    public let parent: String?
    /// Province, prefecture or county.
    public let level: Level

    /// `150102 新城区`.
    public var description: String { "\(code) \(name)" }
}
