import Foundation
import Testing
import UnitedFront
import UnitedFrontExchange
import UnitedFrontTestSupport

/// `examples/data/NAME` in the repository.
func sample(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/data").appendingPathComponent(name)
}

/// The scratch folders of these tests.
typealias ScratchDirectory = TemporaryDirectory

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
