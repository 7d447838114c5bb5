/// One interval of a member's membership in one category: a `member_category_history` row as the write
/// engine sees it. Dates stay ISO 8601 text, which compares in date order.
struct MembershipRow: DatedRow {
    /// What was recorded effective on an interval's `validFrom`.
    enum Point: String, CaseIterable {
        /// The membership began: a point of the tier and of the source.
        case entry
        /// The tier was changed.
        case tier
        /// The source was changed (推荐 → 认定, say).
        case source
    }

    var id: Int64
    var validFrom: String
    var validTo: String?
    var tier: String
    var source: String?
    var points: Set<Point> = []
    /// Why the membership ended at `validTo` (an `exit_reason` code), when this interval ends it and a
    /// reason was given; meaningless on an interval that another continues.
    var exitReason: String? = nil

    func covers(_ date: String) -> Bool { validFrom <= date && (validTo.map { date < $0 } ?? true) }

    /// Whether the tier's next recorded change is at this interval's start.
    var isTierPoint: Bool { points.contains(.entry) || points.contains(.tier) }
    /// Whether the source's next recorded change is at this interval's start.
    var isSourcePoint: Bool { points.contains(.entry) || points.contains(.source) }

    /// `points` as stored: `entry`, `tier`, `source` or `tier,source`; nil for none.
    var storedPoints: String? {
        if points.contains(.entry) { return Point.entry.rawValue }
        let names = [Point.tier, .source].filter(points.contains).map(\.rawValue)
        return names.isEmpty ? nil : names.joined(separator: ",")
    }

    /// Reads the stored form of `points`.
    static func points(stored text: String?) -> Set<Point> {
        guard let text else { return [] }
        return Set(text.split(separator: ",").compactMap { Point(rawValue: String($0)) })
    }
}
