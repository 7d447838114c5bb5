import UnitedFront

/// The paper trail of a synthetic history: who records a change (the clerks of a district's
/// departments), under which document number, and when it reaches the register.
enum Paperwork {
    /// `呼和浩特市新城区委统战部 李干事`: a clerk of `department` (`统战部`, `组织部`) in `region`. Each
    /// department has three clerks, the same ones in every population.
    static func clerk(_ department: String, in region: RegionProfile, random: inout SeededRandom) -> String {
        var names = SeededRandom(seed: fnv(region.code + department))
        let clerks = (0..<3).map { _ in names.weighted(NameTables.han) + names.element(of: ["干事", "科员", "科长", "副科长"]) }
        return "\(region.city)\(region.district)委\(department) \(random.element(of: clerks))"
    }

    /// The city-level 统战部 (无党派人士 are certified at city level or above).
    static func cityClerk(in region: RegionProfile, random: inout SeededRandom) -> String {
        var names = SeededRandom(seed: fnv(region.code + "city"))
        let clerks = (0..<2).map { _ in names.weighted(NameTables.han) + "处长" }
        return "\(region.city)委统战部 \(random.element(of: clerks))"
    }

    /// `新组干〔2021〕12号`.
    static func documentNumber(_ stem: String, year: Int, random: inout SeededRandom) -> String {
        "\(stem)〔\(year)〕\(random.integer(in: 1...68))号"
    }

    /// When a change effective `effective` reaches the register: usually within three weeks, sometimes
    /// months later (back-dated), and, for `announced` changes such as appointments, sometimes a few
    /// days before it takes effect; always during office hours in China Standard Time, and never
    /// before `after`.
    static func recordedAt(effective: LocalDate, after: Timestamp?, announced: Bool,
                           random: inout SeededRandom) -> Timestamp {
        let day: LocalDate = switch random.weighted([("prompt", 80), ("late", 12), ("early", announced ? 8 : 0)]) {
        case "prompt": effective.adding(days: random.integer(in: 0...20))
        case "late": effective.adding(days: random.integer(in: 45...300))
        default: effective.adding(days: -random.integer(in: 1...10))
        }
        let officeHours = Int64(9 * 3_600_000 + random.below(9 * 3_600_000))
        let candidate = Timestamp(millisecondsSince1970: Timestamp(startOf: day).millisecondsSince1970 + officeHours)
        guard let after, candidate <= after else { return candidate }
        return Timestamp(millisecondsSince1970: after.millisecondsSince1970 + Int64(60_000 + random.below(3_600_000)))
    }

    /// FNV-1a of `text`'s UTF-8 bytes: a stable 64-bit key.
    static func fnv(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
