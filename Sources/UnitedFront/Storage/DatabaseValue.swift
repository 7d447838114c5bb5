/// A value as SQLite stores it: one of its five storage classes.
enum DatabaseValue: Hashable, Sendable {
    /// SQL `NULL`.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A double-precision float.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
}

/// A Swift value that can be bound to a statement parameter.
///
/// The register's own types (``LocalDate``, ``MemberID``) conform, so that queries bind them without
/// conversions at the call site.
protocol DatabaseValueConvertible: Sendable {
    /// The value to bind.
    var databaseValue: DatabaseValue { get }
}

extension DatabaseValue: DatabaseValueConvertible {
    /// The value itself.
    var databaseValue: DatabaseValue { self }
}

extension String: DatabaseValueConvertible {
    /// The string as text.
    var databaseValue: DatabaseValue { .text(self) }
}

extension Int: DatabaseValueConvertible {
    /// The number as an integer.
    var databaseValue: DatabaseValue { .integer(Int64(self)) }
}

extension Int64: DatabaseValueConvertible {
    /// The number as an integer.
    var databaseValue: DatabaseValue { .integer(self) }
}

extension Double: DatabaseValueConvertible {
    /// The number as a real.
    var databaseValue: DatabaseValue { .real(self) }
}

extension Bool: DatabaseValueConvertible {
    /// 1 or 0, as SQLite represents booleans.
    var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// The wrapped value, or `NULL`.
    var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
}
