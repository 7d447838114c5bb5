import Foundation

/// The bytes of a sheet file as UTF-8, for `CSVReader`: read in 64 KiB chunks, transcoded from
/// GB18030 on the fly when needed, and counted, so that progress can report bytes read of the file.
/// A ``QuoteScanner`` follows the text on its way, to find the quoting mistakes `CSVReader` does not
/// report (``quoteFindings(through:)``).
///
/// An `InputStream` subclass because `CSVReader` reads from one; it overrides everything a reader
/// calls. At most one chunk (and its transcoding) is in memory.
///
/// **Threading.** Not `Sendable`: used by one import on one thread.
final class SheetInputStream: InputStream {
    private let handle: FileHandle
    private let transcoder: IconvTranscoder?
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen
    /// Bytes read from the file so far.
    private(set) var bytesRead: Int64 = 0
    /// Why reading stopped early, if it did.
    private(set) var failure: MemberSheetError?
    private let path: String
    private var quotes = QuoteScanner()

    /// Opens the file at `url`, to be read as `encoding`.
    init(url: URL, encoding: SheetEncoding) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw MemberSheetError.unreadable(path: url.path, reason: "cannot open the file")
        }
        self.handle = handle
        self.path = url.path
        switch encoding {
        case .utf8:
            transcoder = nil
        case .gb18030:
            do {
                transcoder = try IconvTranscoder(from: "GB18030", to: "UTF-8")
            } catch {
                throw MemberSheetError.unreadable(path: url.path, reason: "iconv cannot convert GB18030 to UTF-8")
            }
        }
        super.init(data: Data())
    }

    override func open() { if status == .notOpen { status = .open } }

    override func close() {
        guard status != .closed else { return }
        status = .closed
        try? handle.close()
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: (any Error)? { failure }

    override var hasBytesAvailable: Bool {
        fill()
        return position < buffer.count
    }

    override func read(_ destination: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        fill()
        if failure != nil { return -1 }
        let count = min(maxLength, buffer.count - position)
        guard count > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { source in
            destination.update(from: source.baseAddress! + position, count: count)
        }
        position += count
        return count
    }

    /// The quoted cells with a problem on rows up to `row` (header = 1) not taken yet. Complete for a
    /// row once `CSVReader` has returned it: the stream is always read at least that far.
    func quoteFindings(through row: Int) -> [QuoteScanner.Finding] {
        quotes.takeFindings(through: row)
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length: UnsafeMutablePointer<Int>) -> Bool { false }

    deinit { close() }

    /// Refills the buffer when it is used up, until the file ends.
    private func fill() {
        while position >= buffer.count, !atEnd, failure == nil, status == .open {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                fail(.unreadable(path: path, reason: "\(error)"))
                return
            }
            bytesRead += Int64(chunk.count)
            position = 0
            do {
                if chunk.isEmpty {
                    atEnd = true
                    buffer = try transcoder?.finish() ?? []
                } else if let transcoder {
                    buffer = try chunk.withUnsafeBytes { try transcoder.convert($0) }
                } else {
                    buffer = [UInt8](chunk)
                }
                quotes.scan(&buffer)
                if atEnd { quotes.finish() }
            } catch let failure as IconvTranscoder.Failure {
                switch failure {
                case .invalidInput(let offset), .truncatedInput(let offset):
                    fail(.undecodable(path: path, offset: offset))
                case .unsupported:
                    fail(.unreadable(path: path, reason: "iconv cannot convert GB18030 to UTF-8"))
                }
            } catch {
                fail(.unreadable(path: path, reason: "\(error)"))
            }
        }
    }

    private func fail(_ error: MemberSheetError) {
        failure = error
        status = .error
        buffer = []
        position = 0
    }
}
