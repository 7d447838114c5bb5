import UnitedFront

/// Reads records of one kind for the `list` subcommands and for what a write prints.
enum RecordListing {
    /// Prints `member`'s records of a kind (or everyone's): those in force on `--as-of`, or, for a member
    /// without `--as-of`, every record they hold or held, each as on its last day, with its from and to.
    /// - Throws: ``RegisterError/memberNotFound(_:)`` for a member the register does not have.
    static func print<Record: PresentableRecord>(_ type: Record.Type, of member: MemberID?, dates: ReadDateOptions,
                                                 output: OutputOptions, register: Register) throws {
        if let member, try register.member(member) == nil { throw RegisterError.memberNotFound(member) }
        let tenures: [Tenure<Record>]
        if let member, dates.asOf == nil {
            tenures = try register.records(type, of: member, knownAt: dates.knownAt)
        } else {
            tenures = try register.records(type, of: member, asOf: dates.date(register), knownAt: dates.knownAt)
        }
        let table = RecordPresenter.table(tenures, names: CodeNames(codes: register.codes, showCodes: output.codes))
        Swift.print(try table.rendered(as: output.format))
    }

    /// Record `id` as it stood on `date`, after a write.
    /// - Throws: ``RegisterError/recordNotFound(_:id:)`` when there is none.
    static func record<Record: PresentableRecord>(_ id: RecordID<Record>, asOf date: LocalDate,
                                                  in register: Register) throws -> Tenure<Record> {
        guard let tenure = try register.read({ try $0.record(id, asOf: date) }) else {
            throw RegisterError.recordNotFound(Record.kind, id: id.rawValue)
        }
        return tenure
    }

    /// Writes with `write` and prints the record as it stands on `date`: the write of every record
    /// subcommand that changes or ends a record.
    /// - Throws: what `write` throws; ``CLIError/recordNotInForce(noun:id:on:began:ended:)`` with the
    ///   record's dates when it is not in force on `date`.
    static func write<Record: PresentableRecord>(_ id: RecordID<Record>, on date: LocalDate, in register: Register,
                                                 output: OutputOptions, _ write: () throws -> Bool) throws {
        let changed: Bool
        do {
            changed = try write()
        } catch RegisterError.recordNotInForce(let kind, let raw, let day) where kind == Record.kind && raw == id.rawValue {
            let last = LocalDate(year: 9999, month: 12, day: 31)!
            guard let tenure = try register.read({ try $0.record(id, asOf: last) }) else {
                throw RegisterError.recordNotInForce(kind, id: raw, on: day)
            }
            throw CLIError.recordNotInForce(noun: Record.noun, id: id.description, on: day.iso8601,
                                            began: tenure.from.iso8601, ended: tenure.to?.iso8601)
        }
        try RecordPresenter.printWrite(try record(id, asOf: date, in: register), changed: changed, output: output,
                                       codes: register.codes)
    }
}
