#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes between encodings with the C library's `iconv`, a chunk at a time, carrying an
/// incomplete multi-byte sequence at the end of one chunk over to the next: memory stays at one chunk
/// whatever the size of the whole.
///
/// **Threading.** Not `Sendable`: one conversion on one thread.
final class IconvTranscoder {
    /// Why a conversion stopped.
    enum Failure: Error, Equatable {
        /// `iconv_open` does not know the pair.
        case unsupported(from: String, to: String)
        /// The input holds a byte sequence that is not valid in the source encoding, at this offset
        /// from the start of all input converted so far.
        case invalidInput(offset: Int64)
        /// The input ended inside a multi-byte sequence.
        case truncatedInput(offset: Int64)
    }

    private let descriptor: iconv_t
    private var pending: [UInt8] = []
    private var consumed: Int64 = 0

    /// Opens a conversion `from` → `to` (iconv names: `GB18030`, `UTF-8`).
    init(from source: String, to target: String) throws(Failure) {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw .unsupported(from: source, to: target)
        }
        self.descriptor = descriptor
    }

    deinit { iconv_close(descriptor) }

    /// Converts `input` (after any bytes carried over from the previous call) and returns the output;
    /// an incomplete sequence at the end is kept for the next call.
    func convert(_ input: UnsafeRawBufferPointer) throws(Failure) -> [UInt8] {
        var bytes = pending
        bytes.append(contentsOf: input)
        pending.removeAll(keepingCapacity: true)
        return try run(bytes, final: false)
    }

    /// Ends the conversion: fails if a sequence was left incomplete.
    func finish() throws(Failure) -> [UInt8] {
        let bytes = pending
        pending.removeAll()
        return try run(bytes, final: true)
    }

    private func run(_ bytes: [UInt8], final: Bool) throws(Failure) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(64, bytes.count * 2 + 16))
        var produced = 0
        var failure: Failure?
        var leftover = 0
        bytes.withUnsafeBufferPointer { inputBuffer in
            var inputPointer = UnsafeMutablePointer(mutating: inputBuffer.baseAddress.map { UnsafeRawPointer($0) }?
                .assumingMemoryBound(to: CChar.self))
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                let (result, error): (Int, Int32) = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var outputLeft = outputBuffer.count - produced
                    let result = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    let error = errno
                    produced = outputBuffer.count - outputLeft
                    return (result, error)
                }
                if result != -1 { break }
                switch error {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                case EINVAL:
                    leftover = inputLeft
                    inputLeft = 0
                default:
                    failure = .invalidInput(offset: consumed + Int64(inputBuffer.count - inputLeft))
                    inputLeft = 0
                }
            }
        }
        if let failure { throw failure }
        consumed += Int64(bytes.count - leftover)
        if leftover > 0 {
            if final { throw .truncatedInput(offset: consumed) }
            pending = Array(bytes.suffix(leftover))
        }
        output.removeSubrange(produced...)
        return output
    }
}
