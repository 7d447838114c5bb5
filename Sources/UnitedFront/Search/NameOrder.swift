/// The order of names in lists: by pinyin, as a Chinese reader expects (安 before 白 before 陈), then by
/// the characters themselves so that the order is total.
///
/// Queries sort with `ORDER BY name COLLATE PINYIN`; every connection the register opens has the
/// collation (``prepare(_:)``). No index uses it, so the file stays readable and writable by any SQLite tool.
enum NameOrder {
    /// The collation's name in SQL.
    static let collationName = "PINYIN"

    /// Registers the collation on a connection as it opens.
    @Sendable static func prepare(_ connection: Connection) throws {
        try connection.createCollation(collationName, compare)
    }

    /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
    ///
    /// A placeholder until the pinyin table lands: Unicode scalar order.
    @Sendable static func compare(_ a: String, _ b: String) -> Int32 {
        a == b ? 0 : (a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1)
    }
}
