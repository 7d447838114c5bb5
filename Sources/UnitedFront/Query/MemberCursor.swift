/// Where a page of a ``MemberQuery`` ended: the sort key and id of its last member, for the query's
/// ``MemberQuery/after`` to continue strictly after it (keyset pagination). Pages stay stable while
/// members are added or changed between them: a member is never shown twice, and one that sorts after
/// the cursor when the next page is read appears on it.
///
/// Opaque and printable: `String(cursor)` gives a short ASCII token (`name.42.e78e8b`) that
/// `MemberCursor(token)` reads back, for a command line or a URL; it is also `Codable` as that string.
/// A cursor belongs to one ``MemberOrder``: a query with another order refuses it
/// (``ValidationError`` field `after`).
public struct MemberCursor: Sendable, Hashable, Codable, LosslessStringConvertible {
    /// The order it was made for.
    public let order: MemberOrder
    /// The last member shown.
    public let memberID: MemberID
    /// The sort key of that member, as text (a name, a date, a changeset id); nil for none (no birth date).
    let key: String?

    init(order: MemberOrder, key: String?, memberID: MemberID) {
        self.order = order
        self.key = key
        self.memberID = memberID
    }

    /// The token: the order, the member id and the key's UTF-8 bytes in hex (`-` for no key).
    public var description: String {
        var text = "\(order.rawValue).\(memberID.rawValue)"
        if order != .id { text += "." + (key.map(Self.hex) ?? "-") }
        return text
    }

    /// Reads a token; nil when it is not one.
    public init?(_ description: String) {
        let parts = description.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let order = parts.first.flatMap(MemberOrder.init(rawValue:)), parts.count == (order == .id ? 2 : 3),
              let id = Int64(parts[1]), id > 0 else { return nil }
        var key: String? = nil
        if order != .id, parts[2] != "-" {
            guard let text = Self.unhex(parts[2]) else { return nil }
            key = text
        }
        self.init(order: order, key: key, memberID: MemberID(rawValue: id))
    }

    /// Decodes the token.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let cursor = MemberCursor(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a member cursor: \(text)")
        }
        self = cursor
    }

    /// Encodes the token.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static let digits = Array("0123456789abcdef")

    private static func hex(_ text: String) -> String {
        String(text.utf8.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }

    private static func unhex(_ text: String) -> String? {
        let characters = Array(text.lowercased())
        guard characters.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < characters.count {
            guard let high = digits.firstIndex(of: characters[index]), let low = digits.firstIndex(of: characters[index + 1])
            else { return nil }
            bytes.append(UInt8(high << 4 | low))
            index += 2
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.utf8) == bytes ? text : nil
    }
}
