import UnitedFront

/// A valid GB 11643 citizen ID for an address code, a birth date (`YYYY-MM-DD`) and a sequence number
/// (0…999; odd for men), its check character from ``UnitedFront/CitizenID/checkCharacter(of:)``: the
/// library's one implementation of the check, which tests of refused numbers exercise independently
/// with numbers written out by hand.
public func citizenID(_ address: String = "110105", born: String, sequence: Int) -> String {
    let digits = String(sequence)
    let first17 = address + born.filter { $0 != "-" } + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    return first17 + String(CitizenID.checkCharacter(of: first17))
}
