import Foundation
import FuzzSupport
import UnitedFront
import UnitedFrontExchange

/// The member sheet reader and importer on random bytes written as a CSV file.
///
/// Each input is imported twice into a fresh copy of a register that already holds one member with a
/// citizen ID (so rows can match and update): all-or-nothing with the detected encoding, then (into the
/// same register, so its rows may now match) skip-bad-rows with a rejects file and an encoding chosen by
/// the input's length (detected, UTF-8 or GB18030). Allowed outcomes: a result, or a thrown ``MemberSheetError`` or core typed error. Checked:
/// an all-or-nothing import with a bad row writes nothing; a committed import's member count is the
/// held member plus the imported ones; the register reads afterwards.
@main
enum FuzzSheet {
    static let clerk = Attribution(actor: "统战部 张科员", reason: "模糊测试")
    static let recorded = try! Timestamp(iso8601: "2024-07-01T09:00:00+08:00")
    static let template = try! RegisterTemplate(name: "sheet", clock: { recorded }) { register in
        var held = MemberRecord(name: "乌云其木格")
        held.documentNumber = "150102197803150241"
        _ = try register.add(held, effective: "2020-01-01", by: clerk)
    }
    static let sheet = template.scratch("sheet.csv")
    static let rejects = template.scratch("sheet.rejects.csv")

    static func main() {
        _ = template
        Fuzzer.run(allowing: { $0 is MemberSheetError }) { input in
            try? FileManager.default.removeItem(at: sheet)
            for attempt in 0... {   // libFuzzer's -timeout alarm can interrupt the write (EINTR)
                do { try Data(input.bytes).write(to: sheet); break } catch where attempt < 5 {}
            }
            let register = try template.fresh()
            do {
                try importSheet(into: register, MemberImportOptions(effective: "2024-06-30"))
            } catch let error as MemberSheetError {
                _ = error.description
            }
            let encoding: SheetEncoding? = [nil, .utf8, .gb18030][input.bytes.count % 3]
            try importSheet(into: register, MemberImportOptions(skipBadRows: true, effective: "2024-06-30",
                                                                rejectsURL: rejects, encoding: encoding))
        }
    }

    static func importSheet(into register: Register, _ options: MemberImportOptions) throws {
        let (before, membersBefore) = try register.read { snapshot in
            (try snapshot.changesets().count, try snapshot.count(matching: MemberQuery()))
        }
        let result: ImportResult
        do {
            result = try MemberSheetImporter(register: register).importSheet(at: sheet, options: options, by: clerk)
        } catch {
            guard try register.read({ try $0.changesets().count }) == before else {
                Fuzzer.finding("a thrown import (\(error)) wrote a changeset")
            }
            throw error
        }
        let (changesets, members) = try register.read { snapshot in
            (try snapshot.changesets().count, try snapshot.count(matching: MemberQuery()))
        }
        if !options.skipBadRows, result.rejected > 0 {
            guard !result.committed, changesets == before, members == membersBefore else {
                Fuzzer.finding("an all-or-nothing import with \(result.rejected) bad rows wrote something")
            }
        }
        if result.committed, members != membersBefore + result.imported {
            Fuzzer.finding("\(result.imported) imported but \(members) members (\(membersBefore) before)")
        }
        _ = result.json
    }
}
