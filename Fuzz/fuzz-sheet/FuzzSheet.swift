import Foundation
import FuzzSupport
import UnitedFront
import UnitedFrontExchange

/// The member sheet reader and importer on random bytes written as a CSV file.
///
/// Each input is imported twice, each time into a fresh in-memory register that already holds one member
/// with a citizen ID (so rows can match and update): all-or-nothing with the detected encoding, then
/// skip-bad-rows with a rejects file and an encoding chosen by the input's length (detected, UTF-8 or
/// GB18030). Allowed outcomes: a result, or a thrown ``MemberSheetError`` or core typed error. Checked:
/// an all-or-nothing import with a bad row writes nothing; a committed import's member count is the
/// held member plus the imported ones; the register reads afterwards.
@main
enum FuzzSheet {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("unitedfront-fuzz-sheet-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    static let sheet = folder.appendingPathComponent("sheet.csv")
    static let rejects = folder.appendingPathComponent("sheet.rejects.csv")
    static let clerk = Attribution(actor: "统战部 张科员", reason: "模糊测试")
    static let recorded = try! Timestamp(iso8601: "2024-07-01T09:00:00+08:00")

    static func main() {
        Fuzzer.run(allowing: { $0 is MemberSheetError }) { input in
            try Data(input.bytes).write(to: sheet)
            try importSheet(MemberImportOptions(effective: "2024-06-30"))
            let encoding: SheetEncoding? = [nil, .utf8, .gb18030][input.bytes.count % 3]
            try importSheet(MemberImportOptions(skipBadRows: true, effective: "2024-06-30", rejectsURL: rejects,
                                                encoding: encoding))
        }
    }

    static func importSheet(_ options: MemberImportOptions) throws {
        let register = try Register.inMemory(clock: { recorded })
        var held = MemberRecord(name: "乌云其木格")
        held.documentNumber = "150102197803150241"
        _ = try register.add(held, effective: "2020-01-01", by: clerk)
        let before = try register.read { try $0.changesets().count }
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
            guard !result.committed, changesets == before, members == 1 else {
                Fuzzer.finding("an all-or-nothing import with \(result.rejected) bad rows wrote something")
            }
        }
        if result.committed, members != 1 + result.imported {
            Fuzzer.finding("\(result.imported) imported but \(members) members (1 held before)")
        }
        _ = result.json
    }
}
