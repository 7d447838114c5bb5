import Dispatch

/// Calls an import's progress callback at most every 100 ms (checking the clock every 64 rows), and
/// once at the end.
struct ProgressThrottle {
    let report: ((ImportProgress) -> Void)?
    let totalBytes: Int64
    private var rows = 0
    private var last: UInt64 = 0

    init(report: ((ImportProgress) -> Void)?, totalBytes: Int64) {
        self.report = report
        self.totalBytes = totalBytes
    }

    mutating func rowRead(bytesRead: Int64) {
        rows += 1
        guard let report, rows & 63 == 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now &- last >= 100_000_000 else { return }
        last = now
        report(ImportProgress(rowsRead: rows, bytesRead: bytesRead, totalBytes: totalBytes))
    }

    func finish(bytesRead: Int64) {
        report?(ImportProgress(rowsRead: rows, bytesRead: bytesRead, totalBytes: totalBytes))
    }
}
