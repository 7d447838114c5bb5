public import UnitedFront

/// What synthetic population to generate: the seed, the number of people, where they live, what kind
/// of people they are and the years their histories span.
///
/// The same spec always gives the same population, on every platform: everything is drawn from
/// ``SeededRandom`` with integer arithmetic. Person *n* of a spec does not depend on ``size``, so a
/// population of 100 is the first 100 people of a population of 1,000 with the same other settings.
///
/// ```swift
/// var spec = PopulationSpec(seed: 7, size: 500)
/// spec.regions = [.hohhotXincheng, .urumqiTianshan]
/// spec.mix[.nonPartyCadre] = 40          // more cadres than by default
/// let population = Population(spec)
/// ```
///
/// **Threading.** A value; `Sendable`.
public struct PopulationSpec: Sendable, Hashable {
    /// The seed; any value.
    public var seed: UInt64
    /// The number of people.
    public var size: Int
    /// The districts, chosen per person in proportion to their ``RegionProfile/weight``. Codes must be distinct.
    public var regions: [RegionProfile]
    /// The relative weight of each kind of person; missing kinds are not generated. 少数民族代表人士
    /// are only drawn for people who are not 汉族.
    public var mix: [Archetype: Int]
    /// The years people enter the register (effective dates of registration), inclusive.
    public var registrationYears: ClosedRange<Int>
    /// The last effective date of any change; changes are recorded up to about ten months later.
    public var historyThrough: LocalDate
    /// The years people are born in, inclusive.
    public var birthYears: ClosedRange<Int>

    /// A spec with the defaults: every built-in region, ``Archetype/defaultMix``, registrations in
    /// 2018–2024, changes through 2024-12-31, births in 1958–1996.
    public init(seed: UInt64, size: Int, regions: [RegionProfile] = RegionProfile.all,
                mix: [Archetype: Int] = Archetype.defaultMix, registrationYears: ClosedRange<Int> = 2018...2024,
                historyThrough: LocalDate = "2024-12-31", birthYears: ClosedRange<Int> = 1958...1996) {
        self.seed = seed
        self.size = size
        self.regions = regions
        self.mix = mix
        self.registrationYears = registrationYears
        self.historyThrough = historyThrough
        self.birthYears = birthYears
    }

    /// Traps with a message when the settings cannot produce a consistent population.
    func validate() {
        precondition(size >= 0, "size must not be negative")
        precondition(!regions.isEmpty, "at least one region")
        precondition(Set(regions.map(\.code)).count == regions.count, "region codes must be distinct")
        precondition(Archetype.allCases.contains { (mix[$0] ?? 0) > 0 }, "the mix needs a positive weight")
        precondition(birthYears.lowerBound >= 1900 && birthYears.upperBound + 18 <= registrationYears.lowerBound,
                     "people must be at least 18 when they are registered")
        precondition(historyThrough >= LocalDate(year: registrationYears.upperBound, month: 12, day: 31)!,
                     "historyThrough must not be before the end of the last registration year")
    }
}
