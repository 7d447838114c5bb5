/// A seeded pseudo-random number generator (xoshiro256\*\* seeded through SplitMix64) that gives the
/// same sequence on every platform and every Swift version.
///
/// Everything the fixtures generate is drawn from this generator with the integer helpers below
/// (``below(_:)``, ``integer(in:)``, ``percent(_:)``, ``weighted(_:)``), never with the standard
/// library's `random(in:using:)` family, whose algorithms may change between Swift releases. The
/// same seed therefore yields byte-identical populations on Linux, macOS and Windows.
///
/// ```swift
/// var random = SeededRandom(seed: 42)
/// random.next()              // 0x15780B2E0C2EC716
/// random.integer(in: 1...6)  // a die roll, the same one everywhere
/// ```
///
/// **Threading.** A value type and `Sendable`: copy it to fork a sequence; a copy never affects the
/// original. Use ``init(seed:stream:)`` to give each task or each person an independent stream.
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose four words of state are the first four outputs of SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        var state = seed
        s0 = Self.splitMix(&state)
        s1 = Self.splitMix(&state)
        s2 = Self.splitMix(&state)
        s3 = Self.splitMix(&state)
    }

    /// An independent stream `stream` of the generator seeded `seed`: person 17 of a population
    /// draws from stream 17, so that what person 17 looks like does not depend on anyone else.
    public init(seed: UInt64, stream: UInt64) {
        var a = seed
        var b = stream &+ 0x632B_E59B_D9B4_E019
        self.init(seed: Self.splitMix(&a) ^ Self.splitMix(&b).rotatedLeft(by: 17))
    }

    /// The next 64 random bits (xoshiro256\*\*).
    public mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(by: 45)
        return result
    }

    /// A uniformly distributed integer in `0..<bound` (Lemire's multiply-and-reject method).
    /// - Precondition: `bound > 0`.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniformly distributed integer in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent`/100.
    public mutating func percent(_ percent: Int) -> Bool { below(100) < percent }

    /// True with probability `perMille`/1000.
    public mutating func perMille(_ perMille: Int) -> Bool { below(1000) < perMille }

    /// A uniformly chosen element of a non-empty array.
    public mutating func element<Element>(of elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An element chosen with probability proportional to its weight; zero weights are never chosen.
    /// - Precondition: the weights are non-negative and not all zero.
    public mutating func weighted<Element>(_ choices: [(Element, Int)]) -> Element {
        let total = choices.reduce(0) { $0 + $1.1 }
        precondition(total > 0, "weights must not all be zero")
        var ticket = below(total)
        for (element, weight) in choices {
            if ticket < weight { return element }
            ticket -= weight
        }
        preconditionFailure("unreachable: the ticket is below the total weight")
    }

    /// One SplitMix64 step: advances `state` and returns the mixed value.
    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scrambling of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
