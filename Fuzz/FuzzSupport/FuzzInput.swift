/// A fuzz input read front to back: bytes turned into choices, numbers and text.
///
/// Reading past the end gives zeros and empty text, so every input decodes to something.
public struct FuzzInput {
    /// All the bytes of the input.
    public let bytes: [UInt8]
    private var position = 0

    /// An input over `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { position >= bytes.count }

    /// The whole input as (lossily decoded) UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The next byte, or 0 at the end.
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A choice among `count` options (0 when `count` is 0).
    public mutating func choice(_ count: Int) -> Int {
        count <= 0 ? 0 : Int(byte()) % count
    }

    /// One of `options`.
    public mutating func pick<T>(_ options: [T]) -> T { options[choice(options.count)] }

    /// A signed 16-bit number.
    public mutating func int16() -> Int {
        Int(Int16(bitPattern: UInt16(byte()) << 8 | UInt16(byte())))
    }

    /// Text up to the next 0xFF byte (or the end), at most `limit` bytes, decoded lossily as UTF-8.
    public mutating func text(limit: Int = 64) -> String {
        var chunk: [UInt8] = []
        while position < bytes.count, chunk.count < limit {
            let next = bytes[position]
            position += 1
            if next == 0xFF { break }
            chunk.append(next)
        }
        return String(decoding: chunk, as: UTF8.self)
    }

    /// The bytes not read yet.
    public mutating func rest() -> [UInt8] {
        defer { position = bytes.count }
        return position < bytes.count ? Array(bytes[position...]) : []
    }
}

extension String {
    /// The text with ASCII digits, letters and `-` turned into their full-width forms (`２０２２－０５`),
    /// as typed with a Chinese input method.
    public var fullWidth: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            (0x21...0x7E).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
    }
}
