/// What a caller did with member data, as the access log records it (`export`, `unmasked_read` …).
///
/// Actions are open, like ``DisclosurePurpose``: a deployment can name its own
/// (`AccessAction("print")`); the library writes the ones below.
///
/// **Threading.** A value type: `Sendable`.
public struct AccessAction: OpenKey {
    /// The action's key, as the access log stores it (`unmasked_read`).
    public let rawValue: String

    /// Wraps an action key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Member data left the register in bulk: ``Register/exportMembers(_:_:)``,
    /// ``Register/recordExport(_:rowCount:completed:)``, a CSV or JSON listing. Written by the library.
    public static let export: AccessAction = "export"
    /// A sensitive field was shown unmasked to a person (a record opened with `--unmasked`, a scoped
    /// view's unmasked read). Needs a reason.
    public static let unmaskedRead: AccessAction = "unmasked_read"
    /// A rejects file of an import was written: it holds the rows as typed, identifiers unmasked.
    public static let rejectsFile: AccessAction = "rejects_file"
    /// A member's identifying values were erased (``RegisterTransaction/erase(_:reason:)``). Written by
    /// the library.
    public static let erasure: AccessAction = "erasure"

    /// Whether an event of this action must give a reason: unmasked reads, rejects files and erasures.
    /// (Exports need one when unmasked: ``AccessEvent/revealsUnmasked``.)
    public var requiresReason: Bool { self == .unmaskedRead || self == .rejectsFile || self == .erasure }
}
