import ArgumentParser
import UnitedFront

/// `united-front change ID --field value …`: records that reality changed on a date.
struct ChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a member's details changed in reality on a date (--effective).",
        discussion: """
            The new values hold from --effective until each field's next recorded change. An empty value \
            (--post "") clears a field. Example: united-front change 1 --rank 正科级 --effective 2023-06-01 \
            --reason "晋升文件 2023-12号"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: MemberFieldOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    @OptionGroup var member: MemberArgument

    func validate() throws {
        guard !fields.given.isEmpty else {
            throw ArgumentParser.ValidationError("Give at least one field to change, e.g. --post 副局长")
        }
    }

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        let fields = self.fields
        let changed = try register.change(id, effective: effective.date(register), by: attribution.attribution) { record in
            fields.apply(to: &record)
        }
        try WriteSummary.print(id, changed: changed, in: register)
    }
}
