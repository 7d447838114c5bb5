internal import CSQLite

extension Connection {
    /// Registers a collating sequence named `name` on this connection, for `ORDER BY … COLLATE name` and
    /// comparisons in queries.
    ///
    /// `compare` returns a negative number, zero or a positive number as its first string sorts before,
    /// equal to or after the second; it must be a total order and must not throw or touch the database.
    /// Strings that are not valid UTF-8 are decoded with replacement characters. Indexes should not use
    /// such a collation: a database whose index needs it cannot be written by tools that lack it.
    /// - Throws: ``DatabaseError`` when SQLite refuses the registration.
    func createCollation(_ name: String, _ compare: @escaping @Sendable (String, String) -> Int32) throws(DatabaseError) {
        let box = Unmanaged.passRetained(CollationBox(compare)).toOpaque()
        let code = sqlite3_create_collation_v2(handle, name, SQLITE_UTF8, box, { context, count1, bytes1, count2, bytes2 in
            let compare = Unmanaged<CollationBox>.fromOpaque(context!).takeUnretainedValue().compare
            return compare(CollationBox.string(bytes1, count1), CollationBox.string(bytes2, count2))
        }, { context in
            Unmanaged<CollationBox>.fromOpaque(context!).release()
        })
        guard code == SQLITE_OK else {
            throw DatabaseError(code: code, connection: handle, sql: "sqlite3_create_collation_v2(\(name))")
        }
    }
}

/// Keeps a collation's comparison alive for as long as SQLite holds it.
private final class CollationBox {
    let compare: @Sendable (String, String) -> Int32

    init(_ compare: @escaping @Sendable (String, String) -> Int32) { self.compare = compare }

    static func string(_ bytes: UnsafeRawPointer?, _ count: Int32) -> String {
        guard let bytes, count > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    }
}
