import ArgumentParser
import UnitedFront

/// `united-front erase ID --reason R [--actor A]`: erases a member's identifying values (PIPL Art. 47)
/// from every row, past and present, keeping the coded fields so every figure stays as it was.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a member's name, identifiers, contacts and notes from all history (PIPL Art. 47); figures stay.",
        discussion: """
            The name becomes 已删除; former names, document number, mobile, e-mail, address and notes are removed \
            from the current record, every history row, the change log and the search index; relation notes and \
            party introducers too. Coded fields, birth date, work unit, post, dates and records stay, so counts, \
            statistics and reports are unchanged. Recorded as its own changeset and in the access log. Backups and \
            files exported earlier are out of reach. A member is erased once. Example: united-front erase 7 \
            --reason "本人申请 (2025-02-20 收件 第3号)" --actor 统战部李主任
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var member: MemberArgument

    /// Why: the request and its record.
    @Option(name: .long, help: "Why: the request, its date and number (required).")
    var reason: String

    func run() throws {
        let register = try database.openExisting()
        let erasure = try register.erase(member.id, reason: reason,
                                         by: Attribution(actor: actor.name, reason: reason))
        print("member \(erasure.member): erased \(erasure.fields.map(\.label).joined(separator: "、")) "
              + "(changeset \(erasure.changeset), access log \(erasure.accessLogEntry.id))")
    }
}
