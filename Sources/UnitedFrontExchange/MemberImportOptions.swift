public import Foundation
public import UnitedFront

/// How ``MemberSheetImporter`` treats a sheet.
///
/// - **All or nothing** (the default): any bad row and nothing is written; every bad row is reported.
/// - **Skip bad rows** (``skipBadRows``): good rows are written, bad ones reported and, with
///   ``rejectsURL``, copied to a rejects CSV (same header plus `错误`) that can be fixed and re-imported.
/// - **Dry run** (``dryRun``): the whole import runs in its transaction and is rolled back, so it finds
///   exactly what a real run would, duplicates within the file included.
///
/// **Threading.** A value type: `Sendable`.
public struct MemberImportOptions: Hashable, Sendable {
    /// Write the good rows even when some are bad.
    public var skipBadRows: Bool
    /// Validate and report, write nothing.
    public var dryRun: Bool
    /// The effective date of registrations and changes; nil means today (China Standard Time).
    public var effective: LocalDate?
    /// Where to copy bad rows (UTF-8 CSV with a byte order mark); nil for no rejects file. Written in
    /// every mode when there are bad rows.
    public var rejectsURL: URL?
    /// The sheet's encoding; nil detects it (UTF-8 if the whole file is valid UTF-8, else GB18030).
    public var encoding: SheetEncoding?

    /// Options for an all-or-nothing import effective today.
    public init(skipBadRows: Bool = false, dryRun: Bool = false, effective: LocalDate? = nil,
                rejectsURL: URL? = nil, encoding: SheetEncoding? = nil) {
        self.skipBadRows = skipBadRows
        self.dryRun = dryRun
        self.effective = effective
        self.rejectsURL = rejectsURL
        self.encoding = encoding
    }
}
