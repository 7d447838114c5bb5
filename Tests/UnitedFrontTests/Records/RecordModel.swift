@testable import UnitedFront

/// The README's rules for a dated record, stated independently of the engine: a record begins on its
/// start day; per field, the value on D is the value of the latest recorded point at or before D (the
/// start is a point of every field); a change to the value in force records nothing; a change or an
/// end is refused on a day the record is not in force; ending adds a status point; a correction
/// replaces the wrong value over the whole stretch around D where the field held it, adding no point.
struct RecordModel {
    let member: Int
    let start: LocalDate
    /// Per field name ("status" among them), the recorded points.
    var points: [String: [LocalDate: String?]]

    init(member: Int, start: LocalDate, values: [String: String?]) {
        self.member = member
        self.start = start
        points = values.mapValues { [start: $0] }
        points["status"] = [start: "active"]
    }

    func value(_ field: String, on date: LocalDate) -> String?? {
        guard date >= start else { return .none }
        return .some(points[field]!.filter { $0.key <= date }.max { $0.key < $1.key }!.value)
    }

    func isInForce(on date: LocalDate) -> Bool { value("status", on: date) == .some("active") }

    /// The first day the record is ended, if it is.
    var end: LocalDate? { points["status"]!.filter { $0.value == "ended" }.keys.min() }

    struct Refused: Error {}

    mutating func change(_ field: String, to value: String?, on date: LocalDate) throws {
        guard isInForce(on: date) else { throw Refused() }
        if self.value(field, on: date) != .some(value) { points[field]![date] = value }
    }

    mutating func endRecord(on date: LocalDate) throws {
        guard isInForce(on: date) else { throw Refused() }
        points["status"]![date] = "ended"
    }

    mutating func correct(_ field: String, to value: String?, on date: LocalDate) throws {
        guard date >= start else { throw Refused() }
        guard case .some(let wrong) = self.value(field, on: date), wrong != value else { return }
        // The stretch around `date` where the field holds `wrong`, between the days any field changes.
        let boundaries = Set(points.values.flatMap(\.keys)).sorted()
        var low = boundaries.last { $0 <= date }!
        while let previous = boundaries.last(where: { $0 < low }), self.value(field, on: previous) == .some(wrong) { low = previous }
        var high: LocalDate? = boundaries.first { $0 > date }
        while let next = high, self.value(field, on: next) == .some(wrong) { high = boundaries.first { $0 > next } }
        for day in points[field]!.keys where day >= low && high.map({ day < $0 }) ?? true { points[field]![day] = value }
    }
}
