/// Checks that a byte stream is well-formed UTF-8, chunk by chunk: a sequence split between two chunks
/// is carried over, so the result does not depend on where the chunks end.
struct UTF8Validator {
    private var carried: [UInt8] = []
    /// False once an invalid sequence was seen.
    private(set) var isValid = true

    /// Feeds the next chunk.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        guard isValid else { return }
        var bytes = carried
        bytes.append(contentsOf: chunk)
        // Hold back a trailing lead byte whose sequence is not complete yet.
        var cut = bytes.count
        var back = 0
        while back < 3, cut - back - 1 >= 0, bytes[cut - back - 1] & 0xC0 == 0x80 { back += 1 }
        if cut - back - 1 >= 0 {
            let lead = bytes[cut - back - 1]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length > back + 1 { cut = cut - back - 1 }
        }
        carried = Array(bytes[cut...])
        isValid = String(validating: bytes[..<cut], as: UTF8.self) != nil
    }

    /// Ends the stream: an incomplete sequence at the very end makes it invalid.
    mutating func finish() -> Bool {
        if !carried.isEmpty { isValid = false }
        return isValid
    }
}
