/// The toneless pinyin of a name, as search indexes it: in full (`wuyunqimuge`) and as initials
/// (`wyqmg`), with the reading its first character takes as a surname (单 shan, 曾 zeng, 解 xie; 尉迟
/// yuchi, 万俟 moqi) and, when that differs, the common reading too (so 单 is found as `dan` as well).
/// Other characters take their most common reading; ü is written `v` (吕 lv).
enum NamePinyin {
    /// The spellings of folded text (see ``NameFolding``): each distinct full form and initials form;
    /// none when the text has no Han character with a reading.
    static func spellings(of folded: String, table: HanziTable = .shared) -> [String] {
        let scalars = Array(folded.unicodeScalars)
        guard scalars.contains(where: { table.reading($0) != nil }) else { return [] }
        let common: [String] = scalars.map { table.reading($0) ?? String($0) }
        var variants = [common]
        if scalars.count >= 2, let compound = table.compoundSurname(scalars[0], scalars[1]) {
            var surname = common
            surname[0] = compound[0]
            surname[1] = compound[1]
            variants.insert(surname, at: 0)
        } else if let reading = table.surnameReading(scalars[0]) {
            var surname = common
            surname[0] = reading
            variants.insert(surname, at: 0)
        }
        var result: [String] = []
        for syllables in variants {
            for spelling in [syllables.joined(), String(syllables.compactMap(\.first))] where !result.contains(spelling) {
                result.append(spelling)
            }
        }
        return result
    }
}
