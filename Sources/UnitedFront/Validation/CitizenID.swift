/// A 居民身份证号码 checked against GB 11643: 6-digit address code, 8-digit birth date, 3-digit sequence
/// (odd for men, even for women) and a check character.
///
/// A 15-digit legacy number is upgraded: `19` is inserted before its 6-digit birth date and the check
/// character appended. The same format serves 港澳台居民居住证 (address codes 810000, 820000, 830000).
///
/// ```swift
/// let id = try CitizenID("11010519491231002X")
/// id.birthDate   // 1949-12-31
/// id.sex         // .female (GB/T 2261.1 code 2)
/// ```
public struct CitizenID: Hashable, Sendable, CustomStringConvertible {
    /// The 18-character number, check character uppercased.
    public let number: String
    /// The birth date it encodes.
    public let birthDate: LocalDate
    /// The sex it encodes: ``Sex/male`` (odd sequence) or ``Sex/female`` (even).
    public let sex: Sex
    /// The 6-digit address code of the place of first registration.
    public var addressCode: String { String(number.prefix(6)) }
    /// Whether the number was given in the 15-digit legacy form and upgraded.
    public let wasUpgraded: Bool

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")
    /// GB/T 2260 province-level codes: the first two digits of every valid address code.
    private static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ]

    /// Validates `text` (surrounding spaces ignored, `x` accepted for `X`, full-width digits read as ASCII).
    ///
    /// - Parameters:
    ///   - field: the field name errors carry.
    ///   - today: birth dates after this day are refused; the register passes its clock's today. Nil
    ///     skips that check (the library never reads the wall clock on its own).
    /// - Throws: ``ValidationError`` with reason `.malformed`, `.malformedDate`, `.futureDate`,
    ///   `.implausibleDate` or `.checksum`.
    public init(_ text: String, field: ValidationError.Field = .documentNumber, today: LocalDate? = nil) throws(ValidationError) {
        let given = text.trimmingSpaces()
        var characters = Array(given.halfWidth().uppercased())
        func fail(_ reason: ValidationError.Reason) -> ValidationError {
            ValidationError(field: field, value: given, reason: reason)
        }
        let expectedShape = "18 characters: 17 digits and a digit or X; or 15 digits"
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        switch characters.count {
        case 15:
            guard characters.allSatisfy(isDigit) else { throw fail(.malformed(expected: expectedShape)) }
            characters.insert(contentsOf: ["1", "9"], at: 6)
            characters.append(Self.checkCharacter(characters))
            wasUpgraded = true
        case 18:
            guard characters[..<17].allSatisfy(isDigit), isDigit(characters[17]) || characters[17] == "X" else {
                throw fail(.malformed(expected: expectedShape))
            }
            wasUpgraded = false
        default:
            throw fail(.malformed(expected: expectedShape))
        }
        guard Self.provinces.contains(String(characters[0..<2])) else {
            throw fail(.malformed(expected: "a GB/T 2260 address code in the first 6 digits"))
        }
        let birthText = String(characters[6..<10]) + "-" + String(characters[10..<12]) + "-" + String(characters[12..<14])
        guard let birthDate = LocalDate.parse(birthText) else { throw fail(.malformedDate) }
        guard birthDate.year >= 1900 else { throw fail(.implausibleDate) }
        if let today, birthDate > today { throw fail(.futureDate) }
        let expected = Self.checkCharacter(characters)
        guard characters[17] == expected else { throw fail(.checksum(expected: expected)) }
        self.number = String(characters)
        self.birthDate = birthDate
        self.sex = characters[16].wholeNumberValue.map { $0 % 2 == 1 ? .male : .female } ?? .unknown
    }

    /// The GB 11643 check character of a number's first 17 digits (`11010519491231002` → `X`): the one
    /// implementation of the check, which fixtures and tests that make numbers use too.
    public static func checkCharacter(of first17: String) -> Character { checkCharacter(Array(first17)) }

    /// The GB 11643 check character for the first 17 characters of `characters`.
    static func checkCharacter(_ characters: [Character]) -> Character {
        var sum = 0
        for (character, weight) in zip(characters.prefix(17), weights) {
            sum += (character.wholeNumberValue ?? 0) * weight
        }
        return checkCharacters[sum % 11]
    }

    /// The number.
    public var description: String { number }
}
