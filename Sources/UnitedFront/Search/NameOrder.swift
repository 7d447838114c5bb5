/// The order of names in lists: by pinyin, as a Chinese reader expects (安 before 白 before 陈; 单 as a
/// surname sorts as shan, 曾 as zeng), then by the characters themselves so that the order is total.
///
/// Queries sort with `ORDER BY name COLLATE PINYIN`; every connection the register opens has the
/// collation (``prepare(_:)``). No index uses it, so the file stays readable and writable by any SQLite tool.
///
/// The primary key of each character comes from ``HanziTable``: a Han character's rank is that of its
/// reading (the surname reading for the first character, both characters of a compound surname such as
/// 尉迟); other characters sort before Han ones, letters case-insensitively. Equal keys fall back to the
/// code points. A comparison allocates nothing: it walks both strings' scalars once or twice.
enum NameOrder {
    /// The collation's name in SQL.
    static let collationName = "PINYIN"

    /// Registers the collation on a connection as it opens.
    @Sendable static func prepare(_ connection: Connection) throws {
        try connection.createCollation(collationName, compare)
    }

    /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
    @Sendable static func compare(_ a: String, _ b: String) -> Int32 {
        if a == b { return 0 }
        let table = HanziTable.shared
        let sa = a.unicodeScalars, sb = b.unicodeScalars
        var ia = sa.makeIterator(), ib = sb.makeIterator()
        var position = 0
        // A compound surname's two keys, when the string begins with one.
        func compound(_ scalars: String.UnicodeScalarView) -> (UInt32, UInt32)? {
            var iterator = scalars.makeIterator()
            guard let first = iterator.next(), let second = iterator.next() else { return nil }
            return table.compoundOrderKeys(first, second)
        }
        let ca = compound(sa), cb = compound(sb)
        while true {
            let x = ia.next(), y = ib.next()
            guard let x else { if y == nil { break }; return -1 }
            guard let y else { return 1 }
            let kx = key(x, position, ca, table), ky = key(y, position, cb, table)
            if kx != ky { return kx < ky ? -1 : 1 }
            position += 1
        }
        return sa.lexicographicallyPrecedes(sb) ? -1 : (sb.lexicographicallyPrecedes(sa) ? 1 : 0)
    }

    private static func key(_ scalar: Unicode.Scalar, _ position: Int, _ compound: (UInt32, UInt32)?, _ table: HanziTable) -> UInt32 {
        if let compound, position < 2 { return position == 0 ? compound.0 : compound.1 }
        return table.orderKey(scalar, first: position == 0)
    }
}
