/// Small text helpers every layer of the library uses.
extension String {
    /// The string without leading and trailing spaces, tabs, line breaks and ideographic spaces (Unicode
    /// `White_Space`). Package-wide: the exchange module trims sheet cells with it, without bridging to `NSString`.
    package func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return self }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// The string padded on the left with zeros to at least `width` characters: `"A".leftPadded(to: 4)` is `000A`.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension String {
    /// The string with full-width ASCII forms (U+FF01…U+FF5E: `１`, `Ａ`, `－`) and the ideographic space
    /// (U+3000) replaced by their ASCII forms: what a Chinese input method types into a number, a date or
    /// a code. Chinese punctuation outside that block (、，。) is left alone.
    public func halfWidth() -> String {
        guard unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return self
        }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
            } else if scalar.value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
