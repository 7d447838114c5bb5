import UnitedFront

/// The people of a ``PopulationSpec``, generated lazily one at a time: iterate a million people
/// without holding a million-element array.
///
/// Each iteration starts again from the first person and yields exactly the people of
/// `Population(spec).people`, in order. The iterator keeps only a few counters per region (so that
/// identity numbers and credit codes stay unique) and short notes on recent enterprises and 华侨/归侨 (for
/// later 高管 and 侨眷 to refer to), not the people already produced.
///
/// ```swift
/// for person in Population.people(PopulationSpec(seed: 1, size: 1_000_000)) {
///     try exporter.write(person.record)
/// }
/// ```
///
/// **Threading.** The sequence is `Sendable`; each iterator is a value to use on one thread at a time.
public struct PersonSequence: Sequence, Sendable {
    /// What to generate.
    public let spec: PopulationSpec

    /// The people of `spec`.
    public init(_ spec: PopulationSpec) {
        spec.validate()
        self.spec = spec
    }

    /// The number of people, ``PopulationSpec/size``.
    public var underestimatedCount: Int { spec.size }

    /// An iterator from the first person.
    public func makeIterator() -> Iterator { Iterator(spec: spec) }

    /// Produces the people one after another.
    public struct Iterator: IteratorProtocol, Sendable {
        private var generator: PersonGenerator
        private var remaining: Int

        init(spec: PopulationSpec) {
            generator = PersonGenerator(spec: spec)
            remaining = spec.size
        }

        /// The next person, or nil after ``PopulationSpec/size`` people.
        public mutating func next() -> SyntheticPerson? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            return generator.next()
        }
    }
}
