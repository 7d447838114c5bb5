/// How far an import has got: handed to the progress callback at most about ten times a second, and
/// once more at the end.
///
/// **Threading.** A value type: `Sendable`.
public struct ImportProgress: Hashable, Sendable {
    /// Data rows read so far (the header not counted).
    public var rowsRead: Int
    /// Bytes of the file read so far (ahead of the rows by at most one 64 KiB chunk).
    public var bytesRead: Int64
    /// The size of the file.
    public var totalBytes: Int64

    /// Creates a progress report.
    public init(rowsRead: Int, bytesRead: Int64, totalBytes: Int64) {
        self.rowsRead = rowsRead
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// `bytesRead / totalBytes`, from 0 to 1 (1 for an empty file).
    public var fraction: Double {
        totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 1
    }
}
