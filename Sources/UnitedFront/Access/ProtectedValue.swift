#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value that is only ever touched while holding a pthread mutex.
///
/// The mutex checks for errors: a thread that asks again for a lock it holds (a register call from
/// inside a `write` closure, say) gets ``RegisterError/nestedAccess`` instead of a deadlock.
///
/// The register uses this rather than `Synchronization.Mutex` because Thread Sanitizer understands
/// pthread mutexes: on Linux, `Mutex` is built on futexes inside an uninstrumented runtime, so TSan
/// cannot see its happens-before edges and reports races that do not exist. With a pthread mutex a
/// TSan run of the test suite reports only real races.
///
/// `@unchecked Sendable` is sound because `value` is private and read or written only inside
/// ``withLock(_:)``, which holds the mutex for the whole access; callers must not let a non-Sendable
/// value escape the closure.
final class ProtectedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with exclusive access to the value.
    /// - Throws: ``RegisterError/nestedAccess`` when the calling thread already holds the lock;
    ///   whatever `body` throws.
    func withLock<Result>(_ body: (inout Value) throws -> Result) throws -> Result {
        guard pthread_mutex_lock(mutex) != EDEADLK else { throw RegisterError.nestedAccess }
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
