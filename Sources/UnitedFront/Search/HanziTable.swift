/// The character table of name search: toneless pinyin readings, the simplified form of traditional
/// characters, and surname readings, parsed once per process from `codes/hanzi/hanzi.tsv` (embedded at
/// build time by the EmbedSchema plugin as `EmbeddedHanzi.text`; `scripts/gen_hanzi.py` generates it from
/// pypinyin and OpenCC, see codes/README.md).
///
/// **Threading.** Immutable after it is built; ``shared`` is built lazily and thread-safely on first use.
struct HanziTable: Sendable {
    /// The table of the embedded data.
    static let shared = HanziTable(parsing: EmbeddedHanzi.text)

    /// A fingerprint of the embedded data, for the search index's version.
    static var checksum: String { EmbeddedHanzi.checksum }

    /// Readings by code point, the most common first.
    private(set) var readings: [UInt32: [String]] = [:]
    /// Simplified forms of traditional characters, by code point.
    private(set) var simplified: [UInt32: Unicode.Scalar] = [:]
    /// Surname readings that differ from the common one, by code point (of the simplified character).
    private(set) var surnames: [UInt32: String] = [:]
    /// Compound surnames (尉迟 → yu, chi), by the two code points (`first << 32 | second`).
    private(set) var compoundSurnames: [UInt64: [String]] = [:]
    /// The order key of each character's common reading (see ``orderKey(_:first:)``).
    private var commonKeys: [UInt32: UInt32] = [:]
    /// The order key of each character's surname reading, where it has one.
    private var surnameKeys: [UInt32: UInt32] = [:]
    /// The order keys of compound surnames' syllables.
    private var compoundKeys: [UInt64: (UInt32, UInt32)] = [:]

    /// Keys of Han characters start here, above every Unicode scalar value.
    static let hanKeyBase: UInt32 = 0x0100_0000
    /// Han characters without a reading sort after those with one, in code-point order.
    static let unknownHanKeyBase: UInt32 = 0x0200_0000

    init(parsing text: String) {
        var syllables = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.first != "#" {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { continue }
            let key = Array(fields[0].unicodeScalars)
            if key.count == 2 {
                let parts = fields[3].split(separator: " ").map(String.init)
                guard parts.count == 2 else { continue }
                compoundSurnames[Self.pair(key[0], key[1])] = parts
                syllables.formUnion(parts)
                continue
            }
            guard key.count == 1 else { continue }
            let code = key[0].value
            let list = fields[1].split(separator: ",").map(String.init)
            if !list.isEmpty { readings[code] = list; syllables.insert(list[0]) }
            if let simple = fields[2].unicodeScalars.first { simplified[code] = simple }
            if !fields[3].isEmpty { surnames[code] = String(fields[3]); syllables.insert(String(fields[3])) }
        }
        let rank = Dictionary(uniqueKeysWithValues: syllables.sorted().enumerated().map { ($1, Self.hanKeyBase + UInt32($0)) })
        for (code, list) in readings { commonKeys[code] = rank[list[0]] }
        for (code, reading) in surnames { surnameKeys[code] = rank[reading] }
        // A traditional character takes its simplified form's surname reading (單 as 单: shan).
        for (code, simple) in simplified {
            if let reading = surnames[simple.value], surnames[code] == nil {
                surnames[code] = reading
                surnameKeys[code] = rank[reading]
            }
        }
        for (pair, parts) in compoundSurnames {
            if let first = rank[parts[0]], let second = rank[parts[1]] { compoundKeys[pair] = (first, second) }
        }
    }

    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Whether `scalar` is a Han character (CJK unified or compatibility ideograph).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// The simplified form of `scalar`, or `scalar` itself.
    func simplify(_ scalar: Unicode.Scalar) -> Unicode.Scalar { simplified[scalar.value] ?? scalar }

    /// The common reading of `scalar` (toneless; ü as v), or nil.
    func reading(_ scalar: Unicode.Scalar) -> String? { readings[scalar.value]?.first }

    /// The surname reading of `scalar` where it differs from the common one (单 → shan), or nil.
    func surnameReading(_ scalar: Unicode.Scalar) -> String? { surnames[scalar.value] }

    /// The readings of a compound surname (尉迟 → [yu, chi]), or nil.
    func compoundSurname(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> [String]? {
        compoundSurnames[Self.pair(first, second)]
    }

    /// The primary sort key of a character: the rank of its pinyin (its surname reading when `first`)
    /// for Han characters, above every other character, which sort by their lower-case code point.
    func orderKey(_ scalar: Unicode.Scalar, first: Bool) -> UInt32 {
        if first, let key = surnameKeys[scalar.value] { return key }
        if let key = commonKeys[scalar.value] { return key }
        if Self.isHan(scalar) { return Self.unknownHanKeyBase + scalar.value }
        if scalar.value < 0x80 {
            return (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
        }
        return scalar.value
    }

    /// The keys of a compound surname's two syllables, or nil.
    func compoundOrderKeys(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> (UInt32, UInt32)? {
        compoundKeys[Self.pair(first, second)]
    }
}
