import UnitedFront

/// What a write command prints: the timeline entries its changeset added, or that nothing changed.
enum WriteSummary {
    /// Prints `member 3: 2023-06-01 变更 职级: 乡科级副职 → 乡科级正职` for each entry the latest
    /// changeset added to the member's timeline, or `member 3: nothing changed` when `changed` is false.
    static func print(_ id: MemberID, changed: Bool, in register: Register) throws {
        guard changed else {
            Swift.print("member \(id): nothing changed")
            return
        }
        let timeline = try register.timeline(of: id)
        guard let latest = timeline.last?.changeset.id else { return }
        let presenter = HistoryPresenter(showCodes: false)
        for entry in timeline where entry.changeset.id == latest {
            Swift.print("member \(id): \(entry.effectiveOn) \(presenter.kind(entry.kind)) "
                        + entry.changes.map(presenter.text).joined(separator: "; "))
        }
    }
}
