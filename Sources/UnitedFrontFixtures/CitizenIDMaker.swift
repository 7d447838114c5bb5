import UnitedFront

/// Builds GB 11643 numbers: 6-digit address code, birth date, 3-digit sequence and check character.
enum CitizenIDMaker {
    /// The 18-character number for `address`, `birthDate` and `sequence` (0…999; odd for men).
    static func make(address: String, birthDate: LocalDate, sequence: Int) -> String {
        let seventeen = address + birthDate.iso8601.filter { $0 != "-" } + padded(UInt64(sequence), to: 3)
        return seventeen + String(CitizenID.checkCharacter(of: seventeen))
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func padded(_ value: UInt64, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
