import Testing
@testable import UnitedFront

/// The core's SHA-256 (FIPS 180-4) against NIST's example messages and the padding boundaries.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("NIST vectors: the empty message, \"abc\", the 448-bit and 896-bit messages")
    func nistVectors() {
        #expect(SHA256.hash("").hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hex
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hash("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").hex
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("NIST vector: one million times \"a\", fed in uneven pieces")
    func millionA() {
        var hasher = SHA256()
        var remaining = 1_000_000
        var piece = 1
        while remaining > 0 {
            let size = min(piece, remaining)
            hasher.update(repeatElement(UInt8(ascii: "a"), count: size))
            remaining -= size
            piece = piece % 997 + 13
        }
        #expect(hasher.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("messages at the padding boundaries (55, 56, 64 bytes) and UTF-8 text")
    func boundaries() {
        #expect(SHA256.hash(String(repeating: "x", count: 55)).hex == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072")
        #expect(SHA256.hash(String(repeating: "x", count: 56)).hex == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e")
        #expect(SHA256.hash(String(repeating: "x", count: 64)).hex == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c")
        #expect(SHA256.hash("united-front 统战").hex == "b862e60e53db39cd81cae1793d2e7d750fdd59a3c071c329f07737d41b48c092")
        #expect(SHA256.hash("abc").bytes.count == 32)
    }
}
