import UnitedFront

/// Issues identity document numbers that are unique within one population by construction: each
/// kind of number (a citizen ID address code, a passport series) has a counter, and the counter runs
/// through a keyed ``SlotPermutation`` of the number space.
///
/// GB 11643 numbers: the slot picks the birth date (a day of the configured birth years) and the
/// 3-digit sequence (odd for men, even for women, never 000 or 999), so that two people never share
/// a number and the number always agrees with the birth date and sex.
struct DocumentIssuer: Sendable {
    /// The first possible birth date.
    let firstBirthDate: LocalDate
    /// The number of possible birth dates.
    let birthDays: UInt64
    private let seed: UInt64
    private var counters: [String: UInt64] = [:]
    private var permutations: [String: SlotPermutation] = [:]

    /// Sequence halves per day: sequences 001…997 (men) and 002…998 (women).
    static let sequencesPerDay: UInt64 = 499

    init(seed: UInt64, birthYears: ClosedRange<Int>) {
        self.seed = seed
        firstBirthDate = LocalDate(year: birthYears.lowerBound, month: 1, day: 1)!
        let last = LocalDate(year: birthYears.upperBound, month: 12, day: 31)!
        birthDays = UInt64(last.daysSince1970 - firstBirthDate.daysSince1970 + 1)
    }

    /// A citizen ID (or 港澳台居民居住证 number) with address code `address`, for a person of `sex`
    /// (`1` or `2`); the birth date is part of the allocation.
    mutating func citizenID(address: String, sex: String) -> (number: String, birthDate: LocalDate) {
        let slot = nextSlot(key: "id:" + address, domain: birthDays * Self.sequencesPerDay)
        let birthDate = firstBirthDate.adding(days: Int(slot / Self.sequencesPerDay))
        let half = Int(slot % Self.sequencesPerDay)
        let sequence = sex == "1" ? 2 * half + 1 : 2 * half + 2
        return (CitizenIDMaker.make(address: address, birthDate: birthDate, sequence: sequence), birthDate)
    }

    /// A number of `digits` digits, unique for `series`, with `prefix` in front (`E12345678`).
    mutating func serial(_ series: String, prefix: String, digits: Int) -> String {
        var domain: UInt64 = 1
        for _ in 0..<digits { domain *= 10 }
        return prefix + CitizenIDMaker.padded(nextSlot(key: "serial:" + series, domain: domain), to: digits)
    }

    private mutating func nextSlot(key: String, domain: UInt64) -> UInt64 {
        let count = counters[key, default: 0]
        precondition(count < domain, "more than \(domain) documents of kind \(key) in one population")
        counters[key] = count + 1
        if permutations[key] == nil {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the key, mixed with the seed
            for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            permutations[key] = SlotPermutation(domain: domain, key: SeededRandom.mix(seed ^ hash))
        }
        return permutations[key]!(count)
    }
}
