/// A 华侨 record whose residence facts fail the legal test of the 归侨侨眷权益保护法 (Art. 2 and its
/// official interpretation) on a date, and why. Records are counted as recorded; a finding is for a
/// person to check, not something the register corrects.
public struct ResidenceFinding: Hashable, Sendable, CustomStringConvertible {
    /// Why the record fails the test.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// The nationality is not Chinese: a 华侨 is a Chinese citizen (this is a 外籍华人).
        case notChineseNationality(Country)
        /// The facts the test needs (residence right, residence start, months present) are not all
        /// recorded.
        case missingFacts([String])
        /// Residence is shorter than the test requires: 2 years with a long-term or permanent residence
        /// right, 5 without.
        case residenceTooShort(years: Int, required: Int)
        /// Fewer months actually present than the test requires: 18 with a residence right, 30 without.
        case tooFewMonthsPresent(Int, required: Int)

        /// An English sentence.
        public var description: String {
            switch self {
            case .notChineseNationality(let country): "nationality \(country) is not Chinese: a 华侨 is a Chinese citizen"
            case .missingFacts(let fields): "the test needs \(fields.joined(separator: ", "))"
            case .residenceTooShort(let years, let required): "resident \(years) years, the test requires \(required)"
            case .tooFewMonthsPresent(let months, let required): "present \(months) months, the test requires \(required)"
            }
        }
    }

    /// The 华侨 record.
    public let record: Tenure<OverseasRecord>
    /// Why it fails.
    public let reason: Reason

    /// `member 3 (overseas 5): resident 1 years, the test requires 2`.
    public var description: String { "member \(record.member) (overseas \(record.id)): \(reason)" }

    /// The first reason `record` fails the test on `date`, or nil when it passes. With a long-term or
    /// permanent residence right: resident 2 full years or more, and 18 months or more present; without:
    /// 5 years and 30 months.
    static func check(_ record: Tenure<OverseasRecord>, on date: LocalDate) -> Reason? {
        if let nationality = record.nationality, nationality != .china { return .notChineseNationality(nationality) }
        let missing = [record.residenceRight == nil ? "residence_right" : nil, record.residentSince == nil ? "resident_since" : nil,
                       record.monthsPresent == nil ? "months_present" : nil].compactMap { $0 }
        guard missing.isEmpty, let right = record.residenceRight, let since = record.residentSince, let months = record.monthsPresent
        else { return .missingFacts(missing) }
        let withRight = right == .permanent || right == .longTerm
        let (years, requiredMonths) = withRight ? (2, 18) : (5, 30)
        let resident = since <= date ? since.years(until: date) : 0
        if resident < years { return .residenceTooShort(years: resident, required: years) }
        if months < requiredMonths { return .tooFewMonthsPresent(months, required: requiredMonths) }
        return nil
    }
}
