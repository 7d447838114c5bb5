import FuzzSupport
import UnitedFront

/// The ID validators (`CitizenID`, `CreditCode`, `MobileNumber`, `RegionCode`) on random text: as given, as
/// full-width text and padded with ASCII and ideographic spaces. A value that validates must validate again
/// from its canonical form; a refusal is a ``ValidationError`` naming the field it was given.
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
        // A refusal names the field it was given and describes itself.
        let field: ValidationError.Field = "fuzz_field"
        refusal(of: text, field: field) { () throws(ValidationError) in _ = try CitizenID(text, field: field) }
        refusal(of: text, field: field) { () throws(ValidationError) in _ = try CreditCode(text, field: field) }
        refusal(of: text, field: field) { () throws(ValidationError) in _ = try MobileNumber(text, field: field) }
        refusal(of: text, field: field) { () throws(ValidationError) in _ = try RegionCode(text, field: field) }
        if text.utf8.count >= 17 {
            _ = CitizenID.checkCharacter(of: String(text.prefix(17)))
        }
    }

    static func refusal(of text: String, field: ValidationError.Field, _ validate: () throws(ValidationError) -> Void) {
        do {
            try validate()
        } catch {
            guard error.field == field else { Fuzzer.finding("\(text.debugDescription) refused for \(error.field)") }
            _ = error.description
        }
    }
}
