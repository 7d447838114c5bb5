import Foundation
import Testing
import UnitedFront
import UnitedFrontExchange

/// `examples/data/NAME` in the repository.
func sample(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/data").appendingPathComponent(name)
}

/// A temporary directory removed when the value goes away.
final class ScratchDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("unitedfront-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    /// Writes UTF-8 `text` to a new file and returns its URL.
    func write(_ name: String, _ text: String) throws -> URL {
        let file = file(name)
        try Data(text.utf8).write(to: file)
        return file
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A GB 11643 citizen ID with its check character computed here, independently of the library.
func citizenID(_ address: String = "150102", born: String, sequence: Int) -> String {
    let seventeen = address + born.replacingOccurrences(of: "-", with: "") + String(format: "%03d", sequence)
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(seventeen, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
    return seventeen + String(Array("10X98765432")[sum % 11])
}

let importer = Attribution(actor: "统战部 张科员", reason: "2024年度摸底")
let sampleEffective: LocalDate = "2024-06-30"

extension Register {
    /// The number of changesets recorded.
    func changesetCount() throws -> Int { try read { try $0.changesets().count } }

    /// Every active member on `date`, by id.
    func everyone(on date: LocalDate = "2024-06-30") throws -> [Member] { try members(asOf: date) }

    /// Imports a sheet with the sample effective date.
    func importSheet(_ url: URL, _ options: MemberImportOptions = MemberImportOptions(effective: sampleEffective))
        throws -> ImportResult
    {
        try MemberSheetImporter(register: self).importSheet(at: url, options: options, by: importer)
    }

    /// The member holding a document.
    func member(withDocument number: String) throws -> Member? {
        try everyone(on: "2099-12-31").first { $0.documentNumber == number }
    }
}
