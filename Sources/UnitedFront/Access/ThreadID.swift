#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The identity of the calling OS thread, for telling a nested call from a concurrent one.
struct ThreadID: Hashable, Sendable {
    private let value: UInt

    /// The thread running this code.
    static var current: ThreadID {
        #if canImport(Darwin)
        ThreadID(value: UInt(bitPattern: pthread_self()))
        #else
        ThreadID(value: UInt(pthread_self()))
        #endif
    }
}
