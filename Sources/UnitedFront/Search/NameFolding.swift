/// How name search compares text: the same folding for what it indexes and for what is typed, so that
/// 乌云·其木格, 乌云•其木格 and 乌云其木格 are one name, 陳 is 陈 and `ＷＡＮＧ` is `wang`.
///
/// Folding turns full-width forms into ASCII, lower-cases, turns traditional characters into simplified
/// ones (OpenCC's table; characters of the 通用规范汉字表 stay as they are), and drops the middle dot in
/// all its forms (·, •, ．, ・, ‧, ∙, ⋅, `.`), spaces, apostrophes and control and format characters.
enum NameFolding {
    /// The characters that separate the parts of a minority or foreign name.
    static let dots: Set<UInt32> = [
        0x002E, 0x00B7, 0x0387, 0x16EB, 0x2022, 0x2024, 0x2027, 0x2219, 0x22C5, 0x2E31, 0x30FB, 0xFE52, 0xFF0E, 0xFF65,
    ]
    /// Apostrophes (O'Brien, xi'an).
    static let apostrophes: Set<UInt32> = [0x0027, 0x2018, 0x2019, 0xFF07, 0x02BC]

    /// `text` folded for comparison.
    static func fold(_ text: String, table: HanziTable = .shared) -> String {
        var result = String.UnicodeScalarView()
        for original in text.unicodeScalars {
            var scalar = original
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { scalar = ascii }
            let value = scalar.value
            if dots.contains(value) || apostrophes.contains(value) { continue }
            let properties = scalar.properties
            if properties.isWhitespace { continue }
            switch properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: continue
            default: break
            }
            if value < 0x80 {
                result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if HanziTable.isHan(scalar) {
                result.append(table.simplify(scalar))
            } else if properties.changesWhenLowercased {
                result.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The distinct 1- and 2-character substrings of folded text: the keys of `search_term_gram`.
    static func grams(_ folded: String) -> Set<String> {
        let scalars = Array(folded.unicodeScalars)
        var grams = Set<String>()
        for (i, scalar) in scalars.enumerated() {
            grams.insert(String(scalar))
            if i + 1 < scalars.count {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(scalars[i + 1])
                grams.insert(String(pair))
            }
        }
        return grams
    }

    /// The first one and two characters of `folded`: the short grams of a pinyin spelling, which a short
    /// query matches from its start only.
    static func prefixGrams(_ folded: String) -> Set<String> {
        let scalars = Array(folded.unicodeScalars.prefix(2))
        var grams = Set<String>()
        for count in 1...2 where count <= scalars.count {
            var gram = String.UnicodeScalarView()
            gram.append(contentsOf: scalars.prefix(count))
            grams.insert(String(gram))
        }
        return grams
    }
}
