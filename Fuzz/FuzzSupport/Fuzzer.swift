import UnitedFront

#if canImport(Glibc)
import Glibc
#endif

// libFuzzer's entry point for programs that keep their own `main` (libclang_rt.fuzzer_no_main).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The body under test: set once by ``Fuzzer/run(_:)`` before libFuzzer starts, read by its callback.
nonisolated(unsafe) private var fuzzBody: ((inout FuzzInput) throws -> Void)?

/// Runs libFuzzer over a target's body.
///
/// The body receives each input; it may throw only the library's typed errors (``ValidationError``,
/// ``RegisterError``, ``DatabaseError`` and the importer's own, which targets list in `allowed`).
/// Anything else thrown, and any trap, is a finding: the process stops and libFuzzer saves the input.
public enum Fuzzer {
    /// Hands `body` to libFuzzer with the process's arguments and exits with libFuzzer's status.
    public static func run(allowing allowed: @escaping (any Error) -> Bool = { _ in false },
                           _ body: @escaping (inout FuzzInput) throws -> Void) -> Never {
        fuzzBody = { input in
            do {
                try body(&input)
            } catch {
                guard Fuzzer.isTyped(error) || allowed(error) else {
                    fatalError("untyped error \(type(of: error)): \(error)")
                }
            }
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            var input = FuzzInput(bytes)
            try? fuzzBody?(&input)
            return 0
        }
        exit(status)
    }

    /// Whether `error` is one of the core library's typed errors.
    public static func isTyped(_ error: any Error) -> Bool {
        error is ValidationError || error is RegisterError || error is DatabaseError
    }

    /// Stops the process as a finding (libFuzzer saves the input as a crash).
    public static func finding(_ message: String) -> Never {
        fatalError("finding: \(message)")
    }
}
