/// One entry of a code list: `02` 蒙古族 (letter code `MG`) in GB/T 3304, say.
public struct Code: Hashable, Sendable, CustomStringConvertible {
    /// The list it belongs to.
    public let list: CodeListID
    /// The stable code the register stores (`02`, `142`, `NON_PARTISAN`, `CHN`).
    public let code: String
    /// The Chinese name (`蒙古族`).
    public let name: String
    /// The letter code where the standard has one (GB/T 3304 `MG`, ISO 3166-1 alpha-2 `CN`).
    public let letter: String?
    /// The English or romanised name, where the source has one.
    public let english: String?
    /// The parent code in hierarchical lists (education `11` → `10`).
    public let parent: String?
    /// The order within the list, from 1. On ladders (cadre ranks) a higher position is more senior.
    public let position: Int
    /// When the code came into force, if known.
    public let validFrom: LocalDate?
    /// When the code was withdrawn; nil while in force. Withdrawn codes stay valid for old records.
    public let validTo: LocalDate?

    /// `02 蒙古族`.
    public var description: String { "\(code) \(name)" }
}
