import UnitedFront

/// Reads records of one kind for the `list` subcommands and for what a write prints.
enum RecordListing {
    /// Prints `holder`'s records of a kind (or everyone's): those in force on `--as-of`, or, for a holder
    /// (or a kind nobody holds) without `--as-of`, every record, each as on its last day, with its from
    /// and to.
    /// - Throws: ``RegisterError/memberNotFound(_:)`` or ``RegisterError/recordNotFound(_:id:)`` for a
    ///   holder the register does not have.
    static func print<Record: PresentableRecord>(_ type: Record.Type, of holder: Record.Holder?, dates: ReadDateOptions,
                                                 output: OutputOptions, register: Register) throws {
        if let holder { try holder.check(in: register) }
        let tenures: [Tenure<Record>]
        if dates.asOf == nil, let holder = holder ?? Record.Holder.everyone {
            tenures = try register.records(type, of: holder, knownAt: dates.knownAt)
        } else {
            tenures = try register.records(type, of: holder, asOf: dates.date(register), knownAt: dates.knownAt)
        }
        try print(tenures, output: output, register: register)
    }

    /// Prints `tenures` as a table, CSV, or a JSON array of objects.
    static func print<Record: PresentableRecord>(_ tenures: [Tenure<Record>], output: OutputOptions, register: Register) throws {
        let table = RecordPresenter.table(tenures, names: CodeNames(codes: register.codes, showCodes: output.codes))
        Swift.print(try table.rendered(as: output.format))
    }

    /// Prints record `id` as it stood on `--as-of` (default today), in force or ended: the `show`
    /// subcommands.
    /// - Throws: ``RegisterError/recordNotFound(_:id:)`` when there is none;
    ///   ``CLIError/recordNotInForce(noun:id:on:began:ended:)`` before it began.
    static func show<Record: PresentableRecord>(_ id: RecordID<Record>, dates: ReadDateOptions, output: OutputOptions,
                                                register: Register) throws {
        let last = try existing(id, in: register)
        let date = dates.date(register)
        guard let tenure = try register.read({ try $0.record(id, asOf: date, knownAt: dates.knownAt) }) else {
            throw CLIError.recordNotInForce(noun: Record.noun, id: id.description, on: date.iso8601,
                                            began: last.from.iso8601, ended: last.to?.iso8601)
        }
        try RecordPresenter.printRecord(tenure, output: output, codes: register.codes)
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

    /// Record `id` as it stands on its last day, whenever that is: that it exists.
    /// - Throws: ``RegisterError/recordNotFound(_:id:)`` when there is none.
    @discardableResult
    static func existing<Record: PresentableRecord>(_ id: RecordID<Record>, in register: Register) throws -> Tenure<Record> {
        try record(id, asOf: LocalDate(year: 9999, month: 12, day: 31)!, in: register)
    }

    /// Writes with `write` and prints the record as it stands on `date`: the write of every record
    /// subcommand that changes or ends a record.
    /// - Throws: what `write` throws; ``CLIError/recordNotInForce(noun:id:on:began:ended:)`` with the
    ///   record's dates when it is not in force on `date`.
    static func write<Record: PresentableRecord>(_ id: RecordID<Record>, on date: LocalDate, in register: Register,
                                                 output: OutputOptions, _ write: () throws -> Bool) throws {
        let changed = try attempt(id, in: register, write)
        try RecordPresenter.printWrite(try record(id, asOf: date, in: register), changed: changed, output: output,
                                       codes: register.codes)
    }

    /// Runs `write` on record `id` and returns what it returns (whether anything changed).
    /// - Throws: what `write` throws; ``CLIError/recordNotInForce(noun:id:on:began:ended:)`` with the
    ///   record's dates when it is not in force on the day written.
    static func attempt<Record: PresentableRecord>(_ id: RecordID<Record>, in register: Register,
                                                   _ write: () throws -> Bool) throws -> Bool {
        do {
            return try write()
        } catch RegisterError.recordNotInForce(let kind, let raw, let day) where kind == Record.kind && raw == id.rawValue {
            let last = LocalDate(year: 9999, month: 12, day: 31)!
            guard let tenure = try register.read({ try $0.record(id, asOf: last) }) else {
                throw RegisterError.recordNotInForce(kind, id: raw, on: day)
            }
            throw CLIError.recordNotInForce(noun: Record.noun, id: id.description, on: day.iso8601,
                                            began: tenure.from.iso8601, ended: tenure.to?.iso8601)
        }
    }

    /// Withdraws record `id`, entered by mistake: ends it on its own first day, so that it was never in
    /// force, and prints it (`… from 2022-03-01 to 2022-03-01 (withdrawn)`; with `--format json` the
    /// record with `"changed"`, its `to` equal to its `from`).
    /// - Throws: ``CLIError/alreadyWithdrawn(noun:id:on:)``; what ``attempt(_:in:_:)`` throws.
    static func withdraw<Record: PresentableRecord>(_ id: RecordID<Record>, attribution: AttributionOptions,
                                                    output: OutputOptions, register: Register) throws {
        let first = try existing(id, in: register)
        let date = first.from
        guard first.to != date else {
            throw CLIError.alreadyWithdrawn(noun: Record.noun, id: id.description, on: date.iso8601)
        }
        _ = try attempt(id, in: register) {
            try register.end(id, effective: date, by: attribution.attribution)
            return true
        }
        let tenure = try existing(id, in: register)
        guard output.format == .table else {
            try RecordPresenter.printWrite(tenure, output: output, codes: register.codes)
            return
        }
        Swift.print(RecordPresenter.headline(tenure, names: CodeNames(codes: register.codes, showCodes: output.codes)) + " (withdrawn)")
    }

    /// Adds `record` for `holder` on `--effective` and prints it: the write of every `add` subcommand.
    static func add<Record: PresentableRecord>(_ record: Record, for holder: Record.Holder, effective: EffectiveDateOptions,
                                               attribution: AttributionOptions, output: OutputOptions,
                                               register: Register) throws {
        let date = effective.date(register)
        let id = try register.add(record, for: holder, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try self.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }

    /// Changes record `id` on `--effective` with `edit` and prints it: the write of every `change`
    /// subcommand.
    static func change<Record: PresentableRecord>(_ id: RecordID<Record>, effective: EffectiveDateOptions,
                                                  attribution: AttributionOptions, output: OutputOptions, register: Register,
                                                  _ edit: (inout Record) -> Void) throws {
        let date = effective.date(register)
        try write(id, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { try $0.change(id, effective: date, edit) }
        }
    }

    /// Ends record `id` on `--effective` (its last day in force is the day before) and prints it: the
    /// write of every `end` subcommand.
    static func end<Record: PresentableRecord>(_ id: RecordID<Record>, effective: EffectiveDateOptions,
                                               attribution: AttributionOptions, output: OutputOptions, register: Register,
                                               _ edit: (inout Record) -> Void = { _ in }) throws {
        let date = effective.date(register)
        try write(id, on: date, in: register, output: output) {
            try register.end(id, effective: date, by: attribution.attribution, edit)
            return true
        }
    }
}
