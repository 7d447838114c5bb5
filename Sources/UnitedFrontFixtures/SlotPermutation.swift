/// A keyed permutation of `0..<domain` (a four-round Feistel network with cycle walking): turns a
/// counter 0, 1, 2, … into distinct, scattered slots. The fixtures use it to hand out identity numbers
/// that are unique by construction, without remembering the ones already issued.
struct SlotPermutation: Sendable, Hashable {
    /// The size of the permuted range.
    let domain: UInt64
    private let halfBits: UInt64
    private let keys: [UInt64]

    init(domain: UInt64, key: UInt64) {
        precondition(domain > 0, "an empty domain has no permutation")
        var half: UInt64 = 1
        while half < 32, (UInt64(1) << (2 * half)) < domain { half += 1 }
        self.domain = domain
        halfBits = half
        var state = key
        keys = (0..<4).map { _ in SeededRandom.splitMix(&state) }
    }

    /// The slot of `value`, a distinct number in `0..<domain` for each distinct `value` in that range.
    func callAsFunction(_ value: UInt64) -> UInt64 {
        precondition(value < domain, "value \(value) is outside the domain 0..<\(domain)")
        var slot = value
        repeat { slot = encrypt(slot) } while slot >= domain
        return slot
    }

    private func encrypt(_ value: UInt64) -> UInt64 {
        let mask = (UInt64(1) << halfBits) - 1
        var left = value >> halfBits
        var right = value & mask
        for key in keys {
            let mixed = SeededRandom.mix(right ^ key) & mask
            (left, right) = (right, left ^ mixed)
        }
        return (left << halfBits) | right
    }
}
