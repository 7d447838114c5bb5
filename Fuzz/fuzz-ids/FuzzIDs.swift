import FuzzSupport
import UnitedFront

/// The ID validators on random text: as given, as full-width text, and with the input's first byte
/// choosing a field-shaped prefix. A value that validates must validate again from its canonical form.
@main
enum FuzzIDs {
    static func main() {
        Fuzzer.run { input in
            let text = input.text
            for candidate in [text, text.fullWidth, " \(text)\u{3000}"] {
                check(candidate)
            }
        }
    }

    static func check(_ text: String) {
        if let id = try? CitizenID(text) {
            guard let again = try? CitizenID(id.number), again.number == id.number else {
                Fuzzer.finding("citizen ID \(id.number) from \(text.debugDescription) does not validate again")
            }
            _ = (id.addressCode, id.birthDate.iso8601, id.sex, id.wasUpgraded)
        }
        if let code = try? CreditCode(text), (try? CreditCode(code.value))?.value != code.value {
            Fuzzer.finding("credit code \(code.value) from \(text.debugDescription) does not validate again")
        }
        if let mobile = try? MobileNumber(text), (try? MobileNumber(mobile.digits))?.digits != mobile.digits {
            Fuzzer.finding("mobile \(mobile.digits) from \(text.debugDescription) does not validate again")
        }
        if let region = try? RegionCode(text), (try? RegionCode(region.code))?.code != region.code {
            Fuzzer.finding("region \(region.code) from \(text.debugDescription) does not validate again")
        }
        if text.utf8.count >= 17 {
            _ = CitizenID.checkCharacter(of: String(text.prefix(17)))
        }
    }
}
