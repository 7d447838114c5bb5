import UnitedFront

/// Builds GB 11643 numbers: 6-digit address code, birth date, 3-digit sequence and check character.
enum CitizenIDMaker {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// The 18-character number for `address`, `birthDate` and `sequence` (0…999; odd for men).
    static func make(address: String, birthDate: LocalDate, sequence: Int) -> String {
        let seventeen = address + birthDate.iso8601.filter { $0 != "-" } + padded(UInt64(sequence), to: 3)
        return seventeen + String(checkCharacter(seventeen))
    }

    /// The check character of the first 17 digits of `number`.
    static func checkCharacter(_ number: String) -> Character {
        var sum = 0
        for (character, weight) in zip(number, weights) { sum += (character.wholeNumberValue ?? 0) * weight }
        return checkCharacters[sum % 11]
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func padded(_ value: UInt64, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
